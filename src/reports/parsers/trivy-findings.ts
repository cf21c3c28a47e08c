// The findings of Trivy's four kinds (vulnerability, misconfiguration, secret, license), each
// read from one entry of a Result.
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import {
  commaList,
  isObject,
  NO_FIELDS,
  num,
  providerService,
  str,
  strings,
  type Json,
} from "./fields.js";
import { cweList, fixFrom, severityOf } from "./vuln-fields.js";

const TOOL = "trivy";

export interface Context {
  path: string;
  target: string;
  resource?: string;
  image?: string;
  vulnLayer: Layer;
  type?: string;
}

function bestCvss(v: Json): number | undefined {
  if (!isObject(v.CVSS)) return undefined;
  let best: number | undefined;
  // for...in, not Object.values: no array per vulnerability (JSON objects inherit no keys).
  for (const vendor in v.CVSS) {
    const source = v.CVSS[vendor];
    if (!isObject(source)) continue;
    const score = num(source.V40Score) ?? num(source.V3Score) ?? num(source.V2Score);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

export function vulnerability(v: Json, layer: Layer, ctx: Context): Finding {
  const id = str(v.VulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no VulnerabilityID", { file: ctx.path });
  const cvss = bestCvss(v);
  const fixes = commaList(v.FixedVersion);
  const identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      aliases: strings(v.VendorIDs),
      title: str(v.Title) ?? id,
      description: str(v.Description),
      severity: severityOf(v.Severity, cvss),
      cvss,
      fix: fixFrom(fixes),
      package: {
        name: str(v.PkgName) ?? "",
        version: str(v.InstalledVersion),
        ecosystem: ctx.type,
        purl: str(identifier.PURL),
      },
      target: ctx.resource ?? ctx.image ?? ctx.target,
      location: ctx.image || !ctx.target ? undefined : { path: ctx.target },
      cwe: cweList(strings(v.CweIDs)),
      url: str(v.PrimaryURL),
    },
    ctx.path,
  );
}

export function misconfiguration(m: Json, ctx: Context): Finding {
  const id = str(m.AVDID) ?? str(m.ID);
  if (!id) throw new GateError("a misconfiguration has no ID", { file: ctx.path });
  const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : NO_FIELDS;
  const startLine = num(cause.StartLine);
  const filePath = ctx.resource ? undefined : ctx.target;
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      aliases: [str(m.ID), str(m.AVDID)].filter((x): x is string => !!x && x !== id),
      ruleId: str(m.ID),
      title: str(m.Title) ?? id,
      description: str(m.Message) ?? str(m.Description),
      severity: severityFromWord(m.Severity),
      location: filePath ? { path: filePath, startLine, endLine: num(cause.EndLine) } : undefined,
      target: ctx.resource ?? str(cause.Resource),
      url: str(m.PrimaryURL),
      category: providerService(cause.Provider, cause.Service),
    },
    ctx.path,
  );
}

export function secret(s: Json, ctx: Context): Finding {
  const id = str(s.RuleID) ?? "secret";
  return makeFinding(
    {
      tool: TOOL,
      layer: "secret",
      id,
      title: str(s.Title) ?? id,
      // Trivy masks the match itself; we keep only its redacted form.
      description: str(s.Match),
      severity: severityFromWord(s.Severity),
      location: { path: ctx.target, startLine: num(s.StartLine), endLine: num(s.EndLine) },
      target: ctx.resource ?? ctx.image,
    },
    ctx.path,
  );
}

export function license(l: Json, ctx: Context): Finding {
  const name = str(l.Name) ?? "unknown-license";
  const pkg = str(l.PkgName);
  const file = str(l.FilePath);
  return makeFinding(
    {
      tool: TOOL,
      layer: "license",
      id: name,
      title: `License ${name} (${str(l.Category) ?? "uncategorised"})`,
      severity: severityFromWord(l.Severity),
      package: pkg ? { name: pkg } : undefined,
      location: file ? { path: file } : undefined,
      target: ctx.image ?? ctx.target,
      url: str(l.Link),
      license: str(l.Name),
    },
    ctx.path,
  );
}
