// Sections of the markdown report about the policy rather than single findings: missing or
// stale evidence, waivers that need attention, layer coverage, and posture per control × asset.
import type { Verdict } from "../gate/evaluate.js";
import { LAYERS } from "../model/vocabulary.js";
import type { WaiverStatus } from "../policy/waivers.js";
import type { Section } from "./markdown-view.js";
import { cell, code, details, plural, table } from "./markdown-text.js";

export const evidence: Section = (ev) => {
  if (ev.errors.length === 0 && ev.warnings.length === 0) return undefined;
  return [
    "### Evidence",
    "",
    ...ev.errors.map((e) => `- ⛔ ${cell(e, 300)}`),
    ...ev.warnings.map((w) => `- ⚠️ ${cell(w, 300)}`),
  ];
};

const WAIVER_LABEL: Record<WaiverStatus, string | undefined> = {
  expired: "⛔ expired",
  "over-long": "⛔ over-long",
  unapproved: "⛔ unapproved",
  "expiring-soon": "⏳ expires within 14 days",
  unused: "💤 unused",
  active: undefined,
};

export const waivers: Section = (ev, view) => {
  const flagged = ev.waivers.filter((w) => WAIVER_LABEL[w.status]);
  if (flagged.length === 0) return undefined;
  const rows = flagged
    .slice(0, Math.max(view.rows, 5))
    .map((w) => [
      code(w.id, 60),
      WAIVER_LABEL[w.status] ?? "",
      cell(w.owner, 60),
      w.expires,
      String(w.findings),
      cell(w.message, 160),
    ]);
  return [
    `### Waivers that need attention (${flagged.length})`,
    "",
    ...table(["waiver", "status", "owner", "expires", "findings", "what to do"], rows),
  ];
};

export const coverage: Section = (ev, view) => {
  if (view.variant !== "summary" && ev.errors.length === 0) return undefined;
  const rows = LAYERS.map((l) => {
    const paths = ev.coverage[l] ?? [];
    return [
      l,
      paths.length ? `✅ ${plural(paths.length, "report")}` : "— no report",
      paths
        .slice(0, 3)
        .map((p) => code(p, 60))
        .join(" "),
    ];
  });
  return ["### Layer coverage", "", ...table(["layer", "evidence", "reports"], rows)];
};

/** Evidence per asset × layer: the reports that are evidence for each asset, and what is missing. */
export const assetEvidence: Section = (ev, view) => {
  const assets = ev.assetEvidence ?? [];
  if (assets.length === 0 || (view.variant !== "summary" && ev.errors.length === 0))
    return undefined;
  const shown = LAYERS.filter((l) => assets.some((a) => a.layers[l] || a.required.includes(l)));
  if (shown.length === 0) return undefined;
  const rows = assets.slice(0, Math.max(view.rows, 5)).map((a) => [
    cell(a.asset, 40),
    a.classification,
    ...shown.map((l) => {
      const n = a.layers[l]?.length ?? 0;
      if (n) return `✅ ${plural(n, "report")}${a.required.includes(l) ? " (required)" : ""}`;
      return a.required.includes(l) ? "⛔ required, no report" : "—";
    }),
  ]);
  return ["### Evidence per asset", "", ...table(["asset", "classification", ...shown], rows)];
};

const MARK: [Verdict, string][] = [
  ["block", "❌"],
  ["warn", "⚠️"],
  ["info", "ℹ️"],
];

/** Posture per control × asset: the worst verdict in each cell and how many findings share it. */
export const posture: Section = (ev, view) => {
  const gating = ev.findings.filter((e) => e.controls.length > 0 && e.verdict !== "ignored");
  if (gating.length === 0 || view.rows === 0) return undefined;
  const assetOf = (a?: string) => a ?? "(no asset)";
  const assets = [...new Set(gating.map((e) => assetOf(e.asset)))].sort().slice(0, 8);
  const controls = [...new Set(gating.flatMap((e) => e.controls))].sort().slice(0, 30);
  const rows = controls.map((c) => [
    code(c, 40),
    ...assets.map((a) => {
      const here = gating.filter((e) => assetOf(e.asset) === a && e.controls.includes(c));
      for (const [verdict, mark] of MARK) {
        const n = here.filter((e) => e.verdict === verdict).length;
        if (n) return `${mark} ${n}`;
      }
      return here.length ? `✅ ${here.length} waived` : "✅";
    }),
  ]);
  const body = table(["control", ...assets.map((a) => cell(a, 40))], rows);
  return view.variant === "summary"
    ? ["### Posture per control and asset", "", ...body]
    : details("Posture per control and asset", body);
};
