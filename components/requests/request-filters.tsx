import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { REQUEST_STATUSES, STATUS_LABELS } from "@/lib/domain/request-workflow";
import type { RequestListParams } from "@/lib/validation/list-params";

/** A plain GET form: the filters land in the URL, so the list can be bookmarked and shared. */
export function RequestFilters({
  params,
  comuni,
}: {
  params: RequestListParams;
  comuni: { id: string; nome: string }[];
}) {
  return (
    <form
      method="get"
      action="/richieste"
      className="mb-4 grid items-end gap-3 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <SelectField label="Stato" name="stato" defaultValue={params.stato ?? ""}>
        <option value="">Tutti</option>
        {REQUEST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      {comuni.length > 1 ? (
        <SelectField label="Comune" name="comune" defaultValue={params.comune ?? ""}>
          <option value="">Tutti</option>
          {comuni.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nome}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label="Area" name="area" defaultValue={params.area ?? ""}>
        <option value="">Tutte</option>
        {AREAS.map((a) => (
          <option key={a} value={a}>
            {AREA_LABELS[a]}
          </option>
        ))}
      </SelectField>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <div className="flex gap-2">
        <Button type="submit">Filtra</Button>
        <Link href="/richieste" className="self-center text-primary underline">
          Azzera
        </Link>
      </div>
    </form>
  );
}
