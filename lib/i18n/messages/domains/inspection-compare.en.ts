import type { Messages } from "../vi";

/** English messages of the comparison with the unit's previous inspection, key for key with inspection-compare.vi.ts. */
export const inspectionCompare: Messages["inspectionCompare"] = {
  title: "Comparison with the previous inspection",
  titleCrosswalk: "Comparison with the previous inspection ({date}, TCVN ISO 9001:{from} → {to})",
  titleSameVersion: "Comparison with the previous inspection ({date}, TCVN ISO 9001:{version})",
  titleDated: "Comparison with the previous inspection ({date})",
  none: "The unit has no earlier signed-off inspection: nothing to compare with yet.",
  previous: "Previous: {kind}, plan {plan} of {year}.",
  openPrevious: "Open the previous inspection",
  crosswalkNote:
    "The two inspections used different versions of the standard. TCVN ISO 9001:2008 results are placed under the corresponding TCVN ISO 9001:2015 clauses through the crosswalk; one 2008 clause may correspond to several 2015 clauses and the other way round.",
  crosswalkLink: "See the 2008 – 2015 crosswalk",
  sameVersionNote: "Both inspections used the same version of the standard: compared clause by clause.",
  weakestNote:
    "Where a cell holds several results, the weakest one is compared. Conforms and Recommendation both count as conforming.",
  summary: "Better: {improved} · Worse: {worse} · Unchanged: {same} · Other: {other}",
  isoCaption: "Results by TCVN ISO 9001:{version} clause",
  decision19Caption: "Results under Decision 19/2014/QĐ-TTg and Circular 26/2014/TT-BKHCN (by item code)",
  clause: "Clause",
  code: "Item code",
  previousResult: "Previous",
  currentResult: "This time",
  change: "Compared with previous",
  counterparts: "corresponds to: {clauses}",
  resultOf: "{clause}: {result}",
  unmatched: "Previous results with no corresponding 2015 clause: {list}.",
  groupsTitle: "TCVN ISO 9001 conformity by clause group",
  groupsPrevious: "Previous — {standard}",
  groupsCurrent: "This time — {standard}",
  group: "Clause group",
  ratio: "Ratio",
  overall: "Total",
  changes: {
    IMPROVED: "▲ Better",
    WORSE: "▼ Worse",
    SAME: "= Unchanged",
    CHANGED: "≠ Changed (applicable or not)",
    NO_PREVIOUS: "No previous result",
    NOT_ASSESSED: "Not assessed this time",
    DROPPED: "No longer in the checklist",
  },
};
