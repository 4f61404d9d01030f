// Dependency direction: plans → inspections (a plan's approval and its schedule call @/lib/inspections); lib/inspections never imports this entry, only the pure @/lib/plans/policy.
import "server-only";

export { planVisibility, seesWholePlan } from "./policy";
export type { PlanDetail } from "./data";
