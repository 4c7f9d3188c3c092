import { rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/** Sorting state only: rows are sorted, filtered and paged by the server. */
export const serverTableFeatures = tableFeatures({ rowSortingFeature });

export type ServerTableFeatures = typeof serverTableFeatures;
