// A quiz being taken: the paper, the answers and flags, the clock. Every change is written to
// IndexedDB as it happens, so closing the window loses nothing.
/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps here are local lookups built once, never reactive state */
import type { CompiledBank, Question } from '../../../../electron/shared/bank/types.ts';
import { isComplete, isCorrect, type Answer } from '../../../../electron/shared/exam/answer.ts';
import { assembleExam } from '../../../../electron/shared/exam/assemble.ts';
import { newSeed } from '../../../../electron/shared/exam/rng.ts';
import { scoreAttempt } from '../../../../electron/shared/exam/score.ts';
import { crossedWarning, remainingMs, systemClock, type Clock } from '../../../../electron/shared/exam/timer.ts';
import { attemptQuestions, createAttempt, finishAttempt, loadAttempt, saveProgress, saveResponse } from '../../db/attempts.ts';
import type { Attempt, HistoryDb } from '../../db/schema.ts';

/** What a new quiz draws. */
export interface QuizRequest {
  count: number;
  timeLimitMs: number | null;
  title: string;
  seed?: number;
}

export class QuizSession {
  index = $state(0);
  answers = $state<Record<string, Answer | null>>({});
  flags = $state<Record<string, boolean>>({});
  elapsedMs = $state(0);
  warning = $state<string | null>(null);
  finished = $state(false);
  private runningSince: number;

  private constructor(
    private readonly db: HistoryDb,
    readonly attempt: Attempt,
    readonly questions: ReadonlyMap<string, Question>,
    readonly bank: CompiledBank,
    private readonly clock: Clock,
  ) {
    this.runningSince = clock.now();
    this.elapsedMs = attempt.elapsedMs;
    this.index = attempt.position;
  }

  /** Draws a new quiz across the domains and stores it before the first question shows. */
  static async start(db: HistoryDb, bank: CompiledBank, req: QuizRequest, clock: Clock = systemClock): Promise<QuizSession> {
    const seed = req.seed ?? newSeed();
    const items = assembleExam({ profile: bank.profile, pool: bank.questions, count: req.count, unscored: 0, seed });
    const now = clock.now();
    const attempt: Attempt = {
      id: crypto.randomUUID(),
      mode: 'quiz',
      title: req.title,
      profileId: bank.profile.id,
      bankId: bank.bank.id,
      bankVersion: bank.bank.version,
      bankHash: bank.bank.hash,
      seed,
      startedAt: now,
      updatedAt: now,
      status: 'in-progress',
      timeLimitMs: req.timeLimitMs,
      elapsedMs: 0,
      position: 0,
      items,
    };
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const questions = new Map(items.map((i) => [i.questionId, byId.get(i.questionId)!]));
    await createAttempt(db, attempt, [...questions.values()]);
    return new QuizSession(db, attempt, questions, bank, clock);
  }

  /** Reopens an attempt left in progress, with its answers, flags, position and time used. */
  static async resume(db: HistoryDb, bank: CompiledBank, attemptId: string, clock: Clock = systemClock): Promise<QuizSession | undefined> {
    const loaded = await loadAttempt(db, attemptId);
    if (!loaded) return undefined;
    const session = new QuizSession(db, loaded.attempt, await attemptQuestions(db, loaded.attempt), bank, clock);
    for (const r of loaded.responses) {
      session.answers[r.questionId] = r.answer;
      session.flags[r.questionId] = r.flagged;
    }
    return session;
  }

  get count(): number {
    return this.attempt.items.length;
  }
  get item() {
    return this.attempt.items[this.index]!;
  }
  get question(): Question {
    return this.questions.get(this.item.questionId)!;
  }
  get remaining(): number | null {
    return this.attempt.timeLimitMs === null ? null : remainingMs(this.attempt.timeLimitMs, this.elapsedMs);
  }
  /** How many questions have a complete answer. */
  get answeredCount(): number {
    return this.attempt.items.filter((i) => isComplete(this.questions.get(i.questionId)!, this.answers[i.questionId])).length;
  }
  isAnswered(questionId: string): boolean {
    return isComplete(this.questions.get(questionId)!, this.answers[questionId]);
  }

  async answer(answer: Answer | null): Promise<void> {
    const id = this.item.questionId;
    this.answers[id] = answer;
    await saveResponse(this.db, this.attempt.id, id, { answer: $state.snapshot(answer) as Answer | null }, this.clock.now());
  }

  async toggleFlag(): Promise<void> {
    const id = this.item.questionId;
    this.flags[id] = !this.flags[id];
    await saveResponse(this.db, this.attempt.id, id, { flagged: this.flags[id] }, this.clock.now());
  }

  async go(index: number): Promise<void> {
    if (index < 0 || index >= this.count || this.finished) return;
    this.index = index;
    this.advanceClock();
    await saveProgress(this.db, this.attempt.id, index, this.elapsedMs, this.clock.now());
  }

  private advanceClock(): void {
    const now = this.clock.now();
    this.elapsedMs += Math.max(0, now - this.runningSince);
    this.runningSince = now;
  }

  /** Called by the screen about twice a second: moves the clock, warns, and submits at zero. */
  async tick(): Promise<void> {
    if (this.finished) return;
    const limit = this.attempt.timeLimitMs;
    const before = this.remaining;
    this.advanceClock();
    if (limit !== null && before !== null) {
      const crossed = crossedWarning(limit, before, this.remaining!);
      if (crossed) this.warning = `${crossed} minutes left`;
      if (this.remaining === 0) {
        await this.submit(true);
        return;
      }
    }
    await saveProgress(this.db, this.attempt.id, this.index, this.elapsedMs, this.clock.now());
  }

  /** Scores and closes the attempt. */
  async submit(auto = false): Promise<string> {
    if (this.finished) return this.attempt.id;
    this.finished = true;
    this.advanceClock();
    const answers = new Map(Object.entries($state.snapshot(this.answers)) as [string, Answer | null][]);
    const result = scoreAttempt(this.attempt.items, this.questions, answers, this.bank.profile);
    const correctness = new Map(
      this.attempt.items.map((i) => [i.questionId, isCorrect(this.questions.get(i.questionId)!, answers.get(i.questionId))]),
    );
    const limit = this.attempt.timeLimitMs;
    const elapsed = limit === null ? this.elapsedMs : Math.min(limit, this.elapsedMs);
    await finishAttempt(this.db, this.attempt.id, result, correctness, elapsed, auto, this.clock.now());
    return this.attempt.id;
  }
}
