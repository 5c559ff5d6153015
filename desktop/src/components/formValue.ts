/** The trimmed text of a form's field, '' when absent: form data read at submit, no element refs. */
export function formValue(form: HTMLFormElement | FormData, name: string): string {
  return rawFormValue(form, name).trim();
}

/** The text of a form's field as typed (passwords keep their spaces), '' when absent. */
export function rawFormValue(form: HTMLFormElement | FormData, name: string): string {
  const value = (form instanceof FormData ? form : new FormData(form)).get(name);
  return typeof value === 'string' ? value : '';
}

/** The form a submit event came from. */
export function submittedForm(event: SubmitEvent): HTMLFormElement {
  event.preventDefault();
  return event.currentTarget as HTMLFormElement;
}
