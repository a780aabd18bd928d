// Finds the Electron binary without side effects. (Electron 45's own `require('electron')` starts a
// download when the binary is missing, which must never happen offline or in CI.)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The path of the installed Electron binary, or undefined when none is installed.
 * @returns {string | undefined}
 */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : undefined;
}
