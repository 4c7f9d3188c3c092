import type { FieldValues, Resolver } from "react-hook-form";
import type * as z4 from "zod/v4/core";

type Schema = z4.$ZodType<FieldValues, FieldValues>;

/**
 * A react-hook-form resolver for a zod schema that is loaded on demand: `load` dynamic-imports
 * the validation module, so neither zod nor the schema is part of a page's first-load
 * JavaScript. The module is fetched when the browser is idle after the form appears, or at the
 * first validation if that comes sooner; from then on the resolver is `zodResolver(schema)`.
 * A failed load is retried at the next validation (the server validates every submission anyway).
 *
 * Client components import validation modules with `import type` only, and pass the module
 * to this function: `lazyZodResolver(() => import("@/lib/validation/x").then((m) => m.XSchema))`.
 */
export function lazyZodResolver<T extends Schema>(
  load: () => Promise<T>,
): Resolver<z4.input<T>, unknown, z4.output<T>> {
  type R = Resolver<z4.input<T>, unknown, z4.output<T>>;
  let ready: Promise<R> | undefined;
  const resolve = () => {
    ready ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as R,
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
  if (typeof window !== "undefined") {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => void resolve().catch(() => undefined));
  }
  return async (values, context, options) => (await resolve())(values, context, options);
}
