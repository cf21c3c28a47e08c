// Evidence bound to what is gated (issue 15): image reports must name the digest of the image
// being gated (--image, require.image-digest), reports that name a revision must name the
// commit being gated (--commit, require.commit), and require.timestamps holds every format
// that records a creation time to one. Real reports (fixtures/real MANIFEST.md, fixtures/demo)
// and, where no public report carries a field, a real report with that one field added.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig, type InputName } from "../src/action/inputs.js";
import { runAction } from "../src/action/run.js";
import type { ActionIO } from "../src/action/types.js";
import { decodeReport } from "../src/reports/decode.js";
import { loadEvidenceStreamingAbove, parseEvidence } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
/** trivy image alpine:3.11: RepoDigests alpine@sha256:bcae…, ImageID sha256:a787…. */
const ALPINE = "fixtures/real/trivy/license_scheme.json";
const ALPINE_DIGEST = "sha256:bcae378eacedab83da66079d9366c8f5df542d7ed9ab23bf487e3e1a8481375d";
const ALPINE_ID = "sha256:a787cb9865032e5b5a407ecdf34b57a23a4a076aaa043d71742ddb6726ec9229";
/** grype busybox:latest: source.target.manifestDigest sha256:6bea…, clean. */
const BUSYBOX = "fixtures/real/grype/no_vuln.json";
const BUSYBOX_DIGEST = "sha256:6bea45f4e050ffdbb3a0f57a6c6f16318314a482f31442c4461a72a3ee2f3ee6";
/** trivy image scan without Metadata: names no digest. */
const NO_DIGEST = "fixtures/demo/clean-image.trivy.json";
/** SARIF appendix K: versionControlProvenance revisionId 5da53fbb…. */
const SARIF = "fixtures/real/sarif/appendix_k.sarif";
const SARIF_REVISION = "5da53fbb2a0aaa12d648b73984acc9aac2e11c2a";
const NPM = "fixtures/demo/web.npm-audit.json";
const OTHER_DIGEST = `sha256:${"0".repeat(64)}`;
const OTHER_COMMIT = "1".repeat(40);

/** A scratch directory with the policy, the reports copied in, and built ones written. */
function repo(policy: string, built: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-binding-"));
  writeFileSync(join(dir, "ztgate.yml"), `version: 1\n${policy}\nsettings: { fail-on: never }\n`);
  for (const file of [ALPINE, BUSYBOX, NO_DIGEST, SARIF, NPM]) {
    copyFileSync(join(root, file), join(dir, file.split("/").pop()!));
  }
  for (const [name, doc] of Object.entries(built))
    writeFileSync(join(dir, name), JSON.stringify(doc));
  return dir;
}

const base = (file: string) => file.split("/").pop()!;
const json = (file: string) =>
  JSON.parse(readFileSync(join(root, file), "utf8")) as Record<string, unknown>;

/** A Trivy repository scan of another commit: the clean image report with Metadata.Commit added. */
const TRIVY_REPO = {
  ...json(NO_DIGEST),
  ArtifactType: "repository",
  Metadata: { Commit: OTHER_COMMIT.toUpperCase() },
};

describe("image reports are bound to the image being gated", () => {
  const cases: [string, string, string[], string[], number, RegExp[]][] = [
    ["RepoDigests match", "image-digest: true", [ALPINE], [`alpine@${ALPINE_DIGEST}`], 0, []],
    ["ImageID matches", "image-digest: true", [ALPINE], [`alpine@${ALPINE_ID}`], 0, []],
    ["Grype manifestDigest matches", "", [BUSYBOX], [`busybox@${BUSYBOX_DIGEST}`], 0, []],
    [
      "the digest differs: both values named",
      "image-digest: true",
      [ALPINE],
      [`alpine@${OTHER_DIGEST}`],
      2,
      [
        new RegExp(
          `license_scheme.json: report is of image ${ALPINE_DIGEST}, ${ALPINE_ID}, but the image being gated is ${OTHER_DIGEST}`,
        ),
        new RegExp(`no image report names digest ${OTHER_DIGEST}`),
      ],
    ],
    [
      "a report of another image beside the gated one",
      "",
      [ALPINE, BUSYBOX],
      [`busybox@${BUSYBOX_DIGEST}`],
      2,
      [
        /license_scheme.json: report is of image sha256:bcae.*, but the image being gated is sha256:6bea/,
      ],
    ],
    [
      "two gated images, each with its report",
      "",
      [ALPINE, BUSYBOX],
      [`busybox@${BUSYBOX_DIGEST}`, `alpine@${ALPINE_DIGEST}`],
      0,
      [],
    ],
    [
      "the only image report names no digest",
      "image-digest: true",
      [NO_DIGEST],
      [`alpine@${ALPINE_DIGEST}`],
      2,
      [
        new RegExp(
          `no image report names digest ${ALPINE_DIGEST} .*\\(clean-image.trivy.json name no digest\\)`,
        ),
      ],
    ],
    [
      "require.image-digest without --image",
      "image-digest: true",
      [ALPINE],
      [],
      2,
      [/require.image-digest: the image being gated is not known/],
    ],
  ];
  it.each(cases)("%s", async (_name, require, reports, images, code, errors) => {
    const dir = repo(require ? `require: { ${require} }` : "");
    const args = ["check", ...reports.map(base), ...images.flatMap((i) => ["--image", i])];
    const r = await ztgate(args, { cwd: dir });
    for (const e of errors) expect(r.stderr).toMatch(e);
    expect(r.code).toBe(code);
  });

  it("a digestless image report beside a matching one is a warning: its findings still count", async () => {
    const dir = repo("require: { image-digest: true }");
    const r = await ztgate(
      ["check", base(ALPINE), base(NO_DIGEST), "--image", `alpine@${ALPINE_DIGEST}`, "-o", "json"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { warnings: string[] }).warnings).toContain(
      "clean-image.trivy.json: image report names no digest, so it is not bound to the gated image",
    );
  });

  it.each(["alpine:3.11", `alpine@sha256:${"a".repeat(63)}`])(
    "--image %s (no digest) is refused",
    async (ref) => {
      const r = await ztgate(["check", base(ALPINE), "--image", ref], { cwd: repo("") });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--image must be a reference with a digest");
    },
  );
});

describe("reports that name a revision are bound to the commit being gated", () => {
  const cases: [string, string, string[], string | undefined, number, RegExp[]][] = [
    ["SARIF revisionId matches", "commit: true", [SARIF], SARIF_REVISION, 0, []],
    [
      "the commit is compared case-insensitively",
      "commit: true",
      [SARIF],
      SARIF_REVISION.toUpperCase(),
      0,
      [],
    ],
    [
      "SARIF names another commit: both values named",
      "",
      [SARIF],
      OTHER_COMMIT,
      2,
      [
        new RegExp(
          `appendix_k.sarif: report names revision ${SARIF_REVISION}, but the commit being gated is ${OTHER_COMMIT}`,
        ),
      ],
    ],
    [
      "Trivy Metadata.Commit names another commit",
      "commit: true",
      ["trivy-repo.json"],
      SARIF_REVISION,
      2,
      [
        new RegExp(
          `trivy-repo.json: report names revision ${OTHER_COMMIT}, but the commit being gated is ${SARIF_REVISION}`,
        ),
      ],
    ],
    [
      "reports that name no revision are not held to one",
      "commit: true",
      [NPM, ALPINE],
      OTHER_COMMIT,
      0,
      [],
    ],
    [
      "require.commit without --commit",
      "commit: true",
      [SARIF],
      undefined,
      2,
      [/require.commit: the commit being gated is not known/],
    ],
  ];
  it.each(cases)("%s", async (_name, require, reports, commit, code, errors) => {
    const dir = repo(require ? `require: { ${require} }` : "", { "trivy-repo.json": TRIVY_REPO });
    const args = ["check", ...reports.map(base), ...(commit ? ["--commit", commit] : [])];
    const r = await ztgate(args, { cwd: dir });
    for (const e of errors) expect(r.stderr).toMatch(e);
    expect(r.code).toBe(code);
  });

  it("--commit must be a full commit id", async () => {
    const r = await ztgate(["check", base(SARIF), "--commit", "5da53fb"], { cwd: repo("") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--commit must be a full commit id");
  });
});

describe("what each format names (Parser.subject)", () => {
  const cyclonedxImage = {
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    metadata: {
      component: { type: "container", name: "ghcr.io/acme/payments", version: ALPINE_DIGEST },
    },
    vulnerabilities: [],
  };
  const cases: [string, unknown, { images: string[]; digests: string[]; revisions: string[] }][] = [
    [
      "trivy image",
      json(ALPINE),
      { images: ["alpine:3.11"], digests: [ALPINE_DIGEST, ALPINE_ID], revisions: [] },
    ],
    [
      "grype image",
      json(BUSYBOX),
      {
        images: ["busybox:latest"],
        digests: [
          BUSYBOX_DIGEST,
          "sha256:22667f53682a2920948d19c7133ab1c9c3f745805c14125859d20cede07f11f9",
        ],
        revisions: [],
      },
    ],
    ["sarif", json(SARIF), { images: [], digests: [], revisions: [SARIF_REVISION] }],
    ["trivy repository", TRIVY_REPO, { images: [], digests: [], revisions: [OTHER_COMMIT] }],
    [
      "cyclonedx container (Syft writes the digest as version)",
      cyclonedxImage,
      { images: ["ghcr.io/acme/payments"], digests: [ALPINE_DIGEST], revisions: [] },
    ],
    ["npm audit names nothing", json(NPM), { images: [], digests: [], revisions: [] }],
  ];
  it.each(cases)("%s", (_name, doc, subject) => {
    const report = parseEvidence(decodeReport(Buffer.from(JSON.stringify(doc)), "r.json"));
    expect(report.subject).toEqual(subject);
  });
});

describe("a streamed report names the same subject (its metadata stays in the skeleton)", () => {
  it.each([ALPINE, BUSYBOX, SARIF])("%s", (file) => {
    const path = join(root, file);
    const whole = loadEvidenceStreamingAbove({ path }, Number.MAX_SAFE_INTEGER);
    const streamed = loadEvidenceStreamingAbove({ path }, 0);
    expect(streamed.subject).toEqual(whole.subject);
    expect(whole.subject.digests.length + whole.subject.revisions.length).toBeGreaterThan(0);
  });
});

describe("require.timestamps holds formats that record a timestamp to one", () => {
  const cases: [string, string, string, number, RegExp][] = [
    // The demo Trivy report has no CreatedAt; Trivy writes one since v0.48.
    [
      "trivy without CreatedAt, no max-report-age",
      "timestamps: true",
      NO_DIGEST,
      2,
      /clean-image.trivy.json: report has no timestamp \(require.timestamps\)/,
    ],
    [
      "trivy without CreatedAt, with max-report-age",
      "timestamps: true, max-report-age: 7d",
      NO_DIGEST,
      2,
      /clean-image.trivy.json: report has no timestamp, so its age/,
    ],
    [
      "npm audit records none: a warning",
      "timestamps: true",
      NPM,
      0,
      /web.npm-audit.json: report has no timestamp \(require.timestamps\) \(npm-audit reports record none\)/,
    ],
    [
      "without timestamps: true, a warning",
      "max-report-age: 100000d",
      NO_DIGEST,
      0,
      /clean-image.trivy.json: report has no timestamp/,
    ],
  ];
  it.each(cases)("%s", async (_name, require, report, code, message) => {
    const dir = repo(`require: { ${require} }`);
    const r = await ztgate(["check", base(report), "-o", "json"], { cwd: dir });
    const ev = JSON.parse(r.stdout) as { errors: string[]; warnings: string[] };
    expect([...ev.errors, ...ev.warnings].join("\n")).toMatch(message);
    expect(r.code).toBe(code);
  });

  it("a format that records one and has it passes", async () => {
    const dir = repo("require: { timestamps: true }");
    // descriptor.timestamp 2021-…; this Grype report of a real image has one.
    copyFileSync(join(root, "fixtures/real/grype/fix_available.json"), join(dir, "grype.json"));
    const r = await ztgate(["check", "grype.json", "-o", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { warnings: string[] }).warnings).toEqual([]);
  });
});

describe("the action binds too: input image, and GITHUB_SHA or the pull request head", () => {
  function io(dir: string, commits: string[]): { io: ActionIO; outputs: Record<string, string> } {
    const outputs: Record<string, string> = {};
    return {
      outputs,
      io: {
        cwd: dir,
        workspace: dir,
        now: new Date("2026-11-22T00:00:00Z"),
        version: "0.0.0-test",
        job: "gate",
        commits,
        setOutput: (n, v) => void (outputs[n] = v),
        print: () => undefined,
        warning: () => undefined,
        appendSummary: () => undefined,
        writeFile: () => undefined,
      },
    };
  }
  const config = (inputs: Partial<Record<InputName, string>>) =>
    readConfig((n) => inputs[n] ?? "", {});

  const cases: [string, string, Partial<Record<InputName, string>>, string[], string][] = [
    [
      "image input matches",
      "image-digest: true",
      { reports: base(ALPINE), image: `alpine@${ALPINE_DIGEST}` },
      [],
      "pass",
    ],
    [
      "image input differs",
      "",
      { reports: base(ALPINE), image: `alpine@${OTHER_DIGEST}` },
      [],
      "error",
    ],
    [
      "require.image-digest without the input",
      "image-digest: true",
      { reports: base(ALPINE) },
      [],
      "error",
    ],
    [
      "the pull request head matches",
      "commit: true",
      { reports: base(SARIF) },
      [OTHER_COMMIT, SARIF_REVISION],
      "pass",
    ],
    [
      "neither GITHUB_SHA nor the head matches",
      "commit: true",
      { reports: base(SARIF) },
      [OTHER_COMMIT],
      "error",
    ],
    // GITHUB_SHA is always there: without require.commit it binds nothing.
    [
      "commits are checked only where the policy asks",
      "",
      { reports: base(SARIF) },
      [OTHER_COMMIT],
      "pass",
    ],
  ];
  it.each(cases)("%s", async (_name, require, inputs, commits, outcome) => {
    const dir = repo(require ? `require: { ${require} }` : "");
    const { io: actionIO, outputs } = io(dir, commits);
    const result = await runAction(config({ comment: "never", ...inputs }), actionIO, undefined);
    expect(outputs.outcome).toBe(outcome);
    if (outcome === "error") expect(result.status).toBe("undecided");
  });

  it("an image input without a digest is refused", () => {
    expect(() => config({ reports: "r.json", image: "alpine:3.11" })).toThrow(
      /input "image" must be a reference with a digest/,
    );
  });
});
