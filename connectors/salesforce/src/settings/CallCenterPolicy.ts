// The widget policy document as the call center carries it. The shell bundle must stay small and
// adapters depend only on the connector kit, so this mirrors the headless widget's parsed policy
// structurally (no zod here); the desktop validates what callCenterSettingsToPolicy returns.

/** `ani`, `dnis` or `cad.NAME`. */
export type CallCenterFieldSource = 'ani' | 'dnis' | `cad.${string}`;

export type CallCenterFieldMapping = { readonly from: CallCenterFieldSource; readonly field: string };

export type CallCenterPresenceMapping = {
  readonly crmPresenceId: string;
  readonly agentState: 'Available' | { readonly idleCodeId: string };
};

type PhoneNormalization = {
  readonly stripPrefixes: readonly string[];
  readonly defaultCountryCode?: string | undefined;
};

/** A parsed widget policy (defaults applied), the input of policyToCallCenterSections. */
export type CallCenterPolicy = {
  readonly screenPop: {
    readonly when: 'offered' | 'connected' | 'never';
    readonly searchBy:
      | ({ readonly kind: 'ani' } & PhoneNormalization)
      | ({
          readonly kind: 'cad';
          readonly variable: string;
          readonly objectType?: string | undefined;
          readonly fallbackToAni: boolean;
        } & PhoneNormalization);
    readonly multipleMatches: 'crmSearch' | 'desktopPicker';
    readonly noMatch:
      | { readonly action: 'nothing' }
      | {
          readonly action: 'createRecord';
          readonly objectType: string;
          readonly fieldMappings: readonly CallCenterFieldMapping[];
        };
    readonly urlTemplate?: string | undefined;
  };
  readonly activity: {
    readonly create: 'connected' | 'ended' | 'never';
    readonly updateAtWrapUp: boolean;
    readonly subjectTemplate: string;
    readonly dateFormat: string;
    readonly timeZone: string;
    readonly fieldMappings: readonly CallCenterFieldMapping[];
    readonly activityIdVariable: string;
  };
  readonly caseCreation: {
    readonly inbound: boolean;
    readonly outbound: boolean;
    readonly objectType: string;
    readonly fieldMappings: readonly CallCenterFieldMapping[];
  };
  readonly clickToDial: { readonly enabled: boolean } & PhoneNormalization;
  readonly presenceSync: {
    readonly enabled: boolean;
    readonly direction: 'crmToAgent' | 'agentToCrm' | 'both';
    readonly mappings: readonly CallCenterPresenceMapping[];
  };
};

/**
 * What callCenterSettingsToPolicy returns: a plain JSON widget policy document. Items left empty
 * in Setup are omitted, so the widget policy's defaults apply to them.
 */
export type CallCenterPolicyDocument = Record<string, Record<string, unknown>>;
