/** What changed between two versions of a plan, for the amendment screen. */
type Comparable = {
  title: string;
  issuedOn: Date;
  legalBases: string;
  objectives: string;
  requirements: string;
  teamDecisionNumber: string | null;
  milestones: { kind: string; date: Date }[];
  targets: {
    agencyId: string;
    agency: { name: string; code: string };
    inDossier: boolean;
    onSite: boolean;
    onSiteCategory: string | null;
  }[];
  members: { userId: string; role: string; user: { name: string } }[];
};

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export function diffPlans(before: Comparable, after: Comparable) {
  const fields: { field: string; from: string | null; to: string | null }[] = [];
  for (const field of ["title", "legalBases", "objectives", "requirements", "teamDecisionNumber"] as const) {
    if ((before[field] ?? null) !== (after[field] ?? null))
      fields.push({ field, from: before[field], to: after[field] });
  }
  if (day(before.issuedOn) !== day(after.issuedOn))
    fields.push({ field: "issuedOn", from: day(before.issuedOn), to: day(after.issuedOn) });
  const kinds = new Set([...before.milestones, ...after.milestones].map((m) => m.kind));
  for (const kind of kinds) {
    const from = day(before.milestones.find((m) => m.kind === kind)?.date);
    const to = day(after.milestones.find((m) => m.kind === kind)?.date);
    if (from !== to) fields.push({ field: `milestone.${kind}`, from, to });
  }

  const track = (t: Comparable["targets"][number] | undefined) =>
    !t || !t.inDossier ? "none" : t.onSite ? `onSite:${t.onSiteCategory ?? ""}` : "dossier";
  const beforeTargets = new Map(before.targets.map((t) => [t.agencyId, t]));
  const afterTargets = new Map(after.targets.map((t) => [t.agencyId, t]));
  const targets: { agency: { name: string; code: string }; from: string; to: string }[] = [];
  for (const id of new Set([...beforeTargets.keys(), ...afterTargets.keys()])) {
    const b = beforeTargets.get(id);
    const a = afterTargets.get(id);
    if (track(b) !== track(a)) targets.push({ agency: (a ?? b)!.agency, from: track(b), to: track(a) });
  }

  const memberKey = (m: Comparable["members"][number]) => `${m.userId}:${m.role}`;
  const beforeMembers = new Set(before.members.map(memberKey));
  const afterMembers = new Set(after.members.map(memberKey));
  const members = {
    added: after.members
      .filter((m) => !beforeMembers.has(memberKey(m)))
      .map((m) => ({ name: m.user.name, role: m.role })),
    removed: before.members
      .filter((m) => !afterMembers.has(memberKey(m)))
      .map((m) => ({ name: m.user.name, role: m.role })),
  };
  return {
    fields,
    targets,
    members,
    unchanged: !fields.length && !targets.length && !members.added.length && !members.removed.length,
  };
}
