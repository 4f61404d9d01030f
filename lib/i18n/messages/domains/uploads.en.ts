import type { Messages } from "../vi";

/** English messages of the uploads domain, key for key with uploads.vi.ts. */
export const uploads: Messages["uploads"] = {
  title: "Upload",
  or: "or",
  errors: {
    notMultipart: "Invalid upload request: files must be sent through a form (multipart/form-data).",
    tooLarge: "The file “{name}” exceeds the {max} MB limit.",
    type: "The file “{name}” is not {kinds} (detected from its content).",
    empty: "The file “{name}” is empty (0 bytes).",
    nameEmpty: "The file has no name.",
    namePath: "A file name must not contain a path (“{name}”).",
    nameControl: "The file name contains invalid control characters.",
    nameTooLong: "The file name is too long (at most {max} characters).",
    tooMany: "At most {max} files can be uploaded at a time.",
    fields: "The data sent with the files is too long or has too many fields.",
    aborted: "The upload was interrupted or the data sent was incomplete. Nothing was saved; please upload again.",
  },
};
