// Cross-scanner dedupe merges copies of one finding (the same fingerprint: id, package and
// place, whatever the tool). The merge must never take away what a copy alone would have been
// judged on: an identifier (id, alias, check id), its scanner category or its licence. The
// more severe copy's fields come first, but where it has none the other's stay: a copy without
// a category (Checkov's SARIF beside its JSON) dropped the category, and with it every control
// that claims it (a wrong pass under zero-trust: microsegmentation blocks, "other high" warns).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judge } from "../src/gate/judge.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { dedupe } from "../src/model/dedupe.js";
import { makeFinding } from "../src/model/make-finding.js";
import type { Finding } from "../src/model/finding.js";
import type { Severity } from "../src/model/vocabulary.js";
import { lowercaseIdentifiers } from "../src/policy/conditions.js";
import { controlsOf } from "../src/policy/controls.js";
import { compileLicense } from "../src/policy/license-condition.js";

const dir = mkdtempSync(join(tmpdir(), "ztgate-dedupe-"));
writeFileSync(join(dir, "zt.yml"), "version: 1\nextends: [zero-trust]\n");
const policy = await loadPolicy(join(dir, "zt.yml"));
const { controls } = policy;
const NO_WAIVERS = { waivers: [] };
const STRICTNESS: Record<string, number> = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };
const strictness = (verdict: string) => STRICTNESS[verdict] ?? 0;

interface Copy {
  tool: string;
  severity: Severity;
  ruleId?: string;
  category?: string;
  license?: string;
  target?: string;
}

/** One copy of CKV_AWS_999 (listed by no control) at main.tf:3, as a tool reported it. */
function copy(c: Copy): Finding {
  return makeFinding(
    {
      tool: c.tool,
      layer: "iac",
      id: "CKV_AWS_999",
      title: "t",
      severity: c.severity,
      location: { path: "main.tf", startLine: 3 },
      ruleId: c.ruleId,
      category: c.category,
      license: c.license,
      target: c.target,
    },
    `${c.tool}.json`,
  );
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const copies: fc.Arbitrary<Copy> = fc.record({
  tool: fc.constant("checkov"),
  severity: fc.constantFrom<Severity>("critical", "high", "medium", "low", "unknown"),
  // Check ids no control lists, one microsegmentation lists, and one hygiene lists: a listed
  // id wins over a category within one copy, but never over another copy's category.
  ruleId: maybe(
    fc.constantFrom("CKV2_AWS_999", "tool-check-1", "aws-vpc-no-public-egress-sgr", "CKV_AWS_23"),
  ),
  category: maybe(fc.constantFrom("NETWORKING", "CONVENTION")),
  license: maybe(fc.constantFrom("MIT", "GPL-3.0-only", "Apache-2.0")),
  target: maybe(fc.constantFrom("aws_security_group.a", "aws_instance.b")),
});

const controlsOfFinding = (f: Finding) => controlsOf(f, controls, lowercaseIdentifiers(f));
const denyGpl = compileLicense({ deny: ["GPL-*"] }, "block");

describe("dedupe merge keeps what each copy would be judged on", () => {
  it("a copy whose check id is listed as hygiene does not take the other copy's category claim", () => {
    const hygiene = copy({ tool: "checkov", severity: "high", ruleId: "CKV_AWS_23" });
    const networking = copy({ tool: "checkov", severity: "low", category: "NETWORKING" });
    expect(controlsOfFinding(hygiene)).toEqual(["hygiene"]);
    for (const order of [
      [hygiene, networking],
      [networking, hygiene],
    ]) {
      const [merged] = dedupe(order);
      expect(controlsOfFinding(merged!)).toEqual(expect.arrayContaining(["microsegmentation"]));
    }
  });

  it("two copies naming different categories keep both claims", () => {
    const a = copy({ tool: "checkov", severity: "high", category: "CONVENTION" });
    const b = copy({ tool: "checkov", severity: "low", category: "NETWORKING" });
    const [merged] = dedupe([a, b]);
    expect(controlsOfFinding(merged!)).toEqual(
      expect.arrayContaining(["microsegmentation", "hygiene"]),
    );
  });

  it("keeps the category of a copy when the more severe one has none (a real control)", () => {
    const json = copy({ tool: "checkov", severity: "unknown", category: "NETWORKING" });
    const sarif = copy({ tool: "checkov", severity: "high" });
    for (const order of [
      [json, sarif],
      [sarif, json],
    ]) {
      const [merged] = dedupe(order);
      expect(merged!.category).toBe("NETWORKING");
      expect(controlsOfFinding(merged!)).toContain("microsegmentation");
    }
  });

  it("ranks an unknown severity as the policy judges it: a copy saying low does not win", () => {
    const unknown = copy({ tool: "checkov", severity: "unknown" });
    const low = copy({ tool: "checkov", severity: "low" });
    const [merged] = dedupe([unknown, low], "high");
    expect(judge(merged!, policy, NO_WAIVERS).effectiveSeverity).toBe("high");
    expect(dedupe([unknown, low])[0]!.severity).toBe("low");
  });

  it("on random copies: every identifier, a category, a target, a denied licence and the verdict survive", () => {
    fc.assert(
      fc.property(copies, copies, (a, b) => {
        const [fa, fb] = [copy(a), copy(b)];
        const [merged] = dedupe([fa, fb], policy.settings.unknownSeverity);
        expect(dedupe([fa, fb])).toHaveLength(1);
        const ids = new Set(lowercaseIdentifiers(merged!));
        for (const id of [...lowercaseIdentifiers(fa), ...lowercaseIdentifiers(fb)]) {
          expect(ids).toContain(id);
        }
        // Judged on the merged copy, the finding is at least as strict as on either alone.
        const rank = (f: Finding) => strictness(judge(f, policy, NO_WAIVERS).verdict);
        expect(rank(merged!)).toBeGreaterThanOrEqual(Math.max(rank(fa), rank(fb)));
        // Every control either copy alone belongs to, the merged finding belongs to.
        const controlsOf = (f: Finding) => judge(f, policy, NO_WAIVERS).controls;
        for (const f of [fa, fb]) {
          for (const c of controlsOf(f)) expect(controlsOf(merged!)).toContain(c);
        }
        const categories = [a.category, b.category].filter((c) => c !== undefined);
        if (categories.length > 0) expect(categories).toContain(merged!.category);
        if (a.target !== undefined || b.target !== undefined) expect(merged!.target).toBeDefined();
        for (const f of [fa, fb]) {
          if (f.license !== undefined && denyGpl.matches(f, "info")) {
            expect(denyGpl.matches(merged!, "info")).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
