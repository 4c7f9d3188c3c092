import "server-only";
import { readEnv } from "@/lib/env";
import { storeFromEnv } from "./from-env";
import type { DocumentStore } from "./store";

export type { DocumentStore } from "./store";

let cached: DocumentStore | undefined;

/** The configured store (see from-env.ts), made once. */
export function documentStore(): DocumentStore {
  cached ??= storeFromEnv(readEnv());
  return cached;
}

/** The largest upload accepted, in bytes. */
export function maxDocumentBytes(): number {
  return readEnv().DOCUMENTS_MAX_MB * 1024 * 1024;
}
