// The choices of the enumerated items, as the widget policy names them.
export const SCREEN_POP_MOMENT_CHOICES = ['offered', 'connected', 'never'] as const;
export const MULTIPLE_MATCH_CHOICES = ['crmSearch', 'desktopPicker'] as const;
export const ACTIVITY_CREATE_MOMENTS = ['connected', 'ended', 'never'] as const;
export const PRESENCE_SYNC_CHOICES = ['crmToAgent', 'agentToCrm', 'both'] as const;
