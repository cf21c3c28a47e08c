// Where the CLI reads GitHub's alerts from: the repository (--repo, else GITHUB_REPOSITORY,
// else the github.com remote `origin`), the token (GITHUB_TOKEN), the API (GITHUB_API_URL) and
// the ref code scanning is read for (GITHUB_REF: a pull request's head, a branch or a tag).
import { spawnSync } from "node:child_process";
import { GateError } from "../model/errors.js";
import type { AlertKind, AlertRead } from "../reports/github-alerts.js";
import { alertsRef, checkRepository, readAlerts } from "./github-alerts.js";
import { retryDelayOf } from "./remote-policy.js";
import { gitEnvironment } from "./repo-root.js";

type Env = Record<string, string | undefined>;

/** OWNER/NAME of a github.com remote URL (https, ssh or scp-like); undefined for another host. */
export function repositoryOfRemote(url: string): string | undefined {
  const m =
    /^(?:https:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return m?.[1];
}

function originRepository(cwd: string): string | undefined {
  const r = spawnSync("git", ["remote", "get-url", "origin"], {
    cwd,
    env: gitEnvironment(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 10_000,
  });
  return r.status === 0 ? repositoryOfRemote(r.stdout) : undefined;
}

export function readAlertsFromEnv(
  kinds: readonly AlertKind[],
  repo: string | undefined,
  env: Env,
  cwd: string,
): Promise<AlertRead[]> {
  const repository =
    (repo && checkRepository(repo, "--repo")) ||
    (env.GITHUB_REPOSITORY && checkRepository(env.GITHUB_REPOSITORY, "GITHUB_REPOSITORY")) ||
    originRepository(cwd);
  if (!repository) {
    throw new GateError(
      "--github-alerts needs the repository: --repo OWNER/NAME, GITHUB_REPOSITORY, or a github.com remote origin",
    );
  }
  return readAlerts(kinds, {
    repository,
    ref: alertsRef(env.GITHUB_REF),
    token: env.GITHUB_TOKEN || undefined,
    apiUrl: env.GITHUB_API_URL || undefined,
    retryDelayMs: retryDelayOf(env.ZTGATE_RETRY_DELAY_MS),
  });
}
