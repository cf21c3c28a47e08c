// Cross-reference checks on a policy document: each turns a reference that would silently
// never match (a duplicate rule id, an unknown control, a waiver naming an unknown rule or
// asset) into an error at the right line and column.
import type { CompiledAsset } from "./assets.js";
import { list } from "./conditions.js";
import type { CompiledControl } from "./controls.js";
import { GateError } from "../model/errors.js";
import type { Rule } from "./types.js";
import type { PolicyDocument } from "./document.js";
import type { YamlSource } from "./yaml-source.js";

export function checkUniqueRuleIds(doc: PolicyDocument, source: YamlSource): void {
  const seen = new Set<string>();
  (doc.rules ?? []).forEach((rule, i) => {
    if (seen.has(rule.id)) {
      throw new GateError(`duplicate rule id "${rule.id}"`, {
        file: source.file,
        ...source.locate(`/rules/${i}/id`),
      });
    }
    seen.add(rule.id);
  });
}

/** A rule naming a control nobody defined would silently never match: an error instead. */
export function checkControlRefs(
  doc: PolicyDocument,
  controls: CompiledControl[],
  source: YamlSource,
) {
  const known = new Set(controls.map((c) => c.name));
  (doc.rules ?? []).forEach((rule, i) => {
    for (const name of list(rule.when.control)) {
      if (!known.has(name)) {
        throw new GateError(
          `rule "${rule.id}": unknown control "${name}" (defined: ${[...known].join(", ") || "none; extend zero-trust"})`,
          { file: source.file, ...source.locate(`/rules/${i}/when/control`) },
        );
      }
    }
  });
}

export function checkWaiverRefs(
  doc: PolicyDocument,
  rules: Rule[],
  assets: CompiledAsset[],
  source: YamlSource,
): void {
  (doc.waivers ?? []).forEach((w, i) => {
    const unknown =
      w.rule !== undefined && !rules.some((r) => r.id === w.rule)
        ? ["rule", w.rule]
        : w.asset !== undefined && !assets.some((a) => a.spec.name === w.asset)
          ? ["asset", w.asset]
          : undefined;
    if (unknown) {
      throw new GateError(`waiver for "${w.id}": unknown ${unknown[0]} "${unknown[1]}"`, {
        file: source.file,
        ...source.locate(`/waivers/${i}/${unknown[0]}`),
      });
    }
  });
}
