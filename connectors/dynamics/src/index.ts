export { dynamicsHostOrigin } from './dynamicsHostOrigin.js';
