// The content hash of a compiled bank (Node only: the main process and the bank tools).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/bank/canonical.ts';
import type { CompiledBank } from '../shared/bank/types.ts';

/** sha256 (hex) of the canonical JSON of the bank with its hash field left out. */
export function bankHash(bank: Omit<CompiledBank, 'bank'> & { bank: Omit<CompiledBank['bank'], 'hash'> & { hash?: string } }): string {
  const { hash: _ignored, ...info } = bank.bank;
  return createHash('sha256')
    .update(canonicalJson({ ...bank, bank: info }))
    .digest('hex');
}
