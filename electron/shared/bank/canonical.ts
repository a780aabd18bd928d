import type { CompiledBank } from './types.ts';

/**
 * Canonical JSON: object keys sorted, no whitespace. Two banks with the same content give the same
 * string whatever the key order of their sources, so the content hash is stable.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The bank without its hash field: what the content hash covers. */
export function hashedContent(bank: CompiledBank): unknown {
  const { hash: _hash, ...info } = bank.bank;
  return { ...bank, bank: info };
}

/**
 * Checks a bank's content hash. The artifact is written in canonical key order, so JSON.parse keeps
 * that order and the native JSON.stringify reproduces the canonical text (fast path); the slow,
 * order-independent canonicalisation runs only when the fast one disagrees.
 */
export async function verifyContentHash(bank: CompiledBank, sha256: (text: string) => string | Promise<string>): Promise<boolean> {
  const content = hashedContent(bank);
  if ((await sha256(JSON.stringify(content))) === bank.bank.hash) return true;
  return (await sha256(canonicalJson(content))) === bank.bank.hash;
}
