// A real electron-builder run (unpacked Linux app) on a stand-in project: the real electron-builder.yml,
// build/ hook and package.json, decoy sources, and a stand-in Electron distribution whose binary carries a
// fuse wire (the real binary cannot be downloaded here). Proves what lands in the package and that the
// afterPack hook runs inside electron-builder.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSES, type FuseName } from '../../build/fuses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BANK = '{"bank":{"id":"mla-c01-bank"}}\n';

/** Paths in the stand-in project: what the app is built from, and what must stay out of the package. */
const PROJECT_FILES: Record<string, string> = {
  'dist/electron/main.cjs': '// main bundle',
  'dist/electron/main.cjs.map': '{"sourcesContent":["secret source"]}',
  'dist/electron/preload.cjs': '// preload bundle',
  'dist/renderer/index.html': '<!doctype html>',
  'dist/renderer/assets/index-abc.js': '// renderer bundle',
  'dist/renderer/bank/mla-c01-bank.json': BANK,
  'dist/bank/mla-c01-bank.json': BANK,
  'electron/main/index.ts': '// source',
  'renderer/src/App.svelte': '<!-- source -->',
  'src/index.ts': '// source',
  'tests/unit/a.test.ts': '// test',
  'question-bank/questions/1.1.yaml': '# source',
  'tsconfig.json': '{}',
};

/** The file list of an asar archive, read from its JSON header (format of @electron/asar). */
function asarFiles(archive: Buffer): string[] {
  const headerLength = archive.readUInt32LE(12);
  const header = JSON.parse(archive.subarray(16, 16 + headerLength).toString('utf8')) as AsarDir;
  const walk = (dir: AsarDir, prefix: string): string[] =>
    Object.entries(dir.files).flatMap(([name, node]) => ('files' in node ? walk(node, `${prefix}${name}/`) : [`${prefix}${name}`]));
  return walk(header, '').sort();
}
interface AsarDir {
  files: Record<string, AsarDir | { size: number }>;
}

let work: string;
let out: string;
let run: ReturnType<typeof spawnSync>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mla-pack-'));
  const project = join(work, 'project');
  const electronDist = join(work, 'electron-dist');
  out = join(work, 'release');
  for (const [path, text] of Object.entries(PROJECT_FILES)) {
    await mkdir(dirname(join(project, path)), { recursive: true });
    await writeFile(join(project, path), text);
  }
  for (const file of ['package.json', 'electron-builder.yml']) await cp(join(root, file), join(project, file));
  await cp(join(root, 'build'), join(project, 'build'), { recursive: true });
  // The real node_modules, so electron-builder finds Electron's version and the app's dependencies
  // (which the config must keep out), and the hook finds @electron/fuses.
  await symlink(join(root, 'node_modules'), join(project, 'node_modules'), 'junction');
  await mkdir(join(electronDist, 'locales'), { recursive: true });
  await writeFile(join(electronDist, 'locales', 'en-US.pak'), '');
  await writeFile(
    join(electronDist, 'electron'),
    Buffer.concat([Buffer.from('stand-in '), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101100011')]),
    {
      mode: 0o755,
    },
  );

  // A child process in the project folder: electron-builder resolves the hook path from the working directory.
  run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: project, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, timeout: 120_000 },
  );
}, 150_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('electron-builder --dir on the real configuration', () => {
  it('succeeds offline with a local Electron distribution and runs the afterPack hook', () => {
    expect(run.status, `${String(run.stdout)}\n${String(run.stderr)}`).toBe(0);
    expect(String(run.stdout)).toMatch(/fuses flipped/);
  });

  it('packs only the built app into app.asar: no sources, tests, source maps, bank copy or node_modules', async () => {
    const resources = join(out, 'linux-unpacked', 'resources');
    expect(existsSync(join(resources, 'app')), 'the app is only in app.asar').toBe(false);
    expect(asarFiles(await readFile(join(resources, 'app.asar')))).toEqual([
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/assets/index-abc.js',
      'dist/renderer/index.html',
      'package.json',
    ]);
  });

  it('ships the bank as resources/bank/mla-c01-bank.json, where the app reads it when packaged', async () => {
    expect(await readFile(join(out, 'linux-unpacked', 'resources', 'bank', 'mla-c01-bank.json'), 'utf8')).toBe(BANK);
  });

  it('leaves the packaged binary with the fuses of build/fuses.mjs', async () => {
    const wire = (await getCurrentFuseWire(join(out, 'linux-unpacked', 'mla-c01-simulator'))) as unknown as Record<string, number>;
    for (const [name, on] of Object.entries(FUSES))
      expect(wire[FuseV1Options[name as FuseName]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
  });
});
