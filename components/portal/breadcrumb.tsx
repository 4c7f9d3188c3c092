import Link from "next/link";
import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, pathOf } from "@/lib/portal/routes";

export type Crumb = { label: string; href?: string };

/** Home › … › this page; the last item is the current page. */
export function Breadcrumb({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const c = portalCopy(locale).portal;
  const items: Crumb[] = [{ label: c.home, href: pathOf("home", locale) }, ...trail];
  return (
    <nav aria-label={c.breadcrumb} className="mx-auto max-w-6xl px-4 pt-6 text-sm">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.label} className="flex items-center gap-1">
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined} className="text-muted">
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-primary underline">
                  {item.label}
                </Link>
              )}
              {last ? null : (
                <span aria-hidden="true" className="px-1 text-muted">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
