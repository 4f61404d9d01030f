import { z } from "zod";
import { parseVietnameseDate } from "@/lib/dates";

/*
 * The dashboard's URL: `?nam=2021` (the year; absent: the latest year with a plan at work), `&ke-hoach=<id>` (one plan
 * of it), `&ngay=30/11/2021` (figures as of the end of that day; absent: today), `&huyen=<id>` (a district with its
 * communes), `huyen=tinh` (the provincial agencies) or `huyen=xa` (communes directly under the province), `&phan=ket-qua`
 * (one part of the year's page: tien-do, ket-qua, phat-hien, khac-phuc, or tat-ca for all; absent: tien-do).
 */
/**
 * A region of the drill-down below the province: a district-level unit with its communes, the provincial agencies
 * (kind level 1, with their sub-units), or the communes directly under the province (after the 2025 reorganisation
 * there is no district level).
 */
export type DashboardRegion = { district: string } | "agencies" | "communes";

/** The parts of the year's page, in its order; each is a view of its own (`?phan=`), "all" every part at once. */
export const dashboardSections = ["progress", "results", "findings", "corrective"] as const;
export type Section = (typeof dashboardSections)[number];
export type DashboardPart = Section | "all";
/** The part shown when the URL names none. */
export const defaultPart: DashboardPart = "progress";

const partSlug: Record<DashboardPart, string> = {
  progress: "tien-do",
  results: "ket-qua",
  findings: "phat-hien",
  corrective: "khac-phuc",
  all: "tat-ca",
};
const partOfSlug = new Map(Object.entries(partSlug).map(([part, slug]) => [slug, part as DashboardPart]));

const message = {
  year: "Năm phải là một số, ví dụ ?nam=2021.",
  yearInt: "Năm phải là số nguyên, ví dụ ?nam=2021.",
  yearRange: "Năm phải từ 2000 đến 2100.",
  plan: "Mã kế hoạch không hợp lệ.",
  day: "Ngày phải có dạng ngày/tháng/năm, ví dụ ?ngay=30/11/2021.",
  future: "Ngày tính số liệu không được sau hôm nay.",
  part: "Phần không hợp lệ: dùng tien-do, ket-qua, phat-hien, khac-phuc hoặc tat-ca.",
  region:
    "Địa bàn không hợp lệ: dùng mã đơn vị cấp huyện, “tinh” (cơ quan cấp tỉnh) hoặc “xa” (cấp xã trực thuộc tỉnh).",
};

/** `ngay=30/11/2021` (or 2021-11-30): the day figures are as of, a calendar date; not after today (checked apart). */
export const asOfDaySchema = z.string().transform((value, ctx) => {
  const day = parseVietnameseDate(value);
  if (!day) {
    ctx.addIssue({ code: "custom", message: message.day });
    return z.NEVER;
  }
  return day;
});

/** The as-of day's message when it is after today (the schema cannot know today). */
export const futureDayMessage = message.future;

export const dashboardQuerySchema = z.object({
  nam: z.coerce
    .number({ error: message.year })
    .int({ error: message.yearInt })
    .min(2000, { error: message.yearRange })
    .max(2100, { error: message.yearRange })
    .optional(),
  "ke-hoach": z.uuid({ error: message.plan }).optional(),
  ngay: asOfDaySchema.optional(),
  bang: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, { error: "Bảng không hợp lệ." })
    .optional(),
  huyen: z
    .string()
    .refine((value) => value === "tinh" || value === "xa" || z.uuid().safeParse(value).success, {
      error: message.region,
    })
    .transform((value): DashboardRegion =>
      value === "tinh" ? "agencies" : value === "xa" ? "communes" : { district: value },
    )
    .optional(),
  phan: z
    .string()
    .refine((value) => partOfSlug.has(value), { error: message.part })
    .transform((value) => partOfSlug.get(value)!)
    .optional(),
});

export type DashboardQuery = {
  year: number | undefined;
  planId: string | undefined;
  asOf: Date | undefined;
  region: DashboardRegion | null;
  /** `bang=<table id>`: that table shown whole (long tables show their first rows otherwise). */
  table?: string;
  /** `phan=`: the part of the year's page asked for; undefined: none named. */
  part?: DashboardPart;
};

/** The URL's choices (absent ones undefined), or the Vietnamese message for the first bad one. */
/** The dashboard URL's parameters. */
const dashboardParams = ["nam", "ke-hoach", "ngay", "huyen", "phan", "bang"] as const;

export function parseDashboardQuery(
  params: Record<string, string | string[] | undefined>,
  today: Date,
): ({ ok: true } & DashboardQuery) | { ok: false; message: string } {
  const first = (key: string) => {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  const parsed = dashboardQuerySchema.safeParse({
    nam: first("nam"),
    "ke-hoach": first("ke-hoach"),
    ngay: first("ngay"),
    huyen: first("huyen"),
    bang: first("bang"),
    phan: first("phan"),
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const { nam, ngay, huyen } = parsed.data;
  if (ngay && ngay > today) return { ok: false, message: message.future };
  return {
    ok: true,
    year: nam,
    planId: parsed.data["ke-hoach"],
    asOf: ngay,
    region: huyen ?? null,
    table: parsed.data.bang,
    part: parsed.data.phan,
  };
}

/**
 * Whether the URL names a choice with nothing in it (`ngay=`, `ke-hoach=`): what the filter form sends when a field is
 * left empty, since a plain GET form sends every field. The page answers it with its canonical URL (dashboardHref),
 * so the address bar, bookmarks and shared links read only the choices made.
 */
export function hasEmptyChoices(params: Record<string, string | string[] | undefined>): boolean {
  return dashboardParams.some((key) => {
    const raw = params[key];
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return values.some((value) => value.trim() === "");
  });
}

/** The URL's value of a region (the inverse of the schema's `huyen`). */
export const regionParam = (region: DashboardRegion): string =>
  region === "agencies" ? "tinh" : region === "communes" ? "xa" : region.district;

/** The URL's value of a part of the page (the inverse of the schema's `phan`). */
export const partParam = (part: DashboardPart): string => partSlug[part];

/** A view's choices: the year always; the rest when set. */
type DashboardChoices = { year: number; planId?: string | null; asOf?: string | null; region?: DashboardRegion | null };

/** The query of a view: its year, plan, region and as-of day. */
function viewParams(choices: DashboardChoices): URLSearchParams {
  const params = new URLSearchParams({ nam: String(choices.year) });
  if (choices.planId) params.set("ke-hoach", choices.planId);
  if (choices.region) params.set("huyen", regionParam(choices.region));
  if (choices.asOf) params.set("ngay", choices.asOf);
  return params;
}

/** A dashboard URL with the given choices. */
export function dashboardHref(
  choices: DashboardChoices & {
    /** The part of the page (left out when it is the default one). */
    part?: DashboardPart;
    table?: string;
  },
): string {
  const params = viewParams(choices);
  if (choices.part && choices.part !== defaultPart) params.set("phan", partSlug[choices.part]);
  if (choices.table) params.set("bang", choices.table);
  return `/tong-quan?${params}${choices.table ? `#${choices.table}` : ""}`;
}

/** Every table of a view as one XLSX workbook (lib/dashboard/routes.ts), for the same choices as the page. */
export const dashboardXlsxHref = (choices: DashboardChoices): string =>
  `/tong-quan/bang-so-lieu?${viewParams(choices)}`;

/** The every-year view of a region and day (the year is not part of it). */
export function trendHref(choices: { asOf?: string | null; region?: DashboardRegion | null }): string {
  const params = new URLSearchParams();
  if (choices.region) params.set("huyen", regionParam(choices.region));
  if (choices.asOf) params.set("ngay", choices.asOf);
  const query = params.toString();
  return query ? `/tong-quan/qua-cac-nam?${query}` : "/tong-quan/qua-cac-nam";
}
