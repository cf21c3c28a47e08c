// A throwaway git repository with a local bare remote, isolated from the machine's git
// configuration (no global or system config, its own HOME), in a temp dir.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const cliPath = join(repoRoot, "dist", "cli.js");

export interface Run {
  status: number | null;
  /** stdout and stderr together, as a person at the terminal would see them. */
  output: string;
}

export interface TestRepo {
  dir: string;
  work: string;
  remote: string;
  env: NodeJS.ProcessEnv;
  git(...args: string[]): Run;
  ztgate(...args: string[]): Run;
  write(path: string, text: string): void;
  commit(message: string): void;
  remoteHas(ref: string): boolean;
  cleanup(): void;
}

function result(r: SpawnSyncReturns<string>): Run {
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

export function makeTestRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-git-"));
  const work = join(dir, "work");
  const remote = join(dir, "remote.git");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    NO_COLOR: "1",
  };
  const run = (cmd: string, args: string[], cwd = work) =>
    result(spawnSync(cmd, args, { cwd, env, encoding: "utf8" }));
  const must = (r: Run, what: string) => {
    if (r.status !== 0) throw new Error(`${what} failed: ${r.output}`);
  };
  mkdirSync(work);
  must(run("git", ["init", "-q", "--bare", "-b", "main", remote], dir), "git init --bare");
  must(run("git", ["init", "-q", "-b", "main"]), "git init");
  for (const [k, v] of [
    ["user.name", "ztgate test"],
    ["user.email", "test@example.invalid"],
    ["commit.gpgsign", "false"],
  ] as const) {
    must(run("git", ["config", k, v]), `git config ${k}`);
  }
  must(run("git", ["remote", "add", "origin", remote]), "git remote add");
  const repo: TestRepo = {
    dir,
    work,
    remote,
    env,
    git: (...args) => run("git", args),
    ztgate: (...args) => run(process.execPath, [cliPath, ...args]),
    write(path, text) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    },
    commit(message) {
      must(run("git", ["add", "-A"]), "git add");
      must(run("git", ["commit", "-q", "-m", message]), "git commit");
    },
    remoteHas: (ref) => run("git", ["rev-parse", "--verify", "-q", ref], remote).status === 0,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}
