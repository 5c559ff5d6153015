import { OpenCtiCallFailure } from './OpenCtiCallFailure.js';

/** Lightning's softphone size limits in px (§1.3, same as the call center's reqSoftphone* items). */
export const PANEL_HEIGHT_RANGE = { min: 240, max: 2560 } as const;
export const PANEL_WIDTH_RANGE = { min: 200, max: 1920 } as const;

/** Reads a pixel size argument, refusing non-integers and values outside the range. */
export function requirePixels(
  args: Readonly<Record<string, unknown>>,
  key: 'heightPX' | 'widthPX',
  range: { readonly min: number; readonly max: number },
): number {
  const value = args[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new OpenCtiCallFailure(`${key} must be an integer between ${range.min} and ${range.max}`);
  }
  return value;
}

/** The size a call center asks for, or the fallback when its setting is absent or out of range. */
export function settingPixels(
  settings: Readonly<Record<string, string>>,
  key: string,
  range: { readonly min: number; readonly max: number },
  fallback: number,
): number {
  const value = Number(settings[key]);
  return Number.isInteger(value) && value >= range.min && value <= range.max ? value : fallback;
}
