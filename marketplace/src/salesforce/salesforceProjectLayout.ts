import { join } from 'node:path';

/** Where `patchbay package salesforce` puts each file in its output folder. */
export function salesforceProjectLayout(dir: string, internalName: string) {
  return {
    projectJson: join(dir, 'sfdx-project.json'),
    packageDirectory: join(dir, 'force-app'),
    callCenterSource: join(dir, 'force-app', 'main', 'default', 'callCenters', `${internalName}.callCenter-meta.xml`),
    // Outside force-app: SDR would try to resolve it as metadata.
    importXml: join(dir, `${internalName}.callCenter-import.xml`),
    zip: join(dir, 'deploy', `${internalName}.zip`),
  };
}

export const SOURCE_API_VERSION = '62.0';
