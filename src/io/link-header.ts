// The `Link` header of a paginated GitHub list (RFC 8288): `<URL>; rel="next", <URL>;
// rel="last"`. Pure, so the pagination rule is tested on its own.

/**
 * The next page's URL, or undefined on the last page. A next page outside the API (another
 * origin or path prefix) is refused: the token is sent with every page.
 */
export function nextPageUrl(header: string | null | undefined, api: string): string | undefined {
  if (!header) return undefined;
  for (const part of splitLinks(header)) {
    const m = /^\s*<([^>]*)>\s*((?:;[^;]*)*)$/.exec(part);
    if (!m) throw new Error(`the Link header is not a list of <URL>; rel=... links`);
    const rels = [...m[2]!.matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;"]+))/gi)]
      .map((r) => (r[1] ?? r[2] ?? "").toLowerCase().split(/\s+/))
      .flat();
    if (!rels.includes("next")) continue;
    const url = new URL(m[1]!, `${api}/`);
    const base = new URL(`${api}/`);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new Error(`the next page's link leaves the API (${url.origin}${url.pathname})`);
    }
    return url.href;
  }
  return undefined;
}

/** Links are separated by commas outside <...> (a URL may hold commas). */
function splitLinks(header: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === "<") depth++;
    else if (c === ">") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      parts.push(header.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(header.slice(start));
  return parts.filter((p) => p.trim() !== "");
}
