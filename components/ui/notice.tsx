import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  info: "border-primary bg-primary-light",
  success: "border-success bg-[#e6f4ee]",
  error: "border-danger bg-[#fbeaec]",
  warning: "border-warning bg-[#fdf3e6]",
} as const;

/** A message region; `live` announces it to screen readers when it appears. */
export function Notice({
  tone = "info",
  title,
  children,
  live,
  testId,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  live?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={cn("rounded border-l-4 p-4", TONES[tone])}
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
      data-testid={testId}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
