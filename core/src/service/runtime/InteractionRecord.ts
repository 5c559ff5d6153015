// The interaction record's types live in the contract, so the record the runtime writes and the one
// the read API serves (and the typed client checks) cannot drift apart. They are re-exported here
// under the names the runtime has always used.
export {
  INTERACTION_OUTCOMES,
  OFFER_RESULTS,
  type EndedBy,
  type InteractionOutcome,
  type InteractionRecord,
  type InteractionSegment,
  type OfferResult,
} from '../../contract/index.js';

/** The store kind of the durable record a contact leaves behind (id = interactionId). */
export const INTERACTION_KIND = 'interaction';
