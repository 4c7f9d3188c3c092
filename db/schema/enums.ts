import { pgEnum } from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/auth/roles";
import { AREAS, MEASURE_KINDS } from "@/lib/domain/areas";
import { DISABILITY_CODES, ISEE_KINDS } from "@/lib/domain/eligibility";
import { REQUEST_STATUSES } from "@/lib/domain/request-workflow";

export const roleEnum = pgEnum("ruolo", ROLES);

export const areaEnum = pgEnum("area_intervento", AREAS);

export const sexEnum = pgEnum("sesso", ["M", "F"]);

export const measureKindEnum = pgEnum("tipo_misura", MEASURE_KINDS);

export const iseeKindEnum = pgEnum("tipo_isee", ISEE_KINDS);

export const requestStatusEnum = pgEnum("stato_richiesta", REQUEST_STATUSES);

export const disabilityCodeEnum = pgEnum("codice_disabilita", DISABILITY_CODES);
