import { cn } from "@/components/ui/cn";
import { type RequestStatus, STATUS_LABELS } from "@/lib/domain/request-workflow";

const TONE: Record<RequestStatus, string> = {
  bozza: "bg-surface text-ink border-line",
  presentata: "bg-primary-light text-primary-darker border-primary",
  in_istruttoria: "bg-primary-light text-primary-darker border-primary",
  integrazione_richiesta: "bg-[#fdf3e6] text-[#6b3f00] border-warning",
  preavviso_rigetto: "bg-[#fdf3e6] text-[#6b3f00] border-warning",
  approvata: "bg-[#e6f4ee] text-[#005c3d] border-success",
  in_erogazione: "bg-[#e6f4ee] text-[#005c3d] border-success",
  conclusa: "bg-surface text-ink border-line",
  respinta: "bg-[#fbeaec] text-[#8f1f33] border-danger",
  revocata: "bg-[#fbeaec] text-[#8f1f33] border-danger",
  rinunciata: "bg-surface text-ink border-line",
  in_lista_attesa: "bg-[#fdf3e6] text-[#6b3f00] border-warning",
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  return (
    <span
      className={cn(
        "inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap",
        TONE[status],
      )}
      data-status={status}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
