import { Card } from "@/components/ui/card";
import type { CaseOverview } from "@/lib/data/cases";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { AddTeamMemberForm, TeamMemberActions } from "./case-team-form";

const m = t.caseOverview.team;

/** The current équipe; who may manage the cartella adds, removes and names the referente. */
export function CaseTeamCard({ overview }: { overview: CaseOverview }) {
  const editable = overview.canManage && overview.stato !== "chiusa";
  return (
    <Card title={m.title}>
      {overview.team.length === 0 ? (
        <p className="text-muted">{m.empty}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="case-team">
          {overview.team.map((member) => (
            <li
              key={member.userId}
              className="py-2"
              data-testid="team-member"
              data-referente={member.referente}
            >
              <p>
                <span className="font-semibold">{member.nome}</span>
                {member.referente ? (
                  <span className="ml-2 rounded border border-primary px-2 py-0.5 text-sm text-primary">
                    {m.referente}
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                {m.since} {formatDate(member.dalIl)}
              </p>
              {editable && !member.referente ? (
                <TeamMemberActions caseId={overview.id} userId={member.userId} nome={member.nome} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <>
          <p className="mt-3 text-sm text-muted">{m.referenteHint}</p>
          <AddTeamMemberForm caseId={overview.id} candidates={overview.candidates} />
        </>
      ) : null}
    </Card>
  );
}
