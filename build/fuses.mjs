// The Electron fuses of the packaged app, in one place: the afterPack hook (build/after-pack.mjs)
// flips them and tests/unit/packaging-fuses.test.ts asserts them, so the two cannot drift apart.
// Plain JavaScript because electron-builder loads the hook with Node, without tsx.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Each fuse by its @electron/fuses name, and the state the packaged app ships with.
 * @type {Readonly<Partial<Record<import('./fuses.d.mts').FuseName, boolean>>>}
 */
export const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app binary into a general-purpose Node interpreter.
  RunAsNode: false,
  // NODE_OPTIONS (--require, --import) would let any environment inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger port into the main process.
  EnableNodeCliInspectArguments: false,
  // Otherwise a planted resources/app folder next to app.asar would be loaded instead of the app.
  OnlyLoadAppFromAsar: true,
  // app.asar must match the header hash electron-builder embeds (enforced by Electron on macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Cookies on disk are encrypted with a key from the OS keystore.
  EnableCookieEncryption: true,
});

/**
 * The @electron/fuses configuration for one packaged platform and architecture.
 * @param {string} electronPlatformName 'linux', 'win32', 'darwin' or 'mas'
 * @param {string} arch 'x64', 'arm64', 'ia32', 'armv7l' or 'universal'
 * @returns {import('@electron/fuses').FuseV1Config}
 */
export function fuseConfig(electronPlatformName, arch) {
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = {
    version: FuseVersion.V1,
    // Rewriting the binary breaks the ad-hoc signature Apple Silicon requires; re-sign it ad hoc
    // (a real identity, when configured, signs again after this hook).
    resetAdHocDarwinSignature: (electronPlatformName === 'darwin' || electronPlatformName === 'mas') && (arch === 'arm64' || arch === 'universal'),
  };
  for (const [name, on] of Object.entries(FUSES)) config[FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)]] = on;
  return config;
}
