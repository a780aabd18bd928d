// An attempt being taken (mock exam, quiz or practice): the paper, the answers, flags and
// strike-throughs, the clock. Every change is written to IndexedDB as it happens, so closing the
// window, a crash or a sleeping laptop loses nothing.
/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps here are local lookups built once, never reactive state */
import type { CompiledBank, ExamProfile, Question } from '../../../../electron/shared/bank/types.ts';
import { isComplete, isCorrect, type Answer } from '../../../../electron/shared/exam/answer.ts';
import { assembleExam } from '../../../../electron/shared/exam/assemble.ts';
import { newSeed } from '../../../../electron/shared/exam/rng.ts';
import { scoreAttempt } from '../../../../electron/shared/exam/score.ts';
import { crossedWarning, remainingMs, systemClock, type Clock } from '../../../../electron/shared/exam/timer.ts';
import {
  attemptQuestions,
  createAttempt,
  finishAttempt,
  loadAttempt,
  markInterrupted,
  saveProgress,
  saveResponse,
  withProfile,
} from '../../db/attempts.ts';
import { cardsFromAttempt, recordReview } from '../../db/review-cards.ts';
import type { Attempt, AttemptMode, HistoryDb, Response } from '../../db/schema.ts';

/** What a new attempt draws and how it runs. */
export interface SessionRequest {
  mode: AttemptMode;
  title: string;
  profile: ExamProfile;
  /** The questions it may draw from (the whole bank, or a filtered set). */
  pool: readonly Question[];
  count: number;
  unscored: number;
  timeLimitMs: number | null;
  feedback: boolean;
  seed?: number;
  lastSeen?: ReadonlyMap<string, number>;
}

/** Which part of the attempt is on screen. */
export type SessionView = 'question' | 'review';

export class QuizSession {
  index = $state(0);
  view = $state<SessionView>('question');
  answers = $state<Record<string, Answer | null>>({});
  flags = $state<Record<string, boolean>>({});
  struck = $state<Record<string, string[]>>({});
  checked = $state<Record<string, boolean>>({});
  elapsedMs = $state(0);
  warning = $state<string | null>(null);
  finished = $state(false);
  /** The submission under way, once one has started (the attempt takes no more changes then). */
  private submitting: Promise<string> | null = null;
  private runningSince: number;
  /** The stored response rows, kept whole so each change is written as one put. */
  private readonly rows: Map<string, Response>;

  private constructor(
    private readonly db: HistoryDb,
    readonly attempt: Attempt,
    readonly questions: ReadonlyMap<string, Question>,
    rows: readonly Response[],
    private readonly clock: Clock,
  ) {
    this.rows = new Map(rows.map((r) => [r.questionId, r]));
    this.runningSince = clock.now();
    this.elapsedMs = attempt.elapsedMs;
    this.index = attempt.position;
  }

  /** Draws a new paper and stores it before the first question shows. */
  static async start(db: HistoryDb, bank: CompiledBank, req: SessionRequest, clock: Clock = systemClock): Promise<QuizSession> {
    const seed = req.seed ?? newSeed();
    const items = assembleExam({
      profile: req.profile,
      pool: req.pool,
      count: req.count,
      unscored: req.unscored,
      seed,
      ...(req.lastSeen ? { lastSeen: req.lastSeen } : {}),
    });
    if (items.length === 0) throw new Error('no question matches this selection');
    const now = clock.now();
    const attempt: Attempt = {
      id: crypto.randomUUID(),
      mode: req.mode,
      title: req.title,
      profileId: req.profile.id,
      profile: req.profile,
      feedback: req.feedback,
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
    const rows = await createAttempt(db, attempt, [...questions.values()]);
    return new QuizSession(db, attempt, questions, rows, clock);
  }

  /**
   * Reopens an attempt left in progress, with its answers, flags, strike-throughs, position and
   * time used. The time the app was closed does not count; the attempt is marked as interrupted.
   */
  static async resume(db: HistoryDb, bank: CompiledBank, attemptId: string, clock: Clock = systemClock): Promise<QuizSession | undefined> {
    const loaded = await loadAttempt(db, attemptId);
    if (!loaded) return undefined;
    await markInterrupted(db, attemptId);
    const session = new QuizSession(
      db,
      { ...withProfile(loaded.attempt, bank.profiles), interrupted: true },
      await attemptQuestions(db, loaded.attempt),
      loaded.responses,
      clock,
    );
    for (const r of loaded.responses) {
      session.answers[r.questionId] = r.answer;
      session.flags[r.questionId] = r.flagged;
      session.struck[r.questionId] = r.struck ?? [];
      session.checked[r.questionId] = r.checked ?? false;
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
  get answeredCount(): number {
    return this.attempt.items.filter((i) => this.isAnswered(i.questionId)).length;
  }
  isAnswered(questionId: string): boolean {
    return isComplete(this.questions.get(questionId)!, this.answers[questionId]);
  }
  /** Practice: whether the current answer has been checked (and is therefore locked). */
  get isChecked(): boolean {
    return this.checked[this.item.questionId] === true;
  }

  /** Writes a question's row with `change` applied. */
  private save(questionId: string, change: Partial<Response>): Promise<void> {
    const row = { ...this.rows.get(questionId)!, ...change, updatedAt: this.clock.now() };
    this.rows.set(questionId, row);
    return saveResponse(this.db, row);
  }

  async answer(answer: Answer | null): Promise<void> {
    const start = performance.now();
    const id = this.item.questionId;
    if (this.checked[id] || this.submitting) return; // a checked practice answer stays as it was checked
    // The write is issued before the state changes, so IndexedDB works while the screen re-renders;
    // a single put of the whole row, so nothing has to be read first.
    const write = this.save(id, { answer: $state.snapshot(answer) as Answer | null });
    this.answers[id] = answer;
    await write;
    performance.measure('recordAnswer', { start, end: performance.now() });
  }

  async toggleFlag(): Promise<void> {
    if (this.submitting) return;
    const id = this.item.questionId;
    this.flags[id] = !this.flags[id];
    await this.save(id, { flagged: this.flags[id] });
  }

  /** Strikes an option through (to rule it out), or restores it. */
  async toggleStrike(optionId: string): Promise<void> {
    if (this.submitting) return;
    const id = this.item.questionId;
    const now = this.struck[id] ?? [];
    this.struck[id] = now.includes(optionId) ? now.filter((o) => o !== optionId) : [...now, optionId];
    await this.save(id, { struck: $state.snapshot(this.struck[id]) });
  }

  /** Practice: locks the current answer and reveals whether it is right, with every explanation. */
  async check(): Promise<void> {
    const id = this.item.questionId;
    if (!this.attempt.feedback || !this.isAnswered(id)) return;
    this.checked[id] = true;
    await this.save(id, { checked: true });
    // A spaced-review answer moves its card on at once, so a session left half-way keeps its ratings.
    if (this.attempt.mode === 'review') await recordReview(this.db, id, isCorrect(this.question, this.answers[id]), this.clock.now());
  }

  async go(index: number): Promise<void> {
    if (index < 0 || index >= this.count || this.submitting) return;
    performance.mark('navigate-start');
    const leaving = this.item.questionId;
    this.advanceClock();
    this.index = index;
    this.view = 'question';
    await Promise.all([this.save(leaving, {}), saveProgress(this.db, this.attempt.id, index, this.elapsedMs, this.clock.now())]);
  }

  showReview(): void {
    this.view = 'review';
  }

  /** Moves the clock on, and adds the time to the question on screen (not to the review screen). */
  private advanceClock(): void {
    const now = this.clock.now();
    const delta = Math.max(0, now - this.runningSince);
    this.elapsedMs += delta;
    this.runningSince = now;
    const row = this.rows.get(this.item.questionId);
    if (row && this.view === 'question') row.timeMs = (row.timeMs ?? 0) + delta;
  }

  /** Called by the screen about twice a second: moves the clock, warns, and submits at zero. */
  async tick(): Promise<void> {
    if (this.submitting) return;
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

  /**
   * Scores and closes the attempt. `finished` turns true only once the result is committed, so the
   * result screen never opens on an attempt still being written; a second call (a clock tick in flight,
   * a double click) waits for the first.
   */
  submit(auto = false): Promise<string> {
    this.submitting ??= this.close(auto);
    return this.submitting;
  }

  private async close(auto: boolean): Promise<string> {
    this.advanceClock();
    await this.save(this.item.questionId, {});
    const answers = new Map(Object.entries($state.snapshot(this.answers)) as [string, Answer | null][]);
    const result = scoreAttempt(this.attempt.items, this.questions, answers, this.attempt.profile);
    const correctness = new Map(
      this.attempt.items.map((i) => [i.questionId, isCorrect(this.questions.get(i.questionId)!, answers.get(i.questionId))]),
    );
    const limit = this.attempt.timeLimitMs;
    const elapsed = limit === null ? this.elapsedMs : Math.min(limit, this.elapsedMs);
    await finishAttempt(this.db, this.attempt.id, result, correctness, elapsed, auto, this.clock.now());
    await cardsFromAttempt(this.db, this.attempt.id, this.clock.now()); // wrong answers become review cards
    this.finished = true;
    return this.attempt.id;
  }
}
