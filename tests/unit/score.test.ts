import { describe, expect, it } from 'vitest';
import type { MatchingQuestion, MultipleQuestion, OrderingQuestion, Question, SingleQuestion } from '../../electron/shared/bank/types.ts';
import { isComplete, isCorrect, type Answer } from '../../electron/shared/exam/answer.ts';
import type { PaperItem } from '../../electron/shared/exam/assemble.ts';
import { passShare, scaledScore, scoreAttempt } from '../../electron/shared/exam/score.ts';
import { mlaProfile } from '../bench/synthetic-bank.ts';

const profile = mlaProfile();
const base = { rev: 1, task: '1.1', domain: '1', difficulty: 2 as const, notes: [], services: [], stem: 's', explanation: 'e', references: [] };
const c = (id: string) => ({ id, text: id, why: id });
const single: SingleQuestion = { ...base, id: 's', type: 'single', options: ['a', 'b', 'c', 'd'].map(c), key: 'c' };
const multiple: MultipleQuestion = { ...base, id: 'm', type: 'multiple', options: ['a', 'b', 'c', 'd', 'e'].map(c), choose: 2, key: ['a', 'e'] };
const ordering: OrderingQuestion = { ...base, id: 'o', type: 'ordering', items: ['a', 'b', 'c'].map(c), key: ['a', 'b', 'c'] };
const matching: MatchingQuestion = {
  ...base,
  id: 'x',
  type: 'matching',
  prompts: [
    { id: 'p1', text: '1' },
    { id: 'p2', text: '2' },
    { id: 'p3', text: '3' },
  ],
  responses: ['r1', 'r2'].map(c),
  key: { p1: 'r1', p2: 'r2', p3: 'r1' },
};

describe('isCorrect: all or nothing', () => {
  it('single', () => {
    expect(isCorrect(single, { kind: 'single', choice: 'c' })).toBe(true);
    expect(isCorrect(single, { kind: 'single', choice: 'a' })).toBe(false);
    expect(isCorrect(single, null)).toBe(false);
  });
  it('multiple: partial and over-complete answers earn nothing', () => {
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['e', 'a'] })).toBe(true);
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['a', 'b'] })).toBe(false);
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['a', 'e', 'b'] })).toBe(false);
    expect(isComplete(multiple, { kind: 'multiple', choices: ['a'] })).toBe(false);
  });
  it('ordering: only the entire order counts', () => {
    expect(isCorrect(ordering, { kind: 'ordering', order: ['a', 'b', 'c'] })).toBe(true);
    expect(isCorrect(ordering, { kind: 'ordering', order: ['a', 'c', 'b'] })).toBe(false);
  });
  it('matching: every pair must be right; a missing pair fails', () => {
    expect(isCorrect(matching, { kind: 'matching', pairs: { p1: 'r1', p2: 'r2', p3: 'r1' } })).toBe(true);
    expect(isCorrect(matching, { kind: 'matching', pairs: { p1: 'r1', p2: 'r2' } })).toBe(false);
    expect(isCorrect(matching, { kind: 'matching', pairs: { p1: 'r1', p2: 'r1', p3: 'r1' } })).toBe(false);
    expect(isComplete(matching, { kind: 'matching', pairs: { p1: 'r1', p2: 'r2' } })).toBe(false);
  });
  it('an answer of the wrong kind is wrong', () => {
    expect(isCorrect(single, { kind: 'multiple', choices: ['c'] })).toBe(false);
  });
});

describe('scaledScore (our documented assumption)', () => {
  it('maps 0 → 100, the pass share → 720, all → 1000, linearly between', () => {
    expect(passShare(profile)).toBeCloseTo(0.72);
    expect(scaledScore(0, profile)).toBe(100);
    expect(scaledScore(36 / 50, profile)).toBe(720);
    expect(scaledScore(1, profile)).toBe(1000);
    expect(scaledScore(18 / 50, profile)).toBe(410);
    expect(scaledScore(43 / 50, profile)).toBe(860);
    expect(scaledScore(35 / 50, profile)).toBeLessThan(720);
  });
});

describe('scoreAttempt', () => {
  const qs = new Map<string, Question>([single, multiple, ordering, matching].map((q) => [q.id, q]));
  const item = (q: Question, domain: string, scored = true): PaperItem => ({ questionId: q.id, rev: 1, domain, scored, order: [] });

  it('counts scored questions only, per domain, with unanswered ones as wrong', () => {
    const items = [item(single, '1'), item(multiple, '2'), item(ordering, '2', false), item(matching, '4')];
    const answers = new Map<string, Answer | null>([
      ['s', { kind: 'single', choice: 'c' }],
      ['m', { kind: 'multiple', choices: ['a'] }],
      ['o', { kind: 'ordering', order: ['a', 'b', 'c'] }],
    ]);
    const r = scoreAttempt(items, qs, answers, profile);
    expect(r.correct).toBe(1);
    expect(r.scoredTotal).toBe(3);
    expect(r.unanswered).toBe(2); // the partial multiple and the matching
    expect(r.byDomain).toEqual({
      '1': { correct: 1, total: 1, percent: 100, meets: true },
      '2': { correct: 0, total: 1, percent: 0, meets: false },
      '4': { correct: 0, total: 1, percent: 0, meets: false },
    });
    expect(r.percent).toBe(33);
    expect(r.scaled).toBe(scaledScore(1 / 3, profile));
    expect(r.passed).toBe(false);
  });
});
