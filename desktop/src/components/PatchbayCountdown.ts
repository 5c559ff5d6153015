import { LitElement, html, type PropertyValues } from 'lit';
import { formatClock, nextAnnouncement, secondsLeft } from '../view/countdown.js';
import { desktopStyles } from './desktopStyles.js';

/**
 * `<patchbay-countdown>`: the time left until `deadline` on the injected clock (`now`), with a
 * polite live region that speaks at first and then only at milestones.
 */
export class PatchbayCountdown extends LitElement {
  static override properties = {
    deadline: { type: Number },
    now: { type: Number },
    /** The translated sentence for the spoken form; `{seconds}` is filled in. */
    announce: { attribute: false },
    label: { type: String },
  };

  static override styles = desktopStyles;

  declare deadline: number;
  declare now: number;
  declare label: string;
  declare announce: (seconds: number) => string;
  private announced: number | undefined;

  constructor() {
    super();
    this.deadline = 0;
    this.now = 0;
    this.label = '';
    this.announce = String;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A new deadline is a new countdown: it is spoken afresh.
    if (changed.has('deadline')) this.announced = undefined;
    this.announced = nextAnnouncement(this.announced, secondsLeft(this.deadline, this.now));
  }

  override render() {
    const left = secondsLeft(this.deadline, this.now);
    return html`<span class="row"
      ><span>${this.label}</span> <strong role="timer" aria-hidden="true">${formatClock(left)}</strong
      ><span class="sr-only" aria-live="polite">${this.announce(this.announced ?? left)}</span></span
    >`;
  }
}
