/** Vietnamese messages of the uploads domain (merged into ../vi.ts under "uploads"). */
export const uploads = {
  title: "Tải tệp lên",
};
