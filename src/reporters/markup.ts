// Escaping for the XML and HTML reporters. Findings carry text from scanner reports, which
// can be hostile ("<script>", quotes that close an attribute, control characters that make
// XML unparseable), so every value goes through here on its way into markup.
import { UNSAFE_BESIDE_LINE_BREAKS } from "../model/safe-text.js";

export { wellFormed } from "../model/safe-text.js";

// Characters XML 1.0 does not allow at all, even escaped (and lone surrogates).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Line breaks as references, so that no text from a report starts a line of the output: a
  // report printed to a CI log must not begin a workflow command ("::add-mask::...").
  "\n": "&#10;",
  "\r": "&#13;",
};

// The output rule (src/safe-text.ts) in markup: the other controls, DEL, C1 and the bidi
// controls are shown as U+FFFD like the characters XML forbids (a browser would apply a
// reference to U+202E just as the raw character), and the "#" of a "##[" runner command is
// written as a reference (the same text to an XML reader, no command in a log).
// Tab and line breaks are kept: markup can carry them (line breaks become references below).
const RUNNER_COMMAND = /#(?=#(?:vso|teamcity)?\[)/gi;

/** Safe in element text and in quoted attribute values, for both XML and HTML. */
export function escapeMarkup(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(UNSAFE_BESIDE_LINE_BREAKS, "\uFFFD")
    .replace(/[&<>"'\n\r]/g, (c) => ENTITIES[c] ?? c)
    .replace(RUNNER_COMMAND, "&#35;");
}
