import { describe, expect, it } from 'vitest';
import {
  apportion,
  betaBinomialPmf,
  betaQuantile,
  DEFAULT_READINESS_OPTIONS,
  estimateReadiness,
  logBeta,
  logGamma,
  rawScoreDistribution,
  READINESS_EXPLANATION,
  regularizedIncompleteBeta,
  type ReadinessAnswer,
  type ReadinessProfile,
} from '../../electron/shared/analytics/readiness.ts';
import { mlaProfile } from '../bench/synthetic-bank.ts';

// The app's ExamProfile must be usable as is (compile-time check: ReadinessProfile is a structural subset).
const profile: ReadinessProfile = mlaProfile();
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

/** `total` first exposures in `domain`, `correct` of them right, one a minute ending at `end`, ids prefixed. */
function answersIn(
  domain: string,
  total: number,
  correct: number,
  { prefix = `d${domain}`, end = NOW, correctFirst = false } = {},
): ReadinessAnswer[] {
  return Array.from({ length: total }, (_, i) => ({
    questionId: `${prefix}-${i}`,
    domain,
    // Spread the right answers evenly unless asked to put them first (oldest).
    correct: correctFirst ? i < correct : Math.floor(((i + 1) * correct) / total) > Math.floor((i * correct) / total),
    answeredAt: end - (total - i) * 60_000,
  }));
}

/** `perDomain` answers in every domain at accuracy `acc`. */
const balanced = (perDomain: number, acc: number): ReadinessAnswer[] =>
  profile.domains.flatMap((d) => answersIn(d.id, perDomain, Math.round(perDomain * acc)));

describe('scored questions per domain', () => {
  it('splits MLA-C01’s 50 scored questions 14/13/11/12 (largest remainder)', () => {
    expect(
      apportion(
        profile.questions.scored,
        profile.domains.map((d) => d.weight),
      ),
    ).toEqual([14, 13, 11, 12]);
  });

  it('always adds up to the total, ties to the earlier domain', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(65, [28, 26, 22, 24])).toEqual([18, 17, 14, 16]);
    expect(apportion(7, [0.2, 0.3, 0.5]).reduce((s, n) => s + n, 0)).toBe(7);
  });
});

describe('special functions', () => {
  it('log Γ and log B against closed forms', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
  });

  it('the regularized incomplete beta against known values', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    expect(regularizedIncompleteBeta(0.3, 2.5, 4.5)).toBeCloseTo(0.40653901668245934, 10);
    expect(regularizedIncompleteBeta(0.9, 30, 5)).toBeCloseTo(0.7504082837878774, 10);
    expect(regularizedIncompleteBeta(0.001, 0.3, 0.7)).toBeCloseTo(0.10807284733274038, 10);
    expect(regularizedIncompleteBeta(0, 2, 2)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 2)).toBe(1);
  });

  it('its inverse (the Beta quantile) against closed forms and reference values', () => {
    for (const p of [0.01, 0.05, 0.3, 0.5, 0.95, 0.999]) {
      expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 12);
      expect(betaQuantile(p, 2, 1)).toBeCloseTo(Math.sqrt(p), 12);
      expect(betaQuantile(p, 1, 3)).toBeCloseTo(1 - Math.pow(1 - p, 1 / 3), 12);
      expect(betaQuantile(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 10); // arcsine law
    }
    expect(betaQuantile(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 12);
    // Reference values from SciPy's beta.ppf.
    expect(betaQuantile(0.05, 10, 20)).toBeCloseTo(0.20049569764949937, 10);
    expect(betaQuantile(0.95, 10, 20)).toBeCloseTo(0.4790119100069734, 10);
    expect(betaQuantile(0.05, 50.3, 12.7)).toBeCloseTo(0.7107628527927285, 10);
    expect(betaQuantile(0.5, 3.7, 1.3)).toBeCloseTo(0.7735136599290247, 10);
    expect(betaQuantile(0.999, 2, 200)).toBeCloseTo(0.04500819669210767, 10);
    expect(betaQuantile(0.01, 0.2, 3) / 2.4953435373464e-11).toBeCloseTo(1, 6);
  });

  it('quantile and CDF are inverse to each other', () => {
    for (const [a, b] of [
      [0.3, 0.4],
      [2, 9],
      [41.5, 12.25],
      [300, 80],
    ] as const) {
      for (const p of [0.05, 0.5, 0.95]) expect(regularizedIncompleteBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
  });
});

describe('raw-score distribution', () => {
  const domains = [
    { n: 2, a: 2.5, b: 1.5 },
    { n: 3, a: 0.7, b: 3.1 },
    { n: 1, a: 4, b: 4 },
  ];

  it('each Beta-Binomial and the convolution sum to 1', () => {
    for (const d of domains) expect(betaBinomialPmf(d.n, d.a, d.b).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    const dist = rawScoreDistribution(domains);
    expect(dist).toHaveLength(7);
    expect(dist.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    const exam = rawScoreDistribution([14, 13, 11, 12].map((n) => ({ n, a: 30, b: 12 })));
    expect(exam).toHaveLength(51);
    expect(exam.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });

  it('matches a brute-force enumeration of every right/wrong pattern', () => {
    // A given pattern with k right of n in a domain has probability B(a+k, b+n−k) / B(a, b) (the accuracy integrated out).
    const total = domains.reduce((s, d) => s + d.n, 0);
    const brute = new Array<number>(total + 1).fill(0);
    for (let mask = 0; mask < 1 << total; mask++) {
      let bit = 0;
      let p = 1;
      let raw = 0;
      for (const d of domains) {
        let k = 0;
        for (let q = 0; q < d.n; q++) k += (mask >> bit++) & 1;
        p *= Math.exp(logBeta(d.a + k, d.b + d.n - k) - logBeta(d.a, d.b));
        raw += k;
      }
      brute[raw]! += p;
    }
    const dist = rawScoreDistribution(domains);
    brute.forEach((p, k) => expect(dist[k]).toBeCloseTo(p, 12));
  });
});

describe('estimateReadiness', () => {
  it('says "not enough data" below 30 first exposures, or with too few in a domain', () => {
    const few = estimateReadiness(balanced(7, 0.8), profile, NOW);
    expect(few.enoughData).toBe(false);
    expect(few.answersUsed).toBe(28);
    expect(few.reason).toMatch(/30/);
    expect(few.passProbability).toBeNull();
    expect(few.passProbabilityRange).toBeNull();
    expect(few.expectedRaw).toBeNull();
    expect(few.byDomain['1']!.answers).toBe(7);

    const oneThin = [...answersIn('1', 40, 30), ...answersIn('2', 40, 30), ...answersIn('3', 40, 30), ...answersIn('4', 3, 2)];
    const thin = estimateReadiness(oneThin, profile, NOW);
    expect(thin.enoughData).toBe(false);
    expect(thin.reason).toMatch(/domain 4/);
    expect(thin.passProbability).toBeNull();

    const none = estimateReadiness([], profile, NOW);
    expect(none.enoughData).toBe(false);
    expect(none.overallAccuracy).toBeNull();

    const enough = estimateReadiness(balanced(8, 0.75), profile, NOW);
    expect(enough.enoughData).toBe(true);
    expect(enough.reason).toBeUndefined();
    expect(enough.passProbability).not.toBeNull();
  });

  it('counts only each question’s first exposure, whatever the order of the list', () => {
    const firsts = balanced(20, 0.6);
    // Every question answered again later, always right, and listed before the first answers.
    const repeats = firsts.map((a) => ({ ...a, correct: true, answeredAt: a.answeredAt + 10 * DAY }));
    const withRepeats = estimateReadiness([...repeats, ...firsts], profile, NOW + 11 * DAY);
    const only = estimateReadiness(firsts, profile, NOW + 11 * DAY);
    expect(withRepeats.answersUsed).toBe(80);
    expect(withRepeats.passProbability).toBeCloseTo(only.passProbability!, 12);
    expect(withRepeats.byDomain).toEqual(only.byDomain);
    // Answers in domains the profile does not know are ignored.
    const stray = estimateReadiness([...firsts, { questionId: 'x', domain: '9', correct: true, answeredAt: NOW }], profile, NOW + 11 * DAY);
    expect(stray.answersUsed).toBe(80);
  });

  it('weights recent answers more (and equally when the half-life is infinite)', () => {
    // Same 60% right in every domain; the right answers either old (first) or recent (last); 40 days apart.
    const history = (recentRight: boolean): ReadinessAnswer[] =>
      profile.domains.flatMap((d) =>
        answersIn(d.id, 40, 24, { correctFirst: !recentRight }).map((a, i) => ({ ...a, answeredAt: NOW - (40 - i) * DAY })),
      );
    const improving = estimateReadiness(history(true), profile, NOW);
    const declining = estimateReadiness(history(false), profile, NOW);
    expect(improving.overallAccuracy!).toBeGreaterThan(0.6);
    expect(declining.overallAccuracy!).toBeLessThan(0.6);
    expect(improving.passProbability!).toBeGreaterThan(declining.passProbability!);
    expect(improving.byDomain['1']!.accuracy).toBeGreaterThan(declining.byDomain['1']!.accuracy);
    const flatA = estimateReadiness(history(true), profile, NOW, { halfLifeDays: Infinity });
    const flatB = estimateReadiness(history(false), profile, NOW, { halfLifeDays: Infinity });
    expect(flatA.passProbability).toBeCloseTo(flatB.passProbability!, 12);
    expect(flatA.overallAccuracy).toBeCloseTo(0.6, 12);
  });

  it('pulls a thin domain toward the overall accuracy, a well-measured one much less', () => {
    const history = [...answersIn('1', 60, 48), ...answersIn('2', 60, 48), ...answersIn('3', 60, 48), ...answersIn('4', 5, 0)];
    const r = estimateReadiness(history, profile, NOW);
    const thin = r.byDomain['4']!;
    // 0 of 5 right, but the learner is at 80% elsewhere: the estimate sits between, nearer the data than a flat guess.
    expect(thin.accuracy).toBeGreaterThan(0.3);
    expect(thin.accuracy).toBeLessThan(0.8);
    expect(r.byDomain['1']!.accuracy).toBeGreaterThan(0.7);
    expect(r.byDomain['1']!.accuracy).toBeLessThan(0.8); // slightly pulled down by domain 4
    // Stronger pooling pulls harder; with almost none the domain follows its own 0 of 5.
    const strong = estimateReadiness(history, profile, NOW, { domainPriorStrength: 200 }).byDomain['4']!;
    const weak = estimateReadiness(history, profile, NOW, { domainPriorStrength: 1 }).byDomain['4']!;
    expect(strong.accuracy).toBeGreaterThan(thin.accuracy);
    expect(weak.accuracy).toBeLessThan(0.2);
    // The same 0 of 5 with 50 answers behind it would stay low: the pull fades with data.
    const measured = estimateReadiness([...history.filter((a) => a.domain !== '4'), ...answersIn('4', 50, 0)], profile, NOW).byDomain['4']!;
    expect(measured.accuracy).toBeLessThan(thin.accuracy - 0.2);
  });

  it('gives domain intervals that contain the estimate and narrow with more data', () => {
    let previous = Infinity;
    for (const perDomain of [10, 40, 160, 640]) {
      const r = estimateReadiness(balanced(perDomain, 0.7), profile, NOW);
      for (const d of profile.domains) {
        const { accuracy, interval90 } = r.byDomain[d.id]!;
        expect(interval90[0]).toBeLessThan(accuracy);
        expect(interval90[1]).toBeGreaterThan(accuracy);
        expect(interval90[0]).toBeGreaterThan(0);
        expect(interval90[1]).toBeLessThan(1);
      }
      const width = r.byDomain['1']!.interval90[1] - r.byDomain['1']!.interval90[0];
      expect(width).toBeLessThan(previous);
      previous = width;
    }
    expect(previous).toBeLessThan(0.07);
  });

  it('gives a pass probability that rises with accuracy, within its cut range', () => {
    let previous = -1;
    for (const acc of [0.4, 0.55, 0.65, 0.7, 0.72, 0.75, 0.8, 0.9]) {
      const r = estimateReadiness(balanced(50, acc), profile, NOW);
      const p = r.passProbability!;
      expect(p).toBeGreaterThan(previous);
      const [strict, lenient] = r.passProbabilityRange!;
      expect(strict).toBeLessThanOrEqual(p);
      expect(lenient).toBeGreaterThanOrEqual(p);
      expect(r.expectedRaw! / 50).toBeCloseTo(acc, 1);
      previous = p;
    }
    expect(estimateReadiness(balanced(50, 0.4), profile, NOW).passProbability!).toBeLessThan(0.01);
    expect(estimateReadiness(balanced(50, 0.9), profile, NOW).passProbability!).toBeGreaterThan(0.99);
  });

  it('keeps one first exposure per question out of 65,000 answers (speed: readinessMs in npm run bench)', () => {
    const many: ReadinessAnswer[] = Array.from({ length: 65_000 }, (_, i) => ({
      questionId: `q${i % 5000}`,
      domain: String(1 + (i % 4)),
      correct: i % 10 < 7,
      answeredAt: NOW - (65_000 - i) * 60_000,
    }));
    const r = estimateReadiness(many, profile, NOW);
    expect(r.answersUsed).toBe(5000);
  });
});

describe('READINESS_EXPLANATION', () => {
  it('is 5–10 plain sentences covering the assumptions', () => {
    const sentences = READINESS_EXPLANATION.split(/(?<=[.;:])\s+(?=[A-Z])/);
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.length).toBeLessThanOrEqual(10);
    for (const phrase of ['first time', 'Recent answers', 'overall accuracy', '34 and 38', 'not enough data yet', '90%']) {
      expect(READINESS_EXPLANATION).toContain(phrase);
    }
    expect(READINESS_EXPLANATION).toContain(String(DEFAULT_READINESS_OPTIONS.minAnswers));
  });
});
