import { html, nothing } from 'lit';
import type { ContactEntry } from '../model/DesktopState.js';
import { callDataRows, parseCallDataValue, type CallDataRow } from '../view/callDataRows.js';
import { DesktopPartElement } from './DesktopPartElement.js';
import { rawFormValue, submittedForm } from './formValue.js';

/**
 * `<patchbay-cad-variables>`: the call's data the agent may see; variables the agent may edit
 * are inputs, saved together.
 */
export class PatchbayCadVariables extends DesktopPartElement {
  static override properties = { ...DesktopPartElement.properties, entry: { attribute: false } };

  declare entry: ContactEntry | undefined;

  override render() {
    const context = this.context();
    const entry = this.entry;
    if (!context || !entry) return nothing;
    const { controller, t } = context;
    const rows = callDataRows(entry.contact);
    if (rows.length === 0) return nothing;
    const editable = rows.filter((row) => row.editable);
    const save = (event: SubmitEvent) => {
      const data = new FormData(submittedForm(event));
      const values: Record<string, string | number | boolean> = {};
      for (const row of editable) {
        const value = parseCallDataValue(row.value, rawFormValue(data, row.name));
        if (value !== undefined && value !== row.value) values[row.name] = value;
      }
      if (Object.keys(values).length > 0) void controller.updateCallData(entry.contact.interactionId, values);
    };
    return html`<form @submit=${save} aria-label=${t('cad.title')}>
      <h2>${t('cad.title')}</h2>
      ${rows.map((row) => (row.editable ? this.renderInput(row) : this.renderValue(row)))}
      ${editable.length > 0 ? html`<button type="submit">${t('cad.save')}</button>` : nothing}
    </form>`;
  }

  private renderValue(row: CallDataRow) {
    return html`<p><span class="muted">${row.name}:</span> ${String(row.value)}</p>`;
  }

  private renderInput(row: CallDataRow) {
    const value = String(row.value);
    return typeof row.value === 'boolean'
      ? html`<label
          >${row.name}
          <select name=${row.name}>
            <option value="true" ?selected=${row.value}>${this.t?.('cad.yes') ?? ''}</option>
            <option value="false" ?selected=${!row.value}>${this.t?.('cad.no') ?? ''}</option>
          </select></label
        >`
      : html`<label
          >${row.name}<input name=${row.name} .value=${value} type=${typeof row.value === 'number' ? 'number' : 'text'}
        /></label>`;
  }
}
