import { LitElement, css, html } from 'lit';
import { desktopStyles } from './desktopStyles.js';

/** The keys of a phone keypad, in its usual order. */
export const KEYPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** The event a key press fires; `detail` is the key. */
export const KEYPAD_EVENT = 'patchbay-key';

/**
 * `<patchbay-keypad>`: twelve real buttons in a 3×4 grid; each press fires `patchbay-key`. Used for
 * DTMF during a call and for the outdial dialpad.
 */
export class PatchbayKeypad extends LitElement {
  static override properties = { label: { type: String } };

  static override styles = [
    desktopStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 4px;
      }
    `,
  ];

  /** The accessible name of the keypad group. */
  declare label: string;

  constructor() {
    super();
    this.label = '';
  }

  override render() {
    const press = (key: string) =>
      this.dispatchEvent(new CustomEvent<string>(KEYPAD_EVENT, { detail: key, bubbles: true, composed: true }));
    return html`<div class="grid" role="group" aria-label=${this.label}>
      ${KEYPAD_KEYS.map((key) => html`<button type="button" @click=${() => press(key)}>${key}</button>`)}
    </div>`;
  }
}
