import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("parseEnv accepted a malformed environment");
}

describe("parseEnv", () => {
  it("accepts an empty environment and fills the defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_POOL_SIZE: 5,
      SESSION_MAX_AGE_HOURS: 8,
      AUTH_MAX_FAILURES: 5,
      AUTH_LOCK_MINUTES: 15,
      AUTH_SLOWDOWN_MS: 1000,
      SEED_DEMO: true,
      LOG_LEVEL: "info",
      DATA_DIR: ".data",
      UPLOAD_MAX_BYTES: 20 * 1024 * 1024,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "", SEED_DEMO: "" });
    expect(env).toMatchObject({ PORT: 3000, SEED_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("coerces well-formed values", () => {
    const env = parseEnv({
      PORT: "8080",
      SEED_DEMO: "no",
      DATABASE_URL: "postgresql://u@h:5432/d",
      AUTH_SLOWDOWN_MS: "0",
    });
    expect(env).toMatchObject({
      PORT: 8080,
      SEED_DEMO: false,
      DATABASE_URL: "postgresql://u@h:5432/d",
      AUTH_SLOWDOWN_MS: 0,
    });
    expect(parseEnv({ SEED_DEMO: "1" }).SEED_DEMO).toBe(true);
    expect(parseEnv({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });

  it.each([
    ["PORT", "not-a-port"],
    ["PORT", "70000"],
    ["DATABASE_URL", "not a url"],
    ["DATABASE_URL", "mysql://u@h/d"],
    ["SEED_DEMO", "maybe"],
    ["UPLOAD_MAX_BYTES", "20MB"],
    ["UPLOAD_MAX_BYTES", "0"],
    ["UPLOAD_MAX_BYTES", "1.5"],
  ])("a malformed %s (%s) gives an EnvError naming it on one line", (name, value) => {
    const error = envError({ [name]: value });
    expect(error.message).toMatch(new RegExp(`\\b${name}\\b`));
    expect(error.message).not.toMatch(/\n/);
  });

  it("names every bad variable in the same line", () => {
    const error = envError({ PORT: "x", SEED_DEMO: "maybe", DATABASE_URL: "mysql://u@h/d" });
    for (const name of ["PORT", "SEED_DEMO", "DATABASE_URL"]) expect(error.message).toContain(name);
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("has no SMTP by default, and fills the SMTP defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ SMTP_PORT: 587, SMTP_FROM: "no-reply@localhost" });
    expect([env.SMTP_HOST, env.SMTP_USER, env.SMTP_PASSWORD, env.SMTP_SECURE]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads SMTP settings", () => {
    const env = parseEnv({
      SMTP_HOST: "smtp.angiang.gov.vn",
      SMTP_PORT: "465",
      SMTP_USER: "kiemtra",
      SMTP_PASSWORD: "mật khẩu",
      SMTP_FROM: "kiemtra@sokhcn.angiang.gov.vn",
      SMTP_SECURE: "true",
    });
    expect(env).toMatchObject({
      SMTP_HOST: "smtp.angiang.gov.vn",
      SMTP_PORT: 465,
      SMTP_USER: "kiemtra",
      SMTP_PASSWORD: "mật khẩu",
      SMTP_FROM: "kiemtra@sokhcn.angiang.gov.vn",
      SMTP_SECURE: true,
    });
    expect(parseEnv({ SMTP_FROM: "no-reply@localhost" }).SMTP_FROM).toBe("no-reply@localhost");
  });

  it.each([
    ["SMTP_PORT", { SMTP_PORT: "smtp" }],
    ["SMTP_PORT", { SMTP_PORT: "0" }],
    ["SMTP_FROM", { SMTP_FROM: "Sở KH&CN" }],
    ["SMTP_SECURE", { SMTP_SECURE: "tls" }],
    ["SMTP_PASSWORD", { SMTP_USER: "kiemtra" }],
    ["SMTP_USER", { SMTP_PASSWORD: "bí mật" }],
    ["STORAGE_DRIVER", { STORAGE_DRIVER: "ftp" }],
    ["S3_ENDPOINT", { S3_ENDPOINT: "s3.angiang.gov.vn" }],
    ["S3_ENDPOINT", { S3_ENDPOINT: "ftp://s3.angiang.gov.vn" }],
    ["S3_BUCKET", { S3_BUCKET: "Tệp_QMS" }],
    ["S3_FORCE_PATH_STYLE", { S3_FORCE_PATH_STYLE: "path" }],
  ])("a malformed SMTP or storage setting names %s in Vietnamese", (name, source) => {
    const error = envError(source);
    expect(error.message).toMatch(new RegExp(`\\b${name}\\b`));
    expect(error.message).toMatch(/phải/);
  });

  it("stores files on local disk unless told otherwise", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ STORAGE_DRIVER: "local", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true });
    expect([env.S3_ENDPOINT, env.S3_BUCKET, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads the S3 settings", () => {
    const env = parseEnv({
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: "https://s3.sokhcn.angiang.gov.vn",
      S3_REGION: "vn-south-1",
      S3_BUCKET: "qms-tep",
      S3_ACCESS_KEY_ID: "kiemtra",
      S3_SECRET_ACCESS_KEY: "bí mật",
      S3_FORCE_PATH_STYLE: "false",
    });
    expect(env).toMatchObject({
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: "https://s3.sokhcn.angiang.gov.vn",
      S3_REGION: "vn-south-1",
      S3_BUCKET: "qms-tep",
      S3_ACCESS_KEY_ID: "kiemtra",
      S3_SECRET_ACCESS_KEY: "bí mật",
      S3_FORCE_PATH_STYLE: false,
    });
  });

  it("names every S3 setting missing when STORAGE_DRIVER=s3, on one line", () => {
    const error = envError({ STORAGE_DRIVER: "s3" });
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"])
      expect(error.message).toContain(`${name} phải có khi STORAGE_DRIVER=s3`);
    expect(error.message).not.toMatch(/\n/);
  });
});
