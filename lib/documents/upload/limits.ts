import "server-only";
import { env } from "@/lib/env";
import { formatFileSize } from "@/lib/i18n/format";

/** The largest file an upload accepts (UPLOAD_MAX_BYTES, the limit lib/uploads enforces), as the forms state it. */
export function uploadLimitLabel(): string {
  return formatFileSize(env().UPLOAD_MAX_BYTES);
}
