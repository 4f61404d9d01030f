import "server-only";
import { isOfficer } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { getAgency, summariseRegistry } from "./data";

/**
 * The registry as the home page shows it. An officer (`ownUnit`) sees their own unit (`agency`, null when
 * they have none); everyone else the units in force per kind (`registry`).
 */
export async function loadRegistryOverview() {
  const scope = await requireScope();
  const { actor } = scope;
  const ownUnit = isOfficer(actor);
  const [registry, agency] = await Promise.all([
    ownUnit ? null : summariseRegistry(scope),
    ownUnit && actor.agencyId ? getAgency(scope, actor.agencyId) : null,
  ]);
  return { ownUnit, registry, agency };
}
