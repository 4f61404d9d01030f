// The registry's public entry for other domains (server-side): the units to choose from in their forms.
export { listAgencyOptions } from "./data";
