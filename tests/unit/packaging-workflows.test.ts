// The GitHub Actions workflows: triggers, runners, and that they run the commands the README promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  strategy?: { matrix: { os: string[] } };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8'), { strict: true }) as Workflow;
const runs = (job: Job): string[] => job.steps.flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()) : []));
const allSteps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const test = ci.jobs.test!;

  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toBeNull(); // no branch filter
    expect(ci.on.pull_request).toBeNull();
  });

  it('installs with npm ci, letting the Electron binary download, then runs npm test under xvfb-run', () => {
    expect(test['runs-on']).toBe('ubuntu-latest');
    const commands = runs(test);
    expect(commands).toContain('npm ci');
    expect(commands.some((c) => /^xvfb-run\b.*\bnpm test$/.test(c))).toBe(true);
    expect(commands.indexOf('npm ci')).toBeLessThan(commands.findIndex((c) => c.endsWith('npm test')));
    for (const step of test.steps) expect(step.env?.ELECTRON_SKIP_BINARY_DOWNLOAD).toBeUndefined();
    expect(JSON.stringify(ci)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
  });

  it('gives the end-to-end tests a Chromium and a display', () => {
    const commands = runs(test).join('\n');
    expect(commands).toMatch(/apt-get install -y .*xvfb/);
    expect(commands).toMatch(/CHROMIUM_PATH=/);
  });
});

describe('.github/workflows/release.yml', () => {
  const release = workflow('release.yml');

  it('runs on v* tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('packages on Linux, Windows and macOS with npm ci and npm run package', () => {
    const pack = release.jobs.package!;
    expect(pack['runs-on']).toBe('${{ matrix.os }}');
    expect(pack.strategy?.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    const commands = runs(pack);
    expect(commands).toContain('npm ci');
    expect(commands).toContain('npm run package');
    expect(commands.indexOf('npm ci')).toBeLessThan(commands.indexOf('npm run package'));
    const upload = pack.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    for (const ext of ['AppImage', 'deb', 'exe', 'dmg']) expect(String(upload?.with?.path)).toContain(`release/*.${ext}`);
  });

  it('attaches every installer to one GitHub release, with write access only there', () => {
    const publish = release.jobs.release!;
    expect(publish.needs).toBe('package');
    expect(publish.permissions).toEqual({ contents: 'write' });
    expect(release.permissions).toEqual({ contents: 'read' });
    const download = publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ path: 'installers', pattern: 'installers-*', 'merge-multiple': true });
    const gh = publish.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'));
    expect(gh?.with?.files).toBe('installers/*');
  });
});

describe('both workflows', () => {
  it('pin every action by major version', () => {
    for (const step of [...allSteps(workflow('ci.yml')), ...allSteps(workflow('release.yml'))].filter((s) => s.uses))
      expect(step.uses, step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });

  it('use the same Node major version as each other', () => {
    const nodeOf = (w: Workflow): unknown[] =>
      allSteps(w)
        .filter((s) => s.uses?.startsWith('actions/setup-node@'))
        .map((s) => s.with?.['node-version']);
    expect(nodeOf(workflow('ci.yml'))).toEqual([22]);
    expect(nodeOf(workflow('release.yml'))).toEqual([22]);
  });
});
