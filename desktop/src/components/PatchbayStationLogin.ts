import { html, nothing } from 'lit';
import { DesktopPartElement } from './DesktopPartElement.js';
import { formValue, submittedForm } from './formValue.js';

/** `<patchbay-station-login>`: the number where the agent's phone rings. */
export class PatchbayStationLogin extends DesktopPartElement {
  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, t } = context;
    const submit = (event: SubmitEvent) => {
      void controller.stationLogin(formValue(submittedForm(event), 'dialNumber'));
    };
    return html`<form @submit=${submit}>
      <h2>${t('station.title')}</h2>
      <label
        >${t('station.dialNumber')}<input
          name="dialNumber"
          type="tel"
          required
          autocomplete="tel"
          aria-describedby="hint"
      /></label>
      <p id="hint" class="muted">${t('station.hint')}</p>
      <div class="row">
        <button class="primary" type="submit">${t('station.submit')}</button>
        <button type="button" @click=${() => void controller.signOut()}>${t('signOut')}</button>
      </div>
    </form>`;
  }
}
