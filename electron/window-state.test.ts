import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, restoreWindowState, windowStateToSave } from './window-state';

const fullHd = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 1280, height: 984 };

describe('restoreWindowState', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    for (const saved of [undefined, null, 'garbage', 42, []]) {
      expect(restoreWindowState(saved, [fullHd])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    }
  });

  it('restores a saved window that is on screen', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900, maximized: true };
    expect(restoreWindowState(saved, [fullHd])).toEqual(saved);
  });

  it('restores a window on a second monitor that is still attached', () => {
    const saved = { x: 2000, y: 40, width: 1100, height: 800, maximized: false };
    expect(restoreWindowState(saved, [fullHd, rightMonitor])).toEqual(saved);
  });

  it('centres a window whose monitor is gone', () => {
    const saved = { x: 2000, y: 40, width: 1100, height: 800, maximized: false };
    expect(restoreWindowState(saved, [fullHd])).toEqual({ width: 1100, height: 800, maximized: false });
  });

  it('centres a window whose title bar is off screen', () => {
    expect(restoreWindowState({ x: 100, y: -500, width: 1200, height: 800 }, [fullHd]).x).toBeUndefined();
    expect(restoreWindowState({ x: 1850, y: 100, width: 1200, height: 800 }, [fullHd]).x).toBeUndefined();
  });

  it('never goes below the minimum size', () => {
    const state = restoreWindowState({ x: 0, y: 0, width: 300, height: 200 }, [fullHd]);
    expect(state.width).toBe(MIN_WINDOW_SIZE.width);
    expect(state.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('shrinks a window larger than every screen', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    const state = restoreWindowState({ width: 2500, height: 1400 }, [laptop]);
    expect(state).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('fits the default size to a small screen, but not below the minimum', () => {
    const small = { x: 0, y: 0, width: 1280, height: 680 };
    expect(restoreWindowState(undefined, [small])).toEqual({ width: 1280, height: MIN_WINDOW_SIZE.height, maximized: false });
  });

  it('ignores non-numeric and non-finite fields', () => {
    const state = restoreWindowState({ x: 'a', y: 10, width: Number.NaN, height: '900', maximized: 'yes' }, [fullHd]);
    expect(state).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('works when no display information is available', () => {
    expect(restoreWindowState({ x: 5, y: 5, width: 1200, height: 800 }, [])).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});

describe('windowStateToSave', () => {
  it('rounds the normal bounds and records maximised', () => {
    expect(windowStateToSave({ x: 10.4, y: 20.6, width: 1366.2, height: 767.8 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1366,
      height: 768,
      maximized: true,
    });
  });
});
