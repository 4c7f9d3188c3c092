import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteJs = { route: string; kbGzip: number };

/**
 * First-load JavaScript per route of a build, gzipped, from the route bundle statistics that
 * `next build` writes (.next/diagnostics/route-bundle-stats.json).
 */
export function firstLoadJs(appDir: string): RouteJs[] {
  const file = path.join(appDir, ".next", "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) return [];
  const stats = JSON.parse(readFileSync(file, "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const sizes = new Map<string, number>();
  const gz = (p: string) => {
    let n = sizes.get(p);
    if (n === undefined) {
      n = gzipSync(readFileSync(path.join(appDir, p)), { level: 9 }).length;
      sizes.set(p, n);
    }
    return n;
  };
  return stats
    .map((s) => ({
      route: s.route,
      kbGzip: Math.round(s.firstLoadChunkPaths.reduce((sum, p) => sum + gz(p), 0) / 1024),
    }))
    .sort((a, b) => b.kbGzip - a.kbGzip);
}
