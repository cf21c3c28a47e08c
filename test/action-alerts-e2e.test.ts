// GitHub's own alerts read through the REST API (issue 17): the committed dist/action.js with
// the github-alerts input, against the fake GitHub API serving the recorded alert lists of
// fixtures/real/github-alerts over several pages (Link headers), every request validated
// against GitHub's OpenAPI description. What the action finds must be what the offline parsers
// find in the same files; a source it cannot read is exit 2 when the policy requires its
// layer, else a warning in the log and the summary.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runActionProcess } from "./helpers/action-process.js";
import { ztgate } from "./helpers/cli.js";
import { FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";
import { loadGitHubOpenApi, type OpenApiValidator } from "./helpers/openapi.js";

const root = join(import.meta.dirname, "..");
const TOKEN = "ghs_alertsE2eTokenThatMustNeverBePrinted01";
const FIXTURES = join(root, "fixtures/real/github-alerts");
const SOURCES = {
  "code-scanning": "code-scanning__extension-js__code-scanning-alerts.json",
  dependabot: "dependabot__greentic-pack__dependabot-alerts.json",
  "secret-scanning": "secret-scanning__github_secrets_detection_report_many_vul.json",
} as const;
const OPS = {
  "code-scanning": "code-scanning/list-alerts-for-repo",
  dependabot: "dependabot/list-alerts-for-repo",
  "secret-scanning": "secret-scanning/list-alerts-for-repo",
} as const;
const FORMATS = {
  "code-scanning": "github-code-scanning",
  dependabot: "github-dependabot",
  "secret-scanning": "github-secret-scanning",
} as const;
type Kind = keyof typeof SOURCES;
const KINDS = Object.keys(SOURCES) as Kind[];
const recorded = (kind: Kind) =>
  JSON.parse(readFileSync(join(FIXTURES, SOURCES[kind]), "utf8")) as unknown[];

/** No layer required, and one that requires the secret layer. */
const POLICIES = {
  open: "version: 1\nextends: [default]\n",
  secretRequired: "version: 1\nextends: [default]\nrequire: { layers: [secret] }\n",
};

let api: OpenApiValidator;
let workspace: string;

beforeAll(() => {
  api = loadGitHubOpenApi();
  workspace = mkdtempSync(join(tmpdir(), "ztgate-alerts-e2e-"));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

async function withServer<T>(
  options: Partial<FakeGitHubOptions>,
  work: (gh: FakeGitHub, url: string) => Promise<T>,
) {
  const alerts = Object.fromEntries(KINDS.map((k) => [OPS[k], recorded(k)]));
  // Two alerts a page: 5 code scanning alerts are 3 pages, 3 secrets 2, 2 Dependabot alerts 1.
  const gh = new FakeGitHub(api, { token: TOKEN, alerts, alertPageSize: 2, ...options });
  const url = await gh.start();
  try {
    return await work(gh, url);
  } finally {
    await gh.close();
  }
}

function run(url: string, policy: string, kinds: readonly Kind[] = KINDS) {
  writeFileSync(join(workspace, "ztgate.yml"), policy);
  return runActionProcess({
    workspace,
    apiUrl: url,
    eventName: "pull_request",
    inputs: {
      reports: "",
      "github-alerts": kinds.join(","),
      "policy-source": "head",
      comment: "never",
      "json-file": "out/evaluation.json",
      "github-token": TOKEN,
    },
  });
}

interface Ev {
  outcome: string;
  counts: { total: number };
  findings: { finding: { fingerprint: string; suppressed?: unknown } }[];
  reports: { path: string; format: string }[];
}

/** What the offline parsers find in the recorded files, by the CLI. */
async function offline(kinds: readonly Kind[]) {
  writeFileSync(join(workspace, "ztgate.yml"), POLICIES.open);
  const r = await ztgate(
    [
      "check",
      "--policy",
      join(workspace, "ztgate.yml"),
      ...kinds.map((k) => `${FORMATS[k]}:${join(FIXTURES, SOURCES[k])}`),
      "-o",
      "json",
    ],
    { cwd: workspace },
  );
  return JSON.parse(r.stdout) as Ev;
}

describe("dist/action.js with github-alerts", () => {
  it("reads every page of the three lists, OpenAPI-valid, and finds what the offline parsers find", async () => {
    const want = await offline(KINDS);
    await withServer({}, async (gh, url) => {
      const r = await run(url, POLICIES.open);
      expect(gh.problems).toEqual([]);
      expect(r.stderr).toBe("");
      const got = JSON.parse(readFileSync(join(workspace, "out/evaluation.json"), "utf8")) as Ev;
      expect(got.outcome).toBe(want.outcome);
      expect(got.counts.total).toBe(want.counts.total);
      const prints = (e: Ev) =>
        e.findings.map((f) => `${f.finding.fingerprint} ${JSON.stringify(f.finding.suppressed)}`);
      expect(prints(got).sort()).toEqual(prints(want).sort());
      expect(got.reports.map((p) => [p.path, p.format])).toEqual(
        KINDS.map((k) => [`github:${k}`, FORMATS[k]]),
      );
      expect(r.code).toBe(want.outcome === "fail" ? 1 : 0);

      // Pages: 3, 1 and 2 requests, all with per_page=100; code scanning for the PR's head,
      // secret scanning with hide_secret (the API leaves the secret out).
      const of = (kind: Kind) => gh.requests.filter((q) => q.operationId === OPS[kind]);
      expect(KINDS.map((k) => of(k).length)).toEqual([3, 1, 2]);
      for (const q of KINDS.flatMap(of)) {
        expect(new URL(q.path, "http://x").searchParams.get("per_page")).toBe("100");
      }
      for (const q of of("code-scanning")) {
        expect(new URL(q.path, "http://x").searchParams.get("ref")).toBe("refs/pull/42/head");
      }
      expect(of("dependabot")[0]!.path).not.toContain("ref=");
      for (const q of of("secret-scanning")) expect(q.path).toContain("hide_secret=true");
      // Which ref or branch each list is of, in the log and the summary.
      for (const text of [r.stdout, r.summary]) {
        expect(text).toContain(
          "github:code-scanning: 5 alert(s) read through the GitHub API for refs/pull/42/head, 3 page(s)",
        );
        expect(text).toMatch(
          /github:dependabot: 2 alert\(s\) read through the GitHub API for the default branch \(this API lists only/,
        );
      }
      expect(r.stdout + r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
    });
  });

  // Missing permission, alerts disabled and a spent rate limit, each with the policy requiring
  // the secret layer (exit 2: the step fails, outcome error) and not (a warning, the rest read).
  const failures = [
    [
      "403",
      { forbidden: [OPS["secret-scanning"]] },
      /missing permission \(403\): the token needs secret-scanning-alerts: read/,
    ],
    [
      "404",
      { notFound: [OPS["secret-scanning"]] },
      /not found \(404\): secret-scanning is disabled for acme\/payments or the token cannot see it/,
    ],
    ["rate limit", { rateLimited: [OPS["secret-scanning"]] }, /rate limited \(403\) until 2026-/],
  ] as const;
  for (const [name, options, why] of failures) {
    it(`${name} on secret scanning: exit 2 when the policy requires the secret layer`, async () => {
      await withServer(options, async (gh, url) => {
        const r = await run(url, POLICIES.secretRequired);
        expect(gh.problems).toEqual([]);
        expect(r.code).toBe(1);
        expect(r.outputs.outcome).toBe("error");
        const line = r.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
        expect(line).toMatch(/^::error::ztgate could not decide: github:secret-scanning: /);
        expect(line).toMatch(why);
        expect(line).toContain("the policy requires the secret layer");
        expect(r.summary).toContain("could not decide");
      });
    });

    it(`${name} on secret scanning: a warning when no layer of it is required, the others still read`, async () => {
      const want = await offline(["code-scanning", "dependabot"]);
      await withServer(options, async (gh, url) => {
        const r = await run(url, POLICIES.open);
        expect(gh.problems).toEqual([]);
        expect(r.outputs.outcome).toBe(want.outcome);
        expect(r.outputs.findings).toBe(String(want.counts.total));
        // The log says what happened, the summary what it means for this run.
        for (const text of [r.stdout, r.summary]) {
          expect(text).toMatch(why);
          expect(text).toContain("github:secret-scanning was not read: ");
        }
        expect(r.summary).toContain(
          "its secret findings are missing (the secret layer is not required)",
        );
      });
    });
  }
});
