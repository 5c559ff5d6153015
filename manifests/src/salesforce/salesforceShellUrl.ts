/** The Salesforce shell (the page Open CTI loads as `reqAdapterUrl`), served beside the desktop. */
export function salesforceShellUrl(desktopUrl: string): string {
  return new URL('/shells/salesforce/', desktopUrl).href;
}
