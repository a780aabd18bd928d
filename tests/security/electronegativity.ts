// Static security scan of electron/ with @doyensec/electronegativity, offline: the two checks that
// fetch Electron's release list from the network are excluded, and the Electron version is given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
/** Checks that need the network (they download Electron's release notes); versions are pinned in package.json instead. */
export const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

/** One finding of the scan. */
export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Runs the scan and returns every finding. */
export function scanElectron(): Finding[] {
  const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'findings.csv');
  const bin = join(ROOT, 'node_modules', '.bin', 'electronegativity');
  const args = ['-i', join(ROOT, 'electron'), '-e', ELECTRON_VERSION, '-r', '-x', OFFLINE_EXCLUDED.join(','), '-o', out, '-v', 'false'];
  const run = spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`electronegativity failed (${run.status}): ${run.stderr || run.stdout}`);
  const rows = readFileSync(out, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => /^[A-Z_]+,/.test(l));
  return rows.map((l) => {
    const [issue, severity, confidence, file, location, , description] = parseCsvLine(l);
    return { issue: issue!, severity: severity!, confidence: confidence!, file: file!, location: location!, description: description ?? '' };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const findings = scanElectron();
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location} ${f.description}`);
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  console.log(`electronegativity (Electron ${ELECTRON_VERSION}): ${findings.length} finding(s), ${serious.length} HIGH or MEDIUM`);
  process.exit(serious.length ? 1 : 0);
}
