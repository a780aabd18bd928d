// Where the main process finds what it serves, in development and in the packaged app alike.
import { app } from 'electron';
import { join } from 'node:path';

/** The bank the app ships. */
export const BANK_ID = 'mla-c01-bank';

/** The built renderer (index.html and assets): dist/renderer inside the app (asar when packaged). */
export const rendererDir = (): string => join(app.getAppPath(), 'dist', 'renderer');

/** The compiled question bank: an extra resource when packaged, the build output in development. */
export const bankFile = (bankId: string): string =>
  app.isPackaged ? join(process.resourcesPath, 'bank', `${bankId}.json`) : join(app.getAppPath(), 'dist', 'bank', `${bankId}.json`);

/** The preload script, bundled beside the main script (dist/electron/). */
export const preloadFile = (): string => join(__dirname, 'preload.cjs');
