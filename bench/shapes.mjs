// The "real" generator case: reports built from the entries of the real fixtures in
// fixtures/real/ rather than from one template. Each format's entries (Grype matches with
// several CVSS entries, related vulnerabilities and locations; Trivy vulnerabilities of
// several scanner versions; semgrep SARIF results with long multi-line messages; Checkov
// failed checks with code blocks; npm audit entries that refer to each other through `via`
// and `effects`) are replicated in groups, the packages, paths and fingerprints of each group
// renamed so that no two findings are one (no dedupe), and written pretty-printed (2-space, as the
// scanners print) or compact (one line, as `grype -o json` writes).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const REAL = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "real");
const read = (file) => JSON.parse(readFileSync(join(REAL, file), "utf8"));

/** Elements under `key` of every object on the way `path` names ("a[].b" style). */
function collect(doc, path) {
  let nodes = [doc];
  for (const part of path.split(".")) {
    const spread = part.endsWith("[]");
    const key = spread ? part.slice(0, -2) : part;
    nodes = nodes.flatMap((n) => (spread ? (n?.[key] ?? []) : [n?.[key]]));
  }
  return nodes.filter((n) => n !== undefined && n !== null);
}

const suffixed = (value, g) => (typeof value === "string" ? `${value}-g${g}` : value);

/**
 * Per format: the fixture whose document surrounds the entries (`skeleton`, with the streamed
 * array at `place`), where the entries come from (`pool`) and how group `g` renames one.
 */
const SHAPES = {
  grype: {
    skeleton: "grype/dd-samples__juice_shop-grype-sca.json",
    place: ["matches"],
    pool: [
      "grype/check_all_fields.json",
      "grype/dd-samples__juice_shop-grype-sca.json",
      "grype/dd-samples__k-client-grype-sca.json",
      "grype/grype-repo__keycloak-test.json",
      "grype/issue_9618.json",
      "grype/many_vulns4.json",
      "grype/many_vulns_with_epss_values.json",
    ].flatMap((f) => collect(read(f), "matches[]")),
    vary(m, g) {
      m.artifact.name = suffixed(m.artifact.name, g);
      if (m.artifact.id) m.artifact.id = suffixed(m.artifact.id, g);
      for (const d of m.matchDetails ?? []) {
        if (d.searchedBy?.package?.name) d.searchedBy.package.name = m.artifact.name;
      }
      return m;
    },
  },
  trivy: {
    skeleton: "trivy/dd-samples__k-client_trivy-report.json",
    place: ["Results", 0, "Vulnerabilities"],
    pool: [
      "trivy/all_statuses.json",
      "trivy/cvss_severity_source.json",
      "trivy/cvssv4_severity_source.json",
      "trivy/dd-samples__k-client_trivy-report.json",
      "trivy/issue_9333.json",
      "trivy/scheme_2_many_vulns.json",
      "trivy/trivy-golden__alpine-310.json",
    ].flatMap((f) => collect(read(f), "Results[].Vulnerabilities[]")),
    vary(v, g) {
      v.PkgName = suffixed(v.PkgName, g);
      if (v.PkgID) v.PkgID = suffixed(v.PkgID, g);
      if (v.PkgIdentifier?.PURL) v.PkgIdentifier.PURL = suffixed(v.PkgIdentifier.PURL, g);
      return v;
    },
  },
  sarif: {
    skeleton: "sarif/semgrepowasp-benchmark-sample.sarif",
    place: ["runs", 0, "results"],
    pool: collect(read("sarif/semgrepowasp-benchmark-sample.sarif"), "runs[].results[]"),
    vary(r, g) {
      for (const l of r.locations ?? []) {
        const a = l.physicalLocation?.artifactLocation;
        if (a?.uri) a.uri = a.uri.replace(/(\.[a-z]+)$/, `G${g}$1`);
      }
      for (const k of Object.keys(r.fingerprints ?? {})) r.fingerprints[k] += `-g${g}`;
      for (const k of Object.keys(r.partialFingerprints ?? {}))
        r.partialFingerprints[k] += `-g${g}`;
      return r;
    },
  },
  checkov: {
    skeleton: "checkov/dd-samples__terraform-checkov-3.json",
    place: ["results", "failed_checks"],
    pool: [
      "checkov/dd-samples__terraform-checkov-3.json",
      "checkov/checkov-report-multiple-check_type.json",
    ]
      .map(read)
      .flatMap((d) => (Array.isArray(d) ? d : [d]))
      .filter((d) => d.check_type === "terraform")
      .flatMap((d) => d.results.failed_checks),
    vary(c, g) {
      for (const k of ["file_path", "repo_file_path", "file_abs_path", "resource"]) {
        if (typeof c[k] === "string") c[k] = c[k].replace(/(\.[a-z]+)?$/, `-g${g}$1`);
      }
      return c;
    },
    finish(doc, n) {
      doc.summary.failed = n;
    },
  },
  "npm-audit": {
    skeleton: "npm-audit/many_vuln_npm7.json",
    place: ["vulnerabilities"],
    members: true,
    pool: Object.values(read("npm-audit/many_vuln_npm7.json").vulnerabilities),
    vary(v, g) {
      const name = (s) => suffixed(s, g);
      v.name = name(v.name);
      v.via = v.via.map((x) =>
        typeof x === "string"
          ? name(x)
          : { ...x, name: name(x.name), dependency: name(x.dependency) },
      );
      v.effects = v.effects.map(name);
      v.nodes = v.nodes.map((p) => p.replace(/[^/]+$/, (last) => name(last)));
      if (v.fixAvailable && typeof v.fixAvailable === "object") {
        v.fixAvailable = { ...v.fixAvailable, name: name(v.fixAvailable.name) };
      }
      return v;
    },
    finish(doc, n, entries) {
      const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
      for (const e of entries) counts[e.severity]++;
      doc.metadata.vulnerabilities = { ...counts, total: n };
    },
  },
};

export const SHAPE_FORMATS = Object.keys(SHAPES);

/**
 * Writes a FORMAT report of `n` entries replicated from the real fixtures through `w`
 * (write(text)); `compact` writes one line. The whole groups of the pool are replicated, so
 * references inside a group (npm audit's `via`) stay resolvable; the last group is cut short
 * only where nothing refers to what is cut (npm audit's last group is whole: `n` is rounded up).
 */
export function writeShaped(w, format, n, compact) {
  const shape = SHAPES[format];
  const pool = shape.pool;
  const count = shape.members ? Math.ceil(n / pool.length) * pool.length : n;
  // npm audit's entries refer to each other by name: a group is renamed as one; any other
  // entry is renamed alone (two fixtures may hold the same vulnerability of the same package).
  const entry = (i) =>
    shape.vary(
      JSON.parse(JSON.stringify(pool[i % pool.length])),
      shape.members ? Math.floor(i / pool.length) : i,
    );
  const doc = read(shape.skeleton);
  const MARK = "\u0001ENTRIES\u0001";
  let holder = doc;
  for (const key of shape.place.slice(0, -1)) holder = holder[key];
  const last = shape.place[shape.place.length - 1];
  holder[last] = MARK;
  if (shape.finish) {
    const all = shape.members ? Array.from({ length: count }, (_, i) => entry(i)) : [];
    shape.finish(doc, count, all);
  }
  const indentUnit = compact ? "" : "  ";
  const text = JSON.stringify(doc, null, indentUnit);
  const at = text.indexOf(JSON.stringify(MARK));
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = compact ? "" : /^ */.exec(text.slice(lineStart))[0];
  const inner = indent + indentUnit;
  const nl = compact ? "" : "\n";
  const sep = compact ? ":" : ": ";
  const [open, close] = shape.members ? ["{", "}"] : ["[", "]"];
  w.write(text.slice(0, at) + open + nl);
  for (let i = 0; i < count; i++) {
    const value = entry(i);
    let body = JSON.stringify(value, null, indentUnit);
    if (!compact) body = body.replaceAll("\n", "\n" + inner);
    w.write(inner + (shape.members ? JSON.stringify(value.name) + sep : "") + body);
    w.write(i + 1 < count ? "," + nl : nl);
  }
  w.write(indent + close + text.slice(at + JSON.stringify(MARK).length));
  return count;
}
