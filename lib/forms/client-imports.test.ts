import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The first-load JavaScript of a page is what its client components import statically. These
 * stay out of it: the whole UI catalogue (`@/lib/i18n`: client code imports the namespaces it
 * shows from `@/lib/i18n/it/*`), zod and the validation schemas (forms load them on demand with
 * `lazyZodResolver`), and recharts (loaded with `next/dynamic`). Dynamic `import()` is allowed.
 */
const root = path.resolve(import.meta.dirname, "../..");

const FORBIDDEN: { what: string; test: (target: string) => boolean }[] = [
  {
    what: "the whole UI catalogue",
    test: (t) => t === "lib/i18n/index.ts" || t === "lib/i18n/it/index.ts",
  },
  { what: "a validation module (zod)", test: (t) => t.startsWith("lib/validation/") },
  { what: "zod", test: (t) => t === "pkg:zod" || t.startsWith("pkg:zod/") },
  { what: "the zod resolver", test: (t) => t === "pkg:@hookform/resolvers/zod" },
  { what: "recharts", test: (t) => t === "pkg:recharts" },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.join(path.dirname(from), spec);
  else return `pkg:${spec}`;
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx", ""])
    if (/\.tsx?$/.test(base + ext) && existsSync(path.join(root, base + ext))) return base + ext;
  return null;
}

/** The modules a file imports for their values (type-only imports are erased). */
function valueImports(file: string): string[] {
  const src = readFileSync(path.join(root, file), "utf8");
  if (/^["']use server["']/m.test(src)) return []; // server actions reach the client as references
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+"([^"]+)"/gms)) {
    const [, typeOnly, names = "", spec = ""] = m;
    if (typeOnly) continue;
    const braces = /^\{([^}]*)\}$/s.exec(names.trim());
    const parts = braces?.[1]
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts?.every((p) => p.startsWith("type "))) continue;
    const target = resolveImport(file, spec);
    if (target) out.push(target);
  }
  return out;
}

describe("client components' static imports", () => {
  it("leave the UI catalogue, zod, the schemas and recharts out of the first load", () => {
    const clients = [...sourceFiles("app"), ...sourceFiles("components")].filter((f) =>
      /^["']use client["']/m.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(clients.length).toBeGreaterThan(20);
    const via = new Map<string, string>(clients.map((f) => [f, ""]));
    const queue = [...clients];
    const problems: string[] = [];
    for (let file = queue.shift(); file; file = queue.shift()) {
      for (const target of valueImports(file)) {
        const bad = FORBIDDEN.find((f) => f.test(target));
        if (bad) {
          const chain = [file];
          for (let up = via.get(file); up; up = via.get(up)) chain.unshift(up);
          problems.push(`${chain.join(" → ")} imports ${bad.what} (${target})`);
        }
        if (via.has(target) || target.startsWith("pkg:")) continue;
        via.set(target, file);
        queue.push(target);
      }
    }
    expect(problems).toEqual([]);
  });
});
