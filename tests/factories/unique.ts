import { randomUUID } from "node:crypto";

/** A short token unique to one call, for e-mails, codes and names that must not collide across parallel files. */
export const uniqueToken = () => randomUUID().replace(/-/g, "").slice(0, 12);

export const uniqueEmail = (prefix = "user") => `${prefix}-${uniqueToken()}@test.example`;
