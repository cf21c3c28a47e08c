// Looking a key from untrusted input (a report, a policy) up in a fixed table. A plain
// `TABLE[key]` finds inherited members too: "constructor" or "toString" as a severity word, a
// Trivy Class or a pack name would return a function. Only the table's own entries count.
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
