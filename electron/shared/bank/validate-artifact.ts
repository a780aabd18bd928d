// Validation of a compiled bank received as untrusted JSON (read from disk by main, or fetched by the
// browser host). Hand-written rather than schema-library based: it runs over thousands of questions at
// start-up and must cost a small multiple of JSON.parse (see `npm run bench`).
import { err, ok, type Result } from '../result.ts';
import type { Choice, CompiledBank, Question } from './types.ts';

class Invalid extends Error {}

const fail = (where: string, message: string): never => {
  throw new Invalid(`${where}: ${message}`);
};
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, where: string): string => (typeof v === 'string' ? v : fail(where, 'expected text'));
const arr = (v: unknown, where: string): unknown[] => (Array.isArray(v) ? v : fail(where, 'expected a list'));
const obj = (v: unknown, where: string): Record<string, unknown> => (isObj(v) ? v : fail(where, 'expected an object'));
const strs = (v: unknown, where: string): string[] => {
  const a = arr(v, where);
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') fail(`${where}[${i}]`, 'expected text');
  return a as string[];
};

function choices(v: unknown, where: string): Set<string> {
  const ids = new Set<string>();
  const a = arr(v, where);
  for (let i = 0; i < a.length; i++) {
    const c = obj(a[i], `${where}[${i}]`) as unknown as Choice;
    if (typeof c.id !== 'string' || typeof c.text !== 'string' || typeof c.why !== 'string') fail(`${where}[${i}]`, 'needs id, text and why');
    if (ids.has(c.id)) fail(`${where}[${i}]`, `duplicate id "${c.id}"`);
    ids.add(c.id);
  }
  return ids;
}

/**
 * Checks one question. In a bank (`index` given) errors name it `question q12: key`; on its own (a
 * history file's snapshot) they name it by `where`: `questionSnapshots[3].key`. Without `tasks` or
 * `cases` (a question away from its bank), its task, domain and case study are checked as text only.
 */
function question(
  v: unknown,
  where: string,
  index?: number,
  tasks?: ReadonlyMap<string, string>,
  cases?: ReadonlySet<string>,
  seen?: Set<string>,
): Question {
  const q = obj(v, where) as unknown as Question;
  // The prefix of every field's name in errors, built once (this runs over thousands of questions).
  const at = index === undefined ? `${where}.` : `question ${typeof q.id === 'string' ? q.id : `#${index}`}: `;
  str(q.id, at + 'id');
  if (seen) {
    if (seen.has(q.id)) fail(at + 'id', 'duplicate id');
    seen.add(q.id);
  }
  if (!Number.isInteger(q.rev) || q.rev < 1) fail(at + 'rev', 'expected a positive whole number');
  if (tasks) {
    if (tasks.get(str(q.task, at + 'task')) !== q.domain) fail(at + 'task', `"${q.task}" is not a task of domain "${q.domain}"`);
  } else {
    str(q.task, at + 'task');
    str(q.domain, at + 'domain');
  }
  if (q.difficulty !== 1 && q.difficulty !== 2 && q.difficulty !== 3) fail(at + 'difficulty', 'expected 1, 2 or 3');
  str(q.stem, at + 'stem');
  str(q.explanation, at + 'explanation');
  strs(q.notes, at + 'notes');
  strs(q.services, at + 'services');
  strs(q.references, at + 'references');
  if (q.caseStudy !== undefined) {
    if (cases) {
      if (!cases.has(q.caseStudy)) fail(at + 'caseStudy', `no case study "${String(q.caseStudy)}"`);
    } else str(q.caseStudy, at + 'caseStudy');
  }
  switch (q.type) {
    case 'single': {
      const ids = choices(q.options, at + 'options');
      if (typeof q.key !== 'string' || !ids.has(q.key)) fail(at + 'key', 'the key is not one of the options');
      return q;
    }
    case 'multiple': {
      const ids = choices(q.options, at + 'options');
      const key = strs(q.key, at + 'key');
      if (key.length !== q.choose || key.some((k) => !ids.has(k))) fail(at + 'key', `expected ${String(q.choose)} keys among the options`);
      return q;
    }
    case 'ordering': {
      const ids = choices(q.items, at + 'items');
      const key = strs(q.key, at + 'key');
      if (key.length !== ids.size || key.some((k) => !ids.has(k))) fail(at + 'key', 'the order must name every item once');
      return q;
    }
    case 'matching': {
      const responses = choices(q.responses, at + 'responses');
      const prompts = arr(q.prompts, at + 'prompts');
      const key = obj(q.key, at + 'key');
      for (let j = 0; j < prompts.length; j++) {
        const p = obj(prompts[j], at + `prompts[${j}]`);
        const answer = key[str(p.id, at + `prompts[${j}].id`)];
        str(p.text, at + `prompts[${j}].text`);
        if (typeof answer !== 'string' || !responses.has(answer)) fail(at + 'key', `prompt "${String(p.id)}" has no valid response`);
      }
      return q;
    }
    default:
      return fail(at + 'type', `unknown type "${String((q as { type: unknown }).type)}"`);
  }
}

/**
 * Checks one question stored on its own (a history file's snapshot of a question as it was shown): its
 * fields, options and key, as in a bank, but not its task or case study against a bank. `where` names
 * it in errors (`questionSnapshots[3]` gives `questionSnapshots[3].options[1]: needs id, text and why`).
 */
export function validateQuestion(value: unknown, where: string): Result<Question> {
  try {
    return ok(question(value, where));
  } catch (e) {
    if (e instanceof Invalid) return err(e.message);
    throw e;
  }
}

function checkProfile(p: Record<string, unknown>, at: string): void {
  str(p.id, `${at}.id`);
  str(p.code, `${at}.code`);
  const q = obj(p.questions, `${at}.questions`);
  for (const f of ['total', 'scored', 'unscored']) if (typeof q[f] !== 'number') fail(`${at}.questions.${f}`, 'expected a number');
  if (typeof p.minutes !== 'number') fail(`${at}.minutes`, 'expected a number');
  if (typeof p.extraTimeMinutes !== 'number') fail(`${at}.extraTimeMinutes`, 'expected a number');
  const scale = obj(p.scale, `${at}.scale`);
  for (const f of ['min', 'max', 'pass']) if (typeof scale[f] !== 'number') fail(`${at}.scale.${f}`, 'expected a number');
  arr(p.domains, `${at}.domains`).forEach((d, i) => {
    const dom = obj(d, `${at}.domains[${i}]`);
    str(dom.id, `${at}.domains[${i}].id`);
    if (typeof dom.weight !== 'number') fail(`${at}.domains[${i}].weight`, 'expected a number');
  });
}

/** Checks that `value` is a well-formed compiled bank; the error names the question and field. */
export function validateArtifact(value: unknown): Result<CompiledBank> {
  try {
    const b = obj(value, 'bank file');
    if (b.format !== 1) fail('format', `unsupported format ${String(b.format)} (this app reads format 1)`);
    const info = obj(b.bank, 'bank');
    for (const f of ['id', 'title', 'version', 'hash']) str(info[f], `bank.${f}`);
    const profile = obj(b.profile, 'profile');
    arr(b.profiles, 'profiles').forEach((p, i) => checkProfile(obj(p, `profiles[${i}]`), `profiles[${i}]`));
    checkProfile(profile, 'profile');
    const domains = arr(profile.domains, 'profile.domains');
    const tasks = new Map<string, string>();
    domains.forEach((d, i) => {
      const dom = obj(d, `profile.domains[${i}]`);
      if (typeof dom.weight !== 'number') fail(`profile.domains[${i}].weight`, 'expected a number');
      arr(dom.tasks, `profile.domains[${i}].tasks`).forEach((t, j) =>
        tasks.set(str(obj(t, `profile task ${j}`).id, 'task id'), str(dom.id, 'domain id')),
      );
    });
    const q = obj(profile.questions, 'profile.questions');
    if (typeof q.total !== 'number' || typeof profile.minutes !== 'number') fail('profile', 'needs questions.total and minutes');
    arr(b.outline, 'outline');
    const cases = new Set(arr(b.caseStudies, 'caseStudies').map((c, i) => str(obj(c, `caseStudies[${i}]`).id, `caseStudies[${i}].id`)));
    const questions = arr(b.questions, 'questions');
    const seen = new Set<string>();
    for (let i = 0; i < questions.length; i++) question(questions[i], `questions[${i}]`, i, tasks, cases, seen);
    return ok(value as CompiledBank);
  } catch (e) {
    if (e instanceof Invalid) return err(e.message);
    throw e;
  }
}
