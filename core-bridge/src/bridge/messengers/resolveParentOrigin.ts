import { BridgeError } from '../../BridgeError.js';
import type { OriginAllowlist } from '../../createOriginAllowlist.js';

/** Where the desktop learned its parent's origin. */
export type ParentOriginSource = 'explicit' | 'ancestorOrigins' | 'referrer';

/** What the desktop page knows about its parent, as plain values (read by the caller). */
export type ParentOriginSources = {
  /** An origin the framing page names itself, e.g. the `?shellOrigin=` parameter a connector sets. */
  explicit?: string | null | undefined;
  /** `location.ancestorOrigins` where the browser has it (Chromium, WebKit; not Firefox). */
  ancestorOrigins?: ArrayLike<string> | null | undefined;
  /** `document.referrer`: the full URL or just the origin, depending on the referrer policy. */
  referrer?: string | null | undefined;
};

/**
 * The one concrete origin the desktop posts to its parent with: the first source that has a
 * value, in order explicit, `ancestorOrigins[0]`, then the referrer's origin. Only the first
 * present source is tried: falling back after a refusal would let whichever source is easiest to
 * forge win. The result must be allowed by the allowlist (an exact entry or a pattern match),
 * else ORIGIN_REJECTED with `field` naming the source. When the browser reports
 * `ancestorOrigins[0]` and it disagrees with an explicit value, the explicit value is refused too:
 * messages posted to an origin that is not the parent's are never delivered, so failing now beats
 * a link that silently never connects. `'null'` entries (opaque or hidden parents) count as absent.
 */
export function resolveParentOrigin(sources: ParentOriginSources, allowlist: OriginAllowlist): string {
  const ancestor = presentOrigin(sources.ancestorOrigins?.[0]);
  const explicit = present(sources.explicit);
  const referrer = present(sources.referrer);

  if (explicit !== undefined) {
    checkAllowed(explicit, 'explicit', allowlist);
    if (ancestor !== undefined && ancestor !== explicit) {
      throw new BridgeError({
        code: 'ORIGIN_REJECTED',
        field: 'explicit',
        message: `explicit parent origin ${explicit} is not the parent's origin ${ancestor} (ancestorOrigins[0])`,
      });
    }
    return explicit;
  }
  if (ancestor !== undefined) return checkAllowed(ancestor, 'ancestorOrigins', allowlist);
  if (referrer !== undefined) {
    if (!URL.canParse(referrer)) {
      throw new BridgeError({
        code: 'ORIGIN_REJECTED',
        field: 'referrer',
        message: 'the referrer is not a URL, so it names no parent origin',
      });
    }
    return checkAllowed(new URL(referrer).origin, 'referrer', allowlist);
  }
  throw new BridgeError({
    code: 'ORIGIN_REJECTED',
    message: 'no parent origin: no explicit value, no ancestorOrigins and no referrer',
  });
}

function present(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

function presentOrigin(value: string | null | undefined): string | undefined {
  const origin = present(value);
  return origin === 'null' ? undefined : origin;
}

function checkAllowed(origin: string, source: ParentOriginSource, allowlist: OriginAllowlist): string {
  // `allows` already refuses anything not in canonical origin form (paths, uppercase, userinfo).
  if (allowlist.allows(origin)) return origin;
  throw new BridgeError({
    code: 'ORIGIN_REJECTED',
    field: source,
    message: `parent origin ${origin} from ${source === 'ancestorOrigins' ? 'ancestorOrigins[0]' : source} is not in the allowlist`,
  });
}
