import { describe, expect, it } from '@jest/globals';
import type { WidgetCommand } from '../../src/commands/WidgetCommand.js';
import {
  AGENT,
  CONNECTED_AT,
  OTHER_AGENT,
  allCommands,
  assigned,
  buildContact,
  cad,
  core,
  ended,
  offered,
  policyOf,
  run,
  wrappedUp,
} from './plannerFixtures.js';

const contact = buildContact();
const popped = {
  kind: 'screenPopResult',
  interactionId: 'i-42',
  outcome: 'opened',
  records: [{ objectType: 'contact', id: '003A', label: 'Ada' }],
} as const;
const saved = { kind: 'activitySaved', interactionId: 'i-42', activityId: '00T1' } as const;
const QUIET_POP = { when: 'never' } as const;

const created: WidgetCommand = {
  target: 'crm',
  method: 'saveActivity',
  params: {
    idempotencyKey: 'i-42:activity',
    interactionId: 'i-42',
    subject: 'Inbound Call 2024-03-05 14:07',
    direction: 'inbound',
    startedAt: CONNECTED_AT,
    relatedTo: [{ objectType: 'contact', id: '003A' }],
  },
  durable: { key: 'i-42:activity' },
};

describe('planWidgetCommands: activity', () => {
  it('logs the call at connected, shares its id, completes it at wrap-up', () => {
    const { commands } = run(
      [offered(contact), popped, assigned(contact), saved, ended(contact), wrappedUp(contact)],
      policyOf(),
    );
    expect(commands.slice(2)).toEqual([
      [created],
      [{ target: 'core', command: 'updateCallData', interactionId: 'i-42', variables: { patchbayActivityId: '00T1' } }],
      [],
      [
        {
          target: 'crm',
          method: 'saveActivity',
          params: {
            idempotencyKey: 'i-42:activityUpdate',
            interactionId: 'i-42',
            subject: 'Inbound Call 2024-03-05 14:07',
            direction: 'inbound',
            startedAt: CONNECTED_AT,
            endedAt: CONNECTED_AT + 125_400,
            durationSeconds: 125,
            relatedTo: [{ objectType: 'contact', id: '003A' }],
            disposition: 'Sale made',
            activityId: '00T1',
          },
          durable: { key: 'i-42:activityUpdate' },
        },
      ],
    ]);
  });

  it('lets the executor fill the activity id when the update is planned before the save came back', () => {
    const [update] =
      run([assigned(contact), wrappedUp(contact, 'unlabelled')], policyOf({ screenPop: QUIET_POP })).commands[1] ?? [];
    expect(update).toMatchObject({ activityFrom: 'i-42:activity', params: { disposition: 'unlabelled' } });
    expect(update !== undefined && 'params' in update && 'activityId' in update.params).toBe(false);
  });

  it('logs at the end when asked, with the duration, and does not update when told not to', () => {
    const policy = policyOf({ screenPop: QUIET_POP, activity: { create: 'ended', updateAtWrapUp: false } });
    const { commands } = run([assigned(contact), ended(contact), saved, wrappedUp(contact)], policy);
    expect(commands[0]).toEqual([]);
    expect(commands[1]).toEqual([
      expect.objectContaining({
        durable: { key: 'i-42:activity' },
        params: expect.objectContaining({ endedAt: CONNECTED_AT + 125_400, durationSeconds: 125 }),
      }),
    ]);
    // The call has ended: nobody will take it over, so no CAD write.
    expect(commands.slice(2)).toEqual([[], []]);
  });

  it('writes the mapped fields into the activity, from the CAD as it is at each step', () => {
    const fieldMappings = [
      { from: 'cad.orderId', field: 'Order__c' },
      { from: 'dnis', field: 'Line__c' },
      { from: 'cad.absent', field: 'Never__c' },
      { from: 'cad.pin', field: 'Pin__c' },
    ];
    const atStart = buildContact({
      callAssociatedData: { orderId: cad('A-1'), pin: cad('1234', { sensitive: true }) },
    });
    const atEnd = buildContact({ callAssociatedData: { orderId: cad('A-2') } });
    const { commands } = run(
      [assigned(atStart), saved, ended(atEnd), wrappedUp(atEnd)],
      policyOf({ screenPop: QUIET_POP, activity: { fieldMappings } }),
    );
    const fieldsOf = (step: readonly WidgetCommand[] | undefined) =>
      step?.flatMap((command) =>
        'method' in command && command.method === 'saveActivity' ? [command.params.fields] : [],
      );
    expect(fieldsOf(commands[0])).toEqual([{ Order__c: 'A-1', Line__c: '+390287654321' }]);
    expect(fieldsOf(commands[3])).toEqual([{ Order__c: 'A-2', Line__c: '+390287654321' }]);
  });

  it('logs nothing when the policy says never', () => {
    expect(
      allCommands(
        [assigned(contact), saved, ended(contact), wrappedUp(contact)],
        policyOf({ screenPop: QUIET_POP, activity: { create: 'never' } }),
      ),
    ).toEqual([]);
  });

  it('renders the subject from the template, format and time zone', () => {
    const policy = policyOf({
      screenPop: QUIET_POP,
      activity: {
        subjectTemplate: '{direction} {ani} to {dnis} via {queue} at {datetime}',
        dateFormat: 'DD/MM HH:mm:ss',
        timeZone: 'Europe/Rome',
      },
    });
    expect(allCommands([assigned(buildContact({ direction: 'outbound' }))], policy)).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({
          subject: 'Outbound +390212345678 to +390287654321 via Support at 05/03 15:07:09',
        }),
      }),
    ]);
  });

  it('relates the call to the record on screen when nothing popped', () => {
    const navigated = {
      kind: 'shell',
      name: 'navigationChanged',
      payload: { record: { objectType: 'account', id: '001A', label: 'Acme' } },
    } as const;
    expect(allCommands([navigated, assigned(contact)], policyOf({ screenPop: QUIET_POP }))).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ relatedTo: [{ objectType: 'account', id: '001A' }] }),
      }),
    ]);
  });

  it('relates the wrap-up update to a record the agent opened during the call', () => {
    const policy = policyOf({ screenPop: { searchBy: { kind: 'ani' } } });
    const navigated = {
      kind: 'shell',
      name: 'navigationChanged',
      payload: { record: { objectType: 'contact', id: '003Z' } },
    } as const;
    const { commands } = run(
      [assigned(contact), navigated, { kind: 'shell', name: 'navigationChanged', payload: {} }, wrappedUp(contact)],
      policy,
    );
    expect(commands[0]).toEqual([
      expect.objectContaining({ method: 'screenPop' }),
      expect.objectContaining({ params: expect.not.objectContaining({ relatedTo: expect.anything() }) }),
    ]);
    expect(commands[3]).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ relatedTo: [{ objectType: 'contact', id: '003Z' }] }),
      }),
    ]);
  });

  it('takes over the activity a transferred contact carries: updates it, never creates a second', () => {
    const transferredIn = buildContact({
      callAssociatedData: { patchbayActivityId: cad('00T9') },
      formerAgents: [{ agentId: OTHER_AGENT, leftAt: CONNECTED_AT + 60_000 }],
    });
    const policy = policyOf({ screenPop: QUIET_POP, caseCreation: { inbound: true } });
    const { commands } = run(
      [
        core({ type: 'contact.ownerChanged', contact: transferredIn, fromAgentId: OTHER_AGENT, toAgentId: AGENT }),
        assigned(transferredIn),
        wrappedUp(transferredIn),
      ],
      policy,
    );
    expect(commands.slice(0, 2)).toEqual([[], []]);
    expect(commands[2]).toEqual([
      expect.objectContaining({
        durable: { key: 'i-42:activityUpdate' },
        params: expect.objectContaining({ activityId: '00T9', disposition: 'Sale made' }),
      }),
    ]);
    expect(commands[2]?.[0]).not.toHaveProperty('activityFrom');
  });

  it('does not mistake the id it shared itself for a handover', () => {
    const withOwnId = buildContact({ callAssociatedData: { patchbayActivityId: cad('00T1') } });
    const { commands } = run(
      [assigned(contact), saved, core({ type: 'contact.dataUpdated', contact: withOwnId }), wrappedUp(withOwnId)],
      policyOf({ screenPop: QUIET_POP }),
    );
    expect(commands[3]).toEqual([expect.objectContaining({ params: expect.objectContaining({ activityId: '00T1' }) })]);
  });

  it('completes its own activity with its own code when it transferred the call away', () => {
    const handedOver = buildContact({
      agentId: OTHER_AGENT,
      formerAgents: [{ agentId: AGENT, leftAt: CONNECTED_AT + 60_000, wrapUpCodeId: 'sale' }],
    });
    const policy = policyOf({ screenPop: QUIET_POP });
    const transfer = core({
      type: 'contact.transferred',
      contact: handedOver,
      fromAgentId: AGENT,
      target: { kind: 'agent', agentId: OTHER_AGENT },
      mode: 'blind',
    });
    const { commands } = run(
      [
        assigned(contact),
        transfer,
        saved,
        core({ type: 'contact.wrappedUp', contact: handedOver, agentId: AGENT }),
        core({ type: 'contact.wrappedUp', contact: { ...handedOver, wrapUpCodeId: 'other' } }),
      ],
      policy,
    );
    expect(commands.slice(1, 3)).toEqual([[], []]);
    expect(commands[3]).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({
          endedAt: CONNECTED_AT + 60_000,
          durationSeconds: 60,
          disposition: 'Sale made',
          activityId: '00T1',
        }),
      }),
    ]);
    expect(commands[4]).toEqual([]);
  });

  it('opens a case per direction, once, on the first agent only', () => {
    const mapped = buildContact({ callAssociatedData: { reason: cad('Broken') } });
    const caseOf = (direction: 'inbound' | 'outbound', caseCreation: object) =>
      allCommands(
        [assigned({ ...mapped, direction }), assigned({ ...mapped, direction })],
        policyOf({ screenPop: QUIET_POP, activity: { create: 'never' }, caseCreation }),
      );
    const fieldMappings = [{ from: 'cad.reason', field: 'Subject' }];
    const expected = {
      target: 'crm',
      method: 'createRecord',
      params: { objectType: 'incident', fields: { Subject: 'Broken' } },
      durable: { key: 'i-42:case' },
    };
    expect(caseOf('inbound', { inbound: true, objectType: 'incident', fieldMappings })).toEqual([expected]);
    expect(caseOf('outbound', { outbound: true, objectType: 'incident', fieldMappings })).toEqual([expected]);
    expect(caseOf('inbound', { outbound: true })).toEqual([]);
    expect(caseOf('outbound', { inbound: true })).toEqual([]);
    const transferred = buildContact({ formerAgents: [{ agentId: OTHER_AGENT, leftAt: CONNECTED_AT }] });
    expect(
      allCommands(
        [assigned(transferred)],
        policyOf({ screenPop: QUIET_POP, activity: { create: 'never' }, caseCreation: { inbound: true } }),
      ),
    ).toEqual([]);
  });

  it('plans nothing new for replayed events', () => {
    const events = [offered(contact), popped, assigned(contact), saved, ended(contact), wrappedUp(contact)];
    const policy = policyOf({ caseCreation: { inbound: true } });
    const first = run(events, policy);
    expect(run(events, policy, first.state).commands.flat()).toEqual([]);
  });
});
