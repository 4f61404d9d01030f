/** Vietnamese messages of the checklists domain (merged into ../vi.ts under "checklists"). */
export const checklists = {
  title: "Bảng kiểm",
};
