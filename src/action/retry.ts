// The bounded retry every request of the action's API client goes through: 5xx, network
// errors and rate limits wait (Retry-After, the rate-limit reset, else exponential backoff)
// and try again a bounded number of times; anything else is thrown to the caller.
import type { getOctokit } from "@actions/github";
import type { RetryConfig } from "./inputs.js";

type Octokit = ReturnType<typeof getOctokit>;

export interface HttpFailure {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** How long to wait before retrying, or undefined when the failure is not worth a retry. */
export function retryDelay(
  err: unknown,
  attempt: number,
  retry: RetryConfig,
  now: number,
): number | undefined {
  if (attempt >= retry.attempts) return undefined;
  const { status, response } = (err ?? {}) as HttpFailure;
  const headers = response?.headers ?? {};
  const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (headers["retry-after"] !== undefined || headers["x-ratelimit-remaining"] === "0"));
  let wait: number | undefined;
  if (rateLimited) {
    const reset = Number(headers["x-ratelimit-reset"]) * 1000 - now;
    wait = Number.isFinite(retryAfter)
      ? retryAfter * 1000
      : Number.isFinite(reset)
        ? reset
        : backoff;
  } else if (status === undefined || status >= 500) {
    wait = backoff;
  }
  return wait === undefined ? undefined : Math.min(Math.max(wait, backoff), retry.maxDelayMs);
}

/** Wraps every request of the client in the retry; `log` says what is retried (never the token). */
export function withRetry(
  octokit: Octokit,
  retry: RetryConfig,
  log: (message: string) => void,
): void {
  octokit.hook.wrap("request", async (request, req) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(req);
      } catch (err) {
        const wait = retryDelay(err, attempt, retry, Date.now());
        if (wait === undefined) throw err;
        const status = (err as HttpFailure).status ?? "network error";
        log(`GitHub API ${req.method} ${req.url}: ${status}; retry ${attempt} in ${wait} ms`);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  });
}
