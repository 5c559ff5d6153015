import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy on a loopback port in front of the core, which a test can cut: `cut()` destroys every
 * open connection and refuses new ones (accepted, then destroyed at once) until `restore()`, as
 * when a desktop's network drops.
 */
export async function createTcpProxy(targetPort: number) {
  const pairs = new Set<Socket>();
  let up = true;
  const server = createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    pairs.add(client);
    pairs.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(client);
      pairs.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');

  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    cut() {
      up = false;
      for (const socket of pairs) socket.destroy();
      pairs.clear();
    },
    restore() {
      up = true;
    },
    close: async () => {
      up = false;
      for (const socket of pairs) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
