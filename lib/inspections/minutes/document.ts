import { groupLabelKey } from "@/lib/checklists";
import { formatCalendarDate } from "@/lib/dates";
import type { MessageKey, Translate } from "@/lib/i18n";
import { blankDateWords, dateWords, formatNumber, formatPercent, timeWords } from "@/lib/official/format";
import { province } from "@/lib/official/issuer";
import type { Block, OfficialDocument } from "@/lib/official/model";
import { conformityPercent } from "../scoring/score";
import type { InspectionMinutes } from "./data";

/** The kind suffix of a record's number: "Số:     /BB-ĐKT" is left to fill in by hand when the record has no number. */
export const minutesNumberSuffix = "BB-ĐKT";

/**
 * The inspection record (TT26 Mẫu 21. BBKT) as an official document, from the same data as the HTML record
 * (getInspectionMinutes), in `t`'s language: the route passes the Vietnamese translator, since the paper
 * that is signed is Vietnamese. Pure: the caller has loaded the minutes in the actor's scope.
 */
export function minutesDocument(minutes: InspectionMinutes, t: Translate): OfficialDocument {
  const { plan } = minutes;
  const r = (key: string, params?: Record<string, string | number>) =>
    t(`inspectionRecord.${key}` as MessageKey, params);
  const notRecorded = r("notRecorded");
  const place = r(minutes.kind === "ON_SITE" ? "placeOnSite" : "placeDossier", { unit: minutes.agency.name });
  const when = (instant: Date | null) => ({
    time: timeWords(instant),
    date: instant ? dateWords(instant) : blankDateWords(plan.year),
  });
  const approval = plan.approvalNumber
    ? r("basis.approval", { number: plan.approvalNumber, date: formatCalendarDate(plan.approvalDate) })
    : r("basis.notApproved");
  const teamDecision = plan.teamDecisionNumber
    ? r("basis.teamDecision", { number: plan.teamDecisionNumber, date: formatCalendarDate(plan.teamDecisionDate) })
    : r("basis.noTeamDecision");
  const text = (s: string): Block => ({ type: "paragraph", runs: [{ text: s }] });

  const body: Block[] = [
    text(
      r("document.basis", {
        text: `${r("basis.plan", { number: plan.number, date: formatCalendarDate(plan.issuedOn) })}, ${approval}`,
      }),
    ),
    text(r("document.basis", { text: teamDecision })),
    text(r("document.opening", { place, unit: minutes.agency.name })),
    text(r("document.start", when(minutes.visit?.startsAt ?? null))),
    text(r("document.end", when(minutes.visit?.endsAt ?? null))),
    text(
      r("document.form", {
        kind: r(`kinds.${minutes.kind}`),
        standard: t(`standardVersion.${minutes.standardVersion}` as MessageKey),
      }),
    ),
    { type: "heading", level: 1, text: r("team.title") },
    minutes.team.length
      ? {
          type: "table",
          columns: [
            { title: r("team.name"), width: 35 },
            { title: r("team.role"), width: 25 },
            { title: r("team.agency"), width: 40 },
          ],
          rows: minutes.team.map((m) => [m.name, t(`plans.team.roles.${m.role}` as MessageKey), m.agencyName ?? "—"]),
        }
      : text(r("team.empty")),
    { type: "heading", level: 1, text: r("representative.title") },
    {
      type: "list",
      marker: "-",
      items: [
        [{ text: r("document.representativeName", { name: minutes.representativeName || notRecorded }) }],
        [{ text: r("document.representativePosition", { position: minutes.representativeTitle || notRecorded }) }],
      ],
    },
    { type: "heading", level: 1, text: r("results.title") },
    ...results(minutes, t),
    { type: "heading", level: 1, text: r("findings.title") },
    ...findings(minutes, t),
    ...followUps(minutes, t),
    { type: "heading", level: 1, text: r("conclusion.title") },
    text(
      r("document.overall", {
        result: minutes.overallResult ? r(`conclusion.overall.${minutes.overallResult}`) : r("conclusion.notConcluded"),
      }),
    ),
    ...(["strengths", "shortcomings", "recommendations"] as const)
      .filter((k) => minutes[k].trim())
      .flatMap((k): Block[] => [
        { type: "heading", level: 2, text: r(`conclusion.${k}`) },
        ...minutes[k]
          .split(/\n+/)
          .filter((line) => line.trim())
          .map((line) => text(line.trim())),
      ]),
    ...(minutes.findings.length ? [text(r("conclusion.corrective"))] : []),
    { type: "paragraph", runs: [{ text: r("copies"), italic: true }] },
  ];

  return {
    issuer: { parent: province.committee, name: plan.leadAgency.name },
    number: minutes.recordNumber,
    numberSuffix: minutesNumberSuffix,
    place: province.place,
    date: minutes.recordDate,
    year: plan.year,
    kind: r("heading"),
    title: r("subject"),
    body,
    recipients: [],
    signatures: [
      {
        authority: null,
        position: r("signatures.agency"),
        hint: r("signatures.agencyHint"),
        name: minutes.representativeName ?? "",
      },
      {
        authority: null,
        position: r("signatures.lead"),
        hint: r("signatures.leadHint"),
        name: minutes.lead?.name ?? "",
      },
    ],
    draft: minutes.status === "SIGNED_OFF" ? null : r("draft"),
  };
}

/** One table per clause group (its name is the caption, not a column), with the group's score under it. */
function results(minutes: InspectionMinutes, t: Translate): Block[] {
  const r = (key: string, params?: Record<string, string | number>) =>
    t(`inspectionRecord.${key}` as MessageKey, params);
  if (!minutes.items.length) return [{ type: "paragraph", runs: [{ text: r("results.empty") }] }];
  const blocks = minutes.score.groups.flatMap((g): Block[] => {
    const key = g.group ? groupLabelKey(g.standard, g.group) : null;
    const standard = t(`checklistStandard.${g.standard}` as MessageKey);
    const caption = g.group ? r("group.part", { standard, group: key ? t(key as MessageKey) : g.group }) : standard;
    const items = minutes.items.filter((i) => i.standard === g.standard && i.group === g.group);
    return [
      {
        type: "table",
        caption,
        columns: [
          { title: r("results.code"), width: 12 },
          { title: r("results.clause"), width: 12 },
          { title: r("results.content"), width: 42 },
          { title: r("results.result"), width: 16 },
          { title: r("results.note"), width: 18 },
        ],
        rows: items.map((i) => [
          i.code,
          i.clause,
          i.titleVi,
          i.result ? r(`results.labels.${i.result}`) : r("results.unassessed"),
          i.note ?? "",
        ]),
      },
    ];
  });
  return [...blocks, { type: "paragraph", runs: [{ text: scoreLine(minutes, t), bold: true }] }];
}

function scoreLine(minutes: InspectionMinutes, t: Translate): string {
  const { overall } = minutes.score;
  if (overall.conformity === null) return t("inspectionRecord.score.noneApplicable");
  return t("inspectionRecord.score.formula", {
    conforming: formatNumber(overall.conforming),
    applicable: formatNumber(overall.applicable),
    percent: formatPercent(conformityPercent(overall.conformity) / 100),
  });
}

function findings(minutes: InspectionMinutes, t: Translate): Block[] {
  const f = (key: string) => t(`inspectionRecord.findings.${key}` as MessageKey);
  if (!minutes.findings.length) return [{ type: "paragraph", runs: [{ text: f("empty") }] }];
  return [
    {
      type: "table",
      columns: [
        { title: f("number"), width: 7, align: "center" },
        { title: f("clause"), width: 15 },
        { title: f("severity"), width: 14 },
        { title: f("description"), width: 28 },
        { title: f("requiredAction"), width: 22 },
        { title: f("dueDate"), width: 14, align: "center" },
      ],
      rows: minutes.findings.map((x) => [
        String(x.number),
        [x.clause, x.legalBasis].filter(Boolean).join("\n"),
        t(`findings.severities.${x.severity}` as MessageKey),
        x.description,
        x.requiredAction ?? "",
        x.dueDate ? formatCalendarDate(x.dueDate) : "",
      ]),
    },
  ];
}

/** The earlier inspections' findings followed up here and what the team decided (as the HTML record); none: nothing. */
function followUps(minutes: InspectionMinutes, t: Translate): Block[] {
  if (!minutes.followUps.length) return [];
  const f = (key: string) => t(`inspectionRecord.findings.${key}` as MessageKey);
  return [
    { type: "heading", level: 1, text: t("inspections.followUp.minutesTitle") },
    {
      type: "table",
      columns: [
        { title: f("number"), width: 18 },
        { title: f("clause"), width: 12 },
        { title: f("description"), width: 34 },
        { title: f("dueDate"), width: 14, align: "center" },
        { title: t("inspections.followUp.outcome"), width: 22 },
      ],
      rows: minutes.followUps.map((x) => [
        t("inspections.followUp.finding", { number: x.finding.number, year: x.finding.year, plan: x.finding.plan }),
        x.finding.clause,
        x.finding.description,
        x.finding.dueDate ? formatCalendarDate(x.finding.dueDate) : "",
        [t(`inspections.followUp.outcomes.${x.outcome}`), x.note].filter(Boolean).join("\n"),
      ]),
    },
  ];
}
