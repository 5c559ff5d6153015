import { html, nothing } from 'lit';
import { DesktopPartElement } from './DesktopPartElement.js';
import { formValue, rawFormValue, submittedForm } from './formValue.js';

/** `<patchbay-sign-in>`: tenant, user name and password. */
export class PatchbaySignIn extends DesktopPartElement {
  static override properties = { ...DesktopPartElement.properties, tenant: { type: String } };

  /** The tenant prefilled in the form (a deployment usually has one). */
  declare tenant: string;

  constructor() {
    super();
    this.tenant = 'default';
  }

  override render() {
    const context = this.context();
    if (!context) return nothing;
    const { controller, state, t } = context;
    const busy = state.auth.status === 'signingIn';
    const expired = state.auth.status === 'signedOut' && state.auth.reason === 'expired';
    const submit = (event: SubmitEvent) => {
      const form = submittedForm(event);
      void controller.signIn({
        tenant: formValue(form, 'tenant'),
        username: formValue(form, 'username'),
        password: rawFormValue(form, 'password'),
      });
    };
    return html`<form @submit=${submit} aria-busy=${busy}>
      <h2>${t('signIn.title')}</h2>
      ${expired ? html`<p role="status">${t('signIn.expired')}</p>` : nothing}
      <label
        >${t('signIn.tenant')}<input name="tenant" .value=${this.tenant} required autocomplete="organization"
      /></label>
      <label>${t('signIn.username')}<input name="username" required autocomplete="username" /></label>
      <label
        >${t('signIn.password')}<input name="password" type="password" required autocomplete="current-password"
      /></label>
      <button class="primary" type="submit" ?disabled=${busy}>
        ${busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>`;
  }
}
