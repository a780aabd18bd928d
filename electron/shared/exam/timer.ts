// Exam time arithmetic, kept apart from any real clock so it can be tested with a fake one.

/** Time left, never below zero. */
export const remainingMs = (limitMs: number, elapsedMs: number): number => Math.max(0, limitMs - elapsedMs);

/** "1:05:09" or "05:09": how much time is left, as the exam shows it. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The warnings the real exam gives, as thresholds in minutes left. */
export const WARNING_MINUTES = [15, 5] as const;

/** The warning due when `before` → `after` crossed a threshold (limits longer than it only). */
export function crossedWarning(limitMs: number, beforeMs: number, afterMs: number): number | undefined {
  for (const m of WARNING_MINUTES) {
    const at = m * 60_000;
    if (limitMs > at && beforeMs > at && afterMs <= at) return m;
  }
  return undefined;
}

/** The time limit of a quiz of `count` questions, in proportion to the full exam's pace. */
export const proportionalLimitMs = (count: number, examQuestions: number, examMinutes: number): number =>
  Math.round((count / examQuestions) * examMinutes) * 60_000;

/** A monotonic-enough wall clock, replaceable in tests. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };
