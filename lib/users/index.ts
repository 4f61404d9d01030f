// The public entry of lib/users for other domains (plans and inspections show who took a step or saved an item).
import "server-only";

export { userNames } from "./data";
