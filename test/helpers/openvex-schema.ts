// The vendored OpenVEX v0.2.0 schema (test/schemas/README.md says where it comes from),
// compiled once with a 2020-12 validator, as the schema declares.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "../schemas/openvex_json_schema.json"), "utf8"),
) as object;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
// ajv-formats has no "iri": an absolute IRI is a scheme, a colon, then no white space.
ajv.addFormat("iri", /^[a-z][a-z0-9+.-]*:\S+$/i);
const validate = ajv.compile(schema);

/** Schema errors of an OpenVEX document ("" when it is valid). */
export function openvexSchemaErrors(doc: unknown): string {
  return validate(doc) ? "" : ajv.errorsText(validate.errors, { separator: "\n" });
}
