// A SARIF run's rules: found by id or index, in the driver and its extensions, and what every
// result of one rule shares.
import type { Layer } from "../../model/vocabulary.js";
import { isObject, NO_FIELDS, num, objects, str, type Json } from "./fields.js";
import { layerOf, ruleFacts, type RuleFacts } from "./sarif-rules.js";

/** What every result of one rule shares, read from the rule once. */
interface RuleInfo extends RuleFacts {
  layer: Layer;
  title: string | undefined;
  description: string | undefined;
  url: string | undefined;
}

/** Rules by id and by index, in the driver and in extensions (CodeQL packs put them there). */
export class RuleIndex {
  private readonly byId = new Map<string, Json>();
  // Each component's rules, filtered once: doing it per result was O(results × rules), and
  // Trivy's SARIF has a rule per vulnerability.
  private readonly driverRules: Json[];
  private readonly extensionRules: Json[][];
  private readonly infos = new Map<Json | undefined, RuleInfo>();
  constructor(
    private readonly tool: string,
    driver: Json,
    extensions: Json[],
  ) {
    this.driverRules = objects(driver.rules);
    this.extensionRules = extensions.map((e) => objects(e.rules));
    for (const component of [driver, ...extensions]) {
      for (const rule of objects(component.rules)) {
        const id = str(rule.id);
        if (id && !this.byId.has(id)) this.byId.set(id, rule);
      }
    }
  }

  of(result: Json): Json | undefined {
    const ref = isObject(result.rule) ? result.rule : NO_FIELDS;
    const component = isObject(ref.toolComponent) ? num(ref.toolComponent.index) : undefined;
    const rules =
      (component === undefined ? this.driverRules : this.extensionRules[component]) ?? [];
    const index = num(result.ruleIndex) ?? num(ref.index);
    const byIndex = index === undefined ? undefined : rules[index];
    const id = ruleIdOf(result);
    return byIndex ?? (id ? this.byId.get(id) : this.byMessage(result));
  }

  /** The rule's shared parts, cached: results outnumber rules by orders of magnitude. */
  info(rule: Json | undefined): RuleInfo {
    let info = this.infos.get(rule);
    if (info === undefined) {
      info = {
        ...ruleFacts(rule),
        layer: layerOf(this.tool, rule),
        title: text(rule?.shortDescription),
        description: text(rule?.fullDescription),
        url: str(rule?.helpUri) ?? urlIn(text(rule?.help)),
      };
      this.infos.set(rule, info);
    }
    return info;
  }

  /** gitleaks 7 names no rule: its message is "<rule id> secret detected". */
  private byMessage(result: Json): Json | undefined {
    const message = isObject(result.message) ? (str(result.message.text) ?? "") : "";
    const ids = [...this.byId.keys()].filter((id) => message.startsWith(`${id} `));
    const longest = ids.sort((a, b) => b.length - a.length)[0];
    return longest === undefined ? undefined : this.byId.get(longest);
  }
}

/** The rule id a result names: its ruleId, else its rule reference's id. */
export function ruleIdOf(result: Json): string | undefined {
  return str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : undefined);
}

export function text(value: unknown): string | undefined {
  return isObject(value) ? str(value.text)?.trim() || undefined : undefined;
}

/** dockle writes its help link as help.text. */
function urlIn(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/.test(value) ? value : undefined;
}
