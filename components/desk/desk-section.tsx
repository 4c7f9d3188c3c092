import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { t } from "@/lib/i18n";

/**
 * One list of the desk: a heading with its count, then the rows, a count only (for whoever
 * sees no names), or the empty state.
 */
export function DeskSection({
  id,
  title,
  hint,
  total,
  shown,
  detail,
  empty,
  urgent = false,
  body,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  total: number;
  shown: number;
  detail: boolean;
  empty: string;
  urgent?: boolean;
  /** Shown instead of rows or count, when the list is a sum rather than records. */
  body?: ReactNode;
  children?: ReactNode;
}) {
  const headingId = `${id}-titolo`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-testid={`desk-${id}`}
      className={cn(
        "scroll-mt-4 rounded border border-line bg-white p-5 shadow-sm",
        urgent && total > 0 && "border-l-4 border-l-danger",
      )}
    >
      <h2
        id={headingId}
        className="flex items-baseline justify-between gap-3 text-xl font-bold text-primary-darker"
      >
        <span>{title}</span>
        <span
          className={cn(
            "min-w-8 rounded-full px-2 text-center text-base tabular-nums",
            total > 0 && urgent ? "bg-danger text-white" : "bg-surface text-ink",
          )}
          data-testid="desk-count"
        >
          {total}
        </span>
      </h2>
      <p className="mb-3 text-sm text-muted">{hint}</p>
      {total === 0 ? (
        <p className="text-muted" data-testid="desk-empty">
          {empty}
        </p>
      ) : body ? (
        body
      ) : detail ? (
        <>
          <ul className="divide-y divide-line/60">{children}</ul>
          {total > shown ? (
            <p className="mt-2 text-sm text-muted">{t.desk.shown(shown, total)}</p>
          ) : null}
        </>
      ) : (
        <p className="font-semibold">{t.desk.countLine(total)}</p>
      )}
    </section>
  );
}

/** A row of a desk list: the link to the record, what it is, and why it is here. */
export function DeskRow({
  href,
  title,
  meta,
  status,
}: {
  href: string;
  title: string;
  meta?: string;
  status: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <div className="min-w-0">
        <Link className="font-semibold text-primary underline underline-offset-2" href={href}>
          {title}
        </Link>
        {meta ? <p className="text-sm text-muted">{meta}</p> : null}
      </div>
      <div className="text-sm sm:text-right">{status}</div>
    </li>
  );
}

/** Words that mark a row as late, in text and not only in colour. */
export function Flag({ children }: { children: ReactNode }) {
  return (
    <strong className="mr-1 rounded border border-danger bg-[#fbeaec] px-1 text-ink">
      {children}
    </strong>
  );
}
