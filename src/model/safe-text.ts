// The one escaping rule for everything ztgate prints. Reports and policies are untrusted (a
// pull request writes them), and their text reaches CI logs, terminals, PR comments and pages:
// - a character that acts on a terminal, a CI runner or the reading order is never printed
//   raw: C0 and C1 controls (ESC, BEL, CR, LF, ...), DEL, the line and paragraph separators
//   and the bidi controls (U+202E turns "gnp.exe" into "exe.png"). Text shows it as "?";
//   markup and JSON write it as a replacement character or an escape (their reporters);
// - no line starts with a workflow command: the GitHub runner reads a line whose first
//   non-blank characters are "::" as a command (TryParseV2 trims leading whitespace) and
//   "##[" anywhere in a line as one too (TryParse); Azure Pipelines ("##vso[") and TeamCity
//   ("##teamcity[") do the same. The character that would make one is shown as "?".
// Pure functions, used by the reporters on each value and by the sink (src/sink.ts) on every
// line, so a value a reporter forgot still cannot take over the log.

const BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069";
// Everything but tab, LF and CR; those three are decided by each writer.
const OTHER_UNSAFE = `\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}`;
const UNSAFE_IN_VALUE = new RegExp(`[\\t\\n\\r${OTHER_UNSAFE}]`, "g");
// In a block of lines: the same, but LF, CRLF and tab are ours (a lone CR is not: on a
// terminal it returns to the start of the line, to overwrite "BLOCKED" with "PASSED").
const UNSAFE_IN_BLOCK = new RegExp(`\\r(?!\\n)|[${OTHER_UNSAFE}]`, "g");
/**
 * The unsafe characters besides tab and line breaks, for writers that carry those themselves
 * and escape or replace the rest (markup, JSON). A regex without LF: JSON's indentation has
 * one per line, and a callback per match cost 0.2 s on 35 MB.
 */
export const UNSAFE_BESIDE_LINE_BREAKS = new RegExp(`[${OTHER_UNSAFE}]`, "g");

// "::" first on a line, after any blanks (JS \s covers .NET's whitespace but U+0085, which is
// a control and already "?"); "##[", "##vso[", "##teamcity[" anywhere.
const COMMAND_START = /(^|\n)([^\S\n]*):(?=:)/g;
const COMMAND_ANYWHERE = /#(?=#(?:vso|teamcity)?\[)/gi;

function defuseCommands(text: string): string {
  return text.replace(COMMAND_START, "$1$2?").replace(COMMAND_ANYWHERE, "?");
}

/** One untrusted value on one line: unsafe characters (newlines too) as "?", no command. */
export function printableLine(value: string): string {
  return defuseCommands(value.replace(UNSAFE_IN_VALUE, "?"));
}

export interface BlockOptions {
  /** Escape sequences this writer emits itself on a terminal (colours, erase line). */
  allow?: RegExp;
}

/** A block of lines ztgate wrote: the rule on every line, line breaks kept. Idempotent. */
export function printableText(text: string, options: BlockOptions = {}): string {
  const { allow } = options;
  if (!allow) return defuseCommands(text.replace(UNSAFE_IN_BLOCK, "?"));
  const unsafe = new RegExp(`(${allow.source})|${UNSAFE_IN_BLOCK.source}`, "g");
  return defuseCommands(text.replace(unsafe, (c, allowed?: string) => allowed ?? "?"));
}

/** SGR colours the console paints with (src/reporters/console.ts), and nothing else. */
// eslint-disable-next-line no-control-regex
export const CONSOLE_COLOURS = /\u001b\[(?:0|1|3[1-5]|90)m/;

/** JSON text with the unsafe characters and "##[" escaped (\uXXXX): same value, safe bytes. */
export function safeJson(value: unknown, indent?: number): string {
  // JSON.stringify escapes C0 inside strings (tab and line breaks too): what is left raw is
  // C1, DEL, U+2028/9 and the bidi controls.
  return JSON.stringify(value, null, indent)
    .replace(
      UNSAFE_BESIDE_LINE_BREAKS,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    )
    .replace(COMMAND_ANYWHERE, "\\u0023");
}

// A lone surrogate (half of an emoji, cut by a scanner or planted in a report) makes the URL
// parser and encodeURI throw or guess; it becomes U+FFFD first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

// What may stay unencoded in a link ztgate writes: RFC 3986's unreserved and reserved
// characters without those that end or break a markdown link, an HTML attribute or a table
// cell ( ( ) ' * and space are encoded; < > " ` | \ { } are already by the URL parser or here).
// "[" and "]" only in the host (IPv6); after it they are encoded, so "##[" cannot appear.
const LINK_SAFE_HEAD = /[^A-Za-z0-9\-._~:/?#[\]@!$&+,;=%]/g;
const LINK_SAFE_TAIL = /[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g;
const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * A finding URL as it may appear in markdown or HTML: an absolute http(s) URL, normalised by
 * the WHATWG parser (which also drops the tabs and newlines a browser would ignore, so
 * "java\nscript:" is seen as what it is), with every character that could close the link
 * percent-encoded. Anything else (javascript:, data:, relative, unparsable) is no link.
 */
export function linkUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(wellFormed(raw));
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  // For http(s), href is scheme, authority, then path, query and fragment.
  const tail = url.pathname + url.search + url.hash;
  const head = url.href.slice(0, url.href.length - tail.length);
  return head.replace(LINK_SAFE_HEAD, percent) + tail.replace(LINK_SAFE_TAIL, percent);
}
