// The vendored SARIF 2.1.0 schema (test/schemas/README.md says where it comes from), compiled
// once with a draft-04 validator, as the schema declares.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "../schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
) as object;

// The schema has a pattern (language tags) that is invalid as a unicode regular expression.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF log ("" when it is valid). */
export function sarifSchemaErrors(log: unknown): string {
  return validate(log) ? "" : ajv.errorsText(validate.errors, { separator: "\n" });
}
