// Issue 16, "Annotations and check runs land on real files": one path normaliser
// (src/model/repo-path.ts) for the policy and every output. Each form a scanner writes is a
// row; the outputs (workflow annotations, check-run annotations, SARIF) are checked on the
// same rows, and the two scanners that report their own root (SARIF originalUriBaseIds,
// Checkov repo_file_path + file_abs_path) are parsed from built reports.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputPath, repositoryPath } from "../src/model/repo-path.js";
import {
  checkAnnotations,
  selectAnnotations,
  workflowCommand,
} from "../src/reporters/annotations.js";
import { placeLabel } from "../src/reporters/console.js";
import { renderSarif } from "../src/reporters/sarif.js";
import { decodeReport } from "../src/reports/decode.js";
import { loadEvidenceStreamingAbove, parseReport } from "../src/reports/read.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { syntheticEvaluation } from "./helpers/evaluations.js";

const WORKSPACE = "/home/runner/work/shop/shop";

// [form, path as the scanner wrote it, the file outputs name, whether GitHub can place it]
const FORMS: [string, string, string, boolean][] = [
  ["repository-relative", "infra/db.tf", "infra/db.tf", true],
  ["./ prefix", "./infra/db.tf", "infra/db.tf", true],
  ["Windows separators", ".\\infra\\db.tf", "infra/db.tf", true],
  ["$GITHUB_WORKSPACE", `${WORKSPACE}/infra/db.tf`, "infra/db.tf", true],
  [
    "/github/workspace (checkov-action, KICS action)",
    "/github/workspace/infra/db.tf",
    "infra/db.tf",
    true,
  ],
  ["/src (Semgrep's docker -v $PWD:/src)", "/src/infra/db.tf", "infra/db.tf", true],
  ["/code (Code Climate)", "/code/infra/db.tf", "infra/db.tf", true],
  ["/path (KICS, gitleaks docker docs)", "/path/infra/db.tf", "infra/db.tf", true],
  ["climbing above the root", "../../infra/db.tf", "../../infra/db.tf", false],
  ["a file inside an image", "/usr/lib/python3/site.py", "/usr/lib/python3/site.py", false],
  ["another machine's checkout", "/builds/other/infra/db.tf", "/builds/other/infra/db.tf", false],
  ["a drive path", "C:\\work\\infra\\db.tf", "C:/work/infra/db.tf", false],
  ["the workspace itself", `${WORKSPACE}/`, ".", false],
];

describe("outputPath: every form a scanner writes", () => {
  it.each(FORMS)("%s: %s → %s (placed: %s)", (_form, path, shown, placed) => {
    expect(outputPath(path, WORKSPACE)).toEqual({ path: shown, inRepository: placed });
  });
});

describe("the policy reads the certain roots only", () => {
  it.each([
    ["/github/workspace/infra/db.tf", "infra/db.tf"],
    [`${WORKSPACE}/infra/db.tf`, "infra/db.tf"],
    // A guessed container root could move a finding into a less strict asset: not for globs.
    ["/src/infra/db.tf", undefined],
    ["/code/infra/db.tf", undefined],
  ])("%s → %s", (path, expected) => {
    expect(repositoryPath(path, WORKSPACE)).toBe(expected);
  });
});

const located = (path: string) =>
  syntheticEvaluation(1, { location: { path, startLine: 7, endLine: 9 } });

describe("workflow annotations", () => {
  it.each(FORMS)("%s: placed on %s only when in the repository", (_form, path, shown, placed) => {
    const [a] = selectAnnotations(located(path), { root: WORKSPACE }).shown;
    const line = workflowCommand(a!);
    if (placed) {
      expect(line).toMatch(/^::error file=([^,]*),line=7,endLine=9,title=/);
      expect(a!.file).toBe(shown);
    } else {
      // Shown in the message, never as a file GitHub would fail to place.
      expect(line).not.toContain("file=");
      expect(a!.message).toContain(`At ${shown} (outside the repository).`);
    }
  });
});

describe("check-run annotations", () => {
  it.each(FORMS)("%s: a path only for a repository file", (_form, path, shown, placed) => {
    const list = checkAnnotations(located(path), undefined, 10, { root: WORKSPACE });
    expect(list.map((a) => a.path)).toEqual(placed ? [shown] : []);
  });
});

describe("SARIF artifact URIs", () => {
  it.each(FORMS)("%s: uri and region", (_form, path, shown, placed) => {
    const sarif = JSON.parse(
      renderSarif(located(path), { version: "test", workspace: WORKSPACE }),
    ) as {
      runs: {
        results: {
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region?: unknown };
          }[];
        }[];
      }[];
    };
    const result = sarif.runs[0]!.results[0]!;
    const physical = result.locations[0]!.physicalLocation;
    if (placed) {
      expect(physical.artifactLocation.uri).toBe(shown);
      expect(physical.region).toEqual({ startLine: 7, endLine: 9 });
    } else {
      // Placed on the report that found it; the outside file is named, not hidden.
      expect(physical.artifactLocation.uri).toBe("reports/synthetic.json");
      expect(physical.region).toBeUndefined();
      expect(result.message.text).toContain(`At ${shown} (outside the repository).`);
    }
  });
});

function parsed(doc: unknown, name: string, format: string) {
  const input = decodeReport(Buffer.from(JSON.stringify(doc)), name);
  return parseReport(input, format).findings.map((f) => f.location?.path);
}

function sarifWith(bases: unknown, uris: { uri: string; uriBaseId?: string }[]) {
  return {
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "semgrep", rules: [{ id: "r1" }] } },
        ...(bases === undefined ? {} : { originalUriBaseIds: bases }),
        results: uris.map((artifactLocation) => ({
          ruleId: "r1",
          level: "error",
          message: { text: "m" },
          locations: [{ physicalLocation: { artifactLocation, region: { startLine: 1 } } }],
        })),
      },
    ],
  };
}

describe("SARIF: the scanner's own root (originalUriBaseIds)", () => {
  it("makes absolute URIs under a reported root relative to it", () => {
    const doc = sarifWith({ SRCROOT: { uri: "file:///src/" } }, [
      { uri: "file:///src/infra/db.tf" },
      { uri: "infra/app.tf", uriBaseId: "SRCROOT" },
      { uri: "file:///usr/lib/x.py" },
    ]);
    expect(parsed(doc, "semgrep.sarif", "sarif")).toEqual([
      "infra/db.tf",
      "infra/app.tf",
      "/usr/lib/x.py",
    ]);
  });

  it("reads the same roots when the report is streamed (results in batches)", () => {
    const doc = sarifWith({ SRCROOT: { uri: "file:///github/workspace/" } }, [
      { uri: "file:///github/workspace/infra/db.tf" },
      { uri: "file:///opt/other/x.tf" },
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "ztgate-paths-")), "big.sarif");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const streamed = loadEvidenceStreamingAbove({ path: file, file }, 0, {
      readWholeFallback: false,
    });
    expect(streamed.findings.map((f) => f.location?.path)).toEqual([
      "infra/db.tf",
      "/opt/other/x.tf",
    ]);
  });

  it("resolves a root given relative to another, and a root on a named host", () => {
    const doc = sarifWith(
      {
        PROJECT: { uri: "file://build.example.com/work/" },
        SRC: { uri: "app/", uriBaseId: "PROJECT" },
      },
      [{ uri: "file://build.example.com/work/app/main.c" }],
    );
    expect(parsed(doc, "a.sarif", "sarif")).toEqual(["main.c"]);
  });

  it.each([
    ["not an object", ["file:///src/"]],
    ["an entry that is not an artifactLocation", { SRCROOT: "file:///src/" }],
    ["a uri that is not a string", { SRCROOT: { uri: 7 } }],
  ])("refuses originalUriBaseIds %s (exit 2, file named)", (_what, bases) => {
    const doc = sarifWith(bases, [{ uri: "a.tf" }]);
    expect(() => parsed(doc, "bad.sarif", "sarif")).toThrow(/originalUriBaseIds.*|bad\.sarif/);
  });
});

describe("Checkov: repo_file_path against file_abs_path", () => {
  const base = JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../fixtures/real/checkov/checkov-report-1-vuln.json"),
      "utf8",
    ),
  ) as { results: { failed_checks: Record<string, unknown>[] } };
  const withPaths = (paths: Record<string, string>) => {
    const doc = structuredClone(base);
    const check = doc.results.failed_checks[0]!;
    delete check.repo_file_path;
    delete check.file_abs_path;
    delete check.file_path;
    Object.assign(check, paths);
    return doc;
  };
  it.each([
    // checkov-action: Checkov runs in /github/workspace, repo_file_path is under it.
    [
      { repo_file_path: "/infra/db.tf", file_abs_path: "/github/workspace/infra/db.tf" },
      "infra/db.tf",
    ],
    // Started from "/": repo_file_path is the absolute path; the prefix is kept, then read.
    [
      {
        repo_file_path: "/github/workspace/infra/db.tf",
        file_abs_path: "/github/workspace/infra/db.tf",
      },
      "/github/workspace/infra/db.tf",
    ],
    [{ repo_file_path: "/outside/db.tf", file_abs_path: "/outside/db.tf" }, "/outside/db.tf"],
    [{ repo_file_path: "/infra/db.tf" }, "infra/db.tf"],
    [{ file_path: "/db.tf" }, "db.tf"],
  ])("%j → %s", (paths, expected) => {
    expect(parsed(withPaths(paths), "checkov.json", "checkov")[0]).toBe(expected);
    // Either way the output lands on the repository file (or on none).
    expect(outputPath(expected, WORKSPACE).inRepository).toBe(!expected.startsWith("/outside"));
  });
});

describe("the place shown by the console, markdown, HTML and JUnit (placeLabel)", () => {
  it.each(FORMS)("%s: %s → %s", (_form, path, shown) => {
    const [e] = located(path).findings;
    expect(placeLabel(e!.finding, WORKSPACE)).toBe(`${shown}:7`);
  });
});

describe("a check names an absolute location under the repository root by its repository path", () => {
  // gitleaks writes the path it was given: an absolute one when run as `--source $PWD`.
  const dir = mkdtempSync(join(tmpdir(), "ztgate-abs-paths-"));
  const report = join(dir, "gitleaks.json");
  const leak = {
    Description: "AWS Access Key",
    StartLine: 3,
    EndLine: 3,
    StartColumn: 1,
    EndColumn: 20,
    Match: "AKIA****",
    Secret: "****",
    File: join(dir, "deploy", "run.sh"),
    RuleID: "aws-access-key-id",
    Fingerprint: "x",
  };
  writeFileSync(report, JSON.stringify([leak]));
  it.each([
    ["console", "console", /deploy\/run\.sh:3/],
    ["markdown", "markdown", /deploy\/run\.sh:3/],
    ["json", "json", /"path": "deploy\/run\.sh"/],
  ])("%s", async (_name, format, shown) => {
    const { ztgate } = await import("./helpers/cli.js");
    const r = await ztgate(["check", `gitleaks:${report}`, "-o", format], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(shown);
    expect(r.stdout).not.toContain(join(dir, "deploy"));
  });
});
