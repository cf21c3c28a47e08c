// Central policy (issue 15): `extends: [github:OWNER/REPO/PATH@REF]` reads a pack from another
// repository at a commit, through the contents API of the local test server, which validates
// every request against GitHub's OpenAPI description (helpers/fake-github.ts). Unreachable or
// missing is exit 2, never an empty pack. The report is the bundled demo image
// (fixtures/demo/payments-image.trivy.json: two fixable criticals, CVE-2019-12900 first).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "../src/gate/evaluate.js";
import { loadPolicyWith } from "../src/policy/load.js";
import { errorMessage, GateError } from "../src/model/errors.js";
import { parseRemoteRef, remoteRelative, type RemoteRead } from "../src/policy/remote-ref.js";
import { FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";
import { loadGitHubOpenApi, type OpenApiValidator } from "./helpers/openapi.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const DEMO = join(root, "fixtures/demo/payments-image.trivy.json");
const SHA = "3f2c9d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e";
const TOKEN = "ghp_centralPolicyTestTokenNeverPrinted000";
/** A central pack that waives nothing and lets the demo's criticals only warn. */
const PACK = `version: 1
rules:
  - id: central-warn-critical
    when: { severity: critical }
    action: warn
`;

let api: OpenApiValidator;
let dir: string;

beforeAll(() => {
  api = loadGitHubOpenApi();
  dir = mkdtempSync(join(tmpdir(), "ztgate-central-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function policy(extendsEntry: string): string {
  const file = join(dir, `ztgate-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, `version: 1\nextends: ["${extendsEntry}"]\n`);
  return file;
}

async function withServer<T>(
  options: Partial<FakeGitHubOptions>,
  work: (gh: FakeGitHub, url: string) => Promise<T>,
) {
  const gh = new FakeGitHub(api, { token: TOKEN, ...options });
  const url = await gh.start();
  try {
    return await work(gh, url);
  } finally {
    await gh.close();
  }
}

async function check(file: string, env: Record<string, string>) {
  const r = await ztgate(["check", DEMO, "--policy", file, "-o", "json"], {
    cwd: root,
    env: { NO_COLOR: "1", ...env },
  });
  return { ...r, evaluation: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Evaluation) };
}

describe("parseRemoteRef", () => {
  it.each([
    [
      "github:acme/policies/ztgate.yml@" + SHA,
      { owner: "acme", repo: "policies", path: "ztgate.yml", ref: SHA },
    ],
    [
      "github:acme/policies/packs/base.yml@v1.2",
      { owner: "acme", repo: "policies", path: "packs/base.yml", ref: "v1.2" },
    ],
    [
      "github:acme/policies/a.yml@release/2026",
      { owner: "acme", repo: "policies", path: "a.yml", ref: "release/2026" },
    ],
  ])("%s", (text, want) => expect(parseRemoteRef(text)).toEqual(want));

  it.each([
    ["github:acme/policies/ztgate.yml", /needs @REF/],
    ["github:acme/policies@main", /needs a file path/],
    ["github:acme/policies/../x.yml@main", /without \. or \.\. parts/],
    ["github:-acme/policies/x.yml@main", /does not name a repository/],
    ["github:acme/policies/x.yml@a..b", /is not a commit SHA, branch or tag/],
    ["github:acme/policies/x.yml@", /is not a commit SHA/],
  ])("%s is refused", (text, want) => expect(() => parseRemoteRef(text)).toThrow(want));

  it("a relative extends inside a pack stays in its repository and commit", () => {
    const from = parseRemoteRef(`github:acme/policies/packs/team.yml@${SHA}`);
    expect(remoteRelative(from, "../base.yml")).toEqual({ ...from, path: "base.yml" });
    expect(() => remoteRelative(from, "../../etc/passwd")).toThrow(/climbs out of acme\/policies/);
  });
});

describe("the loader reads github: packs only through what it is given", () => {
  const packs: Record<string, string> = {
    [`packs/team.yml@${SHA}`]: `version: 1\nextends: [../base.yml, zero-trust]\nrules:\n  - { id: team, when: { layer: secret }, action: block }\n`,
    [`base.yml@${SHA}`]: PACK,
    [`loop.yml@${SHA}`]: `version: 1\nextends: [./loop.yml]\n`,
  };
  const remote: RemoteRead = async (ref) => {
    const text = packs[`${ref.path}@${ref.ref}`];
    if (text === undefined) throw new Error("was not found (404)");
    return { text, commit: ref.ref };
  };
  const load = (text: string, reader?: RemoteRead) =>
    loadPolicyWith("ztgate.yml", () => text, "/repo", reader);

  it("follows relative extends inside the pack, at the same commit", async () => {
    const p = await load(
      `version: 1\nextends: ["github:acme/policies/packs/team.yml@${SHA}"]\n`,
      remote,
    );
    const sources = new Map(p.rules.map((r) => [r.id, r.source]));
    expect(sources.get("team")).toBe(`github:acme/policies/packs/team.yml@${SHA}`);
    expect(sources.get("central-warn-critical")).toBe(`github:acme/policies/base.yml@${SHA}`);
  });

  it.each([
    [
      "no reader (nothing can reach GitHub)",
      `github:acme/policies/base.yml@${SHA}`,
      undefined,
      /ztgate\.yml:2:\d+: extends "github:acme\/policies\/base\.yml@[0-9a-f]+", which is in another repository, and nothing here can read GitHub/,
    ],
    [
      "a missing pack",
      `github:acme/policies/none.yml@${SHA}`,
      remote,
      /ztgate\.yml:2:\d+: extends "github:acme\/policies\/none\.yml@[0-9a-f]+", which was not found \(404\)/,
    ],
    [
      "a malformed ref",
      "github:acme/policies/x.yml",
      remote,
      /ztgate\.yml:2:\d+: extends "github:acme\/policies\/x\.yml" needs @REF/,
    ],
    [
      "a cycle",
      `github:acme/policies/loop.yml@${SHA}`,
      remote,
      /loop\.yml@[0-9a-f]+: extends itself/,
    ],
  ])("%s is a GateError naming the place", async (_name, entry, reader, want) => {
    const err = await load(`version: 1\nextends: ["${entry}"]\n`, reader).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect(errorMessage(err)).toMatch(want);
  });
});

describe("ztgate check with extends: github:... through the API", () => {
  const files = { [`acme/policies/ztgate.yml@${SHA}`]: PACK };

  it("a pinned SHA: one OpenAPI-valid contents request; the pack decides", async () => {
    await withServer({ files }, async (gh, url) => {
      const r = await check(policy(`github:acme/policies/ztgate.yml@${SHA}`), {
        GITHUB_API_URL: url,
        GITHUB_TOKEN: TOKEN,
      });
      expect(gh.problems).toEqual([]);
      expect(gh.requests.map((q) => [q.operationId, q.path])).toEqual([
        ["repos/get-content", `/repos/acme/policies/contents/ztgate.yml?ref=${SHA}`],
      ]);
      expect(r.code).toBe(0);
      expect(r.evaluation!.findings[0]!.rule).toBe("central-warn-critical");
      expect(r.stderr).toBe("");
    });
  });

  it("a branch: resolved to its commit first, and the commit is printed", async () => {
    await withServer({ files, refs: { "acme/policies@main": SHA } }, async (gh, url) => {
      const r = await check(policy("github:acme/policies/ztgate.yml@main"), {
        GITHUB_API_URL: url,
        GITHUB_TOKEN: TOKEN,
      });
      expect(gh.problems).toEqual([]);
      expect(gh.requests.map((q) => q.operationId)).toEqual([
        "repos/get-commit",
        "repos/get-content",
      ]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        `ztgate: github:acme/policies/ztgate.yml@main is commit ${SHA} (a branch or tag can move: pin the SHA)\n`,
      );
      expect(r.evaluation!.findings[0]!.considered[0]!.source).toBe(
        `github:acme/policies/ztgate.yml@${SHA}`,
      );
    });
  });

  it.each([
    [
      "a missing file (404)",
      `github:acme/policies/missing.yml@${SHA}`,
      {},
      /which was not found \(404\)/,
    ],
    ["a branch that does not exist", "github:acme/policies/ztgate.yml@nope", {}, /answered 422/],
    [
      "a refused token (403)",
      `github:acme/policies/ztgate.yml@${SHA}`,
      { forbidden: ["repos/get-content"] },
      /was refused \(403\).*policy-token/,
    ],
  ])("%s is exit 2 naming the policy file", async (_name, entry, options, want) => {
    await withServer({ files, ...options }, async (gh, url) => {
      const file = policy(entry);
      const r = await check(file, { GITHUB_API_URL: url, GITHUB_TOKEN: TOKEN });
      expect(gh.problems).toEqual([]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file}:2:`);
      expect(r.stderr).toMatch(want);
      expect(r.stderr).not.toContain(TOKEN);
    });
  });

  it("5xx and rate limits are retried, then the pack is read", async () => {
    await withServer({ files, failFirst: 2 }, async (gh, url) => {
      const r = await check(policy(`github:acme/policies/ztgate.yml@${SHA}`), {
        GITHUB_API_URL: url,
        GITHUB_TOKEN: TOKEN,
        ZTGATE_RETRY_DELAY_MS: "1",
      });
      expect(gh.problems).toEqual([]);
      expect(gh.requests).toHaveLength(3);
      expect(r.code).toBe(0);
    });
  });

  it("unreachable is exit 2 (after the retries)", async () => {
    const r = await check(policy(`github:acme/policies/ztgate.yml@${SHA}`), {
      GITHUB_API_URL: "http://127.0.0.1:9",
      ZTGATE_RETRY_DELAY_MS: "1",
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot be reached: the GitHub API is unreachable/);
  });

  it("a cache directory: filled by the first run, read offline by the next", async () => {
    const cache = join(dir, "cache");
    const file = policy(`github:acme/policies/ztgate.yml@${SHA}`);
    await withServer({ files }, async (_gh, url) => {
      const r = await check(file, {
        GITHUB_API_URL: url,
        GITHUB_TOKEN: TOKEN,
        ZTGATE_POLICY_CACHE: cache,
      });
      expect(r.code).toBe(0);
    });
    const offline = await check(file, {
      GITHUB_API_URL: "http://127.0.0.1:9",
      ZTGATE_POLICY_CACHE: cache,
    });
    expect(offline.code).toBe(0);
    expect(offline.evaluation!.findings[0]!.rule).toBe("central-warn-critical");
  });
});
