// Reading the compiled bank from disk: read, parse, validate, verify the content hash. Node only,
// no Electron, so it is tested and benchmarked under plain Node.
import { readFile } from 'node:fs/promises';
import type { CompiledBank } from '../shared/bank/types.ts';
import { validateArtifact } from '../shared/bank/validate-artifact.ts';
import type { BankLoadError } from '../shared/ipc/contract.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { bankHashMatches } from './bank-hash.ts';

/** Parses and validates the bytes of a compiled bank; `file` only names it in errors. */
export async function parseBank(text: string, file: string, verifyHash = true): Promise<Result<CompiledBank, BankLoadError>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err({ file, message: `not valid JSON (${(e as Error).message})` });
  }
  const checked = validateArtifact(json);
  if (!checked.ok) return err({ file, message: checked.error });
  if (verifyHash && !(await bankHashMatches(checked.value)))
    return err({ file, message: 'content hash mismatch: the file was changed or damaged after it was built (run `npm run bank:build`)' });
  return checked;
}

/** Loads the compiled bank at `file`. */
export async function loadBankFile(file: string): Promise<Result<CompiledBank, BankLoadError>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err({
      file,
      message: code === 'ENOENT' ? 'the question bank file is missing (run `npm run bank:build`)' : `cannot read it (${code ?? String(e)})`,
    });
  }
  const parsed = await parseBank(text, file);
  return parsed.ok ? ok(parsed.value) : parsed;
}
