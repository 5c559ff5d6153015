/** The controls a keyboard user can land on. */
const CONTROL = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

type Updating = Element & { readonly updateComplete?: Promise<unknown> };

/** Waits until every element under `root`, through shadow roots, has rendered its last update. */
export async function settleTree(root: ParentNode): Promise<void> {
  for (const element of root.querySelectorAll<Updating>('*')) {
    if (element.updateComplete !== undefined) await element.updateComplete;
    if (element.shadowRoot) await settleTree(element.shadowRoot);
  }
}

/** Every control under `root` in document order, through shadow roots. */
function* controlsUnder(root: ParentNode): Generator<HTMLElement> {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.matches(CONTROL)) yield element;
    if (element.shadowRoot) yield* controlsUnder(element.shadowRoot);
  }
}

/**
 * Puts the focus at the start of a view that just replaced another: the control marked
 * `autofocus` (Accept on an offer, the chosen wrap-up code), else the first one. A keyboard user
 * whose control went away with the old view carries on from there instead of from the page top.
 * Returns whether a control took the focus.
 */
export function focusViewStart(root: ParentNode): boolean {
  const controls = [...controlsUnder(root)];
  const target = controls.find((control) => control.hasAttribute('autofocus')) ?? controls[0];
  if (!target) return false;
  target.focus();
  return true;
}
