// Component licences of a CycloneDX BOM as licence findings (layer license), one per component,
// so `license:` conditions can judge an SBOM. A BOM in which no component declares a licence was
// not a licence inventory: no licence findings. In one that is, a component without a licence
// is a finding too, with no licence (`license: unknown`): a missing licence is never a pass.
import { makeFinding } from "../../model/make-finding.js";
import type { Finding, PackageRef } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { entries, isObject, str, type Json } from "./fields.js";

const TOOL = "cyclonedx";
// The id of a licence finding whose component declares no licence (Trivy's word for it too).
const NO_LICENSE = "unknown-license";

export function licenseFindings(
  components: readonly Json[],
  packageOf: (c: Json) => PackageRef | undefined,
  target: string | undefined,
  file: string,
): Finding[] {
  const declared = components.map((c) => declaredLicense(c, file));
  if (declared.every((d) => d === undefined)) return [];
  return components.map((c, i) => {
    const license = declared[i];
    const pkg = packageOf(c);
    const name = pkg ? `${pkg.name}${pkg.version ? `@${pkg.version}` : ""}` : undefined;
    return makeFinding(
      {
        tool: TOOL,
        layer: "license",
        // The licence is the id, so a component whose licence changes is a new finding to
        // judge (a baseline never hides the change), as Trivy's licence findings are.
        id: license ?? NO_LICENSE,
        title: `License ${license ?? "not declared"}${name ? ` (${name})` : ""}`,
        // An inventory entry, not a problem in itself: the policy's `license` conditions judge it.
        severity: "info",
        package: pkg,
        target: pkg ? target : (str(c.name) ?? target),
        license,
      },
      file,
    );
  });
}

/**
 * The component's licence as one expression: its `expression`, or its licence's id or name;
 * several entries are all needed ("(A) AND (B)"), the reading that never loosens a verdict.
 * The licences a tool found in the component (`evidence.licenses`) are entries too: reading
 * only the declared ones passed a component declaring MIT with GPL text found in it.
 */
function declaredLicense(c: Json, file: string): string | undefined {
  const evidence = isObject(c.evidence) ? c.evidence.licenses : undefined;
  const parts = [
    ...licenseList(c.licenses, "components[].licenses", file),
    ...licenseList(evidence, "components[].evidence.licenses", file),
  ];
  return parts.length === 0 ? undefined : allNeeded(parts);
}

/** "(A) AND (B)": every one of several licences is needed (one stays as it is). */
function allNeeded(texts: readonly string[]): string {
  return texts.length === 1 ? texts[0]! : texts.map((t) => `(${t})`).join(" AND ");
}

function licenseList(list: Json[keyof Json], where: string, file: string): string[] {
  if (list === undefined || list === null) return [];
  return entries(list, where, file).map((l) => licenseEntry(l, file));
}

/** `{expression}` or `{license: {id | name}}`; anything else cannot be accounted for. */
function licenseEntry(l: Json, file: string): string {
  if (l.expression !== undefined) {
    const expression = str(l.expression);
    if (!expression || l.license !== undefined) throw bad("an expression string alone", file);
    return expression;
  }
  if (!isObject(l.license)) throw bad("an expression or a license object", file);
  const id = l.license.id;
  const name = l.license.name;
  if (id !== undefined && typeof id !== "string") throw bad("license.id as a string", file);
  if (name !== undefined && typeof name !== "string") throw bad("license.name as a string", file);
  // CycloneDX gives one of them; a licence that gives both needs both (the reading that never
  // loosens a verdict): the id alone let a report say MIT for a component its name calls GPL.
  const texts = [id, name].map((t) => t?.trim()).filter((t): t is string => !!t);
  if (texts.length === 0) throw bad("license.id or license.name", file);
  return allNeeded(texts[0] === texts[1] ? [texts[0]!] : texts);
}

function bad(what: string, file: string): GateError {
  return new GateError(`a components[].licenses entry must have ${what}`, { file });
}
