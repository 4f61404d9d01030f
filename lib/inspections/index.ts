// Dependency direction: plans → inspections. lib/plans calls this entry (a plan's approval, its saved visits, its inspections tab); lib/inspections never imports @/lib/plans, only its pure policy (the workflow's table).
import "server-only";

export { assignVisitMembers } from "./assignment/mutations";
export { listPlanInspections } from "./data";
export { carryOverInspections, generateInspections } from "./generation/mutations";
