import "server-only";
import { readEnv } from "@/lib/env";
import { FsStore } from "./fs-store";
import { S3Store } from "./s3-store";
import type { DocumentStore } from "./store";

export type { DocumentStore } from "./store";

let cached: DocumentStore | undefined;

/** The configured store: an S3-compatible bucket when DOCUMENTS_S3_BUCKET is set, else a folder. */
export function documentStore(): DocumentStore {
  if (cached) return cached;
  const env = readEnv();
  cached = env.DOCUMENTS_S3_BUCKET
    ? new S3Store(env.DOCUMENTS_S3_BUCKET, {
        region: env.DOCUMENTS_S3_REGION,
        endpoint: env.DOCUMENTS_S3_ENDPOINT,
      })
    : new FsStore(env.DOCUMENTS_DIR);
  return cached;
}

/** The largest upload accepted, in bytes. */
export function maxDocumentBytes(): number {
  return readEnv().DOCUMENTS_MAX_MB * 1024 * 1024;
}
