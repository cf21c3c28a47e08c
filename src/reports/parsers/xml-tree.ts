// XML reports as a tree of plain objects, read strictly: the Dependency-Check and ZAP XML
// readers map it to their JSON shape so one parser reads both. Entities are never expanded
// (a DOCTYPE or entity declaration is refused: no XXE, no entity bombs), and every singleton
// is read through `one`/`text`, so a repeated element (which the XML parser turns into an
// array a lenient reader would drop) is an error naming the file, never a lost finding.
import { XMLParser } from "fast-xml-parser";
import { GateError } from "../../model/errors.js";
import { lookup } from "../../model/lookup.js";
import { isObject, type Json } from "./fields.js";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The five predefined XML entities and numeric references; nothing user-defined. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X"))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return lookup(ENTITIES, ref) ?? whole;
  });
}

/**
 * The document's elements; attributes are keys prefixed with "@". `lists` are the element
 * paths ("root.a.b") that may repeat: always arrays, even with one element.
 */
export function parseXmlTree(
  text: string,
  file: string,
  lists: readonly RegExp[],
  /** How attributes are keyed: "@name" by default, "" to key them as their bare name. */
  attributePrefix = "@",
): Json {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new GateError("XML with a DOCTYPE or entity declaration is refused", { file });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: attributePrefix,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    isArray: (_name, jpath) => lists.some((re) => re.test(String(jpath))),
    tagValueProcessor: (_name, value) => decodeEntities(value),
    attributeValueProcessor: (_name, value) => decodeEntities(value),
  });
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (err) {
    throw new GateError(`is not valid XML (${err instanceof Error ? err.message : String(err)})`, {
      file,
    });
  }
  if (!isObject(doc)) throw new GateError("is not an XML document", { file });
  return doc;
}

/** Strict readers of one XML tree; every error names the file. */
export class XmlReader {
  constructor(private readonly file: string) {}

  error(message: string): GateError {
    return new GateError(message, { file: this.file });
  }

  /** A singleton element: absent or empty is undefined; repeated or text-only is an error. */
  one(parent: Json, name: string): Json | undefined {
    const value = parent[name];
    if (value === undefined || value === "") return undefined;
    if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
    if (!isObject(value)) throw this.error(`<${name}> must hold elements, not text`);
    return value;
  }

  /** The text of a singleton element or an attribute; repeated is an error. */
  text(parent: Json, name: string): string | undefined {
    const value = parent[name];
    if (value === undefined) return undefined;
    if (typeof value === "string") return value.trim() || undefined;
    if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
    // An element with attributes keeps its text under "#text".
    if (isObject(value))
      return typeof value["#text"] === "string" ? value["#text"].trim() : undefined;
    throw this.error(`<${name}> must be text`);
  }

  /**
   * Informational text an element may carry more than once (ZAP 1.x writes `<otherinfo>` for
   * the instance and the alert): the texts joined. Never for a field that decides a verdict.
   */
  notes(parent: Json, name: string): string | undefined {
    const value = parent[name];
    if (!Array.isArray(value)) return this.text(parent, name);
    const texts = value.map((v: unknown) => this.text({ [name]: v }, name)).filter(Boolean);
    return texts.length > 0 ? texts.join("\n") : undefined;
  }

  /** The `child` elements of `parent`, which the tree lists as an array (see parseXmlTree). */
  each(parent: Json, child: string): Json[] {
    const items = parent[child];
    if (items === undefined) return [];
    if (!Array.isArray(items)) throw this.error(`<${child}> must be listed`);
    return items.map((item) => {
      if (!isObject(item)) throw this.error(`<${child}> must hold elements`);
      return item;
    });
  }
}
