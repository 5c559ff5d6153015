import { describe, expect, it } from '@jest/globals';
import { createOriginAllowlist } from '@patchbay/core-bridge';

describe('createOriginAllowlist', () => {
  describe('with exact origins', () => {
    const allowlist = createOriginAllowlist(['https://acme.lightning.force.com', 'http://127.0.0.1:8080']);

    it.each([['https://acme.lightning.force.com'], ['http://127.0.0.1:8080']])(
      'allows the listed origin %s',
      (origin) => {
        expect(allowlist.allows(origin)).toBe(true);
        expect(allowlist.isExact(origin)).toBe(true);
      },
    );

    it.each([
      ['https://evil.lightning.force.com'],
      ['https://acme.lightning.force.com.evil.example'],
      ['https://acme.lightning.force.com/'],
      ['https://ACME.lightning.force.com'],
      ['https://acme.lightning.force.com:443'],
      ['http://acme.lightning.force.com'],
      ['http://127.0.0.1:8081'],
      ['http://localhost:8080'],
      ['null'],
      ['*'],
      [''],
    ])('refuses %s', (origin) => {
      expect(allowlist.allows(origin)).toBe(false);
      expect(allowlist.isExact(origin)).toBe(false);
    });

    it('keeps the origins in the given order for use as postMessage targets', () => {
      expect(allowlist.origins).toEqual(['https://acme.lightning.force.com', 'http://127.0.0.1:8080']);
      expect(allowlist.exactOrigins).toEqual(allowlist.origins);
    });
  });

  describe('with a https://*.domain pattern', () => {
    const allowlist = createOriginAllowlist(['https://*.example.com', 'https://crm.vendor.test:8443']);

    // The table a CRM vendor's security review runs against a wildcard origin check.
    it.each([
      ['one extra label', 'https://a.example.com', true],
      ['two extra labels', 'https://a.b.example.com', true],
      ['a label with inner hyphens and digits', 'https://acme-42.example.com', true],
      ['a punycode label in front', 'https://xn--80ak6aa92e.example.com', true],
      ['the bare domain', 'https://example.com', false],
      ['http instead of https', 'http://a.example.com', false],
      ['a websocket scheme', 'wss://a.example.com', false],
      ['a non-default port', 'https://a.example.com:8443', false],
      ['the default port written out (not canonical)', 'https://a.example.com:443', false],
      ['the domain followed by another domain', 'https://a.example.com.evil.com', false],
      ['the domain glued to a label without a dot', 'https://aexample.com', false],
      ['the domain glued inside a longer label', 'https://evilexample.com', false],
      ['a trailing dot (fully qualified form)', 'https://a.example.com.', false],
      ['uppercase host (not canonical)', 'https://A.example.com', false],
      ['uppercase domain (not canonical)', 'https://a.EXAMPLE.com', false],
      ['uppercase scheme (not canonical)', 'HTTPS://a.example.com', false],
      ['userinfo', 'https://user@a.example.com', false],
      ['userinfo that spells the domain', 'https://a.example.com@evil.com', false],
      ['a trailing slash', 'https://a.example.com/', false],
      ['a path', 'https://a.example.com/app', false],
      ['a Cyrillic look-alike label (IDN, not punycode)', 'https://а.example.com', false],
      ['a punycode look-alike of the domain', 'https://a.xn--exmple-cua.com', false],
      ['a Cyrillic look-alike domain', 'https://a.exаmple.com', false],
      ['a literal wildcard host', 'https://*.example.com', false],
      ['an empty label', 'https://a..example.com', false],
      ['a label starting with a hyphen', 'https://-a.example.com', false],
      ['an underscore label', 'https://a_b.example.com', false],
      ['the opaque origin', 'null', false],
      ['the bare wildcard', '*', false],
      ['an empty string', '', false],
      ['a different registrable domain', 'https://a.example.org', false],
      ['the exact entry', 'https://crm.vendor.test:8443', true],
      ['the exact entry on another port', 'https://crm.vendor.test', false],
      ['a subdomain of the exact entry', 'https://x.crm.vendor.test:8443', false],
    ])('%s: %s → %p', (_case, origin, allowed) => {
      expect(allowlist.allows(origin)).toBe(allowed);
    });

    it('names only exact entries as exact (patterns cannot be postMessage targets)', () => {
      expect(allowlist.origins).toEqual(['https://*.example.com', 'https://crm.vendor.test:8443']);
      expect(allowlist.exactOrigins).toEqual(['https://crm.vendor.test:8443']);
      expect(allowlist.isExact('https://crm.vendor.test:8443')).toBe(true);
      expect(allowlist.isExact('https://a.example.com')).toBe(false);
      expect(allowlist.isExact('https://*.example.com')).toBe(false);
    });

    it('matches several patterns independently', () => {
      const both = createOriginAllowlist(['https://*.zendesk.com', 'https://*.lightning.force.com']);
      expect(both.allows('https://acme.zendesk.com')).toBe(true);
      expect(both.allows('https://acme.lightning.force.com')).toBe(true);
      expect(both.allows('https://acme.force.com')).toBe(false);
      expect(both.exactOrigins).toEqual([]);
    });
  });

  it.each([
    [['*'], 'allowedOrigins[0]', 'wildcard'],
    [['https://*'], 'allowedOrigins[0]', "leading '*.'"],
    [['https://*.com'], 'allowedOrigins[0]', 'two labels'],
    [['http://*.example.com'], 'allowedOrigins[0]', 'https'],
    [['wss://*.example.com'], 'allowedOrigins[0]', "leading '*.'"],
    [['*.example.com'], 'allowedOrigins[0]', "leading '*.'"],
    [['https://a.*.example.com'], 'allowedOrigins[0]', "leading '*.'"],
    [['https://*a.example.com'], 'allowedOrigins[0]', "leading '*.'"],
    [['https://*.*.example.com'], 'allowedOrigins[0]', 'only as the leading label'],
    [['https://*.example.*'], 'allowedOrigins[0]', 'only as the leading label'],
    [['https://*.example.com:8443'], 'allowedOrigins[0]', 'port'],
    [['https://*.example.com/'], 'allowedOrigins[0]', 'end at the domain'],
    [['https://*.example.com/app'], 'allowedOrigins[0]', 'end at the domain'],
    [['https://*.Example.com'], 'allowedOrigins[0]', 'canonical'],
    [['https://*.exаmple.com'], 'allowedOrigins[0]', 'canonical'],
    [['https://*.example.com.'], 'allowedOrigins[0]', 'DNS labels'],
    [['https://*.ex_ample.com'], 'allowedOrigins[0]', 'DNS labels'],
    [['https://*.0.0.1'], 'allowedOrigins[0]', 'canonical'],
    [['https://ok.example', 'https://ok.example/'], 'allowedOrigins[1]', 'exact origin'],
    [['https://ok.example', 'https://ok.example/app?x=1'], 'allowedOrigins[1]', 'exact origin'],
    [['http://crm.example'], 'allowedOrigins[0]', 'https'],
    [['file:///tmp/x.html'], 'allowedOrigins[0]', 'exact origin'],
    [['not a url'], 'allowedOrigins[0]', 'not a URL'],
    [[42], 'allowedOrigins[0]', 'string'],
    [[], 'allowedOrigins', 'at least one'],
  ])('rejects %p with INVALID_OPTIONS on %s', (origins, field, reason) => {
    expect(() => createOriginAllowlist(origins)).toThrow(
      expect.objectContaining({
        name: 'BridgeError',
        code: 'INVALID_OPTIONS',
        field,
        message: expect.stringContaining(reason),
      }),
    );
  });

  it('names the caller-supplied field in errors', () => {
    expect(() => createOriginAllowlist(['*'], 'shell.hostOrigins')).toThrow(
      expect.objectContaining({ field: 'shell.hostOrigins[0]' }),
    );
  });
});
