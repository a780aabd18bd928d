// The history backup file (export/import): its format, and its validation as untrusted input. A file
// to import is one the learner picked: it may be damaged, edited by hand, written by a newer app, or
// crafted. Pure TypeScript: no Node, Electron or DOM. Hand-written checks, like validate-artifact.ts,
// so tens of thousands of rows validate in a fraction of a second.
import type { ExamProfile, Question } from '../bank/types.ts';
import { QUESTION_TYPES } from '../bank/types.ts';
import { validateQuestion } from '../bank/validate-artifact.ts';
import type { Answer } from '../exam/answer.ts';
import { ATTEMPT_MODES, type Attempt, type AttemptMode, type Response, type ReviewCard } from '../history/rows.ts';
import { err, ok, type Result } from '../result.ts';

/** What the file says it is (`format`), so another JSON file is refused by name. */
export const HISTORY_FORMAT = 'mla-c01-history';
/**
 * The version of the rows this app writes: that of the four exported tables, which last changed in
 * database version 2 (renderer/src/db/schema.ts). Derived tables added since are not exported.
 */
export const HISTORY_SCHEMA_VERSION = 2;
/** The oldest schema version this app can read (older rows get the fields added since, with their defaults). */
export const OLDEST_HISTORY_SCHEMA_VERSION = 1;

// The rows are the database's own (electron/shared/history/rows.ts), so the file cannot drift from it.

/** How an attempt was taken (the database's own type). */
export type HistoryAttemptMode = AttemptMode;
export { ATTEMPT_MODES };
export const ATTEMPT_STATUSES: readonly HistoryAttempt['status'][] = ['in-progress', 'finished'];
export const ANSWER_KINDS: readonly Answer['kind'][] = ['single', 'multiple', 'ordering', 'matching'];

/** One sitting (a row of `attempts`); `profile` is absent on attempts stored by schema 1 (the app fills it when reading). */
export type HistoryAttempt = Omit<Attempt, 'profile'> & { profile?: ExamProfile };

/** One question of one attempt (a row of `responses`). */
export type HistoryResponse = Response;

/** A spaced-review card (a row of `reviewCards`): dates are epoch milliseconds. */
export type HistoryReviewCard = ReviewCard;

/** The four tables of the history database. */
export interface HistoryTables {
  attempts: HistoryAttempt[];
  responses: HistoryResponse[];
  questionSnapshots: Question[];
  reviewCards: HistoryReviewCard[];
}

/** The backup file: every row of the four tables, and what wrote them. */
export interface HistoryFile extends HistoryTables {
  format: typeof HISTORY_FORMAT;
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  /** When the file was written, ISO 8601. */
  exportedAt: string;
  /** The app that wrote it. */
  app: { version: string };
}

/** The table names, in the order they appear in the file. */
export const HISTORY_TABLES = ['attempts', 'responses', 'questionSnapshots', 'reviewCards'] as const;
export type HistoryTableName = (typeof HISTORY_TABLES)[number];

/** What a file may hold at most: a learner's real history stays far below every one of these. */
export interface HistoryFileLimits {
  /** Characters of text, checked before parsing (50 MiB: the hosts read at most 50 MiB of bytes). */
  maxChars: number;
  /** How deeply objects and lists may nest below the top of the file (real rows reach about 8). */
  maxDepth: number;
  /** Characters in any one text value (a question's explanation is a few thousand). */
  maxStringLength: number;
  /** Characters in an id (attempt and question ids) and in any object key. */
  maxIdLength: number;
  /** Entries in any list or object inside a row (a paper's items, an answer's choices). */
  maxListLength: number;
  /** Rows per table. */
  maxRows: Record<HistoryTableName, number>;
}

/** Limits a caller may tighten (tests) or loosen. */
export type HistoryFileLimitsOverride = Partial<Omit<HistoryFileLimits, 'maxRows'>> & { maxRows?: Partial<HistoryFileLimits['maxRows']> };

export const DEFAULT_HISTORY_LIMITS: HistoryFileLimits = {
  maxChars: 50 * 1024 * 1024,
  maxDepth: 16,
  maxStringLength: 100_000,
  maxIdLength: 200,
  maxListLength: 10_000,
  // 50,000 attempts of a 65-question exam would be 3.25 million responses: far past any learner, and
  // past what 50 MiB can hold anyway (a response row is 150 characters or more).
  maxRows: { attempts: 50_000, responses: 1_000_000, questionSnapshots: 100_000, reviewCards: 100_000 },
};

/** Builds the file for a set of rows (export). */
export function makeHistoryFile(tables: HistoryTables, appVersion: string, exportedAt: Date): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    schemaVersion: HISTORY_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: { version: appVersion },
    attempts: tables.attempts,
    responses: tables.responses,
    questionSnapshots: tables.questionSnapshots,
    reviewCards: tables.reviewCards,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation. Every error is `where: what`, where is a path into the file such as
// `responses[12].answer.kind`.

class Invalid extends Error {}

const fail = (where: string, message: string): never => {
  throw new Invalid(`${where}: ${message}`);
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a value is, for messages. */
function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return String(v);
  return 'an object';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);
/** A key appended to a path: `.name`, `[3]` or `["odd key"]` (shortened: keys come from the file). */
const step = (key: string | number): string =>
  typeof key === 'number' ? `[${key}]` : key.length <= 40 && IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(clip(key))}]`;
/** `where.key`; the file's own fields are named alone (`where` is empty): `exportedAt`, `attempts`. */
const at = (where: string, key: string | number): string => (where ? where + step(key) : step(key).replace(/^\./, ''));

// Field checks: each reads `o[key]` and names `where.key` only when it fails.
function text(o: Obj, where: string, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : fail(at(where, key), `expected text, found ${kindOf(v)}`);
}
function makeId(maxIdLength: number) {
  return (o: Obj, where: string, key: string): string => {
    const v = text(o, where, key);
    if (v.length === 0) fail(at(where, key), 'expected an id, found empty text');
    if (v.length > maxIdLength) fail(at(where, key), `an id may have at most ${maxIdLength} characters, this one has ${v.length}`);
    return v;
  };
}
function num(o: Obj, where: string, key: string): number {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(at(where, key), `expected a number, found ${kindOf(v)}`);
}
function nonNegative(o: Obj, where: string, key: string): number {
  const v = num(o, where, key);
  return v >= 0 ? v : fail(at(where, key), `expected a number of at least 0, found ${v}`);
}
function whole(o: Obj, where: string, key: string, min: number): number {
  const v = num(o, where, key);
  return Number.isInteger(v) && v >= min ? v : fail(at(where, key), `expected a whole number of at least ${min}, found ${v}`);
}
/** Epoch milliseconds a Date can hold (±8.64e15), so dates can always be shown and exported. */
function time(o: Obj, where: string, key: string): number {
  const v = num(o, where, key);
  return Math.abs(v) <= 8.64e15 ? v : fail(at(where, key), `expected a date (epoch milliseconds), found ${v}`);
}
function optTime(o: Obj, where: string, key: string): void {
  if (o[key] !== undefined) time(o, where, key);
}
function bool(o: Obj, where: string, key: string): boolean {
  const v = o[key];
  return typeof v === 'boolean' ? v : fail(at(where, key), `expected true or false, found ${kindOf(v)}`);
}
function optBool(o: Obj, where: string, key: string): void {
  if (o[key] !== undefined) bool(o, where, key);
}
function oneOf<T extends string>(o: Obj, where: string, key: string, values: readonly T[]): T {
  const v = o[key];
  return values.includes(v as T) ? (v as T) : fail(at(where, key), `expected one of ${values.join(', ')}, found ${describe(v)}`);
}
const describe = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(clip(v)) : typeof v === 'number' ? String(v) : kindOf(v));
function obj(o: Obj, where: string, key: string): Obj {
  const v = o[key];
  return isObj(v) ? v : fail(at(where, key), `expected an object, found ${kindOf(v)}`);
}
function list(o: Obj, where: string, key: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : fail(at(where, key), `expected a list, found ${kindOf(v)}`);
}
function texts(o: Obj, where: string, key: string): string[] {
  const a = list(o, where, key);
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') fail(`${at(where, key)}[${i}]`, `expected text, found ${kindOf(a[i])}`);
  return a as string[];
}
function row(v: unknown, where: string): Obj {
  return isObj(v) ? v : fail(where, `expected an object, found ${kindOf(v)}`);
}

// ---------------------------------------------------------------------------------------------
// The hostile-input scan: one pass over everything in the file, known fields or not, before the rows
// are read. Iterative (a crafted file may nest a million levels), and it builds a path only on failure.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

/** The path of a frame as steps (`.responses[3].answer`); empty for the file itself. */
function steps(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) keys.push(f.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) path += step(keys[i]!);
  return path;
}
const readable = (path: string): string => (path.startsWith('.') ? path.slice(1) : path || 'file');
const pathOf = (frame: Frame): string => readable(steps(frame));
const childPath = (frame: Frame, key: string | number): string => readable(steps(frame) + step(key));

function checkLeaf(v: unknown, frame: Frame, key: string | number, lim: HistoryFileLimits): boolean {
  if (typeof v === 'string') {
    if (v.length > lim.maxStringLength)
      fail(childPath(frame, key), `text of ${v.length} characters, more than the ${lim.maxStringLength} a value may have`);
    return true;
  }
  if (typeof v === 'number') {
    // JSON has no Infinity or NaN, but a number too large for a double (1e999) parses as Infinity.
    if (!Number.isFinite(v)) fail(childPath(frame, key), 'a number too large to store (not finite)');
    return true;
  }
  return typeof v !== 'object' || v === null;
}

function scan(root: Obj, lim: HistoryFileLimits): void {
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (Array.isArray(v)) {
      // The tables themselves are bounded by maxRows, checked before the scan.
      const table = frame.depth === 1 && (HISTORY_TABLES as readonly (string | number)[]).includes(frame.key);
      if (!table && v.length > lim.maxListLength) fail(pathOf(frame), `a list of ${v.length} entries, more than the ${lim.maxListLength} allowed`);
      for (let i = v.length - 1; i >= 0; i--) {
        const c: unknown = v[i];
        if (!checkLeaf(c, frame, i, lim)) push(stack, frame, i, c as object, lim);
      }
    } else {
      const keys = Object.keys(v);
      if (frame.depth > 0 && keys.length > lim.maxListLength)
        fail(pathOf(frame), `an object of ${keys.length} entries, more than the ${lim.maxListLength} allowed`);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (FORBIDDEN_KEYS.has(k)) fail(childPath(frame, k), `the key "${k}" is not allowed`);
        if (k.length > lim.maxIdLength) fail(childPath(frame, k), `a key of ${k.length} characters, more than the ${lim.maxIdLength} allowed`);
        const c = (v as Obj)[k];
        if (!checkLeaf(c, frame, k, lim)) push(stack, frame, k, c as object, lim);
      }
    }
  }
}

function push(stack: Frame[], parent: Frame, key: string | number, value: object, lim: HistoryFileLimits): void {
  const frame: Frame = { value, depth: parent.depth + 1, parent, key };
  if (frame.depth > lim.maxDepth) fail(pathOf(frame), `nested more than ${lim.maxDepth} levels deep`);
  stack.push(frame);
}

// ---------------------------------------------------------------------------------------------
// The rows.

/** Reads rows of schema `version` (1 or 2); rows of version 1 get the fields added since, with their defaults. */
class RowReader {
  readonly id: (o: Obj, where: string, key: string) => string;
  constructor(
    readonly version: number,
    lim: HistoryFileLimits,
  ) {
    this.id = makeId(lim.maxIdLength);
  }

  profile(p: Obj, where: string): void {
    this.id(p, where, 'id');
    text(p, where, 'code');
    text(p, where, 'title');
    const q = obj(p, where, 'questions');
    for (const f of ['total', 'scored', 'unscored']) whole(q, `${where}.questions`, f, 0);
    nonNegative(p, where, 'minutes');
    nonNegative(p, where, 'extraTimeMinutes');
    const scale = obj(p, where, 'scale');
    for (const f of ['min', 'max', 'pass']) num(scale, `${where}.scale`, f);
    num(p, where, 'passRaw');
    if (p.passRawRange !== undefined) {
      const r = list(p, where, 'passRawRange');
      if (r.length !== 2 || typeof r[0] !== 'number' || typeof r[1] !== 'number') fail(`${where}.passRawRange`, 'expected [low, high]');
    }
    if (p.types !== undefined)
      list(p, where, 'types').forEach((t, i) => {
        if (!QUESTION_TYPES.includes(t as Question['type']))
          fail(`${where}.types[${i}]`, `expected one of ${QUESTION_TYPES.join(', ')}, found ${describe(t)}`);
      });
    list(p, where, 'domains').forEach((d, i) => {
      const dw = `${where}.domains[${i}]`;
      const dom = row(d, dw);
      this.id(dom, dw, 'id');
      text(dom, dw, 'name');
      num(dom, dw, 'weight');
      list(dom, dw, 'tasks').forEach((t, j) => {
        const tw = `${dw}.tasks[${j}]`;
        const task = row(t, tw);
        this.id(task, tw, 'id');
        text(task, tw, 'name');
      });
    });
  }

  result(r: Obj, where: string): void {
    for (const f of ['correct', 'scoredTotal', 'unanswered']) whole(r, where, f, 0);
    for (const f of ['percent', 'scaled']) num(r, where, f);
    bool(r, where, 'passed');
    const byDomain = obj(r, where, 'byDomain');
    for (const k of Object.keys(byDomain)) {
      const dw = at(`${where}.byDomain`, k);
      const d = row(byDomain[k], dw);
      for (const f of ['correct', 'total']) whole(d, dw, f, 0);
      num(d, dw, 'percent');
      bool(d, dw, 'meets');
    }
  }

  attempt(v: unknown, where: string): HistoryAttempt {
    const a = row(v, where);
    this.id(a, where, 'id');
    oneOf(a, where, 'mode', ATTEMPT_MODES);
    text(a, where, 'title');
    this.id(a, where, 'profileId');
    if (a.profile !== undefined) this.profile(obj(a, where, 'profile'), `${where}.profile`);
    if (this.version < 2) a.feedback ??= false;
    bool(a, where, 'feedback');
    text(a, where, 'bankId');
    text(a, where, 'bankVersion');
    text(a, where, 'bankHash');
    num(a, where, 'seed');
    time(a, where, 'startedAt');
    time(a, where, 'updatedAt');
    optTime(a, where, 'finishedAt');
    oneOf(a, where, 'status', ATTEMPT_STATUSES);
    if (a.timeLimitMs !== null && (typeof a.timeLimitMs !== 'number' || !(a.timeLimitMs >= 0)))
      fail(`${where}.timeLimitMs`, `expected a number of at least 0, or null (untimed), found ${describe(a.timeLimitMs)}`);
    nonNegative(a, where, 'elapsedMs');
    whole(a, where, 'position', 0);
    list(a, where, 'items').forEach((it, i) => {
      const iw = `${where}.items[${i}]`;
      const item = row(it, iw);
      this.id(item, iw, 'questionId');
      whole(item, iw, 'rev', 1);
      text(item, iw, 'domain');
      bool(item, iw, 'scored');
      texts(item, iw, 'order');
    });
    if (a.result !== undefined) this.result(obj(a, where, 'result'), `${where}.result`);
    optBool(a, where, 'autoSubmitted');
    optBool(a, where, 'interrupted');
    optTime(a, where, 'reviewCardsAppliedAt');
    return a as unknown as HistoryAttempt;
  }

  answer(r: Obj, where: string): void {
    if (r.answer === null) return;
    const aw = `${where}.answer`;
    const a = obj(r, where, 'answer');
    switch (oneOf(a, aw, 'kind', ANSWER_KINDS)) {
      case 'single':
        text(a, aw, 'choice');
        return;
      case 'multiple':
        texts(a, aw, 'choices');
        return;
      case 'ordering':
        texts(a, aw, 'order');
        return;
      case 'matching': {
        const pairs = obj(a, aw, 'pairs');
        for (const k of Object.keys(pairs)) text(pairs, `${aw}.pairs`, k);
        return;
      }
    }
  }

  response(v: unknown, where: string): HistoryResponse {
    const r = row(v, where);
    this.id(r, where, 'attemptId');
    this.id(r, where, 'questionId');
    whole(r, where, 'questionRev', 1);
    whole(r, where, 'index', 0);
    text(r, where, 'domain');
    text(r, where, 'task');
    this.answer(r, where);
    bool(r, where, 'flagged');
    if (this.version < 2) {
      r.struck ??= [];
      r.checked ??= false;
      r.timeMs ??= 0;
    }
    texts(r, where, 'struck');
    bool(r, where, 'checked');
    nonNegative(r, where, 'timeMs');
    time(r, where, 'updatedAt');
    optBool(r, where, 'correct');
    return r as unknown as HistoryResponse;
  }

  snapshot(v: unknown, where: string): Question {
    const checked = validateQuestion(v, where);
    if (!checked.ok) throw new Invalid(checked.error);
    this.id(v as Obj, where, 'id');
    return checked.value;
  }

  reviewCard(v: unknown, where: string): HistoryReviewCard {
    const c = row(v, where);
    this.id(c, where, 'questionId');
    time(c, where, 'due');
    for (const f of ['stability', 'difficulty', 'elapsedDays', 'scheduledDays']) nonNegative(c, where, f);
    for (const f of ['learningSteps', 'reps', 'lapses']) whole(c, where, f, 0);
    const state = whole(c, where, 'state', 0);
    if (state > 3) fail(`${where}.state`, `expected 0 (new), 1 (learning), 2 (review) or 3 (relearning), found ${state}`);
    optTime(c, where, 'lastReview');
    time(c, where, 'createdAt');
    return c as unknown as HistoryReviewCard;
  }
}

/** Whether a key pair was seen already; records it. */
function seenPair(seen: Map<string, Set<string | number>>, a: string, b: string | number): boolean {
  let inner = seen.get(a);
  if (!inner) seen.set(a, (inner = new Set()));
  if (inner.has(b)) return true;
  inner.add(b);
  return false;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

function mergeLimits(o: HistoryFileLimitsOverride | undefined): HistoryFileLimits {
  return { ...DEFAULT_HISTORY_LIMITS, ...o, maxRows: { ...DEFAULT_HISTORY_LIMITS.maxRows, ...o?.maxRows } };
}

/**
 * Validates a parsed history file. A file of schema 1 is upgraded in place (the fields schema 2 added
 * get their defaults: `struck` [], `checked` false, `timeMs` 0, `feedback` false; no review cards).
 */
export function validateHistoryFile(value: unknown, limits?: HistoryFileLimitsOverride): Result<HistoryFile> {
  const lim = mergeLimits(limits);
  try {
    const file = row(value, 'file');
    if (file.format !== HISTORY_FORMAT)
      fail('format', `expected "${HISTORY_FORMAT}", found ${describe(file.format)}: this is not a history backup of this app`);
    const version = file.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_HISTORY_SCHEMA_VERSION)
      fail(
        'schemaVersion',
        `expected a history schema version from ${OLDEST_HISTORY_SCHEMA_VERSION} to ${HISTORY_SCHEMA_VERSION}, found ${describe(version)}`,
      );
    if ((version as number) > HISTORY_SCHEMA_VERSION)
      fail(
        'schemaVersion',
        `the file was written by a newer version of the app (history schema ${String(version)}; this app reads up to ${HISTORY_SCHEMA_VERSION}): update the app to import it`,
      );
    if (version === 1) file.reviewCards ??= []; // schema 1 had no review cards
    for (const t of HISTORY_TABLES) {
      const rows = list(file, '', t);
      if (rows.length > lim.maxRows[t]) fail(t, `${rows.length} rows, more than the ${lim.maxRows[t]} a history file may hold`);
    }
    scan(file, lim);

    const exportedAt = text(file, '', 'exportedAt');
    if (!ISO_DATE.test(exportedAt) || Number.isNaN(Date.parse(exportedAt)))
      fail('exportedAt', `expected an ISO 8601 date, found ${describe(exportedAt)}`);
    text(obj(file, '', 'app'), 'app', 'version');

    const read = new RowReader(version as number, lim);
    const attempts = file.attempts as unknown[];
    const attemptIds = new Set<string>();
    for (let i = 0; i < attempts.length; i++) {
      const a = read.attempt(attempts[i], `attempts[${i}]`);
      if (attemptIds.has(a.id)) fail(`attempts[${i}].id`, `duplicate attempt id ${describe(a.id)}`);
      attemptIds.add(a.id);
    }
    const responses = file.responses as unknown[];
    const responseKeys = new Map<string, Set<string | number>>();
    for (let i = 0; i < responses.length; i++) {
      const r = read.response(responses[i], `responses[${i}]`);
      if (!attemptIds.has(r.attemptId)) fail(`responses[${i}].attemptId`, `no attempt ${describe(r.attemptId)} in the file`);
      if (seenPair(responseKeys, r.attemptId, r.questionId))
        fail(`responses[${i}]`, `duplicate response: attempt ${describe(r.attemptId)} already has one for question ${describe(r.questionId)}`);
    }
    const snapshots = file.questionSnapshots as unknown[];
    const snapshotKeys = new Map<string, Set<string | number>>();
    for (let i = 0; i < snapshots.length; i++) {
      const q = read.snapshot(snapshots[i], `questionSnapshots[${i}]`);
      if (seenPair(snapshotKeys, q.id, q.rev)) fail(`questionSnapshots[${i}]`, `duplicate snapshot of question ${describe(q.id)} revision ${q.rev}`);
    }
    const cards = file.reviewCards as unknown[];
    const cardIds = new Set<string>();
    for (let i = 0; i < cards.length; i++) {
      const c = read.reviewCard(cards[i], `reviewCards[${i}]`);
      if (cardIds.has(c.questionId)) fail(`reviewCards[${i}].questionId`, `duplicate review card for question ${describe(c.questionId)}`);
      cardIds.add(c.questionId);
    }
    file.schemaVersion = HISTORY_SCHEMA_VERSION;
    return ok(file as unknown as HistoryFile);
  } catch (e) {
    if (e instanceof Invalid) return err(e.message);
    throw e;
  }
}

/**
 * Parses and validates the text of a history file: size first (before parsing), then JSON, then the
 * format and schema version, then a scan of everything for hostile input (forbidden keys, oversized
 * text, lists or nesting, numbers out of range), then every row and key. The error says what is wrong
 * and where, e.g. `responses[12].answer.kind: expected one of single, multiple, ordering, matching`.
 */
export function parseHistoryFile(text: string, limits?: HistoryFileLimitsOverride): Result<HistoryFile> {
  const lim = mergeLimits(limits);
  if (typeof text !== 'string') return err('file: expected text');
  if (text.length > lim.maxChars) return err(`file: too large (${mib(text.length)} of text; a history file may have at most ${mib(lim.maxChars)})`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark some editors add
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return err(`file: not valid JSON (${clip((e as Error).message, 200)})`);
  }
  return validateHistoryFile(json, lim);
}
