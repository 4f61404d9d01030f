import "server-only";
import type { OfficialDocument } from "@/lib/official/model";
import { renderDocx } from "@/lib/official/render/docx";
import { zipStream, type ZipEntry } from "@/lib/official/zip";
import type { PaperUnit } from "./kinds";
import { requestLetterEntryName } from "./documents";

/** The request letters' mail merge as a streamed ZIP: one DOCX per unit, each rendered when the archive asks for it. */
export function requestLettersZip(letters: OfficialDocument[], units: Pick<PaperUnit, "code" | "name">[]) {
  async function* entries(): AsyncGenerator<ZipEntry> {
    for (const [i, letter] of letters.entries())
      yield { name: requestLetterEntryName(units[i]!, i), data: new Uint8Array(await renderDocx(letter)) };
  }
  return zipStream(entries());
}
