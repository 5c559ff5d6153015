export { runHostOriginContract, type HostOriginCases } from './runHostOriginContract.js';
export { runConnectorContract } from './runConnectorContract.js';
export type {
  ConnectorContractOptions,
  ConnectorHarness,
  EmulatedCrm,
  LoggedActivity,
  OnScreen,
  RecordRef,
} from './ConnectorHarness.js';
export { createMemoryCrm } from './createMemoryCrm.js';
