import type { ZodOpenApiPathsObject } from "zod-openapi";
import { CALENDAR_IMPORT_PATHS } from "./calendar-import";
import { CASES_PATHS } from "./cases";
import { DIARY_DOCUMENT_PATHS } from "./diary-documents";
import { PLAN_PATHS } from "./plans";
import { PORTAL_PATHS } from "./portal";
import { REGISTRY_PATHS } from "./registry";

/** The API paths of each feature of the cartella sociale, one module each, added to the document. */
export const FEATURE_PATHS: ZodOpenApiPathsObject = {
  ...REGISTRY_PATHS,
  ...CASES_PATHS,
  ...PLAN_PATHS,
  ...DIARY_DOCUMENT_PATHS,
  ...CALENDAR_IMPORT_PATHS,
  ...PORTAL_PATHS,
};
