import type { ShellMethods } from '@patchbay/core-bridge/desktop';
import { FakeCrm } from '../../executor/support/FakeCrm.js';

/** The executor's fake CRM plus the UI calls a whole widget makes (click-to-dial switch). */
export class WidgetFakeCrm extends FakeCrm {
  readonly clickToDial: boolean[] = [];

  override implementation(): Partial<ShellMethods> {
    return {
      ...super.implementation(),
      setClickToDialEnabled: ({ enabled }) => {
        this.clickToDial.push(enabled);
        return Promise.resolve({});
      },
    };
  }

  callsOf(method: string): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.params);
  }
}
