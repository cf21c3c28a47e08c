import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/model/safe-text.ts
var BIDI = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069", OTHER_UNSAFE = `\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}`, UNSAFE_IN_VALUE = new RegExp(`[\\t\\n\\r${OTHER_UNSAFE}]`, "g"), UNSAFE_IN_BLOCK = new RegExp(`\\r(?!\\n)|[${OTHER_UNSAFE}]`, "g"), UNSAFE_BESIDE_LINE_BREAKS = new RegExp(`[${OTHER_UNSAFE}]`, "g"), COMMAND_START = /(^|\n)([^\S\n]*):(?=:)/g, COMMAND_ANYWHERE = /#(?=#(?:vso|teamcity)?\[)/gi;
function defuseCommands(text) {
  return text.replace(COMMAND_START, "$1$2?").replace(COMMAND_ANYWHERE, "?");
}
function printableLine(value) {
  return defuseCommands(value.replace(UNSAFE_IN_VALUE, "?"));
}
function printableText(text, options = {}) {
  let { allow } = options;
  if (!allow) return defuseCommands(text.replace(UNSAFE_IN_BLOCK, "?"));
  let unsafe = new RegExp(`(${allow.source})|${UNSAFE_IN_BLOCK.source}`, "g");
  return defuseCommands(text.replace(unsafe, (c, allowed) => allowed ?? "?"));
}
var CONSOLE_COLOURS = /\u001b\[(?:0|1|3[1-5]|90)m/;
function safeJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_BESIDE_LINE_BREAKS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  ).replace(COMMAND_ANYWHERE, "\\u0023");
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(value) {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}
var LINK_SAFE_HEAD = /[^A-Za-z0-9\-._~:/?#[\]@!$&+,;=%]/g, LINK_SAFE_TAIL = /[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g, percent = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
function linkUrl(raw) {
  let url;
  try {
    url = new URL(wellFormed(raw));
  } catch {
    return;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return;
  let tail = url.pathname + url.search + url.hash;
  return url.href.slice(0, url.href.length - tail.length).replace(LINK_SAFE_HEAD, percent) + tail.replace(LINK_SAFE_TAIL, percent);
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  UNSAFE_BESIDE_LINE_BREAKS,
  printableLine,
  printableText,
  CONSOLE_COLOURS,
  safeJson,
  wellFormed,
  linkUrl
};
