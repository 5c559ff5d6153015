/**
 * The Open CTI postMessage protocol, one module for both sides: the softphone's library
 * (`../library/`) and the emulated Lightning page (`../host/`). Shapes follow the unminified
 * opencti.js (API 43) described in the host API reference §1.2.
 */

export const OPEN_CTI_API_TYPE = 'opencti';

/** Every Lightning method of `sforce.opencti`, as its name travels in `methodName`. */
export const OPEN_CTI_METHODS = [
  'screenPop',
  'searchAndScreenPop',
  'onClickToDial',
  'enableClickToDial',
  'disableClickToDial',
  'saveLog',
  'getAppViewInfo',
  'onNavigationChange',
  'setSoftphonePanelVisibility',
  'isSoftphonePanelVisible',
  'setSoftphonePanelHeight',
  'setSoftphonePanelWidth',
  'setSoftphoneItemIcon',
  'setSoftphonePanelIcon',
  'setSoftphoneItemLabel',
  'setSoftphonePanelLabel',
  'getCallCenterSettings',
  'getSoftphoneLayout',
  'runApex',
  'refreshView',
  'notifyInitializationComplete',
] as const;
export type OpenCtiMethod = (typeof OPEN_CTI_METHODS)[number];

/** The methods whose message registers a listener instead of asking for an answer. */
export const OPEN_CTI_LISTENER_METHODS = ['onClickToDial', 'onNavigationChange'] as const;
export type OpenCtiListenerMethod = (typeof OPEN_CTI_LISTENER_METHODS)[number];

/** Softphone iframe → Lightning page. */
export type OpenCtiRequest = {
  readonly methodName: OpenCtiMethod;
  readonly callId: number;
  readonly apiVersion: number;
  readonly apiType: typeof OPEN_CTI_API_TYPE;
  readonly isCallbackRegistered: boolean;
  readonly isListenerRegistered: boolean;
  readonly args: Readonly<Record<string, unknown>>;
};

/** What every callback and listener receives. `errors` holds strings on failure [I: texts]. */
export type OpenCtiResponse = {
  readonly success: boolean;
  readonly returnValue: unknown;
  readonly errors: readonly string[] | null;
};

/**
 * Lightning page → softphone iframe: an answer to a call (same methodName and callId), or a
 * listener push, whose `response` is the event payload itself [I: §1.2].
 */
export type OpenCtiAnswer = {
  readonly apiVersion: number;
  readonly apiType: typeof OPEN_CTI_API_TYPE;
  readonly methodName: string;
  readonly callId: number | undefined;
  readonly response: unknown;
};

/** The least a message event must offer: both sides get their window injected. */
export type MessageEventLike = {
  readonly data: unknown;
  readonly origin: string;
  readonly source: unknown;
};

/** A window that receives messages (`message` events only). */
export type MessageReceiverLike = {
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
};

/** A window that can be posted to; the target origin is never '*' in this emulator. */
export type PostTargetLike = {
  postMessage(message: unknown, targetOrigin: string): void;
};

export function isOpenCtiMethod(name: unknown): name is OpenCtiMethod {
  return typeof name === 'string' && (OPEN_CTI_METHODS as readonly string[]).includes(name);
}

export function isListenerMethod(name: OpenCtiMethod): name is OpenCtiListenerMethod {
  return (OPEN_CTI_LISTENER_METHODS as readonly string[]).includes(name);
}
