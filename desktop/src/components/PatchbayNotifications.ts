import { css, html, nothing } from 'lit';
import { DesktopPartElement } from './DesktopPartElement.js';
import { desktopStyles } from './desktopStyles.js';

/** `<patchbay-notifications>`: messages for the agent in a polite live region, each dismissable. */
export class PatchbayNotifications extends DesktopPartElement {
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
        border-left: 4px solid #0b57a4;
        background: #e8f0fa;
      }
      li.error {
        border-color: #a8201a;
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
    return html`<ul aria-live="polite" aria-label=${t('notifications.title')}>
      ${state.notifications.map(
        (notification) =>
          html`<li class=${notification.kind}>
            <span
              >${t(notification.key, notification.params)}
              ${notification.code === undefined ? nothing : html`<span class="muted">(${notification.code})</span>`}</span
            >
            <button type="button" @click=${() => controller.dismissNotification(notification.id)}>
              ${t('notifications.dismiss')}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
