import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);

// schema-validators:virtual:policy-validators
var validatePolicy = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/ztgate/ztgate/schema/policy.schema.json", title: "ztgate policy (ztgate.yml)", type: "object", additionalProperties: !1, required: ["version"], properties: { version: { const: 1, description: "Policy language version. Always 1." }, extends: { type: "array", description: "Built-in packs by name (default, zero-trust), relative paths to other policy files, or a pack in another repository: github:OWNER/REPO/PATH@REF (REF a full commit SHA, recommended, or a branch or tag, whose commit is printed). Later entries, and this file, override earlier rules, assets and controls with the same id or name.", items: { type: "string", minLength: 1, maxLength: 512 } }, assets: { $ref: "#/definitions/assets" }, "default-classification": { $ref: "#/definitions/classification", description: "Classification of findings no asset claims. Default internal." }, controls: { $ref: "#/definitions/controls" }, require: { $ref: "#/definitions/require" }, rules: { type: "array", items: { $ref: "#/definitions/rule" } }, waivers: { $ref: "#/definitions/waivers" }, deadlines: { $ref: "#/definitions/deadlines" }, budgets: { $ref: "#/definitions/budgets" }, local: { type: "object", additionalProperties: !1, description: "The local gate (ztgate hook run, ztgate baseline write): which reports to check before a push or commit, and scanner commands that write them. Ignored by ztgate check.", properties: { reports: { type: "array", minItems: 1, description: "Report paths or globs, relative to the repository root. A glob matching nothing fails the hook.", items: { type: "string", minLength: 1, maxLength: 512 } }, baseline: { type: "string", minLength: 1, maxLength: 512, description: "Baseline file (ztgate baseline write): findings recorded there show as existing and do not block." }, kev: { type: "string", minLength: 1, maxLength: 512, description: "CISA's KEV catalog JSON (plain or gzipped) the hook enriches findings with, like ztgate check --kev." }, epss: { type: "string", minLength: 1, maxLength: 512, description: "FIRST's EPSS scores CSV (plain or gzipped) the hook enriches findings with, like ztgate check --epss." }, openvex: { type: "string", minLength: 1, maxLength: 512, description: "File the hook writes the OpenVEX document to, like ztgate check -o openvex=FILE." }, commands: { type: "array", description: "Scanner commands run (in order, with sh, from the repository root) before the reports are read.", items: { type: "object", additionalProperties: !1, required: ["run"], properties: { name: { type: "string", minLength: 1, maxLength: 128 }, run: { type: "string", minLength: 1, maxLength: 4096 }, timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}(s|m)$", description: "How long the command may run, e.g. 90s or 5m. Default 5m." }, "ok-exit-codes": { type: "array", minItems: 1, description: "Exit codes that mean the scan ran (default [0]); npm audit exits 1 when it finds something.", items: { type: "integer", minimum: 0, maximum: 255 } } } } } } }, settings: { $ref: "#/definitions/settings" } }, definitions: { severity: { enum: ["critical", "high", "medium", "low", "info", "unknown"] }, action: { enum: ["block", "warn", "info", "ignore"] }, layer: { enum: ["image", "dependency", "iac", "secret", "code", "license", "posture", "api"] }, glob: { type: "string", minLength: 1, maxLength: 512 }, globs: { oneOf: [{ $ref: "#/definitions/glob" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" } }] }, licensePatterns: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 512 }, description: "SPDX licence ids or globs over them (GPL-3.0-only, AGPL-*)." }, severityExpr: { type: "string", pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, rule: { type: "object", additionalProperties: !1, required: ["id", "when", "action"], properties: { id: { $ref: "#/definitions/name" }, description: { type: "string" }, action: { $ref: "#/definitions/action" }, when: { $ref: "#/definitions/when" }, examples: { type: "array", items: { $ref: "#/definitions/example" }, description: "Findings this rule must and must not match, with the verdict expected from the policy that defines the rule. Run by `ztgate test`." } } }, when: { type: "object", additionalProperties: !1, description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.", properties: { severity: { oneOf: [{ $ref: "#/definitions/severityExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severityExpr" } }] }, layer: { oneOf: [{ $ref: "#/definitions/layer" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/layer" } }] }, fixable: { type: "boolean" }, id: { $ref: "#/definitions/globs" }, package: { $ref: "#/definitions/globs" }, path: { $ref: "#/definitions/globs" }, versions: { $ref: "#/definitions/semverRange" }, cwe: { oneOf: [{ type: ["string", "integer"] }, { type: "array", minItems: 1, items: { type: ["string", "integer"] } }] }, epss: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "string", pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }], description: 'A number means at least; or ">=0.5", "<0.1".' }, kev: { type: "boolean", description: "Listed in CISA's Known Exploited Vulnerabilities." }, control: { oneOf: [{ $ref: "#/definitions/name" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/name" } }] }, classification: { oneOf: [{ $ref: "#/definitions/classificationExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classificationExpr" } }] }, asset: { $ref: "#/definitions/globs" }, tool: { $ref: "#/definitions/globs" }, suppressed: { type: "boolean", description: "The scanner suppressed the finding (VEX, .trivyignore, .grype.yaml, .snyk, SARIF suppressions, CycloneDX analysis), whether or not settings.scanner-suppressions honours it. A rule with this condition also reaches findings whose suppression is honoured." }, license: { description: "Licence findings (layer license) whose SPDX expression cannot be used under licences none denied and all allowed (A OR B: one branch is enough; A AND B needs both), or, with `unknown`, whose licence is NOASSERTION, NONE, missing or unreadable. Ids are compared case-insensitively; globs (AGPL-*) allowed.", oneOf: [{ const: "unknown" }, { type: "object", additionalProperties: !1, minProperties: 1, properties: { deny: { $ref: "#/definitions/licensePatterns" }, allow: { $ref: "#/definitions/licensePatterns" } } }] } } }, settings: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["block", "warn", "never"], description: "Which verdict fails the gate (exit 1). Default block." }, "unknown-severity": { $ref: "#/definitions/severity", description: "Severity assumed for findings the scanner did not score. Default high." }, "default-action": { $ref: "#/definitions/action", description: "Verdict for findings no rule matches. Default info." }, "max-waiver-days": { type: "integer", minimum: 1, maximum: 3650, description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied." }, "waiver-approvers": { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$" }, description: "Who may approve waivers: GitHub logins (alice) and teams (@acme/security). A waiver whose approved-by names no one listed here does not apply; in a pull request, a waiver the pull request adds or extends applies only with an approving review of the head commit by the approver it names, from the base commit's list." }, "scanner-suppressions": { enum: ["honour", "require-justification", "report-only"], description: "Whether a scanner's own suppressions (written in the repository, so by the change under review) hold: honour (the finding is ignored), require-justification (ignored only when the suppression carries a justification), report-only (evaluated as if not suppressed, the suppression shown). Default report-only; a suppression that must hold belongs in a waiver." }, "enrichment-max-age-days": { type: "integer", minimum: 1, maximum: 365, description: "How many days old a KEV catalog (--kev, from its dateReleased) or EPSS file (--epss, from its score_date) may be. Default 7." }, "enrichment-stale": { enum: ["warn", "error"], description: "What an older snapshot is: warn (default; a warning, the gate still decides) or error (cannot decide, exit 2)." } } }, classification: { enum: ["public", "internal", "confidential", "restricted"] }, classificationExpr: { type: "string", pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 128 }, date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD (UTC)" }, semverRange: { type: "string", minLength: 1, maxLength: 256, description: `A version range, compared in the package's ecosystem order (dpkg, rpm, apk, PEP 440, Maven, Go, semver), e.g. "<4.17.21", "<1.16" or ">=1.2.0 <1.2.9"` }, assets: { type: "array", description: "Services, images and paths with the class of data they hold. A finding belongs to every asset matching its location, target or report path; the strictest classification wins.", items: { type: "object", additionalProperties: !1, required: ["name", "classification"], properties: { name: { $ref: "#/definitions/name" }, classification: { $ref: "#/definitions/classification" }, owner: { type: "string", minLength: 1 }, description: { type: "string" }, paths: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Globs over repository paths: finding locations and report files." }, images: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Globs over image references (finding targets)." }, reports: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Report files (globs over repository paths) that are evidence for this asset, besides reports under its paths or of its images." }, require: { type: "object", additionalProperties: !1, description: "Evidence this asset needs: a required layer without a report that is evidence for the asset exits 2.", properties: { layers: { $ref: "#/definitions/requiredLayers" } } } } } }, controls: { type: "object", description: "Zero-trust controls: named groups of scanner checks (by id, layer, the scanner's own category or CWE) that rules can refer to with `control`. A finding a control lists by id or layer is not placed by category or CWE.", propertyNames: { $ref: "#/definitions/name" }, additionalProperties: { type: "object", additionalProperties: !1, required: ["description"], properties: { description: { type: "string" }, ids: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Check ids (globs, case-insensitive) of any scanner; matched against a finding's id, aliases and check id." }, layers: { type: "array", items: { $ref: "#/definitions/layer" }, description: "Every finding of these layers belongs to the control." }, categories: { type: "array", items: { type: "string", pattern: "^[^:\\s][^:]*:[^:]+$", maxLength: 256 }, description: "TOOL:CATEGORY globs (case-insensitive) matched against a finding's tool and the scanner's own category for its check (KICS category, Checkov check category, Prowler service, ...): a check nobody listed still lands in its control." }, cwe: { type: "array", items: { type: "string", pattern: "^CWE-[0-9]+$" }, description: "Weaknesses (CWE-79) whose findings belong to the control, whichever tool reports them (Semgrep, gosec, CodeQL, ZAP ...)." } } } }, require: { type: "object", additionalProperties: !1, description: "Evidence the gate needs before it can decide. Missing evidence exits 2.", properties: { layers: { type: "array", items: { $ref: "#/definitions/layer" }, description: "Layers that must have at least one report." }, "max-report-age": { type: "string", pattern: "^\\d+[mhdw]$", description: "Oldest a report's own timestamp may be: 90m, 24h, 7d, 2w." }, timestamps: { type: "boolean", description: "A report of a format that records its creation time but has none exits 2 (true) instead of warning (false, default)." }, classifications: { type: "object", additionalProperties: !1, description: "Layers every asset of a classification, or of a stricter one, needs a report for.", properties: { public: { type: "object", additionalProperties: !1, properties: { layers: { $ref: "#/definitions/requiredLayers" } } }, internal: { type: "object", additionalProperties: !1, properties: { layers: { $ref: "#/definitions/requiredLayers" } } }, confidential: { type: "object", additionalProperties: !1, properties: { layers: { $ref: "#/definitions/requiredLayers" } } }, restricted: { type: "object", additionalProperties: !1, properties: { layers: { $ref: "#/definitions/requiredLayers" } } } } }, "image-digest": { type: "boolean", description: "An image report must name the digest of the image being gated (--image REF@sha256:..., action input image); a mismatch or no such report exits 2." }, commit: { type: "boolean", description: "Reports that name a source revision (SARIF versionControlProvenance, Trivy Metadata.Commit) must name the commit being gated (--commit SHA; in the action GITHUB_SHA or the pull request head); a mismatch exits 2." } } }, requiredLayers: { type: "array", items: { $ref: "#/definitions/layer" }, description: "Layers that need a report." }, waivers: { type: "array", items: { $ref: "#/definitions/waiver" } }, waiver: { type: "object", additionalProperties: !1, required: ["id", "reason", "owner", "expires"], description: "A narrow, owned, justified and temporary exception.", properties: { id: { type: "string", minLength: 1, maxLength: 256, description: "The finding id or one of its aliases (exact, case-insensitive)." }, package: { type: "string", minLength: 1, description: "Exact package name." }, versions: { $ref: "#/definitions/semverRange" }, paths: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" }, description: "Must cover the finding's location, or every report that found it." }, asset: { $ref: "#/definitions/name" }, rule: { $ref: "#/definitions/name", description: "Only waive the verdict of this rule." }, reason: { type: "string", minLength: 3 }, owner: { type: "string", minLength: 1 }, "approved-by": { type: "string", minLength: 1, description: "Who approved it: a GitHub login or a team (@org/team). With settings.waiver-approvers, it must be listed there or the waiver does not apply." }, ticket: { type: "string", minLength: 1 }, "vex-justification": { enum: ["component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path", "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"], description: "The OpenVEX justification this waiver asserts: -o openvex states the finding not_affected with it (Trivy and Grype --vex then suppress it). Without it a waiver is accepted risk: an affected statement, which no scanner suppresses." }, expires: { $ref: "#/definitions/date" } } }, example: { type: "object", additionalProperties: !1, required: ["finding"], properties: { name: { type: "string" }, finding: { $ref: "#/definitions/exampleFinding" }, classification: { $ref: "#/definitions/classification", description: "Evaluate as if the finding's asset had this classification." }, asset: { $ref: "#/definitions/name", description: "Evaluate as if the finding belonged to this asset of the policy." }, matches: { type: "boolean", description: "In rule examples: whether the rule must match (default true)." }, verdict: { enum: ["block", "warn", "info", "ignored", "waived"], description: "The verdict the policy must give." }, rule: { $ref: "#/definitions/name", description: "The rule that must decide." } } }, exampleFinding: { type: "object", additionalProperties: !1, required: ["id"], properties: { id: { type: "string", minLength: 1 }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string" }, layer: { $ref: "#/definitions/layer" }, severity: { $ref: "#/definitions/severity" }, fixable: { type: "boolean" }, package: { type: "string" }, version: { type: "string" }, path: { type: "string" }, target: { type: "string" }, tool: { type: "string" }, report: { type: "string", description: "Path of the report it came from (default example.json)." }, category: { type: "string", description: "The scanner's category for the check (KICS category, Checkov check category, Prowler service ...)." }, cwe: { type: "array", items: { type: "string" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, license: { type: "string", description: "A licence finding's SPDX expression or licence name (the layer defaults to license)." }, suppressed: { oneOf: [{ type: "boolean" }, { type: "string", minLength: 1, maxLength: 1e3 }], description: "The scanner suppressed it: true (no justification) or the suppression's justification. settings.scanner-suppressions decides whether it holds." } } }, deadlines: { type: "array", description: "Remediation deadlines: a finding of this severity (and classification) open longer than `days` since it was first seen (the baseline records the date) gets `action`. The shortest deadline that matches a finding applies; entries of extended packs are kept, so a file can add deadlines but not loosen them.", items: { type: "object", additionalProperties: !1, required: ["severity", "days"], properties: { severity: { description: "The finding's effective severity, one or a list.", oneOf: [{ $ref: "#/definitions/severity" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severity" } }] }, classification: { description: "Only findings of this classification (one or a list); default: every classification.", oneOf: [{ $ref: "#/definitions/classification" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classification" } }] }, days: { type: "integer", minimum: 0, maximum: 3650, description: "Days a finding may stay open (0: it must be fixed the day it appears)." }, action: { enum: ["block", "warn"], description: "The verdict of a finding past the deadline, when stricter than its own. Default block." } } } }, budgets: { type: "array", description: "Maximum counts of open findings (not waived, not ignored; existing baseline findings included) per severity, over all findings or those of one classification, asset, control or layer. Exceeding one blocks, naming the budget and the count. `ztgate budget suggest` prints today's counts.", items: { type: "object", additionalProperties: !1, required: ["id", "max"], properties: { id: { $ref: "#/definitions/name" }, description: { type: "string", maxLength: 500 }, classification: { $ref: "#/definitions/classification" }, asset: { $ref: "#/definitions/name" }, control: { $ref: "#/definitions/name" }, layer: { $ref: "#/definitions/layer" }, max: { type: "object", additionalProperties: !1, minProperties: 1, description: "Severity: the most findings of that effective severity allowed.", properties: { critical: { $ref: "#/definitions/budgetCount" }, high: { $ref: "#/definitions/budgetCount" }, medium: { $ref: "#/definitions/budgetCount" }, low: { $ref: "#/definitions/budgetCount" }, info: { $ref: "#/definitions/budgetCount" }, unknown: { $ref: "#/definitions/budgetCount" } } }, action: { enum: ["block", "warn"], description: "What exceeding the budget does. Default block." } } } }, budgetCount: { type: "integer", minimum: 0 }, testFile: { type: "object", additionalProperties: !1, required: ["tests"], properties: { $schema: { type: "string" }, tests: { type: "array", minItems: 1, items: { $ref: "#/definitions/example" } } } } } }, schema14 = { enum: ["public", "internal", "confidential", "restricted"] }, func2 = Object.prototype.hasOwnProperty, func3 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var schema19 = { enum: ["image", "dependency", "iac", "secret", "code", "license", "posture", "api"] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0], _errs1 = errors;
        if (!(data0 === "image" || data0 === "dependency" || data0 === "iac" || data0 === "secret" || data0 === "code" || data0 === "license" || data0 === "posture" || data0 === "api"))
          return validate12.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }], !1;
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate12.errors = vErrors, errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0], _errs1 = errors;
        if (errors === _errs1)
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.name === void 0 && (missing0 = "name") || data0.classification === void 0 && (missing0 = "classification"))
              return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
            {
              let _errs3 = errors;
              for (let key0 in data0)
                if (!(key0 === "name" || key0 === "classification" || key0 === "owner" || key0 === "description" || key0 === "paths" || key0 === "images" || key0 === "reports" || key0 === "require")) {
                  return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
                  break;
                }
              if (_errs3 === errors) {
                if (data0.name !== void 0) {
                  let data1 = data0.name, _errs4 = errors;
                  if (errors === errors)
                    if (typeof data1 == "string") {
                      if (func3(data1) > 128)
                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                      if (!pattern0.test(data1))
                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                    } else
                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid1 = _errs4 === errors;
                } else
                  var valid1 = !0;
                if (valid1) {
                  if (data0.classification !== void 0) {
                    let data2 = data0.classification, _errs7 = errors;
                    if (!(data2 === "public" || data2 === "internal" || data2 === "confidential" || data2 === "restricted"))
                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                    var valid1 = _errs7 === errors;
                  } else
                    var valid1 = !0;
                  if (valid1) {
                    if (data0.owner !== void 0) {
                      let data3 = data0.owner, _errs9 = errors;
                      if (errors === _errs9)
                        if (typeof data3 == "string") {
                          if (func3(data3) < 1)
                            return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/owner", schemaPath: "#/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                        } else
                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/owner", schemaPath: "#/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid1 = _errs9 === errors;
                    } else
                      var valid1 = !0;
                    if (valid1) {
                      if (data0.description !== void 0) {
                        let _errs11 = errors;
                        if (typeof data0.description != "string")
                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid1 = _errs11 === errors;
                      } else
                        var valid1 = !0;
                      if (valid1) {
                        if (data0.paths !== void 0) {
                          let data5 = data0.paths, _errs13 = errors;
                          if (errors === _errs13)
                            if (Array.isArray(data5)) {
                              var valid4 = !0;
                              let len1 = data5.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data6 = data5[i1], _errs15 = errors;
                                if (errors === errors)
                                  if (typeof data6 == "string") {
                                    if (func3(data6) > 512)
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                    if (func3(data6) < 1)
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                  } else
                                    return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid4 = _errs15 === errors;
                                if (!valid4)
                                  break;
                              }
                            } else
                              return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths", schemaPath: "#/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                          var valid1 = _errs13 === errors;
                        } else
                          var valid1 = !0;
                        if (valid1) {
                          if (data0.images !== void 0) {
                            let data7 = data0.images, _errs18 = errors;
                            if (errors === _errs18)
                              if (Array.isArray(data7)) {
                                var valid6 = !0;
                                let len2 = data7.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data8 = data7[i2], _errs20 = errors;
                                  if (errors === errors)
                                    if (typeof data8 == "string") {
                                      if (func3(data8) > 512)
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                      if (func3(data8) < 1)
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                    } else
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid6 = _errs20 === errors;
                                  if (!valid6)
                                    break;
                                }
                              } else
                                return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images", schemaPath: "#/items/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                            var valid1 = _errs18 === errors;
                          } else
                            var valid1 = !0;
                          if (valid1) {
                            if (data0.reports !== void 0) {
                              let data9 = data0.reports, _errs23 = errors;
                              if (errors === _errs23)
                                if (Array.isArray(data9)) {
                                  var valid8 = !0;
                                  let len3 = data9.length;
                                  for (let i3 = 0; i3 < len3; i3++) {
                                    let data10 = data9[i3], _errs25 = errors;
                                    if (errors === errors)
                                      if (typeof data10 == "string") {
                                        if (func3(data10) > 512)
                                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/reports/" + i3, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                        if (func3(data10) < 1)
                                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/reports/" + i3, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                      } else
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/reports/" + i3, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                    var valid8 = _errs25 === errors;
                                    if (!valid8)
                                      break;
                                  }
                                } else
                                  return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/reports", schemaPath: "#/items/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                              var valid1 = _errs23 === errors;
                            } else
                              var valid1 = !0;
                            if (valid1)
                              if (data0.require !== void 0) {
                                let data11 = data0.require, _errs28 = errors;
                                if (errors === _errs28)
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    let _errs30 = errors;
                                    for (let key1 in data11)
                                      if (key1 !== "layers") {
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/require", schemaPath: "#/items/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    _errs30 === errors && data11.layers !== void 0 && (validate12(data11.layers, { instancePath: instancePath + "/" + i0 + "/require/layers", parentData: data11, parentDataProperty: "layers", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length));
                                  } else
                                    return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/require", schemaPath: "#/items/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                var valid1 = _errs28 === errors;
                              } else
                                var valid1 = !0;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else
            return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate11.errors = vErrors, errors === 0;
}
var pattern2 = new RegExp("^[^:\\s][^:]*:[^:]+$", "u"), pattern3 = new RegExp("^CWE-[0-9]+$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (let key0 in data) {
        let _errs1 = errors;
        if (errors === errors)
          if (typeof key0 == "string") {
            if (func3(key0) > 128) {
              let err0 = { instancePath, schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key0 };
              vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
            } else if (!pattern0.test(key0)) {
              let err1 = { instancePath, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', propertyName: key0 };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          } else {
            let err2 = { instancePath, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
          }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
          return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate15.errors = vErrors, !1;
          break;
        }
      }
      if (valid0)
        for (let key1 in data) {
          let data0 = data[key1], _errs5 = errors;
          if (errors === _errs5)
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.description === void 0 && (missing0 = "description"))
                return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
              {
                let _errs7 = errors;
                for (let key2 in data0)
                  if (!(key2 === "description" || key2 === "ids" || key2 === "layers" || key2 === "categories" || key2 === "cwe")) {
                    return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                    break;
                  }
                if (_errs7 === errors) {
                  if (data0.description !== void 0) {
                    let _errs8 = errors;
                    if (typeof data0.description != "string")
                      return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid3 = _errs8 === errors;
                  } else
                    var valid3 = !0;
                  if (valid3) {
                    if (data0.ids !== void 0) {
                      let data2 = data0.ids, _errs10 = errors;
                      if (errors === _errs10)
                        if (Array.isArray(data2)) {
                          var valid4 = !0;
                          let len0 = data2.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data3 = data2[i0], _errs12 = errors;
                            if (errors === errors)
                              if (typeof data3 == "string") {
                                if (func3(data3) > 512)
                                  return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                if (func3(data3) < 1)
                                  return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                              } else
                                return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid4 = _errs12 === errors;
                            if (!valid4)
                              break;
                          }
                        } else
                          return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids", schemaPath: "#/additionalProperties/properties/ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                      var valid3 = _errs10 === errors;
                    } else
                      var valid3 = !0;
                    if (valid3) {
                      if (data0.layers !== void 0) {
                        let data4 = data0.layers, _errs15 = errors;
                        if (errors === _errs15)
                          if (Array.isArray(data4)) {
                            var valid6 = !0;
                            let len1 = data4.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data5 = data4[i1], _errs17 = errors;
                              if (!(data5 === "image" || data5 === "dependency" || data5 === "iac" || data5 === "secret" || data5 === "code" || data5 === "license" || data5 === "posture" || data5 === "api"))
                                return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i1, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }], !1;
                              var valid6 = _errs17 === errors;
                              if (!valid6)
                                break;
                            }
                          } else
                            return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/additionalProperties/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid3 = _errs15 === errors;
                      } else
                        var valid3 = !0;
                      if (valid3) {
                        if (data0.categories !== void 0) {
                          let data6 = data0.categories, _errs19 = errors;
                          if (errors === _errs19)
                            if (Array.isArray(data6)) {
                              var valid8 = !0;
                              let len2 = data6.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data7 = data6[i2], _errs21 = errors;
                                if (errors === _errs21)
                                  if (typeof data7 == "string") {
                                    if (func3(data7) > 256)
                                      return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories/" + i2, schemaPath: "#/additionalProperties/properties/categories/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                                    if (!pattern2.test(data7))
                                      return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories/" + i2, schemaPath: "#/additionalProperties/properties/categories/items/pattern", keyword: "pattern", params: { pattern: "^[^:\\s][^:]*:[^:]+$" }, message: 'must match pattern "^[^:\\s][^:]*:[^:]+$"' }], !1;
                                  } else
                                    return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories/" + i2, schemaPath: "#/additionalProperties/properties/categories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid8 = _errs21 === errors;
                                if (!valid8)
                                  break;
                              }
                            } else
                              return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories", schemaPath: "#/additionalProperties/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                          var valid3 = _errs19 === errors;
                        } else
                          var valid3 = !0;
                        if (valid3)
                          if (data0.cwe !== void 0) {
                            let data8 = data0.cwe, _errs23 = errors;
                            if (errors === _errs23)
                              if (Array.isArray(data8)) {
                                var valid9 = !0;
                                let len3 = data8.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                  let data9 = data8[i3], _errs25 = errors;
                                  if (errors === _errs25)
                                    if (typeof data9 == "string") {
                                      if (!pattern3.test(data9))
                                        return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cwe/" + i3, schemaPath: "#/additionalProperties/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"' }], !1;
                                    } else
                                      return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cwe/" + i3, schemaPath: "#/additionalProperties/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid9 = _errs25 === errors;
                                  if (!valid9)
                                    break;
                                }
                              } else
                                return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cwe", schemaPath: "#/additionalProperties/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                            var valid3 = _errs23 === errors;
                          } else
                            var valid3 = !0;
                      }
                    }
                  }
                }
              }
            } else
              return validate15.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
          var valid2 = _errs5 === errors;
          if (!valid2)
            break;
        }
    } else
      return validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate15.errors = vErrors, errors === 0;
}
var pattern4 = new RegExp("^\\d+[mhdw]$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "layers" || key0 === "max-report-age" || key0 === "timestamps" || key0 === "classifications" || key0 === "image-digest" || key0 === "commit")) {
          return validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.layers !== void 0) {
          let data0 = data.layers, _errs2 = errors;
          if (errors === _errs2)
            if (Array.isArray(data0)) {
              var valid1 = !0;
              let len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0], _errs4 = errors;
                if (!(data1 === "image" || data1 === "dependency" || data1 === "iac" || data1 === "secret" || data1 === "code" || data1 === "license" || data1 === "posture" || data1 === "api"))
                  return validate17.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid1 = _errs4 === errors;
                if (!valid1)
                  break;
              }
            } else
              return validate17.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data["max-report-age"] !== void 0) {
            let data2 = data["max-report-age"], _errs6 = errors;
            if (errors === _errs6)
              if (typeof data2 == "string") {
                if (!pattern4.test(data2))
                  return validate17.errors = [{ instancePath: instancePath + "/max-report-age", schemaPath: "#/properties/max-report-age/pattern", keyword: "pattern", params: { pattern: "^\\d+[mhdw]$" }, message: 'must match pattern "^\\d+[mhdw]$"' }], !1;
              } else
                return validate17.errors = [{ instancePath: instancePath + "/max-report-age", schemaPath: "#/properties/max-report-age/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs6 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.timestamps !== void 0) {
              let _errs8 = errors;
              if (typeof data.timestamps != "boolean")
                return validate17.errors = [{ instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
              var valid0 = _errs8 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.classifications !== void 0) {
                let data4 = data.classifications, _errs10 = errors;
                if (errors === _errs10)
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let _errs12 = errors;
                    for (let key1 in data4)
                      if (!(key1 === "public" || key1 === "internal" || key1 === "confidential" || key1 === "restricted")) {
                        return validate17.errors = [{ instancePath: instancePath + "/classifications", schemaPath: "#/properties/classifications/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                        break;
                      }
                    if (_errs12 === errors) {
                      if (data4.public !== void 0) {
                        let data5 = data4.public, _errs13 = errors;
                        if (errors === _errs13)
                          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            let _errs15 = errors;
                            for (let key2 in data5)
                              if (key2 !== "layers") {
                                return validate17.errors = [{ instancePath: instancePath + "/classifications/public", schemaPath: "#/properties/classifications/properties/public/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                break;
                              }
                            _errs15 === errors && data5.layers !== void 0 && (validate12(data5.layers, { instancePath: instancePath + "/classifications/public/layers", parentData: data5, parentDataProperty: "layers", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length));
                          } else
                            return validate17.errors = [{ instancePath: instancePath + "/classifications/public", schemaPath: "#/properties/classifications/properties/public/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                        var valid3 = _errs13 === errors;
                      } else
                        var valid3 = !0;
                      if (valid3) {
                        if (data4.internal !== void 0) {
                          let data7 = data4.internal, _errs17 = errors;
                          if (errors === _errs17)
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let _errs19 = errors;
                              for (let key3 in data7)
                                if (key3 !== "layers") {
                                  return validate17.errors = [{ instancePath: instancePath + "/classifications/internal", schemaPath: "#/properties/classifications/properties/internal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                  break;
                                }
                              _errs19 === errors && data7.layers !== void 0 && (validate12(data7.layers, { instancePath: instancePath + "/classifications/internal/layers", parentData: data7, parentDataProperty: "layers", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length));
                            } else
                              return validate17.errors = [{ instancePath: instancePath + "/classifications/internal", schemaPath: "#/properties/classifications/properties/internal/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                          var valid3 = _errs17 === errors;
                        } else
                          var valid3 = !0;
                        if (valid3) {
                          if (data4.confidential !== void 0) {
                            let data9 = data4.confidential, _errs21 = errors;
                            if (errors === _errs21)
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                let _errs23 = errors;
                                for (let key4 in data9)
                                  if (key4 !== "layers") {
                                    return validate17.errors = [{ instancePath: instancePath + "/classifications/confidential", schemaPath: "#/properties/classifications/properties/confidential/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                    break;
                                  }
                                _errs23 === errors && data9.layers !== void 0 && (validate12(data9.layers, { instancePath: instancePath + "/classifications/confidential/layers", parentData: data9, parentDataProperty: "layers", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length));
                              } else
                                return validate17.errors = [{ instancePath: instancePath + "/classifications/confidential", schemaPath: "#/properties/classifications/properties/confidential/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                            var valid3 = _errs21 === errors;
                          } else
                            var valid3 = !0;
                          if (valid3)
                            if (data4.restricted !== void 0) {
                              let data11 = data4.restricted, _errs25 = errors;
                              if (errors === _errs25)
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  let _errs27 = errors;
                                  for (let key5 in data11)
                                    if (key5 !== "layers") {
                                      return validate17.errors = [{ instancePath: instancePath + "/classifications/restricted", schemaPath: "#/properties/classifications/properties/restricted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }], !1;
                                      break;
                                    }
                                  _errs27 === errors && data11.layers !== void 0 && (validate12(data11.layers, { instancePath: instancePath + "/classifications/restricted/layers", parentData: data11, parentDataProperty: "layers", rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length));
                                } else
                                  return validate17.errors = [{ instancePath: instancePath + "/classifications/restricted", schemaPath: "#/properties/classifications/properties/restricted/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid3 = _errs25 === errors;
                            } else
                              var valid3 = !0;
                        }
                      }
                    }
                  } else
                    return validate17.errors = [{ instancePath: instancePath + "/classifications", schemaPath: "#/properties/classifications/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                var valid0 = _errs10 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["image-digest"] !== void 0) {
                  let _errs29 = errors;
                  if (typeof data["image-digest"] != "boolean")
                    return validate17.errors = [{ instancePath: instancePath + "/image-digest", schemaPath: "#/properties/image-digest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                  var valid0 = _errs29 === errors;
                } else
                  var valid0 = !0;
                if (valid0)
                  if (data.commit !== void 0) {
                    let _errs31 = errors;
                    if (typeof data.commit != "boolean")
                      return validate17.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                    var valid0 = _errs31 === errors;
                  } else
                    var valid0 = !0;
              }
            }
          }
        }
      }
    } else
      return validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate17.errors = vErrors, errors === 0;
}
var schema29 = { enum: ["block", "warn", "info", "ignore"] }, schema30 = { type: "object", additionalProperties: !1, description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.", properties: { severity: { oneOf: [{ $ref: "#/definitions/severityExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severityExpr" } }] }, layer: { oneOf: [{ $ref: "#/definitions/layer" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/layer" } }] }, fixable: { type: "boolean" }, id: { $ref: "#/definitions/globs" }, package: { $ref: "#/definitions/globs" }, path: { $ref: "#/definitions/globs" }, versions: { $ref: "#/definitions/semverRange" }, cwe: { oneOf: [{ type: ["string", "integer"] }, { type: "array", minItems: 1, items: { type: ["string", "integer"] } }] }, epss: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "string", pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }], description: 'A number means at least; or ">=0.5", "<0.1".' }, kev: { type: "boolean", description: "Listed in CISA's Known Exploited Vulnerabilities." }, control: { oneOf: [{ $ref: "#/definitions/name" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/name" } }] }, classification: { oneOf: [{ $ref: "#/definitions/classificationExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classificationExpr" } }] }, asset: { $ref: "#/definitions/globs" }, tool: { $ref: "#/definitions/globs" }, suppressed: { type: "boolean", description: "The scanner suppressed the finding (VEX, .trivyignore, .grype.yaml, .snyk, SARIF suppressions, CycloneDX analysis), whether or not settings.scanner-suppressions honours it. A rule with this condition also reaches findings whose suppression is honoured." }, license: { description: "Licence findings (layer license) whose SPDX expression cannot be used under licences none denied and all allowed (A OR B: one branch is enough; A AND B needs both), or, with `unknown`, whose licence is NOASSERTION, NONE, missing or unreadable. Ids are compared case-insensitively; globs (AGPL-*) allowed.", oneOf: [{ const: "unknown" }, { type: "object", additionalProperties: !1, minProperties: 1, properties: { deny: { $ref: "#/definitions/licensePatterns" }, allow: { $ref: "#/definitions/licensePatterns" } } }] } } };
var pattern6 = new RegExp("^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$", "u"), pattern8 = new RegExp("^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$", "u"), pattern11 = new RegExp("^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs0 = errors, valid0 = !1, passing0 = null, _errs1 = errors;
  if (errors === errors)
    if (typeof data == "string") {
      if (func3(data) > 512) {
        let err0 = { instancePath, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      } else if (func3(data) < 1) {
        let err1 = { instancePath, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    } else {
      let err2 = { instancePath, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  var _valid0 = _errs1 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs4 = errors;
  if (errors === _errs4)
    if (Array.isArray(data))
      if (data.length < 1) {
        let err3 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      } else {
        var valid2 = !0;
        let len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0], _errs6 = errors;
          if (errors === errors)
            if (typeof data0 == "string") {
              if (func3(data0) > 512) {
                let err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
              } else if (func3(data0) < 1) {
                let err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
              }
            } else {
              let err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
          var valid2 = _errs6 === errors;
          if (!valid2)
            break;
        }
      }
    else {
      let err7 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0 ? (valid0 = !1, passing0 = [passing0, 1]) : _valid0 && (valid0 = !0, passing0 = 1), valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err8 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    return vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++, validate25.errors = vErrors, !1;
  }
  return validate25.errors = vErrors, errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!func2.call(schema30.properties, key0)) {
          return validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.severity !== void 0) {
          let data0 = data.severity, _errs2 = errors, _errs3 = errors, valid1 = !1, passing0 = null, _errs4 = errors;
          if (errors === errors)
            if (typeof data0 == "string") {
              if (!pattern6.test(data0)) {
                let err0 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"' };
                vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
              }
            } else {
              let err1 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          var _valid0 = _errs4 === errors;
          _valid0 && (valid1 = !0, passing0 = 0);
          let _errs7 = errors;
          if (errors === _errs7)
            if (Array.isArray(data0))
              if (data0.length < 1) {
                let err2 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
              } else {
                var valid3 = !0;
                let len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0], _errs9 = errors;
                  if (errors === errors)
                    if (typeof data1 == "string") {
                      if (!pattern6.test(data1)) {
                        let err3 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"' };
                        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                      }
                    } else {
                      let err4 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                    }
                  var valid3 = _errs9 === errors;
                  if (!valid3)
                    break;
                }
              }
            else {
              let err5 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          var _valid0 = _errs7 === errors;
          if (_valid0 && valid1 ? (valid1 = !1, passing0 = [passing0, 1]) : _valid0 && (valid1 = !0, passing0 = 1), valid1)
            errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
          else {
            let err6 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            return vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++, validate24.errors = vErrors, !1;
          }
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data.layer !== void 0) {
            let data2 = data.layer, _errs12 = errors, _errs13 = errors, valid5 = !1, passing1 = null, _errs14 = errors;
            if (!(data2 === "image" || data2 === "dependency" || data2 === "iac" || data2 === "secret" || data2 === "code" || data2 === "license" || data2 === "posture" || data2 === "api")) {
              let err7 = { instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
            var _valid1 = _errs14 === errors;
            _valid1 && (valid5 = !0, passing1 = 0);
            let _errs16 = errors;
            if (errors === _errs16)
              if (Array.isArray(data2))
                if (data2.length < 1) {
                  let err8 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                } else {
                  var valid7 = !0;
                  let len1 = data2.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1], _errs18 = errors;
                    if (!(data3 === "image" || data3 === "dependency" || data3 === "iac" || data3 === "secret" || data3 === "code" || data3 === "license" || data3 === "posture" || data3 === "api")) {
                      let err9 = { instancePath: instancePath + "/layer/" + i1, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                    var valid7 = _errs18 === errors;
                    if (!valid7)
                      break;
                  }
                }
              else {
                let err10 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            var _valid1 = _errs16 === errors;
            if (_valid1 && valid5 ? (valid5 = !1, passing1 = [passing1, 1]) : _valid1 && (valid5 = !0, passing1 = 1), valid5)
              errors = _errs13, vErrors !== null && (_errs13 ? vErrors.length = _errs13 : vErrors = null);
            else {
              let err11 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
              return vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++, validate24.errors = vErrors, !1;
            }
            var valid0 = _errs12 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.fixable !== void 0) {
              let _errs20 = errors;
              if (typeof data.fixable != "boolean")
                return validate24.errors = [{ instancePath: instancePath + "/fixable", schemaPath: "#/properties/fixable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
              var valid0 = _errs20 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.id !== void 0) {
                let _errs22 = errors;
                validate25(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                var valid0 = _errs22 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.package !== void 0) {
                  let _errs23 = errors;
                  validate25(data.package, { instancePath: instancePath + "/package", parentData: data, parentDataProperty: "package", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                  var valid0 = _errs23 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.path !== void 0) {
                    let _errs24 = errors;
                    validate25(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                    var valid0 = _errs24 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.versions !== void 0) {
                      let data8 = data.versions, _errs25 = errors;
                      if (errors === errors)
                        if (typeof data8 == "string") {
                          if (func3(data8) > 256)
                            return validate24.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                          if (func3(data8) < 1)
                            return validate24.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                        } else
                          return validate24.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs25 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.cwe !== void 0) {
                        let data9 = data.cwe, _errs28 = errors, _errs29 = errors, valid10 = !1, passing2 = null, _errs30 = errors;
                        if (typeof data9 != "string" && !(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                          let err12 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/0/type", keyword: "type", params: { type: schema30.properties.cwe.oneOf[0].type }, message: "must be string,integer" };
                          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                        }
                        var _valid2 = _errs30 === errors;
                        _valid2 && (valid10 = !0, passing2 = 0);
                        let _errs32 = errors;
                        if (errors === _errs32)
                          if (Array.isArray(data9))
                            if (data9.length < 1) {
                              let err13 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                            } else {
                              var valid11 = !0;
                              let len2 = data9.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data10 = data9[i2], _errs34 = errors;
                                if (typeof data10 != "string" && !(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                                  let err14 = { instancePath: instancePath + "/cwe/" + i2, schemaPath: "#/properties/cwe/oneOf/1/items/type", keyword: "type", params: { type: schema30.properties.cwe.oneOf[1].items.type }, message: "must be string,integer" };
                                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                                }
                                var valid11 = _errs34 === errors;
                                if (!valid11)
                                  break;
                              }
                            }
                          else {
                            let err15 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                          }
                        var _valid2 = _errs32 === errors;
                        if (_valid2 && valid10 ? (valid10 = !1, passing2 = [passing2, 1]) : _valid2 && (valid10 = !0, passing2 = 1), valid10)
                          errors = _errs29, vErrors !== null && (_errs29 ? vErrors.length = _errs29 : vErrors = null);
                        else {
                          let err16 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++, validate24.errors = vErrors, !1;
                        }
                        var valid0 = _errs28 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.epss !== void 0) {
                          let data11 = data.epss, _errs36 = errors, _errs37 = errors, valid12 = !1, passing3 = null, _errs38 = errors;
                          if (errors === _errs38)
                            if (typeof data11 == "number" && isFinite(data11)) {
                              if (data11 > 1 || isNaN(data11)) {
                                let err17 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                              } else if (data11 < 0 || isNaN(data11)) {
                                let err18 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                              }
                            } else {
                              let err19 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                            }
                          var _valid3 = _errs38 === errors;
                          _valid3 && (valid12 = !0, passing3 = 0);
                          let _errs40 = errors;
                          if (errors === _errs40)
                            if (typeof data11 == "string") {
                              if (!pattern8.test(data11)) {
                                let err20 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$"' };
                                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                              }
                            } else {
                              let err21 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                            }
                          var _valid3 = _errs40 === errors;
                          if (_valid3 && valid12 ? (valid12 = !1, passing3 = [passing3, 1]) : _valid3 && (valid12 = !0, passing3 = 1), valid12)
                            errors = _errs37, vErrors !== null && (_errs37 ? vErrors.length = _errs37 : vErrors = null);
                          else {
                            let err22 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++, validate24.errors = vErrors, !1;
                          }
                          var valid0 = _errs36 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.kev !== void 0) {
                            let _errs42 = errors;
                            if (typeof data.kev != "boolean")
                              return validate24.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                            var valid0 = _errs42 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.control !== void 0) {
                              let data13 = data.control, _errs44 = errors, _errs45 = errors, valid13 = !1, passing4 = null, _errs46 = errors;
                              if (errors === errors)
                                if (typeof data13 == "string") {
                                  if (func3(data13) > 128) {
                                    let err23 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                                  } else if (!pattern0.test(data13)) {
                                    let err24 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
                                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                                  }
                                } else {
                                  let err25 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                                }
                              var _valid4 = _errs46 === errors;
                              _valid4 && (valid13 = !0, passing4 = 0);
                              let _errs49 = errors;
                              if (errors === _errs49)
                                if (Array.isArray(data13))
                                  if (data13.length < 1) {
                                    let err26 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                                  } else {
                                    var valid15 = !0;
                                    let len3 = data13.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      let data14 = data13[i3], _errs51 = errors;
                                      if (errors === errors)
                                        if (typeof data14 == "string") {
                                          if (func3(data14) > 128) {
                                            let err27 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                                          } else if (!pattern0.test(data14)) {
                                            let err28 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
                                            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                                          }
                                        } else {
                                          let err29 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                                        }
                                      var valid15 = _errs51 === errors;
                                      if (!valid15)
                                        break;
                                    }
                                  }
                                else {
                                  let err30 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                                }
                              var _valid4 = _errs49 === errors;
                              if (_valid4 && valid13 ? (valid13 = !1, passing4 = [passing4, 1]) : _valid4 && (valid13 = !0, passing4 = 1), valid13)
                                errors = _errs45, vErrors !== null && (_errs45 ? vErrors.length = _errs45 : vErrors = null);
                              else {
                                let err31 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                return vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++, validate24.errors = vErrors, !1;
                              }
                              var valid0 = _errs44 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.classification !== void 0) {
                                let data15 = data.classification, _errs54 = errors, _errs55 = errors, valid17 = !1, passing5 = null, _errs56 = errors;
                                if (errors === errors)
                                  if (typeof data15 == "string") {
                                    if (!pattern11.test(data15)) {
                                      let err32 = { instancePath: instancePath + "/classification", schemaPath: "#/definitions/classificationExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"' };
                                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                                    }
                                  } else {
                                    let err33 = { instancePath: instancePath + "/classification", schemaPath: "#/definitions/classificationExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                                  }
                                var _valid5 = _errs56 === errors;
                                _valid5 && (valid17 = !0, passing5 = 0);
                                let _errs59 = errors;
                                if (errors === _errs59)
                                  if (Array.isArray(data15))
                                    if (data15.length < 1) {
                                      let err34 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                                    } else {
                                      var valid19 = !0;
                                      let len4 = data15.length;
                                      for (let i4 = 0; i4 < len4; i4++) {
                                        let data16 = data15[i4], _errs61 = errors;
                                        if (errors === errors)
                                          if (typeof data16 == "string") {
                                            if (!pattern11.test(data16)) {
                                              let err35 = { instancePath: instancePath + "/classification/" + i4, schemaPath: "#/definitions/classificationExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"' };
                                              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                                            }
                                          } else {
                                            let err36 = { instancePath: instancePath + "/classification/" + i4, schemaPath: "#/definitions/classificationExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                                          }
                                        var valid19 = _errs61 === errors;
                                        if (!valid19)
                                          break;
                                      }
                                    }
                                  else {
                                    let err37 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                                  }
                                var _valid5 = _errs59 === errors;
                                if (_valid5 && valid17 ? (valid17 = !1, passing5 = [passing5, 1]) : _valid5 && (valid17 = !0, passing5 = 1), valid17)
                                  errors = _errs55, vErrors !== null && (_errs55 ? vErrors.length = _errs55 : vErrors = null);
                                else {
                                  let err38 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                  return vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++, validate24.errors = vErrors, !1;
                                }
                                var valid0 = _errs54 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.asset !== void 0) {
                                  let _errs64 = errors;
                                  validate25(data.asset, { instancePath: instancePath + "/asset", parentData: data, parentDataProperty: "asset", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                                  var valid0 = _errs64 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data.tool !== void 0) {
                                    let _errs65 = errors;
                                    validate25(data.tool, { instancePath: instancePath + "/tool", parentData: data, parentDataProperty: "tool", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                                    var valid0 = _errs65 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data.suppressed !== void 0) {
                                      let _errs66 = errors;
                                      if (typeof data.suppressed != "boolean")
                                        return validate24.errors = [{ instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                      var valid0 = _errs66 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0)
                                      if (data.license !== void 0) {
                                        let data20 = data.license, _errs68 = errors, _errs69 = errors, valid21 = !1, passing6 = null, _errs70 = errors;
                                        if (data20 !== "unknown") {
                                          let err39 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/oneOf/0/const", keyword: "const", params: { allowedValue: "unknown" }, message: "must be equal to constant" };
                                          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                                        }
                                        var _valid6 = _errs70 === errors;
                                        _valid6 && (valid21 = !0, passing6 = 0);
                                        let _errs71 = errors;
                                        if (errors === _errs71)
                                          if (data20 && typeof data20 == "object" && !Array.isArray(data20))
                                            if (Object.keys(data20).length < 1) {
                                              let err40 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                                              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                                            } else {
                                              let _errs73 = errors;
                                              for (let key1 in data20)
                                                if (!(key1 === "deny" || key1 === "allow")) {
                                                  let err41 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                                                  break;
                                                }
                                              if (_errs73 === errors) {
                                                if (data20.deny !== void 0) {
                                                  let data21 = data20.deny, _errs74 = errors;
                                                  if (errors === errors)
                                                    if (Array.isArray(data21))
                                                      if (data21.length < 1) {
                                                        let err42 = { instancePath: instancePath + "/license/deny", schemaPath: "#/definitions/licensePatterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                                                      } else {
                                                        var valid24 = !0;
                                                        let len5 = data21.length;
                                                        for (let i5 = 0; i5 < len5; i5++) {
                                                          let data22 = data21[i5], _errs77 = errors;
                                                          if (errors === _errs77)
                                                            if (typeof data22 == "string") {
                                                              if (func3(data22) > 512) {
                                                                let err43 = { instancePath: instancePath + "/license/deny/" + i5, schemaPath: "#/definitions/licensePatterns/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                                                                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                                                              } else if (func3(data22) < 1) {
                                                                let err44 = { instancePath: instancePath + "/license/deny/" + i5, schemaPath: "#/definitions/licensePatterns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                                                              }
                                                            } else {
                                                              let err45 = { instancePath: instancePath + "/license/deny/" + i5, schemaPath: "#/definitions/licensePatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                                                            }
                                                          var valid24 = _errs77 === errors;
                                                          if (!valid24)
                                                            break;
                                                        }
                                                      }
                                                    else {
                                                      let err46 = { instancePath: instancePath + "/license/deny", schemaPath: "#/definitions/licensePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                                                    }
                                                  var valid22 = _errs74 === errors;
                                                } else
                                                  var valid22 = !0;
                                                if (valid22)
                                                  if (data20.allow !== void 0) {
                                                    let data23 = data20.allow, _errs79 = errors;
                                                    if (errors === errors)
                                                      if (Array.isArray(data23))
                                                        if (data23.length < 1) {
                                                          let err47 = { instancePath: instancePath + "/license/allow", schemaPath: "#/definitions/licensePatterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                                                        } else {
                                                          var valid26 = !0;
                                                          let len6 = data23.length;
                                                          for (let i6 = 0; i6 < len6; i6++) {
                                                            let data24 = data23[i6], _errs82 = errors;
                                                            if (errors === _errs82)
                                                              if (typeof data24 == "string") {
                                                                if (func3(data24) > 512) {
                                                                  let err48 = { instancePath: instancePath + "/license/allow/" + i6, schemaPath: "#/definitions/licensePatterns/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                                                                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                                                                } else if (func3(data24) < 1) {
                                                                  let err49 = { instancePath: instancePath + "/license/allow/" + i6, schemaPath: "#/definitions/licensePatterns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                                                                }
                                                              } else {
                                                                let err50 = { instancePath: instancePath + "/license/allow/" + i6, schemaPath: "#/definitions/licensePatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                                                              }
                                                            var valid26 = _errs82 === errors;
                                                            if (!valid26)
                                                              break;
                                                          }
                                                        }
                                                      else {
                                                        let err51 = { instancePath: instancePath + "/license/allow", schemaPath: "#/definitions/licensePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                                                      }
                                                    var valid22 = _errs79 === errors;
                                                  } else
                                                    var valid22 = !0;
                                              }
                                            }
                                          else {
                                            let err52 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                                          }
                                        var _valid6 = _errs71 === errors;
                                        if (_valid6 && valid21 ? (valid21 = !1, passing6 = [passing6, 1]) : _valid6 && (valid21 = !0, passing6 = 1), valid21)
                                          errors = _errs69, vErrors !== null && (_errs69 ? vErrors.length = _errs69 : vErrors = null);
                                        else {
                                          let err53 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                                          return vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++, validate24.errors = vErrors, !1;
                                        }
                                        var valid0 = _errs68 === errors;
                                      } else
                                        var valid0 = !0;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate24.errors = vErrors, errors === 0;
}
var schema45 = { type: "object", additionalProperties: !1, required: ["finding"], properties: { name: { type: "string" }, finding: { $ref: "#/definitions/exampleFinding" }, classification: { $ref: "#/definitions/classification", description: "Evaluate as if the finding's asset had this classification." }, asset: { $ref: "#/definitions/name", description: "Evaluate as if the finding belonged to this asset of the policy." }, matches: { type: "boolean", description: "In rule examples: whether the rule must match (default true)." }, verdict: { enum: ["block", "warn", "info", "ignored", "waived"], description: "The verdict the policy must give." }, rule: { $ref: "#/definitions/name", description: "The rule that must decide." } } }, schema46 = { type: "object", additionalProperties: !1, required: ["id"], properties: { id: { type: "string", minLength: 1 }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string" }, layer: { $ref: "#/definitions/layer" }, severity: { $ref: "#/definitions/severity" }, fixable: { type: "boolean" }, package: { type: "string" }, version: { type: "string" }, path: { type: "string" }, target: { type: "string" }, tool: { type: "string" }, report: { type: "string", description: "Path of the report it came from (default example.json)." }, category: { type: "string", description: "The scanner's category for the check (KICS category, Checkov check category, Prowler service ...)." }, cwe: { type: "array", items: { type: "string" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, license: { type: "string", description: "A licence finding's SPDX expression or licence name (the layer defaults to license)." }, suppressed: { oneOf: [{ type: "boolean" }, { type: "string", minLength: 1, maxLength: 1e3 }], description: "The scanner suppressed it: true (no justification) or the suppression's justification. settings.scanner-suppressions decides whether it holds." } } }, schema48 = { enum: ["critical", "high", "medium", "low", "info", "unknown"] };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id"))
        return validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema46.properties, key0)) {
            return validate33.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === _errs2)
              if (typeof data0 == "string") {
                if (func3(data0) < 1)
                  return validate33.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
              } else
                return validate33.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.aliases !== void 0) {
              let data1 = data.aliases, _errs4 = errors;
              if (errors === _errs4)
                if (Array.isArray(data1)) {
                  var valid1 = !0;
                  let len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let _errs6 = errors;
                    if (typeof data1[i0] != "string")
                      return validate33.errors = [{ instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid1 = _errs6 === errors;
                    if (!valid1)
                      break;
                  }
                } else
                  return validate33.errors = [{ instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.title !== void 0) {
                let _errs8 = errors;
                if (typeof data.title != "string")
                  return validate33.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs8 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.layer !== void 0) {
                  let data4 = data.layer, _errs10 = errors;
                  if (!(data4 === "image" || data4 === "dependency" || data4 === "iac" || data4 === "secret" || data4 === "code" || data4 === "license" || data4 === "posture" || data4 === "api"))
                    return validate33.errors = [{ instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }], !1;
                  var valid0 = _errs10 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.severity !== void 0) {
                    let data5 = data.severity, _errs12 = errors;
                    if (!(data5 === "critical" || data5 === "high" || data5 === "medium" || data5 === "low" || data5 === "info" || data5 === "unknown"))
                      return validate33.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values" }], !1;
                    var valid0 = _errs12 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.fixable !== void 0) {
                      let _errs14 = errors;
                      if (typeof data.fixable != "boolean")
                        return validate33.errors = [{ instancePath: instancePath + "/fixable", schemaPath: "#/properties/fixable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                      var valid0 = _errs14 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.package !== void 0) {
                        let _errs16 = errors;
                        if (typeof data.package != "string")
                          return validate33.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs16 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.version !== void 0) {
                          let _errs18 = errors;
                          if (typeof data.version != "string")
                            return validate33.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid0 = _errs18 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.path !== void 0) {
                            let _errs20 = errors;
                            if (typeof data.path != "string")
                              return validate33.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid0 = _errs20 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.target !== void 0) {
                              let _errs22 = errors;
                              if (typeof data.target != "string")
                                return validate33.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs22 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.tool !== void 0) {
                                let _errs24 = errors;
                                if (typeof data.tool != "string")
                                  return validate33.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid0 = _errs24 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.report !== void 0) {
                                  let _errs26 = errors;
                                  if (typeof data.report != "string")
                                    return validate33.errors = [{ instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid0 = _errs26 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data.category !== void 0) {
                                    let _errs28 = errors;
                                    if (typeof data.category != "string")
                                      return validate33.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                    var valid0 = _errs28 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data.cwe !== void 0) {
                                      let data14 = data.cwe, _errs30 = errors;
                                      if (errors === _errs30)
                                        if (Array.isArray(data14)) {
                                          var valid4 = !0;
                                          let len1 = data14.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            let _errs32 = errors;
                                            if (typeof data14[i1] != "string")
                                              return validate33.errors = [{ instancePath: instancePath + "/cwe/" + i1, schemaPath: "#/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid4 = _errs32 === errors;
                                            if (!valid4)
                                              break;
                                          }
                                        } else
                                          return validate33.errors = [{ instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                      var valid0 = _errs30 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data.epss !== void 0) {
                                        let data16 = data.epss, _errs34 = errors;
                                        if (errors === _errs34)
                                          if (typeof data16 == "number" && isFinite(data16)) {
                                            if (data16 > 1 || isNaN(data16))
                                              return validate33.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                            if (data16 < 0 || isNaN(data16))
                                              return validate33.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                          } else
                                            return validate33.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                        var valid0 = _errs34 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data.kev !== void 0) {
                                          let _errs36 = errors;
                                          if (typeof data.kev != "boolean")
                                            return validate33.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                          var valid0 = _errs36 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data.license !== void 0) {
                                            let _errs38 = errors;
                                            if (typeof data.license != "string")
                                              return validate33.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid0 = _errs38 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0)
                                            if (data.suppressed !== void 0) {
                                              let data19 = data.suppressed, _errs40 = errors, _errs41 = errors, valid5 = !1, passing0 = null, _errs42 = errors;
                                              if (typeof data19 != "boolean") {
                                                let err0 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                                              }
                                              var _valid0 = _errs42 === errors;
                                              _valid0 && (valid5 = !0, passing0 = 0);
                                              let _errs44 = errors;
                                              if (errors === _errs44)
                                                if (typeof data19 == "string") {
                                                  if (func3(data19) > 1e3) {
                                                    let err1 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/oneOf/1/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                                                    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                                                  } else if (func3(data19) < 1) {
                                                    let err2 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                                                  }
                                                } else {
                                                  let err3 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                                                }
                                              var _valid0 = _errs44 === errors;
                                              if (_valid0 && valid5 ? (valid5 = !1, passing0 = [passing0, 1]) : _valid0 && (valid5 = !0, passing0 = 1), valid5)
                                                errors = _errs41, vErrors !== null && (_errs41 ? vErrors.length = _errs41 : vErrors = null);
                                              else {
                                                let err4 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                return vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++, validate33.errors = vErrors, !1;
                                              }
                                              var valid0 = _errs40 === errors;
                                            } else
                                              var valid0 = !0;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate33.errors = vErrors, errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.finding === void 0 && (missing0 = "finding"))
        return validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "name" || key0 === "finding" || key0 === "classification" || key0 === "asset" || key0 === "matches" || key0 === "verdict" || key0 === "rule")) {
            return validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let _errs2 = errors;
            if (typeof data.name != "string")
              return validate32.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.finding !== void 0) {
              let _errs4 = errors;
              validate33(data.finding, { instancePath: instancePath + "/finding", parentData: data, parentDataProperty: "finding", rootData }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length);
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.classification !== void 0) {
                let data2 = data.classification, _errs5 = errors;
                if (!(data2 === "public" || data2 === "internal" || data2 === "confidential" || data2 === "restricted"))
                  return validate32.errors = [{ instancePath: instancePath + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.asset !== void 0) {
                  let data3 = data.asset, _errs7 = errors;
                  if (errors === errors)
                    if (typeof data3 == "string") {
                      if (func3(data3) > 128)
                        return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                      if (!pattern0.test(data3))
                        return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                    } else
                      return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs7 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.matches !== void 0) {
                    let _errs10 = errors;
                    if (typeof data.matches != "boolean")
                      return validate32.errors = [{ instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.verdict !== void 0) {
                      let data5 = data.verdict, _errs12 = errors;
                      if (!(data5 === "block" || data5 === "warn" || data5 === "info" || data5 === "ignored" || data5 === "waived"))
                        return validate32.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema45.properties.verdict.enum }, message: "must be equal to one of the allowed values" }], !1;
                      var valid0 = _errs12 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0)
                      if (data.rule !== void 0) {
                        let data6 = data.rule, _errs13 = errors;
                        if (errors === errors)
                          if (typeof data6 == "string") {
                            if (func3(data6) > 128)
                              return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                            if (!pattern0.test(data6))
                              return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                          } else
                            return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs13 === errors;
                      } else
                        var valid0 = !0;
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate32.errors = vErrors, errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.when === void 0 && (missing0 = "when") || data.action === void 0 && (missing0 = "action"))
        return validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "id" || key0 === "description" || key0 === "action" || key0 === "when" || key0 === "examples")) {
            return validate23.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === errors)
              if (typeof data0 == "string") {
                if (func3(data0) > 128)
                  return validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                if (!pattern0.test(data0))
                  return validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
              } else
                return validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.description !== void 0) {
              let _errs5 = errors;
              if (typeof data.description != "string")
                return validate23.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs5 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.action !== void 0) {
                let data2 = data.action, _errs7 = errors;
                if (!(data2 === "block" || data2 === "warn" || data2 === "info" || data2 === "ignore"))
                  return validate23.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.when !== void 0) {
                  let _errs9 = errors;
                  validate24(data.when, { instancePath: instancePath + "/when", parentData: data, parentDataProperty: "when", rootData }) || (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors), errors = vErrors.length);
                  var valid0 = _errs9 === errors;
                } else
                  var valid0 = !0;
                if (valid0)
                  if (data.examples !== void 0) {
                    let data4 = data.examples, _errs10 = errors;
                    if (errors === _errs10)
                      if (Array.isArray(data4)) {
                        var valid3 = !0;
                        let len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let _errs12 = errors;
                          validate32(data4[i0], { instancePath: instancePath + "/examples/" + i0, parentData: data4, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
                          var valid3 = _errs12 === errors;
                          if (!valid3)
                            break;
                        }
                      } else
                        return validate23.errors = [{ instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
              }
            }
          }
        }
      }
    } else
      return validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate23.errors = vErrors, errors === 0;
}
var schema53 = { type: "object", additionalProperties: !1, required: ["id", "reason", "owner", "expires"], description: "A narrow, owned, justified and temporary exception.", properties: { id: { type: "string", minLength: 1, maxLength: 256, description: "The finding id or one of its aliases (exact, case-insensitive)." }, package: { type: "string", minLength: 1, description: "Exact package name." }, versions: { $ref: "#/definitions/semverRange" }, paths: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" }, description: "Must cover the finding's location, or every report that found it." }, asset: { $ref: "#/definitions/name" }, rule: { $ref: "#/definitions/name", description: "Only waive the verdict of this rule." }, reason: { type: "string", minLength: 3 }, owner: { type: "string", minLength: 1 }, "approved-by": { type: "string", minLength: 1, description: "Who approved it: a GitHub login or a team (@org/team). With settings.waiver-approvers, it must be listed there or the waiver does not apply." }, ticket: { type: "string", minLength: 1 }, "vex-justification": { enum: ["component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path", "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"], description: "The OpenVEX justification this waiver asserts: -o openvex states the finding not_affected with it (Trivy and Grype --vex then suppress it). Without it a waiver is accepted risk: an affected statement, which no scanner suppresses." }, expires: { $ref: "#/definitions/date" } } };
var pattern17 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.reason === void 0 && (missing0 = "reason") || data.owner === void 0 && (missing0 = "owner") || data.expires === void 0 && (missing0 = "expires"))
        return validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema53.properties, key0)) {
            return validate38.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === _errs2)
              if (typeof data0 == "string") {
                if (func3(data0) > 256)
                  return validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                if (func3(data0) < 1)
                  return validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
              } else
                return validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.package !== void 0) {
              let data1 = data.package, _errs4 = errors;
              if (errors === _errs4)
                if (typeof data1 == "string") {
                  if (func3(data1) < 1)
                    return validate38.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                } else
                  return validate38.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.versions !== void 0) {
                let data2 = data.versions, _errs6 = errors;
                if (errors === errors)
                  if (typeof data2 == "string") {
                    if (func3(data2) > 256)
                      return validate38.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                    if (func3(data2) < 1)
                      return validate38.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                  } else
                    return validate38.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs6 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.paths !== void 0) {
                  let data3 = data.paths, _errs9 = errors;
                  if (errors === _errs9)
                    if (Array.isArray(data3)) {
                      if (data3.length < 1)
                        return validate38.errors = [{ instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                      {
                        var valid2 = !0;
                        let len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0], _errs11 = errors;
                          if (errors === errors)
                            if (typeof data4 == "string") {
                              if (func3(data4) > 512)
                                return validate38.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                              if (func3(data4) < 1)
                                return validate38.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                            } else
                              return validate38.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid2 = _errs11 === errors;
                          if (!valid2)
                            break;
                        }
                      }
                    } else
                      return validate38.errors = [{ instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs9 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.asset !== void 0) {
                    let data5 = data.asset, _errs14 = errors;
                    if (errors === errors)
                      if (typeof data5 == "string") {
                        if (func3(data5) > 128)
                          return validate38.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                        if (!pattern0.test(data5))
                          return validate38.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                      } else
                        return validate38.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs14 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.rule !== void 0) {
                      let data6 = data.rule, _errs17 = errors;
                      if (errors === errors)
                        if (typeof data6 == "string") {
                          if (func3(data6) > 128)
                            return validate38.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                          if (!pattern0.test(data6))
                            return validate38.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                        } else
                          return validate38.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs17 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.reason !== void 0) {
                        let data7 = data.reason, _errs20 = errors;
                        if (errors === _errs20)
                          if (typeof data7 == "string") {
                            if (func3(data7) < 3)
                              return validate38.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" }], !1;
                          } else
                            return validate38.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs20 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.owner !== void 0) {
                          let data8 = data.owner, _errs22 = errors;
                          if (errors === _errs22)
                            if (typeof data8 == "string") {
                              if (func3(data8) < 1)
                                return validate38.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                            } else
                              return validate38.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid0 = _errs22 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data["approved-by"] !== void 0) {
                            let data9 = data["approved-by"], _errs24 = errors;
                            if (errors === _errs24)
                              if (typeof data9 == "string") {
                                if (func3(data9) < 1)
                                  return validate38.errors = [{ instancePath: instancePath + "/approved-by", schemaPath: "#/properties/approved-by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                              } else
                                return validate38.errors = [{ instancePath: instancePath + "/approved-by", schemaPath: "#/properties/approved-by/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid0 = _errs24 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.ticket !== void 0) {
                              let data10 = data.ticket, _errs26 = errors;
                              if (errors === _errs26)
                                if (typeof data10 == "string") {
                                  if (func3(data10) < 1)
                                    return validate38.errors = [{ instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                } else
                                  return validate38.errors = [{ instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs26 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data["vex-justification"] !== void 0) {
                                let data11 = data["vex-justification"], _errs28 = errors;
                                if (!(data11 === "component_not_present" || data11 === "vulnerable_code_not_present" || data11 === "vulnerable_code_not_in_execute_path" || data11 === "vulnerable_code_cannot_be_controlled_by_adversary" || data11 === "inline_mitigations_already_exist"))
                                  return validate38.errors = [{ instancePath: instancePath + "/vex-justification", schemaPath: "#/properties/vex-justification/enum", keyword: "enum", params: { allowedValues: schema53.properties["vex-justification"].enum }, message: "must be equal to one of the allowed values" }], !1;
                                var valid0 = _errs28 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0)
                                if (data.expires !== void 0) {
                                  let data12 = data.expires, _errs29 = errors;
                                  if (errors === errors)
                                    if (typeof data12 == "string") {
                                      if (!pattern17.test(data12))
                                        return validate38.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }], !1;
                                    } else
                                      return validate38.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid0 = _errs29 === errors;
                                } else
                                  var valid0 = !0;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate38.errors = vErrors, errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let _errs1 = errors;
        validate38(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors), errors = vErrors.length);
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate37.errors = vErrors, errors === 0;
}
var schema59 = { type: "array", description: "Remediation deadlines: a finding of this severity (and classification) open longer than `days` since it was first seen (the baseline records the date) gets `action`. The shortest deadline that matches a finding applies; entries of extended packs are kept, so a file can add deadlines but not loosen them.", items: { type: "object", additionalProperties: !1, required: ["severity", "days"], properties: { severity: { description: "The finding's effective severity, one or a list.", oneOf: [{ $ref: "#/definitions/severity" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severity" } }] }, classification: { description: "Only findings of this classification (one or a list); default: every classification.", oneOf: [{ $ref: "#/definitions/classification" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classification" } }] }, days: { type: "integer", minimum: 0, maximum: 3650, description: "Days a finding may stay open (0: it must be fixed the day it appears)." }, action: { enum: ["block", "warn"], description: "The verdict of a finding past the deadline, when stricter than its own. Default block." } } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0], _errs1 = errors;
        if (errors === _errs1)
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.severity === void 0 && (missing0 = "severity") || data0.days === void 0 && (missing0 = "days"))
              return validate41.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
            {
              let _errs3 = errors;
              for (let key0 in data0)
                if (!(key0 === "severity" || key0 === "classification" || key0 === "days" || key0 === "action")) {
                  return validate41.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
                  break;
                }
              if (_errs3 === errors) {
                if (data0.severity !== void 0) {
                  let data1 = data0.severity, _errs4 = errors, _errs5 = errors, valid2 = !1, passing0 = null, _errs6 = errors;
                  if (!(data1 === "critical" || data1 === "high" || data1 === "medium" || data1 === "low" || data1 === "info" || data1 === "unknown")) {
                    let err0 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  _valid0 && (valid2 = !0, passing0 = 0);
                  let _errs8 = errors;
                  if (errors === _errs8)
                    if (Array.isArray(data1))
                      if (data1.length < 1) {
                        let err1 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/items/properties/severity/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                      } else {
                        var valid4 = !0;
                        let len1 = data1.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data2 = data1[i1], _errs10 = errors;
                          if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info" || data2 === "unknown")) {
                            let err2 = { instancePath: instancePath + "/" + i0 + "/severity/" + i1, schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                          }
                          var valid4 = _errs10 === errors;
                          if (!valid4)
                            break;
                        }
                      }
                    else {
                      let err3 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/items/properties/severity/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                    }
                  var _valid0 = _errs8 === errors;
                  if (_valid0 && valid2 ? (valid2 = !1, passing0 = [passing0, 1]) : _valid0 && (valid2 = !0, passing0 = 1), valid2)
                    errors = _errs5, vErrors !== null && (_errs5 ? vErrors.length = _errs5 : vErrors = null);
                  else {
                    let err4 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/items/properties/severity/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    return vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++, validate41.errors = vErrors, !1;
                  }
                  var valid1 = _errs4 === errors;
                } else
                  var valid1 = !0;
                if (valid1) {
                  if (data0.classification !== void 0) {
                    let data3 = data0.classification, _errs12 = errors, _errs13 = errors, valid6 = !1, passing1 = null, _errs14 = errors;
                    if (!(data3 === "public" || data3 === "internal" || data3 === "confidential" || data3 === "restricted")) {
                      let err5 = { instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                    }
                    var _valid1 = _errs14 === errors;
                    _valid1 && (valid6 = !0, passing1 = 0);
                    let _errs16 = errors;
                    if (errors === _errs16)
                      if (Array.isArray(data3))
                        if (data3.length < 1) {
                          let err6 = { instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/items/properties/classification/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                        } else {
                          var valid8 = !0;
                          let len2 = data3.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data4 = data3[i2], _errs18 = errors;
                            if (!(data4 === "public" || data4 === "internal" || data4 === "confidential" || data4 === "restricted")) {
                              let err7 = { instancePath: instancePath + "/" + i0 + "/classification/" + i2, schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                            }
                            var valid8 = _errs18 === errors;
                            if (!valid8)
                              break;
                          }
                        }
                      else {
                        let err8 = { instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/items/properties/classification/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                      }
                    var _valid1 = _errs16 === errors;
                    if (_valid1 && valid6 ? (valid6 = !1, passing1 = [passing1, 1]) : _valid1 && (valid6 = !0, passing1 = 1), valid6)
                      errors = _errs13, vErrors !== null && (_errs13 ? vErrors.length = _errs13 : vErrors = null);
                    else {
                      let err9 = { instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/items/properties/classification/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                      return vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++, validate41.errors = vErrors, !1;
                    }
                    var valid1 = _errs12 === errors;
                  } else
                    var valid1 = !0;
                  if (valid1) {
                    if (data0.days !== void 0) {
                      let data5 = data0.days, _errs20 = errors;
                      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5)))
                        return validate41.errors = [{ instancePath: instancePath + "/" + i0 + "/days", schemaPath: "#/items/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                      if (errors === _errs20 && typeof data5 == "number" && isFinite(data5)) {
                        if (data5 > 3650 || isNaN(data5))
                          return validate41.errors = [{ instancePath: instancePath + "/" + i0 + "/days", schemaPath: "#/items/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" }], !1;
                        if (data5 < 0 || isNaN(data5))
                          return validate41.errors = [{ instancePath: instancePath + "/" + i0 + "/days", schemaPath: "#/items/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                      }
                      var valid1 = _errs20 === errors;
                    } else
                      var valid1 = !0;
                    if (valid1)
                      if (data0.action !== void 0) {
                        let data6 = data0.action, _errs22 = errors;
                        if (!(data6 === "block" || data6 === "warn"))
                          return validate41.errors = [{ instancePath: instancePath + "/" + i0 + "/action", schemaPath: "#/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema59.items.properties.action.enum }, message: "must be equal to one of the allowed values" }], !1;
                        var valid1 = _errs22 === errors;
                      } else
                        var valid1 = !0;
                  }
                }
              }
            }
          } else
            return validate41.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate41.errors = vErrors, errors === 0;
}
var schema64 = { type: "array", description: "Maximum counts of open findings (not waived, not ignored; existing baseline findings included) per severity, over all findings or those of one classification, asset, control or layer. Exceeding one blocks, naming the budget and the count. `ztgate budget suggest` prints today's counts.", items: { type: "object", additionalProperties: !1, required: ["id", "max"], properties: { id: { $ref: "#/definitions/name" }, description: { type: "string", maxLength: 500 }, classification: { $ref: "#/definitions/classification" }, asset: { $ref: "#/definitions/name" }, control: { $ref: "#/definitions/name" }, layer: { $ref: "#/definitions/layer" }, max: { type: "object", additionalProperties: !1, minProperties: 1, description: "Severity: the most findings of that effective severity allowed.", properties: { critical: { $ref: "#/definitions/budgetCount" }, high: { $ref: "#/definitions/budgetCount" }, medium: { $ref: "#/definitions/budgetCount" }, low: { $ref: "#/definitions/budgetCount" }, info: { $ref: "#/definitions/budgetCount" }, unknown: { $ref: "#/definitions/budgetCount" } } }, action: { enum: ["block", "warn"], description: "What exceeding the budget does. Default block." } } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0], _errs1 = errors;
        if (errors === _errs1)
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.id === void 0 && (missing0 = "id") || data0.max === void 0 && (missing0 = "max"))
              return validate43.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
            {
              let _errs3 = errors;
              for (let key0 in data0)
                if (!(key0 === "id" || key0 === "description" || key0 === "classification" || key0 === "asset" || key0 === "control" || key0 === "layer" || key0 === "max" || key0 === "action")) {
                  return validate43.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
                  break;
                }
              if (_errs3 === errors) {
                if (data0.id !== void 0) {
                  let data1 = data0.id, _errs4 = errors;
                  if (errors === errors)
                    if (typeof data1 == "string") {
                      if (func3(data1) > 128)
                        return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                      if (!pattern0.test(data1))
                        return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                    } else
                      return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid1 = _errs4 === errors;
                } else
                  var valid1 = !0;
                if (valid1) {
                  if (data0.description !== void 0) {
                    let data2 = data0.description, _errs7 = errors;
                    if (errors === _errs7)
                      if (typeof data2 == "string") {
                        if (func3(data2) > 500)
                          return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }], !1;
                      } else
                        return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid1 = _errs7 === errors;
                  } else
                    var valid1 = !0;
                  if (valid1) {
                    if (data0.classification !== void 0) {
                      let data3 = data0.classification, _errs9 = errors;
                      if (!(data3 === "public" || data3 === "internal" || data3 === "confidential" || data3 === "restricted"))
                        return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                      var valid1 = _errs9 === errors;
                    } else
                      var valid1 = !0;
                    if (valid1) {
                      if (data0.asset !== void 0) {
                        let data4 = data0.asset, _errs11 = errors;
                        if (errors === errors)
                          if (typeof data4 == "string") {
                            if (func3(data4) > 128)
                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/asset", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                            if (!pattern0.test(data4))
                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/asset", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                          } else
                            return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/asset", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid1 = _errs11 === errors;
                      } else
                        var valid1 = !0;
                      if (valid1) {
                        if (data0.control !== void 0) {
                          let data5 = data0.control, _errs14 = errors;
                          if (errors === errors)
                            if (typeof data5 == "string") {
                              if (func3(data5) > 128)
                                return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/control", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                              if (!pattern0.test(data5))
                                return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/control", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                            } else
                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/control", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid1 = _errs14 === errors;
                        } else
                          var valid1 = !0;
                        if (valid1) {
                          if (data0.layer !== void 0) {
                            let data6 = data0.layer, _errs17 = errors;
                            if (!(data6 === "image" || data6 === "dependency" || data6 === "iac" || data6 === "secret" || data6 === "code" || data6 === "license" || data6 === "posture" || data6 === "api"))
                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid1 = _errs17 === errors;
                          } else
                            var valid1 = !0;
                          if (valid1) {
                            if (data0.max !== void 0) {
                              let data7 = data0.max, _errs19 = errors;
                              if (errors === _errs19)
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                  if (Object.keys(data7).length < 1)
                                    return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max", schemaPath: "#/items/properties/max/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }], !1;
                                  {
                                    let _errs21 = errors;
                                    for (let key1 in data7)
                                      if (!(key1 === "critical" || key1 === "high" || key1 === "medium" || key1 === "low" || key1 === "info" || key1 === "unknown")) {
                                        return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max", schemaPath: "#/items/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs21 === errors) {
                                      if (data7.critical !== void 0) {
                                        let data8 = data7.critical, _errs22 = errors, _errs23 = errors;
                                        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8)))
                                          return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/critical", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                        if (errors === _errs23 && typeof data8 == "number" && isFinite(data8) && (data8 < 0 || isNaN(data8)))
                                          return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/critical", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                        var valid7 = _errs22 === errors;
                                      } else
                                        var valid7 = !0;
                                      if (valid7) {
                                        if (data7.high !== void 0) {
                                          let data9 = data7.high, _errs25 = errors, _errs26 = errors;
                                          if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9)))
                                            return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/high", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                          if (errors === _errs26 && typeof data9 == "number" && isFinite(data9) && (data9 < 0 || isNaN(data9)))
                                            return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/high", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                          var valid7 = _errs25 === errors;
                                        } else
                                          var valid7 = !0;
                                        if (valid7) {
                                          if (data7.medium !== void 0) {
                                            let data10 = data7.medium, _errs28 = errors, _errs29 = errors;
                                            if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10)))
                                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/medium", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                            if (errors === _errs29 && typeof data10 == "number" && isFinite(data10) && (data10 < 0 || isNaN(data10)))
                                              return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/medium", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                            var valid7 = _errs28 === errors;
                                          } else
                                            var valid7 = !0;
                                          if (valid7) {
                                            if (data7.low !== void 0) {
                                              let data11 = data7.low, _errs31 = errors, _errs32 = errors;
                                              if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11)))
                                                return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/low", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                              if (errors === _errs32 && typeof data11 == "number" && isFinite(data11) && (data11 < 0 || isNaN(data11)))
                                                return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/low", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                              var valid7 = _errs31 === errors;
                                            } else
                                              var valid7 = !0;
                                            if (valid7) {
                                              if (data7.info !== void 0) {
                                                let data12 = data7.info, _errs34 = errors, _errs35 = errors;
                                                if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12)))
                                                  return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/info", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                if (errors === _errs35 && typeof data12 == "number" && isFinite(data12) && (data12 < 0 || isNaN(data12)))
                                                  return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/info", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                var valid7 = _errs34 === errors;
                                              } else
                                                var valid7 = !0;
                                              if (valid7)
                                                if (data7.unknown !== void 0) {
                                                  let data13 = data7.unknown, _errs37 = errors, _errs38 = errors;
                                                  if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13)))
                                                    return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/unknown", schemaPath: "#/definitions/budgetCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                  if (errors === _errs38 && typeof data13 == "number" && isFinite(data13) && (data13 < 0 || isNaN(data13)))
                                                    return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max/unknown", schemaPath: "#/definitions/budgetCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                  var valid7 = _errs37 === errors;
                                                } else
                                                  var valid7 = !0;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else
                                  return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/max", schemaPath: "#/items/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid1 = _errs19 === errors;
                            } else
                              var valid1 = !0;
                            if (valid1)
                              if (data0.action !== void 0) {
                                let data14 = data0.action, _errs40 = errors;
                                if (!(data14 === "block" || data14 === "warn"))
                                  return validate43.errors = [{ instancePath: instancePath + "/" + i0 + "/action", schemaPath: "#/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema64.items.properties.action.enum }, message: "must be equal to one of the allowed values" }], !1;
                                var valid1 = _errs40 === errors;
                              } else
                                var valid1 = !0;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else
            return validate43.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate43.errors = vErrors, errors === 0;
}
var schema76 = { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["block", "warn", "never"], description: "Which verdict fails the gate (exit 1). Default block." }, "unknown-severity": { $ref: "#/definitions/severity", description: "Severity assumed for findings the scanner did not score. Default high." }, "default-action": { $ref: "#/definitions/action", description: "Verdict for findings no rule matches. Default info." }, "max-waiver-days": { type: "integer", minimum: 1, maximum: 3650, description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied." }, "waiver-approvers": { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$" }, description: "Who may approve waivers: GitHub logins (alice) and teams (@acme/security). A waiver whose approved-by names no one listed here does not apply; in a pull request, a waiver the pull request adds or extends applies only with an approving review of the head commit by the approver it names, from the base commit's list." }, "scanner-suppressions": { enum: ["honour", "require-justification", "report-only"], description: "Whether a scanner's own suppressions (written in the repository, so by the change under review) hold: honour (the finding is ignored), require-justification (ignored only when the suppression carries a justification), report-only (evaluated as if not suppressed, the suppression shown). Default report-only; a suppression that must hold belongs in a waiver." }, "enrichment-max-age-days": { type: "integer", minimum: 1, maximum: 365, description: "How many days old a KEV catalog (--kev, from its dateReleased) or EPSS file (--epss, from its score_date) may be. Default 7." }, "enrichment-stale": { enum: ["warn", "error"], description: "What an older snapshot is: warn (default; a warning, the gate still decides) or error (cannot decide, exit 2)." } } }, pattern22 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "fail-on" || key0 === "unknown-severity" || key0 === "default-action" || key0 === "max-waiver-days" || key0 === "waiver-approvers" || key0 === "scanner-suppressions" || key0 === "enrichment-max-age-days" || key0 === "enrichment-stale")) {
          return validate45.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data["fail-on"] !== void 0) {
          let data0 = data["fail-on"], _errs2 = errors;
          if (!(data0 === "block" || data0 === "warn" || data0 === "never"))
            return validate45.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema76.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" }], !1;
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data["unknown-severity"] !== void 0) {
            let data1 = data["unknown-severity"], _errs3 = errors;
            if (!(data1 === "critical" || data1 === "high" || data1 === "medium" || data1 === "low" || data1 === "info" || data1 === "unknown"))
              return validate45.errors = [{ instancePath: instancePath + "/unknown-severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values" }], !1;
            var valid0 = _errs3 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data["default-action"] !== void 0) {
              let data2 = data["default-action"], _errs5 = errors;
              if (!(data2 === "block" || data2 === "warn" || data2 === "info" || data2 === "ignore"))
                return validate45.errors = [{ instancePath: instancePath + "/default-action", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values" }], !1;
              var valid0 = _errs5 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data["max-waiver-days"] !== void 0) {
                let data3 = data["max-waiver-days"], _errs7 = errors;
                if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)))
                  return validate45.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                if (errors === _errs7 && typeof data3 == "number" && isFinite(data3)) {
                  if (data3 > 3650 || isNaN(data3))
                    return validate45.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" }], !1;
                  if (data3 < 1 || isNaN(data3))
                    return validate45.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                }
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["waiver-approvers"] !== void 0) {
                  let data4 = data["waiver-approvers"], _errs9 = errors;
                  if (errors === _errs9)
                    if (Array.isArray(data4)) {
                      if (data4.length < 1)
                        return validate45.errors = [{ instancePath: instancePath + "/waiver-approvers", schemaPath: "#/properties/waiver-approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                      {
                        var valid3 = !0;
                        let len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data4[i0], _errs11 = errors;
                          if (errors === _errs11)
                            if (typeof data5 == "string") {
                              if (!pattern22.test(data5))
                                return validate45.errors = [{ instancePath: instancePath + "/waiver-approvers/" + i0, schemaPath: "#/properties/waiver-approvers/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$"' }], !1;
                            } else
                              return validate45.errors = [{ instancePath: instancePath + "/waiver-approvers/" + i0, schemaPath: "#/properties/waiver-approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid3 = _errs11 === errors;
                          if (!valid3)
                            break;
                        }
                        if (valid3) {
                          let i1 = data4.length, j0;
                          if (i1 > 1) {
                            let indices0 = {};
                            for (; i1--; ) {
                              let item0 = data4[i1];
                              if (typeof item0 == "string") {
                                if (typeof indices0[item0] == "number") {
                                  return j0 = indices0[item0], validate45.errors = [{ instancePath: instancePath + "/waiver-approvers", schemaPath: "#/properties/waiver-approvers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }], !1;
                                  break;
                                }
                                indices0[item0] = i1;
                              }
                            }
                          }
                        }
                      }
                    } else
                      return validate45.errors = [{ instancePath: instancePath + "/waiver-approvers", schemaPath: "#/properties/waiver-approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs9 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data["scanner-suppressions"] !== void 0) {
                    let data6 = data["scanner-suppressions"], _errs13 = errors;
                    if (!(data6 === "honour" || data6 === "require-justification" || data6 === "report-only"))
                      return validate45.errors = [{ instancePath: instancePath + "/scanner-suppressions", schemaPath: "#/properties/scanner-suppressions/enum", keyword: "enum", params: { allowedValues: schema76.properties["scanner-suppressions"].enum }, message: "must be equal to one of the allowed values" }], !1;
                    var valid0 = _errs13 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data["enrichment-max-age-days"] !== void 0) {
                      let data7 = data["enrichment-max-age-days"], _errs14 = errors;
                      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7)))
                        return validate45.errors = [{ instancePath: instancePath + "/enrichment-max-age-days", schemaPath: "#/properties/enrichment-max-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                      if (errors === _errs14 && typeof data7 == "number" && isFinite(data7)) {
                        if (data7 > 365 || isNaN(data7))
                          return validate45.errors = [{ instancePath: instancePath + "/enrichment-max-age-days", schemaPath: "#/properties/enrichment-max-age-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365" }], !1;
                        if (data7 < 1 || isNaN(data7))
                          return validate45.errors = [{ instancePath: instancePath + "/enrichment-max-age-days", schemaPath: "#/properties/enrichment-max-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                      }
                      var valid0 = _errs14 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0)
                      if (data["enrichment-stale"] !== void 0) {
                        let data8 = data["enrichment-stale"], _errs16 = errors;
                        if (!(data8 === "warn" || data8 === "error"))
                          return validate45.errors = [{ instancePath: instancePath + "/enrichment-stale", schemaPath: "#/properties/enrichment-stale/enum", keyword: "enum", params: { allowedValues: schema76.properties["enrichment-stale"].enum }, message: "must be equal to one of the allowed values" }], !1;
                        var valid0 = _errs16 === errors;
                      } else
                        var valid0 = !0;
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate45.errors = vErrors, errors === 0;
}
var pattern21 = new RegExp("^[1-9][0-9]{0,5}(s|m)$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version"))
        return validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema11.properties, key0)) {
            return validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            let _errs2 = errors;
            if (data.version !== 1)
              return validate10.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.extends !== void 0) {
              let data1 = data.extends, _errs3 = errors;
              if (errors === _errs3)
                if (Array.isArray(data1)) {
                  var valid1 = !0;
                  let len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0], _errs5 = errors;
                    if (errors === _errs5)
                      if (typeof data2 == "string") {
                        if (func3(data2) > 512)
                          return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                        if (func3(data2) < 1)
                          return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                      } else
                        return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid1 = _errs5 === errors;
                    if (!valid1)
                      break;
                  }
                } else
                  return validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs3 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.assets !== void 0) {
                let _errs7 = errors;
                validate11(data.assets, { instancePath: instancePath + "/assets", parentData: data, parentDataProperty: "assets", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["default-classification"] !== void 0) {
                  let data4 = data["default-classification"], _errs8 = errors;
                  if (!(data4 === "public" || data4 === "internal" || data4 === "confidential" || data4 === "restricted"))
                    return validate10.errors = [{ instancePath: instancePath + "/default-classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                  var valid0 = _errs8 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.controls !== void 0) {
                    let _errs10 = errors;
                    validate15(data.controls, { instancePath: instancePath + "/controls", parentData: data, parentDataProperty: "controls", rootData }) || (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors), errors = vErrors.length);
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.require !== void 0) {
                      let _errs11 = errors;
                      validate17(data.require, { instancePath: instancePath + "/require", parentData: data, parentDataProperty: "require", rootData }) || (vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors), errors = vErrors.length);
                      var valid0 = _errs11 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.rules !== void 0) {
                        let data7 = data.rules, _errs12 = errors;
                        if (errors === _errs12)
                          if (Array.isArray(data7)) {
                            var valid3 = !0;
                            let len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let _errs14 = errors;
                              validate23(data7[i1], { instancePath: instancePath + "/rules/" + i1, parentData: data7, parentDataProperty: i1, rootData }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length);
                              var valid3 = _errs14 === errors;
                              if (!valid3)
                                break;
                            }
                          } else
                            return validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid0 = _errs12 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.waivers !== void 0) {
                          let _errs15 = errors;
                          validate37(data.waivers, { instancePath: instancePath + "/waivers", parentData: data, parentDataProperty: "waivers", rootData }) || (vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors), errors = vErrors.length);
                          var valid0 = _errs15 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.deadlines !== void 0) {
                            let _errs16 = errors;
                            validate41(data.deadlines, { instancePath: instancePath + "/deadlines", parentData: data, parentDataProperty: "deadlines", rootData }) || (vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors), errors = vErrors.length);
                            var valid0 = _errs16 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.budgets !== void 0) {
                              let _errs17 = errors;
                              validate43(data.budgets, { instancePath: instancePath + "/budgets", parentData: data, parentDataProperty: "budgets", rootData }) || (vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors), errors = vErrors.length);
                              var valid0 = _errs17 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.local !== void 0) {
                                let data12 = data.local, _errs18 = errors;
                                if (errors === _errs18)
                                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                    let _errs20 = errors;
                                    for (let key1 in data12)
                                      if (!(key1 === "reports" || key1 === "baseline" || key1 === "kev" || key1 === "epss" || key1 === "openvex" || key1 === "commands")) {
                                        return validate10.errors = [{ instancePath: instancePath + "/local", schemaPath: "#/properties/local/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs20 === errors) {
                                      if (data12.reports !== void 0) {
                                        let data13 = data12.reports, _errs21 = errors;
                                        if (errors === _errs21)
                                          if (Array.isArray(data13)) {
                                            if (data13.length < 1)
                                              return validate10.errors = [{ instancePath: instancePath + "/local/reports", schemaPath: "#/properties/local/properties/reports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                            {
                                              var valid5 = !0;
                                              let len2 = data13.length;
                                              for (let i2 = 0; i2 < len2; i2++) {
                                                let data14 = data13[i2], _errs23 = errors;
                                                if (errors === _errs23)
                                                  if (typeof data14 == "string") {
                                                    if (func3(data14) > 512)
                                                      return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                                    if (func3(data14) < 1)
                                                      return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                  } else
                                                    return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                var valid5 = _errs23 === errors;
                                                if (!valid5)
                                                  break;
                                              }
                                            }
                                          } else
                                            return validate10.errors = [{ instancePath: instancePath + "/local/reports", schemaPath: "#/properties/local/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                        var valid4 = _errs21 === errors;
                                      } else
                                        var valid4 = !0;
                                      if (valid4) {
                                        if (data12.baseline !== void 0) {
                                          let data15 = data12.baseline, _errs25 = errors;
                                          if (errors === _errs25)
                                            if (typeof data15 == "string") {
                                              if (func3(data15) > 512)
                                                return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                              if (func3(data15) < 1)
                                                return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                            } else
                                              return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                          var valid4 = _errs25 === errors;
                                        } else
                                          var valid4 = !0;
                                        if (valid4) {
                                          if (data12.kev !== void 0) {
                                            let data16 = data12.kev, _errs27 = errors;
                                            if (errors === _errs27)
                                              if (typeof data16 == "string") {
                                                if (func3(data16) > 512)
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/kev", schemaPath: "#/properties/local/properties/kev/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                                if (func3(data16) < 1)
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/kev", schemaPath: "#/properties/local/properties/kev/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                              } else
                                                return validate10.errors = [{ instancePath: instancePath + "/local/kev", schemaPath: "#/properties/local/properties/kev/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid4 = _errs27 === errors;
                                          } else
                                            var valid4 = !0;
                                          if (valid4) {
                                            if (data12.epss !== void 0) {
                                              let data17 = data12.epss, _errs29 = errors;
                                              if (errors === _errs29)
                                                if (typeof data17 == "string") {
                                                  if (func3(data17) > 512)
                                                    return validate10.errors = [{ instancePath: instancePath + "/local/epss", schemaPath: "#/properties/local/properties/epss/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                                  if (func3(data17) < 1)
                                                    return validate10.errors = [{ instancePath: instancePath + "/local/epss", schemaPath: "#/properties/local/properties/epss/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                } else
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/epss", schemaPath: "#/properties/local/properties/epss/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                              var valid4 = _errs29 === errors;
                                            } else
                                              var valid4 = !0;
                                            if (valid4) {
                                              if (data12.openvex !== void 0) {
                                                let data18 = data12.openvex, _errs31 = errors;
                                                if (errors === _errs31)
                                                  if (typeof data18 == "string") {
                                                    if (func3(data18) > 512)
                                                      return validate10.errors = [{ instancePath: instancePath + "/local/openvex", schemaPath: "#/properties/local/properties/openvex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                                    if (func3(data18) < 1)
                                                      return validate10.errors = [{ instancePath: instancePath + "/local/openvex", schemaPath: "#/properties/local/properties/openvex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                  } else
                                                    return validate10.errors = [{ instancePath: instancePath + "/local/openvex", schemaPath: "#/properties/local/properties/openvex/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                var valid4 = _errs31 === errors;
                                              } else
                                                var valid4 = !0;
                                              if (valid4)
                                                if (data12.commands !== void 0) {
                                                  let data19 = data12.commands, _errs33 = errors;
                                                  if (errors === _errs33)
                                                    if (Array.isArray(data19)) {
                                                      var valid6 = !0;
                                                      let len3 = data19.length;
                                                      for (let i3 = 0; i3 < len3; i3++) {
                                                        let data20 = data19[i3], _errs35 = errors;
                                                        if (errors === _errs35)
                                                          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                            let missing1;
                                                            if (data20.run === void 0 && (missing1 = "run"))
                                                              return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                                            {
                                                              let _errs37 = errors;
                                                              for (let key2 in data20)
                                                                if (!(key2 === "name" || key2 === "run" || key2 === "timeout" || key2 === "ok-exit-codes")) {
                                                                  return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                                  break;
                                                                }
                                                              if (_errs37 === errors) {
                                                                if (data20.name !== void 0) {
                                                                  let data21 = data20.name, _errs38 = errors;
                                                                  if (errors === _errs38)
                                                                    if (typeof data21 == "string") {
                                                                      if (func3(data21) > 128)
                                                                        return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                                                                      if (func3(data21) < 1)
                                                                        return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                    } else
                                                                      return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                  var valid7 = _errs38 === errors;
                                                                } else
                                                                  var valid7 = !0;
                                                                if (valid7) {
                                                                  if (data20.run !== void 0) {
                                                                    let data22 = data20.run, _errs40 = errors;
                                                                    if (errors === _errs40)
                                                                      if (typeof data22 == "string") {
                                                                        if (func3(data22) > 4096)
                                                                          return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }], !1;
                                                                        if (func3(data22) < 1)
                                                                          return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                      } else
                                                                        return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                    var valid7 = _errs40 === errors;
                                                                  } else
                                                                    var valid7 = !0;
                                                                  if (valid7) {
                                                                    if (data20.timeout !== void 0) {
                                                                      let data23 = data20.timeout, _errs42 = errors;
                                                                      if (errors === _errs42)
                                                                        if (typeof data23 == "string") {
                                                                          if (!pattern21.test(data23))
                                                                            return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/timeout", schemaPath: "#/properties/local/properties/commands/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m)$"' }], !1;
                                                                        } else
                                                                          return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/timeout", schemaPath: "#/properties/local/properties/commands/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                      var valid7 = _errs42 === errors;
                                                                    } else
                                                                      var valid7 = !0;
                                                                    if (valid7)
                                                                      if (data20["ok-exit-codes"] !== void 0) {
                                                                        let data24 = data20["ok-exit-codes"], _errs44 = errors;
                                                                        if (errors === _errs44)
                                                                          if (Array.isArray(data24)) {
                                                                            if (data24.length < 1)
                                                                              return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes", schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                                                            {
                                                                              var valid8 = !0;
                                                                              let len4 = data24.length;
                                                                              for (let i4 = 0; i4 < len4; i4++) {
                                                                                let data25 = data24[i4], _errs46 = errors;
                                                                                if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25)))
                                                                                  return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                                if (errors === _errs46 && typeof data25 == "number" && isFinite(data25)) {
                                                                                  if (data25 > 255 || isNaN(data25))
                                                                                    return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" }], !1;
                                                                                  if (data25 < 0 || isNaN(data25))
                                                                                    return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                }
                                                                                var valid8 = _errs46 === errors;
                                                                                if (!valid8)
                                                                                  break;
                                                                              }
                                                                            }
                                                                          } else
                                                                            return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes", schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                        var valid7 = _errs44 === errors;
                                                                      } else
                                                                        var valid7 = !0;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else
                                                            return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                        var valid6 = _errs35 === errors;
                                                        if (!valid6)
                                                          break;
                                                      }
                                                    } else
                                                      return validate10.errors = [{ instancePath: instancePath + "/local/commands", schemaPath: "#/properties/local/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                  var valid4 = _errs33 === errors;
                                                } else
                                                  var valid4 = !0;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else
                                    return validate10.errors = [{ instancePath: instancePath + "/local", schemaPath: "#/properties/local/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                var valid0 = _errs18 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0)
                                if (data.settings !== void 0) {
                                  let _errs48 = errors;
                                  validate45(data.settings, { instancePath: instancePath + "/settings", parentData: data, parentDataProperty: "settings", rootData }) || (vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors), errors = vErrors.length);
                                  var valid0 = _errs48 === errors;
                                } else
                                  var valid0 = !0;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate10.errors = vErrors, errors === 0;
}
var validateTests = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tests === void 0 && (missing0 = "tests"))
        return validate47.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "$schema" || key0 === "tests")) {
            return validate47.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            let _errs2 = errors;
            if (typeof data.$schema != "string")
              return validate47.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0)
            if (data.tests !== void 0) {
              let data1 = data.tests, _errs4 = errors;
              if (errors === _errs4)
                if (Array.isArray(data1)) {
                  if (data1.length < 1)
                    return validate47.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                  {
                    var valid1 = !0;
                    let len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let _errs6 = errors;
                      validate32(data1[i0], { instancePath: instancePath + "/tests/" + i0, parentData: data1, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
                      var valid1 = _errs6 === errors;
                      if (!valid1)
                        break;
                    }
                  }
                } else
                  return validate47.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
        }
      }
    } else
      return validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate47.errors = vErrors, errors === 0;
}
var validateLocal = validate49;
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "reports" || key0 === "baseline" || key0 === "kev" || key0 === "epss" || key0 === "openvex" || key0 === "commands")) {
          return validate49.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.reports !== void 0) {
          let data0 = data.reports, _errs2 = errors;
          if (errors === _errs2)
            if (Array.isArray(data0)) {
              if (data0.length < 1)
                return validate49.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
              {
                var valid1 = !0;
                let len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0], _errs4 = errors;
                  if (errors === _errs4)
                    if (typeof data1 == "string") {
                      if (func3(data1) > 512)
                        return validate49.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                      if (func3(data1) < 1)
                        return validate49.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                    } else
                      return validate49.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid1 = _errs4 === errors;
                  if (!valid1)
                    break;
                }
              }
            } else
              return validate49.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data.baseline !== void 0) {
            let data2 = data.baseline, _errs6 = errors;
            if (errors === _errs6)
              if (typeof data2 == "string") {
                if (func3(data2) > 512)
                  return validate49.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                if (func3(data2) < 1)
                  return validate49.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
              } else
                return validate49.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs6 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.kev !== void 0) {
              let data3 = data.kev, _errs8 = errors;
              if (errors === _errs8)
                if (typeof data3 == "string") {
                  if (func3(data3) > 512)
                    return validate49.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                  if (func3(data3) < 1)
                    return validate49.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                } else
                  return validate49.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs8 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.epss !== void 0) {
                let data4 = data.epss, _errs10 = errors;
                if (errors === _errs10)
                  if (typeof data4 == "string") {
                    if (func3(data4) > 512)
                      return validate49.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                    if (func3(data4) < 1)
                      return validate49.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                  } else
                    return validate49.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs10 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.openvex !== void 0) {
                  let data5 = data.openvex, _errs12 = errors;
                  if (errors === _errs12)
                    if (typeof data5 == "string") {
                      if (func3(data5) > 512)
                        return validate49.errors = [{ instancePath: instancePath + "/openvex", schemaPath: "#/properties/openvex/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                      if (func3(data5) < 1)
                        return validate49.errors = [{ instancePath: instancePath + "/openvex", schemaPath: "#/properties/openvex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                    } else
                      return validate49.errors = [{ instancePath: instancePath + "/openvex", schemaPath: "#/properties/openvex/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs12 === errors;
                } else
                  var valid0 = !0;
                if (valid0)
                  if (data.commands !== void 0) {
                    let data6 = data.commands, _errs14 = errors;
                    if (errors === _errs14)
                      if (Array.isArray(data6)) {
                        var valid2 = !0;
                        let len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data7 = data6[i1], _errs16 = errors;
                          if (errors === _errs16)
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let missing0;
                              if (data7.run === void 0 && (missing0 = "run"))
                                return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1, schemaPath: "#/properties/commands/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
                              {
                                let _errs18 = errors;
                                for (let key1 in data7)
                                  if (!(key1 === "name" || key1 === "run" || key1 === "timeout" || key1 === "ok-exit-codes")) {
                                    return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1, schemaPath: "#/properties/commands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                    break;
                                  }
                                if (_errs18 === errors) {
                                  if (data7.name !== void 0) {
                                    let data8 = data7.name, _errs19 = errors;
                                    if (errors === _errs19)
                                      if (typeof data8 == "string") {
                                        if (func3(data8) > 128)
                                          return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/name", schemaPath: "#/properties/commands/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                                        if (func3(data8) < 1)
                                          return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/name", schemaPath: "#/properties/commands/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                      } else
                                        return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/name", schemaPath: "#/properties/commands/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                    var valid3 = _errs19 === errors;
                                  } else
                                    var valid3 = !0;
                                  if (valid3) {
                                    if (data7.run !== void 0) {
                                      let data9 = data7.run, _errs21 = errors;
                                      if (errors === _errs21)
                                        if (typeof data9 == "string") {
                                          if (func3(data9) > 4096)
                                            return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/run", schemaPath: "#/properties/commands/items/properties/run/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }], !1;
                                          if (func3(data9) < 1)
                                            return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/run", schemaPath: "#/properties/commands/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                        } else
                                          return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/run", schemaPath: "#/properties/commands/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                      var valid3 = _errs21 === errors;
                                    } else
                                      var valid3 = !0;
                                    if (valid3) {
                                      if (data7.timeout !== void 0) {
                                        let data10 = data7.timeout, _errs23 = errors;
                                        if (errors === _errs23)
                                          if (typeof data10 == "string") {
                                            if (!pattern21.test(data10))
                                              return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/timeout", schemaPath: "#/properties/commands/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m)$"' }], !1;
                                          } else
                                            return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/timeout", schemaPath: "#/properties/commands/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                        var valid3 = _errs23 === errors;
                                      } else
                                        var valid3 = !0;
                                      if (valid3)
                                        if (data7["ok-exit-codes"] !== void 0) {
                                          let data11 = data7["ok-exit-codes"], _errs25 = errors;
                                          if (errors === _errs25)
                                            if (Array.isArray(data11)) {
                                              if (data11.length < 1)
                                                return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/ok-exit-codes", schemaPath: "#/properties/commands/items/properties/ok-exit-codes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                              {
                                                var valid4 = !0;
                                                let len2 = data11.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                  let data12 = data11[i2], _errs27 = errors;
                                                  if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12)))
                                                    return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/ok-exit-codes/" + i2, schemaPath: "#/properties/commands/items/properties/ok-exit-codes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                  if (errors === _errs27 && typeof data12 == "number" && isFinite(data12)) {
                                                    if (data12 > 255 || isNaN(data12))
                                                      return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/ok-exit-codes/" + i2, schemaPath: "#/properties/commands/items/properties/ok-exit-codes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" }], !1;
                                                    if (data12 < 0 || isNaN(data12))
                                                      return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/ok-exit-codes/" + i2, schemaPath: "#/properties/commands/items/properties/ok-exit-codes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                  }
                                                  var valid4 = _errs27 === errors;
                                                  if (!valid4)
                                                    break;
                                                }
                                              }
                                            } else
                                              return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1 + "/ok-exit-codes", schemaPath: "#/properties/commands/items/properties/ok-exit-codes/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                          var valid3 = _errs25 === errors;
                                        } else
                                          var valid3 = !0;
                                    }
                                  }
                                }
                              }
                            } else
                              return validate49.errors = [{ instancePath: instancePath + "/commands/" + i1, schemaPath: "#/properties/commands/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                          var valid2 = _errs16 === errors;
                          if (!valid2)
                            break;
                        }
                      } else
                        return validate49.errors = [{ instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                    var valid0 = _errs14 === errors;
                  } else
                    var valid0 = !0;
              }
            }
          }
        }
      }
    } else
      return validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate49.errors = vErrors, errors === 0;
}
function ucs2length(str) {
  let len = str.length, length = 0, pos = 0;
  for (; pos < len; ) {
    length++;
    let value = str.charCodeAt(pos++);
    value >= 55296 && value <= 56319 && pos < len && (str.charCodeAt(pos) & 64512) === 56320 && pos++;
  }
  return length;
}

export {
  validatePolicy,
  validateTests,
  validateLocal
};
