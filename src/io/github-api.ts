// GET requests to the GitHub REST API with plain fetch, for the CLI as for the action (the
// CLI never loads @actions/* or Octokit): GitHub's media type and API version, the token when
// there is one (never logged), a timeout, and a bounded retry of server errors, 429 and
// network errors with doubling backoff. Whatever comes back after that is the caller's to
// read: a Response, or the Error of an unreachable API.
export interface ApiOptions {
  /** GITHUB_TOKEN, the action's token or its policy-token input; never logged. */
  token?: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string;
  fetch?: typeof fetch;
  /** First backoff before a retry, doubled each time (default 1 s; tests use 1 ms). */
  retryDelayMs?: number;
}

const TIMEOUT_MS = 30_000;
const ATTEMPTS = 3;

/** GITHUB_API_URL without its trailing slashes, or api.github.com. */
export function apiBase(apiUrl: string | undefined): string {
  return (apiUrl || "https://api.github.com").replace(/\/+$/, "");
}

/** A getter of API paths ("/repos/...") or of absolute URLs (a Link header's next page). */
export function apiGetter(options: ApiOptions): (pathOrUrl: string) => Promise<Response | Error> {
  const api = apiBase(options.apiUrl);
  const once = async (url: string): Promise<Response | Error> => {
    const doFetch = options.fetch ?? fetch;
    try {
      return await doFetch(url, {
        headers: {
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "ztgate",
          ...(options.token ? { authorization: `token ${options.token}` } : {}),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  };
  return async (pathOrUrl) => {
    const url = pathOrUrl.startsWith("/") ? `${api}${pathOrUrl}` : pathOrUrl;
    const delay = options.retryDelayMs ?? 1000;
    for (let attempt = 1; ; attempt++) {
      const res = await once(url);
      const transient = res instanceof Error || res.status >= 500 || res.status === 429;
      if (!transient || attempt >= ATTEMPTS) return res;
      await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 1)));
    }
  };
}
