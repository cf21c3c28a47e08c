// -o openvex: an OpenVEX v0.2.0 document (https://github.com/openvex/spec) of what the gate
// let through without a fix, for scanners to read back (trivy --vex, grype --vex). The
// statement rules are in openvex-statement.ts; this is the document around them.
import * as crypto from "node:crypto";
import { safeJson } from "../model/safe-text.js";
import { vexStatement } from "./openvex-statement.js";
import type { Reporter } from "./types.js";

export const OPENVEX_CONTEXT = "https://openvex.dev/ns/v0.2.0";

export const openvex: Reporter = {
  id: "openvex",
  description:
    "an OpenVEX document: a statement per waived or ignored finding with a package or image",
  render(evaluation, context) {
    const timestamp = evaluation.evaluatedAt;
    const seen = new Set<string>();
    const statements = evaluation.findings.flatMap((e) => {
      const s = vexStatement(e, timestamp);
      // One per fingerprint: dedupe already merged the scanners' copies of a finding.
      if (!s || seen.has(s["@id"])) return [];
      seen.add(s["@id"]);
      return [s];
    });
    // The same statements at the same time are the same document, so the id is their hash.
    const id = crypto
      .createHash("sha256")
      .update(JSON.stringify([timestamp, statements]))
      .digest("hex");
    const doc = {
      "@context": OPENVEX_CONTEXT,
      "@id": `urn:ztgate:openvex:${id}`,
      author: `ztgate policy ${evaluation.policy.source}`,
      timestamp,
      version: 1,
      tooling: `ztgate ${context.version}`,
      statements,
    };
    return safeJson(doc, 2) + "\n";
  },
};
