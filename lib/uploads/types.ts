/** The file kinds an upload may be, decided by content (lib/uploads/sniff.ts), never by the name. */
export const fileKinds = ["pdf", "docx", "xlsx", "jpeg", "png"] as const;
export type FileKind = (typeof fileKinds)[number];

export const mimeOf: Record<FileKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** A file already complete in storage under `key`; the database row that points at it is the caller's. */
export type ReceivedFile = {
  field: string;
  /** Display name: NFC, sanitised (lib/uploads/names.ts). Use contentDisposition() for download headers. */
  name: string;
  kind: FileKind;
  contentType: string;
  key: string;
  size: number;
  sha256: string;
};

export type ReceivedUpload = { fields: Record<string, string[]>; files: ReceivedFile[] };

export type UploadOptions = {
  /** Default: env UPLOAD_MAX_BYTES (20 MB). */
  maxFileBytes?: number;
  /** Default 10. */
  maxFiles?: number;
  /** Default: every kind. */
  allowed?: readonly FileKind[];
};
