import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertKey, type DocumentStore } from "./store";

/** Files under one folder (outside public/), spread over 256 subfolders by the key's first byte. */
export class FsStore implements DocumentStore {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
    } catch (e) {
      // A partial write (disk full) leaves nothing behind; an existing key is someone else's.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") await this.remove(key);
      throw e;
    }
  }

  async get(key: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.pathOf(key)));
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
}
