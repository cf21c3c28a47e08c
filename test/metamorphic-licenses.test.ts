// Metamorphic test of licence verdicts (test/metamorphic/license-mutations.ts): every real
// fixture with licence findings is judged with the built-in licenses pack on a restricted asset,
// then with its licence texts respelled. An equivalent spelling may judge a licence more
// strictly, never more loosely; a licence replaced by an unreadable text is unknown, which the
// pack blocks on a restricted asset. Every mutant is gated (they are few); the full run
// (ZTGATE_METAMORPHIC=full) gates each on the streaming path too.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { dedupe } from "../src/model/dedupe.js";
import { evaluate } from "../src/gate/evaluate.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { loadEvidenceStreamingAbove, STREAM_ABOVE_BYTES } from "../src/reports/read.js";
import { MANIFEST, realPath, type ManifestEntry } from "./helpers/manifest.js";
import { mutantWriter, refusedOr } from "./metamorphic/workdir.js";
import { licenseMutantsOf, type LicenseMutant } from "./metamorphic/license-mutations.js";

const FULL = process.env.ZTGATE_METAMORPHIC === "full";
const NOW = new Date("2026-11-22T00:00:00Z");
const POLICY = "version: 1\nextends: [licenses]\ndefault-classification: restricted\n";
const policy = await loadPolicy("metamorphic-licenses.yml", () => POLICY);
const RANK: Record<string, number> = { pass: 0, info: 1, warn: 2, block: 3 };

/** Per licence finding (by package and place), its verdict; or the refusal's message. */
type Judged = { refused: string } | { verdicts: Map<string, string>; outcome: string };

const write = mutantWriter("ztgate-metamorphic-licenses-");

function judge(text: string, fileName: string, streamed: boolean): Judged {
  const { dir, path } = write(fileName, text);
  return refusedOr(() => {
    const report = loadEvidenceStreamingAbove({ path }, streamed ? 0 : STREAM_ABOVE_BYTES);
    const evaluation = evaluate(dedupe(report.findings), policy, NOW, [], { root: dir });
    const verdicts = new Map<string, string>();
    for (const e of evaluation.findings.filter((x) => x.finding.layer === "license")) {
      const f = e.finding;
      const key = `${f.package?.name ?? ""}@${f.package?.version ?? ""} ${f.target ?? ""}`;
      const before = verdicts.get(key);
      // Several licence findings of one package: the strictest stands for it.
      if (!before || RANK[e.verdict]! > RANK[before]!) verdicts.set(key, e.verdict);
    }
    return { verdicts, outcome: evaluation.outcome };
  });
}

interface Case {
  entry: ManifestEntry;
  fileName: string;
  baseline: { verdicts: Map<string, string>; outcome: string };
  mutants: LicenseMutant[];
}

const cases: Case[] = [];
for (const entry of MANIFEST) {
  if (typeof entry.expected !== "number") continue;
  const input = decodeReport(readFileSync(realPath(entry)), entry.file);
  if (input.syntax !== "json") continue;
  const fileName = entry.file.split("/").pop()!;
  const baseline = judge(input.text, fileName, false);
  if ("refused" in baseline || baseline.verdicts.size === 0) continue;
  const mutants = licenseMutantsOf(JSON.parse(input.text) as unknown);
  if (mutants.length > 0) cases.push({ entry, fileName, baseline, mutants });
}

describe("metamorphic: no respelling of a licence loosens its verdict", () => {
  it("has licence fixtures of every licence source to mutate", () => {
    const formats = new Set(cases.map((c) => c.entry.file.split("/")[0]));
    expect([...formats].sort()).toEqual(expect.arrayContaining(["licenses", "trivy"]));
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(cases.some((c) => [...c.baseline.verdicts.values()].includes("block"))).toBe(true);
  });

  describe.each(cases.map((c) => [c.entry.file, c] as [string, Case]))("%s", (_file, c) => {
    const rows = c.mutants.flatMap((m) =>
      (FULL ? [false, true] : [false]).map(
        (streamed) => [`${m.name}${streamed ? " (streamed)" : ""}`, m, streamed] as const,
      ),
    );
    it.each(rows)("%s", (_title, mutant, streamed) => {
      const result = judge(JSON.stringify(mutant.doc, null, 2), c.fileName, streamed);
      if ("refused" in result) {
        expect(result.refused).toContain(c.fileName);
        return;
      }
      // The same licence findings, none lost (a lost one is a licence nobody judges).
      expect([...result.verdicts.keys()].sort()).toEqual([...c.baseline.verdicts.keys()].sort());
      if (c.baseline.outcome === "fail") expect(result.outcome).toBe("fail");
      const loosened = [...c.baseline.verdicts].filter(
        ([key, before]) => RANK[result.verdicts.get(key)!]! < RANK[before]!,
      );
      const unreadable = mutant.kind === "unreadable licence";
      const notBlocked = [...result.verdicts].filter(([, v]) => v !== "block");
      expect(unreadable ? notBlocked : loosened, "a respelled licence judged more loosely").toEqual(
        [],
      );
    });
  });
});
