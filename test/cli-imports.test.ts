// The CLI's cold start stays small: dist/cli.js and the chunks it loads carry none of the
// action's dependencies (@actions/*, Octokit) and not the GitHub client.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "../dist");

/** dist/cli.js and every chunk it imports or may import, transitively. */
function loadedBy(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dist, file), "utf8");
  // Static imports and the lazy import() of each command alike.
  for (const m of text.matchAll(/(?:from |import\()"\.\/(?:\.\.\/)?(chunks\/[^"]+|[^"/]+\.js)"/g)) {
    const target =
      file.startsWith("chunks/") && !m[1]!.startsWith("chunks/") ? `chunks/${m[1]}` : m[1]!;
    loadedBy(target, seen);
  }
  return seen;
}

describe("dist/cli.js", () => {
  it("loads no @actions/*, no Octokit and no GitHub client", () => {
    const files = [...loadedBy("cli.js")];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(join(dist, file), "utf8");
      expect(text, file).not.toMatch(/^\/\/ node_modules\/(@actions|@octokit)\//m);
      expect(text, file).not.toMatch(/^\/\/ src\/(action\/|action\.ts$)/m);
    }
  });

  it("the action does load them (so the check above can fail)", () => {
    const text = readFileSync(join(dist, "action.js"), "utf8");
    expect(text).toMatch(/^\/\/ node_modules\/@actions\/core\//m);
    expect(text).toMatch(/^\/\/ src\/action\/github\.ts$/m);
  });
});
