export { servicenowHostOrigin } from './servicenowHostOrigin.js';
