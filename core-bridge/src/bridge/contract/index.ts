// The bridge contract: what the shell and the desktop offer each other, as data (valibot schemas
// and method tables) and as types both sides' implementations are checked against. It imports
// only valibot, plus BridgeError for parseBridgePayload, so both bundles can ship it.
//
// Why valibot here while the core's own contract (core/src/contract) uses zod: the shell bundle
// runs inside every CRM page the agent opens, so its size is paid on each page load, and it must
// stay under 8 KB min+gzip. zod/mini alone costs about 5.4 KB gzip for a single schema (its core
// is not tree-shakable); valibot is built of separate functions, so the bundle carries only the
// few schema kinds used here, a few hundred bytes each. The core's contract stays on zod: it runs
// on a server and in the desktop's typed client, where those bytes matter less, and the core
// builds its OpenAPI document from zod's JSON Schema output. Tests keep the lists the two
// contracts share equal (contractMirrors.test.ts).
export {
  BRIDGE_AGENT_STATE_NAMES,
  agentStateChangedSchema,
  agentStateSummarySchema,
  getAgentStateResultSchema,
  setAgentStateParamsSchema,
  type AgentStateSummary,
  type BridgeAgentStateName,
} from './agentStateSchemas.js';
export { BRIDGE_ERROR_CODES, type BridgeErrorCode } from './bridgeErrorCodes.js';
export {
  BRIDGE_PROTOCOL_VERSION,
  BRIDGE_SIDES,
  MAX_CAPABILITIES,
  bridgeHelloSchema,
  type BridgeHello,
  type BridgeSide,
} from './bridgeHelloSchema.js';
export {
  MAX_CALL_DATA_ENTRIES,
  callAssociatedDataSchema,
  type CallAssociatedData,
} from './callAssociatedDataSchema.js';
export {
  CONTACT_ENDED_BY,
  contactEndedSchema,
  contactSummarySchema,
  type ContactEndedSummary,
  type ContactSummary,
} from './contactSummarySchemas.js';
export {
  BRIDGE_CRM_IDS,
  crmUserSchema,
  getCrmContextResultSchema,
  type BridgeCrmId,
  type CrmContext,
} from './crmContextSchemas.js';
export { navigationChangedSchema, panelVisibilityChangedSchema } from './crmNavigationSchemas.js';
export {
  MAX_RECORDS,
  MAX_RECORD_FIELDS,
  crmFieldValueSchema,
  crmFieldValuesSchema,
  fieldNameSchema,
  labelledRecordRefSchema,
  objectTypeSchema,
  recordRefSchema,
  recordSummariesSchema,
  recordSummarySchema,
  type CrmFieldValues,
  type LabelledRecordRef,
  type RecordRef,
  type RecordSummary,
} from './crmRecordSchemas.js';
export { DESKTOP_EVENTS, type DesktopEventName, type DesktopEventPayload } from './desktopEvents.js';
export {
  DESKTOP_METHODS,
  type DesktopMethodName,
  type DesktopMethodParams,
  type DesktopMethodResult,
  type DesktopMethods,
} from './desktopMethods.js';
export { clickToDialSchema, dialParamsSchema, dialResultSchema } from './dialSchemas.js';
export { emptySchema, type Empty } from './emptySchema.js';
export type { EventInput, EventPayload, EventTable } from './EventTable.js';
export type { MethodParams, MethodResult, MethodSpec, MethodTable, MethodsOf } from './MethodTable.js';
export { parseBridgePayload } from './parseBridgePayload.js';
export {
  crmPresenceSchema,
  getPresenceResultSchema,
  presenceChangedSchema,
  setPresenceParamsSchema,
  type CrmPresence,
} from './presenceSchemas.js';
export {
  CALL_DIRECTIONS,
  boundedInt,
  boundedString,
  callDirectionSchema,
  emailSchema,
  epochMsSchema,
  finiteNumberSchema,
  idSchema,
  labelSchema,
  memberNameSchema,
  pageUrlSchema,
  phoneNumberSchema,
  plainObject,
  plainRecord,
  requiredString,
  webUrl,
  type CallDirection,
} from './primitives.js';
export {
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_OBJECT_TYPES,
  createRecordParamsSchema,
  createRecordResultSchema,
  openRecordParamsSchema,
  searchQuerySchema,
  searchRecordsParamsSchema,
  searchRecordsResultSchema,
} from './recordCommandSchemas.js';
export {
  MAX_ACTIVITY_RELATIONS,
  MAX_ACTIVITY_SECONDS,
  saveActivityParamsSchema,
  saveActivityResultSchema,
} from './saveActivitySchemas.js';
export {
  SCREEN_POP_MODES,
  SCREEN_POP_OUTCOMES,
  screenPopMatchSchema,
  screenPopParamsSchema,
  screenPopResultSchema,
  type ScreenPopMode,
  type ScreenPopOutcome,
} from './screenPopSchemas.js';
export { SHELL_EVENTS, type ShellEventName, type ShellEventPayload } from './shellEvents.js';
export {
  SHELL_METHODS,
  type ShellMethodName,
  type ShellMethodParams,
  type ShellMethodResult,
  type ShellMethods,
} from './shellMethods.js';
export {
  NOTIFY_LEVELS,
  PANEL_SIZE_LIMITS,
  notifyParamsSchema,
  panelIconSchema,
  setClickToDialEnabledParamsSchema,
  setPanelParamsSchema,
  type NotifyLevel,
} from './shellUiSchemas.js';
export {
  WIRE_ERROR_LIMITS,
  wireErrorDetailValueSchema,
  wireErrorDetailsSchema,
  wireErrorSchema,
  type WireError,
  type WireErrorDetails,
} from './wireErrorSchema.js';
