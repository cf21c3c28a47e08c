import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  ALERT_SOURCES,
  BUILTIN_PREFIX,
  alertSourceName,
  apiBase,
  apiGetter,
  discoverPolicy,
  discoverPolicyWith,
  gitEnvironment,
  gitTopLevel,
  loadPolicyWith,
  readFromDisk
} from "./chunk-YXWZ77PM.js";
import {
  decodeReport
} from "./chunk-AZ3UIT6N.js";
import {
  repositoryPath
} from "./chunk-QW6IHFNX.js";
import {
  GateError,
  errorMessage
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/io/policy-pair.ts
import { isAbsolute as isAbsolute2, resolve } from "node:path";

// src/policy/policy-diff.ts
var ACTION_RANK = { ignore: 0, info: 1, warn: 2, block: 3 }, FAIL_ON_RANK = { never: 0, warn: 2, block: 1 };
function policyDiff(base, head) {
  let changes = [
    ...ruleChanges(base.rules, head.rules),
    ...waiverChanges(base.waivers, head.waivers),
    ...recordChanges("setting", base.settings, head.settings),
    ...recordChanges("require", base.require, head.require),
    ...namedChanges("asset", specsByName(base.assets), specsByName(head.assets)),
    ...namedChanges("control", controlsByName(base), controlsByName(head)),
    // A deadline has no id: it is named by what it says ("high: 30 days"), so a longer one
    // reads as one removed and one added.
    ...namedChanges(
      "deadline",
      byKey(base.deadlines, (d) => d.label),
      byKey(head.deadlines, (d) => d.label)
    ),
    ...namedChanges(
      "budget",
      byKey(base.budgets, (b) => b.id),
      byKey(head.budgets, (b) => b.id)
    )
  ];
  if (base.defaultClassification !== head.defaultClassification) {
    let detail = `${base.defaultClassification} \u2192 ${head.defaultClassification}`;
    changes.push({ area: "setting", kind: "changed", subject: "default-classification", detail });
  }
  return changes.length === 0 && canonical(dataOf(base)) !== canonical(dataOf(head)) && changes.push({ area: "policy", kind: "changed", subject: "policy", detail: "changed" }), changes;
}
function ruleChanges(base, head) {
  let before = new Map(base.map((r) => [r.id, r])), after = new Map(head.map((r) => [r.id, r])), out = [];
  for (let [id, old] of before) {
    let now = after.get(id);
    if (!now) {
      out.push({ area: "rule", kind: "removed", subject: id, detail: `was ${old.action}` });
      continue;
    }
    let delta = ACTION_RANK[now.action] - ACTION_RANK[old.action];
    if (delta !== 0) {
      let kind = delta < 0 ? "weakened" : "strengthened";
      out.push({ area: "rule", kind, subject: id, detail: `${old.action} \u2192 ${now.action}` });
    }
    if (canonical(old.when) !== canonical(now.when)) {
      let detail = `when ${canonical(old.when)} \u2192 ${canonical(now.when)}`;
      out.push({ area: "rule", kind: "changed", subject: id, detail });
    }
  }
  for (let [id, now] of after)
    before.has(id) || out.push({
      area: "rule",
      kind: "added",
      subject: id,
      detail: `${now.action} when ${canonical(now.when)}`
    });
  return out;
}
function waiverScope(w) {
  let { id, package: pkg, versions, paths, asset, rule } = w.spec;
  return canonical({ id, pkg, versions, paths, asset, rule });
}
function waiverChanges(base, head) {
  let before = new Map(base.map((w) => [waiverScope(w), w])), after = new Map(head.map((w) => [waiverScope(w), w])), out = [];
  for (let [scope, now] of after) {
    let old = before.get(scope), subject = now.spec.id;
    if (!old) {
      out.push({ area: "waiver", kind: "added", subject, detail: waiverLabel(now) });
      continue;
    }
    if (now.spec.expires > old.spec.expires) {
      let detail = `expires ${old.spec.expires} \u2192 ${now.spec.expires}`;
      out.push({ area: "waiver", kind: "extended", subject, detail });
    }
    let withoutExpiry = (w) => canonical({ ...w.spec, expires: void 0 });
    (withoutExpiry(old) !== withoutExpiry(now) || now.spec.expires < old.spec.expires) && out.push({ area: "waiver", kind: "changed", subject, detail: waiverLabel(now) });
  }
  for (let [scope, old] of before)
    after.has(scope) || out.push({ area: "waiver", kind: "removed", subject: old.spec.id, detail: waiverLabel(old) });
  return out;
}
function waiverLabel(w) {
  let s = w.spec, scope = [
    s.package && `package ${s.package}`,
    s.asset && `asset ${s.asset}`,
    s.rule && `rule ${s.rule}`
  ].filter(Boolean).join(", "), approved = s["approved-by"] ? `, approved by ${s["approved-by"]}` : ", no approver";
  return `${scope ? `${scope}, ` : ""}owner ${s.owner}${approved}, expires ${s.expires}`;
}
function recordChanges(area, base, head) {
  let a = base, b = head, keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort(), out = [];
  for (let key of keys) {
    if (canonical(a[key]) === canonical(b[key])) continue;
    let subject = kebab(key), detail = `${shown(a[key])} \u2192 ${shown(b[key])}`;
    out.push({ area, kind: settingKind(area, key, a[key], b[key]), subject, detail });
  }
  return out;
}
function settingKind(area, key, old, now) {
  if (area === "setting" && key === "failOn") {
    let rank = (v) => FAIL_ON_RANK[v ?? "block"] ?? -1;
    return rank(now) < rank(old) ? "weakened" : "changed";
  }
  if (area === "require" && key === "layers") {
    let kept = new Set(now ?? []);
    return (old ?? []).some((l) => !kept.has(l)) ? "weakened" : "changed";
  }
  return area === "require" && now === void 0 ? "weakened" : "changed";
}
function specsByName(assets) {
  return new Map(assets.map((a) => [a.spec.name, a.spec]));
}
function controlsByName(p) {
  return new Map(p.controls.map((c) => [c.name, c.spec]));
}
function namedChanges(area, before, after) {
  let out = [];
  for (let [name, old] of before) {
    let now = after.get(name);
    now === void 0 ? out.push({ area, kind: "removed", subject: name, detail: canonical(old) }) : canonical(old) !== canonical(now) && out.push({
      area,
      kind: "changed",
      subject: name,
      detail: `${canonical(old)} \u2192 ${canonical(now)}`
    });
  }
  for (let [name, now] of after)
    before.has(name) || out.push({ area, kind: "added", subject: name, detail: canonical(now) });
  return out;
}
function byKey(list, key) {
  return new Map((list ?? []).map((t) => [key(t), t]));
}
function dataOf(p) {
  return {
    ...p,
    rules: p.rules.map(({ id, action, when }) => ({ id, action, when })),
    assets: p.assets.map((a) => a.spec),
    controls: p.controls.map((c) => [c.name, c.spec]),
    waivers: p.waivers.map((w) => w.spec)
  };
}
function kebab(key) {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function shown(value) {
  return value === void 0 ? "(unset)" : typeof value == "string" ? value : canonical(value);
}
function canonical(value) {
  let seen = /* @__PURE__ */ new WeakSet();
  return JSON.stringify(value, (key, v) => {
    if (!(typeof v == "function" || key === "source" || key === "origin" || key === "examples")) {
      if (v instanceof Date) return v.toISOString();
      if (v instanceof Set) return [...v];
      if (v && typeof v == "object") {
        if (seen.has(v)) return "[seen]";
        seen.add(v);
      }
      if (v && typeof v == "object" && !Array.isArray(v)) {
        let o = v;
        return Object.fromEntries(
          Object.keys(o).sort().map((k) => [k, o[k]])
        );
      }
      return v;
    }
  }) ?? "undefined";
}

// src/io/policy-at-ref.ts
import { spawnSync } from "node:child_process";
import { isAbsolute } from "node:path";
function git(root, args, maxBuffer = 1024 * 1024) {
  return spawnSync("git", ["--literal-pathspecs", ...args], {
    cwd: root,
    env: gitEnvironment(),
    maxBuffer,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 3e4
  });
}
function resolveCommit(root, ref) {
  if (ref.startsWith("-")) return;
  let r = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]), out = r.status === 0 ? r.stdout.toString("utf8").trim() : "";
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out) ? out : void 0;
}
function missing(message) {
  return Object.assign(new Error(message), { code: "ENOENT" });
}
var MAX_POLICY_BYTES = 1024 * 1024;
function gitRefReader(root, commit, label = commit) {
  let short = commit.slice(0, 12), where = label === commit ? ` at ${short}` : ` at ${label} (${short})`, entries = /* @__PURE__ */ new Map(), entry = (absolute) => {
    let path = pathInCommit(root, absolute);
    return entries.has(path) || entries.set(path, lsTree(root, commit, path)), entries.get(path);
  };
  return { commit, where, read: (absolute) => {
    let e = entry(absolute), path = pathInCommit(root, absolute);
    if (!e) throw missing(`${path} does not exist${where}`);
    if (e.mode === "120000")
      throw new GateError("is a symbolic link: a policy is read as a file, never followed", {
        file: path
      });
    if (e.type !== "blob")
      throw new GateError(`is a ${e.type === "tree" ? "directory" : e.type}, not a file`, {
        file: path
      });
    let r = git(root, ["cat-file", "blob", e.object], MAX_POLICY_BYTES + 1);
    if (r.error && r.error.code === "ENOBUFS")
      return r.stdout.toString("utf8");
    if (r.status !== 0)
      throw new GateError(`cannot be read: ${r.stderr.toString("utf8").trim()}`, {
        file: path
      });
    return r.stdout.toString("utf8");
  }, exists: (absolute) => entry(absolute) !== void 0 };
}
function pathInCommit(root, absolute) {
  let path = repositoryPath(absolute, root);
  if (path === void 0 || path === "." || !isAbsolute(absolute))
    throw new GateError(`is outside the repository ${root}: it cannot be read at a commit`, {
      file: absolute
    });
  return path;
}
function lsTree(root, commit, path) {
  let r = git(root, ["ls-tree", "-z", "--full-tree", commit, "--", path]);
  if (r.status !== 0)
    throw new GateError(`git ls-tree failed at ${commit}: ${r.stderr.toString("utf8").trim()}`, {
      file: path
    });
  for (let record of r.stdout.toString("utf8").split("\0")) {
    let tab = record.indexOf("	");
    if (tab < 0 || record.slice(tab + 1) !== path) continue;
    let [mode = "", type = "", object = ""] = record.slice(0, tab).split(" ");
    return { mode, type, object };
  }
}

// src/io/policy-pair.ts
async function loadPolicyPair(input) {
  let { explicit, cwd, ref } = input, headPath = explicit ?? discoverPolicy(cwd, input.topLevel ?? gitTopLevel), basePath = explicit?.startsWith(BUILTIN_PREFIX) === !0 ? explicit : explicit !== void 0 ? resolve(cwd, explicit) : await discoverPolicyWith(cwd, input.top, ref.exists, ref.where), trusted = await labelled(
    `the policy${ref.where}`,
    () => loadPolicyWith(basePath, ref.read, cwd, input.remote)
  ), head = await labelled(
    "the working tree's policy",
    () => loadPolicyWith(headPath, readFromDisk, cwd, input.remote)
  ), shownTrusted = {
    ...trusted,
    source: `${shownPath(trusted.source, input.top)}${ref.where}`
  }, changes = policyDiff(trusted, head);
  return changes.length ? { trusted: shownTrusted, proposed: { policy: head, changes } } : { trusted: shownTrusted };
}
async function labelled(side, load) {
  try {
    return await load();
  } catch (err) {
    throw err instanceof GateError ? new GateError(`${side}: ${err.message}`, err, err.code) : new GateError(`${side}: ${errorMessage(err)}`);
  }
}
async function loadPolicyFromRef(explicit, cwd, refName, topLevel = gitTopLevel) {
  let top = topLevel(cwd);
  if (top === void 0)
    throw new GateError(`--policy-from ${refName}: ${cwd} is not in a git repository`);
  let commit = resolveCommit(top, refName);
  if (commit === void 0)
    throw new GateError(
      `--policy-from ${refName}: not a commit in this repository (a shallow clone may not have it: git fetch it first)`
    );
  let ref = gitRefReader(top, commit, refName);
  return { ...await loadPolicyPair({ explicit, cwd, top, ref, topLevel }), ref };
}
function shownPath(source, top) {
  if (top === void 0 || !isAbsolute2(source)) return source;
  let inRepo = repositoryPath(source, top);
  return inRepo === void 0 || inRepo === "." ? source : inRepo;
}

// src/io/parse-workers.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
var WORKERS_FROM_BYTES = 8 * 2 ** 20;
async function loadInWorkers(requests, options) {
  let { script } = options;
  if (requests.length < 2 || options.setting === "0" || !script || !existsSync(script) || options.setting !== "always" && totalBytes(requests) < WORKERS_FROM_BYTES) return;
  let cores = options.setting === "always" ? Math.max(2, availableParallelism()) : freeCores(), count = Math.min(cores, requests.length);
  if (count < 2) return;
  let outcomes;
  try {
    let { Worker } = await import("node:worker_threads");
    outcomes = await runPool(Worker, script, requests, options.onReport, count);
  } catch {
    return;
  }
  return outcomes.map((o) => {
    if ("report" in o) return o.report;
    let { error } = o;
    throw error.gate ? new GateError(error.message, error, error.code) : new Error(error.message);
  });
}
function freeCores() {
  let cores = availableParallelism();
  return Math.max(0, Math.min(cores, Math.floor(cores - loadavg()[0] + 0.5)));
}
function totalBytes(requests) {
  let total = 0;
  for (let r of requests)
    try {
      total += statSync(r.file ?? r.path).size;
    } catch {
    }
  return total;
}
function runPool(Worker, script, requests, onReport, count) {
  let outcomes = new Array(requests.length), workers = [], next = 0, done = 0;
  return new Promise((resolve2, reject) => {
    let stop = (fail) => {
      for (let w of workers) w.terminate();
      fail === void 0 ? resolve2(outcomes) : reject(fail);
    }, give = (worker) => {
      if (next >= requests.length) return;
      let index = next++;
      onReport?.(index, requests.length, requests[index].path), worker.postMessage({ index, request: requests[index] });
    };
    for (let i = 0; i < count; i++) {
      let worker = new Worker(script);
      workers.push(worker), worker.on("message", (m) => {
        outcomes[m.index] = "report" in m ? { report: m.report } : { error: m.error }, ++done === requests.length ? stop() : give(worker);
      }), worker.on("error", stop), worker.on("exit", (code) => {
        done < requests.length && stop(new Error(`parse worker exited with code ${code}`));
      }), give(worker);
    }
  });
}

// src/io/link-header.ts
function nextPageUrl(header, api) {
  if (header)
    for (let part of splitLinks(header)) {
      let m = /^\s*<([^>]*)>\s*((?:;[^;]*)*)$/.exec(part);
      if (!m) throw new Error("the Link header is not a list of <URL>; rel=... links");
      if (![...m[2].matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;"]+))/gi)].map((r) => (r[1] ?? r[2] ?? "").toLowerCase().split(/\s+/)).flat().includes("next")) continue;
      let url = new URL(m[1], `${api}/`), base = new URL(`${api}/`);
      if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname))
        throw new Error(`the next page's link leaves the API (${url.origin}${url.pathname})`);
      return url.href;
    }
}
function splitLinks(header) {
  let parts = [], depth = 0, start = 0;
  for (let i = 0; i < header.length; i++) {
    let c = header[i];
    c === "<" ? depth++ : c === ">" ? depth = Math.max(0, depth - 1) : c === "," && depth === 0 && (parts.push(header.slice(start, i)), start = i + 1);
  }
  return parts.push(header.slice(start)), parts.filter((p) => p.trim() !== "");
}

// src/io/github-alerts.ts
var MAX_ALERT_PAGES = 50, PER_PAGE = 100;
function checkRepository(repository, where) {
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository))
    throw new GateError(`${where} must be OWNER/NAME, not "${printableLine(repository)}"`);
  return repository;
}
function alertsRef(githubRef, pullNumber) {
  if (pullNumber !== void 0) return `refs/pull/${pullNumber}/head`;
  let pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(githubRef ?? "");
  return pull ? `refs/pull/${pull[1]}/head` : /^refs\/(heads|tags)\/./.test(githubRef ?? "") ? githubRef : void 0;
}
function readAlerts(kinds, options) {
  return Promise.all(kinds.map((kind) => readSource(kind, options)));
}
async function readSource(kind, options) {
  let source = ALERT_SOURCES[kind], ref = source.takesRef ? options.ref : void 0, read = ref ?? "the default branch", query = [
    `per_page=${PER_PAGE}`,
    ...ref ? [`ref=${encodeURIComponent(ref)}`] : [],
    ..."query" in source ? [source.query] : []
  ].join("&"), get = apiGetter(options), api = apiBase(options.apiUrl), maxPages = options.maxPages ?? MAX_ALERT_PAGES, alerts = [], url = `/repos/${options.repository}/${source.path}?${query}`, pages = 0;
  try {
    for (; url !== void 0; ) {
      if (pages === maxPages)
        throw new Error(
          `there are more than ${maxPages} pages of ${PER_PAGE} alerts; ztgate reads at most ${maxPages} and never a part of the list`
        );
      let res = await get(url);
      if (res instanceof Error) throw new Error(`the GitHub API is unreachable (${res.message})`);
      let text = await res.text();
      if (!res.ok) throw new Error(refusal(kind, res, text, options.repository));
      pages++, alerts.push(...pageAlerts(kind, text, pages)), url = nextPageUrl(res.headers.get("link"), api);
    }
  } catch (err) {
    return { kind, read, problem: err instanceof Error ? err.message : String(err) };
  }
  return { kind, read, alerts, pages };
}
function pageAlerts(kind, text, page) {
  let json;
  try {
    ({ json } = decodeReport(Buffer.from(text), `${alertSourceName(kind)} page ${page}`));
  } catch (err) {
    throw new Error(`page ${page} is not JSON (${errorMessage(err)})`);
  }
  if (!Array.isArray(json)) throw new Error(`page ${page} is not an alert list (a JSON array)`);
  return json;
}
function refusal(kind, res, text, repository) {
  let said = githubMessage(text);
  if (res.status === 429 || res.status === 403 && res.headers.get("x-ratelimit-remaining") === "0") {
    let reset = Number(res.headers.get("x-ratelimit-reset")), when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1e3).toISOString()}` : "";
    return `rate limited (${res.status})${when}`;
  }
  return res.status === 401 || res.status === 403 ? `missing permission (${res.status}): the token needs ${ALERT_SOURCES[kind].permission}` : res.status === 404 ? `not found (404): ${kind} is disabled for ${repository} or the token cannot see it` : `the GitHub API answered ${res.status}${said}`;
}
function githubMessage(text) {
  try {
    let message = JSON.parse(text)?.message;
    return typeof message == "string" && message ? ` (GitHub: ${JSON.stringify(message.slice(0, 200))})` : "";
  } catch {
    return "";
  }
}

export {
  resolveCommit,
  gitRefReader,
  pathInCommit,
  loadPolicyPair,
  loadPolicyFromRef,
  loadInWorkers,
  checkRepository,
  alertsRef,
  readAlerts
};
