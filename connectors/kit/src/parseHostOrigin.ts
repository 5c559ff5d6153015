import { ConnectorError } from './ConnectorError.js';
import { findOriginProblem } from '@patchbay/core-bridge/shell';
import type { HostOriginRule } from './HostOriginRule.js';

/**
 * Validates an origin handed to the shell by its CRM frame and returns it unchanged.
 *
 * Accepted: an exact origin (`https://host[:port]`, no path, query, user info or trailing slash)
 * whose host ends with one of the rule's suffixes, or one of `extraOrigins` (exact match; for
 * custom CRM domains and local emulators). Anything else throws `INVALID_INPUT` naming the field.
 */
export function parseHostOrigin(rule: HostOriginRule, raw: unknown, extraOrigins: readonly string[] = []): string {
  const reject = (reason: string): never => {
    throw new ConnectorError({
      crm: rule.crm,
      code: 'INVALID_INPUT',
      field: rule.field,
      message: `${rule.field} ${reason}`,
    });
  };
  if (typeof raw !== 'string' || raw === '') return reject('is missing');
  if (extraOrigins.includes(raw)) return raw;
  const problem = findOriginProblem(raw, { allowLoopbackHttp: false });
  if (problem) return reject(problem);
  const host = new URL(raw).hostname;
  const allowed = rule.hostSuffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  return allowed ? raw : reject(`is not a ${rule.crm} origin`);
}
