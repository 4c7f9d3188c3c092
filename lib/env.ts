import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PGLITE_DATA_DIR: z.string().min(1).default("./data/pglite"),
  // Connections of one app instance to PostgreSQL; with PgBouncer, what it allows per instance.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  DEMO_PASSWORD: z.string().min(8).default("zona-demo-2026"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(10),
  // Reverse proxies in front of Zona that append to X-Forwarded-For (see lib/auth/ip.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  // Uploaded documents: a folder outside public/, or an S3-compatible bucket when one is named.
  DOCUMENTS_DIR: z.string().min(1).default("./data/documents"),
  DOCUMENTS_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  DOCUMENTS_S3_BUCKET: z.string().min(3).optional(),
  DOCUMENTS_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  DOCUMENTS_S3_REGION: z.string().min(1).default("eu-south-1"),
  // SIUSS through INPS's WaaS API (lib/auth/waas.ts): where it answers, for which ambito,
  // the PDND voucher's verification key (PEM or JWKS file) and audience, the allowed addresses.
  WAAS_BASE_PATH: z
    .string()
    .regex(/^(\/[A-Za-z0-9_.-]+)+$/, "un percorso come /waas/v1, senza / finale")
    .default("/waas/v1"),
  WAAS_AMBITO: z.string().min(1).optional(),
  WAAS_JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  WAAS_JWKS_FILE: z.string().min(1).optional(),
  WAAS_JWT_AUDIENCE: z.string().min(1).optional(),
  WAAS_JWT_ISSUER: z.string().min(1).optional(),
  // Comma-separated addresses; unset on a demo instance (SEED_DEMO) means this machine only.
  WAAS_ALLOWED_IPS: z.string().optional(),
  // The public portal: which ambito it shows (its codice; the only one when unset) and its
  // public address, for absolute links in metadata (hreflang, Open Graph).
  PORTAL_AMBITO: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse({
    ...source,
    DATABASE_URL: source.DATABASE_URL || undefined,
    PGLITE_DATA_DIR: source.PGLITE_DATA_DIR || undefined,
    DOCUMENTS_S3_BUCKET: source.DOCUMENTS_S3_BUCKET || undefined,
    DOCUMENTS_S3_ENDPOINT: source.DOCUMENTS_S3_ENDPOINT || undefined,
    WAAS_BASE_PATH: source.WAAS_BASE_PATH || undefined,
    PORTAL_AMBITO: source.PORTAL_AMBITO || undefined,
    PUBLIC_URL: source.PUBLIC_URL || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configurazione non valida:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
