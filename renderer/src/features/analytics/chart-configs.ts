// Each chart as a pure function from analytics figures to a Chart.js configuration (unit-tested);
// the ChartView component only draws what these return.
import type { ChartConfiguration } from 'chart.js';
import type {
  accuracyByTask,
  bankCoverage,
  domainAccuracyOverTime,
  notesMastery,
  scoreTrend,
  timeByDomain,
} from '../../../../electron/shared/analytics/progress.ts';
import type { ExamProfile } from '../../../../electron/shared/bank/types.ts';

/** Colours that stay distinguishable in light, dark and high-contrast themes (and for most colour vision). */
export const PALETTE = ['#2f6fde', '#d9480f', '#2b8a3e', '#ae3ec9', '#e67700', '#0b7285'];

const dateLabel = (at: number) => new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** The most points a trend line draws: more are averaged in consecutive groups (no one reads 1,000 dots). */
export const MAX_TREND_POINTS = 100;

/** Averages consecutive items into at most `max` groups (the mean of `value`, the first item's time). */
export function downsample<T extends { at: number }>(
  items: readonly T[],
  value: (t: T) => number | null,
  max = MAX_TREND_POINTS,
): { at: number; value: number | null }[] {
  const size = Math.max(1, Math.ceil(items.length / max));
  const out: { at: number; value: number | null }[] = [];
  for (let i = 0; i < items.length; i += size) {
    const group = items.slice(i, i + size);
    const values = group.map(value).filter((v): v is number => v !== null);
    out.push({ at: group[0]!.at, value: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null });
  }
  return out;
}
const percentAxis = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } };

/** Scaled score per attempt (averaged in groups past MAX_TREND_POINTS), with the pass mark as a dashed line. */
export function scoreTrendChart(points: ReturnType<typeof scoreTrend>, profile: ExamProfile): ChartConfiguration<'line'> {
  const shown = downsample(points, (p) => p.scaled);
  return {
    type: 'line',
    data: {
      labels: shown.map((p) => dateLabel(p.at)),
      datasets: [
        {
          label: points.length > shown.length ? 'Scaled score (averaged)' : 'Scaled score',
          data: shown.map((p) => (p.value === null ? null : Math.round(p.value))),
          borderColor: PALETTE[0],
          backgroundColor: PALETTE[0],
          tension: 0.2,
        },
        {
          label: `Pass mark (${profile.scale.pass})`,
          data: shown.map(() => profile.scale.pass),
          borderColor: PALETTE[1],
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { min: profile.scale.min, max: profile.scale.max } } },
  };
}

/** Accuracy per domain, attempt by attempt (averaged in groups past MAX_TREND_POINTS). */
export function domainTrendChart(points: ReturnType<typeof domainAccuracyOverTime>, profile: ExamProfile): ChartConfiguration<'line'> {
  const series = profile.domains.map((d) => downsample(points, (p) => p.byDomain[d.id] ?? null));
  return {
    type: 'line',
    data: {
      labels: (series[0] ?? []).map((p) => dateLabel(p.at)),
      datasets: profile.domains.map((d, i) => ({
        label: `Domain ${d.id}`,
        data: series[i]!.map((p) => (p.value === null ? null : Math.round(p.value * 100))),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        spanGaps: true,
        tension: 0.2,
      })),
    },
    options: { animation: false, maintainAspectRatio: false, scales: { y: percentAxis } },
  };
}

/** Accuracy per task statement, weakest first, with the pass line's share for reference. */
export function taskAccuracyChart(tasks: ReturnType<typeof accuracyByTask>, passPercent: number): ChartConfiguration<'bar'> {
  const answered = tasks.filter((t) => t.accuracy !== null);
  return {
    type: 'bar',
    data: {
      labels: answered.map((t) => t.task),
      datasets: [
        {
          label: 'Accuracy',
          data: answered.map((t) => Math.round(t.accuracy! * 100)),
          minBarLength: 4, // a 0% bar still shows, so no tested area looks untested
          backgroundColor: answered.map((t) => (t.accuracy! * 100 >= passPercent ? PALETTE[2]! : PALETTE[1]!)),
        },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, indexAxis: 'y', scales: { x: percentAxis }, plugins: { legend: { display: false } } },
  };
}

/** Mean seconds per question, per domain. */
export function timeChart(domains: ReturnType<typeof timeByDomain>): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: domains.map((d) => `Domain ${d.domain}`),
      datasets: [
        { label: 'Seconds per question', data: domains.map((d) => (d.seconds === null ? 0 : Math.round(d.seconds))), backgroundColor: PALETTE[5] },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
  };
}

/** Questions answered at least once, per domain, against the bank's size. */
export function coverageChart(coverage: ReturnType<typeof bankCoverage>): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: coverage.byDomain.map((d) => `Domain ${d.domain}`),
      datasets: [
        { label: 'Seen', data: coverage.byDomain.map((d) => d.seen), backgroundColor: PALETTE[0] },
        { label: 'Not seen yet', data: coverage.byDomain.map((d) => d.total - d.seen), backgroundColor: '#adb5bd' },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true } } },
  };
}

/** Accuracy per notes section that has answers, weakest first. */
export function notesChart(sections: ReturnType<typeof notesMastery>, passPercent: number): ChartConfiguration<'bar'> {
  const answered = sections.filter((s) => s.accuracy !== null);
  return {
    type: 'bar',
    data: {
      labels: answered.map((s) => s.section.title),
      datasets: [
        {
          label: 'Accuracy',
          data: answered.map((s) => Math.round(s.accuracy! * 100)),
          minBarLength: 4,
          backgroundColor: answered.map((s) => (s.accuracy! * 100 >= passPercent ? PALETTE[2]! : PALETTE[1]!)),
        },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, indexAxis: 'y', scales: { x: percentAxis }, plugins: { legend: { display: false } } },
  };
}

/** The numbers behind a chart as a table: one row per label, one column per dataset. */
export function chartTable(config: ChartConfiguration): { headers: string[]; rows: string[][] } {
  const labels = (config.data.labels ?? []) as unknown[];
  const datasets = config.data.datasets;
  return {
    headers: ['', ...datasets.map((d) => String(d.label ?? ''))],
    rows: labels.map((label, i) => [
      String(label),
      ...datasets.map((d) => (d.data[i] === null || d.data[i] === undefined ? '—' : String(d.data[i]))),
    ]),
  };
}
