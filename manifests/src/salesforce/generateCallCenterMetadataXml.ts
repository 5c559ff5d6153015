import { XMLBuilder } from 'fast-xml-parser';
import {
  buildCallCenterSections,
  DISPLAY_NAME_LABEL,
  GENERAL_SECTION,
  INTERNAL_NAME_LABEL,
} from './buildCallCenterSections.js';
import type { SalesforceConfig } from './salesforceConfigSchema.js';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/** Items the metadata form carries as the file name and `displayName` rather than as items. */
const NAME_ITEMS: ReadonlySet<string> = new Set(['reqInternalName', 'reqDisplayName']);

/** Where the source-format file lives in an sfdx project's package directory. */
export function callCenterMetadataPath(internalName: string): string {
  return `callCenters/${internalName}.callCenter-meta.xml`;
}

/**
 * The `CallCenter` metadata source file. Unlike the import file it has no `sortOrder`: order is
 * the list's, and a section's `label`/`name` follow its `items`, as in Salesforce's own sample.
 */
export function generateCallCenterMetadataXml(config: SalesforceConfig, desktopUrl: string): string {
  const sections = buildCallCenterSections(config, desktopUrl).map((section) => ({
    ...section,
    items: section.items.filter((item) => !NAME_ITEMS.has(item.name)),
  }));
  const general = sections.find((section) => section.name === GENERAL_SECTION.name)?.items ?? [];
  const generalValues = Object.fromEntries(general.map((item) => [item.name, item.value]));
  const { reqAdapterUrl, ...customSettings } = generalValues;
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 is the declared XML dependency; its split-out packages are not
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '    ',
  });
  const body = builder.build({
    CallCenter: {
      '@_xmlns': METADATA_NAMESPACE,
      adapterUrl: reqAdapterUrl ?? '',
      customSettings: JSON.stringify(customSettings),
      displayName: config.displayName,
      displayNameLabel: DISPLAY_NAME_LABEL,
      internalNameLabel: INTERNAL_NAME_LABEL,
      sections: sections.map((section) => ({
        items: section.items.map((item) => ({ label: item.label, name: item.name, value: item.value })),
        label: section.label,
        name: section.name,
      })),
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
