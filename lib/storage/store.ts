/** Where the bytes of uploaded documents live; the database keeps only their key. */
export interface DocumentStore {
  /** Stores new bytes under a key never used before; fails if the key exists. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  /** Removes the bytes; a missing key is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys are generated UUIDs: anything else never reaches a path or a bucket. */
export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error("chiave di archivio non valida");
}
