// Dependency direction: plans → inspections. lib/plans calls this entry (a plan's approval, its saved visits, its inspections tab, and recordTransition: every step of a plan, by hand or by its inspections, leaves the same event, audit row and notices); lib/inspections never imports @/lib/plans, only its pure policy (the workflow's table).
import "server-only";

export { assignVisitMembers } from "./assignment/mutations";
export { listPlanInspections } from "./data";
export { inspectionVisibilitySql } from "./list-sql";
export { carryOverInspections, generateInspections } from "./generation/mutations";
export { recordTransition } from "./plan-progress/mutations";
export { conformityPercent, scoreInspection } from "./scoring/score";
export { getInspectionMinutes } from "./minutes/data";
export { minutesDocument } from "./minutes/document";
