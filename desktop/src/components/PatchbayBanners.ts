import { css, html, nothing } from 'lit';
import { bannerMessages } from '../view/bannerMessages.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { desktopStyles } from './desktopStyles.js';

/**
 * `<patchbay-banners>`: the state of the core link and the CRM bridge, when either is not fine, and
 * the "take over" offer while another of the agent's tabs makes the CRM calls.
 */
export class PatchbayBanners extends DesktopPartElement {
  static override styles = [
    desktopStyles,
    css`
      p {
        margin: 0;
        padding: 4px 8px;
        border-left: 4px solid;
      }
      .warning {
        border-color: #8a5a00;
        background: #fff4d6;
      }
      .error {
        border-color: #a8201a;
        background: #fde7e5;
      }
      .tabs {
        display: flex;
        gap: 6px;
        align-items: center;
        justify-content: space-between;
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
    const messages = bannerMessages(state.banners, state.auth.status === 'signedIn');
    // The region stays in the page even when empty, so screen readers hear banners that appear.
    return html`<div role="status">
      ${messages.map((message) => html`<p class=${message.tone}>${t(message.key)}</p>`)}
      ${
        state.widget.leadership === 'follower'
          ? html`<p class="warning tabs">
              <span>${t('banner.tabs.follower')}</span>
              <button type="button" title=${t('banner.tabs.takeOverHint')} @click=${() => controller.takeOver()}>
                ${t('banner.tabs.takeOver')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }
}
