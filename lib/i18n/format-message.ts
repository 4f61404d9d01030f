import { defaultLocale, type Locale } from "./config";
import type { Params, Translator } from "./translator";

/**
 * ICU messages as the catalogues write them, formatted without a library: `{name}`, and
 * `{count, plural, [offset:n] =0 {…} one {…} other {…}}` with `#`, apostrophe quoting as ICU has it. This is
 * what the browser uses (next-intl's client brings a full ICU parser, 12 KiB gzip on every page); the server
 * keeps next-intl. tests/unit/format-message.test.ts holds it to next-intl's output for every catalogue message.
 * Another argument type (select, number, date) is a syntax error here: add it here first.
 */
type Part =
  string | { arg: string } | { pound: true } | { plural: string; offset: number; options: Record<string, Part[]> };

/** The message is not ICU this formatter reads (a code mistake, like an unknown key). */
export class MessageSyntaxError extends Error {}
/** A parameter the message names was not given (the caller shows the template). */
export class MissingParamError extends Error {}

const whitespace = /\s/;
/** A dotted path of identifiers: what a catalogue key looks like, and a sentence does not. */
export const keyShape = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;

function parse(message: string): Part[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at ${i} in "${message}"`);
  };
  const skipSpace = () => {
    while (i < message.length && whitespace.test(message[i]!)) i++;
  };
  const word = () => {
    const start = i;
    while (i < message.length && !/[\s{},#'<>]/.test(message[i]!)) i++;
    return message.slice(start, i);
  };

  function parts(inPlural: boolean, nested: boolean): Part[] {
    const out: Part[] = [];
    let text = "";
    while (i < message.length) {
      const c = message[i]!;
      const next = message[i + 1];
      if (c === "'" && next === "'") {
        text += "'";
        i += 2;
      } else if (
        c === "'" &&
        (next === "{" || next === "}" || next === "<" || next === ">" || (inPlural && next === "#"))
      ) {
        // Quoted literal text, up to the next lone apostrophe ('' inside stands for one).
        i++;
        text += message[i++];
        while (i < message.length) {
          if (message[i] === "'") {
            if (message[i + 1] !== "'") {
              i++;
              break;
            }
            i++;
          }
          text += message[i++];
        }
      } else if (c === "{") {
        if (text) out.push(text);
        text = "";
        out.push(argument());
      } else if (c === "}") {
        if (!nested) fail("unmatched }");
        break;
      } else if (c === "#" && inPlural) {
        if (text) out.push(text);
        text = "";
        out.push({ pound: true });
        i++;
      } else if (c === "<" && next !== undefined && /[a-zA-Z/]/.test(next)) {
        fail("rich-text tag");
      } else {
        text += c;
        i++;
      }
    }
    if (text) out.push(text);
    return out;
  }

  function argument(): Part {
    i++; // {
    skipSpace();
    const name = word();
    if (!name) fail("argument without a name");
    skipSpace();
    if (message[i] === "}") {
      i++;
      return { arg: name };
    }
    if (message[i] !== ",") fail("expected , or }");
    i++;
    skipSpace();
    const type = word();
    if (type !== "plural") fail(`unsupported argument type "${type}"`);
    skipSpace();
    if (message[i] !== ",") fail("expected , after plural");
    i++;
    skipSpace();
    let offset = 0;
    const options: Record<string, Part[]> = {};
    while (i < message.length && message[i] !== "}") {
      const selector = word();
      if (!selector) fail("plural option without a selector");
      skipSpace();
      if (selector.startsWith("offset:")) {
        offset = Number(selector.slice("offset:".length));
        if (!Number.isFinite(offset)) fail("bad offset");
        continue;
      }
      if (message[i] !== "{") fail("expected { after a plural selector");
      i++;
      options[selector] = parts(true, true);
      if (message[i] !== "}") fail("unclosed plural option");
      i++;
      skipSpace();
    }
    if (message[i] !== "}") fail("unclosed plural");
    if (!options.other) fail("plural without other");
    i++;
    return { plural: name, offset, options };
  }

  return parts(false, false);
}

const parsed = new Map<string, Part[]>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const cached = <T>(map: Map<string, T>, key: string, make: () => T) => map.get(key) ?? map.set(key, make()).get(key)!;

function render(parts: Part[], params: Params, locale: string, count?: number): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if ("pound" in part)
      out += cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count ?? 0);
    else {
      const name = "arg" in part ? part.arg : part.plural;
      const value = params[name];
      if (value === undefined || value === null) throw new MissingParamError(`missing parameter "${name}"`);
      if ("arg" in part) out += String(value);
      else {
        const n = Number(value) - part.offset;
        const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n);
        const option = part.options[`=${value}`] ?? part.options[rule] ?? part.options.other!;
        out += render(option, params, locale, n);
      }
    }
  }
  return out;
}

/**
 * `message` with `params` filled in, in `locale`'s plural rules and number format. As next-intl: with no
 * `params` at all a message without quoting comes back as written. Throws MessageSyntaxError for a message it
 * cannot read and MissingParamError for a parameter not given.
 */
export function formatMessage(message: string, params: Params | undefined, locale: string): string {
  if (params === undefined && !/'[{}<#|']/.test(message)) return message;
  const tree = parsed.get(message) ?? parsed.set(message, parse(message)).get(message)!;
  return render(tree, params ?? {}, locale);
}

type Report = (message: string, fields: Record<string, unknown>) => void;
const consoleReport: Report = (message, fields) => console.error(message, fields);

/**
 * Fills an ICU template handed down as text (a label a server page gave a client component) with `locale`'s
 * plural rules. A missing parameter, or a template it cannot read, leaves the template as it is.
 */
export function interpolate(template: string, params?: Params, locale: Locale = defaultLocale): string {
  try {
    return formatMessage(template, params, locale);
  } catch (error) {
    consoleReport("translation failed", { message: String(error), template });
    return template;
  }
}

/**
 * The translator of a catalogue part (what a client component was handed), with next-intl's policy of
 * lib/i18n/translator.ts: an unknown key or a message that does not parse throws in development and tests,
 * and in production is reported and shows the key; a missing parameter is reported and shows the template.
 */
export function messageTranslator<Key extends string>(
  locale: Locale,
  messages: Record<string, unknown>,
  report: Report = consoleReport,
  strict = process.env.NODE_ENV !== "production",
): Translator<Key> {
  const t = (key: string, params?: Params) => {
    const message = key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node && typeof node === "object" ? (node as never)[part] : undefined),
        messages,
      );
    try {
      if (typeof message !== "string") throw new MessageSyntaxError(`no message "${key}"`);
      return formatMessage(message, params, locale);
    } catch (error) {
      if (strict && !(error instanceof MissingParamError)) throw error;
      report("translation failed", { key, message: String(error) });
      return error instanceof MissingParamError ? (message as string) : key;
    }
  };
  const raw = (keyOrText: string, params?: Params) => (keyShape.test(keyOrText) ? t(keyOrText, params) : keyOrText);
  return Object.assign((key: Key, params?: Params) => t(key, params), { raw });
}
