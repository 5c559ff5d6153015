import { findOriginProblem } from './findOriginProblem.js';
import { BridgeError } from './BridgeError.js';

/**
 * The origins that may talk over the bridge: exact origins and `https://*.domain` patterns.
 * Only a concrete origin can be a postMessage target, so patterns only ever widen who may be
 * *heard*; each messenger still targets one exact origin.
 */
export type OriginAllowlist = {
  /** Every entry, exact origins and patterns, in the order given. */
  readonly origins: readonly string[];
  /** The exact-origin entries only, in the order given: the ones usable as postMessage targets. */
  readonly exactOrigins: readonly string[];
  /**
   * True for an origin equal to an exact entry, or in canonical form and matched by a pattern
   * (one or more DNS labels in front of the pattern's domain, https, default port).
   */
  allows(origin: string): boolean;
  /** True only for an origin that is itself one of the exact entries (not one a pattern matches). */
  isExact(origin: string): boolean;
};

const PATTERN_PREFIX = 'https://*.';

/** A DNS label as browsers put it in an origin: lowercase letters, digits, inner hyphens, 1–63. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Builds the allowlist both sides of the bridge require. Each entry is either an exact origin
 * (`https://host[:port]`; plain HTTP only on loopback hosts, for local emulators) or a pattern
 * `https://*.example.com` for CRMs that give every customer a subdomain (Salesforce My Domain,
 * Zendesk, Freshdesk). Patterns are HTTPS only, take no port, and need at least two labels after
 * the `*.` so no pattern can cover a whole top-level domain. A bare `'*'` is refused on purpose:
 * a `'*'` target origin would hand interaction data to any page that frames us (the RingCentral
 * Embeddable flaw this bridge exists to avoid). Two-label public suffixes (`*.co.uk`) cannot be
 * told apart without the public suffix list: configuring one is the caller's mistake.
 */
export function createOriginAllowlist(origins: readonly unknown[], field = 'allowedOrigins'): OriginAllowlist {
  if (origins.length === 0) {
    throw new BridgeError({ code: 'INVALID_OPTIONS', field, message: `${field} must list at least one origin` });
  }
  const entries = origins.map((origin, index) => parseEntry(origin, `${field}[${index}]`));
  const exactOrigins = entries.flatMap((entry) => (entry.kind === 'exact' ? [entry.origin] : []));
  const domains = entries.flatMap((entry) => (entry.kind === 'pattern' ? [entry.domain] : []));
  const exact = new Set(exactOrigins);
  return {
    origins: entries.map((entry) => entry.raw),
    exactOrigins,
    isExact: (origin) => exact.has(origin),
    allows: (origin) => exact.has(origin) || (domains.length > 0 && matchesAnyPattern(origin, domains)),
  };
}

type Entry =
  | { readonly kind: 'exact'; readonly raw: string; readonly origin: string }
  | { readonly kind: 'pattern'; readonly raw: string; readonly domain: string };

function parseEntry(value: unknown, field: string): Entry {
  const reject = (problem: string) =>
    new BridgeError({ code: 'INVALID_OPTIONS', field, message: `${field} ${problem}` });
  if (typeof value !== 'string') throw reject('must be a string');
  if (value.includes('*')) {
    const problem = findPatternProblem(value);
    if (problem) throw reject(problem);
    return { kind: 'pattern', raw: value, domain: value.slice(PATTERN_PREFIX.length) };
  }
  const problem = findOriginProblem(value, { allowLoopbackHttp: true });
  if (problem) throw reject(problem);
  return { kind: 'exact', raw: value, origin: value };
}

/** Why a value containing `*` is not an acceptable `https://*.example.com` pattern, if it is not. */
function findPatternProblem(value: string): string | undefined {
  if (value === '*') return "must not be the bare wildcard '*' (list exact origins or https://*.domain patterns)";
  if (!value.startsWith(PATTERN_PREFIX)) {
    return value.startsWith('http://')
      ? 'wildcard patterns must use https'
      : "wildcard patterns must look like https://*.example.com (only a leading '*.' label)";
  }
  const domain = value.slice(PATTERN_PREFIX.length);
  if (domain.includes('*')) return "wildcard patterns may use '*' only as the leading label";
  if (domain.includes(':')) return 'wildcard patterns must not have a port (they match the default https port)';
  if (/[/?#@\\]/.test(domain)) return 'wildcard patterns must end at the domain (no path, query or userinfo)';
  const labels = domain.split('.');
  if (labels.length < 2) return "wildcard patterns need at least two labels after '*.'";
  // The URL parser lowercases and punycodes hosts; an entry it would change is not written as
  // browsers report origins, so it could never match: refuse it rather than never match silently.
  const probe = `https://x.${domain}`;
  if (!URL.canParse(probe) || new URL(probe).origin !== probe) {
    return 'wildcard patterns must be in canonical form (lowercase ASCII, punycode for IDN)';
  }
  if (!labels.every((label) => LABEL.test(label))) return 'wildcard patterns must be made of valid DNS labels';
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return 'wildcard patterns must name a domain, not an IP';
  return undefined;
}

/**
 * Strict pattern match: the origin must already be canonical (what a browser puts in
 * `MessageEvent.origin`), so uppercase, userinfo, a trailing slash or an explicit `:443` never
 * match; then https, no port, and one or more valid labels before `.domain`. A trailing-dot host
 * (`a.example.com.`) fails the suffix test, `aexample.com` lacks the dot, and
 * `a.example.com.evil.com` ends with the wrong domain.
 */
function matchesAnyPattern(origin: string, domains: readonly string[]): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (url.origin !== origin || url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname;
  return domains.some((domain) => {
    if (!host.endsWith(`.${domain}`)) return false;
    const prefix = host.slice(0, host.length - domain.length - 1);
    return prefix.split('.').every((label) => LABEL.test(label));
  });
}
