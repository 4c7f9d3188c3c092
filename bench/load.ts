import autocannon from "autocannon";
import { type Figures, figuresOf } from "./stats";

export type BenchRequest = {
  method: "GET" | "POST";
  path: string;
  body?: string;
  contentType?: string;
};

/** One logged-in connection: its session cookie and what it asks for, in turn. */
export type Connection = {
  cookie: string;
  requests: BenchRequest[];
  /** For writes that use each target once: the next request, or null when none are left. */
  next?: () => BenchRequest | null;
};

const headersOf = (cookie: string, r: BenchRequest) => ({
  accept: "text/html,application/json",
  cookie,
  ...(r.contentType ? { "content-type": r.contentType } : {}),
});

/**
 * Drives `base` with one autocannon connection per entry of `connections` for `seconds`, and
 * gives the latency percentiles (p95 included, which autocannon's own summary lacks) over every
 * response. `ok` lists statuses that count as success besides 2xx (a refused approval).
 */
export async function drive(
  base: string,
  connections: Connection[],
  seconds: number,
  ok: number[] = [],
): Promise<Figures & { statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let index = 0;
  const fine = new Set(ok);
  let done: (r: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((res, rej) => {
    done = res;
    failed = rej;
  });
  const instance = autocannon(
    {
      url: base,
      connections: connections.length,
      duration: seconds,
      timeout: 30,
      setupClient: (client) => {
        const c = connections[index++ % connections.length] as Connection;
        client.setRequests(
          c.requests.map((r) => ({
            method: r.method,
            path: r.path,
            body: r.body,
            headers: headersOf(c.cookie, r),
            ...(c.next
              ? {
                  setupRequest: (req: autocannon.Request) => {
                    const n = c.next?.();
                    return n ? { ...req, ...n, headers: headersOf(c.cookie, n) } : req;
                  },
                }
              : {}),
          })),
        );
      },
    },
    (err, result) => (err ? failed(err) : done(result)),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if ((status >= 200 && status < 300) || fine.has(status)) latencies.push(ms);
    else errors++;
  });
  instance.on("reqError", () => {
    errors++;
  });
  const result = await finished;
  return { ...figuresOf(latencies, errors + result.errors, result.duration), statuses };
}
