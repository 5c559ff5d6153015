import { html, nothing } from 'lit';
import type { ContactEntry } from '../model/DesktopState.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { formValue, submittedForm } from './formValue.js';
import { customerNumberOf } from '../model/customerNumberOf.js';

/** `<patchbay-wrap-up>`: the wrap-up codes to close the contact with, and the auto wrap-up countdown. */
export class PatchbayWrapUp extends DesktopPartElement {
  static override properties = { ...DesktopPartElement.properties, entry: { attribute: false } };

  declare entry: ContactEntry | undefined;

  override render() {
    const context = this.context();
    const entry = this.entry;
    if (!context || !entry) return nothing;
    const { controller, state, t } = context;
    const codes = state.lookups.wrapUpCodes;
    // The tenant's default code is preselected, else the first: one radio checked, never two.
    const preselected = (codes.find((code) => code.isDefault === true) ?? codes[0])?.id;
    const submit = (event: SubmitEvent) => {
      const code = formValue(submittedForm(event), 'code');
      if (code !== '') void controller.wrapUp(entry.contact.interactionId, code);
    };
    return html`<form @submit=${submit}>
      <h2>${t('wrapUp.title', { number: customerNumberOf(entry.contact) })}</h2>
      ${
        entry.autoWrapUpAt === undefined
          ? nothing
          : html`<patchbay-countdown
              .deadline=${entry.autoWrapUpAt}
              .now=${this.now}
              .label=${t('wrapUp.countdown')}
              .announce=${(seconds: number) => t('wrapUp.countdownSpoken', { seconds })}
            ></patchbay-countdown>`
      }
      <fieldset class="stack">
        <legend>${t('wrapUp.codes')}</legend>
        ${codes.map(
          (code) =>
            html`<label class="row"
              ><input
                type="radio"
                name="code"
                value=${code.id}
                ?checked=${code.id === preselected}
                ?autofocus=${code.id === preselected}
                required
              />
              ${code.name}</label
            >`,
        )}
      </fieldset>
      <button class="primary" type="submit">${t('wrapUp.submit')}</button>
    </form>`;
  }
}
