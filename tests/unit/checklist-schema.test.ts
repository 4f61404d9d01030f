import { describe, expect, it } from "vitest";
import { addItemSchema, itemFieldsSchema, moveItemSchema, updateTemplateSchema } from "@/lib/checklists/schema";

const valid = { code: "N-7.5.1", clause: "7.5.1", clauseGroup: "7", titleVi: "  Khái quát ", weight: "3" };
const issues = (input: unknown) => {
  const r = itemFieldsSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("itemFieldsSchema", () => {
  it("accepts a form's strings and normalises them", () => {
    const r = itemFieldsSchema.parse({
      ...valid,
      kindCodes: "ubnd_xa",
      standardVersions: ["ISO_9001_2008", "ISO_9001_2008"],
    });
    expect(r).toMatchObject({
      titleVi: "Khái quát",
      titleEn: "",
      guidanceVi: "",
      guidanceEn: "",
      weight: 3,
      kindCodes: ["ubnd_xa"],
      standardVersions: ["ISO_9001_2008"],
    });
  });

  it("stores Vietnamese in NFC", () => {
    expect(itemFieldsSchema.parse({ ...valid, titleVi: "Kiểm soát".normalize("NFD") }).titleVi).toBe(
      "Kiểm soát".normalize("NFC"),
    );
  });

  it.each([
    [{ weight: "0" }, "weight", "checklists.errors.weight"],
    [{ weight: "6" }, "weight", "checklists.errors.weight"],
    [{ weight: "2.5" }, "weight", "checklists.errors.weight"],
    [{ weight: "nhiều" }, "weight", "checklists.errors.weight"],
    [{ code: "" }, "code", "errors.required"],
    [{ code: "mã có dấu" }, "code", "checklists.errors.code"],
    [{ code: "A".repeat(21) }, "code", "checklists.errors.code"],
    [{ clause: "  " }, "clause", "errors.required"],
    [{ clauseGroup: "" }, "clauseGroup", "errors.required"],
    [{ titleVi: "x".repeat(301) }, "titleVi", "checklists.errors.tooLong"],
    [{ standardVersions: ["ISO_9001_2000"] }, "standardVersions.0", "errors.invalidChoice"],
    [{ kindCodes: ["Ubnd Xa"] }, "kindCodes.0", "errors.invalidChoice"],
  ])("refuses %o", (change, path, message) => {
    expect(issues({ ...valid, ...change })).toMatchObject({ [path]: message });
  });
});

describe("draft writes", () => {
  const id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  it("need the template, its lock version and valid item fields", () => {
    expect(addItemSchema.safeParse({ ...valid, templateId: id, lockVersion: "4" }).data?.lockVersion).toBe(4);
    expect(addItemSchema.safeParse({ ...valid, lockVersion: "4" }).success).toBe(false);
    expect(addItemSchema.safeParse({ ...valid, templateId: id }).success).toBe(false);
    expect(
      moveItemSchema.safeParse({ templateId: id, itemId: id, lockVersion: 0, direction: "sideways" }).success,
    ).toBe(false);
    expect(updateTemplateSchema.safeParse({ templateId: id, lockVersion: 1, title: "" }).success).toBe(false);
  });
});
