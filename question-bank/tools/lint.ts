// Item-quality checks: what makes a question a fair exam item, beyond what the schema can say.
import type { Question } from '../../electron/shared/bank/types.ts';
import type { Compiled } from './compile.ts';
import type { BankError } from './yaml-source.ts';

/** The most single-answer questions whose key may be the longest option. */
export const MAX_KEY_LONGEST = 0.29;
/** Two stems sharing more than this share of their words are near duplicates. */
export const MAX_STEM_OVERLAP = 0.8;

/** The lint's findings, and the distribution of the key's stored position, which it reports. */
export interface LintReport {
  errors: BankError[];
  keyLongestShare: number;
  keyPositions: Record<string, number>;
}

const NUMBERS: Record<string, number> = { TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The sentences of a stem that ask the question (those ending in "?"). */
const askingSentences = (stem: string): string[] => stem.split(/(?<=[.?!])\s+/).filter((s) => s.trim().endsWith('?'));

/** Every text of a question that a learner reads before answering. */
function shownTexts(q: Question): string[] {
  const texts = [q.stem];
  if (q.type === 'single' || q.type === 'multiple') texts.push(...q.options.map((o) => o.text));
  if (q.type === 'ordering') texts.push(...q.items.map((o) => o.text));
  if (q.type === 'matching') texts.push(...q.prompts.map((o) => o.text), ...q.responses.map((o) => o.text));
  return texts;
}

/** Every text of a question, explanations included. */
function allTexts(q: Question): string[] {
  const whys =
    q.type === 'matching' ? q.responses.map((r) => r.why) : q.type === 'ordering' ? q.items.map((i) => i.why) : q.options.map((o) => o.why);
  return [...shownTexts(q), ...whys, q.explanation];
}

/** Runs every lint rule over a compiled bank. */
export function lintBank(c: Compiled): LintReport {
  const errors: BankError[] = [];
  const qs = c.questions.questions;
  const report = (q: Question, field: string, message: string) => {
    const at = c.questions.where.get(q.id);
    errors.push({ file: at?.src.file.path ?? '?', line: at ? at.src.lineOf(at.path) : 0, id: q.id, field, message });
  };

  // The key must not give itself away by length.
  const singles = qs.filter((q) => q.type === 'single');
  const longest = singles.filter((q) => {
    const key = q.options.find((o) => o.id === q.key)!.text.length;
    return q.options.every((o) => o.id === q.key || o.text.length < key);
  });
  const keyLongestShare = singles.length ? longest.length / singles.length : 0;
  if (keyLongestShare > MAX_KEY_LONGEST) {
    errors.push({
      file: 'question-bank/questions',
      line: 0,
      id: '-',
      field: 'options',
      message: `the key is the longest option in ${(keyLongestShare * 100).toFixed(1)}% of single-answer questions (at most ${MAX_KEY_LONGEST * 100}%): ${longest.map((q) => q.id).join(', ')}`,
    });
  }

  const known = [...c.services.names, ...c.services.terms].sort((a, b) => b.length - a.length);
  for (const q of qs) {
    for (const t of shownTexts(q)) {
      if (/\b(all|none) of the (above|options)\b/i.test(t)) report(q, 'options', `"${/\b(all|none) of the \w+/i.exec(t)![0]}" is not allowed`);
      for (const [old, now] of c.services.renamed) if (t.includes(old)) report(q, 'stem', `"${old}" is a former name: use "${now}"`);
    }
    for (const s of askingSentences(q.stem)) {
      for (const w of s.match(/\b(not|except|least)\b/gi) ?? []) {
        if (w !== w.toUpperCase()) report(q, 'stem', `negative word "${w}" in the question must be in capitals (${w.toUpperCase()})`);
      }
    }
    const choose = /\(Choose (\w+)\.?\)/i.exec(q.stem);
    const n = choose ? (NUMBERS[choose[1]!.toUpperCase()] ?? Number(choose[1])) : undefined;
    if (q.type === 'multiple' && n !== q.choose) report(q, 'stem', `the stem must say "(Choose ${Object.keys(NUMBERS)[q.choose - 2]}.)" to match choose: ${q.choose}`);
    if (q.type !== 'multiple' && choose) report(q, 'stem', `"${choose[0]}" in a ${q.type} question`);
    for (const t of allTexts(q)) {
      for (const m of t.matchAll(/\b(?:Amazon|AWS)(?: [A-Z0-9][\w-]*)+/g)) {
        const at = t.slice(m.index);
        if (!known.some((k) => at.startsWith(k) && !/[\w-]/.test(at.charAt(k.length)))) report(q, 'services', `"${m[0]}" is not a known AWS service or term (aws-services.yaml)`);
      }
    }
  }

  // Near-duplicate stems: word-set overlap (Jaccard).
  const sets = qs.map((q) => new Set(words(q.stem)));
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const overlap = shared / (a.size + b.size - shared);
      if (overlap > MAX_STEM_OVERLAP) report(qs[j]!, 'stem', `near duplicate of ${qs[i]!.id} (word overlap ${overlap.toFixed(2)})`);
    }
  }

  const keyPositions: Record<string, number> = {};
  for (const q of qs) {
    if (q.type !== 'single' && q.type !== 'multiple') continue;
    const keys = Array.isArray(q.key) ? q.key : [q.key];
    for (const k of keys) {
      const pos = String(q.options.findIndex((o) => o.id === k) + 1);
      keyPositions[pos] = (keyPositions[pos] ?? 0) + 1;
    }
  }
  return { errors, keyLongestShare, keyPositions };
}
