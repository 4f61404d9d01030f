import { afterEach, describe, expect, it } from "vitest";
import { now, setClock, today, vietnamMorning } from "@/lib/jobs/clock";

afterEach(() => setClock(null));

describe("the queue's clock", () => {
  it("is the real clock until a test sets it, and today is the date in Viet Nam", () => {
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    setClock(() => new Date("2026-12-05T18:30:00Z")); // 01:30 on 6 December in Viet Nam
    expect(today().toISOString()).toBe("2026-12-06T00:00:00.000Z");
    setClock(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("lets a job name its day, ignoring a malformed one", () => {
    setClock(() => new Date("2026-12-05T01:00:00Z"));
    expect(today("2027-01-04").toISOString()).toBe("2027-01-04T00:00:00.000Z");
    expect(today("2027-02-31").toISOString()).toBe("2026-12-05T00:00:00.000Z");
  });

  it("puts the daily jobs at 07:00 in Viet Nam", () => {
    expect(vietnamMorning(new Date("2026-12-07T00:00:00Z")).toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });
});
