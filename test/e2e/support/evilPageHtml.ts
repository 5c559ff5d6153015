/**
 * The third origin's page: it frames the URL in its `?frame=` parameter (the shell, or the desktop
 * directly), records every message that reaches it, and posts whatever the test hands it to a
 * window it can reach, e.g. `[0]` (the framed page) or `[0, 0]` (the desktop inside the shell),
 * addressed to that window's exact origin: an attacker knows it, and a message that reaches the
 * page is what the test is about.
 */
export function evilPageHtml(): string {
  return `<!doctype html>
<html>
  <body>
    <script type="module">
      window.received = [];
      window.addEventListener('message', (event) => {
        window.received.push({ origin: event.origin, data: event.data });
      });
      const iframe = document.createElement('iframe');
      iframe.src = new URLSearchParams(location.search).get('frame');
      document.body.append(iframe);
      window.post = (path, messages, targetOrigin) => {
        let target = window;
        for (const index of path) target = target.frames[index];
        for (const message of messages) target.postMessage(message, targetOrigin);
        return messages.length;
      };
    </script>
  </body>
</html>`;
}

/** The third origin's page as the tests see it. */
export type EvilWindow = Window & {
  received: { origin: string; data: unknown }[];
  post(path: readonly number[], messages: readonly unknown[], targetOrigin: string): number;
};
