// Scoring an attempt the way AWS describes it: all-or-nothing per question, compensatory overall,
// unscored items counting for nothing, and a scaled score whose mapping is our own assumption.
import type { ExamProfile, Question } from '../bank/types.ts';
import { isComplete, isCorrect, type Answer } from './answer.ts';
import type { PaperItem } from './assemble.ts';

/** Results of one domain: scored questions only. */
export interface DomainResult {
  correct: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
  /** At or above the pass line's share of correct answers ("meets competencies"). */
  meets: boolean;
}

/** The result of a finished attempt. */
export interface AttemptResult {
  correct: number;
  scoredTotal: number;
  unanswered: number;
  percent: number;
  scaled: number;
  passed: boolean;
  byDomain: Record<string, DomainResult>;
}

/** The share of scored questions that passes: passRaw of scored (36 of 50 for MLA-C01, 72%). */
export const passShare = (p: ExamProfile): number => p.passRaw / p.questions.scored;

/**
 * Our raw-to-scaled mapping (AWS does not publish its own): piecewise linear in the share correct,
 * so that 0 maps to the scale's minimum, the pass share to the pass mark, and all correct to the maximum.
 */
export function scaledScore(share: number, p: ExamProfile): number {
  const cut = passShare(p);
  const { min, pass, max } = p.scale;
  const s = Math.min(1, Math.max(0, share));
  const value = s <= cut ? min + ((pass - min) * s) / cut : pass + ((max - pass) * (s - cut)) / (1 - cut);
  return Math.round(value);
}

/** Scores a paper against the learner's answers (keyed by question id). */
export function scoreAttempt(
  items: readonly PaperItem[],
  questions: ReadonlyMap<string, Question>,
  answers: ReadonlyMap<string, Answer | null>,
  profile: ExamProfile,
): AttemptResult {
  const byDomain: Record<string, DomainResult> = {};
  let correct = 0;
  let scoredTotal = 0;
  let unanswered = 0;
  for (const item of items) {
    const q = questions.get(item.questionId);
    if (!q) continue;
    const a = answers.get(item.questionId);
    if (!isComplete(q, a)) unanswered++;
    if (!item.scored) continue;
    const d = (byDomain[item.domain] ??= { correct: 0, total: 0, percent: 0, meets: false });
    d.total++;
    scoredTotal++;
    if (isCorrect(q, a)) {
      d.correct++;
      correct++;
    }
  }
  const cut = passShare(profile);
  for (const d of Object.values(byDomain)) {
    d.percent = Math.round((100 * d.correct) / d.total);
    d.meets = d.correct / d.total >= cut;
  }
  const share = scoredTotal ? correct / scoredTotal : 0;
  const scaled = scaledScore(share, profile);
  return { correct, scoredTotal, unanswered, percent: Math.round(share * 100), scaled, passed: scaled >= profile.scale.pass, byDomain };
}
