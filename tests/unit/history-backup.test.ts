import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_FORMAT, parseHistoryFile } from '../../electron/shared/backup/history-file.ts';
import type { Question } from '../../electron/shared/bank/types.ts';
import type { Answer } from '../../electron/shared/exam/answer.ts';
import { scoreAttempt } from '../../electron/shared/exam/score.ts';
import { createAttempt, finishAttempt, loadAttempt, saveResponse } from '../../renderer/src/db/attempts.ts';
import { answerText, backupFileName, CSV_COLUMNS, csvField, exportAnswersCsv, exportHistory, importHistory } from '../../renderer/src/db/backup.ts';
import { openHistoryDb, type Attempt, type HistoryDb, type ReviewCard } from '../../renderer/src/db/schema.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';
import { draftAttempt } from './history-fixtures.ts';

const bank = syntheticBank(300, 5);
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const freshDb = () => openHistoryDb(`backup-${Math.random()}`);

const newAttempt = (id: string, startedAt: number, mode: Attempt['mode'] = 'quiz'): Attempt => draftAttempt(bank, { id, startedAt, mode });

/** The right answer to a question, of its own kind. */
function keyOf(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { kind: 'single', choice: q.key };
    case 'multiple':
      return { kind: 'multiple', choices: q.key };
    case 'ordering':
      return { kind: 'ordering', order: q.key };
    case 'matching':
      return { kind: 'matching', pairs: q.key };
  }
}

const card = (questionId: string, lastReview: number | undefined, reps = 1): ReviewCard => ({
  questionId,
  due: 5_000_000,
  stability: 2.5,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 2,
  learningSteps: 0,
  reps,
  lapses: 1,
  state: 2,
  ...(lastReview === undefined ? {} : { lastReview }),
  createdAt: 1_000,
});

/**
 * A history with something of everything: a finished quiz answered (questions of every type, some
 * wrong, some unanswered), a practice attempt in progress with strike-throughs and checks, an attempt
 * stored by schema 1 without its profile, and review cards.
 */
async function populated(): Promise<HistoryDb> {
  const db = freshDb();
  const quiz = newAttempt('quiz-1', 1_700_000_000_000);
  const rows = await createAttempt(db, quiz, bank.questions);
  const answers = new Map<string, Answer | null>();
  for (const [i, r] of rows.entries()) {
    const answer = i === 9 ? null : keyOf(byId.get(r.questionId)!);
    answers.set(r.questionId, answer);
    await saveResponse(db, { ...r, answer, flagged: i % 3 === 0, timeMs: 1000 * i + 250, updatedAt: quiz.startedAt + i });
  }
  const result = scoreAttempt(quiz.items, byId, answers, bank.profile);
  await finishAttempt(db, quiz.id, result, new Map(quiz.items.map((it, i) => [it.questionId, i !== 9])), 600_000, false, quiz.startedAt + 600_000);

  const practice = newAttempt('practice-2', 1_700_100_000_000, 'practice');
  const prows = await createAttempt(db, practice, bank.questions);
  await saveResponse(db, { ...prows[0]!, struck: ['a', 'c'], checked: true, answer: keyOf(byId.get(prows[0]!.questionId)!), timeMs: 4_321 });

  const old = newAttempt('old-3', 1_600_000_000_000);
  delete (old as Partial<Attempt>).profile;
  await createAttempt(db, old, bank.questions);
  await db.reviewCards.bulkAdd([card(quiz.items[0]!.questionId, 1_700_000_100_000), card(quiz.items[1]!.questionId, undefined)]);
  return db;
}

async function tables(db: HistoryDb) {
  return {
    attempts: await db.attempts.toArray(),
    responses: await db.responses.toArray(),
    questionSnapshots: await db.questionSnapshots.toArray(),
    reviewCards: await db.reviewCards.toArray(),
  };
}

async function clear(db: HistoryDb): Promise<void> {
  await db.transaction('rw', db.attempts, db.responses, db.questionSnapshots, db.reviewCards, async () => {
    await Promise.all([db.attempts.clear(), db.responses.clear(), db.questionSnapshots.clear(), db.reviewCards.clear()]);
  });
}

// A minimal RFC 4180 reader, to check what a spreadsheet would read back.
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('history export and import', () => {
  it('exports every table; export → clear → import gives identical tables', async () => {
    const db = await populated();
    const before = await tables(db);
    expect(before.attempts).toHaveLength(3);
    expect(before.responses).toHaveLength(30);
    expect(before.reviewCards).toHaveLength(2);
    const text = await exportHistory(db, '0.1.0', new Date('2025-06-01T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: HISTORY_FORMAT, schemaVersion: 2, exportedAt: '2025-06-01T10:00:00.000Z', app: { version: '0.1.0' } });
    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'exportedAt', 'app', 'attempts', 'responses', 'questionSnapshots', 'reviewCards']);

    await clear(db);
    expect((await tables(db)).attempts).toHaveLength(0);
    const imported = await importHistory(db, text);
    expect(imported).toEqual({
      ok: true,
      added: { attempts: 3, responses: 30, questionSnapshots: before.questionSnapshots.length, reviewCards: 2 },
      updated: { reviewCards: 0 },
    });
    expect(await tables(db)).toEqual(before);
    // Into a brand-new database too, and the imported history reads back as the app reads it.
    const other = freshDb();
    await importHistory(other, text);
    expect(await tables(other)).toEqual(before);
    expect((await loadAttempt(other, 'practice-2'))?.responses[0]).toMatchObject({ struck: ['a', 'c'], checked: true, timeMs: 4_321 });
  });

  it('re-importing the same file adds nothing and changes nothing', async () => {
    const db = await populated();
    const before = await tables(db);
    const text = await exportHistory(db, '0.1.0');
    for (let i = 0; i < 2; i++) {
      expect(await importHistory(db, text)).toEqual({
        ok: true,
        added: { attempts: 0, responses: 0, questionSnapshots: 0, reviewCards: 0 },
        updated: { reviewCards: 0 },
      });
    }
    expect(await tables(db)).toEqual(before);
  });

  it('merges: adds rows whose keys are missing, keeps rows already there, and keeps the later-reviewed card', async () => {
    const source = await populated();
    const quiz = (await source.attempts.get('quiz-1'))!;
    const [q0, q1, q2] = quiz.items.map((i) => i.questionId);
    await source.reviewCards.add(card(q2!, 1_000));
    const text = await exportHistory(source, '0.1.0');

    const target = freshDb();
    const mine = newAttempt('mine-9', 1_800_000_000_000);
    await createAttempt(target, { ...mine, title: 'Mine' }, bank.questions);
    const { result: _result, finishedAt: _finishedAt, ...unfinished } = quiz;
    await createAttempt(target, { ...unfinished, title: 'Same id, kept as it is', status: 'in-progress' }, bank.questions);
    // q0: the target's card was reviewed earlier than the file's (the file's wins); q1: the target's card
    // has a review and the file's none (the target's stays); q2: the target's is the later (it stays).
    await target.reviewCards.bulkAdd([card(q0!, 1_600_000_000_000, 7), card(q1!, 1_650_000_000_000, 8), card(q2!, 2_000, 9)]);
    const snapshotsBefore = await target.questionSnapshots.count();

    const result = await importHistory(target, text);
    expect(result).toMatchObject({ ok: true, added: { attempts: 2, responses: 20, reviewCards: 0 }, updated: { reviewCards: 1 } });
    expect(await target.attempts.count()).toBe(4);
    expect((await target.attempts.get('quiz-1'))?.title).toBe('Same id, kept as it is');
    expect((await target.attempts.get('quiz-1'))?.status).toBe('in-progress');
    expect(await target.responses.count()).toBe(40);
    expect((await target.reviewCards.get(q0!))?.reps).toBe(1);
    expect((await target.reviewCards.get(q1!))?.reps).toBe(8);
    expect((await target.reviewCards.get(q2!))?.reps).toBe(9);
    const added = result.ok ? result.added.questionSnapshots : -1;
    expect(await target.questionSnapshots.count()).toBe(snapshotsBefore + added);
    expect(await target.questionSnapshots.count()).toBe(
      new Set([...(await tables(source)).questionSnapshots, ...(await tables(target)).questionSnapshots].map((q) => `${q.id}@${q.rev}`)).size,
    );
  });

  it('is all or nothing: a write failing part-way through leaves the database as it was', async () => {
    const db = await populated();
    const text = await exportHistory(db, '0.1.0');
    const target = freshDb();
    await target.reviewCards.add(card('unrelated', 1));
    const before = await tables(target);
    const spy = vi.spyOn(target.reviewCards, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    const result = await importHistory(target, text);
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/nothing was imported \(disk full\)/) });
    expect(await tables(target)).toEqual(before);
  });

  it('imports a schema-1 file, filling the fields added since with their defaults', async () => {
    const file = JSON.parse(await exportHistory(await populated(), '0.0.9'));
    file.schemaVersion = 1;
    delete file.reviewCards;
    for (const a of file.attempts) delete a.feedback;
    for (const r of file.responses) {
      delete r.struck;
      delete r.checked;
      delete r.timeMs;
    }
    const db = freshDb();
    const result = await importHistory(db, JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, added: { attempts: 3, responses: 30, reviewCards: 0 } });
    const t = await tables(db);
    expect(t.responses.every((r) => Array.isArray(r.struck) && r.struck.length === 0 && r.checked === false && r.timeMs === 0)).toBe(true);
    expect(t.attempts.every((a) => a.feedback === false)).toBe(true);
    expect(t.attempts.find((a) => a.id === 'old-3')).not.toHaveProperty('profile');
    expect(t.reviewCards).toEqual([]);
    // A schema-1 file without its defaults is valid only as schema 1.
    expect(parseHistoryFile(JSON.stringify({ ...file, schemaVersion: 2, reviewCards: [] }))).toEqual({
      ok: false,
      error: 'attempts[0].feedback: expected true or false, found nothing',
    });
  });

  it('refuses a file from a newer app, saying to update, and changes nothing', async () => {
    const db = await populated();
    const before = await tables(db);
    const file = JSON.parse(await exportHistory(db, '0.1.0'));
    const result = await importHistory(db, JSON.stringify({ ...file, schemaVersion: 3, attempts: [{ ...file.attempts[0], id: 'new-one' }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /^schemaVersion: the file was written by a newer version of the app \(history schema 3.*update the app/,
    );
    expect(await tables(db)).toEqual(before);
  });

  it('exports fast: one bulk read per table and a single JSON.stringify', async () => {
    // Not a benchmark (see `npm run bench`): checks the reads are bulk, not per row.
    const db = await populated();
    const spies = [db.attempts, db.responses, db.questionSnapshots, db.reviewCards].map((t) => vi.spyOn(t, 'toArray'));
    const stringify = vi.spyOn(JSON, 'stringify');
    await exportHistory(db, '0.1.0');
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockRestore();
  });

  it('names backup files by date', () => {
    expect(backupFileName('json', new Date(2025, 5, 1))).toBe('mla-c01-history-2025-06-01.json');
    expect(backupFileName('csv', new Date(2025, 11, 31))).toBe('mla-c01-answers-2025-12-31.csv');
  });
});

describe('answers as CSV', () => {
  it('writes a header and one row per response joined with its attempt, oldest attempt first, in paper order', async () => {
    const db = await populated();
    const csv = await exportAnswersCsv(db);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.split('\r\n')[0]).toBe(
      'attempt_id,mode,attempt_date,bank_version,question_id,revision,domain,task,answer,correct,flagged,time_seconds',
    );
    expect(rows).toHaveLength(31);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...Array(10).fill('old-3'), ...Array(10).fill('quiz-1'), ...Array(10).fill('practice-2')]);
    const quiz = (await loadAttempt(db, 'quiz-1'))!;
    const first = quiz.responses[1]!;
    expect(rows[12]).toEqual([
      'quiz-1',
      'quiz',
      new Date(1_700_000_000_000).toISOString(),
      bank.bank.version,
      first.questionId,
      '1',
      first.domain,
      first.task,
      answerText(first.answer),
      'true',
      'false',
      '1.3',
    ]);
    expect(rows[20]!.slice(8)).toEqual(['', 'false', 'true', '9.3']); // unanswered, marked wrong, flagged
    expect(rows[21]!.slice(9)).toEqual(['', 'false', '4.3']); // in progress: not marked yet
  });

  it('writes answers compactly', () => {
    expect(answerText(null)).toBe('');
    expect(answerText({ kind: 'single', choice: 'b' })).toBe('b');
    expect(answerText({ kind: 'multiple', choices: ['a', 'd'] })).toBe('a;d');
    expect(answerText({ kind: 'ordering', order: ['c', 'a', 'b'] })).toBe('c>a>b');
    expect(answerText({ kind: 'matching', pairs: { p1: 'r2', p2: 'r1' } })).toBe('p1=r2;p2=r1');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and defuses spreadsheet formulas', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2,"x"')).toBe(`"'-2,""x"""`);

    const db = freshDb();
    const a = newAttempt('a,"1"\n', 1_700_000_000_000);
    const [row] = await createAttempt(db, a, bank.questions);
    await saveResponse(db, { ...row!, task: 'task, "quoted"\r\nand more', answer: { kind: 'single', choice: '=HYPERLINK("x")' } });
    const rows = readCsv(await exportAnswersCsv(db));
    expect(rows).toHaveLength(11);
    expect(rows[1]![0]).toBe('a,"1"\n');
    expect(rows[1]![7]).toBe('task, "quoted"\r\nand more');
    expect(rows[1]![8]).toBe(`'=HYPERLINK("x")`);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('history file validation', () => {
  /** A valid file, changed by `change`, as text. */
  async function validFile() {
    const db = await populated();
    const text = await exportHistory(db, '0.1.0');
    const file = JSON.parse(text);
    const snapshot = file.questionSnapshots.findIndex((q: Question) => q.type === 'single');
    return { db, text, file, snapshot };
  }
  // The file as plain JSON, to break in any way a test likes: deliberately untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type AnyJson = any;
  const edit = (file: unknown, change: (f: AnyJson) => void): string => {
    const copy = structuredClone(file);
    change(copy);
    return JSON.stringify(copy);
  };
  const nest = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };
  /** Adds an own, enumerable key however it is spelt (`o.__proto__ = x` would set the prototype instead). */
  const addKey = (o: object, key: string, value: unknown) =>
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

  it('rejects every kind of bad or hostile file with a message naming the place, and changes nothing', async () => {
    const { db, text, file, snapshot } = await validFile();
    const before = await tables(db);
    const cases: [string, string, RegExp | string][] = [
      ['not JSON', '{"format": "mla-c01-history",', /^file: not valid JSON \(/],
      ['not an object', '[]', 'file: expected an object, found a list'],
      ['empty', '', /^file: not valid JSON/],
      [
        'another file',
        JSON.stringify({ format: 1, bank: {} }),
        /^format: expected "mla-c01-history", found 1: this is not a history backup of this app$/,
      ],
      ['wrong format', edit(file, (f) => (f.format = 'other')), /^format: expected "mla-c01-history", found "other"/],
      ['schemaVersion 0', edit(file, (f) => (f.schemaVersion = 0)), 'schemaVersion: expected a history schema version from 1 to 2, found 0'],
      [
        'schemaVersion as text',
        edit(file, (f) => (f.schemaVersion = '2')),
        'schemaVersion: expected a history schema version from 1 to 2, found "2"',
      ],
      ['newer schemaVersion', edit(file, (f) => (f.schemaVersion = 99)), /^schemaVersion: .*newer version of the app.*update the app to import it$/],
      ['missing table', edit(file, (f) => delete f.reviewCards), 'reviewCards: expected a list, found nothing'],
      ['table not a list', edit(file, (f) => (f.responses = {})), 'responses: expected a list, found an object'],
      ['bad exportedAt', edit(file, (f) => (f.exportedAt = 'yesterday')), 'exportedAt: expected an ISO 8601 date, found "yesterday"'],
      ['no app version', edit(file, (f) => (f.app = {})), 'app.version: expected text, found nothing'],
      [
        'answer kind',
        edit(file, (f) => (f.responses[12].answer = { kind: 'essay', text: 'x' })),
        'responses[12].answer.kind: expected one of single, multiple, ordering, matching, found "essay"',
      ],
      [
        'answer field',
        edit(file, (f) => (f.responses[2].answer = { kind: 'single', choice: 3 })),
        'responses[2].answer.choice: expected text, found a number',
      ],
      [
        'matching pair',
        edit(file, (f) => (f.responses[4].answer = { kind: 'matching', pairs: { p1: ['r1'] } })),
        'responses[4].answer.pairs.p1: expected text, found a list',
      ],
      ['answer missing', edit(file, (f) => delete f.responses[6].answer), 'responses[6].answer: expected an object, found nothing'],
      ['timestamp as text', edit(file, (f) => (f.attempts[1].startedAt = 'yesterday')), 'attempts[1].startedAt: expected a number, found text'],
      [
        'date out of range',
        edit(file, (f) => (f.attempts[1].finishedAt = 1e300)),
        'attempts[1].finishedAt: expected a date (epoch milliseconds), found 1e+300',
      ],
      ['flag as text', edit(file, (f) => (f.responses[3].flagged = 'yes')), 'responses[3].flagged: expected true or false, found text'],
      ['negative time', edit(file, (f) => (f.responses[3].timeMs = -5)), 'responses[3].timeMs: expected a number of at least 0, found -5'],
      ['fractional index', edit(file, (f) => (f.responses[3].index = 1.5)), 'responses[3].index: expected a whole number of at least 0, found 1.5'],
      [
        'attempt mode',
        edit(file, (f) => (f.attempts[0].mode = 'cheat')),
        /^attempts\[0\]\.mode: expected one of exam, quiz, custom, practice, retake, review, found "cheat"$/,
      ],
      ['attempt status', edit(file, (f) => (f.attempts[2].status = 'done')), /^attempts\[2\]\.status: expected one of in-progress, finished/],
      [
        'time limit',
        edit(file, (f) => (f.attempts[0].timeLimitMs = '20 min')),
        /^attempts\[0\]\.timeLimitMs: expected a number of at least 0, or null/,
      ],
      ['paper item', edit(file, (f) => (f.attempts[0].items[4].rev = 0)), 'attempts[0].items[4].rev: expected a whole number of at least 1, found 0'],
      [
        'result',
        edit(file, (f) => (f.attempts[2].result.byDomain['1'].meets = 'yes')),
        /^attempts\[2\]\.result\.byDomain\["1"\]\.meets: expected true or false/,
      ],
      [
        'profile',
        edit(file, (f) => (f.attempts[1].profile.domains[2].tasks[1].id = 7)),
        'attempts[1].profile.domains[2].tasks[1].id: expected text, found a number',
      ],
      ['row not an object', edit(file, (f) => (f.responses[7] = 'row')), 'responses[7]: expected an object, found text'],
      ['orphan response', edit(file, (f) => (f.responses[5].attemptId = 'nope')), 'responses[5].attemptId: no attempt "nope" in the file'],
      ['duplicate attempt', edit(file, (f) => f.attempts.push(f.attempts[0])), /^attempts\[3\]\.id: duplicate attempt id "/],
      [
        'duplicate response',
        edit(file, (f) => f.responses.push(f.responses[8])),
        /^responses\[30\]: duplicate response: attempt ".*" already has one for question "/,
      ],
      [
        'duplicate snapshot',
        edit(file, (f) => f.questionSnapshots.push(f.questionSnapshots[0])),
        /^questionSnapshots\[\d+\]: duplicate snapshot of question ".*" revision 1$/,
      ],
      [
        'duplicate card',
        edit(file, (f) => f.reviewCards.push(f.reviewCards[1])),
        /^reviewCards\[2\]\.questionId: duplicate review card for question "/,
      ],
      [
        'bad snapshot option',
        edit(file, (f) => (f.questionSnapshots[snapshot].options[1] = { id: 'x' })),
        `questionSnapshots[${snapshot}].options[1]: needs id, text and why`,
      ],
      [
        'bad snapshot key',
        edit(file, (f) => (f.questionSnapshots[snapshot].key = 'zz')),
        `questionSnapshots[${snapshot}].key: the key is not one of the options`,
      ],
      ['bad snapshot type', edit(file, (f) => (f.questionSnapshots[0].type = 'essay')), 'questionSnapshots[0].type: unknown type "essay"'],
      [
        'card state',
        edit(file, (f) => (f.reviewCards[0].state = 7)),
        /^reviewCards\[0\]\.state: expected 0 \(new\), 1 \(learning\), 2 \(review\) or 3 \(relearning\), found 7$/,
      ],
      ['empty id', edit(file, (f) => (f.attempts[0].id = '')), 'attempts[0].id: expected an id, found empty text'],
      ['long id', edit(file, (f) => (f.attempts[0].id = 'a'.repeat(201))), 'attempts[0].id: an id may have at most 200 characters, this one has 201'],
      // Hostile input.
      [
        '__proto__ key',
        text.replace('"flagged":', '"__proto__":{"polluted":true},"flagged":'),
        'responses[0].__proto__: the key "__proto__" is not allowed',
      ],
      [
        'constructor key',
        edit(file, (f) => addKey(f.attempts[2].result, 'constructor', { prototype: {} })),
        'attempts[2].result.constructor: the key "constructor" is not allowed',
      ],
      [
        'prototype key',
        edit(file, (f) => addKey(f.responses[25].answer, 'prototype', 1)),
        'responses[25].answer.prototype: the key "prototype" is not allowed',
      ],
      ['top-level __proto__', `{"__proto__":{"x":1},${text.slice(1)}`, '__proto__: the key "__proto__" is not allowed'],
      [
        'long text',
        edit(file, (f) => (f.attempts[0].title = 'x'.repeat(100_001))),
        'attempts[0].title: text of 100001 characters, more than the 100000 a value may have',
      ],
      [
        'long text in an unknown field',
        edit(file, (f) => (f.responses[1].note = 'x'.repeat(200_000))),
        /^responses\[1\]\.note: text of 200000 characters/,
      ],
      [
        'long key',
        edit(file, (f) => addKey(f.responses[1], 'k'.repeat(300), 1)),
        /^responses\[1\]\["k{40}…"\]: a key of 300 characters, more than the 200 allowed$/,
      ],
      [
        'long list',
        edit(file, (f) => (f.responses[0].struck = Array(10_001).fill('a'))),
        'responses[0].struck: a list of 10001 entries, more than the 10000 allowed',
      ],
      ['deep nesting', edit(file, (f) => (f.attempts[0].extra = nest(40))), /^attempts\[0\]\.extra(\[0\]){14}: nested more than 16 levels deep$/],
      [
        'a million levels',
        `${text.slice(0, -1)},"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`,
        /^x(\[0\]){16}: nested more than 16 levels deep$/,
      ],
      ['non-finite number', text.replace(/"seed":\d+/, '"seed":1e999'), 'attempts[0].seed: a number too large to store (not finite)'],
      [
        'non-finite in a list',
        edit(file, (f) => (f.attempts[1].profile.passRawRange = [34, 1])).replace('[34,1]', '[34,-1e400]'),
        'attempts[1].profile.passRawRange[1]: a number too large to store (not finite)',
      ],
    ];
    for (const [name, bad, expected] of cases) {
      const result = await importHistory(db, bad);
      expect(result.ok, name).toBe(false);
      const error = result.ok ? '' : result.error;
      if (typeof expected === 'string') expect(error, name).toBe(expected);
      else expect(error, name).toMatch(expected);
    }
    expect(await tables(db)).toEqual(before);
  });

  it('refuses a file over the size limit before parsing it, and too many rows before reading them', async () => {
    const { db, text } = await validFile();
    const before = await tables(db);
    const parse = vi.spyOn(JSON, 'parse');
    const tooBig = await importHistory(db, text, { maxChars: 1000 });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(tooBig).toEqual({
      ok: false,
      error: expect.stringMatching(/^file: too large \(0\.\d MiB of text; a history file may have at most 0\.0 MiB\)$/),
    });
    expect(parseHistoryFile('x'.repeat(50 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: 'file: too large (50.0 MiB of text; a history file may have at most 50.0 MiB)',
    });
    expect(await importHistory(db, text, { maxRows: { responses: 29 } })).toEqual({
      ok: false,
      error: 'responses: 30 rows, more than the 29 a history file may hold',
    });
    expect(await tables(db)).toEqual(before);
  });

  it('accepts a byte-order mark and fields it does not know, which it keeps', async () => {
    const { file } = await validFile();
    const db = freshDb();
    const result = await importHistory(db, '\ufeff' + edit(file, (f) => (f.attempts[0].laterField = { kept: true })));
    expect(result.ok).toBe(true);
    expect(await db.attempts.get(file.attempts[0].id)).toHaveProperty('laterField', { kept: true });
  });
});
