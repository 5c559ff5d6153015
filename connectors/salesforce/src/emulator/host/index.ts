export {
  createOpenCtiHost,
  type ClickToDialPayload,
  type OpenCtiHost,
  type OpenCtiHostOptions,
} from './createOpenCtiHost.js';
export type { RunApexHandler } from './createMethodHandlers.js';
export type { AppViewInfo, FlowArgument, HostPage } from './HostPage.js';
export type { OpenCtiHostState, ScreenPopEntry, SoftphonePanelState } from './OpenCtiHostState.js';
export { PANEL_HEIGHT_RANGE, PANEL_WIDTH_RANGE } from './panelLimits.js';
export type { IgnoredMessage, IgnoredReason } from './parseOpenCtiRequest.js';
export type {
  SoftphoneLayout,
  SoftphoneLayoutCallType,
  SoftphoneLayoutSection,
  SoftphoneScreenPopSetting,
} from './SoftphoneLayout.js';
