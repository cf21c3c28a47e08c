// The local gate end to end: a real repository, a local bare remote, the hook installed by
// the built CLI, and `git push` deciding.
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliPath, makeTestRepo, repoRoot, type TestRepo } from "./helpers/git.js";

const demo = (name: string) => readFileSync(join(repoRoot, "fixtures/demo", name), "utf8");

const POLICY = `version: 1
extends: [default]
local:
  reports: ["reports/*.json"]
`;

// A policy change (not a waiver) that makes the finding non-blocking: the default pack's rule
// of the same id overridden with a warn.
const POLICY_WITH_EXCEPTION = `${POLICY}rules:
  - id: block-fixable-high-vulnerabilities
    when: { layer: [image, dependency], severity: ">=high", fixable: true }
    action: warn
`;

let repo: TestRepo;
beforeEach(() => {
  repo = makeTestRepo();
  repo.write("ztgate.yml", POLICY);
  repo.write("reports/image.trivy.json", demo("payments-image.trivy.json"));
  repo.commit("a report with a fixable critical");
});
afterEach(() => repo.cleanup());

describe("the pre-push hook", () => {
  it("rejects a push with a blocking finding, names it, and accepts it after a policy exception", () => {
    const install = repo.ztgate("hook", "install");
    expect(install.status).toBe(0);
    expect(install.output).toContain("installed the pre-push hook");

    const rejected = repo.git("push", "origin", "main");
    expect(rejected.status).not.toBe(0);
    expect(rejected.output).toMatch(/CVE-2019-12900/);
    expect(rejected.output).toContain("ztgate: BLOCKED");
    expect(repo.remoteHas("main")).toBe(false);

    repo.write("ztgate.yml", POLICY_WITH_EXCEPTION);
    repo.commit("make the finding a warning");
    const accepted = repo.git("push", "origin", "main");
    expect(accepted.output).toContain("ztgate: PASSED WITH WARNINGS");
    expect(accepted.status).toBe(0);
    expect(repo.remoteHas("main")).toBe(true);
  });

  it("accepts the push once waivers cover the blocking findings, one waiver at a time", () => {
    expect(repo.ztgate("hook", "install").status).toBe(0);
    // The hook runs with the real clock, so the waivers expire 30 days from today.
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const waiver = (id: string, pkg: string) => `  - id: ${id}
    package: ${pkg}
    reason: not reachable in this image; see SEC-1
    owner: alice@example.com
    expires: ${expires}
`;
    repo.write("ztgate.yml", `${POLICY}waivers:\n${waiver("CVE-2019-12900", "libbz2")}`);
    repo.commit("waive the bzip2 finding");
    const stillBlocked = repo.git("push", "origin", "main");
    expect(stillBlocked.status).not.toBe(0);
    // Waivers are narrow: the other blocking finding still blocks, and is the one named.
    expect(stillBlocked.output).toContain("ztgate: BLOCKED (1 blocking: CVE-2020-28196;");
    expect(stillBlocked.output).toMatch(/CVE-2019-12900 .*\(waived by alice@example\.com/);

    repo.write(
      "ztgate.yml",
      `${POLICY}waivers:\n${waiver("CVE-2019-12900", "libbz2")}${waiver("CVE-2020-28196", "krb5-libs")}`,
    );
    repo.commit("waive the krb5 finding too");
    const accepted = repo.git("push", "origin", "main");
    expect(accepted.output).toContain("ztgate: PASSED");
    expect(accepted.status).toBe(0);
    expect(repo.remoteHas("main")).toBe(true);
  });

  it("lets git push --no-verify skip it, as git intends", () => {
    expect(repo.ztgate("hook", "install").status).toBe(0);
    const pushed = repo.git("push", "--no-verify", "origin", "main");
    expect(pushed.status).toBe(0);
    expect(pushed.output).not.toContain("ztgate pre-push");
    expect(repo.remoteHas("main")).toBe(true);
  });

  it("keeps an existing hook, runs it first with git's stdin, and restores it on uninstall", () => {
    const hooks = join(repo.work, ".git", "hooks");
    const original = `#!/bin/sh
# a team's own pre-push hook
echo "previous hook: $1" >> previous.log
cat >> previous.log
exit "\${PREVIOUS_EXIT:-0}"
`;
    writeFileSync(join(hooks, "pre-push"), original);
    chmodSync(join(hooks, "pre-push"), 0o755);
    repo.write("ztgate.yml", POLICY_WITH_EXCEPTION);
    repo.write(".gitignore", "previous.log\n");
    repo.commit("exception");

    const install = repo.ztgate("hook", "install", "--pre-push");
    expect(install.output).toContain("kept as pre-push.ztgate-previous");
    expect(readFileSync(join(hooks, "pre-push.ztgate-previous"), "utf8")).toBe(original);
    // Installing again updates our hook and leaves the kept one alone.
    expect(repo.ztgate("hook", "install").output).toContain("updated");

    const pushed = repo.git("push", "origin", "main");
    expect(pushed.status).toBe(0);
    const log = readFileSync(join(repo.work, "previous.log"), "utf8");
    expect(log).toContain("previous hook: origin");
    expect(log).toMatch(/^refs\/heads\/main [0-9a-f]{40} refs\/heads\/main [0-9a-f]{40}$/m);
    expect(pushed.output).toContain("ztgate: PASSED");

    const uninstall = repo.ztgate("hook", "uninstall");
    expect(uninstall.output).toContain("restored the one that was there before");
    expect(readFileSync(join(hooks, "pre-push"), "utf8")).toBe(original);
    expect(existsSync(join(hooks, "pre-push.ztgate-previous"))).toBe(false);
  });

  it("fails the push when the previous hook fails, even if ztgate would pass", () => {
    const hooks = join(repo.work, ".git", "hooks");
    writeFileSync(join(hooks, "pre-push"), "#!/bin/sh\necho previous says no >&2\nexit 3\n");
    chmodSync(join(hooks, "pre-push"), 0o755);
    repo.write("ztgate.yml", POLICY_WITH_EXCEPTION);
    repo.commit("exception");
    expect(repo.ztgate("hook", "install").status).toBe(0);
    const pushed = repo.git("push", "origin", "main");
    expect(pushed.status).not.toBe(0);
    expect(pushed.output).toContain("previous says no");
    expect(pushed.output).not.toContain("ztgate: PASSED");
  });

  it("finds a ztgate installed under a path with quotes, spaces and dollars", () => {
    const odd = join(repo.dir, "it's a $HOME `dir`");
    cpSync(join(repoRoot, "dist"), join(odd, "dist"), { recursive: true });
    const install = spawnSync(process.execPath, [join(odd, "dist", "cli.js"), "hook", "install"], {
      cwd: repo.work,
      env: repo.env,
      encoding: "utf8",
    });
    expect(install.status).toBe(0);
    const pushed = repo.git("push", "origin", "main");
    expect(pushed.status).toBe(1);
    expect(pushed.output).toContain("ztgate: BLOCKED");
  });

  it("installs where core.hooksPath points, even when run from a subdirectory", () => {
    repo.git("config", "core.hooksPath", ".githooks");
    repo.write("sub/README", "a subdirectory\n");
    const install = spawnSync(process.execPath, [cliPath, "hook", "install"], {
      cwd: join(repo.work, "sub"),
      env: repo.env,
      encoding: "utf8",
    });
    expect(install.status).toBe(0);
    expect(existsSync(join(repo.work, ".githooks", "pre-push"))).toBe(true);
    expect(existsSync(join(repo.work, "sub", ".githooks"))).toBe(false);
    const pushed = repo.git("push", "origin", "main");
    expect(pushed.status).toBe(1);
    expect(pushed.output).toContain("ztgate: BLOCKED");
  });

  it("refuses to install over a hook when the kept slot is taken, changing nothing", () => {
    const hooks = join(repo.work, ".git", "hooks");
    writeFileSync(join(hooks, "pre-push"), "#!/bin/sh\nexit 0\n");
    writeFileSync(join(hooks, "pre-push.ztgate-previous"), "#!/bin/sh\nexit 5\n");
    const r = repo.ztgate("hook", "install");
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/pre-push: a pre-push hook exists and so does .*nothing was changed/);
    expect(readFileSync(join(hooks, "pre-push"), "utf8")).toBe("#!/bin/sh\nexit 0\n");
  });

  it("refuses to uninstall a hook it did not install", () => {
    const hooks = join(repo.work, ".git", "hooks");
    writeFileSync(join(hooks, "pre-commit"), "#!/bin/sh\nexit 0\n");
    const r = repo.ztgate("hook", "uninstall", "--pre-commit");
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/pre-commit: this pre-commit hook was not installed by ztgate/);
  });
});

describe("the pre-commit hook and local.commands", () => {
  it("runs the scanner commands first, then gates the commit on what they wrote", () => {
    repo.write(
      "ztgate.yml",
      `version: 1
extends: [default]
local:
  reports: ["out/scan.json"]
  commands:
    - name: fake scanner
      run: echo scanner says hi && mkdir -p out && cp reports/image.trivy.json out/scan.json
      timeout: 30s
`,
    );
    repo.write(".gitignore", "out/\n");
    repo.commit("local commands");
    expect(repo.ztgate("hook", "install", "--pre-commit").status).toBe(0);
    repo.write("README", "change\n");
    repo.git("add", "README");
    const committed = repo.git("commit", "-q", "-m", "blocked");
    expect(committed.status).not.toBe(0);
    expect(committed.output).toContain("running fake scanner");
    expect(committed.output).toContain("scanner says hi");
    expect(committed.output).toMatch(/BLOCK[\s\S]*CVE-2019-12900/);
  });

  const failing: [string, string, RegExp][] = [
    [
      "timeout",
      "run: (sleep 3; echo la''te)\n      timeout: 1s",
      /"slow" did not finish within 1s/,
    ],
    ["exit code", "run: exit 4", /"slow" exited 4 \(ok: 0\)/],
  ];
  it.each(failing)("a scanner command that fails (%s) is exit 2", (_name, command, message) => {
    repo.write(
      "ztgate.yml",
      `version: 1\nlocal:\n  reports: ["reports/*.json"]\n  commands:\n    - name: slow\n      ${command}\n`,
    );
    const r = repo.ztgate("hook", "run");
    expect(r.status).toBe(2);
    expect(r.output).toMatch(message);
    // The whole scan was killed, not only its shell: nothing it started printed afterwards.
    expect(r.output).not.toContain("late");
  });

  it("names the file and line when local: is invalid", () => {
    repo.write("ztgate.yml", `version: 1\nlocal:\n  reports: ["a.json"]\n  command: []\n`);
    const r = repo.ztgate("hook", "run");
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/ztgate\.yml:4:\d+: unknown key "command"/);
  });
});

describe("local.kev, local.epss and local.openvex: the CLI's --kev, --epss and -o openvex", () => {
  const real = (path: string) => readFileSync(join(repoRoot, "fixtures/real", path), "utf8");
  // No pack: the one rule blocks what KEV lists, so the verdict shows whether KEV was read.
  const policy = (keys: string) => `version: 1
rules:
  - id: known-exploited
    when: { kev: true }
    action: block
local:
  reports: ["scan.json"]
${keys}`;
  beforeEach(() => {
    repo.write("scan.json", real("trivy/scheme_2_many_vulns.json"));
    repo.write(
      "kev.json",
      real("kev-epss/cisagov-kev-data__known_exploited_vulnerabilities_2025.01.24.json"),
    );
    repo.write("bad-epss.csv", real("kev-epss/vunnel__epss_invalid-header.csv"));
  });
  const rows: [string, string, number, RegExp][] = [
    ["without kev: nothing is known exploited", "", 0, /ztgate: PASSED/],
    ["kev: the catalog's CVE blocks", "  kev: kev.json\n", 1, /BLOCKED[\s\S]*CVE-2020-15999/],
    [
      "epss: the file is read (and refused)",
      "  epss: bad-epss.csv\n",
      2,
      /bad-epss\.csv:2: is not an EPSS file/,
    ],
    [
      "kev: a missing catalog is exit 2",
      "  kev: gone.json\n",
      2,
      /gone\.json: catalog does not exist/,
    ],
    ["kev: not a path", "  kev: [kev.json]\n", 2, /ztgate\.yml:8:\d+: \/local\/kev must be string/],
    [
      "openvex: not a path",
      "  openvex: true\n",
      2,
      /ztgate\.yml:8:\d+: \/local\/openvex must be string/,
    ],
    [
      "an unknown key",
      "  kev-catalog: kev.json\n",
      2,
      /ztgate\.yml:8:\d+: unknown key "kev-catalog"/,
    ],
  ];
  it.each(rows)("%s", (_name, keys, status, output) => {
    repo.write("ztgate.yml", policy(keys));
    const r = repo.ztgate("hook", "run");
    expect(r.output).toMatch(output);
    expect(r.status).toBe(status);
  });

  it("writes the OpenVEX document beside the console output, or beside the outputs given", () => {
    repo.write("ztgate.yml", policy("  kev: kev.json\n  openvex: hook.openvex.json\n"));
    const r = repo.ztgate("hook", "run");
    expect(r.status).toBe(1);
    expect(r.output).toContain("ztgate: BLOCKED");
    const vex = JSON.parse(readFileSync(join(repo.work, "hook.openvex.json"), "utf8")) as {
      "@context": string;
    };
    expect(vex["@context"]).toBe("https://openvex.dev/ns/v0.2.0");

    const json = repo.ztgate("hook", "run", "-o", "json");
    expect(json.status).toBe(1);
    expect(json.output).not.toContain("ztgate: BLOCKED");
    expect(json.output).toContain('"outcome": "fail"');
  });
});
