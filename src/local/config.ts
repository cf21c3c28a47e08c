// The `local:` section of ztgate.yml: what the git hook (and `baseline write` without
// reports) checks on a developer's machine. Kept apart from policy.ts because it is about
// where evidence comes from, not how it is judged; validated by the same published schema.
import { readFileSync } from "node:fs";
import { GateError } from "../model/errors.js";
import { validateLocal } from "virtual:policy-validators";
import { parseYaml } from "../policy/yaml-source.js";

export interface LocalCommand {
  name: string;
  /** A shell command line, run with sh from the repository root. */
  run: string;
  timeoutMs: number;
  okExitCodes: number[];
}

export interface LocalConfig {
  reports: string[];
  baseline?: string;
  /** KEV catalog and EPSS file (paths from the repository root), as check --kev / --epss. */
  kev?: string;
  epss?: string;
  /** Where the OpenVEX document is written, as check -o openvex=FILE. */
  openvex?: string;
  commands: LocalCommand[];
}

interface LocalDocument {
  reports?: string[];
  baseline?: string;
  kev?: string;
  epss?: string;
  openvex?: string;
  commands?: { name?: string; run: string; timeout?: string; "ok-exit-codes"?: number[] }[];
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 5 * 60_000;

/** "90s" → 90000, "5m" → 300000 (the schema allows only these two units). */
export function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_COMMAND_TIMEOUT_MS;
  const unit = text.endsWith("m") ? 60_000 : 1_000;
  return Number(text.slice(0, -1)) * unit;
}

/** Reads `local:` from a policy file; undefined when the file has none. */
export function readLocalConfig(
  file: string,
  read: (path: string) => string = (p) => readFileSync(p, "utf8"),
): LocalConfig | undefined {
  let text: string;
  try {
    text = read(file);
  } catch (err) {
    throw new GateError(`cannot read ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  const source = parseYaml(text, file);
  const local = (source.value as { local?: unknown } | null)?.local;
  if (local === undefined) return undefined;
  if (!validateLocal(local)) {
    const error = validateLocal.errors?.[0];
    const at = `/local${error?.instancePath ?? ""}`;
    const unknown = error?.params.additionalProperty as string | undefined;
    const pointer = unknown ? `${at}/${unknown}` : at;
    const message = unknown
      ? `unknown key "${unknown}" at ${at}`
      : `${at} ${error?.message ?? "is invalid"}`;
    throw new GateError(message, { file, ...source.locate(pointer) });
  }
  return toConfig(local as LocalDocument);
}

function toConfig(local: LocalDocument): LocalConfig {
  return {
    reports: local.reports ?? [],
    ...(local.baseline ? { baseline: local.baseline } : {}),
    ...(local.kev ? { kev: local.kev } : {}),
    ...(local.epss ? { epss: local.epss } : {}),
    ...(local.openvex ? { openvex: local.openvex } : {}),
    commands: (local.commands ?? []).map((c, i) => ({
      name: c.name ?? `command ${i + 1}`,
      run: c.run,
      timeoutMs: parseTimeout(c.timeout),
      okExitCodes: c["ok-exit-codes"] ?? [0],
    })),
  };
}
