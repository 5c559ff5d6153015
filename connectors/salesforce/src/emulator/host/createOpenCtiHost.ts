import type { SalesforceOrg } from '../org/index.js';
import {
  OPEN_CTI_API_TYPE,
  isListenerMethod,
  type MessageEventLike,
  type MessageReceiverLike,
  type OpenCtiAnswer,
  type OpenCtiListenerMethod,
  type OpenCtiMethod,
  type OpenCtiResponse,
  type PostTargetLike,
} from '../protocol/openCtiWire.js';
import { appViewInfoOf, type HostPage } from './HostPage.js';
import { createMethodHandlers, type HostMutableState, type RunApexHandler } from './createMethodHandlers.js';
import { OpenCtiCallFailure } from './OpenCtiCallFailure.js';
import type { OpenCtiHostState } from './OpenCtiHostState.js';
import { PANEL_HEIGHT_RANGE, PANEL_WIDTH_RANGE, settingPixels } from './panelLimits.js';
import { parseOpenCtiRequest, type IgnoredMessage } from './parseOpenCtiRequest.js';
import { recordPage } from './recordPage.js';
import type { SoftphoneLayout } from './SoftphoneLayout.js';

export type OpenCtiHostOptions = {
  /** The Lightning page's window, where the softphone's messages arrive. */
  window: MessageReceiverLike;
  /** The softphone iframe's window (its `contentWindow`), read on every message: null until attached. */
  softphoneWindow: () => PostTargetLike | null;
  /** The softphone's exact origin: the only one heard and the only target origin used. */
  softphoneOrigin: string;
  /** The Open CTI API version this page speaks; messages of any other version are ignored. */
  apiVersion: number;
  org: SalesforceOrg;
  /** The Lightning origin, e.g. `https://acme.lightning.force.com`, for page URLs. */
  orgOrigin: string;
  /** getCallCenterSettings' flat `"/section/item" → string` map. */
  callCenterSettings: Readonly<Record<string, string>>;
  softphoneLayout: SoftphoneLayout;
  activeScreenFlows?: readonly string[];
  /** Answers runApex; without it runApex fails, as an org without that Apex class would. */
  runApex?: RunApexHandler;
};

/** What a click-to-dial push carries (§1.3; person-account keys not modelled). */
export type ClickToDialPayload = {
  readonly number: string;
  readonly recordId: string;
  readonly recordName: string;
  readonly objectType: string;
  readonly params?: string;
};

export type OpenCtiHost = {
  state(): OpenCtiHostState;
  /** Messages dropped unanswered, with the reason, oldest first. */
  ignoredMessages(): readonly IgnoredMessage[];
  /** Every answer and push sent, oldest first. */
  sentMessages(): readonly OpenCtiAnswer[];
  /** A user clicks a phone number; delivered only while enabled and listened to. Returns whether sent. */
  clickToDial(payload: ClickToDialPayload): boolean;
  /** The user opens a record (by id) or a relative URL; fires onNavigationChange. */
  navigate(target: string): void;
  dispose(): void;
};

/** The parent-frame side of Open CTI: a Lightning page with its softphone utility (§1.2, §1.3). */
export function createOpenCtiHost(options: OpenCtiHostOptions): OpenCtiHost {
  const { org, orgOrigin, softphoneOrigin, apiVersion } = options;
  const settings = options.callCenterSettings;
  const ignored: IgnoredMessage[] = [];
  const sent: OpenCtiAnswer[] = [];
  const listenerCallIds = new Map<OpenCtiListenerMethod, number>();
  const state: HostMutableState = {
    panel: {
      visible: false, // [I] the utility panel starts closed until the agent or the softphone opens it
      width: settingPixels(settings, '/reqGeneralInfo/reqSoftphoneWidth', PANEL_WIDTH_RANGE, 400),
      height: settingPixels(settings, '/reqGeneralInfo/reqSoftphoneHeight', PANEL_HEIGHT_RANGE, 550),
      label: settings['/reqGeneralInfo/reqDisplayName'] ?? 'Phone',
      icon: 'call',
      itemLabel: 'Phone',
      itemIcon: 'call',
    },
    clickToDialEnabled: false,
    history: [{ kind: 'home' }],
    screenPops: [],
    refreshCount: 0,
    initialized: false,
  };
  const currentPage = (): HostPage => state.history[state.history.length - 1] ?? { kind: 'home' };

  const post = (message: OpenCtiAnswer): void => {
    const target = options.softphoneWindow();
    if (target === null) return;
    sent.push(message);
    target.postMessage(message, softphoneOrigin);
  };
  const push = (methodName: OpenCtiListenerMethod, payload: unknown): boolean => {
    const callId = listenerCallIds.get(methodName);
    if (callId === undefined) return false;
    // One message per event even if the softphone registered several listeners: the library calls
    // every listener of that method on each message, so more messages would repeat the event.
    post({ apiVersion, apiType: OPEN_CTI_API_TYPE, methodName, callId, response: payload });
    return true;
  };
  const show = (page: HostPage): void => {
    state.history.push(page);
    push('onNavigationChange', appViewInfoOf(page, orgOrigin));
  };

  const handlers = createMethodHandlers({
    org,
    orgOrigin,
    settings,
    layout: options.softphoneLayout,
    activeScreenFlows: options.activeScreenFlows ?? [],
    runApex: options.runApex,
    state,
    currentPage,
    show,
  });

  const answer = (methodName: OpenCtiMethod, callId: number, response: OpenCtiResponse): void => {
    post({ apiVersion, apiType: OPEN_CTI_API_TYPE, methodName, callId, response });
  };

  const onMessage = (event: MessageEventLike): void => {
    const parsed = parseOpenCtiRequest(event, {
      softphoneOrigin,
      softphoneWindow: options.softphoneWindow(),
      apiVersion,
    });
    if ('ignored' in parsed) {
      ignored.push({ reason: parsed.ignored, origin: event.origin, data: event.data });
      return;
    }
    const { methodName, callId, args } = parsed.request;
    if (isListenerMethod(methodName)) {
      // A registration is not answered: the library would hand the answer to the new listener.
      listenerCallIds.set(methodName, callId);
      return;
    }
    try {
      const returnValue = handlers[methodName](args);
      answer(methodName, callId, { success: true, returnValue, errors: null });
    } catch (error) {
      if (!(error instanceof OpenCtiCallFailure)) throw error;
      answer(methodName, callId, { success: false, returnValue: null, errors: [error.message] });
    }
  };
  options.window.addEventListener('message', onMessage);

  return {
    state: () => ({
      panel: { ...state.panel },
      clickToDialEnabled: state.clickToDialEnabled,
      page: currentPage(),
      history: [...state.history],
      screenPops: [...state.screenPops],
      refreshCount: state.refreshCount,
      initialized: state.initialized,
      listeners: {
        onClickToDial: listenerCallIds.has('onClickToDial'),
        onNavigationChange: listenerCallIds.has('onNavigationChange'),
      },
    }),
    ignoredMessages: () => [...ignored],
    sentMessages: () => [...sent],
    clickToDial(payload) {
      if (!state.clickToDialEnabled) return false;
      return push('onClickToDial', { ...payload });
    },
    navigate(target) {
      if (target.startsWith('/')) {
        show({ kind: 'url', url: target });
        return;
      }
      const page = recordPage(org, target);
      if (page === undefined) throw new OpenCtiCallFailure(`navigate: no record or relative URL: ${target}`);
      show(page);
    },
    dispose: () => options.window.removeEventListener('message', onMessage),
  };
}
