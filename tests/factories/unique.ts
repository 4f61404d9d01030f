import { randomUUID } from "node:crypto";

/** A short token unique to one call, for e-mails, codes and names that must not collide across parallel files. */
export const uniqueToken = () => randomUUID().replace(/-/g, "").slice(0, 12);

export const uniqueEmail = (prefix = "user") => `${prefix}-${uniqueToken()}@test.example`;

/** A random address in 198.18.0.0/15 (set aside for tests): address-wide throttle counters stay per test. */
export const uniqueIp = () => {
  const [a, b, c] = [...randomUUID().replace(/-/g, "").slice(0, 6).matchAll(/../g)].map((m) => parseInt(m[0], 16));
  return `198.${18 + (a! % 2)}.${b}.${c}`;
};
