import "server-only";
import { endOfVietnamDay, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { plansAtWork } from "./november";
import { levelsFor, type LevelRow, type MinistryFigures } from "./types";

/**
 * QĐ19 Phụ lục II, as of `asOf`: the units in force that day at the reported levels — bound to apply ISO 9001
 * (Đ2 k.1), applying a QMS (a standard version, since a date on or before `asOf` or since before the registry),
 * announced (announcement dated by then), on TCVN ISO 9001:2015 and 2008, and checked (an inspection of the
 * year's plans signed off by then).
 */
export async function ministryFigures({ year, asOf }: { year: number; asOf: Date }): Promise<MinistryFigures> {
  const end = endOfVietnamDay(asOf);
  const levels = levelsFor(year);
  const [agencies, checked] = await Promise.all([
    db.agency.findMany({
      where: {
        validFrom: { lte: asOf },
        OR: [{ validTo: null }, { validTo: { gte: asOf } }],
        kind: { level: { in: levels } },
      },
      select: {
        id: true,
        isoRequirement: true,
        standardVersion: true,
        announcementDate: true,
        qmsSince: true,
        kind: { select: { level: true } },
      },
    }),
    db.inspection.findMany({
      where: {
        status: "SIGNED_OFF",
        signedOffAt: { lte: end },
        plan: { year, status: { in: [...plansAtWork] } },
      },
      distinct: ["agencyId"],
      select: { agencyId: true },
    }),
  ]);
  const checkedIds = new Set(checked.map((c) => c.agencyId));
  const rows = new Map<number, LevelRow>(
    levels.map((level) => [
      level,
      { level, required: 0, applying: 0, announced: 0, iso2015: 0, iso2008: 0, checked: 0 },
    ]),
  );
  for (const a of agencies) {
    const row = rows.get(a.kind.level)!;
    if (a.isoRequirement === "MANDATORY") row.required += 1;
    const since = a.qmsSince ?? a.announcementDate;
    const applying = a.standardVersion !== "NONE" && (since === null || since <= asOf);
    if (applying) {
      row.applying += 1;
      if (a.standardVersion === "ISO_9001_2015") row.iso2015 += 1;
      else row.iso2008 += 1;
    }
    if (a.announcementDate && a.announcementDate <= asOf) row.announced += 1;
    if (checkedIds.has(a.id)) row.checked += 1;
  }
  return { kind: "MINISTRY_ANNUAL", year, asOf: isoDay(asOf), levels: [...rows.values()] };
}
