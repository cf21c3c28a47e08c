// Escaping for the XML and HTML reporters. Findings carry text from scanner reports, which
// can be hostile ("<script>", quotes that close an attribute, control characters that make
// XML unparseable), so every value goes through here on its way into markup.

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

/** Safe in element text and in quoted attribute values, for both XML and HTML. */
export function escapeMarkup(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/[&<>"'\n\r]/g, (c) => ENTITIES[c] ?? c);
}

// A lone surrogate (half of an emoji, cut by a scanner or planted in a report) makes
// encodeURI and encodeURIComponent throw; it becomes U+FFFD before a value is put in a URI.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}
