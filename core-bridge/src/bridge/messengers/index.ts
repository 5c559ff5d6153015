export {
  createMemoryMessengerPair,
  type MemoryMessengerPair,
  type MemoryMessengerPairOptions,
  type ScheduleDelivery,
} from './createMemoryMessengerPair.js';
export {
  createWindowMessenger,
  type DropReason,
  type WindowMessenger,
  type WindowMessengerOptions,
} from './createWindowMessenger.js';
export { resolveParentOrigin, type ParentOriginSource, type ParentOriginSources } from './resolveParentOrigin.js';
