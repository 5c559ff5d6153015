export { freshdeskHostOrigin } from './freshdeskHostOrigin.js';
