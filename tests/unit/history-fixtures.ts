// A new attempt as the app would store it, for the history tests (database, review cards, backup).
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import { assembleExam, type PaperItem } from '../../electron/shared/exam/assemble.ts';
import type { Attempt, AttemptMode } from '../../renderer/src/db/schema.ts';

/** An in-progress attempt over `bank`: 10 questions drawn with `startedAt` as the seed unless `items` are given. */
export function draftAttempt(bank: CompiledBank, opts: { id: string; startedAt: number; mode?: AttemptMode; items?: PaperItem[] }): Attempt {
  const mode = opts.mode ?? 'quiz';
  return {
    id: opts.id,
    mode,
    title: 'Quick quiz',
    profileId: 'mla-c01',
    profile: bank.profile,
    feedback: mode === 'practice',
    bankId: bank.bank.id,
    bankVersion: bank.bank.version,
    bankHash: bank.bank.hash,
    seed: opts.startedAt,
    startedAt: opts.startedAt,
    updatedAt: opts.startedAt,
    status: 'in-progress',
    timeLimitMs: mode === 'practice' ? null : 1_200_000,
    elapsedMs: 0,
    position: 0,
    items: opts.items ?? assembleExam({ profile: bank.profile, pool: bank.questions, count: 10, unscored: 0, seed: opts.startedAt }),
  };
}
