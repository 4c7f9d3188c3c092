import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, persons, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { ASSESSMENT_KIND_LABELS, assessmentKindFor } from "@/lib/domain/assessment";
import type { AssessmentKind } from "@/lib/domain/case-file";
import type { IsoDate } from "@/lib/domain/dates";
import { AssessmentCreateSchema } from "@/lib/validation/assessment";
import { fieldErrorsByPath } from "@/lib/validation/case-plan-fields";
import { audit } from "./audit";
import { caseInScope } from "./cases";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

export type AssessmentSummary = {
  id: string;
  tipo: AssessmentKind;
  data: IsoDate;
  sintesi: string | null;
  autore: string | null;
};
export type AssessmentDetail = AssessmentSummary & { voci: Record<string, string> };

/** The cartella for a write of its plan: in scope, and not closed. */
export async function writableCase(tx: Db, actor: Actor, caseId: string) {
  const c = await caseInScope(tx, actor, caseId, "case.plan.write");
  if (c.stato === "chiusa")
    throw new ConflictError(
      "La cartella è chiusa: riaprila per aggiornare valutazione e progetto.",
    );
  return c;
}

/** The birth date of the cartella's person (visible with the cartella). */
export async function birthDateOf(tx: Db, personId: string): Promise<IsoDate> {
  const [p] = await tx
    .select({ dataNascita: persons.dataNascita })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  if (!p) throw new NotFoundError("La persona");
  return p.dataNascita;
}

/**
 * Records a structured needs assessment: SINA for an adult, SINBA for a minor on the
 * assessment's date. Every item must be answered with one of its INPS codes.
 */
export async function createAssessment(
  db: Db,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const c = await writableCase(tx, actor, caseId);
    const parsed = AssessmentCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
    const v = parsed.data;
    const born = await birthDateOf(tx, c.personId);
    if (v.data < born)
      throw new ValidationError({ data: ["La valutazione non può precedere la nascita."] });
    const due = assessmentKindFor(born, v.data);
    if (v.tipo !== due)
      throw new ValidationError({
        tipo: [
          due === "sinba"
            ? `La persona era minorenne alla data della valutazione: usa la scheda ${ASSESSMENT_KIND_LABELS.sinba}.`
            : `La persona era maggiorenne alla data della valutazione: usa la scheda ${ASSESSMENT_KIND_LABELS.sina}.`,
        ],
      });
    const [row] = await tx
      .insert(assessments)
      .values({
        ambitoId: actor.ambitoId,
        caseId,
        tipo: v.tipo,
        data: v.data,
        voci: v.voci,
        sintesi: v.sintesi,
        autoreId: actor.id,
      })
      .returning({ id: assessments.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "create", "valutazione", row.id);
    return row;
  });
}

const summaryCols = {
  id: assessments.id,
  tipo: assessments.tipo,
  data: assessments.data,
  sintesi: assessments.sintesi,
  autore: users.nome,
};

/** The assessments of a cartella, newest first, without their answers. */
export async function listAssessments(
  db: Db,
  actor: Actor,
  caseId: string,
): Promise<AssessmentSummary[]> {
  return withActor(db, actor, async (tx) => {
    await caseInScope(tx, actor, caseId, "case.plan.read");
    const rows = await tx
      .select(summaryCols)
      .from(assessments)
      .leftJoin(users, eq(users.id, assessments.autoreId))
      .where(and(eq(assessments.ambitoId, actor.ambitoId), eq(assessments.caseId, caseId)))
      .orderBy(desc(assessments.data), desc(assessments.creatoIl))
      .limit(100);
    await audit(tx, actor, "view", "valutazioni_cartella", caseId);
    return rows;
  });
}

/** One assessment with its answers; the view is written to the access log. */
export async function getAssessment(
  db: Db,
  actor: Actor,
  caseId: string,
  assessmentId: string,
): Promise<AssessmentDetail> {
  return withActor(db, actor, async (tx) => {
    await caseInScope(tx, actor, caseId, "case.plan.read");
    if (!isUuid(assessmentId)) throw new NotFoundError("La valutazione");
    const [row] = await tx
      .select({ ...summaryCols, voci: assessments.voci })
      .from(assessments)
      .leftJoin(users, eq(users.id, assessments.autoreId))
      .where(
        and(
          eq(assessments.id, assessmentId),
          eq(assessments.ambitoId, actor.ambitoId),
          eq(assessments.caseId, caseId),
        ),
      )
      .limit(1);
    if (!row) throw new NotFoundError("La valutazione");
    await audit(tx, actor, "view", "valutazione", row.id);
    return { ...row, voci: row.voci as Record<string, string> };
  });
}
