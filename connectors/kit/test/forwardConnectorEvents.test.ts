import { describe, expect, it } from '@jest/globals';
import { forwardConnectorEvents } from '@patchbay/connector-kit';
import { createMemoryCrm } from '@patchbay/connector-kit/testing';

describe('forwardConnectorEvents', () => {
  it('passes the CRM page events on to the desktop until stopped', async () => {
    const { connector, crm } = createMemoryCrm();
    const emitted: { event: string; payload: unknown }[] = [];
    const stop = forwardConnectorEvents(connector, { emit: (event, payload) => emitted.push({ event, payload }) });
    const ada = await crm.addPerson({ name: 'Ada', phone: '+390212345678' });
    await connector.setClickToDialEnabled({ enabled: true });
    await crm.navigateTo(ada);
    await crm.clickNumber('+390212345678', ada);
    await Promise.resolve();
    expect(emitted).toEqual([
      { event: 'navigationChanged', payload: { record: ada } },
      { event: 'clickToDial', payload: { number: '+390212345678', record: ada } },
    ]);

    stop();
    await crm.navigateTo(ada);
    await Promise.resolve();
    expect(emitted).toHaveLength(2);
  });
});
