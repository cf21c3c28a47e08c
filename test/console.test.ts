// Console output: grouping, alignment, colour rules, verbosity, untrusted text, progress.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgress } from "../src/commands/progress.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const payments = join(root, "fixtures/demo/payments-image.trivy.json");
const api = join(root, "fixtures/demo/api-image.trivy.json");
const hostile = join(root, "test/data/hostile.trivy.json");
const ESC = "\u001b[";

describe("console reporter", () => {
  it("groups by verdict, blocking first, ordered by severity inside a group", async () => {
    const r = await ztgate(["check", payments, api]);
    const headers = r.stdout.match(/^[A-Z]+ \(\d+\)$/gm);
    expect(headers).toEqual(["BLOCK (2)", "INFO (7)"]);
    const block = r.stdout.split("INFO (7)")[0]!;
    expect(block.indexOf("  critical  CVE-2019-12900")).toBeLessThan(block.indexOf("  high  "));
  });

  it("aligns the columns of every finding line", async () => {
    const r = await ztgate(["check", payments]);
    const lines = r.stdout.split("\n").filter((l) => /^ {2}[a-z]+ {2,}CVE-/.test(l));
    expect(lines).toHaveLength(5);
    const columnOf = (text: string) => new Set(lines.map((l) => l.indexOf(text)));
    expect(columnOf("CVE-")).toEqual(new Set([12]));
    expect(columnOf("ghcr.io/acme/payments:1.4.2").size).toBe(1);
  });

  const colour: [string, Record<string, string>, boolean, boolean][] = [
    ["not a terminal", {}, false, false],
    ["a terminal", {}, true, true],
    ["a terminal with NO_COLOR", { NO_COLOR: "1" }, true, false],
    ["FORCE_COLOR into a pipe", { FORCE_COLOR: "1" }, false, true],
    ["NO_COLOR beats FORCE_COLOR", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
  ];
  it.each(colour)("colour: %s", async (_name, env, isTTY, coloured) => {
    const r = await ztgate(["check", payments], { env, isTTY });
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });

  it("--quiet prints the verdict only, naming what blocks", async () => {
    const r = await ztgate(["check", "--quiet", payments]);
    expect(r.stdout.trim().split("\n")).toEqual([
      "ztgate: BLOCKED (2 blocking: CVE-2019-12900, CVE-2020-28196; 0 warning; policy built-in:default)",
    ]);
  });

  it("--verbose explains every finding: rule, sources, link and fingerprint", async () => {
    const r = await ztgate(["check", "-v", payments]);
    const explained = r.stdout.match(/^ +why: rule [a-z-]+ \((block|info)\)/gm);
    expect(explained).toHaveLength(5);
    expect(r.stdout).toMatch(/found by: trivy \(.*payments-image\.trivy\.json\)/);
    expect(r.stdout).toMatch(/fingerprint: [0-9a-f]{16}/);
  });

  it("never passes control characters from a report to the terminal", async () => {
    const r = await ztgate(["check", hostile], { env: { NO_COLOR: "1" } });
    expect(r.stdout).toContain('<script>alert("title")</script> ??[2J');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  // payments + api: 2 blocking and 7 info findings.
  const listed: [string, string[], number, number, string | undefined][] = [
    ["by default (100 per group)", [], 2, 7, undefined],
    ["--max-listed 0: all", ["--max-listed", "0"], 2, 7, undefined],
    ["--max-listed 3", ["--max-listed", "3"], 2, 3, "... and 4 more info findings"],
    ["--max-listed 1", ["--max-listed", "1"], 1, 1, "... and 6 more info findings"],
  ];
  it.each(listed)("lists findings %s", async (_name, flags, block, info, more) => {
    const r = await ztgate(["check", ...flags, payments, api], { env: { NO_COLOR: "1" } });
    expect(r.code).toBe(1);
    const [blockPart, infoPart] = r.stdout.split("INFO (7)");
    const findingLines = (text: string) =>
      text.split("\n").filter((l) => /^ {2}[a-z]+ {2,}\S/.test(l));
    expect(findingLines(blockPart!)).toHaveLength(block);
    expect(findingLines(infoPart!)).toHaveLength(info);
    if (more) expect(r.stdout).toContain(more);
    else expect(r.stdout).not.toContain("... and");
    // The counts and the outcome always cover every finding, listed or not.
    expect(r.stdout).toContain("9 findings from 2 reports");
    expect(r.stdout).toContain("BLOCKED (2 blocking: CVE-2019-12900, CVE-2020-28196;");
  });

  it("lists the most severe findings of a group first when it cuts the list", async () => {
    const all = await ztgate(["check", "--max-listed", "0", payments, api]);
    const cut = await ztgate(["check", "--max-listed", "3", payments, api]);
    const infoLines = (text: string) =>
      text
        .split("INFO (7)")[1]!
        .split("\n")
        .filter((l) => /^ {2}[a-z]+ {2,}\S/.test(l));
    expect(infoLines(cut.stdout).map((l) => l.trim().split(/ +/).slice(0, 2))).toEqual(
      infoLines(all.stdout)
        .slice(0, 3)
        .map((l) => l.trim().split(/ +/).slice(0, 2)),
    );
  });

  it.each(["-1", "ten", "1.5"])("--max-listed %s is a usage error (exit 2)", async (value) => {
    const r = await ztgate(["check", `--max-listed=${value}`, payments]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-listed must be a whole number");
  });

  it("prints no progress when stderr is not a terminal", async () => {
    const r = await ztgate(["check", payments, api]);
    expect(r.stderr).toBe("");
  });
});

describe("progress indicator", () => {
  function run(enabled: boolean, times: number[]) {
    let written = "";
    let t = 0;
    const progress = createProgress({ write: (s) => (written += s), enabled, clock: () => t });
    times.forEach((at, i) => {
      t = at;
      progress.step(i, times.length, `r${i}.json`);
    });
    progress.finish();
    return written;
  }

  it("stays silent during the first second", () => {
    expect(run(true, [0, 300, 999])).toBe("");
  });

  it("then shows the report being parsed, and clears its line at the end", () => {
    const out = run(true, [0, 500, 1500, 2500]);
    expect(out).toBe(
      "\r\u001b[2Kztgate: parsing 3/4: r2.json\r\u001b[2Kztgate: parsing 4/4: r3.json\r\u001b[2K",
    );
  });

  it("shows nothing when disabled (stderr is not a terminal)", () => {
    expect(run(false, [0, 5000, 9000])).toBe("");
  });
});
