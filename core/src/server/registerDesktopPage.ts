import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where the built desktop is and who may embed it. */
export type DesktopPageOptions = {
  /** The desktop's browser bundles (`desktop/dist/browser`). */
  directory: string;
  /** CRM shell origins (exact or `https://*.domain`) allowed to frame the page and bridge to it. */
  shellOrigins: readonly string[];
};

/** The path agents open, or a CRM shell frames. */
export const DESKTOP_PAGE_PATH = '/desktop/';

const ASSETS_PREFIX = '/desktop/assets/';

/**
 * Serves the embedded desktop from the core's own origin, so the page's typed client talks to the
 * core without CORS and the WebSocket needs no other host: `/desktop/` is the page, its script and
 * source maps are under `/desktop/assets/`.
 *
 * The page's policy allows scripts from the core only, no plugins, no forms posting elsewhere, and
 * framing only by the core itself and the configured CRM shells (`frame-ancestors`), so another
 * site cannot frame the desktop to click its buttons.
 */
export async function registerDesktopPage(app: FastifyInstance, options: DesktopPageOptions): Promise<void> {
  await app.register(fastifyStatic, {
    root: options.directory,
    prefix: ASSETS_PREFIX,
    decorateReply: false,
    index: false,
    list: false,
    // Bundles are rebuilt in place; a stale cached one would talk an older contract.
    cacheControl: true,
    maxAge: 0,
  });
  const html = desktopPageHtml(options.shellOrigins);
  const policy = contentSecurityPolicy(options.shellOrigins);
  // A bare `/desktop` resolves relative URLs one level up: send it to the canonical path, query kept.
  app.get('/desktop', (request, reply) => {
    const query = request.url.slice('/desktop'.length);
    return reply.redirect(`${DESKTOP_PAGE_PATH}${query}`, 308);
  });
  app.get(DESKTOP_PAGE_PATH, (_request, reply) =>
    reply
      .header('content-security-policy', policy)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html),
  );
}

function contentSecurityPolicy(shellOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // lit adopts constructed style sheets; the page's few inline rules size the element.
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...shellOrigins].join(' ')}`,
  ].join('; ');
}

function desktopPageHtml(shellOrigins: readonly string[]): string {
  // `<` escaped, so no value can close the script element it sits in.
  const config = JSON.stringify({ shellOrigins }).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Patchbay</title>
    <style>
      html, body { margin: 0; height: 100%; }
      patchbay-desktop { display: block; height: 100%; }
    </style>
    <script id="patchbay-config" type="application/json">${config}</script>
    <script type="module" src="${ASSETS_PREFIX}patchbay-desktop-page.js"></script>
  </head>
  <body>
    <patchbay-desktop></patchbay-desktop>
  </body>
</html>
`;
}
