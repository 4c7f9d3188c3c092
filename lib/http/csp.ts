/**
 * The Content Security Policy of every page: scripts only from this origin and carrying this
 * request's nonce, no framing, no plugins, forms only to this origin.
 */
export function contentSecurityPolicy(
  nonce: string,
  opts: { dev: boolean; https: boolean },
): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's own nonce-carrying loader pull its chunks; dev needs eval for React's tooling.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${opts.dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
