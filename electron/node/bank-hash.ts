// The content hash of a compiled bank (Node only: the main process and the bank tools).
import { createHash } from 'node:crypto';
import { canonicalJson, hashedContent, verifyContentHash } from '../shared/bank/canonical.ts';
import type { CompiledBank } from '../shared/bank/types.ts';

/** sha256 (hex) of a text. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** sha256 (hex) of the canonical JSON of the bank with its hash field left out. */
export function bankHash(bank: Omit<CompiledBank, 'bank'> & { bank: Omit<CompiledBank['bank'], 'hash'> & { hash?: string } }): string {
  return sha256Hex(canonicalJson(hashedContent(bank as CompiledBank)));
}

/** Whether the bank's content matches its recorded hash. */
export const bankHashMatches = (bank: CompiledBank): Promise<boolean> => verifyContentHash(bank, sha256Hex);
