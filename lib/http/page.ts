import "server-only";
import { notFound } from "next/navigation";
import { DataError } from "@/lib/data/errors";

/**
 * A page's data: what the user may not reach answers 404, exactly as what does not exist,
 * so that a page never reveals that a record is there (style.md, practice 4).
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof DataError && (e.status === 403 || e.status === 404)) notFound();
    throw e;
  }
}
