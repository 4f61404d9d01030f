/** Vietnamese messages of the inspections domain (merged into ../vi.ts under "inspections"). */
export const inspections = {
  title: "Kiểm tra",
};
