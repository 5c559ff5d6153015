/** One softphone layout section key per call type, as getSoftphoneLayout answers (§1.3). */
export type SoftphoneLayoutCallType = 'Inbound' | 'Outbound' | 'Internal';

export type SoftphoneScreenPopSetting = {
  readonly screenPopType: 'PopToEntity' | 'PopToVisualforce' | 'PopToSearch' | 'PopToFlow';
  /** For PopToEntity on NoMatch: the object whose new-record modal opens, e.g. `Contact`. */
  readonly screenPopData?: string;
};

export type SoftphoneLayoutSection = {
  readonly callRelatedFields: readonly string[];
  /** Objects searched, each with the fields a search result carries. */
  readonly objects: Readonly<Record<string, readonly { readonly displayName: string; readonly apiName: string }[]>>;
  readonly screenPopSettings: Partial<Record<'NoMatch' | 'SingleMatch' | 'MultipleMatches', SoftphoneScreenPopSetting>>;
  readonly screenPopsOpenWithin?: string;
};

export type SoftphoneLayout = Partial<Record<SoftphoneLayoutCallType, SoftphoneLayoutSection>>;
