/*
 * The plan's papers as OfficialDocument models (lib/official/model.ts), built from plain data (./kinds.ts):
 * pure, so a benchmark builds the 197 request letters' models without rendering them.
 */
export { planDocument } from "./documents/plan";
export { checkDecisionDocument, teamDecisionDocument } from "./documents/decisions";
export { correctionLetterDocument, requestDeadline, requestLetterDocuments } from "./documents/letters";
export { requestLetterEntryName } from "./documents/names";
