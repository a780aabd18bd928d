import type { FuseV1Config, FuseV1Options } from '@electron/fuses';

/** The name of a fuse, as @electron/fuses spells it. */
export type FuseName = keyof typeof FuseV1Options;

/** Each fuse set by the packaged app, and its state. */
export const FUSES: Readonly<Partial<Record<FuseName, boolean>>>;

/** The @electron/fuses configuration for one packaged platform ('linux', 'win32', 'darwin', 'mas') and architecture. */
export function fuseConfig(electronPlatformName: string, arch: string): FuseV1Config;
