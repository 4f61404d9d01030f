import type { Messages } from "../vi";

/** English messages of the documents domain, key for key with documents.vi.ts. */
export const documents: Messages["documents"] = {
  title: "QMS records",
};
