import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";

export type Cursor = { v: (string | number)[]; dir: "after" | "before" };

const CursorSchema = z
  .array(z.union([z.string().max(200), z.number()]))
  .min(1)
  .max(6);

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** An unreadable cursor is treated as none: the list starts again from the first page. */
export function decodeCursor(token: string | undefined | null): (string | number)[] | null {
  if (!token) return null;
  try {
    const parsed = CursorSchema.safeParse(
      JSON.parse(Buffer.from(token, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type SortKey = { cols: (AnyPgColumn | SQL)[]; asc: boolean };

/** Row-value comparison for keyset paging: every key column runs in the same direction. */
export function keysetWhere(
  key: SortKey,
  values: (string | number)[],
  dir: "after" | "before",
): SQL {
  const forward = key.asc === (dir === "after");
  const left = sql.join(
    key.cols.map((c) => sql`${c}`),
    sql`, `,
  );
  const right = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  return forward ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

export function keysetOrder(key: SortKey, dir: "after" | "before"): SQL[] {
  const forward = key.asc === (dir === "after");
  return key.cols.map((c) => (forward ? sql`${c} asc` : sql`${c} desc`));
}

export type Page<T> = {
  rows: T[];
  total: number;
  nextCursor: string | null;
  prevCursor: string | null;
};

/**
 * Shapes a page fetched with limit + 1: `keyOf` gives the cursor values of a row.
 * `hasCursor` tells whether the page was reached from another one.
 */
export function toPage<T>(
  fetched: T[],
  limit: number,
  dir: "after" | "before",
  hasCursor: boolean,
  total: number,
  keyOf: (row: T) => (string | number)[],
): Page<T> {
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (dir === "before") rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasNext = dir === "after" ? more : hasCursor;
  const hasPrev = dir === "after" ? hasCursor : more;
  return {
    rows,
    total,
    nextCursor: hasNext && last ? encodeCursor(keyOf(last)) : null,
    prevCursor: hasPrev && first ? encodeCursor(keyOf(first)) : null,
  };
}
