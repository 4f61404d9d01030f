import { expect, test } from "@playwright/test";
import { card, demo, hydrated, open, signIn, statusMessage } from "./support/auth";
import { createPlan, planState, unit } from "./support/plans";

test("on an approved plan the admin sets up the team and the schedule: impartiality refused, double booking flagged", async ({
  page,
}) => {
  const plan = await createPlan({
    status: "APPROVED",
    onSite: [unit.dost.code, unit.longXuyen.code, unit.chauDoc.code],
  });
  await signIn(page, demo.admin);

  // The team: the partner inspector, the DOST inspector as lead, and the admin as secretary.
  await open(page, `/ke-hoach/${plan.id}/doan`);
  await expect(page.getByRole("heading", { level: 1, name: `${plan.number} — Đoàn kiểm tra` })).toBeVisible();
  await expect(page.getByText("Đoàn chưa có thành viên.")).toBeVisible();
  const addForm = card(page, "Thêm vào đoàn");
  const team = page.getByRole("table", { name: "Đoàn kiểm tra" });
  const people = [
    {
      label: `${demo.partner.name} — ${demo.partner.role}, Sở Nội vụ`,
      role: "Thành viên",
      name: demo.partner.name,
      agency: "Sở Nội vụ",
    },
    {
      label: `${demo.inspector.name} — ${demo.inspector.role}, ${unit.dost.name}`,
      role: "Trưởng đoàn",
      name: demo.inspector.name,
      agency: unit.dost.name,
    },
    {
      label: `${demo.admin.name} — ${demo.admin.role}, ${unit.dost.name}`,
      role: "Thư ký",
      name: demo.admin.name,
      agency: unit.dost.name,
    },
  ];
  for (const [index, person] of people.entries()) {
    await addForm.getByLabel("Người", { exact: true }).selectOption({ label: person.label });
    await addForm.getByLabel("Vai trò trong đoàn").selectOption({ label: person.role });
    await addForm.getByRole("button", { name: "Thêm vào đoàn" }).click();
    await expect(team.getByRole("row").filter({ hasText: person.name }).getByRole("cell")).toHaveText([
      person.name,
      person.role,
      person.agency,
      "Bỏ khỏi đoàn",
    ]);
    // (Once everybody who can sit on a team is on it, the form goes away, and its message with it.)
    if (index === 0) await expect(statusMessage(page, "Đã thêm thành viên.")).toBeVisible();
    // Whoever is on the team is no longer offered.
    await expect(addForm.getByRole("option", { name: person.label })).toHaveCount(0);
  }
  await expect(team.getByRole("row")).toHaveCount(4);

  // A visit to Long Xuyên on 15/06/2021, 08:00–11:00.
  await page
    .getByRole("navigation", { name: "Kế hoạch" })
    .getByRole("link", { name: "Lịch kiểm tra tại trụ sở" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${plan.number} — Lịch kiểm tra tại trụ sở` }),
  ).toBeVisible();
  await hydrated(page);
  await expect(page.getByText("Chưa có lịch kiểm tra tại trụ sở.")).toBeVisible();
  const form = card(page, "Thêm lịch");
  const members = form.getByRole("group", { name: "Thành viên đi kiểm tra" });
  const schedule = async (visit: { unit: string; date: string; start: string; end: string; members: string[] }) => {
    await form.getByLabel("Đơn vị được kiểm tra").selectOption({ label: visit.unit });
    await form.getByLabel("Ngày", { exact: true }).fill(visit.date);
    await form.getByLabel("Từ", { exact: true }).fill(visit.start);
    await form.getByLabel("Đến", { exact: true }).fill(visit.end);
    for (const box of await members.getByRole("checkbox").all()) await box.uncheck();
    for (const name of visit.members) await members.getByRole("checkbox", { name }).check();
    await form.getByRole("button", { name: "Thêm lịch" }).click();
  };
  await schedule({
    unit: unit.longXuyen.name,
    date: "15/06/2021",
    start: "08:00",
    end: "11:00",
    members: [`${demo.partner.name} (Thành viên)`, `${demo.inspector.name} (Trưởng đoàn)`],
  });
  await expect(statusMessage(page, "Đã lưu lịch; đơn vị và thành viên đã được thông báo.")).toBeVisible();

  // In the month calendar (June 2021) and in the list.
  await expect(page.getByRole("heading", { level: 2, name: "Tháng 6/2021" })).toBeVisible();
  const calendar = page.getByRole("table", { name: "Tháng 6/2021" });
  await expect(calendar.getByRole("listitem")).toHaveText([`08:00 ${unit.longXuyen.name}`]);
  await expect(calendar.getByRole("cell").filter({ has: page.getByRole("listitem") })).toContainText("15");
  const list = page.getByRole("table", { name: "Danh sách" });
  const visit = list.getByRole("row").filter({ hasText: unit.longXuyen.name });
  await expect(visit).toContainText("08:00 15/06/2021 – 11:00");
  await expect(visit).toContainText(demo.partner.name);
  await expect(visit).toContainText(demo.inspector.name);

  // Impartiality: the admin works at DOST, so cannot be sent to inspect DOST.
  await schedule({
    unit: unit.dost.name,
    date: "16/06/2021",
    start: "08:00",
    end: "11:00",
    members: [`${demo.admin.name} (Thư ký)`],
  });
  await expect(statusMessage(page, "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
  await expect(members).toHaveAccessibleDescription(
    `Không phân công kiểm tra đơn vị nơi mình công tác: ${demo.admin.name}.`,
  );
  // What was chosen is kept.
  await expect(members.getByRole("checkbox", { name: `${demo.admin.name} (Thư ký)` })).toBeChecked();
  const chosenUnit = form.getByLabel("Đơn vị được kiểm tra");
  await expect
    .poll(() => chosenUnit.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent))
    .toBe(unit.dost.name);
  await expect(form.getByLabel("Ngày", { exact: true })).toHaveValue("16/06/2021");
  await expect(list.getByRole("row")).toHaveCount(2);
  expect((await planState(plan.id))?.visits).toBe(1);

  // The partner inspector twice on 15/06/2021: saved, and flagged.
  await expect(statusMessage(page, "Lịch có xung đột")).toHaveCount(0);
  await schedule({
    unit: unit.chauDoc.name,
    date: "15/06/2021",
    start: "13:30",
    end: "16:00",
    members: [`${demo.partner.name} (Thành viên)`],
  });
  await expect(statusMessage(page, "Đã lưu lịch; đơn vị và thành viên đã được thông báo.")).toBeVisible();
  const conflicts = statusMessage(page, "Lịch có xung đột");
  await expect(conflicts).toBeVisible();
  await expect(conflicts.getByRole("listitem")).toHaveText([`${demo.partner.name} có hai lịch trong ngày 15/06/2021.`]);
  await expect(calendar.getByRole("listitem")).toHaveText([
    `08:00 ${unit.longXuyen.name}`,
    `13:30 ${unit.chauDoc.name}`,
  ]);
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").filter({ hasText: unit.chauDoc.name })).toContainText("13:30 15/06/2021 – 16:00");
});
