// The git hook script that `ztgate hook install` writes. Pure: the text depends only on its
// inputs, so tests read it and the installer writes it.
//
// How the hook finds ztgate, in order:
//   1. the node binary and dist/cli.js that ran `ztgate hook install` (absolute paths, so the
//      hook runs the same ztgate whatever PATH a GUI git client or IDE gives it);
//   2. `ztgate` on PATH (a global install), when those files have moved;
//   3. `npx --no-install ztgate` (the project's node_modules), never downloading anything;
//   4. otherwise the hook fails with a message: a gate that cannot run is not a pass.
export const HOOK_KINDS = ["pre-push", "pre-commit"] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

/** The line that marks a hook as ours (and the script format's version). */
export const HOOK_MARKER = "# ztgate-hook v1";
/** Where an existing hook is kept while ours is installed, beside it in the hooks folder. */
export const PREVIOUS_SUFFIX = ".ztgate-previous";

export interface HookScriptInput {
  kind: HookKind;
  /** Absolute path of the node binary that ran the installer. */
  node: string;
  /** Absolute path of the ztgate CLI script (dist/cli.js). */
  cli: string;
}

export function isZtgateHook(text: string): boolean {
  return text.split("\n", 3).includes(HOOK_MARKER);
}

/** Quotes a value for sh: single quotes, with embedded single quotes spliced in. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function runPrevious(kind: HookKind): string[] {
  if (kind !== "pre-push") {
    return ['if [ -x "$previous" ]; then', '  "$previous" "$@" || exit $?', "fi"];
  }
  // Git gives pre-push the refs being pushed on stdin; the previous hook gets its own copy.
  return [
    'if [ -x "$previous" ]; then',
    "  stdin_copy=$(mktemp) || exit 1",
    '  cat > "$stdin_copy"',
    '  "$previous" "$@" < "$stdin_copy"',
    "  status=$?",
    '  rm -f "$stdin_copy"',
    '  [ "$status" -eq 0 ] || exit "$status"',
    "fi",
  ];
}

export function renderHookScript({ kind, node, cli }: HookScriptInput): string {
  const skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    `# ${kind}: runs \`ztgate hook run\` on the reports listed under local: in ztgate.yml.`,
    "# Installed by `ztgate hook install`; `ztgate hook uninstall` removes it and restores the",
    `# hook that was here before (kept as ${kind}${PREVIOUS_SUFFIX}, run first). Skip once: ${skip}`,
    `ztgate_node=${shellQuote(node)}`,
    `ztgate_cli=${shellQuote(cli)}`,
    `previous="$(dirname "$0")/${kind}${PREVIOUS_SUFFIX}"`,
    ...runPrevious(kind),
    'if [ -x "$ztgate_node" ] && [ -f "$ztgate_cli" ]; then',
    `  exec "$ztgate_node" "$ztgate_cli" hook run --${kind}`,
    "elif command -v ztgate >/dev/null 2>&1; then",
    `  exec ztgate hook run --${kind}`,
    "elif command -v npx >/dev/null 2>&1; then",
    `  exec npx --no-install ztgate hook run --${kind}`,
    "fi",
    `echo "ztgate ${kind} hook: ztgate not found (was $ztgate_cli); reinstall with 'npx ztgate hook install', or skip once with '${skip}'" >&2`,
    "exit 1",
    "",
  ].join("\n");
}
