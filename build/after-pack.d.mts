/** The part of electron-builder's AfterPackContext the hook reads. */
export interface FuseHookContext {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The file @electron/fuses rewrites for this packaged app. */
export function electronBinaryPath(context: FuseHookContext): string;

/** electron-builder afterPack hook: flips the fuses of build/fuses.mjs and verifies them. */
export default function afterPack(context: FuseHookContext): Promise<void>;
