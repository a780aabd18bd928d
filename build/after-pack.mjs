// electron-builder afterPack hook: flips the Electron fuses of build/fuses.mjs in the packaged binary,
// then reads them back. It runs after the app files are copied and before signing, which is the
// order fuses require (a signature over the binary must cover the flipped fuses).
import { flipFuses, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { join } from 'node:path';
import { fuseConfig } from './fuses.mjs';

// electron-builder's Arch enum (builder-util), by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

/**
 * The file @electron/fuses rewrites: the app executable (the .app bundle on macOS), named as
 * electron-builder names it.
 * @param {import('./after-pack.d.mts').FuseHookContext} context
 * @returns {string}
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('afterPack: the Linux packager has no executableName');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: no fuse support for platform ${electronPlatformName}`);
  }
}

/**
 * Flips the fuses and fails the build if any did not take.
 * @param {import('./after-pack.d.mts').FuseHookContext} context
 * @returns {Promise<void>}
 */
export default async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch];
  if (!arch) throw new Error(`afterPack: unknown architecture ${context.arch}`);
  const binary = electronBinaryPath(context);
  const config = fuseConfig(context.electronPlatformName, arch);
  await flipFuses(binary, config);

  // A wire shorter than expected or a fuse marked removed would leave the app silently unhardened.
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(config)
    .filter(([key]) => /^\d+$/.test(key))
    .filter(([key, on]) => wire[/** @type {FuseV1Options} */ (Number(key))] !== (on ? ENABLED : DISABLED))
    .map(([key]) => FuseV1Options[Number(key)]);
  if (wrong.length) throw new Error(`afterPack: fuses not set in ${binary}: ${wrong.join(', ')}`);
  console.log(`  • fuses flipped  ${Object.keys(config).filter((k) => /^\d+$/.test(k)).length} fuses in ${binary}`);
}
