// One OpenVEX statement per finding the gate let through without a fix: waived, or ignored
// (by a rule, or by a scanner suppression the policy honoured). The status is what ztgate can
// stand behind, because Trivy and Grype read `not_affected` (and `fixed`) back as "do not
// report" (docs/policy.md, OpenVEX output):
// - a waiver is accepted risk: `affected`, its reason as the action statement, unless it
//   declares `vex-justification`, a claim of not affected;
// - an honoured suppression with a justification is the scanner's own `not_affected` (the
//   justification enum when it is one, its text as the impact statement); without one it is
//   `under_investigation`: honoured, but nobody said why;
// - a rule's `ignore` is the policy's choice not to act: `affected`, the rule named.
import type { EvaluatedFinding } from "../gate/evaluate.js";
import type { Finding } from "../model/finding.js";
import { VEX_JUSTIFICATIONS, type VexJustification } from "../policy/waivers.js";

export interface VexComponent {
  "@id": string;
  subcomponents?: { "@id": string }[];
}

export interface VexStatement {
  "@id": string;
  vulnerability: { name: string; aliases?: string[] };
  timestamp: string;
  products: VexComponent[];
  status: "not_affected" | "affected" | "under_investigation";
  justification?: VexJustification;
  impact_statement?: string;
  action_statement?: string;
  action_statement_timestamp?: string;
  status_notes?: string;
}

type Verdict = Pick<VexStatement, "status" | "justification" | "impact_statement"> & {
  action?: string;
  notes?: string;
};

/** The statement for one finding, or undefined: not waived or ignored, or no product. */
export function vexStatement(e: EvaluatedFinding, timestamp: string): VexStatement | undefined {
  if (e.verdict !== "waived" && e.verdict !== "ignored") return undefined;
  const products = productsOf(e.finding);
  if (!products) return undefined;
  const v = statusOf(e);
  return {
    "@id": `urn:ztgate:finding:${e.finding.fingerprint}`,
    vulnerability: vulnerabilityOf(e.finding),
    timestamp,
    products,
    status: v.status,
    ...(v.justification ? { justification: v.justification } : {}),
    ...(v.impact_statement ? { impact_statement: v.impact_statement } : {}),
    ...(v.action ? { action_statement: v.action, action_statement_timestamp: timestamp } : {}),
    ...(v.notes ? { status_notes: v.notes } : {}),
  };
}

function statusOf(e: EvaluatedFinding): Verdict {
  const w = e.waiver;
  if (e.verdict === "waived" && w) {
    const who = `waiver ${w.id} (${w.source}), owner ${w.owner}, until ${w.expires}`;
    const ticket = w.ticket ? `, ticket ${w.ticket}` : "";
    if (w.vexJustification) {
      return {
        status: "not_affected",
        justification: w.vexJustification,
        impact_statement: `${w.reason} (${who}${ticket})`,
      };
    }
    return { status: "affected", action: `accepted risk: ${w.reason} (${who}${ticket})` };
  }
  const s = e.suppression;
  if (s?.honoured) {
    if (!s.justification) {
      return {
        status: "under_investigation",
        notes: `suppressed by ${s.kind} without a justification; honoured by settings.scanner-suppressions`,
      };
    }
    return {
      status: "not_affected",
      ...(isJustification(s.justification) ? { justification: s.justification } : {}),
      impact_statement: `${s.kind}: ${s.justification}`,
    };
  }
  return {
    status: "affected",
    action: `none: ignored by ${e.rule ? `rule ${e.rule}` : "settings.default-action"} (${e.reason})`,
  };
}

function isJustification(text: string): text is VexJustification {
  return (VEX_JUSTIFICATIONS as readonly string[]).includes(text.trim());
}

/** The CVE among the id and aliases names the vulnerability (scanners match by it). */
function vulnerabilityOf(f: Finding): VexStatement["vulnerability"] {
  const ids = [...new Set([f.id, ...f.aliases].map((id) => id.trim()).filter(Boolean))];
  const name = ids.find((id) => /^CVE-/i.test(id)) ?? f.id;
  const aliases = ids.filter((id) => id !== name);
  return { name, ...(aliases.length > 0 ? { aliases } : {}) };
}

/**
 * The image as a pkg:oci purl with the package as its subcomponent (Trivy and Grype match a
 * statement to an image's package that way), or the package purl alone. A finding with
 * neither (a misconfiguration, a secret) names no product a VEX reader can match: none.
 */
function productsOf(f: Finding): VexComponent[] | undefined {
  const pkg = f.package ? exactPurl(f.package) : undefined;
  // A finding in a package whose purl does not name it exactly names no product: the image
  // alone would state the vulnerability for every package in it.
  if (f.package && !pkg) return undefined;
  const image = f.layer === "image" && f.target ? ociPurl(f.target) : undefined;
  if (image) return [{ "@id": image, ...(pkg ? { subcomponents: [{ "@id": pkg }] } : {}) }];
  return pkg ? [{ "@id": pkg }] : undefined;
}

// pkg:TYPE/NAMESPACE/NAME@VERSION?QUALIFIERS: the name and version, percent-encoded.
const PURL = /^pkg:[a-z][a-z0-9.+-]*\/(?:[^@?#]*\/)?([^/@?#]+)@([^@?#/]+)(\?[^#]*)?$/i;

/**
 * The package's purl when it names that package at that version: the purl is the report's, and
 * one without a version (every version), another name or version, or a subpath would make a
 * statement cover products the policy never judged. Names compare as purl types fold them
 * (case, and "-", "_", "." alike, as PyPI's), the last part of the name against the purl's name.
 */
function exactPurl(p: NonNullable<Finding["package"]>): string | undefined {
  const m = p.purl === undefined || p.version === undefined ? null : PURL.exec(p.purl);
  if (!m) return undefined;
  const [, name, version, qualifiers] = m.map((part) => decoded(part ?? ""));
  const epoch = /[?&]epoch=([^&]+)/.exec(qualifiers ?? "")?.[1];
  const versions = epoch ? [version, `${epoch}:${version}`] : [version];
  const ownName = p.name.slice(Math.max(p.name.lastIndexOf("/"), p.name.lastIndexOf(":")) + 1);
  if (folded(name!) !== folded(ownName) || !versions.includes(p.version)) return undefined;
  return p.purl;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return "\u0000"; // matches no name or version
  }
}

const folded = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

/**
 * An image reference as a pkg:oci purl: pinned by digest, `pkg:oci/app@sha256%3A…` (the form
 * Grype's documentation matches, and Trivy matches it too: a purl without qualifiers matches
 * any); by tag only, `pkg:oci/app?repository_url=ghcr.io/acme/app`, Trivy's form for an image
 * (the tag is no qualifier Trivy compares). Docker Hub names are spelled out as Trivy does
 * (`alpine` is index.docker.io/library/alpine).
 */
export function ociPurl(ref: string): string | undefined {
  const at = ref.indexOf("@");
  const digest = at === -1 ? undefined : ref.slice(at + 1);
  if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/i.test(digest)) return undefined;
  let repo = at === -1 ? ref : ref.slice(0, at);
  const colon = repo.lastIndexOf(":");
  if (colon > repo.lastIndexOf("/")) {
    if (!/^\w[\w.-]*$/.test(repo.slice(colon + 1))) return undefined;
    repo = repo.slice(0, colon);
  }
  if (!/^[a-z0-9][a-z0-9._:/-]*$/i.test(repo)) return undefined;
  repo = repo.toLowerCase();
  const name = repo.slice(repo.lastIndexOf("/") + 1);
  if (digest) return `pkg:oci/${name}@${digest.toLowerCase().replace(":", "%3A")}`;
  return `pkg:oci/${name}?repository_url=${dockerHubSpelled(repo)}`;
}

/** "alpine" → "index.docker.io/library/alpine"; "acme/app" → "index.docker.io/acme/app". */
function dockerHubSpelled(repo: string): string {
  const first = repo.split("/")[0]!;
  const hasRegistry = repo.includes("/") && (/[.:]/.test(first) || first === "localhost");
  if (hasRegistry) return repo;
  return `index.docker.io/${repo.includes("/") ? repo : `library/${repo}`}`;
}
