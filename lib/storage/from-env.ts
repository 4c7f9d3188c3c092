import type { Env } from "@/lib/env";
import { FsStore } from "./fs-store";
import { S3Store } from "./s3-store";
import type { DocumentStore } from "./store";

/** The store the settings name: an S3-compatible bucket when DOCUMENTS_S3_BUCKET is set, else a folder. */
export function storeFromEnv(env: Env): DocumentStore {
  return env.DOCUMENTS_S3_BUCKET
    ? new S3Store(env.DOCUMENTS_S3_BUCKET, {
        region: env.DOCUMENTS_S3_REGION,
        endpoint: env.DOCUMENTS_S3_ENDPOINT,
      })
    : new FsStore(env.DOCUMENTS_DIR);
}
