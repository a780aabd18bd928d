// `npm test`: every check and test suite in order, then one line of totals for CI:
//   tests: N passed, M failed, K skipped
// Checks (bank, types, lint, build) count as one test each; Vitest and Playwright report their own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(name);
  return ok;
}

function suite(name, command, args, report, count) {
  rmSync(report, { force: true });
  const ok = run(name, command, args);
  if (!existsSync(report)) {
    totals.failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const c = count(JSON.parse(readFileSync(report, 'utf8')));
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  console.log(`=== ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  if (!ok || c.failed) failures.push(name);
  if (!ok && !c.failed) totals.failed++; // the runner failed outside any test
}

check('bank:check', 'npm', ['run', '--silent', 'bank:check']);
check('bank:lint', 'npm', ['run', '--silent', 'bank:lint']);
check('check (tsc, svelte-check, eslint, prettier)', 'npm', ['run', '--silent', 'check']);
const built = check('build (bank, renderer, electron)', 'npm', ['run', '--silent', 'build']);

suite('unit tests (vitest)', 'npx', ['vitest', 'run'], 'test-results/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));

/** Every skipped Playwright test with the reason it gave, so a skip never goes unexplained. */
function skippedWithReasons(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])].find(
          (a) => a.type === 'skip',
        )?.description;
        out.push(`${[...path, spec.title].join(' › ')} [${t.projectName}]: ${reason ?? 'no reason given'}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return out;
}

if (built) {
  suite('end-to-end tests (playwright, Chromium)', 'npx', ['playwright', 'test'], 'test-results/playwright.json', (r) => {
    for (const line of skippedWithReasons(r)) console.log(`=== skipped: ${line}`);
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
  });
} else {
  totals.failed++;
  failures.push('end-to-end tests (not run: the build failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
