import { html, nothing } from 'lit';
import { normalizeDialNumber } from '../view/buildContactTarget.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { submittedForm } from './formValue.js';

/** `<patchbay-dialpad>`: a number field with a keypad, to call a customer (outdial). */
export class PatchbayDialpad extends DesktopPartElement {
  static override properties = { ...DesktopPartElement.properties, number: { state: true } };

  declare number: string;

  constructor() {
    super();
    this.number = '';
  }

  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, t } = context;
    const destination = normalizeDialNumber(this.number);
    const submit = (event: SubmitEvent) => {
      submittedForm(event);
      if (destination === undefined) return;
      void controller.outdial(destination).then((placed) => {
        if (placed) this.number = '';
      });
    };
    const type = (event: Event) => (this.number = (event.currentTarget as HTMLInputElement).value);
    const press = (event: CustomEvent<string>) => (this.number += event.detail);
    return html`<form @submit=${submit}>
      <h2>${t('dialpad.title')}</h2>
      <label
        >${t('dialpad.number')}<input name="number" type="tel" autocomplete="tel" .value=${this.number} @input=${type}
      /></label>
      <patchbay-keypad .label=${t('dialpad.keypad')} @patchbay-key=${press}></patchbay-keypad>
      <button class="primary" type="submit" ?disabled=${destination === undefined}>${t('dialpad.call')}</button>
    </form>`;
  }
}
