import { describe, expect, it } from '@jest/globals';
import { SECOND, START, createRuntimeHarness, expectServiceError } from './runtimeHarness.js';

const at = (seconds: number) => START + seconds * SECOND;

describe('station login', () => {
  it('refuses unknown agents, non-agents and bad dial numbers', async () => {
    const { runtime } = createRuntimeHarness();
    await expectServiceError(runtime.stationLogin('t1', 'nobody', { dialNumber: '1001' }), { code: 'NOT_FOUND' });
    await expectServiceError(runtime.stationLogin('t9', 'a1', { dialNumber: '1001' }), { code: 'NOT_FOUND' });
    await expectServiceError(runtime.stationLogin('t1', 's1', { dialNumber: '1001' }), {
      code: 'INVALID_REQUEST',
      field: 'agentId',
    });
    for (const dialNumber of ['1', '123456789', '+0212345678', '02-1234', 'sip:ada']) {
      await expectServiceError(runtime.stationLogin('t1', 'a1', { dialNumber }), {
        code: 'INVALID_REQUEST',
        field: 'dialNumber',
      });
    }
    await expectServiceError(runtime.stationLogin('t1', 'a1', { dialNumber: '1001', teamId: 'support' } as never), {
      code: 'INVALID_REQUEST',
      field: 'teamId',
    });
    expect(runtime.listSessions('t1')).toEqual([]);
  });

  it('accepts an E.164 number or an extension', async () => {
    const h = createRuntimeHarness();
    expect(await h.runtime.stationLogin('t1', 'a1', { dialNumber: '+390212340000' })).toMatchObject({
      dialNumber: '+390212340000',
    });
    expect(await h.runtime.stationLogin('t1', 'a2', { dialNumber: '12345678' })).toMatchObject({
      dialNumber: '12345678',
    });
    expect(h.runtime.listSessions('t1').map((session) => session.agentId)).toEqual(['a1', 'a2']);
  });

  it('lets a second login take the session over, keeping the state and the contact', async () => {
    const h = createRuntimeHarness();
    const first = await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await h.advance(2 * SECOND);

    const second = await h.runtime.stationLogin('t1', 'a1', { dialNumber: '1002' });
    expect(second).toEqual({
      agentId: 'a1',
      sessionId: 'id-3',
      teamId: 'sales',
      dialNumber: '1002',
      loggedInAt: at(2),
      state: { name: 'Reserved', interactionId, since: at(0) },
    });
    expect(h.runtime.listSessions('t1')).toEqual([second]);
    const [loggedOut, loggedIn] = (await h.events('agent:a1')).slice(-2).map((event) => event.event);
    expect(loggedOut).toEqual({
      type: 'agent.loggedOut',
      agentId: 'a1',
      sessionId: first.sessionId,
      reason: 'takenOver',
    });
    expect(loggedIn).toEqual({ type: 'agent.loggedIn', session: second });

    // The new station's phone is the one that rings.
    await h.runtime.accept('t1', 'a1', interactionId);
    expect(h.telephony.listLegs('t1').find((leg) => leg.direction === 'outbound')?.to).toBe('1002');
    await h.advance(0);
    expect(h.contactOf('a1').state).toBe('connected');
  });
});

describe('logout', () => {
  it('is refused while the agent has a contact, with the state', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await expectServiceError(h.runtime.logout('t1', 'a1'), { code: 'CONFLICT', state: 'Reserved' });
    await h.runtime.accept('t1', 'a1', interactionId);
    await h.advance(0);
    await expectServiceError(h.runtime.logout('t1', 'a1'), { code: 'CONFLICT', state: 'Engaged' });
    await h.runtime.end('t1', 'a1', interactionId);
    await expectServiceError(h.runtime.logout('t1', 'a1'), { code: 'CONFLICT', state: 'WrapUp' });
    expect(h.runtime.getSession('t1', 'a1')).toBeDefined();
  });

  it('closes the session from Idle: no more offers, the session document is gone', async () => {
    const h = createRuntimeHarness();
    const session = await h.login('a1');
    await h.runtime.logout('t1', 'a1');
    expect(h.runtime.getSession('t1', 'a1')).toBeUndefined();
    expect(await h.document('agentSession', 'a1')).toBeUndefined();
    expect((await h.events('agent:a1')).at(-1)?.event).toEqual({
      type: 'agent.loggedOut',
      agentId: 'a1',
      sessionId: session.sessionId,
      reason: 'logout',
    });
    await expectServiceError(h.runtime.logout('t1', 'a1'), { code: 'NOT_FOUND' });
    await expectServiceError(h.available('a1'), { code: 'NOT_FOUND' });
    await h.call();
    expect(h.runtime.listContacts('t1')).toMatchObject([{ state: 'queued' }]);
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    // Logging in again starts a new session, Idle.
    expect(await h.login('a1')).toMatchObject({ sessionId: 'id-3', state: { name: 'Idle', idleCodeId: 'break' } });
  });
});

describe('agent state', () => {
  it('checks idle codes and requests', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await expectServiceError(h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'nap' }), {
      code: 'INVALID_REQUEST',
      field: 'idleCodeId',
    });
    await expectServiceError(h.runtime.setAgentState('t1', 'a1', { state: 'Engaged' } as never), {
      code: 'INVALID_REQUEST',
      field: 'state',
    });
    await h.advance(SECOND);
    expect((await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' })).state).toEqual({
      name: 'Idle',
      idleCodeId: 'lunch',
      since: at(1),
    });
  });

  it('changes nothing when asked for the state the agent is already in', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.advance(SECOND);
    expect((await h.available('a1')).state).toEqual({ name: 'Available', since: at(0) });
    expect(await h.lines('agent:a1')).toEqual(['1 agent.loggedIn', '2 agent.stateChanged']);
  });

  it('refuses Available during a call, with the state', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    await expectServiceError(h.available('a1'), { code: 'CONFLICT', state: 'Reserved' });
  });
});

describe('call control refusals', () => {
  it('answers illegal hold, resume, end and wrap-up with CONFLICT and the contact state', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    const id = ['t1', 'a1', interactionId] as const;
    await expectServiceError(h.runtime.hold(...id), { code: 'CONFLICT', state: 'offered' });
    await expectServiceError(h.runtime.end(...id), { code: 'CONFLICT', state: 'offered' });
    await h.runtime.accept(...id);
    await h.advance(0);
    await expectServiceError(h.runtime.resume(...id), { code: 'CONFLICT', state: 'connected' });
    await expectServiceError(h.runtime.wrapUp(...id, { wrapUpCodeId: 'resolved' }), {
      code: 'CONFLICT',
      state: 'connected',
    });
    await h.runtime.hold(...id);
    await expectServiceError(h.runtime.hold(...id), { code: 'CONFLICT', state: 'held' });
    await h.runtime.end(...id);
    await expectServiceError(h.runtime.end(...id), { code: 'CONFLICT', state: 'wrapUp' });
    await expectServiceError(h.runtime.wrapUp(...id, { wrapUpCodeId: 'nonsense' }), {
      code: 'INVALID_REQUEST',
      field: 'wrapUpCodeId',
    });
    expect(h.contactOf('a1').state).toBe('wrapUp');
  });
});
