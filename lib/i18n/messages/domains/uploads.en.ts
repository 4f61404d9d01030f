import type { Messages } from "../vi";

/** English messages of the uploads domain, key for key with uploads.vi.ts. */
export const uploads: Messages["uploads"] = {
  title: "Upload",
};
