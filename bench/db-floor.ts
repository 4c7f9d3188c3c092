import { type Figures, figuresOf } from "./stats";

/**
 * The database floor: the data-layer call behind a page, run in this process with the same
 * concurrency as the HTTP run, so the gap between the two is what the framework adds.
 */
export async function loop(
  call: (i: number) => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        await call(n++);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return figuresOf(latencies, errors, (performance.now() - started) / 1000);
}
