// The learner's history in IndexedDB. Every attempt and every answer; nothing is computed-only.
import { Dexie, type EntityTable } from 'dexie';
import type { Question } from '../../../electron/shared/bank/types.ts';
import type { Attempt, AttemptOutcome, Response, ReviewCard } from '../../../electron/shared/history/rows.ts';

/** The question exactly as it was shown, kept so old attempts stay reviewable after the bank changes. */
export type QuestionSnapshot = Question;

export type { Attempt, AttemptMode, AttemptOutcome, Response, ReviewCard } from '../../../electron/shared/history/rows.ts';

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
