import type { AgentStateView } from '@patchbay/core-bridge/client';
import type { MessageParams } from '../i18n/createTranslator.js';
import type { MessageKey } from '../i18n/enMessages.js';
import type { Choice } from '../model/DesktopState.js';

const KEY_OF_STATE = {
  LoggedOut: 'agent.state.loggedOut',
  Available: 'agent.state.available',
  Idle: 'agent.state.idle',
  Reserved: 'agent.state.reserved',
  Engaged: 'agent.state.engaged',
  WrapUp: 'agent.state.wrapUp',
  RONA: 'agent.state.rona',
} as const satisfies Record<AgentStateView['name'], MessageKey>;

/** The message that names an agent state; idle states name their idle code. */
export function agentStateLabel(
  state: AgentStateView,
  idleCodes: readonly Choice[],
): { key: MessageKey; params: MessageParams } {
  if (state.name !== 'Idle') return { key: KEY_OF_STATE[state.name], params: {} };
  const code = idleCodes.find((candidate) => candidate.id === state.idleCodeId);
  return { key: KEY_OF_STATE.Idle, params: { reason: code?.name ?? state.idleCodeId ?? '' } };
}
