// The schema of a question file: turns YAML into compiled questions and reports every mistake.
import type { CaseStudy, Choice, ExamProfile, Question, QuestionType } from '../../electron/shared/bank/types.ts';
import { QUESTION_TYPES } from '../../electron/shared/bank/types.ts';
import { isRecord, isText, type YamlSource } from './yaml-source.ts';

/** What question files are checked against. */
export interface QuestionContext {
  profile: ExamProfile;
  sectionIds: ReadonlySet<string>;
  serviceNames: ReadonlySet<string>;
  retiredIds: ReadonlySet<string>;
}

/** Where a question or case study was defined (for later cross-file checks). */
export interface Located {
  src: YamlSource;
  path: (string | number)[];
}

/** What one pass over the question files produced. */
export interface QuestionsResult {
  questions: Question[];
  caseStudies: CaseStudy[];
  where: Map<string, Located>;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const COMMON = ['id', 'rev', 'type', 'task', 'difficulty', 'notes', 'services', 'caseStudy', 'stem', 'explanation', 'references'];
const FIELDS: Record<QuestionType, string[]> = {
  single: [...COMMON, 'options'],
  multiple: [...COMMON, 'options', 'choose'],
  ordering: [...COMMON, 'items'],
  matching: [...COMMON, 'prompts', 'responses'],
};

/** Validates and compiles every question file; errors go to each source's error list. */
export function compileQuestions(sources: YamlSource[], ctx: QuestionContext): QuestionsResult {
  const taskDomain = new Map(ctx.profile.domains.flatMap((d) => d.tasks.map((t) => [t.id, d.id] as const)));
  const out: QuestionsResult = { questions: [], caseStudies: [], where: new Map() };
  const caseUse = new Map<string, number>();
  const pending: { q: Question; at: Located }[] = [];

  for (const src of sources) {
    const data = src.data;
    if (data === undefined) continue; // syntax errors already reported
    if (!isRecord(data)) {
      src.error([], '-', '-', 'a question file is a mapping with `questions` (and optional `caseStudies`)');
      continue;
    }
    for (const k of Object.keys(data)) {
      if (k !== 'questions' && k !== 'caseStudies') src.error([k], '-', k, 'unknown top-level field');
    }
    const cases = data.caseStudies ?? [];
    if (!Array.isArray(cases)) src.error(['caseStudies'], '-', 'caseStudies', 'must be a list');
    else cases.forEach((c, i) => readCaseStudy(src, c, ['caseStudies', i], out, caseUse));
    if (!Array.isArray(data.questions)) {
      src.error(['questions'], '-', 'questions', 'must be a list of questions');
      continue;
    }
    data.questions.forEach((raw, i) => {
      const at: Located = { src, path: ['questions', i] };
      const q = readQuestion(src, raw, at.path, ctx, taskDomain, out.where);
      if (q) pending.push({ q, at });
    });
  }

  for (const { q, at } of pending) {
    if (q.caseStudy !== undefined) {
      if (!caseUse.has(q.caseStudy)) at.src.error([...at.path, 'caseStudy'], q.id, 'caseStudy', `no case study "${q.caseStudy}"`);
      else caseUse.set(q.caseStudy, (caseUse.get(q.caseStudy) ?? 0) + 1);
    }
    out.questions.push(q);
  }
  for (const cs of out.caseStudies) {
    const n = caseUse.get(cs.id) ?? 0;
    if (n < 2 || n > 4) {
      const at = out.where.get(cs.id);
      at?.src.error(at.path, cs.id, 'questions', `a case study needs 2 to 4 questions; ${n} point to it`);
    }
  }
  return out;
}

function readCaseStudy(src: YamlSource, raw: unknown, path: (string | number)[], out: QuestionsResult, use: Map<string, number>): void {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : '<no id>';
  if (!isRecord(raw)) return src.error(path, id, '-', 'a case study is a mapping with id, title, scenario');
  for (const k of Object.keys(raw)) if (!['id', 'title', 'scenario'].includes(k)) src.error([...path, k], id, k, 'unknown field');
  if (!/^cs-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) src.error([...path, 'id'], id, 'id', 'case study ids look like "cs-retail-demand"');
  if (out.where.has(id)) return src.error([...path, 'id'], id, 'id', `duplicate id (also ${describe(out.where.get(id))})`);
  if (!isText(raw.title)) src.error([...path, 'title'], id, 'title', 'missing title');
  if (!isText(raw.scenario)) src.error([...path, 'scenario'], id, 'scenario', 'missing scenario');
  out.where.set(id, { src, path });
  use.set(id, 0);
  out.caseStudies.push({ id, title: String(raw.title ?? ''), scenario: String(raw.scenario ?? '').trim() });
}

const describe = (at: Located | undefined): string => (at ? `${at.src.file.path}:${at.src.lineOf(at.path)}` : 'elsewhere');

function readQuestion(
  src: YamlSource,
  raw: unknown,
  path: (string | number)[],
  ctx: QuestionContext,
  taskDomain: Map<string, string>,
  where: Map<string, Located>,
): Question | undefined {
  const id = isRecord(raw) && typeof raw.id === 'string' && raw.id ? raw.id : '<no id>';
  const bad = (field: string, message: string, sub: (string | number)[] = [field]) => {
    src.error([...path, ...sub], id, field, message);
    ok = false;
  };
  let ok = true;
  if (!isRecord(raw)) {
    src.error(path, id, '-', 'a question is a mapping');
    return undefined;
  }

  if (id === '<no id>') bad('id', 'missing id');
  else if (!ID.test(id)) bad('id', 'ids are lower-case words joined by "-", like "t11-001"');
  else if (ctx.retiredIds.has(id)) bad('id', 'this id belongs to a retired question and is never reused');
  else if (where.has(id)) bad('id', `duplicate id (also ${describe(where.get(id))})`);
  else where.set(id, { src, path });

  if (!Number.isInteger(raw.rev) || (raw.rev as number) < 1) bad('rev', 'must be a whole number from 1');
  const type = raw.type as QuestionType;
  if (!QUESTION_TYPES.includes(type)) {
    bad('type', `must be one of ${QUESTION_TYPES.join(', ')}`);
    return undefined;
  }
  if (!ctx.profile.types.includes(type)) bad('type', `the exam profile does not allow "${type}"`);
  for (const k of Object.keys(raw)) if (!FIELDS[type].includes(k)) bad(k, `unknown field for a ${type} question`);

  const task = typeof raw.task === 'number' ? raw.task.toFixed(1) : raw.task;
  const domain = typeof task === 'string' ? taskDomain.get(task) : undefined;
  if (!domain) bad('task', `unknown task statement "${String(raw.task)}" (the profile has ${[...taskDomain.keys()].join(', ')})`);
  if (![1, 2, 3].includes(raw.difficulty as number)) bad('difficulty', 'must be 1, 2 or 3');
  if (!Array.isArray(raw.notes) || raw.notes.length === 0) bad('notes', 'must list at least one notes section id');
  else
    raw.notes.forEach((n, i) => {
      if (typeof n !== 'string' || !ctx.sectionIds.has(n)) bad('notes', `"${String(n)}" is not a section of notes-outline.yaml`, ['notes', i]);
    });
  const services = raw.services ?? [];
  if (!Array.isArray(services)) bad('services', 'must be a list');
  else
    services.forEach((s, i) => {
      if (typeof s !== 'string' || !ctx.serviceNames.has(s)) bad('services', `"${String(s)}" is not in aws-services.yaml`, ['services', i]);
    });
  if (raw.caseStudy !== undefined && typeof raw.caseStudy !== 'string') bad('caseStudy', 'must be a case study id');
  if (!isText(raw.stem)) bad('stem', 'missing stem');
  if (!isText(raw.explanation)) bad('explanation', 'missing explanation');
  if (!Array.isArray(raw.references) || raw.references.length === 0) bad('references', 'must list at least one documentation URL');
  else
    raw.references.forEach((r, i) => {
      if (typeof r !== 'string' || !/^https:\/\/\S+$/.test(r)) bad('references', `"${String(r)}" is not an https:// URL`, ['references', i]);
    });

  const base = {
    id,
    type,
    rev: raw.rev as number,
    task: String(task),
    domain: domain ?? '',
    difficulty: raw.difficulty as 1 | 2 | 3,
    notes: (raw.notes as string[]) ?? [],
    services: services as string[],
    ...(typeof raw.caseStudy === 'string' ? { caseStudy: raw.caseStudy } : {}),
    stem: String(raw.stem ?? '').trim(),
    explanation: String(raw.explanation ?? '').trim(),
    references: (raw.references as string[]) ?? [],
  };

  const typed = readTyped(type, raw, bad);
  return ok && typed ? ({ ...base, ...typed } as Question) : undefined;
}

type Bad = (field: string, message: string, sub?: (string | number)[]) => void;

/** Reads a list of {id, text, why} entries (options, items, responses), checking ids are unique. */
function readChoices(raw: unknown, field: string, bad: Bad, extra: string[] = []): (Choice & Record<string, unknown>)[] | undefined {
  if (!Array.isArray(raw)) {
    bad(field, 'must be a list');
    return undefined;
  }
  const seen = new Set<string>();
  let fine = true;
  raw.forEach((c, i) => {
    const at = [field, i];
    const fail = (message: string, sub: (string | number)[] = at) => {
      bad(field, message, sub);
      fine = false;
    };
    if (!isRecord(c)) return fail('each entry is a mapping with id, text, why');
    for (const k of Object.keys(c)) if (!['id', 'text', 'why', ...extra].includes(k)) bad(field, `unknown field "${k}"`, [...at, k]);
    if (!isText(c.id)) fail('entry without id');
    else if (seen.has(c.id)) fail(`duplicate entry id "${c.id}"`, [...at, 'id']);
    else seen.add(c.id);
    if (!isText(c.text)) fail(`entry "${String(c.id)}" has no text`);
    if (!extra.includes('answer') && !isText(c.why)) fail(`entry "${String(c.id)}" has no explanation (why)`);
  });
  return fine ? (raw as (Choice & Record<string, unknown>)[]) : undefined;
}

const plain = (c: Choice & Record<string, unknown>): Choice => ({ id: c.id, text: String(c.text).trim(), why: String(c.why ?? '').trim() });

function readTyped(type: QuestionType, raw: Record<string, unknown>, bad: Bad): Record<string, unknown> | undefined {
  if (type === 'single' || type === 'multiple') {
    const options = readChoices(raw.options, 'options', bad, ['correct']);
    if (!options) return undefined;
    options.forEach((o, i) => {
      if (o.correct !== undefined && typeof o.correct !== 'boolean') bad('options', `"correct" must be true or false`, ['options', i, 'correct']);
    });
    const key = options.filter((o) => o.correct === true).map((o) => o.id);
    if (type === 'single') {
      if (options.length !== 4) bad('options', `a single-answer question has exactly 4 options, not ${options.length}`);
      if (key.length !== 1) bad('options', key.length ? `${key.length} options are marked correct; exactly 1 must be` : 'no option is marked correct (missing key)');
      return { options: options.map(plain), key: key[0] };
    }
    const choose = raw.choose;
    if (options.length < 5) bad('options', `a multiple-response question has 5 or more options, not ${options.length}`);
    if (!Number.isInteger(choose) || (choose as number) < 2) bad('choose', 'must be a whole number of at least 2');
    else if (key.length !== choose) bad('choose', `"choose ${String(choose)}" but ${key.length} options are marked correct`);
    else if ((choose as number) >= options.length) bad('choose', 'must be fewer than the options');
    return { options: options.map(plain), choose, key };
  }
  if (type === 'ordering') {
    const items = readChoices(raw.items, 'items', bad);
    if (!items) return undefined;
    if (items.length < 3 || items.length > 5) bad('items', `an ordering question has 3 to 5 items, not ${items.length}`);
    return { items: items.map(plain), key: items.map((i) => i.id) };
  }
  const prompts = readChoices(raw.prompts, 'prompts', bad, ['answer']);
  const responses = readChoices(raw.responses, 'responses', bad);
  if (!prompts || !responses) return undefined;
  if (prompts.length < 3 || prompts.length > 7) bad('prompts', `a matching question has 3 to 7 prompts, not ${prompts.length}`);
  if (responses.length < 2) bad('responses', 'a matching question needs at least 2 responses');
  const responseIds = new Set(responses.map((r) => r.id));
  const key: Record<string, string> = {};
  prompts.forEach((p, i) => {
    if (responseIds.has(p.id)) bad('prompts', `"${p.id}" is used as both a prompt and a response id`, ['prompts', i, 'id']);
    if (!isText(p.answer)) bad('prompts', `prompt "${p.id}" has no response (answer)`, ['prompts', i]);
    else if (!responseIds.has(p.answer)) bad('prompts', `prompt "${p.id}" answers "${p.answer}", which is not a response`, ['prompts', i, 'answer']);
    else key[p.id] = p.answer;
  });
  return {
    prompts: prompts.map((p) => ({ id: p.id, text: String(p.text).trim() })),
    responses: responses.map(plain),
    key,
  };
}
