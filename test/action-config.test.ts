// Action inputs: action.yml and src/action/inputs.ts name the same inputs, defaults live only in
// config.ts, and bad values fail closed naming the input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, INPUTS, readConfig, type InputName } from "../src/action/inputs.js";

const root = join(import.meta.dirname, "..");
const actionYml = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

const reader =
  (values: Partial<Record<InputName, string>>) =>
  (name: InputName): string =>
    values[name] ?? "";

describe("action.yml and src/action/inputs.ts", () => {
  it("declare the same inputs", () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
  });

  it("state each default once: in config.ts, echoed by the description", () => {
    for (const [name, spec] of Object.entries(INPUTS) as [
      string,
      { description: string; default?: string },
    ][]) {
      const yml = actionYml.inputs[name]!;
      const suffix = spec.default !== undefined ? ` Default: ${spec.default}.` : "";
      expect(yml.description, name).toBe(spec.description + suffix);
      // Only the workflow can hand over its token, so that one default must be in action.yml.
      if (name === "github-token") expect(yml.default).toBe("${{ github.token }}");
      else if (name === "matrix") expect(yml.default).toBe("${{ toJSON(matrix) }}");
      else expect(yml.default, name).toBeUndefined();
    }
  });

  it("lists the outputs the action sets and runs dist/action.js on node24", () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual([
      "blocked",
      "comment-content",
      "comment-url",
      "error",
      "findings",
      "json-file",
      "openvex-file",
      "outcome",
      "sarif-file",
      "warned",
    ]);
    expect(actionYml.runs).toEqual({ using: "node24", main: "dist/action.js" });
  });
});

describe("readConfig", () => {
  it("applies the defaults", () => {
    expect(readConfig(reader({ reports: "a.json\n\n  b/*.json  \n" }))).toEqual({
      reports: ["a.json", "b/*.json"],
      policy: undefined,
      policySource: "base",
      failOn: undefined,
      baseline: undefined,
      comment: "always",
      annotations: true,
      checkRun: false,
      jobSummary: true,
      sarifFile: undefined,
      jsonFile: undefined,
      githubToken: "",
      retry: DEFAULT_RETRY,
      name: undefined,
      matrix: [],
      warnOnly: false,
    });
  });

  it("reads every input", () => {
    const config = readConfig(
      reader({
        reports: "r.json",
        policy: "p.yml",
        "fail-on": "warn",
        comment: "on-failure",
        annotations: "FALSE",
        "check-run": "true",
        "job-summary": "false",
        "sarif-file": "z.sarif",
        "json-file": "z.json",
        "openvex-file": "z.openvex.json",
        kev: "kev.json",
        epss: "epss.csv.gz",
        "github-token": "t",
      }),
      { ZTGATE_RETRY_DELAY_MS: "2" },
    );
    expect(config).toMatchObject({
      policy: "p.yml",
      failOn: "warn",
      comment: "on-failure",
      annotations: false,
      checkRun: true,
      jobSummary: false,
      sarifFile: "z.sarif",
      jsonFile: "z.json",
      openvexFile: "z.openvex.json",
      kev: "kev.json",
      epss: "epss.csv.gz",
      githubToken: "t",
      retry: { attempts: DEFAULT_RETRY.attempts, baseDelayMs: 2 },
    });
  });

  it.each([
    [{ reports: "" }, /input "reports" is empty/],
    [
      { reports: "r", comment: "sometimes" },
      /input "comment" must be one of: always, on-failure, never/,
    ],
    [{ reports: "r", "fail-on": "error" }, /input "fail-on" must be one of: block, warn, never/],
    [{ reports: "r", annotations: "yes" }, /input "annotations" must be true or false/],
    [
      { reports: "r", "github-alerts": "dependabot,codeql" },
      /input "github-alerts" names "codeql": it takes code-scanning, dependabot, secret-scanning/,
    ],
    [{ reports: "", "github-alerts": " , " }, /input "reports" is empty/],
  ] as [Partial<Record<InputName, string>>, RegExp][])("rejects %o", (values, message) => {
    expect(() => readConfig(reader(values))).toThrow(message);
  });
});

describe("github-alerts", () => {
  it("reads the kinds, once each, and then needs no reports", () => {
    const config = readConfig(
      reader({ "github-alerts": "secret-scanning, dependabot\ndependabot" }),
    );
    expect(config.githubAlerts).toEqual(["secret-scanning", "dependabot"]);
    expect(config.reports).toEqual([]);
    expect(readConfig(reader({ reports: "r" })).githubAlerts).toBeUndefined();
  });
});

describe("examples/", () => {
  const dir = join(root, "examples");
  const files = [
    "pull_request.yml",
    "push.yml",
    "merge_group.yml",
    "workflow_dispatch.yml",
    "fork-safe/gate.yml",
    "fork-safe/post.yml",
  ];
  const workflows = files.map((f) => [f, parse(readFileSync(join(dir, f), "utf8"))] as const);

  it("cover every event the action supports, and the fork-safe pair", () => {
    const events = new Set(workflows.flatMap(([, w]) => Object.keys((w as { on: object }).on)));
    for (const e of ["pull_request", "push", "merge_group", "workflow_dispatch", "workflow_run"]) {
      expect(events, e).toContain(e);
    }
  });

  it.each(files)("%s uses only inputs action.yml declares", (file) => {
    const w = workflows.find(([f]) => f === file)![1] as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = Object.values(w.jobs).flatMap((j) =>
      j.steps.filter((s) => s.uses?.startsWith("ztgate/ztgate@")),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const input of Object.keys(step.with ?? {}))
        expect(Object.keys(actionYml.inputs)).toContain(input);
      expect(step.with?.reports).toBeTruthy();
    }
  });
});
