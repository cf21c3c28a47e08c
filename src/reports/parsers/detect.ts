// Exclusive format detection (DESIGN §1.6: a document two parsers claim is never a pass).
// Every detector runs; exactly one may claim the document. Then, whichever parser reads it
// (detected, or forced with FORMAT:PATH), no other format's findings container may be in it
// beside the ones that parser reads, and only one variant's of its own (a parser reads one
// variant per document): findings no parser reads would be a silent pass.
import type { ReportInput } from "../../model/report-input.js";
import { GateError } from "../../model/errors.js";
import { holds } from "./containers.js";
import type { Parser } from "./types.js";

/** The parser that reads `input`: the forced one, else the only one that claims it. */
export function resolveParser(
  parsers: readonly Parser[],
  input: ReportInput,
  forced?: string,
): Parser {
  const parser = forced ? forcedParser(parsers, input, forced) : onlyClaimant(parsers, input);
  rejectForeignContainers(parsers, parser, input);
  rejectMixedVariants(parser, input);
  return parser;
}

function forcedParser(parsers: readonly Parser[], input: ReportInput, forced: string): Parser {
  const parser = parsers.find((p) => p.id === forced);
  if (!parser) {
    throw new GateError(`unknown format "${forced}" (see \`ztgate formats\`)`, {
      file: input.path,
    });
  }
  return parser;
}

function onlyClaimant(parsers: readonly Parser[], input: ReportInput): Parser {
  const claimants = parsers.filter((p) => p.detect(input));
  if (claimants.length === 0) {
    throw new GateError(
      "unrecognised format: not a report of any supported scanner (see `ztgate formats`, or force one with FORMAT:PATH)",
      { file: input.path },
    );
  }
  if (claimants.length > 1) {
    const ids = claimants.map((p) => p.id);
    throw new GateError(
      `is claimed by ${ids.length} formats (${ids.join(", ")}): it has the shape of each, so it is read as none; force the one it is with FORMAT:PATH (${ids.map((id) => `${id}:PATH`).join(" or ")})`,
      { file: input.path },
    );
  }
  return claimants[0]!;
}

const containersOf = (parser: Parser) => Object.values(parser.containers).flat();

/** Other formats' containers present in the document that `parser` does not read. */
export function foreignContainers(
  parsers: readonly Parser[],
  parser: Parser,
  input: ReportInput,
): { format: string; container: string }[] {
  const own = new Set(containersOf(parser));
  const found: { format: string; container: string }[] = [];
  for (const other of parsers) {
    if (other === parser) continue;
    const container = containersOf(other).find((c) => !own.has(c) && holds(input.json, c));
    if (container) found.push({ format: other.id, container });
  }
  return found;
}

function rejectForeignContainers(parsers: readonly Parser[], parser: Parser, input: ReportInput) {
  const foreign = foreignContainers(parsers, parser, input);
  if (foreign.length === 0) return;
  const what = foreign.map((f) => `${f.format} findings (${f.container})`).join(", ");
  const formats = foreign.map((f) => `${f.format}:PATH`).join(" or ");
  throw new GateError(
    `is read as ${parser.id} but also holds ${what}, which ${parser.id} does not read: one report per file, or force the format it is with FORMAT:PATH (${formats})`,
    { file: input.path },
  );
}

function rejectMixedVariants(parser: Parser, input: ReportInput) {
  const present = Object.entries(parser.containers)
    .filter(([, paths]) => paths.some((c) => holds(input.json, c)))
    .map(([variant]) => variant);
  if (present.length < 2) return;
  throw new GateError(
    `holds the findings of ${present.length} variants of ${parser.id} (${present.join(", ")}), and a ${parser.id} report is read as one variant: one report per file`,
    { file: input.path },
  );
}
