import type { AgentStateRequestBody, CallDataUpdate, ContactTarget, SignInRequest } from '@patchbay/core-bridge/client';
import type { DesktopState } from '../model/DesktopState.js';
import type { DesktopWidgetHandle, WidgetAttachment } from './DesktopWidgetHandle.js';

/**
 * What the desktop's elements read and do. Intents never reject: a failure becomes a notification
 * with the error's code, and the promise resolves to false (true when the core accepted).
 */
export type DesktopController = {
  getState(): DesktopState;
  /** Calls `listener` with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: DesktopState) => void): () => void;
  /** Resumes the stored session, if any; otherwise the sign-in form shows. */
  start(): Promise<boolean>;
  signIn(request: SignInRequest): Promise<boolean>;
  signOut(): Promise<boolean>;
  stationLogin(dialNumber: string): Promise<boolean>;
  setState(request: AgentStateRequestBody): Promise<boolean>;
  accept(interactionId: string): Promise<boolean>;
  decline(interactionId: string): Promise<boolean>;
  hold(interactionId: string): Promise<boolean>;
  resume(interactionId: string): Promise<boolean>;
  end(interactionId: string): Promise<boolean>;
  /** Reads the other logged-in agents for the consult and transfer picker (`state.buddies`). */
  loadBuddies(): Promise<boolean>;
  consult(interactionId: string, to: ContactTarget): Promise<boolean>;
  consultTransfer(interactionId: string): Promise<boolean>;
  conference(interactionId: string): Promise<boolean>;
  consultEnd(interactionId: string): Promise<boolean>;
  blindTransfer(interactionId: string, to: ContactTarget): Promise<boolean>;
  wrapUp(interactionId: string, wrapUpCodeId: string): Promise<boolean>;
  outdial(destination: string): Promise<boolean>;
  sendDtmf(interactionId: string, digits: string): Promise<boolean>;
  updateCallData(interactionId: string, values: CallDataUpdate['values']): Promise<boolean>;
  dismissNotification(id: number): void;
  /** Shows an error from beside the controller (a bad page config, say) as a notification. */
  reportError(error: unknown): void;
  /**
   * Shows the headless widget's state in the desktop and lets its buttons drive it. One widget at
   * a time: attaching another detaches the first.
   */
  attachWidget(widget: DesktopWidgetHandle): WidgetAttachment;
  /** "Take over": this tab makes the CRM calls from now on. No-op without a widget. */
  takeOver(): void;
  /** Retries a stuck CRM write; resolves once the widget is idle again and the list is read anew. */
  retryCrmWrite(key: string): Promise<boolean>;
  /** Stops listening to the client and the bridge, and closes the event socket. */
  dispose(): void;
};
