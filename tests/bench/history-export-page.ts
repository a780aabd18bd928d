// Runs in Chromium (bundled by history-bench.ts): stores a history in a real IndexedDB through Dexie and
// times exportHistory over it.
import { exportHistory } from '../../renderer/src/db/backup.ts';
import { openHistoryDb } from '../../renderer/src/db/schema.ts';
import type { Question } from '../../electron/shared/bank/types.ts';
import type { SyntheticHistory } from './synthetic-history.ts';

/** What the page measures. */
export interface ExportRun {
  medianMs: number;
  runsMs: number[];
  chars: number;
}

async function exportBench(rows: SyntheticHistory & { snapshots: Question[] }, runs: number): Promise<ExportRun> {
  const db = openHistoryDb(`history-export-bench-${Date.now()}`);
  await db.transaction('rw', db.attempts, db.responses, db.questionSnapshots, async () => {
    await db.attempts.bulkAdd(rows.attempts);
    await db.responses.bulkAdd(rows.responses);
    await db.questionSnapshots.bulkAdd(rows.snapshots);
  });
  let chars = (await exportHistory(db, 'bench')).length; // warm-up
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    chars = (await exportHistory(db, 'bench')).length;
    runsMs.push(Math.round(performance.now() - t));
  }
  await db.delete();
  return { medianMs: [...runsMs].sort((a, b) => a - b)[Math.floor(runs / 2)]!, runsMs, chars };
}

(globalThis as unknown as { exportBench: typeof exportBench }).exportBench = exportBench;
