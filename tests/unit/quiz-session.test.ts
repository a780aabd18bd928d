import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/shared/exam/timer.ts';
import { loadAttempt } from '../../renderer/src/db/attempts.ts';
import { openHistoryDb } from '../../renderer/src/db/schema.ts';
import { QuizSession } from '../../renderer/src/features/quiz/quiz-session.svelte.ts';
import { mockExam } from '../../renderer/src/features/quiz/requests.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(300, 12);

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  constructor(public t = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.t;
  }
}

describe('QuizSession', () => {
  it('is finished only once the result is committed, even with a clock tick in flight', async () => {
    const db = openHistoryDb(`s-${Math.random()}`);
    const clock = new FakeClock();
    const session = await QuizSession.start(db, bank, mockExam(bank, bank.profile, false, new Map()), clock);
    clock.t += 60_000;
    const tick = session.tick(); // in flight: awaiting its progress write
    const submitted = session.submit();
    expect(session.finished).toBe(false);
    await tick;
    const id = await submitted;
    expect(session.finished).toBe(true);
    const stored = await loadAttempt(db, id);
    expect(stored?.attempt.status).toBe('finished');
    expect(stored?.attempt.result?.scoredTotal).toBe(50);
    expect(await session.submit()).toBe(id); // a second submit is the same one
  });

  it('submits itself at zero, counting only the time it was open', async () => {
    const db = openHistoryDb(`s-${Math.random()}`);
    const clock = new FakeClock();
    const session = await QuizSession.start(db, bank, mockExam(bank, bank.profile, false, new Map()), clock);
    clock.t += 100 * 60_000;
    await session.tick();
    expect(session.remaining).toBe(30 * 60_000);
    clock.t += 15 * 60_000 + 1000;
    await session.tick();
    expect(session.warning).toBe('15 minutes left');
    // Closed for a day, resumed: the day does not count.
    const resumed = (await QuizSession.resume(db, bank, session.attempt.id, clock))!;
    clock.t += 24 * 3600_000;
    const again = (await QuizSession.resume(db, bank, session.attempt.id, clock))!;
    expect(again.remaining).toBe(resumed.remaining);
    clock.t += 15 * 60_000;
    await again.tick();
    expect(again.finished).toBe(true);
    expect((await loadAttempt(db, again.attempt.id))?.attempt).toMatchObject({
      status: 'finished',
      autoSubmitted: true,
      interrupted: true,
      elapsedMs: 130 * 60_000,
    });
  });

  it('records time per question and takes no change once submitted', async () => {
    const db = openHistoryDb(`s-${Math.random()}`);
    const clock = new FakeClock();
    const session = await QuizSession.start(db, bank, mockExam(bank, bank.profile, false, new Map()), clock);
    clock.t += 42_000;
    await session.go(1);
    const first = session.attempt.items[0]!.questionId;
    const rows = (await loadAttempt(db, session.attempt.id))!.responses;
    expect(rows.find((r) => r.questionId === first)?.timeMs).toBe(42_000);
    await session.submit();
    await session.toggleFlag();
    expect((await loadAttempt(db, session.attempt.id))!.responses.some((r) => r.flagged)).toBe(false);
  });
});
