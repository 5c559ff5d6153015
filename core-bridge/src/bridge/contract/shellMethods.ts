import { getCrmContextResultSchema } from './crmContextSchemas.js';
import { emptySchema } from './emptySchema.js';
import type { MethodParams, MethodResult, MethodTable, MethodsOf } from './MethodTable.js';
import { getPresenceResultSchema, setPresenceParamsSchema } from './presenceSchemas.js';
import {
  createRecordParamsSchema,
  createRecordResultSchema,
  openRecordParamsSchema,
  searchRecordsParamsSchema,
  searchRecordsResultSchema,
} from './recordCommandSchemas.js';
import { saveActivityParamsSchema, saveActivityResultSchema } from './saveActivitySchemas.js';
import { openUrlParamsSchema, screenPopParamsSchema, screenPopResultSchema } from './screenPopSchemas.js';
import { notifyParamsSchema, setClickToDialEnabledParamsSchema, setPanelParamsSchema } from './shellUiSchemas.js';

/** A call that goes to the CRM's servers (search, write): CRM APIs can be slow under load. */
const CRM_CALL_MS = 15_000;
/** A call the CRM page answers locally (panel, toast, cached context). */
const UI_CALL_MS = 5_000;

/**
 * What the shell (the CRM page) offers the desktop: the CRM command surface, at the level of
 * intent. A connector implements these with its CRM's SDK; the desktop's headless widget calls them.
 */
export const SHELL_METHODS = {
  screenPop: { params: screenPopParamsSchema, result: screenPopResultSchema, timeoutMs: CRM_CALL_MS },
  openUrl: { params: openUrlParamsSchema, result: emptySchema, timeoutMs: UI_CALL_MS },
  searchRecords: { params: searchRecordsParamsSchema, result: searchRecordsResultSchema, timeoutMs: CRM_CALL_MS },
  openRecord: { params: openRecordParamsSchema, result: emptySchema, timeoutMs: CRM_CALL_MS },
  createRecord: { params: createRecordParamsSchema, result: createRecordResultSchema, timeoutMs: CRM_CALL_MS },
  saveActivity: { params: saveActivityParamsSchema, result: saveActivityResultSchema, timeoutMs: CRM_CALL_MS },
  setPanel: { params: setPanelParamsSchema, result: emptySchema, timeoutMs: UI_CALL_MS },
  notify: { params: notifyParamsSchema, result: emptySchema, timeoutMs: UI_CALL_MS },
  getCrmContext: { params: emptySchema, result: getCrmContextResultSchema, timeoutMs: UI_CALL_MS },
  getPresence: { params: emptySchema, result: getPresenceResultSchema, timeoutMs: UI_CALL_MS },
  /** Presence writes go to the CRM's servers (Omni-Channel, ServiceNow presence). */
  setPresence: { params: setPresenceParamsSchema, result: emptySchema, timeoutMs: 10_000 },
  setClickToDialEnabled: { params: setClickToDialEnabledParamsSchema, result: emptySchema, timeoutMs: UI_CALL_MS },
} as const satisfies MethodTable;

/** The name of a method the shell offers. */
export type ShellMethodName = keyof typeof SHELL_METHODS;

/** What the desktop passes to shell method `K`. */
export type ShellMethodParams<K extends ShellMethodName> = MethodParams<typeof SHELL_METHODS, K>;

/** What shell method `K` resolves with. */
export type ShellMethodResult<K extends ShellMethodName> = MethodResult<typeof SHELL_METHODS, K>;

/** The shell's methods as functions: what a shell implements (checked by the compiler) and the desktop calls. */
export type ShellMethods = MethodsOf<typeof SHELL_METHODS>;
