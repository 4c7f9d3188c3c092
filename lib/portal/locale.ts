import "server-only";
import { headers } from "next/headers";
import { LOCALE_HEADER, type Locale } from "./routes";

/** The language of the current request, as proxy.ts read it from the path. */
export async function requestLocale(): Promise<Locale> {
  return (await headers()).get(LOCALE_HEADER) === "en" ? "en" : "it";
}
