// A decoded report, as every parser receives it (decoding: reports/decode.ts).
/** What parsers receive: the decoded document and where it came from. */
export interface ReportInput {
  /** The report path as the user gave it (used in messages and for asset assignment). */
  path: string;
  /** Decoded text with LF line endings. */
  text: string;
  /** Which syntax the text is in. */
  syntax: "json" | "ndjson" | "xml";
  /**
   * The parsed JSON value; for NDJSON (one value per line, or values written one after another,
   * as govulncheck does) the array of values; undefined for XML.
   */
  json: unknown;
}
