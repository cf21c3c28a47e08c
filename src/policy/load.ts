// Loading a policy: ztgate.yml and the packs it extends (built-in, file or `github:`), each
// validated once (policy-document.ts) and read in order with cycles refused; the layers are
// then merged and compiled by merge-layers.ts (later `extends` entries, then the file itself,
// override earlier ones by rule id, asset name and control name).
import { dirname, resolve } from "node:path";
import { GateError, type ErrorPlace } from "../model/errors.js";
import { BUILTIN_PACK_VALUES, BUILTIN_PACKS, DEFAULT_PACK } from "./packs.js";
import { checkUniqueRuleIds } from "./checks.js";
import type { Action, FailOn, PolicyDocument, ScannerSuppressions } from "./document.js";
import type { YamlSource } from "./yaml-source.js";
import { lookup } from "../model/lookup.js";
import { mergeLayers } from "./merge-layers.js";
import {
  parseRemoteRef,
  REMOTE_PREFIX,
  remoteName,
  remoteRelative,
  type RemotePack,
  type RemoteRead,
  type RemoteRef,
} from "./remote-ref.js";

export type { Action, FailOn, ScannerSuppressions };
export type { Origin, Policy, Rule, Settings } from "./types.js";
import type { Origin, Policy } from "./types.js";

/**
 * Reads files for the loader; injected so tests and the action can supply their own. It may
 * answer later: a policy at a git ref, or through the contents API (io/policy-at-ref.ts).
 */
export type ReadText = (path: string) => string | Promise<string>;
/** `--policy built-in:NAME` names a built-in pack instead of a file (as the policy is shown). */
export const BUILTIN_PREFIX = "built-in:";

/** Loads a policy file (undefined: the built-in default), reading files with `read`. */
export function loadPolicyWith(
  path: string | undefined,
  read: ReadText,
  /** Where a relative `path` is read from (it is still shown as given). */
  cwd?: string,
  /** Reads `github:` packs; without it, extending one is an error (no network here). */
  remote?: RemoteRead,
): Promise<Policy> {
  if (path === undefined) return loadBuiltin(DEFAULT_PACK, new Set(), read);
  if (path.startsWith(BUILTIN_PREFIX)) {
    return loadBuiltin(path.slice(BUILTIN_PREFIX.length), new Set(), read);
  }
  const absolute = path.startsWith(REMOTE_PREFIX)
    ? path
    : cwd === undefined
      ? resolve(path)
      : resolve(cwd, path);
  return loadFile(absolute, path, read, new Set(), undefined, remote);
}

export function loadOriginWith(
  origin: Origin,
  read: ReadText,
  remote?: RemoteRead,
): Promise<Policy> {
  if ("builtin" in origin) return loadBuiltin(origin.builtin, new Set(), read);
  return loadFile(origin.file, origin.file, read, new Set(), undefined, remote);
}

/**
 * The YAML parser and the schema validator, loaded only when a policy FILE is read: together
 * they are half of the code a `ztgate check` would otherwise parse at start-up, and the
 * built-in packs need neither (parsed and validated at build time: scripts/pack-module.mjs).
 */
async function policyFileSupport() {
  const [{ parseYaml }, { validatePolicyDocument }] = await Promise.all([
    import("./yaml-source.js"),
    import("./document.js"),
  ]);
  return { parseYaml, validatePolicyDocument };
}

async function loadBuiltin(name: string, seen: Set<string>, read: ReadText): Promise<Policy> {
  const text = lookup(BUILTIN_PACKS, name);
  if (text === undefined) {
    throw new GateError(`unknown built-in pack "${name}" (one of: ${knownPacks()})`);
  }
  return fromText(text, `${BUILTIN_PREFIX}${name}`, { builtin: name }, read, seen, undefined);
}

/** `extendedAt` is the `extends` entry that named the file: a missing base is blamed there. */
async function loadFile(
  absolute: string,
  shown: string,
  read: ReadText,
  seen: Set<string>,
  extendedAt?: ErrorPlace,
  remote?: RemoteRead,
): Promise<Policy> {
  // A pack read from GitHub is named by its pinned ref (origin.file), never a path on disk.
  if (absolute.startsWith(REMOTE_PREFIX)) {
    return loadRemote(parseRemoteRef(absolute), shown, read, seen, extendedAt, remote);
  }
  let text: string;
  try {
    text = await read(absolute);
  } catch (err) {
    // A reader's own refusal (a symlink at a git ref, a path outside the repository) names
    // its file already.
    if (err instanceof GateError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    if (extendedAt) throw new GateError(`extends "${shown}", which ${why}`, extendedAt);
    throw new GateError(`policy ${why}`, { file: shown });
  }
  return fromText(text, shown, { file: absolute }, read, seen, remote);
}

/** A `github:` pack: read through `remote`, named by the commit it was read at. */
async function loadRemote(
  ref: RemoteRef,
  shown: string,
  read: ReadText,
  seen: Set<string>,
  extendedAt: ErrorPlace | undefined,
  remote: RemoteRead | undefined,
): Promise<Policy> {
  const fail = (why: string) =>
    new GateError(`extends "${shown}", which ${why}`, extendedAt ?? { file: shown });
  if (!remote) throw fail("is in another repository, and nothing here can read GitHub");
  let pack: RemotePack;
  try {
    pack = await remote(ref);
  } catch (err) {
    throw fail((err as Error).message);
  }
  const pinned = remoteName({ ...ref, ref: pack.commit });
  return fromText(pack.text, pinned, { file: pinned }, read, seen, remote);
}

function knownPacks(): string {
  return Object.keys(BUILTIN_PACKS).join(", ");
}

/** One `extends` entry: a built-in pack by name, else a file relative to the extending one. */
async function loadBase(
  ref: string,
  index: number,
  source: YamlSource,
  origin: Origin,
  seen: Set<string>,
  read: ReadText,
  remote: RemoteRead | undefined,
): Promise<Policy> {
  const { file } = source;
  if (Object.hasOwn(BUILTIN_PACKS, ref)) return loadBuiltin(ref, seen, read);
  if ("builtin" in origin) {
    throw new GateError(`built-in pack extends unknown pack "${ref}"`, { file });
  }
  const at = { file, ...source.locate(`/extends/${index}`) };
  const inRemote = origin.file.startsWith(REMOTE_PREFIX);
  if (ref.startsWith(REMOTE_PREFIX) || (inRemote && /[./\\]/.test(ref))) {
    let target: RemoteRef;
    try {
      target = ref.startsWith(REMOTE_PREFIX)
        ? parseRemoteRef(ref)
        : remoteRelative(parseRemoteRef(origin.file), ref);
    } catch (err) {
      throw new GateError(`extends ${(err as Error).message}`, at);
    }
    return loadRemote(target, ref, read, seen, at, remote);
  }
  if (!/[./\\]/.test(ref)) {
    throw new GateError(`unknown built-in pack "${ref}" (one of: ${knownPacks()}; or a path)`, {
      file,
      ...source.locate(`/extends/${index}`),
    });
  }
  return loadFile(resolve(dirname(origin.file), ref), ref, read, seen, {
    file,
    ...source.locate(`/extends/${index}`),
  });
}

/**
 * A built-in pack: parsed and validated against the schema at build time. Positions are only
 * ever asked for to report an error, which a pack that passed the build cannot have except in
 * the cross-reference checks; those errors point at the pack's first line.
 */
function builtinSource(file: string, parsed: unknown): YamlSource {
  return { file, value: structuredClone(parsed), locate: () => ({ line: 1, column: 1 }) };
}

async function sourceOf(text: string, file: string, origin: Origin) {
  const parsed = "builtin" in origin ? BUILTIN_PACK_VALUES[origin.builtin] : undefined;
  if (parsed !== undefined) {
    return { source: builtinSource(file, parsed), doc: parsed as PolicyDocument };
  }
  const { parseYaml, validatePolicyDocument } = await policyFileSupport();
  const source = parseYaml(text, file);
  return { source, doc: validatePolicyDocument(source) };
}

async function fromText(
  text: string,
  file: string,
  origin: Origin,
  read: ReadText,
  seen: Set<string>,
  remote: RemoteRead | undefined,
): Promise<Policy> {
  const key = "file" in origin ? origin.file : file;
  if (seen.has(key)) throw new GateError("extends itself (a cycle of extends)", { file });
  const { source, doc } = await sourceOf(text, file, origin);
  checkUniqueRuleIds(doc, source);
  const nextSeen = new Set(seen).add(key);
  const bases: Policy[] = [];
  // One after another, in order: the first broken base is the one reported.
  for (const [i, ref] of (doc.extends ?? []).entries()) {
    bases.push(await loadBase(ref, i, source, origin, nextSeen, read, remote));
  }
  return mergeLayers(bases, { doc, source, file, origin });
}
