export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1366, height: 768 } as const;
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the title bar must land on a screen for the saved position to be kept. */
const MIN_VISIBLE = { width: 160, height: 40 };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
}

/**
 * Turns what was saved last time (anything: the file may be old, edited or corrupt) into
 * bounds that fit the screens attached now. A window saved on a monitor that is gone, or
 * larger than any screen, comes back centred and at a size that fits.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const record = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (acc, area) => ({ width: Math.max(acc.width, area.width), height: Math.max(acc.height, area.height) }),
    { width: 0, height: 0 },
  );
  const maxWidth = largest.width > 0 ? largest.width : Number.POSITIVE_INFINITY;
  const maxHeight = largest.height > 0 ? largest.height : Number.POSITIVE_INFINITY;

  const width = clamp(isFiniteNumber(record.width) ? record.width : DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width, maxWidth);
  const height = clamp(isFiniteNumber(record.height) ? record.height : DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height, maxHeight);
  const state: WindowState = { width, height, maximized: record.maximized === true };

  if (isFiniteNumber(record.x) && isFiniteNumber(record.y)) {
    const titleBar: Rect = { x: Math.round(record.x), y: Math.round(record.y), width, height: MIN_VISIBLE.height };
    const visible = workAreas.some((area) => {
      const o = overlap(titleBar, area);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (visible) {
      state.x = titleBar.x;
      state.y = titleBar.y;
    }
  }
  return state;
}

/** What is written on close: the normal (unmaximised) bounds plus whether it was maximised. */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
