import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { allowedOrigins } from "./lib/security/allowed-origins";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "nodemailer",
    "@aws-sdk/client-s3",
    "@aws-sdk/lib-storage",
    // pdfkit (under pdfmake) reads its data files from its own folder at run time.
    "pdfmake",
    "pdfkit",
  ],
  // Security headers on every response; pages get their nonce CSP from proxy.ts, which replaces the one here.
  async headers() {
    return staticSecurityHeaders();
  },
  experimental: {
    // A signed approval decision (PDF) travels through a server action. allowedOrigins: the same list the
    // route handlers accept (lib/security/origin.ts), from ALLOWED_ORIGINS.
    serverActions: { bodySizeLimit: "21mb", allowedOrigins: allowedOrigins() },
  },
};

// next-intl without locale routing: its request configuration decides the language (cookie, else the stored preference).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
