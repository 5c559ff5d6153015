import {
  DESKTOP_EVENT_EXAMPLES,
  DESKTOP_EXAMPLES,
  SHELL_EVENT_EXAMPLES,
  SHELL_EXAMPLES,
} from '../../../core-bridge/test/bridge/contract/support/contractExamples.js';

/** The penpal channel the bridge speaks on (WIRE_CHANNEL in core-bridge). */
const CHANNEL = 'patchbay-bridge';

const penpal = (type: string, fields: Record<string, unknown> = {}) => ({
  namespace: 'penpal',
  channel: CHANNEL,
  type,
  ...fields,
});

/**
 * What a page on a third origin throws at one side of the bridge: a full penpal handshake (SYN with
 * the highest participant id, so it would lead; ACK1; ACK2), a hello claiming to be the other side,
 * calls of that side's real methods with valid contract params, a valid event, a heartbeat, a
 * forged reply, DESTROY (which would tear the link down if heard), penpal 6's legacy call shape,
 * and garbage. Every one is well-formed enough that only the origin check can stop it.
 */
export function evilMessages(target: 'shell' | 'desktop'): readonly unknown[] {
  const impersonated = target === 'shell' ? 'desktop' : 'shell';
  const [method, example] =
    target === 'shell'
      ? (['saveActivity', SHELL_EXAMPLES.saveActivity.params] as const)
      : (['dial', DESKTOP_EXAMPLES.dial.params] as const);
  const [event, payload] =
    target === 'shell'
      ? (['contactOffered', DESKTOP_EVENT_EXAMPLES.contactOffered] as const)
      : (['clickToDial', SHELL_EVENT_EXAMPLES.clickToDial] as const);
  const hello = { protocolVersion: 1, side: impersonated, instanceId: 'evil-instance', capabilities: [] };
  return [
    penpal('SYN', { participantId: 'ffffffff-ffff-4fff-bfff-ffffffffffff' }),
    penpal('ACK1', { methodPaths: [['hello'], ['invoke'], ['event'], ['ping']] }),
    penpal('ACK2'),
    penpal('CALL', { id: 'evil-hello', methodPath: ['hello'], args: [hello] }),
    penpal('CALL', { id: 'evil-invoke', methodPath: ['invoke'], args: [method, example] }),
    penpal('CALL', { id: 'evil-event', methodPath: ['event'], args: [event, payload] }),
    penpal('CALL', { id: 'evil-ping', methodPath: ['ping'], args: [] }),
    penpal('REPLY', { callId: 'evil-reply', value: { ok: true, value: {} } }),
    penpal('DESTROY'),
    { penpal: 'call', id: 7, methodName: 'invoke', args: [method, example] },
    'SYN',
    42,
    null,
    [],
    {},
    { namespace: 'penpal' },
    { namespace: 'penpal', channel: 'some-other-channel', type: 'CALL', id: 'x', methodPath: ['invoke'], args: [] },
  ];
}
