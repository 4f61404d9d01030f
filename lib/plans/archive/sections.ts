import "server-only";
import { correctiveSection } from "./sections/corrective";
import { minutesSection } from "./sections/minutes";
import { planLettersSection, planPapersSection } from "./sections/papers";
import { planDecisionSection } from "./sections/plan-decision";
import { unitRecordsSection } from "./sections/unit-records";
import { yearReportsSection } from "./sections/year-reports";
import type { ArchiveSection } from "./types";

/**
 * The plan's archive (TT26 Đ39), folder by folder in this order; the index (00-muc-luc) follows them.
 */
export const archiveSections: readonly ArchiveSection[] = [
  // 01: the approved plan's signed decision.
  planDecisionSection,
  // 02: the plan's own papers (lib/plans/papers): the plan, the team's and the check decisions, once issued.
  planPapersSection,
  // 03: the units' records and annual reports.
  unitRecordsSection,
  // 04: the request letters sent and the correction letters after the dossier reviews.
  planLettersSection,
  // 05: the inspection records.
  minutesSection,
  // 06: the corrective actions.
  correctiveSection,
  // 07: DOST's reports of the year.
  yearReportsSection,
];
