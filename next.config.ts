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
  "/portale",
  "/login",
  "/api",
];

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
