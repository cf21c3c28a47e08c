// Evidence per asset (issue 15): a required layer is required for each asset, so a restricted
// service without an image report cannot pass because another service has one. Real reports
// are copied into a scratch repository at the paths each case names (sources: fixtures/real
// MANIFEST.md; fixtures/demo/README.md).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../src/gate/evaluate.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
/** alpine:3.11 image scan (trivy), 19 findings. */
const ALPINE = "fixtures/real/trivy/license_scheme.json";
/** ghcr.io/acme/payments:1.4.2 image scan (trivy), matches no asset's images. */
const PAYMENTS_IMAGE = "fixtures/demo/payments-image.trivy.json";
/** A clean image scan (trivy), no findings. */
const CLEAN_IMAGE = "fixtures/demo/clean-image.trivy.json";
const NPM = "fixtures/demo/web.npm-audit.json";
const CHECKOV = "fixtures/demo/infra.checkov.json";

const ASSETS = `
assets:
  - name: payments-api
    classification: restricted
    paths: ["services/payments/**"]
    images: ["alpine:*"]
    reports: ["reports/payments-*.json"]
  - name: docs-site
    classification: public
    paths: ["docs/**"]
    images: ["busybox*"]
`;

function policy(extra: string): string {
  return `version: 1\n${ASSETS}${extra}\nsettings: { fail-on: never }\n`;
}

const RESTRICTED_NEEDS_IMAGE_AND_DEPS =
  "require:\n  classifications:\n    restricted: { layers: [image, dependency] }";

/** A scratch repository: the policy and each report copied to its place. */
function repo(policyText: string, reports: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-assets-"));
  writeFileSync(join(dir, "ztgate.yml"), policyText);
  for (const [to, from] of Object.entries(reports)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(root, from), join(dir, to));
  }
  return dir;
}

async function check(dir: string, reports: string[], output = "json") {
  const r = await ztgate(["check", ...reports, "-o", output], { cwd: dir });
  return r;
}

const missing = (asset: string, cls: string, layer: string) =>
  `asset "${asset}" (${cls}) requires layer "${layer}" but no report is evidence for it`;

describe("a required layer is required per asset", () => {
  const cases: {
    name: string;
    extra: string;
    reports: Record<string, string>;
    code: number;
    errors: string[];
  }[] = [
    {
      name: "restricted asset without an image report, while another asset's image report exists",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "docs/image.trivy.json": PAYMENTS_IMAGE, "services/payments/npm.json": NPM },
      code: 2,
      errors: [missing("payments-api", "restricted", "image")],
    },
    {
      name: "an image report of the asset's images (alpine:3.11) is its evidence, wherever it lies",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "out/alpine.json": ALPINE, "services/payments/npm.json": NPM },
      code: 0,
      errors: [],
    },
    {
      name: "a report under the asset's paths is its evidence, and a clean one counts",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "services/payments/image.json": CLEAN_IMAGE, "services/payments/npm.json": NPM },
      code: 0,
      errors: [],
    },
    {
      name: "a report the asset lists (reports: globs) is its evidence",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "reports/payments-image.json": PAYMENTS_IMAGE, "reports/payments-npm.json": NPM },
      code: 0,
      errors: [],
    },
    {
      name: "a report of another image, outside the asset, is not its evidence",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "reports/other-image.json": PAYMENTS_IMAGE, "services/payments/npm.json": NPM },
      code: 2,
      errors: [missing("payments-api", "restricted", "image")],
    },
    {
      name: "no report at all for the restricted asset: every missing layer is named",
      extra: RESTRICTED_NEEDS_IMAGE_AND_DEPS,
      reports: { "docs/image.trivy.json": PAYMENTS_IMAGE, "docs/npm.json": NPM },
      code: 2,
      errors: [
        missing("payments-api", "restricted", "image"),
        missing("payments-api", "restricted", "dependency"),
      ],
    },
    {
      name: "a confidential requirement holds for the stricter restricted asset, not for public",
      extra: "require:\n  classifications:\n    confidential: { layers: [iac] }",
      reports: { "docs/infra.checkov.json": CHECKOV, "services/payments/npm.json": NPM },
      code: 2,
      errors: [missing("payments-api", "restricted", "iac")],
    },
    {
      name: "an asset's own require.layers",
      extra: "",
      reports: { "services/payments/npm.json": NPM },
      code: 2,
      errors: [missing("docs-site", "public", "iac")],
    },
  ];
  it.each(cases)("$name", async ({ extra, reports, code, errors }) => {
    let text = policy(extra);
    if (extra === "") {
      text = text.replace(
        'images: ["busybox*"]',
        'images: ["busybox*"]\n    require: { layers: [iac] }',
      );
    }
    const dir = repo(text, reports);
    const r = await check(dir, Object.keys(reports));
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    expect(evaluation.errors.map((e) => e.replace(/ \(a report under.*$/, ""))).toEqual(
      errors.map((e) => `${e}`),
    );
    expect(r.code).toBe(code);
    for (const e of errors) expect(r.stderr).toContain(e);
  });
});

describe("the evaluation and the summary show evidence per asset × layer", () => {
  it("JSON: reports per layer for each asset, with its required layers", async () => {
    const reports = { "docs/image.trivy.json": PAYMENTS_IMAGE, "services/payments/npm.json": NPM };
    const dir = repo(policy(RESTRICTED_NEEDS_IMAGE_AND_DEPS), reports);
    const r = await check(dir, Object.keys(reports));
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    expect(evaluation.assetEvidence).toEqual([
      {
        asset: "payments-api",
        classification: "restricted",
        required: ["image", "dependency"],
        layers: { dependency: ["services/payments/npm.json"] },
      },
      {
        asset: "docs-site",
        classification: "public",
        required: [],
        layers: { image: ["docs/image.trivy.json"] },
      },
    ]);
  });

  it("markdown: a table of assets × layers naming what is missing", async () => {
    const reports = { "docs/image.trivy.json": PAYMENTS_IMAGE, "services/payments/npm.json": NPM };
    const dir = repo(policy(RESTRICTED_NEEDS_IMAGE_AND_DEPS), reports);
    const r = await check(dir, Object.keys(reports), "markdown");
    expect(r.code).toBe(2);
    const section = r.stdout.slice(r.stdout.indexOf("### Evidence per asset"));
    expect(section.split("\n").slice(0, 6)).toEqual([
      "### Evidence per asset",
      "",
      "| asset | classification | image | dependency |",
      "| --- | --- | --- | --- |",
      "| payments-api | restricted | ⛔ required, no report | ✅ 1 report (required) |",
      "| docs-site | public | ✅ 1 report | — |",
    ]);
  });
});

describe("the policy states it", () => {
  it("an unknown key in an asset's require is a policy error, not a requirement dropped", async () => {
    const text = policy("").replace(
      'images: ["busybox*"]',
      'images: ["busybox*"]\n    require: { layer: [iac] }',
    );
    const dir = repo(text, { "docs/npm.json": NPM });
    const r = await ztgate(["check", "docs/npm.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ztgate\.yml:\d+:\d+: .*unknown key "layer"/);
  });

  it("classifications merge across extends, classification by classification", async () => {
    const dir = repo(
      `version: 1\nextends: [./base.yml]\n${ASSETS}require:\n  classifications:\n    confidential: { layers: [dependency] }\nsettings: { fail-on: never }\n`,
      { "docs/image.trivy.json": PAYMENTS_IMAGE },
    );
    writeFileSync(
      join(dir, "base.yml"),
      "version: 1\nrequire:\n  classifications:\n    restricted: { layers: [image] }\n",
    );
    const r = await check(dir, ["docs/image.trivy.json"]);
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    expect(evaluation.assetEvidence[0]?.required).toEqual(["image", "dependency"]);
    expect(r.code).toBe(2);
  });
});
