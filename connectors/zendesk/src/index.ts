export { zendeskHostOrigin } from './zendeskHostOrigin.js';
