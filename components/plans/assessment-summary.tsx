import { DataList } from "@/components/ui/card";
import type { AssessmentDetail, AssessmentSummary } from "@/lib/data/assessments";
import { ASSESSMENT_ITEMS, ASSESSMENT_KIND_LABELS, answerLabel } from "@/lib/domain/assessment";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

const m = t.plans.assessment;

/** The latest assessment, item by item in words, and the earlier ones by date. */
export function AssessmentSummaryView({
  latest,
  all,
}: {
  latest: AssessmentDetail | null;
  all: AssessmentSummary[];
}) {
  if (!latest) return <p>{m.none}</p>;
  const past = all.filter((a) => a.id !== latest.id);
  return (
    <div className="space-y-4">
      <div data-testid="latest-assessment">
        <h3 className="mb-2 text-lg font-bold text-primary-darker">
          {m.latest(formatDate(latest.data))}
        </h3>
        <DataList
          items={[
            [m.kind, ASSESSMENT_KIND_LABELS[latest.tipo]],
            ...ASSESSMENT_ITEMS[latest.tipo].map(
              (item) => [item.label, answerLabel(item, latest.voci[item.key])] as [string, string],
            ),
            [m.summary, latest.sintesi ?? t.common.missing],
            [m.author, latest.autore ?? t.common.missing],
          ]}
        />
      </div>
      {past.length ? (
        <div>
          <h3 className="mb-2 text-lg font-bold text-primary-darker">{m.past}</h3>
          <ul className="divide-y divide-line" data-testid="past-assessments">
            {past.map((a) => (
              <li key={a.id} className="py-2">
                <span className="font-semibold">{formatDate(a.data)}</span> ·{" "}
                {ASSESSMENT_KIND_LABELS[a.tipo]}
                {a.autore ? ` · ${a.autore}` : ""}
                {a.sintesi ? <p className="text-sm text-muted">{a.sintesi}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
