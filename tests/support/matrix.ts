import type { Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { createPerson } from "@/lib/data/persons";
import type { Actors, TestDb } from "./db";
import { personInput } from "./fixtures";

/** Shared by the authorization matrix and the operation lists of each feature (tests/integration/matrix). */
export type Target = "own" | "other";
export type World = {
  db: TestDb["handle"]["db"];
  a: Actors;
  comune: Record<Target, string>;
  b2: string;
};
export type Op = {
  name: string;
  permission: Permission;
  /** True when the operation reaches a record in the target comune; false for district-wide lists and actions. */
  onRecord: boolean;
  /** Refused as a field error (422) rather than 403/404, e.g. registering in a comune one does not serve. */
  deniedAsFieldError?: boolean;
  run: (w: World, actor: Actor, target: Target) => Promise<unknown>;
};

// Records are made by the worker of that comune: Pavia is "own" for the Pavia accounts.
export const OWNER: Record<Target, { actor: keyof Actors; comune: string }> = {
  own: { actor: "asPavia", comune: "Pavia" },
  other: { actor: "asCava", comune: "Cava Manara" },
};

export async function personOf(w: World, target: Target) {
  return createPerson(
    w.db,
    w.a[OWNER[target].actor],
    await personInput(w.db, OWNER[target].comune),
  );
}
