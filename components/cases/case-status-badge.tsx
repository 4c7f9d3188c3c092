import { cn } from "@/components/ui/cn";
import { CASE_STATUS_LABELS, type CaseStatus } from "@/lib/domain/case-file";

const TONE: Record<CaseStatus, string> = {
  aperta: "bg-[#e6f4ee] text-[#005c3d] border-success",
  sospesa: "bg-[#fdf3e6] text-[#6b3f00] border-warning",
  chiusa: "bg-surface text-ink border-line",
};

export function CaseStatusBadge({ stato }: { stato: CaseStatus }) {
  return (
    <span
      className={cn(
        "inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap",
        TONE[stato],
      )}
      data-testid="case-status"
      data-status={stato}
    >
      {CASE_STATUS_LABELS[stato]}
    </span>
  );
}
