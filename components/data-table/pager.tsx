import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Keyset paging: previous and next pages are links carrying an opaque cursor. */
export function Pager({
  total,
  shown,
  prevHref,
  nextHref,
  firstHref,
  noun,
}: {
  total: number;
  shown: number;
  prevHref: string | null;
  nextHref: string | null;
  firstHref: string | null;
  noun: string;
}) {
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
