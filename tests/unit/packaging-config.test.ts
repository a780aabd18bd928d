// electron-builder.yml: valid for electron-builder's own schema, and saying what the issue asks (targets,
// only the built app, the bank as an extra resource). packaging-pack.test.ts checks what it produces.
import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const config = parse(read('electron-builder.yml')) as Record<string, unknown> & {
  files: string[];
  extraResources: { from: string; to: string }[];
  directories: { output: string; buildResources: string };
  linux: { target: string[]; icon: string };
  win: { target: { target: string; arch: string[] }[]; icon: string };
  mac: { target: { target: string; arch: string[] }[]; icon: string };
};
const pkg = JSON.parse(read('package.json')) as {
  productName: string;
  version: string;
  main: string;
  scripts: Record<string, string>;
  build?: unknown;
};

/** electron-builder's own schema, compiled in Ajv's strict mode. */
function builderSchema(): { ajv: Ajv; validate: ReturnType<Ajv['compile']> } {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  // The schema's one keyword of its own (it marks hook options that may be functions).
  ajv.addKeyword('typeof');
  return { ajv, validate: ajv.compile(JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object) };
}

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's JSON schema (app-builder-lib/scheme.json)", () => {
    const { ajv, validate } = builderSchema();
    expect(validate(config), ajv.errorsText(validate.errors, { dataVar: 'electron-builder.yml' })).toBe(true);
  });

  it('is rejected by the schema when it has a misspelt key or a wrong type (the check has teeth)', () => {
    const { validate } = builderSchema();
    expect(validate({ ...config, extraResource: config.extraResources })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('is the only builder configuration, and takes the version from package.json', () => {
    expect(pkg.build).toBeUndefined();
    expect(config).not.toHaveProperty('version');
    expect(config).not.toHaveProperty('extraMetadata');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('names the app as package.json does, since the user-data folder (README) follows productName', () => {
    expect(config.productName).toBe('MLA-C01 Exam Simulator');
    expect(config.productName).toBe(pkg.productName);
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+){2,}$/);
    expect(config.artifactName).not.toMatch(/\s/);
  });

  it('builds AppImage and deb, NSIS, and dmg for x64 and arm64 into release/', () => {
    expect(config.directories.output).toBe('release');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
  });

  it('uses the generated icons, which exist', () => {
    expect(config.linux.icon).toBe('build/icons/png');
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.mac.icon).toBe('build/icon.icns');
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) expect(existsSync(new URL(icon, root)), icon).toBe(true);
  });

  it('packs only the built app: bundles, renderer without its bank copy, package.json', () => {
    expect(config.files).toEqual([
      'package.json',
      'dist/electron/**',
      '!dist/electron/**/*.map',
      'dist/renderer/**',
      '!dist/renderer/bank/**',
      '!node_modules/**',
    ]);
    const included = config.files.filter((p) => !p.startsWith('!'));
    for (const pattern of included)
      expect(pattern, 'only build output and package.json are included').toMatch(/^(dist\/(electron|renderer)\/\*\*|package\.json)$/);
    for (const source of ['src/', 'electron/', 'renderer/', 'tests/', 'question-bank/', 'node_modules/', 'build/'])
      expect(
        included.some((p) => p.startsWith(source)),
        source,
      ).toBe(false);
    // The main bundle must be inside what is packed.
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('ships the compiled bank as an extra resource where electron/main/paths.ts reads it', () => {
    expect(config.extraResources).toEqual([{ from: 'dist/bank/mla-c01-bank.json', to: 'bank/mla-c01-bank.json' }]);
    // paths.ts imports Electron, so it is read rather than imported (requiring Electron downloads it).
    const paths = read('electron/main/paths.ts');
    expect(paths).toContain("export const BANK_ID = 'mla-c01-bank';");
    expect(paths).toContain("join(process.resourcesPath, 'bank', `${bankId}.json`)");
    expect(paths).toContain("join(app.getAppPath(), 'dist', 'bank', `${bankId}.json`)");
  });

  it('packs into asar and flips fuses in the afterPack hook', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(existsSync(new URL('build/after-pack.mjs', root))).toBe(true);
    // Fuses are ours to flip, not electron-builder's too: one list, in build/fuses.mjs.
    expect(config).not.toHaveProperty('electronFuses');
  });

  it('has the package scripts the README documents', () => {
    expect(pkg.scripts.package).toBe('npm run build && electron-builder --publish never');
    expect(pkg.scripts['package:dir']).toBe('npm run build && electron-builder --dir --publish never');
    expect(pkg.scripts.icons).toBe('tsx build/icons/generate.ts');
    const readme = read('README.md');
    for (const command of ['npm run package', 'npm run package:dir', 'npm run icons', 'release/']) expect(readme).toContain(command);
    expect(readme).toContain('## Packaging');
    expect(readme).toContain('## Where your history is kept');
  });
});
