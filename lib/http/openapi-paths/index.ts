import type { ZodOpenApiPathsObject } from "zod-openapi";

/** The API paths of each feature of the cartella sociale, one module each, added to the document. */
export const FEATURE_PATHS: ZodOpenApiPathsObject = {};
