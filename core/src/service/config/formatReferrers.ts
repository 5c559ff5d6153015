import { COLLECTION_NOUNS } from './collections.js';
import type { Referrers } from './findReferrers.js';

/**
 * Names the referrers for a refusal message: `users u1, u2 and queues q1`. Collections are always
 * plural so the message reads the same whatever the counts.
 */
export function formatReferrers(referrers: readonly Referrers[]): string {
  const groups = referrers.map((group) => `${COLLECTION_NOUNS[group.collection].plural} ${group.ids.join(', ')}`);
  const last = groups.pop();
  if (last === undefined) return '';
  return groups.length === 0 ? last : `${groups.join(', ')} and ${last}`;
}
