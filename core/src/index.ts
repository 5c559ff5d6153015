export { CONFIG_ERROR_CODES, ConfigError, type ConfigErrorCode } from './config/ConfigError.js';
export { LOG_LEVELS, loadCoreConfig, type CoreConfig, type LogLevel } from './config/loadCoreConfig.js';
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
