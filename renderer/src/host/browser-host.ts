// The browser host (`npm run web`): fetches the same compiled bank the app ships, and checks it as
// strictly as the main process does, content hash included.
import { verifyContentHash } from '../../../electron/shared/bank/canonical.ts';
import type { CompiledBank } from '../../../electron/shared/bank/types.ts';
import { validateArtifact } from '../../../electron/shared/bank/validate-artifact.ts';
import {
  MAX_TEXT_FILE_BYTES,
  parseOpenTextFileArgs,
  parseReferenceUrl,
  parseSaveTextFileArgs,
  type BankLoadError,
  type HostApi,
  type OpenedTextFile,
  type OpenFileKind,
  type TextFileKind,
} from '../../../electron/shared/ipc/contract.ts';
import { err, ok, type Result } from '../../../electron/shared/result.ts';

/** Where the web build serves the compiled bank. */
export const BANK_URL = './bank/mla-c01-bank.json';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function loadBank(url = BANK_URL): Promise<Result<CompiledBank, BankLoadError>> {
  const file = new URL(url, location.href).pathname;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    return err({ file, message: `cannot fetch it (${(e as Error).message})` });
  }
  if (!response.ok) return err({ file, message: `the server answered ${response.status}: run \`npm run bank:build\`` });
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (e) {
    return err({ file, message: `not valid JSON (${(e as Error).message})` });
  }
  const checked = validateArtifact(json);
  if (!checked.ok) return err({ file, message: checked.error });
  if (!(await verifyContentHash(checked.value, sha256Hex)))
    return err({ file, message: 'content hash mismatch: the file was changed or damaged after it was built' });
  return ok(checked.value);
}

const MIME: Record<TextFileKind, string> = { json: 'application/json', csv: 'text/csv' };

/**
 * Saves through the browser's downloads: a Blob behind a temporary `<a download>`. The browser does
 * not say whether the learner cancelled its save dialog, if it shows one, so `saved` is always true.
 */
function saveTextFile(suggestedName: string, content: string, kind: TextFileKind): Result<{ saved: boolean }> {
  const request = parseSaveTextFileArgs([suggestedName, content, kind]);
  if (!request.ok) return request;
  const url = URL.createObjectURL(new Blob([request.value.content], { type: `${MIME[request.value.kind]};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.value.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: keep the Blob until they surely have it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok({ saved: true });
}

/** Reads a picked file as UTF-8, refusing a file over the size limit before reading it. */
async function readPicked(file: File): Promise<Result<OpenedTextFile>> {
  if (file.size > MAX_TEXT_FILE_BYTES) return err(`${file.name} is too large (at most ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB can be opened)`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    return err(`cannot read ${file.name} (${(e as Error).message})`);
  }
  try {
    return ok({ name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
  } catch {
    return err(`${file.name} is not UTF-8 text`);
  }
}

/**
 * Opens a file through a temporary `<input type="file">`: null when the learner cancels the picker (the
 * input's `cancel` event; browsers without it never settle a cancelled pick, which is harmless).
 */
function openTextFile(kind: OpenFileKind): Promise<Result<OpenedTextFile | null>> {
  const parsed = parseOpenTextFileArgs([kind]);
  if (!parsed.ok) return Promise.resolve(parsed);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${parsed.value},${MIME[parsed.value]}`;
    input.hidden = true;
    let settled = false;
    const settle = (result: Result<OpenedTextFile | null>) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => settle(ok(null)));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) settle(ok(null));
      else void readPicked(file).then(settle);
    });
    document.body.append(input);
    input.click();
  });
}

/** The host used when no Electron preload is present. */
export function browserHost(): HostApi {
  return {
    loadBank: () => loadBank(),
    appInfo: async () => ok({ name: __APP_NAME__, version: __APP_VERSION__, host: 'browser' as const, platform: navigator.platform }),
    openReference: async (url) => {
      const parsed = parseReferenceUrl([url]);
      if (!parsed.ok) return parsed;
      window.open(parsed.value, '_blank', 'noopener,noreferrer');
      return ok(undefined);
    },
    saveTextFile: async (suggestedName, content, kind) => saveTextFile(suggestedName, content, kind),
    openTextFile,
  };
}
