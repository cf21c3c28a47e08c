// Reading `github:OWNER/REPO/PATH@REF` packs: the contents API at a commit (a branch or tag is
// first resolved to its commit, which is logged), with a token for private repositories, and
// an optional cache directory of packs by commit (DIR/OWNER/REPO/SHA/PATH) for offline runs.
// Anything short of the file's text is an error: unreachable or missing is exit 2, never an
// empty pack.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  isFullSha,
  remoteName,
  type RemotePack,
  type RemoteRead,
  type RemoteRef,
} from "../policy/remote-ref.js";
import { printableLine } from "../model/safe-text.js";
import { apiGetter, type ApiOptions } from "./github-api.js";

export interface RemoteOptions extends ApiOptions {
  /** Packs by commit, read before the network and written after it. */
  cacheDir?: string;
  /** One line per branch or tag resolved to a commit. */
  log?: (line: string) => void;
}

/** Policies are capped at 1 MiB (policy/yaml-source.ts); a larger pack is refused here. */
const MAX_PACK_BYTES = 1024 * 1024;

export function githubReader(options: RemoteOptions): RemoteRead {
  const request = apiGetter(options);
  // Server errors, rate limits and network errors are retried (io/github-api.ts), as the
  // action's client does; anything else is the answer.
  const get = async (path: string): Promise<unknown> => {
    const res = await request(path);
    if (res instanceof Error) {
      throw new Error(`cannot be reached: the GitHub API is unreachable (${res.message})`);
    }
    if (res.ok) return res.json();
    throw Object.assign(new Error(refusal(res.status, Boolean(options.token))), {
      status: res.status,
    });
  };
  return async (ref) => {
    const repo = `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
    const commit = isFullSha(ref.ref) ? ref.ref.toLowerCase() : await resolveCommit(get, repo, ref);
    if (!isFullSha(ref.ref)) {
      options.log?.(
        printableLine(
          `ztgate: ${remoteName(ref)} is commit ${commit} (a branch or tag can move: pin the SHA)`,
        ),
      );
    }
    const cached = options.cacheDir ? readCached(options.cacheDir, ref, commit) : undefined;
    if (cached !== undefined) return { text: cached, commit };
    // One path parameter, "/" encoded as Octokit encodes it (GitHub decodes it).
    const path = encodeURIComponent(ref.path);
    const pack = { text: contentText(await get(`${repo}/contents/${path}?ref=${commit}`)), commit };
    if (options.cacheDir) writeCached(options.cacheDir, ref, pack);
    return pack;
  };
}

/** The environment's reader: the CLI's GITHUB_TOKEN, GITHUB_API_URL and ZTGATE_POLICY_CACHE. */
export function readerFromEnv(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): RemoteRead {
  return githubReader({
    token: env.GITHUB_TOKEN || undefined,
    apiUrl: env.GITHUB_API_URL || undefined,
    cacheDir: env.ZTGATE_POLICY_CACHE || undefined,
    log,
    retryDelayMs: retryDelayOf(env.ZTGATE_RETRY_DELAY_MS),
  });
}

/** ZTGATE_RETRY_DELAY_MS, as the action reads it; anything but a number keeps the default. */
export function retryDelayOf(raw: string | undefined): number | undefined {
  const ms = Number(raw);
  return raw && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

async function resolveCommit(
  get: (path: string) => Promise<unknown>,
  repo: string,
  ref: RemoteRef,
): Promise<string> {
  const body = await get(`${repo}/commits/${encodeURIComponent(ref.ref)}`);
  const sha = (body as { sha?: unknown } | null)?.sha;
  if (typeof sha !== "string" || !isFullSha(sha)) {
    throw new Error(`was not found: ${ref.ref} resolved to no commit`);
  }
  return sha.toLowerCase();
}

function contentText(body: unknown): string {
  const b = (body ?? {}) as { type?: unknown; encoding?: unknown; content?: unknown };
  if (Array.isArray(body) || b.type !== "file") {
    throw new Error("is not a file (a directory, a symlink or a submodule)");
  }
  if (b.encoding !== "base64" || typeof b.content !== "string") {
    throw new Error(`is larger than a policy may be (${MAX_PACK_BYTES} bytes) or not readable`);
  }
  const bytes = Buffer.from(b.content, "base64");
  if (bytes.length > MAX_PACK_BYTES) throw new Error(`is larger than ${MAX_PACK_BYTES} bytes`);
  return bytes.toString("utf8");
}

function refusal(status: number, withToken: boolean): string {
  if (status === 404) {
    return (
      "was not found (404): no such file at that ref, or a private repository the token " +
      (withToken
        ? "cannot read (grant it contents: read, or set policy-token)"
        : "cannot read (set GITHUB_TOKEN)")
    );
  }
  if (status === 401 || status === 403) {
    return `was refused (${status}): the token cannot read that repository (contents: read; the action's policy-token input)`;
  }
  return `cannot be read: the GitHub API answered ${status}`;
}

function cachePath(dir: string, ref: RemoteRef, commit: string): string {
  return join(dir, ref.owner, ref.repo, commit, ...ref.path.split("/"));
}

function readCached(dir: string, ref: RemoteRef, commit: string): string | undefined {
  try {
    return readFileSync(cachePath(dir, ref, commit), "utf8");
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed: a half-written pack is never read as the pack. */
function writeCached(dir: string, ref: RemoteRef, pack: RemotePack): void {
  const file = cachePath(dir, ref, pack.commit);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, pack.text);
  renameSync(temp, file);
}
