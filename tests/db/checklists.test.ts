import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { claimDraft } from "@/lib/checklists/drafts/mutations";
import { listCrosswalk } from "@/lib/checklists/data";
import { getPublishedTemplates } from "@/lib/checklists/composition/published";
import {
  addItem,
  copyTemplate,
  discardTemplate,
  moveItem,
  publishTemplate,
  removeItem,
  updateItem,
  updateTemplate,
} from "@/lib/checklists/mutations";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";
import { createActor } from "@/tests/factories/users";

/**
 * Checklist versions on the shared test database. Other files compose checklists from the published
 * versions, so what this file publishes keeps the same items (one title changed), and its other drafts
 * end discarded or retired.
 */
let admin: Actor;
let inspector: Actor;
const ctx = () => ({ scope: scopeFor(admin), ip: "127.0.0.1" });
const target = (id: string) => ({ type: "checklist_template", id });

beforeAll(async () => {
  [admin, inspector] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("DOST_INSPECTOR").then((a) => a.actor),
  ]);
});

const published = (standard: ChecklistStandard) =>
  db.checklistTemplate.findFirstOrThrow({ where: { standard, status: "PUBLISHED" }, orderBy: { version: "desc" } });
const template = (id: string) =>
  db.checklistTemplate.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
const fieldsOf = (item: {
  code: string;
  clause: string;
  clauseGroup: string;
  titleVi: string;
  titleEn: string;
  guidanceVi: string;
  guidanceEn: string;
  weight: number;
  kindCodes: string[];
  standardVersions: ("ISO_9001_2008" | "ISO_9001_2015" | "NONE")[];
}) => ({
  code: item.code,
  clause: item.clause,
  clauseGroup: item.clauseGroup,
  titleVi: item.titleVi,
  titleEn: item.titleEn,
  guidanceVi: item.guidanceVi,
  guidanceEn: item.guidanceEn,
  weight: item.weight,
  kindCodes: item.kindCodes,
  standardVersions: item.standardVersions,
});

describe("seeded checklists", () => {
  it("hold 25, 27 and 28 items in version 1 with groups, weights and applicability", async () => {
    const v1 = await db.checklistTemplate.findMany({ where: { version: 1 }, include: { items: true } });
    expect(Object.fromEntries(v1.map((t) => [t.standard, t.items.length]))).toEqual({
      QD19_2014: 25,
      ISO_9001_2015: 27,
      ISO_9001_2008: 28,
    });
    const items = v1.flatMap((t) => t.items);
    expect(items.filter((i) => !i.clauseGroup || i.weight !== 1 || i.kindCodes.length)).toEqual([]);
    expect(items.filter((i) => i.standardVersions.length).map((i) => [i.code, i.standardVersions])).toEqual([
      ["QD-21", ["ISO_9001_2008"]],
    ]);
    expect(items.find((i) => i.code === "N-9.2")!.clauseGroup).toBe("9");
    expect(items.find((i) => i.code === "QD-13")!.clauseGroup).toBe("Đ36.2");
  });

  it("offer one published version per standard, with the fields composition needs", async () => {
    const templates = await db.$transaction((tx) => getPublishedTemplates(tx));
    expect(templates.map((t) => t.standard).sort()).toEqual(["ISO_9001_2008", "ISO_9001_2015", "QD19_2014"]);
    const qd = templates.find((t) => t.standard === "QD19_2014")!;
    expect(qd.items[0]).toMatchObject({
      code: "QD-01",
      position: 1,
      clause: "QĐ19 Đ3.1; TT26 Đ36.1.a",
      clauseGroup: "Đ36.1",
      weight: 1,
      kindCodes: [],
      standardVersions: [],
    });
    expect(qd.items[0]).toHaveProperty("titleEn");
  });

  it("have the 2008 ↔ 2015 crosswalk", async () => {
    const rows = await listCrosswalk(scopeFor(inspector));
    expect(rows).toContainEqual(expect.objectContaining({ iso2008Clause: "8.5.2", iso2015Clause: "10.2" }));
    expect(rows.filter((r) => r.iso2015Clause === "7.5").map((r) => r.iso2008Clause)).toEqual([
      "4.2.2",
      "4.2.3",
      "4.2.4",
    ]);
  });
});

describe("a draft of TCVN ISO 9001:2008", () => {
  let id: string;
  let lockVersion = 0;

  it("is copied from the published version, audited; only one draft per standard", async () => {
    const source = await published("ISO_9001_2008");
    const copy = await copyTemplate({ fromId: source.id }, ctx());
    const draft = await template(copy.id);
    expect(draft).toMatchObject({
      standard: "ISO_9001_2008",
      version: copy.version,
      status: "DRAFT",
      basedOnId: source.id,
      createdById: admin.id,
      usedAt: null,
    });
    expect(copy.version).toBeGreaterThan(source.version);
    const sourceItems = (await template(source.id)).items;
    expect(draft.items.map(fieldsOf)).toEqual(sourceItems.map(fieldsOf));
    expect((await auditRowsFor(target(copy.id), "checklist.copied"))[0]!.data).toMatchObject({
      fromId: source.id,
      items: 28,
    });
    expect((await appError(copyTemplate({ fromId: source.id }, ctx()))).messageKey).toBe(
      "checklists.errors.draftExists",
    );
    expect((await appError(copyTemplate({ fromId: copy.id }, ctx()))).messageKey).toBe("checklists.errors.copyDraft");
    id = copy.id;
  });

  it("refuses every change by a non-administrator", async () => {
    const draft = await template(id);
    const mine = { scope: scopeFor(inspector), ip: null };
    expect((await appError(copyTemplate({ fromId: draft.basedOnId! }, mine))).code).toBe("FORBIDDEN");
    expect(
      (
        await appError(
          updateItem(
            {
              templateId: id,
              lockVersion,
              itemId: draft.items[0]!.id,
              ...fieldsOf(draft.items[0]!),
              titleVi: "Sửa trái phép",
            },
            mine,
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await appError(publishTemplate({ templateId: id, lockVersion }, mine))).code).toBe("FORBIDDEN");
    expect((await template(id)).items[0]!.titleVi).toBe(draft.items[0]!.titleVi);
  });

  it("refuses a unit-bound scope (an agency officer's) called straight into the mutation", async () => {
    const { actor: officer } = await createActor("AGENCY_OFFICER");
    const theirs = { scope: scopeFor(officer), ip: null };
    expect((await appError(discardTemplate({ templateId: id, lockVersion }, theirs))).code).toBe("FORBIDDEN");
    expect((await appError(updateTemplate({ templateId: id, lockVersion, title: "X", note: "" }, theirs))).code).toBe(
      "FORBIDDEN",
    );
    expect(await template(id)).toMatchObject({ status: "DRAFT", lockVersion });
  });

  it("has its details and items edited, each write audited and moving the lock version on", async () => {
    const draft = await template(id);
    ({ lockVersion } = await updateTemplate(
      { templateId: id, lockVersion, title: "TCVN ISO 9001:2008 (sửa đổi)", note: "Thêm tiêu chí 8.5.1" },
      ctx(),
    ));
    const added = await addItem(
      {
        templateId: id,
        lockVersion,
        code: "O-8.5.1",
        clause: "8.5.1",
        clauseGroup: "8",
        titleVi: "Cải tiến thường xuyên",
        titleEn: "Continual improvement",
        guidanceVi: "",
        guidanceEn: "",
        weight: 2,
        kindCodes: ["ubnd_xa"],
        standardVersions: [],
      },
      ctx(),
    );
    lockVersion = added.lockVersion;
    const target75 = draft.items.find((i) => i.code === "O-7.5")!;
    ({ lockVersion } = await updateItem(
      {
        templateId: id,
        lockVersion,
        itemId: target75.id,
        ...fieldsOf(target75),
        titleVi: "Sản xuất và cung cấp dịch vụ công",
        weight: 3,
      },
      ctx(),
    ));
    ({ lockVersion } = await moveItem({ templateId: id, lockVersion, itemId: added.id, direction: "up" }, ctx()));
    const first = draft.items[0]!;
    ({ lockVersion } = await removeItem({ templateId: id, lockVersion, itemId: first.id }, ctx()));

    const after = await template(id);
    expect(after).toMatchObject({ title: "TCVN ISO 9001:2008 (sửa đổi)", note: "Thêm tiêu chí 8.5.1", lockVersion: 5 });
    expect(after.items.map((i) => i.position)).toEqual(after.items.map((_, i) => i + 1));
    expect(after.items.map((i) => i.code)).not.toContain(first.code);
    // Added at the end, then moved up one place.
    expect(after.items.map((i) => i.code).slice(-3)).toEqual(["O-8.5.2", "O-8.5.1", "O-8.5.3"]);
    expect(after.items.find((i) => i.code === "O-7.5")).toMatchObject({
      titleVi: "Sản xuất và cung cấp dịch vụ công",
      weight: 3,
    });
    expect(after.items.find((i) => i.code === "O-8.5.1")).toMatchObject({ kindCodes: ["ubnd_xa"], weight: 2 });

    const types = (await auditRowsFor(target(id))).map((r) => r.type);
    expect(types).toEqual([
      "checklist.copied",
      "checklist.updated",
      "checklist.item_added",
      "checklist.item_updated",
      "checklist.item_moved",
      "checklist.item_removed",
    ]);
    const updated = (await auditRowsFor(target(id), "checklist.item_updated"))[0]!.data as {
      changes: Record<string, unknown>;
    };
    expect(Object.keys(updated.changes).sort()).toEqual(["titleVi", "weight"]);
  });

  it("refuses a duplicate code, an unknown kind of unit and a move past the end, changing nothing", async () => {
    const draft = await template(id);
    const base = {
      templateId: id,
      lockVersion,
      clause: "8.5",
      clauseGroup: "8",
      titleVi: "Cải tiến",
      titleEn: "",
      guidanceVi: "",
      guidanceEn: "",
      weight: 1,
      kindCodes: [],
      standardVersions: [] as [],
    };
    expect((await appError(addItem({ ...base, code: "O-8.3" }, ctx()))).fieldErrors).toEqual({
      code: ["checklists.errors.codeTaken"],
    });
    expect((await appError(addItem({ ...base, code: "O-8.5", kindCodes: ["khong_co"] }, ctx()))).fieldErrors).toEqual({
      kindCodes: ["errors.invalidChoice"],
    });
    const last = draft.items.at(-1)!;
    expect(
      (await appError(moveItem({ templateId: id, lockVersion, itemId: last.id, direction: "down" }, ctx()))).messageKey,
    ).toBe("checklists.errors.cannotMove");
    expect(await template(id)).toMatchObject({ lockVersion, items: draft.items });
  });

  it("refuses a stale edit (CONFLICT) and keeps the newer one", async () => {
    const item = (await template(id)).items[0]!;
    const error = await appError(
      updateItem(
        { templateId: id, lockVersion: lockVersion - 1, itemId: item.id, ...fieldsOf(item), titleVi: "Bản cũ" },
        ctx(),
      ),
    );
    expect(error.code).toBe("CONFLICT");
    expect((await template(id)).items[0]!.titleVi).toBe(item.titleVi);
  });

  it("once used by an inspection, refuses edits in the mutation and in the database", async () => {
    const item = (await template(id)).items[0]!;
    await db.checklistTemplate.update({ where: { id }, data: { usedAt: new Date() } });
    expect(
      (
        await appError(
          updateItem(
            { templateId: id, lockVersion, itemId: item.id, ...fieldsOf(item), titleVi: "Sau khi dùng" },
            ctx(),
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await appError(discardTemplate({ templateId: id, lockVersion }, ctx()))).code).toBe("CONFLICT");
    await expect(
      db.$executeRaw`UPDATE checklist_item SET "titleVi" = 'Sửa thẳng' WHERE id = ${item.id}::uuid`,
    ).rejects.toThrow(/used by an inspection/);
    await expect(db.$executeRaw`DELETE FROM checklist_item WHERE id = ${item.id}::uuid`).rejects.toThrow(
      /used by an inspection/,
    );
    await expect(
      db.$executeRaw`INSERT INTO checklist_item (id, "templateId", code, position, clause, "titleVi", "titleEn") VALUES (gen_random_uuid(), ${id}::uuid, 'X-1', 99, '9', 'Thêm', 'Add')`,
    ).rejects.toThrow(/used by an inspection/);
    await expect(
      db.$executeRaw`UPDATE checklist_template SET title = 'Đổi tên' WHERE id = ${id}::uuid`,
    ).rejects.toThrow(/used by an inspection/);
    await expect(db.$executeRaw`UPDATE checklist_template SET "usedAt" = NULL WHERE id = ${id}::uuid`).rejects.toThrow(
      /used by an inspection/,
    );
    await expect(db.$executeRaw`DELETE FROM checklist_template WHERE id = ${id}::uuid`).rejects.toThrow(
      /used by an inspection/,
    );
    // What a used version may still do: leave the stage (so the standard can have a new draft).
    await db.$executeRaw`UPDATE checklist_template SET status = 'RETIRED' WHERE id = ${id}::uuid`;
    expect(await template(id)).toMatchObject({
      status: "RETIRED",
      items: expect.arrayContaining([expect.objectContaining({ id: item.id, titleVi: item.titleVi })]),
    });
  });

  it("refuses, inside a write, a draft whose use was recorded after the form was opened", async () => {
    const copy = await copyTemplate({ fromId: (await published("ISO_9001_2008")).id }, ctx());
    // The inspection's transaction and the edit race: claimDraft sees the use in the same transaction.
    const error = await db
      .$transaction(async (tx) => {
        await tx.checklistTemplate.update({ where: { id: copy.id }, data: { usedAt: new Date() } });
        await claimDraft(tx, scopeFor(admin), { templateId: copy.id, lockVersion: 0 });
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((await template(copy.id)).usedAt).toBeNull();
    await discardTemplate({ templateId: copy.id, lockVersion: 0 }, ctx());
    expect(await db.checklistTemplate.findUnique({ where: { id: copy.id } })).toBeNull();
    expect((await auditRowsFor(target(copy.id), "checklist.discarded"))[0]!.data).toMatchObject({
      standard: "ISO_9001_2008",
      version: copy.version,
    });
  });
});

describe("publishing a draft of TCVN ISO 9001:2015", () => {
  it("makes it the version new inspections use and retires the previous one, in one audited change", async () => {
    const previous = await published("ISO_9001_2015");
    const copy = await copyTemplate({ fromId: previous.id }, ctx());
    const draft = await template(copy.id);
    const item = draft.items.find((i) => i.code === "N-7.5")!;
    const { lockVersion } = await updateItem(
      {
        templateId: copy.id,
        lockVersion: 0,
        itemId: item.id,
        ...fieldsOf(item),
        guidanceEn: "Check documented information is controlled.",
      },
      ctx(),
    );
    expect((await appError(publishTemplate({ templateId: copy.id, lockVersion: 0 }, ctx()))).code).toBe("CONFLICT");

    await publishTemplate({ templateId: copy.id, lockVersion }, ctx());
    expect(await template(copy.id)).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date) });
    expect((await template(previous.id)).status).toBe("RETIRED");
    const offered = await db.$transaction((tx) => getPublishedTemplates(tx));
    expect(offered.find((t) => t.standard === "ISO_9001_2015")).toMatchObject({
      id: copy.id,
      items: expect.any(Array),
    });
    expect(offered.find((t) => t.standard === "ISO_9001_2015")!.items).toHaveLength(27);
    expect((await auditRowsFor(target(copy.id), "checklist.published"))[0]!.data).toEqual({
      standard: "ISO_9001_2015",
      version: copy.version,
      retired: [previous.version],
    });
    expect(await auditRowsFor(target(previous.id), "checklist.retired")).toHaveLength(1);

    // Published, it is read-only like any non-draft, and copies of it start the next version.
    expect(
      (
        await appError(
          updateItem({ templateId: copy.id, lockVersion: lockVersion + 1, itemId: item.id, ...fieldsOf(item) }, ctx()),
        )
      ).messageKey,
    ).toBe("checklists.errors.readOnly");
  });
});
