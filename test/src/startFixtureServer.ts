import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file a fixture server answers with. */
export type FixtureFile = { contentType: string; body: string | Buffer };

export type FixtureServer = {
  /** e.g. `http://127.0.0.1:43117` */
  readonly origin: string;
  close(): Promise<void>;
};

/**
 * Serves fixed files on 127.0.0.1 and an ephemeral port, for pages the browser tests open.
 * Unknown paths answer 404, and only GET is served, so a test that asks for something it did not
 * declare fails instead of passing by accident.
 */
export async function startFixtureServer(files: Readonly<Record<string, FixtureFile>>): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const file = request.method === 'GET' ? files[path] : undefined;
    if (!file) {
      response.writeHead(request.method === 'GET' ? 404 : 405).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
