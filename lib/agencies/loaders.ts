import "server-only";
import { notFound, redirect } from "next/navigation";
import { isOfficer } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { idSchema } from "@/lib/ids";
import {
  getAgency,
  getAgencyDetail,
  summariseRegistry,
  getAgencyImport,
  listAgencyHistory,
  listAgencyImports,
  listAgencyKinds,
  listAgencyOptions,
  registryView,
} from "./data";
import type { ImportError } from "./import/validate";
import { canAgency } from "./policy";
import { previewReorganisation } from "./reorganisation/data";
import { agencyListQuerySchema } from "./schema";

export type { AgencyDetail, AgencyExportRow, AgencyListItem } from "./data";

/** The reorganisation the app ships with (lib/agencies/reorganisation/change-sets.ts). */
const currentChangeSet = "an-giang-2025";

/** The registry list. An officer's registry is their own unit: they are sent to its page (or home without one). */
export async function loadAgencyListPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  const { actor } = scope;
  if (isOfficer(actor)) redirect(actor.agencyId ? `/co-quan/${actor.agencyId}` : "/");
  const query = agencyListQuerySchema.parse(await searchParams);
  return {
    query,
    ...(await registryView(scope, query)),
    can: { export: canAgency(actor, "export"), import: canAgency(actor, "import") },
  };
}

/** A unit's page with its history; another unit's page answers 404 for an officer (the id does not leak). */
export async function loadAgencyPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const agency = await getAgencyDetail(scope, id.data);
  if (!agency) notFound();
  const history = await listAgencyHistory(scope, agency.id);
  return {
    agency,
    history,
    /** An officer's registry is this page: no way back to a list they do not have. */
    showList: !isOfficer(scope.actor),
    can: { update: canAgency(scope.actor, "update", agency) },
  };
}

/** The edit form of a unit (administrators; 404 otherwise), with the kinds and the other units as parents. */
export async function loadAgencyEditPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success || !canAgency(scope.actor, "update")) notFound();
  const agency = await getAgency(scope, id.data);
  if (!agency) notFound();
  const [kinds, units] = await Promise.all([listAgencyKinds(scope), listAgencyOptions(scope)]);
  return { agency, kinds, parents: units.filter((u) => u.id !== agency.id) };
}

/** The import page (administrators; 404 otherwise) with the latest imports. */
export async function loadImportsPage() {
  const scope = await requireScope();
  if (!canAgency(scope.actor, "import")) notFound();
  return { imports: await listAgencyImports(scope) };
}

/** One import's dry run with its row-level errors; 404 when absent or not the actor's to see. */
export async function loadImportPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const job = await getAgencyImport(scope, id.data);
  if (!job) notFound();
  return { job, errors: job.errors as unknown as ImportError[] };
}

/** The shipped change set beside the registry (not for officers: 404), and whether the actor may apply it. */
export async function loadReorganisationPage() {
  const scope = await requireScope();
  if (isOfficer(scope.actor)) notFound();
  const preview = await previewReorganisation(scope, currentChangeSet);
  if (!preview) notFound();
  return { preview, canApply: canAgency(scope.actor, "reorganise") };
}

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
