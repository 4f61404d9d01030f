import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer", "@aws-sdk/client-s3", "@aws-sdk/lib-storage"],
  experimental: {
    // A signed approval decision (PDF) travels through a server action.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

export default nextConfig;
