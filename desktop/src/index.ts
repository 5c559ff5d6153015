export { LOCALES, catalogs, type Locale } from './i18n/catalogs.js';
export { createTranslator, placeholdersOf, type MessageParams, type Translator } from './i18n/createTranslator.js';
export { enMessages, type MessageCatalog, type MessageKey } from './i18n/enMessages.js';
export { itMessages } from './i18n/itMessages.js';
export { negotiateLocale } from './i18n/negotiateLocale.js';
