import { describe, expect, it } from '@jest/globals';
import type { AgentStateView } from '@patchbay/core/contract';
import type { WidgetPlannerEvent } from '../../src/planner/WidgetPlannerEvent.js';
import { AGENT, OTHER_AGENT, allCommands, assigned, buildContact, core, policyOf, run } from './plannerFixtures.js';

const agentState = (state: Omit<AgentStateView, 'since'>, agentId = AGENT): WidgetPlannerEvent =>
  core({ type: 'agent.stateChanged', agentId, state: { ...state, since: 0 } });
const available = agentState({ name: 'Available' });
const engaged = agentState({ name: 'Engaged', interactionId: 'i-42' });
const lunch = agentState({ name: 'Idle', idleCodeId: 'lunch' });
const clickToDial = (number: string, record?: { objectType: string; id: string }): WidgetPlannerEvent => ({
  kind: 'shell',
  name: 'clickToDial',
  payload: record === undefined ? { number } : { number, record },
});
const crmPresence = (id: string): WidgetPlannerEvent => ({
  kind: 'shell',
  name: 'presenceChanged',
  payload: { presence: { id } },
});

const DIAL_POLICY = { clickToDial: { stripPrefixes: ['0'], defaultCountryCode: '44' } };

describe('planWidgetCommands: click-to-dial', () => {
  it('dials the normalised number when the agent may dial', () => {
    expect(run([available, clickToDial('07700 900123')], policyOf(DIAL_POLICY)).commands[1]).toEqual([
      { target: 'core', command: 'outdial', number: '+447700900123', anyTab: true },
    ]);
  });

  it.each<[string, WidgetPlannerEvent[], unknown]>([
    ['while the agent is on a call', [engaged, clickToDial('07700 900123')], DIAL_POLICY],
    ['before the agent state is known', [clickToDial('07700 900123')], DIAL_POLICY],
    ['a number that is not dialable', [available, clickToDial('1-800-FLOWERS')], DIAL_POLICY],
    ['when the policy turns it off', [available, clickToDial('+447700900123')], { clickToDial: { enabled: false } }],
  ])('does not dial %s', (_name, events, policy) => {
    expect(allCommands(events, policyOf(policy)).filter((command) => command.target === 'core')).toEqual([]);
  });

  it('tells the CRM when the agent can dial, only when that changes', () => {
    const { commands } = run(
      [available, lunch, engaged, engaged, agentState({ name: 'WrapUp' }), available],
      policyOf(),
    );
    expect(commands).toEqual([
      [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled: true }, anyTab: true }],
      [],
      [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled: false }, anyTab: true }],
      [],
      [],
      [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled: true }, anyTab: true }],
    ]);
  });

  it('keeps click-to-dial off when the policy disables it, and ignores other agents', () => {
    expect(run([available, lunch], policyOf({ clickToDial: { enabled: false } })).commands).toEqual([
      [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled: false }, anyTab: true }],
      [],
    ]);
    expect(allCommands([agentState({ name: 'Available' }, OTHER_AGENT)], policyOf())).toEqual([]);
  });

  it('learns the state from the session read at start-up, unless an event already said it', () => {
    const session = (state: AgentStateView): WidgetPlannerEvent => ({
      kind: 'sessionRead',
      session: { agentId: AGENT, sessionId: 's-1', teamId: 't-1', dialNumber: '1001', loggedInAt: 0, state },
    });
    const enable = [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled: true }, anyTab: true }];
    expect(run([session({ name: 'Available', since: 0 })], policyOf()).commands).toEqual([enable]);
    expect(run([{ kind: 'sessionRead', session: undefined }], policyOf()).commands).toEqual([[]]);
    // An event that came while the session was read wins: the read plans nothing after it.
    expect(run([engaged, session({ name: 'Available', since: 0 })], policyOf()).commands).toEqual([
      [{ ...enable[0], params: { enabled: false } }],
      [],
    ]);
  });

  it('relates the outbound call to the record it was dialled from', () => {
    const record = { objectType: 'contact', id: '003A' };
    const outbound = buildContact({ direction: 'outbound' });
    const commands = allCommands([available, clickToDial('+447700900123', record), assigned(outbound)], policyOf());
    expect(commands.at(-1)).toMatchObject({ method: 'saveActivity', params: { relatedTo: [record] } });
  });
});

const PRESENCE = {
  enabled: true,
  mappings: [
    { crmPresenceId: 'online', agentState: 'Available' },
    { crmPresenceId: 'lunch', agentState: { idleCodeId: 'lunch' } },
  ],
};
const presencePolicy = (direction: string) =>
  policyOf({ clickToDial: { enabled: false }, presenceSync: { ...PRESENCE, direction } });
const presenceCommands = (events: WidgetPlannerEvent[], direction = 'both') =>
  run(events, presencePolicy(direction)).commands.map((planned) =>
    planned.filter((command) => command.target === 'core' || command.method === 'setPresence'),
  );

describe('planWidgetCommands: presence sync', () => {
  it('sets the agent state a CRM presence maps to', () => {
    expect(presenceCommands([available, crmPresence('lunch')])[1]).toEqual([
      { target: 'core', command: 'setState', state: 'Idle', idleCodeId: 'lunch' },
    ]);
    expect(presenceCommands([lunch, crmPresence('online')])[1]).toEqual([
      { target: 'core', command: 'setState', state: 'Available' },
    ]);
  });

  it('sets the CRM presence an agent state maps to', () => {
    expect(presenceCommands([available, lunch])).toEqual([
      [{ target: 'crm', method: 'setPresence', params: { presenceId: 'online' } }],
      [{ target: 'crm', method: 'setPresence', params: { presenceId: 'lunch' } }],
    ]);
  });

  it('does not echo a change back to the side it came from', () => {
    // CRM → agent: the agent state that follows is not sent back to the CRM.
    expect(presenceCommands([available, crmPresence('online'), crmPresence('lunch'), lunch])).toEqual([
      [{ target: 'crm', method: 'setPresence', params: { presenceId: 'online' } }],
      [],
      [{ target: 'core', command: 'setState', state: 'Idle', idleCodeId: 'lunch' }],
      [],
    ]);
    // Agent → CRM: the CRM's report of the presence we set is not sent back to the agent.
    expect(presenceCommands([available, crmPresence('online'), lunch, crmPresence('lunch')]).slice(2)).toEqual([
      [{ target: 'crm', method: 'setPresence', params: { presenceId: 'lunch' } }],
      [],
    ]);
  });

  it.each<[string, string, WidgetPlannerEvent[]]>([
    ['agent to CRM only: no agent state change', 'agentToCrm', [available, crmPresence('lunch')]],
    ['CRM to agent only: no presence change', 'crmToAgent', [available, lunch]],
    ['unmapped CRM presence', 'both', [available, crmPresence('meeting')]],
    ['unmapped agent state', 'both', [engaged, agentState({ name: 'Idle', idleCodeId: 'training' })]],
    [
      'logged-out agent',
      'both',
      [core({ type: 'agent.loggedOut', agentId: AGENT, sessionId: 's', reason: 'logout' }), crmPresence('online')],
    ],
  ])('syncs nothing for %s', (_name, direction, events) => {
    // The first event only sets the scene.
    expect(presenceCommands(events, direction).slice(1).flat()).toEqual([]);
  });

  it('syncs nothing when disabled', () => {
    const policy = policyOf({ clickToDial: { enabled: false }, presenceSync: { ...PRESENCE, enabled: false } });
    expect(run([available, crmPresence('lunch'), lunch], policy).commands.slice(1)).toEqual([[], []]);
  });
});
