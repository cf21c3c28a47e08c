// Metamorphic test over every real fixture (issue 13): mutations that must never turn a
// blocking result into a pass (test/metamorphic/mutations.ts). Each blocking fixture is gated
// with a policy that blocks every finding; each mutant must end BLOCKED or refused (exit 2),
// and a mutant that only respells the document must give exactly the same findings, on the
// whole-read path and on the streaming one.
//
// `npm test` runs a seeded sample (every mutation kind somewhere, a few per fixture);
// `npm run fuzz` runs every mutant of every fixture on both paths (ZTGATE_METAMORPHIC=full).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { dedupe } from "../src/model/dedupe.js";
import { GateError } from "../src/model/errors.js";
import { evaluate, type Evaluation } from "../src/gate/evaluate.js";
import { explainText } from "../src/commands/explain.js";
import { REPORTERS } from "../src/reporters/index.js";
import { renderMarkdown } from "../src/reporters/markdown.js";
import { type Policy } from "../src/policy/load.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { loadEvidenceStreamingAbove, STREAM_ABOVE_BYTES } from "../src/reports/read.js";
import { MANIFEST, realPath, type ManifestEntry } from "./helpers/manifest.js";
import { mutantsOf, type Mutant } from "./metamorphic/mutations.js";

const FULL = process.env.ZTGATE_METAMORPHIC === "full";
/** Mutants per fixture in the sampled run (npm test); the full run takes all. */
const SAMPLE_PER_FIXTURE = 6;
const NOW = new Date("2026-11-22T00:00:00Z");

// Every finding blocks, suppressed ones included where the policy decides suppressions, so
// "blocking" means "has a finding": a mutant that loses every finding passes and is caught.
const BLOCK_ALL = "version: 1\nsettings:\n  default-action: block\n";
const policy: Policy = await loadPolicy("metamorphic.yml", () => BLOCK_ALL);

type Outcome =
  | { kind: "refused"; message: string }
  | { kind: "gated"; outcome: string; fingerprints: string[]; evaluation?: Evaluation };

const CONTEXT = { color: false, verbosity: "verbose", version: "1", workspace: "/w" } as const;

/**
 * Lines of any output that report text starts (the marker the "injected lines" mutation puts
 * after a line break in every string), or that would be a runner command it wrote: every
 * reporter, the pull request comment, and explain.
 */
function linesReportTextStarts(evaluation: Evaluation): string[] {
  const outputs = [
    ...REPORTERS.map((r) => r.render(evaluation, CONTEXT)),
    renderMarkdown(evaluation, { version: "1" }, { variant: "comment" }),
    evaluation.findings.map((e) => explainText(e, policy)).join(""),
  ];
  return outputs
    .flatMap((o) => o.split(/\r\n|\r|\n|\u2028|\u2029/))
    .filter((l) => /^\s*(?:ZTGATE-INJECTED|::stop-commands)/.test(l) || l.includes("##[warning]"));
}

const work = mkdtempSync(join(tmpdir(), "ztgate-metamorphic-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let written = 0;

/** Gates one report file the way `ztgate check` does; a GateError is exit 2. */
function gate(
  bytes: Uint8Array,
  fileName: string,
  format: string | undefined,
  streamed: boolean,
): Outcome {
  const dir = join(work, String(written++));
  const path = join(dir, fileName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, bytes);
  try {
    const report = loadEvidenceStreamingAbove({ path, format }, streamed ? 0 : STREAM_ABOVE_BYTES);
    const evaluation = evaluate(dedupe(report.findings), policy, NOW, [], { root: dir });
    const fingerprints = evaluation.findings.map((e) => e.finding.fingerprint).sort();
    const gated: Outcome = { kind: "gated", outcome: evaluation.outcome, fingerprints };
    // Not enumerable, so equality checks leave it out: only the injected-lines mutants read it.
    Object.defineProperty(gated, "evaluation", { value: evaluation, enumerable: false });
    return gated;
  } catch (err) {
    if (err instanceof GateError) return { kind: "refused", message: err.describe() };
    throw err;
  }
}

/** A small seeded generator: the sample is the same in every run (and reproducible). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `n` mutants of distinct kinds, the kinds taken in a seeded order: over all fixtures every
 * kind is sampled (checked below), while each fixture gets only a few.
 */
function sample(mutants: Mutant[], n: number, random: () => number): Mutant[] {
  const byKind = new Map<string, Mutant[]>();
  for (const m of mutants) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  const kinds = [...byKind.keys()].sort(() => random() - 0.5);
  return kinds.slice(0, n).map((k) => {
    const pool = byKind.get(k)!;
    return pool[Math.floor(random() * pool.length)]!;
  });
}

const blockingCandidates = MANIFEST.filter((e) => typeof e.expected === "number" && e.expected > 0);

interface Case {
  entry: ManifestEntry;
  baseline: Outcome;
  mutants: Mutant[];
}

const random = seeded(20261202);
const cases: Case[] = [];
/** Every kind any fixture has, to check that the sample leaves none out. */
const allKinds = new Set<string>();
for (const entry of blockingCandidates) {
  const bytes = readFileSync(realPath(entry));
  const input = decodeReport(bytes, entry.file);
  const fileName = entry.file.split("/").pop()!;
  const baseline = gate(bytes, fileName, undefined, false);
  if (baseline.kind !== "gated" || baseline.outcome !== "fail") continue;
  const all = mutantsOf(input.text, input.syntax, fileName);
  for (const m of all) allKinds.add(m.kind);
  cases.push({ entry, baseline, mutants: FULL ? all : sample(all, SAMPLE_PER_FIXTURE, random) });
}

describe("metamorphic: no mutation of a blocking real report makes it pass", () => {
  it("has blocking fixtures of every syntax to mutate", () => {
    expect(cases.length).toBeGreaterThan(50);
    const syntaxes = new Set(
      cases.map((c) => decodeReport(readFileSync(realPath(c.entry)), "x").syntax),
    );
    expect([...syntaxes].sort()).toEqual(["json", "ndjson", "xml"]);
  });

  it("samples every kind of mutation on some fixture", () => {
    const sampled = new Set(cases.flatMap((c) => c.mutants.map((m) => m.kind)));
    expect([...sampled].sort()).toEqual([...allKinds].sort());
    expect(allKinds.size).toBeGreaterThanOrEqual(11);
  });

  describe.each(cases.map((c) => [c.entry.file, c] as [string, Case]))("%s", (_file, c) => {
    const paths = FULL ? [false, true] : [false];
    const rows = c.mutants.flatMap((m) =>
      paths.map((streamed) => [`${m.name}${streamed ? " (streamed)" : ""}`, m, streamed] as const),
    );
    it.each(rows)("%s", (_title, mutant, streamed) => {
      const result = gate(mutant.bytes(), mutant.fileName, undefined, streamed);
      if (mutant.preserving) {
        // The same document respelled: the same findings, never a refusal.
        expect(result).toEqual(c.baseline);
      } else if (result.kind === "gated") {
        expect(result.outcome, "a hostile mutant must stay blocked").toBe("fail");
        // Report text never starts a line of any output, nor writes a runner command.
        if (mutant.kind === "injected lines") {
          expect(linesReportTextStarts(result.evaluation!)).toEqual([]);
        }
      } else {
        // Refused: the message names the file the gate was given.
        expect(result.message).toContain(mutant.fileName.split("\n")[0]);
      }
    });
  });
});
