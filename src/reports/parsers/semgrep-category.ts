// The category of a Semgrep registry rule, in its JSON and its SARIF output alike.
// Semgrep registry rule ids are LANGUAGE.FRAMEWORK.CATEGORY.…
// ("java.lang.security.audit.…"): older reports carry no metadata.category, but the id says it.
const REGISTRY_CATEGORIES = new Set([
  "security",
  "correctness",
  "best-practice",
  "maintainability",
  "performance",
  "portability",
  "compatibility",
]);

export function semgrepRegistryCategory(id: string): string | undefined {
  const third = id.split(".", 3)[2];
  return third !== undefined && REGISTRY_CATEGORIES.has(third) ? third : undefined;
}
