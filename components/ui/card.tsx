import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({
  title,
  children,
  className,
  headingLevel = 2,
}: {
  title?: string;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={cn("rounded border border-line bg-white p-5 shadow-sm", className)}>
      {title ? <H className="mb-3 text-xl font-bold text-primary-darker">{title}</H> : null}
      {children}
    </section>
  );
}

export function DataList({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold text-muted">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
