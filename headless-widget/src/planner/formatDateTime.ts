/** The tokens a policy's `dateFormat` may use; anything else is copied as it is. */
const DATE_TOKENS = /YYYY|MM|DD|HH|mm|ss/g;

type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

const TOKEN_PARTS: Readonly<Record<string, DatePart>> = {
  YYYY: 'year',
  MM: 'month',
  DD: 'day',
  HH: 'hour',
  mm: 'minute',
  ss: 'second',
};

/**
 * Formats an epoch-ms moment with a small token format (`YYYY-MM-DD HH:mm`) in an IANA time zone.
 * Intl does the time-zone arithmetic; the tokens only choose and order the parts.
 */
export function formatDateTime(epochMs: number, dateFormat: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const valueOf = (part: DatePart) => parts.find((candidate) => candidate.type === part)?.value ?? '';
  return dateFormat.replace(DATE_TOKENS, (token) => valueOf(TOKEN_PARTS[token] ?? 'year'));
}
