import { describe, expect, it } from "vitest";
import {
  conclusionSchema,
  defaultDueDate,
  raisesFinding,
  reopenSchema,
  saveItemSchema,
} from "@/lib/inspections/schema";

const id = "6f1c2b7e-3d4a-4f5b-8c9d-0e1f2a3b4c5d";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("defaultDueDate (TT26 Đ37: two months after the record)", () => {
  it.each([
    [utc(2021, 6, 15), utc(2021, 8, 15)],
    [utc(2021, 12, 31), utc(2022, 2, 28)],
    [utc(2023, 12, 31), utc(2024, 2, 29)],
    [utc(2021, 8, 31), utc(2021, 10, 31)],
  ])("%o → %o", (record, due) => expect(defaultDueDate(record)).toEqual(due));
});

describe("saveItemSchema", () => {
  it("takes one of the five results, or empty to clear", () => {
    expect(
      saveItemSchema.parse({ inspectionId: id, itemId: id, version: "3", result: "MAJOR_NC", note: " Thiếu " }),
    ).toEqual({ inspectionId: id, itemId: id, version: 3, result: "MAJOR_NC", note: "Thiếu" });
    expect(saveItemSchema.parse({ inspectionId: id, itemId: id, version: 0, result: "" }).result).toBeNull();
  });
  it("refuses an unknown result, a negative version and a bad id", () => {
    expect(
      saveItemSchema.safeParse({ inspectionId: id, itemId: id, version: 0, result: "PASS" }).error?.issues[0]?.message,
    ).toBe("inspections.errors.result");
    expect(saveItemSchema.safeParse({ inspectionId: id, itemId: id, version: -1, result: "CONFORM" }).success).toBe(
      false,
    );
    expect(saveItemSchema.safeParse({ inspectionId: "x", itemId: id, version: 0 }).success).toBe(false);
  });
});

describe("raisesFinding", () => {
  it("is true for nonconformities and recommendations only", () => {
    expect(["CONFORM", "MINOR_NC", "MAJOR_NC", "RECOMMENDATION", "NOT_APPLICABLE", null].map(raisesFinding)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("conclusionSchema and reopenSchema", () => {
  it("reads dd/mm/yyyy record dates and refuses impossible ones", () => {
    expect(conclusionSchema.parse({ inspectionId: id, lockVersion: "0", recordDate: "20/06/2021" }).recordDate).toEqual(
      utc(2021, 6, 20),
    );
    expect(
      conclusionSchema.safeParse({ inspectionId: id, lockVersion: "0", recordDate: "31/02/2021" }).error?.issues[0]
        ?.message,
    ).toBe("inspections.errors.date");
  });
  it("wants a reopening reason of at least 10 characters", () => {
    expect(reopenSchema.safeParse({ inspectionId: id, reason: "  ngắn  " }).error?.issues[0]?.message).toBe(
      "inspections.errors.reasonShort",
    );
    expect(reopenSchema.parse({ inspectionId: id, reason: "Đơn vị gửi thêm hồ sơ" }).reason).toBe(
      "Đơn vị gửi thêm hồ sơ",
    );
  });
});
