// Peak memory of reading a registry workbook (lib/agencies/import/parse.ts), each in a fresh process:
//   npx tsx scripts/bench/import-memory.ts [rows=80000]
// writes a workbook of that many rows (the columns of an export) to a temporary folder, then parses it in a
// child process and prints the file's size, the child's peak RSS (process.resourceUsage().maxRSS) and the outcome.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { columns } from "@/lib/agencies/registry/columns";
import { parseSpreadsheet } from "@/lib/agencies/import/parse";

async function workbookOf(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh mục");
  sheet.addRow(columns.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const values: Record<string, string> = {
      code: `N${i}`,
      name: `UBND Xã Nhập ${i}`,
      kind: "ubnd_xa",
      parentCode: "S1",
      isoRequirement: "Khuyến khích",
      standardVersion: "TCVN ISO 9001:2015",
      announcementNumber: `${i}/QĐ-UBND`,
      announcementDate: "15/03/2021",
      contactEmail: `iso${i}@example.gov.vn`,
      contactPhone: `0296 38${String(i).padStart(5, "0")}`,
    };
    sheet.addRow(columns.map((c) => values[c.key] ?? ""));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

if (process.argv[2] === "--parse") {
  const bytes = new Uint8Array(readFileSync(process.argv[3]!));
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = await parseSpreadsheet(bytes, "danh-muc.xlsx");
  const outcome = result.ok ? `${result.rows.length} rows` : result.problem.key;
  console.log(
    JSON.stringify({
      outcome,
      seconds: (performance.now() - started) / 1000,
      rssBeforeMiB: before / 2 ** 20,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  const rows = Number(process.argv[2] ?? 80_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "qms-import-memory-"));
  try {
    const file = path.join(dir, "danh-muc.xlsx");
    writeFileSync(file, await workbookOf(rows));
    const size = readFileSync(file).length;
    const child = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "--parse", file], {
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(child.stderr);
    const measured = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
      outcome: string;
      seconds: number;
      rssBeforeMiB: number;
      peakRssMiB: number;
    };
    console.log(
      `| ${rows} rows | ${(size / 2 ** 20).toFixed(2)} MiB | ${measured.outcome} | ${measured.seconds.toFixed(1)} s | peak RSS ${measured.peakRssMiB.toFixed(0)} MiB (${measured.rssBeforeMiB.toFixed(0)} MiB before parsing) |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
