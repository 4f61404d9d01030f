import type { Messages } from "../vi";

/** English messages of the inspections domain, key for key with inspections.vi.ts. */
export const inspections: Messages["inspections"] = {
  title: "Inspections",
};
