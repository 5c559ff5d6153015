import type { MessageCatalog } from './enMessages.js';

/** Italian UI strings. */
export const itMessages: MessageCatalog = {
  'desktop.title': 'Desktop agente Patchbay',
  'connection.connecting': 'Connessione al contact center…',
  'connection.online': 'Connesso',
  'connection.offline': 'Connessione persa. Nuovo tentativo tra {seconds} s…',
  'agent.state.available': 'Disponibile',
  'agent.state.idle': 'Non disponibile: {reason}',
  'agent.state.reserved': 'Chiamata in arrivo',
  'agent.state.engaged': 'In chiamata',
  'agent.state.wrapUp': 'Post-chiamata',
  'agent.state.rona': 'Chiamata persa',
  'tabs.follower': 'Le azioni CRM vengono eseguite nell’altra scheda di {crm}.',
};
