/** `sforce.opencti.SCREENPOP_TYPE`, values as the real library defines them (§1.3). */
export const SCREENPOP_TYPE = {
  URL: 'url',
  SOBJECT: 'sobject',
  OBJECTHOME: 'objecthome',
  LIST: 'list',
  SEARCH: 'search',
  NEW_RECORD_MODAL: 'newRecord',
  FLOW: 'flow',
} as const;
export type ScreenPopType = (typeof SCREENPOP_TYPE)[keyof typeof SCREENPOP_TYPE];

/** `sforce.opencti.CALL_TYPE`. */
export const CALL_TYPE = { INBOUND: 'inbound', OUTBOUND: 'outbound', INTERNAL: 'internal' } as const;
export type CallType = (typeof CALL_TYPE)[keyof typeof CALL_TYPE];
