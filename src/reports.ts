// Reading reports from disk: the I/O edge before parsing. Each file is read, decoded once,
// checked for error-only content, then handed to its parser.
import { readFileSync, statSync } from "node:fs";
import { decodeReport, type ReportInput } from "./decode.js";
import { GateError } from "./errors.js";
import type { Finding } from "./finding.js";
import { detectParser, PARSERS } from "./parsers/index.js";
import { rejectErrorReport } from "./parsers/error-report.js";
import { streamReport, type StreamLimits } from "./stream/index.js";

/**
 * Reports larger than this are streamed instead of read as one string: V8 caps strings at
 * ~512 MiB, and streaming keeps memory to the findings (the whole document is never held).
 * Formats without `stream` are still read whole up to V8's limit. Tests pass 0 to force it.
 */
export const STREAM_ABOVE_BYTES = 128 * 2 ** 20;

export interface ParsedReport {
  path: string;
  format: string;
  findings: Finding[];
  /** The report's own creation time, when the format records one. */
  createdAt?: string;
}

export interface ReportRequest {
  path: string;
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
function reportSize(path: string): number {
  try {
    const stat = statSync(path);
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
  reportSize(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw readError(err, path);
  }
  return decodeReport(bytes, path);
}

/** Decoded input → findings. Pure: used by the CLI, the action and the tests alike. */
export function parseReport(input: ReportInput, forcedFormat?: string): ParsedReport {
  rejectErrorReport(input);
  const parser = detectParser(input, forcedFormat);
  const findings = parser.parse(input);
  const createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: input.path, format: parser.id, findings, ...(createdAt ? { createdAt } : {}) };
}

export function loadReport(request: ReportRequest): ParsedReport {
  return loadReportStreamingAbove(request, STREAM_ABOVE_BYTES);
}

/** loadReport with the streaming threshold as an argument (tests force streaming with 0). */
export function loadReportStreamingAbove(
  request: ReportRequest,
  streamAbove: number,
  limits: StreamLimits = {},
): ParsedReport {
  const size = reportSize(request.path);
  if (size <= streamAbove) {
    return parseReport(readReport(request), request.format);
  }
  const streamed = streamReport(
    request.path,
    size,
    PARSERS,
    (skeleton) => {
      rejectErrorReport(skeleton);
      return detectParser(skeleton, request.format);
    },
    limits,
  );
  if (!streamed) return parseReport(readReport(request), request.format);
  const { parser, input, findings } = streamed;
  const createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: request.path, format: parser.id, findings, ...(createdAt ? { createdAt } : {}) };
}
