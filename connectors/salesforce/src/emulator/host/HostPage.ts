/** What the emulated Lightning page shows: the current tab's content or an open modal. */
export type HostPage =
  | { readonly kind: 'home' }
  | { readonly kind: 'record'; readonly recordId: string; readonly objectType: string; readonly recordName: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'objectHome'; readonly scope: string }
  | { readonly kind: 'list'; readonly scope: string; readonly listViewId: string }
  | { readonly kind: 'search'; readonly searchString: string }
  | {
      readonly kind: 'newRecord';
      readonly entityName: string;
      readonly defaultFieldValues: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'flow'; readonly flowDevName: string; readonly flowArgs: readonly FlowArgument[] };

export type FlowArgument = { readonly name: string; readonly type: string; readonly value: unknown };

/** getAppViewInfo's answer and onNavigationChange's payload (person-account keys not modelled). */
export type AppViewInfo =
  | { readonly url: string; readonly recordId: string; readonly recordName: string; readonly objectType: string }
  | { readonly url: string };

/** The Lightning URL of a page [I: paths as Lightning Experience shows them in the address bar]. */
export function pageUrl(page: HostPage, orgOrigin: string): string {
  switch (page.kind) {
    case 'home':
      return `${orgOrigin}/lightning/page/home`;
    case 'record':
      return `${orgOrigin}/lightning/r/${page.objectType}/${page.recordId}/view`;
    case 'url':
      return page.url.startsWith('/') ? orgOrigin + page.url : page.url;
    case 'objectHome':
      return `${orgOrigin}/lightning/o/${page.scope}/home`;
    case 'list':
      return `${orgOrigin}/lightning/o/${page.scope}/list?filterName=${encodeURIComponent(page.listViewId)}`;
    case 'search':
      return `${orgOrigin}/lightning/search?searchInput=${encodeURIComponent(page.searchString)}`;
    case 'newRecord':
      return `${orgOrigin}/lightning/o/${page.entityName}/new`;
    case 'flow':
      return `${orgOrigin}/flow/${page.flowDevName}`;
  }
}

/** Record pages describe their record; every other page only its URL, as list views do (§1.3). */
export function appViewInfoOf(page: HostPage, orgOrigin: string): AppViewInfo {
  const url = pageUrl(page, orgOrigin);
  if (page.kind !== 'record') return { url };
  return { url, recordId: page.recordId, recordName: page.recordName, objectType: page.objectType };
}
