import type { SalesforceOrg } from '../org/index.js';
import type { OpenCtiListenerMethod, OpenCtiMethod } from '../protocol/openCtiWire.js';
import { appViewInfoOf, type HostPage } from './HostPage.js';
import { OpenCtiCallFailure, requireString } from './OpenCtiCallFailure.js';
import type { ScreenPopEntry, SoftphonePanelState } from './OpenCtiHostState.js';
import { PANEL_HEIGHT_RANGE, PANEL_WIDTH_RANGE, requirePixels } from './panelLimits.js';
import { resolveScreenPop } from './resolveScreenPop.js';
import { runSaveLog } from './runSaveLog.js';
import { runSearchAndScreenPop } from './runSearchAndScreenPop.js';
import type { SoftphoneLayout } from './SoftphoneLayout.js';

/** Answers runApex with the string the Apex method would return. */
export type RunApexHandler = (call: { apexClass: string; methodName: string; methodParams: unknown }) => string;

/** The host's state as its handlers change it. */
export type HostMutableState = {
  panel: { -readonly [K in keyof SoftphonePanelState]: SoftphonePanelState[K] };
  clickToDialEnabled: boolean;
  history: HostPage[];
  screenPops: ScreenPopEntry[];
  refreshCount: number;
  initialized: boolean;
};

export type MethodHandlerContext = {
  readonly org: SalesforceOrg;
  readonly orgOrigin: string;
  readonly settings: Readonly<Record<string, string>>;
  readonly layout: SoftphoneLayout;
  readonly activeScreenFlows: readonly string[];
  readonly runApex: RunApexHandler | undefined;
  readonly state: HostMutableState;
  currentPage(): HostPage;
  /** Opens a page and tells the onNavigationChange listener, as Lightning does after a pop. */
  show(page: HostPage): void;
};

/** One handler per answered method: returns `returnValue` or throws OpenCtiCallFailure. */
export type MethodHandlers = Record<
  Exclude<OpenCtiMethod, OpenCtiListenerMethod>,
  (args: Readonly<Record<string, unknown>>) => unknown
>;

/** An SLDS utility icon name, e.g. `call` or `end_call` [I: the icon set itself is not checked]. */
const ICON_KEY = /^[a-z][a-z0-9_]*$/;

export function createMethodHandlers(context: MethodHandlerContext): MethodHandlers {
  const { state } = context;
  const setIcon = (target: 'icon' | 'itemIcon') => (args: Readonly<Record<string, unknown>>) => {
    const key = requireString(args, 'key', 'args');
    if (!ICON_KEY.test(key)) throw new OpenCtiCallFailure('args.key must be an SLDS utility icon name');
    state.panel[target] = key;
    return null;
  };
  const setLabel = (target: 'label' | 'itemLabel') => (args: Readonly<Record<string, unknown>>) => {
    const label = args['label'];
    if (typeof label !== 'string') throw new OpenCtiCallFailure('args.label must be a string');
    state.panel[target] = label;
    return null;
  };
  const pop = (method: ScreenPopEntry['method'], page: HostPage) => {
    state.screenPops.push({ method, page });
    context.show(page);
  };

  return {
    screenPop(args) {
      pop('screenPop', resolveScreenPop(args, context));
      return null;
    },
    searchAndScreenPop(args) {
      const outcome = runSearchAndScreenPop(args, context.org, context.layout);
      if (outcome.page !== undefined) pop('searchAndScreenPop', outcome.page);
      return outcome.returnValue;
    },
    saveLog: (args) => runSaveLog(args, context.org),
    refreshView() {
      state.refreshCount += 1;
      return null;
    },
    enableClickToDial() {
      state.clickToDialEnabled = true;
      return null;
    },
    disableClickToDial() {
      state.clickToDialEnabled = false;
      return null;
    },
    getAppViewInfo: () => appViewInfoOf(context.currentPage(), context.orgOrigin),
    setSoftphonePanelVisibility(args) {
      const visible = args['visible'];
      if (typeof visible !== 'boolean') throw new OpenCtiCallFailure('args.visible must be a boolean');
      state.panel.visible = visible;
      return null;
    },
    isSoftphonePanelVisible: () => ({ visible: state.panel.visible }),
    setSoftphonePanelHeight(args) {
      state.panel.height = requirePixels(args, 'heightPX', PANEL_HEIGHT_RANGE);
      return null;
    },
    setSoftphonePanelWidth(args) {
      state.panel.width = requirePixels(args, 'widthPX', PANEL_WIDTH_RANGE);
      return null;
    },
    setSoftphoneItemIcon: setIcon('itemIcon'),
    setSoftphonePanelIcon: setIcon('icon'),
    setSoftphoneItemLabel: setLabel('itemLabel'),
    setSoftphonePanelLabel: setLabel('label'),
    getCallCenterSettings: () => ({ ...context.settings }),
    getSoftphoneLayout: () => structuredClone(context.layout),
    runApex(args) {
      const apexClass = requireString(args, 'apexClass', 'args');
      const methodName = requireString(args, 'methodName', 'args');
      if (context.runApex === undefined) {
        throw new OpenCtiCallFailure(`runApex is not supported here: no Apex class ${apexClass} in this org`);
      }
      return { runApex: context.runApex({ apexClass, methodName, methodParams: args['methodParams'] }) };
    },
    notifyInitializationComplete() {
      state.initialized = true;
      return null;
    },
  };
}
