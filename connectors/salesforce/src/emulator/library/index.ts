export { OPEN_CTI_ARGUMENT_ERRORS, checkOpenCtiArguments } from './checkOpenCtiArguments.js';
export {
  INITIALIZE_FAILURE,
  initializeOpenCti,
  type LaunchLocationLike,
  type OpenCtiLaunch,
} from './initializeOpenCti.js';
export { installOpenCtiLibrary, type OpenCtiLibrary, type OpenCtiLibraryWindow } from './installOpenCtiLibrary.js';
export { OPEN_CTI_API_VERSION } from './openCtiApiVersion.js';
export { wireArgsOf } from './wireArgsOf.js';
