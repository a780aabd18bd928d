// Choosing the questions a custom quiz or a retake may draw from: by content, and by the learner's
// own history (never seen, last answered wrongly, ever flagged).
import type { Question, QuestionType } from '../bank/types.ts';

/** What the learner's history says about one question. */
export interface QuestionRecord {
  /** When it was last answered (epoch ms). */
  lastSeen: number;
  /** Whether the most recent finished answer was right. */
  lastCorrect: boolean | undefined;
  /** Whether it was ever flagged for review. */
  flagged: boolean;
}

/** A custom quiz's filters; an empty list means "any". */
export interface QuizFilter {
  domains: string[];
  tasks: string[];
  notes: string[];
  types: QuestionType[];
  difficulties: number[];
  history: 'any' | 'unseen' | 'wrong' | 'flagged';
}

/** A filter that lets every question through. */
export const ANY: QuizFilter = { domains: [], tasks: [], notes: [], types: [], difficulties: [], history: 'any' };

const allows = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);

/** The questions that pass `filter`, given the learner's history by question id. */
export function filterQuestions(questions: readonly Question[], filter: QuizFilter, history: ReadonlyMap<string, QuestionRecord>): Question[] {
  return questions.filter((q) => {
    if (!allows(filter.domains, q.domain) || !allows(filter.tasks, q.task) || !allows(filter.types, q.type)) return false;
    if (!allows(filter.difficulties, q.difficulty)) return false;
    if (filter.notes.length && !q.notes.some((n) => filter.notes.includes(n))) return false;
    const h = history.get(q.id);
    switch (filter.history) {
      case 'unseen':
        return h === undefined;
      case 'wrong':
        return h?.lastCorrect === false;
      case 'flagged':
        return h?.flagged === true;
      default:
        return true;
    }
  });
}

/** Rows of answered responses, oldest first, as the history database returns them. */
export interface AnsweredRow {
  questionId: string;
  updatedAt: number;
  flagged: boolean;
  answered: boolean;
  correct?: boolean;
}

/** Folds response rows into one record per question. */
export function questionRecords(rows: Iterable<AnsweredRow>): Map<string, QuestionRecord> {
  const out = new Map<string, QuestionRecord>();
  for (const r of rows) {
    const prev = out.get(r.questionId);
    const flagged = (prev?.flagged ?? false) || r.flagged;
    // A question left unanswered in a finished attempt was scored wrong, so it counts as met.
    if (!r.answered && r.correct === undefined) {
      if (prev || r.flagged) out.set(r.questionId, { lastSeen: prev?.lastSeen ?? r.updatedAt, lastCorrect: prev?.lastCorrect, flagged });
      continue;
    }
    const newer = !prev || r.updatedAt >= prev.lastSeen;
    out.set(r.questionId, {
      lastSeen: newer ? r.updatedAt : prev.lastSeen,
      lastCorrect: newer && r.correct !== undefined ? r.correct : prev?.lastCorrect,
      flagged,
    });
  }
  return out;
}
