import { hash, verify } from "@node-rs/argon2";

/** Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane); parameters travel inside the hash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"));
}

/** A well-formed hash of a random password: verifying against it costs what a real check costs. */
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$ihCvJrhbB1Rbg/7SH9VB2g$5BwlrB0YjXal/kkpm0V1p8PMr79rpKHHyqWLyRDfhpo";

/** Checks a password; `hash` null means "no such user" and still spends the same time. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? decoyHash, password.normalize("NFC"));
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
