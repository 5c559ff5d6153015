import { describe, expect, it } from '@jest/globals';
import { formatDateTime } from '../../src/planner/formatDateTime.js';

const WINTER = Date.UTC(2024, 0, 15, 23, 5, 9);
const SUMMER = Date.UTC(2024, 6, 1, 8, 0, 0);

describe('formatDateTime', () => {
  it.each<[string, number, string, string, string]>([
    ['the default format in UTC', WINTER, 'YYYY-MM-DD HH:mm', 'UTC', '2024-01-15 23:05'],
    ['seconds and another order', WINTER, 'DD/MM/YYYY HH:mm:ss', 'UTC', '15/01/2024 23:05:09'],
    ['a zone east of UTC, crossing midnight', WINTER, 'YYYY-MM-DD HH:mm', 'Europe/Rome', '2024-01-16 00:05'],
    ['summer time', SUMMER, 'HH:mm', 'Europe/Rome', '10:00'],
    ['a zone west of UTC', SUMMER, 'YYYY-MM-DD HH:mm', 'America/New_York', '2024-07-01 04:00'],
    ['midnight as 00', Date.UTC(2024, 0, 1, 0, 0), 'HH', 'UTC', '00'],
  ])('formats %s', (_name, epochMs, format, zone, expected) => {
    expect(formatDateTime(epochMs, format, zone)).toBe(expected);
  });
});
