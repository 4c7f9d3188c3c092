import autocannon from "autocannon";
import { type Figures, figuresOf } from "./stats";

export type HttpScenario = {
  /** Paths to cycle through, one request after another on each connection. */
  requests: { method?: "GET" | "POST"; path: string; body?: string; contentType?: string }[];
  /** Cookie headers of logged-in sessions: connection i uses session i mod n. */
  sessions: string[];
  /** Statuses that count as success besides 2xx (e.g. 3xx for a redirect). */
  okStatuses?: number[];
  /** Gives the next request of a connection, for writes that use each target once. */
  next?: () => { method: "GET" | "POST"; path: string; body?: string } | null;
};

/**
 * Drives `base` with `connections` concurrent connections for `seconds`, each with its own
 * session, and returns the latency percentiles (p95 included, which autocannon's own summary
 * lacks) taken over every response.
 */
export async function drive(
  base: string,
  scenario: HttpScenario,
  connections: number,
  seconds: number,
): Promise<Figures & { statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let session = 0;
  const ok = new Set(scenario.okStatuses ?? []);
  let done: (r: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((res, rej) => {
    done = res;
    failed = rej;
  });
  const instance = autocannon(
    {
      url: base,
      connections,
      duration: seconds,
      timeout: 30,
      requests: scenario.requests.map((r) => ({
        method: r.method ?? "GET",
        path: r.path,
        body: r.body,
        ...(scenario.next
          ? {
              setupRequest: (req: autocannon.Request) => {
                const n = scenario.next?.();
                return n ? { ...req, ...n } : req;
              },
            }
          : {}),
      })),
      setupClient: (client) => {
        const cookie = scenario.sessions[session++ % Math.max(1, scenario.sessions.length)];
        const headers: Record<string, string> = { accept: "text/html,application/json" };
        if (cookie) headers.cookie = cookie;
        const type = scenario.requests[0]?.contentType;
        if (type) headers["content-type"] = type;
        client.setHeaders(headers);
      },
    },
    (err, result) => (err ? failed(err) : done(result)),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if ((status >= 200 && status < 300) || ok.has(status)) latencies.push(ms);
    else errors++;
  });
  instance.on("reqError", () => {
    errors++;
  });
  const result = await finished;
  return { ...figuresOf(latencies, errors + result.errors, result.duration), statuses };
}
