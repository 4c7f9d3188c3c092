import type { Metadata } from "next";
import Link from "next/link";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { Pager } from "@/components/data-table/pager";
import { PersonSearch } from "@/components/persons/person-search";
import { PersonsTable } from "@/components/persons/persons-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listPersons } from "@/lib/data/persons";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { firstValues, PersonListParams, personQueryOf } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: t.persons.listTitle };

export default async function PersonePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const params = PersonListParams.parse(firstValues(await searchParams));
  const query = personQueryOf(params);
  const { sort, desc } = query;
  const page = await orNotFound(listPersons(db(), actor, query));
  const current = { comune: params.comune, sort: params.sort, dir: params.dir };
  return (
    <>
      <PageHeader
        title={t.persons.listTitle}
        description={t.persons.listDescription}
        actions={
          <>
            {scopeFor(actor, "registry.import") ? (
              <Link href="/persone/importa" className={buttonClass("secondary")}>
                {t.registryImport.action}
              </Link>
            ) : null}
            {scopeFor(actor, "person.create") ? (
              <Link href="/persone/nuova" className={buttonClass()}>
                {t.persons.registerAction}
              </Link>
            ) : null}
          </>
        }
      />
      <PersonSearch />
      <ListExportLinks list="persone" title={t.persons.listTitle} params={current} />
      <PersonsTable
        rows={page.rows.map((r) => ({ ...r, creatoIl: r.creatoIl.toISOString() }))}
        sort={{ id: sort, desc }}
        params={current}
      />
      <Pager
        base="/persone"
        params={current}
        page={page}
        atStart={!params.after && !params.before}
        noun={t.persons.pagerNoun}
      />
    </>
  );
}
