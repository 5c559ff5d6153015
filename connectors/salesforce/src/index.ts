export { salesforceHostOrigin } from './salesforceHostOrigin.js';
