// The learner's history in IndexedDB. Every attempt and every answer; nothing is computed-only.
import { Dexie, type EntityTable } from 'dexie';
import type { ExamProfile, Question } from '../../../electron/shared/bank/types.ts';
import type { Answer } from '../../../electron/shared/exam/answer.ts';
import type { PaperItem } from '../../../electron/shared/exam/assemble.ts';
import type { AttemptResult } from '../../../electron/shared/exam/score.ts';

/**
 * How an attempt was taken: a full mock exam, a quick quiz, a custom quiz, practice, a retake, or a
 * spaced-review session (whose answers never count towards readiness).
 */
export type AttemptMode = 'exam' | 'quiz' | 'custom' | 'practice' | 'retake' | 'review';

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

/** The question exactly as it was shown, kept so old attempts stay reviewable after the bank changes. */
export type QuestionSnapshot = Question;

/**
 * A spaced-review card for a question answered wrongly (schema 2), scheduled with FSRS (ts-fsrs).
 * Dates are epoch milliseconds so rows stay plain, exportable JSON.
 */
export interface ReviewCard {
  questionId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: number;
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

/** The database type: tables with their primary keys. */
export type HistoryDb = Dexie & {
  attempts: EntityTable<Attempt, 'id'>;
  responses: Dexie.Table<Response, [string, string]>;
  questionSnapshots: Dexie.Table<QuestionSnapshot, [string, number]>;
  reviewCards: EntityTable<ReviewCard, 'questionId'>;
  attemptOutcomes: EntityTable<AttemptOutcome, 'attemptId'>;
};

/** The current schema version (see the migration policy in README.md beside this file). */
export const SCHEMA_VERSION = 3;

/** The database name (one per exam simulator install; the browser origin separates web and app). */
export const DB_NAME = 'mla-c01-history';

/**
 * Opens the history database. Migration policy (see renderer/src/db/README.md): every `version()`
 * declaration stays forever; a new version adds its schema change and an `upgrade()` that rewrites
 * old rows, and is tested with data written by the version before it.
 */
export function openHistoryDb(name = DB_NAME): HistoryDb {
  // Relaxed durability: a commit reaches the operating system before it resolves, so an app crash or
  // a closed window loses nothing; only a power cut in the last moments could. It makes each answer's
  // write several times faster (see recordAnswerP95Ms in `npm run bench`).
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as HistoryDb;
  db.version(1).stores({
    attempts: 'id, status, startedAt, mode',
    responses: '[attemptId+questionId], attemptId, questionId, updatedAt',
    questionSnapshots: '[id+rev], id',
  });
  // 2: spaced-review cards; time per question; fields added during 1 given their defaults.
  db.version(2)
    .stores({ reviewCards: 'questionId, due' })
    .upgrade(async (tx) => {
      await tx
        .table('responses')
        .toCollection()
        .modify((r: Partial<Response>) => {
          r.struck ??= [];
          r.checked ??= false;
          r.timeMs ??= 0;
        });
      await tx
        .table('attempts')
        .toCollection()
        .modify((a: Partial<Attempt>) => {
          a.feedback ??= false;
        });
    });
  // 3: compact per-attempt outcomes for analytics (rebuilt from responses on first use, so no upgrade).
  db.version(3).stores({ attemptOutcomes: 'attemptId, startedAt' });
  return db;
}
