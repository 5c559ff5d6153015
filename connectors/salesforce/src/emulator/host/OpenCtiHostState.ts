import type { HostPage } from './HostPage.js';

export type SoftphonePanelState = {
  readonly visible: boolean;
  readonly width: number;
  readonly height: number;
  /** Panel header label and icon (setSoftphonePanelLabel / setSoftphonePanelIcon). */
  readonly label: string;
  readonly icon: string;
  /** Utility bar item label and icon (setSoftphoneItemLabel / setSoftphoneItemIcon). */
  readonly itemLabel: string;
  readonly itemIcon: string;
};

export type ScreenPopEntry = { readonly method: 'screenPop' | 'searchAndScreenPop'; readonly page: HostPage };

/** A snapshot of everything the emulated page shows or remembers, for tests and the sandbox. */
export type OpenCtiHostState = {
  readonly panel: SoftphonePanelState;
  readonly clickToDialEnabled: boolean;
  readonly page: HostPage;
  /** Every page shown, oldest first, ending with `page`. */
  readonly history: readonly HostPage[];
  readonly screenPops: readonly ScreenPopEntry[];
  readonly refreshCount: number;
  /** notifyInitializationComplete was called. */
  readonly initialized: boolean;
  readonly listeners: { readonly onClickToDial: boolean; readonly onNavigationChange: boolean };
};
