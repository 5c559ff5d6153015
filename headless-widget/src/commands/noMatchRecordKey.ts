/**
 * The outbox key of the record a no-match screen pop creates for the caller. The planner plans it,
 * and the executor reports its result as `recordCreated`, so the call's activity relates to it.
 */
export function noMatchRecordKey(interactionId: string): string {
  return `${interactionId}${NO_MATCH_RECORD_SUFFIX}`;
}

/** The interaction of a no-match record key, or undefined for any other key. */
export function interactionOfNoMatchRecordKey(key: string): string | undefined {
  return key.endsWith(NO_MATCH_RECORD_SUFFIX) ? key.slice(0, -NO_MATCH_RECORD_SUFFIX.length) : undefined;
}

const NO_MATCH_RECORD_SUFFIX = ':noMatchRecord';
