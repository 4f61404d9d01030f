import { z } from "zod";

/** A record id from a URL or a form; an invalid one is a 404 for pages and a validation error for actions. */
export const recordId = z.uuid("errors.invalidId");
