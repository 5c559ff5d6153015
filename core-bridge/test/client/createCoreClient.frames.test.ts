import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import { createCoreClient } from '../../src/client/index.js';
import { createEventRecorder } from './support/createEventRecorder.js';

// A server that breaks the socket protocol cannot be had from the real core, so this one case uses
// a small fake: a token endpoint and an event socket that answers auth and subscribe properly, then
// sends frames outside the contract between valid events.

const stateChanged = (seq: number) => ({
  type: 'event',
  event: {
    stream: 'agent:ada',
    seq,
    time: 1_700_000_000_000 + seq,
    event: { type: 'agent.stateChanged', agentId: 'ada', state: { name: 'Available', since: 1_700_000_000_000 } },
  },
});

/** What the fake sends after `subscribed`, in order; strings as text frames, buffers as binary. */
const AFTER_SUBSCRIBE: (string | Buffer)[] = [
  'not json {',
  Buffer.from([1, 2, 3]),
  JSON.stringify({ type: 'hello' }),
  JSON.stringify({ ...stateChanged(1), event: { ...stateChanged(1).event, event: { type: 'contact.exploded' } } }),
  JSON.stringify(stateChanged(1)),
  JSON.stringify({ type: 'ready', tenantId: 'default', userId: 'ada', expiresAt: 1, extra: true }),
  JSON.stringify(stateChanged(1)),
  JSON.stringify(stateChanged(2)),
  // Seqs 3 and 4 never come, and no gap frame says so.
  JSON.stringify(stateChanged(5)),
];

let server: Server;
let baseUrl: string;
const connections: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({
        access_token: 'fake-access-token',
        token_type: 'Bearer',
        expires_in: 900,
        refresh_token: 'fake-refresh-token',
        scope: 'config:read agent:self',
        tenant_id: 'default',
        user_id: 'ada',
      }),
    );
  });
  const sockets = new WebSocketServer({ server, path: '/api/v1/events' });
  sockets.on('connection', (socket) => {
    connections.push(connections.length + 1);
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { type: string; stream?: string };
      if (frame.type === 'auth') {
        socket.send(
          JSON.stringify({ type: 'ready', tenantId: 'default', userId: 'ada', expiresAt: Date.now() + 900_000 }),
        );
      } else if (frame.type === 'subscribe') {
        socket.send(JSON.stringify({ type: 'subscribed', stream: 'agent:ada', requested: frame.stream, lastSeq: 0 }));
        for (const raw of AFTER_SUBSCRIBE) socket.send(raw);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  baseUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('frames outside the contract', () => {
  it('are reported through onError and skipped, never thrown, and the connection carries on', async () => {
    const client = createCoreClient({ baseUrl, WebSocket });
    await client.auth.signIn({ tenant: 'default', username: 'ada', password: 'irrelevant here' });
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.until(() => recorder.events.length === 3);

    expect(recorder.seqs()).toEqual([1, 2, 5]);
    expect(recorder.gaps).toEqual([{ stream: 'agent:ada', bounds: { firstSeq: 3, lastSeq: 4 } }]);
    expect(recorder.errors.map((error) => error.code)).toEqual(Array(6).fill('PROTOCOL_ERROR'));
    expect(recorder.errors.map((error) => error.message)).toEqual([
      expect.stringContaining('not JSON'),
      expect.stringContaining('binary'),
      expect.stringContaining('(type)'),
      expect.stringContaining('event.event.type'),
      expect.stringContaining('extra'),
      expect.stringContaining('jumped from seq 2 to 5'),
    ]);
    expect(client.events.state).toBe('open');
    expect(connections).toHaveLength(1);
    client.events.disconnect();
    expect(recorder.states).toEqual(['connecting', 'open', 'closed']);
  });
});
