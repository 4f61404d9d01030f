// The users domain's public entry for other domains (server-side): people's names for threads and histories.
import "server-only";

export { userNames } from "./data";
