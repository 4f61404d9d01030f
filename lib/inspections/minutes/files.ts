/** The record's downloads: the path ends with the file name, whose extension says the format. */
export const minutesFiles = { docx: "bien-ban.docx", pdf: "bien-ban.pdf" } as const;

export const minutesFileHref = (inspectionId: string, format: keyof typeof minutesFiles) =>
  `/api/kiem-tra/${inspectionId}/bien-ban/${minutesFiles[format]}`;
