// FIRST's EPSS scores (epss_scores-YYYY-MM-DD.csv), read strictly: the first line is the
// `#model_version:...,score_date:...` comment (the snapshot's age is measured from it), then
// the header `cve,epss,percentile`, then one row per CVE. Anything else is exit 2 naming the
// file and line: a row skipped is an `epss:` rule silently missed.
import { GateError } from "../model/errors.js";
import { CVE_ID, type EpssCatalog } from "./catalog.js";

const HEADER = "cve,epss,percentile";
const COMMENT =
  /^#model_version:([\w.-]{1,32}),score_date:(\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2}))$/;
/** A probability as FIRST writes it: 0 to 1 in decimal notation. */
const PROBABILITY = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)(?:e-\d+)?$/i;

export function parseEpssCsv(text: string, file: string): EpssCatalog {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const comment = COMMENT.exec(lines[0] ?? "");
  if (!comment) {
    throw new GateError(
      "is not an EPSS file: the first line must be #model_version:...,score_date:... " +
        "(the score date is what its age is checked against)",
      { file, line: 1 },
    );
  }
  const scored = new Date(normaliseOffset(comment[2]!));
  if (Number.isNaN(scored.getTime())) {
    throw new GateError(`has an unreadable score_date ${JSON.stringify(comment[2])}`, {
      file,
      line: 1,
    });
  }
  if (lines[1] !== HEADER) {
    throw new GateError(
      `is not an EPSS file: the header is ${JSON.stringify(lines[1] ?? "")}, not "${HEADER}"`,
      { file, line: 2 },
    );
  }
  const scores = new Map<string, number>();
  for (let i = 2; i < lines.length; i++) {
    const [cve, epss, percentile, extra] = lines[i]!.split(",");
    const line = i + 1;
    if (extra !== undefined || cve === undefined || !CVE_ID.test(cve)) {
      throw new GateError(`row ${JSON.stringify(lines[i])} is not cve,epss,percentile`, {
        file,
        line,
      });
    }
    const score = probability(epss, file, line);
    probability(percentile, file, line);
    const key = cve.toUpperCase();
    if (scores.has(key)) throw new GateError(`lists ${key} twice`, { file, line });
    scores.set(key, score);
  }
  return { kind: "epss", file, model: comment[1]!, scored, scores };
}

function probability(value: string | undefined, file: string, line: number): number {
  const n = value !== undefined && PROBABILITY.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) {
    throw new GateError(`${JSON.stringify(value ?? "")} is not a probability between 0 and 1`, {
      file,
      line,
    });
  }
  return n;
}

/** "+0000" → "+00:00": the form Date parses on every Node. */
function normaliseOffset(date: string): string {
  return date.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
}
