import type { ContactEntry } from '../model/DesktopState.js';

/** Which call controls a contact allows now; the call view shows only these. */
export type CallControls = {
  readonly hold: boolean;
  readonly resume: boolean;
  /** Start a consult (to an agent, a queue or a number) or a blind transfer. */
  readonly consult: boolean;
  readonly transfer: boolean;
  readonly consultTransfer: boolean;
  readonly conference: boolean;
  readonly consultEnd: boolean;
  readonly end: boolean;
  readonly dtmf: boolean;
};

const NONE: CallControls = {
  hold: false,
  resume: false,
  consult: false,
  transfer: false,
  consultTransfer: false,
  conference: false,
  consultEnd: false,
  end: false,
  dtmf: false,
};

/** The controls of a contact in the call view, from its state and its consult. */
export function callControls(entry: ContactEntry): CallControls {
  const { contact } = entry;
  if (entry.phase !== 'active') return NONE;
  // A consulted agent talks and leaves; the customer belongs to the consulting agent.
  if (entry.role === 'consulted') return { ...NONE, end: true, dtmf: true };
  if (contact.state === 'dialing') return { ...NONE, end: true };
  const consult = contact.consult;
  if (consult) {
    const talking = consult.state === 'consulting';
    return {
      ...NONE,
      consultTransfer: talking,
      conference: talking,
      consultEnd: true,
      end: consult.state === 'conferenced',
      dtmf: talking || consult.state === 'conferenced',
    };
  }
  const connected = contact.state === 'connected';
  return {
    ...NONE,
    hold: connected,
    resume: contact.state === 'held',
    consult: connected,
    transfer: connected,
    end: true,
    dtmf: connected,
  };
}
