import { z } from "zod";

/** A row's id (uuid) from a URL or a form; an invalid one is a 404 for pages and a validation error for actions. */
export const idSchema = z.uuid("errors.invalidId");
