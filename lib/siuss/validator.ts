import { readFileSync } from "node:fs";
import path from "node:path";
import type { XmlDocument, XsdValidator } from "libxml2-wasm";
import type { TipoFlusso } from "@/lib/domain/siuss/types";

/** INPS's official schemas, shipped unchanged in lib/siuss/xsd (MIT licence, see there). */
export const XSD_DIR = path.join(process.cwd(), "lib", "siuss", "xsd");

const XSD_FILE: Record<TipoFlusso, string> = {
  PS_PSA_SINA: "PS_PSA_SINA201812.xsd",
  SINBA: "SINBA.xsd",
};

const validators = new Map<TipoFlusso, XsdValidator>();

// libxml2-wasm is an ES module with top-level await (it instantiates the WebAssembly): it is
// loaded on first use, so that the CommonJS scripts run by tsx (seed, siuss:pull) can import this.
let lib: Promise<typeof import("libxml2-wasm")> | undefined;
const libxml = () => {
  lib ??= import("libxml2-wasm");
  return lib;
};

async function validatorFor(tipo: TipoFlusso): Promise<XsdValidator> {
  const { XmlDocument, XsdValidator } = await libxml();
  let v = validators.get(tipo);
  if (!v) {
    const schema = XmlDocument.fromBuffer(readFileSync(path.join(XSD_DIR, XSD_FILE[tipo])));
    v = XsdValidator.fromDoc(schema);
    schema.dispose();
    validators.set(tipo, v);
  }
  return v;
}

export type Validation = { valid: true } | { valid: false; message: string };

/** Validates an XML flusso against the official XSD of its type with libxml2 (WebAssembly). */
export async function validateFlusso(
  tipo: TipoFlusso,
  xml: string | Uint8Array,
): Promise<Validation> {
  const { XmlDocument, XmlParseError, XmlValidateError } = await libxml();
  const validator = await validatorFor(tipo);
  let doc: XmlDocument | undefined;
  try {
    doc = typeof xml === "string" ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
    validator.validate(doc);
    return { valid: true };
  } catch (e) {
    if (!(e instanceof XmlValidateError || e instanceof XmlParseError)) throw e;
    const message = e.details.map((d) => `riga ${d.line ?? "?"}: ${d.message.trim()}`).join("\n");
    return { valid: false, message: message || e.message };
  } finally {
    doc?.dispose();
  }
}
