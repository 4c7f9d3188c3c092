import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { USERS } from "./support/accounts";
import { login } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { STACK, totals } from "./support/fuzz";

// Property tests of the server actions through their own transport: a POST with the action's id
// in the Next-Action header and React's encoding of the arguments, as the browser sends it.
// Random arguments never give a 5xx or a stack trace, and a refused write changes nothing.
//
// Every action gets FUZZ_ACTION_RUNS runs (200), split between two users: Pavia's worker
// (own comune) and the coordinator (whole district). Counting the rows costs three GETs, so it
// is not done after every run: refused runs are counted as a batch, once before and once after
// (equal totals prove that none of them wrote), and a count is taken after every accepted run.
// Only if the totals moved across a batch that also holds an accepted run is the batch replayed
// one refused argument at a time, each counted before and after, to tell which run wrote.
const RUNS = Number(process.env.FUZZ_ACTION_RUNS ?? 200);
const FUZZ_USERS = ["asPavia", "coordinatore"] as const;
const RUNS_PER_USER = Math.ceil(RUNS / FUZZ_USERS.length);
const SKIP = new Set(["logout", "logoutAfterInactivity", "login"]);

type Action = { id: string; name: string; page: string };
type Totals = Awaited<ReturnType<typeof totals>>;

/** Every server action of the build, with a page that serves it. */
function actions(): Action[] {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, a]) => !SKIP.has(a.exportedName))
    .map(([id, a]) => ({
      id,
      name: a.exportedName,
      page: `/${(Object.keys(a.workers)[0] ?? "")
        .replace(/^app\//, "")
        .replace(/\([^)]+\)\//g, "")
        .replace(/\/?page$/, "")
        .replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000")}`,
    }));
}

// React's reply encoding of plain values: JSON, with strings that start with "$" escaped.
const encode = (args: unknown[]) =>
  JSON.stringify(args, (_k, v) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));

const arg = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom("personId", "measureId", "bandoId", "nota", "action", "esito", "motivazione"),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);
const argList = fc.array(arg, { maxLength: 3 });

async function expectSafe(res: APIResponse, name: string) {
  const text = await res.text();
  expect(res.status(), `${name} → ${res.status()}\n${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, name).not.toMatch(STACK);
  return text;
}

const accepted = (text: string) => text.includes('"ok":true');
const same = (a: Totals, b: Totals) => JSON.stringify(a) === JSON.stringify(b);

/** `runs` random calls of one action; returns how many were accepted and how many replayed. */
async function fuzzAction(api: APIRequestContext, origin: string, action: Action, runs: number) {
  const send = async (args: unknown[]) =>
    expectSafe(
      await api.post(action.page, {
        headers: {
          "next-action": action.id,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          origin,
        },
        data: encode(args),
      }),
      action.name,
    );
  // Each refused argument again, alone, counted before and after.
  const replay = async (batch: unknown[][]) => {
    for (const args of batch) {
      const before = await totals(api);
      if (accepted(await send(args))) continue;
      expect(await totals(api), `${action.name} refused ${encode(args)} yet wrote`).toEqual(before);
    }
  };
  const stats = { accepted: 0, replayed: 0 };
  let baseline = await totals(api);
  let refused: unknown[][] = [];
  await fc.assert(
    fc.asyncProperty(argList, async (args) => {
      if (!accepted(await send(args))) {
        refused.push(args);
        return;
      }
      stats.accepted++;
      const now = await totals(api);
      if (!same(now, baseline) && refused.length > 0) {
        stats.replayed += refused.length;
        await replay(refused);
        baseline = await totals(api);
      } else baseline = now;
      refused = [];
    }),
    { numRuns: runs },
  );
  const end = await totals(api);
  if (!same(end, baseline)) {
    // Only refused runs since the last count, and yet the totals moved: find the one.
    await replay(refused);
    expect(end, `${action.name}: refused calls changed the totals`).toEqual(baseline);
  }
  return stats;
}

for (const user of FUZZ_USERS) {
  test(`azioni del server sotto argomenti casuali (${user})`, async ({ page }) => {
    test.setTimeout(1_200_000);
    await login(page, USERS[user].email);
    const api = page.request;
    const origin = new URL(page.url()).origin;
    const list = actions();
    expect(list.length).toBeGreaterThan(20);
    const started = Date.now();
    let accepted = 0;
    let replayed = 0;
    for (const action of list) {
      const stats = await fuzzAction(api, origin, action, RUNS_PER_USER);
      accepted += stats.accepted;
      replayed += stats.replayed;
    }
    console.log(
      `${user}: ${list.length} azioni × ${RUNS_PER_USER} casi, ${accepted} accettati, ${replayed} ripetuti, ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });
}
