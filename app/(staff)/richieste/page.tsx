import type { Metadata } from "next";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { Pager } from "@/components/data-table/pager";
import { RequestFilters } from "@/components/requests/request-filters";
import { RequestsTable } from "@/components/requests/requests-table";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listComuniForFilter } from "@/lib/data/comuni";
import { listRequests } from "@/lib/data/requests";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { firstValues, RequestListParams, requestQueryOf } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: t.requests.listTitle };

export default async function RichiestePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const raw = firstValues(await searchParams);
  const params = RequestListParams.parse(raw);
  const query = requestQueryOf(params);
  const { sort, desc } = query;
  const [page, comuni] = await Promise.all([
    orNotFound(listRequests(db(), actor, query)),
    orNotFound(listComuniForFilter(db(), actor)),
  ]);
  const current = {
    stato: params.stato,
    comune: params.comune,
    area: params.area,
    misura: params.misura,
    sort: params.sort,
    dir: params.dir,
  };
  return (
    <>
      <PageHeader
        title={t.requests.listTitle}
        description={
          actor.role === "coordinatore"
            ? t.requests.listDescriptionDistrict
            : t.requests.listDescriptionOwnComuni
        }
      />
      <RequestFilters params={params} comuni={comuni} />
      <ListExportLinks list="richieste" title={t.requests.listTitle} params={current} />
      <RequestsTable
        rows={page.rows.map((r) => ({ ...r, creatoIl: r.creatoIl.toISOString() }))}
        sort={{ id: sort, desc }}
        params={current}
      />
      <Pager
        base="/richieste"
        params={current}
        page={page}
        atStart={!params.after && !params.before}
        noun={t.requests.pagerNoun}
      />
    </>
  );
}
