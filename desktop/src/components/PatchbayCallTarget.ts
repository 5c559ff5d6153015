import { html, nothing } from 'lit';
import type { BuddyAgentView } from '@patchbay/core-bridge/client';
import type { Translator } from '../i18n/createTranslator.js';
import type { DesktopState } from '../model/DesktopState.js';
import { agentStateLabel } from '../view/agentStateLabel.js';
import { buildContactTarget, TARGET_KINDS, type TargetKind } from '../view/buildContactTarget.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { formValue, submittedForm } from './formValue.js';

const TARGET_KEYS = { agent: 'call.target.agent', queue: 'call.target.queue', number: 'call.target.number' } as const;

/**
 * `<patchbay-call-target>`: where a consult or a blind transfer of the call `interactionId` goes:
 * an agent picked from the other logged-in agents (read when the agent kind is chosen, and on
 * Refresh), a queue, or a number.
 */
export class PatchbayCallTarget extends DesktopPartElement {
  static override properties = {
    ...DesktopPartElement.properties,
    interactionId: { type: String },
    targetKind: { state: true },
  };

  declare interactionId: string;
  declare targetKind: TargetKind;

  constructor() {
    super();
    this.interactionId = '';
    this.targetKind = 'queue';
  }

  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, state, t } = context;
    const id = this.interactionId;

    const submit = (event: SubmitEvent) => {
      const form = submittedForm(event);
      const target = buildContactTarget(this.targetKind, formValue(form, 'target'));
      if (!target) {
        form.querySelector('input')?.setCustomValidity(t('call.target.invalid'));
        form.reportValidity();
        return;
      }
      const mode = event.submitter?.getAttribute('value');
      void (mode === 'transfer' ? controller.blindTransfer(id, target) : controller.consult(id, target));
    };
    const changeKind = (event: Event) => {
      this.targetKind = (event.currentTarget as HTMLSelectElement).value as TargetKind;
      if (this.targetKind === 'agent') void controller.loadBuddies();
    };
    const agentsOnly = this.targetKind === 'agent';
    const noAgents = agentsOnly && state.buddies.length === 0;

    return html`<form class="stack" @submit=${submit} aria-label=${t('call.target.title')}>
      <div class="row">
        <label
          >${t('call.target.kind')}
          <select name="kind" @change=${changeKind}>
            ${TARGET_KINDS.map(
              (kind) =>
                html`<option value=${kind} ?selected=${kind === this.targetKind}>${t(TARGET_KEYS[kind])}</option>`,
            )}
          </select></label
        >
        ${this.renderTarget(state, t)}
      </div>
      ${noAgents ? html`<p class="muted" role="status">${t('call.target.noAgents')}</p>` : nothing}
      <div class="row">
        <button type="submit" value="consult" ?disabled=${noAgents}>${t('call.consult')}</button>
        <button type="submit" value="transfer" ?disabled=${noAgents}>${t('call.transfer')}</button>
        ${
          agentsOnly
            ? html`<button type="button" @click=${() => void controller.loadBuddies()}>
                ${t('call.target.refresh')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderTarget(state: DesktopState, t: Translator) {
    switch (this.targetKind) {
      case 'queue':
        return html`<label
          >${t('call.target.value')}
          <select name="target" required>
            ${state.lookups.queues.map((queue) => html`<option value=${queue.id}>${queue.name}</option>`)}
          </select></label
        >`;
      case 'agent':
        return html`<label
          >${t('call.target.value')}
          <select name="target" required>
            ${state.buddies.map((buddy) => html`<option value=${buddy.agentId}>${buddyLabel(buddy, state, t)}</option>`)}
          </select></label
        >`;
      case 'number': {
        const clearValidity = (event: Event) => (event.currentTarget as HTMLInputElement).setCustomValidity('');
        return html`<label
          >${t('call.target.value')}<input name="target" required type="tel" @input=${clearValidity}
        /></label>`;
      }
    }
  }
}

/** "Bob (Available)": who, and whether a consult reaches them now. */
function buddyLabel(buddy: BuddyAgentView, state: DesktopState, t: Translator): string {
  const label = agentStateLabel(buddy.state, state.lookups.idleCodes);
  return t('call.target.agentOption', { name: buddy.name, state: t(label.key, label.params) });
}
