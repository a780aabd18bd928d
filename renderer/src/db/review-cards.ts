// Every read and write of spaced-review cards goes through these functions. The scheduling itself
// (FSRS via ts-fsrs) is in electron/shared/review/schedule.ts; this file only decides which answers
// rate which cards and stores the results.
import { newCard, rateCard } from '../../../electron/shared/review/schedule.ts';
import type { HistoryDb, ReviewCard } from './schema.ts';

/** What one answer did to the review cards. */
export type CardChange = 'created' | 'again' | 'good';

/** What `cardsFromAttempt` did, and if it did nothing, why. */
export interface CardsFromAttempt {
  /**
   * `applied`: the attempt's answers were applied now. The others changed nothing: `already-applied`
   * (an earlier call did it), `not-finished` (answers are marked right or wrong only when an attempt
   * finishes), `review-session` (rated answer by answer with `recordReview`), `not-found`.
   */
  status: 'applied' | 'already-applied' | 'not-finished' | 'review-session' | 'not-found';
  /** Question ids given a new card (wrong, no card yet), in paper order. */
  created: string[];
  /** Question ids whose card was rated Again (wrong again), in paper order. */
  again: string[];
  /** Question ids whose card was rated Good (right this time), in paper order. */
  good: string[];
}

/**
 * One answer applied to a question's card: a wrong answer makes a card if there is none (a new card,
 * due now, so the question is in the very next review session, where its first FSRS rating happens)
 * or rates it Again; a right answer rates an existing card Good and leaves a card-less question alone
 * (only mistakes are worth reviewing). Undefined when nothing changes.
 */
function applyAnswer(
  existing: ReviewCard | undefined,
  questionId: string,
  correct: boolean,
  now: number,
): { card: ReviewCard; change: CardChange } | undefined {
  if (existing) return { card: rateCard(existing, correct, now), change: correct ? 'good' : 'again' };
  if (!correct) return { card: newCard(questionId, now), change: 'created' };
  return undefined;
}

/**
 * Applies a finished attempt's answers to the review cards, at `now` (epoch ms), in one transaction:
 * each wrong answer creates a card or rates its card Again; each right answer to a question that has a
 * card rates it Good, so fixing a mistake in a later mock exam also advances its card. Idempotent per
 * attempt: the attempt is stamped `reviewCardsAppliedAt` in the same transaction and a second call
 * changes nothing. Spaced-review sessions (mode `review`) are skipped, since `recordReview` already
 * rated each of their answers and rating them here again would count each review twice.
 */
export async function cardsFromAttempt(db: HistoryDb, attemptId: string, now: number): Promise<CardsFromAttempt> {
  const summary: CardsFromAttempt = { status: 'applied', created: [], again: [], good: [] };
  // The stamp is read and written inside the transaction: Dexie serialises read-write transactions on
  // the same tables, so two calls racing for one attempt cannot both see it unapplied.
  return db.transaction('rw', db.attempts, db.responses, db.reviewCards, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) return { ...summary, status: 'not-found' };
    if (attempt.mode === 'review') return { ...summary, status: 'review-session' };
    if (attempt.status !== 'finished') return { ...summary, status: 'not-finished' };
    if (attempt.reviewCardsAppliedAt !== undefined) return { ...summary, status: 'already-applied' };
    // `correct` is set on every response when the attempt finishes (unanswered counts as wrong); a row
    // without it has no verdict to apply.
    const marked = (await db.responses.where('attemptId').equals(attemptId).sortBy('index')).filter(
      (r): r is typeof r & { correct: boolean } => r.correct !== undefined,
    );
    const existing = await db.reviewCards.bulkGet(marked.map((r) => r.questionId));
    const writes: ReviewCard[] = [];
    marked.forEach((r, i) => {
      const next = applyAnswer(existing[i], r.questionId, r.correct, now);
      if (!next) return;
      writes.push(next.card);
      summary[next.change].push(r.questionId);
    });
    await db.reviewCards.bulkPut(writes);
    await db.attempts.update(attemptId, { reviewCardsAppliedAt: now });
    return summary;
  });
}

/**
 * Rates one question's card with an answer given in a spaced-review session, at `now` (epoch ms), as
 * soon as it is answered (so a session left half-way keeps the reviews done): Again when wrong, Good
 * when right. A wrong answer to a question with no card (deleted meanwhile) gives it a new card; a right
 * one changes nothing. Returns the card as stored, or undefined when there is none.
 */
export async function recordReview(db: HistoryDb, questionId: string, correct: boolean, now: number): Promise<ReviewCard | undefined> {
  // Read and write in one transaction so two ratings of the same card cannot interleave and lose one.
  return db.transaction('rw', db.reviewCards, async () => {
    const next = applyAnswer(await db.reviewCards.get(questionId), questionId, correct, now);
    if (!next) return undefined;
    await db.reviewCards.put(next.card);
    return next.card;
  });
}

/**
 * The cards due at `now` (epoch ms), most overdue first (ties by question id, the index's order), at
 * most `limit` of them when given: the queue of a spaced-review session.
 */
export async function dueCards(db: HistoryDb, now: number, limit?: number): Promise<ReviewCard[]> {
  const due = db.reviewCards.where('due').belowOrEqual(now);
  return limit === undefined ? due.toArray() : due.limit(Math.max(0, limit)).toArray();
}

/** How many cards are due at `now` (epoch ms): the count on the home screen. Counted on the index. */
export async function dueCount(db: HistoryDb, now: number): Promise<number> {
  return db.reviewCards.where('due').belowOrEqual(now).count();
}

/** Every review card, soonest due first. */
export async function allCards(db: HistoryDb): Promise<ReviewCard[]> {
  return db.reviewCards.orderBy('due').toArray();
}
