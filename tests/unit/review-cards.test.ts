import 'fake-indexeddb/auto';
import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { PaperItem } from '../../electron/shared/exam/assemble.ts';
import { scoreAttempt } from '../../electron/shared/exam/score.ts';
import { fromFsrsCard, isDue, newCard, nextDueLabel, rateCard, toFsrsCard, type ReviewCardData } from '../../electron/shared/review/schedule.ts';
import { createAttempt, finishAttempt, loadAttempt } from '../../renderer/src/db/attempts.ts';
import { allCards, cardsFromAttempt, dueCards, dueCount, recordReview } from '../../renderer/src/db/review-cards.ts';
import { openHistoryDb, type Attempt, type AttemptMode, type HistoryDb, type ReviewCard } from '../../renderer/src/db/schema.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';
import { draftAttempt } from './history-fixtures.ts';

const bank = syntheticBank(300, 5);
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9); // a fixed "now" so every interval below is exact
let n = 0;

const freshDb = () => openHistoryDb(`t-${Math.random()}`);

const newAttempt = (startedAt: number, mode: AttemptMode = 'quiz', items?: PaperItem[]): Attempt =>
  draftAttempt(bank, { id: `a${++n}`, startedAt, mode, ...(items ? { items } : {}) });

/** Stores an attempt and finishes it at `at` with the questions in `wrong` marked wrong, the rest right. */
async function sit(db: HistoryDb, attempt: Attempt, wrong: readonly string[], at: number): Promise<Attempt> {
  await createAttempt(db, attempt, bank.questions);
  await finish(db, attempt, wrong, at);
  return attempt;
}

async function finish(db: HistoryDb, attempt: Attempt, wrong: readonly string[], at: number): Promise<void> {
  const correctness = new Map(attempt.items.map((i) => [i.questionId, !wrong.includes(i.questionId)]));
  const result = scoreAttempt(attempt.items, byId, new Map(), bank.profile);
  await finishAttempt(db, attempt.id, result, correctness, 60_000, false, at);
}

const ids = (a: Attempt) => a.items.map((i) => i.questionId);

describe('schedule (FSRS via ts-fsrs)', () => {
  it('makes a new card due at once, with nothing learnt yet', () => {
    const card = newCard('q1', T0);
    expect(card).toEqual({
      questionId: 'q1',
      due: T0,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: State.New,
      createdAt: T0,
    });
    expect('lastReview' in card).toBe(false);
    expect(isDue(card, T0)).toBe(true);
    expect(isDue(card, T0 - 1)).toBe(false);
  });

  it('round-trips between plain rows (epoch ms) and ts-fsrs cards (Dates)', () => {
    const fresh = newCard('q1', T0);
    const rated = rateCard(rateCard(fresh, true, T0), true, T0 + 10 * MINUTE);
    for (const card of [fresh, rated]) {
      const fsrsCard = toFsrsCard(card);
      expect(fsrsCard.due).toBeInstanceOf(Date);
      expect(fsrsCard.due.getTime()).toBe(card.due);
      expect(fromFsrsCard(card.questionId, fsrsCard, card.createdAt)).toEqual(card);
    }
    expect(toFsrsCard(rated).last_review?.getTime()).toBe(T0 + 10 * MINUTE);
    // A state IndexedDB handed back that ts-fsrs does not know is read as New, not passed through.
    expect(toFsrsCard({ ...fresh, state: 7 }).state).toBe(State.New);
  });

  it('is assignable both ways to the database row type', () => {
    const row: ReviewCard = newCard('q1', T0);
    const data: ReviewCardData = row;
    expect(data).toBe(row);
  });

  it('schedules deterministically: Again in 1 minute, Good in 10 (learning steps), then days that grow', () => {
    const card = newCard('q1', T0);
    const again = rateCard(card, false, T0);
    const good = rateCard(card, true, T0);
    expect(again).toMatchObject({ due: T0 + MINUTE, state: State.Learning, reps: 1, lapses: 0, lastReview: T0 });
    expect(good).toMatchObject({ due: T0 + 10 * MINUTE, state: State.Learning, reps: 1, lapses: 0, lastReview: T0 });
    expect(good.due).toBeGreaterThan(again.due);
    // Fuzz is off: the same card, answer and time always give the same schedule.
    expect(rateCard(card, true, T0)).toEqual(good);
    expect(card.reps).toBe(0); // the input is not changed

    let c = good;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = rateCard(c, true, c.due);
      intervals.push((next.due - c.due) / DAY);
      c = next;
    }
    expect(intervals).toEqual([2, 11, 46, 163]);
    expect(c).toMatchObject({ state: State.Review, reps: 5, lapses: 0, scheduledDays: 163 });

    const lapsed = rateCard(c, false, c.due);
    expect(lapsed).toMatchObject({ state: State.Relearning, lapses: 1, reps: 6, due: c.due + 10 * MINUTE });
  });

  it('rates an answer dated before the last review as given at the last review (clock set back)', () => {
    const good = rateCard(newCard('q1', T0), true, T0);
    const back = rateCard(good, true, T0 - DAY);
    expect(back).toEqual(rateCard(good, true, T0));
  });

  it('labels when a card is next due', () => {
    const at = (ms: number) => nextDueLabel({ due: T0 + ms }, T0);
    expect(at(0)).toBe('due now');
    expect(at(-DAY)).toBe('due now');
    expect(at(30_000)).toBe('in 1 minute');
    expect(at(10 * MINUTE)).toBe('in 10 minutes');
    expect(at(3 * 3_600_000)).toBe('in 3 hours');
    expect(at(23.6 * 3_600_000)).toBe('in 1 day');
    expect(at(3 * DAY)).toBe('in 3 days');
    expect(at(46 * DAY)).toBe('in 46 days');
    expect(at(163 * DAY)).toBe('in 5 months');
    expect(at(400 * DAY)).toBe('in 1 year');
    expect(at(800 * DAY)).toBe('in 2 years');
  });
});

describe('review cards repository', () => {
  it('turns every wrong answer of a finished attempt into a card due now, and leaves right answers card-less', async () => {
    const db = freshDb();
    const a = newAttempt(T0);
    const wrong = ids(a).slice(0, 3);
    await sit(db, a, wrong, T0 + 60_000);
    const now = T0 + 2 * MINUTE;
    const applied = await cardsFromAttempt(db, a.id, now);
    expect(applied).toEqual({ status: 'applied', created: wrong, again: [], good: [] });
    const cards = await allCards(db);
    expect(cards.map((c) => c.questionId).sort()).toEqual([...wrong].sort());
    expect(cards.every((c) => c.due === now && c.state === State.New && c.reps === 0 && c.createdAt === now)).toBe(true);
    expect(await dueCount(db, now)).toBe(3);
    expect((await loadAttempt(db, a.id))?.attempt.reviewCardsAppliedAt).toBe(now);
  });

  it('advances a card when a later attempt answers its question right (due later, reps up)', async () => {
    const db = freshDb();
    const first = newAttempt(T0);
    const q = ids(first)[0]!;
    await sit(db, first, [q], T0);
    await cardsFromAttempt(db, first.id, T0);
    const second = await sit(db, newAttempt(T0 + DAY, 'exam', first.items), [], T0 + DAY);
    const t = T0 + DAY + MINUTE;
    expect(await cardsFromAttempt(db, second.id, t)).toEqual({ status: 'applied', created: [], again: [], good: [q] });
    const [card] = await allCards(db);
    expect(card).toMatchObject({ questionId: q, reps: 1, lapses: 0, lastReview: t, createdAt: T0 });
    expect(card!.due).toBeGreaterThan(t);
    expect(await dueCount(db, t)).toBe(0);
  });

  it('rates a card Again when its question is answered wrongly again (lapses up, due soon)', async () => {
    const db = freshDb();
    const first = newAttempt(T0);
    const q = ids(first)[0]!;
    await sit(db, first, [q], T0);
    await cardsFromAttempt(db, first.id, T0);
    // Learn it into the review state: right in a later quiz, then right at its due review.
    const second = await sit(db, newAttempt(T0 + DAY, 'quiz', first.items), [], T0 + DAY);
    await cardsFromAttempt(db, second.id, T0 + DAY);
    const learning = (await allCards(db))[0]!;
    const reviewed = (await recordReview(db, q, true, learning.due))!;
    expect(reviewed).toMatchObject({ state: State.Review, reps: 2, lapses: 0 });

    const third = await sit(db, newAttempt(T0 + 5 * DAY, 'exam', first.items), [q], T0 + 5 * DAY);
    const t = T0 + 5 * DAY;
    expect(await cardsFromAttempt(db, third.id, t)).toMatchObject({ created: [], again: [q], good: [] });
    const card = (await allCards(db))[0]!;
    expect(card).toMatchObject({ state: State.Relearning, reps: 3, lapses: 1, lastReview: t });
    expect(card.due - t).toBeLessThanOrEqual(10 * MINUTE);
    expect(await dueCount(db, t + 10 * MINUTE)).toBe(1);
  });

  it('applies an attempt only once, even when called twice at the same time', async () => {
    const db = freshDb();
    const first = newAttempt(T0);
    await sit(db, first, ids(first).slice(0, 2), T0);
    await cardsFromAttempt(db, first.id, T0);
    const again = await sit(db, newAttempt(T0 + DAY, 'quiz', first.items), ids(first).slice(0, 1), T0 + DAY);
    const before = await allCards(db);

    const [x, y] = await Promise.all([cardsFromAttempt(db, again.id, T0 + DAY), cardsFromAttempt(db, again.id, T0 + DAY)]);
    expect([x.status, y.status].sort()).toEqual(['already-applied', 'applied']);
    const after = await allCards(db);
    expect(after.map((c) => c.reps).sort()).toEqual([1, 1]);
    expect(after).not.toEqual(before);

    expect(await cardsFromAttempt(db, again.id, T0 + 2 * DAY)).toEqual({ status: 'already-applied', created: [], again: [], good: [] });
    expect(await cardsFromAttempt(db, first.id, T0 + 2 * DAY)).toMatchObject({ status: 'already-applied' });
    expect(await allCards(db)).toEqual(after);
  });

  it('waits for an attempt to finish, skips review sessions and unknown attempts', async () => {
    const db = freshDb();
    const a = newAttempt(T0);
    await createAttempt(db, a, bank.questions);
    expect((await cardsFromAttempt(db, a.id, T0)).status).toBe('not-finished');
    expect((await loadAttempt(db, a.id))?.attempt.reviewCardsAppliedAt).toBeUndefined();
    await finish(db, a, ids(a).slice(0, 1), T0 + MINUTE);
    expect((await cardsFromAttempt(db, a.id, T0 + MINUTE)).created).toEqual(ids(a).slice(0, 1));

    const review = await sit(db, newAttempt(T0 + DAY, 'review', a.items), ids(a), T0 + DAY);
    expect((await cardsFromAttempt(db, review.id, T0 + DAY)).status).toBe('review-session');
    expect(await allCards(db)).toHaveLength(1);
    expect((await cardsFromAttempt(db, 'nope', T0)).status).toBe('not-found');
  });

  it('records spaced-review answers one by one', async () => {
    const db = freshDb();
    const wrongFirst = await recordReview(db, 'q1', false, T0);
    expect(wrongFirst).toMatchObject({ questionId: 'q1', due: T0, state: State.New });
    expect(await recordReview(db, 'q2', true, T0)).toBeUndefined();
    expect(await allCards(db)).toHaveLength(1);
    const good = await recordReview(db, 'q1', true, T0 + MINUTE);
    expect(good).toMatchObject({ reps: 1, due: T0 + 11 * MINUTE, lastReview: T0 + MINUTE });
    expect(await allCards(db)).toEqual([good]);
    const again = await recordReview(db, 'q1', false, T0 + 11 * MINUTE);
    expect(again).toMatchObject({ reps: 2, due: T0 + 12 * MINUTE });
  });

  it('lists due cards most overdue first, with a limit, and counts them', async () => {
    const db = freshDb();
    await recordReview(db, 'q-c', false, T0 + 2 * MINUTE);
    await recordReview(db, 'q-a', false, T0);
    await recordReview(db, 'q-b', false, T0 + MINUTE);
    await recordReview(db, 'q-later', false, T0);
    await recordReview(db, 'q-later', true, T0); // now due in 10 minutes
    const now = T0 + 5 * MINUTE;
    expect((await dueCards(db, now)).map((c) => c.questionId)).toEqual(['q-a', 'q-b', 'q-c']);
    expect((await dueCards(db, now, 2)).map((c) => c.questionId)).toEqual(['q-a', 'q-b']);
    expect(await dueCards(db, now, 0)).toEqual([]);
    expect(await dueCount(db, now)).toBe(3);
    expect(await dueCount(db, T0 + 10 * MINUTE)).toBe(4);
    expect(await dueCount(db, T0 - 1)).toBe(0);
    expect((await allCards(db)).map((c) => c.questionId)).toEqual(['q-a', 'q-b', 'q-c', 'q-later']);
  });
});
