// The typed client of the Patchbay core (`@patchbay/core-bridge/client`). It imports only the core's
// contract, never the core itself, and uses no Node built-ins, so it ships to browsers.
export { createCoreClient } from './createCoreClient.js';
export type { CoreAuth, CoreClient } from './CoreClient.js';
export type { AgentTarget, CoreCommands } from './CoreCommands.js';
export {
  CORE_CLIENT_ERROR_CODES,
  CoreClientError,
  type CoreClientErrorCode,
  type CoreClientErrorOptions,
} from './CoreClientError.js';
export type {
  BackoffOptions,
  ClientTimers,
  CoreClientOptions,
  CoreSocket,
  CoreSocketConstructor,
  SocketCloseEvent,
  SocketMessageEvent,
} from './CoreClientOptions.js';
export type {
  ConnectOptions,
  ConnectionState,
  CoreEventHandler,
  CoreEvents,
  EventOfType,
  GapBounds,
  Unsubscribe,
} from './CoreEvents.js';
export type { CoreTokens, ResumeRequest, SignInRequest } from './CoreTokens.js';
export type { Versioned } from './Versioned.js';
export { computeBackoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './computeBackoffDelay.js';
// The contract types in the client's signatures, so apps need no import of the core for them.
export type {
  AgentSessionView,
  AgentStateRequestBody,
  AgentStateView,
  BuddyAgentView,
  CadValueView,
  CallDataUpdate,
  ConsultView,
  ContactTarget,
  ContactView,
  CoreEvent,
  EntryPoint,
  EventPayload,
  EventType,
  InteractionListQueryInput,
  InteractionOutcome,
  InteractionPage,
  InteractionRecord,
  InteractionSegment,
  OutdialRequest,
  Queue,
  ReasonCode,
} from '@patchbay/core/contract';
