import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * Tinos (SIL Open Font License, see the package's LICENSE_FONT): metric-compatible with Times New Roman, with every Vietnamese
 * letter, as full TrueType files from the npm package @expo-google-fonts/tinos. Read from node_modules (never
 * from the system), so a PDF looks the same on every machine; pdfkit embeds the glyphs used (a subset).
 * Fontsource's Tinos was not used: it ships the Vietnamese letters in a separate subset file.
 */
const dir = () => path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");

const files = {
  normal: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italics: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
} as const;

export type FontStyle = keyof typeof files;

let cache: Record<FontStyle, Buffer> | null = null;

/** The four faces of Tinos, read once per process. */
export function tinosFaces(): Record<FontStyle, Buffer> {
  cache ??= Object.fromEntries(
    Object.entries(files).map(([style, file]) => [style, readFileSync(path.join(dir(), file))]),
  ) as Record<FontStyle, Buffer>;
  return cache;
}
