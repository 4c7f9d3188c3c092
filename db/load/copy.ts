import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | null | undefined;

/** COPY's text format: NULL as \N; backslash, tab and line breaks escaped. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v !== "string") return String(v);
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : v;
}

const CHUNK = 1 << 16;

/**
 * One `COPY table (columns) FROM STDIN` on its connection, fed row by row. Rows are batched
 * into 64 KB writes; `add` says when the batch is full, and `flush` waits for the server.
 */
export class CopyWriter {
  private parts: string[] = [];
  private size = 0;
  rows = 0;

  private constructor(private readonly stream: NodeJS.WritableStream) {}

  static open(client: Client, table: string, columns: readonly string[]): CopyWriter {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
    return new CopyWriter(stream);
  }

  /** Queues one row; true when the caller should `await flush()` before the next. */
  add(values: readonly Cell[]): boolean {
    let line = cell(values[0]);
    for (let i = 1; i < values.length; i++) line += `\t${cell(values[i])}`;
    line += "\n";
    this.parts.push(line);
    this.size += line.length;
    this.rows++;
    return this.size >= CHUNK;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const ok = this.stream.write(this.parts.join(""));
    this.parts = [];
    this.size = 0;
    if (!ok) await once(this.stream as unknown as NodeJS.EventEmitter, "drain");
  }

  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    return this.rows;
  }
}

/** Copies every row of `rows` into `table` and answers how many there were. */
export async function copyRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
): Promise<number> {
  const w = CopyWriter.open(client, table, columns);
  for (const r of rows) if (w.add(r)) await w.flush();
  return w.end();
}
