// The fuse list (build/fuses.mjs) and the afterPack hook that applies it (build/after-pack.mjs), run
// against stand-in Electron binaries that carry a fuse wire like the real one.
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import afterPack, { electronBinaryPath, type FuseHookContext } from '../../build/after-pack.mjs';
import { FUSES, fuseConfig, type FuseName } from '../../build/fuses.mjs';

/** Electron's factory wire: 1 = on, 0 = off; the ninth fuse is one @electron/fuses 1.8 does not name. */
const FACTORY_WIRE = '101100011';
const X64 = 1;

/** A stand-in binary: some bytes, the sentinel, fuse-wire version and length, the wire, more bytes. */
const fakeBinary = (wire = FACTORY_WIRE): Buffer =>
  Buffer.concat([Buffer.from('\x7fELF stand-in '), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from(' tail')]);

const context = (appOutDir: string, electronPlatformName: string, arch = X64): FuseHookContext => ({
  appOutDir,
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'MLA-C01 Exam Simulator' }, executableName: 'mla-c01-simulator' },
});

async function wireOf(binary: string): Promise<Record<string, number>> {
  return (await getCurrentFuseWire(binary)) as unknown as Record<string, number>;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mla-fuses-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fuse list (build/fuses.mjs)', () => {
  it('hardens the app as the issue asks', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
    });
    expect(Object.isFrozen(FUSES)).toBe(true);
  });

  it('becomes an @electron/fuses V1 config keyed by fuse index', () => {
    const config = fuseConfig('linux', 'x64') as unknown as Record<string, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    for (const [name, on] of Object.entries(FUSES)) expect(config[FuseV1Options[name as FuseName]], name).toBe(on);
    const indexed = Object.keys(config).filter((k) => /^\d+$/.test(k));
    expect(indexed).toHaveLength(Object.keys(FUSES).length);
  });

  it('re-signs ad hoc only where Apple Silicon needs it', () => {
    expect(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 'universal').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', 'arm64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('linux', 'x64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('the afterPack hook (build/after-pack.mjs)', () => {
  it('takes its settings from build/fuses.mjs and names no fuse itself', async () => {
    const hook = await readFile(new URL('../../build/after-pack.mjs', import.meta.url), 'utf8');
    expect(hook).toMatch(/import \{ fuseConfig \} from '\.\/fuses\.mjs';/);
    expect(hook).toContain('fuseConfig(context.electronPlatformName, arch)');
    for (const name of Object.keys(FuseV1Options).filter((k) => !/^\d+$/.test(k))) expect(hook).not.toContain(name);
  });

  it('finds the executable as electron-builder names it on each platform', () => {
    expect(electronBinaryPath(context('/out', 'linux'))).toBe(join('/out', 'mla-c01-simulator'));
    expect(electronBinaryPath(context('/out', 'win32'))).toBe(join('/out', 'MLA-C01 Exam Simulator.exe'));
    expect(electronBinaryPath(context('/out', 'darwin'))).toBe(join('/out', 'MLA-C01 Exam Simulator.app'));
    expect(() => electronBinaryPath(context('/out', 'aix'))).toThrow(/no fuse support/);
  });

  it('flips every listed fuse in a Linux binary and leaves the others alone', async () => {
    const out = join(dir, 'linux');
    await mkdir(out, { recursive: true });
    const binary = join(out, 'mla-c01-simulator');
    await writeFile(binary, fakeBinary());
    await afterPack(context(out, 'linux'));
    const wire = await wireOf(binary);
    for (const [name, on] of Object.entries(FUSES))
      expect(wire[FuseV1Options[name as FuseName]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
    const factory = (i: number): number => FACTORY_WIRE.charCodeAt(i);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(factory(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot));
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(factory(FuseV1Options.GrantFileProtocolExtraPrivileges));
    expect(wire[8]).toBe(factory(8));
  });

  it('flips the fuses of a Windows .exe and of the framework inside a macOS .app', async () => {
    const win = join(dir, 'win');
    await mkdir(win, { recursive: true });
    await writeFile(join(win, 'MLA-C01 Exam Simulator.exe'), fakeBinary());
    await afterPack(context(win, 'win32'));
    expect((await wireOf(join(win, 'MLA-C01 Exam Simulator.exe')))[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);

    const mac = join(dir, 'mac');
    const framework = join(mac, 'MLA-C01 Exam Simulator.app', 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
    await mkdir(dirname(framework), { recursive: true });
    await writeFile(framework, fakeBinary());
    await afterPack(context(mac, 'darwin')); // x64: no codesign, which only exists on macOS
    expect((await wireOf(join(mac, 'MLA-C01 Exam Simulator.app')))[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect((await readFile(framework)).includes(`${SENTINEL}\x01\x09010011011`)).toBe(true);
  });

  it('fails the build when the binary cannot take the fuses', async () => {
    const out = join(dir, 'bad');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'mla-c01-simulator'), Buffer.from('no fuse wire here'));
    await expect(afterPack(context(out, 'linux'))).rejects.toThrow(/sentinel/);
    await writeFile(join(out, 'mla-c01-simulator'), fakeBinary('1011'));
    await expect(afterPack(context(out, 'linux'))).rejects.toThrow(/not long enough/);
    await expect(afterPack(context(out, 'linux', 9))).rejects.toThrow(/unknown architecture/);
  });
});
