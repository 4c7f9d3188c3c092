import type { Op } from "../../support/matrix";

/** The data-layer operations of each feature, added to the authorization matrix. */
export const FEATURE_OPS: Op[] = [];
