import { html, nothing } from 'lit';
import type { ContactEntry } from '../model/DesktopState.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { customerNumberOf } from '../model/customerNumberOf.js';

/** `<patchbay-offer-card>`: a ringing contact, accept or decline, and the time left before RONA. */
export class PatchbayOfferCard extends DesktopPartElement {
  static override properties = { ...DesktopPartElement.properties, entry: { attribute: false } };

  declare entry: ContactEntry | undefined;

  override render() {
    const context = this.context();
    const entry = this.entry;
    if (!context || !entry) return nothing;
    const { controller, state, t } = context;
    const { contact } = entry;
    const id = contact.interactionId;
    const queue = state.lookups.queues.find((candidate) => candidate.id === contact.queueId);
    const title = entry.role === 'consulted' ? t('offer.consultTitle') : t('offer.title');
    return html`<section class="stack" aria-labelledby="offer-title">
      <h2 id="offer-title">${title}</h2>
      <p><strong>${customerNumberOf(contact)}</strong></p>
      ${queue ? html`<p class="muted">${t('offer.queue', { queue: queue.name })}</p>` : nothing}
      ${
        entry.expiresAt === undefined
          ? nothing
          : html`<patchbay-countdown
              .deadline=${entry.expiresAt}
              .now=${this.now}
              .label=${t('offer.countdown')}
              .announce=${(seconds: number) => t('offer.countdownSpoken', { seconds })}
            ></patchbay-countdown>`
      }
      ${entry.answerByPhone ? html`<p>${t('offer.answerByPhone')}</p>` : nothing}
      <div class="row">
        <button class="primary" type="button" autofocus @click=${() => void controller.accept(id)}>
          ${t('offer.accept')}
        </button>
        <button type="button" @click=${() => void controller.decline(id)}>${t('offer.decline')}</button>
      </div>
    </section>`;
  }
}
