// Reading GitHub's alert lists through the API, piece by piece: the Link header's next page,
// the ref code scanning is read for, the repository of a remote, the kinds a flag names, the
// reader's every way of not reading a list whole (io/github-alerts.ts, against a fetch that
// answers as told), what each comes to under the policy (gate/alert-reads.ts), and the CLI
// end to end against the fake GitHub API.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeAlertReads, requiredLayers } from "../src/gate/alert-reads.js";
import { repositoryOfRemote } from "../src/io/alerts-env.js";
import { alertsRef, checkRepository, readAlerts } from "../src/io/github-alerts.js";
import { nextPageUrl } from "../src/io/link-header.js";
import { parseAlertKinds, type AlertRead } from "../src/reports/github-alerts.js";
import { ztgate } from "./helpers/cli.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { loadGitHubOpenApi } from "./helpers/openapi.js";

const API = "https://api.github.com";

describe("nextPageUrl", () => {
  const rows: [string | null, string | undefined][] = [
    [null, undefined],
    ["", undefined],
    [
      '<https://api.github.com/repos/a/b/code-scanning/alerts?per_page=100&page=2>; rel="next", <https://api.github.com/repos/a/b/code-scanning/alerts?per_page=100&page=5>; rel="last"',
      "https://api.github.com/repos/a/b/code-scanning/alerts?per_page=100&page=2",
    ],
    // The last page names no next.
    [
      '<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=4>; rel="prev"',
      undefined,
    ],
    // rel unquoted, several relations in one, a comma inside the URL.
    ["<https://api.github.com/x?after=a,b>; rel=next", "https://api.github.com/x?after=a,b"],
    ['<https://api.github.com/x?page=3>; rel="prev next"', "https://api.github.com/x?page=3"],
    // A relative link is read against the API.
    [
      '</repos/a/b/dependabot/alerts?after=Y3Vy>; rel="next"',
      "https://api.github.com/repos/a/b/dependabot/alerts?after=Y3Vy",
    ],
  ];
  it.each(rows)("%j → %j", (header, want) => {
    expect(nextPageUrl(header, API)).toBe(want);
  });

  it.each([
    [
      '<https://evil.example/repos/a/b?page=2>; rel="next"',
      /leaves the API \(https:\/\/evil\.example/,
    ],
    ['<http://api.github.com/x?page=2>; rel="next"', /leaves the API/],
    ["garbage", /not a list of <URL>; rel=/],
  ])("refuses %j (the token goes with every page)", (header, why) => {
    expect(() => nextPageUrl(header, API)).toThrow(why);
  });

  it("keeps a GitHub Enterprise API's path prefix", () => {
    const ghes = "https://ghe.example/api/v3";
    expect(nextPageUrl('<https://ghe.example/api/v3/x?page=2>; rel="next"', ghes)).toBe(
      "https://ghe.example/api/v3/x?page=2",
    );
    expect(() => nextPageUrl('<https://ghe.example/other/x?page=2>; rel="next"', ghes)).toThrow(
      /leaves the API/,
    );
  });
});

describe("which ref, which repository, which kinds", () => {
  it.each([
    [undefined, undefined, undefined],
    ["refs/pull/42/merge", undefined, "refs/pull/42/head"],
    ["refs/pull/42/head", undefined, "refs/pull/42/head"],
    ["refs/heads/main", undefined, "refs/heads/main"],
    ["refs/tags/v1.2.0", undefined, "refs/tags/v1.2.0"],
    ["refs/remotes/x", undefined, undefined],
    ["refs/heads/main", 7, "refs/pull/7/head"],
  ] as const)("GITHUB_REF %j, pull %j → %j", (ref, pull, want) => {
    expect(alertsRef(ref, pull)).toBe(want);
  });

  it.each([
    ["https://github.com/acme/payments.git", "acme/payments"],
    ["https://x-access-token:abc@github.com/acme/payments", "acme/payments"],
    ["git@github.com:acme/pay.ments.git", "acme/pay.ments"],
    ["ssh://git@github.com/acme/payments.git\n", "acme/payments"],
    ["https://gitlab.com/acme/payments.git", undefined],
    ["https://github.com/acme", undefined],
  ])("remote %j → %j", (url, want) => {
    expect(repositoryOfRemote(url)).toBe(want);
  });

  it("takes OWNER/NAME only", () => {
    expect(checkRepository("acme/payments", "--repo")).toBe("acme/payments");
    for (const bad of ["acme", "acme/pay/ments", "../x/y", "acme/pay ments"]) {
      expect(() => checkRepository(bad, "--repo")).toThrow(/--repo must be OWNER\/NAME/);
    }
  });

  it("names the kinds, once each; an unknown one is an error", () => {
    expect(parseAlertKinds("dependabot, code-scanning\ndependabot", "x")).toEqual([
      "dependabot",
      "code-scanning",
    ]);
    expect(parseAlertKinds("", "x")).toEqual([]);
    expect(() => parseAlertKinds("dependabot,codeql", "--github-alerts")).toThrow(
      '--github-alerts names "codeql": it takes code-scanning, dependabot, secret-scanning',
    );
  });
});

/** A fetch that answers each URL from a list of [status, body, headers], in turn. */
function answering(...answers: ([number, string, Record<string, string>?] | Error)[]) {
  const urls: string[] = [];
  const fetch = (async (url: string | URL) => {
    urls.push(String(url));
    const a = answers.shift();
    if (!a) throw new Error("no more answers");
    if (a instanceof Error) throw a;
    return new Response(a[1], { status: a[0], headers: a[2] });
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

const next = (page: number) => ({
  link: `<${API}/repos/acme/payments/dependabot/alerts?per_page=100&after=${page}>; rel="next"`,
});

describe("readAlerts", () => {
  const read = (fetch: typeof globalThis.fetch, maxPages?: number) =>
    readAlerts(["dependabot"], {
      repository: "acme/payments",
      token: "t",
      fetch,
      retryDelayMs: 0,
      maxPages,
    }).then((r) => r[0]!);

  it("follows every next page and concatenates them", async () => {
    const { fetch, urls } = answering([200, "[1,2]", next(2)], [200, "[3]", next(3)], [200, "[]"]);
    expect(await read(fetch)).toEqual({
      kind: "dependabot",
      read: "the default branch",
      alerts: [1, 2, 3],
      pages: 3,
    });
    expect(urls).toEqual([
      `${API}/repos/acme/payments/dependabot/alerts?per_page=100`,
      `${API}/repos/acme/payments/dependabot/alerts?per_page=100&after=2`,
      `${API}/repos/acme/payments/dependabot/alerts?per_page=100&after=3`,
    ]);
  });

  const problems: [string, ([number, string, Record<string, string>?] | Error)[], RegExp][] = [
    [
      "more pages than the cap",
      [
        [200, "[1]", next(2)],
        [200, "[2]", next(3)],
      ],
      /more than 2 pages of 100 alerts; ztgate reads at most 2 and never a part/,
    ],
    [
      "401",
      [[401, '{"message":"Bad credentials"}']],
      /missing permission \(401\): the token needs vulnerability-alerts: read/,
    ],
    [
      "403",
      [[403, "{}"]],
      /missing permission \(403\): the token needs vulnerability-alerts: read \(Dependabot alerts: read\)/,
    ],
    [
      "403, rate limit spent",
      [[403, "{}", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1795000000" }]],
      /^rate limited \(403\) until 2026-11-18T/,
    ],
    [
      "429 three times",
      [
        [429, "{}"],
        [429, "{}"],
        [429, "{}"],
      ],
      /^rate limited \(429\)$/,
    ],
    [
      "404",
      [[404, '{"message":"Not Found"}']],
      /not found \(404\): dependabot is disabled for acme\/payments/,
    ],
    [
      "500 three times",
      [
        [500, '{"message":"boom"}'],
        [502, "{}"],
        [503, '{"message":"down"}'],
      ],
      /the GitHub API answered 503 \(GitHub: "down"\)/,
    ],
    [
      "unreachable",
      [new Error("ECONNREFUSED"), new Error("ECONNREFUSED"), new Error("ECONNREFUSED")],
      /the GitHub API is unreachable \(ECONNREFUSED\)/,
    ],
    ["not JSON", [[200, "<html>proxy login</html>"]], /page 1 is not an alert list/],
    [
      "broken JSON on page 2",
      [
        [200, "[1]", next(2)],
        [200, "[2,"],
      ],
      /page 2 is not JSON \(github:dependabot page 2:1:\d+: /,
    ],
    [
      "an object, not a list",
      [[200, '{"message":"ok"}']],
      /page 1 is not an alert list \(a JSON array\)/,
    ],
    [
      "a next page elsewhere",
      [[200, "[1]", { link: '<https://evil.example/x>; rel="next"' }]],
      /leaves the API/,
    ],
  ];
  it.each(problems)("%s: a problem, never a part of the list", async (_name, answers, why) => {
    const r = await read(answering(...answers).fetch, 2);
    expect(r).not.toHaveProperty("alerts");
    expect((r as { problem: string }).problem).toMatch(why);
  });

  it("retries a 5xx, then reads", async () => {
    const { fetch, urls } = answering([502, "{}"], [200, "[1]"]);
    expect(await read(fetch)).toMatchObject({ alerts: [1], pages: 1 });
    expect(urls).toHaveLength(2);
  });
});

describe("judgeAlertReads", () => {
  const failed: AlertRead = {
    kind: "secret-scanning",
    read: "the default branch",
    problem: "missing permission (403)",
  };
  const ok: AlertRead = { kind: "code-scanning", read: "refs/pull/1/head", alerts: [], pages: 1 };

  it("a failed source is exit 2 when its layer is required overall or for a classification", () => {
    for (const require of [
      { layers: ["secret" as const] },
      { classifications: { restricted: { layers: ["secret" as const] } } },
    ]) {
      expect(requiredLayers(require).has("secret")).toBe(true);
      expect(() => judgeAlertReads([ok, failed], require)).toThrow(
        "github:secret-scanning: missing permission (403); the policy requires the secret layer (require), so the gate cannot decide without it",
      );
    }
  });

  it("else a warning, and what was read is evidence with the ref it is of", () => {
    const judged = judgeAlertReads([ok, failed], { layers: ["code"] });
    expect(judged.read).toEqual([{ kind: "code-scanning", alerts: [] }]);
    expect(judged.warnings).toEqual([
      "github:code-scanning: 0 alert(s) read through the GitHub API for refs/pull/1/head, 1 page(s)",
      "github:secret-scanning was not read: missing permission (403); its secret findings are missing (the secret layer is not required)",
    ]);
  });
});

describe("ztgate check --github-alerts", () => {
  const TOKEN = "ghp_cliAlertsTokenNeverPrinted000000000000";
  const fixtures = join(import.meta.dirname, "../fixtures/real/github-alerts");
  const recorded = (f: string) => JSON.parse(readFileSync(join(fixtures, f), "utf8")) as unknown[];
  let dir: string;
  let gh: FakeGitHub;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ztgate-cli-alerts-"));
    writeFileSync(
      join(dir, "ztgate.yml"),
      "version: 1\nextends: [default]\nrequire: { layers: [dependency] }\n",
    );
    gh = new FakeGitHub(loadGitHubOpenApi(), {
      token: TOKEN,
      alertPageSize: 20,
      alerts: {
        "dependabot/list-alerts-for-repo": recorded(
          "dependabot__aws-samples-risk-assessor__dependabot-alerts.json",
        ),
        "code-scanning/list-alerts-for-repo": recorded("code-scanning__github_sast_many_vul.json"),
      },
      forbidden: ["secret-scanning/list-alerts-for-repo"],
    });
    url = await gh.start();
  });
  afterAll(async () => {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const env = (extra: Record<string, string> = {}) => ({
    NO_COLOR: "1",
    GITHUB_TOKEN: TOKEN,
    GITHUB_API_URL: url,
    ZTGATE_RETRY_DELAY_MS: "1",
    ...extra,
  });

  it("reads the lists for the repository and ref of the environment, and says which", async () => {
    const offline = await ztgate(
      [
        "check",
        `github-dependabot:${join(fixtures, "dependabot__aws-samples-risk-assessor__dependabot-alerts.json")}`,
        `github-code-scanning:${join(fixtures, "code-scanning__github_sast_many_vul.json")}`,
        "-o",
        "json",
      ],
      { cwd: dir },
    );
    gh.requests.length = 0;
    const args = ["check", "--github-alerts", "dependabot,code-scanning,secret-scanning"];
    const r = await ztgate([...args, "-o", "json"], {
      cwd: dir,
      env: env({ GITHUB_REPOSITORY: "acme/payments", GITHUB_REF: "refs/pull/9/merge" }),
    });
    expect(gh.problems).toEqual([]);
    const got = JSON.parse(r.stdout) as { counts: { total: number }; warnings: string[] };
    expect(got.counts.total).toBe((JSON.parse(offline.stdout) as typeof got).counts.total);
    expect(got.warnings).toEqual([
      "github:dependabot: 41 alert(s) read through the GitHub API for the default branch (this API lists only the default branch's alerts), 3 page(s)",
      "github:code-scanning: 2 alert(s) read through the GitHub API for refs/pull/9/head, 1 page(s)",
      "github:secret-scanning was not read: missing permission (403): the token needs secret-scanning-alerts: read; its secret findings are missing (the secret layer is not required)",
    ]);
    const dependabot = gh.requests.filter(
      (q) => q.operationId === "dependabot/list-alerts-for-repo",
    );
    expect(dependabot.map((q) => new URL(q.path, "http://x").searchParams.get("after"))).toEqual([
      null,
      "Mg==",
      "Mw==",
    ]);
    const console = await ztgate(args, {
      cwd: dir,
      env: env({ GITHUB_REPOSITORY: "acme/payments" }),
    });
    expect(console.stdout).toMatch(
      /^ {2}warning: github:code-scanning: 2 alert\(s\) read through the GitHub API for the default branch, 1 page\(s\)$/m,
    );
    expect(r.stdout + r.stderr + console.stdout + console.stderr).not.toContain(TOKEN);
  });

  it("exit 2 when the required layer's list cannot be read; --repo names the repository", async () => {
    const r = await ztgate(["check", "--github-alerts", "dependabot", "--repo", "acme/disabled"], {
      cwd: dir,
      env: env({ GITHUB_REPOSITORY: "acme/payments" }),
    });
    expect(gh.problems).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /github:dependabot: not found \(404\): dependabot is disabled for acme\/disabled or the token cannot see it; the policy requires the dependency layer/,
    );
  });

  it.each([
    [["--github-alerts", ""], /--github-alerts names no kind/],
    [["--github-alerts", "codeql"], /--github-alerts names "codeql"/],
    [
      ["--repo", "acme/payments", "x.json"],
      /--repo names the repository of --github-alerts, which is not given/,
    ],
    [["--github-alerts", "dependabot", "--repo", "acme"], /--repo must be OWNER\/NAME/],
  ])("%j is exit 2", async (args, why) => {
    const r = await ztgate(["check", ...args], { cwd: dir, env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(why);
  });
});
