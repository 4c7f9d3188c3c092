import { readEnv } from "@/lib/env";

/**
 * The client's address as the outermost trusted proxy saw it; null when unknown.
 *
 * Each reverse proxy appends the address it received the request from to X-Forwarded-For, so
 * with `hops` trusted proxies in front of Zona the client is the entry `hops` places from the
 * right; whatever a client writes to the left of it is ignored. Next.js fills the header with
 * the socket's address when no proxy sent one. With 0 hops the header is not trusted at all.
 */
export function requestIp(headers: Headers, hops = readEnv().TRUSTED_PROXY_HOPS): string | null {
  if (hops === 0) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const ip = chain.length >= hops ? chain[chain.length - hops] : chain[0];
  return ip && ip.length <= 64 ? ip : null;
}
