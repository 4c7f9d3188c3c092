import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { listHref } from "./list-url";

type PageInfo = {
  total: number;
  rows: unknown[];
  nextCursor: string | null;
  prevCursor: string | null;
};

/** Keyset paging: previous and next pages are links carrying an opaque cursor. */
export function Pager({
  base,
  params,
  page,
  atStart,
  noun,
}: {
  base: string;
  /** The list's URL state, without the cursor. */
  params: Record<string, string | undefined>;
  page: PageInfo;
  atStart: boolean;
  noun: string;
}) {
  const total = page.total;
  const shown = page.rows.length;
  const prevHref = page.prevCursor ? listHref(base, params, { before: page.prevCursor }) : null;
  const nextHref = page.nextCursor ? listHref(base, params, { after: page.nextCursor }) : null;
  const firstHref = atStart ? null : listHref(base, params, {});
  return (
    <nav
      aria-label="Paginazione"
      className="mt-4 flex flex-wrap items-center justify-between gap-3"
    >
      <p className="text-muted" data-testid="pager-summary">
        {shown} di {total.toLocaleString("it-IT")} {noun}
      </p>
      <ul className="flex gap-2">
        {firstHref ? (
          <li>
            <Link className={buttonClass("ghost", "sm")} href={firstHref}>
              Prima pagina
            </Link>
          </li>
        ) : null}
        <li>
          {prevHref ? (
            <Link className={buttonClass("secondary", "sm")} href={prevHref} rel="prev">
              ← Precedente
            </Link>
          ) : (
            <span className={buttonClass("secondary", "sm")} aria-disabled="true">
              ← Precedente
            </span>
          )}
        </li>
        <li>
          {nextHref ? (
            <Link className={buttonClass("secondary", "sm")} href={nextHref} rel="next">
              Successiva →
            </Link>
          ) : (
            <span className={buttonClass("secondary", "sm")} aria-disabled="true">
              Successiva →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
