// Reading reports from disk: the I/O edge before parsing. Each file is read, decoded once,
// checked for error-only content, then handed to its parser.
import { readFileSync, statSync } from "node:fs";
import { decodeReport, type ReportInput } from "./decode.js";
import { GateError } from "../model/errors.js";
import { LAYERS, type Layer } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import { detectParser, PARSERS, type Parser } from "./parsers/index.js";
import type { ReportSubject } from "./parsers/types.js";
import { rejectErrorReport } from "./parsers/error-report.js";
import { streamReport, type OnStreamProgress, type StreamLimits } from "./stream/index.js";

/**
 * Reports larger than this are streamed instead of read as one string: V8 caps strings at
 * ~512 MiB, and streaming keeps memory to the findings (the whole document is never held).
 * Streaming a pretty-printed report costs what reading it whole does (measured from 11 to
 * 225 MB on Grype, Trivy, SARIF and Checkov reports; see docs/design.md, Performance) and
 * holds less (a 112 MB SARIF report: 0.23 GB instead of 0.47 GB), so it starts where the
 * memory saved begins to matter. Formats without `stream`, and reports mostly outside the
 * arrays that stream, are still read whole (src/stream/index.ts, readWholeAbove). Tests
 * pass 0 to force it.
 */
export const STREAM_ABOVE_BYTES = 16 * 2 ** 20;

export interface ParsedReport {
  path: string;
  format: string;
  findings: Finding[];
  /** The report's own creation time, when the format records one. */
  createdAt?: string;
}

/** A parsed report with the layers it is evidence for (`require.layers`; see reportLayers). */
export interface EvidenceReport extends ParsedReport {
  layers: Layer[];
  /** The image, digests and revision the report names (Parser.subject; empty when none). */
  subject: ReportSubject;
  /** The format records a creation time (Parser.timestamp), so `require.timestamps` can hold it to one. */
  timestamped: boolean;
}

export interface ReportRequest {
  /** The report's name in messages and findings (its repository path when it is in one). */
  path: string;
  /** Where to read it (default: `path`). */
  file?: string;
  /** Format forced on the command line with FORMAT:PATH. */
  format?: string;
}

/** "trivy:scan.json" forces a format; a plain path (even with a drive letter) does not. */
export function parseReportArg(arg: string): ReportRequest {
  const m = /^([a-z][a-z0-9-]+):(.+)$/.exec(arg);
  if (m && m[1] && m[2] && m[1].length > 1) return { format: m[1], path: m[2] };
  return { path: arg };
}

/** The size of a report file; a missing or unreadable one is a GateError naming it. */
function reportSize(file: string, path = file): number {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new GateError("is a directory, not a report", { file: path });
    return stat.size;
  } catch (err) {
    throw readError(err, path);
  }
}

function readError(err: unknown, path: string): GateError {
  if (err instanceof GateError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
  return new GateError(`report ${why}: a missing report is not a pass`, { file: path });
}

export function readReport(request: ReportRequest): ReportInput {
  const { path } = request;
  const file = request.file ?? path;
  reportSize(file, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw readError(err, path);
  }
  return decodeReport(bytes, path);
}

/** Decoded input → findings. Pure: used by the CLI, the action and the tests alike. */
export function parseReport(input: ReportInput, forcedFormat?: string): ParsedReport {
  return parseWith(input, forcedFormat).report;
}

/** parseReport plus the layers the report is evidence for. */
export function parseEvidence(input: ReportInput, forcedFormat?: string): EvidenceReport {
  const { report, parser } = parseWith(input, forcedFormat);
  return evidenceOf(parser, input, report);
}

function parseWith(input: ReportInput, forcedFormat?: string) {
  rejectErrorReport(input);
  const parser = detectParser(input, forcedFormat);
  return { report: reportOf(parser, input, parser.parse(input)), parser };
}

/** The parsed report: findings, plus the report's own creation time when it records one. */
function reportOf(parser: Parser, input: ReportInput, findings: Finding[]): ParsedReport {
  parser.checkTotals?.(input, findings);
  const createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: input.path, format: parser.id, findings, ...(createdAt ? { createdAt } : {}) };
}

const NO_SUBJECT: ReportSubject = { images: [], digests: [], revisions: [] };

function evidenceOf(parser: Parser, input: ReportInput, report: ParsedReport): EvidenceReport {
  return {
    ...report,
    layers: reportLayers(parser, input, report.findings),
    subject: parser.subject?.(input) ?? NO_SUBJECT,
    timestamped: parser.timestamp !== undefined,
  };
}

/**
 * The layers a report is evidence for: the layers of its findings, plus what the parser says
 * was scanned (`coverage`), or the parser's only layer. A multi-layer format without
 * `coverage` proves nothing for a layer it found nothing in: evidence is not assumed.
 */
function reportLayers(parser: Parser, input: ReportInput, findings: Finding[]): Layer[] {
  const scanned = parser.coverage?.(input) ?? (parser.layers.length === 1 ? parser.layers : []);
  const found = new Set<Layer>([...scanned, ...findings.map((f) => f.layer)]);
  return LAYERS.filter((l) => found.has(l));
}

export function loadReport(request: ReportRequest): ParsedReport {
  return loadWith(request, STREAM_ABOVE_BYTES).report;
}

export function loadEvidence(
  request: ReportRequest,
  onProgress?: OnStreamProgress,
): EvidenceReport {
  return loadEvidenceStreamingAbove(request, STREAM_ABOVE_BYTES, {}, onProgress);
}

/** loadEvidence with the streaming threshold as an argument (tests force streaming with 0). */
export function loadEvidenceStreamingAbove(
  request: ReportRequest,
  streamAbove: number,
  limits: StreamLimits = {},
  onProgress?: OnStreamProgress,
): EvidenceReport {
  const { report, parser, input } = loadWith(request, streamAbove, limits, onProgress);
  return evidenceOf(parser, input, report);
}

/** Reads a report whole, or streams it when it is larger than `streamAbove` bytes. */
function loadWith(
  request: ReportRequest,
  streamAbove: number,
  limits: StreamLimits = {},
  onProgress?: OnStreamProgress,
) {
  const size = reportSize(request.file ?? request.path, request.path);
  if (size > streamAbove) {
    const detect = (skeleton: ReportInput) => {
      rejectErrorReport(skeleton);
      return detectParser(skeleton, request.format);
    };
    const streamed = streamReport(
      request.path,
      size,
      PARSERS,
      detect,
      limits,
      request.file,
      onProgress,
    );
    if (streamed) {
      const { parser, input, findings } = streamed;
      return { report: reportOf(parser, input, findings), parser, input };
    }
  }
  const input = readReport(request);
  return { ...parseWith(input, request.format), input };
}
