// Remembering the window's size and position between runs, kept on a visible display.

/** A window's bounds and whether it was maximized. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A display's usable area. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a new window opens at. */
export const DEFAULT_STATE: WindowState = { width: 1280, height: 860, maximized: false };
const MIN = { width: 800, height: 600 };

/**
 * Parses saved state as untrusted (the file may be old or damaged), and drops the position when it
 * would put the window off every display (for example after a monitor was unplugged).
 */
export function restoreWindowState(saved: unknown, displays: readonly Area[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_STATE;
  const s = saved as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = Math.max(MIN.width, num(s.width) ?? DEFAULT_STATE.width);
  const height = Math.max(MIN.height, num(s.height) ?? DEFAULT_STATE.height);
  const x = num(s.x);
  const y = num(s.y);
  const state: WindowState = { width, height, maximized: s.maximized === true };
  const visible =
    x !== undefined &&
    y !== undefined &&
    displays.some((d) => x < d.x + d.width - 100 && x + width > d.x + 100 && y >= d.y && y < d.y + d.height - 100);
  return visible ? { ...state, x, y } : state;
}
