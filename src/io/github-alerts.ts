// Reading GitHub's alert lists through the REST API (the network edge of `--github-alerts`
// and the action's `github-alerts` input): 100 alerts a page, every page the Link header
// names, all states (open and closed: a dismissed alert is a suppressed finding, not a missing
// one). A source that cannot be read whole comes back as a problem saying why and what the
// token needs; what a problem does to the run is decided with the policy (gate/alert-reads.ts).
import { errorMessage, GateError } from "../model/errors.js";
import { printableLine } from "../model/safe-text.js";
import { decodeReport } from "../reports/decode.js";
import {
  ALERT_SOURCES,
  alertSourceName,
  type AlertKind,
  type AlertRead,
} from "../reports/github-alerts.js";
import { apiBase, apiGetter, type ApiOptions } from "./github-api.js";
import { nextPageUrl } from "./link-header.js";

export interface AlertsOptions extends ApiOptions {
  /** OWNER/NAME. */
  repository: string;
  /** The ref code scanning is read for (refs/pull/N/head, refs/heads/BRANCH); default branch without. */
  ref?: string;
  /** Most pages read per source (100 alerts each); more is a problem, never a truncated list. */
  maxPages?: number;
}

export const MAX_ALERT_PAGES = 50;
const PER_PAGE = 100;

/** OWNER/NAME as GitHub spells a repository; anything else is an error naming where it came from. */
export function checkRepository(repository: string, where: string): string {
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) {
    throw new GateError(`${where} must be OWNER/NAME, not "${printableLine(repository)}"`);
  }
  return repository;
}

/**
 * The ref code scanning is listed for: refs/pull/N/head for a pull request's merge ref (the
 * alerts of the change, as GitHub shows them on it), a branch or tag as it is; else none.
 */
export function alertsRef(githubRef: string | undefined, pullNumber?: number): string | undefined {
  if (pullNumber !== undefined) return `refs/pull/${pullNumber}/head`;
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(githubRef ?? "");
  if (pull) return `refs/pull/${pull[1]}/head`;
  return /^refs\/(heads|tags)\/./.test(githubRef ?? "") ? githubRef : undefined;
}

export function readAlerts(
  kinds: readonly AlertKind[],
  options: AlertsOptions,
): Promise<AlertRead[]> {
  return Promise.all(kinds.map((kind) => readSource(kind, options)));
}

async function readSource(kind: AlertKind, options: AlertsOptions): Promise<AlertRead> {
  const source = ALERT_SOURCES[kind];
  const ref = source.takesRef ? options.ref : undefined;
  const read = ref ?? "the default branch";
  const query = [
    `per_page=${PER_PAGE}`,
    ...(ref ? [`ref=${encodeURIComponent(ref)}`] : []),
    ...("query" in source ? [source.query] : []),
  ].join("&");
  const get = apiGetter(options);
  const api = apiBase(options.apiUrl);
  const maxPages = options.maxPages ?? MAX_ALERT_PAGES;
  const alerts: unknown[] = [];
  let url: string | undefined = `/repos/${options.repository}/${source.path}?${query}`;
  let pages = 0;
  try {
    while (url !== undefined) {
      if (pages === maxPages) {
        throw new Error(
          `there are more than ${maxPages} pages of ${PER_PAGE} alerts; ztgate reads at most ${maxPages} and never a part of the list`,
        );
      }
      const res = await get(url);
      if (res instanceof Error) throw new Error(`the GitHub API is unreachable (${res.message})`);
      const text = await res.text();
      if (!res.ok) throw new Error(refusal(kind, res, text, options.repository));
      pages++;
      alerts.push(...pageAlerts(kind, text, pages));
      url = nextPageUrl(res.headers.get("link"), api);
    }
  } catch (err) {
    return { kind, read, problem: err instanceof Error ? err.message : String(err) };
  }
  return { kind, read, alerts, pages };
}

/** One page's alerts: a JSON array, decoded as any report is (duplicate keys refused). */
function pageAlerts(kind: AlertKind, text: string, page: number): unknown[] {
  let json: unknown;
  try {
    ({ json } = decodeReport(Buffer.from(text), `${alertSourceName(kind)} page ${page}`));
  } catch (err) {
    throw new Error(`page ${page} is not JSON (${errorMessage(err)})`);
  }
  if (!Array.isArray(json)) throw new Error(`page ${page} is not an alert list (a JSON array)`);
  return json;
}

/** Why the API refused, with what to grant; GitHub's own message only where ours says less. */
function refusal(kind: AlertKind, res: Response, text: string, repository: string): string {
  const said = githubMessage(text);
  const rateLimited =
    res.status === 429 || (res.status === 403 && res.headers.get("x-ratelimit-remaining") === "0");
  if (rateLimited) {
    const reset = Number(res.headers.get("x-ratelimit-reset"));
    const when =
      Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : "";
    return `rate limited (${res.status})${when}`;
  }
  if (res.status === 401 || res.status === 403) {
    return `missing permission (${res.status}): the token needs ${ALERT_SOURCES[kind].permission}`;
  }
  if (res.status === 404) {
    return `not found (404): ${kind} is disabled for ${repository} or the token cannot see it`;
  }
  return `the GitHub API answered ${res.status}${said}`;
}

function githubMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown } | null)?.message;
    return typeof message === "string" && message
      ? ` (GitHub: ${JSON.stringify(message.slice(0, 200))})`
      : "";
  } catch {
    return "";
  }
}
