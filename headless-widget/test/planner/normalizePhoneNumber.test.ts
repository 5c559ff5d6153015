import { describe, expect, it } from '@jest/globals';
import { normalizePhoneNumber, type PhoneNormalization } from '../../src/planner/normalizePhoneNumber.js';

const ITALY: PhoneNormalization = { stripPrefixes: [], defaultCountryCode: '39' };
const UK_TRUNK: PhoneNormalization = { stripPrefixes: ['0'], defaultCountryCode: '44' };
const PBX: PhoneNormalization = { stripPrefixes: ['9', '90'], defaultCountryCode: '39' };
const OUTSIDE_LINE: PhoneNormalization = { stripPrefixes: ['9'], defaultCountryCode: '39' };
const NO_COUNTRY: PhoneNormalization = { stripPrefixes: [] };

describe('normalizePhoneNumber', () => {
  it.each<[string, string, PhoneNormalization, string | undefined]>([
    ['keeps an E.164 number', '+390212345678', NO_COUNTRY, '+390212345678'],
    ['drops spaces, dashes, dots and brackets', '+39 (02) 1234-56.78', NO_COUNTRY, '+390212345678'],
    ['reads 00 as international', '0044 20 7946 0958', NO_COUNTRY, '+442079460958'],
    ['gives a national number the default country', '02 1234 5678', ITALY, '+390212345678'],
    ['strips a trunk prefix before the country', '07700 900123', UK_TRUNK, '+447700900123'],
    ['never strips the 00 of an international number', '0039 02 1234 5678', UK_TRUNK, '+390212345678'],
    ['strips the longest matching prefix, once', '90 02 1234 5678', PBX, '+390212345678'],
    ['strips an outside-line prefix before 00', '9 0044 20 7946 0958', OUTSIDE_LINE, '+442079460958'],
    ['refuses a national number without a default country', '02 1234 5678', NO_COUNTRY, undefined],
    ['refuses letters', '1-800-FLOWERS', ITALY, undefined],
    ['refuses an anonymous caller', 'anonymous', ITALY, undefined],
    ['refuses an empty string', '', ITALY, undefined],
    ['refuses an extension', '+39 02 1234 5678 ext 12', ITALY, undefined],
    ['refuses a plus in the middle', '39+0212345678', ITALY, undefined],
    ['refuses a country code starting with 0', '+0212345678', NO_COUNTRY, undefined],
    ['refuses too few digits', '+391234', NO_COUNTRY, undefined],
    ['refuses more than 15 digits', '+3902123456789012', NO_COUNTRY, undefined],
  ])('%s', (_name, raw, normalization, expected) => {
    expect(normalizePhoneNumber(raw, normalization)).toBe(expected);
  });
});
