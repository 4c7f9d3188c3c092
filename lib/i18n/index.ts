import { it } from "./it";

/**
 * The shape of the UI copy, with every literal widened to `string`: a translation must
 * provide the same keys and the same functions, with its own text.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Messages = Widen<typeof it>;

/**
 * The UI copy. The UI is Italian-only today; another language is a new folder beside `it/`
 * with the same shape (`Messages`), chosen here.
 *
 * Server code uses `t`. Client components import only the namespaces they show, from their
 * modules (`import { persons } from "@/lib/i18n/it/persons"; const t = { persons };`): `t`
 * would put the whole catalogue into every page's JavaScript (lib/forms/client-imports.test.ts
 * checks it). A second language would choose per namespace there too.
 */
export const t: Messages = it;
