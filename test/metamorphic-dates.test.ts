// Metamorphic test of first-seen dates (test/metamorphic/date-mutations.ts): every real
// fixture whose scanner dates its findings is gated with a deadline on every severity, then
// with its dates rewritten, the original days kept as a baseline's. The same instant in another
// zone gives the same days open; a later day never fewer days open than the baseline's; a date
// that cannot be read is exit 2 naming the file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { dedupe } from "../src/model/dedupe.js";
import { evaluate } from "../src/gate/evaluate.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { loadEvidenceStreamingAbove, STREAM_ABOVE_BYTES } from "../src/reports/read.js";
import { MANIFEST, realPath, type ManifestEntry } from "./helpers/manifest.js";
import { mutantWriter, refusedOr } from "./metamorphic/workdir.js";
import { dateMutantsOf, type DateMutant } from "./metamorphic/date-mutations.js";

const FULL = process.env.ZTGATE_METAMORPHIC === "full";
const NOW = new Date("2026-11-22T00:00:00Z");
const POLICY = `version: 1
settings:
  default-action: block
deadlines:
  - { severity: [critical, high, medium, low, info], days: 30 }
`;
const policy = await loadPolicy("metamorphic-dates.yml", () => POLICY);

/** Per finding with a deadline, its first-seen day and days open; or the refusal's message. */
type Dated = { refused: string } | { days: Map<string, { day: string; open: number }> };

const write = mutantWriter("ztgate-metamorphic-dates-");

function gate(
  text: string,
  fileName: string,
  streamed: boolean,
  baseline?: ReadonlyMap<string, string>,
): Dated {
  const { dir, path } = write(fileName, text);
  return refusedOr(() => {
    const report = loadEvidenceStreamingAbove({ path }, streamed ? 0 : STREAM_ABOVE_BYTES);
    const options = { root: dir, firstSeen: baseline };
    const evaluation = evaluate(dedupe(report.findings), policy, NOW, [], options);
    const days = new Map<string, { day: string; open: number }>();
    for (const e of evaluation.findings) {
      if (e.deadline)
        days.set(e.finding.fingerprint, { day: e.deadline.firstSeen, open: e.deadline.daysOpen });
    }
    return { days };
  });
}

interface Case {
  entry: ManifestEntry;
  fileName: string;
  original: Map<string, { day: string; open: number }>;
  mutants: DateMutant[];
}

const cases: Case[] = [];
for (const entry of MANIFEST) {
  if (typeof entry.expected !== "number" || entry.expected === 0) continue;
  const input = decodeReport(readFileSync(realPath(entry)), entry.file);
  if (input.syntax !== "json") continue;
  const mutants = dateMutantsOf(JSON.parse(input.text) as unknown);
  if (mutants.length === 0) continue;
  const fileName = entry.file.split("/").pop()!;
  const original = gate(input.text, fileName, false);
  if ("refused" in original || original.days.size === 0) continue;
  // Only reports whose scanner dated some finding (days open > 0) say anything here.
  if (![...original.days.values()].some((d) => d.open > 0)) continue;
  cases.push({ entry, fileName, original: original.days, mutants });
}

describe("metamorphic: no rewritten first-seen date makes a finding younger", () => {
  it("has dated fixtures to mutate", () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases.map((c) => [c.entry.file, c] as [string, Case]))("%s", (_file, c) => {
    const recorded = new Map([...c.original].map(([fp, d]) => [fp, d.day]));
    const rows = c.mutants.flatMap((m) =>
      (FULL ? [false, true] : [false]).map(
        (streamed) => [`${m.name}${streamed ? " (streamed)" : ""}`, m, streamed] as const,
      ),
    );
    it.each(rows)("%s", (_title, mutant, streamed) => {
      const text = JSON.stringify(mutant.doc, null, 2);
      if (mutant.kind === "unreadable") {
        const result = gate(text, c.fileName, streamed);
        expect("refused" in result, "an unreadable date must be exit 2").toBe(true);
        if ("refused" in result) expect(result.refused).toContain(c.fileName);
        return;
      }
      if (mutant.kind === "same instant") {
        expect(gate(text, c.fileName, streamed)).toEqual({ days: c.original });
        return;
      }
      const result = gate(text, c.fileName, streamed, recorded);
      if ("refused" in result) return;
      const younger = [...c.original].filter(
        ([fp, before]) => (result.days.get(fp)?.open ?? -1) < before.open,
      );
      expect(younger, "a later date shortened the days open").toEqual([]);
    });
  });
});
