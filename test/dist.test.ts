// dist/ is committed because GitHub runs actions from the repository; it must be exactly what
// src/ builds to, or the action would run code nobody reviewed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("dist/", () => {
  const out = mkdtempSync(join(tmpdir(), "ztgate-dist-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("is rebuilt byte-for-byte from src/", () => {
    execFileSync(process.execPath, ["scripts/build.mjs", out], { cwd: root });
    const built = listFiles(out);
    expect(listFiles(join(root, "dist"))).toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(join(out, file));
      const committed = readFileSync(join(root, "dist", file));
      expect(
        committed.equals(fresh),
        `dist/${file} differs from a fresh build: run npm run build`,
      ).toBe(true);
    }
  });
});
