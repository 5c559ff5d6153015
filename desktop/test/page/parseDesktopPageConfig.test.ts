import { describe, expect, it } from '@jest/globals';
import { parseDesktopPageConfig, type DesktopPageConfig } from '../../src/page/DesktopPageConfig.js';

describe('parseDesktopPageConfig', () => {
  it.each<[string, string | null | undefined, DesktopPageConfig]>([
    ['no config', null, { shellOrigins: [] }],
    ['an empty config', '  ', { shellOrigins: [] }],
    ['no shell origins', '{}', { shellOrigins: [] }],
    ['shell origins', '{"shellOrigins":["https://*.crm.example"]}', { shellOrigins: ['https://*.crm.example'] }],
    [
      'a widget policy, kept as it came for the widget to parse',
      '{"shellOrigins":[],"widgetPolicy":{"activity":{"create":"sometimes"}}}',
      { shellOrigins: [], widgetPolicy: { activity: { create: 'sometimes' } } },
    ],
  ])('reads %s', (_name, json, expected) => {
    expect(parseDesktopPageConfig(json)).toEqual(expected);
  });

  it.each([
    ['a list', '[]', 'the desktop page config must be an object'],
    ['origins that are not a list', '{"shellOrigins":"https://crm.example"}', 'shellOrigins must be a list of origins'],
    ['origins that are not strings', '{"shellOrigins":[1]}', 'shellOrigins must be a list of origins'],
  ])('refuses %s', (_name, json, message) => {
    expect(() => parseDesktopPageConfig(json)).toThrow(message);
  });
});
