/** Calendar dates moved to lib/dates; these names stay for the pages and domains that import them from here. */
export { formatCalendarDate, parseVietnameseDate, todayInVietnam } from "@/lib/dates";
