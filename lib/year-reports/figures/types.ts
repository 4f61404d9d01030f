/*
 * The figures of the year's reports: plain JSON, frozen into the report when it is submitted. Names of units
 * and kinds are data (as the registry holds them), not interface text.
 */

export const scoreBands = ["below50", "from50", "from80", "full"] as const;
export type ScoreBand = (typeof scoreBands)[number];

export type ResultCounts = { conforming: number; withFindings: number; notConforming: number };

export type UnitRow = {
  name: string;
  kind: string;
  /** The district the unit belongs to (a district itself, or a commune's); null for provincial agencies. */
  district: string | null;
  onSite: boolean;
  dossierDone: boolean;
  onSiteDone: boolean;
  /** Conformity in [0, 1] of the on-site inspection if signed off, else of the dossier review; null: none yet. */
  conformity: number | null;
  result: keyof ResultCounts | null;
  nonconformities: number;
  unresolved: number;
  /** Records completeness in percent (lib/documents/completeness), null when the unit is in no plan at work. */
  completeness: number | null;
};

export type NovemberFigures = {
  kind: "NOVEMBER_CONSOLIDATION";
  year: number;
  /** The day the figures count to (yyyy-MM-dd). */
  asOf: string;
  plans: { number: string; approvalNumber: string | null }[];
  coverage: { kind: string; dossierPlanned: number; dossierDone: number; onSitePlanned: number; onSiteDone: number }[];
  scores: { band: ScoreBand; dossier: number; onSite: number }[];
  resultsByKind: ({ kind: string } & ResultCounts)[];
  resultsByDistrict: ({ district: string | null } & ResultCounts)[];
  findingsByGroup: { standard: string; group: string; major: number; minor: number; recommendation: number }[];
  /** TT26 Đ36 items ("1.a" … "2.e") the findings' checklist items check. */
  findingsByD36: { item: string; count: number }[];
  corrective: { nonconformities: number; answered: number; accepted: number; overdue: number };
  repeats: { name: string; repeats: number }[];
  completeness: { units: number; complete: number; averagePercent: number };
  proposals: { name: string; source: "annualReport" | "inspection"; text: string }[];
  units: UnitRow[];
};

/** QĐ19 Phụ lục II, by level: 1 provincial, 2 district, 3 commune (from 2025: 1 and 3 only). */
export type LevelRow = {
  level: number;
  required: number;
  applying: number;
  announced: number;
  iso2015: number;
  iso2008: number;
  checked: number;
};

export type MinistryFigures = {
  kind: "MINISTRY_ANNUAL";
  year: number;
  asOf: string;
  levels: LevelRow[];
};

export type YearReportFigures = NovemberFigures | MinistryFigures;

export function scoreBand(conformity: number): ScoreBand {
  if (conformity >= 1) return "full";
  if (conformity >= 0.8) return "from80";
  if (conformity >= 0.5) return "from50";
  return "below50";
}

/** The TT26 Đ36 items a checklist clause names, e.g. "QĐ19 Đ3.2; TT26 Đ36.2.a" → ["2.a"]. */
export function d36Items(clause: string): string[] {
  return [
    ...new Set([...clause.normalize("NFC").matchAll(/Đ36\.([12])\.([a-gđ])(?!\p{L})/gu)].map((m) => `${m[1]}.${m[2]}`)),
  ];
}

/** Levels reported for a year: after the 2025 reorganisation there is no district level. */
export const levelsFor = (year: number) => (year >= 2025 ? [1, 3] : [1, 2, 3]);
