// Writes realistic synthetic scanner reports for the benchmark into bench/out/.
//
//   node bench/generate.mjs [FORMAT:SIZE ...]      e.g. grype:100000 trivy:1000
//
// Field shapes and sizes follow the real reports in fixtures/real/ (descriptions, reference
// lists, CVSS blocks, layer paths, 2-space indentation as the scanners print). Output is
// deterministic (seeded by format and size) and written in chunks, never as one string, so a
// million-match Grype report (~1.6 GB) takes a few megabytes of memory to write.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from "node:fs";
import { Buffer } from "node:buffer";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeShaped } from "./shapes.mjs";

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "out");
// Bump when the generated shape changes, so cached files are rewritten.
const GENERATOR_VERSION = 3;

/** mulberry32: small, fast and deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the a an in of to and for with when by from via allows attacker remote local user crafted " +
  "request header buffer overflow heap memory denial service injection command sql path " +
  "traversal certificate validation bypass authentication token session cookie redirect " +
  "parser input length integer underflow null pointer dereference race condition use after " +
  "free out-of-bounds read write function library version prior before fixed affected " +
  "configuration default server client response crafted payload archive decompression regex " +
  "backtracking prototype pollution deserialization untrusted data leads arbitrary code execution"
).split(" ");

const PKGS = (
  "openssl libssl3 libcrypto3 zlib1g curl libcurl4 glibc libc6 busybox musl ncurses-base " +
  "libxml2 libxslt1.1 expat libexpat1 sqlite3 libsqlite3-0 perl-base bash tar gzip dpkg apt " +
  "libgnutls30 libgcrypt20 libsystemd0 libudev1 util-linux login passwd krb5 libkrb5-3 " +
  "lodash minimist axios express jsonwebtoken moment semver debug qs ws node-fetch tough-cookie " +
  "requests urllib3 jinja2 django flask pyyaml cryptography pillow werkzeug setuptools " +
  "github.com/golang/net golang.org/x/crypto golang.org/x/text stdlib google.golang.org/grpc " +
  "org.apache.logging.log4j:log4j-core com.fasterxml.jackson.core:jackson-databind " +
  "org.springframework:spring-web io.netty:netty-codec-http org.yaml:snakeyaml"
).split(" ");

const SEVERITIES = [
  ["critical", 0.05],
  ["high", 0.2],
  ["medium", 0.4],
  ["low", 0.25],
  ["negligible", 0.07],
  ["unknown", 0.03],
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function severity(r) {
  let x = r();
  for (const [name, p] of SEVERITIES) if ((x -= p) < 0) return name;
  return "medium";
}
function sentence(r, min, max) {
  const n = min + Math.floor(r() * (max - min));
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(r, WORDS));
  const s = words.join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
}
function version(r) {
  return `${1 + Math.floor(r() * 9)}.${Math.floor(r() * 20)}.${Math.floor(r() * 30)}`;
}
function hex(r, n) {
  let s = "";
  while (s.length < n)
    s += Math.floor(r() * 0xffffffff)
      .toString(16)
      .padStart(8, "0");
  return s.slice(0, n);
}
function cve(i) {
  return `CVE-${2014 + (i % 11)}-${String(10000 + i).padStart(5, "0")}`;
}

// Markers for the per-element unique parts of a templated element (no letters, so case
// changes leave them alone; never produced by the word lists).
const ID = "\u0001\u0002";
const SUFFIX = "\u0001\u0003";
const TEMPLATES = 4096;

/**
 * Element text for index i from one of TEMPLATES pre-rendered bodies: the ids and package
 * names stay unique per element while the expensive pretty-printing is done once per template.
 * Million-finding reports would otherwise take minutes to write.
 */
function templated(r, indent, make) {
  const bodies = Array.from({ length: TEMPLATES }, () =>
    element(make(r, ID, SUFFIX), indent)
      .split(JSON.stringify(ID).slice(1, -1))
      .map((part) => part.split(JSON.stringify(SUFFIX).slice(1, -1))),
  );
  return (i) => {
    const body = bodies[Math.floor(r() * TEMPLATES)];
    const id = cve(i);
    const suffix = String(i % 997);
    let out = "";
    for (let k = 0; k < body.length; k++) {
      if (k > 0) out += id;
      out += body[k].join(suffix);
    }
    return out;
  };
}
function cvssScore(sev) {
  return { critical: 9.8, high: 7.5, medium: 5.3, low: 3.1, negligible: 0, unknown: 0 }[sev];
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
function references(r, id, n) {
  const refs = [`https://nvd.nist.gov/vuln/detail/${id}`];
  for (let i = 1; i < n; i++) {
    refs.push(
      pick(r, [
        `https://github.com/advisories/GHSA-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}`,
        `https://security-tracker.debian.org/tracker/${id}`,
        `https://access.redhat.com/security/cve/${id.toLowerCase()}`,
        `https://ubuntu.com/security/notices/USN-${4000 + Math.floor(r() * 3000)}-1`,
        `https://lists.debian.org/debian-lts-announce/2024/0${1 + Math.floor(r() * 9)}/msg000${10 + Math.floor(r() * 89)}.html`,
      ]),
    );
  }
  return refs;
}

/** Pretty-prints one array element at the given indentation, as the scanners do. */
function element(value, indent) {
  return indent + JSON.stringify(value, null, 2).replaceAll("\n", "\n" + indent);
}

/** Buffered synchronous writer: strings are collected and flushed in ~4 MB writes. */
class ChunkWriter {
  constructor(path) {
    this.fd = openSync(path, "w");
    this.parts = [];
    this.size = 0;
  }
  write(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 4 << 20) this.flush();
  }
  flush() {
    if (this.parts.length) writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes `[\n el,\n el\n ]` with one element per index, generated lazily. */
function writeArray(w, count, indent, text) {
  if (count === 0) return w.write("[]");
  w.write("[\n");
  for (let i = 0; i < count; i++) {
    w.write(text(i));
    w.write(i + 1 < count ? ",\n" : "\n");
  }
  w.write(indent + "]");
}

// --- Grype (grype IMAGE -o json) -----------------------------------------------------------
function grypeMatch(r, id, suffix) {
  const sev = severity(r);
  const pkg = `${pick(r, PKGS)}-${suffix}`;
  const installed = version(r);
  const fixed = r() < 0.6;
  const layer = `sha256:${hex(r, 64)}`;
  return {
    vulnerability: {
      id,
      dataSource: `https://nvd.nist.gov/vuln/detail/${id}`,
      namespace: pick(r, ["debian:distro:debian:12", "nvd:cpe", "github:language:javascript"]),
      severity: cap(sev),
      urls: references(r, id, 1 + Math.floor(r() * 3)),
      description: sentence(r, 12, 30),
      cvss: [
        {
          source: "nvd@nist.gov",
          type: "Primary",
          version: "3.1",
          vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
          metrics: { baseScore: cvssScore(sev), exploitabilityScore: 3.9, impactScore: 5.9 },
        },
      ],
      fix: fixed
        ? { versions: [version(r)], state: "fixed" }
        : { versions: [], state: "not-fixed" },
      advisories: [],
    },
    relatedVulnerabilities: [],
    matchDetails: [
      {
        type: "exact-direct-match",
        matcher: "dpkg-matcher",
        searchedBy: {
          distro: { type: "debian", version: "12" },
          package: { name: pkg, version: installed },
        },
        found: { vulnerabilityID: id, versionConstraint: `< ${version(r)} (deb)` },
      },
    ],
    artifact: {
      id: hex(r, 16),
      name: pkg,
      version: installed,
      type: "deb",
      locations: [{ path: "/var/lib/dpkg/status", layerID: layer }],
      language: "",
      cpes: [`cpe:2.3:a:${pkg}:${pkg}:${installed}:*:*:*:*:*:*:*`],
      purl: `pkg:deb/debian/${pkg}@${installed}?arch=amd64&distro=debian-12`,
    },
  };
}

function writeGrype(w, n, r) {
  w.write('{\n  "matches": ');
  writeArray(w, n, "  ", templated(r, "    ", grypeMatch));
  const source = {
    type: "image",
    target: {
      userInput: "registry.example.com/acme/payments:1.42.0",
      imageID: `sha256:${hex(r, 64)}`,
      manifestDigest: `sha256:${hex(r, 64)}`,
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      tags: ["registry.example.com/acme/payments:1.42.0"],
      imageSize: 874322813,
      layers: Array.from({ length: 8 }, () => ({
        mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip",
        digest: `sha256:${hex(r, 64)}`,
        size: Math.floor(r() * 1e8),
      })),
      os: "linux",
      architecture: "amd64",
    },
  };
  w.write(',\n  "source": ' + element(source, "  ").trimStart());
  w.write(',\n  "distro": {\n    "name": "debian",\n    "version": "12",\n    "idLike": null\n  }');
  w.write(
    ',\n  "descriptor": {\n    "name": "grype",\n    "version": "0.74.0",\n    "timestamp": "2026-11-20T10:00:00Z"\n  }\n}\n',
  );
}

// --- Trivy (trivy image --format json) ------------------------------------------------------
function trivyVulnerability(r, id, suffix) {
  const sev = severity(r);
  const pkg = `${pick(r, PKGS)}-${suffix}`;
  const installed = version(r);
  const fixed = r() < 0.6;
  const score = cvssScore(sev);
  return {
    VulnerabilityID: id,
    PkgID: `${pkg}@${installed}`,
    PkgName: pkg,
    PkgIdentifier: { PURL: `pkg:deb/debian/${pkg}@${installed}?arch=amd64`, UID: hex(r, 16) },
    InstalledVersion: installed,
    ...(fixed ? { FixedVersion: version(r), Status: "fixed" } : { Status: "affected" }),
    Layer: { Digest: `sha256:${hex(r, 64)}`, DiffID: `sha256:${hex(r, 64)}` },
    SeveritySource: "nvd",
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    DataSource: {
      ID: "debian",
      Name: "Debian Security Tracker",
      URL: "https://salsa.debian.org/security-tracker-team/security-tracker",
    },
    Title: sentence(r, 5, 10),
    Description: sentence(r, 30, 70),
    Severity: sev === "negligible" ? "LOW" : sev.toUpperCase(),
    CweIDs: [`CWE-${20 + Math.floor(r() * 900)}`],
    VendorSeverity: { nvd: 3, debian: 2 },
    ...(score
      ? {
          CVSS: {
            nvd: { V3Vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", V3Score: score },
          },
        }
      : {}),
    References: references(r, id, 3 + Math.floor(r() * 6)),
    PublishedDate: "2024-03-18T22:15:08.22Z",
    LastModifiedDate: "2024-03-19T13:26:46Z",
  };
}

function writeTrivy(w, n, r) {
  const vulnerability = templated(r, "        ", trivyVulnerability);
  w.write(
    '{\n  "SchemaVersion": 2,\n  "CreatedAt": "2026-11-20T10:00:00.000000000Z",\n  "ArtifactName": "registry.example.com/acme/payments:1.42.0",\n  "ArtifactType": "container_image",\n  "Metadata": ' +
      element(
        {
          OS: { Family: "debian", Name: "12.4" },
          ImageID: `sha256:${hex(r, 64)}`,
          RepoTags: ["registry.example.com/acme/payments:1.42.0"],
        },
        "  ",
      ).trimStart() +
      ',\n  "Results": [\n',
  );
  // A cluster-wide or monorepo scan: many targets with up to 1000 vulnerabilities each.
  const perTarget = 1000;
  const targets = Math.max(1, Math.ceil(n / perTarget));
  for (let t = 0; t < targets; t++) {
    const count = Math.min(perTarget, n - t * perTarget);
    const os = t === 0;
    w.write(
      `    {\n      "Target": ${JSON.stringify(os ? "registry.example.com/acme/payments:1.42.0 (debian 12.4)" : `app/service-${t}/package-lock.json`)},\n      "Class": "${os ? "os-pkgs" : "lang-pkgs"}",\n      "Type": "${os ? "debian" : "npm"}",\n      "Vulnerabilities": `,
    );
    writeArray(w, count, "      ", (i) => vulnerability(t * perTarget + i));
    w.write(t + 1 < targets ? "\n    },\n" : "\n    }\n");
  }
  w.write("  ]\n}\n");
}

// --- SARIF 2.1.0 (any tool; here a semgrep-like code scanner) -------------------------------
function writeSarif(w, n, r) {
  const rules = Array.from({ length: 200 }, (_, k) => ({
    id: `security.audit.rule-${k}`,
    name: `security.audit.rule-${k}`,
    shortDescription: { text: sentence(r, 6, 12) },
    fullDescription: { text: sentence(r, 20, 45) },
    defaultConfiguration: { level: pick(r, ["error", "warning", "note"]) },
    help: { text: sentence(r, 10, 30) },
    properties: {
      precision: "high",
      tags: ["security", `CWE-${20 + k}`],
      "security-severity": String(1 + (k % 9)),
    },
  }));
  w.write(
    '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n',
  );
  w.write(
    '      "tool": ' +
      element(
        { driver: { name: "semgrep", semanticVersion: "1.50.0", rules } },
        "      ",
      ).trimStart() +
      ",\n",
  );
  w.write('      "results": ');
  writeArray(w, n, "      ", (i) => element(sarifResult(i), "        "));

  function sarifResult(i) {
    const k = Math.floor(r() * 200);
    const line = 1 + Math.floor(r() * 400);
    return {
      ruleId: `security.audit.rule-${k}`,
      ruleIndex: k,
      level: rules[k].defaultConfiguration.level,
      message: { text: sentence(r, 15, 40) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: `src/main/java/com/acme/service${i % 500}/Handler${i}.java`,
              uriBaseId: "%SRCROOT%",
            },
            region: {
              startLine: line,
              startColumn: 5,
              endLine: line + 2,
              endColumn: 40,
              snippet: { text: '    cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");' },
            },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: `${hex(r, 16)}:1` },
    };
  }
  w.write("\n    }\n  ]\n}\n");
}

// --- Checkov (checkov -d . -o json; a list of check types) ----------------------------------
function checkovCheck(r, i) {
  const start = 1 + Math.floor(r() * 200);
  const file = `/modules/service-${i % 300}/main.tf`;
  return {
    check_id: `CKV_AWS_${1 + (i % 350)}`,
    bc_check_id: `BC_AWS_GENERAL_${i % 120}`,
    check_name: sentence(r, 5, 11),
    check_result: { result: "FAILED", evaluated_keys: ["server_side_encryption_configuration"] },
    code_block: Array.from({ length: 4 }, (_, k) => [
      start + k,
      `  ${pick(r, WORDS)} = "${pick(r, WORDS)}"\n`,
    ]),
    file_path: file,
    file_abs_path: `/home/runner/work/infra${file}`,
    repo_file_path: file,
    file_line_range: [start, start + 3],
    resource: `aws_s3_bucket.bucket_${i}`,
    evaluations: null,
    check_class: "checkov.terraform.checks.resource.aws.S3Encryption",
    fixed_definition: null,
    entity_tags: null,
    caller_file_path: null,
    caller_file_line_range: null,
    resource_address: null,
    severity: pick(r, ["CRITICAL", "HIGH", "MEDIUM", "LOW", null]),
    bc_category: null,
    benchmarks: null,
    description: null,
    short_description: null,
    vulnerability_details: null,
    connected_node: null,
    guideline: `https://docs.prismacloud.io/en/enterprise-edition/policy-reference/aws-policies/s3-policies/s3-${i % 50}`,
    details: [],
    check_len: null,
    definition_context_file_path: `/home/runner/work/infra${file}`,
  };
}

function writeCheckov(w, n, r) {
  w.write(
    '[\n  {\n    "check_type": "terraform",\n    "results": {\n      "passed_checks": [],\n      "failed_checks": ',
  );
  writeArray(w, n, "      ", (i) => element(checkovCheck(r, i), "        "));
  w.write(',\n      "skipped_checks": [],\n      "parsing_errors": []\n    },\n');
  w.write(
    `    "summary": {\n      "passed": 0,\n      "failed": ${n},\n      "skipped": 0,\n      "parsing_errors": 0,\n      "resource_count": ${n},\n      "checkov_version": "3.2.353"\n    },\n    "url": "Add an api key '--bc-api-key <api-key>' to see more detailed insights via https://bridgecrew.cloud"\n  }\n]\n`,
  );
}

// --- npm audit v2 (npm audit --json, npm 7+) ------------------------------------------------
function writeNpmAudit(w, n, r) {
  w.write('{\n  "auditReportVersion": 2,\n  "vulnerabilities": {\n');
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (let i = 0; i < n; i++) {
    const name = `${pick(r, PKGS.slice(28, 50))}-${i}`;
    let sev = severity(r);
    if (sev === "medium") sev = "moderate";
    if (sev === "negligible" || sev === "unknown") sev = "low";
    counts[sev]++;
    const fixed = r() < 0.6;
    const entry = {
      name,
      severity: sev,
      isDirect: r() < 0.3,
      via: [
        {
          source: 1090000 + i,
          name,
          dependency: name,
          title: sentence(r, 5, 12),
          url: `https://github.com/advisories/GHSA-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}`,
          severity: sev,
          cwe: [`CWE-${20 + Math.floor(r() * 900)}`],
          cvss: {
            score: cvssScore(sev === "moderate" ? "medium" : sev),
            vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L",
          },
          range: `<${version(r)}`,
        },
      ],
      effects: [],
      range: `<${version(r)}`,
      nodes: [`node_modules/${name}`],
      fixAvailable: fixed ? { name, version: version(r), isSemVerMajor: r() < 0.3 } : false,
    };
    w.write(
      `    ${JSON.stringify(name)}: ` +
        element(entry, "    ").trimStart() +
        (i + 1 < n ? ",\n" : "\n"),
    );
  }
  const total = n;
  w.write(
    `  },\n  "metadata": {\n    "vulnerabilities": ${JSON.stringify({ ...counts, total })},\n    "dependencies": {\n      "prod": ${n * 3},\n      "dev": 120,\n      "optional": 4,\n      "peer": 0,\n      "peerOptional": 0,\n      "total": ${n * 3 + 124}\n    }\n  }\n}\n`,
  );
}

export const GENERATORS = {
  grype: writeGrype,
  trivy: writeTrivy,
  sarif: writeSarif,
  checkov: writeCheckov,
  "npm-audit": writeNpmAudit,
};

/**
 * Generator cases, each a layout of one kind of entries: "template" (the generators above,
 * pretty-printed), "template-compact" (the same bytes without whitespace outside strings),
 * "real" and "real-compact" (entries replicated from the real fixtures: shapes.mjs).
 */
export const CASES = ["template", "template-compact", "real", "real-compact"];

export function reportPath(format, size, variant = "template") {
  const name = variant === "template" ? `${format}-${size}` : `${format}-${variant}-${size}`;
  return join(OUT_DIR, `${name}.json`);
}

/** Generates FORMAT at SIZE findings in one of CASES unless an up-to-date file is there. */
export function generate(format, size, variant = "template") {
  if (!CASES.includes(variant)) throw new Error(`unknown generator case ${variant}`);
  const path = reportPath(format, size, variant);
  const stamp = `${path}.v${GENERATOR_VERSION}`;
  if (existsSync(path) && existsSync(stamp)) return path;
  mkdirSync(OUT_DIR, { recursive: true });
  const temp = `${path}.tmp`;
  if (variant === "template-compact") {
    compactCopy(generate(format, size), temp);
  } else {
    const w = new ChunkWriter(temp);
    if (variant === "template") {
      let seed = size;
      for (const c of format) seed = Math.imul(seed ^ c.charCodeAt(0), 2654435761);
      GENERATORS[format](w, size, rng(seed));
    } else {
      writeShaped(w, format, size, variant === "real-compact");
    }
    w.close();
  }
  renameSync(temp, path);
  closeSync(openSync(stamp, "w"));
  return path;
}

/** Copies a JSON file without the whitespace outside strings, block by block. */
function compactCopy(from, to) {
  const input = openSync(from, "r");
  const output = openSync(to, "w");
  const block = Buffer.alloc(8 << 20);
  const out = Buffer.alloc(block.length);
  let inString = false;
  let escaped = false;
  for (let n; (n = readSync(input, block, 0, block.length, null)) > 0;) {
    let k = 0;
    for (let i = 0; i < n; i++) {
      const c = block[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      out[k++] = c;
    }
    writeSync(output, out, 0, k);
  }
  writeSync(output, "\n");
  closeSync(input);
  closeSync(output);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const specs = process.argv.slice(2);
  if (specs.length === 0) {
    console.error(
      "usage: node bench/generate.mjs FORMAT:SIZE[:CASE] ... (cases: " +
        CASES.join(", ") +
        "; formats: " +
        Object.keys(GENERATORS).join(", ") +
        ")",
    );
    process.exit(2);
  }
  for (const spec of specs) {
    const [format, size, variant] = spec.split(":");
    if (!(format in GENERATORS)) throw new Error(`unknown format ${format}`);
    const t = Date.now();
    const path = generate(format, Number(size), variant);
    console.log(`${path} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
}
