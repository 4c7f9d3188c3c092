import "server-only";
import { isDataError } from "@/lib/data/errors";
import { logError } from "@/lib/http/log";
import type { Actor } from "./roles";
import { currentActor } from "./session";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };

/**
 * The one wrapper for server actions: loads the signed-in user and turns the data layer's
 * errors into messages for the form. Validation and permission checks live in lib/data.
 */
export async function runAction<T>(
  name: string,
  fn: (actor: Actor) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await currentActor();
  if (!actor) return { ok: false, message: "La sessione è scaduta: accedi di nuovo." };
  try {
    return { ok: true, data: await fn(actor) };
  } catch (e) {
    if (isDataError(e)) {
      const fieldErrors =
        "fieldErrors" in e ? (e.fieldErrors as Record<string, string[]>) : undefined;
      const details = "details" in e ? (e.details as Record<string, unknown>) : undefined;
      return { ok: false, message: e.message, fieldErrors, details };
    }
    logError(`action ${name}`, e);
    return { ok: false, message: "Si è verificato un errore imprevisto. Riprova tra poco." };
  }
}
