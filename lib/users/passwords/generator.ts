import { randomInt } from "node:crypto";

/** 12 characters from an alphabet without look-alikes (no 0/O, 1/l/I), always with letters and digits. */
export function generateTemporaryPassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const all = letters + digits;
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;
  return [pick(letters), pick(digits), ...Array.from({ length: 10 }, () => pick(all))].join("");
}
