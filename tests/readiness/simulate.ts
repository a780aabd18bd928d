// Simulated learners for evaluating the readiness estimator: each has a known ability per domain, studies
// with mock exams, quizzes and single-domain practice (first exposures and repeats), then sits a final exam.
//
// Response model (a 3PL-style item response model with a fixed guessing floor):
//   P(correct | ability a, item difficulty b) = 0.25 + 0.75 · logistic(a − b),  b ~ Normal(0, 1) per item.
// A learner's TRUE accuracy in a domain at time t is the expected accuracy on a random new question of that
// domain: p_d(t) = E_b[0.25 + 0.75 · logistic(a_d(t) − b)]. The final exam draws fresh items (the real exam
// is not this app's bank), so each of its scored questions is right with probability p_d(T) independently.
import { apportion, type ReadinessAnswer, type ReadinessProfile } from '../../electron/shared/analytics/readiness.ts';
import { type Random } from '../../electron/shared/exam/rng.ts';

/** How a cohort of learners is generated. */
export interface Scenario {
  name: string;
  learners: number;
  /** First-exposure answers before the final exam: uniform in [min, max]. */
  firstExposures: [number, number];
  /** Logit ability gained between the first study session and the final exam: uniform in [min, max] (0 = stable). */
  gain: [number, number];
  /** Days of study: uniform in [min, max]. */
  days: [number, number];
}

/** One simulated learner, ready to be scored. */
export interface SimLearner {
  answers: ReadinessAnswer[];
  /** When the final exam is taken (the estimator's `now`). */
  examAt: number;
  /** True accuracy per domain (profile order) at the final exam. */
  trueAccuracy: number[];
  /** The final exam: raw scored questions right, the cut drawn for it, and whether it passed. */
  raw: number;
  cut: number;
  passed: boolean;
}

const DAY = 86_400_000;
const GUESS = 0.25;
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const pCorrect = (ability: number, difficulty: number): number => GUESS + (1 - GUESS) * logistic(ability - difficulty);

/** Standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// E_b[pCorrect(a, b)] for b ~ N(0, 1): a fixed 121-point rule on [−6, 6] (Simpson), exact to ~1e-9 here.
const NODES: { b: number; w: number }[] = (() => {
  const n = 120;
  const h = 12 / n;
  const out: { b: number; w: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const b = -6 + i * h;
    const simpson = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
    out.push({ b, w: ((simpson * h) / 3) * (Math.exp(-0.5 * b * b) / Math.sqrt(2 * Math.PI)) });
  }
  return out;
})();

/** The true accuracy of a learner with logit ability `a` on a random question (difficulty ~ N(0, 1)). */
export function expectedAccuracy(a: number): number {
  let s = 0;
  for (const { b, w } of NODES) s += w * pCorrect(a, b);
  return s;
}

const uniform = (random: Random, [lo, hi]: [number, number]): number => lo + (hi - lo) * random();

/** Draws a domain index from (unnormalised) weights. */
function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/**
 * One learner. Ability per domain: a_d(t) = μ + δ_d + gain · min(1, t/T) with μ ~ N(0.6 − gain/2, 0.8) (so that
 * improving cohorts sit about where stable ones are), δ_d ~ N(0, 0.5), t the time since the first session and T the
 * time of the last one (ability grows while studying, then holds until the exam).
 * Study: sessions on random days; each is a mock exam (65 questions in the exam's proportions, 20%), a quick quiz
 * (10 questions in proportion, 40%) or single-domain practice (10–20 questions, 40%, the domain drawn from the
 * learner's own Dirichlet(1,1,1,1) preference: uneven coverage). Each question is drawn uniformly from that domain's
 * part of the learner's bank (420 items in the profile's proportions, difficulties ~ N(0, 1)), so repeats come up
 * naturally. A repeat is right with probability 0.9 if the first answer was right, else min(0.95, p + 0.3) (memory,
 * which the estimator must not mistake for ability). Study continues until the target number of first exposures.
 * The final exam is 1–7 days after the last session: 65 questions, 15 unscored, the scored ones 14/13/11/12, and the
 * raw cut drawn uniformly from passRawRange for this exam.
 */
export function simulateLearner(random: Random, profile: ReadinessProfile, scenario: Scenario): SimLearner {
  const weights = profile.domains.map((d) => d.weight);
  const D = weights.length;
  const gain = uniform(random, scenario.gain);
  const mu = 0.6 - gain / 2 + 0.8 * normal(random);
  const delta = weights.map(() => 0.5 * normal(random));
  const preference = weights.map(() => -Math.log(1 - random())); // Dirichlet(1, …, 1) up to normalisation

  const bankSizes = apportion(420, weights);
  const bank = bankSizes.map((n) => Array.from({ length: n }, () => normal(random)));
  const seen = bank.map((items) => new Array<boolean | undefined>(items.length));

  const target = Math.round(uniform(random, scenario.firstExposures));
  const days = uniform(random, scenario.days);
  const examGap = uniform(random, [1, 7]);
  const start = Date.UTC(2026, 0, 1);

  // Plan the sessions first (which items), until the target number of first exposures; then spread them over the
  // study days (sorted uniform times) and answer them in order, with the ability of that moment.
  const mock = apportion(65, weights);
  const quiz = apportion(10, weights);
  const sessions: { d: number; item: number }[][] = [];
  const planned = bank.map((items) => new Array<boolean>(items.length).fill(false));
  let firsts = 0;
  while (firsts < target) {
    const r = random();
    const counts = r < 0.2 ? mock : r < 0.6 ? quiz : weights.map(() => 0);
    if (r >= 0.6) counts[pickWeighted(random, preference)] = 10 + Math.floor(random() * 11);
    const session: { d: number; item: number }[] = [];
    for (let d = 0; d < D && firsts < target; d++) {
      for (let q = 0; q < counts[d]! && firsts < target; q++) {
        const item = Math.floor(random() * bank[d]!.length);
        if (!planned[d]![item]) {
          planned[d]![item] = true;
          firsts++;
        }
        session.push({ d, item });
      }
    }
    sessions.push(session);
  }
  const times = sessions.map(() => start + random() * days * DAY).sort((x, y) => x - y);
  // Ability grows linearly from the first session to the last one, then stays (learning comes from studying).
  const span = Math.max(1, times[times.length - 1]! - times[0]!);
  const abilityAt = (d: number, t: number): number => mu + delta[d]! + gain * Math.min(1, Math.max(0, (t - times[0]!) / span));
  const answers: ReadinessAnswer[] = [];
  let previousEnd = -Infinity;
  sessions.forEach((session, i) => {
    let t = Math.max(times[i]!, previousEnd + 600_000); // sessions never overlap
    for (const { d, item } of session) {
      const p = pCorrect(abilityAt(d, t), bank[d]![item]!);
      const before = seen[d]![item];
      const correct = before === undefined ? random() < p : random() < (before ? 0.9 : Math.min(0.95, p + 0.3));
      if (before === undefined) seen[d]![item] = correct;
      answers.push({ questionId: `${d}-${item}`, domain: profile.domains[d]!.id, correct, answeredAt: t });
      t += 60_000 + random() * 60_000;
    }
    previousEnd = t;
  });

  const examAt = previousEnd + examGap * DAY;
  const trueAccuracy = weights.map((_, d) => expectedAccuracy(abilityAt(d, examAt)));
  const scored = apportion(profile.questions.scored, weights);
  let raw = 0;
  for (let d = 0; d < D; d++) for (let q = 0; q < scored[d]!; q++) if (random() < pCorrect(abilityAt(d, examAt), normal(random))) raw++;
  const [lo, hi] = profile.passRawRange;
  const cut = lo + Math.floor(random() * (hi - lo + 1));
  return { answers, examAt, trueAccuracy, raw, cut, passed: raw >= cut };
}
