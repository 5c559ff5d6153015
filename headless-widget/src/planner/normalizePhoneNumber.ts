/** How a number is made E.164: the policy's `stripPrefixes` and `defaultCountryCode`. */
export type PhoneNormalization = {
  /** Removed (the longest that matches, once) from a number written without `+` or `00`. */
  readonly stripPrefixes: readonly string[];
  /** Without `+`, e.g. `39`: what a national number gets. Absent: national numbers are refused. */
  readonly defaultCountryCode?: string | undefined;
};

/** E.164: `+`, a country code that never starts with 0, 8 to 15 digits in all (as the core checks it). */
const E164 = /^\+[1-9]\d{7,14}$/;

/** What people and CRMs put between digits: spaces, dashes, dots, brackets, slashes. */
const SEPARATORS = /[\s\-.()/]/g;

/** `00` is the international access code of most countries (ITU-T E.164 recommends it). */
const INTERNATIONAL_ACCESS = '00';

/**
 * Makes `raw` (as a CRM shows it or a caller id reports it) an E.164 number, or returns undefined
 * when it is not one: letters, an extension, `anonymous`, too short or too long. A number written
 * with `+` or `00` is international as it stands; any other first loses one strip prefix (an
 * outside-line `9`, a trunk `0`), then gets the default country code.
 */
export function normalizePhoneNumber(raw: string, normalization: PhoneNormalization): string | undefined {
  const written = raw.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(written)) return undefined;
  if (written.startsWith('+')) return asE164(written);
  const national = isInternational(written) ? written : stripPrefix(written, normalization.stripPrefixes);
  if (national.startsWith(INTERNATIONAL_ACCESS)) return asE164(`+${national.slice(INTERNATIONAL_ACCESS.length)}`);
  const { defaultCountryCode } = normalization;
  return defaultCountryCode === undefined ? undefined : asE164(`+${defaultCountryCode}${national}`);
}

function isInternational(digits: string): boolean {
  return digits.startsWith(INTERNATIONAL_ACCESS);
}

function stripPrefix(digits: string, prefixes: readonly string[]): string {
  const longest = [...prefixes]
    .sort((left, right) => right.length - left.length)
    .find((prefix) => prefix !== '' && digits.startsWith(prefix));
  return longest === undefined ? digits : digits.slice(longest.length);
}

function asE164(candidate: string): string | undefined {
  return E164.test(candidate) ? candidate : undefined;
}
