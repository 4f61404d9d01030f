import type { Messages } from "../vi";

/** English messages of the checklists domain, key for key with checklists.vi.ts. */
export const checklists: Messages["checklists"] = {
  title: "Checklists",
};
