// Spaced review: a thin layer over ts-fsrs (FSRS) that speaks plain rows with epoch-millisecond dates.
//
// The app never asks the learner how well they remembered: a review is just a question answered right
// or wrong. So only two of FSRS's four grades are used — wrong is Again, right is Good — and Hard/Easy
// never occur. Everything here is pure (no Node, DOM or Electron) so the renderer, tests and any future
// main-process code schedule identically.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from '../history/rows.ts';

/** A review card as a plain row (the database's own type): ts-fsrs's `Card` with epoch-millisecond dates. */
export type ReviewCardData = ReviewCard;

/**
 * The scheduler: ts-fsrs's default FSRS parameters (90 % target retention, its default weights and
 * learning steps), with fuzz off. Fuzz randomly stretches each interval by a few percent so that cards
 * learnt together do not all fall due on the same day; for a bank of a few hundred questions that
 * bunching is harmless, while a schedule that is a pure function of (card, answer, time) makes the tests
 * exact and lets the learner see the same "next due" the scheduler will use. ts-fsrs 5 already defaults
 * to no fuzz; it is stated here so a change of default in a later ts-fsrs cannot change schedules silently.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The FSRS grade for an answer: Again when wrong, Good when right. */
export function gradeFor(correct: boolean): Grade {
  return correct ? Rating.Good : Rating.Again;
}

/** Converts a plain row to a ts-fsrs `Card` (numbers to Dates; the question id and createdAt are dropped). */
export function toFsrsCard(card: ReviewCardData): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    // Rows come from IndexedDB, i.e. from outside the type system: an unknown state is treated as New
    // rather than handed to ts-fsrs, whose behaviour on it is undefined.
    state: Number.isInteger(card.state) && card.state >= State.New && card.state <= State.Relearning ? (card.state as State) : State.New,
    ...(card.lastReview === undefined ? {} : { last_review: new Date(card.lastReview) }),
  };
}

/** Converts a ts-fsrs `Card` to a plain row for `questionId`, made at `createdAt` (Dates to epoch ms). */
export function fromFsrsCard(questionId: string, card: Card, createdAt: number): ReviewCardData {
  return {
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    // Omitted rather than undefined so a new card's row has no lastReview key at all.
    ...(card.last_review === undefined ? {} : { lastReview: card.last_review.getTime() }),
    createdAt,
  };
}

/** A new, never-rated FSRS card for a question, due at once (`now`, epoch ms). */
export function newCard(questionId: string, now: number): ReviewCardData {
  return fromFsrsCard(questionId, createEmptyCard(new Date(now)), now);
}

/**
 * Rates a card with one answer at `now` (epoch ms): Again when wrong, Good when right. Returns the new
 * card; the input is not changed. A card may be rated before it is due (a mock exam can show a carded
 * question any day); FSRS accounts for the shorter elapsed time itself.
 */
export function rateCard(card: ReviewCardData, correct: boolean, now: number): ReviewCardData {
  // ts-fsrs throws on a review earlier than the last one (negative elapsed time). That happens if the
  // system clock is set back or an older attempt is processed late; rating "at the last review" instead
  // keeps the card usable and treats the answer as given with no time elapsed.
  const at = Math.max(now, card.lastReview ?? now);
  const { card: next } = scheduler.next(toFsrsCard(card), new Date(at), gradeFor(correct));
  return fromFsrsCard(card.questionId, next, card.createdAt);
}

/** Whether a card is due for review at `now` (epoch ms): its due time has come. */
export function isDue(card: Pick<ReviewCardData, 'due'>, now: number): boolean {
  return card.due <= now;
}

const plural = (n: number, unit: string): string => `in ${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * When a card is next due, in words for the home screen and review summary: "due now", "in 10 minutes",
 * "in 3 hours", "in 1 day", "in 3 days", "in 2 months", "in 1 year". Rounded to the nearest unit
 * (minutes round up, so a card never reads "in 0 minutes" before it is due).
 */
export function nextDueLabel(card: Pick<ReviewCardData, 'due'>, now: number): string {
  const ms = card.due - now;
  if (ms <= 0) return 'due now';
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes < 60) return plural(minutes, 'minute');
  // Each unit is chosen by its rounded count so that 23.6 hours reads "in 1 day", not "in 24 hours".
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(ms / DAY);
  if (days < 60) return plural(days, 'day');
  const months = Math.round(days / 30);
  if (months < 12) return plural(months, 'month');
  return plural(Math.max(1, Math.round(days / 365)), 'year');
}
