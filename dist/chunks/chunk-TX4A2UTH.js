import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  CVE_ID
} from "./chunk-YXWZ77PM.js";
import {
  decodeText
} from "./chunk-AZ3UIT6N.js";
import {
  parseJsonFile
} from "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/io/enrichment-files.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";

// src/enrichment/epss.ts
var HEADER = "cve,epss,percentile", COMMENT = /^#model_version:([\w.-]{1,32}),score_date:(\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2}))$/, PROBABILITY = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)(?:e-\d+)?$/i;
function parseEpssCsv(text, file) {
  let lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.at(-1) === "" && lines.pop();
  let comment = COMMENT.exec(lines[0] ?? "");
  if (!comment)
    throw new GateError(
      "is not an EPSS file: the first line must be #model_version:...,score_date:... (the score date is what its age is checked against)",
      { file, line: 1 }
    );
  let scored = new Date(normaliseOffset(comment[2]));
  if (Number.isNaN(scored.getTime()))
    throw new GateError(`has an unreadable score_date ${JSON.stringify(comment[2])}`, {
      file,
      line: 1
    });
  if (lines[1] !== HEADER)
    throw new GateError(
      `is not an EPSS file: the header is ${JSON.stringify(lines[1] ?? "")}, not "${HEADER}"`,
      { file, line: 2 }
    );
  let scores = /* @__PURE__ */ new Map();
  for (let i = 2; i < lines.length; i++) {
    let [cve, epss, percentile, extra] = lines[i].split(","), line = i + 1;
    if (extra !== void 0 || cve === void 0 || !CVE_ID.test(cve))
      throw new GateError(`row ${JSON.stringify(lines[i])} is not cve,epss,percentile`, {
        file,
        line
      });
    let score = probability(epss, file, line);
    probability(percentile, file, line);
    let key = cve.toUpperCase();
    if (scores.has(key)) throw new GateError(`lists ${key} twice`, { file, line });
    scores.set(key, score);
  }
  return { kind: "epss", file, model: comment[1], scored, scores };
}
function probability(value, file, line) {
  let n = value !== void 0 && PROBABILITY.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1))
    throw new GateError(`${JSON.stringify(value ?? "")} is not a probability between 0 and 1`, {
      file,
      line
    });
  return n;
}
function normaliseOffset(date) {
  return date.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
}

// src/enrichment/kev.ts
var isObject = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function parseKevCatalog(text, file) {
  let doc = parseJsonFile(text, file);
  if (!isObject(doc))
    throw new GateError(
      "is not a KEV catalog: expected an object with catalogVersion, dateReleased and vulnerabilities",
      { file }
    );
  let version = doc.catalogVersion;
  if (typeof version != "string" || !/^[\w.-]{1,32}$/.test(version.trim()))
    throw new GateError(
      `is not a KEV catalog: catalogVersion ${JSON.stringify(version ?? null)} is not a version like 2025.01.24`,
      { file }
    );
  let released = dateOf(doc.dateReleased, file), entries = doc.vulnerabilities;
  if (!Array.isArray(entries))
    throw new GateError("is not a KEV catalog: vulnerabilities is missing or not an array", {
      file
    });
  if (doc.count !== void 0 && doc.count !== entries.length)
    throw new GateError(
      `states count ${JSON.stringify(doc.count)} but lists ${entries.length} vulnerabilities: an incomplete KEV catalog is refused`,
      { file }
    );
  let cves = /* @__PURE__ */ new Set();
  return entries.forEach((entry, i) => {
    let id = isObject(entry) ? entry.cveID : void 0;
    if (typeof id != "string" || !CVE_ID.test(id.trim()))
      throw new GateError(
        `vulnerabilities[${i}] has no cveID of the form CVE-YYYY-NNNN (${JSON.stringify(id ?? null)})`,
        { file }
      );
    cves.add(id.trim().toUpperCase());
  }), { kind: "kev", file, version: version.trim(), released, cves };
}
function dateOf(value, file) {
  let date = typeof value == "string" ? new Date(value) : void 0;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new GateError(
      `is not a KEV catalog: dateReleased ${JSON.stringify(value ?? null)} is not a date`,
      { file }
    );
  return date;
}

// src/io/enrichment-files.ts
var MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
function readCatalogs(paths, cwd) {
  if (!(paths.kev === void 0 && paths.epss === void 0))
    return {
      ...paths.kev === void 0 ? {} : { kev: parseKevCatalog(catalogText(paths.kev, cwd), paths.kev) },
      ...paths.epss === void 0 ? {} : { epss: parseEpssCsv(catalogText(paths.epss, cwd), paths.epss) }
    };
}
function catalogText(path, cwd) {
  let bytes;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (err) {
    let code = err.code, why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw new GateError(`catalog ${why}`, { file: path });
  }
  if (bytes[0] === 31 && bytes[1] === 139)
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED_BYTES });
    } catch (err) {
      throw new GateError(`is not a readable gzip file (${err.message})`, {
        file: path
      });
    }
  return decodeText(bytes, path);
}

export {
  readCatalogs
};
