// The Results of a Trivy report (and of each resource of a cluster report) into findings.
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { entries, str, type Json } from "./fields.js";
import { misconfiguration, license, secret, vulnerability } from "./trivy-findings.js";
import { misconfigurationStatus, modifiedFinding } from "./trivy-status.js";

/** `trivy k8s`: Vulnerabilities/Misconfigurations (older) or Resources (newer), each with Results. */
export function parseCluster(doc: Json, path: string): Finding[] {
  const resources = [
    ...entries(doc.Vulnerabilities, "Vulnerabilities", path),
    ...entries(doc.Misconfigurations, "Misconfigurations", path),
    ...entries(doc.Resources, "Resources", path),
  ];
  return resources.flatMap((resource) => {
    const name = [str(resource.Namespace), str(resource.Kind), str(resource.Name)]
      .filter(Boolean)
      .join("/");
    return parseResults(
      entries(resource.Results, "Resources[].Results", path),
      undefined,
      path,
      name,
    );
  });
}

export function parseResults(
  results: Json[],
  image: string | undefined,
  path: string,
  resource?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    const target = str(result.Target) ?? "";
    const cls = str(result.Class) ?? "";
    // Vulnerabilities inside a container image belong to the image layer, whichever package
    // manager installed them; outside an image, language packages are dependencies.
    const vulnLayer: Layer = image || cls === "os-pkgs" ? "image" : "dependency";
    // The result Type ("alpine", "debian", "pip", "jar"...) says which version order applies.
    const ctx = { path, target, resource, image, vulnLayer, type: str(result.Type) };
    const read = (key: string) => entries(result[key], `Results[].${key}`, path);
    for (const v of read("Vulnerabilities")) findings.push(vulnerability(v, vulnLayer, ctx));
    for (const m of read("ExperimentalModifiedFindings")) findings.push(modifiedFinding(m, ctx));
    for (const m of read("Misconfigurations")) {
      const status = misconfigurationStatus(m, path);
      if (status === "pass") continue;
      const f = misconfiguration(m, ctx);
      // Excused by a Rego exception in the repository: kept, marked suppressed (it gives no why).
      if (status === "exception") f.suppressed = { kind: "trivy exception" };
      findings.push(f);
    }
    for (const s of read("Secrets")) findings.push(secret(s, ctx));
    for (const l of read("Licenses")) findings.push(license(l, ctx));
  }
  return findings;
}
