// Output files are written whole or not at all: a later CI step that uploads SARIF or reads the
// JSON verdict must never see half a file, nor an error hidden behind a leftover temp file.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import { writeFileAtomic } from "../src/io/output.js";
import { scratch } from "./fuzz/outcome.js";
import { ztgate } from "./helpers/cli.js";

const work = scratch();
afterAll(() => work.dispose());
const demo = join(import.meta.dirname, "../fixtures/demo/payments-image.trivy.json");

/** A null device of our own (`mknod`, as root): a wrong rename replaces it, not /dev/null. */
function ownNullDevice(dir: string): string | undefined {
  const path = join(dir, "null");
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync("mknod", ["-m", "666", path, "c", "1", "3"], { stdio: "ignore" });
    return path;
  } catch {
    return undefined;
  }
}

describe("writeFileAtomic", () => {
  // `-o json=/dev/null` as root once replaced the machine's /dev/null with a regular file.
  const device = ownNullDevice(join(work.dir, "device"));
  it.skipIf(device === undefined)("writes into a device in place, never renaming over it", () => {
    writeFileAtomic(device!, "{}");
    expect(statSync(device!).isCharacterDevice()).toBe(true);
    expect(readdirSync(join(work.dir, "device"))).toEqual(["null"]);
  });

  it("replaces a file with the whole new content and leaves no temp file", () => {
    const dir = join(work.dir, "replace");
    const file = join(dir, "out.json");
    mkdirSync(dir);
    writeFileSync(file, "old");
    const big = "x".repeat(5_000_000);
    writeFileAtomic(file, big);
    expect(readFileSync(file, "utf8")).toBe(big);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  const failures: [string, (dir: string) => string][] = [
    [
      "the target is a directory",
      (dir) => {
        mkdirSync(join(dir, "out.sarif", "keep"), { recursive: true });
        return join(dir, "out.sarif");
      },
    ],
    [
      "the parent is a file",
      (dir) => {
        writeFileSync(join(dir, "file"), "a file");
        return join(dir, "file", "out.sarif");
      },
    ],
  ];
  it.each(failures)(
    "a failed write (%s) names the file and leaves nothing behind",
    (name, setup) => {
      const dir = join(work.dir, name.replace(/\W+/g, "-"));
      mkdirSync(dir);
      const target = setup(dir);
      const before = readdirSync(dir).sort();
      let error: unknown;
      try {
        writeFileAtomic(target, "{}");
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GateError);
      expect((error as GateError).describe()).toMatch(
        new RegExp(`^${target}: cannot write the output file \\(E[A-Z]+\\); nothing was written$`),
      );
      expect(readdirSync(dir).sort()).toEqual(before);
    },
  );

  it("through the CLI: an output that cannot be written is exit 2, not a verdict", async () => {
    const dir = join(work.dir, "cli");
    mkdirSync(join(dir, "out.json", "keep"), { recursive: true });
    const r = await ztgate(["check", demo, "-o", `json=${join(dir, "out.json")}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out\.json: cannot write the output file \(E[A-Z]+\)/);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});
