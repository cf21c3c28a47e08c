// docs/formats.md has one section per parser `ztgate formats` lists, and each says how the
// report's own totals are cross-checked (`Totals:`) and which status values and suppressions
// are read (`Statuses and suppressions:`). A parser added without them fails here. The format
// list comes from the CLI, not from src/, so the test holds whatever src/'s layout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const DOC = readFileSync(join(import.meta.dirname, "../docs/formats.md"), "utf8");

/** The ids under "Report formats" in `ztgate formats`: the first word of each indented line. */
function reportFormats(stdout: string): string[] {
  const block = stdout.split(/^Report formats.*\n/m)[1]?.split(/\n\s*\n/)[0] ?? "";
  return block
    .split("\n")
    .filter((l) => /^ {2}\S/.test(l))
    .map((l) => l.trim().split(/\s+/)[0]!);
}

/** Each `## ` section's id (the heading's first word) and its lines up to the next heading. */
function sections(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of markdown.split("\n")) {
    const heading = /^## (\S+)/.exec(line);
    if (heading) out.set(heading[1]!, (current = []));
    else if (/^#{1,2} /.test(line)) current = undefined;
    else current?.push(line);
  }
  return out;
}

/** The text of a `LABEL:` statement: the line starting with it and its continuation lines. */
function statement(lines: string[], label: string): string | undefined {
  const at = lines.findIndex((l) => l.startsWith(`${label}:`));
  if (at < 0) return undefined;
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => l.trim() === "" || /^[A-Z][\w ]*:/.test(l) || /^[-|#]/.test(l));
  return [lines[at]!, ...rest.slice(0, end < 0 ? rest.length : end)]
    .join(" ")
    .slice(label.length + 1)
    .trim();
}

const LABELS = ["Totals", "Statuses and suppressions"];

describe("docs/formats.md", () => {
  it("`ztgate formats` lists the report formats (the list this test reads)", async () => {
    const r = await ztgate(["formats"]);
    expect(r.code).toBe(0);
    expect(reportFormats(r.stdout)).toContain("trivy");
    expect(reportFormats(r.stdout).length).toBeGreaterThanOrEqual(16);
  });

  it("has one section per report format, and none for a format ztgate does not have", async () => {
    const ids = reportFormats((await ztgate(["formats"])).stdout);
    expect([...sections(DOC).keys()].sort()).toEqual([...ids].sort());
  });

  it("states the totals check and the statuses and suppressions read, for every format", async () => {
    const ids = reportFormats((await ztgate(["formats"])).stdout);
    const missing = ids.flatMap((id) =>
      LABELS.filter((label) => (statement(sections(DOC).get(id) ?? [], label) ?? "") === "").map(
        (label) => `${id}: no "${label}:" line`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it("reads a statement and its continuation lines, not a statement inside a bullet", () => {
    const lines = ["Totals: none: the format", "writes no totals.", "", "- Totals: x"];
    expect(statement(lines, "Totals")).toBe("none: the format writes no totals.");
    expect(statement(["- Totals: none"], "Totals")).toBeUndefined();
    expect(statement(["Totals:"], "Totals")).toBe("");
  });
});
