// The kinds of attempt the app offers, each as a request for a new session.
import type { CompiledBank, ExamProfile, Question } from '../../../../electron/shared/bank/types.ts';
import type { QuestionRecord } from '../../../../electron/shared/exam/filter.ts';
import { proportionalLimitMs } from '../../../../electron/shared/exam/timer.ts';
import type { SessionRequest } from './quiz-session.svelte.ts';

/** When each question was last answered, for drawing unseen questions first. */
const lastSeenOf = (history: ReadonlyMap<string, QuestionRecord>) => new Map([...history].map(([id, r]) => [id, r.lastSeen]));

/** The exam's minutes, with the accommodation's extra time when the learner has it. */
export const examMinutes = (profile: ExamProfile, extraTime: boolean): number => profile.minutes + (extraTime ? profile.extraTimeMinutes : 0);

/** A full mock exam: the profile's length, unscored items, timer and domain weights. */
export function mockExam(bank: CompiledBank, profile: ExamProfile, extraTime: boolean, history: ReadonlyMap<string, QuestionRecord>): SessionRequest {
  return {
    mode: 'exam',
    title: `${profile.code} mock exam${extraTime ? ' (+' + profile.extraTimeMinutes + ' min)' : ''}`,
    profile,
    pool: bank.questions,
    count: profile.questions.total,
    unscored: profile.questions.unscored,
    timeLimitMs: examMinutes(profile, extraTime) * 60_000,
    feedback: false,
    lastSeen: lastSeenOf(history),
  };
}

/** Minutes for `count` questions at the exam's pace (with extra time in proportion). */
export const paceMinutes = (count: number, profile: ExamProfile, extraTime: boolean): number =>
  Math.max(1, proportionalLimitMs(count, profile.questions.total, examMinutes(profile, extraTime)) / 60_000);

/** A short timed quiz across the domains. */
export function quickQuiz(bank: CompiledBank, count: number, extraTime: boolean, history: ReadonlyMap<string, QuestionRecord>): SessionRequest {
  return {
    mode: 'quiz',
    title: `Quick quiz · ${count} questions`,
    profile: bank.profile,
    pool: bank.questions,
    count,
    unscored: 0,
    timeLimitMs: paceMinutes(count, bank.profile, extraTime) * 60_000,
    feedback: false,
    lastSeen: lastSeenOf(history),
  };
}

/** A custom quiz over a filtered pool: practice (untimed, feedback) or timed at the exam's pace. */
export function customQuiz(
  bank: CompiledBank,
  pool: readonly Question[],
  count: number,
  practice: boolean,
  extraTime: boolean,
  history: ReadonlyMap<string, QuestionRecord>,
): SessionRequest {
  return {
    mode: practice ? 'practice' : 'custom',
    title: `${practice ? 'Practice' : 'Custom quiz'} · ${Math.min(count, pool.length)} questions`,
    profile: bank.profile,
    pool,
    count,
    unscored: 0,
    timeLimitMs: practice ? null : paceMinutes(Math.min(count, pool.length), bank.profile, extraTime) * 60_000,
    feedback: practice,
    lastSeen: lastSeenOf(history),
  };
}

/** Untimed practice with feedback over chosen questions of today's bank (questions since retired are left out). */
function practiceOf(bank: CompiledBank, questionIds: readonly string[], mode: 'retake' | 'review', title: (n: number) => string): SessionRequest {
  const ids = new Set(questionIds);
  const pool = bank.questions.filter((q) => ids.has(q.id));
  return { mode, title: title(pool.length), profile: bank.profile, pool, count: pool.length, unscored: 0, timeLimitMs: null, feedback: true };
}

/** A spaced-review session of the questions whose cards are due; options are reshuffled as for any draw. */
export const reviewSession = (bank: CompiledBank, dueQuestionIds: readonly string[]): SessionRequest =>
  practiceOf(bank, dueQuestionIds, 'review', (n) => `Spaced review · ${n} due`);

/** Practice of chosen questions from a finished attempt (its wrong, flagged or filtered ones). */
export const retake = (bank: CompiledBank, questionIds: readonly string[], what: string): SessionRequest =>
  practiceOf(bank, questionIds, 'retake', (n) => `Retake · ${what} (${n})`);
