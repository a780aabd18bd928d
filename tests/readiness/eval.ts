// Evaluates the readiness estimator on simulated learners whose true abilities are known (see simulate.ts).
//
//   npx tsx tests/readiness/eval.ts --json [--learners N] [--kappa K] [--half-life DAYS] [--seed S]
//
// For each learner: simulate the study history, ask estimateReadiness for P(pass) at the moment of the final
// exam, then compare with the final exam's outcome (raw scored right ≥ a cut drawn uniformly from 34..38 for that
// exam, matching the estimator's own assumption about the unknown cut). Figures (learners with enough data only):
//   brier         mean (P − passed)²
//   oracleBrier   the same for the exact pass probability given the TRUE domain accuracies (Binomial per domain,
//                 convolved, averaged over the cut): the best any estimator can do with this item model
//   naiveBrier    the rule "pass if overall accuracy on first exposures ≥ 72%", as 0/1 (naiveAllAnswersBrier:
//                 the same on every answer, repeats included, as a learner reading their history would)
//   ece           expected calibration error, 10 equal-width bins of P, weighted by bin size (oracleEce: the
//                 oracle's, i.e. the sampling-noise floor of this figure at this number of learners)
//   coverage90    share of (learner, domain) pairs whose 90% interval contains the true domain accuracy: the
//                 expected accuracy on a random question of that domain at the final exam
// The top-level figures are the stable scenario's (about 200 first exposures, about 280 answers with repeats);
// `scenarios` has every scenario, `halfLifeSweep` the recency trade-off between stable and improving learners.
// Learner counts: ECE has a sampling-noise floor (a perfectly calibrated forecaster scores about 0.01 at 5,000
// learners), hence 20,000 in the stable scenario; oracleEce shows the floor. Everything is seeded: same output
// every run. Caveat: the simulated population is centred near the pass line, like the estimator's weak prior.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  apportion,
  convolve,
  DEFAULT_READINESS_OPTIONS,
  estimateReadiness,
  passProbabilities,
  type ReadinessOptions,
  type ReadinessProfile,
} from '../../electron/shared/analytics/readiness.ts';
import { seededRandom } from '../../electron/shared/exam/rng.ts';
import { simulateLearner, type Scenario } from './simulate.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const learnersOverride = flag('--learners');
const seed = Number(flag('--seed') ?? 20260101);
const options: Partial<ReadinessOptions> = {};
if (flag('--kappa') !== undefined) options.domainPriorStrength = Number(flag('--kappa'));
if (flag('--overall-prior') !== undefined) options.overallPriorStrength = Number(flag('--overall-prior'));
if (flag('--half-life') !== undefined) options.halfLifeDays = Number(flag('--half-life'));

const profile = parse(readFileSync(join(import.meta.dirname, '../../question-bank/profiles/mla-c01.yaml'), 'utf8')) as ReadinessProfile;
const NAIVE_CUT = 0.72;

const scenarios: Scenario[] = [
  // The scenario the targets are set on: about 200 first exposures (about 280 answers with repeats), stable ability.
  { name: 'stable', learners: 20000, firstExposures: [170, 230], gain: [0, 0], days: [14, 56] },
  // Learners gaining 0.5–1.5 logits (about +8 to +25 points of accuracy) between their first and last session.
  { name: 'improving', learners: 8000, firstExposures: [170, 230], gain: [0.5, 1.5], days: [14, 56] },
  // Little data: 40–80 first exposures (about half fall short of 5 answers in some domain and get no number).
  { name: 'stableThin', learners: 8000, firstExposures: [40, 80], gain: [0, 0], days: [7, 28] },
  // Most of the bank seen: 350–420 first exposures, many repeats.
  { name: 'stableLarge', learners: 4000, firstExposures: [350, 420], gain: [0, 0], days: [28, 84] },
];

/** The recency trade-off: half-lives tried on stable and improving learners (fewer learners, Brier and coverage only). */
const SWEEP_HALF_LIVES = [7, 14, 21, 60];
const SWEEP_LEARNERS = 3000;

function binomialPmf(n: number, p: number): number[] {
  const out = [Math.pow(1 - p, n)];
  for (let k = 0; k < n; k++) out.push((out[k]! * (n - k) * p) / ((k + 1) * (1 - p)));
  return out;
}

/** Exact pass probability given the true domain accuracies, averaged over the cut range like the estimator. */
function oraclePass(trueAccuracy: readonly number[]): number {
  const scored = apportion(
    profile.questions.scored,
    profile.domains.map((d) => d.weight),
  );
  let dist = [1];
  trueAccuracy.forEach((p, d) => (dist = convolve(dist, binomialPmf(scored[d]!, p))));
  const [lo, hi] = profile.passRawRange;
  const byCut = passProbabilities(dist, lo, hi);
  return byCut.reduce((s, p) => s + p, 0) / byCut.length;
}

const brier = (pred: readonly number[], y: readonly boolean[]): number => pred.reduce((s, p, i) => s + (p - (y[i] ? 1 : 0)) ** 2, 0) / pred.length;

/** Expected calibration error over 10 equal-width bins, and the bins themselves. */
function calibration(pred: readonly number[], y: readonly boolean[]): { ece: number; bins: { n: number; meanP: number; passRate: number }[] } {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, sumP: 0, sumY: 0 }));
  pred.forEach((p, i) => {
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.n++;
    b.sumP += p;
    b.sumY += y[i] ? 1 : 0;
  });
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / pred.length) * Math.abs(b.sumP / b.n - b.sumY / b.n) : 0), 0);
  return { ece, bins: bins.map((b) => ({ n: b.n, meanP: b.n ? round(b.sumP / b.n) : 0, passRate: b.n ? round(b.sumY / b.n) : 0 })) };
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

function runScenario(scenario: Scenario, index: number, options: Partial<ReadinessOptions>, learners?: number) {
  const random = seededRandom(seed + 7919 * index);
  const n = learners ?? (learnersOverride !== undefined ? Number(learnersOverride) : scenario.learners);
  const pred: number[] = [];
  const oracle: number[] = [];
  const naive: number[] = [];
  const naiveAll: number[] = [];
  const outcome: boolean[] = [];
  const widths: number[] = [];
  const coveredByDomain = profile.domains.map(() => ({ hit: 0, n: 0 }));
  let notEnough = 0;
  let answersTotal = 0;
  let firstTotal = 0;
  let estimatorMs = 0;
  for (let l = 0; l < n; l++) {
    const learner = simulateLearner(random, profile, scenario);
    const t0 = performance.now();
    const r = estimateReadiness(learner.answers, profile, learner.examAt, options);
    estimatorMs += performance.now() - t0;
    answersTotal += learner.answers.length;
    firstTotal += r.answersUsed;
    if (!r.enoughData || r.passProbability === null) {
      notEnough++;
      continue;
    }
    pred.push(r.passProbability);
    oracle.push(oraclePass(learner.trueAccuracy));
    const firstSeen = new Map<string, boolean>();
    for (const a of [...learner.answers].sort((x, y) => x.answeredAt - y.answeredAt))
      if (!firstSeen.has(a.questionId)) firstSeen.set(a.questionId, a.correct);
    const firstAcc = [...firstSeen.values()].filter(Boolean).length / firstSeen.size;
    const allAcc = learner.answers.filter((a) => a.correct).length / learner.answers.length;
    naive.push(firstAcc >= NAIVE_CUT ? 1 : 0);
    naiveAll.push(allAcc >= NAIVE_CUT ? 1 : 0);
    outcome.push(learner.passed);
    profile.domains.forEach((d, i) => {
      const [lo, hi] = r.byDomain[d.id]!.interval90;
      const truth = learner.trueAccuracy[i]!;
      coveredByDomain[i]!.n++;
      if (lo <= truth && truth <= hi) coveredByDomain[i]!.hit++;
      widths.push(hi - lo);
    });
  }
  const cal = calibration(pred, outcome);
  const hits = coveredByDomain.reduce((s, c) => s + c.hit, 0);
  const pairs = coveredByDomain.reduce((s, c) => s + c.n, 0);
  return {
    learners: n,
    withEstimate: pred.length,
    notEnoughData: notEnough,
    meanAnswers: round(answersTotal / n, 1),
    meanFirstExposures: round(firstTotal / n, 1),
    passRate: round(mean(outcome.map((y) => (y ? 1 : 0)))),
    meanPassProbability: round(mean(pred)),
    brier: round(brier(pred, outcome)),
    oracleBrier: round(brier(oracle, outcome)),
    naiveBrier: round(brier(naive, outcome)),
    naiveAllAnswersBrier: round(brier(naiveAll, outcome)),
    ece: round(cal.ece),
    oracleEce: round(calibration(oracle, outcome).ece),
    meanAbsDiffFromOracle: round(mean(pred.map((p, i) => Math.abs(p - oracle[i]!)))),
    coverage90: round(hits / pairs),
    coverage90ByDomain: Object.fromEntries(profile.domains.map((d, i) => [d.id, round(coveredByDomain[i]!.hit / coveredByDomain[i]!.n)])),
    meanInterval90Width: round(mean(widths)),
    estimatorMsPerLearner: round(estimatorMs / n, 3),
    calibrationBins: cal.bins,
  };
}

const started = performance.now();
const results = Object.fromEntries(scenarios.map((s, i) => [s.name, runScenario(s, i, options)]));
const halfLifeSweep = SWEEP_HALF_LIVES.map((halfLifeDays) => {
  const pick = (i: number) => {
    const r = runScenario(scenarios[i]!, i, { ...options, halfLifeDays }, SWEEP_LEARNERS);
    return { brierMinusOracle: round(r.brier - r.oracleBrier), ece: r.ece, coverage90: r.coverage90 };
  };
  return { halfLifeDays, stable: pick(0), improving: pick(1) };
});
const stable = results['stable']!;
const report = {
  scenario: 'stable',
  brier: stable.brier,
  oracleBrier: stable.oracleBrier,
  naiveBrier: stable.naiveBrier,
  ece: stable.ece,
  coverage90: stable.coverage90,
  brierMinusOracle: round(stable.brier - stable.oracleBrier),
  targets: {
    brierMinusOracleAtMost0015: stable.brier - stable.oracleBrier <= 0.015,
    eceAtMost002: stable.ece <= 0.02,
    coverage90Within087To093: stable.coverage90 >= 0.87 && stable.coverage90 <= 0.93,
    betterThanNaive: stable.brier < stable.naiveBrier,
  },
  seed,
  options,
  defaults: DEFAULT_READINESS_OPTIONS,
  scenarios: Object.fromEntries(scenarios.map((s) => [s.name, { settings: s, ...results[s.name]! }])),
  halfLifeSweep,
  seconds: round((performance.now() - started) / 1000, 1),
};

if (json) console.log(JSON.stringify(report));
else console.log(JSON.stringify(report, null, 2));
