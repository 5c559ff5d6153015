import { describe, expect, it } from '@jest/globals';
import {
  checksumSuffix,
  isSalesforceId,
  normalizeSalesforceId,
  SalesforceOrgError,
} from '../../../src/emulator/org/index.js';

describe('Salesforce ids', () => {
  it('computes the case-safe suffix of a known id', () => {
    expect(checksumSuffix('001A0000006Vm9r')).toBe('IAC');
    expect(normalizeSalesforceId('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
  });

  it('reads an 18-character id in any letter case, restoring the case from the suffix', () => {
    expect(normalizeSalesforceId('001a0000006vm9riac')).toBe('001A0000006Vm9rIAC');
    expect(normalizeSalesforceId('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
  });

  it.each([
    ['too short', '001A0000006Vm9'],
    ['16 characters', '001A0000006Vm9rI'],
    ['punctuation', '001A0000006Vm9-'],
    ['suffix outside A-Z0-5', '001A0000006Vm9rIA9'],
    ['suffix marking a digit as uppercase', '001A0000006Vm9rBAC'],
  ])('refuses a malformed id (%s)', (_, id) => {
    expect(() => normalizeSalesforceId(id)).toThrow(SalesforceOrgError);
    expect(isSalesforceId(id)).toBe(false);
    try {
      normalizeSalesforceId(id);
    } catch (error) {
      expect((error as SalesforceOrgError).code).toBe('MALFORMED_ID');
    }
  });
});
