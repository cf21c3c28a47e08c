// A local stand-in for api.github.com on 127.0.0.1: it keeps issue comments and check runs in
// memory, answers in GitHub's response shapes, and validates every request against GitHub's
// OpenAPI description. A request the real API would reject is recorded as a problem (and
// answered 422), so a test fails on it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { OpenApiValidator } from "./openapi.js";

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: "User" | "Bot" };
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  body: unknown;
}

export interface FakeGitHubOptions {
  token: string;
  /** Operation ids answered 403 as for a fork pull request's read-only token. */
  forbidden?: readonly string[];
  /** The first N requests are answered 502 (then 429 with Retry-After), to exercise retries. */
  failFirst?: number;
  changedFiles?: string[];
  /** Open pull requests, for the lookup by head ("owner:branch"). */
  openPulls?: { number: number; label: string; sha: string }[];
  /**
   * Repository files for the contents API: per commit (files[sha][path] = text, this
   * repository), or by "owner/repo/path@commit" (other repositories: central policy packs).
   */
  files?: Record<string, Record<string, string> | string>;
  /** Branches and tags for the commits API, "owner/repo@ref" → commit SHA. */
  refs?: Record<string, string>;
  /** Reviews of every pull request (the reviews API), in the order they were given. */
  reviews?: { login: string; state: string; commit_id: string }[];
  /** Active members of teams, "org/team-slug" → logins. */
  teams?: Record<string, string[]>;
  /**
   * Alert lists by operation id (recorded responses), served `alertPageSize` a page whatever
   * per_page asks, so a small fixture spans pages: page=N for code and secret scanning, an
   * `after` cursor for Dependabot (its list has no page parameter).
   */
  alerts?: Record<string, unknown[]>;
  alertPageSize?: number;
  /** Operation ids answered 404 (alerts disabled), and 403 with the rate limit spent. */
  notFound?: readonly string[];
  rateLimited?: readonly string[];
}

const FORBIDDEN = {
  message: "Resource not accessible by integration",
  documentation_url: "https://docs.github.com/rest",
  status: "403",
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly checkRuns: { id: number; body: Record<string, unknown>; updates: unknown[] }[] = [];
  private server?: Server;
  private nextId = 1000;
  private failures = 0;

  constructor(
    private readonly api: OpenApiValidator,
    private readonly options: FakeGitHubOptions,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const checked = this.api.check(method, url, text);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    this.requests.push({ method, path: url, operationId: checked.operationId, body });
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        ...headers,
      });
      res.end(data === undefined ? undefined : JSON.stringify(data));
    };
    if (req.headers.authorization !== `token ${this.options.token}`) {
      this.problems.push(`${method} ${url}: missing or wrong authorization`);
      return send(401, { message: "Bad credentials" });
    }
    if (checked.problems.length) {
      this.problems.push(...checked.problems.map((p) => `${method} ${url}: ${p}`));
      return send(422, { message: "Validation Failed", errors: checked.problems });
    }
    if (this.failures < (this.options.failFirst ?? 0)) {
      this.failures++;
      if (this.failures % 2 === 1) return send(502, { message: "Server Error" });
      return send(429, { message: "rate limited" }, { "retry-after": "0" });
    }
    const op = checked.operationId ?? "";
    if (this.options.forbidden?.includes(op)) return send(403, FORBIDDEN);
    if (this.options.notFound?.includes(op)) {
      return send(404, {
        message: "Secret scanning is disabled on this repository.",
        status: "404",
      });
    }
    if (this.options.rateLimited?.includes(op)) {
      return send(
        403,
        { message: "API rate limit exceeded for installation.", status: "403" },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1795000000" },
      );
    }
    const problem = this.limits(op, body);
    if (problem) {
      this.problems.push(`${method} ${url}: ${problem}`);
      return send(422, { message: problem });
    }
    const handler = this.handlers[op];
    if (!handler) return send(404, { message: "Not Found" });
    const [status, data, headers] = handler(
      checked.params,
      body,
      // GitHub links pages by absolute URL: this server's own.
      new URL(url, `http://${req.headers.host ?? "x"}`),
    );
    send(status, data, headers);
  }

  /** Documented limits the OpenAPI schema does not state. */
  private limits(op: string, body?: Record<string, unknown>): string | undefined {
    const text = body?.body;
    if (
      (op === "issues/create-comment" || op === "issues/update-comment") &&
      typeof text === "string"
    ) {
      if (text.length > 65_536) return "Body is too long (maximum is 65536 characters)";
    }
    if (op === "checks/create" && body?.status === "completed" && !body.conclusion) {
      return "conclusion is required when status is completed";
    }
    return undefined;
  }

  private comment(issue: number, c: Comment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `https://api.github.com/repos/acme/payments/issues/comments/${c.id}`,
      html_url: `https://github.com/acme/payments/pull/${issue}#issuecomment-${c.id}`,
      issue_url: `https://api.github.com/repos/acme/payments/issues/${issue}`,
      body: c.body,
      user: { login: c.user.login, id: 41898282, type: c.user.type },
      created_at: "2026-11-22T22:00:00Z",
      updated_at: "2026-11-22T22:00:00Z",
      author_association: "NONE",
    };
  }

  private findComment(id: number): [number, Comment] | undefined {
    for (const [issue, list] of this.comments) {
      const c = list.find((x) => x.id === id);
      if (c) return [issue, c];
    }
    return undefined;
  }

  /** One page of a recorded alert list, with the Link header GitHub sends. */
  private alertPage(
    op: string,
    p: Record<string, string>,
    url: URL,
  ): [number, unknown?, Record<string, string>?] {
    const all = this.options.alerts?.[op];
    // The recorded lists are acme/payments's; another repository is not found.
    if (!all || `${p.owner}/${p.repo}` !== "acme/payments") return [404, { message: "Not Found" }];
    const size = this.options.alertPageSize ?? 100;
    const cursor = op === "dependabot/list-alerts-for-repo" ? "after" : "page";
    const raw = url.searchParams.get(cursor);
    const page = cursor === "after" ? (raw ? Number(atob(raw)) : 1) : Number(raw ?? 1);
    const headers: Record<string, string> = {};
    if (page * size < all.length) {
      const next = new URL(url);
      next.searchParams.set(cursor, cursor === "after" ? btoa(String(page + 1)) : String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    const items = all.slice((page - 1) * size, page * size);
    // hide_secret=true: the API leaves the secret value out of each alert.
    const hide = url.searchParams.get("hide_secret") === "true";
    const shown = hide ? items.map((a) => ({ ...(a as object), secret: undefined })) : items;
    return [200, shown, headers];
  }

  private readonly handlers: Record<
    string,
    (
      p: Record<string, string>,
      body: Record<string, unknown> | undefined,
      url: URL,
    ) => [number, unknown?, Record<string, string>?]
  > = {
    "issues/list-comments": (p, _b, url) => {
      const issue = Number(p.issue_number);
      const all = this.comments.get(issue) ?? [];
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const items = all
        .slice((page - 1) * perPage, page * perPage)
        .map((c) => this.comment(issue, c));
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set("page", String(page + 1));
        headers.link = `<${next.pathname}${next.search}>; rel="next"`;
      }
      return [200, items, headers];
    },
    "issues/create-comment": (p, body) => {
      const issue = Number(p.issue_number);
      const c: Comment = {
        id: this.nextId++,
        body: String(body?.body),
        user: { login: "github-actions[bot]", type: "Bot" },
      };
      this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
      return [201, this.comment(issue, c)];
    },
    "issues/update-comment": (p, body) => {
      const found = this.findComment(Number(p.comment_id));
      if (!found) return [404, { message: "Not Found" }];
      found[1].body = String(body?.body);
      return [200, this.comment(found[0], found[1])];
    },
    "issues/delete-comment": (p) => {
      const found = this.findComment(Number(p.comment_id));
      if (!found) return [404, { message: "Not Found" }];
      this.comments.set(
        found[0],
        this.comments.get(found[0])!.filter((c) => c !== found[1]),
      );
      return [204];
    },
    "pulls/list-files": () => [
      200,
      (this.options.changedFiles ?? []).map((filename, i) => ({
        sha: `${i}`.padStart(40, "a"),
        filename,
        status: "modified",
        additions: 3,
        deletions: 1,
        changes: 4,
      })),
    ],
    "pulls/list": (_p, _b, url) => [
      200,
      (this.options.openPulls ?? [])
        .filter((p) => !url.searchParams.get("head") || url.searchParams.get("head") === p.label)
        .map((p) => ({
          number: p.number,
          state: "open",
          html_url: `https://github.com/acme/payments/pull/${p.number}`,
          head: { label: p.label, sha: p.sha, ref: p.label.split(":")[1] },
        })),
    ],
    "repos/get-content": (p, _b, url) => {
      const ref = url.searchParams.get("ref") ?? "";
      const path = p.path ?? "";
      const atCommit = this.options.files?.[ref];
      const keyed = this.options.files?.[`${p.owner}/${p.repo}/${path}@${ref}`];
      const text =
        typeof atCommit === "object"
          ? atCommit[path]
          : typeof keyed === "string"
            ? keyed
            : undefined;
      if (text === undefined) return [404, { message: "Not Found" }];
      const name = path.split("/").at(-1)!;
      return [
        200,
        {
          type: "file",
          encoding: "base64",
          size: Buffer.byteLength(text),
          name,
          path,
          content: Buffer.from(text).toString("base64"),
          sha: "b".repeat(40),
          url: `https://api.github.com/repos/acme/payments/contents/${path}?ref=${ref}`,
          git_url: null,
          html_url: null,
          download_url: null,
          _links: { self: "", git: null, html: null },
        },
      ];
    },
    "repos/get-commit": (p) => {
      const sha = this.options.refs?.[`${p.owner}/${p.repo}@${p.ref}`];
      if (!sha) return [422, { message: `No commit found for SHA: ${p.ref}` }];
      return [200, { sha, commit: { message: "policy" } }];
    },
    "pulls/list-reviews": () => [
      200,
      (this.options.reviews ?? []).map((r, i) => ({
        id: 80 + i,
        user: { login: r.login, type: "User" },
        state: r.state,
        commit_id: r.commit_id,
        submitted_at: "2026-11-22T22:00:00Z",
      })),
    ],
    "teams/get-membership-for-user-in-org": (p) => {
      const members = this.options.teams?.[`${p.org}/${p.team_slug}`];
      if (!members?.includes(p.username!)) return [404, { message: "Not Found" }];
      return [200, { state: "active", role: "member" }];
    },
    "code-scanning/list-alerts-for-repo": (p, _b, url) =>
      this.alertPage("code-scanning/list-alerts-for-repo", p, url),
    "dependabot/list-alerts-for-repo": (p, _b, url) =>
      this.alertPage("dependabot/list-alerts-for-repo", p, url),
    "secret-scanning/list-alerts-for-repo": (p, _b, url) =>
      this.alertPage("secret-scanning/list-alerts-for-repo", p, url),
    "checks/create": (_p, body) => {
      const id = this.nextId++;
      this.checkRuns.push({ id, body: body ?? {}, updates: [] });
      return [
        201,
        {
          id,
          html_url: `https://github.com/acme/payments/runs/${id}`,
          status: body?.status,
          conclusion: body?.conclusion,
        },
      ];
    },
    "checks/update": (p, body) => {
      const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id));
      if (!run) return [404, { message: "Not Found" }];
      run.updates.push(body);
      return [200, { id: run.id, html_url: `https://github.com/acme/payments/runs/${run.id}` }];
    },
  };
}
