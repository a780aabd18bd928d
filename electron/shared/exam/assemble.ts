// Drawing an exam or quiz from the bank: per-domain proportions, unseen first, case studies kept
// together, question and option order shuffled, and the shown order recorded.
import type { ExamProfile, Question } from '../bank/types.ts';
import { seededRandom, shuffled, type Random } from './rng.ts';

/** One question as placed on a paper: which revision, whether it counts, and the order shown. */
export interface PaperItem {
  questionId: string;
  rev: number;
  domain: string;
  scored: boolean;
  /** Option ids (single, multiple), item ids (ordering, as first shown) or response ids (matching). */
  order: string[];
}

/** What to draw. */
export interface AssembleRequest {
  profile: ExamProfile;
  /** The eligible questions (the whole bank, or a custom quiz's filtered set). */
  pool: readonly Question[];
  count: number;
  /** How many items are unscored (hidden from the learner until the report). */
  unscored: number;
  seed: number;
  /** When each question was last answered (epoch ms); absent means never seen. */
  lastSeen?: ReadonlyMap<string, number>;
}

interface Unit {
  questions: Question[];
  priority: number;
}

/** Splits `total` in proportion to `weights` (largest remainder), so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]![1]]! += 1;
  return parts;
}

/** The ids a question shows in shuffled order. */
function shownOrder(q: Question, random: Random): string[] {
  const ids = q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.responses.map((r) => r.id) : q.options.map((o) => o.id);
  let order = shuffled(ids, random);
  // An ordering question must not start out already solved.
  if (q.type === 'ordering') for (let tries = 0; tries < 5 && order.every((id, i) => id === q.key[i]); tries++) order = shuffled(ids, random);
  return order;
}

function units(pool: readonly Question[], random: Random, lastSeen?: ReadonlyMap<string, number>): Unit[] {
  const groups = new Map<string, Question[]>();
  const out: Unit[] = [];
  for (const q of pool) {
    if (q.caseStudy) groups.set(q.caseStudy, [...(groups.get(q.caseStudy) ?? []), q]);
    else out.push({ questions: [q], priority: 0 });
  }
  for (const qs of groups.values()) out.push({ questions: qs, priority: 0 });
  // Never seen first (in random order), then the ones seen longest ago.
  for (const u of out) {
    const seen = Math.max(...u.questions.map((q) => lastSeen?.get(q.id) ?? -Infinity));
    u.priority = seen === -Infinity ? -1e15 + random() * 1e6 : seen + random();
  }
  return out.sort((a, b) => a.priority - b.priority);
}

/** Draws a paper: deterministic for a given request and seed. */
export function assembleExam(req: AssembleRequest): PaperItem[] {
  const random = seededRandom(req.seed);
  const all = units(req.pool, random, req.lastSeen);
  const domains = req.profile.domains.filter((d) => req.pool.some((q) => q.domain === d.id));
  const target = Math.min(req.count, req.pool.length);
  const quota = apportion(
    target,
    domains.map((d) => d.weight),
  );
  const room = new Map(domains.map((d, i) => [d.id, quota[i]!]));
  const chosen: Unit[] = [];
  const taken = new Set<Unit>();
  // A unit (a question, or a whole case study) is taken when each of its questions fits its own
  // domain's remaining places, in priority order across the whole pool.
  for (const u of all) {
    const fits = u.questions.every((q) => u.questions.filter((x) => x.domain === q.domain).length <= (room.get(q.domain) ?? 0));
    if (!fits) continue;
    taken.add(u);
    chosen.push(u);
    for (const q of u.questions) room.set(q.domain, room.get(q.domain)! - 1);
  }
  // A thin domain lends its places to the others.
  let left = target - chosen.reduce((s, u) => s + u.questions.length, 0);
  for (const u of all) {
    if (left <= 0) break;
    if (taken.has(u) || u.questions.length > left) continue;
    taken.add(u);
    chosen.push(u);
    left -= u.questions.length;
  }

  const items = shuffled(chosen, random).flatMap((u) =>
    u.questions.map((q): PaperItem => ({ questionId: q.id, rev: q.rev, domain: q.domain, scored: true, order: shownOrder(q, random) })),
  );
  for (const i of shuffled([...items.keys()], random).slice(0, Math.min(req.unscored, Math.max(0, items.length - 1)))) items[i]!.scored = false;
  return items;
}
