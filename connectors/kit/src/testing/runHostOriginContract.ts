import { describe, expect, it } from '@jest/globals';
import type { HostOriginRule } from '../HostOriginRule.js';
import { parseHostOrigin } from '../parseHostOrigin.js';

export type HostOriginCases = {
  /** Real origins of this CRM, which must be accepted unchanged. */
  accepted: readonly string[];
  /** CRM-specific look-alikes, on top of the attacks every rule must refuse. */
  rejected: readonly string[];
};

/**
 * The shared test table for a connector's host-origin rule: each connector runs it with its own
 * real and look-alike origins, and every rule faces the same generic attacks derived from its
 * first suffix (plain HTTP, look-alike domains, paths, user info, wildcards).
 */
export function runHostOriginContract(rule: HostOriginRule, cases: HostOriginCases): void {
  const [suffix = '.example.com'] = rule.hostSuffixes;
  const domain = suffix.slice(1);
  const genericAttacks: unknown[] = [
    `http://acme${suffix}`,
    `https://evil${domain}`,
    `https://${domain}`,
    `https://acme${suffix}.evil.example`,
    `https://acme${suffix}/`,
    `https://acme${suffix}/path`,
    `https://acme${suffix}?next=1`,
    `https://user:pass@acme${suffix}`,
    `https://ACME${suffix.toUpperCase()}`,
    `javascript://acme${suffix}`,
    '*',
    '',
    undefined,
    42,
  ];

  describe(`${rule.crm} host origin rule`, () => {
    it.each(cases.accepted.map((origin) => [origin]))('accepts %s', (origin) => {
      expect(parseHostOrigin(rule, origin)).toBe(origin);
    });

    it.each([...genericAttacks, ...cases.rejected].map((origin) => [origin]))('rejects %p', (origin) => {
      expect(() => parseHostOrigin(rule, origin)).toThrow(
        expect.objectContaining({ name: 'ConnectorError', code: 'INVALID_INPUT', field: rule.field, crm: rule.crm }),
      );
    });

    it('accepts an extra origin only when it is listed exactly', () => {
      const emulator = 'http://127.0.0.1:8080';
      expect(parseHostOrigin(rule, emulator, [emulator])).toBe(emulator);
      expect(() => parseHostOrigin(rule, 'http://127.0.0.1:8081', [emulator])).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    });
  });
}
