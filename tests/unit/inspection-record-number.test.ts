import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { conclusionSchema, recordNumberSchema } from "@/lib/inspections/schema";

const id = "6f1c2b7e-3d4a-4f5b-8c9d-0e1f2a3b4c5d";
const issue = (v: unknown) => recordNumberSchema.safeParse(v).error?.issues[0]?.message;

describe("recordNumberSchema (số hiệu of the inspection record)", () => {
  it.each([
    ["12/BB-ĐKT", "12/BB-ĐKT"],
    ["  7/BB-ĐKT ", "7/BB-ĐKT"],
    ["05/BB-SKHCN", "05/BB-SKHCN"],
    ["3/BB-ĐKT-SKHCN", "3/BB-ĐKT-SKHCN"],
    // Decomposed Đ/Ư typed on some keyboards is stored composed (NFC).
    ["1/BB-ĐKT".normalize("NFD"), "1/BB-ĐKT"],
  ])("takes %j as %j", (input, stored) => expect(recordNumberSchema.parse(input)).toBe(stored));

  it("keeps an empty or absent number as null: the paper keeps the blank to fill in by hand", () => {
    expect(recordNumberSchema.parse("")).toBeNull();
    expect(recordNumberSchema.parse("   ")).toBeNull();
    expect(recordNumberSchema.parse(undefined)).toBeNull();
  });

  it.each(["BB-ĐKT", "12", "12/ĐKT", "12/bb-đkt", "12/BB-", "12 /BB-ĐKT", "/BB-ĐKT", "12/BB ĐKT", "a12/BB-ĐKT"])(
    "refuses %j with the shape message",
    (input) => expect(issue(input)).toBe("inspections.errors.recordNumberShape"),
  );

  it("refuses more than 40 characters", () => {
    const long = `1/BB-${"Đ".repeat(40)}`;
    expect(issue(long)).toBe("inspections.errors.recordNumberTooLong");
    expect(recordNumberSchema.parse(`1/BB-${"Đ".repeat(35)}`)).toHaveLength(40);
  });

  it("says in Vietnamese what a number looks like", () => {
    const t = createTranslator("vi").raw;
    expect(t("inspections.errors.recordNumberShape")).toBe(
      "Số biên bản chưa đúng dạng: số, dấu gạch chéo rồi BB và chữ viết tắt in hoa, ví dụ 12/BB-ĐKT.",
    );
    expect(t("inspections.errors.recordNumberTaken", { number: "12/BB-ĐKT" })).toBe(
      "Số biên bản 12/BB-ĐKT đã dùng cho một biên bản khác của kế hoạch này.",
    );
  });

  it("is part of the conclusion form", () => {
    expect(conclusionSchema.parse({ inspectionId: id, lockVersion: "2", recordNumber: " 12/BB-ĐKT" })).toMatchObject({
      recordNumber: "12/BB-ĐKT",
    });
    expect(conclusionSchema.parse({ inspectionId: id, lockVersion: "2" }).recordNumber).toBeNull();
  });
});
