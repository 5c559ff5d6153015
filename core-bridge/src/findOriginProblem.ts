export type OriginPolicy = {
  /** Accept plain `http:` on loopback hosts (local emulators, the embedded default). */
  allowLoopbackHttp: boolean;
};

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The one check behind every origin Patchbay trusts (CRM host origins, bridge allowlists,
 * connector configs): an exact origin, `scheme://host[:port]` with nothing after it, over HTTPS
 * (or HTTP on loopback when the policy allows). Returns why a value fails, or undefined when it
 * passes, so each caller raises its own layer's error.
 */
export function findOriginProblem(value: string, policy: OriginPolicy): string | undefined {
  if (value.includes('*')) return 'must not contain a wildcard';
  if (!URL.canParse(value)) return 'is not a URL';
  const url = new URL(value);
  if (url.origin !== value) return 'must be an exact origin (scheme://host[:port])';
  if (url.protocol === 'https:') return undefined;
  if (policy.allowLoopbackHttp) {
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
      ? undefined
      : 'must use https (http only on loopback)';
  }
  return 'must use https';
}
