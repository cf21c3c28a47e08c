// The architecture of DESIGN §2 as rules a tool checks (`npm run lint`): the data flow goes
// one way (reports → findings → policy/gate → reporters → commands/action), the core is pure,
// and the CLI never loads the action's GitHub client. A violation fails with the rule's name.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import circles hide which module depends on which: break them with a types module.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports is dead code (the entries and type declarations aside).",
      from: {
        orphan: true,
        path: "^src/",
        pathNot: ["^src/(cli|action)\\.ts$", "\\.d\\.ts$"],
      },
      to: {},
    },
    {
      name: "parsers-read-only-the-model",
      severity: "error",
      comment:
        "A parser turns a decoded report into findings: it imports the model and its own helpers, nothing of the policy, gate, reporters or entries.",
      from: { path: "^src/reports/parsers/" },
      to: { path: "^src/", pathNot: ["^src/model/", "^src/reports/parsers/"] },
    },
    {
      name: "model-imports-only-the-model",
      severity: "error",
      comment: "The finding model is what every layer shares: it depends on no layer.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment:
        "Policy and gate decide from values: no file system, no child processes, no GitHub (I/O belongs to src/files, src/reports, the commands and the action).",
      from: { path: "^src/(policy|gate)/" },
      to: {
        path: "^(node:)?(fs|fs/promises|child_process|net|http|https)$|^@actions/|^@octokit/",
      },
    },
    {
      name: "core-does-not-look-up",
      severity: "error",
      comment: "Policy and gate come before the reporters and the entries in the data flow.",
      from: { path: "^src/(policy|gate|reports|model)/" },
      to: { path: "^src/(reporters|commands|action|local)/|^src/(cli|action|run)\\.ts$" },
    },
    {
      name: "reports-before-policy",
      severity: "error",
      comment: "Reports are read and parsed before any policy applies to them.",
      from: { path: "^src/reports/" },
      to: { path: "^src/(policy|gate)/" },
    },
    {
      name: "policy-before-gate",
      severity: "error",
      comment: "A policy is loaded and compiled before the gate decides with it.",
      from: { path: "^src/policy/" },
      to: { path: "^src/gate/" },
    },
    {
      name: "reporters-never-reach-github",
      severity: "error",
      comment:
        "Reporters render an Evaluation; posting it is the action's job (and keeps the CLI's start-up free of Octokit).",
      from: { path: "^src/reporters/" },
      to: { path: "^src/(action|commands|local)/|^@actions/|^@octokit/|^src/(cli|action)\\.ts$" },
    },
    {
      name: "cli-never-loads-the-action",
      severity: "error",
      comment: "The CLI, its commands and the hook run without @actions/* or the GitHub client.",
      from: { path: "^src/(commands|local)/|^src/cli\\.ts$" },
      to: { path: "^src/action/|^@actions/|^@octokit/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Built-in packs and schema validators are served by the build (scripts/esbuild-plugin.mjs).
    exclude: { path: "^virtual:" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".json", ".yml"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
