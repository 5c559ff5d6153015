import { catalogs, type Locale } from './catalogs.js';
import type { MessageKey } from './enMessages.js';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Formats a UI string of one locale. */
export type Translator = {
  readonly locale: Locale;
  (key: MessageKey, params?: MessageParams): string;
};

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Returns the translator of a locale. A placeholder without a matching parameter throws: a
 * half-filled string on an agent's screen is a bug to catch in tests, not to ship.
 */
export function createTranslator(locale: Locale): Translator {
  const catalog = catalogs[locale];
  const translate = (key: MessageKey, params: MessageParams = {}): string =>
    catalog[key].replace(PLACEHOLDER, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new TypeError(`Missing parameter "${name}" for message "${key}"`);
      return String(value);
    });
  return Object.assign(translate, { locale });
}

/** The placeholder names of a message, in order, for catalog checks. */
export function placeholdersOf(message: string): string[] {
  return Array.from(message.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}
