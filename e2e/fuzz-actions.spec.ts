import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { USERS } from "./support/accounts";
import { login } from "./support/auth";
import { expect, test } from "./support/fixtures";

// Property tests of the server actions through their own transport: a POST with the action's id
// in the Next-Action header and React's encoding of the arguments, as the browser sends it.
// Random arguments never give a 5xx or a stack trace, and a refused write changes nothing.
// Every action runs as two users: 25 runs each keeps the whole suite within a few minutes.
const RUNS = Number(process.env.FUZZ_ACTION_RUNS ?? 25);
const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Error: /;
const SKIP = new Set(["logout", "logoutAfterInactivity", "login"]);

type Action = { id: string; name: string; page: string };

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

async function totals(api: APIRequestContext) {
  const persons = (await (await api.get("/api/v1/persons?limit=1")).json()).total as number;
  const requests = (await (await api.get("/api/v1/requests?limit=1")).json()).total as number;
  const bandi = (await (await api.get("/api/v1/bandi")).json()).rows.length as number;
  return { persons, requests, bandi };
}

async function expectSafe(res: APIResponse, name: string) {
  const text = await res.text();
  expect(res.status(), `${name} → ${res.status()}\n${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, name).not.toMatch(STACK);
  return text;
}

for (const user of ["asPavia", "coordinatore"] as const) {
  test(`azioni del server sotto argomenti casuali (${user})`, async ({ page }) => {
    test.setTimeout(600_000);
    await login(page, USERS[user].email);
    const api = page.request;
    const origin = new URL(page.url()).origin;
    const list = actions();
    expect(list.length).toBeGreaterThan(20);
    for (const action of list) {
      let before = await totals(api);
      await fc.assert(
        fc.asyncProperty(argList, async (args) => {
          const res = await api.post(action.page, {
            headers: {
              "next-action": action.id,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
              origin,
            },
            data: encode(args),
          });
          const text = await expectSafe(res, action.name);
          const after = await totals(api);
          if (!text.includes('"ok":true')) expect(after, action.name).toEqual(before);
          before = after;
        }),
        { numRuns: RUNS },
      );
    }
  });
}
