/**
 * An INPS-like client of the WaaS API: pulls every flusso from a running Zona, page after page
 * by `since`, and validates each against the official XSD. With --esiti it also reports the
 * outcome of each back (POST /esiti), as INPS does.
 *
 *   npm run siuss:pull [-- --url http://127.0.0.1:3000/waas/v1] [--limit 10] [--esiti]
 *
 * The voucher is signed with the DEMO key in db/data/siuss-demo (or SIUSS_PULL_KEY_FILE).
 */
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { DEMO_AUDIENCE, DEMO_KEY_DIR } from "@/lib/auth/waas";
import type { TipoFlusso } from "@/lib/domain/siuss/types";
import { readEnv } from "@/lib/env";
import { validateFlusso } from "@/lib/siuss/validator";

type Entry = { id_flusso: string; tipo: TipoFlusso; ts_flusso: string; flusso: string };

async function main() {
  const env = readEnv();
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      limit: { type: "string", default: "10" },
      esiti: { type: "boolean", default: false },
    },
  });
  const base = (
    values.url ??
    process.env.SIUSS_PULL_URL ??
    `http://127.0.0.1:${process.env.PORT ?? 3000}${env.WAAS_BASE_PATH}`
  ).replace(/\/$/, "");
  const keyFile = process.env.SIUSS_PULL_KEY_FILE ?? path.join(DEMO_KEY_DIR, "private.pem");
  const token = await new SignJWT({ purposeId: "siuss-pull" })
    .setProtectedHeader({ alg: "RS256" })
    .setIssuedAt()
    .setIssuer("zona-siuss-pull")
    .setAudience(process.env.SIUSS_PULL_AUDIENCE ?? env.WAAS_JWT_AUDIENCE ?? DEMO_AUDIENCE)
    .setExpirationTime("10m")
    .sign(createPrivateKey(readFileSync(keyFile, "utf8")));
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };

  const status = await fetch(`${base}/status`, { headers });
  console.log(`GET ${base}/status → ${status.status}`);
  if (!status.ok) throw new Error(await status.text());

  let since = 0;
  const seen = new Set<string>();
  const esiti: unknown[] = [];
  let valid = 0;
  let invalid = 0;
  for (;;) {
    const res = await fetch(`${base}/flussi?since=${since}&limit=${values.limit}`, { headers });
    if (!res.ok) throw new Error(`GET /flussi → ${res.status}: ${await res.text()}`);
    const page = ((await res.json()) as { elenco_flussi: Entry[] }).elenco_flussi;
    if (page.length === 0) break;
    for (const e of page) {
      const ts = Date.parse(e.ts_flusso);
      if (seen.has(e.id_flusso)) throw new Error(`${e.id_flusso} ricevuto due volte`);
      if (!(ts > since)) throw new Error(`${e.id_flusso}: ts_flusso non successivo a since`);
      seen.add(e.id_flusso);
      since = ts;
      const check = await validateFlusso(e.tipo, Buffer.from(e.flusso, "base64"));
      if (check.valid) valid += 1;
      else invalid += 1;
      console.log(
        `${e.id_flusso}  ${e.tipo}  ${check.valid ? "valido" : `NON VALIDO: ${check.message}`}`,
      );
      esiti.push({
        id_flusso: e.id_flusso,
        tipo: e.tipo,
        ts_flusso: e.ts_flusso,
        ts_acquisizione: new Date().toISOString(),
        codice_esito: check.valid ? "OK" : "RICHIESTA_INVALIDA",
        ...(check.valid
          ? { id_acquisizione_siuss: `PULL-${seen.size}` }
          : { descrizione_esito: check.message.slice(0, 4000) }),
      });
    }
  }
  if (values.esiti) {
    for (let i = 0; i < esiti.length; i += 100) {
      const res = await fetch(`${base}/esiti`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ elenco_esiti: esiti.slice(i, i + 100) }),
      });
      if (res.status !== 204) throw new Error(`POST /esiti → ${res.status}: ${await res.text()}`);
    }
    console.log(`POST /esiti: ${esiti.length} esiti notificati.`);
  }
  console.log(`${seen.size} flussi prelevati: ${valid} validi, ${invalid} non validi.`);
  if (invalid > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
