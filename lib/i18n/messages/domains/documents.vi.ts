/** Vietnamese messages of the documents domain (merged into ../vi.ts under "documents"). */
export const documents = {
  title: "Hồ sơ HTQLCL",
};
