import { XMLBuilder } from 'fast-xml-parser';
import { buildCallCenterSections } from './buildCallCenterSections.js';
import type { SalesforceConfig } from './salesforceConfigSchema.js';

/**
 * The call center definition file for Setup → Call Centers → Import: `<callCenter>` with
 * `sortOrder` counted from 0 without gaps in each section and among sections.
 */
export function generateCallCenterImportXml(config: SalesforceConfig, desktopUrl: string): string {
  const section = buildCallCenterSections(config, desktopUrl).map((current, sectionOrder) => ({
    '@_sortOrder': String(sectionOrder),
    '@_name': current.name,
    '@_label': current.label,
    item: current.items.map((item, itemOrder) => ({
      '@_sortOrder': String(itemOrder),
      '@_name': item.name,
      '@_label': item.label,
      '#text': item.value,
    })),
  }));
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 is the declared XML dependency; its split-out packages are not
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });
  return builder.build({ callCenter: { section } });
}
