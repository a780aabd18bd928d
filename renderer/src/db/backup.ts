// History backup: the whole history to a JSON file and back, and every answer to a CSV file for a
// spreadsheet. The file format and its validation are electron/shared/backup/history-file.ts; the host
// (HostApi.saveTextFile / openTextFile) writes and reads the files.
import {
  makeHistoryFile,
  parseHistoryFile,
  type HistoryFileLimitsOverride,
  type HistoryTableName,
} from '../../../electron/shared/backup/history-file.ts';
import type { Answer } from '../../../electron/shared/exam/answer.ts';
import type { Attempt, HistoryDb, ReviewCard } from './schema.ts';

/** How many rows an import added to each table. */
export type ImportCounts = Record<HistoryTableName, number>;

/** What an import did, or why it did nothing. */
export type ImportResult =
  | {
      ok: true;
      /** Rows whose key was not in the database. */
      added: ImportCounts;
      /** Review cards present on both sides that the file's later review replaced. */
      updated: { reviewCards: number };
    }
  | { ok: false; error: string };

/** A file name for a backup written on `date`: `mla-c01-history-2025-06-01.json`, `mla-c01-answers-2025-06-01.csv`. */
export function backupFileName(kind: 'json' | 'csv', date = new Date()): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return kind === 'json' ? `mla-c01-history-${day}.json` : `mla-c01-answers-${day}.csv`;
}

/**
 * The whole history as the text of a backup file: every row of the four tables, read in one read
 * transaction (a consistent copy), one bulk read per table and a single JSON.stringify.
 */
export async function exportHistory(db: HistoryDb, appVersion: string, now = new Date()): Promise<string> {
  const [attempts, responses, questionSnapshots, reviewCards] = await db.transaction(
    'r',
    db.attempts,
    db.responses,
    db.questionSnapshots,
    db.reviewCards,
    () => Promise.all([db.attempts.toArray(), db.responses.toArray(), db.questionSnapshots.toArray(), db.reviewCards.toArray()]),
  );
  return JSON.stringify(makeHistoryFile({ attempts, responses, questionSnapshots, reviewCards }, appVersion, now));
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'attempt_id',
  'mode',
  'attempt_date',
  'bank_version',
  'question_id',
  'revision',
  'domain',
  'task',
  'answer',
  'correct',
  'flagged',
  'time_seconds',
] as const;

/**
 * An answer as short text: `b` (multiple choice), `a;d` (multiple response), `c>a>b>d` (ordering),
 * `p1=r2;p2=r1` (matching), empty when unanswered.
 */
export function answerText(answer: Answer | null): string {
  if (!answer) return '';
  switch (answer.kind) {
    case 'single':
      return answer.choice;
    case 'multiple':
      return answer.choices.join(';');
    case 'ordering':
      return answer.order.join('>');
    case 'matching':
      return Object.entries(answer.pairs)
        .map(([prompt, response]) => `${prompt}=${response}`)
        .join(';');
  }
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * is prefixed with an apostrophe first (OWASP's advice on CSV injection): history can be imported
 * from a file someone else wrote.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const bool = (b: boolean | undefined): string => (b === undefined ? '' : String(b));
const isoDate = (ms: number): string => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

/**
 * Every answer as CSV: one row per response joined with its attempt, oldest attempt first and in paper
 * order, under a header row; CRLF line ends (RFC 4180). `correct` is empty until the attempt is
 * finished; `time_seconds` is the time the question was on screen, to a tenth of a second.
 */
export async function exportAnswersCsv(db: HistoryDb): Promise<string> {
  const [attempts, responses] = await db.transaction('r', db.attempts, db.responses, () =>
    Promise.all([db.attempts.toArray(), db.responses.toArray()]),
  );
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const rows = responses
    .filter((r) => byId.has(r.attemptId))
    .sort((x, y) => {
      const a = byId.get(x.attemptId)!;
      const b = byId.get(y.attemptId)!;
      return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || x.index - y.index;
    });
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const a = byId.get(r.attemptId)!;
    lines.push(
      [
        csvField(a.id),
        csvField(a.mode),
        isoDate(a.startedAt),
        csvField(a.bankVersion),
        csvField(r.questionId),
        String(r.questionRev),
        csvField(r.domain),
        csvField(r.task),
        csvField(answerText(r.answer)),
        bool(r.correct),
        bool(r.flagged),
        String(Math.round((r.timeMs ?? 0) / 100) / 10),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** A set of two-part keys ([attemptId, questionId], [id, rev]) without joining them into one string. */
class PairSet<A, B> {
  private readonly map = new Map<A, Set<B>>();
  constructor(pairs: Iterable<readonly [A, B]>) {
    for (const [a, b] of pairs) this.add(a, b);
  }
  has(a: A, b: B): boolean {
    return this.map.get(a)?.has(b) ?? false;
  }
  add(a: A, b: B): void {
    let inner = this.map.get(a);
    if (!inner) this.map.set(a, (inner = new Set()));
    inner.add(b);
  }
}

/**
 * Imports a backup file: validates all of it first, then merges it in one read-write transaction over
 * the four tables. A row is added when its key is not in the database (attempts by id, responses by
 * attempt and question, snapshots by question and revision, review cards by question); rows already
 * there are kept as they are, except a review card, where the one reviewed later wins. All or nothing:
 * a file that fails validation, or a write that fails, changes nothing. Importing the same file again
 * adds nothing.
 */
export async function importHistory(db: HistoryDb, text: string, limits?: HistoryFileLimitsOverride): Promise<ImportResult> {
  const parsed = parseHistoryFile(text, limits);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  try {
    return await db.transaction('rw', db.attempts, db.responses, db.questionSnapshots, db.reviewCards, async (): Promise<ImportResult> => {
      const attemptIds = new Set(await db.attempts.toCollection().primaryKeys());
      const responseKeys = new PairSet(await db.responses.toCollection().primaryKeys());
      const snapshotKeys = new PairSet(await db.questionSnapshots.toCollection().primaryKeys());
      const cards = await db.reviewCards.bulkGet(file.reviewCards.map((c) => c.questionId));

      const attempts = file.attempts.filter((a) => !attemptIds.has(a.id)) as Attempt[];
      const responses = file.responses.filter((r) => !responseKeys.has(r.attemptId, r.questionId));
      const snapshots = file.questionSnapshots.filter((q) => !snapshotKeys.has(q.id, q.rev));
      const newCards: ReviewCard[] = [];
      const laterCards: ReviewCard[] = [];
      file.reviewCards.forEach((card, i) => {
        const mine = cards[i];
        if (!mine) newCards.push(card);
        else if ((card.lastReview ?? -Infinity) > (mine.lastReview ?? -Infinity)) laterCards.push(card);
      });

      await db.attempts.bulkAdd(attempts);
      await db.responses.bulkAdd(responses);
      await db.questionSnapshots.bulkAdd(snapshots);
      await db.reviewCards.bulkAdd(newCards);
      await db.reviewCards.bulkPut(laterCards);
      return {
        ok: true,
        added: { attempts: attempts.length, responses: responses.length, questionSnapshots: snapshots.length, reviewCards: newCards.length },
        updated: { reviewCards: laterCards.length },
      };
    });
  } catch (e) {
    return { ok: false, error: `the history could not be saved, so nothing was imported (${(e as Error).message})` };
  }
}
