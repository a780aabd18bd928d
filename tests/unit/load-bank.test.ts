import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBankFile, parseBank } from '../../electron/node/load-bank.ts';
import { validateArtifact } from '../../electron/shared/bank/validate-artifact.ts';
import {
  parseAppInfoResponse,
  parseLoadBankResponse,
  parseNoArgs,
  parseReferenceUrl,
  parseVoidResponse,
} from '../../electron/shared/ipc/contract.ts';
import { syntheticArtifact, syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(200, 3);
const dir = mkdtempSync(join(tmpdir(), 'bank-'));

describe('loading the compiled bank', () => {
  it('verifies the hash whatever the key order: canonical files (fast path) and others (canonicalised)', async () => {
    const canonical = join(dir, 'canonical.json');
    writeFileSync(canonical, syntheticArtifact(50, 3));
    expect((await loadBankFile(canonical)).ok).toBe(true);
    // JSON.stringify keeps the object's own key order (format, bank, profile, …), which is not canonical.
    expect(JSON.stringify(bank).startsWith('{"format"')).toBe(true);
    expect((await parseBank(JSON.stringify(bank), 'x.json')).ok).toBe(true);
  });

  it('loads a valid artifact', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(bank));
    const r = await loadBankFile(file);
    expect(r.ok && r.value.questions.length).toBe(200);
  });

  it('names the file when it is missing', async () => {
    const r = await loadBankFile(join(dir, 'nope.json'));
    expect(r).toEqual({
      ok: false,
      error: { file: join(dir, 'nope.json'), message: 'the question bank file is missing (run `npm run bank:build`)' },
    });
  });

  it('rejects bad JSON, a changed file, and a broken question, naming what is wrong', async () => {
    expect(await parseBank('{"format":', 'b.json')).toMatchObject({
      ok: false,
      error: { file: 'b.json', message: expect.stringContaining('not valid JSON') },
    });
    const edited = structuredClone(bank);
    edited.questions[0]!.stem = 'edited by hand';
    expect(await parseBank(JSON.stringify(edited), 'b.json')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('content hash mismatch') },
    });
    const broken = structuredClone(bank);
    (broken.questions[5] as { key: unknown }).key = 'zz';
    expect(await parseBank(JSON.stringify(broken), 'b.json', false)).toEqual({
      ok: false,
      error: { file: 'b.json', message: 'question q5: key: the key is not one of the options' },
    });
  });

  it('validates every question type and structure', () => {
    const cases: [(b: typeof bank) => void, string][] = [
      [(b) => ((b as { format: number }).format = 2), 'format: unsupported format 2 (this app reads format 1)'],
      [(b) => (b.questions[1]!.task = '9.9'), 'question q1: task: "9.9" is not a task of domain'],
      [(b) => (b.questions[2]!.id = 'q1'), 'question q1: id: duplicate id'],
      [(b) => ((b.questions[6] as { key: string[] }).key = ['a']), 'question q6: key: expected 2 keys among the options'],
      [(b) => ((b.questions[8] as { key: string[] }).key = ['a', 'b']), 'question q8: key: the order must name every item once'],
      [(b) => ((b.questions[9] as { key: Record<string, string> }).key = { p1: 'r2' }), 'question q9: key: prompt "p2" has no valid response'],
      [(b) => (b.questions[3]!.caseStudy = 'cs-none'), 'question q3: caseStudy: no case study "cs-none"'],
      [(b) => ((b.questions[3] as { type: string }).type = 'essay'), 'question q3: type: unknown type "essay"'],
    ];
    for (const [mutate, message] of cases) {
      const b = structuredClone(bank);
      mutate(b);
      const r = validateArtifact(b);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toContain(message);
    }
  });
});

describe('IPC contract parsers', () => {
  it('accept only well-formed responses', () => {
    expect(parseNoArgs([])).toEqual({ ok: true, value: undefined });
    expect(parseNoArgs([1]).ok).toBe(false);
    expect(parseLoadBankResponse({ ok: true, value: bank }).ok).toBe(true);
    expect(parseLoadBankResponse({ ok: true, value: { format: 1 } })).toMatchObject({ ok: false, error: { file: '(IPC)' } });
    expect(parseLoadBankResponse({ ok: false, error: { file: 'x.json', message: 'missing' } })).toEqual({
      ok: false,
      error: { file: 'x.json', message: 'missing' },
    });
    expect(parseLoadBankResponse('nonsense').ok).toBe(false);
    expect(parseAppInfoResponse({ ok: true, value: { name: 'a', version: '1', platform: 'linux', host: 'electron' } }).ok).toBe(true);
    expect(parseAppInfoResponse({ ok: true, value: { name: 1 } }).ok).toBe(false);
    expect(parseVoidResponse({ ok: true, value: undefined }).ok).toBe(true);
    expect(parseVoidResponse({ ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
  });

  it('open only https documentation pages', () => {
    expect(parseReferenceUrl(['https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html'])).toEqual({
      ok: true,
      value: 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
    });
    expect(parseReferenceUrl(['http://docs.aws.amazon.com/x']).ok).toBe(false);
    expect(parseReferenceUrl(['https://evil.example/x']).ok).toBe(false);
    expect(parseReferenceUrl(['https://docs.aws.amazon.com.evil.example/x']).ok).toBe(false);
    expect(parseReferenceUrl(['https://user:pw@docs.aws.amazon.com/x']).ok).toBe(false);
    expect(parseReferenceUrl(['file:///etc/passwd']).ok).toBe(false);
    expect(parseReferenceUrl(['javascript:alert(1)']).ok).toBe(false);
    expect(parseReferenceUrl([]).ok).toBe(false);
    expect(parseReferenceUrl([42]).ok).toBe(false);
  });
});
