import { CALL_TYPE, SCREENPOP_TYPE } from '../protocol/openCtiEnums.js';
import {
  OPEN_CTI_API_TYPE,
  OPEN_CTI_METHODS,
  isListenerMethod,
  type MessageEventLike,
  type MessageReceiverLike,
  type OpenCtiMethod,
  type OpenCtiRequest,
  type PostTargetLike,
} from '../protocol/openCtiWire.js';
import { checkOpenCtiArguments } from './checkOpenCtiArguments.js';
import { initializeOpenCti, type LaunchLocationLike, type OpenCtiLaunch } from './initializeOpenCti.js';
import { OPEN_CTI_API_VERSION } from './openCtiApiVersion.js';
import { wireArgsOf } from './wireArgsOf.js';

type Handler = (response: unknown) => void;

/** `window.sforce.opencti`: the enums, initialize, and one function per Lightning method. */
export type OpenCtiLibrary = {
  readonly SCREENPOP_TYPE: typeof SCREENPOP_TYPE;
  readonly CALL_TYPE: typeof CALL_TYPE;
  /** Reads the launch parameters and starts listening; throws INITIALIZE_FAILURE (a string). */
  initialize(): void;
} & { readonly [M in OpenCtiMethod]: (...args: unknown[]) => void };

/** The softphone iframe's window, as far as the library uses it. */
export type OpenCtiLibraryWindow = MessageReceiverLike & {
  readonly location: LaunchLocationLike;
  readonly parent: PostTargetLike;
  sforce?: { opencti?: OpenCtiLibrary };
};

/**
 * Our own opencti_min.js: installs `window.sforce.opencti` and initializes it, as the real script
 * does on load. Like the real script the object is in place before initialize() runs, so a page
 * loaded with bad URL parameters still finds `sforce.opencti` after the thrown string.
 */
export function installOpenCtiLibrary(win: OpenCtiLibraryWindow): OpenCtiLibrary {
  let launch: OpenCtiLaunch | undefined;
  let nextCallId = 0;
  const callbacks = new Map<string, Handler>();
  const listeners = new Map<string, Handler[]>();

  const onMessage = (event: MessageEventLike): void => {
    if (launch === undefined || event.origin !== launch.sfdcIframeOrigin) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    if (message['apiVersion'] !== OPEN_CTI_API_VERSION || message['apiType'] !== OPEN_CTI_API_TYPE) return;
    const methodName = String(message['methodName']);
    const key = `${methodName}_${String(message['callId'])}`;
    const callback = callbacks.get(key);
    if (callback !== undefined) {
      callbacks.delete(key);
      callback(message['response']);
    }
    // Listeners hear every message of their method, whatever its callId (§1.2).
    for (const listener of listeners.get(methodName) ?? []) listener(message['response']);
  };

  const call = (methodName: OpenCtiMethod, args: readonly unknown[]): void => {
    const options = checkOpenCtiArguments(methodName, args);
    if (launch === undefined) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the real library's failure is a string
      throw 'Open CTI is not initialized';
    }
    const callId = nextCallId;
    nextCallId += 1;
    const listener = options['listener'];
    const callback = options['callback'];
    const listening = isListenerMethod(methodName) && typeof listener === 'function';
    if (listening) listeners.set(methodName, [...(listeners.get(methodName) ?? []), listener as Handler]);
    const hasCallback = !listening && typeof callback === 'function';
    if (hasCallback) callbacks.set(`${methodName}_${callId}`, callback as Handler);
    const request: OpenCtiRequest = {
      methodName,
      callId,
      apiVersion: OPEN_CTI_API_VERSION,
      apiType: OPEN_CTI_API_TYPE,
      isCallbackRegistered: hasCallback,
      isListenerRegistered: listening,
      args: wireArgsOf(methodName, options),
    };
    win.parent.postMessage(request, launch.sfdcIframeOrigin);
  };

  const methods = Object.fromEntries(
    OPEN_CTI_METHODS.map((methodName) => [methodName, (...args: unknown[]) => call(methodName, args)]),
  ) as { [M in OpenCtiMethod]: (...args: unknown[]) => void };
  const library: OpenCtiLibrary = {
    SCREENPOP_TYPE,
    CALL_TYPE,
    ...methods,
    initialize() {
      launch = initializeOpenCti(win.location);
      win.removeEventListener('message', onMessage);
      win.addEventListener('message', onMessage);
    },
  };
  win.sforce = { ...win.sforce, opencti: library };
  library.initialize();
  return library;
}
