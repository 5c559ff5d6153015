import type { ContactEntry, ContactPhase, DesktopState } from './DesktopState.js';

/** The screens of the desktop, one at a time in a small panel. */
export type DesktopView =
  | { readonly name: 'signIn' }
  | { readonly name: 'loading' }
  | { readonly name: 'stationLogin' }
  | { readonly name: 'offer'; readonly entry: ContactEntry }
  | { readonly name: 'call'; readonly entry: ContactEntry }
  | { readonly name: 'wrapUp'; readonly entry: ContactEntry }
  | { readonly name: 'home' };

/** Which contact a crowded desktop shows first: a ringing offer, then the call, then wrap-up. */
const PHASE_ORDER: readonly ContactPhase[] = ['offered', 'active', 'wrapUp'];

const VIEW_OF_PHASE = { offered: 'offer', active: 'call', wrapUp: 'wrapUp' } as const;

/** The screen the desktop shows for a state. */
export function pickDesktopView(state: DesktopState): DesktopView {
  if (state.auth.status !== 'signedIn') return { name: 'signIn' };
  if (state.session.status === 'unknown') return { name: 'loading' };
  const entries = Object.values(state.contacts);
  for (const phase of PHASE_ORDER) {
    const entry = entries.find((candidate) => candidate.phase === phase);
    if (entry) return { name: VIEW_OF_PHASE[phase], entry };
  }
  return state.session.status === 'loggedOut' ? { name: 'stationLogin' } : { name: 'home' };
}
