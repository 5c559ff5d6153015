import { SalesforceOrgError } from './SalesforceOrgError.js';

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_15 = /^[a-zA-Z0-9]{15}$/;
const ID_18 = /^[a-zA-Z0-9]{15}[A-Za-z0-5]{3}$/;

/**
 * The case-safe suffix Salesforce appends to a 15-character id: for each 5-character chunk, a bit
 * per uppercase letter (first character = lowest bit), mapped onto A-Z0-5.
 */
export function checksumSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let position = 0; position < 5; position += 1) {
      const character = id15.charAt(chunk * 5 + position);
      if (character >= 'A' && character <= 'Z') bits |= 1 << position;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** A 15-character id with its checksum suffix. */
export function toCaseSafeId(id15: string): string {
  if (!ID_15.test(id15)) throw malformed(id15);
  return id15 + checksumSuffix(id15);
}

/**
 * Accepts a 15-character (case-sensitive) or 18-character id and returns the 18-character form.
 * An 18-character id is case-insensitive, as in Salesforce: the suffix says which letters are
 * uppercase. A suffix that marks a digit as uppercase cannot come from Salesforce and is refused.
 */
export function normalizeSalesforceId(input: string): string {
  if (ID_15.test(input)) return toCaseSafeId(input);
  if (!ID_18.test(input)) throw malformed(input);
  let id15 = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    const bits = CHECKSUM_ALPHABET.indexOf(input.charAt(15 + chunk).toUpperCase());
    for (let position = 0; position < 5; position += 1) {
      const character = input.charAt(chunk * 5 + position);
      const upper = (bits & (1 << position)) !== 0;
      const isLetter = /[a-zA-Z]/.test(character);
      if (upper && !isLetter) throw malformed(input);
      id15 += upper ? character.toUpperCase() : character.toLowerCase();
    }
  }
  return toCaseSafeId(id15);
}

/** Whether `input` is a well-formed 15- or 18-character id (existence not checked). */
export function isSalesforceId(input: unknown): input is string {
  if (typeof input !== 'string') return false;
  try {
    normalizeSalesforceId(input);
    return true;
  } catch {
    return false;
  }
}

function malformed(input: string): SalesforceOrgError {
  // Salesforce quotes the id; an id is not customer data, and the quote helps debugging.
  return new SalesforceOrgError({ code: 'MALFORMED_ID', message: `malformed id ${input}` });
}
