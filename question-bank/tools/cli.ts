// bank:check, bank:build, bank:stats, bank:lint — the command-line face of the bank tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bankHash } from '../../electron/node/bank-hash.ts';
import { canonicalJson } from '../../electron/shared/bank/canonical.ts';
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import { compileBank, type Compiled } from './compile.ts';
import { lintBank } from './lint.ts';
import { ROOT, loadSources } from './load-sources.ts';
import { bankStats } from './stats.ts';
import { formatError } from './yaml-source.ts';

/** Where bank:build writes the compiled artifact. */
export const artifactPath = (bankId: string): string => join(ROOT, 'dist', 'bank', `${bankId}.json`);

function compileOrExit(): Compiled & { bank: NonNullable<Compiled['bank']> } {
  const compiled = compileBank(loadSources());
  if (compiled.errors.length || !compiled.bank) {
    for (const e of compiled.errors) console.error(formatError(e));
    console.error(`bank:check: ${compiled.errors.length} error(s)`);
    process.exit(1);
  }
  return compiled as Compiled & { bank: NonNullable<Compiled['bank']> };
}

function build(compiled: Compiled & { bank: NonNullable<Compiled['bank']> }): { bank: CompiledBank; path: string } {
  const bank: CompiledBank = { ...compiled.bank, bank: { ...compiled.bank.bank, hash: bankHash(compiled.bank) } };
  const path = artifactPath(bank.bank.id);
  mkdirSync(dirname(path), { recursive: true });
  // Canonical key order lets loaders verify the hash with the native JSON.stringify (see canonical.ts).
  writeFileSync(path, canonicalJson(bank));
  return { bank, path };
}

const [command, ...args] = process.argv.slice(2);
const compiled = compileOrExit();
switch (command) {
  case 'check': {
    const { questions, caseStudies } = compiled.questions;
    console.log(`bank:check: ok — ${questions.length} questions, ${caseStudies.length} case studies, version ${compiled.bank.bank.version}`);
    break;
  }
  case 'build': {
    const { bank, path } = build(compiled);
    console.log(`bank:build: ${relative(process.cwd(), path)} — ${bank.questions.length} questions, version ${bank.bank.version}, sha256 ${bank.bank.hash.slice(0, 12)}…`);
    break;
  }
  case 'stats': {
    const { bank, path } = build(compiled);
    const stats = bankStats(bank, relative(ROOT, path));
    if (args.includes('--json')) console.log(JSON.stringify(stats, null, 2));
    else {
      console.log(`${stats.total} questions (version ${stats.version}), ${stats.caseStudies} case studies`);
      for (const k of ['byDomain', 'byTask', 'byType', 'byDifficulty'] as const) console.log(`${k}: ${JSON.stringify(stats[k])}`);
      console.log(`uncovered notes sections: ${stats.uncoveredNotesSections.length ? stats.uncoveredNotesSections.join('; ') : 'none'}`);
    }
    break;
  }
  case 'lint': {
    const report = lintBank(compiled);
    for (const e of report.errors) console.error(formatError(e));
    console.log(`key is the longest option in ${(report.keyLongestShare * 100).toFixed(1)}% of single-answer questions`);
    console.log(`stored key positions (shuffled when shown): ${JSON.stringify(report.keyPositions)}`);
    if (report.errors.length) {
      console.error(`bank:lint: ${report.errors.length} problem(s)`);
      process.exit(1);
    }
    console.log('bank:lint: ok');
    break;
  }
  default:
    console.error('usage: cli.ts check | build | stats [--json] | lint');
    process.exit(2);
}
