// What a learner can answer, per question type, and whether it is complete.
import type { Question } from '../bank/types.ts';

/** An answer to one question; its kind matches the question's type. */
export type Answer =
  | { kind: 'single'; choice: string }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string> };

/** Whether `answer` is a full answer to `q` (every choice made, every prompt matched). */
export function isComplete(q: Question, answer: Answer | null | undefined): boolean {
  if (!answer) return false;
  switch (q.type) {
    case 'single':
      return answer.kind === 'single';
    case 'multiple':
      return answer.kind === 'multiple' && answer.choices.length === q.choose;
    case 'ordering':
      return answer.kind === 'ordering' && answer.order.length === q.items.length;
    case 'matching':
      return answer.kind === 'matching' && q.prompts.every((p) => answer.pairs[p.id] !== undefined);
  }
}

/** Whether `answer` earns credit: AWS gives credit only for an entirely right answer. */
export function isCorrect(q: Question, answer: Answer | null | undefined): boolean {
  if (!answer) return false;
  switch (q.type) {
    case 'single':
      return answer.kind === 'single' && answer.choice === q.key;
    case 'multiple':
      return answer.kind === 'multiple' && answer.choices.length === q.key.length && q.key.every((k) => answer.choices.includes(k));
    case 'ordering':
      return answer.kind === 'ordering' && answer.order.length === q.key.length && q.key.every((k, i) => answer.order[i] === k);
    case 'matching':
      return answer.kind === 'matching' && q.prompts.every((p) => answer.pairs[p.id] === q.key[p.id]);
  }
}
