import { describe, expect, it } from '@jest/globals';
import { createOriginAllowlist } from '../../../src/createOriginAllowlist.js';
import { resolveParentOrigin, type ParentOriginSources } from '../../../src/bridge/messengers/index.js';

const allowlist = createOriginAllowlist(['https://*.lightning.force.com', 'http://127.0.0.1:8080']);

describe('resolveParentOrigin', () => {
  it.each<[string, ParentOriginSources, string]>([
    ['the explicit value', { explicit: 'https://acme.lightning.force.com' }, 'https://acme.lightning.force.com'],
    [
      'the explicit value over the others when they agree',
      {
        explicit: 'https://acme.lightning.force.com',
        ancestorOrigins: ['https://acme.lightning.force.com', 'https://top.example'],
        referrer: 'https://other.lightning.force.com/page',
      },
      'https://acme.lightning.force.com',
    ],
    [
      'ancestorOrigins[0] (the direct parent) without an explicit value',
      { ancestorOrigins: ['http://127.0.0.1:8080', 'https://top.example'], referrer: 'https://x.lightning.force.com/' },
      'http://127.0.0.1:8080',
    ],
    [
      'the referrer’s origin when nothing else is known (Firefox)',
      { referrer: 'https://acme.lightning.force.com/lightning/r/Contact/003/view?x=1' },
      'https://acme.lightning.force.com',
    ],
    [
      'the referrer trimmed to its origin by the referrer policy',
      { explicit: '', ancestorOrigins: [], referrer: 'https://acme.lightning.force.com/' },
      'https://acme.lightning.force.com',
    ],
    [
      'the referrer when the browser hides the ancestors as "null"',
      { explicit: null, ancestorOrigins: ['null'], referrer: 'http://127.0.0.1:8080/shell.html' },
      'http://127.0.0.1:8080',
    ],
  ])('resolves %s', (_case, sources, expected) => {
    expect(resolveParentOrigin(sources, allowlist)).toBe(expected);
  });

  it('reads ancestorOrigins as the DOMStringList-like object browsers give', () => {
    const ancestorOrigins: ArrayLike<string> = { length: 1, 0: 'https://acme.lightning.force.com' };
    expect(resolveParentOrigin({ ancestorOrigins }, allowlist)).toBe('https://acme.lightning.force.com');
  });

  it.each<[string, ParentOriginSources, string | undefined, string]>([
    [
      'an explicit origin outside the allowlist',
      { explicit: 'https://evil.example' },
      'explicit',
      'https://evil.example',
    ],
    [
      'an explicit origin even when ancestorOrigins would be allowed (no fallback)',
      { explicit: 'https://evil.example', ancestorOrigins: ['https://acme.lightning.force.com'] },
      'explicit',
      'https://evil.example',
    ],
    [
      'an explicit origin that is not the parent’s',
      { explicit: 'https://acme.lightning.force.com', ancestorOrigins: ['https://beta.lightning.force.com'] },
      'explicit',
      'https://beta.lightning.force.com',
    ],
    [
      'an explicit URL rather than an origin',
      { explicit: 'https://acme.lightning.force.com/' },
      'explicit',
      'not in the allowlist',
    ],
    ['an explicit wildcard', { explicit: '*' }, 'explicit', 'not in the allowlist'],
    [
      'a parent outside the allowlist in ancestorOrigins',
      { ancestorOrigins: ['https://acme.lightning.force.com.evil.com'], referrer: 'https://acme.lightning.force.com/' },
      'ancestorOrigins',
      'ancestorOrigins[0]',
    ],
    [
      'a referrer from outside the allowlist (e.g. the sign-in page the frame went through)',
      { referrer: 'https://login.idp.example/authorize' },
      'referrer',
      'https://login.idp.example',
    ],
    [
      'a referrer over http on a non-loopback host',
      { referrer: 'http://acme.lightning.force.com/' },
      'referrer',
      'http://acme.lightning.force.com from referrer',
    ],
    ['a referrer that is not a URL', { referrer: 'not a url' }, 'referrer', 'not a URL'],
    ['nothing at all', {}, undefined, 'no parent origin'],
    ['only empty and hidden values', { explicit: '', ancestorOrigins: ['null'], referrer: '' }, undefined, 'no parent'],
  ])('refuses %s with ORIGIN_REJECTED', (_case, sources, field, reason) => {
    expect(() => resolveParentOrigin(sources, allowlist)).toThrow(
      expect.objectContaining({
        name: 'BridgeError',
        code: 'ORIGIN_REJECTED',
        field,
        message: expect.stringContaining(reason),
      }),
    );
  });
});
