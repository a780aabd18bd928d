// The rows of the learner's history, shared by the database (renderer/src/db/schema.ts), the backup
// file (electron/shared/backup) and the spaced-review scheduler (electron/shared/review): one
// definition, so the three cannot drift apart. Pure types: no Dexie, no DOM.
import type { ExamProfile } from '../bank/types.ts';
import type { Answer } from '../exam/answer.ts';
import type { PaperItem } from '../exam/assemble.ts';
import type { AttemptResult } from '../exam/score.ts';

/**
 * How an attempt was taken: a full mock exam, a quick quiz, a custom quiz, practice, a retake, or a
 * spaced-review session (whose answers never count towards readiness).
 */
export type AttemptMode = 'exam' | 'quiz' | 'custom' | 'practice' | 'retake' | 'review';

/** Every attempt mode, for validation. */
export const ATTEMPT_MODES: readonly AttemptMode[] = ['exam', 'quiz', 'custom', 'practice', 'retake', 'review'];

/** One sitting: the paper as drawn, the time used, and (once finished) its result. */
export interface Attempt {
  id: string;
  mode: AttemptMode;
  title: string;
  profileId: string;
  /**
   * The exam profile as it was when the attempt started (scoring and the report use it). Attempts
   * stored before it was recorded get the bank's profile of the same id when read (attempts.ts).
   */
  profile: ExamProfile;
  /** Practice: each answer can be checked at once, with every option explained. */
  feedback: boolean;
  bankId: string;
  bankVersion: string;
  bankHash: string;
  seed: number;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  status: 'in-progress' | 'finished';
  /** Null for untimed attempts. */
  timeLimitMs: number | null;
  /** Time spent answering, excluding any time the app was closed. */
  elapsedMs: number;
  position: number;
  items: PaperItem[];
  result?: AttemptResult;
  /** True when time ran out and the attempt was submitted for the learner. */
  autoSubmitted?: boolean;
  /** True when the attempt was left (app closed, crash, reload) and resumed later. */
  interrupted?: boolean;
  /**
   * When this attempt's answers were applied to the review cards (review-cards.ts `cardsFromAttempt`),
   * epoch ms. Set in the same transaction as the card writes, so an attempt is never rated twice.
   * Not indexed: it is only read on the attempt's own row. Absent until applied, and always absent on
   * spaced-review sessions, whose answers are rated one by one with `recordReview`.
   */
  reviewCardsAppliedAt?: number;
}

/** One row per question per attempt, written the moment the answer changes. */
export interface Response {
  attemptId: string;
  questionId: string;
  questionRev: number;
  index: number;
  domain: string;
  task: string;
  answer: Answer | null;
  flagged: boolean;
  /** Options the learner struck through to rule them out. */
  struck: string[];
  /** Practice: the learner checked this answer (it is then locked and explained). */
  checked: boolean;
  /** Time spent on this question while it was on screen (schema 2; 0 for older rows). */
  timeMs: number;
  updatedAt: number;
  /** Set when the attempt is finished. */
  correct?: boolean;
}

/**
 * A spaced-review card for a question answered wrongly (schema 2), scheduled with FSRS (ts-fsrs).
 * Dates are epoch milliseconds so rows stay plain, exportable JSON.
 */
export interface ReviewCard {
  /** The bank question id; one card per question, whatever its revision. */
  questionId: string;
  /** When the card is next due (epoch ms). */
  due: number;
  /** FSRS stability: days for recall probability to fall to 90 %. 0 on a new card. */
  stability: number;
  /** FSRS difficulty (1–10). 0 on a new card. */
  difficulty: number;
  /** Days between the last two reviews (ts-fsrs marks it deprecated; kept so rows round-trip). */
  elapsedDays: number;
  /** Days to the next review as scheduled; 0 while in (re)learning steps. */
  scheduledDays: number;
  /** Which short-term step the card is on (ts-fsrs defaults: learning 1 min then 10 min; relearning 10 min). */
  learningSteps: number;
  /** How many times the card has been rated. */
  reps: number;
  /** How many times a card in review was forgotten (rated Again). */
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** When the card was last rated (epoch ms); absent on a new card. */
  lastReview?: number;
  /** When the card was made (epoch ms): the first wrong answer. Not an FSRS field; kept for history. */
  createdAt: number;
}

/**
 * What analytics needs of one finished attempt, compact (schema 3): derived from the attempt and its
 * responses, written when the attempt finishes, and rebuilt from them when missing (after an upgrade
 * or an import). Reading 1,000 of these is far cheaper than reading 65,000 response rows.
 */
export interface AttemptOutcome {
  attemptId: string;
  mode: AttemptMode;
  startedAt: number;
  finishedAt: number;
  result: AttemptResult;
  questionIds: string[];
  tasks: string[];
  /** One character per question: '1' right, '0' wrong, '-' unanswered. */
  outcome: string;
  /** Seconds on each question (to a tenth). */
  timeSec: number[];
}
