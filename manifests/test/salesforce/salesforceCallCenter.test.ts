import { describe, expect, it } from '@jest/globals';
import {
  generateCallCenterImportXml,
  generateCallCenterMetadataXml,
  ManifestError,
  parseConnectorConfig,
  validateCallCenterImportXml,
  validateCallCenterMetadata,
  type SalesforceConfig,
} from '@patchbay/manifests';
import { XMLParser } from 'fast-xml-parser';

const desktopUrl = 'https://cc.acme.example/desktop/';
const input = {
  tenantId: 'acme',
  crm: 'salesforce',
  coreUrl: 'https://cc.acme.example',
  salesforce: {
    internalName: 'AcmeCti',
    displayName: 'Acme <Sales> & "Support"',
    widgetPolicy: { activity: { subjectTemplate: '{direction} & {ani}' } },
  },
};

function salesforceConfig(): SalesforceConfig {
  const config = parseConnectorConfig(input).salesforce;
  if (config === undefined) throw new Error('expected a Salesforce section');
  return config;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
type Node = Record<string, Node[] | string>;

describe('Salesforce config section', () => {
  it('applies the softphone and policy defaults', () => {
    expect(salesforceConfig()).toMatchObject({
      softphoneWidth: 400,
      softphoneHeight: 550,
      widgetPolicy: { screenPop: { when: 'offered' } },
    });
  });

  it.each([
    [{ internalName: '1Acme' }, 'salesforce.internalName'],
    [{ internalName: 'Acme_Cti' }, 'salesforce.internalName'],
    [{ softphoneWidth: 199 }, 'salesforce.softphoneWidth'],
    [{ softphoneHeight: 2561 }, 'salesforce.softphoneHeight'],
    [{ desktopUrl: 'http://cc.acme.example/' }, 'salesforce.desktopUrl'],
    [{ widgetPolicy: { activity: { timeZone: 'Mars/Olympus' } } }, 'salesforce.widgetPolicy.activity.timeZone'],
    [{ widgetPolicy: { typo: true } }, 'salesforce.widgetPolicy.typo'],
  ])('refuses %p at %s', (section, field) => {
    const config = { ...input, salesforce: { ...input.salesforce, ...section } };
    expect(() => parseConnectorConfig(config)).toThrow(expect.objectContaining({ field }));
  });

  it('reports a widget policy problem as expected and got', () => {
    const config = { ...input, salesforce: { ...input.salesforce, widgetPolicy: { screenPop: { when: 3 } } } };
    try {
      parseConnectorConfig(config);
      throw new Error('expected a ManifestError');
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      expect(error.issues).toEqual([
        {
          field: 'salesforce.widgetPolicy.screenPop.when',
          message: "expected 'offered' | 'connected' | 'never', got number",
        },
      ]);
    }
  });

  it('accepts a loopback http desktop', () => {
    const config = { ...input, salesforce: { ...input.salesforce, desktopUrl: 'http://127.0.0.1:9000/' } };
    expect(parseConnectorConfig(config).salesforce?.desktopUrl).toBe('http://127.0.0.1:9000/');
  });
});

describe('generateCallCenterImportXml', () => {
  const xml = generateCallCenterImportXml(salesforceConfig(), desktopUrl);
  const callCenter = (parser.parse(xml) as { callCenter: Node[] }).callCenter[0] as { section: Node[] };

  it('writes reqGeneralInfo first, in the documented order, with gap-free sortOrder', () => {
    const [general, ...rest] = callCenter.section;
    expect(general).toMatchObject({ name: 'reqGeneralInfo', sortOrder: '0' });
    const items = (general?.['item'] ?? []) as Node[];
    expect(items.map((item) => [item['sortOrder'], item['name'], item['#text'] ?? ''])).toEqual([
      ['0', 'reqInternalName', 'AcmeCti'],
      ['1', 'reqDisplayName', 'Acme <Sales> & "Support"'],
      ['2', 'reqAdapterUrl', 'https://cc.acme.example/shells/salesforce/'],
      ['3', 'reqUseApi', 'true'],
      ['4', 'reqSoftphoneHeight', '550'],
      ['5', 'reqSoftphoneWidth', '400'],
      ['6', 'reqSalesforceCompatibilityMode', 'Lightning'],
    ]);
    expect(rest.map((section) => section['sortOrder'])).toEqual(rest.map((_, index) => String(index + 1)));
    expect(rest[0]).toMatchObject({ name: 'patchbayGeneral' });
    for (const section of rest) {
      const sectionItems = section['item'] as Node[];
      expect(sectionItems.map((item) => item['sortOrder'])).toEqual(sectionItems.map((_, index) => String(index)));
    }
  });

  it('escapes values', () => {
    expect(xml).toContain('Acme &lt;Sales&gt; &amp; &quot;Support&quot;');
    expect(xml).toContain('{direction} &amp; {ani}');
  });

  it('passes its validator', () => {
    expect(validateCallCenterImportXml(xml)).toEqual([]);
  });
});

describe('generateCallCenterMetadataXml', () => {
  const xml = generateCallCenterMetadataXml(salesforceConfig(), desktopUrl);

  it('has the CallCenter shape: customSettings JSON, no sortOrder, label and name after items', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<CallCenter xmlns="http://soap.sforce.com/2006/04/metadata">',
      ),
    ).toBe(true);
    expect(xml).not.toContain('sortOrder');
    expect(xml).toContain('<adapterUrl>https://cc.acme.example/shells/salesforce/</adapterUrl>');
    const settings = /<customSettings>(.*)<\/customSettings>/.exec(xml)?.[1]?.replaceAll('&quot;', '"') ?? '';
    expect(JSON.parse(settings)).toEqual({
      reqUseApi: 'true',
      reqSoftphoneHeight: '550',
      reqSoftphoneWidth: '400',
      reqSalesforceCompatibilityMode: 'Lightning',
    });
    expect(xml).toMatch(
      /<\/items>\s*<label>General Information<\/label>\s*<name>reqGeneralInfo<\/name>\s*<\/sections>/,
    );
    expect(xml).not.toContain('<name>reqInternalName</name>');
  });

  it('passes its validator', () => {
    expect(validateCallCenterMetadata(xml, { fileName: 'AcmeCti.callCenter-meta.xml' })).toEqual([]);
  });
});

describe('validateCallCenterImportXml', () => {
  const good = generateCallCenterImportXml(salesforceConfig(), desktopUrl);
  const general = "/callCenter/section[@name='reqGeneralInfo']";
  const item = (name: string) => `${general}/item[@name='${name}']`;

  it.each([
    ['a malformed file', good.replace('</callCenter>', ''), 'line', 'is not well-formed XML'],
    ['no root', '<calls/>', '/', 'must have a callCenter root element'],
    [
      'internal name not first',
      good.replace('sortOrder="0" name="reqInternalName"', 'sortOrder="9" name="reqInternalName"'),
      `${item('reqInternalName')}/@sortOrder`,
      'must be 0',
    ],
    [
      'display name not second',
      good.replace('sortOrder="1" name="reqDisplayName"', 'sortOrder="7" name="reqDisplayName"'),
      `${item('reqDisplayName')}/@sortOrder`,
      'must be 1',
    ],
    [
      'a sortOrder gap',
      good.replace(
        'sortOrder="6" name="reqSalesforceCompatibilityMode"',
        'sortOrder="8" name="reqSalesforceCompatibilityMode"',
      ),
      `${item('reqSalesforceCompatibilityMode')}/@sortOrder`,
      'leaves a gap',
    ],
    [
      'a repeated sortOrder',
      good.replace('sortOrder="5" name="reqSoftphoneWidth"', 'sortOrder="4" name="reqSoftphoneWidth"'),
      `${item('reqSoftphoneWidth')}/@sortOrder`,
      'repeats 4',
    ],
    [
      'a bad internal name',
      good.replace('>AcmeCti<', '>Acme Cti<'),
      item('reqInternalName'),
      'must be 1-40 letters or digits',
    ],
    [
      'a name with punctuation',
      good.replace('name="desktopUrl"', 'name="desktop_url"'),
      "/callCenter/section[@name='patchbayGeneral']/item[@name='desktop_url']/@name",
      'must be 1-40 letters or digits',
    ],
    [
      'a reserved req name',
      good.replace('name="desktopUrl"', 'name="reqDesktop"'),
      "/callCenter/section[@name='patchbayGeneral']/item[@name='reqDesktop']/@name",
      'reserved for Salesforce-defined items',
    ],
    [
      'a reserved name',
      good.replace('name="desktopUrl"', 'name="label"'),
      "/callCenter/section[@name='patchbayGeneral']/item[@name='label']/@name",
      'label is reserved',
    ],
    [
      'a long label',
      good.replace('label="Patchbay Desktop URL"', `label="${'x'.repeat(1001)}"`),
      "/callCenter/section[@name='patchbayGeneral']/item[@name='desktopUrl']/@label",
      'at most 1000',
    ],
    [
      'an http adapter',
      good.replace('https://cc.acme.example/shells', 'http://cc.acme.example/shells'),
      item('reqAdapterUrl'),
      'https',
    ],
    ['Classic mode', good.replace('>Lightning<', '>Classic<'), item('reqSalesforceCompatibilityMode'), 'Lightning'],
    [
      'no CTI API',
      good.replace('name="reqUseApi" label="Use CTI API">true<', 'name="reqUseApi" label="Use CTI API">false<'),
      item('reqUseApi'),
      'must be true',
    ],
    ['a short softphone', good.replace('>550<', '>100<'), item('reqSoftphoneHeight'), 'from 240 to 2560'],
    ['a wide softphone', good.replace('>400<', '>4000<'), item('reqSoftphoneWidth'), 'from 200 to 1920'],
    [
      'a standby URL alone',
      good.replace(
        '</section>',
        '<item sortOrder="7" name="reqStandbyUrl" label="Standby">https://b.example</item></section>',
      ),
      general,
      'together',
    ],
    [
      'no general section',
      good.replace(/<section sortOrder="0" name="reqGeneralInfo"[\s\S]*?<\/section>/, ''),
      '/callCenter',
      'must have the section reqGeneralInfo',
    ],
  ])('reports %s', (_name, xml, path, message) => {
    expect(validateCallCenterImportXml(xml)).toContainEqual({
      path: expect.stringContaining(path) as unknown,
      message: expect.stringContaining(message) as unknown,
    });
  });
});

describe('validateCallCenterMetadata', () => {
  const good = generateCallCenterMetadataXml(salesforceConfig(), desktopUrl);
  const item = (name: string) => `/CallCenter/sections[@name='reqGeneralInfo']/items[@name='${name}']`;

  it.each([
    ['a wrong namespace', good.replace('2006/04/metadata', '2006/04/other'), '/CallCenter/@xmlns', 'must be'],
    ['no display name', good.replace(/<displayName>.*<\/displayName>/, ''), '/CallCenter/displayName', 'is required'],
    [
      'bad customSettings',
      good.replace(/<customSettings>.*<\/customSettings>/, '<customSettings>{oops</customSettings>'),
      '/CallCenter/customSettings',
      'JSON object',
    ],
    [
      'an adapter URL mismatch',
      good.replace('<adapterUrl>https://cc', '<adapterUrl>https://other'),
      '/CallCenter/adapterUrl',
      'must equal',
    ],
    [
      'an http adapter',
      good.replaceAll('https://cc.acme.example/shells', 'http://cc.acme.example/shells'),
      item('reqAdapterUrl'),
      'https',
    ],
    [
      'Classic mode',
      good.replace('<value>Lightning</value>', '<value>Classic</value>'),
      item('reqSalesforceCompatibilityMode'),
      'Lightning',
    ],
    [
      'a wide softphone',
      good.replace('<value>400</value>', '<value>199</value>'),
      item('reqSoftphoneWidth'),
      'from 200 to 1920',
    ],
    [
      'a reserved req name',
      good.replace('<name>desktopUrl</name>', '<name>reqDesktopUrl</name>'),
      "items[@name='reqDesktopUrl']/@name",
      'reserved',
    ],
  ])('reports %s', (_name, xml, path, message) => {
    expect(validateCallCenterMetadata(xml)).toContainEqual({
      path: expect.stringContaining(path) as unknown,
      message: expect.stringContaining(message) as unknown,
    });
  });

  it('checks the internal name in the file name', () => {
    expect(validateCallCenterMetadata(good, { fileName: 'Acme-Cti.callCenter-meta.xml' })).toEqual([
      {
        path: 'Acme-Cti.callCenter-meta.xml',
        message: expect.stringContaining('<InternalName>.callCenter-meta.xml') as unknown,
      },
    ]);
  });
});
