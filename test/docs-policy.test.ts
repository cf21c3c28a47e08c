// The policies shown in the README and docs/policy.md are valid: documentation that a user
// copies must not fail `ztgate validate`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../src/io/policy-file.js";

const root = join(import.meta.dirname, "..");
const blocks = ["README.md", "docs/policy.md"].flatMap((file) =>
  [...readFileSync(join(root, file), "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? "")
    .filter((text) => /^version: 1$/m.test(text))
    .map((text, i) => [`${file} policy #${i + 1}`, text] as const),
);

describe("documented policies are valid", () => {
  it("finds the documented policies", () => expect(blocks.length).toBeGreaterThanOrEqual(2));
  it.each(blocks)("%s", async (_name, text) => {
    await expect(loadPolicy("/docs/ztgate.yml", () => text)).resolves.toBeDefined();
  });
});
