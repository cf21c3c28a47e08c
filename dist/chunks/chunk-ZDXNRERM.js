import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  validatePolicy,
  validateTests
} from "./chunk-IDR6HBXA.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// schema/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ztgate/ztgate/schema/policy.schema.json",
  title: "ztgate policy (ztgate.yml)",
  type: "object",
  additionalProperties: !1,
  required: ["version"],
  properties: {
    version: {
      const: 1,
      description: "Policy language version. Always 1."
    },
    extends: {
      type: "array",
      description: "Built-in packs by name (default, zero-trust), relative paths to other policy files, or a pack in another repository: github:OWNER/REPO/PATH@REF (REF a full commit SHA, recommended, or a branch or tag, whose commit is printed). Later entries, and this file, override earlier rules, assets and controls with the same id or name.",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 512
      }
    },
    assets: {
      $ref: "#/definitions/assets"
    },
    "default-classification": {
      $ref: "#/definitions/classification",
      description: "Classification of findings no asset claims. Default internal."
    },
    controls: {
      $ref: "#/definitions/controls"
    },
    require: {
      $ref: "#/definitions/require"
    },
    rules: {
      type: "array",
      items: {
        $ref: "#/definitions/rule"
      }
    },
    waivers: {
      $ref: "#/definitions/waivers"
    },
    deadlines: {
      $ref: "#/definitions/deadlines"
    },
    budgets: {
      $ref: "#/definitions/budgets"
    },
    local: {
      type: "object",
      additionalProperties: !1,
      description: "The local gate (ztgate hook run, ztgate baseline write): which reports to check before a push or commit, and scanner commands that write them. Ignored by ztgate check.",
      properties: {
        reports: {
          type: "array",
          minItems: 1,
          description: "Report paths or globs, relative to the repository root. A glob matching nothing fails the hook.",
          items: { type: "string", minLength: 1, maxLength: 512 }
        },
        baseline: {
          type: "string",
          minLength: 1,
          maxLength: 512,
          description: "Baseline file (ztgate baseline write): findings recorded there show as existing and do not block."
        },
        kev: {
          type: "string",
          minLength: 1,
          maxLength: 512,
          description: "CISA's KEV catalog JSON (plain or gzipped) the hook enriches findings with, like ztgate check --kev."
        },
        epss: {
          type: "string",
          minLength: 1,
          maxLength: 512,
          description: "FIRST's EPSS scores CSV (plain or gzipped) the hook enriches findings with, like ztgate check --epss."
        },
        openvex: {
          type: "string",
          minLength: 1,
          maxLength: 512,
          description: "File the hook writes the OpenVEX document to, like ztgate check -o openvex=FILE."
        },
        commands: {
          type: "array",
          description: "Scanner commands run (in order, with sh, from the repository root) before the reports are read.",
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["run"],
            properties: {
              name: { type: "string", minLength: 1, maxLength: 128 },
              run: { type: "string", minLength: 1, maxLength: 4096 },
              timeout: {
                type: "string",
                pattern: "^[1-9][0-9]{0,5}(s|m)$",
                description: "How long the command may run, e.g. 90s or 5m. Default 5m."
              },
              "ok-exit-codes": {
                type: "array",
                minItems: 1,
                description: "Exit codes that mean the scan ran (default [0]); npm audit exits 1 when it finds something.",
                items: { type: "integer", minimum: 0, maximum: 255 }
              }
            }
          }
        }
      }
    },
    settings: {
      $ref: "#/definitions/settings"
    }
  },
  definitions: {
    severity: {
      enum: ["critical", "high", "medium", "low", "info", "unknown"]
    },
    action: {
      enum: ["block", "warn", "info", "ignore"]
    },
    layer: {
      enum: ["image", "dependency", "iac", "secret", "code", "license", "posture", "api"]
    },
    glob: {
      type: "string",
      minLength: 1,
      maxLength: 512
    },
    globs: {
      oneOf: [
        {
          $ref: "#/definitions/glob"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/glob"
          }
        }
      ]
    },
    licensePatterns: {
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        minLength: 1,
        maxLength: 512
      },
      description: "SPDX licence ids or globs over them (GPL-3.0-only, AGPL-*)."
    },
    severityExpr: {
      type: "string",
      pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"
    },
    rule: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "when", "action"],
      properties: {
        id: {
          $ref: "#/definitions/name"
        },
        description: {
          type: "string"
        },
        action: {
          $ref: "#/definitions/action"
        },
        when: {
          $ref: "#/definitions/when"
        },
        examples: {
          type: "array",
          items: {
            $ref: "#/definitions/example"
          },
          description: "Findings this rule must and must not match, with the verdict expected from the policy that defines the rule. Run by `ztgate test`."
        }
      }
    },
    when: {
      type: "object",
      additionalProperties: !1,
      description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.",
      properties: {
        severity: {
          oneOf: [
            {
              $ref: "#/definitions/severityExpr"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/severityExpr"
              }
            }
          ]
        },
        layer: {
          oneOf: [
            {
              $ref: "#/definitions/layer"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/layer"
              }
            }
          ]
        },
        fixable: {
          type: "boolean"
        },
        id: {
          $ref: "#/definitions/globs"
        },
        package: {
          $ref: "#/definitions/globs"
        },
        path: {
          $ref: "#/definitions/globs"
        },
        versions: {
          $ref: "#/definitions/semverRange"
        },
        cwe: {
          oneOf: [
            {
              type: ["string", "integer"]
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: ["string", "integer"]
              }
            }
          ]
        },
        epss: {
          oneOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "string",
              pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$"
            }
          ],
          description: 'A number means at least; or ">=0.5", "<0.1".'
        },
        kev: {
          type: "boolean",
          description: "Listed in CISA's Known Exploited Vulnerabilities."
        },
        control: {
          oneOf: [
            {
              $ref: "#/definitions/name"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/name"
              }
            }
          ]
        },
        classification: {
          oneOf: [
            {
              $ref: "#/definitions/classificationExpr"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/classificationExpr"
              }
            }
          ]
        },
        asset: {
          $ref: "#/definitions/globs"
        },
        tool: {
          $ref: "#/definitions/globs"
        },
        suppressed: {
          type: "boolean",
          description: "The scanner suppressed the finding (VEX, .trivyignore, .grype.yaml, .snyk, SARIF suppressions, CycloneDX analysis), whether or not settings.scanner-suppressions honours it. A rule with this condition also reaches findings whose suppression is honoured."
        },
        license: {
          description: "Licence findings (layer license) whose SPDX expression cannot be used under licences none denied and all allowed (A OR B: one branch is enough; A AND B needs both), or, with `unknown`, whose licence is NOASSERTION, NONE, missing or unreadable. Ids are compared case-insensitively; globs (AGPL-*) allowed.",
          oneOf: [
            {
              const: "unknown"
            },
            {
              type: "object",
              additionalProperties: !1,
              minProperties: 1,
              properties: {
                deny: {
                  $ref: "#/definitions/licensePatterns"
                },
                allow: {
                  $ref: "#/definitions/licensePatterns"
                }
              }
            }
          ]
        }
      }
    },
    settings: {
      type: "object",
      additionalProperties: !1,
      properties: {
        "fail-on": {
          enum: ["block", "warn", "never"],
          description: "Which verdict fails the gate (exit 1). Default block."
        },
        "unknown-severity": {
          $ref: "#/definitions/severity",
          description: "Severity assumed for findings the scanner did not score. Default high."
        },
        "default-action": {
          $ref: "#/definitions/action",
          description: "Verdict for findings no rule matches. Default info."
        },
        "max-waiver-days": {
          type: "integer",
          minimum: 1,
          maximum: 3650,
          description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied."
        },
        "waiver-approvers": {
          type: "array",
          minItems: 1,
          uniqueItems: !0,
          items: {
            type: "string",
            pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]{1,100})?$"
          },
          description: "Who may approve waivers: GitHub logins (alice) and teams (@acme/security). A waiver whose approved-by names no one listed here does not apply; in a pull request, a waiver the pull request adds or extends applies only with an approving review of the head commit by the approver it names, from the base commit's list."
        },
        "scanner-suppressions": {
          enum: ["honour", "require-justification", "report-only"],
          description: "Whether a scanner's own suppressions (written in the repository, so by the change under review) hold: honour (the finding is ignored), require-justification (ignored only when the suppression carries a justification), report-only (evaluated as if not suppressed, the suppression shown). Default report-only; a suppression that must hold belongs in a waiver."
        },
        "enrichment-max-age-days": {
          type: "integer",
          minimum: 1,
          maximum: 365,
          description: "How many days old a KEV catalog (--kev, from its dateReleased) or EPSS file (--epss, from its score_date) may be. Default 7."
        },
        "enrichment-stale": {
          enum: ["warn", "error"],
          description: "What an older snapshot is: warn (default; a warning, the gate still decides) or error (cannot decide, exit 2)."
        }
      }
    },
    classification: {
      enum: ["public", "internal", "confidential", "restricted"]
    },
    classificationExpr: {
      type: "string",
      pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"
    },
    name: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
      maxLength: 128
    },
    date: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: "YYYY-MM-DD (UTC)"
    },
    semverRange: {
      type: "string",
      minLength: 1,
      maxLength: 256,
      description: `A version range, compared in the package's ecosystem order (dpkg, rpm, apk, PEP 440, Maven, Go, semver), e.g. "<4.17.21", "<1.16" or ">=1.2.0 <1.2.9"`
    },
    assets: {
      type: "array",
      description: "Services, images and paths with the class of data they hold. A finding belongs to every asset matching its location, target or report path; the strictest classification wins.",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["name", "classification"],
        properties: {
          name: {
            $ref: "#/definitions/name"
          },
          classification: {
            $ref: "#/definitions/classification"
          },
          owner: {
            type: "string",
            minLength: 1
          },
          description: {
            type: "string"
          },
          paths: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Globs over repository paths: finding locations and report files."
          },
          images: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Globs over image references (finding targets)."
          },
          reports: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Report files (globs over repository paths) that are evidence for this asset, besides reports under its paths or of its images."
          },
          require: {
            type: "object",
            additionalProperties: !1,
            description: "Evidence this asset needs: a required layer without a report that is evidence for the asset exits 2.",
            properties: {
              layers: {
                $ref: "#/definitions/requiredLayers"
              }
            }
          }
        }
      }
    },
    controls: {
      type: "object",
      description: "Zero-trust controls: named groups of scanner checks (by id, layer, the scanner's own category or CWE) that rules can refer to with `control`. A finding a control lists by id or layer is not placed by category or CWE.",
      propertyNames: {
        $ref: "#/definitions/name"
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        required: ["description"],
        properties: {
          description: {
            type: "string"
          },
          ids: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Check ids (globs, case-insensitive) of any scanner; matched against a finding's id, aliases and check id."
          },
          layers: {
            type: "array",
            items: {
              $ref: "#/definitions/layer"
            },
            description: "Every finding of these layers belongs to the control."
          },
          categories: {
            type: "array",
            items: {
              type: "string",
              pattern: "^[^:\\s][^:]*:[^:]+$",
              maxLength: 256
            },
            description: "TOOL:CATEGORY globs (case-insensitive) matched against a finding's tool and the scanner's own category for its check (KICS category, Checkov check category, Prowler service, ...): a check nobody listed still lands in its control."
          },
          cwe: {
            type: "array",
            items: {
              type: "string",
              pattern: "^CWE-[0-9]+$"
            },
            description: "Weaknesses (CWE-79) whose findings belong to the control, whichever tool reports them (Semgrep, gosec, CodeQL, ZAP ...)."
          }
        }
      }
    },
    require: {
      type: "object",
      additionalProperties: !1,
      description: "Evidence the gate needs before it can decide. Missing evidence exits 2.",
      properties: {
        layers: {
          type: "array",
          items: {
            $ref: "#/definitions/layer"
          },
          description: "Layers that must have at least one report."
        },
        "max-report-age": {
          type: "string",
          pattern: "^\\d+[mhdw]$",
          description: "Oldest a report's own timestamp may be: 90m, 24h, 7d, 2w."
        },
        timestamps: {
          type: "boolean",
          description: "A report of a format that records its creation time but has none exits 2 (true) instead of warning (false, default)."
        },
        classifications: {
          type: "object",
          additionalProperties: !1,
          description: "Layers every asset of a classification, or of a stricter one, needs a report for.",
          properties: {
            public: {
              type: "object",
              additionalProperties: !1,
              properties: {
                layers: {
                  $ref: "#/definitions/requiredLayers"
                }
              }
            },
            internal: {
              type: "object",
              additionalProperties: !1,
              properties: {
                layers: {
                  $ref: "#/definitions/requiredLayers"
                }
              }
            },
            confidential: {
              type: "object",
              additionalProperties: !1,
              properties: {
                layers: {
                  $ref: "#/definitions/requiredLayers"
                }
              }
            },
            restricted: {
              type: "object",
              additionalProperties: !1,
              properties: {
                layers: {
                  $ref: "#/definitions/requiredLayers"
                }
              }
            }
          }
        },
        "image-digest": {
          type: "boolean",
          description: "An image report must name the digest of the image being gated (--image REF@sha256:..., action input image); a mismatch or no such report exits 2."
        },
        commit: {
          type: "boolean",
          description: "Reports that name a source revision (SARIF versionControlProvenance, Trivy Metadata.Commit) must name the commit being gated (--commit SHA; in the action GITHUB_SHA or the pull request head); a mismatch exits 2."
        }
      }
    },
    requiredLayers: {
      type: "array",
      items: {
        $ref: "#/definitions/layer"
      },
      description: "Layers that need a report."
    },
    waivers: {
      type: "array",
      items: {
        $ref: "#/definitions/waiver"
      }
    },
    waiver: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "reason", "owner", "expires"],
      description: "A narrow, owned, justified and temporary exception.",
      properties: {
        id: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          description: "The finding id or one of its aliases (exact, case-insensitive)."
        },
        package: {
          type: "string",
          minLength: 1,
          description: "Exact package name."
        },
        versions: {
          $ref: "#/definitions/semverRange"
        },
        paths: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/glob"
          },
          description: "Must cover the finding's location, or every report that found it."
        },
        asset: {
          $ref: "#/definitions/name"
        },
        rule: {
          $ref: "#/definitions/name",
          description: "Only waive the verdict of this rule."
        },
        reason: {
          type: "string",
          minLength: 3
        },
        owner: {
          type: "string",
          minLength: 1
        },
        "approved-by": {
          type: "string",
          minLength: 1,
          description: "Who approved it: a GitHub login or a team (@org/team). With settings.waiver-approvers, it must be listed there or the waiver does not apply."
        },
        ticket: {
          type: "string",
          minLength: 1
        },
        "vex-justification": {
          enum: [
            "component_not_present",
            "vulnerable_code_not_present",
            "vulnerable_code_not_in_execute_path",
            "vulnerable_code_cannot_be_controlled_by_adversary",
            "inline_mitigations_already_exist"
          ],
          description: "The OpenVEX justification this waiver asserts: -o openvex states the finding not_affected with it (Trivy and Grype --vex then suppress it). Without it a waiver is accepted risk: an affected statement, which no scanner suppresses."
        },
        expires: {
          $ref: "#/definitions/date"
        }
      }
    },
    example: {
      type: "object",
      additionalProperties: !1,
      required: ["finding"],
      properties: {
        name: {
          type: "string"
        },
        finding: {
          $ref: "#/definitions/exampleFinding"
        },
        classification: {
          $ref: "#/definitions/classification",
          description: "Evaluate as if the finding's asset had this classification."
        },
        asset: {
          $ref: "#/definitions/name",
          description: "Evaluate as if the finding belonged to this asset of the policy."
        },
        matches: {
          type: "boolean",
          description: "In rule examples: whether the rule must match (default true)."
        },
        verdict: {
          enum: ["block", "warn", "info", "ignored", "waived"],
          description: "The verdict the policy must give."
        },
        rule: {
          $ref: "#/definitions/name",
          description: "The rule that must decide."
        }
      }
    },
    exampleFinding: {
      type: "object",
      additionalProperties: !1,
      required: ["id"],
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        aliases: {
          type: "array",
          items: {
            type: "string"
          }
        },
        title: {
          type: "string"
        },
        layer: {
          $ref: "#/definitions/layer"
        },
        severity: {
          $ref: "#/definitions/severity"
        },
        fixable: {
          type: "boolean"
        },
        package: {
          type: "string"
        },
        version: {
          type: "string"
        },
        path: {
          type: "string"
        },
        target: {
          type: "string"
        },
        tool: {
          type: "string"
        },
        report: {
          type: "string",
          description: "Path of the report it came from (default example.json)."
        },
        category: {
          type: "string",
          description: "The scanner's category for the check (KICS category, Checkov check category, Prowler service ...)."
        },
        cwe: {
          type: "array",
          items: {
            type: "string"
          }
        },
        epss: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        kev: {
          type: "boolean"
        },
        license: {
          type: "string",
          description: "A licence finding's SPDX expression or licence name (the layer defaults to license)."
        },
        suppressed: {
          oneOf: [{ type: "boolean" }, { type: "string", minLength: 1, maxLength: 1e3 }],
          description: "The scanner suppressed it: true (no justification) or the suppression's justification. settings.scanner-suppressions decides whether it holds."
        }
      }
    },
    deadlines: {
      type: "array",
      description: "Remediation deadlines: a finding of this severity (and classification) open longer than `days` since it was first seen (the baseline records the date) gets `action`. The shortest deadline that matches a finding applies; entries of extended packs are kept, so a file can add deadlines but not loosen them.",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["severity", "days"],
        properties: {
          severity: {
            description: "The finding's effective severity, one or a list.",
            oneOf: [
              { $ref: "#/definitions/severity" },
              { type: "array", minItems: 1, items: { $ref: "#/definitions/severity" } }
            ]
          },
          classification: {
            description: "Only findings of this classification (one or a list); default: every classification.",
            oneOf: [
              { $ref: "#/definitions/classification" },
              {
                type: "array",
                minItems: 1,
                items: { $ref: "#/definitions/classification" }
              }
            ]
          },
          days: {
            type: "integer",
            minimum: 0,
            maximum: 3650,
            description: "Days a finding may stay open (0: it must be fixed the day it appears)."
          },
          action: {
            enum: ["block", "warn"],
            description: "The verdict of a finding past the deadline, when stricter than its own. Default block."
          }
        }
      }
    },
    budgets: {
      type: "array",
      description: "Maximum counts of open findings (not waived, not ignored; existing baseline findings included) per severity, over all findings or those of one classification, asset, control or layer. Exceeding one blocks, naming the budget and the count. `ztgate budget suggest` prints today's counts.",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["id", "max"],
        properties: {
          id: { $ref: "#/definitions/name" },
          description: { type: "string", maxLength: 500 },
          classification: { $ref: "#/definitions/classification" },
          asset: { $ref: "#/definitions/name" },
          control: { $ref: "#/definitions/name" },
          layer: { $ref: "#/definitions/layer" },
          max: {
            type: "object",
            additionalProperties: !1,
            minProperties: 1,
            description: "Severity: the most findings of that effective severity allowed.",
            properties: {
              critical: { $ref: "#/definitions/budgetCount" },
              high: { $ref: "#/definitions/budgetCount" },
              medium: { $ref: "#/definitions/budgetCount" },
              low: { $ref: "#/definitions/budgetCount" },
              info: { $ref: "#/definitions/budgetCount" },
              unknown: { $ref: "#/definitions/budgetCount" }
            }
          },
          action: {
            enum: ["block", "warn"],
            description: "What exceeding the budget does. Default block."
          }
        }
      }
    },
    budgetCount: {
      type: "integer",
      minimum: 0
    },
    testFile: {
      type: "object",
      additionalProperties: !1,
      required: ["tests"],
      properties: {
        $schema: {
          type: "string"
        },
        tests: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/example"
          }
        }
      }
    }
  }
};

// src/policy/document.ts
function validatePolicyDocument(source) {
  return check(validatePolicy, source);
}
function validateTestFile(source) {
  return check(validateTests, source);
}
function check(validate, source) {
  if (validate(source.value)) return source.value;
  let error = validate.errors?.[0];
  if (!error) throw new GateError("invalid document", { file: source.file });
  let { pointer, message } = describeSchemaError(error);
  throw new GateError(message, { file: source.file, ...source.locate(pointer) });
}
function describeSchemaError(error) {
  let where = error.instancePath || "/", params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: `unknown key "${String(params.additionalProperty)}" at ${where}`
      };
    case "required":
      return {
        pointer: error.instancePath,
        message: `missing required key "${String(params.missingProperty)}" at ${where}`
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `${where} must be one of: ${params.allowedValues.join(", ")}`
      };
    default:
      return { pointer: error.instancePath, message: `${where} ${error.message ?? "is invalid"}` };
  }
}

export {
  policy_schema_default,
  validatePolicyDocument,
  validateTestFile
};
