import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/http/client-address";

/** Environment of the app and its scripts. A malformed value stops the process with one clear line. */
const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "phải là true hoặc false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .url({ error: "phải là một URL postgresql://…" })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), "phải bắt đầu bằng postgresql://")
      .optional(),
    /** Connections per app instance (the embedded server allows 100 in all). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    PORT: z.coerce.number({ error: "phải là số cổng" }).int().min(1).max(65535).default(3000),
    NEXTAUTH_SECRET: z.string().min(32, "phải dài ít nhất 32 ký tự").optional(),
    NEXTAUTH_URL: z.url().optional(),
    /**
     * The address users open the app at, e.g. https://kiemtra.sokhcn.angiang.gov.vn: links in e-mails are built
     * from it (lib/mail/links.ts). Unset: NEXTAUTH_URL; `npm start` passes its own address when neither is set.
     */
    APP_URL: z
      .url({ protocol: /^https?$/, error: "phải là một URL http(s)://, ví dụ https://kiemtra.sokhcn.angiang.gov.vn" })
      .refine((v) => !/[?#]/.test(v), "không được có ? hoặc #")
      .optional(),
    /** Hours a signed-in session lasts. */
    SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(720).default(8),
    /**
     * Sign-in throttling (lib/auth/throttle.ts), all counted over AUTH_LOCK_MINUTES since the last failure:
     * failures of one account from one address before that pair is locked for AUTH_LOCK_MINUTES; failures
     * from one address across all accounts before the address is locked; the pause added per failure of an
     * account (from any address) after the second, and its ceiling: an account itself is never locked.
     */
    AUTH_MAX_FAILURES: z.coerce.number().int().min(2).max(100).default(5),
    AUTH_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(2).max(10_000).default(30),
    AUTH_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    AUTH_SLOWDOWN_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
    AUTH_MAX_DELAY_MS: z.coerce.number().int().min(0).max(30_000).default(5000),
    /**
     * Reverse proxies whose X-Forwarded-For is believed: comma-separated IPv4/IPv6 addresses or CIDR blocks.
     * Empty: the client is the TCP peer and X-Forwarded-For is ignored (lib/http/client-address.ts).
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({
            code: "custom",
            message: `phải là các địa chỉ IP hoặc khối CIDR cách nhau bằng dấu phẩy, ví dụ 10.0.0.5,fd00::/8 (${(error as Error).message})`,
          });
        }
      }),
    SEED_DEMO: booleanString.default(true),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    DATA_DIR: z.string().min(1).default(".data"),
    /** Largest file one upload may carry, in bytes (QMS records, inspection evidence). */
    UPLOAD_MAX_BYTES: z.coerce
      .number({ error: "phải là số byte, ví dụ 20971520" })
      .int("phải là số nguyên byte")
      .positive("phải lớn hơn 0")
      .default(20 * 1024 * 1024),
    /** Outgoing mail. Without SMTP_HOST nothing is sent: e-mails wait in the outbox, where administrators see them. */
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce
      .number({ error: "phải là số cổng, ví dụ 587" })
      .int()
      .min(1, "phải là số cổng, ví dụ 587")
      .max(65535, "phải là số cổng, ví dụ 587")
      .default(587),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    /** The sender address. `localhost` is allowed, so the html5 pattern rather than zod's stricter default. */
    SMTP_FROM: z
      .email({
        pattern: z.regexes.html5Email,
        error: "phải là một địa chỉ e-mail, ví dụ no-reply@sokhcn.angiang.gov.vn",
      })
      .default("no-reply@localhost"),
    /** TLS from the first byte (port 465). Unset: on for port 465, otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: booleanString.optional(),
    /** Where uploaded files live: `local` (DATA_DIR/files) or `s3` (a bucket of an S3-compatible store, shared by every instance). */
    STORAGE_DRIVER: z.enum(["local", "s3"], { error: "phải là local hoặc s3" }).default("local"),
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, error: "phải là một URL http(s)://, ví dụ https://s3.sokhcn.angiang.gov.vn" })
      .optional(),
    /** Most S3-compatible stores ignore the region but sign with it; MinIO's default is us-east-1. */
    S3_REGION: z.string().trim().min(1).default("us-east-1"),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "phải là tên bucket: 3–63 ký tự a-z, 0-9, dấu chấm và gạch nối")
      .optional(),
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanString.default(true),
  })
  .superRefine((value, context) => {
    if (value.SMTP_USER && !value.SMTP_PASSWORD)
      context.addIssue({ code: "custom", path: ["SMTP_PASSWORD"], message: "phải có khi đã đặt SMTP_USER" });
    if (value.SMTP_PASSWORD && !value.SMTP_USER)
      context.addIssue({ code: "custom", path: ["SMTP_USER"], message: "phải có khi đã đặt SMTP_PASSWORD" });
    if (value.STORAGE_DRIVER === "s3") {
      for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!value[name]) context.addIssue({ code: "custom", path: [name], message: "phải có khi STORAGE_DRIVER=s3" });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError whose message names every bad variable, in one line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new EnvError(`Cấu hình không hợp lệ (invalid environment): ${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

let trusted: TrustedProxies | undefined;

/** `TRUSTED_PROXIES`, parsed once. */
export function trustedProxies(): TrustedProxies {
  trusted ??= parseTrustedProxies(env().TRUSTED_PROXIES);
  return trusted;
}
