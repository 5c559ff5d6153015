import { installOpenCtiLibrary } from './installOpenCtiLibrary.js';

// The entry of the served opencti_min.js: like Salesforce's script, it initializes on load.
// A browser window has every member the library uses; `sforce` is the one it adds.
installOpenCtiLibrary(window);
