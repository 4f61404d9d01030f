import { AppError } from "@/lib/errors";
import { createTranslator, type Locale } from "@/lib/i18n";
import { fileKinds, type FileKind } from "./types";

export type UploadProblem =
  "not_multipart" | "too_large" | "type" | "empty" | "name" | "too_many" | "fields" | "aborted";

type Params = Record<string, string | number>;

/** `{max}` is a size in MB when `maxBytes` is given; `{kinds}` lists the allowed kinds ("PDF, DOCX hoặc PNG"). */
function render(locale: Locale, key: string, params: Params, allowed: readonly FileKind[]): string {
  const t = createTranslator(locale);
  const labels = allowed.map((k) => k.toUpperCase());
  const kinds =
    labels.length > 1 ? `${labels.slice(0, -1).join(", ")} ${t("uploads.or")} ${labels.at(-1)}` : (labels[0] ?? "");
  const { maxBytes, ...rest } = params;
  const max =
    typeof maxBytes === "number"
      ? new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(
          maxBytes / 1024 / 1024,
        )
      : undefined;
  return t.raw(key, { kinds, ...rest, ...(max === undefined ? {} : { max }) });
}

/**
 * A refused upload: VALIDATION, whose messageKey is already the Vietnamese sentence (so createAction and
 * any other consumer shows it as is), keeping the catalogue key and parameters to say it in the caller's
 * language (lib/uploads/respond.ts). The sentence is also the field error of the file's form field.
 */
export class UploadError extends AppError {
  /** The form fields received before the problem stopped the upload (set by receiveUpload). */
  fields?: Record<string, string[]>;
  /** Problems of those other fields (catalogue keys), found by the caller: answered with the file's own. */
  otherFieldErrors?: Record<string, string[]>;

  constructor(
    readonly problem: UploadProblem,
    readonly key: string,
    readonly params: Params = {},
    readonly field?: string,
    readonly allowed: readonly FileKind[] = fileKinds,
  ) {
    const message = render("vi", key, params, allowed);
    super("VALIDATION", message, field ? { [field]: [message] } : undefined);
    this.name = "UploadError";
  }

  /** The same sentence in `locale`. */
  messageIn(locale: Locale): string {
    return render(locale, this.key, this.params, this.allowed);
  }
}

export const uploadError = (
  problem: UploadProblem,
  key: string,
  params?: Params,
  field?: string,
  allowed?: readonly FileKind[],
) => new UploadError(problem, `uploads.errors.${key}`, params, field, allowed);
