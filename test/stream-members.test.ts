// npm audit streamed member by member ("vulnerabilities{}", "advisories{}"): the same findings,
// in the same order, and the same errors (message, line, column) as reading whole, on the
// real npm fixtures and on generated reports whose entries inherit advisories through `via`.
// Streaming is forced with a threshold of 0 bytes; nothing here is timed.
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import { detectParser, PARSERS } from "../src/reports/parsers/index.js";
import { loadEvidence, loadEvidenceStreamingAbove } from "../src/reports/read.js";
import { streamReport } from "../src/reports/stream/index.js";
import { MANIFEST, realPath } from "./helpers/manifest.js";

const dir = mkdtempSync(join(tmpdir(), "ztgate-members-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The findings as JSON (order included), or the error as the user sees it. */
function outcome(read: () => { findings: unknown[] }): string {
  try {
    return JSON.stringify(read().findings);
  } catch (err) {
    if (!(err instanceof GateError)) throw err;
    return `exit 2: ${err.line ?? "-"}:${err.column ?? "-"} ${err.message}`;
  }
}

/** Whole, then streamed with one member per block and with a few kilobytes per block. */
function outcomes(path: string): string[] {
  const whole = outcome(() => loadEvidence({ path }));
  const streamed = [1, 4096].map((blockBytes) =>
    outcome(() =>
      loadEvidenceStreamingAbove({ path }, 0, { blockBytes, readWholeFallback: false }),
    ),
  );
  return [whole, ...streamed];
}

/** True when the report is streamed (not handed back to be read whole). */
function streams(path: string): boolean {
  const size = statSync(path).size;
  const report = streamReport(path, size, PARSERS, (input) => detectParser(input), {
    readWholeFallback: false,
  });
  return report?.parser.id === "npm-audit";
}

const severities = ["low", "moderate", "high", "critical"] as const;

/**
 * An npm 7 report of `groups` × 3 entries: a package with its own advisories, one that
 * depends on it and on the next group's (chains of ten groups, each a cycle), and one in a
 * cycle with the second. `extra` is spliced into the vulnerabilities object's text.
 */
function npm7(groups: number, indent: number | undefined, extra = ""): string {
  const vulnerabilities: Record<string, unknown> = {};
  for (let g = 0; g < groups; g++) {
    const severity = severities[g % severities.length]!;
    vulnerabilities[`pkg-${g}`] = {
      name: `pkg-${g}`,
      severity,
      isDirect: false,
      via: [
        {
          source: 1000 + g,
          name: `pkg-${g}`,
          dependency: `pkg-${g}`,
          title: `Prototype pollution in pkg-${g}`,
          url: `https://github.com/advisories/GHSA-${g.toString(36).padStart(4, "0")}-aaaa-bbbb`,
          severity,
          cwe: g % 2 ? ["CWE-1321"] : "CWE-400",
          cvss: { score: (g % 10) + 0.5, vectorString: "CVSS:3.1/AV:N" },
          range: "<1.2.3",
        },
        ...(g % 3 === 0 ? [{ source: 5000 + g, name: `pkg-${g}`, title: "Second", severity }] : []),
      ],
      effects: [`dep-${g}`],
      range: "<1.2.3",
      nodes: [`node_modules/pkg-${g}`],
      fixAvailable: g % 2 ? true : { name: `top-${g}`, version: "2.0.0", isSemVerMajor: true },
    };
    vulnerabilities[`dep-${g}`] = {
      name: `dep-${g}`,
      severity,
      isDirect: true,
      // Chains of ten groups, the last one's closing on the first.
      via: [`pkg-${g}`, `dep-${g % 10 === 9 ? g - 9 : (g + 1) % groups}`],
      effects: [`loop-${g}`],
      range: "*",
      nodes: [`node_modules/dep-${g}`],
      fixAvailable: false,
    };
    vulnerabilities[`loop-${g}`] = {
      name: `loop-${g}`,
      severity,
      via: [`dep-${g}`, `loop-${g}`],
      effects: [],
      range: "*",
      nodes: [],
      fixAvailable: false,
    };
  }
  const counts = Object.fromEntries(["info", ...severities].map((s) => [s, 0]));
  for (const entry of Object.values(vulnerabilities)) {
    counts[(entry as { severity: string }).severity]!++;
  }
  const doc = {
    auditReportVersion: 2,
    vulnerabilities: { "@@": 1 },
    metadata: { vulnerabilities: { ...counts, total: groups * 3 } },
  };
  const text = JSON.stringify(doc, null, indent);
  const members = JSON.stringify(vulnerabilities, null, indent);
  return text.replace(/\{\s*"@@":\s*1\s*\}/, () => members.replace(/\}$/, `${extra}}`));
}

describe("npm audit streamed member by member", () => {
  const real = MANIFEST.filter((e) => e.format === "npm-audit");

  it("covers the real npm audit fixtures, v1 and v2", () => {
    expect(real.length).toBeGreaterThanOrEqual(9);
  });

  it.each(real.map((e) => [e.file, realPath(e)] as const))("%s", (_file, path) => {
    const [whole, ...streamed] = outcomes(path);
    expect(whole).not.toMatch(/^exit 2/);
    for (const s of streamed) expect(s).toBe(whole);
    expect(streams(path)).toBe(true);
  });

  it.each([
    ["pretty-printed", 2],
    ["compact", undefined],
  ] as const)("a generated %s report of 3,000 linked entries", (name, indent) => {
    const path = write(`npm7-${name}.json`, npm7(1000, indent));
    const [whole, ...streamed] = outcomes(path);
    expect(JSON.parse(whole!)).toHaveLength(3000);
    for (const s of streamed) expect(s).toBe(whole);
    expect(streams(path)).toBe(true);
  });
});

describe("npm audit streamed: every check of reading whole", () => {
  const entry = (name: string) =>
    JSON.stringify({ name, severity: "low", via: ["pkg-0"], effects: [], range: "*" });
  const cases = [
    // The first member's name again, thousands of bytes (and many blocks) later.
    ["a member named twice, far apart", npm7(40, 2, `, "pkg-0": ${entry("pkg-0")}`)],
    ["a member named twice, once escaped", npm7(40, 2, `, "\\u0070kg-1": ${entry("x")}`)],
    ["a duplicated key inside a member", npm7(5, 2).replace('"isDirect"', '"range": "", "range"')],
    ["totals that disagree", npm7(40, 2, `, "extra": ${entry("extra")}`)],
    ["a member that is not an object", npm7(5, 2, ', "odd": [1]')],
    ["a via element of the wrong shape", npm7(5, 2).replace(/("via": \[\s*)"pkg-0"/, "$17")],
  ] as const;

  it.each(cases)("%s: the same exit 2 streamed as whole", (name, text) => {
    const path = write(`${name.replace(/\W+/g, "-")}.json`, text);
    const [whole, ...streamed] = outcomes(path);
    expect(whole).toMatch(/^exit 2/);
    for (const s of streamed) expect(s).toBe(whole);
  });

  // Broken JSON is exit 2 either way; streamed, the message names a byte offset instead of a
  // line and column (as for every streamed format: the text is never held whole).
  it.each([
    ["an invalid key", npm7(5, 2, ', "bad\tkey": {}')],
    ["a truncated report", npm7(5, 2).slice(0, -30)],
  ] as const)("%s: exit 2 streamed as whole", (name, text) => {
    const path = write(`${name.replace(/\W+/g, "-")}.json`, text);
    for (const o of outcomes(path)) expect(o).toMatch(/^exit 2: .*is not valid JSON/);
  });

  it("a member named __proto__ is a member, as JSON.parse makes it", () => {
    const proto = JSON.stringify({ name: "__proto__", severity: "low", via: ["pkg-0"] });
    const text = npm7(3, 2, `, "__proto__": ${proto}`).replace('"total": 9', '"total": 10');
    const path = write(
      "proto.json",
      text.replace(/"low": (\d+)/, (_m, n) => `"low": ${+n + 1}`),
    );
    const [whole, ...streamed] = outcomes(path);
    expect(JSON.parse(whole!)).toHaveLength(10);
    for (const s of streamed) expect(s).toBe(whole);
  });
});
