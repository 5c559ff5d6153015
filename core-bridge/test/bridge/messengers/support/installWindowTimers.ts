/**
 * penpal 7 arms a call's `CallOptions` timeout with `window.setTimeout`, which Node lacks. This
 * gives the test file a `window` holding only the host timers, and takes it away again; jest
 * runs each test file in its own global scope, so nothing leaks into other files.
 */
export function installWindowTimers(): () => void {
  if ('window' in globalThis) return () => undefined;
  Object.defineProperty(globalThis, 'window', {
    configurable: true,
    value: {
      setTimeout: globalThis.setTimeout.bind(globalThis),
      clearTimeout: globalThis.clearTimeout.bind(globalThis),
    },
  });
  return () => {
    Reflect.deleteProperty(globalThis, 'window');
  };
}
