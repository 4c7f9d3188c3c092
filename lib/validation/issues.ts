import type { z } from "zod";

/** Field errors keyed by the first path segment; "_" for errors of the whole object. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_";
    const message =
      issue.code === "unrecognized_keys"
        ? `Campi non previsti: ${issue.keys.join(", ")}.`
        : issue.message;
    out[key] = [...(out[key] ?? []), message];
  }
  return out;
}
