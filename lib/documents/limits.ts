import "server-only";
import { formatFileSize } from "./files";

/** The largest file an upload accepts, as the forms state it. */
export function uploadLimitLabel(): string {
  return formatFileSize(20 * 1024 * 1024);
}
