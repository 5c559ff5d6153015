import { enMessages, type MessageCatalog } from './enMessages.js';
import { itMessages } from './itMessages.js';

/** Every locale the desktop ships a catalog for; the first is the fallback. */
export const LOCALES = ['en', 'it'] as const;

export type Locale = (typeof LOCALES)[number];

/** The catalog of each locale. */
export const catalogs: Readonly<Record<Locale, MessageCatalog>> = { en: enMessages, it: itMessages };
