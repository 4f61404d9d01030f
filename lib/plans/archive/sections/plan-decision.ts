import "server-only";
import { formatCalendarDate } from "@/lib/dates";
import { getStorage } from "@/lib/storage";
import type { ArchiveSection } from "../types";
import { pathSegment } from "../names";

/** 01-ke-hoach: the plan's signed approval decision as stored (streamed from storage, never read whole). */
export const planDecisionSection: ArchiveSection = {
  folder: "01-ke-hoach",
  async *entries({ plan, unique }) {
    if (!plan.approvalFileKey) return;
    const key = plan.approvalFileKey;
    yield {
      name: unique(`01-ke-hoach/${pathSegment(plan.approvalFileName ?? "", "quyet-dinh-phe-duyet.pdf")}`),
      data: () => getStorage().get(key),
      kind: "approvalDecision",
      unit: null,
      paperDate: formatCalendarDate(plan.approvalDate),
    };
  },
};
