// A generated policy with many rules, as a large organisation's would be: id, package and path
// globs, severity thresholds and layers, each rule a different combination.
import { writeFileSync } from "node:fs";

const ACTIONS = ["warn", "info", "warn", "ignore", "block"];
const SEVERITIES = [">=high", "critical", "<=medium", ">=medium", "low"];
const LAYERS = ["image", "dependency", "iac", "code", "secret"];

// `first`: the number of the first rule, so that several files (a policy is at most 1 MiB)
// extending each other hold different rules.
export function writePolicy(path, pack, count, first = 0) {
  const lines = ["version: 1", `extends: [${pack}]`, "rules:"];
  for (let i = first; i < first + count; i++) {
    const when = [];
    switch (i % 5) {
      case 0:
        when.push(
          `id: ["CVE-20${14 + (i % 11)}-${1000 + i}*", "GHSA-${(i * 7919).toString(36).slice(0, 4)}-*"]`,
        );
        break;
      case 1:
        when.push(`package: ["lib${i}*", "*-${i % 997}"]`);
        break;
      case 2:
        when.push(`path: ["services/team-${i}/**", "**/module-${i}/*.tf"]`);
        break;
      case 3:
        when.push(
          `severity: "${SEVERITIES[i % SEVERITIES.length]}"`,
          `layer: ${LAYERS[i % LAYERS.length]}`,
        );
        break;
      default:
        when.push(
          `fixable: ${i % 2 === 0}`,
          `severity: "${SEVERITIES[(i >> 1) % SEVERITIES.length]}"`,
          `id: "CKV_AWS_${i}"`,
        );
    }
    lines.push(
      `  - id: org-rule-${i}`,
      `    description: Organisation rule ${i}`,
      `    when: { ${when.join(", ")} }`,
      `    action: ${ACTIONS[i % ACTIONS.length]}`,
    );
  }
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}
