import { getRequestConfig } from "next-intl/server";
import { logger } from "@/lib/logger";
import { timeZone } from "./config";
import { messagesFor } from "./index";
import { getLocale } from "./server";
import { errorPolicy } from "./translator";

/**
 * next-intl's request configuration (next.config.ts points its plugin here) for its server APIs
 * (`getTranslations`, …). No locale routing: the language is the cookie's, else the user's stored one.
 */
export default getRequestConfig(async () => {
  const locale = await getLocale();
  const messages = messagesFor(locale);
  return {
    locale,
    messages,
    timeZone,
    ...errorPolicy(messages, (message, fields) => logger.error(message, fields)),
  };
});
