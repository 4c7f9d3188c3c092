import type { NextConfig } from "next";

const STAFF = [
  "/scrivania",
  "/persone",
  "/richieste",
  "/misure",
  "/modelli",
  "/utenti",
  "/account",
  "/cartelle",
  "/trasferimenti",
  "/agenda",
  "/bandi",
  "/siuss",
  "/cruscotto",
  "/esporta",
  "/portale",
  "/login",
  "/api",
];

const SELF_CHECK = ["/verifica-requisiti", "/en/eligibility-check"];

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg",
    "pdfkit",
    "libxml2-wasm",
  ],
  poweredByHeader: false,
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    return [
      { source: "/:path*", headers: common },
      // The self-check works as a plain form POST without JavaScript: a browser sends it with
      // "Origin: null" under no-referrer, and Next refuses such a server action. Its pages
      // carry nothing personal in their address, so they may name their own origin.
      ...SELF_CHECK.map((source) => ({
        source,
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      })),
      // Pages and API answers with personal data are never stored by browsers or proxies.
      ...STAFF.map((p) => ({
        source: `${p}/:path*`,
        headers: [{ key: "Cache-Control", value: "no-store" }],
      })),
      ...STAFF.map((p) => ({ source: p, headers: [{ key: "Cache-Control", value: "no-store" }] })),
    ];
  },
};

export default nextConfig;
