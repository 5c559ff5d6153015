import { html, nothing } from 'lit';
import { agentStateLabel } from '../view/agentStateLabel.js';
import { DesktopPartElement } from './DesktopPartElement.js';

const AVAILABLE = 'available';

/** `<patchbay-state-selector>`: the agent's state, and Available or an idle code to switch to. */
export class PatchbayStateSelector extends DesktopPartElement {
  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, state, t } = context;
    if (state.session.status !== 'loggedIn') return nothing;
    const agentState = state.session.view.state;
    const { idleCodes } = state.lookups;
    const label = agentStateLabel(agentState, idleCodes);
    const selected = agentState.name === 'Idle' ? (agentState.idleCodeId ?? '') : AVAILABLE;
    const pending = idleCodes.find((code) => code.id === agentState.pendingIdleCodeId);
    const change = (event: Event) => {
      const value = (event.currentTarget as HTMLSelectElement).value;
      void controller.setState(value === AVAILABLE ? { state: 'Available' } : { state: 'Idle', idleCodeId: value });
    };
    return html`<div class="stack">
      <p role="status"><strong>${t(label.key, label.params)}</strong></p>
      ${pending ? html`<p class="muted">${t('state.pending', { reason: pending.name })}</p>` : nothing}
      <label
        >${t('state.change')}
        <select @change=${change} .value=${selected}>
          <option value=${AVAILABLE} ?selected=${selected === AVAILABLE}>${t('agent.state.available')}</option>
          ${idleCodes.map(
            (code) =>
              html`<option value=${code.id} ?selected=${selected === code.id}>
                ${t('agent.state.idle', { reason: code.name })}
              </option>`,
          )}
        </select></label
      >
    </div>`;
  }
}
