import type { CoreEvent } from '@patchbay/core/contract';
import WebSocket from 'ws';
import { createCoreClient, type CoreClient } from '../../../../core-bridge/src/client/index.js';
import {
  ADMIN_PASSWORD,
  AGENT_PASSWORD,
  ENTRY_NUMBER,
  startTestCore,
  type TestCore,
} from '../../../../core-bridge/test/client/support/startTestCore.js';
import { DEFAULT_ACTIVITY_ID_VARIABLE } from '../../../src/policy/widgetPolicySchema.js';
import type { WidgetCoreClient } from '../../../src/widget/createHeadlessWidget.js';

/**
 * A real core whose entry point also declares the CAD variable that carries the CRM activity id
 * (empty, agent-editable), as a tenant using the widget configures it.
 */
export async function startWidgetCore(): Promise<TestCore> {
  const core = await startTestCore();
  const token = (await (
    await fetch(`${core.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', tenant: 'default', username: 'admin', password: ADMIN_PASSWORD }),
    })
  ).json()) as { access_token: string };
  const response = await fetch(`${core.baseUrl}/api/v1/config/entryPoints/main`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Main line',
      numbers: [ENTRY_NUMBER],
      flow: {
        type: 'queue',
        queueId: 'q-support',
        variables: {
          tier: { value: 'gold', agentEditable: true },
          [DEFAULT_ACTIVITY_ID_VARIABLE]: { value: '', agentEditable: true },
        },
      },
    }),
  });
  if (!response.ok) throw new Error(`entry point update answered ${response.status}: ${await response.text()}`);
  return core;
}

/** Agent `ada` signed in on a real client, station logged in, events connected. */
export async function signInAda(core: TestCore): Promise<CoreClient> {
  const client = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
  await client.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
  await client.stationLogin('1001');
  return client;
}

/**
 * The client as the widget sees it, with every core event it delivered kept, so a test can deliver
 * them again (a replay after a reconnect, a duplicate frame) behind the client's own dedup.
 */
export function replayable(client: CoreClient): WidgetCoreClient & { replay(): void } {
  const delivered: CoreEvent[] = [];
  const handlers: ((event: CoreEvent) => void)[] = [];
  client.events.onAny((event) => delivered.push(event));
  return {
    outdial: (request) => client.outdial(request),
    setState: (request) => client.setState(request),
    updateCallData: (interactionId, values) => client.updateCallData(interactionId, values),
    listWrapUpCodes: () => client.listWrapUpCodes(),
    listQueues: () => client.listQueues(),
    getSession: () => client.getSession(),
    events: {
      onAny: (handler) => {
        handlers.push(handler);
        return client.events.onAny(handler);
      },
    },
    replay() {
      for (const event of [...delivered]) for (const handler of handlers) handler(event);
    },
  };
}
