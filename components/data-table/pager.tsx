import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { t } from "@/lib/i18n";
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
      aria-label={t.common.pager.label}
      className="mt-4 flex flex-wrap items-center justify-between gap-3"
    >
      <p className="text-muted" data-testid="pager-summary">
        {t.common.pager.summary(shown, total, noun)}
      </p>
      <ul className="flex gap-2">
        {firstHref ? (
          <li>
            <Link className={buttonClass("ghost", "sm")} href={firstHref}>
              {t.common.pager.first}
            </Link>
          </li>
        ) : null}
        <li>
          {prevHref ? (
            <Link className={buttonClass("secondary", "sm")} href={prevHref} rel="prev">
              {t.common.pager.previous}
            </Link>
          ) : (
            <span className={buttonClass("secondary", "sm")} aria-disabled="true">
              {t.common.pager.previous}
            </span>
          )}
        </li>
        <li>
          {nextHref ? (
            <Link className={buttonClass("secondary", "sm")} href={nextHref} rel="next">
              {t.common.pager.next}
            </Link>
          ) : (
            <span className={buttonClass("secondary", "sm")} aria-disabled="true">
              {t.common.pager.next}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
