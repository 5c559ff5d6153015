export { runHostOriginContract, type HostOriginCases } from './runHostOriginContract.js';
