// Reading and writing the text files the learner picks in a dialog (history backups, CSV exports).
// Node only, no Electron, so it is tested under plain Node.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { err, ok, type Result } from '../shared/result.ts';

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Writes `content` (UTF-8) to `file` whole or not at all: into a temporary file beside it, then renamed
 * over it, so a crash or a full disk never leaves a half-written backup where a good one was.
 */
export async function writeTextFileAtomic(file: string, content: string): Promise<Result<void>> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
    return ok(undefined);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    return err(`cannot save ${basename(file)} (${reason(e)})`);
  }
}

/**
 * Reads a UTF-8 text file of at most `maxBytes`: a larger file is refused before it is read (and a file
 * growing while it is read, after `maxBytes + 1` bytes). Bytes that are not UTF-8 are refused too, not
 * replaced.
 */
export async function readTextFileLimited(file: string, maxBytes: number): Promise<Result<string>> {
  const name = basename(file);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    return err(`cannot open ${name} (${reason(e)})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return err(`${name} is not a file`);
    if (info.size > maxBytes) return err(`${name} is too large (${mib(info.size)}; at most ${mib(maxBytes)} can be opened)`);
    // One byte more than expected: filling it means the file grew while it was read.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length === buffer.length)
      return err(length > maxBytes ? `${name} is too large (it grew past ${mib(maxBytes)} while it was read)` : `${name} changed while it was read`);
    try {
      return ok(new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)));
    } catch {
      return err(`${name} is not UTF-8 text`);
    }
  } catch (e) {
    return err(`cannot read ${name} (${reason(e)})`);
  } finally {
    await handle.close();
  }
}
