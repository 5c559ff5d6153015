/** The exact text opencti.js throws (as a string, not an Error) when it cannot start (§1.1). */
export const INITIALIZE_FAILURE =
  'Failed to initialize Open CTI. Ensure that it is loaded from the right frame with correct URL parameters';

/** The regex opencti.js applies to `sfdcIframeOrigin`, copied verbatim (§1.1). */
const SFDC_IFRAME_ORIGIN = /^http[s]?:\/\/[\w-.]+(\.force\.com|\.salesforce\.com)(:\d+)?$/;

export type OpenCtiLaunch = { readonly sfdcIframeOrigin: string; readonly mode: string };

export type LaunchLocationLike = { readonly search: string; readonly protocol: string };

/**
 * Reads the URL parameters Salesforce appends to the softphone URL. The origin must be a
 * force.com or salesforce.com origin and use the page's own scheme; `mode` must be present (its
 * value is not checked, as in the real script).
 */
export function initializeOpenCti(location: LaunchLocationLike): OpenCtiLaunch {
  const query = new URLSearchParams(location.search);
  const sfdcIframeOrigin = query.get('sfdcIframeOrigin');
  const mode = query.get('mode');
  if (
    sfdcIframeOrigin === null ||
    mode === null ||
    !SFDC_IFRAME_ORIGIN.test(sfdcIframeOrigin) ||
    !sfdcIframeOrigin.startsWith(location.protocol)
  ) {
    // The real library throws a bare string; adapters that catch it compare the text, so do we.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw INITIALIZE_FAILURE;
  }
  return { sfdcIframeOrigin, mode };
}
