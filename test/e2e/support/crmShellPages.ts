import { readBrowserBundle, type FixtureFile } from '@patchbay/test';

/** A CRM command as the test shell received it. */
export type ReceivedCrmCall = { readonly method: string; readonly params: Record<string, unknown> };

/**
 * A CRM shell page (`/shell.html?core=<origin>`) around the desktop the core serves: the real
 * shell-side bridge bundle, and a CRM that records every command it receives (`window.crmCalls`)
 * and answers as a CRM with no matching record would. Activities get ids from their idempotency
 * keys, so a second create with one key would show as a second call, never as a second id.
 * `window.crmClickToDial(number)` is the agent clicking a phone number in this CRM page.
 */
export function crmShellPages(): Record<string, FixtureFile> {
  const script = `
import { connectDesktop } from '/patchbay-bridge-shell.js';

const desktopOrigin = new URL(location.href).searchParams.get('core');
const frame = document.createElement('iframe');
frame.title = 'Patchbay';
frame.style.width = '360px';
frame.style.height = '560px';
frame.src = desktopOrigin + '/desktop/?shellOrigin=' + encodeURIComponent(location.origin);
document.body.append(frame);

window.crmCalls = [];
const record = (method, answer) => (params) => {
  window.crmCalls.push({ method, params });
  return Promise.resolve(answer(params));
};
const link = connectDesktop({
  window,
  desktopWindow: () => frame.contentWindow,
  desktopOrigin,
  implementation: {
    screenPop: record('screenPop', () => ({ outcome: 'noMatch', records: [] })),
    saveActivity: record('saveActivity', (params) => ({
      activityId: params.activityId ?? 'task-' + params.idempotencyKey.replaceAll(':', '-'),
      created: params.activityId === undefined,
    })),
    setClickToDialEnabled: record('setClickToDialEnabled', () => ({})),
  },
});
window.crmClickToDial = (number) => link.emit('clickToDial', { number });
`;
  return {
    '/shell.html': {
      contentType: 'text/html',
      body: '<!doctype html>\n<html>\n  <body>\n    <script type="module" src="/shell.js"></script>\n  </body>\n</html>\n',
    },
    '/shell.js': { contentType: 'text/javascript', body: script },
    '/patchbay-bridge-shell.js': readBrowserBundle('core-bridge', 'patchbay-bridge-shell'),
  };
}
