import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ShellEventPayload, ShellMethodParams } from '@patchbay/core-bridge/shell';
import { ConnectorError } from '../ConnectorError.js';
import type { ConnectorContractOptions, ConnectorHarness } from './ConnectorHarness.js';

const ADA = { name: 'Ada Lovelace', phone: '+390212345678' } as const;
const INTERACTION_ID = 'i-contract-1';
const STARTED_AT = Date.UTC(2026, 0, 15, 9, 30);

function activity(overrides: Partial<ShellMethodParams<'saveActivity'>> = {}): ShellMethodParams<'saveActivity'> {
  return {
    idempotencyKey: `${INTERACTION_ID}:activity`,
    interactionId: INTERACTION_ID,
    subject: 'Inbound Call 2026-01-15 09:30',
    direction: 'inbound',
    startedAt: STARTED_AT,
    ...overrides,
  };
}

/**
 * The shared contract every connector runs against its CRM's emulator: the same screen pops,
 * activity writes (exactly once per idempotency key), record commands, click-to-dial and
 * navigation events, and refusals, seen through the {@link EmulatedCrm} view of the CRM.
 */
export function runConnectorContract(name: string, options: ConnectorContractOptions): void {
  describe(`${name} connector contract`, () => {
    let harness: ConnectorHarness;
    beforeEach(async () => {
      harness = await options.start();
    });
    afterEach(async () => {
      await harness.close();
    });

    describe('screen pop', () => {
      it('opens the one record that has the number', async () => {
        const ada = await harness.crm.addPerson(ADA);
        const result = await harness.connector.screenPop({
          interactionId: INTERACTION_ID,
          match: { phone: ADA.phone },
        });
        expect(result.outcome).toBe('opened');
        expect(result.records).toEqual([expect.objectContaining(ada)]);
        expect(await harness.crm.onScreen()).toEqual({ kind: 'record', record: ada });
      });

      it('reports every record when several have the number', async () => {
        const first = await harness.crm.addPerson(ADA);
        const second = await harness.crm.addPerson({ name: 'Augusta King', phone: ADA.phone });
        const result = await harness.connector.screenPop({
          interactionId: INTERACTION_ID,
          match: { phone: ADA.phone },
        });
        expect(result.outcome).toBe('multipleMatches');
        expect(result.records.map(({ objectType, id }) => ({ objectType, id }))).toEqual(
          expect.arrayContaining([first, second]),
        );
      });

      it('reports no match for an unknown number', async () => {
        await harness.crm.addPerson(ADA);
        const result = await harness.connector.screenPop({
          interactionId: INTERACTION_ID,
          match: { phone: '+390299999999' },
        });
        expect(result).toMatchObject({ outcome: 'noMatch', records: [] });
      });
    });

    describe('activities', () => {
      it('creates an activity once per idempotency key, then updates it', async () => {
        const ada = await harness.crm.addPerson(ADA);
        const created = await harness.connector.saveActivity(activity({ relatedTo: [ada] }));
        expect(created.created).toBe(true);
        const again = await harness.connector.saveActivity(activity({ relatedTo: [ada] }));
        expect(again).toEqual({ activityId: created.activityId, created: false });

        const updated = await harness.connector.saveActivity(
          activity({
            idempotencyKey: `${INTERACTION_ID}:activityUpdate`,
            activityId: created.activityId,
            endedAt: STARTED_AT + 95_000,
            durationSeconds: 95,
            disposition: 'Resolved',
            relatedTo: [ada],
          }),
        );
        expect(updated).toEqual({ activityId: created.activityId, created: false });
        expect(await harness.crm.activities()).toEqual([
          expect.objectContaining({
            id: created.activityId,
            interactionId: INTERACTION_ID,
            direction: 'inbound',
            durationSeconds: 95,
            disposition: 'Resolved',
            relatedTo: [ada],
          }),
        ]);
      });

      it('refuses to update an activity the CRM does not have, with a connector error', async () => {
        const missing = harness.connector.saveActivity(activity({ activityId: 'no-such-activity' }));
        await expect(missing).rejects.toBeInstanceOf(ConnectorError);
        expect(await harness.crm.activities()).toEqual([]);
      });
    });

    describe('records', () => {
      it('opens a record and creates one, opening it when asked', async () => {
        const ada = await harness.crm.addPerson(ADA);
        await harness.connector.openRecord({ record: ada });
        expect(await harness.crm.onScreen()).toEqual({ kind: 'record', record: ada });

        const { record } = await harness.connector.createRecord({
          objectType: options.person.objectType,
          fields: options.person.newFields,
          open: true,
        });
        expect(record.objectType).toBe(options.person.objectType);
        expect(await harness.crm.onScreen()).toEqual({
          kind: 'record',
          record: { objectType: record.objectType, id: record.id },
        });
      });

      it('finds people by number', async () => {
        const ada = await harness.crm.addPerson(ADA);
        const { records } = await harness.connector.searchRecords({ query: { phone: ADA.phone } });
        expect(records.map(({ objectType, id }) => ({ objectType, id }))).toEqual([ada]);
      });
    });

    describe('page events', () => {
      it('passes a clicked number on only while click-to-dial is enabled', async () => {
        const ada = await harness.crm.addPerson(ADA);
        const clicks: ShellEventPayload<'clickToDial'>[] = [];
        const stop = harness.connector.on('clickToDial', (payload) => clicks.push(payload));
        await harness.connector.setClickToDialEnabled({ enabled: true });
        await harness.crm.clickNumber(ADA.phone, ada);
        await waitFor(() => clicks.length === 1);
        expect(clicks[0]).toMatchObject({ number: ADA.phone, record: ada });

        await harness.connector.setClickToDialEnabled({ enabled: false });
        await harness.crm.clickNumber('+390211111111', ada);
        // Enabled again, a later click comes through: had the disabled one, it would be before it.
        await harness.connector.setClickToDialEnabled({ enabled: true });
        await harness.crm.clickNumber('+390222222222', ada);
        await waitFor(() => clicks.length >= 2);
        stop();
        expect(clicks.map((click) => click.number)).toEqual([ADA.phone, '+390222222222']);
      });

      it('reports the record the agent opens, in events and in the context', async () => {
        const ada = await harness.crm.addPerson(ADA);
        const pages: ShellEventPayload<'navigationChanged'>[] = [];
        const stop = harness.connector.on('navigationChanged', (payload) => pages.push(payload));
        await harness.crm.navigateTo(ada);
        await waitFor(() => pages.some((page) => page.record?.id === ada.id));
        stop();
        expect((await harness.connector.getCrmContext({})).record).toMatchObject(ada);
      });
    });

    describe('refusals', () => {
      it('refuses a panel size the CRM does not allow, naming the field', async () => {
        const refused = harness.connector.setPanel({ height: options.refusedPanelHeight });
        await expect(refused).rejects.toMatchObject({ name: 'ConnectorError', code: 'INVALID_INPUT', field: 'height' });
      });
    });
  });
}

/** Waits for a condition on what listeners recorded (events cross a frame, so they come later). */
async function waitFor(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 5));
}
