import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { REQUEST_STATUSES, STATUS_LABELS } from "@/lib/domain/request-workflow";
import { t } from "@/lib/i18n";
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
      <SelectField label={t.requests.fields.status} name="stato" defaultValue={params.stato ?? ""}>
        <option value="">{t.requests.filters.allMasculine}</option>
        {REQUEST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      {comuni.length > 1 ? (
        <SelectField
          label={t.requests.fields.comune}
          name="comune"
          defaultValue={params.comune ?? ""}
        >
          <option value="">{t.requests.filters.allMasculine}</option>
          {comuni.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nome}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t.requests.fields.area} name="area" defaultValue={params.area ?? ""}>
        <option value="">{t.requests.filters.allFeminine}</option>
        {AREAS.map((a) => (
          <option key={a} value={a}>
            {AREA_LABELS[a]}
          </option>
        ))}
      </SelectField>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <div className="flex gap-2">
        <Button type="submit">{t.requests.filters.submit}</Button>
        <Link href="/richieste" className="self-center text-primary underline">
          {t.requests.filters.reset}
        </Link>
      </div>
    </form>
  );
}
