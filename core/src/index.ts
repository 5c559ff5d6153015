export { CONFIG_ERROR_CODES, ConfigError, type ConfigErrorCode } from './config/ConfigError.js';
export {
  DEFAULT_EVENT_RETENTION_DAYS,
  DEFAULT_TOKEN_TTL_SECONDS,
  LOG_LEVELS,
  loadCoreConfig,
  type CoreConfig,
  type LogLevel,
} from './config/loadCoreConfig.js';
export { formatBanner } from './formatBanner.js';
export { readPackageVersion } from './readPackageVersion.js';
export { createCoreServer, type CoreServerOptions, type HealthResponse } from './server/createCoreServer.js';
export { REDACTED_LOG_PATHS, createLogger } from './server/createLogger.js';
export { startCore, type RunningCore, type StartCoreOptions } from './server/startCore.js';
export type { Scheduler, TimerHandle } from './time/Scheduler.js';
export { createSystemScheduler } from './time/createSystemScheduler.js';
export { ENGINE_ERROR_CODES, EngineError, type EngineErrorCode } from './engine/EngineError.js';
export { RoutingEngine, type RoutingEngineOptions } from './engine/RoutingEngine.js';
export { agentQualifies, proficiencyScore } from './engine/agentQualifies.js';
export {
  isRoutable,
  nextAgentState,
  type AgentCommand,
  type AgentState,
  type AgentStateName,
} from './engine/agentStateMachine.js';
export type {
  ContactToRoute,
  DistributionStep,
  QueueRouting,
  RoutingAgent,
  RoutingDecision,
  RoutingQueue,
  SkillRequirement,
  SkillValue,
} from './engine/routingModel.js';
export type { Bridge } from './voice/Bridge.js';
export {
  LEG_DIRECTIONS,
  LEG_END_REASONS,
  LEG_STATES,
  type Leg,
  type LegDirection,
  type LegEndReason,
  type LegState,
} from './voice/Leg.js';
export {
  NUMBER_BEHAVIOURS,
  type InboundCallRequest,
  type LiveCalls,
  type NumberBehaviour,
  type PhoneRegistration,
  type SimulatorControls,
} from './voice/SimulatorControls.js';
export { TELEPHONY_ERROR_CODES, TelephonyError, type TelephonyErrorCode } from './voice/TelephonyError.js';
export type { TelephonyEvent, TelephonyEventType, TelephonyListener } from './voice/TelephonyEvent.js';
export type { DialRequest, TelephonyGateway } from './voice/TelephonyGateway.js';
export {
  createSimulatedTelephony,
  type SimulatedTelephony,
  type SimulatedTelephonyOptions,
} from './voice/createSimulatedTelephony.js';
export type { ListenerErrorHandler } from './voice/createTelephonyEmitter.js';
export { isPhoneNumber, requirePhoneNumber } from './voice/isPhoneNumber.js';
export type {
  CommitResult,
  CoreStore,
  DocumentDelete,
  DocumentPut,
  EventAppend,
  StoreBatch,
  StoreDocument,
  StoreEvent,
  StreamBounds,
} from './store/CoreStore.js';
export { STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './store/StoreError.js';
export { createMemoryStore, type MemoryStoreOptions } from './store/createMemoryStore.js';
export { createSqliteStore, type SqliteStoreOptions } from './store/createSqliteStore.js';
export { AUTH_ERROR_CODES, AuthError, type AuthErrorCode } from './auth/AuthError.js';
export type { Principal } from './auth/Principal.js';
export {
  createTokenSigner,
  type SignedAccessToken,
  type TokenSigner,
  type TokenSignerOptions,
} from './auth/createTokenSigner.js';
export {
  createRefreshTokens,
  type IssuedRefreshToken,
  type RefreshSession,
  type RefreshTokenOwner,
  type RefreshTokens,
  type RefreshTokensOptions,
} from './auth/createRefreshTokens.js';
export { revocationRequestSchema, type RevocationRequest } from './auth/revocationRequestSchema.js';
export { hashPassword, verifyPassword } from './auth/passwordHash.js';
export { SCOPES, scopesForRoles, type Scope } from './auth/scopes.js';
export { createAuthService, type AuthService, type AuthServiceOptions } from './auth/createAuthService.js';
export { defineRoute, type AnyApiRoute, type ApiReply, type ApiRequest, type ApiRoute } from './api/ApiRoute.js';
export { buildOpenApiDocument, type OpenApiInfo } from './api/buildOpenApiDocument.js';
export { registerApiRoutes } from './api/registerApiRoutes.js';
export { authRoutes } from './api/routes/authRoutes.js';
export { toApiError, type ApiErrorResponse } from './api/toApiError.js';
export {
  HTTP_STATUS_BY_SERVICE_ERROR,
  SERVICE_ERROR_CODES,
  ServiceError,
  type ServiceErrorCode,
  type ServiceErrorOptions,
} from './service/ServiceError.js';
export type {
  AgentStateRequest,
  ContactCenterRuntime,
  StreamSubscription,
  SubscribeOptions,
} from './service/runtime/ContactCenterRuntime.js';
export type { RuntimeConfig, RuntimeConfigChange } from './service/runtime/RuntimeConfig.js';
export {
  createContactCenterRuntime,
  type ContactCenterRuntimeOptions,
} from './service/runtime/createContactCenterRuntime.js';
export {
  INTERACTION_KIND,
  INTERACTION_OUTCOMES,
  OFFER_RESULTS,
  type EndedBy,
  type InteractionOutcome,
  type InteractionRecord,
  type InteractionSegment,
  type OfferResult,
} from './service/runtime/InteractionRecord.js';
export { CONTACT_KIND, SESSION_KIND, type ContactDocument } from './service/runtime/runtimeDocuments.js';
export { SENSITIVE_MASK } from './service/runtime/contactViews.js';
export { TENANT_STREAM, agentStream } from './service/runtime/createTransaction.js';
export { RUNTIME_CONFIG_COLLECTIONS } from './service/runtime/configReactions.js';
export { OUTDIAL_RING_TIMEOUT_MS, type OutdialFailure } from './service/runtime/outdialCalls.js';
export { CONSULT_RING_TIMEOUT_MS, type ConsultEndReason } from './service/runtime/consultLifecycle.js';
export { TRANSFER_RING_TIMEOUT_MS } from './service/runtime/transferHandling.js';
export type { RecoveryReport } from './service/runtime/recoverRuntime.js';
export {
  startEventRetention,
  type EventRetention,
  type EventRetentionOptions,
} from './service/retention/startEventRetention.js';
export type { TenantRecovery } from './service/runtime/recoverTenant.js';
export {
  COLLECTION_NOUNS,
  CONFIG_COLLECTIONS,
  CONFIG_COLLECTION_NAMES,
  isConfigCollection,
  type ConfigCollection,
  type ConfigEntities,
  type ConfigEntity,
} from './service/config/collections.js';
export {
  CONFIG_CHANGED_EVENT,
  CONFIG_CHANGE_KINDS,
  CONFIG_EVENT_STREAM,
  type ChangedCollection,
  type ConfigChange,
  type ConfigChangeKind,
  type ConfigChangeListener,
  type ConfigChangedPayload,
} from './service/config/ConfigChange.js';
export type { BootstrapOptions, ConfigService } from './service/config/ConfigService.js';
export type { Versioned } from './service/config/Versioned.js';
export type { PasswordHasher } from './service/config/PasswordHasher.js';
export type { ChangeListenerErrorHandler } from './service/config/createChangeNotifier.js';
export { createConfigService, type ConfigServiceOptions } from './service/config/createConfigService.js';
export { toRuntimeConfig } from './service/config/toRuntimeConfig.js';
export { createAgentAccess, type AgentAccess, type AgentAccessOptions } from './api/access/createAgentAccess.js';
export { registerEventSocket, type EventSocketOptions } from './api/registerEventSocket.js';
export { agentRoutes } from './api/routes/agentRoutes.js';
export { configRoutes } from './api/routes/configRoutes.js';
export { simulatorRoutes } from './api/routes/simulatorRoutes.js';
export { supervisorRoutes } from './api/routes/supervisorRoutes.js';
export { interactionRoutes } from './api/routes/interactionRoutes.js';
export { tenantRoutes } from './api/routes/tenantRoutes.js';
export { createSupervisionScope, type SupervisionScope, type Visibility } from './api/access/createSupervisionScope.js';
export { createInteractionReader, type InteractionReader } from './service/interactions/createInteractionReader.js';
export {
  decodeInteractionCursor,
  encodeInteractionCursor,
  type InteractionCursor,
} from './service/interactions/InteractionCursor.js';
export { loadTokenSecret } from './server/loadTokenSecret.js';
export type { FirstAdmin } from './formatBanner.js';
