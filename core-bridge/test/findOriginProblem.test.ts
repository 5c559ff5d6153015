import { describe, expect, it } from '@jest/globals';
import { findOriginProblem } from '../src/findOriginProblem.js';

describe('findOriginProblem', () => {
  it.each([
    ['https://acme.example', false],
    ['https://acme.example:8443', false],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:4567', true],
    ['http://[::1]:9000', true],
  ])('passes %s (loopback http allowed: %s)', (origin, allowLoopbackHttp) => {
    expect(findOriginProblem(origin, { allowLoopbackHttp })).toBeUndefined();
  });

  it.each([
    ['*', true, 'must not contain a wildcard'],
    ['https://*.example', true, 'must not contain a wildcard'],
    ['acme.example', true, 'is not a URL'],
    ['https://acme.example/', true, 'must be an exact origin'],
    ['https://acme.example/path', true, 'must be an exact origin'],
    ['https://user@acme.example', true, 'must be an exact origin'],
    ['https://ACME.example', true, 'must be an exact origin'],
    ['https://acme.example:443', true, 'must be an exact origin'],
    ['file:///etc/passwd', true, 'must be an exact origin'],
    ['http://acme.example', true, 'must use https (http only on loopback)'],
    ['ws://127.0.0.1:8080', true, 'must use https (http only on loopback)'],
    ['http://127.0.0.1:8080', false, 'must use https'],
  ])('rejects %s (loopback http allowed: %s): %s', (origin, allowLoopbackHttp, problem) => {
    expect(findOriginProblem(origin, { allowLoopbackHttp })).toContain(problem);
  });
});
