// Every fenced example in README.md and docs/*.md runs with its stated result (issue 16).
// Each fenced block is preceded by a marker, so a new example cannot be added untested:
//   <!-- example: run exit=1 contains="ztgate: BLOCKED" [policy=NAME] -->   ```sh commands
//   <!-- example: policy file=NAME -->     ```yaml: a whole policy, validated; saved as NAME,
//                                          which a later command's argument NAME then names
//   <!-- example: policy-part [onto=NAME] -->  ```yaml: part of a policy, validated under
//                                          `version: 1`, or as its keys put onto saved NAME
//   <!-- example: file name=NAME -->       ```: a file saved as NAME (a ztgate.test.yml beside it)
//   <!-- example: report -->               ```json: a report, which `ztgate parse` must accept
//   <!-- example: output -->               ```: every line appears in the previous run's output
//   <!-- example: skip reason="..." -->    not runnable here (workflows, git, npm), and why
// Commands are `ztgate ...`, `npx ztgate ...` or `node dist/cli.js ...`, run in-process from
// the repository root at the tests' date (2026-11-22).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ztgate, type CliResult } from "./helpers/cli.js";
import { ROOT } from "./helpers/evaluations.js";

interface Example {
  file: string;
  line: number;
  kind: string;
  attrs: Map<string, string[]>;
  body: string[];
}

const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith(".md"),
);

const MARKER = /^<!-- example: (\w[\w-]*)((?:\s+[\w-]+=(?:"[^"]*"|\S+))*)\s*-->$/;

function attributes(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/([\w-]+)=(?:"([^"]*)"|(\S+))/g)) {
    const key = m[1]!;
    out.set(key, [...(out.get(key) ?? []), m[2] ?? m[3]!]);
  }
  return out;
}

/** Every fenced block of a page with its marker; a block without one is an error. */
function examplesOf(file: string): { examples: Example[]; unmarked: string[] } {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const examples: Example[] = [];
  const unmarked: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```/.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    let j = start - 1;
    while (j >= 0 && lines[j]!.trim() === "") j--;
    const marker = j >= 0 ? MARKER.exec(lines[j]!.trim()) : null;
    if (!marker) unmarked.push(`${file}:${start + 1}`);
    else {
      examples.push({
        file,
        line: start + 1,
        kind: marker[1]!,
        attrs: attributes(marker[2] ?? ""),
        body,
      });
    }
  }
  return { examples, unmarked };
}

/** Shell words with single and double quotes; no expansion (globs are ztgate's own). */
function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

const ZTGATE = [/^node dist\/cli\.js\s+/, /^npx ztgate\s+/, /^ztgate\s+/];

function commandsOf(body: string[]): string[] {
  return body
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

async function run(command: string, policies: Map<string, string>, policy?: string) {
  const prefix = ZTGATE.find((p) => p.test(command));
  if (!prefix) throw new Error(`not a ztgate command: ${command}`);
  // An argument that names a file an example saved is that file.
  const args = words(command.replace(prefix, "")).map((a) => policies.get(a) ?? a);
  if (policy && !args.includes("--policy")) {
    const file = policies.get(policy);
    if (!file) throw new Error(`no policy example named ${policy}`);
    args.splice(1, 0, "--policy", file);
  }
  return ztgate(args, { cwd: ROOT });
}

/** A policy fragment made whole: under `version: 1`, or its keys replacing those of `onto`. */
function policyPart(e: Example, saved: Map<string, string>, where: string): string {
  const onto = e.attrs.get("onto")?.[0];
  const part = parse(e.body.join("\n")) as Record<string, unknown>;
  if (!onto) return stringify({ version: 1, ...part });
  const base = saved.get(onto);
  if (!base) throw new Error(`${where}: no saved policy ${onto}`);
  return stringify({ ...(parse(readFileSync(base, "utf8")) as object), ...part });
}

const normalise = (s: string) => s.trim().replace(/\s+/g, " ");

const pages = DOCS.map((file) => ({ file, ...examplesOf(file) }));

describe("docs examples", () => {
  it("every fenced block in README.md and docs/*.md has an example marker", () => {
    expect(pages.flatMap((p) => p.unmarked)).toEqual([]);
  });

  it("every skipped example says why", () => {
    const skipped = pages.flatMap((p) => p.examples).filter((e) => e.kind === "skip");
    for (const e of skipped) expect(e.attrs.get("reason")?.[0], `${e.file}:${e.line}`).toBeTruthy();
  });

  describe.each(pages.filter((p) => p.examples.some((e) => e.kind !== "skip")))("$file", (page) => {
    it("runs each example with its stated result", async () => {
      const dir = mkdtempSync(join(tmpdir(), "ztgate-docs-"));
      const policies = new Map<string, string>();
      let last: CliResult | undefined;
      for (const e of page.examples) {
        const where = `${e.file}:${e.line}`;
        if (e.kind === "skip") continue;
        if (e.kind === "policy" || e.kind === "file") {
          const name = e.attrs.get(e.kind === "file" ? "name" : "file")?.[0] ?? "ztgate.yml";
          const path = join(dir, name);
          writeFileSync(path, e.body.join("\n") + "\n");
          policies.set(name, path);
          if (e.kind === "file") continue;
          const valid = await ztgate(["validate", "--policy", path], { cwd: ROOT });
          expect(valid.code, `${where}: ${valid.stdout}${valid.stderr}`).toBe(0);
        } else if (e.kind === "policy-part" || e.kind === "report") {
          const path = join(dir, `part-${e.line}.${e.kind === "report" ? "json" : "yml"}`);
          const text = e.kind === "report" ? e.body.join("\n") : policyPart(e, policies, where);
          writeFileSync(path, text + "\n");
          const args = e.kind === "report" ? ["parse", path] : ["validate", "--policy", path];
          const r = await ztgate(args, { cwd: ROOT });
          expect(r.code, `${where}: ${r.stdout}${r.stderr}`).toBe(0);
        } else if (e.kind === "run") {
          const exit = Number(e.attrs.get("exit")?.[0]);
          expect(Number.isInteger(exit), `${where}: run needs exit=N`).toBe(true);
          const commands = commandsOf(e.body);
          expect(commands.length, where).toBeGreaterThan(0);
          for (const command of commands) {
            last = await run(command, policies, e.attrs.get("policy")?.[0]);
            const out = last.stdout + last.stderr;
            expect(last.code, `${where}: ${command}\n${out}`).toBe(exit);
            for (const text of e.attrs.get("contains") ?? []) expect(out, where).toContain(text);
          }
        } else if (e.kind === "output") {
          expect(last, `${where}: output without a run before it`).toBeDefined();
          const actual = new Set(
            (last!.stdout + last!.stderr).split("\n").map(normalise).filter(Boolean),
          );
          for (const line of e.body.map(normalise).filter(Boolean)) {
            expect(actual.has(line), `${where}: "${line}" not in the output`).toBe(true);
          }
        } else {
          throw new Error(`${where}: unknown example kind ${e.kind}`);
        }
      }
    });
  });
});
