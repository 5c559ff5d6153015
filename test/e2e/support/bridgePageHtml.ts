import {
  DESKTOP_EVENT_EXAMPLES,
  DESKTOP_EXAMPLES,
  SHELL_EVENT_EXAMPLES,
  SHELL_EXAMPLES,
} from '../../../core-bridge/test/bridge/contract/support/contractExamples.js';

// The fixture pages of the bridge suites. Each page connects its side of the bridge with the real
// bundle, implements its methods with the contract examples' results, and puts `window.bridge`
// (the link) and `window.test` (see BridgeTestWindow.ts) up for the tests to drive.
//
// Query parameters, of the shell page:
// - `capabilities=a,b`: the shell methods it implements (default: all of them);
// - `desktopCapabilities=a,b`: passed on to the desktop page as its `capabilities`;
// - `explicit=no`: the desktop URL carries no `?shellOrigin=`, so the desktop finds the shell's
//   origin in `location.ancestorOrigins` alone.
// The desktop page takes `capabilities`, `shellOrigin` (connectShell's explicit origin source) and
// `hold` (load, but connect only when the test calls `window.connectNow()`).
// The shell is served as http://127.0.0.1:<port> and frames the desktop as http://localhost:<port>:
// the same server, two origins (Chromium maps localhost to 127.0.0.1, see startBridgeFixture).

/** JSON safe to put inside an inline `<script>`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The part both pages share: capabilities, an implementation that records its calls, the hooks. */
function hooksScript(methodResults: Readonly<Record<string, unknown>>, incomingEvents: readonly string[]): string {
  return `
    const query = new URLSearchParams(location.search);
    const RESULTS = ${scriptJson(methodResults)};
    const INCOMING_EVENTS = ${scriptJson(incomingEvents)};
    const capabilities = query.has('capabilities')
      ? query.get('capabilities').split(',').filter((name) => name !== '')
      : Object.keys(RESULTS);
    // Counters and last values only, never a log of every call: the leak suite makes 11,000 calls.
    const seen = { callCounts: {}, lastParams: {}, events: [], drops: {}, dropTotal: 0, health: [], errors: [] };
    const hanging = new Set();
    const failures = new Map();
    const started = new Map();
    const implementation = {};
    for (const name of capabilities) {
      implementation[name] = async (params) => {
        seen.callCounts[name] = (seen.callCounts[name] ?? 0) + 1;
        seen.lastParams[name] = params;
        if (hanging.has(name)) return new Promise(() => {});
        const failure = failures.get(name);
        if (failure) throw new BridgeError(failure);
        return RESULTS[name];
      };
    }
    const onDropped = (reason, origin) => {
      const key = reason + ' ' + origin;
      seen.drops[key] = (seen.drops[key] ?? 0) + 1;
      seen.dropTotal += 1;
    };
    const onError = (error, during) => {
      seen.errors.push(during + ': ' + String(error && error.message));
    };
    const settle = (promise) =>
      promise.then(
        (value) => ({ ok: true, value }),
        (error) => ({
          ok: false,
          name: String(error && error.name),
          code: error && error.code,
          field: error && error.field,
          details: error && error.details,
          message: String(error && error.message),
        }),
      );
    let link;
    const withOptions = (options) => (options === null ? undefined : options);
    window.test = {
      call: (method, params, options) => settle(link.call(method, params, withOptions(options))),
      start: (id, method, params, options) => {
        started.set(id, settle(link.call(method, params, withOptions(options))));
      },
      outcome: (id) => started.get(id),
      repeat: async (count, method, params) => {
        let succeeded = 0;
        for (let index = 0; index < count; index += 1) {
          await link.call(method, params);
          succeeded += 1;
        }
        return succeeded;
      },
      emit: (event, payload) => link.emit(event, payload),
      hang: (name) => hanging.add(name),
      fail: (name, failure) => failures.set(name, failure),
      snapshot: () => structuredClone({ capabilities, ...seen }),
      health: () => link.health(),
      remoteCapabilities: () => link.remoteCapabilities() ?? null,
    };
    const listen = (bridge) => {
      link = bridge;
      window.bridge = bridge;
      for (const name of INCOMING_EVENTS) bridge.on(name, (payload) => seen.events.push({ name, payload }));
      bridge.onHealthChange((health) => seen.health.push(health));
    };`;
}

/** The CRM shell page: frames the desktop from the other origin and connects to it. */
export function shellPageHtml(): string {
  const results = Object.fromEntries(Object.entries(SHELL_EXAMPLES).map(([name, { result }]) => [name, result]));
  return `<!doctype html>
<html>
  <body>
    <script type="module">
      import { BridgeError, connectDesktop } from '/bridge-shell.js';
      ${hooksScript(results, Object.keys(DESKTOP_EVENT_EXAMPLES))}
      const desktopOrigin = 'http://localhost:' + location.port;
      const desktopQuery = new URLSearchParams();
      if (query.get('explicit') !== 'no') desktopQuery.set('shellOrigin', location.origin);
      if (query.has('desktopCapabilities')) desktopQuery.set('capabilities', query.get('desktopCapabilities'));
      const iframe = document.createElement('iframe');
      iframe.id = 'desktop';
      iframe.src = desktopOrigin + '/desktop.html?' + desktopQuery;
      document.body.append(iframe);
      listen(
        connectDesktop({
          window,
          desktopWindow: () => iframe.contentWindow,
          desktopOrigin,
          implementation,
          onDropped,
          onError,
        }),
      );
    </script>
  </body>
</html>`;
}

/**
 * The embedded desktop page: allows only the shell's origin, and gives connectShell both the
 * `?shellOrigin=` parameter (when present) and `location.ancestorOrigins`, which must agree.
 */
export function desktopPageHtml(): string {
  const results = Object.fromEntries(Object.entries(DESKTOP_EXAMPLES).map(([name, { result }]) => [name, result]));
  return `<!doctype html>
<html>
  <body>
    <script type="module">
      import { BridgeError, connectShell } from '/bridge-desktop.js';
      ${hooksScript(results, Object.keys(SHELL_EVENT_EXAMPLES))}
      const shellOrigin = 'http://127.0.0.1:' + location.port;
      // ?hold: the page is up but connects only when the test says so (window.connectNow()).
      if (query.has('hold')) await new Promise((resolve) => (window.connectNow = resolve));
      try {
        listen(
          connectShell({
            window,
            shellWindow: () => window.parent,
            allowedOrigins: [shellOrigin],
            shellOriginSources: { explicit: query.get('shellOrigin'), ancestorOrigins: location.ancestorOrigins },
            implementation,
            onDropped,
            onError,
          }),
        );
      } catch (error) {
        window.connectError = { name: String(error.name), code: error.code, field: error.field };
      }
    </script>
  </body>
</html>`;
}
