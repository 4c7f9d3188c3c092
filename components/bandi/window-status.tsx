import { cn } from "@/components/ui/cn";
import type { WindowStatus } from "@/lib/domain/bando-window";
import { bandi } from "@/lib/i18n/it/bandi";

const t = { bandi };

const TONE: Record<WindowStatus, string> = {
  da_aprire: "border-warning text-[#7a4900]",
  aperto: "border-success text-[#006040]",
  chiuso: "border-muted text-ink",
};

/** Where the window stands, in words (the colour only repeats them). */
export function WindowStatusBadge({ status }: { status: WindowStatus }) {
  return (
    <span
      className={cn("inline-block rounded border px-2 py-0.5 text-sm font-semibold", TONE[status])}
      data-testid="window-status"
    >
      {t.bandi.windowStatus[status]}
    </span>
  );
}
