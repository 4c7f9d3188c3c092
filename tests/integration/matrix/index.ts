import type { Op } from "../../support/matrix";
import { CALENDAR_IMPORT_OPS } from "./calendar-import";
import { CASE_FILE_READ_OPS } from "./case-file-reads";
import { CASES_OPS } from "./cases";
import { DASHBOARD_OPS } from "./dashboard";
import { DIARY_DOCUMENT_OPS } from "./diary-documents";
import { PLAN_OPS } from "./plans";
import { PORTAL_OPS } from "./portal";
import { SIUSS_OPS } from "./siuss";

/** The data-layer operations of each feature, added to the authorization matrix. */
export const FEATURE_OPS: Op[] = [
  ...CASES_OPS,
  ...CASE_FILE_READ_OPS,
  ...PLAN_OPS,
  ...DIARY_DOCUMENT_OPS,
  ...CALENDAR_IMPORT_OPS,
  ...SIUSS_OPS,
  ...DASHBOARD_OPS,
  ...PORTAL_OPS,
];
