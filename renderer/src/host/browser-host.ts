// The browser host (`npm run web`): fetches the same compiled bank the app ships, and checks it as
// strictly as the main process does, content hash included.
import { verifyContentHash } from '../../../electron/shared/bank/canonical.ts';
import type { CompiledBank } from '../../../electron/shared/bank/types.ts';
import { validateArtifact } from '../../../electron/shared/bank/validate-artifact.ts';
import { parseReferenceUrl, type BankLoadError, type HostApi } from '../../../electron/shared/ipc/contract.ts';
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
  };
}
