import { pgEnum } from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/auth/roles";
import { AREAS, MEASURE_KINDS } from "@/lib/domain/areas";
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  ASSESSMENT_KINDS,
  CASE_EVENTS,
  CASE_STATUSES,
  DIARY_KINDS,
  GOAL_OUTCOMES,
  LINK_KINDS,
  PLAN_STATUSES,
  RELATIONS,
  TRANSFER_STATUSES,
} from "@/lib/domain/case-file";
import { DISABILITY_CODES, ISEE_KINDS } from "@/lib/domain/eligibility";
import { REQUEST_STATUSES } from "@/lib/domain/request-workflow";

export const roleEnum = pgEnum("ruolo", ROLES);

export const areaEnum = pgEnum("area_intervento", AREAS);

export const sexEnum = pgEnum("sesso", ["M", "F"]);

export const measureKindEnum = pgEnum("tipo_misura", MEASURE_KINDS);

export const iseeKindEnum = pgEnum("tipo_isee", ISEE_KINDS);

export const requestStatusEnum = pgEnum("stato_richiesta", REQUEST_STATUSES);

export const disabilityCodeEnum = pgEnum("codice_disabilita", DISABILITY_CODES);

export const caseStatusEnum = pgEnum("stato_cartella", CASE_STATUSES);

export const caseEventEnum = pgEnum("evento_cartella", CASE_EVENTS);

export const diaryKindEnum = pgEnum("tipo_voce_diario", DIARY_KINDS);

export const linkKindEnum = pgEnum("tipo_legame", LINK_KINDS);

export const relationEnum = pgEnum("relazione", RELATIONS);

export const appointmentKindEnum = pgEnum("tipo_appuntamento", APPOINTMENT_KINDS);

export const appointmentStatusEnum = pgEnum("stato_appuntamento", APPOINTMENT_STATUSES);

export const transferStatusEnum = pgEnum("stato_trasferimento", TRANSFER_STATUSES);

export const assessmentKindEnum = pgEnum("tipo_valutazione", ASSESSMENT_KINDS);

export const planStatusEnum = pgEnum("stato_progetto", PLAN_STATUSES);

export const goalOutcomeEnum = pgEnum("esito_obiettivo", GOAL_OUTCOMES);
