import { css, html, nothing } from 'lit';
import { crmWriteMessage } from '../view/crmWriteMessage.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { desktopStyles } from './desktopStyles.js';

/** `<patchbay-crm-writes>`: the CRM writes the headless widget gave up on, each with a Retry button. */
export class PatchbayCrmWrites extends DesktopPartElement {
  static override styles = [
    desktopStyles,
    css`
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: 6px;
        align-items: center;
        justify-content: space-between;
        padding: 4px 8px;
        border-left: 4px solid #a8201a;
        background: #fde7e5;
      }
      button {
        min-height: 28px;
        padding: 2px 8px;
      }
    `,
  ];

  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, state, t } = context;
    const { stuckWrites, retrying } = state.widget;
    // The list stays in the page even when empty, so screen readers hear a write that gets stuck.
    return html`<ul aria-live="polite" aria-label=${t('crmWrites.title')}>
      ${stuckWrites.map((write, index) => {
        const busy = retrying.includes(write.key);
        return html`<li>
          <span id=${`crm-write-${index}`}
            >${t(crmWriteMessage(write.kind))} <span class="muted">(${write.code})</span></span
          >
          <button
            type="button"
            aria-describedby=${`crm-write-${index}`}
            ?disabled=${busy}
            @click=${() => void controller.retryCrmWrite(write.key)}
          >
            ${busy ? t('crmWrites.retrying') : t('crmWrites.retry')}
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
