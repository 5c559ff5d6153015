import type { OpenCtiMethod } from '../protocol/openCtiWire.js';

/** The synchronous errors opencti.js throws, word for word (§1.2). */
export const OPEN_CTI_ARGUMENT_ERRORS = {
  ONE_OBJECT: 'Must pass in only one object which holds arguments to this API method call.',
  CALLBACK: 'Missing the required argument `callback`!',
  LISTENER: 'Missing the required argument `listener`!',
  VALUE_OBJECT: 'Missing the required argument `value object`!',
} as const;

const ZERO_ARGUMENT_METHODS: ReadonlySet<OpenCtiMethod> = new Set([
  'refreshView',
  'enableClickToDial',
  'disableClickToDial',
]);
const CALLBACK_METHODS: ReadonlySet<OpenCtiMethod> = new Set([
  'isSoftphonePanelVisible',
  'getAppViewInfo',
  'getCallCenterSettings',
  'getSoftphoneLayout',
]);
const LISTENER_METHODS: ReadonlySet<OpenCtiMethod> = new Set(['onClickToDial', 'onNavigationChange']);

/**
 * Applies the library's argument checks and returns the single argument object (empty when a
 * method may be called without one). Throws an Error with the library's exact message.
 */
export function checkOpenCtiArguments(methodName: OpenCtiMethod, args: readonly unknown[]): Record<string, unknown> {
  // notifyInitializationComplete is not validated by the real library at all.
  if (methodName === 'notifyInitializationComplete') return isObject(args[0]) ? args[0] : {};
  if (args.length === 0 && ZERO_ARGUMENT_METHODS.has(methodName)) return {};
  const [only] = args;
  if (args.length !== 1 || !isObject(only) || Object.keys(only).length === 0) {
    throw new Error(OPEN_CTI_ARGUMENT_ERRORS.ONE_OBJECT);
  }
  if (CALLBACK_METHODS.has(methodName) && typeof only['callback'] !== 'function') {
    throw new Error(OPEN_CTI_ARGUMENT_ERRORS.CALLBACK);
  }
  if (LISTENER_METHODS.has(methodName) && typeof only['listener'] !== 'function') {
    throw new Error(OPEN_CTI_ARGUMENT_ERRORS.LISTENER);
  }
  if (methodName === 'saveLog' && !isObject(only['value'])) throw new Error(OPEN_CTI_ARGUMENT_ERRORS.VALUE_OBJECT);
  return only;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
