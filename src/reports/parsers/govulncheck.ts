// govulncheck JSON: `govulncheck -json ./...` writes a stream of messages (config, progress,
// SBOM, osv, finding), pretty-printed one after another (decode.ts reads them as a stream);
// some tools save the same messages as one JSON array. Before 1.0 it wrote one object
// (Calls, Imports, Requires, Vulns). Reachability decides the severity (docs/formats.md): a
// trace that reaches a called symbol is a vulnerability of the code; an imported package or
// a required module that is never called is information, as govulncheck itself shows them.
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import { entries, isObject, needString, str, strings, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";
import { fixFrom, titleOf } from "./vuln-fields.js";

const TOOL = "govulncheck";

/** Every message kind govulncheck writes (internal/govulncheck Message); another is an error. */
const MESSAGE_KINDS: ReadonlyMap<unknown, string> = new Map(
  ["config", "progress", "SBOM", "osv", "finding"].map((k) => [k, k]),
);

/** How far a finding's trace reaches, most reachable first. */
type Level = "symbol" | "package" | "module";
const RANK: Record<Level, number> = { symbol: 3, package: 2, module: 1 };
/** config.scan_level: how far govulncheck looked (`-scan symbol|package|module`). */
const SCAN_LEVELS: ReadonlyMap<unknown, Level> = new Map(
  (["symbol", "package", "module"] as const).map((l) => [l, l]),
);

function isMessage(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && MESSAGE_KINDS.has(keys[0]);
}

function isStream(json: unknown): json is Json[] {
  if (!Array.isArray(json) || json.length === 0 || !json.every(isMessage)) return false;
  return json.some(
    (m) => (isObject(m.config) && m.config.scanner_name === TOOL) || isObject(m.finding),
  );
}

function isPre1(json: unknown): json is Json {
  return (
    isObject(json) &&
    Array.isArray(json.Vulns) &&
    ("Calls" in json || "Imports" in json || "Requires" in json)
  );
}

export const govulncheck: Parser = {
  id: "govulncheck",
  description: "govulncheck JSON (govulncheck -json ./...; the message stream, or pre-1.0 JSON)",
  layers: ["dependency"],
  containers: { stream: ["[].finding"], "pre-1.0": ["Vulns[]"] },
  detect: ({ json }) => isStream(json) || isPre1(json),
  parse({ json, path }) {
    if (isPre1(json)) return parsePre1(json, path);
    if (!Array.isArray(json)) {
      throw new GateError("is not a govulncheck report (expected its JSON messages)", {
        file: path,
      });
    }
    return parseStream(json, path);
  },
};

interface Reached {
  osv: string;
  module: string;
  version?: string;
  level: Level;
  /** Fixed versions: the one govulncheck names, or (pre-1.0) every fix in the advisory. */
  fixed: string[];
  /** Where the user's code reaches the vulnerable symbol (the trace's outermost position). */
  position?: { path: string; line?: number };
}

function parseStream(messages: unknown[], path: string): Finding[] {
  const advisories = new Map<string, Json>();
  const reached = new Map<string, Reached>();
  // Without a config naming the scan level, nothing is known to be unreached.
  let scan: Level = "module";
  messages.forEach((message, i) => {
    if (!isObject(message) || Object.keys(message).length !== 1) {
      throw new GateError(`message ${i} must be an object with one member`, { file: path });
    }
    const kind = knownValue(MESSAGE_KINDS, Object.keys(message)[0], `message ${i}`, path);
    if (kind === "osv") {
      const osv = message.osv;
      if (!isObject(osv))
        throw new GateError(`message ${i}: osv must be an object`, { file: path });
      advisories.set(needString(osv.id, `message ${i}: osv.id`, path), osv);
    } else if (kind === "finding") {
      keepMostReachable(reached, findingOf(message.finding, i, path));
    } else if (kind === "config" && isObject(message.config)) {
      const level = message.config.scan_level;
      if (level !== undefined)
        scan = knownValue(SCAN_LEVELS, level, `message ${i}: config.scan_level`, path);
    }
  });
  return [...reached.values()].map((r) => toFinding(r, scan, advisories.get(r.osv), path));
}

function findingOf(value: unknown, i: number, path: string): Reached {
  if (!isObject(value))
    throw new GateError(`message ${i}: finding must be an object`, { file: path });
  const what = `message ${i}: finding`;
  const osv = needString(value.osv, `${what}.osv`, path);
  const trace = entries(value.trace, `${what}.trace`, path);
  const top = trace[0];
  if (!top) throw new GateError(`${what}.trace must not be empty`, { file: path });
  const level: Level = str(top.function) ? "symbol" : str(top.package) ? "package" : "module";
  const positioned = [...trace].reverse().find((frame) => isObject(frame.position));
  const position = positioned ? (positioned.position as Json) : undefined;
  const file = position ? str(position.filename) : undefined;
  return {
    osv,
    module: needString(top.module, `${what}.trace[0].module`, path),
    version: str(top.version),
    level,
    fixed: strings([value.fixed_version]),
    position: file && level === "symbol" ? { path: file, line: lineOf(position) } : undefined,
  };
}

function lineOf(position: Json | undefined): number | undefined {
  const line = position?.line;
  return typeof line === "number" && line >= 1 ? line : undefined;
}

/** govulncheck writes one finding per trace; the pair (advisory, module) keeps its highest level. */
function keepMostReachable(reached: Map<string, Reached>, r: Reached): void {
  const key = `${r.osv}\u0000${r.module}`;
  const seen = reached.get(key);
  if (!seen || RANK[r.level] > RANK[seen.level]) {
    const fixed = r.fixed.length > 0 ? r.fixed : (seen?.fixed ?? []);
    reached.set(key, { ...r, fixed, version: r.version ?? seen?.version });
  } else {
    if (seen.fixed.length === 0) seen.fixed = r.fixed;
    seen.version ??= r.version;
  }
}

/**
 * The Go vulnerability database rates nothing: a finding at the finest level the scan looked
 * at (a called symbol, in the default symbol scan) is `unknown`, so the policy's
 * `settings.unknown-severity` decides (high by default). Below it, govulncheck showed the code
 * is not reached (never called, or not even imported): info. A package or module scan never
 * looked at calls, so its findings are not "not called" (a coarse scan is no evidence).
 */
function severityOf(level: Level, scan: Level): Severity {
  return RANK[level] >= RANK[scan] ? "unknown" : "info";
}

const REACH: Record<Level, string> = {
  symbol: "called by the code",
  package: "package imported, vulnerable symbols not called",
  module: "module required, vulnerable package not imported",
};

function toFinding(r: Reached, scan: Level, osv: Json | undefined, path: string): Finding {
  const details = str(osv?.details);
  const summary = str(osv?.summary) ?? titleOf(details) ?? r.osv;
  const dbUrl = isObject(osv?.database_specific) ? str(osv.database_specific.url) : undefined;
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id: r.osv,
      aliases: strings(osv?.aliases),
      title: `${summary} (${REACH[r.level]})`,
      description: details,
      severity: severityOf(r.level, scan),
      fix: fixFrom(r.fixed),
      package: {
        name: r.module,
        version: r.version,
        ecosystem: "go",
        purl: r.module === "stdlib" ? undefined : purlOf(r.module, r.version),
      },
      location: r.position ? { path: r.position.path, startLine: r.position.line } : undefined,
      ruleId: `govulncheck:${r.level}`,
      url: dbUrl ?? `https://pkg.go.dev/vuln/${r.osv}`,
    },
    path,
  );
}

function purlOf(module: string, version: string | undefined): string {
  return `pkg:golang/${module}${version ? `@${version}` : ""}`;
}

/** Pre-1.0: one entry per vulnerable symbol; CallSink / ImportSink say how far it is reached. */
function parsePre1(json: Json, path: string): Finding[] {
  const versions = new Map<string, string>();
  for (const m of entries(json.Modules, "Modules", path)) {
    const name = str(m.Path);
    const version = str(m.Version);
    if (name && version) versions.set(name, version);
  }
  const advisories = new Map<string, Json>();
  const reached = new Map<string, Reached>();
  entries(json.Vulns, "Vulns", path).forEach((v, i) => {
    const osv = v.OSV;
    if (!isObject(osv)) throw new GateError(`Vulns[${i}].OSV must be an object`, { file: path });
    const id = needString(osv.id, `Vulns[${i}].OSV.id`, path);
    const module = needString(v.ModPath, `Vulns[${i}].ModPath`, path);
    advisories.set(id, osv);
    const level: Level = sink(v.CallSink) ? "symbol" : sink(v.ImportSink) ? "package" : "module";
    const fixed = fixedIn(osv, module);
    keepMostReachable(reached, { osv: id, module, version: versions.get(module), level, fixed });
  });
  // Pre-1.0 always built the call graph: a symbol scan.
  return [...reached.values()].map((r) => toFinding(r, "symbol", advisories.get(r.osv), path));
}

/** A sink is a node id; 0 (or none) means the vulnerable code is not reached that way. */
function sink(value: unknown): boolean {
  return typeof value === "number" && value !== 0;
}

/** Every "fixed" event of the module's affected ranges (Go versions get a "v"). */
function fixedIn(osv: Json, module: string): string[] {
  const fixed: string[] = [];
  for (const affected of Array.isArray(osv.affected) ? osv.affected : []) {
    if (!isObject(affected) || !isObject(affected.package)) continue;
    if (affected.package.name !== module) continue;
    for (const range of Array.isArray(affected.ranges) ? affected.ranges : []) {
      const events = isObject(range) && Array.isArray(range.events) ? range.events : [];
      for (const e of events) {
        const version = isObject(e) ? str(e.fixed) : undefined;
        if (version) fixed.push(version.startsWith("v") ? version : `v${version}`);
      }
    }
  }
  return fixed;
}
