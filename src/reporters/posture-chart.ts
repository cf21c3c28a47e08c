// The posture chart of the HTML report: one horizontal bar per row (a layer, an asset), split
// by verdict. Inline SVG, so the report needs no script and no external resource.
import type { Verdict } from "../gate/evaluate.js";
import { VERDICT_DISPLAY_ORDER as CHART_VERDICTS } from "./grouping.js";
import { escapeMarkup as x } from "./markup.js";

export const VERDICT_FILL: Record<Verdict, string> = {
  block: "#c62828",
  warn: "#ef8f00",
  waived: "#7b61b0",
  info: "#3f7cc4",
  ignored: "#9e9e9e",
};

export interface ChartRow {
  label: string;
  counts: Record<Verdict, number>;
}

const LABEL_WIDTH = 200;
const BAR_WIDTH = 300;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const MAX_LABEL = 28;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `…${label.slice(-(MAX_LABEL - 1))}` : label;
}

export function postureChart(title: string, rows: ChartRow[]): string {
  const total = (r: ChartRow) => CHART_VERDICTS.reduce((n, v) => n + r.counts[v], 0);
  const max = rows.reduce((m, row) => Math.max(m, total(row)), 1); // no spread: rows may be many
  const height = rows.length * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  const bars = rows.map((row, i) => {
    const y = 4 + i * ROW_HEIGHT;
    let at = LABEL_WIDTH;
    const segments = CHART_VERDICTS.filter((v) => row.counts[v] > 0).map((v) => {
      const w = Math.max(2, (row.counts[v] / max) * BAR_WIDTH);
      const rect =
        `<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${VERDICT_FILL[v]}">` +
        `<title>${x(`${row.label}: ${row.counts[v]} ${v}`)}</title></rect>`;
      at += w;
      return rect;
    });
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 12}" text-anchor="end">${x(shorten(row.label))}<title>${x(row.label)}</title></text>`,
      ...segments,
      `<text x="${(at + 6).toFixed(1)}" y="${y + 12}">${total(row)}</text>`,
    ].join("");
  });
  return [
    `<svg class="chart" role="img" aria-label="${x(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    ...bars,
    "</svg>",
  ].join("\n");
}

export function chartLegend(): string {
  return `<p class="legend">${CHART_VERDICTS.map(
    (v) => `<span><i style="background:${VERDICT_FILL[v]}"></i>${v}</span>`,
  ).join(" ")}</p>`;
}
