// Reading the enrichment catalogues (--kev FILE, --epss FILE; the action's kev and epss
// inputs): plain or gzipped, told apart by the gzip magic bytes rather than the file name, so
// `epss_scores-current.csv.gz` saved without its extension still reads. Parsing is pure
// (src/enrichment/); this is the file edge.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Catalogs } from "../enrichment/catalog.js";
import { parseEpssCsv } from "../enrichment/epss.js";
import { parseKevCatalog } from "../enrichment/kev.js";
import { GateError } from "../model/errors.js";
import { decodeText } from "../reports/decode.js";

/** The full EPSS CSV is about 15 MB and the KEV JSON about 1.5 MB; a bomb stops here. */
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

export interface CatalogPaths {
  kev?: string;
  epss?: string;
}

/** The catalogues named, read from `cwd`; none named is undefined (no enrichment). */
export function readCatalogs(paths: CatalogPaths, cwd: string): Catalogs | undefined {
  if (paths.kev === undefined && paths.epss === undefined) return undefined;
  return {
    ...(paths.kev === undefined
      ? {}
      : { kev: parseKevCatalog(catalogText(paths.kev, cwd), paths.kev) }),
    ...(paths.epss === undefined
      ? {}
      : { epss: parseEpssCsv(catalogText(paths.epss, cwd), paths.epss) }),
  };
}

function catalogText(path: string, cwd: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw new GateError(`catalog ${why}`, { file: path });
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED_BYTES });
    } catch (err) {
      throw new GateError(`is not a readable gzip file (${(err as Error).message})`, {
        file: path,
      });
    }
  }
  return decodeText(bytes, path);
}
