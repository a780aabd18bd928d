// Counts over a compiled bank: what `bank:stats -- --json` prints.
import type { CompiledBank } from '../../electron/shared/bank/types.ts';

/** The figures `bank:stats` reports. */
export interface BankStats {
  version: string;
  total: number;
  artifact: string;
  byDomain: Record<string, number>;
  byTask: Record<string, number>;
  byType: Record<string, number>;
  byDifficulty: Record<string, number>;
  caseStudies: number;
  byNotesSection: Record<string, number>;
  uncoveredNotesSections: string[];
}

/** How many questions a topic needs before it counts as covered. */
export const MIN_PER_SECTION = 2;

const count = (keys: string[], init: string[] = []): Record<string, number> => {
  const out: Record<string, number> = Object.fromEntries(init.map((k) => [k, 0]));
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

/** The notes section's label in reports: `<file>#<heading path>[ > item]`. */
export const sectionLabel = (s: CompiledBank['outline'][number]): string =>
  `${s.file}#${[...s.heading, ...(s.item ? [s.item] : [])].join(' > ')}`;

/** Counts by domain, task, type, difficulty and notes section, and the topics still under-tested. */
export function bankStats(bank: CompiledBank, artifact: string): BankStats {
  const qs = bank.questions;
  const tasks = bank.profile.domains.flatMap((d) => d.tasks.map((t) => t.id));
  const perSection = count(qs.flatMap((q) => [...new Set(q.notes)]));
  const topics = bank.outline.filter((s) => s.topic);
  return {
    version: bank.bank.version,
    total: qs.length,
    artifact,
    byDomain: count(qs.map((q) => q.domain), bank.profile.domains.map((d) => d.id)),
    byTask: count(qs.map((q) => q.task), tasks),
    byType: count(qs.map((q) => q.type), ['single', 'multiple', 'ordering', 'matching']),
    byDifficulty: count(qs.map((q) => String(q.difficulty)), ['1', '2', '3']),
    caseStudies: bank.caseStudies.length,
    byNotesSection: Object.fromEntries(topics.map((s) => [sectionLabel(s), perSection[s.id] ?? 0])),
    uncoveredNotesSections: topics.filter((s) => (perSection[s.id] ?? 0) < MIN_PER_SECTION).map(sectionLabel),
  };
}
