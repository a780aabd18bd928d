import { describe, expect, it } from 'vitest';
import { ANY, filterQuestions, questionRecords, type QuestionRecord } from '../../electron/shared/exam/filter.ts';
import { shortcutFor, type KeyPress } from '../../renderer/src/features/quiz/shortcuts.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(400, 11);
const none = new Map<string, QuestionRecord>();

describe('filterQuestions', () => {
  it('lets everything through with no filter', () => {
    expect(filterQuestions(bank.questions, ANY, none)).toHaveLength(400);
  });
  it('combines task, type, difficulty and notes filters', () => {
    const out = filterQuestions(bank.questions, { ...ANY, tasks: ['1.1', '4.3'], types: ['multiple'], difficulties: [2, 3] }, none);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((q) => ['1.1', '4.3'].includes(q.task) && q.type === 'multiple' && q.difficulty >= 2)).toBe(true);
    expect(filterQuestions(bank.questions, { ...ANY, notes: ['n000.athena'] }, none)).toEqual([]);
  });
  it('filters by history: unseen, last wrong, flagged', () => {
    const [a, b, c] = bank.questions;
    const history = new Map<string, QuestionRecord>([
      [a!.id, { lastSeen: 1, lastCorrect: false, flagged: false }],
      [b!.id, { lastSeen: 2, lastCorrect: true, flagged: true }],
      [c!.id, { lastSeen: 3, lastCorrect: undefined, flagged: false }],
    ]);
    expect(filterQuestions(bank.questions, { ...ANY, history: 'unseen' }, history)).toHaveLength(397);
    expect(filterQuestions(bank.questions, { ...ANY, history: 'wrong' }, history).map((q) => q.id)).toEqual([a!.id]);
    expect(filterQuestions(bank.questions, { ...ANY, history: 'flagged' }, history).map((q) => q.id)).toEqual([b!.id]);
  });
});

describe('questionRecords', () => {
  it('keeps the latest answer’s result and remembers any flag', () => {
    const h = questionRecords([
      { questionId: 'q', updatedAt: 10, flagged: true, answered: true, correct: false },
      { questionId: 'q', updatedAt: 20, flagged: false, answered: true, correct: true },
      { questionId: 'r', updatedAt: 5, flagged: false, answered: false },
      { questionId: 's', updatedAt: 7, flagged: false, answered: true },
      { questionId: 't', updatedAt: 9, flagged: false, answered: false, correct: false },
    ]);
    expect(h.get('t')).toEqual({ lastSeen: 9, lastCorrect: false, flagged: false }); // left unanswered in a finished attempt: wrong
    expect(h.get('q')).toEqual({ lastSeen: 20, lastCorrect: true, flagged: true });
    expect(h.has('r')).toBe(false); // shown but never answered nor flagged: still unseen
    expect(h.get('s')).toEqual({ lastSeen: 7, lastCorrect: undefined, flagged: false }); // in progress
  });
});

describe('shortcuts', () => {
  const key = (k: Partial<KeyPress>) => shortcutFor({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, ...k });
  it('maps Alt+letter by physical key, and ? to help', () => {
    expect(key({ altKey: true, code: 'KeyN', key: '˜' })).toBe('next');
    expect(key({ altKey: true, code: 'KeyP', key: 'p' })).toBe('previous');
    expect(key({ altKey: true, code: 'KeyF' })).toBe('flag');
    expect(key({ altKey: true, code: 'KeyR' })).toBe('review');
    expect(key({ altKey: true, code: 'KeyE' })).toBe('end');
    expect(key({ key: '?' })).toBe('help');
    expect(key({ key: 'n' })).toBeUndefined();
    expect(key({ altKey: true, ctrlKey: true, code: 'KeyN' })).toBeUndefined();
  });
});
