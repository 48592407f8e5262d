import { INSTRUMENTS, type InstrumentCode } from './instruments.js';
import type { MeasureText } from './messages/index.js';
import type { ScorePoint } from './queries.js';

/**
 * One measure's scores over sessions as a server-drawn SVG over its severity bands, and the
 * same numbers as a table. The picture is for a glance; the table is the accessible truth
 * (screen readers, zoom, copying), so both are always drawn. Colours come from classes
 * (styles/measures.css), never inline styles, which the CSP refuses; dark mode follows the
 * tokens.
 */
/**
 * Drawn for a phone first: 400 units wide, so at a 390 px screen (about 358 px of column) a
 * unit is about 0.9 px and the 14-unit labels (styles/measures.css) stay above 12 px; the
 * stylesheet caps the width on a desk so they do not grow much past body text. The band
 * labels take the right-hand column, name above range, so the longest ("Moderately severe",
 * "Moderadamente grave") fits without clipping.
 */
const W = 400;
const H = 250;
const LEFT = 34;
const RIGHT = 172;
const TOP = 10;
const BOTTOM = 30;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;
/** Line height of a two-line band label, in SVG units. */
const LABEL_LINE = 16;
/** More sessions than this and only every few get a date under them (short dates fit four). */
const MAX_LABELS = 4;

/** Tenths of a unit are finer than any screen shows, and keep the markup short. */
const round = (n: number) => Math.round(n * 10) / 10;

type Props = {
  m: MeasureText;
  instrument: InstrumentCode;
  points: ScorePoint[];
  fmt: (d: Date) => string;
  /** A short form of the date for under the chart ("Dec 6"); the table has the full one. */
  short?: (d: Date) => string;
  /** Show each PHQ-9 answer to question 9 in the table (the therapists' view). */
  item9?: boolean;
  options?: readonly string[];
};

export function ScoreChart({ m, instrument, points, fmt, short, item9, options }: Props) {
  const inst = INSTRUMENTS[instrument];
  const y = (score: number) => round(TOP + ((inst.max - score) / inst.max) * PLOT_H);
  const x = (i: number) =>
    round(LEFT + (points.length <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (points.length - 1)));
  const bands = inst.bands.map((b, i) => ({
    band: b.band,
    from: b.from,
    to: inst.bands[i + 1]?.from ?? inst.max,
  }));
  const first = points[0];
  const last = points[points.length - 1];
  const describe = (p: ScorePoint) => m.chart.point(p.score, m.bands[p.band]);
  const summary =
    first && last
      ? m.chart.summary(inst.label, points.length, describe(first), describe(last))
      : '';
  const every = Math.ceil(points.length / MAX_LABELS);
  const lastIndex = points.length - 1;
  // Every few sessions get a date, and the last always does: one that would crowd it is skipped.
  const dated = (i: number) => i === lastIndex || (i % every === 0 && lastIndex - i >= every);
  // The two lines' baselines sit either side of the band's middle.
  const labelY = (b: { from: number; to: number }) =>
    round((y(b.from) + y(b.to)) / 2 - LABEL_LINE / 2 + 5);
  const id = `chart-${instrument}`;
  const showItem9 = item9 && instrument === 'phq9';
  return (
    <figure class="measure-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{m.chart.caption(inst.label)}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="measure-chart__svg"
        focusable="false"
      >
        <title id={`${id}-title`}>{m.chart.caption(inst.label)}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bands.map((b) => (
          <g>
            <rect
              class={`chart-band chart-band--${b.band}`}
              x={LEFT}
              y={y(b.to)}
              width={PLOT_W}
              height={round(y(b.from) - y(b.to))}
            />
            <text class="chart-band-label" x={LEFT + PLOT_W + 8} y={labelY(b)}>
              <tspan>{m.bands[b.band]}</tspan>
              <tspan x={LEFT + PLOT_W + 8} dy={LABEL_LINE}>
                {`${b.from}–${b.to === inst.max ? inst.max : b.to - 1}`}
              </tspan>
            </text>
            <text class="chart-tick" x={LEFT - 6} y={y(b.from) + 5} text-anchor="end">
              {String(b.from)}
            </text>
          </g>
        ))}
        <text class="chart-tick" x={LEFT - 6} y={y(inst.max) + 5} text-anchor="end">
          {String(inst.max)}
        </text>
        {points.length > 1 ? (
          <polyline
            class="chart-line"
            points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}
          />
        ) : null}
        {points.map((p, i) => (
          <g>
            <circle class="chart-point" cx={x(i)} cy={y(p.score)} r={5}>
              <title>{`${fmt(p.startsAt)}: ${describe(p)}`}</title>
            </circle>
            {dated(i) ? (
              <text class="chart-tick" x={x(i)} y={H - BOTTOM + 20} text-anchor="middle">
                {(short ?? fmt)(p.startsAt)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <table class="table-stack measure-table">
        <caption>{m.chart.dataTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.chart.session}</th>
            <th scope="col">{m.chart.score}</th>
            <th scope="col">{m.chart.band}</th>
            {showItem9 ? <th scope="col">{m.chart.item9}</th> : null}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr>
              <th scope="row" data-label={m.chart.session}>
                {fmt(p.startsAt)}
              </th>
              <td data-label={m.chart.score}>{`${p.score} / ${inst.max}`}</td>
              <td data-label={m.chart.band}>{m.bands[p.band]}</td>
              {showItem9 ? (
                <td data-label={m.chart.item9}>{options?.[p.answers[8] ?? 0] ?? ''}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
