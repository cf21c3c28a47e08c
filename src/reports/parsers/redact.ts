// Secret scanners write the secret they found. ztgate never keeps it: output, logs, PR comments
// and artefacts would spread it further. Only a redacted form is kept, enough to recognise it.

/** "AKIAIOSFODNN7EXAMPLE" → "AKIA…(20 chars)"; short values show nothing of themselves. */
export function redactSecret(secret: string): string {
  const value = secret.trim();
  if (value === "") return "";
  // Four characters of a long secret identify its kind (AKIA, ghp_, -----BEGIN) without
  // giving away anything an attacker could use; below 16 characters nothing is shown.
  const shown = value.length >= 16 ? value.slice(0, 4) : "";
  return `${shown}…(${value.length} chars)`;
}
