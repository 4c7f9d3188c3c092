/**
 * Whether the database is known to be away, shared by the whole process (route handlers, pages
 * and the proxy live in different bundles, so the state sits on globalThis). Set by a failed
 * connection, cleared by a successful probe; while it is set, pages answer 503 at once.
 */
type Health = {
  downSince: number | null;
  lastProbe: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<void>) | null;
};

const PROBE_EVERY_MS = 1000;

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

function health(): Health {
  const g = globalThis as unknown as { zonaDbHealth?: Health };
  g.zonaDbHealth ??= { downSince: null, lastProbe: 0, probing: null, probe: null };
  return g.zonaDbHealth;
}

export function setDatabaseProbe(probe: () => Promise<void>): void {
  health().probe = probe;
}

export function markDatabaseDown(): void {
  const h = health();
  h.downSince ??= Date.now();
}

export function markDatabaseUp(): void {
  health().downSince = null;
}

/**
 * True unless the database is known to be away and a probe (at most one a second, shared by
 * concurrent callers) does not reach it yet. Costs nothing while the database is up.
 */
export async function databaseAvailable(): Promise<boolean> {
  const h = health();
  if (h.downSince === null) return true;
  if (!h.probe) return false;
  if (!h.probing && Date.now() - h.lastProbe >= PROBE_EVERY_MS) {
    h.lastProbe = Date.now();
    h.probing = h
      .probe()
      .then(
        () => {
          h.downSince = null;
          return true;
        },
        () => false,
      )
      .finally(() => {
        h.probing = null;
      });
  }
  return h.probing ?? false;
}
