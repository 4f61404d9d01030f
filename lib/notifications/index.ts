// The notifications' public entry for other domains: tell users of an event (in the app and by e-mail, inside
// the caller's transaction), settle a notice that asked for something, and the Notice with its parameter helpers.
export { recipients, tellUsers, tellUsersEach, type Recipient } from "./fan-out/mutations";
export { notify, notifyEach, resolveNotifications } from "./mutations";
export { instant, translated, translatedList, type MessageParam, type MessageParams, type Notice } from "./schema";
