// Issue 13 (verdict integrity): text from reports and policies cannot take over ztgate's output.
// On a CI runner a line whose first non-blank characters are "::" (or that contains "##[") is
// a workflow command (actions/runner src/Runner.Common/ActionCommand.cs: TryParseV2 trims
// leading whitespace, TryParse finds "##[" anywhere in the line), and on a terminal ESC, BEL,
// CR and the bidi overrides rewrite what the reader sees. Every line ztgate prints goes
// through one sink (src/io/sink.ts) applying one rule (src/model/safe-text.ts); reporters apply it to
// each value they place. These tests run the CLI for real on reports whose names and fields
// carry those characters, scan src/ for prints that bypass the sink, and throw arbitrary
// strings at every reporter.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate, type Evaluation } from "../src/gate/evaluate.js";
import { makeFinding, type FindingInput } from "../src/model/make-finding.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { explainText } from "../src/commands/explain.js";
import { REPORTERS } from "../src/reporters/index.js";
import { renderMarkdown } from "../src/reporters/markdown.js";
import { linkUrl } from "../src/model/safe-text.js";
import { actionOutput, guardIO } from "../src/io/sink.js";
import { HOSTILE_STRINGS } from "./fuzz/mutate.js";
import { scratch } from "./fuzz/outcome.js";
import { ztgate } from "./helpers/cli.js";

const work = scratch();
afterAll(() => work.dispose());

// Characters that act on a terminal, a CI runner or the reading order, raw in output.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What the runner would read as a command: "::" first after blanks, or "##[" anywhere. */
const isCommandLine = (line: string) => /^\s*::/.test(line) || /##(vso|teamcity)?\[/i.test(line);
/** The annotations ztgate itself writes: one command, properties escaped. */
const OUR_ANNOTATION = /^::(error|warning|notice) (file|line|endLine|title)=[^:\r\n]*::[^\r\n]*$/;

/** Lines as the runner splits a log (CR, LF, CRLF). */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

function problems(text: string, annotations = 0): string[] {
  const found: string[] = [];
  const commands = linesOf(text).filter(isCommandLine);
  const ours = commands.filter((l) => OUR_ANNOTATION.test(l) && !/##(vso|teamcity)?\[/i.test(l));
  if (commands.length !== ours.length || ours.length !== annotations) {
    found.push(`workflow commands: ${JSON.stringify(commands)}`);
  }
  const unsafe = UNSAFE.exec(text);
  if (unsafe) found.push(`raw U+${unsafe[0].charCodeAt(0).toString(16).padStart(4, "0")}`);
  return found;
}

const HOSTILE =
  "x\n::add-mask::hidden\r\n::error file=a.js::forged \u001b[2K\u0007\u202e##[stop-commands]t";
// No "[" or "]": they would make the argument a glob.
const NAME = "trivy\n::error::forged\u001bc\u0007\u202e.json";

function trivyReport(title: string, url = "https://avd.aquasec.com/nvd/cve-2099-0013"): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: "app",
    ArtifactType: "container_image",
    Results: [
      {
        Target: `img\n::error::target`,
        Class: "os-pkgs",
        Type: "alpine",
        Vulnerabilities: [
          {
            VulnerabilityID: "CVE-2099-0013",
            PkgName: `pkg\n::stop-commands::t`,
            InstalledVersion: "1",
            FixedVersion: "2",
            Severity: "CRITICAL",
            Title: title,
            Description: title,
            PrimaryURL: url,
          },
        ],
      },
    ],
  });
}

function reportDir(name: string, content: string): { dir: string; path: string } {
  const dir = join(work.dir, `case-${readdirSync(work.dir).length}`);
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}

describe("a report named with a newline and ::error:: cannot start a command in any output", () => {
  const report = reportDir(NAME, trivyReport(HOSTILE));
  // A policy that warns about the report's missing timestamp, naming the file.
  writeFileSync(
    join(report.dir, "ztgate.yml"),
    "version: 1\nextends: [default]\nrequire:\n  max-report-age: 7d\n",
  );
  const strict = join(report.dir, "strict.yml");
  writeFileSync(
    strict,
    "version: 1\nextends: [default]\nrequire:\n  max-report-age: 7d\n  timestamps: true\n",
  );
  const P = report.path;
  writeFileSync(`${P}.bad`, "{}");
  const cases: [string, string[], number, number][] = [
    ["check -v (console, warnings naming the file)", ["check", "-v", P], 1, 0],
    ["check -o annotations", ["check", P, "-o", "annotations"], 1, 1],
    ...REPORTERS.filter((r) => r.id !== "annotations").map(
      (r): [string, string[], number, number] => [
        `check -o ${r.id}`,
        ["check", P, "-o", r.id],
        1,
        0,
      ],
    ),
    [
      "check with missing evidence (errors naming the file)",
      ["check", P, "--policy", strict],
      2,
      0,
    ],
    ["explain", ["explain", "CVE-2099-0013", P], 0, 0],
    ["explain -o json", ["explain", "CVE-2099-0013", P, "-o", "json"], 0, 0],
    ["parse -o json", ["parse", P, "-o", "json"], 0, 0],
    ["a report that is not there (a GateError naming it)", ["check", `${P}.missing`], 2, 0],
    ["an unrecognised report", ["check", `${P}.bad`], 2, 0],
    ["an unknown output format", ["check", P, "-o", "x\n::error::y"], 2, 0],
    ["an unknown command", ["\n::error::x\u001b[2J"], 2, 0],
  ];
  it.each(cases)("%s", async (_name, args, code, annotations) => {
    const r = await ztgate(args, { cwd: report.dir });
    expect(r.code, r.stderr).toBe(code);
    expect(problems(r.stdout, annotations)).toEqual([]);
    expect(problems(r.stderr)).toEqual([]);
  });

  it("the hook (local.reports naming the file, its command's name)", async () => {
    const dir = join(report.dir, "hook");
    mkdirSync(dir);
    const yaml = JSON.stringify({
      version: 1,
      extends: ["default"],
      local: { reports: [report.path], commands: [{ name: "scan\n::error::x", run: "true" }] },
    });
    writeFileSync(join(dir, "ztgate.yml"), yaml);
    const r = await ztgate(["hook", "run"], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(problems(r.stdout)).toEqual([]);
    expect(problems(r.stderr)).toEqual([]);
    expect(r.stderr).toContain("trivy?::error::forged");
    expect(r.stderr).toContain("running scan?::error::x: true");
  });

  it("validate and test: a policy named and written with newlines and ::error::", async () => {
    const policy = join(report.dir, "policy\n::error::p.yml");
    const waiver =
      '{ id: "CVE-1\\n::add-mask::x", reason: not reachable, owner: someone, expires: 2020-01-01 }';
    const rule = "{ id: r, when: { severity: critical }, action: block }";
    writeFileSync(policy, `version: 1\nrules:\n  - ${rule}\nwaivers:\n  - ${waiver}\n`);
    for (const args of [
      ["validate", "--policy", policy],
      ["test", "--policy", policy],
    ]) {
      const r = await ztgate(args, { cwd: report.dir });
      expect(r.stderr, args[0]).not.toMatch(/error:/);
      expect(problems(r.stdout), args[0]).toEqual([]);
      expect(problems(r.stderr), args[0]).toEqual([]);
      expect(
        linesOf(r.stdout + r.stderr).filter((l) => /^\s*\?:/.test(l)),
        args[0],
      ).toEqual([]);
      expect(r.stdout + r.stderr, args[0]).toContain("policy?::error::p.yml");
    }
  });

  it("the file name is still recognisable where it is shown", async () => {
    const r = await ztgate(["check", "-v", report.path], { cwd: report.dir });
    expect(r.stdout).toContain("trivy?::error::forged?c??.json");
  });
});

describe("explain and annotations print finding text through the one rule", () => {
  it("a title with \\n::stop-commands:: and an id starting with :: in explain", async () => {
    const report = reportDir(
      "r.json",
      trivyReport("t\n::stop-commands::x").replace("CVE-2099-0013", "::add-mask::CVE"),
    );
    const r = await ztgate(["explain", "::add-mask::CVE", report.path], { cwd: report.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(problems(r.stdout)).toEqual([]);
    expect(r.stdout).toContain("?:add-mask::CVE");
  });

  it("-o annotations writes ESC, BEL, C1 controls and bidi overrides as ?", async () => {
    const report = reportDir("r.json", trivyReport("a\u001b[2Kb\u0007c\u009bd\u202ee\u2066f"));
    const r = await ztgate(["check", report.path, "-o", "annotations"], { cwd: report.dir });
    expect(problems(r.stdout, 1)).toEqual([]);
    expect(r.stdout).toContain("a?[2Kb?c?d?e?f");
  });
});

describe("the sink: whatever a command writes, each line passes the rule", () => {
  const captured = (env: Record<string, string> = {}, stderrIsTTY = false) => {
    const out = { stdout: "", stderr: "" };
    const io = guardIO({
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      cwd: "/",
      env,
      isTTY: false,
      now: new Date(0),
      stderrIsTTY,
    });
    return { io, out };
  };
  const FORGED =
    "a\n::error::x\n  ::add-mask::y\r::z\u001b[2J\u0007##[stop-commands]t\u202e\r\n::w";

  it.each([
    ["text", FORGED, "a\n?:error::x\n  ?:add-mask::y?::z?[2J??#[stop-commands]t?\r\n?:w"],
    ["colours only with FORCE_COLOR", "\u001b[31mred\u001b[0m", "?[31mred?[0m"],
  ])("stdout: %s", (_name, text, shown) => {
    const { io, out } = captured();
    io.stdout(text);
    expect(out.stdout).toBe(shown);
  });

  it("keeps the console's colours when colour is wanted, and no other sequence", () => {
    const { io, out } = captured({ FORCE_COLOR: "1" });
    io.stdout("\u001b[31mred\u001b[0m \u001b[8mhidden\u001b[0m");
    expect(out.stdout).toBe("\u001b[31mred\u001b[0m ?[8mhidden\u001b[0m");
  });

  it("lets ztgate's own annotations through as commands, nothing else", () => {
    const { io, out } = captured();
    io.stdout(
      "::error file=a.ts,title=t::m \u001b[2K::x ##[add-mask]y\n::add-mask::z\n::warning::w\n",
      "workflow-commands",
    );
    expect(out.stdout).toBe(
      "::error file=a.ts,title=t::m ?[2K::x ?#[add-mask]y\n?:add-mask::z\n::warning::w\n",
    );
  });

  it.each([
    [true, "\r\u001b[2Kztgate: parsing 1/2: a.json"],
    [false, "??[2Kztgate: parsing 1/2: a.json"],
  ])("erases the progress line only on a terminal stderr (%s)", (tty, shown) => {
    const { io, out } = captured({}, tty);
    io.stderr("\r\u001b[2Kztgate: parsing 1/2: a.json");
    expect(out.stderr).toBe(shown);
  });

  it("the action's log lines, warnings and failure are one printable line each", () => {
    const seen: string[] = [];
    const out = actionOutput({
      info: (m) => seen.push(`info ${m}`),
      warning: (m) => seen.push(`warning ${m}`),
      setFailed: (m) => seen.push(`failed ${m}`),
    });
    out.info("GET /x\n::add-mask::t");
    out.warning("comment failed: \u001b[2J\r\n::error::x");
    out.fail("::stop-commands::t");
    expect(seen).toEqual([
      "info GET /x?::add-mask::t",
      "warning comment failed: ?[2J??::error::x",
      "failed ?:stop-commands::t",
    ]);
  });
});

describe("no print bypasses the sink", () => {
  const SRC = join(import.meta.dirname, "../src");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith(".ts")
          ? [join(dir, e.name)]
          : [],
    );
  // Direct ways to the process's output; only the sink may use them.
  const DIRECT = [
    /process\.(stdout|stderr)(?!\.isTTY\b)/,
    /\bconsole\.\w+\s*\(/,
    /\bcore\.(info|notice|warning|error|debug|setFailed|startGroup|endGroup|group)\b/,
    /\bwriteSync\(\s*[12]\b/,
    /\/dev\/std(out|err)/,
  ];
  // The one exception, and why: the hook's scanner commands write their own progress
  // straight to stderr (git shows it as it comes); that is the scanner's output, not ztgate's.
  const ALLOWED: Record<string, RegExp> = { "local/commands.ts": /stdio: \["ignore", 2, 2\]/ };
  const STDIO = /stdio:\s*(\[[^\]]*\b(1|2|"inherit")\b[^\]]*\]|"inherit")/;

  it("finds the sink itself (the scan works)", () => {
    const sink = readFileSync(join(SRC, "io/sink.ts"), "utf8");
    expect(DIRECT.some((p) => p.test(sink))).toBe(true);
  });

  it.each(
    files(SRC)
      .filter((f) => !f.endsWith("/io/sink.ts"))
      .map((f) => [relative(SRC, f)]),
  )("%s", (file) => {
    const text = readFileSync(join(SRC, file), "utf8");
    const lines = text.split("\n").map((l, i) => [i + 1, l] as const);
    const direct = lines.filter(([, l]) => DIRECT.some((p) => p.test(l)));
    expect(direct.map(([n, l]) => `${file}:${n}: ${l.trim()}`)).toEqual([]);
    const stdio = lines.filter(([, l]) => STDIO.test(l) && !ALLOWED[file]?.test(l));
    expect(stdio.map(([n, l]) => `${file}:${n}: ${l.trim()}`)).toEqual([]);
  });
});

const BUILTIN = await loadPolicy(undefined);
const NOW = new Date("2026-11-22T00:00:00Z");

describe("finding URLs in markdown and HTML", () => {
  const withUrl = (url: string): Evaluation =>
    evaluate(
      [
        makeFinding(
          {
            tool: "trivy",
            layer: "dependency",
            id: "CVE-2099-0013",
            title: "t",
            severity: "critical",
            fix: { available: true, versions: ["2"] },
            package: { name: "p", version: "1" },
            url,
          },
          "r.json",
        ),
      ],
      BUILTIN,
      NOW,
    );
  // Markdown and HTML as the reporters write them, for one finding.
  const outputs = (url: string) => ({
    markdown: renderMarkdown(withUrl(url), { version: "1" }, { variant: "summary" }),
    html: REPORTERS.find((r) => r.id === "html")!.render(withUrl(url), {
      color: false,
      verbosity: "normal",
      version: "1",
    }),
  });

  it.each([
    [
      "a ) closing the link",
      "https://x.test/a)@maintainer **bold**",
      "https://x.test/a%29@maintainer%20%2A%2Abold%2A%2A",
    ],
    ["a ( and quotes", `https://x.test/(a)'b"c\`d<e>`, "https://x.test/%28a%29%27b%22c%60d%3Ce%3E"],
    ["a | splitting the table", "https://x.test/a|b", "https://x.test/a%7Cb"],
    [
      "an encoded URL, kept as it is",
      "https://x.test/a%20b?q=1&r=%29",
      "https://x.test/a%20b?q=1&r=%29",
    ],
    ["http", "http://x.test/a", "http://x.test/a"],
  ])("%s", (_name, url, safe) => {
    expect(linkUrl(url)).toBe(safe);
    const { markdown, html } = outputs(url);
    expect(markdown).toContain(`[CVE-2099-0013](${safe})`);
    expect(markdown).not.toMatch(/@maintainer(?!%20)|(?<!\*)\*\*bold/);
    expect(html).toContain(`href="${safe.replace(/&/g, "&amp;")}"`);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["javascript: behind blanks", " \tjavascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a relative URL", "/x)"],
    ["a scheme-relative URL", "//evil.test/x"],
    ["not a URL", "https://"],
  ])("%s is not a link", (_name, url) => {
    expect(linkUrl(url)).toBeUndefined();
    const { markdown, html } = outputs(url);
    expect(markdown).not.toContain("](");
    expect(html).not.toMatch(/<a href/);
  });
});

describe("property: arbitrary text in every field of a finding cannot take over any output", () => {
  // Hostile pieces (the fuzzer's, plus terminal and runner controls), arbitrary strings, and
  // mixtures of both, so a marker can land at the start, in the middle or after a newline.
  const piece = fc.oneof(
    fc.constantFrom(
      ...HOSTILE_STRINGS,
      "\n::stop-commands::t",
      "::add-mask::x",
      "  ::error::x",
      "##[add-mask]x",
      "##vso[task.setvariable variable=a]b",
      "\u001b[2K\r",
      "\u0007\u009b\u0085\u2028",
      "\u202e\u2066\u200f",
      "x)@maintainer **bold** [y](javascript:alert(1))",
      "https://x.test/a)(b'c\"d`e<f>g|h i",
      "</td><script>",
    ),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));
  const severity = fc.constantFrom("critical", "high", "medium", "low", "unknown" as const);
  const finding = fc.record({
    id: text,
    title: text,
    name: text,
    version: text,
    path: text,
    target: text,
    url: fc.oneof(
      text,
      text.map((t) => `https://x.test/${t}`),
    ),
    description: text,
    alias: text,
    report: text,
    severity,
  });

  type Input = typeof finding extends fc.Arbitrary<infer T> ? T : never;

  function evaluationOf(inputs: Input[]): Evaluation {
    const findings = inputs.map((i) =>
      makeFinding(
        {
          tool: "trivy",
          layer: "dependency",
          // makeFinding refuses an empty id or title (a bad report); anything else goes.
          id: i.id || "x",
          title: i.title || "x",
          severity: i.severity,
          fix: { available: true, versions: [i.version] },
          package: { name: i.name, version: i.version },
          location: { path: i.path, startLine: 3 },
          target: i.target,
          url: i.url,
          description: i.description,
          aliases: [i.alias],
        } satisfies FindingInput,
        i.report || "r.json",
      ),
    );
    return evaluate(findings, BUILTIN, NOW);
  }

  const CONTEXT = { color: false, verbosity: "verbose", version: "1", workspace: "/w" } as const;
  const renderAll = (ev: Evaluation): [string, string][] => [
    ...REPORTERS.map((r): [string, string] => [r.id, r.render(ev, CONTEXT)]),
    [
      "comment",
      renderMarkdown(ev, { version: "1" }, { variant: "comment", runUrl: "https://g.test/r" }),
    ],
    ["explain", ev.findings.map((e) => explainText(e, BUILTIN)).join("")],
  ];
  // Tags the HTML and JUnit reporters write themselves: those in their templates.
  const tagsOf = (markup: string) =>
    new Set([...markup.matchAll(/<\/?([!a-zA-Z][\w-]*)/g)].map((m) => m[1]));
  const OUR_TAGS = new Set(
    ["html", "junit", "posture-chart"].flatMap((f) => [
      ...tagsOf(readFileSync(join(import.meta.dirname, `../src/reporters/${f}.ts`), "utf8")),
    ]),
  );
  // A link ztgate writes: an http(s) URL of the characters linkUrl leaves unencoded, closed.
  // Outside code spans (literal text) and escaped brackets ("\](" is text), any other "](" is
  // a link someone else made.
  const LINK = /(?<!\\)\]\((?!https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&+,;=%]*\))/;
  const outsideCode = (markdown: string) => markdown.replace(/`[^`\n]*`/g, "");

  it("no command line, no raw control, links closed, no tag that is not ztgate's", () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 3 }), (inputs) => {
        const ev = evaluationOf(inputs);
        const annotations = REPORTERS.find((r) => r.id === "annotations")!.render(ev, CONTEXT);
        const shown = linesOf(annotations).filter((l) => l !== "").length;
        for (const [id, out] of renderAll(ev)) {
          expect(problems(out, id === "annotations" ? shown : 0), id).toEqual([]);
          if (id === "markdown" || id === "comment") expect(outsideCode(out), id).not.toMatch(LINK);
          if (id === "html" || id === "junit") {
            const foreign = [...tagsOf(out)].filter((t) => !OUR_TAGS.has(t));
            expect(foreign, id).toEqual([]);
          }
        }
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
