import { html, nothing } from 'lit';
import type { ContactEntry } from '../model/DesktopState.js';
import { callControls } from '../view/callControls.js';
import { formatClock } from '../view/countdown.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { customerNumberOf } from '../model/customerNumberOf.js';

/**
 * `<patchbay-call-view>`: the connected call, its controls (hold, consult, transfer, conference,
 * end), the DTMF keypad and the call's data. The most used controls come first so a 240 px high
 * panel shows them without scrolling.
 */
export class PatchbayCallView extends DesktopPartElement {
  static override properties = {
    ...DesktopPartElement.properties,
    entry: { attribute: false },
    keypadOpen: { state: true },
  };

  declare entry: ContactEntry | undefined;
  declare keypadOpen: boolean;

  constructor() {
    super();
    this.keypadOpen = false;
  }

  override render() {
    const context = this.context();
    const entry = this.entry;
    if (!context || !entry) return nothing;
    const { controller, state, t } = context;
    const { contact } = entry;
    const id = contact.interactionId;
    const controls = callControls(entry);
    const since = contact.connectedAt ?? contact.createdAt;
    const status = contact.consult ? t(`call.consult.${contact.consult.state}`) : t(`call.state.${contact.state}`);

    const sendDigit = (event: CustomEvent<string>) => void controller.sendDtmf(id, event.detail);

    return html`<section class="stack" aria-labelledby="call-title">
      <h2 id="call-title">${customerNumberOf(contact)}</h2>
      <p class="row" role="status">
        <span>${status}</span>
        <span class="muted" aria-hidden="true">${formatClock((this.now - since) / 1000)}</span>
      </p>
      <div class="row" role="group" aria-label=${t('call.controls')}>
        ${
          controls.hold
            ? html`<button type="button" autofocus @click=${() => void controller.hold(id)}>${t('call.hold')}</button>`
            : nothing
        }
        ${
          controls.resume
            ? html`<button class="primary" type="button" autofocus @click=${() => void controller.resume(id)}>
                ${t('call.resume')}
              </button>`
            : nothing
        }
        ${
          controls.consultTransfer
            ? html`<button type="button" @click=${() => void controller.consultTransfer(id)}>
                ${t('call.consultTransfer')}
              </button>`
            : nothing
        }
        ${
          controls.conference
            ? html`<button type="button" @click=${() => void controller.conference(id)}>
                ${t('call.conference')}
              </button>`
            : nothing
        }
        ${
          controls.consultEnd
            ? html`<button type="button" @click=${() => void controller.consultEnd(id)}>
                ${t('call.consultEnd')}
              </button>`
            : nothing
        }
        ${controls.end ? html`<button class="danger" type="button" @click=${() => void controller.end(id)}>${t('call.end')}</button>` : nothing}
        ${
          controls.dtmf
            ? html`<button
                type="button"
                aria-expanded=${this.keypadOpen}
                aria-controls="dtmf"
                @click=${() => (this.keypadOpen = !this.keypadOpen)}
              >
                ${t('call.keypad')}
              </button>`
            : nothing
        }
      </div>
      ${
        controls.dtmf && this.keypadOpen
          ? html`<patchbay-keypad id="dtmf" .label=${t('call.keypad')} @patchbay-key=${sendDigit}></patchbay-keypad>`
          : nothing
      }
      ${
        controls.consult
          ? html`<patchbay-call-target
              .controller=${controller}
              .state=${state}
              .t=${t}
              .interactionId=${id}
            ></patchbay-call-target>`
          : nothing
      }
      <patchbay-cad-variables
        .controller=${controller}
        .state=${state}
        .t=${t}
        .entry=${entry}
      ></patchbay-cad-variables>
    </section>`;
  }
}
