import { LitElement, type CSSResultGroup } from 'lit';
import type { DesktopController } from '../controller/DesktopController.js';
import type { Translator } from '../i18n/createTranslator.js';
import type { DesktopState } from '../model/DesktopState.js';
import { desktopStyles } from './desktopStyles.js';

/** What every part of the desktop renders from; the root hands it down. */
export type DesktopPartContext = {
  readonly controller: DesktopController;
  readonly state: DesktopState;
  readonly t: Translator;
};

/**
 * The base of the desktop's parts: the root sets `controller`, `state`, `t` and `now` (the injected
 * clock's time, refreshed each second while something counts). A part renders nothing until set.
 */
export class DesktopPartElement extends LitElement {
  static override properties = {
    controller: { attribute: false },
    state: { attribute: false },
    t: { attribute: false },
    now: { attribute: false },
  };

  static override styles: CSSResultGroup = desktopStyles;

  declare controller: DesktopController | undefined;
  declare state: DesktopState | undefined;
  declare t: Translator | undefined;
  declare now: number;

  constructor() {
    super();
    this.now = 0;
  }

  protected context(): DesktopPartContext | undefined {
    const { controller, state, t } = this;
    return controller && state && t ? { controller, state, t } : undefined;
  }
}
