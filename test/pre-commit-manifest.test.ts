// .pre-commit-hooks.yaml is read by the pre-commit framework, which installs this repository
// as a node package and runs `entry`: the entry must be our bin and a command that exists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// pre-commit's manifest: required keys, and the stage names of pre-commit 3.2+.
const REQUIRED = ["id", "name", "entry", "language"];
const STAGES = [
  "pre-commit",
  "pre-merge-commit",
  "pre-push",
  "prepare-commit-msg",
  "commit-msg",
  "post-checkout",
  "post-commit",
  "post-merge",
  "post-rewrite",
  "manual",
];

describe(".pre-commit-hooks.yaml", () => {
  it.each(hooks as Record<string, unknown>[])(
    "hook $id is complete and runs our CLI",
    async (hook) => {
      for (const key of REQUIRED) expect(hook[key], key).toBeTruthy();
      expect(hook.language).toBe("node");
      expect(hook.pass_filenames).toBe(false);
      for (const stage of hook.stages as string[]) expect(STAGES).toContain(stage);
      const [bin, ...args] = String(hook.entry).split(" ");
      expect(Object.keys(pkg.bin)).toContain(bin);
      const help = await ztgate([...args, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("ztgate hook run");
    },
  );
});
