import { describe, expect, it } from '@jest/globals';
// The sources, not '@patchbay/desktop': the package's index registers lit elements, and lit ships
// only as ES modules, which jest's CommonJS runtime does not load.
import { LOCALES, catalogs } from '../src/i18n/catalogs.js';
import { createTranslator, placeholdersOf } from '../src/i18n/createTranslator.js';
import { enMessages, type MessageKey } from '../src/i18n/enMessages.js';
import { negotiateLocale } from '../src/i18n/negotiateLocale.js';

const keys = Object.keys(enMessages) as MessageKey[];

describe('UI catalogs', () => {
  it.each(LOCALES.filter((locale) => locale !== 'en').map((locale) => [locale]))(
    '%s has exactly the English keys',
    (locale) => {
      expect(Object.keys(catalogs[locale]).sort()).toEqual([...keys].sort());
    },
  );

  it.each(LOCALES.flatMap((locale) => keys.map((key) => [locale, key] as const)))(
    '%s %s is translated with the same placeholders',
    (locale, key) => {
      const message = catalogs[locale][key];
      expect(message.trim()).not.toBe('');
      expect(placeholdersOf(message).sort()).toEqual(placeholdersOf(enMessages[key]).sort());
    },
  );
});

describe('createTranslator', () => {
  it('fills placeholders', () => {
    expect(createTranslator('en')('connection.offline', { seconds: 5 })).toBe('Connection lost. Retrying in 5 s…');
    expect(createTranslator('it')('agent.state.idle', { reason: 'Pausa' })).toBe('Non disponibile: Pausa');
  });

  it('returns messages without placeholders as they are', () => {
    const t = createTranslator('it');
    expect(t.locale).toBe('it');
    expect(t('agent.state.available')).toBe('Disponibile');
  });

  it('throws on a missing parameter instead of showing a half-filled string', () => {
    expect(() => createTranslator('en')('call.target.agentOption', { name: 'Bob' })).toThrow(
      'Missing parameter "state" for message "call.target.agentOption"',
    );
  });
});

describe('negotiateLocale', () => {
  it.each([
    [['it-IT', 'en-US'], 'it'],
    [['it-CH'], 'it'],
    [['IT'], 'it'],
    [['fr-FR', 'it'], 'it'],
    [['en-GB', 'it-IT'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('picks from %p → %s', (preferred, expected) => {
    expect(negotiateLocale(preferred)).toBe(expected);
  });
});
