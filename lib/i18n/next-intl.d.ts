import type { Locale } from "./config";
import type { Messages } from "./messages/vi";

// next-intl checks keys and locales against the Vietnamese catalogue: a wrong key fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
