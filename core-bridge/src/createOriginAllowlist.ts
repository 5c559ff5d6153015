import { findOriginProblem } from '@patchbay/connector-kit';
import { BridgeError } from './BridgeError.js';

/** An exact-match set of origins that may talk over the bridge. */
export type OriginAllowlist = {
  /** The origins, as given; pass these to postMessage as target origins, never `'*'`. */
  readonly origins: readonly string[];
  /** True only for an origin equal to one of the list (no wildcards, no prefix or suffix matching). */
  allows(origin: string): boolean;
};

/**
 * Builds the allowlist both sides of the bridge require. Each entry must be an exact origin
 * (`https://host[:port]`); plain HTTP is accepted only for loopback hosts, for local emulators.
 * Wildcards are refused on purpose: a `'*'` target origin would hand interaction data to any page
 * that frames us (the RingCentral Embeddable flaw this bridge exists to avoid).
 */
export function createOriginAllowlist(origins: readonly unknown[], field = 'allowedOrigins'): OriginAllowlist {
  if (origins.length === 0) {
    throw new BridgeError({ code: 'INVALID_OPTIONS', field, message: `${field} must list at least one origin` });
  }
  const exact = origins.map((origin, index) => validateOrigin(origin, `${field}[${index}]`));
  const set = new Set(exact);
  return { origins: exact, allows: (origin) => set.has(origin) };
}

function validateOrigin(origin: unknown, field: string): string {
  const reject = (problem: string) =>
    new BridgeError({ code: 'INVALID_OPTIONS', field, message: `${field} ${problem}` });
  if (typeof origin !== 'string') throw reject('must be a string');
  const problem = findOriginProblem(origin, { allowLoopbackHttp: true });
  if (problem) throw reject(problem);
  return origin;
}
