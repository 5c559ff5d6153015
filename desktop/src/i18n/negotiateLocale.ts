import { LOCALES, type Locale } from './catalogs.js';

/**
 * Picks the first supported locale from the user's preferences (`navigator.languages`, or the
 * CRM user's language), matching on the primary subtag so `it-IT` and `it-CH` get Italian.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    const match = LOCALES.find((locale) => locale === primary);
    if (match) return match;
  }
  return LOCALES[0];
}
