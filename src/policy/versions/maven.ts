// Maven versions, ported from Maven's ComparableVersion (maven-artifact): lists of number and
// qualifier items split at ".", "-" and digit/letter transitions; qualifiers ordered
// alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < any other
// (those alphabetically). Every string is a Maven version, so every version parses.
import { compareDigits, sign, type VersionScheme } from "./scheme.js";

type Item = { kind: "int"; value: string } | { kind: "string"; value: string } | ListItem;
interface ListItem {
  kind: "list";
  items: Item[];
}

const QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
const ALIASES: Record<string, string> = { ga: "", final: "", release: "", cr: "rc" };
const RELEASE = String(QUALIFIERS.indexOf(""));

function stringItem(value: string, followedByDigit: boolean): Item {
  const short = { a: "alpha", b: "beta", m: "milestone" }[value];
  const name = followedByDigit && short ? short : value;
  return { kind: "string", value: ALIASES[name] ?? name };
}

function parseItem(text: string): Item {
  return /^\d+$/.test(text)
    ? { kind: "int", value: text.replace(/^0+/, "") }
    : stringItem(text, false);
}

function isNull(item: Item): boolean {
  if (item.kind === "int") return item.value === "";
  if (item.kind === "string") return item.value === "";
  return item.items.length === 0;
}

function normalize(list: ListItem): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    const last = list.items[i]!;
    if (isNull(last)) list.items.splice(i, 1);
    else if (last.kind !== "list") break;
  }
}

function parse(text: string): ListItem {
  const version = text.trim().toLowerCase();
  const root: ListItem = { kind: "list", items: [] };
  const stack: ListItem[] = [root];
  let list = root;
  let isDigit = false;
  let start = 0;
  const nest = () => {
    const sub: ListItem = { kind: "list", items: [] };
    list.items.push(sub);
    list = sub;
    stack.push(sub);
  };
  for (let i = 0; i < version.length; i++) {
    const c = version[i]!;
    if (c === "." || c === "-") {
      list.items.push(
        i === start ? { kind: "int", value: "" } : parseItem(version.slice(start, i)),
      );
      start = i + 1;
      if (c === "-") nest();
    } else if (c >= "0" && c <= "9") {
      if (!isDigit && i > start) {
        list.items.push(stringItem(version.slice(start, i), true));
        start = i;
        nest();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(version.slice(start, i)));
        start = i;
        nest();
      }
      isDigit = false;
    }
  }
  if (version.length > start) list.items.push(parseItem(version.slice(start)));
  while (stack.length > 0) normalize(stack.pop()!);
  return root;
}

function qualifierKey(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

/** ComparableVersion's Item.compareTo, with undefined for Java's null (nothing left). */
function compareItem(a: Item, b: Item | undefined): number {
  if (a.kind === "int") {
    if (!b) return a.value === "" ? 0 : 1;
    return b.kind === "int" ? compareDigits(a.value, b.value) : 1;
  }
  if (a.kind === "string") {
    if (!b) return sign(qualifierKey(a.value), RELEASE);
    return b.kind === "string" ? sign(qualifierKey(a.value), qualifierKey(b.value)) : -1;
  }
  if (!b) {
    for (const item of a.items) {
      const r = compareItem(item, undefined);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (b.kind === "int") return -1;
  if (b.kind === "string") return 1;
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const l = a.items[i];
    const r = b.items[i];
    const result = l ? compareItem(l, r) : r ? -compareItem(r, undefined) : 0;
    if (result !== 0) return result;
  }
  return 0;
}

export const maven: VersionScheme<ListItem> = {
  name: "maven",
  parse: (version) => (version.trim() ? parse(version) : undefined),
  compare: compareItem,
};
