// The records domain's public entry for other domains (server-side): the annual report (lib/reports) is a
// record version like any other, visible and announced to reviewers as records are; inspections preview
// evidence files as records are previewed.
export { visibleRecords } from "./data";
export { tellReviewers, type Ctx } from "./mutations";
export { previewable } from "./upload/preview";
export { unitCompleteness } from "./completeness/data";
export { answersPlan, baseRequiredCategories } from "./completeness/rules";
