import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { DesktopController } from '../controller/DesktopController.js';
import type { Locale } from '../i18n/catalogs.js';
import { createTranslator, type Translator } from '../i18n/createTranslator.js';
import { negotiateLocale } from '../i18n/negotiateLocale.js';
import type { DesktopState } from '../model/DesktopState.js';
import { pickDesktopView, type DesktopView } from '../model/pickDesktopView.js';
import { systemClock, type DesktopClock } from './DesktopClock.js';
import { desktopStyles } from './desktopStyles.js';
import { focusViewStart, settleTree } from './focusViewStart.js';

/** Views with something that counts each second: a RONA or auto wrap-up countdown, a call timer. */
const TICKING_VIEWS: ReadonlySet<DesktopView['name']> = new Set(['offer', 'call', 'wrapUp']);

/**
 * `<patchbay-desktop>`: the root. Set `controller` (see `createDesktopController`); the element
 * starts it (resuming a stored session) and shows one view at a time: sign-in, station login, the
 * offer, the call, wrap-up, or the agent state and the dialpad. `locale` (en, it) defaults to the
 * browser's languages; `clock` to the page's.
 */
export class PatchbayDesktop extends LitElement {
  static override properties = {
    controller: { attribute: false },
    locale: { type: String },
    tenant: { type: String },
    clock: { attribute: false },
    desktopState: { state: true },
    now: { state: true },
  };

  static override styles = [
    desktopStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        min-height: 240px;
        background: #fff;
      }
      main {
        flex: 1;
        overflow: auto;
        padding: 8px;
      }
      .notifications {
        max-height: 40%;
        overflow: auto;
      }
      .bar {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 6px;
      }
    `,
  ];

  declare controller: DesktopController | undefined;
  declare locale: Locale | undefined;
  /** The tenant the sign-in form suggests. */
  declare tenant: string;
  declare clock: DesktopClock;
  declare desktopState: DesktopState | undefined;
  declare now: number;

  private unsubscribe: (() => void) | undefined;
  private ticker: unknown;
  private readonly started = new WeakSet<DesktopController>();
  private translator: Translator | undefined;
  /** The view on screen, and whether the focus was in the desktop before this update. */
  private shownView: DesktopView['name'] | undefined;
  private focusWasInside = false;

  constructor() {
    super();
    this.tenant = 'default';
    this.clock = systemClock;
    this.now = 0;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.follow(this.controller);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.follow(undefined);
    this.tick(false);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('controller') && this.isConnected) this.follow(this.controller);
    const locale = this.locale ?? negotiateLocale(globalThis.navigator.languages);
    if (this.translator?.locale !== locale) this.translator = createTranslator(locale);
    this.focusWasInside = this.matches(':focus-within');
  }

  protected override updated() {
    const state = this.desktopState;
    const view = state === undefined ? undefined : pickDesktopView(state).name;
    this.tick(view !== undefined && TICKING_VIEWS.has(view));
    const replaced = this.shownView !== undefined && view !== this.shownView;
    this.shownView = view;
    // Only a focus the desktop already had moves: an offer must not pull the keyboard out of the CRM.
    if (replaced && this.focusWasInside) void this.focusNewView();
  }

  private async focusNewView() {
    const main = this.shadowRoot?.querySelector('main');
    if (!main) return;
    await settleTree(main);
    focusViewStart(main);
  }

  override render() {
    const { controller, desktopState: state, translator: t } = this;
    if (!controller || !state || !t) return nothing;
    const view = pickDesktopView(state);
    const part = { controller, state, t, now: this.now };
    return html`<patchbay-banners .controller=${controller} .state=${state} .t=${t}></patchbay-banners>
      <main aria-label=${t('desktop.title')}>${this.renderView(view, part)}</main>
      <patchbay-crm-writes
        class="notifications"
        .controller=${controller}
        .state=${state}
        .t=${t}
      ></patchbay-crm-writes>
      <patchbay-notifications
        class="notifications"
        .controller=${controller}
        .state=${state}
        .t=${t}
      ></patchbay-notifications>`;
  }

  private renderView(
    view: DesktopView,
    part: { controller: DesktopController; state: DesktopState; t: Translator; now: number },
  ) {
    const { controller, state, t, now } = part;
    switch (view.name) {
      case 'signIn':
        return html`<patchbay-sign-in
          .controller=${controller}
          .state=${state}
          .t=${t}
          .tenant=${this.tenant}
        ></patchbay-sign-in>`;
      case 'loading':
        return html`<p role="status">${t('connection.connecting')}</p>`;
      case 'stationLogin':
        return html`<patchbay-station-login
          .controller=${controller}
          .state=${state}
          .t=${t}
        ></patchbay-station-login>`;
      case 'offer':
        return html`<patchbay-offer-card
          .controller=${controller}
          .state=${state}
          .t=${t}
          .now=${now}
          .entry=${view.entry}
        ></patchbay-offer-card>`;
      case 'call':
        return html`<patchbay-call-view
          .controller=${controller}
          .state=${state}
          .t=${t}
          .now=${now}
          .entry=${view.entry}
        ></patchbay-call-view>`;
      case 'wrapUp':
        return html`<patchbay-wrap-up
          .controller=${controller}
          .state=${state}
          .t=${t}
          .now=${now}
          .entry=${view.entry}
        ></patchbay-wrap-up>`;
      case 'home':
        return html`<div class="stack">
          <div class="bar">
            <patchbay-state-selector .controller=${controller} .state=${state} .t=${t}></patchbay-state-selector>
            <button type="button" @click=${() => void controller.signOut()}>${t('signOut')}</button>
          </div>
          <patchbay-dialpad .controller=${controller} .state=${state} .t=${t}></patchbay-dialpad>
        </div>`;
    }
  }

  /** Follows one controller's state, and starts it once (resuming a stored session). */
  private follow(controller: DesktopController | undefined) {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!controller) return;
    this.desktopState = controller.getState();
    this.unsubscribe = controller.subscribe((state) => (this.desktopState = state));
    if (!this.started.has(controller)) {
      this.started.add(controller);
      void controller.start();
    }
  }

  private tick(on: boolean) {
    if (on && this.ticker === undefined) {
      this.now = this.clock.now();
      this.ticker = this.clock.setInterval(() => (this.now = this.clock.now()), 1000);
    } else if (!on && this.ticker !== undefined) {
      this.clock.clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }
}
