// The one path normaliser (docs/design.md "Paths in outputs"): what the policy matches globs
// against and what every output (workflow and check-run annotations, SARIF, the comment)
// names a file by. Scanners in containers write their mount point (/github/workspace/...,
// /src/...), the host writes $GITHUB_WORKSPACE/..., Windows writes "\"; GitHub places an
// annotation only on a repository-relative path, and a glob only matches one.
import { isAbsolute, posix, relative } from "node:path";

/**
 * The workspace as a container action sees it: GitHub mounts the checkout there in every
 * Docker action (checkov-action, the KICS action), so a path under it is certainly the
 * repository's, for the policy as for outputs.
 */
export const ACTIONS_CONTAINER_WORKSPACE = "/github/workspace";

/**
 * Mount points scanners' own docs use for `docker run -v "$PWD:/src"` and alike (Semgrep /src,
 * Code Climate /code, KICS and gitleaks /path, trufflehog /pwd). Only a guess: used to place
 * an output, never to match a policy glob, where a wrong guess could move a finding into a
 * less strict asset.
 */
export const GUESSED_CONTAINER_ROOTS = ["/src", "/code", "/path", "/pwd", "/workspace"] as const;

/** Repository-relative, forward slashes, no "./": the form asset and rule globs are written in. */
export function normalisePath(path: string, root?: string): string {
  // Most paths are already in that form ("src/app/main.go"): nothing to look up or build.
  if (path !== "" && !NEEDS_NORMALISING.test(path)) return path;
  // Every finding of a report shares its report path, and many share a location: each
  // distinct path is normalised once per run.
  const key = root === undefined ? path : `${root}\u0000${path}`;
  let normal = NORMALISED.get(key);
  if (normal === undefined) {
    if (NORMALISED.size >= 100_000) NORMALISED.clear();
    normal = normaliseUncached(path, root);
    NORMALISED.set(key, normal);
  }
  return normal;
}

const NORMALISED = new Map<string, string>();

/** What posix.normalize or the root would change: "\\", "//", "." and ".." parts, absolute. */
const NEEDS_NORMALISING = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|^\/|^[A-Za-z]:/;

function normaliseUncached(path: string, root?: string): string {
  let p = path.replace(/\\/g, "/");
  if (isAbsolute(p)) p = underRoot(p, root) ?? underRoot(p, ACTIONS_CONTAINER_WORKSPACE) ?? p;
  p = posix.normalize(p);
  return p.startsWith("./") ? p.slice(2) : p;
}

/** `p` relative to `root` when it lies under it (".." parts resolved first), else undefined. */
function underRoot(p: string, root: string | undefined): string | undefined {
  if (!root) return undefined;
  const rel = relative(root, p).replace(/\\/g, "/");
  return rel.startsWith("../") || rel === ".." || isAbsolute(rel) ? undefined : rel || ".";
}

/**
 * The repository path of `path` (normalisePath's form), or undefined when it lies outside the
 * repository: a relative path whose ".." parts climb above the root, an absolute path not
 * under `root` (another machine's checkout, a file inside an image), a drive or UNC path.
 * Such a path cannot be tested against globs written for the repository, so it matches no
 * asset, rule or waiver `paths` (docs/policy.md "Paths and the repository root").
 */
export function repositoryPath(path: string, root?: string): string | undefined {
  const normal = normalisePath(path, root);
  return OUTSIDE.test(normal) ? undefined : normal;
}

/** What normalisePath leaves when the path is not under the root: "..", "/x", "C:/x", "//x". */
const OUTSIDE = /^(?:\.\.(?:\/|$)|\/|[A-Za-z]:)/;

export interface OutputPath {
  /** The file as outputs name it: repository-relative when it is in the repository. */
  path: string;
  /** Whether GitHub can place it: an annotation or SARIF location only for such a path. */
  inRepository: boolean;
}

/**
 * The path every output shows: the repository path (root, the Actions container workspace),
 * else the path under a guessed container root, else the path as normalised, marked outside
 * (shown, never annotated).
 */
export function outputPath(path: string, root?: string): OutputPath {
  const inRepo = repositoryPath(path, root) ?? guessedRepositoryPath(path);
  if (inRepo !== undefined && inRepo !== ".") return { path: inRepo, inRepository: true };
  return { path: normalisePath(path, root), inRepository: false };
}

function guessedRepositoryPath(path: string): string | undefined {
  const p = normalisePath(path);
  for (const mount of GUESSED_CONTAINER_ROOTS) {
    const rel = underRoot(p, mount);
    if (rel !== undefined && !OUTSIDE.test(rel)) return rel;
  }
  return undefined;
}
