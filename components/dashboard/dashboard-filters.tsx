import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { DashboardFilters as Filters } from "@/lib/data/dashboard";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { t } from "@/lib/i18n";

const F = t.dashboard.filters;

/** A plain GET form: the filters land in the URL, so a view can be bookmarked and shared. */
export function DashboardFilters({
  filters,
  comuni,
}: {
  filters: Filters;
  /** Offered to district-wide roles only; the others always see their own comuni. */
  comuni: { id: string; nome: string }[] | null;
}) {
  return (
    <form
      method="get"
      action="/cruscotto"
      aria-label={F.legend}
      className="mb-2 grid items-end gap-3 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <TextField label={F.from} name="dal" type="month" defaultValue={filters.dal} />
      <TextField label={F.to} name="al" type="month" defaultValue={filters.al} />
      {comuni ? (
        <SelectField label={F.comune} name="comune" defaultValue={filters.comuneId ?? ""}>
          <option value="">{F.allComuni}</option>
          {comuni.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nome}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={F.area} name="area" defaultValue={filters.area ?? ""}>
        <option value="">{F.allAreas}</option>
        {AREAS.map((a) => (
          <option key={a} value={a}>
            {AREA_LABELS[a]}
          </option>
        ))}
      </SelectField>
      <div className="flex gap-2">
        <Button type="submit">{F.apply}</Button>
        <Link href="/cruscotto" className="self-center text-primary underline">
          {F.reset}
        </Link>
      </div>
    </form>
  );
}
