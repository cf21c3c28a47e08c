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
var __copyProps = (to, from, except, desc) => {
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

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0", MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991, MAX_SAFE_COMPONENT_LENGTH = 16, MAX_SAFE_BUILD_LENGTH = 250, WHITESPACE_CHARACTERS = [
      "	",
      `
`,
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ], RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH: 256,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module) {
    "use strict";
    var debug = typeof process == "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants(), debug = require_debug();
    exports2 = module.exports = {};
    var re = exports2.re = [], safeRe = exports2.safeRe = [], src = exports2.src = [], safeSrc = exports2.safeSrc = [], t = exports2.t = {}, R = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ], makeSafeRegex = (value) => {
      for (let [token, max] of safeRegexReplacements)
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      return value;
    }, createToken = (name, value, isGlobal) => {
      let safe = makeSafeRegex(value), index = R++;
      debug(name, index, value), t[name] = index, src[index] = value, safeSrc[index] = safe, re[index] = new RegExp(value, isGlobal ? "g" : void 0), safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `(^|[^\\d])(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], !0);
    createToken("COERCERTLFULL", src[t.COERCEFULL], !0);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, !0);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, !0);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, !0);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: !0 }), emptyOpts = Object.freeze({}), parseOptions = (options) => options ? typeof options != "object" ? looseOption : options : emptyOpts;
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module) {
    "use strict";
    var numeric2 = /^[0-9]+$/, compareIdentifiers = (a, b) => {
      if (typeof a == "number" && typeof b == "number")
        return a === b ? 0 : a < b ? -1 : 1;
      let anum = numeric2.test(a), bnum = numeric2.test(b);
      return anum && bnum && (a = +a, b = +b), a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }, rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module) {
    "use strict";
    var debug = require_debug(), { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants(), { safeRe: re, t } = require_re(), parseOptions = require_parse_options(), { compareIdentifiers } = require_identifiers(), isPrereleaseIdentifier = (prerelease, identifier) => {
      let identifiers2 = identifier.split(".");
      if (identifiers2.length > prerelease.length)
        return !1;
      for (let i = 0; i < identifiers2.length; i++)
        if (compareIdentifiers(prerelease[i], identifiers2[i]) !== 0)
          return !1;
      return !0;
    }, SemVer = class _SemVer {
      constructor(version, options) {
        if (options = parseOptions(options), version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease)
            return version;
          version = version.version;
        } else if (typeof version != "string")
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        if (version.length > MAX_LENGTH)
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        debug("SemVer", version, options), this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease;
        let m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m)
          throw new TypeError(`Invalid Version: ${version}`);
        if (this.raw = version, this.major = +m[1], this.minor = +m[2], this.patch = +m[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
          throw new TypeError("Invalid major version");
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
          throw new TypeError("Invalid minor version");
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
          throw new TypeError("Invalid patch version");
        m[4] ? this.prerelease = m[4].split(".").map((id) => {
          if (/^[0-9]+$/.test(id)) {
            let num2 = +id;
            if (num2 >= 0 && num2 < MAX_SAFE_INTEGER)
              return num2;
          }
          return id;
        }) : this.prerelease = [], this.build = m[5] ? m[5].split(".") : [], this.format();
      }
      format() {
        return this.version = `${this.major}.${this.minor}.${this.patch}`, this.prerelease.length && (this.version += `-${this.prerelease.join(".")}`), this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        if (debug("SemVer.compare", this.version, this.options, other), !(other instanceof _SemVer)) {
          if (typeof other == "string" && other === this.version)
            return 0;
          other = new _SemVer(other, this.options);
        }
        return other.version === this.version ? 0 : this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        return other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.major < other.major ? -1 : this.major > other.major ? 1 : this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : this.patch < other.patch ? -1 : this.patch > other.patch ? 1 : 0;
      }
      comparePre(other) {
        if (other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.prerelease.length && !other.prerelease.length)
          return -1;
        if (!this.prerelease.length && other.prerelease.length)
          return 1;
        if (!this.prerelease.length && !other.prerelease.length)
          return 0;
        let i = 0;
        do {
          let a = this.prerelease[i], b = other.prerelease[i];
          if (debug("prerelease compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      compareBuild(other) {
        other instanceof _SemVer || (other = new _SemVer(other, this.options));
        let i = 0;
        do {
          let a = this.build[i], b = other.build[i];
          if (debug("build compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === !1)
            throw new Error("invalid increment argument: identifier is empty");
          if (identifier) {
            let match3 = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match3 || match3[1] !== identifier)
              throw new Error(`invalid identifier: ${identifier}`);
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0, this.patch = 0, this.minor = 0, this.major++, this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0, this.patch = 0, this.minor++, this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0, this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            this.prerelease.length === 0 && this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0)
              throw new Error(`version ${this.raw} is not a prerelease`);
            this.prerelease.length = 0;
            break;
          case "major":
            (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) && this.major++, this.minor = 0, this.patch = 0, this.prerelease = [];
            break;
          case "minor":
            (this.patch !== 0 || this.prerelease.length === 0) && this.minor++, this.patch = 0, this.prerelease = [];
            break;
          case "patch":
            this.prerelease.length === 0 && this.patch++, this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            let base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0)
              this.prerelease = [base];
            else {
              let i = this.prerelease.length;
              for (; --i >= 0; )
                typeof this.prerelease[i] == "number" && (this.prerelease[i]++, i = -2);
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === !1)
                  throw new Error("invalid increment argument: identifier already exists");
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === !1 && (prerelease = [identifier]), isPrereleaseIdentifier(this.prerelease, identifier)) {
                let prereleaseBase = this.prerelease[identifier.split(".").length];
                isNaN(prereleaseBase) && (this.prerelease = prerelease);
              } else
                this.prerelease = prerelease;
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        return this.raw = this.format(), this.build.length && (this.raw += `+${this.build.join(".")}`), this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), parse = (version, options, throwErrors = !1) => {
      if (version instanceof SemVer)
        return version;
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors)
          return null;
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), valid = (version, options) => {
      let v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), clean = (version, options) => {
      let s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), inc = (version, release, options, identifier, identifierBase) => {
      typeof options == "string" && (identifierBase = identifier, identifier = options, options = void 0);
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), diff = (version1, version2) => {
      let v1 = parse(version1, null, !0), v2 = parse(version2, null, !0), comparison = v1.compare(v2);
      if (comparison === 0)
        return null;
      let v1Higher = comparison > 0, highVersion = v1Higher ? v1 : v2, lowVersion = v1Higher ? v2 : v1, highHasPre = !!highVersion.prerelease.length;
      if (!!lowVersion.prerelease.length && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor)
          return "major";
        if (lowVersion.compareMain(highVersion) === 0)
          return lowVersion.minor && !lowVersion.patch ? "minor" : "patch";
      }
      let prefix2 = highHasPre ? "pre" : "";
      return v1.major !== v2.major ? prefix2 + "major" : v1.minor !== v2.minor ? prefix2 + "minor" : v1.patch !== v2.patch ? prefix2 + "patch" : "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), prerelease = (version, options) => {
      let parsed3 = parse(version, options);
      return parsed3 && parsed3.prerelease.length ? parsed3.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), compareLoose = (a, b) => compare(a, b, !0);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), compareBuild = (a, b, loose) => {
      let versionA = new SemVer(a, loose), versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module) {
    "use strict";
    var compareBuild = require_compare_build(), sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module) {
    "use strict";
    var compareBuild = require_compare_build(), rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), gte2 = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte2;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), lte2 = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte2;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module) {
    "use strict";
    var eq = require_eq(), neq = require_neq(), gt = require_gt(), gte2 = require_gte(), lt = require_lt(), lte2 = require_lte(), cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a === b;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte2(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte2(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), parse = require_parse(), { safeRe: re, t } = require_re(), coerce = (version, options) => {
      if (version instanceof SemVer)
        return version;
      if (typeof version == "number" && (version = String(version)), typeof version != "string")
        return null;
      options = options || {};
      let match3 = null;
      if (!options.rtl)
        match3 = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      else {
        let coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL], next;
        for (; (next = coerceRtlRegex.exec(version)) && (!match3 || match3.index + match3[0].length !== version.length); )
          (!match3 || next.index + next[0].length !== match3.index + match3[0].length) && (match3 = next), coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        coerceRtlRegex.lastIndex = -1;
      }
      if (match3 === null)
        return null;
      let major = match3[2], minor = match3[3] || "0", patch = match3[4] || "0", prerelease = options.includePrerelease && match3[5] ? `-${match3[5]}` : "", build2 = options.includePrerelease && match3[6] ? `+${match3[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build2}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), constants = require_constants(), SemVer = require_semver(), truncate2 = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation))
        return null;
      let clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, cloneInputVersion = (version, options) => {
      let versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    }, doTruncation = (version, truncation) => {
      if (isPrerelease(truncation))
        return version.version;
      switch (version.prerelease = [], truncation) {
        case "major":
          version.minor = 0, version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    }, isPrerelease = (type) => type.startsWith("pre");
    module.exports = truncate2;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3, this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        let value = this.map.get(key);
        if (value !== void 0)
          return this.map.delete(key), this.map.set(key, value), value;
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        if (!this.delete(key) && value !== void 0) {
          if (this.map.size >= this.max) {
            let firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants(), whitespace = new Uint8Array(65536);
    for (let char of WHITESPACE_CHARACTERS)
      whitespace[char.charCodeAt(0)] = 1;
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char), isDigit = (char) => char !== void 0 && char >= "0" && char <= "9", isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-", isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*", findDigitsEndIndex = (range2, start, limit, digitRuns) => {
      if (!isDigit(range2[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      let end = start + 1;
      for (; isDigit(range2[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }, findVersionNumberEndIndex = (range2, start, loose, digitRuns) => !loose && range2[start] === "0" ? start + 1 : findDigitsEndIndex(range2, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns), findPrereleaseIdentifierEndIndex = (range2, start, loose, digitRuns) => {
      let digitsEnd = findDigitsEndIndex(range2, start, MAX_LENGTH, digitRuns);
      if (isLetter(range2[digitsEnd]) || range2[digitsEnd] === "-") {
        let end = digitsEnd + 1, limit = end + MAX_SAFE_BUILD_LENGTH;
        for (; end < limit && isIdentifierCharacter(range2[end]); )
          end++;
        return end;
      }
      return findVersionNumberEndIndex(range2, start, loose, digitRuns);
    }, findPrereleaseEndIndex = (range2, start, loose, digitRuns) => {
      let hyphen = range2[start] === "-";
      if (!loose && !hyphen)
        return start;
      let identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range2, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range2, start, loose, digitRuns);
      }
      for (; range2[end] === "."; ) {
        let next = findPrereleaseIdentifierEndIndex(range2, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findBuildIdentifierEndIndex = (range2, start) => {
      let end = start;
      for (; end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range2[end]); )
        end++;
      return end;
    }, findBuildEndIndex = (range2, start) => {
      if (range2[start] !== "+")
        return start;
      let end = findBuildIdentifierEndIndex(range2, start + 1);
      if (end === start + 1)
        return start;
      for (; range2[end] === "."; ) {
        let next = findBuildIdentifierEndIndex(range2, end + 1);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findLooseFullVersionEndIndex = (range2, start, digitRuns) => {
      let end = start;
      for (let component2 = 0; component2 < 3; component2++) {
        let next = findVersionNumberEndIndex(range2, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component2 < 2) {
          if (range2[end] !== ".")
            return start;
          end++;
        }
      }
      let prereleaseEnd = findPrereleaseEndIndex(range2, end, !0, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    }, findPartialVersionComponentEndIndex = (range2, start, digitRuns) => isDigit(range2[start]) ? findVersionNumberEndIndex(range2, start, !1, digitRuns) : isVersionStart(range2[start]) ? start + 1 : start, findPartialVersionEndIndex = (range2, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range2, start, digitRuns);
      for (let component2 = 0; component2 < 2; component2++) {
        if (range2[end] !== ".")
          return end;
        let next = findPartialVersionComponentEndIndex(range2, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      let prereleaseEnd = findPrereleaseEndIndex(range2, end, !1, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    }, findVersionEndIndex = (range2, start, digitRuns) => {
      let fullVersionEnd = findLooseFullVersionEndIndex(range2, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range2, start, digitRuns);
    }, findRemovableWhitespaceIndex = (range2, matchStart) => {
      let position = matchStart;
      return isWhitespace(range2[position]) && position++, (range2[position] === "<" || range2[position] === ">") && position++, range2[position] === "=" && position++, isWhitespace(range2[position]) ? position : -1;
    }, trimComparatorWhitespace = (range2) => {
      let result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      for (; cursor < range2.length; ) {
        let matchStart = cursor;
        if (range2[cursor] === "<" || range2[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range2[cursor]) && !isVersionStart(range2[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range2.length && isVersionPrefix(range2[cursor]); )
          cursor++;
        if (!isVersionStart(range2[cursor]))
          continue;
        let whitespacePosition = findRemovableWhitespaceIndex(range2, matchStart);
        whitespacePosition !== -1 && (result += range2.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range2, cursor, digitRuns);
      }
      return result + range2.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g, Range = class _Range {
      constructor(range2, options) {
        if (options = parseOptions(options), range2 instanceof _Range)
          return range2.loose === !!options.loose && range2.includePrerelease === !!options.includePrerelease ? range2 : new _Range(range2.raw, options);
        if (range2 instanceof Comparator)
          return this.raw = range2.value, this.set = [[range2]], this.formatted = void 0, this;
        if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range2.trim().replace(SPACE_CHARACTERS, " "), this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length), !this.set.length)
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        if (this.set.length > 1) {
          let first = this.set[0];
          if (this.set = this.set.filter((c) => !isNullSet(c[0])), this.set.length === 0)
            this.set = [first];
          else if (this.set.length > 1) {
            for (let c of this.set)
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            i > 0 && (this.formatted += "||");
            let comps = this.set[i];
            for (let k = 0; k < comps.length; k++)
              k > 0 && (this.formatted += " "), this.formatted += comps[k].toString().trim();
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range2) {
        range2 = range2.replace(BUILDSTRIPRE, "");
        let memoKey = ((this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE)) + ":" + range2, cached = cache2.get(memoKey);
        if (cached)
          return cached;
        let loose = this.options.loose, hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range2 = range2.replace(hr, hyphenReplace(this.options.includePrerelease)), debug("hyphen replace", range2), range2 = trimComparatorWhitespace(range2), debug("comparator trim", range2), range2 = range2.replace(re[t.TILDETRIM], tildeTrimReplace), debug("tilde trim", range2), range2 = range2.replace(re[t.CARETTRIM], caretTrimReplace), debug("caret trim", range2);
        let rangeList = range2.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        loose && (rangeList = rangeList.filter((comp) => (debug("loose invalid filter", comp, this.options), !!comp.match(re[t.COMPARATORLOOSE])))), debug("range list", rangeList);
        let rangeMap = /* @__PURE__ */ new Map(), comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (let comp of comparators) {
          if (isNullSet(comp))
            return [comp];
          rangeMap.set(comp.value, comp);
        }
        rangeMap.size > 1 && rangeMap.has("") && rangeMap.delete("");
        let result = [...rangeMap.values()];
        return cache2.set(memoKey, result), result;
      }
      intersects(range2, options) {
        if (!(range2 instanceof _Range))
          throw new TypeError("a Range is required");
        return this.set.some((thisComparators) => isSatisfiable(thisComparators, options) && range2.set.some((rangeComparators) => isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => rangeComparators.every((rangeComparator) => thisComparator.intersects(rangeComparator, options)))));
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version)
          return !1;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        for (let i = 0; i < this.set.length; i++)
          if (testSet(this.set[i], version, this.options))
            return !0;
        return !1;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache(), cache2 = new LRU(), parseOptions = require_parse_options(), Comparator = require_comparator(), debug = require_debug(), SemVer = require_semver(), trimComparatorWhitespace = require_trim_comparator_whitespace(), {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re(), { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants(), BUILDSTRIPRE = new RegExp(src[t.BUILD], "g"), isNullSet = (c) => c.value === "<0.0.0-0", isAny = (c) => c.value === "", isSatisfiable = (comparators, options) => {
      let result = !0, remainingComparators = comparators.slice(), testComparator = remainingComparators.pop();
      for (; result && remainingComparators.length; )
        result = remainingComparators.every((otherComparator) => testComparator.intersects(otherComparator, options)), testComparator = remainingComparators.pop();
      return result;
    }, parseComparator = (comp, options) => (comp = comp.replace(re[t.BUILD], ""), debug("comp", comp, options), comp = replaceCarets(comp, options), debug("caret", comp), comp = replaceTildes(comp, options), debug("tildes", comp), comp = replaceXRanges(comp, options), debug("xrange", comp), comp = replaceStars(comp, options), debug("stars", comp), comp), isX = (id) => !id || id.toLowerCase() === "x" || id === "*", invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p), replaceTildes = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" "), replaceTilde = (comp, options) => {
      let r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : pr ? (debug("replaceTilde pr", pr), ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`) : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`, debug("tilde return", ret), ret;
      });
    }, replaceCarets = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" "), replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      let r = options.loose ? re[t.CARETLOOSE] : re[t.CARET], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? M === "0" ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0` : pr ? (debug("replaceCaret pr", pr), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`) : (debug("no pr"), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`), debug("caret return", ret), ret;
      });
    }, replaceXRanges = (comp, options) => (debug("replaceXRanges", comp, options), comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ")), replaceXRange = (comp, options) => {
      comp = comp.trim();
      let r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        if (debug("xRange", comp, ret, gtlt, M, m, p, pr), invalidXRangeOrder(M, m, p))
          return comp;
        let xM = isX(M), xm = xM || isX(m), xp = xm || isX(p), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), pr = options.includePrerelease ? "-0" : "", xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0-0" : ret = "*" : gtlt && anyX ? (xm && (m = 0), p = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M = +M + 1, m = 0, p = 0) : (m = +m + 1, p = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M = +M + 1 : m = +m + 1), gtlt === "<" && (pr = "-0"), ret = `${gtlt + M}.${m}.${p}${pr}`) : xm ? ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0` : xp && (ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`), debug("xRange return", ret), ret;
      });
    }, replaceStars = (comp, options) => (debug("replaceStars", comp, options), comp.trim().replace(re[t.STAR], "")), replaceGTE0 = (comp, options) => (debug("replaceGTE0", comp, options), comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "")), hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => (isX(fM) ? from = "" : isX(fm) ? from = `>=${fM}.0.0${incPr ? "-0" : ""}` : isX(fp) ? from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}` : fpr ? from = `>=${from}` : from = `>=${from}${incPr ? "-0" : ""}`, isX(tM) ? to = "" : isX(tm) ? to = `<${+tM + 1}.0.0-0` : isX(tp) ? to = `<${tM}.${+tm + 1}.0-0` : tpr ? to = `<=${tM}.${tm}.${tp}-${tpr}` : incPr ? to = `<${tM}.${tm}.${+tp + 1}-0` : to = `<=${to}`, `${from} ${to}`.trim()), testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++)
        if (!set[i].test(version))
          return !1;
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++)
          if (debug(set[i].semver), set[i].semver !== Comparator.ANY && set[i].semver.prerelease.length > 0) {
            let allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
              return !0;
          }
        return !1;
      }
      return !0;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY"), Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        if (options = parseOptions(options), comp instanceof _Comparator) {
          if (comp.loose === !!options.loose)
            return comp;
          comp = comp.value;
        }
        comp = comp.trim().split(/\s+/).join(" "), debug("comparator", comp, options), this.options = options, this.loose = !!options.loose, this.parse(comp), this.semver === ANY ? this.value = "" : this.value = this.operator + this.semver.version, debug("comp", this);
      }
      parse(comp) {
        let r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR], m = comp.match(r);
        if (!m)
          throw new TypeError(`Invalid comparator: ${comp}`);
        this.operator = m[1] !== void 0 ? m[1] : "", this.operator === "=" && (this.operator = ""), m[2] ? this.semver = new SemVer(m[2], this.options.loose) : this.semver = ANY;
      }
      toString() {
        return this.value;
      }
      test(version) {
        if (debug("Comparator.test", version, this.options.loose), this.semver === ANY || version === ANY)
          return !0;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator))
          throw new TypeError("a Comparator is required");
        return this.operator === "" ? this.value === "" ? !0 : new Range(comp.value, options).test(this.value) : comp.operator === "" ? comp.value === "" ? !0 : new Range(this.value, options).test(comp.semver) : (options = parseOptions(options), options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0") || !options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0")) ? !1 : !!(this.operator.startsWith(">") && comp.operator.startsWith(">") || this.operator.startsWith("<") && comp.operator.startsWith("<") || this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=") || cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<") || cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")));
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options(), { safeRe: re, t } = require_re(), cmp = require_cmp(), debug = require_debug(), SemVer = require_semver(), Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module) {
    "use strict";
    var Range = require_range(), satisfies = (version, range2, options) => {
      try {
        range2 = new Range(range2, options);
      } catch {
        return !1;
      }
      return range2.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module) {
    "use strict";
    var Range = require_range(), toComparators = (range2, options) => new Range(range2, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), maxSatisfying = (versions, range2, options) => {
      let max = null, maxSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch {
        return null;
      }
      return versions.forEach((v) => {
        rangeObj.test(v) && (!max || maxSV.compare(v) === -1) && (max = v, maxSV = new SemVer(max, options));
      }), max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), minSatisfying = (versions, range2, options) => {
      let min = null, minSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch {
        return null;
      }
      return versions.forEach((v) => {
        rangeObj.test(v) && (!min || minSV.compare(v) === 1) && (min = v, minSV = new SemVer(min, options));
      }), min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), gt = require_gt(), minVersion = (range2, loose) => {
      range2 = new Range(range2, loose);
      let minver = new SemVer("0.0.0");
      if (range2.test(minver) || (minver = new SemVer("0.0.0-0"), range2.test(minver)))
        return minver;
      minver = null;
      for (let i = 0; i < range2.set.length; ++i) {
        let comparators = range2.set[i], setMin = null;
        comparators.forEach((comparator) => {
          let compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              compver.prerelease.length === 0 ? compver.patch++ : compver.prerelease.push(0), compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              (!setMin || gt(compver, setMin)) && (setMin = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        }), setMin && (!minver || gt(minver, setMin)) && (minver = setMin);
      }
      return minver && range2.test(minver) ? minver : null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module) {
    "use strict";
    var Range = require_range(), validRange = (range2, options) => {
      try {
        return new Range(range2, options).range || "*";
      } catch {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Comparator = require_comparator(), { ANY } = Comparator, Range = require_range(), satisfies = require_satisfies(), gt = require_gt(), lt = require_lt(), lte2 = require_lte(), gte2 = require_gte(), outside = (version, range2, hilo, options) => {
      version = new SemVer(version, options), range2 = new Range(range2, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte2, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte2, ltfn = gt, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range2, options))
        return !1;
      for (let i = 0; i < range2.set.length; ++i) {
        let comparators = range2.set[i], high = null, low = null;
        if (comparators.forEach((comparator) => {
          comparator.semver === ANY && (comparator = new Comparator(">=0.0.0")), high = high || comparator, low = low || comparator, gtfn(comparator.semver, high.semver, options) ? high = comparator : ltfn(comparator.semver, low.semver, options) && (low = comparator);
        }), high.operator === comp || high.operator === ecomp || (!low.operator || low.operator === comp) && ltefn(version, low.semver))
          return !1;
        if (low.operator === ecomp && ltfn(version, low.semver))
          return !1;
      }
      return !0;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module) {
    "use strict";
    var outside = require_outside(), gtr = (version, range2, options) => outside(version, range2, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module) {
    "use strict";
    var outside = require_outside(), ltr = (version, range2, options) => outside(version, range2, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module) {
    "use strict";
    var Range = require_range(), intersects = (r1, r2, options) => (r1 = new Range(r1, options), r2 = new Range(r2, options), r1.intersects(r2, options));
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module) {
    "use strict";
    var satisfies = require_satisfies(), compare = require_compare();
    module.exports = (versions, range2, options) => {
      let set = [], first = null, prev = null, v = versions.sort((a, b) => compare(a, b, options));
      for (let version of v)
        satisfies(version, range2, options) ? (prev = version, first || (first = version)) : (prev && set.push([first, prev]), prev = null, first = null);
      first && set.push([first, null]);
      let ranges = [];
      for (let [min, max] of set)
        min === max ? ranges.push(min) : !max && min === v[0] ? ranges.push("*") : max ? min === v[0] ? ranges.push(`<=${max}`) : ranges.push(`${min} - ${max}`) : ranges.push(`>=${min}`);
      let simplified = ranges.join(" || "), original = typeof range2.raw == "string" ? range2.raw : String(range2);
      return simplified.length < original.length ? simplified : range2;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module) {
    "use strict";
    var Range = require_range(), Comparator = require_comparator(), { ANY } = Comparator, satisfies = require_satisfies(), compare = require_compare(), subset = (sub, dom, options = {}) => {
      if (sub === dom)
        return !0;
      sub = new Range(sub, options), dom = new Range(dom, options);
      let sawNonNull = !1;
      OUTER: for (let simpleSub of sub.set) {
        for (let simpleDom of dom.set) {
          let isSub = simpleSubset(simpleSub, simpleDom, options);
          if (sawNonNull = sawNonNull || isSub !== null, isSub)
            continue OUTER;
        }
        if (sawNonNull)
          return !1;
      }
      return !0;
    }, minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")], minimumVersion = [new Comparator(">=0.0.0")], simpleSubset = (sub, dom, options) => {
      if (sub === dom)
        return !0;
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY)
          return !0;
        options.includePrerelease ? sub = minimumVersionWithPreRelease : sub = minimumVersion;
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease)
          return !0;
        dom = minimumVersion;
      }
      let eqSet = /* @__PURE__ */ new Set(), gt, lt;
      for (let c of sub)
        c.operator === ">" || c.operator === ">=" ? gt = higherGT(gt, c, options) : c.operator === "<" || c.operator === "<=" ? lt = lowerLT(lt, c, options) : eqSet.add(c.semver);
      if (eqSet.size > 1)
        return null;
      let gtltComp;
      if (gt && lt) {
        if (gtltComp = compare(gt.semver, lt.semver, options), gtltComp > 0)
          return null;
        if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<="))
          return null;
      }
      for (let eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options) || lt && !satisfies(eq, String(lt), options))
          return null;
        for (let c of dom)
          if (!satisfies(eq, String(c), options))
            return !1;
        return !0;
      }
      let higher, lower, hasDomLT, hasDomGT, needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : !1, needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : !1;
      needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0 && (needDomLTPre = !1);
      for (let c of dom) {
        if (hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=", hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=", gt) {
          if (needDomGTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch && (needDomGTPre = !1), c.operator === ">" || c.operator === ">=") {
            if (higher = higherGT(gt, c, options), higher === c && higher !== gt)
              return !1;
          } else if (gt.operator === ">=" && !c.test(gt.semver))
            return !1;
        }
        if (lt) {
          if (needDomLTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch && (needDomLTPre = !1), c.operator === "<" || c.operator === "<=") {
            if (lower = lowerLT(lt, c, options), lower === c && lower !== lt)
              return !1;
          } else if (lt.operator === "<=" && !c.test(lt.semver))
            return !1;
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0)
          return !1;
      }
      return !(gt && hasDomLT && !lt && gtltComp !== 0 || lt && hasDomGT && !gt && gtltComp !== 0 || needDomGTPre || needDomLTPre);
    }, higherGT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 || b.operator === ">" && a.operator === ">=" ? b : a;
    }, lowerLT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 || b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module) {
    "use strict";
    var internalRe = require_re(), constants = require_constants(), SemVer = require_semver(), identifiers2 = require_identifiers(), parse = require_parse(), valid = require_valid(), clean = require_clean(), inc = require_inc(), diff = require_diff(), major = require_major(), minor = require_minor(), patch = require_patch(), prerelease = require_prerelease(), compare = require_compare(), rcompare = require_rcompare(), compareLoose = require_compare_loose(), compareBuild = require_compare_build(), sort = require_sort(), rsort = require_rsort(), gt = require_gt(), lt = require_lt(), eq = require_eq(), neq = require_neq(), gte2 = require_gte(), lte2 = require_lte(), cmp = require_cmp(), coerce = require_coerce(), truncate2 = require_truncate(), Comparator = require_comparator(), Range = require_range(), satisfies = require_satisfies(), toComparators = require_to_comparators(), maxSatisfying = require_max_satisfying(), minSatisfying = require_min_satisfying(), minVersion = require_min_version(), validRange = require_valid2(), outside = require_outside(), gtr = require_gtr(), ltr = require_ltr(), intersects = require_intersects(), simplifyRange = require_simplify(), subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte: gte2,
      lte: lte2,
      cmp,
      coerce,
      truncate: truncate2,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers2.compareIdentifiers,
      rcompareIdentifiers: identifiers2.rcompareIdentifiers
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode2(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection2(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection2;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode2;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      let ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path2, ctrl), visit_(key, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      let ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path2, ctrl), visitAsync_(key, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor == "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
    }
    function replaceNode(key, path2, node) {
      let parent = path2[path2.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line2, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line2.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix2] = parts;
            return this.tags[handle] = prefix2, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix2 = this.tags[handle];
        if (prefix2)
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix2] of Object.entries(this.tags))
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix2] of tagEntries)
          handle === "!!" && prefix2 === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix2))) && lines2.push(`%TAG ${handle} ${prefix2}`);
        return lines2.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix2, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match3 = tags.filter((t) => t.tag === tagName), tagObj = match3.find((t) => !t.format) ?? match3[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        let k = path2[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 == "object" && !!path2[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          let [key, ...rest] = path2, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        let [key, ...rest] = path2, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text2[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text2[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text2;
      onFold && onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text2.length;
        fold === 0 ? res = `
${indent}${text2.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text2[fold]}\\`), res += `
${indent}${text2.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i, start = i + 1, ch = text2[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text2[++i];
        else {
          do
            ch = text2[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text2[start];
        }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str2.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str2[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str2 = "", start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i])
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n" && (str2 += json2.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                let code2 = json2.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    code2.substr(0, 2) === "00" ? str2 += "\\x" + code2.substr(2) : str2 += json2.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength)
                i += 1;
              else {
                for (str2 += json2.slice(start, i) + `

`; json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"'; )
                  str2 += `
`, i += 2;
                str2 += indent, json2[i + 2] === " " && (str2 += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str2 = start ? str2 + json2.slice(start) : json2, implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote: singleQuote2 } = ctx.options, qs;
      if (singleQuote2 === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote2 ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal2 = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal2) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match3 = tags.filter((t) => t.tag === item.tag);
        if (match3.length > 0)
          return match3.find((t) => t.format === item.format) ?? match3[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match3 = tags.filter((t) => t.identify?.(obj));
        if (match3.length > 1) {
          let testMatch = match3.filter((t) => t.test);
          testMatch.length > 0 && (match3 = testMatch);
        }
        tagObj = match3.find((t) => t.format === item.format) ?? match3.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props2 = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props2.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props2.push(doc.directives.tagString(tag)), props2.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props2 = stringifyProps(node, tagObj, ctx);
      props2.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props2.length + 1);
      let str2 = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props2 ? identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props2} ${str2}` : `${props2}
${ctx.indent}${str2}` : str2;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str2 = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str2 = `? ${str2}`, keyComment && !keyCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))), str2 = `? ${str2}
${indent}:`) : (str2 = `${str2}:`, keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str2.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str2 += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log(), merge2 = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines2.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines2.length === 0)
        str2 = flowChars.start + flowChars.end;
      else {
        str2 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          let line2 = lines2[i];
          str2 += line2 ? `
${indent}${line2}` : `
`;
        }
      }
      return comment ? (str2 += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes(`
`)), i < items.length - 1 ? str2 += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines2.reduce((sum, line2) => sum + line2.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth)), reqNewline && (str2 += ",")), comment && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment))), lines2.push(str2), linesAtValue = lines2.length;
      }
      let { start, end } = flowChars;
      if (lines2.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines2.reduce((sum, line2) => sum + line2.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str2 = start;
        for (let line2 of lines2)
          str2 += line2 ? `
${indentStep}${indent}${line2}` : `
`;
        return `${str2}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        identity.isPair(pair2) ? _pair = pair2 : !pair2 || typeof pair2 != "object" || !("key" in pair2) ? _pair = new Pair.Pair(pair2, pair2?.value) : _pair = new Pair.Pair(pair2.key, pair2.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num2 = typeof value == "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        let num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2)), dot = str2.indexOf(".");
        return dot !== -1 && str2[str2.length - 1] === "0" && (node.minFractionDigits = str2.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix2 + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ], jsonError2 = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str2)}`), str2;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str2 = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str2;
        if (typeof node_buffer.Buffer == "function")
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str2.length / lineWidth), lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines2[i] = str2.substr(o, lineWidth);
          str2 = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair2.value ?? pair2.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair2;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2) ? (key = toJS.toJS(pair2.key, "", ctx), value = toJS.toJS(pair2.value, key, ctx)) : key = toJS.toJS(pair2, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        let num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, ""))), dot = str2.indexOf(".");
        if (dot !== -1) {
          let f = str2.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      let sign = str2[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str2 = str2.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        let n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      let { value } = node;
      if (intIdentify(value)) {
        let str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        identity.isPair(key) ? pair2 = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair2 = new Pair.Pair(key.key, null) : pair2 = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair2.key) || this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      let sign = str2[0], parts = sign === "-" || sign === "+" ? str2.substring(1) : str2, num2 = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num2 = (n) => n;
      if (typeof value == "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num2(-1));
      let _60 = num2(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        let match3 = str2.match(timestamp.test);
        if (!match3)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match3.map(Number), millisec = match3[7] ? Number((match3[7] + "00").substr(1, 3)) : 0, date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match3[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge2.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge2), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines2 = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines2.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines2.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines2.length !== 1 && lines2.unshift("");
        let cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines2.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---" ? lines2[lines2.length - 1] = `--- ${body}` : lines2.push(body);
      } else
        lines2.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines2.push("..."), lines2.push(stringifyComment.indentComment(cs, ""))) : lines2.push(`... ${cs}`);
        } else
          lines2.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "" && lines2.push(""), lines2.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines2.join(`
`) + `
`;
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        assertCollection(this.contents) && this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path2) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        return Collection.isEmptyPath(path2) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path2) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        Collection.isEmptyPath(path2) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value) : assertCollection(this.contents) && this.contents.setIn(path2, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super(), this.name = name, this.code = code2, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line: line2, col } = error.linePos[0];
      error.message += ` at line ${line2}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line2 - 1], lc.lineStarts[line2]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line2 > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line2 - 2], lc.lineStarts[line2 - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line2 && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep: sep3, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair2 = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map.items.push(pair2);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map.items.push(pair2);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props2 = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props2.found)
          if (props2.anchor || props2.tag || value)
            value?.type === "block-seq" ? onError(props2.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props2.end, props2.comment && (seq.comment = props2.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, start, null, props2, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep3 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep3 + cb : comment = cb, sep3 = "";
              break;
            }
            case "newline":
              comment && (sep3 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap = fc.start.source === "{", fcName = isMap ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep: sep3, value } = collItem, props2 = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props2.found) {
          if (!props2.anchor && !props2.tag && !sep3 && !value) {
            i === 0 && props2.comma ? onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props2.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props2.comment && (coll.comment ? coll.comment += `
` + props2.comment : coll.comment = props2.comment), offset = props2.end;
            continue;
          }
          !isMap && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props2.comma && onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props2.comma || onError(props2.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props2.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props2.comment = props2.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap && !sep3 && !props2.found) {
          let valueNode = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, sep3, null, props2, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props2.end, keyNode = key ? composeNode(ctx, key, props2, onError) : composeEmptyNode(ctx, keyStart, start, null, props2, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap && !props2.found && ctx.options.strict) {
              if (sep3)
                for (let st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props2.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair2.srcToken = collItem), isMap) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair2);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair2);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props2, onError) {
      let tagToken = props2.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props2, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines2 = scalar.source ? splitLines(scalar.source) : [], chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        let content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines2.length > 0 ? `
`.repeat(Math.max(1, lines2.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i)
        lines2[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep3 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep3 + indent.slice(trimIndent) + content, sep3 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep3 === " " ? sep3 = `
` : !prevMoreIndented && sep3 === `
` && (sep3 = `

`), value += sep3 + indent.slice(trimIndent) + content, sep3 = `
`, prevMoreIndented = !0) : content === "" ? sep3 === `
` ? value += `
` : sep3 = `
` : (value += sep3 + content, sep3 = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += `
` + lines2[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props: props2 }, strict, onError) {
      if (props2[0].type !== "block-scalar-header")
        return onError(props2[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props2[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props2.length; ++i) {
        let token = props2[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines2 = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line2 = /(.*?)\r?\n/sy, match3 = line2.exec(source);
      if (!match3)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match3[1].replace(trimEnd, ""), sep3 = " ", pos = line2.lastIndex;
      for (; match3 = line2.exec(source); ) {
        let lm = match3[1].replace(trimBoth, "");
        lm === "" ? sep3 === `
` ? res += sep3 : sep3 = `
` : (res += sep3 + lm, sep3 = " "), pos = line2.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match3 = last.exec(source), res + sep3 + (match3?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range2, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props2, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props2, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props2, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props2, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props2 = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props2.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props2.hasNewline && onError(props2.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props2, onError) : composeNode.composeEmptyNode(ctx, props2.end, start, null, props2, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code2, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code2, message)) : this.errors.push(new errors.YAMLParseError(pos, code2, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code2, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props2 = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props2, end) || props2.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props: props2, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props2 = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props2, "end" in token ? token.end : void 0) || props2.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props: props2, source: body });
      }
    }
    function addEndtoBlockProps(props2, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props2.push(st);
              break;
            case "newline":
              return props2.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep3)
        for (let st of sep3)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (let [field, index] of path2) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      let parent = visit2.itemAtPath(cst, path2.slice(0, -1)), field = path2[path2.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path2));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path2) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection2 = (token) => !!token && "items" in token, isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection2;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line2 = this.getLine();
        if (line2 === null)
          return this.setNext("stream");
        if (line2[0] === cst.BOM && (yield* this.pushCount(1), line2 = line2.substring(1)), line2[0] === "%") {
          let dirEnd = line2.length, cs = line2.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line2[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line2.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line2[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line2.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line2.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line2 = this.getLine();
        if (line2 === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line2[n]) {
          case "#":
            yield* this.pushCount(line2.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line2.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line2 = this.getLine();
        if (line2 === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line2[0] !== "#" || indent === 0 && (line2.startsWith("---") || line2.startsWith("...")) && isEmpty(line2[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line2[0] === "]" || line2[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line2[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line2[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line2.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i)
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep3;
          scalar.end ? (sep3 = scalar.end, sep3.push(this.sourceToken), delete scalar.end) : sep3 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep3 = it.sep;
                    sep3.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep: sep3 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// src/errors.ts
var GateError = class extends Error {
  file;
  line;
  column;
  /** The scanner's own error code, for reports that are only an error object. */
  code;
  constructor(message, place = {}, code2) {
    super(message), this.name = "GateError", this.file = place.file, this.line = place.line, this.column = place.column, this.code = code2;
  }
  /** "file:line:col: message", the shape editors and CI logs link. */
  describe() {
    return this.file ? `${[this.file, this.line, this.line !== void 0 ? this.column : void 0].filter((p) => p !== void 0).join(":")}: ${this.message}` : this.message;
  }
};
function errorMessage(err) {
  return err instanceof GateError ? err.describe() : err instanceof Error ? err.message : String(err);
}

// src/output.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path2, content) {
  let dir = dirname(path2), temp = join(dir, `.${basename(path2)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: !0 }), writeFileSync(temp, content, { flag: "wx" }), renameSync(temp, path2);
  } catch (err) {
    try {
      rmSync(temp, { force: !0 });
    } catch {
    }
    let code2 = err.code ?? String(err);
    throw new GateError(`cannot write the output file (${code2}); nothing was written`, {
      file: path2
    });
  }
}
function parseOutputArg(arg) {
  let eq = arg.indexOf("=");
  return eq === -1 ? { format: arg } : { format: arg.slice(0, eq), file: arg.slice(eq + 1) };
}

// package.json
var package_default = {
  name: "ztgate",
  version: "0.1.0",
  description: "Zero-trust policy gate for CI/CD: aggregates scanner reports, evaluates them against data-classification-aware rules, blocks merges and explains every decision.",
  license: "MIT",
  type: "module",
  bin: {
    ztgate: "dist/cli.js"
  },
  files: [
    "dist",
    "rules",
    "schema",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "vitest run",
    lint: "tsc --noEmit && eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node bench/run.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "fast-xml-parser": "^5.12.1",
    minimatch: "^11.0.9",
    semver: "^7.8.6",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    prettier: "^3.10.1",
    "test-results-parser": "^0.4.6",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/finding.ts
import { createHash } from "node:crypto";

// src/lookup.ts
function lookup(table2, key) {
  return Object.hasOwn(table2, key) ? table2[key] : void 0;
}

// src/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"], LAYERS = ["image", "dependency", "iac", "secret", "code", "license"], SEVERITY_RANK = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: 0
};
function severityRank(severity) {
  return SEVERITY_RANK[severity];
}
function isLayer(value) {
  return LAYERS.includes(value);
}
var SEVERITY_WORDS = {
  critical: "critical",
  crit: "critical",
  blocker: "critical",
  high: "high",
  error: "high",
  important: "high",
  major: "high",
  moderate: "medium",
  medium: "medium",
  warning: "medium",
  warn: "medium",
  low: "low",
  minor: "low",
  note: "low",
  negligible: "info",
  info: "info",
  informational: "info",
  information: "info",
  none: "info",
  trace: "info",
  unknown: "unknown",
  unspecified: "unknown",
  unassigned: "unknown"
};
function severityFromWord(word) {
  return typeof word != "string" ? "unknown" : lookup(SEVERITY_WORDS, word.trim().toLowerCase()) ?? "unknown";
}
function severityFromCvss(score2) {
  return score2 === void 0 || !Number.isFinite(score2) ? "unknown" : score2 >= 9 ? "critical" : score2 >= 7 ? "high" : score2 >= 4 ? "medium" : score2 > 0 ? "low" : "info";
}
function locationKey(f) {
  return f.package ? "" : f.location ? `${f.location.path}:${f.contentHash ?? f.location.startLine ?? ""}` : f.target ?? "";
}
function fingerprintOf(f) {
  let key = [
    canonicalId(f.id, f.aliases),
    f.package?.name.toLowerCase() ?? "",
    versionKey(f.package?.version),
    locationKey(f)
  ].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
function versionKey(version) {
  return (version ?? "").replace(/^v(?=\d)/, "");
}
function canonicalId(id, aliases) {
  return /^CVE-/i.test(id) ? id.toUpperCase() : (aliases.find((a) => /^CVE-/i.test(a)) ?? id).toUpperCase();
}
function makeFinding(input, report) {
  for (let field of ["id", "title"])
    if (typeof input[field] != "string" || input[field] === "")
      throw new GateError(`a ${input.tool} entry has no ${field}`, { file: report });
  let aliases = unique((input.aliases ?? []).filter((a) => a && a !== input.id)), finding6 = {
    fingerprint: "",
    tool: input.tool,
    foundBy: [{ tool: input.tool, report }],
    layer: input.layer,
    id: input.id,
    aliases,
    title: input.title,
    severity: input.severity,
    cvss: input.cvss,
    fix: input.fix,
    package: input.package,
    location: input.location,
    target: input.target,
    cwe: input.cwe && input.cwe.length > 1 ? unique(input.cwe) : input.cwe ?? [],
    epss: input.epss,
    kev: input.kev,
    url: input.url,
    suppressed: input.suppressed,
    ruleId: input.ruleId,
    contentHash: input.contentHash,
    description: input.description
  };
  return finding6.fingerprint = fingerprintOf(finding6), finding6;
}
function unique(values) {
  return values.length === 0 ? [] : values.length === 1 ? [values[0]] : [...new Set(values)];
}
function normaliseCwe(value) {
  if (typeof value == "number" && Number.isInteger(value)) return `CWE-${value}`;
  if (typeof value != "string") return;
  let m = /(?:CWE-)?(\d+)/i.exec(value);
  return m ? `CWE-${m[1]}` : void 0;
}

// src/evidence.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }, DURATION = /^(\d+)([mhdw])$/;
function durationMs(text2) {
  let m = DURATION.exec(text2.trim());
  if (!m?.[1] || !m[2]) throw new Error(`invalid duration "${text2}" (use e.g. 90m, 24h, 7d, 2w)`);
  return Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
}
function checkEvidence(reports2, require2, now) {
  let coverage3 = {};
  for (let layer of LAYERS) {
    let paths = reports2.filter((r) => r.layers.includes(layer)).map((r) => r.path);
    paths.length > 0 && (coverage3[layer] = paths);
  }
  let errors = [], warnings2 = [];
  for (let layer of require2.layers ?? [])
    coverage3[layer] || errors.push(`required layer "${layer}" has no report: missing evidence is not a pass`);
  if (require2.maxReportAge !== void 0) {
    let limit = durationMs(require2.maxReportAge);
    for (let r of reports2) {
      if (!r.createdAt) {
        let text2 = `${r.path}: report has no timestamp, so its age (max-report-age ${require2.maxReportAge}) cannot be verified`;
        (require2.timestamps ? errors : warnings2).push(text2);
        continue;
      }
      now.getTime() - Date.parse(r.createdAt) > limit && errors.push(
        `${r.path}: report is stale: created ${r.createdAt}, older than max-report-age ${require2.maxReportAge}`
      );
    }
  }
  return { coverage: coverage3, errors, warnings: warnings2 };
}

// src/assets.ts
import { posix, relative, isAbsolute } from "node:path";

// src/classification.ts
var CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"];
function classificationRank(c) {
  return CLASSIFICATIONS.indexOf(c);
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right, result, ai = str2.indexOf(a), bi = str2.indexOf(b, ai + 1), i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b)
      return [ai, bi];
    for (begs = [], left = str2.length; i >= 0 && !result; ) {
      if (i === ai)
        begs.push(i), ai = str2.indexOf(a, i + 1);
      else if (begs.length === 1) {
        let r = begs.pop();
        r !== void 0 && (result = [r, bi]);
      } else
        beg = begs.pop(), beg !== void 0 && beg < left && (left = beg, right = bi), bi = str2.indexOf(b, i + 1);
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    begs.length && right !== void 0 && (result = [left, right]);
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", escSlashPattern = new RegExp(escSlash, "g"), escOpenPattern = new RegExp(escOpen, "g"), escClosePattern = new RegExp(escClose, "g"), escCommaPattern = new RegExp(escComma, "g"), escPeriodPattern = new RegExp(escPeriod, "g"), slashPattern = /\\\\/g, openPattern = /\\{/g, closePattern = /\\}/g, commaPattern = /\\,/g, periodPattern = /\\\./g, EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
function numeric(str2) {
  return isNaN(str2) ? str2.charCodeAt(0) : parseInt(str2, 10);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++)
    target.push(items[i]);
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0)
    return;
  let r = range("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  if (budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length, !(!r || budget.remaining < 0))
    return {
      end: r[1],
      pre: str2.slice(0, r[0]),
      body: str2.slice(r[0] + 1, r[1]),
      post: str2.slice(r[1] + 1),
      unmatched
    };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  let open = [];
  for (let i = 0; i < masked.length; i++) {
    let c = masked.charCodeAt(i);
    c === 123 ? open.push(i) : c === 125 && open.length && open.pop();
  }
  let out = "", last = 0;
  for (let i = 0; i < open.length; i++) {
    let at = open[i];
    out += masked.slice(last, at) + "\0", last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  if (budget.remaining -= str2.length, budget.remaining < 0)
    return !1;
  let close = !1;
  for (let i = str2.length - 1; i >= 0; i--) {
    let c = str2.charCodeAt(i);
    if (c === 125)
      close = !0;
    else if (c === 10 || c === 13 || c === 8232 || c === 8233)
      close = !1;
    else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44)
      return !0;
  }
  return !1;
}
function parseCommaParts(str2, budget) {
  let parts = [], carry = "";
  for (; ; ) {
    let m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0)
      return;
    if (!m) {
      let tail = str2.split(",");
      return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
    }
    let { pre, body, post } = m, p = pre.split(",");
    if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
      return pushAll(parts, p), parts;
    carry = p.pop(), pushAll(parts, p), str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2)
    return [];
  let max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  return str2.slice(0, 2) === "{}" && (str2 = "\\{\\}" + str2.slice(2)), expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, !0).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  let out = [], length = 0, nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    let prefix2 = acc[a] + pre, vs = values;
    dropEmpties && !prefix2 && (nonEmpty || (nonEmpty = values.filter((v) => v)), vs = nonEmpty);
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      let expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion), length += expansion.length;
    }
  }
  return budget.remaining -= out.length, out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  let n = body.split(/\.\./), N = [];
  if (n[0] === void 0 || n[1] === void 0)
    return N;
  let x = numeric(n[0]), y = numeric(n[1]), width = Math.max(n[0].length, n[1].length), incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1, test = lte;
  y < x && (incr *= -1, test = gte);
  let pad = n.some(isPadded), cost = pad ? width : 1, length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    if (budget.remaining -= cost, budget.remaining < 0)
      return;
    let c;
    if (isAlphaSequence)
      c = String.fromCharCode(i), c === "\\" && (c = "");
    else if (c = String(i), pad) {
      let need = width - c.length;
      if (need > 0) {
        let z = new Array(need + 1).join("0");
        i < 0 ? c = "-" + z + c.slice(1) : c = z + c;
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c), length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  if (budget.remaining -= CALL_STEPS, depth > maxDepth)
    return [str2];
  let acc = [""], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str2;
  for (; ; ) {
    let m = balancedWithBudget(str2, masked, budget);
    if (!m)
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
    let pre = m.pre, literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      if (acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget), firstGroup = !1, !m.post.length)
        break;
      str2 = m.post, masked = masked.slice(m.end + 1);
      continue;
    }
    let isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++, str2 = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0;
        continue;
      }
      return literal2();
    }
    firstGroup && (dropEmpties = isTop && !isSequence, firstGroup = !1);
    let values;
    if (isSequence) {
      if (values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget), !values)
        return literal2();
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n)
        return literal2();
      if (n.length === 1 && n[0] !== void 0) {
        if (n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1).map(embrace), budget.remaining < 0)
          return literal2();
        if (n.length === 1) {
          let next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0)
            return literal2();
          if (acc = next2, !m.post.length)
            break;
          str2 = m.post, masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++)
        acc[d] && (dropsEmpties = !1);
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        let expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1);
        if (budget.remaining < 0)
          return literal2();
        for (let k = 0; k < expanded.length; k++) {
          let v = expanded[k];
          if (!(dropsEmpties && !v)) {
            if (values.length >= max || valuesLength + v.length > maxLength)
              break outer;
            values.push(v), valuesLength += v.length;
          }
        }
      }
    }
    let next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0)
      return literal2();
    if (acc = next, !m.post.length)
      break;
    str2 = m.post, masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) }, prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]), fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0], hi = +b[0], ra = a.slice(1), rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  let zeros = "0".repeat(ra.length), nines = "9".repeat(ra.length), out = [];
  ra !== zeros && out.push(...prefix(lo++, fixed(ra, nines)));
  let last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  return lo <= hi && out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]), out.push(...last), out;
}, nonneg = (a, b, width) => {
  if (width)
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  let out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    let lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1)), hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
}, numericRange = (loStr, hiStr) => {
  let lo = Number(loStr), hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  lo > hi && ([lo, hi] = [hi, lo]);
  let width = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr) ? Math.max(loStr.length, hiStr.length) : 0, out = [];
  if (lo < 0) {
    let neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  return hi >= 0 && out.push(...nonneg(Math.max(lo, 0), hi, width)), out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", !0],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", !0],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
}, braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&"), noMatch = /$./, parseClass = (glob, position, nocase = !1, form) => {
  let norm = (c) => {
    let n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  }, pos = position;
  if (glob.charAt(pos) !== "[")
    throw new Error("not in a brace expression");
  let ranges = [], negs = [], i = pos + 1, sawStart = !1, escaping = !1, negate = !1, endPos = pos, rangeStart = "";
  WHILE: for (; i < glob.length; ) {
    let c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = !0, i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    if (sawStart = !0, c === "\\" && !escaping) {
      escaping = !0, i++;
      continue;
    }
    if (c === "[" && !escaping) {
      for (let [cls, [unip, neg]] of Object.entries(posixClasses))
        if (glob.startsWith(cls, i)) {
          if (rangeStart)
            return [noMatch, glob.length - pos];
          i += cls.length, neg ? negs.push(unip) : ranges.push(unip);
          continue WHILE;
        }
    }
    escaping = !1;
    let n = norm(c);
    if (rangeStart) {
      n.codePointAt(0) > rangeStart.codePointAt(0) ? ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n)) : n === rangeStart && ranges.push(braceEscape(n)), rangeStart = "", i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-")), i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n, i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n)), i += c.length;
  }
  if (endPos < i)
    return [noMatch, 0];
  if (!ranges.length && !negs.length)
    return [noMatch, glob.length - pos];
  let sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]", snegs = "[" + (negate ? "" : "^") + negs.join("") + "]", comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 }, extTypes = "!?+*@", lit = (ch) => ({ t: "lit", ch }), reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu"), foldCache = /* @__PURE__ */ new Map(), foldRe = (ch) => {
  let re = foldCache.get(ch);
  return re || (re = newFoldRe(ch), foldCache.size >= 1e3 && foldCache.clear(), foldCache.set(ch, re)), re;
}, litMatch = (l, c) => {
  if (c === l.ch)
    return !0;
  if (!l.re)
    return !1;
  let code2 = c.charCodeAt(0);
  if (code2 >= 128)
    return l.re.test(c);
  let ascii = l.ascii ??= new Uint8Array(128);
  return ascii[code2] ||= l.re.test(c) ? 1 : 2, ascii[code2] === 1;
}, tokenize = (p, nocase, noext, form, mark) => {
  let toks = [];
  for (let i = 0; i < p.length; ) {
    let c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      let m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        let start = i + m + mark.length, end = p.indexOf(mark, start), r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end)), alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts }), i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      let e = p.codePointAt(i + 1), ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch)), i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      let [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re }), i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c }), i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c)), i += c.length;
  }
  return toks;
}, pair = (toks) => {
  let pairs = /* @__PURE__ */ new Map(), stack = [];
  return toks.forEach((tok, i) => {
    tok.t === "open" ? stack.push(i) : tok.t === "close" && stack.length && pairs.set(stack.pop(), i);
  }), pairs;
}, build = (toks, pairs, start, end, top) => {
  let seq = [], alts = [seq];
  for (let i = start; i < end; i++) {
    let tok = toks[i], close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      let sub = build(toks, pairs, i + 1, close, !1);
      seq.push({ t: "ext", type: tok.type, alts: sub }), i = close;
    } else tok.t === "bar" && !top ? alts.push(seq = []) : tok.t === "open" ? seq.push(lit(tok.type), lit("(")) : tok.t === "bar" ? seq.push(lit("|")) : tok.t === "close" ? seq.push(lit(")")) : seq.push(tok);
  }
  return alts;
}, normalize = (items, form) => {
  let out = [], run = "", flush = () => {
    for (let ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (let it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush(), out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  return flush(), out;
}, compile = (items, nocase) => {
  let id = 1, split = (out) => ({ t: "split", id: id++, out }), seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next), item = (it, next) => {
    switch (it.t) {
      case "lit":
        let re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    let alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    let after = split([]), entry = split(alts(after));
    return after.out.push(next, entry), it.type === "*" ? after : entry;
  };
  return [seq(items, MATCH), id];
}, show = (start) => {
  let lines2 = [], seen = /* @__PURE__ */ new Set(), ref = (n) => n.t === "match" ? "match" : String(n.id), walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    let line2 = (desc) => lines2.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line2(`split -> ${n.out.map(ref).join(", ")}`);
        for (let o of n.out)
          walk(o, indent);
        return;
      case "neg":
        return line2(`!(${ref(n.sub)}) -> ${ref(n.next)}`), walk(n.sub, indent + "  "), walk(n.next, indent);
      case "lit":
        line2(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line2(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line2(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  return walk(start, ""), [`start -> ${ref(start)}`, ...lines2].join(`
`);
}, State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = !1;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
}, sameState = (a, b) => a.ids.length !== b.ids.length || a.runs.length !== b.runs.length || a.ids.some((id, i) => id !== b.ids[i]) ? !1 : a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state))), marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
}), Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots, this.dotStart = dotStart, this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    return state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b), state.match && state.ids.unshift(MATCH.id), state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    let { seen } = this.#marks;
    return seen[node.id] === state.gen ? !1 : (seen[node.id] = state.gen, !0);
  }
  #addThread(state, node) {
    let { has } = this.#marks;
    return has[node.id] === state.gen ? !1 : (has[node.id] = state.gen, state.threads.push(node), !0);
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (let o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        let sub = this.state();
        return this.add(sub, node.sub, i, !1), this.done(sub), this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        this.#addThread(state, node) && this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = !0;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (let r of state.runs)
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    state.runs.push(run), run.state.match || this.add(state, run.neg.next, i, top);
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    let next = this.state();
    for (let th of state.threads)
      switch (th.t) {
        case "lit":
          litMatch(th, c) && this.add(next, th.next, i + 1, top);
          break;
        case "any":
          this.restricted(i, top) || this.add(next, th.next, i + 1, top);
          break;
        case "class":
          !this.restricted(i, top) && th.re.test(c) && this.add(next, th.next, i + 1, top);
          break;
        case "star":
          this.restricted(i, top) || this.add(next, th, i + 1, top);
      }
    if (!this.restricted(i, top))
      for (let run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        let sub = this.step(run.state, c, i, !1);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    return this.done(next);
  }
}, stateKey = (state) => {
  let ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  let runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
}, DFA_BUDGET = 1 << 18, Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start, this.#sim = new Sim(!1, !1, marks2), this.#dotSim = new Sim(!1, !0, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    let key = stateKey(state), found = this.#states.get(key);
    if (found)
      return found;
    this.#size > DFA_BUDGET && this.#clear();
    let d = this.#make(state);
    return this.#states.set(key, d), this.#size += key.length + 1, d;
  }
  #clear() {
    this.#states.clear(), this.#size = 0, this.#plain = void 0, this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      let state2 = this.#dotSim.state();
      return this.#dotSim.add(state2, this.#start, 0, !0), this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    let state = this.#sim.state();
    return this.#sim.add(state, this.#start, 0, !0), this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    let code2 = c.charCodeAt(0), found = code2 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    let n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, !0)) : this.#intern(this.#sim.step(d.state, c, 1, !0));
    return code2 < 128 ? (d.ascii || (d.ascii = new Array(128), this.#size += 128), d.ascii[code2] = n) : d.next.set(c, n), this.#size++, n;
  }
}, linear = (start) => {
  let nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return;
    nodes.push(n);
  }
  return nodes;
}, testLinear = (nodes, chars, start, end) => {
  let ni = 0, ci = start, starNi = -1, starCi = 0;
  for (; ci < end; ) {
    let n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++, starCi = ci;
      continue;
    }
    let c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++, ci++;
      continue;
    }
    if (starNi === -1)
      return !1;
    ni = starNi + 1, ci = ++starCi;
  }
  for (; nodes[ni]?.t === "star"; )
    ni++;
  return ni === nodes.length;
}, lengths = (items) => {
  let min = 0, max = 0;
  for (let it of items) {
    let [lo, hi] = itemLengths(it);
    min += lo, max += hi;
  }
  return [min, max];
}, itemLengths = (it) => {
  if (it.t === "star")
    return [0, 1 / 0];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, 1 / 0];
  let alts = it.alts.map(lengths), min = Math.min(...alts.map((a) => a[0])), max = Math.max(...alts.map((a) => a[1])), loop = max === 0 ? 0 : 1 / 0;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
}, hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++)
    if (!litMatch(lits[j], chars[start + j]))
      return !1;
  return !0;
}, slashOrSurrogate = /[/\ud800-\udfff]/, surrogate = /[\ud800-\udfff]/, codePoints = (s) => surrogate.test(s) ? [...s] : s, noSlash = (s) => {
  if (s.includes("/"))
    throw new Error("can only match a single path portion, got: " + s);
}, Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = !1;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = !1;
  // the least and most chars that a match can have
  #min = 0;
  #max = 1 / 0;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = !1;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/"))
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    this.pattern = pattern, this.options = options;
    let { nocase = !1, noext = !1, normalize: n } = options;
    this.#form = n === !0 ? "NFC" : n || void 0;
    let literal2 = /^[?*+@]\(\)$/.test(pattern), toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark), [items] = build(toks, pair(toks), 0, toks.length, !0);
    this.#form && (items = normalize(items, this.#form));
    let [start, size] = compile(items, nocase);
    if (this.#start = start, this.#size = size, items.every((it) => it.t === "lit"))
      this.#literal = items.map((it) => it.ch).join(""), this.#literalFold = nocase;
    else {
      let lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (let it of items) {
        let l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        let l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length), nocase || (this.#prefixStr = this.#prefix.map((l) => l.ch).join(""), this.#suffixStr = this.#suffix.map((l) => l.ch).join("")), this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0), this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      let [min, max] = lengths(items);
      this.#min = min, this.#max = max;
    }
  }
  test(s) {
    return this.#form ? (noSlash(s), this.#test(s.normalize(this.#form))) : slashOrSurrogate.test(s) ? (noSlash(s), this.#test(s, [...s])) : this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0)
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    let min = this.#min, max = this.#max;
    if (chars === void 0) {
      let most = s.length, least = most + 1 >> 1;
      if (most < min || least > max)
        return !1;
      (least < min || most > max) && (chars = codePoints(s));
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max))
      return !1;
    let prefix2 = this.#prefix.length;
    if (this.#affix)
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr))
          return !1;
      } else {
        chars ??= codePoints(s);
        let end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end))
          return !1;
      }
    let dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === ".." || dotStart && !prefix2)
        return !1;
      if (this.#wild)
        return !0;
      chars ??= codePoints(s);
      let end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    if (chars ??= codePoints(s), s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      let sim = this.#dotsSim ??= new Sim(!0, !1, this.#marks), start = sim.state();
      sim.add(start, this.#start, 0, !0);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++)
        state = sim.step(state, chars[i], i, !0);
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    let dfa = this.#dfa ??= new Dfa(this.#start, this.#marks), d = dfa.start(dotStart), str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return !1;
      let code2 = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code2] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var assertValidPattern = (pattern) => {
  if (typeof pattern != "string")
    throw new TypeError("invalid pattern");
  if (pattern.length > 65536)
    throw new TypeError("pattern is too long");
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = !1, magicalBraces = !1 } = {}) => {
  let e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&"), c = e.charAt(0);
  return c === "#" ? (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1) : c === "!" ? (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1) : e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = !1, magicalBraces = !0 } = {}) => windowsPathsNoEscape && s.startsWith("@(!)") ? "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }) : magicalBraces ? windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1") : windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5, DEFAULT_GLOB_STAR_RECURSION_MAX = 200, AWE_KEY = "allowWindowsEscape", minimatch = (p, pattern, options) => (assertValidPattern(pattern), !options?.nocomment && pattern.charAt(0) === "#" ? !1 : cachedMinimatch(pattern, options).match(p)), cache = /* @__PURE__ */ new Map(), oldCache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0, cacheMax = 256, cacheMaxWeight = 32768, cacheMaxEntryWeight = 4096, cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (let s of mm.globSet)
    if (w += s.length + 1, w > cacheMaxEntryWeight)
      break;
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1, booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i])), optionsKey = (o) => {
  let n = 0, wpe = !1;
  for (let k in o) {
    let v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        v && (wpe = !0);
        break;
      case AWE_KEY:
        v === !1 && (wpe = !0);
        break;
      case "platform": {
        let p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX)
          return JSON.stringify(o);
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX)
          return JSON.stringify(o);
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
}, copyOptions = (o) => {
  let copy = {};
  for (let k in o)
    copy[k] = o[k];
  return copy;
}, cachedMinimatch = (pattern, options) => {
  let key = options ? optionsKey(options) : 0, mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  let weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) && (oldCache = cache, cache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0);
  let byPattern = cache.get(key);
  return byPattern || cache.set(key, byPattern = /* @__PURE__ */ new Map()), byPattern.set(pattern, mm), cacheSize++, cacheTotalWeight += weight, mm;
}, defaultPlatform = typeof process == "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix", path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
}, sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b), defaults = (def) => {
  if (!def || typeof def != "object" || !Object.keys(def).length)
    return minimatch;
  let orig = minimatch;
  return Object.assign((p, pattern, options = {}) => orig(p, pattern, ext(def, options)), {
    Minimatch: class extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  if (assertValidPattern(pattern), options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern))
    return [pattern];
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  return (options.windowsPathsNoEscape || options[AWE_KEY] === !1) && (p = p.replace(/\[([{}])\]/g, "[\\$1]")), expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100, rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g, inRepeatOrNegExt = (portion, mark) => {
  let stack = [];
  for (let i = 0; i < portion.length; i++) {
    let c = portion.charAt(i);
    if (c === "\\")
      i++;
    else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return !0;
    } else portion.charAt(i + 1) === "(" && "!?+*@".includes(c) ? (stack.push(c), i++) : c === ")" && stack.pop();
  }
  return !1;
}, match = (list2, pattern, options = {}) => {
  let mm = new Minimatch(pattern, options);
  return list2 = list2.filter((f) => mm.match(f)), mm.options.nonull && !list2.length && list2.push(pattern), list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/, classEnd = (pattern, start) => {
  let i = start + 1;
  (pattern.charAt(i) === "!" || pattern.charAt(i) === "^") && i++;
  let sawStart = !1;
  for (; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = !0, c === "\\" && i++;
  }
  return -1;
}, literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\")
      lit2 += pattern.charAt(++i) || c;
    else {
      if (c === "*" || c === "?")
        return;
      if (c === "[") {
        let close = classEnd(pattern, i);
        if (close === -1) {
          lit2 += c;
          continue;
        }
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("\\") && (body = body.slice(1)), [...body].length !== 1 || "!^".includes(pattern.charAt(i + 1)))
          return;
        lit2 += body, i = close;
      } else {
        if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2))
          return;
        lit2 += c;
      }
    }
  }
  return lit2;
}, MAX_EXTGLOBS = 256, extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    let c = pattern.charAt(i);
    c === "\\" ? i++ : "+@!?*".includes(c) && pattern.charAt(i + 1) === "(" && (n++, i++);
  }
  return n;
}, assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS)
    throw new TypeError("pattern has too many extglobs");
}, extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return !1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return !1;
    } else if (c === "[") {
      let close = classEnd(pattern, i);
      close !== -1 && (i = close);
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(")
      depth++, i++;
    else if (c === ")") {
      if (!depth--)
        return !1;
    } else if (c === "|" && !depth)
      return !1;
  }
  return !depth;
}, lastSplit, lastChecked, portionMatch = (p, f) => typeof p == "string" ? f === p : f !== "" && p.testUnchecked(f), endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1, isDots = (p) => p === "." || p === "..", isDrive = (p) => typeof p == "string" && /^[a-z]:$/i.test(p), isLongUNC = (p) => typeof p == "string" && /^unc$/i.test(p), uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  let h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1, host = p[h], share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
}, walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith(".")), dotPortion = (f, start, end, dot, sep3) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return !0;
      let n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep3))
        return !0;
    }
    let s = nextSep(f, k, sep3);
    if (s === -1)
      return !1;
    for (k = s + 1; k < end && isSep(f.charCodeAt(k), sep3); )
      k++;
  }
  return !1;
}, isSep = (c, sep3) => sep3 === "/" ? c === 47 : sep3 === "\\" ? c === 92 : c === 47 || c === 92, nextSep = (f, from, sep3) => {
  if (sep3 !== "both")
    return f.indexOf(sep3, from);
  let s = f.indexOf("/", from), b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
}, lastSep = (f, from, sep3) => sep3 !== "both" ? f.lastIndexOf(sep3, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from)), PENDING = {}, Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = !1;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern), options = options || {}, this.options = options, this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX, this.pattern = pattern, this.platform = options.platform || defaultPlatform, this.isWindows = this.platform === "win32", this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === !1, this.windowsPathsNoEscape && (this.pattern = this.pattern.replace(/\\/g, "/")), this.preserveMultipleSlashes = !!options.preserveMultipleSlashes, this.negate = !1, this.nonegate = !!options.nonegate, this.comment = !1, this.empty = !1, this.partial = !!options.partial, this.nocase = !!this.options.nocase, this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase), this.globSet = [], this.globParts = [], this.set = [], this.#endCheck = !this.preserveMultipleSlashes, this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    let n = options.normalize;
    this.#form = n === !0 ? "NFC" : n || void 0, this.make();
    let drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]), this.#literals = this.set.map((row, r) => {
      let end = this.#endRows[r] ? row.length - 1 : row.length, lits = row.slice(drives[r] + 1, end).filter((p) => typeof p == "string" && !!p);
      return [...new Set(lits)];
    }), this.#literalCheck = this.#literals.some((l) => l.length), this.#shapes = this.set.map((row, r) => {
      let [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2 && p0 === GLOBSTAR && p1 !== GLOBSTAR)
        return "tail";
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "")
        return "base";
      if (!(!this.#endCheck || drives[r] !== -1)) {
        if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
        this.maxGlobstarRecursion > 0)
          return "mid";
        if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "")
          return "head";
      }
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    if (row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]))
      return 3;
    let h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1)
      return !0;
    for (let pattern of this.set)
      for (let part of pattern)
        if (typeof part != "string")
          return !0;
    return !1;
  }
  make() {
    let pattern = this.pattern, options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = !0;
      return;
    }
    if (!pattern) {
      this.empty = !0;
      return;
    }
    this.parseNegate(), this.globSet = [...new Set(this.#expandBraces())];
    let rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts), this.#pending = !0;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        let n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4, isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p)), isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC)
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        if (isDrive2)
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
      }
      return s.map((ss) => this.parse(ss));
    });
    if (this.set = set.filter((s) => s.indexOf(!1) === -1), this.isWindows)
      for (let i = 0; i < this.set.length; i++) {
        let p = this.set[i];
        p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3])) && (isLongUNC(this.globParts[i][3]) && (p[3] = "UNC"), p[2] = "?");
      }
    options.noext || this.mergeRows(), this.#pending = !1, this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++)
        row[k] === PENDING && (row[k] = this.parse(this.globParts[i][k]));
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = !0;
    for (; merged; ) {
      if (merged = !1, this.set.length < 2)
        return;
      let keys = this.#mergeKeys(), len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        let groups = /* @__PURE__ */ new Map(), R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k]))
            return;
          let { pre, suf } = keys[i], key = pre[k] * R + suf[k + 1], g = groups.get(key);
          g ? g.push(i) : groups.set(key, [i]);
        });
        let drop = /* @__PURE__ */ new Set();
        for (let g of groups.values()) {
          if (g.length < 2)
            continue;
          let [first, ...rest] = g, glob = `@(${g.map((i) => this.globParts[i][k]).join("|")})`;
          if (!(extglobCount(glob) > MAX_EXTGLOBS)) {
            this.globParts[first][k] = glob, this.set[first][k] = this.parse(glob);
            for (let i of rest)
              drop.add(i);
          }
        }
        if (drop.size) {
          if (merged = !0, this.set = this.set.filter((_, i) => !drop.has(i)), this.globParts = this.globParts.filter((_, i) => !drop.has(i)), this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    let partIds = /* @__PURE__ */ new Map(), ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      return id === void 0 && partIds.set(s, id = partIds.size), id;
    })), P = partIds.size, len = Math.max(0, ...ids.map((r) => r.length)), keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { pre } = keys[i], key = pre[k] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { suf } = keys[i], key = suf[k + 1] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar)
      for (let partset of globParts)
        for (let j = 0; j < partset.length; j++)
          partset[j] === "**" && (partset[j] = "*");
    let { optimizationLevel = 1 } = this.options;
    return optimizationLevel >= 2 ? (globParts = this.firstPhasePreProcess(globParts), globParts = this.secondPhasePreProcess(globParts)) : optimizationLevel >= 1 ? globParts = this.levelOneOptimize(globParts) : globParts = this.adjascentGlobstarOptimize(globParts), globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
        let i = gs;
        for (; parts[i + 1] === "**"; )
          i++;
        i !== gs && parts.splice(gs, i - gs);
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      let root = this.#rootIndex(parts) + 1;
      return parts = parts.reduce((set, part) => {
        let prev = set[set.length - 1];
        return part === "**" && prev === "**" ? set : part === ".." && set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**" ? (set.pop(), set) : (set.push(part), set);
      }, []), parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    let sep3 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\", ends = this.#endCheck ? 0 : -1, last = "", lastStart = 0, prev, prevStart = 0, dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      let row = this.set[r], p = row[row.length - 1], end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        let i = lastSep(f, f.length, sep3);
        if (lastStart = i + 1, last = f.slice(lastStart), last === "" && i >= 0) {
          let j = i;
          for (; j > 0 && isSep(f.charCodeAt(j - 1), sep3); )
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep3) + 1, prev = f.slice(prevStart, j);
        }
        let resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1, end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p == "string" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      if (this.#literalCheck) {
        for (let l of this.#literals[r])
          if (!f.includes(l))
            continue ROWS;
      }
      if (end && typeof p == "object" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      let shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, !0, sep3))
          return "maybe";
        if (!dotPortion(f, 0, tailStart, dot, sep3))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        let m = this.#walk(f, row, shape === "head", dot, sep3);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    let dot = !!this.options.dot, n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0]))
        return !1;
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    let x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t]) && (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])))
        return !1;
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        for (; i < n && walkable(file[i], dot); )
          i++;
        if (i === n)
          return !0;
      }
      if (!walkable(file[k], dot))
        return !1;
    }
    return !1;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep3) {
    if (this.#level2 && dotPortion(f, 0, f.length, !0, sep3))
      return "maybe";
    let x = row[head ? 0 : 1], s = 0;
    for (let e = nextSep(f, s, sep3); e !== -1; e = nextSep(f, s, sep3)) {
      let next = e + 1;
      for (; next < f.length && isSep(f.charCodeAt(next), sep3); )
        next++;
      if ((typeof x == "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e))) && !dotPortion(f, next, f.length, dot, sep3))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep3))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    let last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    let { isWindows, preserveMultipleSlashes } = this, parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f), normalize2 = this.#form;
    return normalize2 && (parts = parts.map((p) => p.normalize(normalize2))), lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    }, lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    let parts = [...file], didSomething = !1;
    do {
      if (didSomething = !1, !this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          let p = parts[i];
          i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
        }
        parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
      }
      let root = this.#rootIndex(parts) + 1, dd = root;
      for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
        let p = parts[dd - 1];
        p && p !== "." && p !== ".." && p !== "**" && (didSomething = !0, parts.splice(dd - 1, 2), dd = Math.max(dd - 2, root));
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options, splitCells = 0, maxSplitCells = 1e6, didSomething = !1;
    do {
      didSomething = !1;
      for (let parts of globParts) {
        let gs = -1;
        for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
          let gss = gs;
          for (; parts[gss + 1] === "**"; )
            gss++;
          gss > gs && parts.splice(gs + 1, gss - gs);
          let next = parts[gs + 1], p = parts[gs + 2], p2 = parts[gs + 3];
          if (next !== ".." || !p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..")
            continue;
          let addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells)
            throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");
          didSomething = !0, parts.splice(gs, 1);
          let other = parts.slice(0);
          other[gs] = "**", splitCells += addedCells, globParts.push(other), gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            let p = parts[i];
            i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
          }
          parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
        }
        let root = this.#rootIndex(parts) + 1, dd = root;
        for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
          let p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = !0;
            let splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin), parts.length === 0 && parts.push(""), dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    let keys = /* @__PURE__ */ new Set(), rows = globParts.filter((parts) => {
      let key = parts.join("/");
      return keys.has(key) ? !1 : (keys.add(key), !0);
    }), stars = /* @__PURE__ */ new Map();
    for (let parts of rows) {
      let s = [];
      for (let i = 0; i < parts.length; i++)
        parts[i] === "*" && s.push(i);
      s.length && stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    let { dot } = this.options;
    return rows.filter((parts) => {
      for (let s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        let c = [...parts], ok = !0, changed = !1;
        for (let i of s) {
          let p = parts[i];
          if (p !== "*") {
            if (!p || p === "**" || !dot && p.startsWith(".")) {
              ok = !1;
              break;
            }
            c[i] = "*", changed = !0;
          }
        }
        if (ok && changed && keys.has(c.join("/")))
          return !1;
      }
      return !0;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    let pattern = this.pattern, negate = !1, negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++)
      negate = !negate, negateOffset++;
    negateOffset && (this.pattern = pattern.slice(negateOffset)), this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0, patternStartIndex = 0, fh = this.isWindows ? uncHost(resolved) : -1, ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      let host = pattern[ph], share = pattern[ph + 1];
      typeof host != "string" || typeof share != "string" ? (fileStartIndex = fh, patternStartIndex = ph) : resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase() && (fileStartIndex = fh + 2, patternStartIndex = ph + 2);
    } else if (this.isWindows) {
      let fileDrive = typeof file[0] == "string" && /^[a-z]:$/i.test(file[0]), fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]), patternDrive = typeof pattern[0] == "string" && /^[a-z]:$/i.test(pattern[0]), patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] == "string" && /^[a-z]:$/i.test(pattern[3]), fdi = fileUNC ? 3 : fileDrive ? 0 : void 0, pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi == "number" && typeof pdi == "number") {
        let [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        fd.toLowerCase() === pd.toLowerCase() && (patternStartIndex = pdi + 1, fileStartIndex = fdi + 1);
      }
    }
    return file = resolved, pattern.includes(GLOBSTAR) ? this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex) : this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    let { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      let headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd))
        return !1;
      fileIndex += head.length, patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return !1;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0))
        fileTailMatch = tail.length;
      else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length || (tailStart--, !this.#matchOne(file, tail, partial, tailStart, 0)))
          return !1;
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        let f = String(file[i]);
        if (sawSome = !0, f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    byStart || (byStart = [], this.#globstarParts.set(pattern, byStart));
    let key = patternIndex * 2 + (partial ? 1 : 0), found = byStart[key];
    if (found)
      return found;
    let firstgs = pattern.indexOf(GLOBSTAR, patternIndex), lastgs = pattern.lastIndexOf(GLOBSTAR), head = pattern.slice(patternIndex, firstgs), body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs), tail = partial ? [] : pattern.slice(lastgs + 1), segments = [[[], 0]], current = segments[0], nonGsParts = 0, nonGsPartsSums = [0];
    for (let b of body)
      b === GLOBSTAR ? (nonGsPartsSums.push(nonGsParts), current = [[], 0], segments.push(current)) : (current[0].push(b), nonGsParts++);
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    let parts = { head, body, tail, segments };
    return byStart[key] = parts, parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    let bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial)
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = !0;
        let f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return sawTail;
    }
    let [body, need] = bs, after = partial ? fileLength : fileLength - need;
    for (; fileIndex <= after; ) {
      let key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return !1;
      if (tried.add(key), this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length) && globStarDepth < this.maxGlobstarRecursion) {
        let sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== !1)
          return sub;
      }
      if (fileIndex === after)
        break;
      let f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
        return !1;
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi, pi, pl, fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi], f = file[fi];
      if (p === !1 || p === GLOBSTAR || !portionMatch(p, f))
        return !1;
    }
    if (fi === fl && pi === pl)
      return !0;
    if (fi === fl)
      return partial;
    if (pi === pl)
      return fi === fl - 1 && file[fi] === "";
    throw new Error("wtf?");
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    let { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code2 = 57344;
    for (; pattern.includes(String.fromCharCode(code2)); )
      if (++code2 > 63743)
        return this.braceExpand();
    let mark = String.fromCharCode(code2), found = !1, marked = pattern.replace(rangeRe, (m, lo, hi) => {
      let a = Number(lo), b = Number(hi);
      return !Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN ? m : (found = !0, `${mark}${lo}..${hi}${mark}`);
    });
    if (!found)
      return this.braceExpand();
    let set = braceExpand(marked, this.options);
    for (let p of set)
      for (let portion of p.split("/")) {
        let c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark))
          return this.braceExpand();
        if (!this.options.noext && inRepeatOrNegExt(portion, mark))
          return this.braceExpand();
      }
    return this.#rangeMark = mark, set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    let options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let { nocase, nocaseMagicOnly, noext = !1, dot, normalize: normalize2 } = options, rangeMark = this.#rangeMark, lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase()))
      return this.#norm(lit2);
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    return m || (noext || assertValidExtglobs(pattern), m = new Matcher(pattern, {
      nocase,
      noext,
      dot,
      normalize: normalize2,
      ...rangeMark && { rangeMark }
    }), this.#matchers.set(pattern, m)), m;
  }
  #slashSplit(p) {
    return this.preserveMultipleSlashes ? p.split("/") : this.isWindows && /^\/\/[^/]+/.test(p) ? ["", ...p.split(/\/+/)] : p.split(/\/+/);
  }
  match(f, partial = this.partial) {
    if (this.comment)
      return !1;
    if (this.empty)
      return f === "";
    if (f === "/" && partial)
      return !0;
    let options = this.options, split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        let can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? !1 : this.negate;
        if (can === "yes")
          return options.flipNegate ? !0 : !this.negate;
      }
      split = this.#split(f);
    }
    let ff = split.parts, resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff, set = this.set, filename = ff[ff.length - 1];
    if (!filename)
      for (let i = ff.length - 2; !filename && i >= 0; i--)
        filename = ff[i];
    for (let r = 0; r < set.length; r++) {
      let pattern = set[r], shape = partial ? void 0 : this.#shapes[r];
      if (shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial))
        return options.flipNegate ? !0 : !this.negate;
    }
    return options.flipNegate ? !1 : this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/glob-pattern.ts
var MAX_GLOB_LENGTH = 512, MAX_GLOB_EXPANSIONS = 1e3, SAFE_OPTIONS = {
  dot: !0,
  nocomment: !0,
  optimizationLevel: 1,
  // One more than allowed, so that an oversized expansion is seen and refused, not truncated.
  braceExpandMax: MAX_GLOB_EXPANSIONS + 1
};
function compileGlob(pattern, options = {}) {
  let shown = pattern.length > 60 ? `${pattern.slice(0, 60)}...` : pattern;
  if (pattern.length > MAX_GLOB_LENGTH)
    throw new Error(
      `pattern "${shown}" is ${pattern.length} characters long (at most ${MAX_GLOB_LENGTH})`
    );
  let matcher = new Minimatch(pattern, { ...SAFE_OPTIONS, ...options });
  if (matcher.set.length > MAX_GLOB_EXPANSIONS)
    throw new Error(
      `pattern "${shown}" expands to more than ${MAX_GLOB_EXPANSIONS} patterns (brace sets)`
    );
  return matcher;
}

// src/versions.ts
var import_semver = __toESM(require_semver2(), 1);
function compileRange(range2) {
  try {
    return new import_semver.default.Range(range2, { loose: !0 });
  } catch {
    throw new Error(`invalid semver range "${range2}"`);
  }
}
function versionSatisfies(version, range2) {
  if (!version) return !1;
  let parsed3 = import_semver.default.valid(version, { loose: !0 }) ?? import_semver.default.coerce(version)?.version;
  return parsed3 != null && range2.test(parsed3);
}

// src/conditions.ts
function list(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
var GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
function compileGlobs(patterns, options = {}) {
  let fold = options.nocase ? (v) => v.toLowerCase() : (v) => v, literals = /* @__PURE__ */ new Set(), globs = [];
  for (let pattern of patterns) {
    if (pattern.search(GLOB_MAGIC) === -1) {
      literals.add(fold(pattern));
      continue;
    }
    let mm = compileGlob(pattern, { nocase: !1, ...options });
    if (mm.negate) {
      globs.push({ prefix: "", mm });
      continue;
    }
    for (let expanded of mm.globSet) {
      let magic = expanded.search(GLOB_MAGIC);
      if (magic === -1) literals.add(fold(expanded));
      else {
        let one = compileGlob(expanded, { nocase: !1, ...options, nobrace: !0 });
        globs.push({ prefix: fold(expanded.slice(0, magic)), mm: one });
      }
    }
  }
  return (value) => {
    let folded = fold(value);
    if (literals.has(folded)) return !0;
    for (let { prefix: prefix2, mm } of globs)
      if (folded.startsWith(prefix2) && mm.match(value)) return !0;
    return !1;
  };
}
var COMPARISON = /^(>=|<=|>|<|=)?\s*([a-z]+)$/;
function compileOrdered(expressions, isName2, rank2, what) {
  let tests = expressions.map((expr) => {
    let m = COMPARISON.exec(expr.trim().toLowerCase()), name = m?.[2];
    if (!m || !name || !isName2(name)) throw new Error(`invalid ${what} expression "${expr}"`);
    let r = rank2(name);
    switch (m[1]) {
      case ">=":
        return (v) => rank2(v) >= r;
      case "<=":
        return (v) => rank2(v) <= r;
      case ">":
        return (v) => rank2(v) > r;
      case "<":
        return (v) => rank2(v) < r;
      default:
        return (v) => v === name;
    }
  });
  return (value) => tests.some((t) => t(value));
}
function compileSeverity(expressions) {
  return compileOrdered(expressions, (n) => SEVERITIES.includes(n), severityRank, "severity");
}
function compileClassification(expressions) {
  return compileOrdered(expressions, (n) => CLASSIFICATIONS.includes(n), (c) => CLASSIFICATIONS.indexOf(c), "classification");
}
var THRESHOLD = /^(>=|<=|>|<)?\s*(\d+(?:\.\d+)?)$/;
function compileEpss(value) {
  let m = typeof value == "number" ? [">=", ">=", String(value)] : THRESHOLD.exec(value.trim()), limit = Number(m?.[2]);
  if (!m || !Number.isFinite(limit) || limit < 0 || limit > 1)
    throw new Error(`invalid epss threshold "${value}" (a probability between 0 and 1)`);
  let op = m[1] ?? ">=";
  return (epss) => epss === void 0 ? !1 : op === ">" ? epss > limit : op === "<" ? epss < limit : op === "<=" ? epss <= limit : epss >= limit;
}
function cweKey(value) {
  let m = /(\d+)/.exec(String(value));
  return m ? `CWE-${m[1]}` : String(value).toUpperCase();
}
function identifiers(f) {
  return f.ruleId ? [f.id, ...f.aliases, f.ruleId] : [f.id, ...f.aliases];
}
var BUILDERS = [
  ({ severity }) => {
    if (severity === void 0) return;
    let test = compileSeverity(list(severity));
    return (s) => test(s.severity);
  },
  ({ layer }) => {
    if (layer === void 0) return;
    let layers = new Set(list(layer));
    return (s) => layers.has(s.finding.layer);
  },
  ({ fixable }) => fixable === void 0 ? void 0 : (s) => (s.finding.fix?.available ?? !1) === fixable,
  ({ id }) => {
    if (id === void 0) return;
    let test = compileGlobs(list(id), { nocase: !0 });
    return (s) => identifiers(s.finding).some(test);
  },
  ({ package: pkg }) => {
    if (pkg === void 0) return;
    let test = compileGlobs(list(pkg));
    return (s) => s.finding.package !== void 0 && test(s.finding.package.name);
  },
  ({ versions }) => {
    if (versions === void 0) return;
    let range2 = compileRange(versions);
    return (s) => versionSatisfies(s.finding.package?.version, range2);
  },
  ({ path: path2 }) => {
    if (path2 === void 0) return;
    let test = compileGlobs(list(path2));
    return (s) => s.paths.some(test);
  },
  ({ cwe }) => {
    if (cwe === void 0) return;
    let wanted = new Set(list(cwe).map(cweKey));
    return (s) => s.finding.cwe.some((c) => wanted.has(cweKey(c)));
  },
  ({ epss }) => {
    if (epss === void 0) return;
    let test = compileEpss(epss);
    return (s) => test(s.finding.epss);
  },
  ({ kev }) => kev === void 0 ? void 0 : (s) => (s.finding.kev ?? !1) === kev,
  ({ control }) => {
    if (control === void 0) return;
    let wanted = new Set(list(control));
    return (s) => s.controls.some((c) => wanted.has(c));
  },
  ({ classification }) => {
    if (classification === void 0) return;
    let test = compileClassification(list(classification));
    return (s) => test(s.classification);
  },
  ({ asset }) => {
    if (asset === void 0) return;
    let test = compileGlobs(list(asset));
    return (s) => s.asset !== void 0 && test(s.asset);
  },
  ({ tool }) => {
    if (tool === void 0) return;
    let test = compileGlobs(list(tool), { nocase: !0 });
    return (s) => s.finding.foundBy.some((src) => test(src.tool)) || test(s.finding.tool);
  }
];
function compileWhen(when) {
  let predicates = BUILDERS.map((b) => b(when)).filter((p) => !!p);
  return (subject) => predicates.every((p) => p(subject));
}

// src/assets.ts
function compileAssets(specs) {
  return specs.map((spec) => ({
    spec,
    matchesPath: compileGlobs(spec.paths ?? []),
    matchesImage: compileGlobs(spec.images ?? [])
  }));
}
function normalisePath(path2, root) {
  let key = root === void 0 ? path2 : `${root}\0${path2}`, normal = NORMALISED.get(key);
  return normal === void 0 && (NORMALISED.size >= 1e5 && NORMALISED.clear(), normal = normaliseUncached(path2, root), NORMALISED.set(key, normal)), normal;
}
var NORMALISED = /* @__PURE__ */ new Map();
function normaliseUncached(path2, root) {
  let p = path2.replace(/\\/g, "/");
  if (root && isAbsolute(p)) {
    let rel = relative(root, p).replace(/\\/g, "/");
    rel.startsWith("../") || (p = rel);
  }
  return p = posix.normalize(p), p.startsWith("./") ? p.slice(2) : p;
}
function imageRef(target) {
  if (!target.endsWith(")")) return target;
  let open = target.search(/\s\(/);
  return open === -1 ? target : target.slice(0, open).trimEnd();
}
function placesOf(f, root) {
  let places = [];
  f.location?.path && places.push({ kind: "location", value: normalisePath(f.location.path, root) }), f.target && places.push({ kind: "target", value: f.target });
  for (let s of f.foundBy) places.push({ kind: "report", value: normalisePath(s.report, root) });
  return places;
}
function placeMatches(asset, place) {
  return place.kind === "target" && asset.matchesImage(imageRef(place.value)) || asset.matchesPath(place.value);
}
function assignAsset(f, assets, fallback, root) {
  if (assets.length === 0) return { classification: fallback };
  let best, places = placesOf(f, root);
  for (let asset of assets) {
    let place = places.find((p) => placeMatches(asset, p));
    place && (!best || classificationRank(asset.spec.classification) > classificationRank(best.asset.spec.classification)) && (best = { asset, via: `${place.kind} ${place.value}` });
  }
  if (!best) return { classification: fallback };
  let { spec } = best.asset;
  return {
    asset: spec.name,
    classification: spec.classification,
    ...spec.owner ? { owner: spec.owner } : {},
    via: best.via
  };
}

// src/controls.ts
function compileControls(specs) {
  return Object.entries(specs).map(([name, spec]) => {
    let idMatches = compileGlobs(spec.ids ?? [], { nocase: !0 }), layers = new Set(spec.layers ?? []), matchesWith = (f, ids) => layers.has(f.layer) || ids.some(idMatches);
    return { name, spec, matches: (f) => matchesWith(f, identifiers(f)), matchesWith };
  });
}
function controlsOf(f, controls) {
  let ids = identifiers(f), names = [];
  for (let c of controls) c.matchesWith(f, ids) && names.push(c.name);
  return names;
}

// src/judge.ts
var ACTION_STRICTNESS = { block: 3, warn: 2, info: 1, ignore: 0 };
function verdictOf(action) {
  return action === "ignore" ? "ignored" : action;
}
function strictest(matched) {
  let decider = matched[0];
  for (let rule of matched)
    decider && ACTION_STRICTNESS[rule.action] > ACTION_STRICTNESS[decider.action] && (decider = rule);
  return decider;
}
var EXPLAINED = /* @__PURE__ */ new WeakMap(), NO_RULES = { matchedRules: [], considered: [] };
function explained(matched) {
  let first = matched[0];
  if (!first) return NO_RULES;
  let byKey = EXPLAINED.get(first);
  byKey || EXPLAINED.set(first, byKey = /* @__PURE__ */ new Map());
  let key = matched.length === 1 ? "" : matched.map((r) => r.id).join("\0"), e = byKey.get(key);
  return e || (e = {
    matchedRules: matched.map((r) => r.id),
    considered: matched.map((r) => ({ rule: r.id, action: r.action, source: r.source }))
  }, byKey.set(key, e)), e;
}
function judge(finding6, policy, ctx) {
  let severity = finding6.severity === "unknown" ? policy.settings.unknownSeverity : finding6.severity, assignment = ctx.forced ?? assignAsset(finding6, policy.assets, policy.defaultClassification, ctx.root), controls = controlsOf(finding6, policy.controls), paths = [];
  finding6.location?.path && paths.push(normalisePath(finding6.location.path, ctx.root));
  for (let s of finding6.foundBy) s.report && paths.push(normalisePath(s.report, ctx.root));
  let subject = {
    finding: finding6,
    severity,
    classification: assignment.classification,
    asset: assignment.asset,
    controls,
    paths
  }, matched = policy.rules.filter((r) => r.matches(subject)), decider = strictest(matched), { matchedRules, considered } = explained(matched), judged = {
    finding: finding6,
    matchedRules,
    considered,
    effectiveSeverity: severity,
    asset: assignment.asset,
    classification: assignment.classification,
    owner: assignment.owner,
    assetVia: assignment.via,
    controls,
    rule: decider?.id,
    verdict: "ignored",
    reason: "",
    waivedVerdict: void 0,
    waivedBy: void 0,
    waiver: void 0
  };
  if (finding6.suppressed)
    return judged.reason = `suppressed by the scanner (${finding6.suppressed.kind})`, judged;
  let action = decider?.action ?? policy.settings.defaultAction, verdict = verdictOf(action), reason = reasonOf(decider, action), waiver = ctx.waivers.find((w) => w.covers(subject, decider?.id, ctx.root));
  if (!waiver)
    return judged.verdict = verdict, judged.reason = reason, judged;
  let { spec } = waiver;
  return judged.verdict = "waived", judged.waivedVerdict = verdict, judged.waivedBy = waiver, judged.waiver = {
    id: spec.id,
    owner: spec.owner,
    reason: spec.reason,
    expires: spec.expires,
    source: waiver.source,
    ...spec.ticket ? { ticket: spec.ticket } : {},
    ...spec["approved-by"] ? { approvedBy: spec["approved-by"] } : {}
  }, judged.reason = `waived by ${spec.owner} until ${spec.expires} (${spec.reason}); otherwise ${reason}`, judged;
}
var REASONS = /* @__PURE__ */ new WeakMap();
function reasonOf(decider, action) {
  if (!decider) return `no rule matched; default action ${action}`;
  let reason = REASONS.get(decider);
  return reason === void 0 && (reason = `rule ${decider.id} (${decider.action})${decider.description ? `: ${decider.description}` : ""}`, REASONS.set(decider, reason)), reason;
}

// src/waivers.ts
var EXPIRING_SOON_DAYS = 14, DAY_MS = 864e5;
function compileWaiver(spec, source) {
  let endsAt = new Date(Date.parse(`${spec.expires}T00:00:00Z`) + DAY_MS);
  if (Number.isNaN(endsAt.getTime())) throw new Error(`invalid expiry date "${spec.expires}"`);
  let id = spec.id.toLowerCase(), range2 = spec.versions === void 0 ? void 0 : compileRange(spec.versions), inPaths = spec.paths ? compileGlobs(spec.paths) : void 0;
  return {
    spec,
    source,
    endsAt,
    covers(subject, decidingRule, root) {
      let f = subject.finding;
      return !(!identifiers(f).some((x) => x.toLowerCase() === id) || spec.package !== void 0 && f.package?.name !== spec.package || range2 && !versionSatisfies(f.package?.version, range2) || spec.asset !== void 0 && subject.asset !== spec.asset || spec.rule !== void 0 && decidingRule !== spec.rule || inPaths && !pathsCover(inPaths, f, root));
    }
  };
}
function pathsCover(test, f, root) {
  return f.location?.path && test(normalisePath(f.location.path, root)) ? !0 : f.foundBy.length > 0 && f.foundBy.every((s) => test(normalisePath(s.report, root)));
}
function waiverState(w, now, maxDays) {
  return w.endsAt.getTime() <= now.getTime() ? "expired" : maxDays !== void 0 && w.endsAt.getTime() - now.getTime() > (maxDays + 1) * DAY_MS ? "over-long" : "active";
}
function reportWaiver(w, state, findings, now, maxDays) {
  let { spec } = w, daysLeft = Math.ceil((w.endsAt.getTime() - now.getTime()) / DAY_MS), status = state, message;
  return state === "expired" ? message = `expired on ${spec.expires}: it no longer waives anything; fix the finding or renew the waiver` : state === "over-long" ? message = `expires ${spec.expires}, more than settings.max-waiver-days (${maxDays}) from now: not applied until shortened` : findings === 0 ? (status = "unused", message = "matched no finding: remove it, or check that its id, package, paths and asset are right") : daysLeft <= EXPIRING_SOON_DAYS ? (status = "expiring-soon", message = `expires in ${daysLeft} day(s) (${spec.expires})`) : message = `waives ${findings} finding(s) until ${spec.expires}`, {
    id: spec.id,
    owner: spec.owner,
    reason: spec.reason,
    expires: spec.expires,
    ...spec["approved-by"] ? { approvedBy: spec["approved-by"] } : {},
    ...spec.ticket ? { ticket: spec.ticket } : {},
    source: w.source,
    status,
    findings,
    message
  };
}

// src/evaluate.ts
var VERDICTS = ["block", "warn", "info", "ignored", "waived"];
function evaluate(findings, policy, now, reports2 = [], options = {}) {
  let maxDays = policy.settings.maxWaiverDays, states = new Map(policy.waivers.map((w) => [w, waiverState(w, now, maxDays)])), active = policy.waivers.filter((w) => states.get(w) === "active"), uses = /* @__PURE__ */ new Map(), ctx = { waivers: active, root: options.root }, evaluated = findings.map((f) => {
    let judged = judge(f, policy, ctx), { waivedBy } = judged;
    return waivedBy && (uses.set(waivedBy, (uses.get(waivedBy) ?? 0) + 1), judged.waivedBy = void 0), judged;
  });
  evaluated.sort(byVerdictThenSeverity);
  let byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])), bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (let e of evaluated)
    byVerdict[e.verdict]++, bySeverity[e.finding.severity]++;
  let evidence2 = checkEvidence(reports2, policy.require, now), waivers2 = policy.waivers.map(
    (w) => reportWaiver(w, states.get(w) ?? "active", uses.get(w) ?? 0, now, maxDays)
  );
  return {
    outcome: evidence2.errors.length > 0 ? "fail" : outcomeOf(byVerdict, policy.settings.failOn),
    evaluatedAt: now.toISOString(),
    policy: { source: policy.source, failOn: policy.settings.failOn },
    reports: reports2,
    findings: evaluated,
    waivers: waivers2,
    coverage: evidence2.coverage,
    errors: evidence2.errors,
    warnings: evidence2.warnings,
    counts: { total: evaluated.length, byVerdict, bySeverity }
  };
}
function outcomeOf(counts, failOn) {
  return counts.block > 0 ? failOn === "never" ? "warn" : "fail" : counts.warn > 0 ? failOn === "warn" ? "fail" : "warn" : "pass";
}
var VERDICT_ORDER = {
  block: 0,
  warn: 1,
  info: 2,
  waived: 3,
  ignored: 4
};
function byVerdictThenSeverity(a, b) {
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || severityRank(b.finding.severity) - severityRank(a.finding.severity) || compareText(a.finding.id, b.finding.id) || compareText(a.finding.fingerprint, b.finding.fingerprint);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/baseline.ts
var BASELINE_FORMAT = "ztgate-baseline", BASELINE_VERSION = 1;
function makeBaseline(evaluation, now) {
  let findings = evaluation.findings.map(({ finding: f, verdict }) => ({
    fingerprint: f.fingerprint,
    id: f.id,
    ...f.package ? { package: `${f.package.name}@${f.package.version ?? ""}` } : {},
    verdict
  })).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: now.toISOString(),
    policy: evaluation.policy.source,
    findings
  };
}
function serialiseBaseline(baseline2) {
  return JSON.stringify(baseline2, null, 2) + `
`;
}
function parseBaseline(text2, file) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (err) {
    throw new GateError(`baseline is not valid JSON (${err.message})`, { file });
  }
  let d = doc;
  if (typeof d != "object" || d === null || d.format !== BASELINE_FORMAT)
    throw new GateError(`not a ztgate baseline (no "format": "${BASELINE_FORMAT}")`, { file });
  if (d.version !== BASELINE_VERSION)
    throw new GateError(
      `baseline version ${JSON.stringify(d.version)} is not supported (this ztgate reads version ${BASELINE_VERSION}); write it again with ztgate baseline write`,
      { file }
    );
  if (!Array.isArray(d.findings) || !d.findings.every(isEntry))
    throw new GateError("baseline findings must be a list of {fingerprint, id, verdict}", {
      file
    });
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: String(d.createdAt ?? ""),
    policy: String(d.policy ?? ""),
    findings: d.findings
  };
}
function isEntry(e) {
  let x = e;
  return typeof x == "object" && x !== null && typeof x.fingerprint == "string" && typeof x.id == "string" && VERDICTS.includes(x.verdict);
}
var STRICTNESS = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };
function applyBaseline(evaluation, baseline2, file) {
  let recorded = new Map(baseline2.findings.map((e) => [e.fingerprint, e.verdict])), findings = evaluation.findings.map((e) => {
    let before = recorded.get(e.finding.fingerprint), existing3 = before !== void 0 && STRICTNESS[e.verdict] <= STRICTNESS[before];
    return { ...e, baseline: existing3 ? "existing" : "new" };
  }), newVerdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (let e of findings) e.baseline === "new" && newVerdicts[e.verdict]++;
  let present = new Set(evaluation.findings.map((e) => e.finding.fingerprint)), existing2 = findings.filter((e) => e.baseline === "existing").length;
  return {
    ...evaluation,
    // Missing or stale evidence fails the gate whatever the findings are; a baseline cannot
    // change that.
    outcome: evaluation.errors.length > 0 ? "fail" : outcomeOf(newVerdicts, evaluation.policy.failOn),
    findings,
    baseline: {
      file,
      createdAt: baseline2.createdAt,
      existing: existing2,
      new: findings.length - existing2,
      gone: [...recorded.keys()].filter((fp) => !present.has(fp)).length
    }
  };
}
function decidingFindings(evaluation) {
  return evaluation.findings.filter((e) => e.baseline !== "existing");
}

// src/run.ts
import { existsSync } from "node:fs";
import { join as join3 } from "node:path";

// src/dedupe.ts
function dedupe(findings) {
  let byFingerprint = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let seen = byFingerprint.get(f.fingerprint);
    byFingerprint.set(f.fingerprint, seen ? merge(seen, f) : f);
  }
  return [...byFingerprint.values()];
}
function merge(a, b) {
  let primary = severityRank(b.severity) > severityRank(a.severity) ? b : a, other = primary === a ? b : a, foundBy = [...a.foundBy];
  for (let s of b.foundBy)
    foundBy.some((x) => x.tool === s.tool && x.report === s.report) || foundBy.push(s);
  let fixVersions2 = unique([...a.fix?.versions ?? [], ...b.fix?.versions ?? []]), fixAvailable = (a.fix?.available ?? !1) || (b.fix?.available ?? !1);
  return {
    ...other,
    ...primary,
    foundBy,
    aliases: unique([...a.aliases, ...b.aliases, a.id, b.id].filter((x) => x !== primary.id)),
    cwe: unique([...a.cwe, ...b.cwe]),
    cvss: maxDefined(a.cvss, b.cvss),
    epss: maxDefined(a.epss, b.epss),
    kev: a.kev || b.kev || void 0,
    fix: a.fix || b.fix ? { available: fixAvailable, versions: fixVersions2 } : void 0,
    location: primary.location ?? other.location,
    // A finding stays suppressed only when every scanner that reported it suppressed it.
    suppressed: a.suppressed && b.suppressed ? primary.suppressed : void 0
  };
}
function maxDefined(a, b) {
  return a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
}

// src/globs.ts
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";
var GLOB_CHARS = /[*?[\]{}]/, SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
function expandGlob(pattern, cwd) {
  if (!isGlob(pattern)) return [pattern];
  let normalised = pattern.replace(/\\/g, "/"), parts = normalised.split("/"), firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p)), base = parts.slice(0, firstGlob).join("/") || (normalised.startsWith("/") ? "/" : "."), matcher;
  try {
    matcher = compileGlob(normalised);
  } catch (err) {
    throw new GateError(`invalid report pattern: ${err.message}`);
  }
  let found = [], walk = (dir, depth) => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(join2(cwd, dir), { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let entry of entries) {
      let rel = dir === "." ? entry.name : `${dir}/${entry.name}`;
      entry.isDirectory() ? SKIPPED_DIRS.has(entry.name) || walk(rel, depth + 1) : entry.isFile() && matcher.match(rel) && found.push(rel);
    }
  };
  if (walk(base, 0), found.length === 0)
    throw new GateError(`no report matches the pattern "${pattern}": expected evidence is missing`);
  return found.sort();
}

// src/policy.ts
import { readFileSync } from "node:fs";
import { dirname as dirname2, resolve } from "node:path";

// rules/default.yml
var default_default = `# yaml-language-server: $schema=../schema/policy.schema.json
# The built-in default policy, used when no --policy is given and no ztgate.yml exists.
# Every rule that matches a finding is considered; the strictest action wins.
version: 1
rules:
  - id: block-fixable-high-vulnerabilities
    description: Critical and high vulnerabilities that have a fix must be fixed before merging.
    when: { layer: [image, dependency], severity: ">=high", fixable: true }
    action: block
    examples:
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        verdict: block
      - name: no fix yet
        finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: false }
        matches: false
        verdict: warn
      - name: infrastructure findings are not vulnerabilities
        finding: { id: CKV_AWS_260, layer: iac, severity: high, fixable: true }
        matches: false
  - id: block-secrets
    description: Hard-coded secrets are never merged.
    when: { layer: secret }
    action: block
    examples:
      - finding: { id: aws-access-token, layer: secret, tool: gitleaks, severity: low }
        verdict: block
      - finding: { id: DL3002, layer: iac, tool: hadolint, severity: medium }
        matches: false
  - id: warn-high-findings
    description: Other critical and high findings are shown as warnings.
    when: { severity: ">=high" }
    action: warn
    examples:
      - finding: { id: AVD-AWS-0107, layer: iac, tool: trivy, severity: critical }
        verdict: warn
      - name: unscored findings count as high (settings.unknown-severity)
        finding: { id: CKV_AWS_16, layer: iac, tool: checkov, severity: unknown }
        verdict: warn
      - finding: { id: CVE-2020-0001, layer: dependency, package: x, severity: medium }
        matches: false
  - id: info-lower-findings
    description: Medium and lower findings are listed for information.
    when: { severity: "<=medium" }
    action: info
    examples:
      - finding:
          { id: CVE-2020-0001, layer: dependency, package: x, severity: medium, fixable: true }
        verdict: info
      - finding: { id: CVE-2020-0002, layer: dependency, package: x, severity: high }
        matches: false
settings:
  fail-on: block
  unknown-severity: high
`, parsed = { version: 1, rules: [{ id: "block-fixable-high-vulnerabilities", description: "Critical and high vulnerabilities that have a fix must be fixed before merging.", when: { layer: ["image", "dependency"], severity: ">=high", fixable: !0 }, action: "block", examples: [{ finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, verdict: "block" }, { name: "no fix yet", finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !1 }, matches: !1, verdict: "warn" }, { name: "infrastructure findings are not vulnerabilities", finding: { id: "CKV_AWS_260", layer: "iac", severity: "high", fixable: !0 }, matches: !1 }] }, { id: "block-secrets", description: "Hard-coded secrets are never merged.", when: { layer: "secret" }, action: "block", examples: [{ finding: { id: "aws-access-token", layer: "secret", tool: "gitleaks", severity: "low" }, verdict: "block" }, { finding: { id: "DL3002", layer: "iac", tool: "hadolint", severity: "medium" }, matches: !1 }] }, { id: "warn-high-findings", description: "Other critical and high findings are shown as warnings.", when: { severity: ">=high" }, action: "warn", examples: [{ finding: { id: "AVD-AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, verdict: "warn" }, { name: "unscored findings count as high (settings.unknown-severity)", finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov", severity: "unknown" }, verdict: "warn" }, { finding: { id: "CVE-2020-0001", layer: "dependency", package: "x", severity: "medium" }, matches: !1 }] }, { id: "info-lower-findings", description: "Medium and lower findings are listed for information.", when: { severity: "<=medium" }, action: "info", examples: [{ finding: { id: "CVE-2020-0001", layer: "dependency", package: "x", severity: "medium", fixable: !0 }, verdict: "info" }, { finding: { id: "CVE-2020-0002", layer: "dependency", package: "x", severity: "high" }, matches: !1 }] }], settings: { "fail-on": "block", "unknown-severity": "high" } };

// rules/zero-trust.yml
var zero_trust_default = `# yaml-language-server: $schema=../schema/policy.schema.json
# The built-in \`zero-trust\` pack: zero-trust controls that group the check ids of several
# scanners, and classification-aware rules over them. Use it with \`extends: [zero-trust]\` and
# declare your assets; findings no asset claims are \`internal\` unless you say otherwise.
#
# Check ids come from the real reports in fixtures/real/ (marked "fixture") and from each
# tool's published check list: Checkov (CKV_*), KICS (query UUIDs), tfsec (rule ids and legacy
# ids), Trivy / trivy-operator (AVD-*, KSV*, DS*; written {KSV,KSV-0,AVD-KSV-0}NNN because
# Trivy has printed all three spellings), hadolint (DL*), gitleaks (every secret finding).
# Ids are matched case-insensitively against a finding's id, its aliases and its check id.
version: 1

controls:
  public-ingress:
    description: Public ingress and missing microsegmentation (0.0.0.0/0, public endpoints, no network policy)
    ids:
      - CKV_AWS_260 # fixture: no security group ingress from 0.0.0.0:0 to port 80
      - CKV_AWS_24 # SSH (22) from 0.0.0.0/0
      - CKV_AWS_25 # RDP (3389) from 0.0.0.0/0
      - CKV_AWS_277 # ingress from 0.0.0.0/0 to all ports
      - CKV_AWS_17 # fixture: RDS publicly accessible
      - CKV_GCP_28 # fixture: Cloud Storage bucket anonymously or publicly accessible
      - CKV2_K8S_6 # fixture: pods without a NetworkPolicy
      - 4728cd65-a20c-49da-8b31-9c08b423e4db # KICS: Unrestricted Security Group Ingress
      - 381c3f2a-ef6f-4eff-99f7-b169cda3422c # KICS: Sensitive Port Is Exposed To Entire Network
      - 65905cec-d691-4320-b320-2000436cb696 # KICS: Security Group With Unrestricted Access To SSH
      - 108aa260-6dab-4a75-ae3f-de917d634840 # KICS fixture: Open Access To Resources Through API
      - 4fa66806-0dd9-4f8d-9480-3174d39c7c91 # KICS fixture: S3 Bucket Without Ignore Public ACL
      - aws-vpc-no-public-ingress-sgr # tfsec fixture
      - aws-ec2-no-public-ingress-sgr # tfsec (renamed from aws-vpc-*)
      - aws-vpc-no-public-ingress-sg
      - aws-ec2-no-public-ingress-sg
      - aws-vpc-no-public-ingress-acl
      - aws-ec2-no-public-ingress-acl
      - aws-vpc-no-excessive-port-access # tfsec fixture (legacy AWS050)
      - aws-ec2-no-excessive-port-access
      - aws-eks-no-public-cluster-access # tfsec fixture
      - aws-eks-no-public-cluster-access-to-cidr # tfsec fixture
      - aws-autoscaling-no-public-ip # tfsec fixture
      - AWS006 # tfsec legacy: public ingress security group rule
      - AWS008 # tfsec legacy: public ingress security group
      - AWS050 # tfsec legacy fixture: ACL allows all ports
      - "{AVD-,}AWS-0107" # Trivy: security group rule ingress from /0
      - "{AVD-,}AWS-0105" # Trivy: network ACL ingress from /0
      - "{AVD-,}AWS-0102" # Trivy: network ACL allows all ports
      - "{AVD-,}AWS-0040" # Trivy: EKS public endpoint
      - "{AVD-,}AWS-0041" # Trivy: EKS public endpoint open CIDR
  encryption-at-rest:
    description: Data stored unencrypted or without a customer-managed key
    ids:
      - CKV_AWS_16 # fixture: RDS not encrypted at rest
      - CKV_AWS_8 # fixture: launch configuration EBS not encrypted
      - CKV_AWS_3 # EBS volume not encrypted
      - CKV_AWS_19 # S3 bucket without server-side encryption
      - CKV_AWS_158 # CloudWatch log group without KMS
      - aws-autoscaling-enable-at-rest-encryption # tfsec fixture
      - aws-cloudwatch-log-group-customer-key # tfsec fixture
      - aws-eks-encrypt-secrets # tfsec fixture
      - aws-s3-enable-bucket-encryption
      - aws-rds-encrypt-instance-storage-data
      - aws-ebs-enable-volume-encryption
      - "{AVD-,}AWS-0008" # Trivy: launch configuration unencrypted block device
      - "{AVD-,}AWS-0017" # Trivy: CloudWatch log group customer key
      - "{AVD-,}AWS-0026" # Trivy: EBS volume encryption
      - "{AVD-,}AWS-0039" # Trivy: EKS secrets encryption
      - "{AVD-,}AWS-0080" # Trivy: RDS storage encryption
      - "{AVD-,}AWS-0088" # Trivy: S3 bucket encryption
  encryption-in-transit:
    description: Plain-text or weak-TLS traffic
    ids:
      - CKV_AWS_2 # ALB listener not HTTPS
      - CKV_AWS_103 # load balancer listener below TLS 1.2
      - CKV_AWS_34 # CloudFront viewer protocol allows HTTP
      - aws-elb-http-not-used
      - aws-elb-use-secure-tls-policy
      - aws-cloudfront-enforce-https
      - "{AVD-,}AWS-0054" # Trivy: load balancer uses plain HTTP
      - "{AVD-,}AWS-0047" # Trivy: load balancer outdated TLS policy
      - "{AVD-,}AWS-0012" # Trivy: CloudFront allows unencrypted communication
  wildcard-or-admin-iam:
    description: Wildcard or administrator permissions, and trust open to any principal
    ids:
      - CKV_AWS_1 # IAM policy allows "*:*" administrative privileges
      - CKV_AWS_62 # IAM policy allows full "*-*" administrative privileges
      - CKV_AWS_63 # IAM policy with "*" actions
      - CKV_AWS_40 # IAM policies attached to users
      - 12b7e704-37f0-4d1e-911a-44bf60c48c21 # KICS fixture: IAM Role Allows All Principals To Assume
      - bcdcbdc6-a350-4855-ae7c-d1e6436f7c97 # KICS fixture: AssumeRole across all services
      - b4378389-a9aa-44ee-91e7-ef183f11079e # KICS fixture: IAM Policies Attached To User
      - aws-iam-no-policy-wildcards
      - AWS099 # tfsec legacy: IAM policy wildcards
      - "{AVD-,}AWS-0057" # Trivy: IAM policy wildcards
      - "{KSV,KSV-0,AVD-KSV-0}044" # Trivy k8s: role with wildcard verbs and resources
      - "{KSV,KSV-0,AVD-KSV-0}046" # Trivy k8s: manage all resources
      - "{KSV,KSV-0,AVD-KSV-0}111" # Trivy k8s: cluster-admin binding
  privileged-or-root-container:
    description: Privileged, root or privilege-escalating containers
    ids:
      - CKV_K8S_16 # privileged container
      - CKV_K8S_20 # fixture: allowPrivilegeEscalation
      - CKV_K8S_23 # fixture: root containers admitted
      - CKV_K8S_28 # fixture: NET_RAW capability
      - CKV_K8S_37 # fixture: capabilities assigned
      - CKV_K8S_39 # SYS_ADMIN capability
      - CKV_K8S_40 # fixture: low UID
      - CKV_DOCKER_3 # fixture: no non-root user created in the image
      - CKV_DOCKER_8 # last USER is root
      - DL3002 # hadolint fixture: last USER should not be root
      - "{AVD-DS-000,DS00,DS-000}2" # Trivy Dockerfile fixture: image user should not be root
      - "{KSV,KSV-0,AVD-KSV-0}001" # fixture: can elevate its own privileges
      - "{KSV,KSV-0,AVD-KSV-0}003" # fixture: default capabilities not dropped
      - "{KSV,KSV-0,AVD-KSV-0}004" # fixture: capabilities not dropped at all
      - "{KSV,KSV-0,AVD-KSV-0}005" # SYS_ADMIN capability
      - "{KSV,KSV-0,AVD-KSV-0}012" # fixture: runs as root user
      - "{KSV,KSV-0,AVD-KSV-0}017" # privileged container
      - "{KSV,KSV-0,AVD-KSV-0}020" # fixture: runs with UID <= 10000
      - "{KSV,KSV-0,AVD-KSV-0}021" # fixture: runs with GID <= 10000
      - "{KSV,KSV-0,AVD-KSV-0}106" # fixture: capabilities beyond NET_BIND_SERVICE
      - "{KSV,KSV-0,AVD-KSV-0}116" # fixture: root primary or supplementary GID
  missing-audit-logging:
    description: Access, control-plane or change logging switched off
    ids:
      - CKV_AWS_129 # fixture: RDS logs not enabled
      - CKV_AWS_118 # fixture: RDS enhanced monitoring
      - CKV_AWS_126 # fixture: EC2 detailed monitoring
      - CKV_GCP_62 # fixture: bucket access logging
      - CKV_AWS_18 # S3 access logging
      - CKV_AWS_67 # CloudTrail not in all regions
      - CKV_AWS_36 # CloudTrail log file validation
      - f861041c-8c9f-4156-acfc-5e6e524f5884 # KICS fixture: S3 Bucket Logging Disabled
      - 20018359-6fd7-4d05-ab26-d4dffccbdf79 # KICS fixture: ELB Access Logging Disabled
      - 37304d3f-f852-40b8-ae3f-725e87a7cedf # KICS fixture: EKS cluster logging is not enabled
      - 66f130d9-b81d-4e8e-9b08-da74b9c891df # KICS fixture: Missing Cluster Log Types
      - 45cff7b6-3b80-40c1-ba7b-2cf480678bb8 # KICS fixture: Neptune Logging Is Disabled
      - 56f6a008-1b14-4af4-b9b2-ab7cf7e27641 # KICS fixture: DocDB Logging Is Disabled
      - 8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56 # KICS fixture: RDS Without Logging
      - 52ffcfa6-6c70-4ea6-8376-d828d3961669 # KICS fixture: CloudTrail Log File Validation Disabled
      - 96e8183b-e985-457b-90cd-61c0503a3369 # KICS fixture: Global Accelerator Flow Logs Disabled
      - 23b70e32-032e-4fa6-ba5c-82f56b9980e6 # KICS fixture: EC2 Instance Monitoring Disabled
      - 0a8e8dc5-b6fc-44fc-b5a1-969ec950f9b0 # KICS fixture: CloudWatch Changes To NACL Alarm Missing
      - 2285e608-ddbc-47f3-ba54-ce7121e31216 # KICS fixture: CloudWatch Route Table Changes Alarm Missing
      - 5b8d7527-de8e-4114-b9dd-9d988f1f418f # KICS fixture: CloudWatch AWS Config Changes Alarm Missing
      - 6b6874fe-4c2f-4eea-8b90-7cceaa4a125e # KICS fixture: CloudWatch Network Gateways Changes Alarm Missing
      - 9d0d4512-1959-43a2-a17f-72360ff06d1b # KICS fixture: CloudWatch VPC Changes Alarm Missing
      - aws-eks-enable-control-plane-logging # tfsec fixture
      - aws-s3-enable-bucket-logging
      - aws-cloudtrail-enable-all-regions
      - "{AVD-,}AWS-0038" # Trivy: EKS control plane logging
      - "{AVD-,}AWS-0089" # Trivy: S3 bucket logging
      - "{AVD-,}AWS-0014" # Trivy: CloudTrail in all regions
  hard-coded-secrets:
    description: Credentials and keys committed to code, images or infrastructure
    layers: [secret] # every secret scanner finding: gitleaks, Trivy secrets, Checkov secrets ...
    ids:
      - CKV_SECRET_* # fixture: Checkov secrets framework
      - d7b9d850-3e06-4a75-852f-c46c2e92240b # KICS fixture: Hardcoded AWS Access Key
      - 0b93729a-d882-4803-bdc3-ac429a21f158 # KICS fixture: EC2 Instance Using API Keys
      - GEN003 # tfsec legacy fixture: sensitive data in a block attribute
      - general-secrets-no-plaintext-exposure
  vulnerable-components:
    description: Known vulnerabilities in images and dependencies
    layers: [image, dependency]

rules:
  - id: zt-block-secrets
    description: Hard-coded secrets block on every asset; rotate the secret, then remove it.
    when: { control: hard-coded-secrets }
    action: block
    examples:
      - name: gitleaks AWS key on a public asset
        finding: { id: aws-access-token, layer: secret, tool: gitleaks, severity: medium }
        classification: public
        verdict: block
      - name: KICS hard-coded AWS key in Terraform
        finding: { id: d7b9d850-3e06-4a75-852f-c46c2e92240b, layer: iac, severity: low }
        verdict: block
      - name: an unrelated misconfiguration
        finding: { id: CKV_K8S_14, layer: iac, severity: low }
        matches: false

  - id: zt-block-known-exploited
    description: Vulnerabilities on CISA's Known Exploited Vulnerabilities list block everywhere.
    when: { control: vulnerable-components, kev: true }
    action: block
    examples:
      - finding:
          {
            id: CVE-2021-44228,
            layer: dependency,
            package: log4j-core,
            severity: critical,
            kev: true,
          }
        classification: public
        verdict: block
      - finding: { id: CVE-2024-0001, layer: dependency, package: x, severity: critical }
        matches: false

  - id: zt-block-fixable-critical
    description: Fixable critical vulnerabilities block everything but public assets.
    when:
      control: vulnerable-components
      severity: critical
      fixable: true
      classification: ">=internal"
    action: block
    examples:
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        classification: internal
        verdict: block
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        classification: public
        matches: false
        verdict: warn
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: false }
        classification: restricted
        matches: false

  - id: zt-block-fixable-high-sensitive
    description: Fixable high vulnerabilities block confidential and restricted assets.
    when:
      control: vulnerable-components
      severity: ">=high"
      fixable: true
      classification: ">=confidential"
    action: block
    examples:
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: true }
        classification: restricted
        verdict: block
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: true }
        classification: public
        matches: false
        verdict: warn
      - name: unscored findings count as high (settings.unknown-severity)
        finding:
          { id: CVE-2023-9999, layer: image, package: zlib, severity: unknown, fixable: true }
        classification: confidential
        verdict: block

  - id: zt-warn-high-vulnerabilities
    description: Other high and critical vulnerabilities are warnings, whatever the asset.
    when: { control: vulnerable-components, severity: ">=high" }
    action: warn
    examples:
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: false }
        classification: restricted
        verdict: warn
      - finding: { id: CVE-2023-1234, layer: dependency, package: lodash, severity: medium }
        matches: false
        verdict: info

  - id: zt-block-public-ingress
    description: Public ingress to confidential or restricted assets blocks; segment the network.
    when: { control: public-ingress, classification: ">=confidential" }
    action: block
    examples:
      - name: Checkov open security group
        finding: { id: CKV_AWS_260, layer: iac, tool: checkov, severity: unknown }
        classification: restricted
        verdict: block
      - name: KICS unrestricted ingress
        finding:
          { id: 4728cd65-a20c-49da-8b31-9c08b423e4db, layer: iac, tool: kics, severity: high }
        classification: confidential
        verdict: block
      - name: Trivy open security group rule (new id spelling)
        finding: { id: AWS-0107, layer: iac, tool: trivy, severity: critical }
        classification: restricted
        verdict: block
      - name: public asset
        finding: { id: AVD-AWS-0107, layer: iac, tool: trivy, severity: critical }
        classification: public
        matches: false
        verdict: warn

  - id: zt-block-wildcard-iam
    description: Wildcard or admin IAM on confidential or restricted assets blocks.
    when: { control: wildcard-or-admin-iam, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: 12b7e704-37f0-4d1e-911a-44bf60c48c21, layer: iac, tool: kics, severity: low }
        classification: confidential
        verdict: block
      - finding: { id: CKV_AWS_1, layer: iac, tool: checkov }
        classification: internal
        matches: false
        verdict: warn

  - id: zt-block-privileged-containers
    description: Privileged or root containers of confidential or restricted assets block.
    when: { control: privileged-or-root-container, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: KSV012, layer: iac, tool: trivy-operator, severity: medium }
        classification: restricted
        verdict: block
      - finding: { id: AVD-KSV-0116, layer: iac, tool: trivy, severity: low }
        classification: confidential
        verdict: block
      - finding: { id: DL3002, layer: iac, tool: hadolint, severity: medium }
        classification: public
        matches: false
        verdict: warn

  - id: zt-block-unencrypted
    description: Data at rest or in transit without encryption blocks confidential and restricted assets.
    when: { control: [encryption-at-rest, encryption-in-transit], classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: CKV_AWS_16, layer: iac, tool: checkov }
        classification: restricted
        verdict: block
      - finding: { id: aws-elb-http-not-used, layer: iac, tool: tfsec, severity: critical }
        classification: confidential
        verdict: block
      - finding: { id: aws-eks-encrypt-secrets, layer: iac, tool: tfsec, severity: high }
        classification: internal
        matches: false
        verdict: warn

  - id: zt-warn-control-gaps
    description: Gaps in ingress, IAM, container privilege and encryption controls warn on every asset.
    when:
      control:
        [
          public-ingress,
          wildcard-or-admin-iam,
          privileged-or-root-container,
          encryption-at-rest,
          encryption-in-transit,
        ]
    action: warn
    examples:
      - finding: { id: CKV_K8S_20, layer: iac, tool: checkov, severity: low }
        classification: public
        verdict: warn
      - finding: { id: CKV_K8S_14, layer: iac, tool: checkov, severity: low }
        matches: false
        verdict: info

  - id: zt-warn-missing-audit-logging
    description: Missing audit logging warns on confidential and restricted assets.
    when: { control: missing-audit-logging, classification: ">=confidential" }
    action: warn
    examples:
      - finding: { id: f861041c-8c9f-4156-acfc-5e6e524f5884, layer: iac, tool: kics, severity: low }
        classification: restricted
        verdict: warn
      - finding:
          { id: aws-eks-enable-control-plane-logging, layer: iac, tool: tfsec, severity: medium }
        classification: public
        matches: false
        verdict: info

  - id: zt-warn-other-high
    description: Other high and critical findings are warnings.
    when: { severity: ">=high" }
    action: warn
    examples:
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        verdict: warn
      - finding: { id: DL3008, layer: iac, tool: hadolint, severity: medium }
        matches: false

  - id: zt-info-lower
    description: Medium and lower findings are listed for information.
    when: { severity: "<=medium" }
    action: info
    examples:
      - finding: { id: DL3008, layer: iac, tool: hadolint, severity: medium }
        verdict: info
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        matches: false

settings:
  fail-on: block
  unknown-severity: high
  default-action: info
`, parsed2 = { version: 1, controls: { "public-ingress": { description: "Public ingress and missing microsegmentation (0.0.0.0/0, public endpoints, no network policy)", ids: ["CKV_AWS_260", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_277", "CKV_AWS_17", "CKV_GCP_28", "CKV2_K8S_6", "4728cd65-a20c-49da-8b31-9c08b423e4db", "381c3f2a-ef6f-4eff-99f7-b169cda3422c", "65905cec-d691-4320-b320-2000436cb696", "108aa260-6dab-4a75-ae3f-de917d634840", "4fa66806-0dd9-4f8d-9480-3174d39c7c91", "aws-vpc-no-public-ingress-sgr", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sg", "aws-ec2-no-public-ingress-sg", "aws-vpc-no-public-ingress-acl", "aws-ec2-no-public-ingress-acl", "aws-vpc-no-excessive-port-access", "aws-ec2-no-excessive-port-access", "aws-eks-no-public-cluster-access", "aws-eks-no-public-cluster-access-to-cidr", "aws-autoscaling-no-public-ip", "AWS006", "AWS008", "AWS050", "{AVD-,}AWS-0107", "{AVD-,}AWS-0105", "{AVD-,}AWS-0102", "{AVD-,}AWS-0040", "{AVD-,}AWS-0041"] }, "encryption-at-rest": { description: "Data stored unencrypted or without a customer-managed key", ids: ["CKV_AWS_16", "CKV_AWS_8", "CKV_AWS_3", "CKV_AWS_19", "CKV_AWS_158", "aws-autoscaling-enable-at-rest-encryption", "aws-cloudwatch-log-group-customer-key", "aws-eks-encrypt-secrets", "aws-s3-enable-bucket-encryption", "aws-rds-encrypt-instance-storage-data", "aws-ebs-enable-volume-encryption", "{AVD-,}AWS-0008", "{AVD-,}AWS-0017", "{AVD-,}AWS-0026", "{AVD-,}AWS-0039", "{AVD-,}AWS-0080", "{AVD-,}AWS-0088"] }, "encryption-in-transit": { description: "Plain-text or weak-TLS traffic", ids: ["CKV_AWS_2", "CKV_AWS_103", "CKV_AWS_34", "aws-elb-http-not-used", "aws-elb-use-secure-tls-policy", "aws-cloudfront-enforce-https", "{AVD-,}AWS-0054", "{AVD-,}AWS-0047", "{AVD-,}AWS-0012"] }, "wildcard-or-admin-iam": { description: "Wildcard or administrator permissions, and trust open to any principal", ids: ["CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_63", "CKV_AWS_40", "12b7e704-37f0-4d1e-911a-44bf60c48c21", "bcdcbdc6-a350-4855-ae7c-d1e6436f7c97", "b4378389-a9aa-44ee-91e7-ef183f11079e", "aws-iam-no-policy-wildcards", "AWS099", "{AVD-,}AWS-0057", "{KSV,KSV-0,AVD-KSV-0}044", "{KSV,KSV-0,AVD-KSV-0}046", "{KSV,KSV-0,AVD-KSV-0}111"] }, "privileged-or-root-container": { description: "Privileged, root or privilege-escalating containers", ids: ["CKV_K8S_16", "CKV_K8S_20", "CKV_K8S_23", "CKV_K8S_28", "CKV_K8S_37", "CKV_K8S_39", "CKV_K8S_40", "CKV_DOCKER_3", "CKV_DOCKER_8", "DL3002", "{AVD-DS-000,DS00,DS-000}2", "{KSV,KSV-0,AVD-KSV-0}001", "{KSV,KSV-0,AVD-KSV-0}003", "{KSV,KSV-0,AVD-KSV-0}004", "{KSV,KSV-0,AVD-KSV-0}005", "{KSV,KSV-0,AVD-KSV-0}012", "{KSV,KSV-0,AVD-KSV-0}017", "{KSV,KSV-0,AVD-KSV-0}020", "{KSV,KSV-0,AVD-KSV-0}021", "{KSV,KSV-0,AVD-KSV-0}106", "{KSV,KSV-0,AVD-KSV-0}116"] }, "missing-audit-logging": { description: "Access, control-plane or change logging switched off", ids: ["CKV_AWS_129", "CKV_AWS_118", "CKV_AWS_126", "CKV_GCP_62", "CKV_AWS_18", "CKV_AWS_67", "CKV_AWS_36", "f861041c-8c9f-4156-acfc-5e6e524f5884", "20018359-6fd7-4d05-ab26-d4dffccbdf79", "37304d3f-f852-40b8-ae3f-725e87a7cedf", "66f130d9-b81d-4e8e-9b08-da74b9c891df", "45cff7b6-3b80-40c1-ba7b-2cf480678bb8", "56f6a008-1b14-4af4-b9b2-ab7cf7e27641", "8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56", "52ffcfa6-6c70-4ea6-8376-d828d3961669", "96e8183b-e985-457b-90cd-61c0503a3369", "23b70e32-032e-4fa6-ba5c-82f56b9980e6", "0a8e8dc5-b6fc-44fc-b5a1-969ec950f9b0", "2285e608-ddbc-47f3-ba54-ce7121e31216", "5b8d7527-de8e-4114-b9dd-9d988f1f418f", "6b6874fe-4c2f-4eea-8b90-7cceaa4a125e", "9d0d4512-1959-43a2-a17f-72360ff06d1b", "aws-eks-enable-control-plane-logging", "aws-s3-enable-bucket-logging", "aws-cloudtrail-enable-all-regions", "{AVD-,}AWS-0038", "{AVD-,}AWS-0089", "{AVD-,}AWS-0014"] }, "hard-coded-secrets": { description: "Credentials and keys committed to code, images or infrastructure", layers: ["secret"], ids: ["CKV_SECRET_*", "d7b9d850-3e06-4a75-852f-c46c2e92240b", "0b93729a-d882-4803-bdc3-ac429a21f158", "GEN003", "general-secrets-no-plaintext-exposure"] }, "vulnerable-components": { description: "Known vulnerabilities in images and dependencies", layers: ["image", "dependency"] } }, rules: [{ id: "zt-block-secrets", description: "Hard-coded secrets block on every asset; rotate the secret, then remove it.", when: { control: "hard-coded-secrets" }, action: "block", examples: [{ name: "gitleaks AWS key on a public asset", finding: { id: "aws-access-token", layer: "secret", tool: "gitleaks", severity: "medium" }, classification: "public", verdict: "block" }, { name: "KICS hard-coded AWS key in Terraform", finding: { id: "d7b9d850-3e06-4a75-852f-c46c2e92240b", layer: "iac", severity: "low" }, verdict: "block" }, { name: "an unrelated misconfiguration", finding: { id: "CKV_K8S_14", layer: "iac", severity: "low" }, matches: !1 }] }, { id: "zt-block-known-exploited", description: "Vulnerabilities on CISA's Known Exploited Vulnerabilities list block everywhere.", when: { control: "vulnerable-components", kev: !0 }, action: "block", examples: [{ finding: { id: "CVE-2021-44228", layer: "dependency", package: "log4j-core", severity: "critical", kev: !0 }, classification: "public", verdict: "block" }, { finding: { id: "CVE-2024-0001", layer: "dependency", package: "x", severity: "critical" }, matches: !1 }] }, { id: "zt-block-fixable-critical", description: "Fixable critical vulnerabilities block everything but public assets.", when: { control: "vulnerable-components", severity: "critical", fixable: !0, classification: ">=internal" }, action: "block", examples: [{ finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "internal", verdict: "block" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !1 }, classification: "restricted", matches: !1 }] }, { id: "zt-block-fixable-high-sensitive", description: "Fixable high vulnerabilities block confidential and restricted assets.", when: { control: "vulnerable-components", severity: ">=high", fixable: !0, classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "restricted", verdict: "block" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { name: "unscored findings count as high (settings.unknown-severity)", finding: { id: "CVE-2023-9999", layer: "image", package: "zlib", severity: "unknown", fixable: !0 }, classification: "confidential", verdict: "block" }] }, { id: "zt-warn-high-vulnerabilities", description: "Other high and critical vulnerabilities are warnings, whatever the asset.", when: { control: "vulnerable-components", severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !1 }, classification: "restricted", verdict: "warn" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "medium" }, matches: !1, verdict: "info" }] }, { id: "zt-block-public-ingress", description: "Public ingress to confidential or restricted assets blocks; segment the network.", when: { control: "public-ingress", classification: ">=confidential" }, action: "block", examples: [{ name: "Checkov open security group", finding: { id: "CKV_AWS_260", layer: "iac", tool: "checkov", severity: "unknown" }, classification: "restricted", verdict: "block" }, { name: "KICS unrestricted ingress", finding: { id: "4728cd65-a20c-49da-8b31-9c08b423e4db", layer: "iac", tool: "kics", severity: "high" }, classification: "confidential", verdict: "block" }, { name: "Trivy open security group rule (new id spelling)", finding: { id: "AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "restricted", verdict: "block" }, { name: "public asset", finding: { id: "AVD-AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-wildcard-iam", description: "Wildcard or admin IAM on confidential or restricted assets blocks.", when: { control: "wildcard-or-admin-iam", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "12b7e704-37f0-4d1e-911a-44bf60c48c21", layer: "iac", tool: "kics", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "CKV_AWS_1", layer: "iac", tool: "checkov" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-block-privileged-containers", description: "Privileged or root containers of confidential or restricted assets block.", when: { control: "privileged-or-root-container", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "KSV012", layer: "iac", tool: "trivy-operator", severity: "medium" }, classification: "restricted", verdict: "block" }, { finding: { id: "AVD-KSV-0116", layer: "iac", tool: "trivy", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "DL3002", layer: "iac", tool: "hadolint", severity: "medium" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-unencrypted", description: "Data at rest or in transit without encryption blocks confidential and restricted assets.", when: { control: ["encryption-at-rest", "encryption-in-transit"], classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov" }, classification: "restricted", verdict: "block" }, { finding: { id: "aws-elb-http-not-used", layer: "iac", tool: "tfsec", severity: "critical" }, classification: "confidential", verdict: "block" }, { finding: { id: "aws-eks-encrypt-secrets", layer: "iac", tool: "tfsec", severity: "high" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-warn-control-gaps", description: "Gaps in ingress, IAM, container privilege and encryption controls warn on every asset.", when: { control: ["public-ingress", "wildcard-or-admin-iam", "privileged-or-root-container", "encryption-at-rest", "encryption-in-transit"] }, action: "warn", examples: [{ finding: { id: "CKV_K8S_20", layer: "iac", tool: "checkov", severity: "low" }, classification: "public", verdict: "warn" }, { finding: { id: "CKV_K8S_14", layer: "iac", tool: "checkov", severity: "low" }, matches: !1, verdict: "info" }] }, { id: "zt-warn-missing-audit-logging", description: "Missing audit logging warns on confidential and restricted assets.", when: { control: "missing-audit-logging", classification: ">=confidential" }, action: "warn", examples: [{ finding: { id: "f861041c-8c9f-4156-acfc-5e6e524f5884", layer: "iac", tool: "kics", severity: "low" }, classification: "restricted", verdict: "warn" }, { finding: { id: "aws-eks-enable-control-plane-logging", layer: "iac", tool: "tfsec", severity: "medium" }, classification: "public", matches: !1, verdict: "info" }] }, { id: "zt-warn-other-high", description: "Other high and critical findings are warnings.", when: { severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, verdict: "warn" }, { finding: { id: "DL3008", layer: "iac", tool: "hadolint", severity: "medium" }, matches: !1 }] }, { id: "zt-info-lower", description: "Medium and lower findings are listed for information.", when: { severity: "<=medium" }, action: "info", examples: [{ finding: { id: "DL3008", layer: "iac", tool: "hadolint", severity: "medium" }, verdict: "info" }, { finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, matches: !1 }] }], settings: { "fail-on": "block", "unknown-severity": "high", "default-action": "info" } };

// src/packs.ts
var BUILTIN_PACKS = {
  default: default_default,
  "zero-trust": zero_trust_default
}, BUILTIN_PACK_VALUES = {
  default: parsed,
  "zero-trust": parsed2
}, DEFAULT_PACK = "default";

// schema-validators:virtual:schema-validators
var validatePolicy = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/ztgate/ztgate/schema/policy.schema.json", title: "ztgate policy (ztgate.yml)", type: "object", additionalProperties: !1, required: ["version"], properties: { version: { const: 1, description: "Policy language version. Always 1." }, extends: { type: "array", description: "Built-in packs by name (default, zero-trust) or relative paths to other policy files. Later entries, and this file, override earlier rules, assets and controls with the same id or name.", items: { type: "string", minLength: 1, maxLength: 512 } }, assets: { $ref: "#/definitions/assets" }, "default-classification": { $ref: "#/definitions/classification", description: "Classification of findings no asset claims. Default internal." }, controls: { $ref: "#/definitions/controls" }, require: { $ref: "#/definitions/require" }, rules: { type: "array", items: { $ref: "#/definitions/rule" } }, waivers: { $ref: "#/definitions/waivers" }, local: { type: "object", additionalProperties: !1, description: "The local gate (ztgate hook run, ztgate baseline write): which reports to check before a push or commit, and scanner commands that write them. Ignored by ztgate check.", properties: { reports: { type: "array", minItems: 1, description: "Report paths or globs, relative to the repository root. A glob matching nothing fails the hook.", items: { type: "string", minLength: 1, maxLength: 512 } }, baseline: { type: "string", minLength: 1, maxLength: 512, description: "Baseline file (ztgate baseline write): findings recorded there show as existing and do not block." }, commands: { type: "array", description: "Scanner commands run (in order, with sh, from the repository root) before the reports are read.", items: { type: "object", additionalProperties: !1, required: ["run"], properties: { name: { type: "string", minLength: 1, maxLength: 128 }, run: { type: "string", minLength: 1, maxLength: 4096 }, timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}(s|m)$", description: "How long the command may run, e.g. 90s or 5m. Default 5m." }, "ok-exit-codes": { type: "array", minItems: 1, description: "Exit codes that mean the scan ran (default [0]); npm audit exits 1 when it finds something.", items: { type: "integer", minimum: 0, maximum: 255 } } } } } } }, settings: { $ref: "#/definitions/settings" } }, definitions: { severity: { enum: ["critical", "high", "medium", "low", "info", "unknown"] }, action: { enum: ["block", "warn", "info", "ignore"] }, layer: { enum: ["image", "dependency", "iac", "secret", "code", "license"] }, glob: { type: "string", minLength: 1, maxLength: 512 }, globs: { oneOf: [{ $ref: "#/definitions/glob" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" } }] }, severityExpr: { type: "string", pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, rule: { type: "object", additionalProperties: !1, required: ["id", "when", "action"], properties: { id: { $ref: "#/definitions/name" }, description: { type: "string" }, action: { $ref: "#/definitions/action" }, when: { $ref: "#/definitions/when" }, examples: { type: "array", items: { $ref: "#/definitions/example" }, description: "Findings this rule must and must not match, with the verdict expected from the policy that defines the rule. Run by `ztgate test`." } } }, when: { type: "object", additionalProperties: !1, description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.", properties: { severity: { oneOf: [{ $ref: "#/definitions/severityExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severityExpr" } }] }, layer: { oneOf: [{ $ref: "#/definitions/layer" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/layer" } }] }, fixable: { type: "boolean" }, id: { $ref: "#/definitions/globs" }, package: { $ref: "#/definitions/globs" }, path: { $ref: "#/definitions/globs" }, versions: { $ref: "#/definitions/semverRange" }, cwe: { oneOf: [{ type: ["string", "integer"] }, { type: "array", minItems: 1, items: { type: ["string", "integer"] } }] }, epss: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "string", pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }], description: 'A number means at least; or ">=0.5", "<0.1".' }, kev: { type: "boolean", description: "Listed in CISA's Known Exploited Vulnerabilities." }, control: { oneOf: [{ $ref: "#/definitions/name" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/name" } }] }, classification: { oneOf: [{ $ref: "#/definitions/classificationExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classificationExpr" } }] }, asset: { $ref: "#/definitions/globs" }, tool: { $ref: "#/definitions/globs" } } }, settings: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["block", "warn", "never"], description: "Which verdict fails the gate (exit 1). Default block." }, "unknown-severity": { $ref: "#/definitions/severity", description: "Severity assumed for findings the scanner did not score. Default high." }, "default-action": { $ref: "#/definitions/action", description: "Verdict for findings no rule matches. Default info." }, "max-waiver-days": { type: "integer", minimum: 1, maximum: 3650, description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied." } } }, classification: { enum: ["public", "internal", "confidential", "restricted"] }, classificationExpr: { type: "string", pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 128 }, date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD (UTC)" }, semverRange: { type: "string", minLength: 1, maxLength: 256, description: 'A semver range, e.g. "<4.17.21" or ">=1.2.0 <1.2.9"' }, assets: { type: "array", description: "Services, images and paths with the class of data they hold. A finding belongs to every asset matching its location, target or report path; the strictest classification wins.", items: { type: "object", additionalProperties: !1, required: ["name", "classification"], properties: { name: { $ref: "#/definitions/name" }, classification: { $ref: "#/definitions/classification" }, owner: { type: "string", minLength: 1 }, description: { type: "string" }, paths: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Globs over repository paths: finding locations and report files." }, images: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Globs over image references (finding targets)." } } } }, controls: { type: "object", description: "Zero-trust controls: named groups of scanner check ids that rules can refer to with `control`.", propertyNames: { $ref: "#/definitions/name" }, additionalProperties: { type: "object", additionalProperties: !1, required: ["description"], properties: { description: { type: "string" }, ids: { type: "array", items: { $ref: "#/definitions/glob" }, description: "Check ids (globs, case-insensitive) of any scanner; matched against a finding's id, aliases and check id." }, layers: { type: "array", items: { $ref: "#/definitions/layer" }, description: "Every finding of these layers belongs to the control." } } } }, require: { type: "object", additionalProperties: !1, description: "Evidence the gate needs before it can decide. Missing evidence exits 2.", properties: { layers: { type: "array", items: { $ref: "#/definitions/layer" }, description: "Layers that must have at least one report." }, "max-report-age": { type: "string", pattern: "^\\d+[mhdw]$", description: "Oldest a report's own timestamp may be: 90m, 24h, 7d, 2w." }, timestamps: { type: "boolean", description: "With max-report-age: a report without a timestamp fails (true) instead of warning (false, default)." } } }, waivers: { type: "array", items: { $ref: "#/definitions/waiver" } }, waiver: { type: "object", additionalProperties: !1, required: ["id", "reason", "owner", "expires"], description: "A narrow, owned, justified and temporary exception.", properties: { id: { type: "string", minLength: 1, maxLength: 256, description: "The finding id or one of its aliases (exact, case-insensitive)." }, package: { type: "string", minLength: 1, description: "Exact package name." }, versions: { $ref: "#/definitions/semverRange" }, paths: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" }, description: "Must cover the finding's location, or every report that found it." }, asset: { $ref: "#/definitions/name" }, rule: { $ref: "#/definitions/name", description: "Only waive the verdict of this rule." }, reason: { type: "string", minLength: 3 }, owner: { type: "string", minLength: 1 }, "approved-by": { type: "string", minLength: 1 }, ticket: { type: "string", minLength: 1 }, expires: { $ref: "#/definitions/date" } } }, example: { type: "object", additionalProperties: !1, required: ["finding"], properties: { name: { type: "string" }, finding: { $ref: "#/definitions/exampleFinding" }, classification: { $ref: "#/definitions/classification", description: "Evaluate as if the finding's asset had this classification." }, asset: { $ref: "#/definitions/name", description: "Evaluate as if the finding belonged to this asset of the policy." }, matches: { type: "boolean", description: "In rule examples: whether the rule must match (default true)." }, verdict: { enum: ["block", "warn", "info", "ignored", "waived"], description: "The verdict the policy must give." }, rule: { $ref: "#/definitions/name", description: "The rule that must decide." } } }, exampleFinding: { type: "object", additionalProperties: !1, required: ["id"], properties: { id: { type: "string", minLength: 1 }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string" }, layer: { $ref: "#/definitions/layer" }, severity: { $ref: "#/definitions/severity" }, fixable: { type: "boolean" }, package: { type: "string" }, version: { type: "string" }, path: { type: "string" }, target: { type: "string" }, tool: { type: "string" }, report: { type: "string", description: "Path of the report it came from (default example.json)." }, cwe: { type: "array", items: { type: "string" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, suppressed: { type: "boolean" } } }, testFile: { type: "object", additionalProperties: !1, required: ["tests"], properties: { $schema: { type: "string" }, tests: { type: "array", minItems: 1, items: { $ref: "#/definitions/example" } } } } } }, schema14 = { enum: ["public", "internal", "confidential", "restricted"] }, func2 = Object.prototype.hasOwnProperty, func3 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0], _errs1 = errors;
        if (errors === _errs1)
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.name === void 0 && (missing0 = "name") || data0.classification === void 0 && (missing0 = "classification"))
              return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
            {
              let _errs3 = errors;
              for (let key0 in data0)
                if (!(key0 === "name" || key0 === "classification" || key0 === "owner" || key0 === "description" || key0 === "paths" || key0 === "images")) {
                  return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
                  break;
                }
              if (_errs3 === errors) {
                if (data0.name !== void 0) {
                  let data1 = data0.name, _errs4 = errors;
                  if (errors === errors)
                    if (typeof data1 == "string") {
                      if (func3(data1) > 128)
                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                      if (!pattern0.test(data1))
                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                    } else
                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid1 = _errs4 === errors;
                } else
                  var valid1 = !0;
                if (valid1) {
                  if (data0.classification !== void 0) {
                    let data2 = data0.classification, _errs7 = errors;
                    if (!(data2 === "public" || data2 === "internal" || data2 === "confidential" || data2 === "restricted"))
                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                    var valid1 = _errs7 === errors;
                  } else
                    var valid1 = !0;
                  if (valid1) {
                    if (data0.owner !== void 0) {
                      let data3 = data0.owner, _errs9 = errors;
                      if (errors === _errs9)
                        if (typeof data3 == "string") {
                          if (func3(data3) < 1)
                            return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/owner", schemaPath: "#/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                        } else
                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/owner", schemaPath: "#/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid1 = _errs9 === errors;
                    } else
                      var valid1 = !0;
                    if (valid1) {
                      if (data0.description !== void 0) {
                        let _errs11 = errors;
                        if (typeof data0.description != "string")
                          return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid1 = _errs11 === errors;
                      } else
                        var valid1 = !0;
                      if (valid1) {
                        if (data0.paths !== void 0) {
                          let data5 = data0.paths, _errs13 = errors;
                          if (errors === _errs13)
                            if (Array.isArray(data5)) {
                              var valid4 = !0;
                              let len1 = data5.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data6 = data5[i1], _errs15 = errors;
                                if (errors === errors)
                                  if (typeof data6 == "string") {
                                    if (func3(data6) > 512)
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                    if (func3(data6) < 1)
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                  } else
                                    return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths/" + i1, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid4 = _errs15 === errors;
                                if (!valid4)
                                  break;
                              }
                            } else
                              return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/paths", schemaPath: "#/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                          var valid1 = _errs13 === errors;
                        } else
                          var valid1 = !0;
                        if (valid1)
                          if (data0.images !== void 0) {
                            let data7 = data0.images, _errs18 = errors;
                            if (errors === _errs18)
                              if (Array.isArray(data7)) {
                                var valid6 = !0;
                                let len2 = data7.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data8 = data7[i2], _errs20 = errors;
                                  if (errors === errors)
                                    if (typeof data8 == "string") {
                                      if (func3(data8) > 512)
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                      if (func3(data8) < 1)
                                        return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                    } else
                                      return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images/" + i2, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid6 = _errs20 === errors;
                                  if (!valid6)
                                    break;
                                }
                              } else
                                return validate11.errors = [{ instancePath: instancePath + "/" + i0 + "/images", schemaPath: "#/items/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                            var valid1 = _errs18 === errors;
                          } else
                            var valid1 = !0;
                      }
                    }
                  }
                }
              }
            }
          } else
            return validate11.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate11.errors = vErrors, errors === 0;
}
var schema21 = { enum: ["image", "dependency", "iac", "secret", "code", "license"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (let key0 in data) {
        let _errs1 = errors;
        if (errors === errors)
          if (typeof key0 == "string") {
            if (func3(key0) > 128) {
              let err0 = { instancePath, schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key0 };
              vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
            } else if (!pattern0.test(key0)) {
              let err1 = { instancePath, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', propertyName: key0 };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          } else {
            let err2 = { instancePath, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
          }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
          return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate13.errors = vErrors, !1;
          break;
        }
      }
      if (valid0)
        for (let key1 in data) {
          let data0 = data[key1], _errs5 = errors;
          if (errors === _errs5)
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.description === void 0 && (missing0 = "description"))
                return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
              {
                let _errs7 = errors;
                for (let key2 in data0)
                  if (!(key2 === "description" || key2 === "ids" || key2 === "layers")) {
                    return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                    break;
                  }
                if (_errs7 === errors) {
                  if (data0.description !== void 0) {
                    let _errs8 = errors;
                    if (typeof data0.description != "string")
                      return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid3 = _errs8 === errors;
                  } else
                    var valid3 = !0;
                  if (valid3) {
                    if (data0.ids !== void 0) {
                      let data2 = data0.ids, _errs10 = errors;
                      if (errors === _errs10)
                        if (Array.isArray(data2)) {
                          var valid4 = !0;
                          let len0 = data2.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data3 = data2[i0], _errs12 = errors;
                            if (errors === errors)
                              if (typeof data3 == "string") {
                                if (func3(data3) > 512)
                                  return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                if (func3(data3) < 1)
                                  return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                              } else
                                return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid4 = _errs12 === errors;
                            if (!valid4)
                              break;
                          }
                        } else
                          return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids", schemaPath: "#/additionalProperties/properties/ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                      var valid3 = _errs10 === errors;
                    } else
                      var valid3 = !0;
                    if (valid3)
                      if (data0.layers !== void 0) {
                        let data4 = data0.layers, _errs15 = errors;
                        if (errors === _errs15)
                          if (Array.isArray(data4)) {
                            var valid6 = !0;
                            let len1 = data4.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data5 = data4[i1], _errs17 = errors;
                              if (!(data5 === "image" || data5 === "dependency" || data5 === "iac" || data5 === "secret" || data5 === "code" || data5 === "license"))
                                return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i1, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" }], !1;
                              var valid6 = _errs17 === errors;
                              if (!valid6)
                                break;
                            }
                          } else
                            return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/additionalProperties/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid3 = _errs15 === errors;
                      } else
                        var valid3 = !0;
                  }
                }
              }
            } else
              return validate13.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
          var valid2 = _errs5 === errors;
          if (!valid2)
            break;
        }
    } else
      return validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate13.errors = vErrors, errors === 0;
}
var pattern2 = new RegExp("^\\d+[mhdw]$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "layers" || key0 === "max-report-age" || key0 === "timestamps")) {
          return validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.layers !== void 0) {
          let data0 = data.layers, _errs2 = errors;
          if (errors === _errs2)
            if (Array.isArray(data0)) {
              var valid1 = !0;
              let len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0], _errs4 = errors;
                if (!(data1 === "image" || data1 === "dependency" || data1 === "iac" || data1 === "secret" || data1 === "code" || data1 === "license"))
                  return validate15.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid1 = _errs4 === errors;
                if (!valid1)
                  break;
              }
            } else
              return validate15.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data["max-report-age"] !== void 0) {
            let data2 = data["max-report-age"], _errs6 = errors;
            if (errors === _errs6)
              if (typeof data2 == "string") {
                if (!pattern2.test(data2))
                  return validate15.errors = [{ instancePath: instancePath + "/max-report-age", schemaPath: "#/properties/max-report-age/pattern", keyword: "pattern", params: { pattern: "^\\d+[mhdw]$" }, message: 'must match pattern "^\\d+[mhdw]$"' }], !1;
              } else
                return validate15.errors = [{ instancePath: instancePath + "/max-report-age", schemaPath: "#/properties/max-report-age/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs6 === errors;
          } else
            var valid0 = !0;
          if (valid0)
            if (data.timestamps !== void 0) {
              let _errs8 = errors;
              if (typeof data.timestamps != "boolean")
                return validate15.errors = [{ instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
              var valid0 = _errs8 === errors;
            } else
              var valid0 = !0;
        }
      }
    } else
      return validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate15.errors = vErrors, errors === 0;
}
var schema26 = { enum: ["block", "warn", "info", "ignore"] }, schema27 = { type: "object", additionalProperties: !1, description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.", properties: { severity: { oneOf: [{ $ref: "#/definitions/severityExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/severityExpr" } }] }, layer: { oneOf: [{ $ref: "#/definitions/layer" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/layer" } }] }, fixable: { type: "boolean" }, id: { $ref: "#/definitions/globs" }, package: { $ref: "#/definitions/globs" }, path: { $ref: "#/definitions/globs" }, versions: { $ref: "#/definitions/semverRange" }, cwe: { oneOf: [{ type: ["string", "integer"] }, { type: "array", minItems: 1, items: { type: ["string", "integer"] } }] }, epss: { oneOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "string", pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }], description: 'A number means at least; or ">=0.5", "<0.1".' }, kev: { type: "boolean", description: "Listed in CISA's Known Exploited Vulnerabilities." }, control: { oneOf: [{ $ref: "#/definitions/name" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/name" } }] }, classification: { oneOf: [{ $ref: "#/definitions/classificationExpr" }, { type: "array", minItems: 1, items: { $ref: "#/definitions/classificationExpr" } }] }, asset: { $ref: "#/definitions/globs" }, tool: { $ref: "#/definitions/globs" } } };
var pattern4 = new RegExp("^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$", "u"), pattern6 = new RegExp("^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$", "u"), pattern9 = new RegExp("^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs0 = errors, valid0 = !1, passing0 = null, _errs1 = errors;
  if (errors === errors)
    if (typeof data == "string") {
      if (func3(data) > 512) {
        let err0 = { instancePath, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      } else if (func3(data) < 1) {
        let err1 = { instancePath, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    } else {
      let err2 = { instancePath, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  var _valid0 = _errs1 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs4 = errors;
  if (errors === _errs4)
    if (Array.isArray(data))
      if (data.length < 1) {
        let err3 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      } else {
        var valid2 = !0;
        let len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0], _errs6 = errors;
          if (errors === errors)
            if (typeof data0 == "string") {
              if (func3(data0) > 512) {
                let err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
              } else if (func3(data0) < 1) {
                let err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
              }
            } else {
              let err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
          var valid2 = _errs6 === errors;
          if (!valid2)
            break;
        }
      }
    else {
      let err7 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0 ? (valid0 = !1, passing0 = [passing0, 1]) : _valid0 && (valid0 = !0, passing0 = 1), valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err8 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    return vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++, validate19.errors = vErrors, !1;
  }
  return validate19.errors = vErrors, errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!func2.call(schema27.properties, key0)) {
          return validate18.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.severity !== void 0) {
          let data0 = data.severity, _errs2 = errors, _errs3 = errors, valid1 = !1, passing0 = null, _errs4 = errors;
          if (errors === errors)
            if (typeof data0 == "string") {
              if (!pattern4.test(data0)) {
                let err0 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"' };
                vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
              }
            } else {
              let err1 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          var _valid0 = _errs4 === errors;
          _valid0 && (valid1 = !0, passing0 = 0);
          let _errs7 = errors;
          if (errors === _errs7)
            if (Array.isArray(data0))
              if (data0.length < 1) {
                let err2 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
              } else {
                var valid3 = !0;
                let len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0], _errs9 = errors;
                  if (errors === errors)
                    if (typeof data1 == "string") {
                      if (!pattern4.test(data1)) {
                        let err3 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"' };
                        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                      }
                    } else {
                      let err4 = { instancePath: instancePath + "/severity/" + i0, schemaPath: "#/definitions/severityExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                    }
                  var valid3 = _errs9 === errors;
                  if (!valid3)
                    break;
                }
              }
            else {
              let err5 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          var _valid0 = _errs7 === errors;
          if (_valid0 && valid1 ? (valid1 = !1, passing0 = [passing0, 1]) : _valid0 && (valid1 = !0, passing0 = 1), valid1)
            errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
          else {
            let err6 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            return vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++, validate18.errors = vErrors, !1;
          }
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data.layer !== void 0) {
            let data2 = data.layer, _errs12 = errors, _errs13 = errors, valid5 = !1, passing1 = null, _errs14 = errors;
            if (!(data2 === "image" || data2 === "dependency" || data2 === "iac" || data2 === "secret" || data2 === "code" || data2 === "license")) {
              let err7 = { instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
            var _valid1 = _errs14 === errors;
            _valid1 && (valid5 = !0, passing1 = 0);
            let _errs16 = errors;
            if (errors === _errs16)
              if (Array.isArray(data2))
                if (data2.length < 1) {
                  let err8 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                } else {
                  var valid7 = !0;
                  let len1 = data2.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1], _errs18 = errors;
                    if (!(data3 === "image" || data3 === "dependency" || data3 === "iac" || data3 === "secret" || data3 === "code" || data3 === "license")) {
                      let err9 = { instancePath: instancePath + "/layer/" + i1, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                    var valid7 = _errs18 === errors;
                    if (!valid7)
                      break;
                  }
                }
              else {
                let err10 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            var _valid1 = _errs16 === errors;
            if (_valid1 && valid5 ? (valid5 = !1, passing1 = [passing1, 1]) : _valid1 && (valid5 = !0, passing1 = 1), valid5)
              errors = _errs13, vErrors !== null && (_errs13 ? vErrors.length = _errs13 : vErrors = null);
            else {
              let err11 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
              return vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++, validate18.errors = vErrors, !1;
            }
            var valid0 = _errs12 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.fixable !== void 0) {
              let _errs20 = errors;
              if (typeof data.fixable != "boolean")
                return validate18.errors = [{ instancePath: instancePath + "/fixable", schemaPath: "#/properties/fixable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
              var valid0 = _errs20 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.id !== void 0) {
                let _errs22 = errors;
                validate19(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
                var valid0 = _errs22 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.package !== void 0) {
                  let _errs23 = errors;
                  validate19(data.package, { instancePath: instancePath + "/package", parentData: data, parentDataProperty: "package", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
                  var valid0 = _errs23 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.path !== void 0) {
                    let _errs24 = errors;
                    validate19(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
                    var valid0 = _errs24 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.versions !== void 0) {
                      let data8 = data.versions, _errs25 = errors;
                      if (errors === errors)
                        if (typeof data8 == "string") {
                          if (func3(data8) > 256)
                            return validate18.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                          if (func3(data8) < 1)
                            return validate18.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                        } else
                          return validate18.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs25 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.cwe !== void 0) {
                        let data9 = data.cwe, _errs28 = errors, _errs29 = errors, valid10 = !1, passing2 = null, _errs30 = errors;
                        if (typeof data9 != "string" && !(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                          let err12 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/0/type", keyword: "type", params: { type: schema27.properties.cwe.oneOf[0].type }, message: "must be string,integer" };
                          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                        }
                        var _valid2 = _errs30 === errors;
                        _valid2 && (valid10 = !0, passing2 = 0);
                        let _errs32 = errors;
                        if (errors === _errs32)
                          if (Array.isArray(data9))
                            if (data9.length < 1) {
                              let err13 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                            } else {
                              var valid11 = !0;
                              let len2 = data9.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data10 = data9[i2], _errs34 = errors;
                                if (typeof data10 != "string" && !(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                                  let err14 = { instancePath: instancePath + "/cwe/" + i2, schemaPath: "#/properties/cwe/oneOf/1/items/type", keyword: "type", params: { type: schema27.properties.cwe.oneOf[1].items.type }, message: "must be string,integer" };
                                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                                }
                                var valid11 = _errs34 === errors;
                                if (!valid11)
                                  break;
                              }
                            }
                          else {
                            let err15 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                          }
                        var _valid2 = _errs32 === errors;
                        if (_valid2 && valid10 ? (valid10 = !1, passing2 = [passing2, 1]) : _valid2 && (valid10 = !0, passing2 = 1), valid10)
                          errors = _errs29, vErrors !== null && (_errs29 ? vErrors.length = _errs29 : vErrors = null);
                        else {
                          let err16 = { instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++, validate18.errors = vErrors, !1;
                        }
                        var valid0 = _errs28 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.epss !== void 0) {
                          let data11 = data.epss, _errs36 = errors, _errs37 = errors, valid12 = !1, passing3 = null, _errs38 = errors;
                          if (errors === _errs38)
                            if (typeof data11 == "number" && isFinite(data11)) {
                              if (data11 > 1 || isNaN(data11)) {
                                let err17 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                              } else if (data11 < 0 || isNaN(data11)) {
                                let err18 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                              }
                            } else {
                              let err19 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                            }
                          var _valid3 = _errs38 === errors;
                          _valid3 && (valid12 = !0, passing3 = 0);
                          let _errs40 = errors;
                          if (errors === _errs40)
                            if (typeof data11 == "string") {
                              if (!pattern6.test(data11)) {
                                let err20 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$"' };
                                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                              }
                            } else {
                              let err21 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                            }
                          var _valid3 = _errs40 === errors;
                          if (_valid3 && valid12 ? (valid12 = !1, passing3 = [passing3, 1]) : _valid3 && (valid12 = !0, passing3 = 1), valid12)
                            errors = _errs37, vErrors !== null && (_errs37 ? vErrors.length = _errs37 : vErrors = null);
                          else {
                            let err22 = { instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++, validate18.errors = vErrors, !1;
                          }
                          var valid0 = _errs36 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.kev !== void 0) {
                            let _errs42 = errors;
                            if (typeof data.kev != "boolean")
                              return validate18.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                            var valid0 = _errs42 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.control !== void 0) {
                              let data13 = data.control, _errs44 = errors, _errs45 = errors, valid13 = !1, passing4 = null, _errs46 = errors;
                              if (errors === errors)
                                if (typeof data13 == "string") {
                                  if (func3(data13) > 128) {
                                    let err23 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                                  } else if (!pattern0.test(data13)) {
                                    let err24 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
                                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                                  }
                                } else {
                                  let err25 = { instancePath: instancePath + "/control", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                                }
                              var _valid4 = _errs46 === errors;
                              _valid4 && (valid13 = !0, passing4 = 0);
                              let _errs49 = errors;
                              if (errors === _errs49)
                                if (Array.isArray(data13))
                                  if (data13.length < 1) {
                                    let err26 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                                  } else {
                                    var valid15 = !0;
                                    let len3 = data13.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      let data14 = data13[i3], _errs51 = errors;
                                      if (errors === errors)
                                        if (typeof data14 == "string") {
                                          if (func3(data14) > 128) {
                                            let err27 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                                          } else if (!pattern0.test(data14)) {
                                            let err28 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
                                            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                                          }
                                        } else {
                                          let err29 = { instancePath: instancePath + "/control/" + i3, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                                        }
                                      var valid15 = _errs51 === errors;
                                      if (!valid15)
                                        break;
                                    }
                                  }
                                else {
                                  let err30 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                                }
                              var _valid4 = _errs49 === errors;
                              if (_valid4 && valid13 ? (valid13 = !1, passing4 = [passing4, 1]) : _valid4 && (valid13 = !0, passing4 = 1), valid13)
                                errors = _errs45, vErrors !== null && (_errs45 ? vErrors.length = _errs45 : vErrors = null);
                              else {
                                let err31 = { instancePath: instancePath + "/control", schemaPath: "#/properties/control/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                return vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++, validate18.errors = vErrors, !1;
                              }
                              var valid0 = _errs44 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.classification !== void 0) {
                                let data15 = data.classification, _errs54 = errors, _errs55 = errors, valid17 = !1, passing5 = null, _errs56 = errors;
                                if (errors === errors)
                                  if (typeof data15 == "string") {
                                    if (!pattern9.test(data15)) {
                                      let err32 = { instancePath: instancePath + "/classification", schemaPath: "#/definitions/classificationExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"' };
                                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                                    }
                                  } else {
                                    let err33 = { instancePath: instancePath + "/classification", schemaPath: "#/definitions/classificationExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                                  }
                                var _valid5 = _errs56 === errors;
                                _valid5 && (valid17 = !0, passing5 = 0);
                                let _errs59 = errors;
                                if (errors === _errs59)
                                  if (Array.isArray(data15))
                                    if (data15.length < 1) {
                                      let err34 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                                    } else {
                                      var valid19 = !0;
                                      let len4 = data15.length;
                                      for (let i4 = 0; i4 < len4; i4++) {
                                        let data16 = data15[i4], _errs61 = errors;
                                        if (errors === errors)
                                          if (typeof data16 == "string") {
                                            if (!pattern9.test(data16)) {
                                              let err35 = { instancePath: instancePath + "/classification/" + i4, schemaPath: "#/definitions/classificationExpr/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"' };
                                              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                                            }
                                          } else {
                                            let err36 = { instancePath: instancePath + "/classification/" + i4, schemaPath: "#/definitions/classificationExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                                          }
                                        var valid19 = _errs61 === errors;
                                        if (!valid19)
                                          break;
                                      }
                                    }
                                  else {
                                    let err37 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                                  }
                                var _valid5 = _errs59 === errors;
                                if (_valid5 && valid17 ? (valid17 = !1, passing5 = [passing5, 1]) : _valid5 && (valid17 = !0, passing5 = 1), valid17)
                                  errors = _errs55, vErrors !== null && (_errs55 ? vErrors.length = _errs55 : vErrors = null);
                                else {
                                  let err38 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                  return vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++, validate18.errors = vErrors, !1;
                                }
                                var valid0 = _errs54 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.asset !== void 0) {
                                  let _errs64 = errors;
                                  validate19(data.asset, { instancePath: instancePath + "/asset", parentData: data, parentDataProperty: "asset", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
                                  var valid0 = _errs64 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0)
                                  if (data.tool !== void 0) {
                                    let _errs65 = errors;
                                    validate19(data.tool, { instancePath: instancePath + "/tool", parentData: data, parentDataProperty: "tool", rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
                                    var valid0 = _errs65 === errors;
                                  } else
                                    var valid0 = !0;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate18.errors = vErrors, errors === 0;
}
var schema40 = { type: "object", additionalProperties: !1, required: ["finding"], properties: { name: { type: "string" }, finding: { $ref: "#/definitions/exampleFinding" }, classification: { $ref: "#/definitions/classification", description: "Evaluate as if the finding's asset had this classification." }, asset: { $ref: "#/definitions/name", description: "Evaluate as if the finding belonged to this asset of the policy." }, matches: { type: "boolean", description: "In rule examples: whether the rule must match (default true)." }, verdict: { enum: ["block", "warn", "info", "ignored", "waived"], description: "The verdict the policy must give." }, rule: { $ref: "#/definitions/name", description: "The rule that must decide." } } }, schema41 = { type: "object", additionalProperties: !1, required: ["id"], properties: { id: { type: "string", minLength: 1 }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string" }, layer: { $ref: "#/definitions/layer" }, severity: { $ref: "#/definitions/severity" }, fixable: { type: "boolean" }, package: { type: "string" }, version: { type: "string" }, path: { type: "string" }, target: { type: "string" }, tool: { type: "string" }, report: { type: "string", description: "Path of the report it came from (default example.json)." }, cwe: { type: "array", items: { type: "string" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, suppressed: { type: "boolean" } } }, schema43 = { enum: ["critical", "high", "medium", "low", "info", "unknown"] };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id"))
        return validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema41.properties, key0)) {
            return validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === _errs2)
              if (typeof data0 == "string") {
                if (func3(data0) < 1)
                  return validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
              } else
                return validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.aliases !== void 0) {
              let data1 = data.aliases, _errs4 = errors;
              if (errors === _errs4)
                if (Array.isArray(data1)) {
                  var valid1 = !0;
                  let len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let _errs6 = errors;
                    if (typeof data1[i0] != "string")
                      return validate27.errors = [{ instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid1 = _errs6 === errors;
                    if (!valid1)
                      break;
                  }
                } else
                  return validate27.errors = [{ instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.title !== void 0) {
                let _errs8 = errors;
                if (typeof data.title != "string")
                  return validate27.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs8 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.layer !== void 0) {
                  let data4 = data.layer, _errs10 = errors;
                  if (!(data4 === "image" || data4 === "dependency" || data4 === "iac" || data4 === "secret" || data4 === "code" || data4 === "license"))
                    return validate27.errors = [{ instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" }], !1;
                  var valid0 = _errs10 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.severity !== void 0) {
                    let data5 = data.severity, _errs12 = errors;
                    if (!(data5 === "critical" || data5 === "high" || data5 === "medium" || data5 === "low" || data5 === "info" || data5 === "unknown"))
                      return validate27.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" }], !1;
                    var valid0 = _errs12 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.fixable !== void 0) {
                      let _errs14 = errors;
                      if (typeof data.fixable != "boolean")
                        return validate27.errors = [{ instancePath: instancePath + "/fixable", schemaPath: "#/properties/fixable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                      var valid0 = _errs14 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.package !== void 0) {
                        let _errs16 = errors;
                        if (typeof data.package != "string")
                          return validate27.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs16 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.version !== void 0) {
                          let _errs18 = errors;
                          if (typeof data.version != "string")
                            return validate27.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid0 = _errs18 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.path !== void 0) {
                            let _errs20 = errors;
                            if (typeof data.path != "string")
                              return validate27.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid0 = _errs20 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.target !== void 0) {
                              let _errs22 = errors;
                              if (typeof data.target != "string")
                                return validate27.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs22 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.tool !== void 0) {
                                let _errs24 = errors;
                                if (typeof data.tool != "string")
                                  return validate27.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid0 = _errs24 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.report !== void 0) {
                                  let _errs26 = errors;
                                  if (typeof data.report != "string")
                                    return validate27.errors = [{ instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid0 = _errs26 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data.cwe !== void 0) {
                                    let data13 = data.cwe, _errs28 = errors;
                                    if (errors === _errs28)
                                      if (Array.isArray(data13)) {
                                        var valid4 = !0;
                                        let len1 = data13.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let _errs30 = errors;
                                          if (typeof data13[i1] != "string")
                                            return validate27.errors = [{ instancePath: instancePath + "/cwe/" + i1, schemaPath: "#/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                          var valid4 = _errs30 === errors;
                                          if (!valid4)
                                            break;
                                        }
                                      } else
                                        return validate27.errors = [{ instancePath: instancePath + "/cwe", schemaPath: "#/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                    var valid0 = _errs28 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data.epss !== void 0) {
                                      let data15 = data.epss, _errs32 = errors;
                                      if (errors === _errs32)
                                        if (typeof data15 == "number" && isFinite(data15)) {
                                          if (data15 > 1 || isNaN(data15))
                                            return validate27.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                          if (data15 < 0 || isNaN(data15))
                                            return validate27.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                        } else
                                          return validate27.errors = [{ instancePath: instancePath + "/epss", schemaPath: "#/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                      var valid0 = _errs32 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data.kev !== void 0) {
                                        let _errs34 = errors;
                                        if (typeof data.kev != "boolean")
                                          return validate27.errors = [{ instancePath: instancePath + "/kev", schemaPath: "#/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                        var valid0 = _errs34 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0)
                                        if (data.suppressed !== void 0) {
                                          let _errs36 = errors;
                                          if (typeof data.suppressed != "boolean")
                                            return validate27.errors = [{ instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                          var valid0 = _errs36 === errors;
                                        } else
                                          var valid0 = !0;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate27.errors = vErrors, errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.finding === void 0 && (missing0 = "finding"))
        return validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "name" || key0 === "finding" || key0 === "classification" || key0 === "asset" || key0 === "matches" || key0 === "verdict" || key0 === "rule")) {
            return validate26.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let _errs2 = errors;
            if (typeof data.name != "string")
              return validate26.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.finding !== void 0) {
              let _errs4 = errors;
              validate27(data.finding, { instancePath: instancePath + "/finding", parentData: data, parentDataProperty: "finding", rootData }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.classification !== void 0) {
                let data2 = data.classification, _errs5 = errors;
                if (!(data2 === "public" || data2 === "internal" || data2 === "confidential" || data2 === "restricted"))
                  return validate26.errors = [{ instancePath: instancePath + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.asset !== void 0) {
                  let data3 = data.asset, _errs7 = errors;
                  if (errors === errors)
                    if (typeof data3 == "string") {
                      if (func3(data3) > 128)
                        return validate26.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                      if (!pattern0.test(data3))
                        return validate26.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                    } else
                      return validate26.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs7 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.matches !== void 0) {
                    let _errs10 = errors;
                    if (typeof data.matches != "boolean")
                      return validate26.errors = [{ instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.verdict !== void 0) {
                      let data5 = data.verdict, _errs12 = errors;
                      if (!(data5 === "block" || data5 === "warn" || data5 === "info" || data5 === "ignored" || data5 === "waived"))
                        return validate26.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema40.properties.verdict.enum }, message: "must be equal to one of the allowed values" }], !1;
                      var valid0 = _errs12 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0)
                      if (data.rule !== void 0) {
                        let data6 = data.rule, _errs13 = errors;
                        if (errors === errors)
                          if (typeof data6 == "string") {
                            if (func3(data6) > 128)
                              return validate26.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                            if (!pattern0.test(data6))
                              return validate26.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                          } else
                            return validate26.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs13 === errors;
                      } else
                        var valid0 = !0;
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate26.errors = vErrors, errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.when === void 0 && (missing0 = "when") || data.action === void 0 && (missing0 = "action"))
        return validate17.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "id" || key0 === "description" || key0 === "action" || key0 === "when" || key0 === "examples")) {
            return validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === errors)
              if (typeof data0 == "string") {
                if (func3(data0) > 128)
                  return validate17.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                if (!pattern0.test(data0))
                  return validate17.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
              } else
                return validate17.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.description !== void 0) {
              let _errs5 = errors;
              if (typeof data.description != "string")
                return validate17.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs5 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.action !== void 0) {
                let data2 = data.action, _errs7 = errors;
                if (!(data2 === "block" || data2 === "warn" || data2 === "info" || data2 === "ignore"))
                  return validate17.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" }], !1;
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.when !== void 0) {
                  let _errs9 = errors;
                  validate18(data.when, { instancePath: instancePath + "/when", parentData: data, parentDataProperty: "when", rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length);
                  var valid0 = _errs9 === errors;
                } else
                  var valid0 = !0;
                if (valid0)
                  if (data.examples !== void 0) {
                    let data4 = data.examples, _errs10 = errors;
                    if (errors === _errs10)
                      if (Array.isArray(data4)) {
                        var valid3 = !0;
                        let len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let _errs12 = errors;
                          validate26(data4[i0], { instancePath: instancePath + "/examples/" + i0, parentData: data4, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
                          var valid3 = _errs12 === errors;
                          if (!valid3)
                            break;
                        }
                      } else
                        return validate17.errors = [{ instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
              }
            }
          }
        }
      }
    } else
      return validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate17.errors = vErrors, errors === 0;
}
var schema48 = { type: "object", additionalProperties: !1, required: ["id", "reason", "owner", "expires"], description: "A narrow, owned, justified and temporary exception.", properties: { id: { type: "string", minLength: 1, maxLength: 256, description: "The finding id or one of its aliases (exact, case-insensitive)." }, package: { type: "string", minLength: 1, description: "Exact package name." }, versions: { $ref: "#/definitions/semverRange" }, paths: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" }, description: "Must cover the finding's location, or every report that found it." }, asset: { $ref: "#/definitions/name" }, rule: { $ref: "#/definitions/name", description: "Only waive the verdict of this rule." }, reason: { type: "string", minLength: 3 }, owner: { type: "string", minLength: 1 }, "approved-by": { type: "string", minLength: 1 }, ticket: { type: "string", minLength: 1 }, expires: { $ref: "#/definitions/date" } } };
var pattern15 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.reason === void 0 && (missing0 = "reason") || data.owner === void 0 && (missing0 = "owner") || data.expires === void 0 && (missing0 = "expires"))
        return validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema48.properties, key0)) {
            return validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (errors === _errs2)
              if (typeof data0 == "string") {
                if (func3(data0) > 256)
                  return validate32.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                if (func3(data0) < 1)
                  return validate32.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
              } else
                return validate32.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.package !== void 0) {
              let data1 = data.package, _errs4 = errors;
              if (errors === _errs4)
                if (typeof data1 == "string") {
                  if (func3(data1) < 1)
                    return validate32.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                } else
                  return validate32.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.versions !== void 0) {
                let data2 = data.versions, _errs6 = errors;
                if (errors === errors)
                  if (typeof data2 == "string") {
                    if (func3(data2) > 256)
                      return validate32.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }], !1;
                    if (func3(data2) < 1)
                      return validate32.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                  } else
                    return validate32.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/definitions/semverRange/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs6 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.paths !== void 0) {
                  let data3 = data.paths, _errs9 = errors;
                  if (errors === _errs9)
                    if (Array.isArray(data3)) {
                      if (data3.length < 1)
                        return validate32.errors = [{ instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                      {
                        var valid2 = !0;
                        let len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0], _errs11 = errors;
                          if (errors === errors)
                            if (typeof data4 == "string") {
                              if (func3(data4) > 512)
                                return validate32.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                              if (func3(data4) < 1)
                                return validate32.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                            } else
                              return validate32.errors = [{ instancePath: instancePath + "/paths/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid2 = _errs11 === errors;
                          if (!valid2)
                            break;
                        }
                      }
                    } else
                      return validate32.errors = [{ instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs9 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.asset !== void 0) {
                    let data5 = data.asset, _errs14 = errors;
                    if (errors === errors)
                      if (typeof data5 == "string") {
                        if (func3(data5) > 128)
                          return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                        if (!pattern0.test(data5))
                          return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                      } else
                        return validate32.errors = [{ instancePath: instancePath + "/asset", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs14 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.rule !== void 0) {
                      let data6 = data.rule, _errs17 = errors;
                      if (errors === errors)
                        if (typeof data6 == "string") {
                          if (func3(data6) > 128)
                            return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                          if (!pattern0.test(data6))
                            return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }], !1;
                        } else
                          return validate32.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs17 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.reason !== void 0) {
                        let data7 = data.reason, _errs20 = errors;
                        if (errors === _errs20)
                          if (typeof data7 == "string") {
                            if (func3(data7) < 3)
                              return validate32.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" }], !1;
                          } else
                            return validate32.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid0 = _errs20 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.owner !== void 0) {
                          let data8 = data.owner, _errs22 = errors;
                          if (errors === _errs22)
                            if (typeof data8 == "string") {
                              if (func3(data8) < 1)
                                return validate32.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                            } else
                              return validate32.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid0 = _errs22 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data["approved-by"] !== void 0) {
                            let data9 = data["approved-by"], _errs24 = errors;
                            if (errors === _errs24)
                              if (typeof data9 == "string") {
                                if (func3(data9) < 1)
                                  return validate32.errors = [{ instancePath: instancePath + "/approved-by", schemaPath: "#/properties/approved-by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                              } else
                                return validate32.errors = [{ instancePath: instancePath + "/approved-by", schemaPath: "#/properties/approved-by/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid0 = _errs24 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.ticket !== void 0) {
                              let data10 = data.ticket, _errs26 = errors;
                              if (errors === _errs26)
                                if (typeof data10 == "string") {
                                  if (func3(data10) < 1)
                                    return validate32.errors = [{ instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                } else
                                  return validate32.errors = [{ instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs26 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0)
                              if (data.expires !== void 0) {
                                let data11 = data.expires, _errs28 = errors;
                                if (errors === errors)
                                  if (typeof data11 == "string") {
                                    if (!pattern15.test(data11))
                                      return validate32.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }], !1;
                                  } else
                                    return validate32.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid0 = _errs28 === errors;
                              } else
                                var valid0 = !0;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate32.errors = vErrors, errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (Array.isArray(data)) {
      var valid0 = !0;
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let _errs1 = errors;
        validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
        var valid0 = _errs1 === errors;
        if (!valid0)
          break;
      }
    } else
      return validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
  return validate31.errors = vErrors, errors === 0;
}
var schema54 = { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["block", "warn", "never"], description: "Which verdict fails the gate (exit 1). Default block." }, "unknown-severity": { $ref: "#/definitions/severity", description: "Severity assumed for findings the scanner did not score. Default high." }, "default-action": { $ref: "#/definitions/action", description: "Verdict for findings no rule matches. Default info." }, "max-waiver-days": { type: "integer", minimum: 1, maximum: 3650, description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied." } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "fail-on" || key0 === "unknown-severity" || key0 === "default-action" || key0 === "max-waiver-days")) {
          return validate35.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data["fail-on"] !== void 0) {
          let data0 = data["fail-on"], _errs2 = errors;
          if (!(data0 === "block" || data0 === "warn" || data0 === "never"))
            return validate35.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema54.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" }], !1;
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data["unknown-severity"] !== void 0) {
            let data1 = data["unknown-severity"], _errs3 = errors;
            if (!(data1 === "critical" || data1 === "high" || data1 === "medium" || data1 === "low" || data1 === "info" || data1 === "unknown"))
              return validate35.errors = [{ instancePath: instancePath + "/unknown-severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" }], !1;
            var valid0 = _errs3 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data["default-action"] !== void 0) {
              let data2 = data["default-action"], _errs5 = errors;
              if (!(data2 === "block" || data2 === "warn" || data2 === "info" || data2 === "ignore"))
                return validate35.errors = [{ instancePath: instancePath + "/default-action", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" }], !1;
              var valid0 = _errs5 === errors;
            } else
              var valid0 = !0;
            if (valid0)
              if (data["max-waiver-days"] !== void 0) {
                let data3 = data["max-waiver-days"], _errs7 = errors;
                if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)))
                  return validate35.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                if (errors === _errs7 && typeof data3 == "number" && isFinite(data3)) {
                  if (data3 > 3650 || isNaN(data3))
                    return validate35.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" }], !1;
                  if (data3 < 1 || isNaN(data3))
                    return validate35.errors = [{ instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                }
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
          }
        }
      }
    } else
      return validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate35.errors = vErrors, errors === 0;
}
var pattern16 = new RegExp("^[1-9][0-9]{0,5}(s|m)$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version"))
        return validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func2.call(schema11.properties, key0)) {
            return validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            let _errs2 = errors;
            if (data.version !== 1)
              return validate10.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.extends !== void 0) {
              let data1 = data.extends, _errs3 = errors;
              if (errors === _errs3)
                if (Array.isArray(data1)) {
                  var valid1 = !0;
                  let len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0], _errs5 = errors;
                    if (errors === _errs5)
                      if (typeof data2 == "string") {
                        if (func3(data2) > 512)
                          return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                        if (func3(data2) < 1)
                          return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                      } else
                        return validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid1 = _errs5 === errors;
                    if (!valid1)
                      break;
                  }
                } else
                  return validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs3 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.assets !== void 0) {
                let _errs7 = errors;
                validate11(data.assets, { instancePath: instancePath + "/assets", parentData: data, parentDataProperty: "assets", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["default-classification"] !== void 0) {
                  let data4 = data["default-classification"], _errs8 = errors;
                  if (!(data4 === "public" || data4 === "internal" || data4 === "confidential" || data4 === "restricted"))
                    return validate10.errors = [{ instancePath: instancePath + "/default-classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" }], !1;
                  var valid0 = _errs8 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.controls !== void 0) {
                    let _errs10 = errors;
                    validate13(data.controls, { instancePath: instancePath + "/controls", parentData: data, parentDataProperty: "controls", rootData }) || (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors), errors = vErrors.length);
                    var valid0 = _errs10 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.require !== void 0) {
                      let _errs11 = errors;
                      validate15(data.require, { instancePath: instancePath + "/require", parentData: data, parentDataProperty: "require", rootData }) || (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors), errors = vErrors.length);
                      var valid0 = _errs11 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.rules !== void 0) {
                        let data7 = data.rules, _errs12 = errors;
                        if (errors === _errs12)
                          if (Array.isArray(data7)) {
                            var valid3 = !0;
                            let len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let _errs14 = errors;
                              validate17(data7[i1], { instancePath: instancePath + "/rules/" + i1, parentData: data7, parentDataProperty: i1, rootData }) || (vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors), errors = vErrors.length);
                              var valid3 = _errs14 === errors;
                              if (!valid3)
                                break;
                            }
                          } else
                            return validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid0 = _errs12 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.waivers !== void 0) {
                          let _errs15 = errors;
                          validate31(data.waivers, { instancePath: instancePath + "/waivers", parentData: data, parentDataProperty: "waivers", rootData }) || (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors), errors = vErrors.length);
                          var valid0 = _errs15 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.local !== void 0) {
                            let data10 = data.local, _errs16 = errors;
                            if (errors === _errs16)
                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                let _errs18 = errors;
                                for (let key1 in data10)
                                  if (!(key1 === "reports" || key1 === "baseline" || key1 === "commands")) {
                                    return validate10.errors = [{ instancePath: instancePath + "/local", schemaPath: "#/properties/local/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                    break;
                                  }
                                if (_errs18 === errors) {
                                  if (data10.reports !== void 0) {
                                    let data11 = data10.reports, _errs19 = errors;
                                    if (errors === _errs19)
                                      if (Array.isArray(data11)) {
                                        if (data11.length < 1)
                                          return validate10.errors = [{ instancePath: instancePath + "/local/reports", schemaPath: "#/properties/local/properties/reports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                        {
                                          var valid5 = !0;
                                          let len2 = data11.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            let data12 = data11[i2], _errs21 = errors;
                                            if (errors === _errs21)
                                              if (typeof data12 == "string") {
                                                if (func3(data12) > 512)
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                                if (func3(data12) < 1)
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                              } else
                                                return validate10.errors = [{ instancePath: instancePath + "/local/reports/" + i2, schemaPath: "#/properties/local/properties/reports/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid5 = _errs21 === errors;
                                            if (!valid5)
                                              break;
                                          }
                                        }
                                      } else
                                        return validate10.errors = [{ instancePath: instancePath + "/local/reports", schemaPath: "#/properties/local/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                    var valid4 = _errs19 === errors;
                                  } else
                                    var valid4 = !0;
                                  if (valid4) {
                                    if (data10.baseline !== void 0) {
                                      let data13 = data10.baseline, _errs23 = errors;
                                      if (errors === _errs23)
                                        if (typeof data13 == "string") {
                                          if (func3(data13) > 512)
                                            return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" }], !1;
                                          if (func3(data13) < 1)
                                            return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                        } else
                                          return validate10.errors = [{ instancePath: instancePath + "/local/baseline", schemaPath: "#/properties/local/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                      var valid4 = _errs23 === errors;
                                    } else
                                      var valid4 = !0;
                                    if (valid4)
                                      if (data10.commands !== void 0) {
                                        let data14 = data10.commands, _errs25 = errors;
                                        if (errors === _errs25)
                                          if (Array.isArray(data14)) {
                                            var valid6 = !0;
                                            let len3 = data14.length;
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data15 = data14[i3], _errs27 = errors;
                                              if (errors === _errs27)
                                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                                  let missing1;
                                                  if (data15.run === void 0 && (missing1 = "run"))
                                                    return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                                  {
                                                    let _errs29 = errors;
                                                    for (let key2 in data15)
                                                      if (!(key2 === "name" || key2 === "run" || key2 === "timeout" || key2 === "ok-exit-codes")) {
                                                        return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                        break;
                                                      }
                                                    if (_errs29 === errors) {
                                                      if (data15.name !== void 0) {
                                                        let data16 = data15.name, _errs30 = errors;
                                                        if (errors === _errs30)
                                                          if (typeof data16 == "string") {
                                                            if (func3(data16) > 128)
                                                              return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                                                            if (func3(data16) < 1)
                                                              return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                          } else
                                                            return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/name", schemaPath: "#/properties/local/properties/commands/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                        var valid7 = _errs30 === errors;
                                                      } else
                                                        var valid7 = !0;
                                                      if (valid7) {
                                                        if (data15.run !== void 0) {
                                                          let data17 = data15.run, _errs32 = errors;
                                                          if (errors === _errs32)
                                                            if (typeof data17 == "string") {
                                                              if (func3(data17) > 4096)
                                                                return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }], !1;
                                                              if (func3(data17) < 1)
                                                                return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                            } else
                                                              return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/run", schemaPath: "#/properties/local/properties/commands/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                          var valid7 = _errs32 === errors;
                                                        } else
                                                          var valid7 = !0;
                                                        if (valid7) {
                                                          if (data15.timeout !== void 0) {
                                                            let data18 = data15.timeout, _errs34 = errors;
                                                            if (errors === _errs34)
                                                              if (typeof data18 == "string") {
                                                                if (!pattern16.test(data18))
                                                                  return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/timeout", schemaPath: "#/properties/local/properties/commands/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m)$"' }], !1;
                                                              } else
                                                                return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/timeout", schemaPath: "#/properties/local/properties/commands/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                            var valid7 = _errs34 === errors;
                                                          } else
                                                            var valid7 = !0;
                                                          if (valid7)
                                                            if (data15["ok-exit-codes"] !== void 0) {
                                                              let data19 = data15["ok-exit-codes"], _errs36 = errors;
                                                              if (errors === _errs36)
                                                                if (Array.isArray(data19)) {
                                                                  if (data19.length < 1)
                                                                    return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes", schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                                                  {
                                                                    var valid8 = !0;
                                                                    let len4 = data19.length;
                                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                                      let data20 = data19[i4], _errs38 = errors;
                                                                      if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20)))
                                                                        return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                      if (errors === _errs38 && typeof data20 == "number" && isFinite(data20)) {
                                                                        if (data20 > 255 || isNaN(data20))
                                                                          return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" }], !1;
                                                                        if (data20 < 0 || isNaN(data20))
                                                                          return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes/" + i4, schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                      }
                                                                      var valid8 = _errs38 === errors;
                                                                      if (!valid8)
                                                                        break;
                                                                    }
                                                                  }
                                                                } else
                                                                  return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3 + "/ok-exit-codes", schemaPath: "#/properties/local/properties/commands/items/properties/ok-exit-codes/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                              var valid7 = _errs36 === errors;
                                                            } else
                                                              var valid7 = !0;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else
                                                  return validate10.errors = [{ instancePath: instancePath + "/local/commands/" + i3, schemaPath: "#/properties/local/properties/commands/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                              var valid6 = _errs27 === errors;
                                              if (!valid6)
                                                break;
                                            }
                                          } else
                                            return validate10.errors = [{ instancePath: instancePath + "/local/commands", schemaPath: "#/properties/local/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                        var valid4 = _errs25 === errors;
                                      } else
                                        var valid4 = !0;
                                  }
                                }
                              } else
                                return validate10.errors = [{ instancePath: instancePath + "/local", schemaPath: "#/properties/local/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                            var valid0 = _errs16 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0)
                            if (data.settings !== void 0) {
                              let _errs40 = errors;
                              validate35(data.settings, { instancePath: instancePath + "/settings", parentData: data, parentDataProperty: "settings", rootData }) || (vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors), errors = vErrors.length);
                              var valid0 = _errs40 === errors;
                            } else
                              var valid0 = !0;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate10.errors = vErrors, errors === 0;
}
var validateTests = validate37;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tests === void 0 && (missing0 = "tests"))
        return validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "$schema" || key0 === "tests")) {
            return validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            let _errs2 = errors;
            if (typeof data.$schema != "string")
              return validate37.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0)
            if (data.tests !== void 0) {
              let data1 = data.tests, _errs4 = errors;
              if (errors === _errs4)
                if (Array.isArray(data1)) {
                  if (data1.length < 1)
                    return validate37.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                  {
                    var valid1 = !0;
                    let len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let _errs6 = errors;
                      validate26(data1[i0], { instancePath: instancePath + "/tests/" + i0, parentData: data1, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
                      var valid1 = _errs6 === errors;
                      if (!valid1)
                        break;
                    }
                  }
                } else
                  return validate37.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
        }
      }
    } else
      return validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate37.errors = vErrors, errors === 0;
}
var validateFindingsDocument = validate44;
var schema60 = { type: "array", items: { enum: ["image", "dependency", "iac", "secret", "code", "license"] } }, schema61 = { type: "object", additionalProperties: !1, required: ["layer", "id", "severity"], properties: { fingerprint: { type: "string", description: "Ignored: ztgate recomputes it." }, foundBy: { type: "array", description: "Ignored: ztgate recomputes it." }, tool: { type: "string", minLength: 1 }, layer: { enum: ["image", "dependency", "iac", "secret", "code", "license"] }, id: { type: "string", minLength: 1, description: "CVE, GHSA, check id..." }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string", description: "Defaults to the id." }, description: { type: "string" }, severity: { enum: ["critical", "high", "medium", "low", "info", "unknown"] }, cvss: { type: "number", minimum: 0, maximum: 10 }, fix: { type: "object", additionalProperties: !1, required: ["available"], properties: { available: { type: "boolean" }, versions: { type: "array", items: { type: "string" } } } }, package: { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string" }, version: { type: "string" }, ecosystem: { type: "string" }, purl: { type: "string" } } }, location: { type: "object", additionalProperties: !1, required: ["path"], properties: { path: { type: "string", minLength: 1 }, startLine: { type: "integer", minimum: 0 }, endLine: { type: "integer", minimum: 0 } } }, target: { type: "string", description: "Image reference, manifest, IaC resource." }, cwe: { type: "array", items: { type: "string", pattern: "^CWE-[0-9]+$" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, url: { type: "string" }, suppressed: { type: "object", additionalProperties: !1, required: ["kind"], properties: { kind: { type: "string", description: "Who suppressed it (VEX, SARIF...)." }, justification: { type: "string" } } }, ruleId: { type: "string" }, contentHash: { type: "string", description: "The scanner's hash of the flagged code; replaces the line in the fingerprint." } } }, pattern17 = new RegExp("^CWE-[0-9]+$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format") || data.version === void 0 && (missing0 = "version") || data.findings === void 0 && (missing0 = "findings"))
        return validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "$schema" || key0 === "format" || key0 === "version" || key0 === "tool" || key0 === "createdAt" || key0 === "layers" || key0 === "findings")) {
            return validate44.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            let _errs2 = errors;
            if (typeof data.$schema != "string")
              return validate44.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.format !== void 0) {
              let _errs4 = errors;
              if (data.format !== "ztgate-findings")
                return validate44.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "ztgate-findings" }, message: "must be equal to constant" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.version !== void 0) {
                let _errs5 = errors;
                if (data.version !== 1)
                  return validate44.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.tool !== void 0) {
                  let data3 = data.tool, _errs6 = errors;
                  if (errors === _errs6)
                    if (typeof data3 == "string") {
                      if (func3(data3) < 1)
                        return validate44.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                    } else
                      return validate44.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs6 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.createdAt !== void 0) {
                    let _errs8 = errors;
                    if (typeof data.createdAt != "string")
                      return validate44.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs8 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.layers !== void 0) {
                      let data5 = data.layers, _errs10 = errors;
                      if (errors === errors)
                        if (Array.isArray(data5)) {
                          var valid2 = !0;
                          let len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data6 = data5[i0], _errs13 = errors;
                            if (!(data6 === "image" || data6 === "dependency" || data6 === "iac" || data6 === "secret" || data6 === "code" || data6 === "license"))
                              return validate44.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layers/items/enum", keyword: "enum", params: { allowedValues: schema60.items.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid2 = _errs13 === errors;
                            if (!valid2)
                              break;
                          }
                        } else
                          return validate44.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/definitions/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                      var valid0 = _errs10 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0)
                      if (data.findings !== void 0) {
                        let data7 = data.findings, _errs14 = errors;
                        if (errors === _errs14)
                          if (Array.isArray(data7)) {
                            var valid3 = !0;
                            let len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data8 = data7[i1], _errs16 = errors;
                              if (errors === errors)
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  let missing1;
                                  if (data8.layer === void 0 && (missing1 = "layer") || data8.id === void 0 && (missing1 = "id") || data8.severity === void 0 && (missing1 = "severity"))
                                    return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                  {
                                    let _errs19 = errors;
                                    for (let key1 in data8)
                                      if (!func2.call(schema61.properties, key1)) {
                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs19 === errors) {
                                      if (data8.fingerprint !== void 0) {
                                        let _errs20 = errors;
                                        if (typeof data8.fingerprint != "string")
                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                        var valid5 = _errs20 === errors;
                                      } else
                                        var valid5 = !0;
                                      if (valid5) {
                                        if (data8.foundBy !== void 0) {
                                          let _errs22 = errors;
                                          if (!Array.isArray(data8.foundBy))
                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/foundBy", schemaPath: "#/definitions/finding/properties/foundBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                          var valid5 = _errs22 === errors;
                                        } else
                                          var valid5 = !0;
                                        if (valid5) {
                                          if (data8.tool !== void 0) {
                                            let data11 = data8.tool, _errs24 = errors;
                                            if (errors === _errs24)
                                              if (typeof data11 == "string") {
                                                if (func3(data11) < 1)
                                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/tool", schemaPath: "#/definitions/finding/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                              } else
                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/tool", schemaPath: "#/definitions/finding/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid5 = _errs24 === errors;
                                          } else
                                            var valid5 = !0;
                                          if (valid5) {
                                            if (data8.layer !== void 0) {
                                              let data12 = data8.layer, _errs26 = errors;
                                              if (!(data12 === "image" || data12 === "dependency" || data12 === "iac" || data12 === "secret" || data12 === "code" || data12 === "license"))
                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/layer", schemaPath: "#/definitions/finding/properties/layer/enum", keyword: "enum", params: { allowedValues: schema61.properties.layer.enum }, message: "must be equal to one of the allowed values" }], !1;
                                              var valid5 = _errs26 === errors;
                                            } else
                                              var valid5 = !0;
                                            if (valid5) {
                                              if (data8.id !== void 0) {
                                                let data13 = data8.id, _errs27 = errors;
                                                if (errors === _errs27)
                                                  if (typeof data13 == "string") {
                                                    if (func3(data13) < 1)
                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/id", schemaPath: "#/definitions/finding/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                  } else
                                                    return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/id", schemaPath: "#/definitions/finding/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                var valid5 = _errs27 === errors;
                                              } else
                                                var valid5 = !0;
                                              if (valid5) {
                                                if (data8.aliases !== void 0) {
                                                  let data14 = data8.aliases, _errs29 = errors;
                                                  if (errors === _errs29)
                                                    if (Array.isArray(data14)) {
                                                      var valid6 = !0;
                                                      let len2 = data14.length;
                                                      for (let i2 = 0; i2 < len2; i2++) {
                                                        let _errs31 = errors;
                                                        if (typeof data14[i2] != "string")
                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/aliases/" + i2, schemaPath: "#/definitions/finding/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                        var valid6 = _errs31 === errors;
                                                        if (!valid6)
                                                          break;
                                                      }
                                                    } else
                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/aliases", schemaPath: "#/definitions/finding/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                  var valid5 = _errs29 === errors;
                                                } else
                                                  var valid5 = !0;
                                                if (valid5) {
                                                  if (data8.title !== void 0) {
                                                    let _errs33 = errors;
                                                    if (typeof data8.title != "string")
                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/title", schemaPath: "#/definitions/finding/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                    var valid5 = _errs33 === errors;
                                                  } else
                                                    var valid5 = !0;
                                                  if (valid5) {
                                                    if (data8.description !== void 0) {
                                                      let _errs35 = errors;
                                                      if (typeof data8.description != "string")
                                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/description", schemaPath: "#/definitions/finding/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                      var valid5 = _errs35 === errors;
                                                    } else
                                                      var valid5 = !0;
                                                    if (valid5) {
                                                      if (data8.severity !== void 0) {
                                                        let data18 = data8.severity, _errs37 = errors;
                                                        if (!(data18 === "critical" || data18 === "high" || data18 === "medium" || data18 === "low" || data18 === "info" || data18 === "unknown"))
                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema61.properties.severity.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                        var valid5 = _errs37 === errors;
                                                      } else
                                                        var valid5 = !0;
                                                      if (valid5) {
                                                        if (data8.cvss !== void 0) {
                                                          let data19 = data8.cvss, _errs38 = errors;
                                                          if (errors === _errs38)
                                                            if (typeof data19 == "number" && isFinite(data19)) {
                                                              if (data19 > 10 || isNaN(data19))
                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                              if (data19 < 0 || isNaN(data19))
                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                            } else
                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                          var valid5 = _errs38 === errors;
                                                        } else
                                                          var valid5 = !0;
                                                        if (valid5) {
                                                          if (data8.fix !== void 0) {
                                                            let data20 = data8.fix, _errs40 = errors;
                                                            if (errors === _errs40)
                                                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                                let missing2;
                                                                if (data20.available === void 0 && (missing2 = "available"))
                                                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                                                {
                                                                  let _errs42 = errors;
                                                                  for (let key2 in data20)
                                                                    if (!(key2 === "available" || key2 === "versions")) {
                                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                                      break;
                                                                    }
                                                                  if (_errs42 === errors) {
                                                                    if (data20.available !== void 0) {
                                                                      let _errs43 = errors;
                                                                      if (typeof data20.available != "boolean")
                                                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/available", schemaPath: "#/definitions/finding/properties/fix/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                      var valid7 = _errs43 === errors;
                                                                    } else
                                                                      var valid7 = !0;
                                                                    if (valid7)
                                                                      if (data20.versions !== void 0) {
                                                                        let data22 = data20.versions, _errs45 = errors;
                                                                        if (errors === _errs45)
                                                                          if (Array.isArray(data22)) {
                                                                            var valid8 = !0;
                                                                            let len3 = data22.length;
                                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                                              let _errs47 = errors;
                                                                              if (typeof data22[i3] != "string")
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/versions/" + i3, schemaPath: "#/definitions/finding/properties/fix/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid8 = _errs47 === errors;
                                                                              if (!valid8)
                                                                                break;
                                                                            }
                                                                          } else
                                                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/versions", schemaPath: "#/definitions/finding/properties/fix/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                        var valid7 = _errs45 === errors;
                                                                      } else
                                                                        var valid7 = !0;
                                                                  }
                                                                }
                                                              } else
                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                            var valid5 = _errs40 === errors;
                                                          } else
                                                            var valid5 = !0;
                                                          if (valid5) {
                                                            if (data8.package !== void 0) {
                                                              let data24 = data8.package, _errs49 = errors;
                                                              if (errors === _errs49)
                                                                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                                                  let missing3;
                                                                  if (data24.name === void 0 && (missing3 = "name"))
                                                                    return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                  {
                                                                    let _errs51 = errors;
                                                                    for (let key3 in data24)
                                                                      if (!(key3 === "name" || key3 === "version" || key3 === "ecosystem" || key3 === "purl")) {
                                                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                        break;
                                                                      }
                                                                    if (_errs51 === errors) {
                                                                      if (data24.name !== void 0) {
                                                                        let _errs52 = errors;
                                                                        if (typeof data24.name != "string")
                                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/name", schemaPath: "#/definitions/finding/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                        var valid9 = _errs52 === errors;
                                                                      } else
                                                                        var valid9 = !0;
                                                                      if (valid9) {
                                                                        if (data24.version !== void 0) {
                                                                          let _errs54 = errors;
                                                                          if (typeof data24.version != "string")
                                                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/version", schemaPath: "#/definitions/finding/properties/package/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid9 = _errs54 === errors;
                                                                        } else
                                                                          var valid9 = !0;
                                                                        if (valid9) {
                                                                          if (data24.ecosystem !== void 0) {
                                                                            let _errs56 = errors;
                                                                            if (typeof data24.ecosystem != "string")
                                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/ecosystem", schemaPath: "#/definitions/finding/properties/package/properties/ecosystem/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                            var valid9 = _errs56 === errors;
                                                                          } else
                                                                            var valid9 = !0;
                                                                          if (valid9)
                                                                            if (data24.purl !== void 0) {
                                                                              let _errs58 = errors;
                                                                              if (typeof data24.purl != "string")
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/purl", schemaPath: "#/definitions/finding/properties/package/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid9 = _errs58 === errors;
                                                                            } else
                                                                              var valid9 = !0;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else
                                                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                              var valid5 = _errs49 === errors;
                                                            } else
                                                              var valid5 = !0;
                                                            if (valid5) {
                                                              if (data8.location !== void 0) {
                                                                let data29 = data8.location, _errs60 = errors;
                                                                if (errors === _errs60)
                                                                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                                    let missing4;
                                                                    if (data29.path === void 0 && (missing4 = "path"))
                                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }], !1;
                                                                    {
                                                                      let _errs62 = errors;
                                                                      for (let key4 in data29)
                                                                        if (!(key4 === "path" || key4 === "startLine" || key4 === "endLine")) {
                                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                          break;
                                                                        }
                                                                      if (_errs62 === errors) {
                                                                        if (data29.path !== void 0) {
                                                                          let data30 = data29.path, _errs63 = errors;
                                                                          if (errors === _errs63)
                                                                            if (typeof data30 == "string") {
                                                                              if (func3(data30) < 1)
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                            } else
                                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid10 = _errs63 === errors;
                                                                        } else
                                                                          var valid10 = !0;
                                                                        if (valid10) {
                                                                          if (data29.startLine !== void 0) {
                                                                            let data31 = data29.startLine, _errs65 = errors;
                                                                            if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                            if (errors === _errs65 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                            var valid10 = _errs65 === errors;
                                                                          } else
                                                                            var valid10 = !0;
                                                                          if (valid10)
                                                                            if (data29.endLine !== void 0) {
                                                                              let data32 = data29.endLine, _errs67 = errors;
                                                                              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                              if (errors === _errs67 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                              var valid10 = _errs67 === errors;
                                                                            } else
                                                                              var valid10 = !0;
                                                                        }
                                                                      }
                                                                    }
                                                                  } else
                                                                    return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                var valid5 = _errs60 === errors;
                                                              } else
                                                                var valid5 = !0;
                                                              if (valid5) {
                                                                if (data8.target !== void 0) {
                                                                  let _errs69 = errors;
                                                                  if (typeof data8.target != "string")
                                                                    return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/target", schemaPath: "#/definitions/finding/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                  var valid5 = _errs69 === errors;
                                                                } else
                                                                  var valid5 = !0;
                                                                if (valid5) {
                                                                  if (data8.cwe !== void 0) {
                                                                    let data34 = data8.cwe, _errs71 = errors;
                                                                    if (errors === _errs71)
                                                                      if (Array.isArray(data34)) {
                                                                        var valid11 = !0;
                                                                        let len4 = data34.length;
                                                                        for (let i4 = 0; i4 < len4; i4++) {
                                                                          let data35 = data34[i4], _errs73 = errors;
                                                                          if (errors === _errs73)
                                                                            if (typeof data35 == "string") {
                                                                              if (!pattern17.test(data35))
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe/" + i4, schemaPath: "#/definitions/finding/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"' }], !1;
                                                                            } else
                                                                              return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe/" + i4, schemaPath: "#/definitions/finding/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid11 = _errs73 === errors;
                                                                          if (!valid11)
                                                                            break;
                                                                        }
                                                                      } else
                                                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe", schemaPath: "#/definitions/finding/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                    var valid5 = _errs71 === errors;
                                                                  } else
                                                                    var valid5 = !0;
                                                                  if (valid5) {
                                                                    if (data8.epss !== void 0) {
                                                                      let data36 = data8.epss, _errs75 = errors;
                                                                      if (errors === _errs75)
                                                                        if (typeof data36 == "number" && isFinite(data36)) {
                                                                          if (data36 > 1 || isNaN(data36))
                                                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                          if (data36 < 0 || isNaN(data36))
                                                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        } else
                                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                      var valid5 = _errs75 === errors;
                                                                    } else
                                                                      var valid5 = !0;
                                                                    if (valid5) {
                                                                      if (data8.kev !== void 0) {
                                                                        let _errs77 = errors;
                                                                        if (typeof data8.kev != "boolean")
                                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/kev", schemaPath: "#/definitions/finding/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                        var valid5 = _errs77 === errors;
                                                                      } else
                                                                        var valid5 = !0;
                                                                      if (valid5) {
                                                                        if (data8.url !== void 0) {
                                                                          let _errs79 = errors;
                                                                          if (typeof data8.url != "string")
                                                                            return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/url", schemaPath: "#/definitions/finding/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid5 = _errs79 === errors;
                                                                        } else
                                                                          var valid5 = !0;
                                                                        if (valid5) {
                                                                          if (data8.suppressed !== void 0) {
                                                                            let data39 = data8.suppressed, _errs81 = errors;
                                                                            if (errors === _errs81)
                                                                              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                                                                let missing5;
                                                                                if (data39.kind === void 0 && (missing5 = "kind"))
                                                                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }], !1;
                                                                                {
                                                                                  let _errs83 = errors;
                                                                                  for (let key5 in data39)
                                                                                    if (!(key5 === "kind" || key5 === "justification")) {
                                                                                      return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }], !1;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs83 === errors) {
                                                                                    if (data39.kind !== void 0) {
                                                                                      let _errs84 = errors;
                                                                                      if (typeof data39.kind != "string")
                                                                                        return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed/kind", schemaPath: "#/definitions/finding/properties/suppressed/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid12 = _errs84 === errors;
                                                                                    } else
                                                                                      var valid12 = !0;
                                                                                    if (valid12)
                                                                                      if (data39.justification !== void 0) {
                                                                                        let _errs86 = errors;
                                                                                        if (typeof data39.justification != "string")
                                                                                          return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed/justification", schemaPath: "#/definitions/finding/properties/suppressed/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                        var valid12 = _errs86 === errors;
                                                                                      } else
                                                                                        var valid12 = !0;
                                                                                  }
                                                                                }
                                                                              } else
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                            var valid5 = _errs81 === errors;
                                                                          } else
                                                                            var valid5 = !0;
                                                                          if (valid5) {
                                                                            if (data8.ruleId !== void 0) {
                                                                              let _errs88 = errors;
                                                                              if (typeof data8.ruleId != "string")
                                                                                return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid5 = _errs88 === errors;
                                                                            } else
                                                                              var valid5 = !0;
                                                                            if (valid5)
                                                                              if (data8.contentHash !== void 0) {
                                                                                let _errs90 = errors;
                                                                                if (typeof data8.contentHash != "string")
                                                                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/contentHash", schemaPath: "#/definitions/finding/properties/contentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                var valid5 = _errs90 === errors;
                                                                              } else
                                                                                var valid5 = !0;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else
                                  return validate44.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid3 = _errs16 === errors;
                              if (!valid3)
                                break;
                            }
                          } else
                            return validate44.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid0 = _errs14 === errors;
                      } else
                        var valid0 = !0;
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate44.errors = vErrors, errors === 0;
}
var validateParseOutput = validate45;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.reports === void 0 && (missing0 = "reports"))
        return validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (key0 !== "reports") {
            return validate45.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors && data.reports !== void 0) {
          let data0 = data.reports;
          if (errors === errors)
            if (Array.isArray(data0)) {
              if (data0.length < 1)
                return validate45.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
              {
                var valid1 = !0;
                let len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0], _errs4 = errors;
                  if (errors === _errs4)
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing1;
                      if (data1.path === void 0 && (missing1 = "path") || data1.format === void 0 && (missing1 = "format") || data1.findings === void 0 && (missing1 = "findings"))
                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                      {
                        let _errs6 = errors;
                        for (let key1 in data1)
                          if (!(key1 === "path" || key1 === "format" || key1 === "createdAt" || key1 === "layers" || key1 === "findings")) {
                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                            break;
                          }
                        if (_errs6 === errors) {
                          if (data1.path !== void 0) {
                            let _errs7 = errors;
                            if (typeof data1.path != "string")
                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/path", schemaPath: "#/properties/reports/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid2 = _errs7 === errors;
                          } else
                            var valid2 = !0;
                          if (valid2) {
                            if (data1.format !== void 0) {
                              let _errs9 = errors;
                              if (typeof data1.format != "string")
                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/format", schemaPath: "#/properties/reports/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid2 = _errs9 === errors;
                            } else
                              var valid2 = !0;
                            if (valid2) {
                              if (data1.createdAt !== void 0) {
                                let _errs11 = errors;
                                if (typeof data1.createdAt != "string")
                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/createdAt", schemaPath: "#/properties/reports/items/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid2 = _errs11 === errors;
                              } else
                                var valid2 = !0;
                              if (valid2) {
                                if (data1.layers !== void 0) {
                                  let data5 = data1.layers, _errs13 = errors;
                                  if (errors === errors)
                                    if (Array.isArray(data5)) {
                                      var valid4 = !0;
                                      let len1 = data5.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data6 = data5[i1], _errs16 = errors;
                                        if (!(data6 === "image" || data6 === "dependency" || data6 === "iac" || data6 === "secret" || data6 === "code" || data6 === "license"))
                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/layers/" + i1, schemaPath: "#/definitions/layers/items/enum", keyword: "enum", params: { allowedValues: schema60.items.enum }, message: "must be equal to one of the allowed values" }], !1;
                                        var valid4 = _errs16 === errors;
                                        if (!valid4)
                                          break;
                                      }
                                    } else
                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/layers", schemaPath: "#/definitions/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                  var valid2 = _errs13 === errors;
                                } else
                                  var valid2 = !0;
                                if (valid2)
                                  if (data1.findings !== void 0) {
                                    let data7 = data1.findings, _errs17 = errors;
                                    if (errors === _errs17)
                                      if (Array.isArray(data7)) {
                                        var valid5 = !0;
                                        let len2 = data7.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          let data8 = data7[i2], _errs19 = errors;
                                          if (errors === errors)
                                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                              let missing2;
                                              if (data8.layer === void 0 && (missing2 = "layer") || data8.id === void 0 && (missing2 = "id") || data8.severity === void 0 && (missing2 = "severity"))
                                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                              {
                                                let _errs22 = errors;
                                                for (let key2 in data8)
                                                  if (!func2.call(schema61.properties, key2)) {
                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                    break;
                                                  }
                                                if (_errs22 === errors) {
                                                  if (data8.fingerprint !== void 0) {
                                                    let _errs23 = errors;
                                                    if (typeof data8.fingerprint != "string")
                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                    var valid7 = _errs23 === errors;
                                                  } else
                                                    var valid7 = !0;
                                                  if (valid7) {
                                                    if (data8.foundBy !== void 0) {
                                                      let _errs25 = errors;
                                                      if (!Array.isArray(data8.foundBy))
                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/foundBy", schemaPath: "#/definitions/finding/properties/foundBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                      var valid7 = _errs25 === errors;
                                                    } else
                                                      var valid7 = !0;
                                                    if (valid7) {
                                                      if (data8.tool !== void 0) {
                                                        let data11 = data8.tool, _errs27 = errors;
                                                        if (errors === _errs27)
                                                          if (typeof data11 == "string") {
                                                            if (func3(data11) < 1)
                                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/tool", schemaPath: "#/definitions/finding/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                          } else
                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/tool", schemaPath: "#/definitions/finding/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                        var valid7 = _errs27 === errors;
                                                      } else
                                                        var valid7 = !0;
                                                      if (valid7) {
                                                        if (data8.layer !== void 0) {
                                                          let data12 = data8.layer, _errs29 = errors;
                                                          if (!(data12 === "image" || data12 === "dependency" || data12 === "iac" || data12 === "secret" || data12 === "code" || data12 === "license"))
                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/layer", schemaPath: "#/definitions/finding/properties/layer/enum", keyword: "enum", params: { allowedValues: schema61.properties.layer.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                          var valid7 = _errs29 === errors;
                                                        } else
                                                          var valid7 = !0;
                                                        if (valid7) {
                                                          if (data8.id !== void 0) {
                                                            let data13 = data8.id, _errs30 = errors;
                                                            if (errors === _errs30)
                                                              if (typeof data13 == "string") {
                                                                if (func3(data13) < 1)
                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/id", schemaPath: "#/definitions/finding/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                              } else
                                                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/id", schemaPath: "#/definitions/finding/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                            var valid7 = _errs30 === errors;
                                                          } else
                                                            var valid7 = !0;
                                                          if (valid7) {
                                                            if (data8.aliases !== void 0) {
                                                              let data14 = data8.aliases, _errs32 = errors;
                                                              if (errors === _errs32)
                                                                if (Array.isArray(data14)) {
                                                                  var valid8 = !0;
                                                                  let len3 = data14.length;
                                                                  for (let i3 = 0; i3 < len3; i3++) {
                                                                    let _errs34 = errors;
                                                                    if (typeof data14[i3] != "string")
                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/aliases/" + i3, schemaPath: "#/definitions/finding/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                    var valid8 = _errs34 === errors;
                                                                    if (!valid8)
                                                                      break;
                                                                  }
                                                                } else
                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/aliases", schemaPath: "#/definitions/finding/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                              var valid7 = _errs32 === errors;
                                                            } else
                                                              var valid7 = !0;
                                                            if (valid7) {
                                                              if (data8.title !== void 0) {
                                                                let _errs36 = errors;
                                                                if (typeof data8.title != "string")
                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/title", schemaPath: "#/definitions/finding/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                var valid7 = _errs36 === errors;
                                                              } else
                                                                var valid7 = !0;
                                                              if (valid7) {
                                                                if (data8.description !== void 0) {
                                                                  let _errs38 = errors;
                                                                  if (typeof data8.description != "string")
                                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/description", schemaPath: "#/definitions/finding/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                  var valid7 = _errs38 === errors;
                                                                } else
                                                                  var valid7 = !0;
                                                                if (valid7) {
                                                                  if (data8.severity !== void 0) {
                                                                    let data18 = data8.severity, _errs40 = errors;
                                                                    if (!(data18 === "critical" || data18 === "high" || data18 === "medium" || data18 === "low" || data18 === "info" || data18 === "unknown"))
                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema61.properties.severity.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                    var valid7 = _errs40 === errors;
                                                                  } else
                                                                    var valid7 = !0;
                                                                  if (valid7) {
                                                                    if (data8.cvss !== void 0) {
                                                                      let data19 = data8.cvss, _errs41 = errors;
                                                                      if (errors === _errs41)
                                                                        if (typeof data19 == "number" && isFinite(data19)) {
                                                                          if (data19 > 10 || isNaN(data19))
                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                                          if (data19 < 0 || isNaN(data19))
                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        } else
                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                      var valid7 = _errs41 === errors;
                                                                    } else
                                                                      var valid7 = !0;
                                                                    if (valid7) {
                                                                      if (data8.fix !== void 0) {
                                                                        let data20 = data8.fix, _errs43 = errors;
                                                                        if (errors === _errs43)
                                                                          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                                            let missing3;
                                                                            if (data20.available === void 0 && (missing3 = "available"))
                                                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                            {
                                                                              let _errs45 = errors;
                                                                              for (let key3 in data20)
                                                                                if (!(key3 === "available" || key3 === "versions")) {
                                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                                  break;
                                                                                }
                                                                              if (_errs45 === errors) {
                                                                                if (data20.available !== void 0) {
                                                                                  let _errs46 = errors;
                                                                                  if (typeof data20.available != "boolean")
                                                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/available", schemaPath: "#/definitions/finding/properties/fix/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                                  var valid9 = _errs46 === errors;
                                                                                } else
                                                                                  var valid9 = !0;
                                                                                if (valid9)
                                                                                  if (data20.versions !== void 0) {
                                                                                    let data22 = data20.versions, _errs48 = errors;
                                                                                    if (errors === _errs48)
                                                                                      if (Array.isArray(data22)) {
                                                                                        var valid10 = !0;
                                                                                        let len4 = data22.length;
                                                                                        for (let i4 = 0; i4 < len4; i4++) {
                                                                                          let _errs50 = errors;
                                                                                          if (typeof data22[i4] != "string")
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/versions/" + i4, schemaPath: "#/definitions/finding/properties/fix/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid10 = _errs50 === errors;
                                                                                          if (!valid10)
                                                                                            break;
                                                                                        }
                                                                                      } else
                                                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/versions", schemaPath: "#/definitions/finding/properties/fix/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                                    var valid9 = _errs48 === errors;
                                                                                  } else
                                                                                    var valid9 = !0;
                                                                              }
                                                                            }
                                                                          } else
                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                        var valid7 = _errs43 === errors;
                                                                      } else
                                                                        var valid7 = !0;
                                                                      if (valid7) {
                                                                        if (data8.package !== void 0) {
                                                                          let data24 = data8.package, _errs52 = errors;
                                                                          if (errors === _errs52)
                                                                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                                                              let missing4;
                                                                              if (data24.name === void 0 && (missing4 = "name"))
                                                                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }], !1;
                                                                              {
                                                                                let _errs54 = errors;
                                                                                for (let key4 in data24)
                                                                                  if (!(key4 === "name" || key4 === "version" || key4 === "ecosystem" || key4 === "purl")) {
                                                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                                    break;
                                                                                  }
                                                                                if (_errs54 === errors) {
                                                                                  if (data24.name !== void 0) {
                                                                                    let _errs55 = errors;
                                                                                    if (typeof data24.name != "string")
                                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/name", schemaPath: "#/definitions/finding/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                    var valid11 = _errs55 === errors;
                                                                                  } else
                                                                                    var valid11 = !0;
                                                                                  if (valid11) {
                                                                                    if (data24.version !== void 0) {
                                                                                      let _errs57 = errors;
                                                                                      if (typeof data24.version != "string")
                                                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/version", schemaPath: "#/definitions/finding/properties/package/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid11 = _errs57 === errors;
                                                                                    } else
                                                                                      var valid11 = !0;
                                                                                    if (valid11) {
                                                                                      if (data24.ecosystem !== void 0) {
                                                                                        let _errs59 = errors;
                                                                                        if (typeof data24.ecosystem != "string")
                                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/ecosystem", schemaPath: "#/definitions/finding/properties/package/properties/ecosystem/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                        var valid11 = _errs59 === errors;
                                                                                      } else
                                                                                        var valid11 = !0;
                                                                                      if (valid11)
                                                                                        if (data24.purl !== void 0) {
                                                                                          let _errs61 = errors;
                                                                                          if (typeof data24.purl != "string")
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/purl", schemaPath: "#/definitions/finding/properties/package/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid11 = _errs61 === errors;
                                                                                        } else
                                                                                          var valid11 = !0;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else
                                                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                          var valid7 = _errs52 === errors;
                                                                        } else
                                                                          var valid7 = !0;
                                                                        if (valid7) {
                                                                          if (data8.location !== void 0) {
                                                                            let data29 = data8.location, _errs63 = errors;
                                                                            if (errors === _errs63)
                                                                              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                                                let missing5;
                                                                                if (data29.path === void 0 && (missing5 = "path"))
                                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }], !1;
                                                                                {
                                                                                  let _errs65 = errors;
                                                                                  for (let key5 in data29)
                                                                                    if (!(key5 === "path" || key5 === "startLine" || key5 === "endLine")) {
                                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }], !1;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs65 === errors) {
                                                                                    if (data29.path !== void 0) {
                                                                                      let data30 = data29.path, _errs66 = errors;
                                                                                      if (errors === _errs66)
                                                                                        if (typeof data30 == "string") {
                                                                                          if (func3(data30) < 1)
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                                        } else
                                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid12 = _errs66 === errors;
                                                                                    } else
                                                                                      var valid12 = !0;
                                                                                    if (valid12) {
                                                                                      if (data29.startLine !== void 0) {
                                                                                        let data31 = data29.startLine, _errs68 = errors;
                                                                                        if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                                        if (errors === _errs68 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                        var valid12 = _errs68 === errors;
                                                                                      } else
                                                                                        var valid12 = !0;
                                                                                      if (valid12)
                                                                                        if (data29.endLine !== void 0) {
                                                                                          let data32 = data29.endLine, _errs70 = errors;
                                                                                          if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                                          if (errors === _errs70 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                          var valid12 = _errs70 === errors;
                                                                                        } else
                                                                                          var valid12 = !0;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else
                                                                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                            var valid7 = _errs63 === errors;
                                                                          } else
                                                                            var valid7 = !0;
                                                                          if (valid7) {
                                                                            if (data8.target !== void 0) {
                                                                              let _errs72 = errors;
                                                                              if (typeof data8.target != "string")
                                                                                return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/target", schemaPath: "#/definitions/finding/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid7 = _errs72 === errors;
                                                                            } else
                                                                              var valid7 = !0;
                                                                            if (valid7) {
                                                                              if (data8.cwe !== void 0) {
                                                                                let data34 = data8.cwe, _errs74 = errors;
                                                                                if (errors === _errs74)
                                                                                  if (Array.isArray(data34)) {
                                                                                    var valid13 = !0;
                                                                                    let len5 = data34.length;
                                                                                    for (let i5 = 0; i5 < len5; i5++) {
                                                                                      let data35 = data34[i5], _errs76 = errors;
                                                                                      if (errors === _errs76)
                                                                                        if (typeof data35 == "string") {
                                                                                          if (!pattern17.test(data35))
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe/" + i5, schemaPath: "#/definitions/finding/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"' }], !1;
                                                                                        } else
                                                                                          return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe/" + i5, schemaPath: "#/definitions/finding/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid13 = _errs76 === errors;
                                                                                      if (!valid13)
                                                                                        break;
                                                                                    }
                                                                                  } else
                                                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe", schemaPath: "#/definitions/finding/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                                var valid7 = _errs74 === errors;
                                                                              } else
                                                                                var valid7 = !0;
                                                                              if (valid7) {
                                                                                if (data8.epss !== void 0) {
                                                                                  let data36 = data8.epss, _errs78 = errors;
                                                                                  if (errors === _errs78)
                                                                                    if (typeof data36 == "number" && isFinite(data36)) {
                                                                                      if (data36 > 1 || isNaN(data36))
                                                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                                      if (data36 < 0 || isNaN(data36))
                                                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                    } else
                                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                                  var valid7 = _errs78 === errors;
                                                                                } else
                                                                                  var valid7 = !0;
                                                                                if (valid7) {
                                                                                  if (data8.kev !== void 0) {
                                                                                    let _errs80 = errors;
                                                                                    if (typeof data8.kev != "boolean")
                                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/kev", schemaPath: "#/definitions/finding/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                                    var valid7 = _errs80 === errors;
                                                                                  } else
                                                                                    var valid7 = !0;
                                                                                  if (valid7) {
                                                                                    if (data8.url !== void 0) {
                                                                                      let _errs82 = errors;
                                                                                      if (typeof data8.url != "string")
                                                                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/url", schemaPath: "#/definitions/finding/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid7 = _errs82 === errors;
                                                                                    } else
                                                                                      var valid7 = !0;
                                                                                    if (valid7) {
                                                                                      if (data8.suppressed !== void 0) {
                                                                                        let data39 = data8.suppressed, _errs84 = errors;
                                                                                        if (errors === _errs84)
                                                                                          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                                                                            let missing6;
                                                                                            if (data39.kind === void 0 && (missing6 = "kind"))
                                                                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }], !1;
                                                                                            {
                                                                                              let _errs86 = errors;
                                                                                              for (let key6 in data39)
                                                                                                if (!(key6 === "kind" || key6 === "justification")) {
                                                                                                  return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }], !1;
                                                                                                  break;
                                                                                                }
                                                                                              if (_errs86 === errors) {
                                                                                                if (data39.kind !== void 0) {
                                                                                                  let _errs87 = errors;
                                                                                                  if (typeof data39.kind != "string")
                                                                                                    return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed/kind", schemaPath: "#/definitions/finding/properties/suppressed/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                  var valid14 = _errs87 === errors;
                                                                                                } else
                                                                                                  var valid14 = !0;
                                                                                                if (valid14)
                                                                                                  if (data39.justification !== void 0) {
                                                                                                    let _errs89 = errors;
                                                                                                    if (typeof data39.justification != "string")
                                                                                                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed/justification", schemaPath: "#/definitions/finding/properties/suppressed/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                    var valid14 = _errs89 === errors;
                                                                                                  } else
                                                                                                    var valid14 = !0;
                                                                                              }
                                                                                            }
                                                                                          } else
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                                        var valid7 = _errs84 === errors;
                                                                                      } else
                                                                                        var valid7 = !0;
                                                                                      if (valid7) {
                                                                                        if (data8.ruleId !== void 0) {
                                                                                          let _errs91 = errors;
                                                                                          if (typeof data8.ruleId != "string")
                                                                                            return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid7 = _errs91 === errors;
                                                                                        } else
                                                                                          var valid7 = !0;
                                                                                        if (valid7)
                                                                                          if (data8.contentHash !== void 0) {
                                                                                            let _errs93 = errors;
                                                                                            if (typeof data8.contentHash != "string")
                                                                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/contentHash", schemaPath: "#/definitions/finding/properties/contentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                            var valid7 = _errs93 === errors;
                                                                                          } else
                                                                                            var valid7 = !0;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else
                                              return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                          var valid5 = _errs19 === errors;
                                          if (!valid5)
                                            break;
                                        }
                                      } else
                                        return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings", schemaPath: "#/properties/reports/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                    var valid2 = _errs17 === errors;
                                  } else
                                    var valid2 = !0;
                              }
                            }
                          }
                        }
                      }
                    } else
                      return validate45.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                  var valid1 = _errs4 === errors;
                  if (!valid1)
                    break;
                }
              }
            } else
              return validate45.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
        }
      }
    } else
      return validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate45.errors = vErrors, errors === 0;
}
function ucs2length(str2) {
  let len = str2.length, length = 0, pos = 0;
  for (; pos < len; ) {
    length++;
    let value = str2.charCodeAt(pos++);
    value >= 55296 && value <= 56319 && pos < len && (str2.charCodeAt(pos) & 64512) === 56320 && pos++;
  }
  return length;
}

// schema/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ztgate/ztgate/schema/policy.schema.json",
  title: "ztgate policy (ztgate.yml)",
  type: "object",
  additionalProperties: !1,
  required: ["version"],
  properties: {
    version: {
      const: 1,
      description: "Policy language version. Always 1."
    },
    extends: {
      type: "array",
      description: "Built-in packs by name (default, zero-trust) or relative paths to other policy files. Later entries, and this file, override earlier rules, assets and controls with the same id or name.",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 512
      }
    },
    assets: {
      $ref: "#/definitions/assets"
    },
    "default-classification": {
      $ref: "#/definitions/classification",
      description: "Classification of findings no asset claims. Default internal."
    },
    controls: {
      $ref: "#/definitions/controls"
    },
    require: {
      $ref: "#/definitions/require"
    },
    rules: {
      type: "array",
      items: {
        $ref: "#/definitions/rule"
      }
    },
    waivers: {
      $ref: "#/definitions/waivers"
    },
    local: {
      type: "object",
      additionalProperties: !1,
      description: "The local gate (ztgate hook run, ztgate baseline write): which reports to check before a push or commit, and scanner commands that write them. Ignored by ztgate check.",
      properties: {
        reports: {
          type: "array",
          minItems: 1,
          description: "Report paths or globs, relative to the repository root. A glob matching nothing fails the hook.",
          items: { type: "string", minLength: 1, maxLength: 512 }
        },
        baseline: {
          type: "string",
          minLength: 1,
          maxLength: 512,
          description: "Baseline file (ztgate baseline write): findings recorded there show as existing and do not block."
        },
        commands: {
          type: "array",
          description: "Scanner commands run (in order, with sh, from the repository root) before the reports are read.",
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["run"],
            properties: {
              name: { type: "string", minLength: 1, maxLength: 128 },
              run: { type: "string", minLength: 1, maxLength: 4096 },
              timeout: {
                type: "string",
                pattern: "^[1-9][0-9]{0,5}(s|m)$",
                description: "How long the command may run, e.g. 90s or 5m. Default 5m."
              },
              "ok-exit-codes": {
                type: "array",
                minItems: 1,
                description: "Exit codes that mean the scan ran (default [0]); npm audit exits 1 when it finds something.",
                items: { type: "integer", minimum: 0, maximum: 255 }
              }
            }
          }
        }
      }
    },
    settings: {
      $ref: "#/definitions/settings"
    }
  },
  definitions: {
    severity: {
      enum: ["critical", "high", "medium", "low", "info", "unknown"]
    },
    action: {
      enum: ["block", "warn", "info", "ignore"]
    },
    layer: {
      enum: ["image", "dependency", "iac", "secret", "code", "license"]
    },
    glob: {
      type: "string",
      minLength: 1,
      maxLength: 512
    },
    globs: {
      oneOf: [
        {
          $ref: "#/definitions/glob"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/glob"
          }
        }
      ]
    },
    severityExpr: {
      type: "string",
      pattern: "^\\s*(>=|<=|>|<|=)?\\s*(critical|high|medium|low|info|unknown)\\s*$"
    },
    rule: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "when", "action"],
      properties: {
        id: {
          $ref: "#/definitions/name"
        },
        description: {
          type: "string"
        },
        action: {
          $ref: "#/definitions/action"
        },
        when: {
          $ref: "#/definitions/when"
        },
        examples: {
          type: "array",
          items: {
            $ref: "#/definitions/example"
          },
          description: "Findings this rule must and must not match, with the verdict expected from the policy that defines the rule. Run by `ztgate test`."
        }
      }
    },
    when: {
      type: "object",
      additionalProperties: !1,
      description: "Conditions are ANDed; values listed inside one condition are ORed. An empty object matches every finding.",
      properties: {
        severity: {
          oneOf: [
            {
              $ref: "#/definitions/severityExpr"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/severityExpr"
              }
            }
          ]
        },
        layer: {
          oneOf: [
            {
              $ref: "#/definitions/layer"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/layer"
              }
            }
          ]
        },
        fixable: {
          type: "boolean"
        },
        id: {
          $ref: "#/definitions/globs"
        },
        package: {
          $ref: "#/definitions/globs"
        },
        path: {
          $ref: "#/definitions/globs"
        },
        versions: {
          $ref: "#/definitions/semverRange"
        },
        cwe: {
          oneOf: [
            {
              type: ["string", "integer"]
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: ["string", "integer"]
              }
            }
          ]
        },
        epss: {
          oneOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "string",
              pattern: "^\\s*(>=|<=|>|<)?\\s*(0(\\.\\d+)?|1(\\.0+)?)\\s*$"
            }
          ],
          description: 'A number means at least; or ">=0.5", "<0.1".'
        },
        kev: {
          type: "boolean",
          description: "Listed in CISA's Known Exploited Vulnerabilities."
        },
        control: {
          oneOf: [
            {
              $ref: "#/definitions/name"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/name"
              }
            }
          ]
        },
        classification: {
          oneOf: [
            {
              $ref: "#/definitions/classificationExpr"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/classificationExpr"
              }
            }
          ]
        },
        asset: {
          $ref: "#/definitions/globs"
        },
        tool: {
          $ref: "#/definitions/globs"
        }
      }
    },
    settings: {
      type: "object",
      additionalProperties: !1,
      properties: {
        "fail-on": {
          enum: ["block", "warn", "never"],
          description: "Which verdict fails the gate (exit 1). Default block."
        },
        "unknown-severity": {
          $ref: "#/definitions/severity",
          description: "Severity assumed for findings the scanner did not score. Default high."
        },
        "default-action": {
          $ref: "#/definitions/action",
          description: "Verdict for findings no rule matches. Default info."
        },
        "max-waiver-days": {
          type: "integer",
          minimum: 1,
          maximum: 3650,
          description: "Longest a waiver may run from now. A waiver expiring later is reported as over-long and not applied."
        }
      }
    },
    classification: {
      enum: ["public", "internal", "confidential", "restricted"]
    },
    classificationExpr: {
      type: "string",
      pattern: "^\\s*(>=|<=|>|<|=)?\\s*(public|internal|confidential|restricted)\\s*$"
    },
    name: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
      maxLength: 128
    },
    date: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: "YYYY-MM-DD (UTC)"
    },
    semverRange: {
      type: "string",
      minLength: 1,
      maxLength: 256,
      description: 'A semver range, e.g. "<4.17.21" or ">=1.2.0 <1.2.9"'
    },
    assets: {
      type: "array",
      description: "Services, images and paths with the class of data they hold. A finding belongs to every asset matching its location, target or report path; the strictest classification wins.",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["name", "classification"],
        properties: {
          name: {
            $ref: "#/definitions/name"
          },
          classification: {
            $ref: "#/definitions/classification"
          },
          owner: {
            type: "string",
            minLength: 1
          },
          description: {
            type: "string"
          },
          paths: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Globs over repository paths: finding locations and report files."
          },
          images: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Globs over image references (finding targets)."
          }
        }
      }
    },
    controls: {
      type: "object",
      description: "Zero-trust controls: named groups of scanner check ids that rules can refer to with `control`.",
      propertyNames: {
        $ref: "#/definitions/name"
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        required: ["description"],
        properties: {
          description: {
            type: "string"
          },
          ids: {
            type: "array",
            items: {
              $ref: "#/definitions/glob"
            },
            description: "Check ids (globs, case-insensitive) of any scanner; matched against a finding's id, aliases and check id."
          },
          layers: {
            type: "array",
            items: {
              $ref: "#/definitions/layer"
            },
            description: "Every finding of these layers belongs to the control."
          }
        }
      }
    },
    require: {
      type: "object",
      additionalProperties: !1,
      description: "Evidence the gate needs before it can decide. Missing evidence exits 2.",
      properties: {
        layers: {
          type: "array",
          items: {
            $ref: "#/definitions/layer"
          },
          description: "Layers that must have at least one report."
        },
        "max-report-age": {
          type: "string",
          pattern: "^\\d+[mhdw]$",
          description: "Oldest a report's own timestamp may be: 90m, 24h, 7d, 2w."
        },
        timestamps: {
          type: "boolean",
          description: "With max-report-age: a report without a timestamp fails (true) instead of warning (false, default)."
        }
      }
    },
    waivers: {
      type: "array",
      items: {
        $ref: "#/definitions/waiver"
      }
    },
    waiver: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "reason", "owner", "expires"],
      description: "A narrow, owned, justified and temporary exception.",
      properties: {
        id: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          description: "The finding id or one of its aliases (exact, case-insensitive)."
        },
        package: {
          type: "string",
          minLength: 1,
          description: "Exact package name."
        },
        versions: {
          $ref: "#/definitions/semverRange"
        },
        paths: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/glob"
          },
          description: "Must cover the finding's location, or every report that found it."
        },
        asset: {
          $ref: "#/definitions/name"
        },
        rule: {
          $ref: "#/definitions/name",
          description: "Only waive the verdict of this rule."
        },
        reason: {
          type: "string",
          minLength: 3
        },
        owner: {
          type: "string",
          minLength: 1
        },
        "approved-by": {
          type: "string",
          minLength: 1
        },
        ticket: {
          type: "string",
          minLength: 1
        },
        expires: {
          $ref: "#/definitions/date"
        }
      }
    },
    example: {
      type: "object",
      additionalProperties: !1,
      required: ["finding"],
      properties: {
        name: {
          type: "string"
        },
        finding: {
          $ref: "#/definitions/exampleFinding"
        },
        classification: {
          $ref: "#/definitions/classification",
          description: "Evaluate as if the finding's asset had this classification."
        },
        asset: {
          $ref: "#/definitions/name",
          description: "Evaluate as if the finding belonged to this asset of the policy."
        },
        matches: {
          type: "boolean",
          description: "In rule examples: whether the rule must match (default true)."
        },
        verdict: {
          enum: ["block", "warn", "info", "ignored", "waived"],
          description: "The verdict the policy must give."
        },
        rule: {
          $ref: "#/definitions/name",
          description: "The rule that must decide."
        }
      }
    },
    exampleFinding: {
      type: "object",
      additionalProperties: !1,
      required: ["id"],
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        aliases: {
          type: "array",
          items: {
            type: "string"
          }
        },
        title: {
          type: "string"
        },
        layer: {
          $ref: "#/definitions/layer"
        },
        severity: {
          $ref: "#/definitions/severity"
        },
        fixable: {
          type: "boolean"
        },
        package: {
          type: "string"
        },
        version: {
          type: "string"
        },
        path: {
          type: "string"
        },
        target: {
          type: "string"
        },
        tool: {
          type: "string"
        },
        report: {
          type: "string",
          description: "Path of the report it came from (default example.json)."
        },
        cwe: {
          type: "array",
          items: {
            type: "string"
          }
        },
        epss: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        kev: {
          type: "boolean"
        },
        suppressed: {
          type: "boolean"
        }
      }
    },
    testFile: {
      type: "object",
      additionalProperties: !1,
      required: ["tests"],
      properties: {
        $schema: {
          type: "string"
        },
        tests: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/example"
          }
        }
      }
    }
  }
};

// src/policy-document.ts
function validatePolicyDocument(source) {
  return check(validatePolicy, source);
}
function validateTestFile(source) {
  return check(validateTests, source);
}
function check(validate2, source) {
  if (validate2(source.value)) return source.value;
  let error = validate2.errors?.[0];
  if (!error) throw new GateError("invalid document", { file: source.file });
  let { pointer, message } = describeSchemaError(error);
  throw new GateError(message, { file: source.file, ...source.locate(pointer) });
}
function describeSchemaError(error) {
  let where = error.instancePath || "/", params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: `unknown key "${String(params.additionalProperty)}" at ${where}`
      };
    case "required":
      return {
        pointer: error.instancePath,
        message: `missing required key "${String(params.missingProperty)}" at ${where}`
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `${where} must be one of: ${params.allowedValues.join(", ")}`
      };
    default:
      return { pointer: error.instancePath, message: `${where} ${error.message ?? "is invalid"}` };
  }
}

// src/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_BYTES = 1024 * 1024, MAX_YAML_DEPTH = 64, MAX_ALIAS_COUNT = 100, PARSE_OPTIONS = {
  uniqueKeys: !0,
  prettyErrors: !0,
  strict: !0,
  version: "1.2",
  schema: "core"
};
function parseYaml(text2, file) {
  checkSize(text2, file), checkDepth(text2, file);
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text2, { ...PARSE_OPTIONS, lineCounter }), problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    let pos = problem.linePos?.[0], message = (problem.message.split(`
`)[0] ?? "").replace(
      / at line \d+, column \d+:?$/,
      ""
    );
    throw new GateError(`invalid YAML: ${message}`, {
      file,
      line: pos?.line,
      column: pos?.col
    });
  }
  rejectComplexKeys(doc, lineCounter, file);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new GateError(`invalid YAML: ${err.message}`, { file });
  }
  return { file, value, locate: (pointer) => {
    let path2 = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
    for (let n = path2.length; n >= 0; n--) {
      let node = doc.getIn(path2.slice(0, n), !0);
      if ((0, import_yaml.isNode)(node) && node.range) {
        let { line: line2, col } = lineCounter.linePos(node.range[0]);
        return { line: line2, column: col };
      }
    }
    return { line: 1, column: 1 };
  } };
}
function rejectComplexKeys(doc, lineCounter, file) {
  (0, import_yaml.visit)(doc, {
    Pair(_, pair2) {
      if (!(0, import_yaml.isPair)(pair2) || !((0, import_yaml.isCollection)(pair2.key) || (0, import_yaml.isAlias)(pair2.key))) return;
      let at = (0, import_yaml.isNode)(pair2.key) && pair2.key.range ? lineCounter.linePos(pair2.key.range[0]) : void 0;
      throw new GateError("invalid YAML: a key must be a plain value, not a list, map or alias", {
        file,
        line: at?.line,
        column: at?.col
      });
    }
  });
}
function checkSize(text2, file) {
  let bytes = Buffer.byteLength(text2, "utf8");
  if (bytes > MAX_YAML_BYTES)
    throw new GateError(
      `is ${bytes} bytes: a policy may be at most ${MAX_YAML_BYTES} bytes (1 MiB)`,
      { file }
    );
}
function checkDepth(text2, file) {
  let tooDeep = (offset) => {
    let before = text2.slice(0, offset), line2 = before.split(`
`).length, column = offset - before.lastIndexOf(`
`);
    return new GateError(`invalid YAML: nested deeper than ${MAX_YAML_DEPTH} levels`, {
      file,
      line: line2,
      column
    });
  }, flowAt = deepFlowOffset(text2, MAX_YAML_DEPTH * 4);
  if (flowAt !== void 0) throw tooDeep(flowAt);
  for (let token of new import_yaml.Parser().parse(text2)) {
    let stack = [[token, 0]];
    for (let top = stack.pop(); top; top = stack.pop()) {
      let [node, depth] = top;
      if (depth > MAX_YAML_DEPTH) throw tooDeep(node.offset ?? 0);
      node.value && stack.push([node.value, depth]);
      for (let item of node.items ?? [])
        item.key && stack.push([item.key, depth + 1]), item.value && stack.push([item.value, depth + 1]);
    }
  }
}
function deepFlowOffset(text2, limit) {
  let depth = 0;
  for (let i = 0; i < text2.length; i++) {
    let c = text2.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else (c === 93 || c === 125) && depth > 0 && depth--;
  }
}

// src/policy.ts
var DEFAULT_SETTINGS = {
  failOn: "block",
  unknownSeverity: "high",
  defaultAction: "info"
}, DEFAULT_CLASSIFICATION = "internal", readFromDisk = (path2) => readFileSync(path2, "utf8");
function loadPolicy(path2, read = readFromDisk) {
  return path2 === void 0 ? loadBuiltin(DEFAULT_PACK, /* @__PURE__ */ new Set(), read) : loadFile(resolve(path2), path2, read, /* @__PURE__ */ new Set());
}
function loadOrigin(origin, read = readFromDisk) {
  return "builtin" in origin ? loadBuiltin(origin.builtin, /* @__PURE__ */ new Set(), read) : loadFile(origin.file, origin.file, read, /* @__PURE__ */ new Set());
}
function loadBuiltin(name, seen, read) {
  let text2 = lookup(BUILTIN_PACKS, name);
  if (text2 === void 0) throw new GateError(`unknown built-in pack "${name}"`);
  return fromText(text2, `built-in:${name}`, { builtin: name }, read, seen);
}
function loadFile(absolute, shown, read, seen, extendedAt) {
  let text2;
  try {
    text2 = read(absolute);
  } catch (err) {
    let code2 = err.code, why = code2 === "ENOENT" ? "does not exist" : `cannot be read (${code2 ?? String(err)})`;
    throw extendedAt ? new GateError(`extends "${shown}", which ${why}`, extendedAt) : new GateError(`policy ${why}`, { file: shown });
  }
  return fromText(text2, shown, { file: absolute }, read, seen);
}
function builtinSource(text2, file, parsed3) {
  return {
    file,
    value: structuredClone(parsed3),
    locate: (pointer) => parseYaml(text2, file).locate(pointer)
  };
}
function fromText(text2, file, origin, read, seen) {
  let key = "file" in origin ? origin.file : file;
  if (seen.has(key)) throw new GateError("extends itself (a cycle of extends)", { file });
  let parsed3 = "builtin" in origin ? BUILTIN_PACK_VALUES[origin.builtin] : void 0, source = parsed3 === void 0 ? parseYaml(text2, file) : builtinSource(text2, file, parsed3), doc = validatePolicyDocument(source);
  checkUniqueRuleIds(doc, source);
  let nextSeen = new Set(seen).add(key), bases = (doc.extends ?? []).map((ref, i) => {
    if (Object.hasOwn(BUILTIN_PACKS, ref)) return loadBuiltin(ref, nextSeen, read);
    if ("builtin" in origin)
      throw new GateError(`built-in pack extends unknown pack "${ref}"`, { file });
    if (!/[./\\]/.test(ref)) {
      let known = Object.keys(BUILTIN_PACKS).join(", ");
      throw new GateError(`unknown built-in pack "${ref}" (one of: ${known}; or a path)`, {
        file,
        ...source.locate(`/extends/${i}`)
      });
    }
    return loadFile(resolve(dirname2(origin.file), ref), ref, read, nextSeen, {
      file,
      ...source.locate(`/extends/${i}`)
    });
  }), controls = mergeByKey([
    ...bases.map((b) => b.controls.map((c) => [c.name, c])),
    locatedErrors(source, "/controls", () => compileControls(doc.controls ?? {})).map(
      (c) => [c.name, c]
    )
  ]), own = (doc.rules ?? []).map((r, i) => compileRule(r, file, origin, source, i));
  checkControlRefs(doc, controls, source);
  let assets = mergeByKey([
    ...bases.map((b) => b.assets.map((a) => [a.spec.name, a])),
    locatedErrors(source, "/assets", () => compileAssets(doc.assets ?? [])).map(
      (a) => [a.spec.name, a]
    )
  ]), rules = mergeByKey([
    ...bases.map((b) => b.rules.map((r) => [r.id, r])),
    own.map((r) => [r.id, r])
  ]), waivers2 = [...bases.flatMap((b) => b.waivers), ...compileWaivers(doc, source)];
  checkWaiverRefs(doc, rules, assets, source);
  let last = bases.at(-1);
  return {
    source: file,
    origin,
    rules,
    assets,
    controls,
    waivers: waivers2,
    defaultClassification: doc["default-classification"] ?? last?.defaultClassification ?? DEFAULT_CLASSIFICATION,
    require: { ...bases.reduce((acc, b) => ({ ...acc, ...b.require }), {}), ...requirements(doc) },
    settings: {
      ...bases.reduce((acc, b) => ({ ...acc, ...b.settings }), DEFAULT_SETTINGS),
      ...definedSettings(doc)
    }
  };
}
function requirements(doc) {
  let r = doc.require ?? {}, out = {};
  return r.layers && (out.layers = r.layers), r["max-report-age"] !== void 0 && (durationMs(r["max-report-age"]), out.maxReportAge = r["max-report-age"]), r.timestamps !== void 0 && (out.timestamps = r.timestamps), out;
}
function definedSettings(doc) {
  let s = doc.settings ?? {}, out = {};
  return s["fail-on"] && (out.failOn = s["fail-on"]), s["unknown-severity"] && (out.unknownSeverity = s["unknown-severity"]), s["default-action"] && (out.defaultAction = s["default-action"]), s["max-waiver-days"] !== void 0 && (out.maxWaiverDays = s["max-waiver-days"]), out;
}
function mergeByKey(layers) {
  let byKey = /* @__PURE__ */ new Map();
  for (let layer of layers) for (let [k, v] of layer) byKey.set(k, v);
  return [...byKey.values()];
}
function compileRule(r, file, origin, source, index) {
  try {
    let { examples, ...rest } = r;
    return {
      ...rest,
      source: file,
      origin,
      examples: examples ?? [],
      matches: compileWhen(r.when)
    };
  } catch (err) {
    let at = source.locate(`/rules/${index}/when`);
    throw new GateError(`rule "${r.id}": ${err.message}`, { file, ...at });
  }
}
function locatedErrors(source, pointer, compile2) {
  try {
    return compile2();
  } catch (err) {
    throw err instanceof GateError ? err : new GateError(err.message, { file: source.file, ...source.locate(pointer) });
  }
}
function compileWaivers(doc, source) {
  return (doc.waivers ?? []).map((w, i) => {
    let at = source.locate(`/waivers/${i}`);
    try {
      return compileWaiver(w, `${source.file}:${at.line}`);
    } catch (err) {
      let message = `waiver for "${w.id}": ${err.message}`;
      throw new GateError(message, { file: source.file, ...at });
    }
  });
}
function checkUniqueRuleIds(doc, source) {
  let seen = /* @__PURE__ */ new Set();
  (doc.rules ?? []).forEach((rule, i) => {
    if (seen.has(rule.id))
      throw new GateError(`duplicate rule id "${rule.id}"`, {
        file: source.file,
        ...source.locate(`/rules/${i}/id`)
      });
    seen.add(rule.id);
  });
}
function checkControlRefs(doc, controls, source) {
  let known = new Set(controls.map((c) => c.name));
  (doc.rules ?? []).forEach((rule, i) => {
    for (let name of list(rule.when.control))
      if (!known.has(name))
        throw new GateError(
          `rule "${rule.id}": unknown control "${name}" (defined: ${[...known].join(", ") || "none; extend zero-trust"})`,
          { file: source.file, ...source.locate(`/rules/${i}/when/control`) }
        );
  });
}
function checkWaiverRefs(doc, rules, assets, source) {
  (doc.waivers ?? []).forEach((w, i) => {
    let unknown = w.rule !== void 0 && !rules.some((r) => r.id === w.rule) ? ["rule", w.rule] : w.asset !== void 0 && !assets.some((a) => a.spec.name === w.asset) ? ["asset", w.asset] : void 0;
    if (unknown)
      throw new GateError(`waiver for "${w.id}": unknown ${unknown[0]} "${unknown[1]}"`, {
        file: source.file,
        ...source.locate(`/waivers/${i}/${unknown[0]}`)
      });
  });
}

// src/reports.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";

// src/decode.ts
function decodeText(bytes, path2) {
  let text2;
  if (bytes[0] === 255 && bytes[1] === 254 ? text2 = new TextDecoder("utf-16le").decode(bytes.subarray(2)) : bytes[0] === 254 && bytes[1] === 255 ? text2 = new TextDecoder("utf-16be").decode(bytes.subarray(2)) : bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? text2 = new TextDecoder("utf-8").decode(bytes.subarray(3)) : looksUtf16WithoutBom(bytes) ? text2 = new TextDecoder(bytes[0] === 0 ? "utf-16be" : "utf-16le").decode(bytes) : text2 = new TextDecoder("utf-8").decode(bytes), text2.includes("\0"))
    throw new GateError("is a binary file, not a scanner report", { file: path2 });
  return text2.includes("\r") ? text2.replace(/\r\n?/g, `
`) : text2;
}
function looksUtf16WithoutBom(bytes) {
  return bytes.length >= 4 && bytes[0] === 0 != (bytes[1] === 0);
}
function decodeReport(bytes, path2) {
  let text2 = decodeText(bytes, path2), trimmed = text2.trim();
  if (trimmed === "")
    throw new GateError("is empty: an empty report is not a pass", { file: path2 });
  if (trimmed.startsWith("<")) return { path: path2, text: text2, syntax: "xml", json: void 0 };
  try {
    return { path: path2, text: text2, syntax: "json", json: JSON.parse(text2) };
  } catch (err) {
    let ndjson = tryNdjson(trimmed);
    if (ndjson) return { path: path2, text: text2, syntax: "ndjson", json: ndjson };
    throw jsonError(err, text2, path2);
  }
}
function tryNdjson(text2) {
  let lines2 = text2.split(`
`).filter((l) => l.trim() !== "");
  if (lines2.length < 2) return;
  let values = [];
  for (let line2 of lines2)
    try {
      values.push(JSON.parse(line2));
    } catch {
      return;
    }
  return values;
}
function jsonError(err, text2, path2) {
  let message = err instanceof Error ? err.message : String(err), m = /position (\d+)/.exec(message), offset = m ? Number(m[1]) : /end of JSON/.test(message) ? text2.trimEnd().length : void 0;
  if (offset === void 0) return new GateError(`is not valid JSON (${message})`, { file: path2 });
  let before = text2.slice(0, offset), line2 = before.split(`
`).length, column = offset - before.lastIndexOf(`
`), reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
  return new GateError(`is not valid JSON: ${reason}`, { file: path2, line: line2, column });
}

// src/parsers/fields.ts
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function str(value) {
  if (typeof value == "string") return value;
  if (typeof value == "number" && Number.isFinite(value)) return String(value);
}
function num(value) {
  if (typeof value == "number" && Number.isFinite(value)) return value;
  if (typeof value == "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
}
function arr(value) {
  return Array.isArray(value) ? value : [];
}
function objects(value) {
  return arr(value).filter(isObject);
}
function strings(value) {
  return arr(value).map(str).filter((s) => s !== void 0 && s !== "");
}
function needObject(value, what, file) {
  if (!isObject(value)) throw new GateError(`${what} must be an object`, { file });
  return value;
}
function needArray(value, what, file) {
  if (!Array.isArray(value)) throw new GateError(`${what} must be an array`, { file });
  return value;
}
function date(value) {
  if (typeof value != "string") return;
  let d = new Date(value);
  return Number.isNaN(d.getTime()) ? void 0 : d;
}
function commaList(value) {
  return (str(value) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
function oldest(dates) {
  return dates.filter((d) => d !== void 0).sort((a, b) => a.getTime() - b.getTime())[0];
}
function needShape(ok, format, expected, file) {
  if (!ok) throw new GateError(`is not a ${format} report (expected ${expected})`, { file });
}
function positive(n) {
  return n !== void 0 && n >= 1 ? n : void 0;
}
function decodePercent(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    return text2;
  }
}

// src/parsers/checkov.ts
var TOOL = "checkov", layerOf = (checkType) => checkType === "secrets" ? "secret" : "iac";
function isCheckTypeReport(value) {
  return isObject(value) && typeof value.check_type == "string" && isObject(value.results);
}
function isSummaryOnly(value) {
  return isObject(value) && "checkov_version" in value && "failed" in value && !("results" in value);
}
var checkov = {
  id: "checkov",
  description: "Checkov JSON (checkov -d DIR -o json; one check type or an array of them)",
  layers: ["iac", "secret"],
  detect({ json: json2 }) {
    return Array.isArray(json2) ? json2.length > 0 && json2.every(isCheckTypeReport) : isCheckTypeReport(json2) || isSummaryOnly(json2);
  },
  parse({ json: json2, path: path2 }) {
    if (isSummaryOnly(json2)) {
      if (num(json2.failed))
        throw new GateError("is a Checkov summary with failed checks but no results", {
          file: path2
        });
      return [];
    }
    return (Array.isArray(json2) ? json2 : [json2]).flatMap((report) => {
      if (!isCheckTypeReport(report))
        throw new GateError("every Checkov report needs check_type and results", { file: path2 });
      let failed2 = report.results.failed_checks ?? [];
      return needArray(failed2, "results.failed_checks", path2), objects(failed2).map((check3) => failedCheck(check3, str(report.check_type), path2));
    });
  },
  // Every check type that ran is evidence for its layer; a summary-only report scanned nothing.
  stream: { arrays: ["results.failed_checks", "[].results.failed_checks"] },
  coverage({ json: json2 }) {
    let reports2 = Array.isArray(json2) ? json2 : [json2];
    return unique(reports2.filter(isCheckTypeReport).map((r) => layerOf(r.check_type)));
  }
};
function failedCheck(check3, checkType, path2) {
  let id = str(check3.check_id);
  if (!id) throw new GateError("a failed check has no check_id", { file: path2 });
  let [startLine, endLine] = lineRange(check3.file_line_range), file = str(check3.repo_file_path) ?? str(check3.file_path);
  return makeFinding(
    {
      tool: TOOL,
      layer: layerOf(checkType),
      id,
      aliases: [str(check3.bc_check_id)].filter((x) => !!x),
      title: str(check3.check_name) ?? id,
      description: str(check3.description) ?? str(check3.short_description) ?? void 0,
      // Open-source Checkov leaves severity null (it comes from the Prisma platform): unknown.
      severity: severityFromWord(check3.severity),
      location: file ? { path: normalisePath2(file), startLine, endLine } : void 0,
      target: str(check3.resource),
      url: str(check3.guideline)
    },
    path2
  );
}
function lineRange(range2) {
  return Array.isArray(range2) ? [num(range2[0]) || void 0, num(range2[1]) || void 0] : [void 0, void 0];
}
function normalisePath2(file) {
  return file.replace(/\\/g, "/").replace(/^\/(?!\/)/, "");
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040", nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*", regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  let matches = [], match3 = regex.exec(string);
  for (; match3; ) {
    let allmatches = [];
    allmatches.startIndex = regex.lastIndex - match3[0].length;
    let len = match3.length;
    for (let index = 0; index < len; index++)
      allmatches.push(match3[index]);
    matches.push(allmatches), match3 = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  let match3 = regexName.exec(string);
  return !(match3 === null || typeof match3 > "u");
};
function isExist(v) {
  return typeof v < "u";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
], criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: !1,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  let tags = [], tagFound = !1, reachedRoot = !1;
  xmlData[0] === "\uFEFF" && (xmlData = xmlData.substr(1));
  for (let i = 0; i < xmlData.length; i++)
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      if (i += 2, i = readPI(xmlData, i), i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      if (i++, xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = !1;
        xmlData[i] === "/" && (closingTag = !0, i++);
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== `
` && xmlData[i] !== "\r"; i++)
          tagName += xmlData[i];
        if (tagName = tagName.trim(), tagName[tagName.length - 1] === "/" && (tagName = tagName.substring(0, tagName.length - 1), i--), !validateTagName(tagName)) {
          let msg;
          return tagName.trim().length === 0 ? msg = "Invalid space after '<'." : msg = "Tag '" + tagName + "' is an invalid name.", getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        let result = readAttributeStr(xmlData, i);
        if (result === !1)
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        let attrStr = result.value;
        if (i = result.index, attrStr[attrStr.length - 1] === "/") {
          let attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          let isValid = validateAttributeString(attrStr, options);
          if (isValid === !0)
            tagFound = !0;
          else
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
        } else if (closingTag)
          if (result.tagClosed) {
            if (attrStr.trim().length > 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
            if (tags.length === 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
            {
              let otg = tags.pop();
              if (tagName !== otg.tagName) {
                let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
                return getErrorObject(
                  "InvalidTag",
                  "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                  getLineNumberForPosition(xmlData, tagStartPos)
                );
              }
              tags.length == 0 && (reachedRoot = !0);
            }
          } else return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
        else {
          let isValid = validateAttributeString(attrStr, options);
          if (isValid !== !0)
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          if (reachedRoot === !0)
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          options.unpairedTags.indexOf(tagName) !== -1 || tags.push({ tagName, tagStartPos }), tagFound = !0;
        }
        for (i++; i < xmlData.length; i++)
          if (xmlData[i] === "<")
            if (xmlData[i + 1] === "!") {
              i++, i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              if (i = readPI(xmlData, ++i), i.err) return i;
            } else
              break;
          else if (xmlData[i] === "&") {
            let afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else if (reachedRoot === !0 && !isWhiteSpace(xmlData[i]))
            return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
        xmlData[i] === "<" && i--;
      }
    } else {
      if (isWhiteSpace(xmlData[i]))
        continue;
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  if (tagFound) {
    if (tags.length == 1)
      return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
    if (tags.length > 0)
      return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  } else return getErrorObject("InvalidXml", "Start tag expected.", 1);
  return !0;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === `
` || char === "\r";
}
function readPI(xmlData, i) {
  let start = i;
  for (; i < xmlData.length; i++)
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      let tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml")
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else
        continue;
    }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++)
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "<")
        angleBracketsCount++;
      else if (xmlData[i] === ">" && (angleBracketsCount--, angleBracketsCount === 0))
        break;
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  }
  return i;
}
var doubleQuote = '"', singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "", startChar = "", tagClosed = !1;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote)
      startChar === "" ? startChar = xmlData[i] : startChar !== xmlData[i] || (startChar = "");
    else if (xmlData[i] === ">" && startChar === "") {
      tagClosed = !0;
      break;
    }
    attrStr += xmlData[i];
  }
  return startChar !== "" ? !1 : {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  let tokens = [], len = attrStr.length, i = 0;
  for (; i < len; ) {
    let tokenStart = i;
    for (; i < len && isWhiteSpace(attrStr[i]); ) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    let leadingWs = attrStr.slice(tokenStart, i), nameStart = i;
    for (; i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "="; ) i++;
    let name = attrStr.slice(nameStart, i), equalsGroup, j = i;
    for (; j < len && isWhiteSpace(attrStr[j]); ) j++;
    j < len && attrStr[j] === "=" && (equalsGroup = attrStr.slice(i, j + 1), i = j + 1);
    let quoteChar, value, k = i;
    for (; k < len && isWhiteSpace(attrStr[k]); ) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      let valueStart = k + 1, closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      closeIdx !== -1 && (quoteChar = attrStr[k], value = attrStr.slice(valueStart, closeIdx), i = closeIdx + 1);
    }
    let token = { startIndex: tokenStart };
    token[1] = leadingWs, token[2] = name, token[3] = equalsGroup, token[4] = quoteChar !== void 0 ? !0 : void 0, token[5] = quoteChar, token[6] = value, tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  let matches = scanAttributeTokens(attrStr), attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    if (matches[i][3] !== void 0 && matches[i][4] === void 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    if (matches[i][3] === void 0 && !options.allowBooleanAttributes)
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    let attrName = matches[i][2];
    if (!validateAttrName(attrName))
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName))
      attrNames[attrName] = 1;
    else
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
  }
  return !0;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  for (xmlData[i] === "x" && (i++, re = /[\da-fA-F]/); i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  if (i++, xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#")
    return i++, validateNumberAmpersand(xmlData, i);
  let count = 0;
  for (; i < xmlData.length; i++, count++)
    if (!(xmlData[i].match(/\w/) && count < 20)) {
      if (xmlData[i] === ";")
        break;
      return -1;
    }
  return i;
}
function getErrorObject(code2, message, lineNumber) {
  return {
    err: {
      code: code2,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  let lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match3) {
  return match3.startIndex + match3[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
}, COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
}), SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#")
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  for (let ch of name)
    if (SPECIAL_CHARS.has(ch))
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
  return name;
}
function mergeEntityMaps(...maps) {
  let out = /* @__PURE__ */ Object.create(null);
  for (let map of maps)
    if (map)
      for (let key of Object.keys(map)) {
        let raw = map[key];
        if (typeof raw == "string")
          out[key] = raw;
        else if (raw && typeof raw == "object" && raw.val !== void 0) {
          let val = raw.val;
          typeof val == "string" && (out[key] = val);
        }
      }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external", LIMIT_TIER_BASE = "base", LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  return !raw || raw === LIMIT_TIER_EXTERNAL ? /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]) : raw === LIMIT_TIER_ALL ? /* @__PURE__ */ new Set([LIMIT_TIER_ALL]) : raw === LIMIT_TIER_BASE ? /* @__PURE__ */ new Set([LIMIT_TIER_BASE]) : Array.isArray(raw) ? new Set(raw) : /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 }), XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr)
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  let xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1, onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow, nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove, clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {}, this._maxTotalExpansions = this._limit.maxTotalExpansions || 0, this._maxExpandedLength = this._limit.maxExpandedLength || 0, this._postCheck = typeof options.postCheck == "function" ? options.postCheck : (r) => r, this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL), this._numericAllowed = options.numericAllowed ?? !0, this._baseMap = mergeEntityMaps(XML, options.namedEntities || null), this._externalMap = /* @__PURE__ */ Object.create(null), this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []), this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    let ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion, this._ncrOnLevel = ncrCfg.onLevel, this._ncrNullLevel = ncrCfg.nullLevel, this._onExternalEntity = typeof options.onExternalEntity == "function" ? options.onExternalEntity : null, this._onInputEntity = typeof options.onInputEntity == "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return !0;
    let action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return !1;
    if (action === ENTITY_ACTION.THROW)
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    return !0;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map)
      for (let key of Object.keys(map))
        validateEntityName(key);
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    let flat = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat))
      this._applyRegistrationHook(this._onExternalEntity, name, value, "external") && (filtered[name] = value);
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key), typeof value == "string" && value.indexOf("&") === -1 && this._applyRegistrationHook(this._onExternalEntity, key, value, "external") && (this._externalMap[key] = value);
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    if (this._totalExpansions = 0, this._expandedLength = 0, !this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    let flat = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat))
      this._applyRegistrationHook(this._onInputEntity, name, value, "input") && (filtered[name] = value);
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    return this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str2) {
    if (typeof str2 != "string" || str2.length === 0 || str2.indexOf("&") === -1) return str2;
    let original = str2, chunks = [], len = str2.length, last = 0, i = 0, limitExpansions = this._maxTotalExpansions > 0, limitLength = this._maxExpandedLength > 0, checkLimits = limitExpansions || limitLength;
    for (; i < len; ) {
      if (str2.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      for (; j < len && str2.charCodeAt(j) !== 59 && j - i <= 32; ) j++;
      if (j >= len || str2.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      let token = str2.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement, tier;
      if (this._removeSet.has(token))
        replacement = "", tier === void 0 && (tier = LIMIT_TIER_EXTERNAL);
      else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        let ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult, tier = LIMIT_TIER_BASE;
      } else {
        let resolved = this._resolveName(token);
        replacement = resolved?.value, tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last && chunks.push(str2.slice(last, i)), chunks.push(replacement), last = j + 1, i = last, checkLimits && this._tierCounts(tier)) {
        if (limitExpansions && (this._totalExpansions++, this._totalExpansions > this._maxTotalExpansions))
          throw new Error(
            `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
          );
        if (limitLength) {
          let delta = replacement.length - (token.length + 2);
          if (delta > 0 && (this._expandedLength += delta, this._expandedLength > this._maxExpandedLength))
            throw new Error(
              `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
            );
        }
      }
    }
    last < len && chunks.push(str2.slice(last));
    let result = chunks.length === 0 ? str2 : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    return this._limitTiers.has(LIMIT_TIER_ALL) ? !0 : this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    return cp === 0 ? this._ncrNullLevel : cp >= 55296 && cp <= 57343 || this._ncrXmlVersion === 1 && cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp) ? NCR_LEVEL.remove : -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    let second = token.charCodeAt(1), cp;
    if (second === 120 || second === 88 ? cp = parseInt(token.slice(2), 16) : cp = parseInt(token.slice(1), 10), Number.isNaN(cp) || cp < 0 || cp > 1114111) return;
    let minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return;
    let effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => DANGEROUS_PROPERTY_NAMES.includes(name) ? "__" + name : name, defaultOptions2 = {
  preserveOrder: !1,
  attributeNamePrefix: "@_",
  attributesGroupName: !1,
  textNodeName: "#text",
  ignoreAttributes: !0,
  removeNSPrefix: !1,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: !1,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: !0,
  parseAttributeValue: !1,
  trimValues: !0,
  //Trim string values of tag and attributes
  cdataPropName: !1,
  numberParseOptions: {
    hex: !0,
    leadingZeros: !0,
    eNotation: !0,
    unicode: !1
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: !1,
  isArray: () => !1,
  commentPropName: !1,
  unpairedTags: [],
  processEntities: !0,
  htmlEntities: !1,
  entityDecoder: null,
  ignoreDeclaration: !1,
  ignorePiTags: !1,
  transformTagName: !1,
  transformAttributeName: !1,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: !1,
  maxNestedTags: 100,
  strictReservedNames: !0,
  jPath: !0,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName != "string")
    return;
  let normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
}
function normalizeProcessEntities(value, htmlEntities) {
  return typeof value == "boolean" ? {
    enabled: value,
    // true or false
    maxEntitySize: 1e4,
    maxExpansionDepth: 1e4,
    maxTotalExpansions: 1 / 0,
    maxExpandedLength: 1e5,
    maxEntityCount: 1e3,
    allowedTags: null,
    tagFilter: null,
    appliesTo: "all"
  } : typeof value == "object" && value !== null ? {
    enabled: value.enabled !== !1,
    maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
    maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
    maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? 1 / 0),
    maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
    maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
    allowedTags: value.allowedTags ?? null,
    tagFilter: value.tagFilter ?? null,
    appliesTo: value.appliesTo ?? "all"
  } : normalizeProcessEntities(!0);
}
var buildOptions = function(options) {
  let built = Object.assign({}, defaultOptions2, options), propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (let { value, name } of propertyNameOptions)
    value && validatePropertyName(value, name);
  return built.onDangerousProperty === null && (built.onDangerousProperty = defaultOnDangerousProperty), built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities), built.unpairedTagsSet = new Set(built.unpairedTags), built.stopNodes && Array.isArray(built.stopNodes) && (built.stopNodes = built.stopNodes.map((node) => typeof node == "string" && node.startsWith("*.") ? ".." + node.substring(2) : node)), built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
typeof Symbol != "function" ? METADATA_SYMBOL = "@@xmlMetadata" : METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname, this.child = [], this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    key === "__proto__" && (key = "#__proto__"), this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    node.tagname === "__proto__" && (node.tagname = "#__proto__"), node[":@"] && Object.keys(node[":@"]).length > 0 ? this.child.push({ [node.tagname]: node.child, ":@": node[":@"] }) : this.child.push({ [node.tagname]: node.child }), this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    startIndex !== void 0 && (this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex });
  }
  addEndIndex(endIndex2) {
    let lastChild = this.child[this.child.length - 1];
    lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0 && (lastChild[METADATA_SYMBOL].endIndex = endIndex2);
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD", nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040", nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}", nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040", buildRegexes = (startChar, char, flags = "") => {
  let ncStart = startChar.replace(":", ""), ncChar = char.replace(":", ""), ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
}, regexes10 = buildRegexes(nameStartChar10, nameChar10), regexes11 = buildRegexes(nameStartChar11, nameChar11, "u"), nameStartCharAscii = ":A-Za-z_", nameCharAscii = nameStartCharAscii + "\\-\\.\\d", regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii), getRegexes = (xmlVersion = "1.0", asciiOnly = !1) => asciiOnly ? regexesAscii : xmlVersion === "1.1" ? regexes11 : regexes10;
var qName = (str2, { xmlVersion = "1.0", asciiOnly = !1 } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str2);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options, this.options = options, this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    let entities = /* @__PURE__ */ Object.create(null), entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1, hasBody = !1, comment = !1, quoteChar = null, exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          xmlData[i] === quoteChar && (quoteChar = null), exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i], exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            if ([entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr), val.indexOf("&") === -1) {
              if (this.options.enabled !== !1 && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount)
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              entities[entityName] = val, entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            let { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i))
            i += 8;
          else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            let { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = !0;
          else throw new Error("Invalid DOCTYPE");
          angleBracketsCount++, exp = "";
        } else if (xmlData[i] === ">") {
          if (comment ? xmlData[i - 1] === "-" && xmlData[i - 2] === "-" && (comment = !1, angleBracketsCount--) : angleBracketsCount--, angleBracketsCount === 0)
            break;
        } else xmlData[i] === "[" ? hasBody = !0 : exp += xmlData[i];
      }
      if (quoteChar !== null || angleBracketsCount !== 0)
        throw new Error("Unclosed DOCTYPE");
    } else
      throw new Error("Invalid Tag instead of DOCTYPE");
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'"; )
      i++;
    let entityName = xmlData.substring(startIndex, i);
    if (validateEntityName2(entityName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), !this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM")
        throw new Error("External entities are not supported");
      if (xmlData[i] === "%")
        throw new Error("Parameter entities are not supported");
    }
    let entityValue = "";
    if ([i, entityValue] = this.readIdentifierVal(xmlData, i, "entity"), this.options.enabled !== !1 && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize)
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    return i--, [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i);
    let identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC")
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    i += identifierType.length, i = skipWhitespace(xmlData, i);
    let publicIdentifier = null, systemIdentifier = null;
    if (identifierType === "PUBLIC")
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier"), i = skipWhitespace(xmlData, i), (xmlData[i] === '"' || xmlData[i] === "'") && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"));
    else if (identifierType === "SYSTEM" && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"), !this.suppressValidationErr && !systemIdentifier))
      throw new Error("Missing mandatory system identifier for SYSTEM notation");
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "", startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'")
      throw new Error(`Expected quoted string, found "${startChar}"`);
    i++;
    let startIndex = i;
    for (; i < xmlData.length && xmlData[i] !== startChar; )
      i++;
    if (identifierVal = xmlData.substring(startIndex, i), xmlData[i] !== startChar)
      throw new Error(`Unterminated ${type} value`);
    return i++, [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid element name: "${elementName}"`);
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      let startIndex2 = i;
      for (; i < xmlData.length && xmlData[i] !== ")"; )
        i++;
      if (contentModel = xmlData.substring(startIndex2, i), xmlData[i] !== ")")
        throw new Error("Unterminated content model");
    } else if (!this.suppressValidationErr)
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    for (validateEntityName2(elementName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), startIndex = i; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      if (attributeType = "NOTATION", i += 8, i = skipWhitespace(xmlData, i), xmlData[i] !== "(")
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      i++;
      let allowedNotations = [];
      for (; i < xmlData.length && xmlData[i] !== ")"; ) {
        let startIndex2 = i;
        for (; i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")"; )
          i++;
        let notation = xmlData.substring(startIndex2, i);
        if (notation = notation.trim(), !validateEntityName2(notation, { xmlVersion: this.xmlVersion }))
          throw new Error(`Invalid notation name: "${notation}"`);
        allowedNotations.push(notation), xmlData[i] === "|" && (i++, i = skipWhitespace(xmlData, i));
      }
      if (xmlData[i] !== ")")
        throw new Error("Unterminated list of notations");
      i++, attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      let startIndex2 = i;
      for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
        i++;
      attributeType += xmlData.substring(startIndex2, i);
      let validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase()))
        throw new Error(`Invalid attribute type: "${attributeType}"`);
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    return xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED" ? (defaultValue = "#REQUIRED", i += 8) : xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED" ? (defaultValue = "#IMPLIED", i += 7) : [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST"), {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
}, skipWhitespace = (data, index) => {
  for (; index < data.length && /\s/.test(data[index]); )
    index++;
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++)
    if (seq[j] !== data[i + j + 1]) return !1;
  return !0;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
], NOT_DIGIT = 255, HIGH_MAP = /* @__PURE__ */ new Map(), LOW_MAX = 65535, LOW_MIN = 1632, TABLE_OFFSET = LOW_MIN, TABLE_SIZE = LOW_MAX - LOW_MIN + 1, TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (let zero of SCRIPT_ZEROS)
  for (let d = 0; d < 10; d++) {
    let cp = zero + d;
    cp <= LOW_MAX ? TABLE[cp - TABLE_OFFSET] = d : HIGH_MAP.set(cp, d);
  }

// node_modules/anynum/anynum.js
var CHAR_0 = 48, CHAR_9 = 57, CHAR_MINUS = 45, MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str2) {
  if (typeof str2 != "string") return str2;
  let len = str2.length;
  if (len === 0) return str2;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    let cc = str2.charCodeAt(i);
    if (!(cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS)) {
      if (cc < TABLE_OFFSET) {
        if (MINUS_SET.has(cc)) {
          firstHit = i;
          break;
        }
        continue;
      }
      if (cc >= 55296 && cc <= 56319) {
        if (i + 1 < len) {
          let low = str2.charCodeAt(i + 1);
          if (low >= 56320 && low <= 57343) {
            let cp = 65536 + (cc - 55296 << 10) + (low - 56320);
            if (HIGH_MAP.has(cp)) {
              firstHit = i;
              break;
            }
          }
        }
        continue;
      }
      if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
    }
  }
  if (firstHit === -1) return str2;
  let chars = [];
  firstHit > 0 && chars.push(str2.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    let cc = str2.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str2[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str2[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        let low = str2.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          let cp = 65536 + (cc - 55296 << 10) + (low - 56320), d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48)), i++;
            continue;
          }
        }
      }
      chars.push(str2[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    let d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str2[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/, binRegex = /^0b[01]+$/, octRegex = /^0o[0-7]+$/, numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/, consider = {
  hex: !0,
  binary: !1,
  octal: !1,
  leadingZeros: !0,
  decimalPoint: ".",
  eNotation: !0,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: !1
};
function toNumber(str2, options = {}) {
  if (options = Object.assign({}, consider, options), !str2 || typeof str2 != "string") return str2;
  let trimmedStr = str2.trim();
  if (trimmedStr.length === 0) return str2;
  if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str2;
  if (trimmedStr === "0" || options.unicode && (trimmedStr = anynum_default(trimmedStr), trimmedStr === "0"))
    return 0;
  if (options.hex && hexRegex.test(trimmedStr))
    return parse_int(trimmedStr, 16);
  if (options.binary && binRegex.test(trimmedStr))
    return parse_int(trimmedStr, 2);
  if (options.octal && octRegex.test(trimmedStr))
    return parse_int(trimmedStr, 8);
  if (isFinite(trimmedStr)) {
    if (trimmedStr.includes("e") || trimmedStr.includes("E"))
      return resolveEnotation(str2, trimmedStr, options);
    {
      let match3 = numRegex.exec(trimmedStr);
      if (match3) {
        let sign = match3[1] || "", leadingZeros = match3[2], numTrimmedByZeros = trimZeros(match3[3]), decimalAdjacentToLeadingZeros = sign ? (
          // 0., -00., 000.
          trimmedStr[leadingZeros.length + 1] === "."
        ) : trimmedStr[leadingZeros.length] === ".";
        if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))
          return str2;
        {
          let num2 = Number(trimmedStr), parsedStr = String(num2);
          if (num2 === 0) return num2;
          if (parsedStr.search(/[eE]/) !== -1)
            return options.eNotation ? num2 : str2;
          if (trimmedStr.indexOf(".") !== -1)
            return parsedStr === "0" || parsedStr === numTrimmedByZeros || parsedStr === `${sign}${numTrimmedByZeros}` ? num2 : str2;
          let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
          return leadingZeros ? n === parsedStr || sign + n === parsedStr ? num2 : str2 : n === parsedStr || n === sign + parsedStr ? num2 : str2;
        }
      } else
        return str2;
    }
  } else {
    let num2 = Number(trimmedStr);
    return Number.isNaN(num2) ? str2 : handleInfinity(str2, num2, options);
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str2, trimmedStr, options) {
  if (!options.eNotation) return str2;
  let notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "", eChar = notation[3].indexOf("e") === -1 ? "E" : "e", leadingZeros = notation[2], eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    return leadingZeros.length > 1 && eAdjacentToLeadingZeros ? str2 : leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar) ? Number(trimmedStr) : leadingZeros.length > 0 ? options.leadingZeros && !eAdjacentToLeadingZeros ? Number(trimmedStr) : str2 : Number(trimmedStr);
  } else
    return str2;
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    for (; end > 0 && numStr.charCodeAt(end - 1) === 48; ) end--;
    return numStr = numStr.slice(0, end), numStr === "." ? numStr = "0" : numStr[0] === "." ? numStr = "0" + numStr : numStr[numStr.length - 1] === "." && (numStr = numStr.substring(0, numStr.length - 1)), numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  let str2 = numStr.trim();
  if ((base === 2 || base === 8) && (numStr = str2.substring(2)), parseInt) return parseInt(numStr, base);
  if (Number.parseInt) return Number.parseInt(numStr, base);
  if (window && window.parseInt) return window.parseInt(numStr, base);
  throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str2, num2, options) {
  let isPositive = num2 === 1 / 0;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num2;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    default:
      return str2;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  return typeof ignoreAttributes == "function" ? ignoreAttributes : Array.isArray(ignoreAttributes) ? (attrName) => {
    for (let pattern of ignoreAttributes)
      if (typeof pattern == "string" && attrName === pattern || pattern instanceof RegExp && pattern.test(attrName))
        return !0;
  } : () => !1;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern, this.separator = options.separator || ".", this.segments = this._parse(pattern), this.data = data, this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard"), this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0), this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    let segments = [], i = 0, currentPart = "";
    for (; i < pattern.length; )
      pattern[i] === this.separator ? i + 1 < pattern.length && pattern[i + 1] === this.separator ? (currentPart.trim() && (segments.push(this._parseSegment(currentPart.trim())), currentPart = ""), segments.push({ type: "deep-wildcard" }), i += 2) : (currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), currentPart = "", i++) : (currentPart += pattern[i], i++);
    return currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    let segment = { type: "tag" }, bracketContent = null, withoutBrackets = part, bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch && (withoutBrackets = bracketMatch[1] + bracketMatch[3], bracketMatch[2])) {
      let content = bracketMatch[2].slice(1, -1);
      content && (bracketContent = content);
    }
    let namespace, tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      let nsIndex = withoutBrackets.indexOf("::");
      if (namespace = withoutBrackets.substring(0, nsIndex).trim(), tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(), !namespace)
        throw new Error(`Invalid namespace in pattern: ${part}`);
    }
    let tag, positionMatch = null;
    if (tagAndPosition.includes(":")) {
      let colonIndex = tagAndPosition.lastIndexOf(":"), tagPart = tagAndPosition.substring(0, colonIndex).trim(), posPart = tagAndPosition.substring(colonIndex + 1).trim();
      ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart) ? (tag = tagPart, positionMatch = posPart) : tag = tagAndPosition;
    } else
      tag = tagAndPosition;
    if (!tag)
      throw new Error(`Invalid segment pattern: ${part}`);
    if (segment.tag = tag, namespace && (segment.namespace = namespace), bracketContent)
      if (bracketContent.includes("=")) {
        let eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim(), segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else
        segment.attrName = bracketContent.trim();
    if (positionMatch) {
      let nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      nthMatch ? (segment.position = "nth", segment.positionValue = parseInt(nthMatch[1], 10)) : segment.position = positionMatch;
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map(), this._wildcardByDepth = /* @__PURE__ */ new Map(), this._deepWildcards = [], this._deepByTerminalTag = /* @__PURE__ */ new Map(), this._patterns = /* @__PURE__ */ new Set(), this._sealed = !1;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed)
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    if (this._patterns.has(expression.pattern)) return this;
    if (this._patterns.add(expression.pattern), expression.hasDeepWildcard()) {
      let lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        let tag2 = lastSeg2.tag;
        this._deepByTerminalTag.has(tag2) || this._deepByTerminalTag.set(tag2, []), this._deepByTerminalTag.get(tag2).push(expression);
      } else
        this._deepWildcards.push(expression);
      return this;
    }
    let depth = expression.length, tag = expression.segments[expression.segments.length - 1]?.tag;
    if (!tag || tag === "*")
      this._wildcardByDepth.has(depth) || this._wildcardByDepth.set(depth, []), this._wildcardByDepth.get(depth).push(expression);
    else {
      let key = `${depth}:${tag}`;
      this._byDepthAndTag.has(key) || this._byDepthAndTag.set(key, []), this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (let expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    return this._sealed = !0, this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    let depth = matcher.getDepth(), tag = matcher.getCurrentTag(), exactKey = `${depth}:${tag}`, exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++)
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
    }
    let wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++)
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
    }
    let deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++)
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
    }
    for (let i = 0; i < this._deepWildcards.length; i++)
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    let path2 = this._matcher.path;
    return path2.length > 0 ? path2[path2.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    let path2 = this._matcher.path;
    return path2.length > 0 ? path2[path2.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    let path2 = this._matcher.path;
    if (path2.length !== 0)
      return path2[path2.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    let path2 = this._matcher.path;
    if (path2.length === 0) return !1;
    let current = path2[path2.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    let path2 = this._matcher.path;
    return path2.length === 0 ? -1 : path2[path2.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    let path2 = this._matcher.path;
    return path2.length === 0 ? -1 : path2[path2.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}, Matcher2 = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new MatcherView(this), this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
    let currentLevel = this.path.length, level = this.siblingStacks[currentLevel];
    level || (level = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[currentLevel] = level);
    let siblingKey = namespace ? `${namespace}:${tagName}` : tagName, counter = level.counts.get(siblingKey) || 0, position = level.total;
    level.counts.set(siblingKey, counter + 1), level.total++;
    let node = {
      tag: tagName,
      position,
      counter
    };
    namespace != null && (node.namespace = namespace), attrValues != null && (node.values = attrValues), this.path.push(node);
    let depth = this.path.length, keep = options !== null ? options.keep : null;
    if (keep != null && keep.length > 0 && attrValues)
      for (let i = 0; i < keep.length; i++) {
        let name = keep[i];
        attrValues[name] !== void 0 && this._keptAttrs.push({ depth, name, value: attrValues[name] });
      }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return;
    this._pathStringCache = null;
    let node = this.path.pop();
    this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
    let poppedDepth = this.path.length + 1;
    for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth; )
      this._keptAttrs.pop();
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      let current = this.path[this.path.length - 1];
      attrValues != null && (current.values = attrValues);
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length !== 0)
      return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return !1;
    let current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return kept[i].value;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return !0;
    return !1;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    let sep3 = separator || this.separator;
    if (sep3 === this.separator && includeNamespace === !0) {
      if (this._pathStringCache !== null)
        return this._pathStringCache;
      let result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep3);
      return this._pathStringCache = result, result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep3);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    let segments = expression.segments;
    return segments.length === 0 ? !1 : expression.hasDeepWildcard() ? this._matchWithDeepWildcard(segments) : this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length)
      return !1;
    for (let i = 0; i < segments.length; i++)
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1))
        return !1;
    return !0;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1, segIdx = segments.length - 1;
    for (; segIdx >= 0 && pathIdx >= 0; ) {
      let segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        if (segIdx--, segIdx < 0)
          return !0;
        let nextSeg = segments[segIdx], found = !1;
        for (let i = pathIdx; i >= 0; i--)
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1, segIdx--, found = !0;
            break;
          }
        if (!found)
          return !1;
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1))
          return !1;
        pathIdx--, segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag || segment.namespace !== void 0 && segment.namespace !== "*" && segment.namespace !== node.namespace || segment.attrName !== void 0 && (!isCurrentNode || !node.values || !(segment.attrName in node.values) || segment.attrValue !== void 0 && String(node.values[segment.attrName]) !== String(segment.attrValue)))
      return !1;
    if (segment.position !== void 0) {
      if (!isCurrentNode)
        return !1;
      let counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0)
        return !1;
      if (segment.position === "odd" && counter % 2 !== 1)
        return !1;
      if (segment.position === "even" && counter % 2 !== 0)
        return !1;
      if (segment.position === "nth" && counter !== segment.positionValue)
        return !1;
    }
    return !0;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null, this.path = snapshot.path.map((node) => ({ ...node })), this.siblingStacks = snapshot.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }), this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
], html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
], xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
], svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
], sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
], shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
], redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep2 = `["'\\s]*:`, NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep2}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep2}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep2}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep2}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep2}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep2}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep2}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep2}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep2}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
], nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
], log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
], SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA], sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: `
`
}), ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  return input.indexOf("&") === -1 ? input : input.replace(ENTITY_RE, (match3, hex, dec, name) => {
    if (name !== void 0)
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match3;
    let cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    return !Number.isFinite(cp) || cp > 1114111 ? match3 : String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = !0;
xml_default.decodeEntities = !0;
svg_default.decodeEntities = !0;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value != "string")
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
}
function assertContext(context) {
  if (!(context instanceof RegExp)) {
    if (Array.isArray(context)) {
      if (context.length === 0)
        throw new TypeError("is-unsafe: context must not be an empty array");
      if (Array.isArray(context[0])) {
        for (let list2 of context)
          if (!Array.isArray(list2) || list2.length === 0)
            throw new TypeError(
              "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
            );
      }
      return;
    }
    throw new TypeError(
      `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
    );
  }
}
function normalise(context) {
  return context instanceof RegExp ? { lists: null, regex: context } : Array.isArray(context[0]) ? { lists: context, regex: null } : { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  let decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  let label = list2.label ?? "CUSTOM", decoded = decodedCopy(value, list2);
  for (let rule of list2)
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded))
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
  return null;
}
function isUnsafe(value, context) {
  assertString(value), assertContext(context);
  let { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (let list2 of lists)
    if (matchList(value, list2) !== null) return !0;
  return !1;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  let attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(options.attributeNamePrefix)) {
      let rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName != "string") return;
  let colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    let ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns")
      return ns;
  }
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options, this.currentNode = null, this.tagsNodeStack = [], this.parseXml = parseXml, this.parseTextData = parseTextData, this.resolveNameSpace = resolveNameSpace, this.buildAttributesMap = buildAttributesMap, this.isItStopNode = isItStopNode, this.replaceEntitiesValue = replaceEntitiesValue, this.readStopNodeData = readStopNodeData, this.saveTextToParentTag = saveTextToParentTag, this.addChild = addChild, this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
    let namedEntities = { ...XML };
    this.options.entityDecoder ? this.entityDecoder = this.options.entityDecoder : (typeof this.options.htmlEntities == "object" ? namedEntities = this.options.htmlEntities : this.options.htmlEntities === !0 && (namedEntities = { ...COMMON_HTML, ...CURRENCY }), this.entityDecoder = new EntityDecoder({
      namedEntities: { ...namedEntities, ...externalEntities },
      numericAllowed: this.options.htmlEntities,
      limit: {
        maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
        maxExpandedLength: this.options.processEntities.maxExpandedLength,
        applyLimitsTo: this.options.processEntities.appliesTo
      },
      // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
      onInputEntity: (name, value) => (
        //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
        isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
      )
      //postCheck: resolved => resolved
    })), this.matcher = new Matcher2(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = !1, this.stopNodeExpressionsSet = new ExpressionSet();
    let stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        let stopNodeExp = stopNodesOpts[i];
        typeof stopNodeExp == "string" ? this.stopNodeExpressionsSet.add(new Expression(stopNodeExp)) : stopNodeExp instanceof Expression && this.stopNodeExpressionsSet.add(stopNodeExp);
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  let options = this.options;
  if (val !== void 0 && (options.trimValues && !dontTrim && (val = val.trim()), val.length > 0)) {
    escapeEntities || (val = this.replaceEntitiesValue(val, tagName, jPath));
    let jPathOrMatcher = options.jPath ? jPath.toString() : jPath, newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
    return newval == null ? val : typeof newval != typeof val || newval !== val ? newval : options.trimValues || val.trim() === val ? parseValue(val, options.parseTagValue, options.numberParseOptions) : val;
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    let tags = tagname.split(":"), prefix2 = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns")
      return "";
    tags.length === 2 && (tagname = prefix2 + tags[1]);
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match3) {
  return match3[3] !== void 0 ? match3[3] : match3[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = !1) {
  let options = this.options;
  if (force === !0 || options.ignoreAttributes !== !0 && typeof attrStr == "string") {
    let matches = getAllMatches(attrStr, attrsRegx), len = matches.length, attrs = {}, processedVals = new Array(len), hasRawAttrs = !1, rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]), oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        options.trimValues && (val = val.trim()), val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher), processedVals[i] = val, rawAttrsForMatcher[attrName] = val, hasRawAttrs = !0;
      }
    }
    hasRawAttrs && typeof jPath == "object" && jPath.updateCurrent && jPath.updateCurrent(rawAttrsForMatcher);
    let jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher, hasAttrs = !1;
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length)
        if (options.transformAttributeName && (aName = options.transformAttributeName(aName)), aName = sanitizeName(aName, options), attrValue(matches[i]) !== void 0) {
          let oldVal = processedVals[i], newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          newVal == null ? attrs[aName] = oldVal : typeof newVal != typeof oldVal || newVal !== oldVal ? attrs[aName] = newVal : attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions), hasAttrs = !0;
        } else options.allowBooleanAttributes && (attrs[aName] = !0, hasAttrs = !0);
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      let attrCollection = {};
      return attrCollection[options.attributesGroupName] = attrs, attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  let options = this.options, crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => (newline.length === 2 && crlfPositions.push(index - crlfPositions.length), `
`) : `
`);
  let xmlObj = new XmlNode("!xml"), currentNode = xmlObj, textData = "";
  this.matcher.reset(), this.entityDecoder.reset(), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
  let docTypeReader = new DocTypeReader(options.processEntities), xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed."), tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          let colonIndex = tagName.indexOf(":");
          colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1));
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName, currentNode && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher));
        let lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName))
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        lastTagName && options.unpairedTagsSet.has(lastTagName) && (this.matcher.pop(), this.tagsNodeStack.pop()), this.matcher.pop(), this.isCurrentNodeStopNode = !1, currentNode = this.tagsNodeStack.pop() || xmlObj, options.captureMetaData && currentNode && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), textData = "", i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, !1, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, !0);
        if (attsMap) {
          let ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1), docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (!(options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags)) {
          let childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, ""), tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== !0 && (childNode[":@"] = attsMap);
          let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        let endIndex2 = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          let comment = xmlData.substring(i + 4, endIndex2 - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher), currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex2;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = !0;
        let result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities), i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        let closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2, tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, !0, !1, !0, !0);
        val == null && (val = ""), options.cdataPropName ? currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]) : currentNode.add(options.textNodeName, val), i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          let context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName, rawTagName = result.rawTagName, tagExp = result.tagExp, attrExpPresent = result.attrExpPresent, closeIndex = result.closeIndex;
        if ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options), options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName))
          throw new Error(`Invalid tag name: ${tagName}`);
        currentNode && textData && currentNode.tagname !== "!xml" && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, !1));
        let lastTag = currentNode;
        lastTag && options.unpairedTagsSet.has(lastTag.tagname) && (currentNode = this.tagsNodeStack.pop(), this.matcher.pop());
        let isSelfClosing = !1;
        tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1 && (isSelfClosing = !0, tagName[tagName.length - 1] === "/" ? (tagName = tagName.substr(0, tagName.length - 1), tagExp = tagName) : tagExp = tagExp.substr(0, tagExp.length - 1), attrExpPresent = tagName !== tagExp);
        let prefixedAttrs = null, rawAttrs = {}, namespace;
        namespace = extractNamespace(rawTagName), tagName !== xmlObj.tagname && this.matcher.push(tagName, {}, namespace), tagName !== tagExp && attrExpPresent && (prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName), prefixedAttrs && (rawAttrs = extractRawAttributes(prefixedAttrs, options))), tagName !== xmlObj.tagname && (this.isCurrentNodeStopNode = this.isItStopNode());
        let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing)
            i = result.closeIndex;
          else if (options.unpairedTagsSet.has(tagName))
            i = result.closeIndex;
          else {
            let result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i, tagContent = result2.tagContent;
          }
          let childNode = new XmlNode(tagName);
          prefixedAttrs && (childNode[":@"] = prefixedAttrs), childNode.add(options.textNodeName, tagContent), this.matcher.pop(), this.isCurrentNodeStopNode = !1, this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1;
          } else if (options.unpairedTagsSet.has(tagName)) {
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1, i = result.closeIndex;
            continue;
          } else {
            let childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags)
              throw new Error("Maximum nested tags exceeded");
            this.tagsNodeStack.push(currentNode), prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), currentNode = childNode;
          }
          textData = "", i = closeIndex;
        }
      }
    } else
      textData += xmlData[i];
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0, high = crlfPositions.length;
  for (; low < high; ) {
    let middle = Math.floor((low + high) / 2);
    crlfPositions[middle] < index ? low = middle + 1 : high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  this.options.captureMetaData || (startIndex = void 0);
  let jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher, result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  result === !1 || (typeof result == "string" && (childNode.tagname = result), currentNode.addChild(childNode, startIndex));
}
function replaceEntitiesValue(val, tagName, jPath) {
  let entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled)
    return val;
  if (entityConfig.allowedTags) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!(Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher)))
      return val;
  }
  if (entityConfig.tagFilter) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher))
      return val;
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  return textData && (isLeafNode === void 0 && (isLeafNode = parentNode.child.length === 0), textData = this.parseTextData(
    textData,
    parentNode.tagname,
    matcher,
    !1,
    parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : !1,
    isLeafNode
  ), textData !== void 0 && textData !== "" && parentNode.add(this.options.textNodeName, textData), textData = ""), textData;
}
function isItStopNode() {
  return this.stopNodeExpressionsSet.size === 0 ? !1 : this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  let len = xmlData.length, closeCode0 = closingChar.charCodeAt(0), closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1, result = "", segmentStart = i;
  for (let index = i; index < len; index++) {
    let code2 = xmlData.charCodeAt(index);
    if (code2 === 34 || code2 === 39) {
      if (index = xmlData.indexOf(xmlData[index], index + 1), index === -1) return;
    } else if (code2 === closeCode0)
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1)
          return result += xmlData.substring(segmentStart, index), { data: result, index };
      } else
        return result += xmlData.substring(segmentStart, index), { data: result, index };
    else code2 === 9 && (result += xmlData.substring(segmentStart, index) + " ", segmentStart = index + 1);
  }
}
function findClosingIndex(xmlData, str2, i, errMsg) {
  let closingIndex = xmlData.indexOf(str2, i);
  if (closingIndex === -1)
    throw new Error(errMsg);
  return closingIndex + str2.length - 1;
}
function findClosingChar(xmlData, char, i, errMsg) {
  let closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  let result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data, closeIndex = result.index, separatorIndex = tagExp.search(/\s/), tagName = tagExp, attrExpPresent = !0;
  separatorIndex !== -1 && (tagName = tagExp.substring(0, separatorIndex), tagExp = tagExp.substring(separatorIndex + 1).trimStart());
  let rawTagName = tagName;
  if (removeNSPrefix) {
    let colonIndex = tagName.indexOf(":");
    colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1), attrExpPresent = tagName !== result.data.substr(colonIndex + 1));
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  let startIndex = i, openTagCount = 1, lenient = !1, nextGt = -1, xmllen = xmlData.length;
  for (; i < xmllen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        if (xmlData.substring(i + 2, closeIndex).trim() === tagName && (openTagCount--, openTagCount === 0))
          return {
            tagContent: xmlData.substring(startIndex, i),
            i: closeIndex
          };
        i = closeIndex;
      } else if (c1 === 63)
        i = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45)
        i = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91)
        i = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
      else {
        let tagData = lenient ? void 0 : readTagExp(xmlData, i, !1);
        if (tagData)
          tagData.tagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/" && openTagCount++, i = tagData.closeIndex;
        else {
          if (lenient = !0, nextGt < i && (nextGt = xmlData.indexOf(">", i), nextGt === -1))
            return;
          let nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            let exp = xmlData.substring(i + 1, nextGt), sep3 = exp.search(/\s/);
            (sep3 === -1 ? exp : exp.substring(0, sep3)) === tagName && exp[exp.length - 1] !== "/" && openTagCount++, i = nextGt;
          }
        }
      }
    }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val == "string") {
    let newval = val.trim();
    return newval === "true" ? !0 : newval === "false" ? !1 : toNumber(val, options);
  } else
    return isExist(val) ? val : "";
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    let newTagName = fn(tagName);
    tagExp === tagName && (tagExp = newTagName), tagName = newTagName;
  }
  return tagName = sanitizeName(tagName, options), { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name))
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  return DANGEROUS_PROPERTY_NAMES.includes(name) ? options.onDangerousProperty(name) : name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix2) {
  if (!attrs || typeof attrs != "object") return {};
  if (!prefix2) return attrs;
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(prefix2)) {
      let rawName = key.substring(prefix2.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr2, options, matcher, readonlyMatcher) {
  let text2, compressedObj = {};
  for (let i = 0; i < arr2.length; i++) {
    let tagObj = arr2[i], property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      let rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName)
      text2 === void 0 ? text2 = tagObj[property] : text2 += "" + tagObj[property];
    else {
      if (property === void 0)
        continue;
      if (tagObj[property]) {
        let val = compress(tagObj[property], options, matcher, readonlyMatcher), isLeaf = isLeafTag(val, options);
        if (Object.keys(val).length === 0 && options.alwaysCreateTextNode && (val[options.textNodeName] = ""), tagObj[":@"] ? assignAttributes(val, tagObj[":@"], readonlyMatcher, options) : Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode ? val = val[options.textNodeName] : Object.keys(val).length === 0 && (options.alwaysCreateTextNode ? val[options.textNodeName] = "" : val = ""), tagObj[METADATA_SYMBOL2] !== void 0 && typeof val == "object" && val !== null && (val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2]), compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property))
          Array.isArray(compressedObj[property]) || (compressedObj[property] = [compressedObj[property]]), compressedObj[property].push(val);
        else {
          let jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
          options.isArray(property, jPathOrMatcher, isLeaf) ? compressedObj[property] = [val] : compressedObj[property] = val;
        }
        property !== void 0 && property !== options.textNodeName && matcher.pop();
      }
    }
  }
  return typeof text2 == "string" ? text2.length > 0 && (compressedObj[options.textNodeName] = text2) : text2 !== void 0 && (compressedObj[options.textNodeName] = text2), compressedObj;
}
function propName(obj) {
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    let keys = Object.keys(attrMap), len = keys.length;
    for (let i = 0; i < len; i++) {
      let atrrName = keys[i], rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName, jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      options.isArray(atrrName, jPathOrMatcher, !0, !0) ? obj[atrrName] = [attrMap[atrrName]] : obj[atrrName] = attrMap[atrrName];
    }
  }
}
function isLeafTag(obj, options) {
  let { textNodeName } = options, propCount = Object.keys(obj).length;
  return !!(propCount === 0 || propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] == "boolean" || obj[textNodeName] === 0));
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {}, this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData != "string" && xmlData.toString)
      xmlData instanceof Uint8Array && !(typeof Buffer < "u" && Buffer.isBuffer(xmlData)) ? xmlData = new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(xmlData) : xmlData = xmlData.toString();
    else if (typeof xmlData != "string")
      throw new Error("XML data is accepted in String or Bytes[] form.");
    if (validationOption) {
      validationOption === !0 && (validationOption = {});
      let result = validate(xmlData, validationOption);
      if (result !== !0)
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
    }
    let orderedObjParser = new OrderedObjParser(this.options, this.externalEntities), orderedResult = orderedObjParser.parseXml(xmlData);
    return this.options.preserveOrder || orderedResult === void 0 ? orderedResult : prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1)
      throw new Error("Entity value can't have '&'");
    if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1)
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    if (value === "&")
      throw new Error("An entity with value '&' is not permitted");
    this.externalEntities[key] = value;
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// src/parsers/cyclonedx-xml.ts
var LISTS = [
  /\.components\.component$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.ratings\.rating$/,
  /\.cwes\.cwe$/,
  /\.affects\.target$/,
  /\.versions\.version$/,
  /\.references\.reference$/,
  /\.responses\.response$/
], ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities2(text2) {
  return text2.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => ref.startsWith("#x") || ref.startsWith("#X") ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith("#") ? String.fromCodePoint(parseInt(ref.slice(1), 10)) : lookup(ENTITIES, ref) ?? whole);
}
function isCycloneDxXml(text2) {
  return /<bom\b[^>]*xmlns="http:\/\/cyclonedx\.org\/schema\/bom\//.test(text2.slice(0, 4e3));
}
function bomFromXml(text2, file) {
  if (/<!DOCTYPE|<!ENTITY/i.test(text2))
    throw new GateError("XML with a DOCTYPE or entity declaration is refused", { file });
  let parser = new XMLParser({
    ignoreAttributes: !1,
    attributeNamePrefix: "",
    parseTagValue: !1,
    parseAttributeValue: !1,
    processEntities: !1,
    htmlEntities: !1,
    removeNSPrefix: !0,
    isArray: (_name, jpath) => LISTS.some((re) => re.test(String(jpath))),
    tagValueProcessor: (_name, value) => decodeEntities2(value),
    attributeValueProcessor: (_name, value) => decodeEntities2(value)
  }), doc;
  try {
    doc = parser.parse(text2);
  } catch (err) {
    throw new GateError(`is not valid XML (${err instanceof Error ? err.message : String(err)})`, {
      file
    });
  }
  let bom = isObject(doc) && isObject(doc.bom) ? doc.bom : void 0;
  if (!bom) throw new GateError("has no <bom> root element", { file });
  let metadata = isObject(bom.metadata) ? bom.metadata : {};
  return {
    bomFormat: "CycloneDX",
    specVersion: /schema\/bom\/([\d.]+)/.exec(str(bom.xmlns) ?? "")?.[1],
    metadata: {
      timestamp: str(metadata.timestamp),
      component: isObject(metadata.component) ? component(metadata.component) : void 0
    },
    components: listIn(bom.components, "component").map(component),
    vulnerabilities: listIn(bom.vulnerabilities, "vulnerability").map(vulnerability)
  };
}
function listIn(parent, child) {
  return isObject(parent) ? objects(parent[child]) : [];
}
function component(c) {
  return { ...c, components: listIn(c.components, "component").map(component) };
}
function vulnerability(v) {
  let analysis = isObject(v.analysis) ? v.analysis : void 0;
  return {
    ...v,
    references: listIn(v.references, "reference"),
    ratings: listIn(v.ratings, "rating"),
    cwes: arr(isObject(v.cwes) ? v.cwes.cwe : []),
    analysis: analysis && {
      ...analysis,
      response: arr(isObject(analysis.responses) ? analysis.responses.response : [])
    },
    affects: listIn(v.affects, "target").map((t) => ({
      ref: str(t.ref),
      versions: listIn(t.versions, "version")
    }))
  };
}

// src/parsers/vuln-fields.ts
function maxOf(values) {
  let defined = values.filter((x) => x !== void 0);
  return defined.length > 0 ? Math.max(...defined) : void 0;
}
function cweList(values) {
  return values.map(normaliseCwe).filter((c) => !!c);
}
function severityOf(word, cvss) {
  let fromWord = severityFromWord(word);
  return fromWord === "unknown" ? severityFromCvss(cvss) : fromWord;
}
function titleOf(description) {
  if (description === void 0) return;
  let cut = /\n|\.\s/.exec(description), end = cut === null ? description.length : cut.index + (cut[0] === `
` ? 0 : 1), first = description.slice(0, end).trim();
  if (first)
    return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
function ghsaIn(text2) {
  return /GHSA(?:-[0-9a-z]{4}){3}/i.exec(text2 ?? "")?.[0];
}

// src/parsers/cyclonedx.ts
var TOOL2 = "cyclonedx", SUPPRESSING_STATES = /* @__PURE__ */ new Set(["not_affected", "false_positive"]), OS_PURL = /^pkg:(deb|rpm|apk|alpm)\//, xmlBoms = /* @__PURE__ */ new WeakMap();
function bomOf(input) {
  if (input.syntax !== "xml") return input.json;
  let bom = xmlBoms.get(input);
  return bom || (bom = bomFromXml(input.text, input.path), xmlBoms.set(input, bom)), bom;
}
var cyclonedx = {
  id: "cyclonedx",
  description: "CycloneDX 1.4+ JSON or XML with vulnerabilities (trivy --format cyclonedx, grype -o cyclonedx-json, ...)",
  layers: ["dependency", "image"],
  detect(input) {
    return input.syntax === "xml" ? isCycloneDxXml(input.text) : isObject(input.json) && input.json.bomFormat === "CycloneDX";
  },
  parse(input) {
    needShape(cyclonedx.detect(input), "CycloneDX", "bomFormat CycloneDX", input.path);
    let bom = bomOf(input), components = indexComponents(bom), metadata = isObject(bom.metadata) ? bom.metadata : {}, subject = isObject(metadata.component) ? metadata.component : {}, inImage = str(subject.type) === "container", ctx = { components, inImage, target: str(subject.name), report: input.path };
    return objects(bom.vulnerabilities).flatMap((v) => {
      let affects = objects(v.affects);
      return (affects.length > 0 ? affects : [{}]).map((a) => finding(v, a, ctx));
    });
  },
  timestamp(input) {
    let bom = bomOf(input);
    return isObject(bom.metadata) ? date(bom.metadata.timestamp) : void 0;
  }
};
function indexComponents(bom) {
  let index = /* @__PURE__ */ new Map(), visit2 = (list2) => {
    for (let c of objects(list2)) {
      for (let key of [str(c["bom-ref"]), str(c.purl)]) key && index.set(key, c);
      visit2(c.components);
    }
  };
  return visit2(bom.components), index;
}
function finding(v, affect, ctx) {
  let id = str(v.id) ?? str(v["bom-ref"]) ?? "unknown-vulnerability", ratings = objects(v.ratings), cvss = maxOf(ratings.filter((r) => !/v2/i.test(str(r.method) ?? "")).map((r) => num(r.score))) ?? maxOf(ratings.map((r) => num(r.score))), word = ratings.map((r) => severityFromWord(r.severity)).sort((a, b) => severityRank(b) - severityRank(a))[0], pkg = packageOf(str(affect.ref), ctx.components), unaffected = objects(affect.versions).filter((x) => str(x.status) === "unaffected").map((x) => str(x.version)).filter((x) => !!x), recommendation = str(v.recommendation), layer = ctx.inImage || OS_PURL.test(pkg?.purl ?? "") ? "image" : "dependency", description = str(v.description) ?? str(v.detail), f = makeFinding(
    {
      tool: TOOL2,
      layer,
      id,
      aliases: objects(v.references).map((r) => str(r.id)).filter((x) => !!x),
      title: titleOf(description) ?? id,
      description: [description, recommendation].filter(Boolean).join(`

`) || void 0,
      severity: severityOf(word, cvss),
      cvss,
      fix: {
        available: unaffected.length > 0 || /\b(upgrade|update|fixed in)\b/i.test(recommendation ?? ""),
        versions: unaffected
      },
      package: pkg,
      target: pkg ? ctx.target : str(affect.ref) ?? ctx.target,
      cwe: cweList(Array.isArray(v.cwes) ? v.cwes : []),
      url: isObject(v.source) ? str(v.source.url) : void 0
    },
    ctx.report
  ), analysis = isObject(v.analysis) ? v.analysis : {}, state = str(analysis.state);
  return state && SUPPRESSING_STATES.has(state) && (f.suppressed = {
    kind: `cyclonedx ${state}`,
    justification: [str(analysis.justification), str(analysis.detail)].filter(Boolean).join(": ") || void 0
  }), f;
}
function packageOf(ref, components) {
  if (!ref) return;
  let c = components.get(ref), purl = str(c?.purl) ?? (ref.startsWith("pkg:") ? ref : void 0), parsed3 = purl ? parsePurl(purl) : void 0, name = c ? [str(c.group), str(c.name)].filter(Boolean).join(purl?.startsWith("pkg:maven/") ? ":" : "/") : parsed3?.name;
  if (name)
    return { name, version: str(c?.version) ?? parsed3?.version, ecosystem: parsed3?.type, purl };
}
function parsePurl(purl) {
  let m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return;
  let parts = decodePercent(m[2]).split("/"), name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : void 0 };
}

// src/parsers/gitleaks.ts
import { createHash as createHash2 } from "node:crypto";

// src/parsers/redact.ts
function redactSecret(secret3) {
  let value = secret3.trim();
  return value === "" ? "" : `${value.length >= 16 ? value.slice(0, 4) : ""}\u2026(${value.length} chars)`;
}

// src/parsers/gitleaks.ts
var TOOL3 = "gitleaks";
function isV8(value) {
  return isObject(value) && typeof value.RuleID == "string" && "File" in value;
}
function isV7(value) {
  return isObject(value) && typeof value.rule == "string" && "offender" in value && "file" in value;
}
var gitleaks = {
  id: "gitleaks",
  description: "gitleaks JSON (gitleaks detect --report-format json; v7 and v8)",
  layers: ["secret"],
  detect({ json: json2 }) {
    return Array.isArray(json2) && json2.length > 0 && (json2.every(isV8) || json2.every(isV7));
  },
  parse({ json: json2, path: path2 }) {
    if (json2 === null) return [];
    if (!Array.isArray(json2)) throw new GateError("a gitleaks report is an array", { file: path2 });
    let leaks = json2.map((entry) => {
      if (isV8(entry)) return v8(entry);
      if (isV7(entry)) return v7(entry);
      throw new GateError(
        "every gitleaks entry needs RuleID and File (v8) or rule, offender and file (v7)",
        { file: path2 }
      );
    });
    return mergeSameSecret(leaks).map((leak) => finding2(leak, path2));
  }
};
function secretFields(raw) {
  return {
    redacted: redactSecret(raw),
    secretHash: createHash2("sha256").update(raw).digest("hex")
  };
}
function v8(e) {
  return {
    rule: str(e.RuleID),
    description: str(e.Description),
    ...secretFields(str(e.Secret) ?? str(e.Match) ?? ""),
    file: str(e.File) ?? "",
    startLine: num(e.StartLine),
    endLine: num(e.EndLine),
    commit: str(e.Commit)
  };
}
function v7(e) {
  return {
    rule: str(e.rule),
    ...secretFields(str(e.offender) ?? ""),
    file: str(e.file) ?? "",
    startLine: num(e.lineNumber),
    commit: str(e.commit)
  };
}
function mergeSameSecret(leaks) {
  let seen = /* @__PURE__ */ new Map();
  for (let leak of leaks) {
    let key = [leak.secretHash, leak.file, leak.startLine].join("\0");
    seen.has(key) || seen.set(key, leak);
  }
  return [...seen.values()];
}
function finding2(leak, path2) {
  let where = leak.commit ? ` (commit ${leak.commit.slice(0, 12)})` : "";
  return makeFinding(
    {
      tool: TOOL3,
      layer: "secret",
      id: leak.rule,
      title: leak.description ?? `${leak.rule} secret`,
      description: `Secret ${leak.redacted} found${where}`,
      // gitleaks does not rate its findings: `unknown`, so the policy decides (never low).
      severity: "unknown",
      location: { path: leak.file, startLine: leak.startLine, endLine: leak.endLine }
    },
    path2
  );
}

// src/parsers/grype.ts
var TOOL4 = "grype", OS_PACKAGE_TYPES = /* @__PURE__ */ new Set(["deb", "rpm", "apk", "alpm", "portage", "linux-kernel"]), grype = {
  id: "grype",
  description: "Grype JSON (grype IMAGE|dir:PATH|sbom:FILE -o json)",
  layers: ["image", "dependency"],
  detect({ json: json2 }) {
    return !isObject(json2) || !Array.isArray(json2.matches) ? !1 : (isObject(json2.descriptor) ? json2.descriptor : {}).name === "grype" || isObject(json2.source) && "distro" in json2;
  },
  parse({ json: json2, path: path2 }) {
    needShape(isObject(json2) && Array.isArray(json2.matches), "Grype JSON", "a matches array", path2);
    let doc = json2, source = isObject(doc.source) ? doc.source : {}, image = str(source.type) === "image" ? imageName(source.target) : void 0, findings = arr(doc.matches).map((m, i) => {
      if (!isObject(m)) throw new GateError(`matches[${i}] must be an object`, { file: path2 });
      return match2(m, image, path2, i);
    });
    for (let [i, m] of objects(doc.ignoredMatches).entries()) {
      let f = match2(m, image, path2, i);
      f.suppressed = suppression(objects(m.appliedIgnoreRules)[0] ?? {}), findings.push(f);
    }
    return dedupe(findings);
  },
  timestamp: ({ json: json2 }) => isObject(json2) && isObject(json2.descriptor) ? date(json2.descriptor.timestamp) : void 0,
  stream: { arrays: ["matches", "ignoredMatches"], merge: dedupe }
};
function suppression(rule) {
  let vex = str(rule["vex-status"]);
  return {
    kind: vex ? `grype vex ${vex}` : "grype ignore rule",
    justification: str(rule["vex-justification"]) ?? str(rule.reason)
  };
}
function mavenName(purl) {
  let m = /^pkg:maven\/([^/@?#]+)\/([^/@?#]+)/.exec(purl ?? "");
  return m ? `${decodePercent(m[1])}:${decodePercent(m[2])}` : void 0;
}
function imageName(target) {
  return typeof target == "string" ? target : isObject(target) ? str(target.userInput) : void 0;
}
function match2(m, image, path2, index) {
  let v = isObject(m.vulnerability) ? m.vulnerability : {}, artifact = isObject(m.artifact) ? m.artifact : {}, id = str(v.id), name = str(artifact.name);
  if (!id || !name)
    throw new GateError(`matches[${index}] has no vulnerability.id or artifact.name`, {
      file: path2
    });
  let related = objects(m.relatedVulnerabilities), cvss = bestScore(v) ?? maxOf(related.map(bestScore)), fixes = [...strings(isObject(v.fix) ? v.fix.versions : []), ...strings([v.fixedInVersion])], fixState = isObject(v.fix) ? str(v.fix.state) : void 0, type = str(artifact.type) ?? "", layer = image || OS_PACKAGE_TYPES.has(type) ? "image" : "dependency", where = str(objects(artifact.locations)[0]?.path), description = str(v.description) ?? related.map((r) => str(r.description)).find(Boolean);
  return makeFinding(
    {
      tool: TOOL4,
      layer,
      id,
      aliases: related.map((r) => str(r.id)).filter((x) => !!x),
      title: titleOf(description) ?? id,
      description,
      severity: severityOf(v.severity, cvss),
      cvss,
      fix: { available: fixes.length > 0 || fixState === "fixed", versions: fixes },
      package: {
        name: mavenName(str(artifact.purl)) ?? name,
        version: str(artifact.version),
        ecosystem: type || void 0,
        purl: str(artifact.purl) || void 0
      },
      target: image ?? where,
      location: !image && where ? { path: where } : void 0,
      cwe: cweList(arr(v.cwes).map((c) => isObject(c) ? c.cwe : c)),
      epss: maxOf(objects(v.epss).map((e) => num(e.epss))),
      kev: arr(v.knownExploited).length > 0 || void 0,
      url: str(v.dataSource) ?? strings(v.urls)[0] ?? strings(v.links)[0]
    },
    path2
  );
}
function bestScore(v) {
  let scored = objects(v.cvss).map((c) => ({
    v3: !str(c.version)?.startsWith("2"),
    score: num(isObject(c.metrics) ? c.metrics.baseScore : void 0)
  })), legacyV3 = isObject(v.cvssV3) ? num(v.cvssV3.baseScore) : void 0, legacyV2 = isObject(v.cvssV2) ? num(v.cvssV2.baseScore) : void 0;
  return maxOf([...scored.filter((s) => s.v3).map((s) => s.score), legacyV3]) ?? maxOf([...scored.filter((s) => !s.v3).map((s) => s.score), legacyV2]);
}

// src/parsers/hadolint.ts
var TOOL5 = "hadolint";
function isViolation(value) {
  return isObject(value) && typeof value.code == "string" && typeof value.level == "string" && typeof value.file == "string" && "line" in value;
}
var hadolint = {
  id: "hadolint",
  description: "hadolint JSON (hadolint -f json Dockerfile)",
  layers: ["iac"],
  detect({ json: json2 }) {
    return Array.isArray(json2) && json2.length > 0 && json2.every(isViolation);
  },
  parse({ json: json2, path: path2 }) {
    if (!Array.isArray(json2)) throw new GateError("a hadolint report is an array", { file: path2 });
    return json2.map((v) => {
      if (!isViolation(v))
        throw new GateError("every hadolint entry needs code, level, file and line", {
          file: path2
        });
      return violation(v, path2);
    });
  }
};
function severityOf2(level) {
  return level === "style" ? "info" : severityFromWord(level);
}
function violation(v, path2) {
  let code2 = str(v.code), message = str(v.message) ?? code2;
  return makeFinding(
    {
      tool: TOOL5,
      layer: "iac",
      id: code2,
      title: message,
      severity: severityOf2(str(v.level)),
      location: { path: str(v.file).replace(/\\/g, "/"), startLine: num(v.line) },
      // DLxxxx are hadolint's own rules; SCxxxx come from ShellCheck on RUN instructions.
      url: code2.startsWith("SC") ? `https://www.shellcheck.net/wiki/${code2}` : `https://github.com/hadolint/hadolint/wiki/${code2}`
    },
    path2
  );
}

// src/parsers/kics.ts
var TOOL6 = "kics", kics = {
  id: "kics",
  description: "KICS JSON (kics scan -p DIR -o OUT --report-formats json)",
  layers: ["iac", "secret"],
  detect({ json: json2 }) {
    return isObject(json2) && Array.isArray(json2.queries) && isObject(json2.severity_counters) && ("total_counter" in json2 || "kics_version" in json2);
  },
  parse({ json: json2, path: path2 }) {
    let queries = needArray(needObject(json2, "a KICS report", path2).queries, "queries", path2);
    return objects(queries).flatMap((query) => {
      let files = needArray(query.files ?? [], "queries[].files", path2);
      return objects(files).map((file) => finding3(query, file, path2));
    });
  },
  // KICS also runs secret queries, but only IaC is claimed: it is what KICS is run for.
  coverage: ({ json: json2 }) => isObject(json2) && num(json2.files_scanned) ? ["iac"] : [],
  timestamp: ({ json: json2 }) => isObject(json2) ? date(json2.end) ?? date(json2.start) : void 0
};
function finding3(query, file, path2) {
  let id = str(query.query_id);
  if (!id) throw new GateError("a query has no query_id", { file: path2 });
  let fileName = str(file.file_name), line2 = positive(num(file.line)), expected = str(file.expected_value), actual = str(file.actual_value);
  return makeFinding(
    {
      tool: TOOL6,
      layer: str(query.category) === "Secret Management" ? "secret" : "iac",
      id,
      title: str(query.query_name) ?? id,
      description: [str(query.description), expected && `Expected: ${expected}`, actual && `Actual: ${actual}`].filter(Boolean).join(`
`) || void 0,
      // KICS severities: CRITICAL, HIGH, MEDIUM, LOW, INFO and TRACE (bill of materials).
      severity: severityFromWord(query.severity),
      cwe: [normaliseCwe(query.cwe)].filter((c) => c !== void 0),
      location: fileName ? { path: fileName, startLine: line2 } : void 0,
      target: str(file.resource_name) ?? str(file.search_key),
      url: str(query.query_url)
    },
    path2
  );
}

// src/parsers/npm-advisories.ts
function advisoryFindings(advisory, tool, report) {
  let name = str(advisory.module_name) ?? "", versions = unique(objects(advisory.findings).map((f) => str(f.version) ?? ""));
  return (versions.length > 0 ? versions : [""]).map(
    (version) => advisoryFinding(advisory, name, version || void 0, tool, report)
  );
}
function advisoryFinding(advisory, name, version, tool, report) {
  let cves = strings(advisory.cves), ghsa = str(advisory.github_advisory_id) ?? ghsaIn(str(advisory.url)), npmId = str(advisory.id), id = ghsa ?? cves[0] ?? `NPM-${npmId ?? name}`, cvss = cvssScore(advisory.cvss), patched = str(advisory.patched_versions)?.trim(), fixed2 = !!patched && patched !== "<0.0.0", paths = objects(advisory.findings).filter((f) => (str(f.version) ?? "") === (version ?? "")).flatMap((f) => strings(f.paths));
  return makeFinding(
    {
      tool,
      layer: "dependency",
      id,
      aliases: [...cves, ...ghsa ? [ghsa] : []],
      title: str(advisory.title) ?? id,
      description: describe(str(advisory.overview), paths),
      severity: severityOf(advisory.severity, cvss),
      cvss,
      fix: { available: fixed2, versions: fixed2 ? [patched] : [] },
      package: npmPackage(name, version),
      cwe: cweList(Array.isArray(advisory.cwe) ? advisory.cwe : [advisory.cwe]),
      url: str(advisory.url)
    },
    report
  );
}
function cvssScore(cvss) {
  let score2 = isObject(cvss) ? num(cvss.score) : void 0;
  return score2 || void 0;
}
function npmPackage(name, version) {
  let encoded = name.startsWith("@") ? `%40${name.slice(1)}` : name;
  return {
    name,
    version,
    ecosystem: "npm",
    purl: version ? `pkg:npm/${encoded}@${version}` : `pkg:npm/${encoded}`
  };
}
function describe(overview, paths) {
  let via = paths.length > 0 ? `Dependency paths: ${paths.slice(0, 5).join(", ")}` : "", more = paths.length > 5 ? ` (+${paths.length - 5} more)` : "";
  return [overview?.trim(), via + more].filter(Boolean).join(`

`) || void 0;
}
function advisoriesOf(doc) {
  return Object.values(isObject(doc.advisories) ? doc.advisories : {}).filter(isObject);
}
function isAdvisoriesMap(json2) {
  return isObject(json2) && isObject(json2.advisories) && ("actions" in json2 || "muted" in json2 || "metadata" in json2);
}

// src/parsers/npm-audit.ts
var TOOL7 = "npm-audit";
function isV2(json2) {
  return isObject(json2) && isObject(json2.vulnerabilities) && (json2.auditReportVersion === 2 || isObject(json2.metadata) && !("advisories" in json2));
}
var npmAudit = {
  id: "npm-audit",
  description: "npm audit --json (v1 advisories map, v2 vulnerabilities map); also pnpm audit --json and yarn 2/3 yarn npm audit --json, which write the v1 shape",
  layers: ["dependency"],
  detect: ({ json: json2 }) => isAdvisoriesMap(json2) || isV2(json2),
  parse({ json: json2, path: path2 }) {
    return isV2(json2) ? parseV2(json2, path2) : (needShape(
      isObject(json2) && isObject(json2.advisories),
      "npm audit",
      "advisories or vulnerabilities",
      path2
    ), advisoriesOf(json2).flatMap((a) => advisoryFindings(a, TOOL7, path2)));
  }
};
function parseV2(doc, path2) {
  let map = doc.vulnerabilities;
  return Object.entries(map).map(([key, entry]) => {
    if (!isObject(entry))
      throw new GateError(`vulnerabilities.${key} must be an object`, { file: path2 });
    return packageFinding(str(entry.name) ?? key, entry, map, path2);
  });
}
function packageFinding(name, entry, map, path2) {
  let via = Array.isArray(entry.via) ? entry.via : [], own = via.filter(isObject), through = via.filter((v) => typeof v == "string"), advisories = (own.length > 0 ? own : rootAdvisories(map, name, /* @__PURE__ */ new Set())).sort(
    (a, b) => rank(b) - rank(a)
  ), primary = advisories[0], ids = [...new Set(advisories.map(advisoryId))], id = ids[0] ?? `NPM-${name}`, cvss = primary ? cvssScore(primary.cvss) : void 0, notes2 = [
    own.length === 0 && primary ? `Inherited from ${str(primary.name)}: ${str(primary.title)}` : "",
    ids.length > 1 ? `Also: ${ids.slice(1).join(", ")}` : "",
    str(entry.range) ? `Vulnerable range: ${str(entry.range)}` : ""
  ];
  return makeFinding(
    {
      tool: TOOL7,
      layer: "dependency",
      id,
      title: own.length > 0 ? str(primary?.title) ?? id : `${name} depends on vulnerable ${through.join(", ")}`,
      description: notes2.filter(Boolean).join(`
`) || void 0,
      severity: severityOf(entry.severity, cvss),
      cvss,
      fix: fixOf(entry.fixAvailable, name),
      package: npmPackage(name, void 0),
      cwe: cweList(advisories.flatMap((a) => Array.isArray(a.cwe) ? a.cwe : [a.cwe])),
      url: str(primary?.url)
    },
    path2
  );
}
var rank = (advisory) => severityRank(severityOf(advisory.severity, void 0));
function advisoryId(advisory) {
  return ghsaIn(str(advisory.url)) ?? `NPM-${str(advisory.source) ?? str(advisory.name) ?? "advisory"}`;
}
function rootAdvisories(map, name, seen) {
  if (seen.has(name)) return [];
  seen.add(name);
  let entry = map[name];
  return !isObject(entry) || !Array.isArray(entry.via) ? [] : entry.via.flatMap(
    (v) => isObject(v) ? [v] : typeof v == "string" ? rootAdvisories(map, v, seen) : []
  );
}
function fixOf(value, name) {
  if (isObject(value)) {
    let fixName = str(value.name), version = str(value.version);
    return { available: !0, versions: version ? [fixName && fixName !== name ? `${fixName}@${version}` : version] : [] };
  }
  return { available: value === !0, versions: [] };
}

// src/parsers/osv-scanner.ts
var import_semver2 = __toESM(require_semver2(), 1);

// src/cvss.ts
var WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
}, PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } };
function cvss3BaseScore(vector) {
  let m = /^CVSS:3\.[01]\/(.*)$/.exec(vector.trim());
  if (!m?.[1]) return;
  let metrics = new Map(
    m[1].split("/").map((part) => part.split(":"))
  ), pick = (table2, key) => table2[metrics.get(key)], scope = metrics.get("S");
  if (scope !== "U" && scope !== "C") return;
  let av = pick(WEIGHTS.AV, "AV"), ac = pick(WEIGHTS.AC, "AC"), pr = pick(PR[scope], "PR"), ui = pick(WEIGHTS.UI, "UI"), c = pick(WEIGHTS.C, "C"), i = pick(WEIGHTS.I, "I"), a = pick(WEIGHTS.A, "A");
  if ([av, ac, pr, ui, c, i, a].some((w) => w === void 0)) return;
  let iss = 1 - (1 - c) * (1 - i) * (1 - a), impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  if (impact <= 0) return 0;
  let exploitability = 8.22 * av * ac * pr * ui, raw = Math.min(scope === "U" ? impact + exploitability : 1.08 * (impact + exploitability), 10);
  return roundUp(raw);
}
function roundUp(x) {
  let n = Math.round(x * 1e5);
  return n % 1e4 === 0 ? n / 1e5 : (Math.floor(n / 1e4) + 1) / 10;
}

// src/parsers/osv-scanner.ts
var TOOL8 = "osv-scanner";
function isResult(value) {
  return isObject(value) && Array.isArray(value.packages) && isObject(value.source);
}
var osvScanner = {
  id: "osv-scanner",
  description: "OSV-Scanner JSON (osv-scanner --format json -r DIR)",
  layers: ["dependency", "image"],
  detect({ json: json2 }) {
    return !isObject(json2) || !Array.isArray(json2.results) ? !1 : json2.results.length === 0 ? "experimental_config" in json2 : json2.results.every(isResult);
  },
  parse({ json: json2, path: path2 }) {
    return needShape(
      isObject(json2) && Array.isArray(json2.results),
      "OSV-Scanner",
      "a results array",
      path2
    ), objects(json2.results).flatMap((result) => {
      let source = isObject(result.source) ? result.source : {}, where = str(source.path);
      return objects(result.packages).flatMap((p) => {
        let pkg = isObject(p.package) ? p.package : {}, groups = objects(p.groups), findings = objects(p.vulnerabilities).map(
          (v) => vulnerability2(v, pkg, groups, where, path2)
        );
        return rateFromGroup(findings, groups);
      });
    });
  }
};
function vulnerability2(v, pkg, groups, where, path2) {
  let id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: path2 });
  let name = str(pkg.name), version = str(pkg.version), ecosystem = str(pkg.ecosystem), affected = objects(v.affected).filter((a) => {
    let ap = isObject(a.package) ? a.package : {};
    return !name || str(ap.name) === name;
  }), group = groups.find((g) => strings(g.ids).includes(id)), vectors = objects(v.severity).map((s) => str(s.score) ?? ""), cvss = num(group?.max_severity) ?? maxOf(vectors.map(cvss3BaseScore)), dbSpecific = isObject(v.database_specific) ? v.database_specific : {}, fixes = fixedVersions(affected, version), purl = affected.map((a) => isObject(a.package) ? str(a.package.purl) : void 0).find(Boolean), packageRef = name ? { name, version, ecosystem, purl: purl && version ? `${purl}@${version}` : purl } : void 0;
  return makeFinding(
    {
      tool: TOOL8,
      layer: ecosystemIsOs(ecosystem) ? "image" : "dependency",
      id,
      aliases: strings(v.aliases),
      title: str(v.summary) ?? titleOf(str(v.details)) ?? id,
      description: str(v.details),
      severity: severityOf(dbSpecific.severity, cvss),
      cvss,
      fix: { available: fixes.length > 0, versions: fixes },
      package: packageRef,
      // A git source (a commit, no package) is located by the scanned path.
      location: where ? { path: where } : void 0,
      target: str(pkg.commit) ?? where,
      cwe: cweList([
        ...strings(dbSpecific.cwe_ids),
        ...affected.flatMap(
          (a) => objects(isObject(a.database_specific) ? a.database_specific.cwes : []).map(
            (c) => c.cweId
          )
        )
      ]),
      url: `https://osv.dev/vulnerability/${id}`
    },
    path2
  );
}
function rateFromGroup(findings, groups) {
  for (let group of groups) {
    let ids = strings(group.ids), members = findings.filter((f) => ids.includes(f.id)), rated = members.filter((f) => f.severity !== "unknown").sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
    if (rated)
      for (let f of members)
        f.severity === "unknown" && (f.severity = rated.severity, f.cvss ??= rated.cvss);
  }
  return findings;
}
function fixedVersions(affected, installed) {
  let fixed2 = affected.flatMap(
    (a) => objects(a.ranges).flatMap((r) => objects(r.events).map((e) => str(e.fixed)))
  ), current = installed ? import_semver2.default.coerce(installed) : null;
  return [
    ...new Set(
      fixed2.filter((f) => {
        if (!f) return !1;
        let candidate = import_semver2.default.coerce(f);
        return !current || !candidate || import_semver2.default.gt(candidate, current);
      })
    )
  ];
}
function ecosystemIsOs(ecosystem) {
  return /^(Debian|Ubuntu|Alpine|Rocky Linux|AlmaLinux|Red Hat|SUSE|openSUSE|Photon OS|Mageia|Wolfi|Chainguard)/i.test(
    ecosystem ?? ""
  );
}

// src/parsers/pip-audit.ts
var TOOL9 = "pip-audit";
function isDependency(value) {
  return isObject(value) && typeof value.name == "string" && ("vulns" in value || "skip_reason" in value);
}
function dependenciesOf(json2) {
  if (Array.isArray(json2)) return json2;
  if (isObject(json2) && Array.isArray(json2.dependencies)) return json2.dependencies;
}
var pipAudit = {
  id: "pip-audit",
  description: "pip-audit -f json (object with dependencies and fixes, or the older bare array)",
  layers: ["dependency"],
  detect({ json: json2 }) {
    let deps = dependenciesOf(json2);
    return deps ? deps.length === 0 ? !Array.isArray(json2) && Object.keys(json2).every((k) => k === "dependencies" || k === "fixes") : deps.every(isDependency) : !1;
  },
  parse({ json: json2, path: path2 }) {
    return needShape(dependenciesOf(json2) !== void 0, "pip-audit", "a dependencies list", path2), (dependenciesOf(json2) ?? []).flatMap((d, i) => {
      if (!isObject(d)) throw new GateError(`dependencies[${i}] must be an object`, { file: path2 });
      return objects(d.vulns).map((v) => vulnerability3(d, v, path2));
    });
  }
};
function vulnerability3(dep, v, path2) {
  let id = str(v.id);
  if (!id) throw new GateError(`a vulnerability of ${str(dep.name)} has no id`, { file: path2 });
  let fixes = strings(v.fix_versions), name = str(dep.name) ?? "", version = str(dep.version), description = str(v.description);
  return makeFinding(
    {
      tool: TOOL9,
      layer: "dependency",
      id,
      aliases: strings(v.aliases),
      title: titleOf(description) ?? id,
      description,
      // pip-audit states no severity: unknown, which the policy maps (never silently low).
      severity: severityOf(v.severity, void 0),
      fix: { available: fixes.length > 0, versions: fixes },
      package: {
        name,
        version,
        ecosystem: "pypi",
        purl: version ? `pkg:pypi/${name.toLowerCase()}@${version}` : void 0
      }
    },
    path2
  );
}

// src/parsers/sarif-rules.ts
var LEVEL_WORDS = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]);
function severityOf3(result, rule) {
  let bags = [props(result), props(rule)];
  for (let bag of bags) {
    for (let key of ["severity", "issue_severity", "Severity"]) {
      let word = severityFromWord(bag[key]);
      if (word !== "unknown") return { severity: word, cvss: cvssOf(bags) };
    }
    let tag = strings(bag.tags).find((t) => LEVEL_WORDS.has(t.toLowerCase()));
    if (tag) return { severity: severityFromWord(tag), cvss: cvssOf(bags) };
  }
  let cvss = cvssOf(bags);
  if (cvss !== void 0) return { severity: severityFromCvss(cvss), cvss };
  let config = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration : {};
  return { severity: severityFromWord(str(result.level) ?? str(config.level)) };
}
function cvssOf(bags) {
  for (let bag of bags) {
    let score2 = num(bag["security-severity"]) ?? num(bag.cvssv3_baseScore);
    if (score2 !== void 0) return score2;
  }
}
function props(value) {
  return value && isObject(value.properties) ? value.properties : {};
}
function cwesOf(result, rule) {
  let texts = [];
  for (let bag of [props(result), props(rule)])
    texts.push(...strings(bag.tags), ...strings(bag.cwe), ...strings([bag.cwe]));
  for (let rel of arr(rule?.relationships))
    isObject(rel) && isObject(rel.target) && texts.push(str(rel.target.id) ?? "");
  let cwes = texts.flatMap(
    (t) => [...t.matchAll(/\bcwe[-_/ ]?0*(\d+)/gi)].map((m) => `CWE-${m[1]}`)
  );
  return unique(cwes);
}
var SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|ggshield|secret/i, IAC_TOOLS = /checkov|kics|tfsec|terrascan|tflint|kube-?score|kubesec|kube-linter|hadolint|cfn[-_ ]?(lint|nag)|snyk ?iac|defsec|datree|polaris/i, IMAGE_TOOLS = /dockle|clair|docker scout|snyk container/i, DEPENDENCY_TOOLS = /osv-scanner|dependency-check|snyk open source|retire|safety|audit/i, OS_MATCHER = /^(apk|dpkg|rpm|portage)/i;
function layerOf2(tool, rule) {
  let ruleName = str(rule?.name) ?? "";
  if (/^trivy$/i.test(tool)) {
    let tags = strings(props(rule).tags).map((t) => t.toLowerCase());
    return tags.includes("misconfiguration") ? "iac" : tags.includes("secret") ? "secret" : tags.includes("license") ? "license" : /^OsPackage/.test(ruleName) ? "image" : "dependency";
  }
  return /^grype$/i.test(tool) ? OS_MATCHER.test(ruleName) ? "image" : "dependency" : SECRET_TOOLS.test(tool) ? "secret" : IAC_TOOLS.test(tool) ? "iac" : IMAGE_TOOLS.test(tool) ? "image" : DEPENDENCY_TOOLS.test(tool) ? "dependency" : "code";
}
var VULN_ID = /^(CVE-\d{4}-\d+|GHSA(?:-[a-z0-9]{4}){3})/i;
function packageOf2(tool, ruleId, message) {
  if (/^trivy$/i.test(tool)) {
    let name = /^Package: (.+)$/m.exec(message)?.[1], version = /^Installed Version: (.+)$/m.exec(message)?.[1];
    if (!name) return;
    let fixVersions2 = commaList(/^Fixed Version: (.*)$/m.exec(message)?.[1]);
    return { id: ruleId, package: { name: name.trim(), version: version?.trim() }, fixVersions: fixVersions2 };
  }
  if (/^grype$/i.test(tool)) {
    let m = / reports (\S+) at version (\S+)/.exec(message), id = VULN_ID.exec(ruleId)?.[1];
    return !m || !id ? void 0 : { id, package: { name: m[1], version: m[2] }, fixVersions: [] };
  }
}

// src/parsers/sarif.ts
var sarif = {
  id: "sarif",
  description: "SARIF 2.1.0 from any tool (codeql, semgrep, snyk code, gitleaks, trivy, grype...)",
  layers: ["code", "secret", "iac", "image", "dependency", "license"],
  detect({ json: json2 }) {
    return !isObject(json2) || !Array.isArray(json2.runs) ? !1 : str(json2.version)?.startsWith("2.1") === !0 || /sarif/i.test(str(json2.$schema) ?? "");
  },
  parse({ json: json2, path: path2 }) {
    return needArray(needObject(json2, "a SARIF log", path2).runs, "runs", path2).flatMap((run) => {
      if (!isObject(run)) throw new GateError("runs[] entries must be objects", { file: path2 });
      return parseRun(run, path2);
    });
  },
  coverage({ json: json2 }) {
    return unique(objects(isObject(json2) ? json2.runs : []).flatMap(runLayers));
  },
  // Results are independent of each other; the run's rules stay in the streamed skeleton.
  stream: { arrays: ["runs[].results"] },
  timestamp({ json: json2 }) {
    return oldest(
      objects(isObject(json2) ? json2.runs : []).flatMap((run) => objects(run.invocations)).map((inv) => date(inv.endTimeUtc) ?? date(inv.startTimeUtc))
    );
  }
};
function runLayers(run) {
  let tool = isObject(run.tool) ? run.tool : {}, driver = isObject(tool.driver) ? tool.driver : {}, name = str(driver.name) ?? "";
  return /^(trivy|grype)$/i.test(name) ? objects(driver.rules).map((r) => layerOf2(name, r)) : name ? [layerOf2(name, void 0)] : [];
}
function parseRun(run, path2) {
  let tool = isObject(run.tool) ? run.tool : {}, driver = isObject(tool.driver) ? tool.driver : void 0;
  if (!driver) throw new GateError("a run has no tool.driver", { file: path2 });
  let ctx = {
    tool: (str(driver.name) ?? "sarif").toLowerCase(),
    rules: new RuleIndex(driver, objects(tool.extensions)),
    path: path2
  }, results = run.results ?? [];
  return needArray(results, "runs[].results", path2), objects(results).filter((r) => (str(r.kind) ?? "fail") === "fail").flatMap((r) => resultFindings(r, ctx));
}
var RuleIndex = class {
  constructor(driver, extensions) {
    this.driver = driver;
    this.extensions = extensions;
    for (let component2 of [driver, ...extensions])
      for (let rule of objects(component2.rules)) {
        let id = str(rule.id);
        id && !this.byId.has(id) && this.byId.set(id, rule);
      }
  }
  driver;
  extensions;
  byId = /* @__PURE__ */ new Map();
  of(result) {
    let ref = isObject(result.rule) ? result.rule : {}, component2 = isObject(ref.toolComponent) ? num(ref.toolComponent.index) : void 0, rules = objects(
      component2 === void 0 ? this.driver.rules : this.extensions[component2]?.rules
    ), index = num(result.ruleIndex) ?? num(ref.index), byIndex = index === void 0 ? void 0 : rules[index], id = str(result.ruleId) ?? str(ref.id);
    return byIndex ?? (id ? this.byId.get(id) : this.byMessage(result));
  }
  /** gitleaks 7 names no rule: its message is "<rule id> secret detected". */
  byMessage(result) {
    let message = isObject(result.message) ? str(result.message.text) ?? "" : "", longest = [...this.byId.keys()].filter((id) => message.startsWith(`${id} `)).sort((a, b) => b.length - a.length)[0];
    return longest === void 0 ? void 0 : this.byId.get(longest);
  }
};
function resultFindings(result, ctx) {
  let rule = ctx.rules.of(result), message = messageText(result, rule), id = str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : void 0) ?? str(rule?.id) ?? (firstLine(message) || "sarif-result"), vuln = packageOf2(ctx.tool, id, message), { severity, cvss } = severityOf3(result, rule), base = {
    tool: ctx.tool,
    layer: layerOf2(ctx.tool, rule),
    id: vuln?.id ?? id,
    ruleId: vuln && vuln.id !== id ? id : void 0,
    title: text(rule?.shortDescription) ?? (firstLine(message) || id),
    description: message || text(rule?.fullDescription),
    severity,
    cvss,
    cwe: cwesOf(result, rule),
    url: str(rule?.helpUri) ?? urlIn(text(rule?.help)),
    package: vuln?.package,
    fix: vuln ? { available: vuln.fixVersions.length > 0, versions: vuln.fixVersions } : void 0,
    suppressed: suppressionOf(result)
  }, locations = objects(result.locations).map(locationOf), fallback = artifactPath(result.analysisTarget);
  locations.length === 0 && locations.push(fallback ? { path: fallback } : void 0);
  let hash = contentHashOf(result);
  return locations.map(
    (location2, i) => makeFinding({ ...base, location: location2, contentHash: i === 0 ? hash : void 0 }, ctx.path)
  );
}
function locationOf(location2) {
  let physical = isObject(location2.physicalLocation) ? location2.physicalLocation : {}, path2 = artifactPath(physical.artifactLocation);
  if (!path2) return;
  let region = isObject(physical.region) ? physical.region : {};
  return { path: path2, startLine: num(region.startLine), endLine: num(region.endLine) };
}
function artifactPath(artifact) {
  let uri = isObject(artifact) ? str(artifact.uri) : void 0;
  if (!uri) return;
  let path2 = uri.replace(/^file:\/\/(localhost)?/i, "").replace(/^\/([A-Za-z]:\/)/, "$1");
  return decodePercent(path2);
}
function suppressionOf(result) {
  let active = objects(result.suppressions).find((s) => {
    let state = str(s.state);
    return state === void 0 || state === "accepted";
  });
  if (active)
    return {
      kind: `sarif ${str(active.kind) ?? "suppression"}`,
      justification: str(active.justification)
    };
}
function contentHashOf(result) {
  let partial = isObject(result.partialFingerprints) ? result.partialFingerprints : {}, full = isObject(result.fingerprints) ? result.fingerprints : {}, preferred = str(partial.primaryLocationLineHash);
  if (preferred) return preferred;
  for (let bag of [partial, full]) {
    let key = Object.keys(bag).sort()[0], value = key === void 0 ? void 0 : str(bag[key]);
    if (value) return `${key}:${value}`;
  }
}
function messageText(result, rule) {
  let message = isObject(result.message) ? result.message : {}, direct = str(message.text);
  if (direct) return direct.trim();
  let strings2 = isObject(rule?.messageStrings) ? rule.messageStrings : {}, template = text(strings2[str(message.id) ?? ""]);
  if (!template) return "";
  let args = arr(message.arguments).map((a) => str(a) ?? "");
  return template.replace(/\{(\d+)\}/g, (_, n) => args[Number(n)] ?? "").trim();
}
function text(value) {
  return isObject(value) && str(value.text)?.trim() || void 0;
}
function firstLine(value) {
  return (value.split(`
`)[0] ?? "").trim().slice(0, 200);
}
function urlIn(value) {
  return value && /^https?:\/\/\S+$/.test(value) ? value : void 0;
}

// src/parsers/snyk.ts
var TOOL10 = "snyk", OS_MANAGERS = /^(deb|apk|rpm|linux|debian|ubuntu|alpine|rhel|centos|amzn|sles)/i;
function isProject(value) {
  return isObject(value) && (Array.isArray(value.vulnerabilities) || Array.isArray(value.infrastructureAsCodeIssues)) && ("packageManager" in value || "projectType" in value || typeof value.ok == "boolean") && !("bomFormat" in value);
}
var snyk = {
  id: "snyk",
  description: "Snyk CLI JSON (snyk test / container test / iac test --json, with or without --all-projects)",
  layers: ["dependency", "image", "iac", "license"],
  detect({ json: json2 }) {
    return Array.isArray(json2) ? json2.length > 0 && json2.every(isProject) : isProject(json2);
  },
  parse({ json: json2, path: path2 }) {
    let projects = Array.isArray(json2) ? json2 : [json2];
    return needShape(projects.every(isProject), "Snyk", "snyk test --json projects", path2), projects.flatMap((p, i) => {
      if (!isObject(p)) throw new GateError(`project ${i} must be an object`, { file: path2 });
      return project(p, path2);
    });
  }
};
function project(p, report) {
  let container = isObject(p.docker) || str(p.projectName)?.startsWith("docker-image|") === !0, manager = str(p.packageManager), ctx = {
    report,
    layer: container || OS_MANAGERS.test(manager ?? "") ? "image" : "dependency",
    file: str(p.displayTargetFile) ?? str(p.targetFile) ?? void 0,
    target: container ? str(p.path) : str(p.projectName) ?? void 0,
    manager
  }, ignored = objects(isObject(p.filtered) ? p.filtered.ignore : []);
  return [
    ...objects(p.vulnerabilities).map((v) => vulnerability4(v, ctx)),
    // Issues a .snyk policy ignored: kept, marked suppressed with the policy's reason.
    ...ignored.map((v) => ignoredVulnerability(v, ctx)),
    // Container scans list the application dependencies found inside the image too.
    ...objects(p.applications).flatMap(
      (app) => objects(app.vulnerabilities).map(
        (v) => vulnerability4(v, {
          ...ctx,
          file: str(app.displayTargetFile) ?? str(app.targetFile) ?? ctx.file,
          manager: str(app.packageManager)
        })
      )
    ),
    ...objects(p.infrastructureAsCodeIssues).map((issue) => iacIssue(issue, p, report))
  ];
}
function vulnerability4(v, ctx) {
  let id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: ctx.report });
  let identifiers2 = isObject(v.identifiers) ? v.identifiers : {}, cvss = num(v.cvssScore), fixes = strings(v.fixedIn), manager = str(v.packageManager) ?? ctx.manager, epss = isObject(v.epssDetails) ? num(v.epssDetails.probability) : void 0, from = strings(v.from), isLicense = str(v.type) === "license";
  return makeFinding(
    {
      tool: TOOL10,
      layer: isLicense ? "license" : ctx.layer,
      id,
      aliases: [...strings(identifiers2.CVE), ...strings(identifiers2.GHSA)],
      title: str(v.title) ?? id,
      description: from.length > 0 ? `Introduced through: ${from.join(" > ")}` : void 0,
      severity: severityOf(v.severityWithCritical ?? v.severity, cvss),
      cvss,
      fix: {
        available: fixes.length > 0 || v.isUpgradable === !0 || v.isPatchable === !0,
        versions: fixes
      },
      package: {
        name: packageName(v, manager),
        version: str(v.version),
        ecosystem: manager
      },
      location: ctx.file ? { path: ctx.file } : void 0,
      target: ctx.target,
      cwe: cweList(strings(identifiers2.CWE)),
      epss,
      url: isLicense ? strings(v.licenseTemplateUrl)[0] : `https://security.snyk.io/vuln/${id}`
    },
    ctx.report
  );
}
function packageName(v, manager) {
  let name = str(v.name) ?? str(v.packageName) ?? "";
  return OS_MANAGERS.test(manager ?? "") && name.includes("/") ? name.split("/").pop() : name;
}
function ignoredVulnerability(v, ctx) {
  let f = vulnerability4(v, ctx), rule = objects(isObject(v.filtered) ? v.filtered.ignored : [])[0] ?? {}, expires = str(rule.expires);
  return f.suppressed = {
    kind: "snyk ignore",
    justification: [str(rule.reason), expires ? `expires ${expires}` : ""].filter(Boolean).join("; ") || void 0
  }, f;
}
function iacIssue(issue, p, report) {
  let id = str(issue.publicId) ?? str(issue.id);
  if (!id) throw new GateError("an IaC issue has no id", { file: report });
  let file = str(p.targetFile) ?? str(p.targetFilePath), f = makeFinding(
    {
      tool: TOOL10,
      layer: "iac",
      id,
      title: str(issue.title) ?? id,
      description: [str(issue.issue), str(issue.impact), str(issue.resolve)].filter(Boolean).join(`
`),
      severity: severityOf(issue.severity, void 0),
      // Snyk writes lineNumber -1 when it has no line.
      location: file ? { path: file, startLine: positive(num(issue.lineNumber)) } : void 0,
      target: str(issue.msg),
      url: str(issue.documentation)
    },
    report
  );
  return issue.isIgnored === !0 && (f.suppressed = { kind: "snyk ignore" }), f;
}

// src/parsers/tfsec.ts
var TOOL11 = "tfsec";
function isResult2(value) {
  return isObject(value) && typeof value.rule_id == "string" && isObject(value.location);
}
var tfsec = {
  id: "tfsec",
  description: "tfsec JSON (tfsec DIR --format json; legacy `passed` and current `status`)",
  layers: ["iac"],
  detect({ json: json2 }) {
    return !isObject(json2) || Object.keys(json2).join() !== "results" ? !1 : json2.results === null ? !0 : Array.isArray(json2.results) && json2.results.length > 0 && json2.results.every(isResult2);
  },
  parse({ json: json2, path: path2 }) {
    let results = isObject(json2) && "results" in json2 ? json2.results ?? [] : void 0;
    if (!Array.isArray(results))
      throw new GateError("results must be an array or null", { file: path2 });
    return mergeRepeats(
      objects(results).filter(failed).map((r) => finding4(r, path2))
    );
  }
};
function failed(result) {
  let status = str(result.status);
  return status !== void 0 ? status === "failed" : result.passed !== !0;
}
function finding4(result, path2) {
  let id = str(result.rule_id), location2 = isObject(result.location) ? result.location : {}, file = str(location2.filename), links = [...strings(result.links), ...str(result.link) ? [str(result.link)] : []];
  return makeFinding(
    {
      tool: TOOL11,
      layer: "iac",
      id,
      aliases: [str(result.legacy_rule_id)].filter((x) => !!x),
      title: str(result.rule_description) ?? id,
      description: [str(result.description), str(result.impact), str(result.resolution)].filter(Boolean).join(`
`) || void 0,
      // tfsec severities: CRITICAL, HIGH, MEDIUM, LOW; legacy ERROR, WARNING, INFO.
      severity: severityFromWord(result.severity),
      location: file ? { path: file, startLine: num(location2.start_line), endLine: num(location2.end_line) } : void 0,
      target: str(result.rule_provider),
      url: links.map((l) => /https?:\/\/\S+/.exec(l)?.[0]).find(Boolean)
    },
    path2
  );
}
function mergeRepeats(findings) {
  let seen = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let key = [f.fingerprint, f.target, f.location?.endLine].join("\0");
    seen.has(key) || seen.set(key, f);
  }
  return [...seen.values()];
}

// src/parsers/trivy.ts
var TOOL12 = "trivy", FINDING_ARRAYS = [
  "Vulnerabilities",
  "ExperimentalModifiedFindings",
  "Misconfigurations",
  "Secrets",
  "Licenses"
], RESULT_PLACES = [
  "Results[]",
  "[]",
  "Resources[].Results[]",
  "Vulnerabilities[].Results[]",
  "Misconfigurations[].Results[]"
];
function isResult3(value) {
  return isObject(value) && "Target" in value;
}
function isClusterReport(doc) {
  return isObject(doc) && "ClusterName" in doc && ("Resources" in doc || "Vulnerabilities" in doc || "Misconfigurations" in doc);
}
var trivy = {
  id: "trivy",
  description: "Trivy JSON (trivy image|fs|repo|config|sbom|k8s --format json; legacy array too)",
  layers: ["image", "dependency", "iac", "secret", "license"],
  detect({ json: json2 }) {
    return isObject(json2) ? isClusterReport(json2) ? !0 : "SchemaVersion" in json2 && "ArtifactName" in json2 && !("kind" in json2) : Array.isArray(json2) && json2.length > 0 && json2.every(isResult3);
  },
  parse(input) {
    let { json: json2, path: path2 } = input;
    if (Array.isArray(json2)) return parseResults(json2, void 0, path2);
    if (isClusterReport(json2)) return parseCluster(json2, path2);
    if (!isObject(json2) || !("SchemaVersion" in json2))
      throw new GateError("is not a Trivy JSON report (no SchemaVersion)", { file: path2 });
    let doc = json2, results = doc.Results === void 0 || doc.Results === null ? [] : doc.Results;
    needArray(results, "Results", path2);
    let imageArtifact = str(doc.ArtifactType) === "container_image";
    return parseResults(
      results,
      imageArtifact ? str(doc.ArtifactName) : void 0,
      path2
    );
  },
  timestamp: ({ json: json2 }) => isObject(json2) ? date(json2.CreatedAt) : void 0,
  coverage: ({ json: json2 }) => coverage(json2),
  stream: { arrays: RESULT_PLACES.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}`)) }
};
function parseCluster(doc, path2) {
  return [
    ...objects(doc.Vulnerabilities),
    ...objects(doc.Misconfigurations),
    ...objects(doc.Resources)
  ].flatMap((resource) => {
    let name = [str(resource.Namespace), str(resource.Kind), str(resource.Name)].filter(Boolean).join("/");
    return parseResults(arr(resource.Results), void 0, path2, name);
  });
}
function parseResults(results, image, path2, resource) {
  let findings = [];
  for (let result of results) {
    if (!isObject(result)) throw new GateError("Results[] entries must be objects", { file: path2 });
    let target = str(result.Target) ?? "", cls = str(result.Class) ?? "", vulnLayer = image || cls === "os-pkgs" ? "image" : "dependency", ctx = { path: path2, target, resource, image };
    for (let v of objects(result.Vulnerabilities))
      findings.push(vulnerability5(v, vulnLayer, ctx));
    for (let v of objects(result.ExperimentalModifiedFindings)) {
      let f = modifiedFinding(v, vulnLayer, ctx);
      f && findings.push(f);
    }
    for (let m of objects(result.Misconfigurations))
      str(m.Status) === "PASS" || str(m.Status) === "EXCEPTION" || findings.push(misconfiguration(m, ctx));
    for (let s of objects(result.Secrets)) findings.push(secret(s, ctx));
    for (let l of objects(result.Licenses)) findings.push(license(l, ctx));
  }
  return findings;
}
function bestCvss(v) {
  let best;
  for (let source of Object.values(isObject(v.CVSS) ? v.CVSS : {})) {
    if (!isObject(source)) continue;
    let score2 = num(source.V40Score) ?? num(source.V3Score) ?? num(source.V2Score);
    score2 !== void 0 && (best === void 0 || score2 > best) && (best = score2);
  }
  return best;
}
function fixVersions(value) {
  return (str(value) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
function vulnerability5(v, layer, ctx) {
  let id = str(v.VulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no VulnerabilityID", { file: ctx.path });
  let cvss = bestCvss(v), word = severityFromWord(v.Severity), fixes = fixVersions(v.FixedVersion), identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {};
  return makeFinding(
    {
      tool: TOOL12,
      layer,
      id,
      aliases: strings(v.VendorIDs),
      title: str(v.Title) ?? id,
      description: str(v.Description),
      severity: word === "unknown" ? severityFromCvss(cvss) : word,
      cvss,
      fix: { available: fixes.length > 0, versions: fixes },
      package: {
        name: str(v.PkgName) ?? "",
        version: str(v.InstalledVersion),
        purl: str(identifier.PURL)
      },
      target: ctx.resource ?? ctx.image ?? ctx.target,
      location: ctx.image || !ctx.target ? void 0 : { path: ctx.target },
      cwe: strings(v.CweIDs).map(normaliseCwe).filter((c) => !!c),
      url: str(v.PrimaryURL)
    },
    ctx.path
  );
}
function modifiedFinding(m, layer, ctx) {
  let inner = isObject(m.Finding) ? m.Finding : void 0;
  if (!inner || !str(inner.VulnerabilityID)) return;
  let f = vulnerability5(inner, layer, ctx), statement = str(m.Statement);
  return f.suppressed = {
    kind: `trivy ${str(m.Type) ?? "modified"} ${str(m.Status) ?? ""}`.trim(),
    justification: [statement, str(m.Source)].filter(Boolean).join(" \u2014 ") || void 0
  }, f;
}
function misconfiguration(m, ctx) {
  let id = str(m.AVDID) ?? str(m.ID);
  if (!id) throw new GateError("a misconfiguration has no ID", { file: ctx.path });
  let cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {}, startLine = num(cause.StartLine), filePath = ctx.resource ? void 0 : ctx.target;
  return makeFinding(
    {
      tool: TOOL12,
      layer: "iac",
      id,
      aliases: [str(m.ID), str(m.AVDID)].filter((x) => !!x && x !== id),
      ruleId: str(m.ID),
      title: str(m.Title) ?? id,
      description: str(m.Message) ?? str(m.Description),
      severity: severityFromWord(m.Severity),
      location: filePath ? { path: filePath, startLine, endLine: num(cause.EndLine) } : void 0,
      target: ctx.resource ?? (str(cause.Resource) || void 0),
      url: str(m.PrimaryURL)
    },
    ctx.path
  );
}
function secret(s, ctx) {
  let id = str(s.RuleID) ?? "secret";
  return makeFinding(
    {
      tool: TOOL12,
      layer: "secret",
      id,
      title: str(s.Title) ?? id,
      // Trivy masks the match itself; we keep only its redacted form.
      description: str(s.Match),
      severity: severityFromWord(s.Severity),
      location: { path: ctx.target, startLine: num(s.StartLine), endLine: num(s.EndLine) },
      target: ctx.resource ?? ctx.image
    },
    ctx.path
  );
}
function license(l, ctx) {
  let name = str(l.Name) ?? "unknown-license", pkg = str(l.PkgName), file = str(l.FilePath);
  return makeFinding(
    {
      tool: TOOL12,
      layer: "license",
      id: name,
      title: `License ${name} (${str(l.Category) ?? "uncategorised"})`,
      severity: severityFromWord(l.Severity),
      package: pkg ? { name: pkg } : void 0,
      location: file ? { path: file } : void 0,
      target: ctx.image ?? ctx.target,
      url: str(l.Link) || void 0
    },
    ctx.path
  );
}
var CLASS_LAYER = {
  "os-pkgs": "image",
  "lang-pkgs": "dependency",
  config: "iac",
  secret: "secret",
  license: "license",
  "license-file": "license"
};
function coverage(json2) {
  let image = isObject(json2) && str(json2.ArtifactType) === "container_image", results = Array.isArray(json2) ? json2 : isClusterReport(json2) ? [json2.Vulnerabilities, json2.Misconfigurations, json2.Resources].flatMap(
    (r) => objects(r).flatMap((resource) => arr(resource.Results))
  ) : isObject(json2) ? arr(json2.Results) : [], layers = objects(results).map((r) => {
    let layer = lookup(CLASS_LAYER, str(r.Class) ?? "");
    return image && layer === "dependency" ? "image" : layer;
  });
  return image && layers.push("image"), layers.filter((l) => l !== void 0);
}

// src/parsers/trivy-operator.ts
var TOOL13 = "trivy-operator", KINDS = /* @__PURE__ */ new Map([
  ["VulnerabilityReport", "image"],
  ["ClusterVulnerabilityReport", "image"],
  ["ConfigAuditReport", "iac"],
  ["ClusterConfigAuditReport", "iac"],
  ["RbacAssessmentReport", "iac"],
  ["ClusterRbacAssessmentReport", "iac"],
  ["InfraAssessmentReport", "iac"],
  ["ClusterInfraAssessmentReport", "iac"],
  ["ExposedSecretReport", "secret"],
  ["SbomReport", void 0],
  ["ClusterSbomReport", void 0],
  ["ClusterComplianceReport", void 0]
]);
function isCrd(value) {
  return isObject(value) && KINDS.has(str(value.kind) ?? "") && (str(value.apiVersion) ?? "").startsWith("aquasecurity.github.io/");
}
function isPluralDict(value) {
  if (!isObject(value)) return !1;
  let keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => /^[a-z]+reports(\.aquasecurity\.github\.io)?$/.test(k)) && Object.values(value).every((v) => Array.isArray(v) && v.every(isCrd));
}
function isList(value) {
  return isObject(value) && value.kind === "List" && Array.isArray(value.items) && value.items.every(isCrd);
}
function crdsOf(json2) {
  if (isCrd(json2)) return [json2];
  if (isList(json2)) return objects(json2.items);
  if (isPluralDict(json2)) return Object.values(json2).flatMap(objects);
}
var trivyOperator = {
  id: "trivy-operator",
  description: "trivy-operator CRDs (kubectl get vulnerabilityreports,configauditreports,exposedsecretreports -o json)",
  layers: ["image", "iac", "secret"],
  detect: ({ json: json2 }) => (crdsOf(json2)?.length ?? 0) > 0,
  parse({ json: json2, path: path2 }) {
    let crds = crdsOf(json2);
    if (!crds)
      throw new GateError("a trivy-operator report is a CRD, a List of CRDs or a dict of them", {
        file: path2
      });
    return crds.flatMap((crd) => parseCrd(crd, path2));
  },
  coverage({ json: json2 }) {
    let layers = (crdsOf(json2) ?? []).map((crd) => KINDS.get(str(crd.kind) ?? ""));
    return unique(layers.filter((l) => l !== void 0));
  },
  timestamp({ json: json2 }) {
    return oldest(
      (crdsOf(json2) ?? []).map(
        (crd) => date(isObject(crd.report) ? crd.report.updateTimestamp : void 0)
      )
    );
  }
};
function parseCrd(crd, path2) {
  let report = isObject(crd.report) ? crd.report : {}, ctx = { resource: resourceOf(crd), image: imageOf(report), path: path2 };
  return [
    ...objects(report.vulnerabilities).map((v) => vulnerability6(v, ctx)),
    ...objects(report.checks).filter((c) => c.success !== !0).map((c) => check2(c, ctx)),
    ...objects(report.secrets).map((s) => secret2(s, ctx))
  ];
}
function resourceOf(crd) {
  let meta = isObject(crd.metadata) ? crd.metadata : {}, labels = isObject(meta.labels) ? meta.labels : {}, label = (k) => str(labels[`trivy-operator.resource.${k}`]), parts = [label("namespace") ?? str(meta.namespace), label("kind"), label("name")], named = parts.filter(Boolean).join("/");
  return parts[2] ? named : [str(meta.namespace), str(meta.name)].filter(Boolean).join("/");
}
function imageOf(report) {
  let artifact = isObject(report.artifact) ? report.artifact : {}, registry = isObject(report.registry) ? str(report.registry.server) : void 0, repo = str(artifact.repository);
  if (!repo) return;
  let ref = str(artifact.tag) ? `${repo}:${str(artifact.tag)}` : `${repo}@${str(artifact.digest)}`;
  return registry ? `${registry}/${ref}` : ref;
}
function vulnerability6(v, ctx) {
  let id = str(v.vulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no vulnerabilityID", { file: ctx.path });
  let cvss = num(v.score), word = severityFromWord(v.severity), fixes = commaList(v.fixedVersion);
  return makeFinding(
    {
      tool: TOOL13,
      layer: "image",
      id,
      title: str(v.title) ?? id,
      severity: word === "unknown" ? severityFromCvss(cvss) : word,
      cvss,
      fix: { available: fixes.length > 0, versions: fixes },
      package: {
        name: str(v.resource) ?? "",
        version: str(v.installedVersion),
        purl: str(v.pkgPURL)
      },
      target: ctx.image ?? ctx.resource,
      url: str(v.primaryLink) ?? strings(v.links)[0]
    },
    ctx.path
  );
}
function check2(c, ctx) {
  let id = str(c.checkID) ?? str(c.ID);
  if (!id) throw new GateError("a check has no checkID", { file: ctx.path });
  return makeFinding(
    {
      tool: TOOL13,
      layer: "iac",
      id,
      title: str(c.title) ?? id,
      description: [...strings(c.messages), str(c.description), str(c.remediation)].filter(Boolean).join(`
`) || void 0,
      severity: severityFromWord(c.severity),
      target: ctx.resource
    },
    ctx.path
  );
}
function secret2(s, ctx) {
  let id = str(s.ruleID) ?? "secret", file = str(s.target);
  return makeFinding(
    {
      tool: TOOL13,
      layer: "secret",
      id,
      title: str(s.title) ?? id,
      // trivy-operator masks the match itself (****); we keep only that redacted form.
      description: str(s.match),
      severity: severityFromWord(s.severity),
      location: file ? { path: file } : void 0,
      target: ctx.image ?? ctx.resource
    },
    ctx.path
  );
}

// src/parsers/yarn-audit.ts
var TOOL14 = "yarn-audit", V1_TYPES = /* @__PURE__ */ new Set(["auditAdvisory", "auditSummary", "auditAction", "info", "warning"]);
function lines(json2) {
  let all = Array.isArray(json2) ? json2 : [json2];
  return all.length > 0 && all.every(isObject) ? all : void 0;
}
function isV1(json2) {
  let ls = lines(json2);
  return !!ls && ls.every((l) => typeof l.type == "string" && V1_TYPES.has(l.type)) && ls.some((l) => l.type === "auditSummary" || l.type === "auditAdvisory");
}
function isBerry(json2) {
  let ls = lines(json2);
  return !!ls && ls.every((l) => typeof l.value == "string" && isObject(l.children) && "Severity" in l.children);
}
var yarnAudit = {
  id: "yarn-audit",
  description: "yarn audit --json (yarn 1 NDJSON) and yarn npm audit --json (yarn 4 NDJSON; yarn 2/3 write npm's v1 shape)",
  layers: ["dependency"],
  detect: ({ json: json2 }) => isV1(json2) || isBerry(json2),
  parse({ json: json2, path: path2 }) {
    return isAdvisoriesMap(json2) ? advisoriesOf(json2).flatMap((a) => advisoryFindings(a, TOOL14, path2)) : isBerry(json2) ? (lines(json2) ?? []).flatMap((l) => berryFindings(l, path2)) : (needShape(isV1(json2), "yarn audit", "NDJSON audit lines or an advisories map", path2), parseV1(lines(json2) ?? [], path2));
  }
};
function parseV1(ls, path2) {
  let byId = /* @__PURE__ */ new Map();
  for (let line2 of ls) {
    if (line2.type !== "auditAdvisory" || !isObject(line2.data)) continue;
    let advisory = line2.data.advisory;
    if (!isObject(advisory)) continue;
    let key = `${str(advisory.id)}\0${str(advisory.module_name)}`;
    byId.has(key) || byId.set(key, advisory);
  }
  return [...byId.values()].flatMap((a) => advisoryFindings(a, TOOL14, path2));
}
function berryFindings(line2, path2) {
  let c = line2.children, name = str(line2.value) ?? "", url = str(c.URL), id = ghsaIn(url) ?? str(c.ID) ?? name, versions = strings(c["Tree Versions"]);
  return (versions.length > 0 ? versions : [void 0]).map(
    (version) => makeFinding(
      {
        tool: TOOL14,
        layer: "dependency",
        id,
        title: str(c.Issue) ?? id,
        description: str(c["Vulnerable Versions"]) ? `Vulnerable versions: ${str(c["Vulnerable Versions"])}` : void 0,
        severity: severityOf(c.Severity, void 0),
        package: npmPackage(name, version),
        url
      },
      path2
    )
  );
}

// src/parsers/ztgate.ts
function validator(shape) {
  return shape === "parseOutput" ? validateParseOutput : validateFindingsDocument;
}
function isFindingsDocument(json2) {
  return isObject(json2) && json2.format === "ztgate-findings" && Array.isArray(json2.findings);
}
function isParseOutput(json2) {
  let reports2 = isObject(json2) ? json2.reports : void 0;
  return Array.isArray(reports2) && reports2.length > 0 && reports2.every((r) => isObject(r) && typeof r.format == "string" && Array.isArray(r.findings));
}
var ztgate = {
  id: "ztgate",
  description: "ztgate findings JSON (schema/findings.schema.json; also `ztgate parse -o json`)",
  layers: ["image", "dependency", "iac", "secret", "code", "license"],
  detect: ({ json: json2 }) => isFindingsDocument(json2) || isParseOutput(json2),
  parse({ json: json2, path: path2 }) {
    let validate2 = validator(isParseOutput(json2) ? "parseOutput" : "findingsDocument");
    if (!validate2(json2)) {
      let why = describe2(validate2.errors);
      throw new GateError(`does not match the ztgate findings schema: ${why}`, { file: path2 });
    }
    let doc = json2;
    return (Array.isArray(doc.reports) ? objects(doc.reports).map((r) => ({ findings: objects(r.findings) })) : [{ findings: objects(doc.findings), tool: str(doc.tool) }]).flatMap(
      (g) => g.findings.map((f, i) => finding5(f, g.tool, path2, i))
    );
  },
  // A findings document says which layers its tool scanned in `layers`; parse output per report.
  coverage({ json: json2 }) {
    let docs = isParseOutput(json2) ? objects(json2.reports) : isObject(json2) ? [json2] : [];
    return unique(docs.flatMap((d) => strings(d.layers).filter(isLayer)));
  },
  timestamp({ json: json2 }) {
    return isFindingsDocument(json2) ? date(json2.createdAt) : oldest(objects(isObject(json2) ? json2.reports : []).map((r) => date(r.createdAt)));
  }
};
function finding5(f, defaultTool, path2, i) {
  let tool = f.tool ?? defaultTool;
  if (!tool)
    throw new GateError(`findings[${i}] names no tool (set "tool" on it or on the document)`, {
      file: path2
    });
  let rest = { ...f };
  delete rest.fingerprint, delete rest.foundBy;
  let input = {
    ...rest,
    id: f.id,
    layer: f.layer,
    severity: f.severity,
    tool,
    title: f.title ?? f.id
  };
  return makeFinding(input, path2);
}
function describe2(errors) {
  let e = errors?.[0];
  if (!e) return "invalid";
  let where = e.instancePath || "/", extra = isObject(e.params) && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : "";
  return `${where} ${e.message ?? "is invalid"}${extra}`;
}

// src/parsers/index.ts
var PARSERS = [
  trivy,
  grype,
  npmAudit,
  yarnAudit,
  pipAudit,
  osvScanner,
  snyk,
  cyclonedx,
  checkov,
  sarif,
  kics,
  tfsec,
  trivyOperator,
  gitleaks,
  hadolint,
  ztgate
];
function parserById(id) {
  return PARSERS.find((p) => p.id === id);
}
function detectParser(input, forced) {
  if (forced) {
    let parser2 = parserById(forced);
    if (!parser2)
      throw new GateError(`unknown format "${forced}" (see \`ztgate formats\`)`, {
        file: input.path
      });
    return parser2;
  }
  let parser = PARSERS.find((p) => p.detect(input));
  if (!parser)
    throw new GateError(
      "unrecognised format: not a report of any supported scanner (see `ztgate formats`, or force one with FORMAT:PATH)",
      { file: input.path }
    );
  return parser;
}

// src/parsers/error-report.ts
function rejectErrorReport(input) {
  let found = errorOf(input.json);
  if (found)
    throw new GateError(
      `is an error report, not scan results: ${found.code}${found.message ? ` (${found.message})` : ""}`,
      { file: input.path },
      found.code
    );
}
function errorOf(json2) {
  if (isObject(json2) && isObject(json2.error) && Object.keys(json2).length <= 2) {
    let e = json2.error;
    return { code: str(e.code) ?? "error", message: firstLine2(str(e.summary) ?? str(e.message)) };
  }
  if (isObject(json2) && isObject(json2.error) && typeof json2.statusCode == "number") {
    let summary = str(json2.error.summary) || str(json2.message);
    return { code: str(json2.error.code) ?? `E${json2.statusCode}`, message: firstLine2(summary) };
  }
  let snykError = (Array.isArray(json2) ? json2 : [json2]).find(isSnykError);
  if (snykError)
    return { code: str(snykError.code) ?? "snyk-error", message: firstLine2(str(snykError.error)) };
  if (Array.isArray(json2) || isObject(json2) && json2.type === "error") {
    let lines2 = (Array.isArray(json2) ? json2 : [json2]).filter(isObject), error = lines2.find((l) => l.type === "error"), hasData = lines2.some((l) => l.type === "auditAdvisory" || l.type === "auditSummary");
    if (error && !hasData) {
      let data = str(error.data) ?? "";
      return { code: /\b(E[A-Z0-9_]{3,})\b/.exec(data)?.[1] ?? "yarn-error", message: firstLine2(data) };
    }
  }
}
function isSnykError(value) {
  return isObject(value) && value.ok === !1 && typeof value.error == "string" && !("vulnerabilities" in value);
}
function firstLine2(text2) {
  return text2?.split(`
`)[0]?.slice(0, 200);
}

// src/stream/index.ts
import { closeSync, openSync, readSync as readSync3 } from "node:fs";

// src/stream/elements.ts
import { readSync } from "node:fs";
var BLOCK_BYTES = 4 << 20;
function* elementBatches(fd, array, file, blockBytes = BLOCK_BYTES) {
  let buf = Buffer.alloc(blockBytes), i = 0;
  for (; i < array.length; ) {
    let blockStart = array.starts[i], j = i + 1;
    for (; j < array.length && array.ends[j] - blockStart <= blockBytes; ) j++;
    let blockEnd = array.ends[j - 1];
    blockEnd - blockStart > buf.length && (buf = Buffer.alloc(blockEnd - blockStart)), readSync(fd, buf, 0, blockEnd - blockStart, blockStart);
    let text2 = buf.toString("utf8", 0, blockEnd - blockStart), batch;
    try {
      batch = JSON.parse(`[${text2}]`);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the elements from byte ${blockStart})`,
        { file }
      );
    }
    if (batch.length !== j - i)
      throw new GateError(`is not valid JSON: elements from byte ${blockStart} are malformed`, {
        file
      });
    yield batch, i = j;
  }
}

// src/stream/paths.ts
var ANY_INDEX = /* @__PURE__ */ Symbol("[]");
function compilePattern(text2) {
  let out = [];
  for (let part of text2.split(".")) {
    let m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new Error(`invalid stream path "${text2}"`);
    m[1] && out.push(m[1]);
    for (let i = 0; i < (m[2]?.length ?? 0) / 2; i++) out.push(ANY_INDEX);
  }
  return out;
}
function segmentMatches(segment, key) {
  return segment === ANY_INDEX ? typeof key == "number" : segment === key;
}
function roleOf(place, patterns) {
  let role = "whole";
  for (let pattern of patterns) {
    if (place.length > pattern.length) continue;
    let matches = !0;
    for (let i = 0; i < place.length; i++)
      if (!segmentMatches(pattern[i], place[i])) {
        matches = !1;
        break;
      }
    if (matches) {
      if (place.length === pattern.length) return "stream";
      role = "walk";
    }
  }
  return role;
}
function describePlace(place) {
  return "$" + place.map((k) => typeof k == "number" ? `[${k}]` : `.${k}`).join("");
}

// src/stream/scan.ts
import { readSync as readSync2 } from "node:fs";
var QUOTE = 34, BACKSLASH = 92, LBRACE = 123, RBRACE = 125, LBRACKET = 91, RBRACKET = 93, COMMA = 44, COLON = 58, CHUNK_BYTES = 8 << 20, StreamedArray = class {
  constructor(place) {
    this.place = place;
  }
  place;
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  length = 0;
  push(start, end) {
    if (this.length === this.starts.length) {
      let grow = (a) => {
        let b = new Float64Array(a.length * 2);
        return b.set(a), b;
      };
      this.starts = grow(this.starts), this.ends = grow(this.ends);
    }
    this.starts[this.length] = start, this.ends[this.length++] = end;
  }
}, NotOneDocument = class extends Error {
  constructor() {
    super("more than one JSON value");
  }
};
var STRUCTURAL = new Uint8Array(256);
for (let c of [QUOTE, LBRACE, RBRACE, LBRACKET, RBRACKET]) STRUCTURAL[c] = 1;
var isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9, isScalarEnd = (c) => c === COMMA || c === RBRACE || c === RBRACKET || isSpace(c);
function scanDocument(fd, options) {
  return new Scanner(fd, options).run();
}
var Scanner = class {
  constructor(fd, options) {
    this.fd = fd;
    this.options = options;
    this.buf = Buffer.alloc(options.chunkBytes ?? CHUNK_BYTES);
  }
  fd;
  options;
  stack = [];
  arrays = [];
  root;
  state = 0 /* Value */;
  allowClose = !1;
  /** Start of the value (or key) being read whole. */
  valueStart = 0;
  depth = 0;
  inString = !1;
  /** The previous chunk ended inside a string on an unpaired backslash. */
  escape = !1;
  buf;
  base = 0;
  n = 0;
  run() {
    let position = this.options.start;
    for (; ; ) {
      let n = readSync2(this.fd, this.buf, 0, this.buf.length, position);
      if (n === 0) break;
      this.base = position, this.n = n, this.scanChunk(), position += n;
    }
    if (this.state === 7 /* WholeScalar */ && this.stack.length === 0 && this.endWhole(position), this.state !== 8 /* Done */)
      throw new GateError(`is not valid JSON: unexpected end of input at byte ${position}`, {
        file: this.options.file
      });
    return { value: this.root, arrays: this.arrays };
  }
  scanChunk() {
    let { buf, n } = this, i = 0;
    for (; i < n; )
      switch (this.state) {
        case 5 /* Whole */:
          i = this.skipNested(i);
          break;
        case 6 /* WholeString */:
        case 3 /* KeyString */: {
          let q = this.skipString(i);
          if (q < 0) return;
          i = q + 1, this.state === 3 /* KeyString */ ? this.endKey(this.base + i) : this.endWhole(this.base + i);
          break;
        }
        case 7 /* WholeScalar */:
          for (; i < n && !isScalarEnd(buf[i]); ) i++;
          i < n && this.endWhole(this.base + i);
          break;
        default: {
          let c = buf[i];
          isSpace(c) ? i++ : i = this.structural(c, i);
        }
      }
  }
  /** One significant byte outside any value being read whole. */
  structural(c, i) {
    switch (this.state) {
      case 0 /* Value */:
        return this.allowClose && c === RBRACKET ? this.close(c, i) : (this.startValue(c, i), i + 1);
      case 2 /* Key */:
        return this.allowClose && c === RBRACE ? this.close(c, i) : (c !== QUOTE && this.unexpected(c, i), this.valueStart = this.base + i, this.state = 3 /* KeyString */, i + 1);
      case 4 /* Colon */:
        return c !== COLON && this.unexpected(c, i), this.state = 0 /* Value */, this.allowClose = !1, i + 1;
      case 1 /* AfterValue */: {
        let top = this.stack[this.stack.length - 1];
        return top ? c === COMMA ? (this.state = Array.isArray(top.container) ? 0 /* Value */ : 2 /* Key */, this.allowClose = !1, i + 1) : this.close(c, i) : this.unexpected(c, i);
      }
      case 8 /* Done */:
        throw new NotOneDocument();
      default:
        return this.unexpected(c, i);
    }
  }
  startValue(c, i) {
    let top = this.stack[this.stack.length - 1];
    if (this.valueStart = this.base + i, !top?.streamed && (c === LBRACE || c === LBRACKET)) {
      let place = top ? [...top.place, placeKey(top)] : [], role = roleOf(place, this.options.patterns);
      if (role === "walk" || role === "stream" && c === LBRACKET) {
        let container = c === LBRACE ? {} : [], frame = { container, place, key: "" };
        role === "stream" && (frame.streamed = new StreamedArray(place), this.arrays.push(frame.streamed)), this.assign(container), this.stack.push(frame), this.state = c === LBRACE ? 2 /* Key */ : 0 /* Value */, this.allowClose = !0;
        return;
      }
    }
    c === LBRACE || c === LBRACKET ? (this.state = 5 /* Whole */, this.depth = 1) : c === QUOTE ? this.state = 6 /* WholeString */ : c === RBRACE || c === RBRACKET || c === COMMA || c === COLON ? this.unexpected(c, i) : this.state = 7 /* WholeScalar */;
  }
  close(c, i) {
    let top = this.stack.pop(), want = top && Array.isArray(top.container) ? RBRACKET : RBRACE;
    return !top || c !== want ? this.unexpected(c, i) : (this.afterValue(), i + 1);
  }
  afterValue() {
    this.state = this.stack.length === 0 ? 8 /* Done */ : 1 /* AfterValue */, this.allowClose = !1;
  }
  /** Inside an object or array read whole: only strings and bracket depth matter. */
  skipNested(from) {
    let { buf, n } = this, i = from;
    if (this.inString) {
      let q = this.skipString(i);
      if (q < 0) return n;
      this.inString = !1, i = q + 1;
    }
    for (; i < n; ) {
      for (; i < n && STRUCTURAL[buf[i]] === 0; ) i++;
      if (i === n) break;
      let c = buf[i];
      if (c === QUOTE) {
        let q = this.skipString(i + 1);
        if (q < 0)
          return this.inString = !0, n;
        i = q + 1;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) this.depth++;
      else if ((c === RBRACE || c === RBRACKET) && --this.depth === 0)
        return this.endWhole(this.base + i + 1), i + 1;
      i++;
    }
    return n;
  }
  /** Index of the quote that closes the string, or -1 when it goes on into the next chunk. */
  skipString(from) {
    let { buf, n } = this, i = from;
    for (this.escape && (this.escape = !1, i++); ; ) {
      let q = i < n ? buf.indexOf(QUOTE, i) : -1;
      q >= n && (q = -1);
      let stop = q === -1 ? n : q, run = 0;
      for (let k = stop - 1; k >= i && buf[k] === BACKSLASH; k--) run++;
      if (q === -1)
        return this.escape = run % 2 === 1, -1;
      if (run % 2 === 0) return q;
      i = q + 1;
    }
  }
  endKey(end) {
    let top = this.stack[this.stack.length - 1];
    top.key = this.parseRange(this.valueStart, end), this.state = 4 /* Colon */;
  }
  endWhole(end) {
    let top = this.stack[this.stack.length - 1];
    top?.streamed ? (top.streamed.push(this.valueStart, end), top.key = "") : this.assign(this.parseRange(this.valueStart, end)), this.afterValue();
  }
  /** Puts a value into the container on top of the stack (or makes it the document). */
  assign(value) {
    let top = this.stack[this.stack.length - 1];
    top ? Array.isArray(top.container) ? top.container.push(value) : top.container[top.key] = value : this.root = value;
  }
  parseRange(start, end) {
    let { file, maxWholeBytes } = this.options;
    if (end - start > maxWholeBytes) {
      let top = this.stack[this.stack.length - 1], place = top ? describePlace([...top.place, placeKey(top)]) : "$";
      throw new GateError(
        `cannot be streamed: ${place} is ${mb(end - start)} and is not one of the arrays ztgate reads element by element (see docs/design.md, Performance)`,
        { file }
      );
    }
    let text2;
    if (start >= this.base && end <= this.base + this.n)
      text2 = this.buf.toString("utf8", start - this.base, end - this.base);
    else {
      let bytes = Buffer.alloc(end - start);
      readSync2(this.fd, bytes, 0, bytes.length, start), text2 = bytes.toString("utf8");
    }
    try {
      return JSON.parse(text2);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the value at byte ${start})`,
        { file }
      );
    }
  }
  unexpected(c, i) {
    throw new GateError(
      `is not valid JSON: unexpected "${String.fromCharCode(c)}" at byte ${this.base + i}`,
      { file: this.options.file }
    );
  }
};
function placeKey(frame) {
  return Array.isArray(frame.container) ? frame.container.length : frame.key;
}
function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

// src/stream/index.ts
var MAX_WHOLE_BYTES = 256 * 2 ** 20, MAX_STRING_BYTES = 536870888;
function streamReport(path2, size, parsers, detect, limits = {}) {
  let readWholeUpTo = limits.readWholeUpTo ?? MAX_STRING_BYTES, fd = openSync(path2, "r");
  try {
    let start = jsonStart(fd);
    if (start === void 0) {
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of UTF-16 or XML: too large to read whole, and only UTF-8 JSON is streamed`,
        { file: path2 }
      );
    }
    let patterns = parsers.flatMap((p) => (p.stream?.arrays ?? []).map(compilePattern)), skeleton;
    try {
      skeleton = scanDocument(fd, { file: path2, start, patterns, maxWholeBytes: MAX_WHOLE_BYTES });
    } catch (err) {
      if (!(err instanceof NotOneDocument)) throw err;
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of several JSON values (NDJSON): too large to read whole, and only single JSON documents are streamed`,
        { file: path2 }
      );
    }
    let input = { path: path2, text: "", syntax: "json", json: skeleton.value }, parser = detect(input);
    if (!parser.stream && size <= readWholeUpTo) return;
    let own = (parser.stream?.arrays ?? []).map(compilePattern);
    for (let array of skeleton.arrays)
      if (array.length > 0 && !own.some((p) => matchesExactly(p, array.place)))
        throw new GateError(
          `is ${mb(size)}, too large to read whole, and ${parser.id} reports cannot be streamed at ${describePlace(array.place)}`,
          { file: path2 }
        );
    let findings = parser.parse(input);
    for (let array of skeleton.arrays)
      for (let batch of elementBatches(fd, array, path2, limits.blockBytes)) {
        let json2 = withBatch(skeleton.value, array.place, 0, batch);
        for (let f of parser.parse({ ...input, json: json2 })) findings.push(f);
      }
    let merge2 = parser.stream?.merge;
    return { parser, input, findings: merge2 ? merge2(findings) : findings };
  } finally {
    closeSync(fd);
  }
}
function jsonStart(fd) {
  let head = Buffer.alloc(4), n = readSync3(fd, head, 0, 4, 0);
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255 || n >= 2 && (head[0] === 0 || head[1] === 0)) return;
  let bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0, first = bom;
  for (; first < n && [32, 10, 13, 9].includes(head[first]); ) first++;
  return head[first] === 60 ? void 0 : bom;
}
function matchesExactly(pattern, place) {
  return pattern.length === place.length && pattern.every((s, i) => typeof s == "string" ? s === place[i] : typeof place[i] == "number");
}
function withBatch(node, place, depth, batch) {
  if (depth === place.length) return batch;
  let key = place[depth];
  if (typeof key == "number")
    return [withBatch(node[key], place, depth + 1, batch)];
  let obj = node;
  return { ...obj, [key]: withBatch(obj[key], place, depth + 1, batch) };
}

// src/reports.ts
var STREAM_ABOVE_BYTES = 128 * 2 ** 20;
function parseReportArg(arg) {
  let m = /^([a-z][a-z0-9-]+):(.+)$/.exec(arg);
  return m && m[1] && m[2] && m[1].length > 1 ? { format: m[1], path: m[2] } : { path: arg };
}
function reportSize(path2) {
  try {
    let stat = statSync(path2);
    if (stat.isDirectory()) throw new GateError("is a directory, not a report", { file: path2 });
    return stat.size;
  } catch (err) {
    throw readError(err, path2);
  }
}
function readError(err, path2) {
  if (err instanceof GateError) return err;
  let code2 = err.code, why = code2 === "ENOENT" ? "does not exist" : `cannot be read (${code2 ?? String(err)})`;
  return new GateError(`report ${why}: a missing report is not a pass`, { file: path2 });
}
function readReport(request) {
  let { path: path2 } = request;
  reportSize(path2);
  let bytes;
  try {
    bytes = readFileSync2(path2);
  } catch (err) {
    throw readError(err, path2);
  }
  return decodeReport(bytes, path2);
}
function parseWith(input, forcedFormat) {
  rejectErrorReport(input);
  let parser = detectParser(input, forcedFormat);
  return { report: reportOf(parser, input, parser.parse(input)), parser };
}
function reportOf(parser, input, findings) {
  let createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: input.path, format: parser.id, findings, ...createdAt ? { createdAt } : {} };
}
function reportLayers(parser, input, findings) {
  let scanned = parser.coverage?.(input) ?? (parser.layers.length === 1 ? parser.layers : []), found = /* @__PURE__ */ new Set([...scanned, ...findings.map((f) => f.layer)]);
  return LAYERS.filter((l) => found.has(l));
}
function loadReport(request) {
  return loadWith(request, STREAM_ABOVE_BYTES).report;
}
function loadEvidence(request) {
  return loadEvidenceStreamingAbove(request, STREAM_ABOVE_BYTES);
}
function loadEvidenceStreamingAbove(request, streamAbove, limits = {}) {
  let { report, parser, input } = loadWith(request, streamAbove, limits);
  return { ...report, layers: reportLayers(parser, input, report.findings) };
}
function loadWith(request, streamAbove, limits = {}) {
  let size = reportSize(request.path);
  if (size > streamAbove) {
    let detect = (skeleton) => (rejectErrorReport(skeleton), detectParser(skeleton, request.format)), streamed = streamReport(request.path, size, PARSERS, detect, limits);
    if (streamed) {
      let { parser, input: input2, findings } = streamed;
      return { report: reportOf(parser, input2, findings), parser, input: input2 };
    }
  }
  let input = readReport(request);
  return { ...parseWith(input, request.format), input };
}

// src/run.ts
var POLICY_FILE_NAMES = ["ztgate.yml", ".ztgate.yml"];
function findPolicyPath(explicit, cwd) {
  return explicit || POLICY_FILE_NAMES.map((n) => join3(cwd, n)).find((p) => existsSync(p));
}
function resolveReportArgs(args, cwd) {
  return args.flatMap((arg) => {
    let request = parseReportArg(arg);
    return expandGlob(request.path, cwd).map((path2) => ({ ...request, path: path2 }));
  });
}
function runCheck({ reports: reports2, policy, now, root, onReport }) {
  let parsed3 = reports2.map((request, i) => (onReport?.(i, reports2.length, request.path), loadEvidence(request))), findings = dedupe(parsed3.flatMap((r) => r.findings)), summaries = parsed3.map((r) => ({
    path: r.path,
    format: r.format,
    findings: r.findings.length,
    layers: r.layers,
    ...r.createdAt ? { createdAt: r.createdAt } : {}
  }));
  return { evaluation: evaluate(findings, policy, now, summaries, { root }), parsed: parsed3 };
}
function loadPolicyFor(explicit, cwd) {
  return loadPolicy(findPolicyPath(explicit, cwd));
}

// src/baseline-file.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve2 } from "node:path";
function readBaselineFile(file, cwd) {
  let text2;
  try {
    text2 = readFileSync3(resolve2(cwd, file), "utf8");
  } catch (err) {
    let code2 = err.code, why = code2 === "ENOENT" ? "does not exist" : `cannot be read (${code2 ?? String(err)})`;
    throw new GateError(`baseline ${why}`, { file });
  }
  return parseBaseline(text2, file);
}

// src/reporters/grouping.ts
var VERDICT_DISPLAY_ORDER = [
  "block",
  "warn",
  "waived",
  "info",
  "ignored"
];
function assetOf(e) {
  if (e.asset) return e.asset;
  let f = e.finding;
  return f.target || f.location?.path || f.foundBy[0]?.report || "(unknown)";
}
function ruleOf(e) {
  return e.rule ? e.rule : e.finding.suppressed ? "suppressed-by-scanner" : "default-action";
}
function failsGate(e, evaluation) {
  if (e.baseline === "existing") return !1;
  let failOn = evaluation.policy.failOn;
  return e.verdict === "block" ? failOn !== "never" : e.verdict === "warn" && failOn === "warn";
}
function groupBy(items, key) {
  let groups = /* @__PURE__ */ new Map();
  for (let item of items) {
    let k = key(item);
    groups.set(k, [...groups.get(k) ?? [], item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// src/reporters/policy-notes.ts
var WAIVER_LABEL = {
  expired: "EXPIRED",
  "over-long": "OVER-LONG",
  unused: "UNUSED",
  "expiring-soon": "EXPIRING",
  active: void 0
};
function policyNotes(evaluation) {
  let out = [], flagged = evaluation.waivers.filter((w) => WAIVER_LABEL[w.status]);
  if (flagged.length > 0) {
    out.push(`WAIVERS (${flagged.length} need attention)`);
    for (let w of flagged) {
      let label = (WAIVER_LABEL[w.status] ?? "").padEnd(9);
      out.push(`  ${label} ${w.id} (owner ${w.owner}, ${w.source}): ${w.message}`);
    }
    out.push("");
  }
  let layers = Object.entries(evaluation.coverage).map(([l, paths]) => `${l} (${paths.length})`);
  evaluation.reports.length > 0 && out.push(`Evidence: ${layers.join(", ") || "no layer"}`);
  for (let w of evaluation.warnings) out.push(`  warning: ${w}`);
  for (let e of evaluation.errors) out.push(`  ERROR: ${e}`);
  return out;
}

// src/reporters/console.ts
var COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32, magenta: 35 };
function paint(text2, color, ctx) {
  return ctx.color ? `\x1B[${COLORS[color]}m${text2}\x1B[0m` : text2;
}
var VERDICT_COLOR = {
  block: "red",
  warn: "yellow",
  info: "blue",
  ignored: "gray",
  waived: "gray"
};
function packageLabel(f) {
  return f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
}
function placeLabel(f) {
  return f.location ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "";
}
function findingSubject(f) {
  let pkg = packageLabel(f), where = placeLabel(f);
  return pkg && where ? `${pkg} ${where}` : pkg || where;
}
var SEVERITY_COLOR = {
  critical: "magenta",
  high: "red",
  medium: "yellow",
  low: "blue",
  info: "gray",
  unknown: "gray"
}, CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
function plain(text2) {
  return text2.replace(CONTROL, "?");
}
var MAX_COLUMN = 40;
function columnsFor(findings) {
  let width = (values) => Math.min(MAX_COLUMN, Math.max(0, ...values.map((v) => v.length)));
  return {
    id: width(findings.map((e) => e.finding.id)),
    pkg: width(findings.map((e) => packageLabel(e.finding))),
    where: width(findings.map((e) => placeLabel(e.finding)))
  };
}
function line(e, cols, ctx) {
  let f = e.finding, severity = paint(f.severity.padEnd(8), SEVERITY_COLOR[f.severity], ctx), tools = [...new Set(f.foundBy.map((s) => s.tool))].join("+"), fix = f.fix?.available ? ` fix: ${f.fix.versions.join(", ") || "available"}` : "", waived = e.waiver ? ` (waived by ${e.waiver.owner} until ${e.waiver.expires})` : "", existing2 = e.baseline === "existing" ? " (existing)" : "", mark = waived || existing2 ? paint(plain(waived + existing2), "gray", ctx) : "", cells = [
    [f.id, cols.id],
    [packageLabel(f), cols.pkg],
    [placeLabel(f), cols.where]
  ].filter(([, width]) => width > 0).map(([value, width]) => plain(value).padEnd(width)), text2 = `  ${severity}  ${cells.join("  ")}  ${plain(f.title)} [${tools}]${plain(fix)}${mark}`;
  return ctx.verbosity === "verbose" && (text2 += verboseDetail(e, ctx)), text2;
}
function verboseDetail(e, ctx) {
  let f = e.finding;
  return [
    `why: ${e.reason}`,
    e.asset ? `asset: ${e.asset} (${e.classification})${e.assetVia ? ` via ${e.assetVia}` : ""}` : "",
    e.waiver ? `waiver: ${e.waiver.id} by ${e.waiver.owner} until ${e.waiver.expires}: ${e.waiver.reason}` : "",
    e.matchedRules.length > 0 ? `rules matched: ${e.matchedRules.join(", ")}` : "",
    `found by: ${f.foundBy.map((s) => `${s.tool} (${s.report})`).join(", ")}`,
    f.aliases.length > 0 ? `aliases: ${f.aliases.join(", ")}` : "",
    f.url ? `see: ${f.url}` : "",
    `fingerprint: ${f.fingerprint}${e.baseline ? ` (${e.baseline})` : ""}`
  ].filter(Boolean).map((d) => `
            ${paint(plain(d), "gray", ctx)}`).join("");
}
function groupHeader(verdict, group, ctx) {
  let existing2 = group.filter((e) => e.baseline === "existing").length, counts = existing2 > 0 ? `${group.length}: ${group.length - existing2} new, ${existing2} existing` : `${group.length}`;
  return paint(`${verdict.toUpperCase()} (${counts})`, VERDICT_COLOR[verdict], ctx);
}
function totalsLine(evaluation) {
  let c = evaluation.counts, bySeverity = SEVERITIES.filter((s) => c.bySeverity[s] > 0).map((s) => `${c.bySeverity[s]} ${s}`).join(", "), byVerdict = VERDICTS.filter((v) => c.byVerdict[v] > 0).map((v) => `${c.byVerdict[v]} ${v}`).join(", "), text2 = `${c.total} findings from ${evaluation.reports.length} reports` + (c.total > 0 ? `: ${bySeverity} | ${byVerdict}` : ""), b = evaluation.baseline;
  return b && (text2 += `
baseline ${b.file}: ${b.existing} existing, ${b.new} new, ${b.gone} fixed since`), text2;
}
var NAMED_IN_OUTCOME = 5;
function outcomeLine(evaluation, ctx) {
  let deciding = decidingFindings(evaluation), blocking2 = deciding.filter((e) => e.verdict === "block"), warnings2 = deciding.filter((e) => e.verdict === "warn").length, color = evaluation.outcome === "fail" ? "red" : evaluation.outcome === "warn" ? "yellow" : "green", word = evaluation.errors.length > 0 ? "CANNOT DECIDE (missing or stale evidence)" : { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[evaluation.outcome], ids = [...new Set(blocking2.map((e) => plain(e.finding.id)))], named = ids.length === 0 ? "" : `: ${ids.slice(0, NAMED_IN_OUTCOME).join(", ")}${ids.length > NAMED_IN_OUTCOME ? ", ..." : ""}`, scope = evaluation.baseline ? "new " : "";
  return `${paint(`ztgate: ${word}`, color, ctx)} (${blocking2.length} ${scope}blocking${named}; ${warnings2} ${scope}warning; policy ${evaluation.policy.source})`;
}
var consoleReporter = {
  id: "console",
  description: "findings grouped by verdict and severity in aligned columns, totals and the outcome",
  render(evaluation, ctx) {
    let out = [];
    if (ctx.verbosity !== "quiet") {
      let cols = columnsFor(evaluation.findings);
      for (let verdict of VERDICT_DISPLAY_ORDER) {
        let group = evaluation.findings.filter((e) => e.verdict === verdict);
        if (group.length !== 0) {
          out.push(groupHeader(verdict, group, ctx));
          for (let e of group) out.push(line(e, cols, ctx));
          out.push("");
        }
      }
      out.push(totalsLine(evaluation)), out.push(...policyNotes(evaluation));
    }
    return out.push(outcomeLine(evaluation, ctx)), out.join(`
`) + `
`;
  }
};

// src/reporters/annotations.ts
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10, LEVEL_OF = {
  block: "error",
  warn: "warning",
  info: "notice"
}, VERDICT_RANK = { block: 0, warn: 1, info: 2, waived: 3, ignored: 4 };
function repoPath(path2) {
  return path2.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
var existing = (e) => e.baseline === "existing" ? 1 : 0;
function rankedAnnotations(evaluation, changedFiles = /* @__PURE__ */ new Set()) {
  let inChange = (e) => e.finding.location && changedFiles.has(repoPath(e.finding.location.path)) ? 0 : 1;
  return evaluation.findings.filter((e) => LEVEL_OF[e.verdict]).map((e, index) => ({ e, index })).sort(
    (a, b) => VERDICT_RANK[a.e.verdict] - VERDICT_RANK[b.e.verdict] || existing(a.e) - existing(b.e) || inChange(a.e) - inChange(b.e) || severityRank(b.e.effectiveSeverity) - severityRank(a.e.effectiveSeverity) || a.index - b.index
  ).map(({ e }) => toAnnotation(e));
}
function selectAnnotations(evaluation, options = {}) {
  let limit = options.perLevel ?? WORKFLOW_ANNOTATIONS_PER_LEVEL, used = { error: 0, warning: 0, notice: 0 }, omitted = { error: 0, warning: 0, notice: 0 }, shown = [];
  for (let a of rankedAnnotations(evaluation, options.changedFiles))
    used[a.level] < limit ? (used[a.level]++, shown.push(a)) : omitted[a.level]++;
  return { shown, omitted };
}
function toAnnotation(e) {
  let f = e.finding, fix = f.fix?.available ? ` Fix: ${f.fix.versions.join(", ") || "available"}.` : "", subject = findingSubject(f);
  return {
    level: LEVEL_OF[e.verdict] ?? "notice",
    title: `ztgate ${e.verdict}: ${e.effectiveSeverity} ${f.id}`,
    message: `${f.title}${subject ? ` (${subject})` : ""}.${fix} ${capitalise(e.reason).replace(/\.$/, "")}.`,
    ...f.location ? {
      file: repoPath(f.location.path),
      startLine: f.location.startLine,
      endLine: f.location.endLine
    } : {},
    finding: e
  };
}
function capitalise(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  let list2 = [
    ["file", a.file],
    ["line", a.file ? a.startLine : void 0],
    ["endLine", a.file ? a.endLine : void 0],
    ["title", a.title]
  ].filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${a.level} ${list2}::${escapeData(a.message)}`;
}
var annotationsReporter = {
  id: "annotations",
  description: "GitHub workflow-command annotations (10 per level, blocking first)",
  render(evaluation, _ctx) {
    let { shown } = selectAnnotations(evaluation);
    return shown.map((a) => workflowCommand(a) + `
`).join("");
  }
}, CHECK_LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
function checkAnnotations(evaluation, changedFiles, max) {
  return rankedAnnotations(evaluation, changedFiles).filter((a) => a.file).slice(0, max).map((a) => {
    let start = a.startLine && a.startLine > 0 ? a.startLine : 1;
    return {
      path: a.file ?? "",
      start_line: start,
      end_line: a.endLine && a.endLine >= start ? a.endLine : start,
      annotation_level: CHECK_LEVEL[a.level],
      title: a.title.slice(0, 255),
      message: a.message.slice(0, 6e4)
    };
  });
}

// src/reporters/json.ts
var json = {
  id: "json",
  description: "the full evaluation (every finding, verdict, rule and count) as JSON",
  render: (evaluation, context) => JSON.stringify({ tool: "ztgate", version: context.version, ...evaluation }, null, 2) + `
`
};

// src/reporters/markdown-text.ts
function cell(text2, max = 120) {
  if (!text2) return "";
  let flat = text2.replace(/\s+/g, " ").trim();
  return (flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "'").replace(/@/g, "@\u200B").replace(/([\\*_[\]])/g, (m) => m === "\\" ? m : `\\${m}`);
}
function code(text2, max = 120) {
  if (!text2) return "";
  let flat = text2.replace(/\s+/g, " ").replace(/`/g, "'").trim();
  return `\`${(flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat).replace(/\|/g, "\\|")}\``;
}
function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ];
}
function details(summary, body) {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>"];
}
function sizeOf(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/reporters/markdown-policy.ts
var evidence = (ev) => {
  if (!(ev.errors.length === 0 && ev.warnings.length === 0))
    return [
      "### Evidence",
      "",
      ...ev.errors.map((e) => `- \u26D4 ${cell(e, 300)}`),
      ...ev.warnings.map((w) => `- \u26A0\uFE0F ${cell(w, 300)}`)
    ];
}, WAIVER_LABEL2 = {
  expired: "\u26D4 expired",
  "over-long": "\u26D4 over-long",
  "expiring-soon": "\u23F3 expires within 14 days",
  unused: "\u{1F4A4} unused",
  active: void 0
}, waivers = (ev, view) => {
  let flagged = ev.waivers.filter((w) => WAIVER_LABEL2[w.status]);
  if (flagged.length === 0) return;
  let rows = flagged.slice(0, Math.max(view.rows, 5)).map((w) => [
    code(w.id, 60),
    WAIVER_LABEL2[w.status] ?? "",
    cell(w.owner, 60),
    w.expires,
    String(w.findings),
    cell(w.message, 160)
  ]);
  return [
    `### Waivers that need attention (${flagged.length})`,
    "",
    ...table(["waiver", "status", "owner", "expires", "findings", "what to do"], rows)
  ];
}, coverage2 = (ev, view) => {
  if (view.variant !== "summary" && ev.errors.length === 0) return;
  let rows = LAYERS.map((l) => {
    let paths = ev.coverage[l] ?? [];
    return [
      l,
      paths.length ? `\u2705 ${plural(paths.length, "report")}` : "\u2014 no report",
      paths.slice(0, 3).map((p) => code(p, 60)).join(" ")
    ];
  });
  return ["### Layer coverage", "", ...table(["layer", "evidence", "reports"], rows)];
}, MARK = [
  ["block", "\u274C"],
  ["warn", "\u26A0\uFE0F"],
  ["info", "\u2139\uFE0F"]
], posture = (ev, view) => {
  let gating = ev.findings.filter((e) => e.controls.length > 0 && e.verdict !== "ignored");
  if (gating.length === 0 || view.rows === 0) return;
  let assetOf2 = (a) => a ?? "(no asset)", assets = [...new Set(gating.map((e) => assetOf2(e.asset)))].sort().slice(0, 8), rows = [...new Set(gating.flatMap((e) => e.controls))].sort().slice(0, 30).map((c) => [
    code(c, 40),
    ...assets.map((a) => {
      let here = gating.filter((e) => assetOf2(e.asset) === a && e.controls.includes(c));
      for (let [verdict, mark] of MARK) {
        let n = here.filter((e) => e.verdict === verdict).length;
        if (n) return `${mark} ${n}`;
      }
      return here.length ? `\u2705 ${here.length} waived` : "\u2705";
    })
  ]), body = table(["control", ...assets.map((a) => cell(a, 40))], rows);
  return view.variant === "summary" ? ["### Posture per control and asset", "", ...body] : details("Posture per control and asset", body);
};

// src/reporters/markup.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ENTITIES2 = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Line breaks as references, so that no text from a report starts a line of the output: a
  // report printed to a CI log must not begin a workflow command ("::add-mask::...").
  "\n": "&#10;",
  "\r": "&#13;"
};
function escapeMarkup(value) {
  return String(value).replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"'\n\r]/g, (c) => ENTITIES2[c] ?? c);
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(value) {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

// src/reporters/markdown-sections.ts
var HEADLINE = {
  fail: "\u274C ztgate: blocked",
  warn: "\u26A0\uFE0F ztgate: passed with warnings",
  pass: "\u2705 ztgate: passed"
}, verdictLine = (ev) => {
  let v = ev.counts.byVerdict;
  return [
    `## ${ev.errors.length ? "\u26D4 ztgate: could not decide (missing or stale evidence)" : HEADLINE[ev.outcome]}`,
    "",
    `**${plural(v.block, "blocking finding")}**, ${plural(v.warn, "warning")}, ${v.info} info, ${v.waived} waived, ${v.ignored} ignored \u2014 ${plural(ev.counts.total, "finding")} from ${plural(ev.reports.length, "report")}; policy ${code(ev.policy.source)} (fail on ${ev.policy.failOn}).`
  ];
}, baseline = (ev) => {
  let b = ev.baseline;
  if (b)
    return [
      `Baseline ${code(b.file)}: ${b.new} new, ${b.existing} existing (shown, not deciding), ${b.gone} fixed since.`
    ];
}, notes = (_ev, view) => view.notes.length ? view.notes.map((n) => `> [!NOTE]
> ${cell(n, 500)}`) : void 0, countsTable = (ev) => {
  if (ev.counts.total === 0) return;
  let layers = LAYERS.filter((l) => ev.findings.some((e) => e.finding.layer === l)), rows = SEVERITIES.filter((s) => ev.counts.bySeverity[s] > 0).map((s) => [
    s,
    ...layers.map((l) => {
      let n = ev.findings.filter((e) => e.finding.severity === s && e.finding.layer === l).length;
      return n ? String(n) : "\xB7";
    }),
    `**${ev.counts.bySeverity[s]}**`
  ]);
  return [
    "### Findings by severity and layer",
    "",
    ...table(["severity", ...layers, "total"], rows)
  ];
};
function location(f) {
  let pkg = packageLabel(f), where = placeLabel(f);
  return [pkg && code(pkg, 80), where && code(where, 100)].filter(Boolean).join("<br>");
}
function findingRow(e) {
  let f = e.finding, id = f.url && /^https:\/\//.test(f.url) ? `[${cell(f.id, 60)}](${encodeURI(wellFormed(f.url))})` : cell(f.id, 60), fix = f.fix?.available ? cell(f.fix.versions.join(", ") || "available", 60) : "none";
  return [
    e.effectiveSeverity,
    e.baseline === "existing" ? `${id} (existing)` : id,
    cell(f.title, 100),
    location(f),
    fix,
    e.rule ? code(e.rule, 60) : "default",
    e.asset ? `${cell(e.asset, 40)} (${e.classification})` : e.classification,
    cell([...new Set(f.foundBy.map((s) => s.tool))].join(", "), 40)
  ];
}
var FINDING_HEADER = [
  "severity",
  "id",
  "title",
  "package / location",
  "fix",
  "rule",
  "asset (classification)",
  "found by"
];
function findingTable(ev, view, verdicts) {
  let list2 = ev.findings.filter((e) => verdicts.includes(e.verdict)), shown = list2.slice(0, view.rows), out = shown.length ? table(FINDING_HEADER, shown.map(findingRow)) : [], rest = list2.length - shown.length;
  return rest > 0 && out.push("", `\u2026and ${plural(rest, "more finding")} not listed here${moreWhere(view)}.`), out;
}
function moreWhere(view) {
  return view.variant !== "summary" && view.runUrl ? ` (see the [job summary](${view.runUrl}))` : " (see the JSON or SARIF output)";
}
var blocking = (ev, view) => {
  if (ev.counts.byVerdict.block !== 0)
    return ["### Blocking findings", "", ...findingTable(ev, view, ["block"])];
}, warnings = (ev, view) => {
  let n = ev.counts.byVerdict.warn;
  if (n === 0) return;
  let body = findingTable(ev, view, ["warn"]);
  return view.variant === "summary" ? ["### Warnings", "", ...body] : details(`${plural(n, "warning")}`, body);
}, others = (ev, view) => {
  let v = ev.counts.byVerdict, n = v.info + v.waived + v.ignored;
  if (!(!view.others || n === 0))
    return details(
      `${plural(n, "other finding")} (${v.info} info, ${v.waived} waived, ${v.ignored} ignored)`,
      findingTable(ev, view, ["info", "waived", "ignored"])
    );
}, reports = (ev, view) => {
  if (!(view.variant !== "summary" || ev.reports.length === 0))
    return details(
      `${plural(ev.reports.length, "report")} read`,
      table(
        ["report", "format", "findings"],
        ev.reports.slice(0, 200).map((r) => [code(r.path), r.format, String(r.findings)])
      )
    );
}, footer = (ev, view) => [
  `<sub>ztgate ${cell(view.version, 20)} \xB7 evaluated ${ev.evaluatedAt}${view.variant !== "summary" && view.runUrl ? ` \xB7 [full report](${view.runUrl})` : ""}</sub>`
], SECTIONS = [
  verdictLine,
  baseline,
  notes,
  evidence,
  countsTable,
  blocking,
  waivers,
  warnings,
  posture,
  coverage2,
  others,
  reports,
  footer
];

// src/reporters/markdown.ts
var MARKDOWN_LIMITS = {
  summary: 1024 * 1024 - 1,
  // job summary: 1 MiB per step
  comment: 65535,
  // issue comment body
  check: 65534
  // check run output.summary
}, DETAIL = [
  { rows: 1e3, others: !0 },
  { rows: 100, others: !0 },
  { rows: 100, others: !1 },
  { rows: 25, others: !1 },
  { rows: 5, others: !1 },
  { rows: 0, others: !1 }
];
function renderMarkdown(evaluation, context, options) {
  let max = options.maxSize ?? MARKDOWN_LIMITS[options.variant], text2 = "";
  for (let detail of DETAIL)
    if (text2 = assemble(
      evaluation,
      {
        ...detail,
        variant: options.variant,
        notes: options.notes ?? [],
        runUrl: options.runUrl,
        version: context.version
      },
      options.marker
    ), sizeOf(text2) <= max) return text2;
  return truncate(text2, max);
}
function assemble(evaluation, view, marker) {
  let body = SECTIONS.map((s) => s(evaluation, view)).filter((p) => p !== void 0).map((p) => p.join(`
`)).join(`

`);
  return `${marker ? `${marker}
` : ""}${body}
`;
}
function truncate(text2, max) {
  let tail = `

\u2026(truncated to fit GitHub's size limit)
`, cut = text2.slice(0, Math.max(0, max - sizeOf(tail)));
  for (; sizeOf(cut) + sizeOf(tail) > max; ) cut = cut.slice(0, -1);
  return cut + tail;
}
function renderUndecidedMarkdown(reason, context, options) {
  return [
    ...options.marker ? [options.marker] : [],
    "## \u26D4 ztgate: could not decide",
    "",
    `The gate failed closed: ${cell(reason, 2e3)}`,
    "",
    "Missing, empty or unreadable evidence, or an invalid policy, is never a pass.",
    ...(options.notes ?? []).map((n) => `
> [!NOTE]
> ${cell(n, 500)}`),
    "",
    `<sub>ztgate ${cell(context.version, 20)}</sub>`
  ].join(`
`) + `
`;
}
var markdown = {
  id: "markdown",
  description: "GitHub-flavoured markdown: verdict, counts, blocking findings (the job summary)",
  render: (evaluation, context) => renderMarkdown(evaluation, context, { variant: "summary" })
};

// src/reporters/sarif.ts
import { gzipSync } from "node:zlib";
var SARIF_LIMITS = { results: 25e3, gzippedBytes: 10 * 1e3 * 1e3 }, SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", INFORMATION_URI = "https://github.com/ztgate/ztgate", LEVEL_OF2 = {
  block: "error",
  warn: "warning",
  info: "note",
  waived: "note",
  ignored: "note"
}, SCORE_OF = {
  critical: 9.5,
  high: 8,
  medium: 5.5,
  low: 2,
  info: 0,
  unknown: 0
};
function score(e) {
  return e.finding.cvss ?? SCORE_OF[e.effectiveSeverity];
}
function bounded(text2, max) {
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}
function artifactUri(path2, workspace) {
  let p = repoPath(path2), root = workspace ? repoPath(workspace).replace(/\/+$/, "") + "/" : void 0;
  return root && p.startsWith(root) && (p = p.slice(root.length)), p = p.replace(/^[A-Za-z]:\//, "").replace(/^\/+/, ""), wellFormed(p).split("/").map(encodeURIComponent).join("/");
}
function helpText(f) {
  let pkg = f.package ? `${f.package.name}${f.package.version ? ` ${f.package.version}` : ""}` : void 0, fix = f.fix?.available ? `Fixed in ${f.fix.versions.join(", ") || "a newer version"}: upgrade${pkg ? ` ${f.package?.name}` : ""}.` : f.package ? "No fixed version is known." : void 0, lines2 = [
    f.description ?? f.title,
    pkg ? `Package: ${pkg}.` : void 0,
    f.cwe.length ? `Weaknesses: ${f.cwe.join(", ")}.` : void 0,
    fix,
    f.url ? `More: ${f.url}` : void 0
  ].filter((l) => l !== void 0);
  return { text: bounded(lines2.join(`

`), 8e3) };
}
function ruleFor(e) {
  let f = e.finding;
  return {
    id: f.id,
    shortDescription: { text: bounded(f.title || f.id, 1e3) },
    fullDescription: { text: bounded(f.description ?? f.title ?? f.id, 4e3) },
    help: helpText(f),
    ...f.url && /^https?:\/\//.test(f.url) ? { helpUri: f.url } : {},
    defaultConfiguration: { level: LEVEL_OF2[e.verdict] },
    properties: {
      tags: ["security", f.layer, ...f.cwe].slice(0, 20),
      "security-severity": score(e).toFixed(1),
      precision: "high"
    }
  };
}
function resultFor(e, ruleIndex, ctx) {
  let f = e.finding, path2 = f.location?.path ?? f.foundBy[0]?.report ?? "ztgate", region = f.location?.startLine && f.location.startLine > 0 ? {
    region: {
      startLine: f.location.startLine,
      ...f.location.endLine && f.location.endLine >= f.location.startLine ? { endLine: f.location.endLine } : {}
    }
  } : {}, subject = findingSubject(f), suppressed = e.verdict === "waived" || e.verdict === "ignored";
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVEL_OF2[e.verdict],
    message: {
      text: bounded(
        `${f.title}${subject ? ` (${subject})` : ""}. ztgate: ${e.verdict}, ${e.reason.replace(/\.$/, "")}.`,
        4e3
      )
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(path2, ctx.workspace) },
          ...region
        }
      }
    ],
    partialFingerprints: { "ztgateFingerprint/v1": f.fingerprint },
    ...suppressed ? {
      suppressions: [
        {
          kind: "external",
          justification: bounded(f.suppressed?.justification ?? e.reason, 1e3)
        }
      ]
    } : {},
    properties: {
      verdict: e.verdict,
      ...e.rule ? { rule: e.rule } : {},
      severity: e.effectiveSeverity,
      layer: f.layer,
      foundBy: [...new Set(f.foundBy.map((s) => s.tool))]
    }
  };
}
function buildLog(evaluation, ctx, limit) {
  let kept = evaluation.findings.slice(0, limit), rules = [], index = /* @__PURE__ */ new Map(), results = kept.map((e) => {
    let i = index.get(e.finding.id);
    return i === void 0 ? (i = rules.push(ruleFor(e)) - 1, index.set(e.finding.id, i)) : score(e) > Number(rules[i].properties["security-severity"]) && (rules[i].properties["security-severity"] = score(e).toFixed(1)), resultFor(e, i, ctx);
  }), omitted = evaluation.findings.length - kept.length;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ztgate",
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        results,
        properties: {
          outcome: evaluation.outcome,
          policy: evaluation.policy.source,
          ...omitted > 0 ? { omittedResults: omitted } : {}
        }
      }
    ]
  };
}
function renderSarif(evaluation, ctx, limits = SARIF_LIMITS) {
  let limit = Math.min(evaluation.findings.length, limits.results);
  for (; ; ) {
    let text2 = JSON.stringify(buildLog(evaluation, ctx, limit), null, 2) + `
`;
    if (limit === 0 || gzipSync(text2).length <= limits.gzippedBytes) return text2;
    limit = Math.floor(limit / 2);
  }
}
var sarif2 = {
  id: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning (one run, tool ztgate)",
  render: (evaluation, context) => renderSarif(evaluation, context)
};

export {
  __require,
  __commonJS,
  __toESM,
  GateError,
  errorMessage,
  LAYERS,
  makeFinding,
  identifiers,
  judge,
  waiverState,
  VERDICTS,
  makeBaseline,
  serialiseBaseline,
  applyBaseline,
  decidingFindings,
  policy_schema_default,
  parseYaml,
  writeFileAtomic,
  parseOutputArg,
  BUILTIN_PACKS,
  validateTestFile,
  loadPolicy,
  loadOrigin,
  PARSERS,
  loadReport,
  findPolicyPath,
  resolveReportArgs,
  runCheck,
  loadPolicyFor,
  readBaselineFile,
  VERDICT_DISPLAY_ORDER,
  assetOf,
  ruleOf,
  failsGate,
  groupBy,
  packageLabel,
  placeLabel,
  consoleReporter,
  selectAnnotations,
  workflowCommand,
  annotationsReporter,
  checkAnnotations,
  escapeMarkup,
  json,
  plural,
  renderMarkdown,
  renderUndecidedMarkdown,
  markdown,
  renderSarif,
  sarif2 as sarif,
  VERSION
};
