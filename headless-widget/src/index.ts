export {
  acquireTabLeadership,
  type LeaderLocks,
  type TabLeadership,
  type TabLeadershipOptions,
} from './acquireTabLeadership.js';
export type { CoreCommand, CrmCommand, WidgetCommand } from './commands/WidgetCommand.js';
export { parseWidgetPolicy } from './policy/parseWidgetPolicy.js';
export {
  WIDGET_POLICY_ERROR_CODES,
  WidgetPolicyError,
  type WidgetPolicyErrorCode,
  type WidgetPolicyIssue,
} from './policy/WidgetPolicyError.js';
export {
  ACTIVITY_MOMENTS,
  DEFAULT_ACTIVITY_ID_VARIABLE,
  MULTIPLE_MATCH_MODES,
  PRESENCE_SYNC_DIRECTIONS,
  SCREEN_POP_MOMENTS,
  SUBJECT_TEMPLATE_PLACEHOLDERS,
  URL_TEMPLATE_PLACEHOLDERS,
  widgetPolicySchema,
  type FieldMapping,
  type FieldSource,
  type PresenceMapping,
  type WidgetPolicy,
} from './policy/widgetPolicySchema.js';
export { planWidgetCommands } from './planner/planWidgetCommands.js';
export {
  INITIAL_WIDGET_PLANNER_STATE,
  type InteractionPlan,
  type WidgetPlan,
  type WidgetPlannerState,
} from './planner/WidgetPlannerState.js';
export type { WidgetPlannerContext } from './planner/WidgetPlannerContext.js';
export type {
  ActivitySavedEvent,
  CoreWidgetEvent,
  CrmRecordRef,
  RecordCreatedEvent,
  RecordPickedEvent,
  ScreenPopResultEvent,
  ShellWidgetEvent,
  WidgetPlannerEvent,
} from './planner/WidgetPlannerEvent.js';
export { normalizePhoneNumber, type PhoneNormalization } from './planner/normalizePhoneNumber.js';
export { renderUrlTemplate, type UrlTemplateValues } from './planner/renderUrlTemplate.js';
export { formatDateTime } from './planner/formatDateTime.js';
export type { Outbox, OutboxOptions } from './outbox/Outbox.js';
export { DEFAULT_OUTBOX_RETENTION_MS } from './outbox/Outbox.js';
export {
  OUTBOX_STATUSES,
  type DurableCrmCommand,
  type OutboxEntry,
  type OutboxEntryError,
  type OutboxStatus,
} from './outbox/OutboxEntry.js';
export {
  OUTBOX_ERROR_CODES,
  OutboxError,
  type OutboxErrorCode,
  type OutboxErrorOptions,
} from './outbox/OutboxError.js';
export { createMemoryOutbox } from './outbox/createMemoryOutbox.js';
export { createIndexedDbOutbox, type IndexedDbOutboxOptions } from './outbox/createIndexedDbOutbox.js';
export {
  createCommandExecutor,
  type CommandExecutor,
  type CommandExecutorOptions,
} from './executor/createCommandExecutor.js';
export type { ExecutorFeedback } from './executor/ExecutorFeedback.js';
export type { RetryPolicy } from './executor/RetryPolicy.js';
export {
  EXECUTOR_ERROR_CODES,
  ExecutorError,
  type ExecutorErrorCode,
  type ExecutorErrorOptions,
} from './executor/ExecutorError.js';
export {
  createHeadlessWidget,
  DEFAULT_WIDGET_RETRY,
  type HeadlessWidget,
  type HeadlessWidgetOptions,
  type WidgetCoreClient,
} from './widget/createHeadlessWidget.js';
export {
  HEADLESS_WIDGET_ERROR_CODES,
  HeadlessWidgetError,
  type HeadlessWidgetErrorCode,
  type HeadlessWidgetErrorOptions,
} from './widget/HeadlessWidgetError.js';
export {
  joinLeadershipElection,
  type LeadershipChannel,
  type LeadershipElection,
  type LeadershipElectionOptions,
  type WidgetLeadershipOptions,
} from './widget/joinLeadershipElection.js';
export { runCoreCommand, type CoreCommandClient } from './widget/runCoreCommand.js';
export {
  readHeadlessConfig,
  type HeadlessAttributes,
  type HeadlessConfig,
  type HeadlessProperties,
} from './widget/readHeadlessConfig.js';
export {
  browserHost,
  defineHeadlessElement,
  HEADLESS_ELEMENT_TAG,
  headlessElementClass,
  type HeadlessElementEventDetail,
  type HeadlessElementHost,
  type HeadlessElementRegistry,
  type PatchbayHeadlessElement,
} from './widget/PatchbayHeadlessElement.js';
