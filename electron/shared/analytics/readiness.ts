// Readiness: the chance of passing the real exam, estimated from one learner's own history.
//
// There is no population of learners to calibrate item difficulty on, so the model treats each
// domain's questions as interchangeable draws: on a question of domain d the learner is right with
// probability p_d (item difficulty and guessing are folded into p_d, which is what the exam samples).
// Hierarchy: the domain accuracies p_d are Beta(κθ, κ(1−θ)) around the learner's overall accuracy θ,
// and θ has a weak prior centred on the pass line (worth 10 answers: with no data, passing is a coin toss). Integrating over θ (on a grid) lets a thin domain borrow strength from the
// others without pretending that θ is known. The exam's raw score is then the sum over domains of a
// Beta-Binomial on that domain's scored questions, convolved exactly, and the pass probability is
// averaged over the unknown cut. Everything here is pure arithmetic: no Node, DOM or Electron.

/** One answer, as the estimator reads it (mock exams, quizzes and practice; the caller leaves out spaced reviews). */
export interface ReadinessAnswer {
  questionId: string;
  domain: string;
  correct: boolean;
  /** Epoch milliseconds. */
  answeredAt: number;
}

/** What the estimator needs of an exam profile: a structural subset of ExamProfile, so an ExamProfile can be passed as is. */
export interface ReadinessProfile {
  domains: { id: string; weight: number }[];
  questions: { scored: number };
  /** The range of raw cuts (correct scored questions needed to pass) that AWS's unpublished mapping plausibly uses. */
  passRawRange: [number, number];
}

/** Tuning of the model; the defaults were chosen on simulated learners (tests/readiness/eval.ts). */
export interface ReadinessOptions {
  /** An answer's weight halves for every this many days it is older than the newest answer (or `now`). */
  halfLifeDays: number;
  /** κ: how many answers' worth of pull each domain gets toward the overall accuracy. */
  domainPriorStrength: number;
  /**
   * Strength (in answers) of the neutral starting point for the overall accuracy: centred on the middle of the
   * cut range (72% for MLA-C01), where the chance of passing is about even. 0 = flat prior.
   */
  overallPriorStrength: number;
  /** First-exposure answers needed before a pass probability is shown. */
  minAnswers: number;
  /** First-exposure answers needed in every domain before a pass probability is shown. */
  minPerDomain: number;
}

/** The defaults: see tests/readiness/eval.ts for the simulation that supports them. */
export const DEFAULT_READINESS_OPTIONS: Readonly<ReadinessOptions> = Object.freeze({
  halfLifeDays: 21,
  domainPriorStrength: 30,
  overallPriorStrength: 10,
  minAnswers: 30,
  minPerDomain: 5,
});

/** The estimate for one domain. */
export interface DomainReadiness {
  /** First-exposure answers in this domain (unweighted count). */
  answers: number;
  /** Posterior mean of the accuracy on a new question of this domain. */
  accuracy: number;
  /** Equal-tailed 90% credible interval of that accuracy. */
  interval90: [number, number];
}

/** What estimateReadiness returns; the numbers are null whenever enoughData is false. */
export interface Readiness {
  enoughData: boolean;
  /** Why there is not enough data yet (plain words for the learner); absent when there is. */
  reason?: string;
  /** First-exposure answers in the profile's domains. */
  answersUsed: number;
  /** P(pass), averaged over the cuts in passRawRange (each equally likely). */
  passProbability: number | null;
  /** [P(pass) at the strictest cut, P(pass) at the most lenient cut]. */
  passProbabilityRange: [number, number] | null;
  /** Expected number of scored questions right. */
  expectedRaw: number | null;
  /** Per domain of the profile; filled even without enough data (with the counts), but show it only when enoughData. */
  byDomain: Record<string, DomainReadiness>;
  /** Share of first exposures answered correctly, recent answers weighing more; null when there are none. */
  overallAccuracy: number | null;
}

const DAY_MS = 86_400_000;
/** Grid over the overall accuracy θ: fine enough that its posterior (never narrower than ≈ 0.03, see below) is well resolved. */
const THETA_GRID = 100;
/** Grid points whose posterior weight is below this share of the largest are dropped (their total is negligible). */
const THETA_CUTOFF = 1e-9;

/**
 * Splits `total` scored questions across domains by weight, by largest remainder (ties go to the earlier
 * domain), so the parts always add up to the total: 14/13/11/12 of 50 for MLA-C01.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, n) => s + n, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; reflection below 0.5): about 15 significant digits. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) s += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** ln B(a, b). */
export const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

/** Continued fraction of the incomplete beta (modified Lentz), valid for x < (a+1)/(a+b+2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta I_x(a, b): the CDF at x of a Beta(a, b) distribution. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // The continued fraction converges fast only on the near side of the mean; use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p. A normal or power-law first guess, then
 * Newton steps kept inside a bracket that shrinks every step (bisection whenever Newton would leave it),
 * so it always converges, including for a or b below 1.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let x: number;
  if (a >= 1 && b >= 1) {
    // Abramowitz & Stegun 26.5.22 from a normal quantile (26.2.22).
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = t - (2.30753 + 0.27061 * t) / (1 + t * (0.99229 + 0.04481 * t));
    if (p < 0.5) z = -z;
    const lambda = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(h + lambda)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    // Near 0 the CDF behaves like x^a / (a B), near 1 like 1 − (1−x)^b / (b B): invert whichever applies.
    const lnB = logBeta(a, b);
    const left = Math.exp(a * Math.log(a / (a + b)) - lnB) / a;
    x = p < left ? Math.exp((Math.log(a * p) + lnB) / a) : 1 - Math.exp((Math.log(b * (1 - p)) + lnB) / b);
  }
  if (!(x > 0 && x < 1)) x = 0.5;
  let lo = 0;
  let hi = 1;
  const lnB = logBeta(a, b);
  for (let i = 0; i < 100; i++) {
    const f = regularizedIncompleteBeta(x, a, b) - p;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next = density > 0 && Number.isFinite(density) ? x - f / density : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-14 * Math.max(x, 1e-300) || hi - lo < 1e-15) return next;
    x = next;
  }
  return x;
}

/**
 * P(k successes in n) for k = 0..n when the success probability is Beta(a, b): the posterior predictive
 * of the number right among a domain's scored questions. Computed by the ratio of successive terms
 * (no factorials, no overflow).
 */
export function betaBinomialPmf(n: number, a: number, b: number): number[] {
  const pmf = new Array<number>(n + 1);
  // P(0) = B(a, n+b) / B(a, b) = Π_{j<n} (b+j)/(a+b+j).
  let p0 = 1;
  for (let j = 0; j < n; j++) p0 *= (b + j) / (a + b + j);
  pmf[0] = p0;
  for (let k = 0; k < n; k++) pmf[k + 1] = (pmf[k]! * (n - k) * (k + a)) / ((k + 1) * (n - k - 1 + b));
  return pmf;
}

/** The distribution of the sum of two independent counts, given their distributions (index = count). */
export function convolve(x: readonly number[], y: readonly number[]): number[] {
  const out = new Array<number>(x.length + y.length - 1).fill(0);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi === 0) continue;
    for (let j = 0; j < y.length; j++) out[i + j]! += xi * y[j]!;
  }
  return out;
}

/**
 * The distribution of the raw score (0..Σn) when domain d contributes a Beta-Binomial(n_d, a_d, b_d)
 * count, the domains independent: the exact convolution of the per-domain distributions.
 */
export function rawScoreDistribution(domains: readonly { n: number; a: number; b: number }[]): number[] {
  let dist = [1];
  for (const d of domains) dist = convolve(dist, betaBinomialPmf(d.n, d.a, d.b));
  return dist;
}

/** P(raw ≥ cut) for each cut in [lo, hi]: the pass probability at each candidate cut. */
export function passProbabilities(dist: readonly number[], lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let cut = lo; cut <= hi; cut++) {
    let tail = 0;
    for (let k = Math.max(0, cut); k < dist.length; k++) tail += dist[k]!;
    out.push(Math.min(1, tail));
  }
  return out;
}

interface DomainData {
  answers: number;
  /** Recency-weighted successes and failures, rescaled to the effective sample size (see below). */
  s: number;
  f: number;
  sumW: number;
  sumWC: number;
  sumW2: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Estimates the chance of passing from the learner's answers.
 *
 * - Only each question's first exposure counts (the earliest answeredAt): a repeat mostly measures memory of that item.
 * - Answers in domains the profile does not know are ignored.
 * - Recency: weight 2^(−age / halfLife), age from max(now, newest answer). Within a domain the weights are
 *   rescaled so that they add up to the effective sample size (Σw)²/Σw²: recent answers move the estimate more,
 *   old ones are not thrown away, and the certainty never exceeds what the data can give. (So only relative ages
 *   matter: a long pause by itself does not change the estimate.)
 * - The cut is uniform over the integers of passRawRange; the range reported is P(pass) at its two ends.
 */
export function estimateReadiness(
  answers: readonly ReadinessAnswer[],
  profile: ReadinessProfile,
  now: number,
  options: Partial<ReadinessOptions> = {},
): Readiness {
  const opts: ReadinessOptions = { ...DEFAULT_READINESS_OPTIONS, ...options };
  const domainIds = profile.domains.map((d) => d.id);
  const D = domainIds.length;
  // A linear scan beats a Map lookup for the handful of domains an exam has (this loop runs once per answer).
  const domainOf = (id: string): number => {
    for (let i = 0; i < D; i++) if (domainIds[i] === id) return i;
    return -1;
  };

  // First exposure of each question (ties: the first in the list), as an index into `answers`. The map holds
  // numbers, not objects, and each answer's domain is looked up once: this pass is the whole cost on a long history.
  const first = new Map<string, number>();
  const domainOfAnswer = new Int32Array(answers.length);
  let newest = now;
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i]!;
    const d = domainOf(a.domain);
    domainOfAnswer[i] = d;
    if (d < 0) continue;
    const seen = first.get(a.questionId);
    if (seen === undefined || a.answeredAt < answers[seen]!.answeredAt) first.set(a.questionId, i);
    if (a.answeredAt > newest) newest = a.answeredAt;
  }

  const data: DomainData[] = domainIds.map(() => ({ answers: 0, s: 0, f: 0, sumW: 0, sumWC: 0, sumW2: 0 }));
  const halfLifeMs = opts.halfLifeDays * DAY_MS;
  const decay = halfLifeMs > 0 && Number.isFinite(halfLifeMs) ? Math.LN2 / halfLifeMs : 0;
  for (const i of first.values()) {
    const a = answers[i]!;
    const d = data[domainOfAnswer[i]!]!;
    const w = Math.exp(-decay * (newest - a.answeredAt));
    d.answers++;
    d.sumW += w;
    d.sumW2 += w * w;
    if (a.correct) d.sumWC += w;
  }
  let allW = 0;
  let allWC = 0;
  for (const d of data) {
    allW += d.sumW;
    allWC += d.sumWC;
    if (d.sumW2 > 0) {
      const k = d.sumW / d.sumW2; // scales Σw to (Σw)²/Σw², the effective number of answers
      d.s = k * d.sumWC;
      d.f = k * (d.sumW - d.sumWC);
    }
  }
  const answersUsed = first.size;
  const overallAccuracy = allW > 0 ? allWC / allW : null;

  // Posterior of θ on a grid: the weak prior × Π_d Beta-Binomial marginal likelihood of domain d's data given θ.
  // (Without that prior, estimates from little data come out too extreme: see the stableThin scenario of the eval.)
  // Even with unlimited data θ stays uncertain (only D domain accuracies inform it), so a 0.01 grid is ample.
  const kappa = Math.max(1e-6, opts.domainPriorStrength);
  const [cutLo, cutHi] = profile.passRawRange;
  const priorMean = Math.min(0.99, Math.max(0.01, (cutLo + cutHi) / 2 / Math.max(1, profile.questions.scored)));
  const s0 = Math.max(0, opts.overallPriorStrength);
  const thetas: number[] = [];
  const logPost: number[] = [];
  let maxLog = -Infinity;
  for (let g = 0; g < THETA_GRID; g++) {
    const theta = (g + 0.5) / THETA_GRID;
    const a0 = kappa * theta;
    const b0 = kappa * (1 - theta);
    const lb0 = logBeta(a0, b0);
    let lp = s0 > 0 ? (s0 * priorMean - 1) * Math.log(theta) + (s0 * (1 - priorMean) - 1) * Math.log1p(-theta) : 0;
    for (const d of data) if (d.s + d.f > 0) lp += logBeta(a0 + d.s, b0 + d.f) - lb0;
    thetas.push(theta);
    logPost.push(lp);
    if (lp > maxLog) maxLog = lp;
  }
  const weights = logPost.map((lp) => Math.exp(lp - maxLog));
  let total = 0;
  for (let g = 0; g < THETA_GRID; g++) {
    if (weights[g]! < THETA_CUTOFF) weights[g] = 0;
    total += weights[g]!;
  }

  const scored = apportion(
    profile.questions.scored,
    profile.domains.map((d) => d.weight),
  );
  const raw = new Array<number>(profile.questions.scored + 1).fill(0);
  const m1 = new Array<number>(D).fill(0);
  const m2 = new Array<number>(D).fill(0);
  for (let g = 0; g < THETA_GRID; g++) {
    const w = weights[g]! / total;
    if (w === 0) continue;
    const theta = thetas[g]!;
    let dist = [1];
    for (let i = 0; i < D; i++) {
      const a = kappa * theta + data[i]!.s;
      const b = kappa * (1 - theta) + data[i]!.f;
      const mean = a / (a + b);
      m1[i]! += w * mean;
      m2[i]! += (w * mean * (a + 1)) / (a + b + 1);
      dist = convolve(dist, betaBinomialPmf(scored[i]!, a, b));
    }
    for (let k = 0; k < dist.length; k++) raw[k]! += w * dist[k]!;
  }

  // Domain accuracy: a mixture of Betas over θ, summarised by the Beta with the same mean and variance.
  const byDomain: Record<string, DomainReadiness> = {};
  for (let i = 0; i < D; i++) {
    const mean = clamp01(m1[i]!);
    const variance = Math.max(m2[i]! - mean * mean, 1e-12);
    const nu = Math.max((mean * (1 - mean)) / variance - 1, 1e-6);
    const a = Math.max(mean * nu, 1e-6);
    const b = Math.max((1 - mean) * nu, 1e-6);
    byDomain[domainIds[i]!] = { answers: data[i]!.answers, accuracy: mean, interval90: [betaQuantile(0.05, a, b), betaQuantile(0.95, a, b)] };
  }

  const thin = profile.domains.filter((d, i) => data[i]!.answers < opts.minPerDomain).map((d) => d.id);
  let reason: string | undefined;
  if (answersUsed < opts.minAnswers)
    reason = `Answer at least ${opts.minAnswers} different questions (so far ${answersUsed}); only the first answer to each question counts.`;
  else if (thin.length > 0)
    reason = `Answer at least ${opts.minPerDomain} different questions in every domain (too few so far in domain ${thin.join(', ')}).`;
  if (reason !== undefined)
    return {
      enoughData: false,
      reason,
      answersUsed,
      passProbability: null,
      passProbabilityRange: null,
      expectedRaw: null,
      byDomain,
      overallAccuracy,
    };

  const byCut = passProbabilities(raw, Math.min(cutLo, cutHi), Math.max(cutLo, cutHi));
  const passProbability = clamp01(byCut.reduce((s, p) => s + p, 0) / byCut.length);
  const expectedRaw = raw.reduce((s, p, k) => s + p * k, 0);
  return {
    enoughData: true,
    answersUsed,
    passProbability,
    passProbabilityRange: [clamp01(byCut[byCut.length - 1]!), clamp01(byCut[0]!)],
    expectedRaw,
    byDomain,
    overallAccuracy,
  };
}

/** "How is this computed?": the model in plain words, for the learner (the figures are the defaults' and MLA-C01's). */
export const READINESS_EXPLANATION = [
  'This estimate uses only the first time you answered each question: answering a question again mostly shows that you remember it, so repeats (and spaced reviews) are left out.',
  'Recent answers count more than old ones, so the estimate follows your progress: an answer given three weeks before your latest counts half as much.',
  'For each domain we estimate your accuracy from your answers in it, pulled toward your overall accuracy: a domain with few answers stays close to your overall accuracy, while a domain with many answers speaks for itself.',
  'Until you have answered a good number of questions, the estimate also leans a little toward the pass line (as much as 10 answers would), so a few lucky or unlucky answers do not swing it.',
  'The range shown for each domain is where your accuracy lies with 90% probability given your answers, and it narrows as you answer more.',
  'We then work out the chance of each possible number of right answers among the exam’s 50 scored questions (14, 13, 11 and 12 from the four domains), allowing both for what we do not know about your accuracy and for the luck of which questions you get.',
  'AWS does not publish how many right answers pass (it reports a scaled score, 720 to pass), so we assume the cut is somewhere between 34 and 38 of 50, each equally likely, and average over them; the range shown is the chance at the strictest and at the most lenient cut.',
  'The estimate assumes the real exam’s questions are about as hard as this app’s, which nobody can check, and it trails behind you if you are improving fast (it is then too pessimistic): treat it as a guide, not a promise.',
  'A number appears only after you have answered at least 30 different questions, with at least 5 in every domain; until then you see “not enough data yet”.',
].join(' ');
