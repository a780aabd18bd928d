import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../electron/node/resolve-inside.ts';
import { DEFAULT_STATE, restoreWindowState } from '../../electron/node/window-state.ts';
import { crossedWarning, formatClock, proportionalLimitMs, remainingMs } from '../../electron/shared/exam/timer.ts';

describe('resolveInside (app:// protocol)', () => {
  const root = '/app/dist/renderer';
  it('serves files inside the renderer folder only', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/a.js')).toBe(join(root, 'assets/a.js'));
    expect(resolveInside(root, '/../main.cjs')).toBeUndefined();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveInside(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveInside(root, '/')).toBeUndefined();
  });
});

describe('restoreWindowState', () => {
  const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('falls back to defaults for missing or damaged state', () => {
    expect(restoreWindowState(undefined, displays)).toEqual(DEFAULT_STATE);
    expect(restoreWindowState('junk', displays)).toEqual(DEFAULT_STATE);
  });
  it('keeps a visible position and a sane size', () => {
    expect(restoreWindowState({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, displays)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(restoreWindowState({ width: 10, height: 10 }, displays)).toEqual({ width: 800, height: 600, maximized: false });
  });
  it('drops a position on a display that is gone', () => {
    expect(restoreWindowState({ x: 3000, y: 50, width: 1000, height: 700 }, displays)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

describe('timer arithmetic', () => {
  it('formats the clock as the exam shows it', () => {
    expect(formatClock(130 * 60_000)).toBe('2:10:00');
    expect(formatClock(5 * 60_000 + 9_000)).toBe('05:09');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(-5)).toBe('00:00');
  });
  it('never goes below zero', () => {
    expect(remainingMs(1000, 400)).toBe(600);
    expect(remainingMs(1000, 4000)).toBe(0);
  });
  it('warns once at 15 and 5 minutes left, for limits longer than the warning', () => {
    const limit = 130 * 60_000;
    expect(crossedWarning(limit, 15 * 60_000 + 500, 15 * 60_000 - 1)).toBe(15);
    expect(crossedWarning(limit, 15 * 60_000 - 1, 15 * 60_000 - 600)).toBeUndefined();
    expect(crossedWarning(limit, 5 * 60_000 + 10, 5 * 60_000)).toBe(5);
    expect(crossedWarning(10 * 60_000, 10 * 60_000, 4 * 60_000)).toBe(5);
    expect(crossedWarning(3 * 60_000, 3 * 60_000, 0)).toBeUndefined();
  });
  it('gives a quiz the exam’s pace', () => {
    expect(proportionalLimitMs(10, 65, 130)).toBe(20 * 60_000);
    expect(proportionalLimitMs(65, 65, 130)).toBe(130 * 60_000);
  });
});
