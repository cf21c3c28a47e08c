import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-H2LZCDX7.js";

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
    var numeric = /^[0-9]+$/, compareIdentifiers = (a, b) => {
      if (typeof a == "number" && typeof b == "number")
        return a === b ? 0 : a < b ? -1 : 1;
      let anum = numeric.test(a), bnum = numeric.test(b);
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
      let identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length)
        return !1;
      for (let i = 0; i < identifiers.length; i++)
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0)
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
            let match2 = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match2 || match2[1] !== identifier)
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
      let prefix = highHasPre ? "pre" : "";
      return v1.major !== v2.major ? prefix + "major" : v1.minor !== v2.minor ? prefix + "minor" : v1.patch !== v2.patch ? prefix + "patch" : "prerelease";
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
      let parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
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
    var compare = require_compare(), gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module) {
    "use strict";
    var compare = require_compare(), lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module) {
    "use strict";
    var eq = require_eq(), neq = require_neq(), gt = require_gt(), gte = require_gte(), lt = require_lt(), lte = require_lte(), cmp = (a, op, b, loose) => {
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
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
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
      let match2 = null;
      if (!options.rtl)
        match2 = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      else {
        let coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL], next;
        for (; (next = coerceRtlRegex.exec(version)) && (!match2 || match2.index + match2[0].length !== version.length); )
          (!match2 || next.index + next[0].length !== match2.index + match2[0].length) && (match2 = next), coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        coerceRtlRegex.lastIndex = -1;
      }
      if (match2 === null)
        return null;
      let major = match2[2], minor = match2[3] || "0", patch = match2[4] || "0", prerelease = options.includePrerelease && match2[5] ? `-${match2[5]}` : "", build = options.includePrerelease && match2[6] ? `+${match2[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module) {
    "use strict";
    var parse = require_parse(), constants = require_constants(), SemVer = require_semver(), truncate = (version, truncation, options) => {
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
    module.exports = truncate;
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
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char), isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9", isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-", isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*", findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      let end = start + 1;
      for (; isDigit2(range[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }, findVersionNumberEndIndex = (range, start, loose, digitRuns) => !loose && range[start] === "0" ? start + 1 : findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns), findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      let digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1, limit = end + MAX_SAFE_BUILD_LENGTH;
        for (; end < limit && isIdentifierCharacter(range[end]); )
          end++;
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    }, findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      let hyphen = range[start] === "-";
      if (!loose && !hyphen)
        return start;
      let identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      for (; range[end] === "."; ) {
        let next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      for (; end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end]); )
        end++;
      return end;
    }, findBuildEndIndex = (range, start) => {
      if (range[start] !== "+")
        return start;
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1)
        return start;
      for (; range[end] === "."; ) {
        let next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component2 = 0; component2 < 3; component2++) {
        let next = findVersionNumberEndIndex(range, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component2 < 2) {
          if (range[end] !== ".")
            return start;
          end++;
        }
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !0, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findPartialVersionComponentEndIndex = (range, start, digitRuns) => isDigit2(range[start]) ? findVersionNumberEndIndex(range, start, !1, digitRuns) : isVersionStart(range[start]) ? start + 1 : start, findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component2 = 0; component2 < 2; component2++) {
        if (range[end] !== ".")
          return end;
        let next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !1, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findVersionEndIndex = (range, start, digitRuns) => {
      let fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    }, findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      return isWhitespace(range[position]) && position++, (range[position] === "<" || range[position] === ">") && position++, range[position] === "=" && position++, isWhitespace(range[position]) ? position : -1;
    }, trimComparatorWhitespace = (range) => {
      let result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      for (; cursor < range.length; ) {
        let matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range.length && isVersionPrefix(range[cursor]); )
          cursor++;
        if (!isVersionStart(range[cursor]))
          continue;
        let whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        whitespacePosition !== -1 && (result += range.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g, Range = class _Range {
      constructor(range, options) {
        if (options = parseOptions(options), range instanceof _Range)
          return range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease ? range : new _Range(range.raw, options);
        if (range instanceof Comparator)
          return this.raw = range.value, this.set = [[range]], this.formatted = void 0, this;
        if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().replace(SPACE_CHARACTERS, " "), this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length), !this.set.length)
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
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        let memoKey = ((this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE)) + ":" + range, cached = cache.get(memoKey);
        if (cached)
          return cached;
        let loose = this.options.loose, hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease)), debug("hyphen replace", range), range = trimComparatorWhitespace(range), debug("comparator trim", range), range = range.replace(re[t.TILDETRIM], tildeTrimReplace), debug("tilde trim", range), range = range.replace(re[t.CARETTRIM], caretTrimReplace), debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        loose && (rangeList = rangeList.filter((comp) => (debug("loose invalid filter", comp, this.options), !!comp.match(re[t.COMPARATORLOOSE])))), debug("range list", rangeList);
        let rangeMap = /* @__PURE__ */ new Map(), comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (let comp of comparators) {
          if (isNullSet(comp))
            return [comp];
          rangeMap.set(comp.value, comp);
        }
        rangeMap.size > 1 && rangeMap.has("") && rangeMap.delete("");
        let result = [...rangeMap.values()];
        return cache.set(memoKey, result), result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range))
          throw new TypeError("a Range is required");
        return this.set.some((thisComparators) => isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => rangeComparators.every((rangeComparator) => thisComparator.intersects(rangeComparator, options)))));
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
    var LRU = require_lrucache(), cache = new LRU(), parseOptions = require_parse_options(), Comparator = require_comparator(), debug = require_debug(), SemVer = require_semver(), trimComparatorWhitespace = require_trim_comparator_whitespace(), {
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
    var Range = require_range(), satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch {
        return !1;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module) {
    "use strict";
    var Range = require_range(), toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), maxSatisfying = (versions, range, options) => {
      let max = null, maxSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
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
    var SemVer = require_semver(), Range = require_range(), minSatisfying = (versions, range, options) => {
      let min = null, minSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
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
    var SemVer = require_semver(), Range = require_range(), gt = require_gt(), minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver) || (minver = new SemVer("0.0.0-0"), range.test(minver)))
        return minver;
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], setMin = null;
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
      return minver && range.test(minver) ? minver : null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module) {
    "use strict";
    var Range = require_range(), validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
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
    var SemVer = require_semver(), Comparator = require_comparator(), { ANY } = Comparator, Range = require_range(), satisfies = require_satisfies(), gt = require_gt(), lt = require_lt(), lte = require_lte(), gte = require_gte(), outside = (version, range, hilo, options) => {
      version = new SemVer(version, options), range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte, ltfn = gt, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options))
        return !1;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], high = null, low = null;
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
    var outside = require_outside(), gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module) {
    "use strict";
    var outside = require_outside(), ltr = (version, range, options) => outside(version, range, "<", options);
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
    module.exports = (versions, range, options) => {
      let set = [], first = null, prev = null, v = versions.sort((a, b) => compare(a, b, options));
      for (let version of v)
        satisfies(version, range, options) ? (prev = version, first || (first = version)) : (prev && set.push([first, prev]), prev = null, first = null);
      first && set.push([first, null]);
      let ranges = [];
      for (let [min, max] of set)
        min === max ? ranges.push(min) : !max && min === v[0] ? ranges.push("*") : max ? min === v[0] ? ranges.push(`<=${max}`) : ranges.push(`${min} - ${max}`) : ranges.push(`>=${min}`);
      let simplified = ranges.join(" || "), original = typeof range.raw == "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
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
      let higher2, lower, hasDomLT, hasDomGT, needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : !1, needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : !1;
      needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0 && (needDomLTPre = !1);
      for (let c of dom) {
        if (hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=", hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=", gt) {
          if (needDomGTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch && (needDomGTPre = !1), c.operator === ">" || c.operator === ">=") {
            if (higher2 = higherGT(gt, c, options), higher2 === c && higher2 !== gt)
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
    var internalRe = require_re(), constants = require_constants(), SemVer = require_semver(), identifiers = require_identifiers(), parse = require_parse(), valid = require_valid(), clean = require_clean(), inc = require_inc(), diff = require_diff(), major = require_major(), minor = require_minor(), patch = require_patch(), prerelease = require_prerelease(), compare = require_compare(), rcompare = require_rcompare(), compareLoose = require_compare_loose(), compareBuild = require_compare_build(), sort = require_sort(), rsort = require_rsort(), gt = require_gt(), lt = require_lt(), eq = require_eq(), neq = require_neq(), gte = require_gte(), lte = require_lte(), cmp = require_cmp(), coerce = require_coerce(), truncate = require_truncate(), Comparator = require_comparator(), Range = require_range(), satisfies = require_satisfies(), toComparators = require_to_comparators(), maxSatisfying = require_max_satisfying(), minSatisfying = require_min_satisfying(), minVersion = require_min_version(), validRange = require_valid2(), outside = require_outside(), gtr = require_gtr(), ltr = require_ltr(), intersects = require_intersects(), simplifyRange = require_simplify(), subset = require_subset();
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
      gte,
      lte,
      cmp,
      coerce,
      truncate,
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
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/reports/parsers/fields.ts
var NO_FIELDS = Object.freeze({});
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function str(value) {
  if (typeof value == "string")
    return value !== "" && (value.charCodeAt(0) > 32 || value.trim() !== "") ? value : void 0;
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
function list(value, what, file) {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new GateError(`${what} must be an array`, { file });
  return value;
}
function entries(value, what, file) {
  let items = list(value, what, file);
  for (let i = 0; i < items.length; i++)
    if (!isObject(items[i])) throw new GateError(`${what}[${i}] must be an object`, { file });
  return items;
}
function objects(value) {
  return arr(value).filter(isObject);
}
function strings(value) {
  let out = [];
  for (let item of arr(value)) {
    let s = str(item);
    s !== void 0 && s !== "" && out.push(s);
  }
  return out;
}
function needObject(value, what, file) {
  if (!isObject(value)) throw new GateError(`${what} must be an object`, { file });
  return value;
}
function needArray(value, what, file) {
  if (!Array.isArray(value)) throw new GateError(`${what} must be an array`, { file });
  return value;
}
function needString(value, what, file) {
  let s = str(value);
  if (s === void 0 || s === "")
    throw new GateError(`${what} must be a non-empty string`, { file });
  return s;
}
function date(value) {
  if (typeof value != "string") return;
  let d = new Date(value);
  return Number.isNaN(d.getTime()) ? void 0 : d;
}
function commaList(value) {
  let text3 = str(value);
  if (!text3) return [];
  if (!text3.includes(",")) {
    let one = text3.trim();
    return one ? [one] : [];
  }
  return text3.split(",").map((s) => s.trim()).filter(Boolean);
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
function decodePercent(text3) {
  if (!text3.includes("%")) return text3;
  try {
    return decodeURIComponent(text3);
  } catch {
    return text3;
  }
}
function providerService(provider, service) {
  let p = str(provider), s = str(service);
  return p && s ? `${p}/${s}`.toLowerCase() : void 0;
}

// src/reports/parsers/subject.ts
var DIGEST = /(?:^|@)(sha256:[0-9a-f]{64})$/i, REVISION = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function digestOf(value) {
  return (value === void 0 ? null : DIGEST.exec(value.trim()))?.[1]?.toLowerCase();
}
function revisionOf(value) {
  let v = value?.trim();
  return v !== void 0 && REVISION.test(v) ? v.toLowerCase() : void 0;
}
function subjectOf(images, digests, revisions) {
  let text3 = (values) => values.map(str).filter((v) => v !== void 0), defined = (values) => [...new Set(values)].filter((v) => v !== void 0);
  return {
    images: [...new Set(text3(images).map((i) => i.trim()))],
    digests: defined(text3(digests).map(digestOf)),
    revisions: defined(text3(revisions).map(revisionOf))
  };
}
function trivySubject(json) {
  let doc = isObject(json) ? json : {}, meta = isObject(doc.Metadata) ? doc.Metadata : {}, image = str(doc.ArtifactType) === "container_image";
  return subjectOf(
    image ? [doc.ArtifactName, ...strings(meta.RepoTags)] : [],
    [...strings(meta.RepoDigests), meta.ImageID],
    [meta.Commit]
  );
}
function grypeSubject(json) {
  let source = isObject(json) && isObject(json.source) ? json.source : {};
  if (str(source.type) !== "image" || !isObject(source.target)) return subjectOf([], [], []);
  let t = source.target;
  return subjectOf(
    [t.userInput, ...strings(t.tags)],
    [t.manifestDigest, ...strings(t.repoDigests), t.imageID],
    []
  );
}
function sarifSubject(json) {
  let revisions = objects(isObject(json) ? json.runs : []).flatMap(
    (r) => objects(r.versionControlProvenance).map((v) => v.revisionId)
  );
  return subjectOf([], [], revisions);
}
function cyclonedxSubject(bom) {
  let meta = isObject(bom.metadata) ? bom.metadata : {}, c = isObject(meta.component) ? meta.component : {}, props2 = objects(c.properties), prop = (name) => props2.filter((p) => p.name === name).map((p) => p.value), container = str(c.type) === "container";
  return subjectOf(
    container ? [c.name] : [],
    container ? [c.version, ...prop("aquasecurity:trivy:RepoDigest"), ...prop("aquasecurity:trivy:ImageID")] : [],
    []
  );
}

// src/model/fingerprint.ts
import * as crypto from "node:crypto";
function locationKey(f) {
  return f.package ? "" : f.location ? `${f.location.path}:${f.contentHash ?? f.location.startLine ?? ""}` : f.target ?? "";
}
function fingerprintOf(f) {
  let key = canonicalId(f.id, f.aliases) + "\0" + (f.package ? f.package.name.toLowerCase() : "") + "\0" + versionKey(f.package?.version) + "\0" + locationKey(f);
  return sha256Prefix(key);
}
var sha256Prefix = typeof crypto.hash == "function" ? (text3) => crypto.hash("sha256", text3, "buffer").toString("hex", 0, 8) : (text3) => crypto.createHash("sha256").update(text3).digest().toString("hex", 0, 8);
function versionKey(version) {
  return version === void 0 ? "" : version.charCodeAt(0) === 118 && isDigit(version.charCodeAt(1)) ? version.slice(1) : version;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function canonicalId(id, aliases) {
  if (isCve(id)) return id.toUpperCase();
  for (let alias of aliases) if (isCve(alias)) return alias.toUpperCase();
  return id.toUpperCase();
}
function isCve(id) {
  return id.length >= 4 && (id.charCodeAt(0) | 32) === 99 && (id.charCodeAt(1) | 32) === 118 && (id.charCodeAt(2) | 32) === 101 && id.charCodeAt(3) === 45;
}

// src/model/make-finding.ts
function makeFinding(input, report) {
  (typeof input.id != "string" || input.id === "") && missing(input, "id", report), (typeof input.title != "string" || input.title === "") && missing(input, "title", report);
  let aliases = input.aliases?.length ? aliasesOf(input.aliases, input.id) : NONE, finding9 = {
    fingerprint: "",
    tool: input.tool,
    foundBy: sourcesOf(input.tool, report),
    layer: input.layer,
    id: input.id,
    aliases,
    title: input.title,
    severity: input.severity,
    cvss: input.cvss,
    fix: input.fix && !input.fix.available && input.fix.versions.length === 0 ? NO_FIX : input.fix,
    package: input.package,
    location: input.location,
    target: input.target,
    cwe: input.cwe?.length ? input.cwe.length > 1 ? unique(input.cwe) : input.cwe : NONE,
    epss: input.epss,
    kev: input.kev,
    url: input.url,
    suppressed: input.suppressed,
    ruleId: input.ruleId,
    category: input.category,
    contentHash: input.contentHash,
    description: input.description,
    license: input.license,
    firstSeen: input.firstSeen,
    copies: void 0
  };
  return finding9.fingerprint = fingerprintOf(finding9), finding9;
}
var NONE = Object.freeze([]), NO_FIX = Object.freeze({ available: !1, versions: NONE }), lastSources = [];
function sourcesOf(tool, report) {
  let last = lastSources[0];
  return (last?.tool !== tool || last.report !== report) && (lastSources = Object.freeze([Object.freeze({ tool, report })])), lastSources;
}
function missing(input, field, report) {
  throw new GateError(`a ${input.tool} entry has no ${field}`, { file: report });
}
function aliasesOf(aliases, id) {
  let kept = aliases.filter((a) => a && a !== id);
  return kept.length === 0 ? NONE : unique(kept);
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

// src/model/lookup.ts
function lookup(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/model/severity-words.ts
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
function severityFromCvss(score) {
  return score === void 0 || !Number.isFinite(score) ? "unknown" : score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : score > 0 ? "low" : "info";
}

// src/reports/parsers/status.ts
function knownValue(known, value, what, file) {
  let meaning = known.get(value);
  if (meaning !== void 0) return meaning;
  let expected = [...known.keys()].map((k) => shown(k)).join(", ");
  throw new GateError(`${what} has an unknown value ${shown(value)} (expected ${expected})`, {
    file
  });
}
function shown(value) {
  let text3 = JSON.stringify(value) ?? "(none)";
  return text3.length > 40 ? `${text3.slice(0, 37)}...` : text3;
}

// src/reports/parsers/vuln-fields.ts
function maxOf(values) {
  let defined = values.filter((x) => x !== void 0);
  return defined.length > 0 ? Math.max(...defined) : void 0;
}
function cweList(values) {
  let cwes = [];
  for (let value of values) {
    let cwe = normaliseCwe(value);
    cwe && cwes.push(cwe);
  }
  return cwes;
}
function severityOf(word, cvss) {
  let fromWord = severityFromWord(word);
  return fromWord === "unknown" ? severityFromCvss(cvss) : fromWord;
}
function fixFrom(versions) {
  return { available: versions.length > 0, versions };
}
function titleOf(description) {
  if (description === void 0) return;
  let cut = /\n|\.\s/.exec(description), end = cut === null ? description.length : cut.index + (cut[0] === `
` ? 0 : 1), first = description.slice(0, end).trim();
  if (first)
    return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
function ghsaIn(text3) {
  return /GHSA(?:-[0-9a-z]{4}){3}/i.exec(text3 ?? "")?.[0];
}

// src/reports/parsers/bundler-audit.ts
var TOOL = "bundler-audit", TYPES = /* @__PURE__ */ new Map([
  ["unpatched_gem", "gem"],
  ["unpatched_engine", "engine"],
  ["insecure_source", "source"]
]);
function isReport(json) {
  return isObject(json) && Array.isArray(json.results) && typeof json.version == "string" && typeof json.created_at == "string" && json.results.every((r) => isObject(r) && typeof r.type == "string" && TYPES.has(r.type));
}
var bundlerAudit = {
  id: "bundler-audit",
  description: "bundler-audit JSON (bundle-audit check --format json)",
  layers: ["dependency"],
  containers: { json: ["results[].type"] },
  detect: ({ json }) => isReport(json),
  parse({ json, path }) {
    if (!isObject(json) || !Array.isArray(json.results) || typeof json.created_at != "string")
      throw new GateError(
        "is not a bundler-audit report (expected version, created_at and results)",
        {
          file: path
        }
      );
    return entries(json.results, "results", path).map((r, i) => {
      let kind = knownValue(TYPES, r.type, `results[${i}].type`, path);
      return kind === "source" ? insecureSource(r, i, path) : unpatched(r, kind, i, path);
    });
  },
  timestamp: ({ json }) => isObject(json) ? date(json.created_at) : void 0
};
function unpatched(r, kind, i, path) {
  let gem = needObject(kind === "gem" ? r.gem : r.engine, `results[${i}].${kind}`, path), advisory = needObject(r.advisory, `results[${i}].advisory`, path), id = needString(advisory.id, `results[${i}].advisory.id`, path), cve = str(advisory.cve), ghsa = str(advisory.ghsa), name = needString(gem.name, `results[${i}].${kind}.name`, path), version = str(gem.version);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id,
      aliases: [cve ? `CVE-${cve}` : "", ghsa ? `GHSA-${ghsa}` : "", ...osvdb(advisory.osvdb)],
      title: str(advisory.title) ?? id,
      description: str(advisory.description),
      severity: severityOfAdvisory(advisory),
      cvss: num(advisory.cvss_v3) ?? num(advisory.cvss_v2),
      // Patched versions are requirements ("~> 2.1.3", ">= 2.2.0"), as the advisory states them.
      fix: fixFrom(strings(advisory.patched_versions)),
      package: {
        name,
        version,
        ecosystem: kind === "gem" ? "rubygems" : "ruby",
        purl: kind === "gem" && version ? `pkg:gem/${name}@${version}` : void 0
      },
      url: str(advisory.url)
    },
    path
  );
}
function osvdb(value) {
  let id = str(value);
  return id ? [id.startsWith("OSVDB-") ? id : `OSVDB-${id}`] : [];
}
function severityOfAdvisory(advisory) {
  let word = severityFromWord(advisory.criticality);
  if (word !== "unknown") return word;
  let v3 = num(advisory.cvss_v3);
  if (v3 !== void 0) return severityOf(void 0, v3);
  let v2 = num(advisory.cvss_v2);
  return v2 === void 0 ? "unknown" : v2 >= 7 ? "high" : v2 >= 4 ? "medium" : v2 > 0 ? "low" : "info";
}
function insecureSource(r, i, path) {
  let source = needString(r.source, `results[${i}].source`, path);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id: "insecure-source",
      title: `Insecure gem source (no TLS): ${source}`,
      severity: "high",
      target: source,
      url: "https://github.com/rubysec/bundler-audit#features"
    },
    path
  );
}

// src/reports/parsers/data/checkov-categories.json
var checkov_categories_default = {
  generated: "by scripts/checkov-categories.mjs: do not edit by hand, run the script again. Checkov check id -> the CheckCategories name its source declares.",
  source: "github.com/bridgecrewio/checkov@03d5fdad8d6154b1565799a7b1fb8070c158866f",
  categories: {
    CKV_ALI_1: "GENERAL_SECURITY",
    CKV_ALI_2: "NETWORKING",
    CKV_ALI_3: "NETWORKING",
    CKV_ALI_4: "LOGGING",
    CKV_ALI_5: "LOGGING",
    CKV_ALI_6: "ENCRYPTION",
    CKV_ALI_7: "ENCRYPTION",
    CKV_ALI_8: "ENCRYPTION",
    CKV_ALI_9: "ENCRYPTION",
    CKV_ALI_10: "GENERAL_SECURITY",
    CKV_ALI_11: "GENERAL_SECURITY",
    CKV_ALI_12: "LOGGING",
    CKV_ALI_13: "IAM",
    CKV_ALI_14: "IAM",
    CKV_ALI_15: "IAM",
    CKV_ALI_16: "IAM",
    CKV_ALI_17: "IAM",
    CKV_ALI_18: "IAM",
    CKV_ALI_19: "IAM",
    CKV_ALI_20: "NETWORKING",
    CKV_ALI_21: "NETWORKING",
    CKV_ALI_22: "LOGGING",
    CKV_ALI_23: "IAM",
    CKV_ALI_24: "IAM",
    CKV_ALI_25: "LOGGING",
    CKV_ALI_26: "KUBERNETES",
    CKV_ALI_27: "ENCRYPTION",
    CKV_ALI_28: "ENCRYPTION",
    CKV_ALI_29: "NETWORKING",
    CKV_ALI_30: "GENERAL_SECURITY",
    CKV_ALI_31: "KUBERNETES",
    CKV_ALI_32: "ENCRYPTION",
    CKV_ALI_33: "NETWORKING",
    CKV_ALI_35: "LOGGING",
    CKV_ALI_36: "LOGGING",
    CKV_ALI_37: "LOGGING",
    CKV_ALI_38: "LOGGING",
    CKV_ALI_41: "NETWORKING",
    CKV_ALI_42: "NETWORKING",
    CKV_ALI_43: "NETWORKING",
    CKV_ALI_44: "ENCRYPTION",
    CKV_ANSIBLE_1: "GENERAL_SECURITY",
    CKV_ANSIBLE_2: "GENERAL_SECURITY",
    CKV_ANSIBLE_3: "GENERAL_SECURITY",
    CKV_ANSIBLE_4: "GENERAL_SECURITY",
    CKV_ANSIBLE_5: "GENERAL_SECURITY",
    CKV_ANSIBLE_6: "GENERAL_SECURITY",
    CKV_ARGO_1: "IAM",
    CKV_ARGO_2: "IAM",
    CKV_AWS_1: "IAM",
    CKV_AWS_2: "ENCRYPTION",
    CKV_AWS_3: "ENCRYPTION",
    CKV_AWS_5: "ENCRYPTION",
    CKV_AWS_6: "ENCRYPTION",
    CKV_AWS_7: "ENCRYPTION",
    CKV_AWS_8: "ENCRYPTION",
    CKV_AWS_9: "IAM",
    CKV_AWS_10: "IAM",
    CKV_AWS_11: "IAM",
    CKV_AWS_12: "IAM",
    CKV_AWS_13: "IAM",
    CKV_AWS_14: "IAM",
    CKV_AWS_15: "IAM",
    CKV_AWS_16: "ENCRYPTION",
    CKV_AWS_17: "NETWORKING",
    CKV_AWS_18: "LOGGING",
    CKV_AWS_22: "ENCRYPTION",
    CKV_AWS_23: "NETWORKING",
    CKV_AWS_24: "NETWORKING",
    CKV_AWS_25: "NETWORKING",
    CKV_AWS_26: "ENCRYPTION",
    CKV_AWS_27: "ENCRYPTION",
    CKV_AWS_28: "BACKUP_AND_RECOVERY",
    CKV_AWS_29: "ENCRYPTION",
    CKV_AWS_30: "ENCRYPTION",
    CKV_AWS_31: "ENCRYPTION",
    CKV_AWS_33: "ENCRYPTION",
    CKV_AWS_34: "ENCRYPTION",
    CKV_AWS_35: "LOGGING",
    CKV_AWS_36: "LOGGING",
    CKV_AWS_37: "KUBERNETES",
    CKV_AWS_38: "KUBERNETES",
    CKV_AWS_39: "KUBERNETES",
    CKV_AWS_40: "IAM",
    CKV_AWS_41: "SECRETS",
    CKV_AWS_42: "ENCRYPTION",
    CKV_AWS_43: "ENCRYPTION",
    CKV_AWS_44: "ENCRYPTION",
    CKV_AWS_45: "SECRETS",
    CKV_AWS_46: "SECRETS",
    CKV_AWS_47: "ENCRYPTION",
    CKV_AWS_48: "LOGGING",
    CKV_AWS_49: "IAM",
    CKV_AWS_50: "LOGGING",
    CKV_AWS_51: "GENERAL_SECURITY",
    CKV_AWS_53: "GENERAL_SECURITY",
    CKV_AWS_54: "GENERAL_SECURITY",
    CKV_AWS_55: "GENERAL_SECURITY",
    CKV_AWS_56: "GENERAL_SECURITY",
    CKV_AWS_58: "KUBERNETES",
    CKV_AWS_59: "GENERAL_SECURITY",
    CKV_AWS_60: "IAM",
    CKV_AWS_61: "IAM",
    CKV_AWS_62: "IAM",
    CKV_AWS_63: "IAM",
    CKV_AWS_64: "ENCRYPTION",
    CKV_AWS_65: "LOGGING",
    CKV_AWS_66: "LOGGING",
    CKV_AWS_67: "LOGGING",
    CKV_AWS_70: "IAM",
    CKV_AWS_71: "LOGGING",
    CKV_AWS_72: "GENERAL_SECURITY",
    CKV_AWS_73: "LOGGING",
    CKV_AWS_74: "ENCRYPTION",
    CKV_AWS_75: "LOGGING",
    CKV_AWS_76: "LOGGING",
    CKV_AWS_77: "ENCRYPTION",
    CKV_AWS_78: "ENCRYPTION",
    CKV_AWS_80: "LOGGING",
    CKV_AWS_81: "ENCRYPTION",
    CKV_AWS_82: "GENERAL_SECURITY",
    CKV_AWS_84: "LOGGING",
    CKV_AWS_85: "LOGGING",
    CKV_AWS_86: "LOGGING",
    CKV_AWS_87: "NETWORKING",
    CKV_AWS_88: "NETWORKING",
    CKV_AWS_90: "ENCRYPTION",
    CKV_AWS_91: "LOGGING",
    CKV_AWS_92: "LOGGING",
    CKV_AWS_93: "IAM",
    CKV_AWS_95: "LOGGING",
    CKV_AWS_96: "ENCRYPTION",
    CKV_AWS_97: "ENCRYPTION",
    CKV_AWS_98: "ENCRYPTION",
    CKV_AWS_100: "KUBERNETES",
    CKV_AWS_101: "LOGGING",
    CKV_AWS_102: "GENERAL_SECURITY",
    CKV_AWS_104: "LOGGING",
    CKV_AWS_105: "ENCRYPTION",
    CKV_AWS_106: "ENCRYPTION",
    CKV_AWS_107: "IAM",
    CKV_AWS_108: "IAM",
    CKV_AWS_109: "IAM",
    CKV_AWS_110: "IAM",
    CKV_AWS_111: "IAM",
    CKV_AWS_112: "ENCRYPTION",
    CKV_AWS_113: "ENCRYPTION",
    CKV_AWS_114: "GENERAL_SECURITY",
    CKV_AWS_115: "GENERAL_SECURITY",
    CKV_AWS_116: "GENERAL_SECURITY",
    CKV_AWS_117: "GENERAL_SECURITY",
    CKV_AWS_118: "LOGGING",
    CKV_AWS_119: "ENCRYPTION",
    CKV_AWS_120: "BACKUP_AND_RECOVERY",
    CKV_AWS_121: "LOGGING",
    CKV_AWS_122: "NETWORKING",
    CKV_AWS_123: "NETWORKING",
    CKV_AWS_124: "LOGGING",
    CKV_AWS_126: "LOGGING",
    CKV_AWS_127: "GENERAL_SECURITY",
    CKV_AWS_129: "LOGGING",
    CKV_AWS_130: "NETWORKING",
    CKV_AWS_131: "NETWORKING",
    CKV_AWS_133: "BACKUP_AND_RECOVERY",
    CKV_AWS_134: "BACKUP_AND_RECOVERY",
    CKV_AWS_135: "GENERAL_SECURITY",
    CKV_AWS_136: "ENCRYPTION",
    CKV_AWS_137: "NETWORKING",
    CKV_AWS_138: "NETWORKING",
    CKV_AWS_139: "GENERAL_SECURITY",
    CKV_AWS_140: "ENCRYPTION",
    CKV_AWS_141: "GENERAL_SECURITY",
    CKV_AWS_142: "ENCRYPTION",
    CKV_AWS_143: "GENERAL_SECURITY",
    CKV_AWS_144: "GENERAL_SECURITY",
    CKV_AWS_145: "ENCRYPTION",
    CKV_AWS_146: "ENCRYPTION",
    CKV_AWS_147: "ENCRYPTION",
    CKV_AWS_148: "NETWORKING",
    CKV_AWS_149: "ENCRYPTION",
    CKV_AWS_150: "GENERAL_SECURITY",
    CKV_AWS_152: "NETWORKING",
    CKV_AWS_153: "ENCRYPTION",
    CKV_AWS_154: "NETWORKING",
    CKV_AWS_155: "ENCRYPTION",
    CKV_AWS_156: "ENCRYPTION",
    CKV_AWS_158: "ENCRYPTION",
    CKV_AWS_159: "ENCRYPTION",
    CKV_AWS_160: "ENCRYPTION",
    CKV_AWS_161: "IAM",
    CKV_AWS_162: "IAM",
    CKV_AWS_163: "GENERAL_SECURITY",
    CKV_AWS_164: "GENERAL_SECURITY",
    CKV_AWS_165: "BACKUP_AND_RECOVERY",
    CKV_AWS_167: "IAM",
    CKV_AWS_168: "IAM",
    CKV_AWS_169: "IAM",
    CKV_AWS_170: "IAM",
    CKV_AWS_171: "ENCRYPTION",
    CKV_AWS_172: "GENERAL_SECURITY",
    CKV_AWS_173: "ENCRYPTION",
    CKV_AWS_174: "ENCRYPTION",
    CKV_AWS_175: "APPLICATION_SECURITY",
    CKV_AWS_176: "LOGGING",
    CKV_AWS_177: "ENCRYPTION",
    CKV_AWS_178: "ENCRYPTION",
    CKV_AWS_179: "ENCRYPTION",
    CKV_AWS_180: "ENCRYPTION",
    CKV_AWS_181: "ENCRYPTION",
    CKV_AWS_182: "ENCRYPTION",
    CKV_AWS_183: "ENCRYPTION",
    CKV_AWS_184: "ENCRYPTION",
    CKV_AWS_185: "ENCRYPTION",
    CKV_AWS_186: "ENCRYPTION",
    CKV_AWS_187: "ENCRYPTION",
    CKV_AWS_189: "ENCRYPTION",
    CKV_AWS_190: "ENCRYPTION",
    CKV_AWS_191: "ENCRYPTION",
    CKV_AWS_192: "APPLICATION_SECURITY",
    CKV_AWS_193: "LOGGING",
    CKV_AWS_194: "LOGGING",
    CKV_AWS_195: "ENCRYPTION",
    CKV_AWS_196: "NETWORKING",
    CKV_AWS_197: "LOGGING",
    CKV_AWS_198: "NETWORKING",
    CKV_AWS_199: "ENCRYPTION",
    CKV_AWS_200: "ENCRYPTION",
    CKV_AWS_201: "ENCRYPTION",
    CKV_AWS_202: "ENCRYPTION",
    CKV_AWS_203: "ENCRYPTION",
    CKV_AWS_204: "ENCRYPTION",
    CKV_AWS_205: "GENERAL_SECURITY",
    CKV_AWS_206: "GENERAL_SECURITY",
    CKV_AWS_207: "GENERAL_SECURITY",
    CKV_AWS_208: "GENERAL_SECURITY",
    CKV_AWS_209: "ENCRYPTION",
    CKV_AWS_210: "GENERAL_SECURITY",
    CKV_AWS_211: "GENERAL_SECURITY",
    CKV_AWS_212: "ENCRYPTION",
    CKV_AWS_213: "NETWORKING",
    CKV_AWS_214: "ENCRYPTION",
    CKV_AWS_215: "ENCRYPTION",
    CKV_AWS_216: "GENERAL_SECURITY",
    CKV_AWS_217: "BACKUP_AND_RECOVERY",
    CKV_AWS_218: "GENERAL_SECURITY",
    CKV_AWS_219: "ENCRYPTION",
    CKV_AWS_220: "GENERAL_SECURITY",
    CKV_AWS_221: "ENCRYPTION",
    CKV_AWS_222: "ENCRYPTION",
    CKV_AWS_223: "LOGGING",
    CKV_AWS_224: "ENCRYPTION",
    CKV_AWS_225: "BACKUP_AND_RECOVERY",
    CKV_AWS_226: "ENCRYPTION",
    CKV_AWS_227: "ENCRYPTION",
    CKV_AWS_228: "ENCRYPTION",
    CKV_AWS_229: "NETWORKING",
    CKV_AWS_230: "NETWORKING",
    CKV_AWS_231: "NETWORKING",
    CKV_AWS_232: "NETWORKING",
    CKV_AWS_233: "NETWORKING",
    CKV_AWS_234: "LOGGING",
    CKV_AWS_235: "ENCRYPTION",
    CKV_AWS_236: "ENCRYPTION",
    CKV_AWS_237: "GENERAL_SECURITY",
    CKV_AWS_238: "GENERAL_SECURITY",
    CKV_AWS_239: "ENCRYPTION",
    CKV_AWS_240: "ENCRYPTION",
    CKV_AWS_241: "ENCRYPTION",
    CKV_AWS_242: "LOGGING",
    CKV_AWS_243: "LOGGING",
    CKV_AWS_244: "LOGGING",
    CKV_AWS_245: "ENCRYPTION",
    CKV_AWS_246: "ENCRYPTION",
    CKV_AWS_247: "ENCRYPTION",
    CKV_AWS_248: "NETWORKING",
    CKV_AWS_249: "IAM",
    CKV_AWS_250: "GENERAL_SECURITY",
    CKV_AWS_251: "LOGGING",
    CKV_AWS_252: "LOGGING",
    CKV_AWS_253: "BACKUP_AND_RECOVERY",
    CKV_AWS_254: "BACKUP_AND_RECOVERY",
    CKV_AWS_255: "BACKUP_AND_RECOVERY",
    CKV_AWS_256: "BACKUP_AND_RECOVERY",
    CKV_AWS_257: "GENERAL_SECURITY",
    CKV_AWS_258: "GENERAL_SECURITY",
    CKV_AWS_259: "GENERAL_SECURITY",
    CKV_AWS_260: "NETWORKING",
    CKV_AWS_261: "GENERAL_SECURITY",
    CKV_AWS_262: "ENCRYPTION",
    CKV_AWS_263: "ENCRYPTION",
    CKV_AWS_264: "ENCRYPTION",
    CKV_AWS_265: "ENCRYPTION",
    CKV_AWS_266: "ENCRYPTION",
    CKV_AWS_267: "ENCRYPTION",
    CKV_AWS_268: "ENCRYPTION",
    CKV_AWS_269: "ENCRYPTION",
    CKV_AWS_270: "ENCRYPTION",
    CKV_AWS_271: "ENCRYPTION",
    CKV_AWS_272: "SUPPLY_CHAIN",
    CKV_AWS_273: "IAM",
    CKV_AWS_274: "IAM",
    CKV_AWS_275: "IAM",
    CKV_AWS_276: "LOGGING",
    CKV_AWS_277: "NETWORKING",
    CKV_AWS_278: "ENCRYPTION",
    CKV_AWS_279: "ENCRYPTION",
    CKV_AWS_280: "ENCRYPTION",
    CKV_AWS_281: "ENCRYPTION",
    CKV_AWS_282: "ENCRYPTION",
    CKV_AWS_283: "IAM",
    CKV_AWS_284: "LOGGING",
    CKV_AWS_285: "LOGGING",
    CKV_AWS_286: "IAM",
    CKV_AWS_287: "IAM",
    CKV_AWS_288: "IAM",
    CKV_AWS_289: "IAM",
    CKV_AWS_290: "IAM",
    CKV_AWS_291: "NETWORKING",
    CKV_AWS_292: "ENCRYPTION",
    CKV_AWS_293: "GENERAL_SECURITY",
    CKV_AWS_294: "ENCRYPTION",
    CKV_AWS_295: "SECRETS",
    CKV_AWS_296: "ENCRYPTION",
    CKV_AWS_297: "ENCRYPTION",
    CKV_AWS_298: "ENCRYPTION",
    CKV_AWS_300: "GENERAL_SECURITY",
    CKV_AWS_301: "GENERAL_SECURITY",
    CKV_AWS_302: "GENERAL_SECURITY",
    CKV_AWS_303: "GENERAL_SECURITY",
    CKV_AWS_304: "GENERAL_SECURITY",
    CKV_AWS_305: "GENERAL_SECURITY",
    CKV_AWS_306: "NETWORKING",
    CKV_AWS_307: "GENERAL_SECURITY",
    CKV_AWS_308: "ENCRYPTION",
    CKV_AWS_309: "IAM",
    CKV_AWS_310: "GENERAL_SECURITY",
    CKV_AWS_311: "ENCRYPTION",
    CKV_AWS_312: "GENERAL_SECURITY",
    CKV_AWS_313: "GENERAL_SECURITY",
    CKV_AWS_314: "LOGGING",
    CKV_AWS_315: "GENERAL_SECURITY",
    CKV_AWS_316: "GENERAL_SECURITY",
    CKV_AWS_317: "LOGGING",
    CKV_AWS_318: "GENERAL_SECURITY",
    CKV_AWS_319: "GENERAL_SECURITY",
    CKV_AWS_320: "GENERAL_SECURITY",
    CKV_AWS_321: "GENERAL_SECURITY",
    CKV_AWS_322: "GENERAL_SECURITY",
    CKV_AWS_323: "NETWORKING",
    CKV_AWS_324: "LOGGING",
    CKV_AWS_325: "LOGGING",
    CKV_AWS_326: "GENERAL_SECURITY",
    CKV_AWS_327: "ENCRYPTION",
    CKV_AWS_328: "NETWORKING",
    CKV_AWS_329: "GENERAL_SECURITY",
    CKV_AWS_330: "GENERAL_SECURITY",
    CKV_AWS_331: "GENERAL_SECURITY",
    CKV_AWS_332: "GENERAL_SECURITY",
    CKV_AWS_333: "LOGGING",
    CKV_AWS_334: "GENERAL_SECURITY",
    CKV_AWS_335: "GENERAL_SECURITY",
    CKV_AWS_336: "GENERAL_SECURITY",
    CKV_AWS_337: "ENCRYPTION",
    CKV_AWS_338: "LOGGING",
    CKV_AWS_339: "KUBERNETES",
    CKV_AWS_340: "GENERAL_SECURITY",
    CKV_AWS_341: "GENERAL_SECURITY",
    CKV_AWS_342: "APPLICATION_SECURITY",
    CKV_AWS_343: "BACKUP_AND_RECOVERY",
    CKV_AWS_344: "GENERAL_SECURITY",
    CKV_AWS_345: "ENCRYPTION",
    CKV_AWS_346: "ENCRYPTION",
    CKV_AWS_347: "ENCRYPTION",
    CKV_AWS_348: "IAM",
    CKV_AWS_349: "ENCRYPTION",
    CKV_AWS_350: "ENCRYPTION",
    CKV_AWS_351: "ENCRYPTION",
    CKV_AWS_352: "NETWORKING",
    CKV_AWS_353: "LOGGING",
    CKV_AWS_354: "ENCRYPTION",
    CKV_AWS_355: "IAM",
    CKV_AWS_356: "IAM",
    CKV_AWS_357: "ENCRYPTION",
    CKV_AWS_358: "IAM",
    CKV_AWS_359: "IAM",
    CKV_AWS_360: "BACKUP_AND_RECOVERY",
    CKV_AWS_361: "BACKUP_AND_RECOVERY",
    CKV_AWS_362: "BACKUP_AND_RECOVERY",
    CKV_AWS_363: "GENERAL_SECURITY",
    CKV_AWS_364: "IAM",
    CKV_AWS_365: "NETWORKING",
    CKV_AWS_366: "IAM",
    CKV_AWS_367: "ENCRYPTION",
    CKV_AWS_368: "ENCRYPTION",
    CKV_AWS_369: "ENCRYPTION",
    CKV_AWS_370: "NETWORKING",
    CKV_AWS_371: "ENCRYPTION",
    CKV_AWS_372: "ENCRYPTION",
    CKV_AWS_373: "ENCRYPTION",
    CKV_AWS_374: "NETWORKING",
    CKV_AWS_375: "NETWORKING",
    CKV_AWS_376: "NETWORKING",
    CKV_AWS_377: "NETWORKING",
    CKV_AWS_378: "NETWORKING",
    CKV_AWS_379: "NETWORKING",
    CKV_AWS_380: "NETWORKING",
    CKV_AWS_381: "ENCRYPTION",
    CKV_AWS_382: "NETWORKING",
    CKV_AWS_383: "AI_AND_ML",
    CKV_AWS_384: "GENERAL_SECURITY",
    CKV_AWS_385: "IAM",
    CKV_AWS_386: "SUPPLY_CHAIN",
    CKV_AWS_387: "GENERAL_SECURITY",
    CKV_AWS_388: "GENERAL_SECURITY",
    CKV_AWS_389: "NETWORKING",
    CKV_AWS_390: "NETWORKING",
    CKV_AWS_391: "NETWORKING",
    CKV_AWS_392: "NETWORKING",
    CKV_AWS_393: "IAM",
    CKV_AZURE_1: "GENERAL_SECURITY",
    CKV_AZURE_2: "ENCRYPTION",
    CKV_AZURE_3: "ENCRYPTION",
    CKV_AZURE_4: "KUBERNETES",
    CKV_AZURE_5: "KUBERNETES",
    CKV_AZURE_6: "KUBERNETES",
    CKV_AZURE_7: "KUBERNETES",
    CKV_AZURE_8: "KUBERNETES",
    CKV_AZURE_9: "NETWORKING",
    CKV_AZURE_10: "NETWORKING",
    CKV_AZURE_12: "LOGGING",
    CKV_AZURE_14: "NETWORKING",
    CKV_AZURE_15: "NETWORKING",
    CKV_AZURE_16: "IAM",
    CKV_AZURE_17: "NETWORKING",
    CKV_AZURE_18: "NETWORKING",
    CKV_AZURE_23: "LOGGING",
    CKV_AZURE_24: "LOGGING",
    CKV_AZURE_26: "GENERAL_SECURITY",
    CKV_AZURE_27: "GENERAL_SECURITY",
    CKV_AZURE_28: "NETWORKING",
    CKV_AZURE_29: "NETWORKING",
    CKV_AZURE_32: "NETWORKING",
    CKV_AZURE_33: "LOGGING",
    CKV_AZURE_34: "NETWORKING",
    CKV_AZURE_35: "NETWORKING",
    CKV_AZURE_36: "NETWORKING",
    CKV_AZURE_37: "LOGGING",
    CKV_AZURE_38: "LOGGING",
    CKV_AZURE_39: "IAM",
    CKV_AZURE_40: "GENERAL_SECURITY",
    CKV_AZURE_41: "GENERAL_SECURITY",
    CKV_AZURE_42: "BACKUP_AND_RECOVERY",
    CKV_AZURE_43: "CONVENTION",
    CKV_AZURE_44: "NETWORKING",
    CKV_AZURE_45: "SECRETS",
    CKV_AZURE_47: "NETWORKING",
    CKV_AZURE_48: "NETWORKING",
    CKV_AZURE_49: "GENERAL_SECURITY",
    CKV_AZURE_50: "GENERAL_SECURITY",
    CKV_AZURE_52: "NETWORKING",
    CKV_AZURE_53: "NETWORKING",
    CKV_AZURE_54: "NETWORKING",
    CKV_AZURE_55: "GENERAL_SECURITY",
    CKV_AZURE_56: "GENERAL_SECURITY",
    CKV_AZURE_57: "GENERAL_SECURITY",
    CKV_AZURE_58: "NETWORKING",
    CKV_AZURE_59: "NETWORKING",
    CKV_AZURE_61: "GENERAL_SECURITY",
    CKV_AZURE_62: "GENERAL_SECURITY",
    CKV_AZURE_63: "LOGGING",
    CKV_AZURE_64: "NETWORKING",
    CKV_AZURE_65: "LOGGING",
    CKV_AZURE_66: "LOGGING",
    CKV_AZURE_67: "GENERAL_SECURITY",
    CKV_AZURE_68: "NETWORKING",
    CKV_AZURE_69: "GENERAL_SECURITY",
    CKV_AZURE_70: "NETWORKING",
    CKV_AZURE_71: "GENERAL_SECURITY",
    CKV_AZURE_72: "GENERAL_SECURITY",
    CKV_AZURE_73: "ENCRYPTION",
    CKV_AZURE_74: "ENCRYPTION",
    CKV_AZURE_75: "ENCRYPTION",
    CKV_AZURE_76: "ENCRYPTION",
    CKV_AZURE_77: "NETWORKING",
    CKV_AZURE_78: "APPLICATION_SECURITY",
    CKV_AZURE_79: "GENERAL_SECURITY",
    CKV_AZURE_80: "GENERAL_SECURITY",
    CKV_AZURE_81: "GENERAL_SECURITY",
    CKV_AZURE_82: "GENERAL_SECURITY",
    CKV_AZURE_83: "GENERAL_SECURITY",
    CKV_AZURE_84: "GENERAL_SECURITY",
    CKV_AZURE_85: "GENERAL_SECURITY",
    CKV_AZURE_86: "GENERAL_SECURITY",
    CKV_AZURE_87: "GENERAL_SECURITY",
    CKV_AZURE_88: "GENERAL_SECURITY",
    CKV_AZURE_89: "NETWORKING",
    CKV_AZURE_91: "NETWORKING",
    CKV_AZURE_92: "GENERAL_SECURITY",
    CKV_AZURE_93: "ENCRYPTION",
    CKV_AZURE_94: "BACKUP_AND_RECOVERY",
    CKV_AZURE_95: "GENERAL_SECURITY",
    CKV_AZURE_96: "ENCRYPTION",
    CKV_AZURE_97: "ENCRYPTION",
    CKV_AZURE_98: "NETWORKING",
    CKV_AZURE_99: "NETWORKING",
    CKV_AZURE_100: "NETWORKING",
    CKV_AZURE_101: "NETWORKING",
    CKV_AZURE_102: "BACKUP_AND_RECOVERY",
    CKV_AZURE_103: "GENERAL_SECURITY",
    CKV_AZURE_104: "NETWORKING",
    CKV_AZURE_105: "ENCRYPTION",
    CKV_AZURE_106: "NETWORKING",
    CKV_AZURE_107: "NETWORKING",
    CKV_AZURE_108: "NETWORKING",
    CKV_AZURE_109: "NETWORKING",
    CKV_AZURE_110: "NETWORKING",
    CKV_AZURE_111: "LOGGING",
    CKV_AZURE_112: "BACKUP_AND_RECOVERY",
    CKV_AZURE_113: "NETWORKING",
    CKV_AZURE_114: "GENERAL_SECURITY",
    CKV_AZURE_115: "NETWORKING",
    CKV_AZURE_116: "NETWORKING",
    CKV_AZURE_117: "NETWORKING",
    CKV_AZURE_118: "NETWORKING",
    CKV_AZURE_119: "NETWORKING",
    CKV_AZURE_120: "APPLICATION_SECURITY",
    CKV_AZURE_121: "NETWORKING",
    CKV_AZURE_122: "NETWORKING",
    CKV_AZURE_123: "NETWORKING",
    CKV_AZURE_124: "NETWORKING",
    CKV_AZURE_125: "ENCRYPTION",
    CKV_AZURE_126: "GENERAL_SECURITY",
    CKV_AZURE_127: "GENERAL_SECURITY",
    CKV_AZURE_128: "GENERAL_SECURITY",
    CKV_AZURE_129: "BACKUP_AND_RECOVERY",
    CKV_AZURE_130: "ENCRYPTION",
    CKV_AZURE_132: "GENERAL_SECURITY",
    CKV_AZURE_133: "APPLICATION_SECURITY",
    CKV_AZURE_134: "NETWORKING",
    CKV_AZURE_135: "APPLICATION_SECURITY",
    CKV_AZURE_136: "BACKUP_AND_RECOVERY",
    CKV_AZURE_137: "IAM",
    CKV_AZURE_138: "IAM",
    CKV_AZURE_139: "NETWORKING",
    CKV_AZURE_140: "IAM",
    CKV_AZURE_141: "IAM",
    CKV_AZURE_142: "IAM",
    CKV_AZURE_143: "NETWORKING",
    CKV_AZURE_144: "NETWORKING",
    CKV_AZURE_145: "NETWORKING",
    CKV_AZURE_146: "LOGGING",
    CKV_AZURE_147: "NETWORKING",
    CKV_AZURE_148: "NETWORKING",
    CKV_AZURE_149: "ENCRYPTION",
    CKV_AZURE_150: "GENERAL_SECURITY",
    CKV_AZURE_151: "ENCRYPTION",
    CKV_AZURE_152: "ENCRYPTION",
    CKV_AZURE_153: "NETWORKING",
    CKV_AZURE_154: "NETWORKING",
    CKV_AZURE_155: "NETWORKING",
    CKV_AZURE_156: "LOGGING",
    CKV_AZURE_157: "GENERAL_SECURITY",
    CKV_AZURE_158: "NETWORKING",
    CKV_AZURE_159: "LOGGING",
    CKV_AZURE_160: "NETWORKING",
    CKV_AZURE_161: "NETWORKING",
    CKV_AZURE_162: "NETWORKING",
    CKV_AZURE_163: "GENERAL_SECURITY",
    CKV_AZURE_164: "GENERAL_SECURITY",
    CKV_AZURE_165: "NETWORKING",
    CKV_AZURE_166: "SUPPLY_CHAIN",
    CKV_AZURE_167: "GENERAL_SECURITY",
    CKV_AZURE_168: "KUBERNETES",
    CKV_AZURE_169: "KUBERNETES",
    CKV_AZURE_170: "GENERAL_SECURITY",
    CKV_AZURE_171: "NETWORKING",
    CKV_AZURE_172: "GENERAL_SECURITY",
    CKV_AZURE_173: "ENCRYPTION",
    CKV_AZURE_174: "NETWORKING",
    CKV_AZURE_175: "GENERAL_SECURITY",
    CKV_AZURE_176: "IAM",
    CKV_AZURE_177: "GENERAL_SECURITY",
    CKV_AZURE_178: "GENERAL_SECURITY",
    CKV_AZURE_179: "GENERAL_SECURITY",
    CKV_AZURE_180: "GENERAL_SECURITY",
    CKV_AZURE_181: "IAM",
    CKV_AZURE_182: "NETWORKING",
    CKV_AZURE_183: "NETWORKING",
    CKV_AZURE_184: "IAM",
    CKV_AZURE_185: "NETWORKING",
    CKV_AZURE_186: "ENCRYPTION",
    CKV_AZURE_187: "BACKUP_AND_RECOVERY",
    CKV_AZURE_188: "GENERAL_SECURITY",
    CKV_AZURE_189: "NETWORKING",
    CKV_AZURE_190: "NETWORKING",
    CKV_AZURE_191: "IAM",
    CKV_AZURE_192: "IAM",
    CKV_AZURE_193: "NETWORKING",
    CKV_AZURE_194: "IAM",
    CKV_AZURE_195: "IAM",
    CKV_AZURE_196: "GENERAL_SECURITY",
    CKV_AZURE_197: "NETWORKING",
    CKV_AZURE_198: "NETWORKING",
    CKV_AZURE_199: "ENCRYPTION",
    CKV_AZURE_200: "NETWORKING",
    CKV_AZURE_201: "ENCRYPTION",
    CKV_AZURE_202: "IAM",
    CKV_AZURE_203: "IAM",
    CKV_AZURE_204: "NETWORKING",
    CKV_AZURE_205: "NETWORKING",
    CKV_AZURE_206: "BACKUP_AND_RECOVERY",
    CKV_AZURE_207: "IAM",
    CKV_AZURE_208: "GENERAL_SECURITY",
    CKV_AZURE_209: "GENERAL_SECURITY",
    CKV_AZURE_210: "NETWORKING",
    CKV_AZURE_211: "GENERAL_SECURITY",
    CKV_AZURE_212: "GENERAL_SECURITY",
    CKV_AZURE_213: "NETWORKING",
    CKV_AZURE_214: "GENERAL_SECURITY",
    CKV_AZURE_215: "ENCRYPTION",
    CKV_AZURE_216: "NETWORKING",
    CKV_AZURE_217: "ENCRYPTION",
    CKV_AZURE_218: "ENCRYPTION",
    CKV_AZURE_219: "NETWORKING",
    CKV_AZURE_220: "NETWORKING",
    CKV_AZURE_221: "NETWORKING",
    CKV_AZURE_222: "NETWORKING",
    CKV_AZURE_223: "ENCRYPTION",
    CKV_AZURE_224: "LOGGING",
    CKV_AZURE_225: "BACKUP_AND_RECOVERY",
    CKV_AZURE_226: "KUBERNETES",
    CKV_AZURE_227: "KUBERNETES",
    CKV_AZURE_228: "BACKUP_AND_RECOVERY",
    CKV_AZURE_229: "BACKUP_AND_RECOVERY",
    CKV_AZURE_230: "BACKUP_AND_RECOVERY",
    CKV_AZURE_231: "BACKUP_AND_RECOVERY",
    CKV_AZURE_232: "KUBERNETES",
    CKV_AZURE_233: "BACKUP_AND_RECOVERY",
    CKV_AZURE_234: "GENERAL_SECURITY",
    CKV_AZURE_235: "GENERAL_SECURITY",
    CKV_AZURE_236: "NETWORKING",
    CKV_AZURE_237: "GENERAL_SECURITY",
    CKV_AZURE_239: "SECRETS",
    CKV_AZURE_240: "ENCRYPTION",
    CKV_AZURE_241: "ENCRYPTION",
    CKV_AZURE_242: "GENERAL_SECURITY",
    CKV_AZURE_243: "NETWORKING",
    CKV_AZURE_244: "GENERAL_SECURITY",
    CKV_AZURE_245: "NETWORKING",
    CKV_AZURE_246: "NETWORKING",
    CKV_AZURE_247: "NETWORKING",
    CKV_AZURE_248: "NETWORKING",
    CKV_AZURE_249: "IAM",
    CKV_AZURE_250: "NETWORKING",
    CKV_AZURE_251: "NETWORKING",
    CKV_AZUREPIPELINES_1: "SUPPLY_CHAIN",
    CKV_AZUREPIPELINES_2: "SUPPLY_CHAIN",
    CKV_AZUREPIPELINES_3: "SUPPLY_CHAIN",
    CKV_AZUREPIPELINES_5: "SUPPLY_CHAIN",
    CKV_BCW_1: "SECRETS",
    CKV_BITBUCKET_1: "SUPPLY_CHAIN",
    CKV_CIRCLECIPIPELINES_8: "SUPPLY_CHAIN",
    CKV_DIO_1: "BACKUP_AND_RECOVERY",
    CKV_DIO_2: "GENERAL_SECURITY",
    CKV_DIO_3: "GENERAL_SECURITY",
    CKV_DIO_4: "NETWORKING",
    CKV_DOCKER_1: "NETWORKING",
    CKV_DOCKER_2: "NETWORKING",
    CKV_DOCKER_3: "IAM",
    CKV_DOCKER_4: "IAM",
    CKV_DOCKER_5: "APPLICATION_SECURITY",
    CKV_DOCKER_6: "CONVENTION",
    CKV_DOCKER_7: "CONVENTION",
    CKV_DOCKER_8: "APPLICATION_SECURITY",
    CKV_DOCKER_9: "NETWORKING",
    CKV_DOCKER_10: "CONVENTION",
    CKV_DOCKER_11: "CONVENTION",
    CKV_GCP_1: "KUBERNETES",
    CKV_GCP_2: "NETWORKING",
    CKV_GCP_3: "NETWORKING",
    CKV_GCP_4: "NETWORKING",
    CKV_GCP_6: "NETWORKING",
    CKV_GCP_7: "KUBERNETES",
    CKV_GCP_8: "KUBERNETES",
    CKV_GCP_9: "KUBERNETES",
    CKV_GCP_10: "KUBERNETES",
    CKV_GCP_11: "NETWORKING",
    CKV_GCP_12: "KUBERNETES",
    CKV_GCP_13: "KUBERNETES",
    CKV_GCP_14: "BACKUP_AND_RECOVERY",
    CKV_GCP_15: "GENERAL_SECURITY",
    CKV_GCP_16: "ENCRYPTION",
    CKV_GCP_17: "ENCRYPTION",
    CKV_GCP_18: "KUBERNETES",
    CKV_GCP_20: "KUBERNETES",
    CKV_GCP_21: "KUBERNETES",
    CKV_GCP_22: "KUBERNETES",
    CKV_GCP_23: "KUBERNETES",
    CKV_GCP_24: "KUBERNETES",
    CKV_GCP_25: "KUBERNETES",
    CKV_GCP_26: "LOGGING",
    CKV_GCP_27: "NETWORKING",
    CKV_GCP_28: "GENERAL_SECURITY",
    CKV_GCP_29: "GENERAL_SECURITY",
    CKV_GCP_30: "NETWORKING",
    CKV_GCP_31: "NETWORKING",
    CKV_GCP_32: "NETWORKING",
    CKV_GCP_33: "NETWORKING",
    CKV_GCP_34: "NETWORKING",
    CKV_GCP_35: "NETWORKING",
    CKV_GCP_36: "NETWORKING",
    CKV_GCP_37: "ENCRYPTION",
    CKV_GCP_38: "ENCRYPTION",
    CKV_GCP_39: "GENERAL_SECURITY",
    CKV_GCP_40: "NETWORKING",
    CKV_GCP_41: "IAM",
    CKV_GCP_42: "IAM",
    CKV_GCP_43: "GENERAL_SECURITY",
    CKV_GCP_44: "IAM",
    CKV_GCP_45: "IAM",
    CKV_GCP_46: "IAM",
    CKV_GCP_47: "IAM",
    CKV_GCP_48: "IAM",
    CKV_GCP_49: "IAM",
    CKV_GCP_50: "GENERAL_SECURITY",
    CKV_GCP_51: "LOGGING",
    CKV_GCP_52: "LOGGING",
    CKV_GCP_53: "LOGGING",
    CKV_GCP_54: "LOGGING",
    CKV_GCP_55: "LOGGING",
    CKV_GCP_56: "LOGGING",
    CKV_GCP_57: "LOGGING",
    CKV_GCP_58: "GENERAL_SECURITY",
    CKV_GCP_59: "GENERAL_SECURITY",
    CKV_GCP_60: "NETWORKING",
    CKV_GCP_61: "KUBERNETES",
    CKV_GCP_62: "LOGGING",
    CKV_GCP_63: "LOGGING",
    CKV_GCP_64: "KUBERNETES",
    CKV_GCP_65: "KUBERNETES",
    CKV_GCP_66: "KUBERNETES",
    CKV_GCP_68: "KUBERNETES",
    CKV_GCP_69: "KUBERNETES",
    CKV_GCP_70: "KUBERNETES",
    CKV_GCP_71: "KUBERNETES",
    CKV_GCP_72: "KUBERNETES",
    CKV_GCP_73: "APPLICATION_SECURITY",
    CKV_GCP_74: "GENERAL_SECURITY",
    CKV_GCP_75: "NETWORKING",
    CKV_GCP_76: "NETWORKING",
    CKV_GCP_77: "NETWORKING",
    CKV_GCP_78: "LOGGING",
    CKV_GCP_79: "GENERAL_SECURITY",
    CKV_GCP_80: "ENCRYPTION",
    CKV_GCP_81: "ENCRYPTION",
    CKV_GCP_82: "ENCRYPTION",
    CKV_GCP_83: "ENCRYPTION",
    CKV_GCP_84: "ENCRYPTION",
    CKV_GCP_85: "ENCRYPTION",
    CKV_GCP_86: "GENERAL_SECURITY",
    CKV_GCP_87: "GENERAL_SECURITY",
    CKV_GCP_88: "NETWORKING",
    CKV_GCP_89: "GENERAL_SECURITY",
    CKV_GCP_90: "ENCRYPTION",
    CKV_GCP_91: "ENCRYPTION",
    CKV_GCP_92: "ENCRYPTION",
    CKV_GCP_93: "ENCRYPTION",
    CKV_GCP_94: "GENERAL_SECURITY",
    CKV_GCP_95: "GENERAL_SECURITY",
    CKV_GCP_96: "ENCRYPTION",
    CKV_GCP_97: "GENERAL_SECURITY",
    CKV_GCP_98: "GENERAL_SECURITY",
    CKV_GCP_99: "GENERAL_SECURITY",
    CKV_GCP_100: "GENERAL_SECURITY",
    CKV_GCP_101: "GENERAL_SECURITY",
    CKV_GCP_102: "GENERAL_SECURITY",
    CKV_GCP_103: "GENERAL_SECURITY",
    CKV_GCP_104: "LOGGING",
    CKV_GCP_105: "LOGGING",
    CKV_GCP_106: "NETWORKING",
    CKV_GCP_107: "APPLICATION_SECURITY",
    CKV_GCP_108: "LOGGING",
    CKV_GCP_109: "LOGGING",
    CKV_GCP_110: "LOGGING",
    CKV_GCP_111: "LOGGING",
    CKV_GCP_112: "IAM",
    CKV_GCP_113: "IAM",
    CKV_GCP_114: "GENERAL_SECURITY",
    CKV_GCP_115: "IAM",
    CKV_GCP_116: "IAM",
    CKV_GCP_117: "IAM",
    CKV_GCP_118: "IAM",
    CKV_GCP_119: "GENERAL_SECURITY",
    CKV_GCP_120: "GENERAL_SECURITY",
    CKV_GCP_121: "GENERAL_SECURITY",
    CKV_GCP_122: "ENCRYPTION",
    CKV_GCP_123: "KUBERNETES",
    CKV_GCP_124: "NETWORKING",
    CKV_GCP_125: "IAM",
    CKV_GCP_126: "GENERAL_SECURITY",
    CKV_GCP_127: "GENERAL_SECURITY",
    CKV_GHA_1: "SUPPLY_CHAIN",
    CKV_GHA_5: "SUPPLY_CHAIN",
    CKV_GHA_6: "SUPPLY_CHAIN",
    CKV_GHA_7: "SUPPLY_CHAIN",
    CKV_GIT_1: "GENERAL_SECURITY",
    CKV_GIT_2: "GENERAL_SECURITY",
    CKV_GIT_3: "GENERAL_SECURITY",
    CKV_GIT_4: "ENCRYPTION",
    CKV_GIT_5: "GENERAL_SECURITY",
    CKV_GIT_6: "GENERAL_SECURITY",
    CKV_GITHUB_2: "SUPPLY_CHAIN",
    CKV_GITHUB_6: "SUPPLY_CHAIN",
    CKV_GITHUB_7: "SUPPLY_CHAIN",
    CKV_GITHUB_9: "SUPPLY_CHAIN",
    CKV_GITHUB_15: "SUPPLY_CHAIN",
    CKV_GITHUB_26: "SUPPLY_CHAIN",
    CKV_GITLAB_1: "SUPPLY_CHAIN",
    CKV_GITLABCI_2: "SUPPLY_CHAIN",
    CKV_GITLABCI_3: "SUPPLY_CHAIN",
    CKV_GLB_1: "GENERAL_SECURITY",
    CKV_GLB_2: "GENERAL_SECURITY",
    CKV_GLB_3: "SECRETS",
    CKV_GLB_4: "GENERAL_SECURITY",
    CKV_K8S_23: "KUBERNETES",
    CKV_K8S_31: "KUBERNETES",
    CKV_K8S_33: "KUBERNETES",
    CKV_K8S_38: "KUBERNETES",
    CKV_K8S_40: "KUBERNETES",
    CKV_K8S_45: "KUBERNETES",
    CKV_K8S_68: "KUBERNETES",
    CKV_K8S_69: "KUBERNETES",
    CKV_K8S_70: "KUBERNETES",
    CKV_K8S_71: "KUBERNETES",
    CKV_K8S_72: "KUBERNETES",
    CKV_K8S_73: "KUBERNETES",
    CKV_K8S_74: "KUBERNETES",
    CKV_K8S_75: "KUBERNETES",
    CKV_K8S_77: "KUBERNETES",
    CKV_K8S_78: "KUBERNETES",
    CKV_K8S_79: "KUBERNETES",
    CKV_K8S_80: "KUBERNETES",
    CKV_K8S_81: "KUBERNETES",
    CKV_K8S_82: "KUBERNETES",
    CKV_K8S_83: "KUBERNETES",
    CKV_K8S_84: "KUBERNETES",
    CKV_K8S_85: "KUBERNETES",
    CKV_K8S_86: "KUBERNETES",
    CKV_K8S_88: "KUBERNETES",
    CKV_K8S_89: "KUBERNETES",
    CKV_K8S_90: "KUBERNETES",
    CKV_K8S_91: "KUBERNETES",
    CKV_K8S_92: "KUBERNETES",
    CKV_K8S_93: "KUBERNETES",
    CKV_K8S_94: "KUBERNETES",
    CKV_K8S_95: "KUBERNETES",
    CKV_K8S_96: "KUBERNETES",
    CKV_K8S_97: "KUBERNETES",
    CKV_K8S_99: "KUBERNETES",
    CKV_K8S_100: "KUBERNETES",
    CKV_K8S_102: "KUBERNETES",
    CKV_K8S_104: "KUBERNETES",
    CKV_K8S_105: "KUBERNETES",
    CKV_K8S_106: "KUBERNETES",
    CKV_K8S_107: "KUBERNETES",
    CKV_K8S_108: "KUBERNETES",
    CKV_K8S_110: "KUBERNETES",
    CKV_K8S_111: "KUBERNETES",
    CKV_K8S_112: "KUBERNETES",
    CKV_K8S_113: "KUBERNETES",
    CKV_K8S_114: "KUBERNETES",
    CKV_K8S_115: "KUBERNETES",
    CKV_K8S_116: "KUBERNETES",
    CKV_K8S_117: "KUBERNETES",
    CKV_K8S_118: "KUBERNETES",
    CKV_K8S_119: "KUBERNETES",
    CKV_K8S_121: "KUBERNETES",
    CKV_K8S_138: "KUBERNETES",
    CKV_K8S_139: "KUBERNETES",
    CKV_K8S_140: "KUBERNETES",
    CKV_K8S_141: "KUBERNETES",
    CKV_K8S_143: "KUBERNETES",
    CKV_K8S_144: "KUBERNETES",
    CKV_K8S_145: "KUBERNETES",
    CKV_K8S_146: "KUBERNETES",
    CKV_K8S_147: "KUBERNETES",
    CKV_K8S_148: "KUBERNETES",
    CKV_K8S_149: "KUBERNETES",
    CKV_K8S_151: "KUBERNETES",
    CKV_K8S_152: "KUBERNETES",
    CKV_K8S_153: "KUBERNETES",
    CKV_K8S_154: "KUBERNETES",
    CKV_K8S_155: "KUBERNETES",
    CKV_K8S_156: "KUBERNETES",
    CKV_K8S_157: "KUBERNETES",
    CKV_K8S_158: "KUBERNETES",
    CKV_LIN_1: "SECRETS",
    CKV_LIN_2: "GENERAL_SECURITY",
    CKV_LIN_3: "GENERAL_SECURITY",
    CKV_LIN_4: "GENERAL_SECURITY",
    CKV_LIN_5: "GENERAL_SECURITY",
    CKV_LIN_6: "GENERAL_SECURITY",
    CKV_NCP_1: "GENERAL_SECURITY",
    CKV_NCP_2: "NETWORKING",
    CKV_NCP_3: "NETWORKING",
    CKV_NCP_4: "NETWORKING",
    CKV_NCP_5: "NETWORKING",
    CKV_NCP_6: "ENCRYPTION",
    CKV_NCP_7: "ENCRYPTION",
    CKV_NCP_8: "NETWORKING",
    CKV_NCP_9: "NETWORKING",
    CKV_NCP_10: "NETWORKING",
    CKV_NCP_11: "NETWORKING",
    CKV_NCP_12: "NETWORKING",
    CKV_NCP_13: "NETWORKING",
    CKV_NCP_14: "ENCRYPTION",
    CKV_NCP_15: "GENERAL_SECURITY",
    CKV_NCP_16: "NETWORKING",
    CKV_NCP_17: "SECRETS",
    CKV_NCP_18: "NETWORKING",
    CKV_NCP_19: "KUBERNETES",
    CKV_NCP_20: "NETWORKING",
    CKV_NCP_23: "NETWORKING",
    CKV_NCP_24: "GENERAL_SECURITY",
    CKV_NCP_25: "NETWORKING",
    CKV_NCP_26: "NETWORKING",
    CKV_OCI_1: "SECRETS",
    CKV_OCI_2: "GENERAL_SECURITY",
    CKV_OCI_3: "GENERAL_SECURITY",
    CKV_OCI_4: "ENCRYPTION",
    CKV_OCI_5: "GENERAL_SECURITY",
    CKV_OCI_6: "LOGGING",
    CKV_OCI_7: "LOGGING",
    CKV_OCI_8: "GENERAL_SECURITY",
    CKV_OCI_9: "ENCRYPTION",
    CKV_OCI_10: "GENERAL_SECURITY",
    CKV_OCI_11: "GENERAL_SECURITY",
    CKV_OCI_12: "GENERAL_SECURITY",
    CKV_OCI_13: "GENERAL_SECURITY",
    CKV_OCI_14: "GENERAL_SECURITY",
    CKV_OCI_15: "ENCRYPTION",
    CKV_OCI_16: "GENERAL_SECURITY",
    CKV_OCI_17: "NETWORKING",
    CKV_OCI_18: "IAM",
    CKV_OCI_19: "NETWORKING",
    CKV_OCI_20: "NETWORKING",
    CKV_OCI_21: "NETWORKING",
    CKV_OCI_22: "NETWORKING",
    CKV_OCI_23: "NETWORKING",
    CKV_OKTA_1: "IAM",
    CKV_OPENAPI_1: "API_SECURITY",
    CKV_OPENAPI_2: "API_SECURITY",
    CKV_OPENAPI_3: "API_SECURITY",
    CKV_OPENAPI_4: "API_SECURITY",
    CKV_OPENAPI_5: "API_SECURITY",
    CKV_OPENAPI_6: "API_SECURITY",
    CKV_OPENAPI_7: "API_SECURITY",
    CKV_OPENAPI_8: "API_SECURITY",
    CKV_OPENAPI_9: "API_SECURITY",
    CKV_OPENAPI_10: "API_SECURITY",
    CKV_OPENAPI_11: "API_SECURITY",
    CKV_OPENAPI_12: "API_SECURITY",
    CKV_OPENAPI_13: "API_SECURITY",
    CKV_OPENAPI_14: "API_SECURITY",
    CKV_OPENAPI_15: "API_SECURITY",
    CKV_OPENAPI_16: "API_SECURITY",
    CKV_OPENAPI_17: "API_SECURITY",
    CKV_OPENAPI_18: "API_SECURITY",
    CKV_OPENAPI_19: "API_SECURITY",
    CKV_OPENAPI_20: "API_SECURITY",
    CKV_OPENAPI_21: "API_SECURITY",
    CKV_OPENSTACK_1: "SECRETS",
    CKV_OPENSTACK_2: "NETWORKING",
    CKV_OPENSTACK_3: "NETWORKING",
    CKV_OPENSTACK_4: "SECRETS",
    CKV_OPENSTACK_5: "NETWORKING",
    CKV_PAN_1: "SECRETS",
    CKV_PAN_2: "NETWORKING",
    CKV_PAN_3: "NETWORKING",
    CKV_PAN_4: "NETWORKING",
    CKV_PAN_5: "NETWORKING",
    CKV_PAN_6: "NETWORKING",
    CKV_PAN_7: "NETWORKING",
    CKV_PAN_8: "NETWORKING",
    CKV_PAN_9: "NETWORKING",
    CKV_PAN_10: "NETWORKING",
    CKV_PAN_11: "NETWORKING",
    CKV_PAN_12: "NETWORKING",
    CKV_PAN_13: "NETWORKING",
    CKV_PAN_14: "NETWORKING",
    CKV_PAN_15: "NETWORKING",
    CKV_PAN_16: "LOGGING",
    CKV_PAN_17: "NETWORKING",
    CKV_TC_1: "ENCRYPTION",
    CKV_TC_2: "NETWORKING",
    CKV_TC_3: "LOGGING",
    CKV_TC_4: "NETWORKING",
    CKV_TC_5: "NETWORKING",
    CKV_TC_6: "LOGGING",
    CKV_TC_7: "NETWORKING",
    CKV_TC_8: "NETWORKING",
    CKV_TC_9: "NETWORKING",
    CKV_TC_10: "NETWORKING",
    CKV_TC_11: "LOGGING",
    CKV_TC_12: "NETWORKING",
    CKV_TC_13: "GENERAL_SECURITY",
    CKV_TC_14: "NETWORKING",
    CKV_TF_1: "SUPPLY_CHAIN",
    CKV_TF_2: "SUPPLY_CHAIN",
    CKV_YC_1: "NETWORKING",
    CKV_YC_2: "NETWORKING",
    CKV_YC_3: "ENCRYPTION",
    CKV_YC_4: "GENERAL_SECURITY",
    CKV_YC_5: "NETWORKING",
    CKV_YC_6: "NETWORKING",
    CKV_YC_7: "GENERAL_SECURITY",
    CKV_YC_8: "GENERAL_SECURITY",
    CKV_YC_9: "ENCRYPTION",
    CKV_YC_10: "ENCRYPTION",
    CKV_YC_11: "NETWORKING",
    CKV_YC_12: "NETWORKING",
    CKV_YC_13: "IAM",
    CKV_YC_14: "NETWORKING",
    CKV_YC_15: "NETWORKING",
    CKV_YC_16: "NETWORKING",
    CKV_YC_17: "GENERAL_SECURITY",
    CKV_YC_18: "NETWORKING",
    CKV_YC_19: "GENERAL_SECURITY",
    CKV_YC_20: "GENERAL_SECURITY",
    CKV_YC_21: "IAM",
    CKV_YC_22: "NETWORKING",
    CKV_YC_23: "IAM",
    CKV_YC_24: "IAM",
    CKV2_ADO_1: "GENERAL_SECURITY",
    CKV2_ANSIBLE_1: "NETWORKING",
    CKV2_ANSIBLE_2: "NETWORKING",
    CKV2_ANSIBLE_3: "BACKUP_AND_RECOVERY",
    CKV2_ANSIBLE_4: "GENERAL_SECURITY",
    CKV2_ANSIBLE_5: "GENERAL_SECURITY",
    CKV2_ANSIBLE_6: "GENERAL_SECURITY",
    CKV2_AWS_1: "NETWORKING",
    CKV2_AWS_2: "ENCRYPTION",
    CKV2_AWS_3: "GENERAL_SECURITY",
    CKV2_AWS_4: "LOGGING",
    CKV2_AWS_5: "NETWORKING",
    CKV2_AWS_6: "NETWORKING",
    CKV2_AWS_7: "NETWORKING",
    CKV2_AWS_8: "BACKUP_AND_RECOVERY",
    CKV2_AWS_9: "BACKUP_AND_RECOVERY",
    CKV2_AWS_10: "LOGGING",
    CKV2_AWS_11: "LOGGING",
    CKV2_AWS_12: "LOGGING",
    CKV2_AWS_14: "IAM",
    CKV2_AWS_15: "NETWORKING",
    CKV2_AWS_16: "GENERAL_SECURITY",
    CKV2_AWS_18: "BACKUP_AND_RECOVERY",
    CKV2_AWS_19: "NETWORKING",
    CKV2_AWS_20: "NETWORKING",
    CKV2_AWS_21: "IAM",
    CKV2_AWS_22: "IAM",
    CKV2_AWS_23: "NETWORKING",
    CKV2_AWS_27: "LOGGING",
    CKV2_AWS_28: "NETWORKING",
    CKV2_AWS_29: "NETWORKING",
    CKV2_AWS_30: "LOGGING",
    CKV2_AWS_31: "LOGGING",
    CKV2_AWS_32: "NETWORKING",
    CKV2_AWS_33: "APPLICATION_SECURITY",
    CKV2_AWS_36: "SUPPLY_CHAIN",
    CKV2_AWS_37: "GENERAL_SECURITY",
    CKV2_AWS_38: "NETWORKING",
    CKV2_AWS_39: "LOGGING",
    CKV2_AWS_40: "IAM",
    CKV2_AWS_41: "IAM",
    CKV2_AWS_42: "NETWORKING",
    CKV2_AWS_43: "IAM",
    CKV2_AWS_44: "NETWORKING",
    CKV2_AWS_45: "LOGGING",
    CKV2_AWS_46: "IAM",
    CKV2_AWS_47: "APPLICATION_SECURITY",
    CKV2_AWS_48: "LOGGING",
    CKV2_AWS_49: "NETWORKING",
    CKV2_AWS_50: "BACKUP_AND_RECOVERY",
    CKV2_AWS_51: "GENERAL_SECURITY",
    CKV2_AWS_52: "IAM",
    CKV2_AWS_53: "GENERAL_SECURITY",
    CKV2_AWS_54: "NETWORKING",
    CKV2_AWS_55: "ENCRYPTION",
    CKV2_AWS_56: "IAM",
    CKV2_AWS_57: "GENERAL_SECURITY",
    CKV2_AWS_58: "GENERAL_SECURITY",
    CKV2_AWS_59: "GENERAL_SECURITY",
    CKV2_AWS_60: "GENERAL_SECURITY",
    CKV2_AWS_61: "LOGGING",
    CKV2_AWS_62: "LOGGING",
    CKV2_AWS_63: "LOGGING",
    CKV2_AWS_64: "IAM",
    CKV2_AWS_65: "GENERAL_SECURITY",
    CKV2_AWS_66: "NETWORKING",
    CKV2_AWS_68: "NETWORKING",
    CKV2_AWS_69: "NETWORKING",
    CKV2_AWS_70: "NETWORKING",
    CKV2_AWS_71: "NETWORKING",
    CKV2_AWS_72: "NETWORKING",
    CKV2_AWS_73: "ENCRYPTION",
    CKV2_AWS_74: "NETWORKING",
    CKV2_AWS_75: "NETWORKING",
    CKV2_AWS_76: "NETWORKING",
    CKV2_AWS_77: "NETWORKING",
    CKV2_AWS_78: "NETWORKING",
    CKV2_AZURE_1: "ENCRYPTION",
    CKV2_AZURE_2: "GENERAL_SECURITY",
    CKV2_AZURE_3: "GENERAL_SECURITY",
    CKV2_AZURE_4: "GENERAL_SECURITY",
    CKV2_AZURE_5: "GENERAL_SECURITY",
    CKV2_AZURE_6: "GENERAL_SECURITY",
    CKV2_AZURE_7: "GENERAL_SECURITY",
    CKV2_AZURE_8: "LOGGING",
    CKV2_AZURE_9: "GENERAL_SECURITY",
    CKV2_AZURE_10: "GENERAL_SECURITY",
    CKV2_AZURE_11: "ENCRYPTION",
    CKV2_AZURE_12: "BACKUP_AND_RECOVERY",
    CKV2_AZURE_13: "GENERAL_SECURITY",
    CKV2_AZURE_14: "ENCRYPTION",
    CKV2_AZURE_15: "ENCRYPTION",
    CKV2_AZURE_16: "ENCRYPTION",
    CKV2_AZURE_17: "ENCRYPTION",
    CKV2_AZURE_19: "NETWORKING",
    CKV2_AZURE_20: "LOGGING",
    CKV2_AZURE_21: "LOGGING",
    CKV2_AZURE_22: "ENCRYPTION",
    CKV2_AZURE_23: "NETWORKING",
    CKV2_AZURE_24: "GENERAL_SECURITY",
    CKV2_AZURE_25: "GENERAL_SECURITY",
    CKV2_AZURE_26: "GENERAL_SECURITY",
    CKV2_AZURE_27: "GENERAL_SECURITY",
    CKV2_AZURE_28: "GENERAL_SECURITY",
    CKV2_AZURE_29: "GENERAL_SECURITY",
    CKV2_AZURE_30: "GENERAL_SECURITY",
    CKV2_AZURE_31: "GENERAL_SECURITY",
    CKV2_AZURE_32: "GENERAL_SECURITY",
    CKV2_AZURE_33: "GENERAL_SECURITY",
    CKV2_AZURE_34: "NETWORKING",
    CKV2_AZURE_35: "IAM",
    CKV2_AZURE_36: "IAM",
    CKV2_AZURE_37: "ENCRYPTION",
    CKV2_AZURE_38: "GENERAL_SECURITY",
    CKV2_AZURE_39: "NETWORKING",
    CKV2_AZURE_40: "IAM",
    CKV2_AZURE_41: "IAM",
    CKV2_AZURE_42: "GENERAL_SECURITY",
    CKV2_AZURE_43: "GENERAL_SECURITY",
    CKV2_AZURE_44: "GENERAL_SECURITY",
    CKV2_AZURE_45: "GENERAL_SECURITY",
    CKV2_AZURE_46: "GENERAL_SECURITY",
    CKV2_AZURE_47: "IAM",
    CKV2_AZURE_48: "ENCRYPTION",
    CKV2_AZURE_49: "NETWORKING",
    CKV2_AZURE_50: "NETWORKING",
    CKV2_AZURE_51: "GENERAL_SECURITY",
    CKV2_AZURE_52: "GENERAL_SECURITY",
    CKV2_AZURE_53: "LOGGING",
    CKV2_AZURE_54: "LOGGING",
    CKV2_AZURE_55: "NETWORKING",
    CKV2_AZURE_56: "NETWORKING",
    CKV2_AZURE_57: "GENERAL_SECURITY",
    CKV2_DOCKER_1: "CONVENTION",
    CKV2_DOCKER_2: "APPLICATION_SECURITY",
    CKV2_DOCKER_3: "APPLICATION_SECURITY",
    CKV2_DOCKER_4: "APPLICATION_SECURITY",
    CKV2_DOCKER_5: "APPLICATION_SECURITY",
    CKV2_DOCKER_6: "APPLICATION_SECURITY",
    CKV2_DOCKER_7: "APPLICATION_SECURITY",
    CKV2_DOCKER_8: "APPLICATION_SECURITY",
    CKV2_DOCKER_9: "APPLICATION_SECURITY",
    CKV2_DOCKER_10: "APPLICATION_SECURITY",
    CKV2_DOCKER_11: "APPLICATION_SECURITY",
    CKV2_DOCKER_12: "APPLICATION_SECURITY",
    CKV2_DOCKER_13: "APPLICATION_SECURITY",
    CKV2_DOCKER_14: "APPLICATION_SECURITY",
    CKV2_DOCKER_15: "APPLICATION_SECURITY",
    CKV2_DOCKER_16: "APPLICATION_SECURITY",
    CKV2_DOCKER_17: "APPLICATION_SECURITY",
    CKV2_GCP_1: "NETWORKING",
    CKV2_GCP_3: "ENCRYPTION",
    CKV2_GCP_4: "LOGGING",
    CKV2_GCP_6: "ENCRYPTION",
    CKV2_GCP_7: "IAM",
    CKV2_GCP_8: "ENCRYPTION",
    CKV2_GCP_9: "GENERAL_SECURITY",
    CKV2_GCP_10: "NETWORKING",
    CKV2_GCP_11: "GENERAL_SECURITY",
    CKV2_GCP_12: "NETWORKING",
    CKV2_GCP_13: "LOGGING",
    CKV2_GCP_14: "LOGGING",
    CKV2_GCP_15: "LOGGING",
    CKV2_GCP_16: "LOGGING",
    CKV2_GCP_17: "LOGGING",
    CKV2_GCP_18: "NETWORKING",
    CKV2_GCP_19: "KUBERNETES",
    CKV2_GCP_20: "BACKUP_AND_RECOVERY",
    CKV2_GCP_21: "ENCRYPTION",
    CKV2_GCP_22: "ENCRYPTION",
    CKV2_GCP_23: "ENCRYPTION",
    CKV2_GCP_24: "ENCRYPTION",
    CKV2_GCP_25: "ENCRYPTION",
    CKV2_GCP_26: "ENCRYPTION",
    CKV2_GCP_27: "ENCRYPTION",
    CKV2_GCP_28: "GENERAL_SECURITY",
    CKV2_GCP_29: "LOGGING",
    CKV2_GCP_30: "LOGGING",
    CKV2_GCP_31: "LOGGING",
    CKV2_GCP_32: "NETWORKING",
    CKV2_GCP_33: "NETWORKING",
    CKV2_GCP_34: "NETWORKING",
    CKV2_GCP_35: "ENCRYPTION",
    CKV2_GCP_36: "NETWORKING",
    CKV2_GCP_37: "NETWORKING",
    CKV2_GCP_38: "NETWORKING",
    CKV2_GHA_1: "IAM",
    CKV2_GIT_1: "GENERAL_SECURITY",
    CKV2_IBM_1: "GENERAL_SECURITY",
    CKV2_IBM_2: "GENERAL_SECURITY",
    CKV2_IBM_3: "IAM",
    CKV2_IBM_4: "IAM",
    CKV2_IBM_5: "IAM",
    CKV2_IBM_7: "NETWORKING",
    CKV2_K8S_1: "KUBERNETES",
    CKV2_K8S_2: "KUBERNETES",
    CKV2_K8S_3: "KUBERNETES",
    CKV2_K8S_4: "KUBERNETES",
    CKV2_K8S_5: "KUBERNETES",
    CKV2_K8S_6: "KUBERNETES",
    CKV2_OCI_1: "IAM",
    CKV2_OCI_2: "NETWORKING",
    CKV2_OCI_3: "NETWORKING",
    CKV2_OCI_4: "GENERAL_SECURITY",
    CKV2_OCI_5: "ENCRYPTION",
    CKV2_OCI_6: "GENERAL_SECURITY"
  }
};

// src/reports/parsers/checkov-categories.ts
var CHECKOV_CATEGORIES = new Map(
  Object.entries(checkov_categories_default.categories)
);

// src/reports/parsers/totals.ts
function agreeTotals(stated, counted, what, file, hint) {
  let ranges = Object.fromEntries(Object.keys(counted).map((k) => [k, [counted[k], counted[k]]]));
  agreeRanges(stated, ranges, what, file, hint);
}
function agreeRanges(stated, ranges, what, file, hint) {
  for (let key of Object.keys(ranges)) {
    if (!Object.hasOwn(stated, key) || stated[key] === void 0) continue;
    let n = num(stated[key]);
    if (n === void 0)
      throw new GateError(`${what}.${key} must be a number`, { file });
    let [min, max] = ranges[key];
    if (n < min || n > max) {
      let listed = min === max ? `${min}` : max === 1 / 0 ? `${min} or more` : `${min} to ${max}`;
      throw new GateError(
        `${what}.${key} says ${n}, but the report lists ${listed}: totals that disagree with the details are not a pass${hint ? ` (${hint})` : ""}`,
        { file }
      );
    }
  }
}
function countBy(items, keyOf, keys) {
  let counts = Object.fromEntries(keys.map((k) => [k, 0]));
  for (let item of items) {
    let key = keyOf(item);
    Object.hasOwn(counts, key) && (counts[key] = (counts[key] ?? 0) + 1);
  }
  return counts;
}

// src/reports/parsers/checkov.ts
var TOOL2 = "checkov", layerOf = (checkType) => checkType === "secrets" ? "secret" : "iac";
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
  containers: {
    "check type": ["results.failed_checks[]", "results.skipped_checks[]"],
    array: ["[].results.failed_checks[]", "[].results.skipped_checks[]"]
  },
  detect({ json }) {
    return Array.isArray(json) ? json.length > 0 && json.every(isCheckTypeReport) : isCheckTypeReport(json) || isSummaryOnly(json);
  },
  parse({ json, path }) {
    if (isSummaryOnly(json)) {
      if (num(json.failed))
        throw new GateError("is a Checkov summary with failed checks but no results", {
          file: path
        });
      return [];
    }
    return (Array.isArray(json) ? json : [json]).flatMap((report) => {
      if (!isCheckTypeReport(report))
        throw new GateError("every Checkov report needs check_type and results", { file: path });
      let results = report.results, checkType = str(report.check_type), failed = entries(results.failed_checks, "results.failed_checks", path), skipped = entries(results.skipped_checks, "results.skipped_checks", path);
      return [
        ...failed.map((check2) => failedCheck(check2, "FAILED", checkType, path)),
        ...skipped.map((check2) => skippedCheck(check2, checkType, path))
      ];
    });
  },
  stream: {
    arrays: [
      "results.failed_checks",
      "[].results.failed_checks",
      "results.skipped_checks",
      "[].results.skipped_checks"
    ]
  },
  // Checkov's summary counts its lists (failed = len(failed_checks), skipped =
  // len(skipped_checks)); checked on the whole report, as a streamed batch holds only part.
  checkTotals({ json, path }, findings) {
    if (isSummaryOnly(json)) return;
    let reports = (Array.isArray(json) ? json : [json]).filter(isCheckTypeReport), ours = findings.filter((f) => f.tool === TOOL2), suppressed = ours.filter((f) => f.suppressed).length, counted = { failed: ours.length - suppressed, skipped: suppressed };
    agreeTotals(statedSums(reports, Object.keys(counted), path), counted, "summary", path);
  },
  // Every check type that ran is evidence for its layer; a summary-only report scanned nothing.
  coverage({ json }) {
    let reports = Array.isArray(json) ? json : [json];
    return unique(reports.filter(isCheckTypeReport).map((r) => layerOf(r.check_type)));
  }
};
function statedSums(reports, keys, path) {
  let sums = {};
  for (let key of keys) {
    let sum = 0;
    for (let report of reports) {
      let value = isObject(report.summary) ? report.summary[key] : void 0;
      if (value === void 0) return sums;
      let n = num(value);
      if (n === void 0) throw new GateError(`summary.${key} must be a number`, { file: path });
      sum += n;
    }
    sums[key] = sum;
  }
  return sums;
}
var NO_COMMENT = "No comment provided";
function skippedCheck(check2, checkType, path) {
  let f = failedCheck(check2, "SKIPPED", checkType, path), result = isObject(check2.check_result) ? check2.check_result : {}, comment = str(result.suppress_comment);
  return f.suppressed = {
    kind: "checkov skip comment",
    justification: comment === NO_COMMENT ? void 0 : comment
  }, f;
}
function needResult(check2, expected, path) {
  let result = isObject(check2.check_result) ? check2.check_result.result : void 0;
  if (result !== void 0 && result !== expected)
    throw new GateError(
      `a check in the ${expected.toLowerCase()} list has check_result.result ${JSON.stringify(result)}`,
      { file: path }
    );
}
function failedCheck(check2, expected, checkType, path) {
  needResult(check2, expected, path);
  let id = str(check2.check_id);
  if (!id) throw new GateError("a failed check has no check_id", { file: path });
  let range = check2.file_line_range, bcId = str(check2.bc_check_id), file = checkFile(check2);
  return makeFinding(
    {
      tool: TOOL2,
      layer: layerOf(checkType),
      id,
      aliases: bcId ? [bcId] : [],
      title: str(check2.check_name) ?? id,
      description: str(check2.description) ?? str(check2.short_description) ?? void 0,
      // Open-source Checkov leaves severity null (it comes from the Prisma platform): unknown.
      severity: severityFromWord(check2.severity),
      location: file ? { path: file, startLine: lineAt(range, 0), endLine: lineAt(range, 1) } : void 0,
      target: str(check2.resource),
      url: str(check2.guideline),
      // Not in the report: the category the check's source declares (generated table).
      category: CHECKOV_CATEGORIES.get(id)
    },
    path
  );
}
function lineAt(range, i) {
  return Array.isArray(range) && num(range[i]) || void 0;
}
function checkFile(check2) {
  let repoFile = str(check2.repo_file_path), abs = str(check2.file_abs_path);
  if (repoFile !== void 0 && abs !== void 0) {
    let r = slashed(repoFile);
    if (slashed(abs) === r && r.startsWith("/")) return r;
  }
  let file = repoFile ?? str(check2.file_path);
  return file === void 0 ? void 0 : normalisePath(file);
}
function slashed(file) {
  return file.includes("\\") ? file.replace(/\\/g, "/") : file;
}
function normalisePath(file) {
  let slashed2 = file.includes("\\") ? file.replace(/\\/g, "/") : file;
  return slashed2[0] === "/" && slashed2[1] !== "/" ? slashed2.slice(1) : slashed2;
}

// src/model/vocabulary.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"], LAYERS = [
  "image",
  "dependency",
  "iac",
  "secret",
  "code",
  "license",
  "posture",
  "api"
], SEVERITY_RANK = {
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

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040", nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*", regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  let matches = [], match2 = regex.exec(string);
  for (; match2; ) {
    let allmatches = [];
    allmatches.startIndex = regex.lastIndex - match2[0].length;
    let len = match2.length;
    for (let index = 0; index < len; index++)
      allmatches.push(match2[index]);
    matches.push(allmatches), match2 = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  let match2 = regexName.exec(string);
  return !(match2 === null || typeof match2 > "u");
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
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
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
function getPositionFromMatch(match2) {
  return match2.startIndex + match2[1].length;
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
  addEndIndex(endIndex) {
    let lastChild = this.child[this.child.length - 1];
    lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0 && (lastChild[METADATA_SYMBOL].endIndex = endIndex);
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
      let match2 = numRegex.exec(trimmedStr);
      if (match2) {
        let sign = match2[1] || "", leadingZeros = match2[2], numTrimmedByZeros = trimZeros(match2[3]), decimalAdjacentToLeadingZeros = sign ? (
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
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    let path = this._matcher.path;
    if (path.length !== 0)
      return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    let path = this._matcher.path;
    if (path.length === 0) return !1;
    let current = path[path.length - 1];
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
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].counter ?? 0;
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
}, Matcher = class {
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
    let sep2 = separator || this.separator;
    if (sep2 === this.separator && includeNamespace === !0) {
      if (this._pathStringCache !== null)
        return this._pathStringCache;
      let result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      return this._pathStringCache = result, result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
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
var sep = `["'\\s]*:`, NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
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
  return input.indexOf("&") === -1 ? input : input.replace(ENTITY_RE, (match2, hex, dec, name) => {
    if (name !== void 0)
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match2;
    let cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    return !Number.isFinite(cp) || cp > 1114111 ? match2 : String.fromCodePoint(cp);
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
    })), this.matcher = new Matcher(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = !1, this.stopNodeExpressionsSet = new ExpressionSet();
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
    let tags = tagname.split(":"), prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns")
      return "";
    tags.length === 2 && (tagname = prefix + tags[1]);
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match2) {
  return match2[3] !== void 0 ? match2[3] : match2[4];
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
        let endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          let comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher), currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
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
    let code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      if (index = xmlData.indexOf(xmlData[index], index + 1), index === -1) return;
    } else if (code === closeCode0)
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1)
          return result += xmlData.substring(segmentStart, index), { data: result, index };
      } else
        return result += xmlData.substring(segmentStart, index), { data: result, index };
    else code === 9 && (result += xmlData.substring(segmentStart, index) + " ", segmentStart = index + 1);
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
            let exp = xmlData.substring(i + 1, nextGt), sep2 = exp.search(/\s/);
            (sep2 === -1 ? exp : exp.substring(0, sep2)) === tagName && exp[exp.length - 1] !== "/" && openTagCount++, i = nextGt;
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
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs != "object") return {};
  if (!prefix) return attrs;
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(prefix)) {
      let rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr2, options, matcher, readonlyMatcher) {
  let text3, compressedObj = {};
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
      text3 === void 0 ? text3 = tagObj[property] : text3 += "" + tagObj[property];
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
  return typeof text3 == "string" ? text3.length > 0 && (compressedObj[options.textNodeName] = text3) : text3 !== void 0 && (compressedObj[options.textNodeName] = text3), compressedObj;
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

// src/reports/parsers/xml-tree.ts
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities2(text3) {
  return text3.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => ref.startsWith("#x") || ref.startsWith("#X") ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith("#") ? String.fromCodePoint(parseInt(ref.slice(1), 10)) : lookup(ENTITIES, ref) ?? whole);
}
function parseXmlTree(text3, file, lists, attributePrefix = "@") {
  if (/<!DOCTYPE|<!ENTITY/i.test(text3))
    throw new GateError("XML with a DOCTYPE or entity declaration is refused", { file });
  let parser = new XMLParser({
    ignoreAttributes: !1,
    attributeNamePrefix: attributePrefix,
    parseTagValue: !1,
    parseAttributeValue: !1,
    processEntities: !1,
    htmlEntities: !1,
    removeNSPrefix: !0,
    isArray: (_name, jpath) => lists.some((re) => re.test(String(jpath))),
    tagValueProcessor: (_name, value) => decodeEntities2(value),
    attributeValueProcessor: (_name, value) => decodeEntities2(value)
  }), doc;
  try {
    doc = parser.parse(text3);
  } catch (err) {
    throw new GateError(`is not valid XML (${err instanceof Error ? err.message : String(err)})`, {
      file
    });
  }
  if (!isObject(doc)) throw new GateError("is not an XML document", { file });
  return doc;
}
var XmlReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  error(message) {
    return new GateError(message, { file: this.file });
  }
  /** A singleton element: absent or empty is undefined; repeated or text-only is an error. */
  one(parent, name) {
    let value = parent[name];
    if (!(value === void 0 || value === "")) {
      if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
      if (!isObject(value)) throw this.error(`<${name}> must hold elements, not text`);
      return value;
    }
  }
  /** The text of a singleton element or an attribute; repeated is an error. */
  text(parent, name) {
    let value = parent[name];
    if (value !== void 0) {
      if (typeof value == "string") return value.trim() || void 0;
      if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
      if (isObject(value))
        return typeof value["#text"] == "string" ? value["#text"].trim() : void 0;
      throw this.error(`<${name}> must be text`);
    }
  }
  /**
   * Informational text an element may carry more than once (ZAP 1.x writes `<otherinfo>` for
   * the instance and the alert): the texts joined. Never for a field that decides a verdict.
   */
  notes(parent, name) {
    let value = parent[name];
    if (!Array.isArray(value)) return this.text(parent, name);
    let texts = value.map((v) => this.text({ [name]: v }, name)).filter(Boolean);
    return texts.length > 0 ? texts.join(`
`) : void 0;
  }
  /** The `child` elements of `parent`, which the tree lists as an array (see parseXmlTree). */
  each(parent, child) {
    let items = parent[child];
    if (items === void 0) return [];
    if (!Array.isArray(items)) throw this.error(`<${child}> must be listed`);
    return items.map((item) => {
      if (!isObject(item)) throw this.error(`<${child}> must hold elements`);
      return item;
    });
  }
};

// src/reports/parsers/cyclonedx-xml.ts
var LISTS = [
  /\.components\.component$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.ratings\.rating$/,
  /\.vulnerabilityScore\.score$/,
  /\.cwes\.cwe$/,
  /\.affects\.target$/,
  /\.versions\.version$/,
  /\.references\.reference$/,
  /\.responses\.response$/,
  /\.advisories\.advisory$/,
  /\.recommendations\.recommendation$/,
  /\.licenses\.license$/
];
function isCycloneDxXml(text3) {
  return /<bom\b[^>]*xmlns="http:\/\/cyclonedx\.org\/schema\/bom\//.test(text3.slice(0, 4e3));
}
function bomFromXml(text3, file) {
  let doc = parseXmlTree(text3, file, LISTS, ""), read5 = new Reader(file), bom = read5.one(doc, "bom");
  if (!bom) throw new GateError("has no <bom> root element", { file });
  let metadata = read5.one(bom, "metadata") ?? {}, subject = read5.one(metadata, "component");
  return {
    bomFormat: "CycloneDX",
    specVersion: /<bom\b[^>]*xmlns="[^"]*schema\/bom\/([\d.]+)"/.exec(text3.slice(0, 4e3))?.[1],
    metadata: {
      timestamp: read5.text(metadata, "timestamp"),
      component: subject && component(subject, read5)
    },
    components: read5.children(bom, "components", "component").map((c) => component(c, read5)),
    vulnerabilities: read5.children(bom, "vulnerabilities", "vulnerability").map((v) => vulnerability(v, read5))
  };
}
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  /** A singleton element: absent or empty is undefined; repeated or text-only is an error. */
  one(parent, name) {
    let value = parent[name];
    if (!(value === void 0 || value === "")) {
      if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
      if (!isObject(value)) throw this.error(`<${name}> must hold elements, not text`);
      return value;
    }
  }
  /** The text of a singleton element (or an attribute); repeated is an error. */
  text(parent, name) {
    let value = parent[name];
    if (value !== void 0) {
      if (typeof value == "string") return value;
      if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
      if (isObject(value) && typeof value["#text"] == "string") return value["#text"];
      throw this.error(`<${name}> must be text`);
    }
  }
  /** The list `child` elements of the one `container`, which holds nothing else. */
  listed(parent, container, child) {
    let list2 = this.one(parent, container);
    if (!list2) return;
    if (Object.keys(list2).find((k) => k !== child) !== void 0) throw this.error(`<${container}> may list only <${child}>`);
    return list2[child];
  }
  /** The `child` elements of the one `container`: `<ratings><rating/>...</ratings>`. */
  children(parent, container, child) {
    let items = this.listed(parent, container, child);
    if (items === void 0) return [];
    if (!Array.isArray(items)) throw this.error(`<${container}> must list <${child}> elements`);
    return items.map((item) => {
      if (!isObject(item)) throw this.error(`<${child}> in <${container}> must hold elements`);
      return item;
    });
  }
  /** The texts of the `child` elements of the one `container`: `<cwes><cwe>79</cwe></cwes>`. */
  texts(parent, container, child) {
    let items = this.listed(parent, container, child);
    if (items === void 0) return [];
    if (!Array.isArray(items)) throw this.error(`<${container}> must list <${child}> elements`);
    return items.map((item) => this.text({ [child]: item }, child) ?? "");
  }
  error(message) {
    return new GateError(`CycloneDX XML: ${message}`, { file: this.file });
  }
};
function component(c, read5) {
  return {
    "bom-ref": read5.text(c, "bom-ref"),
    type: read5.text(c, "type"),
    group: read5.text(c, "group"),
    name: read5.text(c, "name"),
    version: read5.text(c, "version"),
    purl: read5.text(c, "purl"),
    licenses: licenses(c, read5),
    evidence: evidence(c, read5),
    components: read5.children(c, "components", "component").map((x) => component(x, read5)),
    // The 1.0 vulnerability extension (CycloneDX 1.2/1.3): findings of this component.
    vulnerabilities: read5.children(c, "vulnerabilities", "vulnerability").map((v) => vulnerability(v, read5))
  };
}
function licenses(c, read5) {
  let list2 = read5.one(c, "licenses");
  if (!list2) return;
  if (Object.keys(list2).find((k) => k !== "license" && k !== "expression") !== void 0) throw read5.error("<licenses> may list only <license> and <expression>");
  let expression = read5.text(list2, "expression"), items = list2.license === void 0 ? [] : list2.license;
  return [
    ...expression === void 0 ? [] : [{ expression }],
    ...items.map((l) => {
      if (!isObject(l)) throw read5.error("<license> must hold <id> or <name>");
      return { license: { id: read5.text(l, "id"), name: read5.text(l, "name") } };
    })
  ];
}
function evidence(c, read5) {
  let found = read5.one(c, "evidence");
  return found ? { licenses: licenses(found, read5) } : void 0;
}
function vulnerability(v, read5) {
  let analysis = read5.one(v, "analysis"), source = read5.one(v, "source"), recommendations = read5.texts(v, "recommendations", "recommendation");
  return {
    id: read5.text(v, "id"),
    "bom-ref": read5.text(v, "bom-ref"),
    description: read5.text(v, "description"),
    detail: read5.text(v, "detail"),
    recommendation: [read5.text(v, "recommendation"), ...recommendations].filter(Boolean).join(`
`),
    source: source && { name: read5.text(source, "name"), url: read5.text(source, "url") },
    references: read5.children(v, "references", "reference").map((r) => ({ id: read5.text(r, "id") })),
    ratings: [
      ...read5.children(v, "ratings", "rating"),
      ...read5.children(v, "vulnerabilityScore", "score")
    ].map((r) => rating(r, read5)),
    // 1.4 and the extension's XSD list CWEs in <cwes>; KICS writes a bare <cwe> too.
    cwes: [...read5.texts(v, "cwes", "cwe"), read5.text(v, "cwe")].filter(Boolean),
    analysis: analysis && {
      state: read5.text(analysis, "state"),
      justification: read5.text(analysis, "justification"),
      detail: read5.text(analysis, "detail")
    },
    affects: read5.children(v, "affects", "target").map((t) => ({
      ref: read5.text(t, "ref"),
      versions: read5.children(t, "versions", "version").map((x) => ({
        version: read5.text(x, "version"),
        status: read5.text(x, "status")
      }))
    }))
  };
}
function rating(r, read5) {
  let nested = isObject(r.score) ? read5.one(r, "score") : void 0;
  return {
    score: nested ? read5.text(nested, "base") : read5.text(r, "score"),
    severity: read5.text(r, "severity"),
    method: read5.text(r, "method") ?? (typeof r.source == "string" ? r.source : void 0)
  };
}

// src/reports/parsers/cyclonedx-licenses.ts
var TOOL3 = "cyclonedx", NO_LICENSE = "unknown-license";
function licenseFindings(components, packageOf3, target, file) {
  let declared = components.map((c) => declaredLicense(c, file));
  return declared.every((d) => d === void 0) ? [] : components.map((c, i) => {
    let license2 = declared[i], pkg = packageOf3(c), name = pkg ? `${pkg.name}${pkg.version ? `@${pkg.version}` : ""}` : void 0;
    return makeFinding(
      {
        tool: TOOL3,
        layer: "license",
        // The licence is the id, so a component whose licence changes is a new finding to
        // judge (a baseline never hides the change), as Trivy's licence findings are.
        id: license2 ?? NO_LICENSE,
        title: `License ${license2 ?? "not declared"}${name ? ` (${name})` : ""}`,
        // An inventory entry, not a problem in itself: the policy's `license` conditions judge it.
        severity: "info",
        package: pkg,
        target: pkg ? target : str(c.name) ?? target,
        license: license2
      },
      file
    );
  });
}
function declaredLicense(c, file) {
  let evidence2 = isObject(c.evidence) ? c.evidence.licenses : void 0, parts = [
    ...licenseList(c.licenses, "components[].licenses", file),
    ...licenseList(evidence2, "components[].evidence.licenses", file)
  ];
  return parts.length === 0 ? void 0 : allNeeded(parts);
}
function allNeeded(texts) {
  return texts.length === 1 ? texts[0] : texts.map((t) => `(${t})`).join(" AND ");
}
function licenseList(list2, where, file) {
  return list2 == null ? [] : entries(list2, where, file).map((l) => licenseEntry(l, file));
}
function licenseEntry(l, file) {
  if (l.expression !== void 0) {
    let expression = str(l.expression);
    if (!expression || l.license !== void 0) throw bad("an expression string alone", file);
    return expression;
  }
  if (!isObject(l.license)) throw bad("an expression or a license object", file);
  let id = l.license.id, name = l.license.name;
  if (id !== void 0 && typeof id != "string") throw bad("license.id as a string", file);
  if (name !== void 0 && typeof name != "string") throw bad("license.name as a string", file);
  let texts = [id, name].map((t) => t?.trim()).filter((t) => !!t);
  if (texts.length === 0) throw bad("license.id or license.name", file);
  return allNeeded(texts[0] === texts[1] ? [texts[0]] : texts);
}
function bad(what, file) {
  return new GateError(`a components[].licenses entry must have ${what}`, { file });
}

// src/reports/parsers/cyclonedx.ts
var TOOL4 = "cyclonedx", SUPPRESSING_STATES = /* @__PURE__ */ new Set(["not_affected", "false_positive"]), COUNTING_STATES = /* @__PURE__ */ new Set(["resolved", "resolved_with_pedigree", "exploitable", "in_triage"]), OS_PURL = /^pkg:(deb|rpm|apk|alpm)\//, xmlBoms = /* @__PURE__ */ new WeakMap();
function bomOf(input) {
  if (input.syntax !== "xml") return input.json;
  let bom = xmlBoms.get(input);
  return bom || (bom = bomFromXml(input.text, input.path), xmlBoms.set(input, bom)), bom;
}
var cyclonedx = {
  id: "cyclonedx",
  description: "CycloneDX 1.4+ JSON or XML with vulnerabilities or component licences (trivy --format cyclonedx, grype -o cyclonedx-json, syft, ...)",
  layers: ["dependency", "image", "license"],
  // The 1.0 vulnerability extension nests them in components (any depth; two levels listed).
  containers: {
    bom: [
      "vulnerabilities[]",
      "components[].vulnerabilities[]",
      "components[].components[].vulnerabilities[]",
      "metadata.component.vulnerabilities[]",
      // Component licences (cyclonedx-licenses.ts).
      "components[].licenses[]",
      "components[].components[].licenses[]"
    ]
  },
  detect(input) {
    return input.syntax === "xml" ? isCycloneDxXml(input.text) : isObject(input.json) && input.json.bomFormat === "CycloneDX";
  },
  parse(input) {
    needShape(cyclonedx.detect(input), "CycloneDX", "bomFormat CycloneDX", input.path);
    let bom = bomOf(input), file = input.path, all = allComponents(bom, file), components = indexComponents(all), metadata = isObject(bom.metadata) ? bom.metadata : {}, subject = isObject(metadata.component) ? metadata.component : {}, inImage = str(subject.type) === "container", ctx = { components, inImage, target: str(subject.name), report: file }, listed = entries(bom.vulnerabilities, "vulnerabilities", file).flatMap((v) => {
      let affects = entries(v.affects, "vulnerabilities[].affects", file);
      return (affects.length > 0 ? affects : [{}]).map((a) => {
        let ref = str(a.ref);
        return finding(v, packageOf(ref, components), ref, unaffectedIn(a, file), ctx);
      });
    }), extension = (isObject(metadata.component) ? [...all, ...componentTree([metadata.component], "metadata.component", file)] : all).flatMap(
      (c) => entries(c.vulnerabilities, "components[].vulnerabilities", file).map((v) => {
        if (!str(v.id)) throw new GateError("an extension vulnerability has no id", { file });
        return finding(v, componentPackage(c), void 0, [], ctx);
      })
    ), licenses2 = licenseFindings(all, (c) => componentPackage(c), ctx.target, file);
    return [...listed, ...extension, ...licenses2];
  },
  timestamp(input) {
    let bom = bomOf(input);
    return isObject(bom.metadata) ? date(bom.metadata.timestamp) : void 0;
  },
  subject: (input) => cyclonedxSubject(bomOf(input))
};
function allComponents(bom, file) {
  return componentTree(bom.components, "components", file);
}
function componentTree(list2, what, file) {
  let out = [], visit = (value, where) => {
    for (let c of entries(value, where, file))
      out.push(c), visit(c.components, "components[].components");
  };
  return visit(list2, what), out;
}
function indexComponents(components) {
  let index = /* @__PURE__ */ new Map();
  for (let c of components)
    for (let key of [str(c["bom-ref"]), str(c.purl)]) key && index.set(key, c);
  return index;
}
function unaffectedIn(affect, file) {
  return entries(affect.versions, "affects[].versions", file).filter((x) => str(x.status) === "unaffected").map((x) => str(x.version)).filter((x) => !!x);
}
function finding(v, pkg, ref, unaffected, ctx) {
  let id = str(v.id) ?? str(v["bom-ref"]) ?? "unknown-vulnerability", ratings = entries(v.ratings, "vulnerabilities[].ratings", ctx.report), cvss = maxOf(ratings.filter((r) => !/v2/i.test(str(r.method) ?? "")).map((r) => num(r.score))) ?? maxOf(ratings.map((r) => num(r.score))), word = ratings.map((r) => severityFromWord(r.severity)).sort((a, b) => severityRank(b) - severityRank(a))[0], recommendation = str(v.recommendation), layer = ctx.inImage || OS_PURL.test(pkg?.purl ?? "") ? "image" : "dependency", description = str(v.description) ?? str(v.detail), f = makeFinding(
    {
      tool: TOOL4,
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
      target: pkg ? ctx.target : ref ?? ctx.target,
      cwe: cweList(Array.isArray(v.cwes) ? v.cwes : []),
      url: isObject(v.source) ? str(v.source.url) : void 0
    },
    ctx.report
  ), suppressed = suppressionOf(v, ctx.report);
  return suppressed && (f.suppressed = suppressed), f;
}
function suppressionOf(v, file) {
  if (v.analysis === void 0 || v.analysis === null) return;
  if (!isObject(v.analysis)) throw new GateError("analysis must be an object", { file });
  let analysis = v.analysis;
  if (analysis.state === void 0) return;
  let state = str(analysis.state);
  if (!(state && COUNTING_STATES.has(state))) {
    if (!state || !SUPPRESSING_STATES.has(state))
      throw new GateError(
        `analysis.state ${JSON.stringify(analysis.state)} is not a CycloneDX state`,
        { file }
      );
    return {
      kind: `cyclonedx ${state}`,
      justification: [str(analysis.justification), str(analysis.detail)].filter(Boolean).join(": ") || void 0
    };
  }
}
function packageOf(ref, components) {
  if (!ref) return;
  let c = components.get(ref);
  if (c) return componentPackage(c, ref.startsWith("pkg:") ? ref : void 0);
  let parsed = ref.startsWith("pkg:") ? parsePurl(ref) : void 0;
  if (parsed?.name)
    return { name: parsed.name, version: parsed.version, ecosystem: parsed.type, purl: ref };
}
function componentPackage(c, refPurl) {
  let purl = str(c.purl) ?? refPurl, parsed = purl ? parsePurl(purl) : void 0, name = [str(c.group), str(c.name)].filter(Boolean).join(purl?.startsWith("pkg:maven/") ? ":" : "/");
  if (name)
    return { name, version: str(c.version) ?? parsed?.version, ecosystem: parsed?.type, purl };
}
function parsePurl(purl) {
  let m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return;
  let parts = decodePercent(m[2]).split("/"), name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : void 0 };
}

// src/reports/parsers/dependency-check-xml.ts
var LISTS2 = [
  /^analysis\.dependencies\.dependency$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.vulnerabilities\.suppressedVulnerability$/,
  /\.references\.reference$/,
  /\.cwes\.cwe$/,
  /\.packages\.package$/
];
function isDependencyCheckXml(text3) {
  return /<analysis\b[^>]*xmlns="[^"]*DependencyCheck\/dependency-check\.[\d.]+\.xsd"/.test(
    text3.slice(0, 2e3)
  );
}
function dependencyCheckFromXml(text3, file) {
  let read5 = new XmlReader(file), root = read5.one(parseXmlTree(text3, file, LISTS2), "analysis");
  if (!root) throw read5.error("has no <analysis> root element");
  let scanInfo = read5.one(root, "scanInfo") ?? {}, projectInfo = read5.one(root, "projectInfo") ?? {}, dependencies = read5.one(root, "dependencies");
  return {
    reportSchema: "xml",
    scanInfo: { engineVersion: read5.text(scanInfo, "engineVersion") },
    projectInfo: { reportDate: read5.text(projectInfo, "reportDate") },
    dependencies: dependencies ? read5.each(dependencies, "dependency").map((d) => dep(read5, d)) : []
  };
}
function dep(read5, d) {
  let packages = read5.one(d, "packages"), vulns = read5.one(d, "vulnerabilities") ?? {};
  if (Object.keys(vulns).find(
    (k) => k !== "vulnerability" && k !== "suppressedVulnerability"
  ) !== void 0)
    throw read5.error(
      "<vulnerabilities> may list only <vulnerability> and <suppressedVulnerability>"
    );
  return {
    fileName: read5.text(d, "fileName"),
    filePath: read5.text(d, "filePath"),
    packages: packages ? read5.each(packages, "package").map((p) => ({ id: read5.text(p, "id") })) : [],
    vulnerabilities: read5.each(vulns, "vulnerability").map((v) => vuln(read5, v)),
    suppressedVulnerabilities: read5.each(vulns, "suppressedVulnerability").map((v) => vuln(read5, v))
  };
}
function vuln(read5, v) {
  let v2 = read5.one(v, "cvssV2"), v3 = read5.one(v, "cvssV3"), v4 = read5.one(v, "cvssV4"), cwes = read5.one(v, "cwes"), references = read5.one(v, "references");
  return {
    source: read5.text(v, "@source"),
    name: read5.text(v, "name"),
    severity: read5.text(v, "severity"),
    cvssv2: { score: (v2 && read5.text(v2, "score")) ?? read5.text(v, "cvssScore") },
    cvssv3: { baseScore: v3 && read5.text(v3, "baseScore") },
    cvssv4: { baseScore: v4 && read5.text(v4, "baseScore") },
    cwes: cwes ? cweTexts(read5, cwes) : [read5.text(v, "cwe")].filter(Boolean),
    description: read5.text(v, "description"),
    notes: read5.text(v, "notes"),
    knownExploitedVulnerability: read5.one(v, "knownExploitedVulnerability"),
    references: references ? read5.each(references, "reference").map((r) => ({ url: read5.text(r, "url") })) : []
  };
}
function cweTexts(read5, cwes) {
  let list2 = cwes.cwe;
  if (list2 === void 0) return [];
  if (!Array.isArray(list2)) throw read5.error("<cwe> must be listed");
  return list2.map((c) => read5.text({ cwe: c }, "cwe")).filter((c) => !!c);
}

// src/reports/parsers/dependency-check.ts
var TOOL5 = "dependency-check", xmlDocs = /* @__PURE__ */ new WeakMap();
function docOf(input) {
  if (input.syntax !== "xml") return input.json;
  let doc = xmlDocs.get(input);
  return doc || (doc = dependencyCheckFromXml(input.text, input.path), xmlDocs.set(input, doc)), doc;
}
function isReport2(value) {
  if (!isObject(value)) return !1;
  let scanInfo = isObject(value.scanInfo) ? value.scanInfo : NO_FIELDS;
  return typeof value.reportSchema == "string" || typeof scanInfo.engineVersion == "string";
}
var dependencyCheck = {
  id: "dependency-check",
  description: "OWASP Dependency-Check JSON or XML (dependency-check --scan DIR --format JSON or XML)",
  layers: ["dependency"],
  containers: {
    json: ["dependencies[].vulnerabilities[]", "dependencies[].suppressedVulnerabilities[]"]
  },
  detect: (input) => input.syntax === "xml" ? isDependencyCheckXml(input.text) : isReport2(input.json),
  parse(input) {
    let { path } = input, json = docOf(input);
    needShape(isReport2(json), "Dependency-Check JSON", "reportSchema or scanInfo", path);
    let deps = needArray(json.dependencies, "dependencies", path), findings = [];
    for (let dep2 of entries(deps, "dependencies", path)) {
      let where = dependencyOf(dep2);
      for (let v of entries(dep2.vulnerabilities, "dependencies[].vulnerabilities", path))
        findings.push(finding2(v, where, path));
      let suppressed = entries(
        dep2.suppressedVulnerabilities,
        "dependencies[].suppressedVulnerabilities",
        path
      );
      for (let v of suppressed) {
        let f = finding2(v, where, path);
        f.suppressed = { kind: "dependency-check suppression file", justification: str(v.notes) }, findings.push(f);
      }
    }
    return findings;
  },
  stream: {
    arrays: ["dependencies[].vulnerabilities", "dependencies[].suppressedVulnerabilities"]
  },
  timestamp: (input) => {
    let json = docOf(input);
    return isObject(json) && isObject(json.projectInfo) ? date(json.projectInfo.reportDate) : void 0;
  }
};
function dependencyOf(dep2) {
  let file = str(dep2.filePath), purl = objects(dep2.packages).map((p) => str(p.id)).find((id) => id?.startsWith("pkg:")), parsed = purl ? parsePurl2(purl) : void 0;
  return { pkg: parsed ? { name: parsed.name, version: parsed.version, ecosystem: parsed.type, purl } : { name: str(dep2.fileName) ?? file ?? "unknown" }, file: file?.split("?")[0]?.replace(/\\/g, "/") };
}
function parsePurl2(purl) {
  let m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return;
  let parts = decodePercent(m[2]).split("/"), name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : void 0 };
}
function finding2(v, where, path) {
  let id = str(v.name);
  if (!id) throw new GateError("a Dependency-Check vulnerability has no name", { file: path });
  let cvss = scoreOf(v), description = str(v.description), urls = objects(v.references).flatMap((r) => strings([r.url])), ghsa = urls.map(ghsaIn).find(Boolean);
  return makeFinding(
    {
      tool: TOOL5,
      layer: "dependency",
      id,
      aliases: ghsa && ghsa !== id ? [ghsa] : [],
      title: titleOf(description) ?? id,
      description,
      // NVD ratings (CRITICAL...), npm words (moderate) and "Unknown" for an unscored 0.0.
      severity: severityOf(v.severity, cvss),
      cvss,
      // Dependency-Check names no fixed version: whether one exists is not stated.
      package: where.pkg,
      location: where.file ? { path: where.file } : void 0,
      cwe: cweList(strings(v.cwes)),
      kev: isObject(v.knownExploitedVulnerability) || void 0,
      url: urls[0]
    },
    path
  );
}
function scoreOf(v) {
  let v4 = isObject(v.cvssv4) ? num(v.cvssv4.baseScore) : void 0, v3 = isObject(v.cvssv3) ? num(v.cvssv3.baseScore) : void 0, v2 = isObject(v.cvssv2) ? num(v.cvssv2.score) : void 0;
  return v4 ?? v3 ?? v2;
}

// src/reports/parsers/containers.ts
var compiled = /* @__PURE__ */ new Map();
function stepsOf(path) {
  let steps = compiled.get(path);
  return steps || (steps = path.split(".").flatMap((part) => {
    let m = /^([^[\]{}]*)(\[\]|\{\})?$/.exec(part);
    if (!m) throw new Error(`invalid container path "${path}"`);
    let name = m[1] ?? "", out = name === "*" ? [{ each: "*" }] : name ? [{ key: name }] : [];
    return m[2] && out.push({ each: m[2] }), out;
  }), compiled.set(path, steps)), steps;
}
function holds(doc, path) {
  return reaches(doc, stepsOf(path), 0);
}
function reaches(node, steps, at) {
  if (at === steps.length) return given(node);
  let step = steps[at];
  if ("key" in step)
    return isObject(node) && Object.hasOwn(node, step.key) && reaches(node[step.key], steps, at + 1);
  if (step.each === "[]") {
    if (!Array.isArray(node)) return !1;
    for (let item of node) if (reaches(item, steps, at + 1)) return !0;
    return !1;
  }
  if (!isObject(node)) return !1;
  for (let key in node) if (reaches(node[key], steps, at + 1)) return !0;
  return !1;
}
function given(value) {
  return value == null || value === "" ? !1 : Array.isArray(value) ? value.length > 0 : !isObject(value) || Object.keys(value).length > 0;
}

// src/reports/parsers/detect.ts
function resolveParser(parsers, input, forced) {
  let parser = forced ? forcedParser(parsers, input, forced) : onlyClaimant(parsers, input);
  return rejectForeignContainers(parsers, parser, input), rejectMixedVariants(parser, input), parser;
}
function forcedParser(parsers, input, forced) {
  let parser = parsers.find((p) => p.id === forced);
  if (!parser)
    throw new GateError(`unknown format "${forced}" (see \`ztgate formats\`)`, {
      file: input.path
    });
  return parser;
}
function onlyClaimant(parsers, input) {
  let claimants = parsers.filter((p) => p.detect(input));
  if (claimants.length === 0)
    throw new GateError(
      "unrecognised format: not a report of any supported scanner (see `ztgate formats`, or force one with FORMAT:PATH)",
      { file: input.path }
    );
  if (claimants.length > 1) {
    let ids = claimants.map((p) => p.id);
    throw new GateError(
      `is claimed by ${ids.length} formats (${ids.join(", ")}): it has the shape of each, so it is read as none; force the one it is with FORMAT:PATH (${ids.map((id) => `${id}:PATH`).join(" or ")})`,
      { file: input.path }
    );
  }
  return claimants[0];
}
var containersOf = (parser) => Object.values(parser.containers).flat();
function foreignContainers(parsers, parser, input) {
  let own = new Set(containersOf(parser)), found = [];
  for (let other of parsers) {
    if (other === parser) continue;
    let container = containersOf(other).find((c) => !own.has(c) && holds(input.json, c));
    container && found.push({ format: other.id, container });
  }
  return found;
}
function rejectForeignContainers(parsers, parser, input) {
  let foreign = foreignContainers(parsers, parser, input);
  if (foreign.length === 0) return;
  let what = foreign.map((f) => `${f.format} findings (${f.container})`).join(", "), formats = foreign.map((f) => `${f.format}:PATH`).join(" or ");
  throw new GateError(
    `is read as ${parser.id} but also holds ${what}, which ${parser.id} does not read: one report per file, or force the format it is with FORMAT:PATH (${formats})`,
    { file: input.path }
  );
}
function rejectMixedVariants(parser, input) {
  let present = Object.entries(parser.containers).filter(([, paths]) => paths.some((c) => holds(input.json, c))).map(([variant]) => variant);
  if (!(present.length < 2))
    throw new GateError(
      `holds the findings of ${present.length} variants of ${parser.id} (${present.join(", ")}), and a ${parser.id} report is read as one variant: one report per file`,
      { file: input.path }
    );
}

// src/model/utc-day.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
function utcDayOf(text3) {
  if (!ISO.exec(text3)) return;
  let written = text3.slice(0, 10), start = Date.parse(`${written}T00:00:00Z`);
  if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== written)
    return;
  if (text3.length === 10) return written;
  let time = Date.parse(text3);
  if (!Number.isNaN(time))
    return new Date(time).toISOString().slice(0, 10);
}
function earliest(a, b) {
  return a === void 0 ? b : b === void 0 || a <= b ? a : b;
}

// src/reports/parsers/first-seen.ts
function scannerDay(value, what, path) {
  if (value == null) return;
  let day = typeof value == "string" ? utcDayOf(value) : void 0;
  if (day === void 0)
    throw new GateError(`${what} ${JSON.stringify(value)} is not an ISO 8601 date`, {
      file: path
    });
  return day;
}

// src/reports/parsers/github-alert.ts
function isAlertList(json, isAlert4) {
  return Array.isArray(json) && json.length > 0 && json.every(isAlert4);
}
function alertsOf(json, kind, path) {
  if (!Array.isArray(json))
    throw new GateError(`a GitHub ${kind} alert list is a JSON array (the REST list response)`, {
      file: path
    });
  return entries(json, `${kind} alerts`, path);
}
function suppressionOf2(closure) {
  if (!closure) return;
  let kind = `github ${closure.how}${closure.reason ? `: ${closure.reason}` : ""}`, who = isObject(closure.by) ? str(closure.by.login) : void 0, when = str(closure.at), parts = [
    str(closure.comment),
    who ? `by ${who}` : void 0,
    when ? `at ${when}` : void 0
  ].filter((p) => p !== void 0);
  return parts.length > 0 ? { kind, justification: parts.join(", ") } : { kind };
}
function reasonOf(known, value, what, path) {
  return knownValue(known, value, what, path);
}
function createdDayOf(alert, kind, path) {
  return scannerDay(alert.created_at, `a ${kind} alert's created_at`, path);
}

// src/reports/parsers/github-code-scanning.ts
var TOOL6 = "github-code-scanning";
function isAlert(value) {
  return isObject(value) && typeof value.number == "number" && isObject(value.rule) && "most_recent_instance" in value && "instances_url" in value;
}
var githubCodeScanning = {
  id: "github-code-scanning",
  description: "GitHub code scanning alerts (gh api --paginate repos/OWNER/REPO/code-scanning/alerts)",
  layers: ["code"],
  containers: { json: ["[].most_recent_instance"] },
  detect: ({ json }) => isAlertList(json, isAlert),
  parse({ json, path }) {
    return alertsOf(json, "code scanning", path).map((alert) => {
      if (!isAlert(alert))
        throw new GateError(
          "every code scanning alert needs number, rule and most_recent_instance",
          {
            file: path
          }
        );
      return read(alert, path);
    });
  }
}, STATES = /* @__PURE__ */ new Map([
  ["open", "open"],
  ["dismissed", "dismissed"],
  ["fixed", "fixed"]
]), REASONS = new Map(
  ["false positive", "won't fix", "used in tests", "mitigated"].map((r) => [r, r])
), SECURITY_LEVELS = /* @__PURE__ */ new Map([
  [void 0, "none"],
  [null, "none"],
  ["critical", "critical"],
  ["high", "high"],
  ["medium", "medium"],
  ["low", "low"]
]), RULE_SEVERITIES = /* @__PURE__ */ new Map([
  [void 0, "unknown"],
  [null, "unknown"],
  ["error", "high"],
  ["warning", "medium"],
  ["note", "low"],
  ["none", "info"]
]);
function closureOf(alert, path) {
  let state = knownValue(STATES, alert.state, "a code scanning alert's state", path);
  if (state !== "open")
    return state === "fixed" ? { how: "fixed", at: alert.fixed_at } : {
      how: "dismissed",
      reason: reasonOf(
        REASONS,
        alert.dismissed_reason,
        "a code scanning alert's dismissed_reason",
        path
      ),
      comment: alert.dismissed_comment,
      by: alert.dismissed_by,
      at: alert.dismissed_at
    };
}
function read(alert, path) {
  let rule = alert.rule, id = str(rule.id) ?? str(rule.name);
  if (!id) throw new GateError("a code scanning alert's rule has no id", { file: path });
  let instance = isObject(alert.most_recent_instance) ? alert.most_recent_instance : NO_FIELDS, location = isObject(instance.location) ? instance.location : NO_FIELDS, message = isObject(instance.message) ? str(instance.message.text) : void 0, file = str(location.path), startLine = positive(num(location.start_line)), level = knownValue(
    SECURITY_LEVELS,
    rule.security_severity_level,
    "a rule's security_severity_level",
    path
  ), ruleSeverity = knownValue(RULE_SEVERITIES, rule.severity, "a rule's severity", path), severity = level === "none" ? ruleSeverity : level, f = makeFinding(
    {
      tool: TOOL6,
      layer: "code",
      id,
      title: str(rule.description) ?? str(rule.name) ?? id,
      description: message,
      severity,
      location: file ? { path: file, startLine, endLine: positive(num(location.end_line)) ?? startLine } : void 0,
      // CodeQL tags CWEs as "external/cwe/cwe-312".
      cwe: strings(rule.tags).filter((t) => /^external\/cwe\/cwe-\d+$/i.test(t)).map((t) => normaliseCwe(t.slice(13))).filter((c) => c !== void 0),
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "code scanning", path)
    },
    path
  ), suppressed = suppressionOf2(closureOf(alert, path));
  return suppressed && (f.suppressed = suppressed), f;
}

// src/reports/parsers/github-dependabot.ts
var TOOL7 = "github-dependabot";
function isAlert2(value) {
  return isObject(value) && typeof value.number == "number" && isObject(value.security_advisory) && "security_vulnerability" in value && isObject(value.dependency);
}
var githubDependabot = {
  id: "github-dependabot",
  description: "GitHub Dependabot alerts (gh api --paginate repos/OWNER/REPO/dependabot/alerts)",
  layers: ["dependency"],
  containers: { json: ["[].security_advisory"] },
  detect: ({ json }) => isAlertList(json, isAlert2),
  parse({ json, path }) {
    return alertsOf(json, "Dependabot", path).map((alert) => {
      if (!isAlert2(alert))
        throw new GateError(
          "every Dependabot alert needs number, dependency, security_advisory and security_vulnerability",
          { file: path }
        );
      return read2(alert, path);
    });
  }
}, STATES2 = /* @__PURE__ */ new Map([
  ["open", "open"],
  ["dismissed", "dismissed"],
  ["fixed", "fixed"],
  ["auto_dismissed", "auto_dismissed"]
]), REASONS2 = /* @__PURE__ */ new Map([
  ["fix_started", "fix started"],
  ["inaccurate", "inaccurate"],
  ["no_bandwidth", "no bandwidth"],
  ["not_used", "not used"],
  ["tolerable_risk", "tolerable risk"]
]), SEVERITIES2 = /* @__PURE__ */ new Map([
  [void 0, "none"],
  [null, "none"],
  ["critical", "critical"],
  ["high", "high"],
  ["medium", "medium"],
  ["low", "low"]
]), ECOSYSTEMS = new Map(
  [
    "npm",
    "pip",
    "maven",
    "nuget",
    "rubygems",
    "composer",
    "go",
    "rust",
    "pub",
    "swift",
    "erlang",
    "actions",
    "gradle",
    "bundler",
    "cargo",
    "hex",
    "elm",
    "gitsubmodule",
    "terraform",
    "devcontainers",
    "bun",
    "uv",
    "poetry",
    "pipenv",
    "yarn",
    "pnpm"
  ].map((e) => [e, "dependency"])
);
function closureOf2(alert, path) {
  let state = knownValue(STATES2, alert.state, "a Dependabot alert's state", path);
  if (state !== "open")
    return state === "fixed" ? { how: "fixed", at: alert.fixed_at } : state === "auto_dismissed" ? { how: "auto dismissed", at: alert.auto_dismissed_at } : {
      how: "dismissed",
      reason: reasonOf(
        REASONS2,
        alert.dismissed_reason,
        "a Dependabot alert's dismissed_reason",
        path
      ),
      comment: alert.dismissed_comment,
      by: alert.dismissed_by,
      at: alert.dismissed_at
    };
}
function read2(alert, path) {
  let advisory = alert.security_advisory, vulnerability7 = isObject(alert.security_vulnerability) ? alert.security_vulnerability : NO_FIELDS, dependency = alert.dependency, pkg = isObject(dependency.package) ? dependency.package : NO_FIELDS, name = str(pkg.name), id = str(advisory.ghsa_id);
  if (!id || !name)
    throw new GateError(
      "a Dependabot alert needs security_advisory.ghsa_id and dependency.package.name",
      {
        file: path
      }
    );
  let ecosystem = str(pkg.ecosystem), layer = knownValue(ECOSYSTEMS, ecosystem, "a Dependabot alert's ecosystem", path), own = knownValue(SEVERITIES2, vulnerability7.severity, "a vulnerability's severity", path), advised = knownValue(SEVERITIES2, advisory.severity, "an advisory's severity", path), severity = own !== "none" ? own : advised !== "none" ? advised : "unknown", patched = isObject(vulnerability7.first_patched_version) ? str(vulnerability7.first_patched_version.identifier) : void 0, manifest = str(dependency.manifest_path), cvss = num(isObject(advisory.cvss) ? advisory.cvss.score : void 0), f = makeFinding(
    {
      tool: TOOL7,
      layer,
      id,
      aliases: [str(advisory.cve_id)].filter((a) => a !== void 0),
      title: str(advisory.summary) ?? id,
      description: str(advisory.description),
      severity,
      // A score of 0 is GitHub's "not scored", not a score.
      cvss: cvss && cvss > 0 ? cvss : void 0,
      fix: patched ? { available: !0, versions: [patched] } : { available: !1, versions: [] },
      package: { name, ecosystem },
      location: manifest ? { path: manifest } : void 0,
      cwe: objects(advisory.cwes).map((c) => normaliseCwe(c.cwe_id)).filter((c) => c !== void 0),
      epss: num(isObject(advisory.epss) ? advisory.epss.percentage : void 0),
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "Dependabot", path)
    },
    path
  ), suppressed = suppressionOf2(closureOf2(alert, path));
  return suppressed && (f.suppressed = suppressed), f;
}

// src/reports/parsers/redact.ts
function redactSecret(secret3) {
  let value = secret3.trim();
  return value === "" ? "" : `${value.length >= 16 ? value.slice(0, 4) : ""}\u2026(${value.length} chars)`;
}

// src/reports/parsers/github-secret-scanning.ts
var TOOL8 = "github-secret-scanning";
function isAlert3(value) {
  return isObject(value) && typeof value.number == "number" && typeof value.secret_type == "string" && "state" in value && "html_url" in value;
}
var githubSecretScanning = {
  id: "github-secret-scanning",
  description: "GitHub secret scanning alerts (gh api --paginate repos/OWNER/REPO/secret-scanning/alerts)",
  layers: ["secret"],
  containers: { json: ["[].secret_type"] },
  detect: ({ json }) => isAlertList(json, isAlert3),
  parse({ json, path }) {
    return alertsOf(json, "secret scanning", path).map((alert) => {
      if (!isAlert3(alert))
        throw new GateError(
          "every secret scanning alert needs number, secret_type, state and html_url",
          {
            file: path
          }
        );
      return read3(alert, path);
    });
  }
}, STATES3 = /* @__PURE__ */ new Map([
  ["open", "open"],
  ["resolved", "resolved"]
]), RESOLUTIONS = /* @__PURE__ */ new Map([
  ["false_positive", "false positive"],
  ["wont_fix", "won't fix"],
  ["revoked", "revoked"],
  ["used_in_tests", "used in tests"]
]), VALIDITY = /* @__PURE__ */ new Map([
  [void 0, ""],
  [null, ""],
  ["active", "active"],
  ["inactive", "inactive"],
  ["unknown", ""]
]);
function closureOf3(alert, path) {
  if (knownValue(STATES3, alert.state, "a secret scanning alert's state", path) !== "open")
    return {
      how: "resolved",
      reason: reasonOf(RESOLUTIONS, alert.resolution, "a secret scanning alert's resolution", path),
      comment: alert.resolution_comment,
      by: alert.resolved_by,
      at: alert.resolved_at
    };
}
function read3(alert, path) {
  let type = str(alert.secret_type);
  if (!type) throw new GateError("a secret scanning alert has no secret_type", { file: path });
  let redacted = redactSecret(typeof alert.secret == "string" ? alert.secret : ""), validity = knownValue(VALIDITY, alert.validity, "a secret scanning alert's validity", path), first = isObject(alert.first_location_detected) ? alert.first_location_detected : NO_FIELDS, file = str(first.path), startLine = positive(num(first.start_line)), facts = [
    redacted ? `Secret ${redacted}` : "Secret",
    validity ? `validity ${validity}` : void 0,
    alert.publicly_leaked === !0 ? "publicly leaked" : void 0,
    alert.push_protection_bypassed === !0 ? "push protection bypassed" : void 0
  ].filter((p) => p !== void 0), f = makeFinding(
    {
      tool: TOOL8,
      layer: "secret",
      id: type,
      title: `${str(alert.secret_type_display_name) ?? type} secret`,
      description: facts.join(", "),
      // GitHub does not rate secrets. A leaked credential is usable by whoever reads the
      // repository or its history until it is revoked, so it is critical until resolved.
      severity: "critical",
      location: file ? {
        path: file.replace(/^\/+/, ""),
        startLine,
        endLine: positive(num(first.end_line)) ?? startLine
      } : void 0,
      // Where no location is given, the alert number tells two secrets of one type apart.
      target: `secret scanning alert ${String(num(alert.number))}`,
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "secret scanning", path)
    },
    path
  ), suppressed = suppressionOf2(closureOf3(alert, path));
  return suppressed && (f.suppressed = suppressed), f;
}

// src/reports/parsers/gitleaks.ts
import { createHash as createHash2 } from "node:crypto";
var TOOL9 = "gitleaks";
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
  containers: { v8: ["[].RuleID"], v7: ["[].offender"] },
  detect({ json }) {
    return Array.isArray(json) && json.length > 0 && (json.every(isV8) || json.every(isV7));
  },
  parse({ json, path }) {
    if (json === null) return [];
    if (!Array.isArray(json)) throw new GateError("a gitleaks report is an array", { file: path });
    let leaks = entries(json, "leaks", path).map((entry) => {
      if (isV8(entry)) return v8(entry);
      if (isV7(entry)) return v7(entry);
      throw new GateError(
        "every gitleaks entry needs RuleID and File (v8) or rule, offender and file (v7)",
        { file: path }
      );
    });
    return mergeSameSecret(leaks).map((leak) => finding3(leak, path));
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
    file: str(e.File),
    startLine: num(e.StartLine),
    endLine: num(e.EndLine),
    commit: str(e.Commit)
  };
}
function v7(e) {
  return {
    rule: str(e.rule),
    ...secretFields(str(e.offender) ?? ""),
    file: str(e.file),
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
function finding3(leak, path) {
  let where = leak.commit ? ` (commit ${leak.commit.slice(0, 12)})` : "";
  return makeFinding(
    {
      tool: TOOL9,
      layer: "secret",
      id: leak.rule,
      title: leak.description ?? `${leak.rule} secret`,
      description: `Secret ${leak.redacted} found${where}`,
      // gitleaks does not rate its findings: `unknown`, so the policy decides (never low).
      severity: "unknown",
      location: leak.file ? { path: leak.file, startLine: leak.startLine, endLine: leak.endLine } : void 0
    },
    path
  );
}

// src/reports/parsers/gosec.ts
var TOOL10 = "gosec";
function isReport3(value) {
  return !isObject(value) || !("Issues" in value) ? !1 : isObject(value.Stats) || "Golang errors" in value || "GosecVersion" in value;
}
var gosec = {
  id: "gosec",
  description: "gosec JSON (gosec -fmt=json -out=gosec.json ./...)",
  layers: ["code"],
  containers: { json: ["Issues[]"] },
  detect: ({ json }) => isReport3(json),
  parse({ json, path }) {
    needShape(isReport3(json), "gosec JSON", "Issues and Stats", path);
    let doc = json;
    rejectLoadErrors(doc["Golang errors"], path);
    let listed = needArray(doc.Issues, "Issues", path);
    return entries(listed, "Issues", path).map((issue) => read4(issue, path));
  },
  stream: { arrays: ["Issues"] },
  // cmd/gosec/main.go filterIssues: Stats.found counts the listed issues that are neither
  // nosec nor carry a suppression. Checked on the whole report (a streamed batch holds part).
  checkTotals({ json, path }, findings) {
    let stats = isObject(json) && isObject(json.Stats) ? json.Stats : NO_FIELDS, found = findings.filter((f) => f.tool === TOOL10 && !f.suppressed).length;
    agreeTotals({ found: stats.found }, { found }, "Stats", path);
  }
};
function rejectLoadErrors(errors, path) {
  if (errors == null) return;
  if (!isObject(errors)) throw new GateError("Golang errors must be an object", { file: path });
  let files = Object.keys(errors).filter((f) => {
    let list2 = errors[f];
    return !Array.isArray(list2) || list2.length > 0;
  });
  if (files.length > 0)
    throw new GateError(
      `gosec could not load ${files.length} file(s) (Golang errors), so they were not scanned: the report is incomplete`,
      { file: path }
    );
}
var KINDS = /* @__PURE__ */ new Map([
  ["inSource", "gosec #nosec comment"],
  ["external", "gosec external suppression"]
]), NOSEC = /* @__PURE__ */ new Map([
  [void 0, !1],
  [!1, !1],
  [!0, !0]
]);
function suppressionOf3(issue, path) {
  let suppressions = entries(issue.suppressions, "Issues[].suppressions", path), kinds = suppressions.map((s) => knownValue(KINDS, s.kind, "a suppression's kind", path)), nosec = knownValue(NOSEC, issue.nosec, "an issue's nosec", path);
  return kinds.length > 0 ? { kind: kinds[0], justification: str(suppressions[0].justification) } : nosec ? { kind: "gosec #nosec comment" } : void 0;
}
function read4(issue, path) {
  let id = str(issue.rule_id);
  if (!id) throw new GateError("a gosec issue has no rule_id", { file: path });
  let cwe = isObject(issue.cwe) ? issue.cwe : NO_FIELDS, [startLine, endLine] = linesOf(str(issue.line)), file = str(issue.file), details = str(issue.details), suppressed = suppressionOf3(issue, path), f = makeFinding(
    {
      tool: TOOL10,
      layer: "code",
      id,
      title: details ?? id,
      description: details,
      // gosec scores LOW, MEDIUM and HIGH (issue.Score).
      severity: severityFromWord(issue.severity),
      fix: str(issue.autofix) ? { available: !0, versions: [] } : void 0,
      location: file ? { path: file.replace(/\\/g, "/"), startLine, endLine: endLine ?? startLine } : void 0,
      cwe: [normaliseCwe(str(cwe.id))].filter((c) => c !== void 0),
      url: str(cwe.url)
    },
    path
  );
  return suppressed && (f.suppressed = suppressed), f;
}
function linesOf(line) {
  let [start, end] = (line ?? "").split("-");
  return [positive(num(start)), positive(num(end))];
}

// src/reports/parsers/govulncheck.ts
var TOOL11 = "govulncheck", MESSAGE_KINDS = new Map(
  ["config", "progress", "SBOM", "osv", "finding"].map((k) => [k, k])
), RANK = { symbol: 3, package: 2, module: 1 }, SCAN_LEVELS = new Map(
  ["symbol", "package", "module"].map((l) => [l, l])
);
function isMessage(value) {
  if (!isObject(value)) return !1;
  let keys = Object.keys(value);
  return keys.length === 1 && MESSAGE_KINDS.has(keys[0]);
}
function isStream(json) {
  return !Array.isArray(json) || json.length === 0 || !json.every(isMessage) ? !1 : json.some(
    (m) => isObject(m.config) && m.config.scanner_name === TOOL11 || isObject(m.finding)
  );
}
function isPre1(json) {
  return isObject(json) && Array.isArray(json.Vulns) && ("Calls" in json || "Imports" in json || "Requires" in json);
}
var govulncheck = {
  id: "govulncheck",
  description: "govulncheck JSON (govulncheck -json ./...; the message stream, or pre-1.0 JSON)",
  layers: ["dependency"],
  containers: { stream: ["[].finding"], "pre-1.0": ["Vulns[]"] },
  detect: ({ json }) => isStream(json) || isPre1(json),
  parse({ json, path }) {
    if (isPre1(json)) return parsePre1(json, path);
    if (!Array.isArray(json))
      throw new GateError("is not a govulncheck report (expected its JSON messages)", {
        file: path
      });
    return parseStream(json, path);
  }
};
function parseStream(messages, path) {
  let advisories = /* @__PURE__ */ new Map(), reached = /* @__PURE__ */ new Map(), scan = "module";
  return messages.forEach((message, i) => {
    if (!isObject(message) || Object.keys(message).length !== 1)
      throw new GateError(`message ${i} must be an object with one member`, { file: path });
    let kind = knownValue(MESSAGE_KINDS, Object.keys(message)[0], `message ${i}`, path);
    if (kind === "osv") {
      let osv = message.osv;
      if (!isObject(osv))
        throw new GateError(`message ${i}: osv must be an object`, { file: path });
      advisories.set(needString(osv.id, `message ${i}: osv.id`, path), osv);
    } else if (kind === "finding")
      keepMostReachable(reached, findingOf(message.finding, i, path));
    else if (kind === "config" && isObject(message.config)) {
      let level = message.config.scan_level;
      level !== void 0 && (scan = knownValue(SCAN_LEVELS, level, `message ${i}: config.scan_level`, path));
    }
  }), [...reached.values()].map((r) => toFinding(r, scan, advisories.get(r.osv), path));
}
function findingOf(value, i, path) {
  if (!isObject(value))
    throw new GateError(`message ${i}: finding must be an object`, { file: path });
  let what = `message ${i}: finding`, osv = needString(value.osv, `${what}.osv`, path), trace = entries(value.trace, `${what}.trace`, path), top = trace[0];
  if (!top) throw new GateError(`${what}.trace must not be empty`, { file: path });
  let level = str(top.function) ? "symbol" : str(top.package) ? "package" : "module", positioned = [...trace].reverse().find((frame) => isObject(frame.position)), position = positioned ? positioned.position : void 0, file = position ? str(position.filename) : void 0;
  return {
    osv,
    module: needString(top.module, `${what}.trace[0].module`, path),
    version: str(top.version),
    level,
    fixed: strings([value.fixed_version]),
    position: file && level === "symbol" ? { path: file, line: lineOf(position) } : void 0
  };
}
function lineOf(position) {
  let line = position?.line;
  return typeof line == "number" && line >= 1 ? line : void 0;
}
function keepMostReachable(reached, r) {
  let key = `${r.osv}\0${r.module}`, seen = reached.get(key);
  if (!seen || RANK[r.level] > RANK[seen.level]) {
    let fixed = r.fixed.length > 0 ? r.fixed : seen?.fixed ?? [];
    reached.set(key, { ...r, fixed, version: r.version ?? seen?.version });
  } else
    seen.fixed.length === 0 && (seen.fixed = r.fixed), seen.version ??= r.version;
}
function severityOf2(level, scan) {
  return RANK[level] >= RANK[scan] ? "unknown" : "info";
}
var REACH = {
  symbol: "called by the code",
  package: "package imported, vulnerable symbols not called",
  module: "module required, vulnerable package not imported"
};
function toFinding(r, scan, osv, path) {
  let details = str(osv?.details), summary = str(osv?.summary) ?? titleOf(details) ?? r.osv, dbUrl = isObject(osv?.database_specific) ? str(osv.database_specific.url) : void 0;
  return makeFinding(
    {
      tool: TOOL11,
      layer: "dependency",
      id: r.osv,
      aliases: strings(osv?.aliases),
      title: `${summary} (${REACH[r.level]})`,
      description: details,
      severity: severityOf2(r.level, scan),
      fix: fixFrom(r.fixed),
      package: {
        name: r.module,
        version: r.version,
        ecosystem: "go",
        purl: r.module === "stdlib" ? void 0 : purlOf(r.module, r.version)
      },
      location: r.position ? { path: r.position.path, startLine: r.position.line } : void 0,
      ruleId: `govulncheck:${r.level}`,
      url: dbUrl ?? `https://pkg.go.dev/vuln/${r.osv}`
    },
    path
  );
}
function purlOf(module, version) {
  return `pkg:golang/${module}${version ? `@${version}` : ""}`;
}
function parsePre1(json, path) {
  let versions = /* @__PURE__ */ new Map();
  for (let m of entries(json.Modules, "Modules", path)) {
    let name = str(m.Path), version = str(m.Version);
    name && version && versions.set(name, version);
  }
  let advisories = /* @__PURE__ */ new Map(), reached = /* @__PURE__ */ new Map();
  return entries(json.Vulns, "Vulns", path).forEach((v, i) => {
    let osv = v.OSV;
    if (!isObject(osv)) throw new GateError(`Vulns[${i}].OSV must be an object`, { file: path });
    let id = needString(osv.id, `Vulns[${i}].OSV.id`, path), module = needString(v.ModPath, `Vulns[${i}].ModPath`, path);
    advisories.set(id, osv);
    let level = sink(v.CallSink) ? "symbol" : sink(v.ImportSink) ? "package" : "module", fixed = fixedIn(osv, module);
    keepMostReachable(reached, { osv: id, module, version: versions.get(module), level, fixed });
  }), [...reached.values()].map((r) => toFinding(r, "symbol", advisories.get(r.osv), path));
}
function sink(value) {
  return typeof value == "number" && value !== 0;
}
function fixedIn(osv, module) {
  let fixed = [];
  for (let affected of Array.isArray(osv.affected) ? osv.affected : [])
    if (!(!isObject(affected) || !isObject(affected.package)) && affected.package.name === module)
      for (let range of Array.isArray(affected.ranges) ? affected.ranges : []) {
        let events = isObject(range) && Array.isArray(range.events) ? range.events : [];
        for (let e of events) {
          let version = isObject(e) ? str(e.fixed) : void 0;
          version && fixed.push(version.startsWith("v") ? version : `v${version}`);
        }
      }
  return fixed;
}

// src/model/identifiers.ts
function identifiersOf(f) {
  return f.ruleId ? [f.id, ...f.aliases, f.ruleId] : [f.id, ...f.aliases];
}

// src/model/dedupe.ts
function dedupe(findings, unknownAs = "unknown") {
  let rank2 = (s) => severityRank(s === "unknown" ? unknownAs : s), byFingerprint = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let seen = byFingerprint.get(f.fingerprint);
    byFingerprint.set(f.fingerprint, seen ? merge(seen, f, rank2) : f);
  }
  return [...byFingerprint.values()];
}
function merge(a, b, rank2) {
  let primary = rank2(b.severity) > rank2(a.severity) ? b : a, other = primary === a ? b : a, foundBy = [...a.foundBy];
  for (let s of b.foundBy)
    foundBy.some((x) => x.tool === s.tool && x.report === s.report) || foundBy.push(s);
  let fixVersions = unique([...a.fix?.versions ?? [], ...b.fix?.versions ?? []]), fixAvailable = (a.fix?.available ?? !1) || (b.fix?.available ?? !1), ruleId = primary.ruleId ?? other.ruleId;
  return {
    ...other,
    // Every field is present on a finding (makeFinding): the primary's undefined ones must not
    // erase the other's (a copy without a category took away every control claiming it).
    ...definedFields(primary),
    foundBy,
    // The other copy's check id stays an identifier: controls and rules list check ids.
    aliases: unique(
      [...a.aliases, ...b.aliases, a.id, b.id, ...[a.ruleId, b.ruleId].filter(isString)].filter(
        (x) => x !== primary.id && x !== ruleId
      )
    ),
    ruleId,
    license: bothNeeded(primary.license, other.license),
    cwe: unique([...a.cwe, ...b.cwe]),
    cvss: maxDefined(a.cvss, b.cvss),
    epss: maxDefined(a.epss, b.epss),
    kev: a.kev || b.kev || void 0,
    // The earliest scanner date: another scanner seeing it later does not make it younger.
    firstSeen: earliest(a.firstSeen, b.firstSeen),
    copies: copiesOf(a, b),
    fix: a.fix || b.fix ? { available: fixAvailable, versions: fixVersions } : void 0,
    location: primary.location ?? other.location,
    // A finding stays suppressed only when every scanner that reported it suppressed it.
    // Of two, the one without a justification: require-justification must not honour it.
    suppressed: a.suppressed && b.suppressed ? a.suppressed.justification?.trim() ? b.suppressed : a.suppressed : void 0
  };
}
function definedFields(f) {
  let out = {};
  for (let [key, value] of Object.entries(f))
    value !== void 0 && (out[key] = value);
  return out;
}
var isString = (x) => x !== void 0;
function bothNeeded(a, b) {
  return a === void 0 || b === void 0 || a === b ? a ?? b : `(${a}) AND (${b})`;
}
function maxDefined(a, b) {
  return a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
}
function copiesOf(a, b) {
  let all = [...a.copies ?? [kindCopy(a)], ...b.copies ?? [kindCopy(b)]], byKey = /* @__PURE__ */ new Map();
  for (let c of all) byKey.set(JSON.stringify([c.tool, c.category, c.ids, c.cwe]), c);
  return byKey.size > 1 ? [...byKey.values()] : void 0;
}
function kindCopy(f) {
  return { tool: f.tool, category: f.category, ids: identifiersOf(f), cwe: f.cwe };
}

// src/reports/parsers/grype.ts
var TOOL12 = "grype", OS_PACKAGE_TYPES = /* @__PURE__ */ new Set(["deb", "rpm", "apk", "alpm", "portage", "linux-kernel"]);
function isMatch(value) {
  return isObject(value) && isObject(value.vulnerability) && isObject(value.artifact);
}
var grype = {
  id: "grype",
  description: "Grype JSON (grype IMAGE|dir:PATH|sbom:FILE -o json)",
  layers: ["image", "dependency"],
  containers: { json: ["matches[]", "ignoredMatches[]"] },
  detect({ json }) {
    return !isObject(json) || !Array.isArray(json.matches) ? !1 : (isObject(json.descriptor) ? json.descriptor : {}).name === "grype" || isObject(json.source) && "distro" in json ? !0 : json.matches.length > 0 && json.matches.every(isMatch);
  },
  parse: (input) => dedupe(matchesOf(input)),
  timestamp: ({ json }) => isObject(json) && isObject(json.descriptor) ? date(json.descriptor.timestamp) : void 0,
  stream: { arrays: ["matches", "ignoredMatches"], merge: dedupe, batch: matchesOf },
  subject: ({ json }) => grypeSubject(json)
};
function matchesOf({ json, path }) {
  needShape(isObject(json) && Array.isArray(json.matches), "Grype JSON", "a matches array", path);
  let doc = json, source = isObject(doc.source) ? doc.source : {}, image = str(source.type) === "image" ? imageName(source.target) : void 0, findings = entries(doc.matches, "matches", path).map((m, i) => match(m, image, path, i));
  for (let [i, m] of entries(doc.ignoredMatches, "ignoredMatches", path).entries()) {
    let f = match(m, image, path, i);
    f.suppressed = suppressionOf4(m, path), findings.push(f);
  }
  return findings;
}
var VEX_SUPPRESSES = /* @__PURE__ */ new Map([
  [void 0, !0],
  ["", !0],
  ["not_affected", !0],
  ["fixed", !0],
  ["affected", !1],
  ["under_investigation", !1]
]);
function suppressionOf4(m, path) {
  let rules = entries(m.appliedIgnoreRules, "ignoredMatches[].appliedIgnoreRules", path);
  if (rules.length === 0)
    throw new GateError("an ignored match has no appliedIgnoreRules", { file: path });
  let suppresses = rules.map(
    (rule) => knownValue(VEX_SUPPRESSES, rule["vex-status"], "an ignore rule's vex-status", path)
  ), active = rules[suppresses.indexOf(!0)];
  if (!active) return;
  let vex = str(active["vex-status"]);
  return {
    kind: vex ? `grype vex ${vex}` : "grype ignore rule",
    justification: str(active["vex-justification"]) ?? str(active.reason)
  };
}
function mavenName(purl) {
  let m = /^pkg:maven\/([^/@?#]+)\/([^/@?#]+)/.exec(purl ?? "");
  return m ? `${decodePercent(m[1])}:${decodePercent(m[2])}` : void 0;
}
function imageName(target) {
  return isObject(target) ? str(target.userInput) : str(target);
}
function match(m, image, path, index) {
  let v = isObject(m.vulnerability) ? m.vulnerability : {}, artifact = isObject(m.artifact) ? m.artifact : {}, id = str(v.id), name = str(artifact.name);
  if (!id || !name)
    throw new GateError(`matches[${index}] has no vulnerability.id or artifact.name`, {
      file: path
    });
  let related = objects(m.relatedVulnerabilities), cvss = bestScore(v) ?? maxOf(related.map(bestScore)), fixes = [...strings(isObject(v.fix) ? v.fix.versions : []), ...strings([v.fixedInVersion])], fixState = isObject(v.fix) ? str(v.fix.state) : void 0, type = str(artifact.type) ?? "", layer = image || OS_PACKAGE_TYPES.has(type) ? "image" : "dependency", where = str(objects(artifact.locations)[0]?.path), description = str(v.description) ?? related.map((r) => str(r.description)).find(Boolean);
  return makeFinding(
    {
      tool: TOOL12,
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
    path
  );
}
function bestScore(v) {
  let v3 = isObject(v.cvssV3) ? num(v.cvssV3.baseScore) : void 0, v2 = isObject(v.cvssV2) ? num(v.cvssV2.baseScore) : void 0;
  for (let c of arr(v.cvss)) {
    if (!isObject(c)) continue;
    let score = num(isObject(c.metrics) ? c.metrics.baseScore : void 0);
    score !== void 0 && (str(c.version)?.startsWith("2") ? v2 = higher(v2, score) : v3 = higher(v3, score));
  }
  return v3 ?? v2;
}
function higher(best, score) {
  return best === void 0 ? score : Math.max(best, score);
}

// src/reports/parsers/hadolint.ts
var TOOL13 = "hadolint";
function isViolation(value) {
  return isObject(value) && typeof value.code == "string" && typeof value.level == "string" && typeof value.file == "string" && "line" in value;
}
var hadolint = {
  id: "hadolint",
  description: "hadolint JSON (hadolint -f json Dockerfile)",
  layers: ["iac"],
  containers: { json: ["[].code"] },
  detect({ json }) {
    return Array.isArray(json) && json.length > 0 && json.every(isViolation);
  },
  parse({ json, path }) {
    if (!Array.isArray(json)) throw new GateError("a hadolint report is an array", { file: path });
    return json.map((v) => {
      if (!isViolation(v))
        throw new GateError("every hadolint entry needs code, level, file and line", {
          file: path
        });
      return violation(v, path);
    });
  }
};
function severityOf3(level) {
  return level === "style" ? "info" : severityFromWord(level);
}
function violation(v, path) {
  let code = str(v.code), message = str(v.message) ?? code;
  return makeFinding(
    {
      tool: TOOL13,
      layer: "iac",
      id: code,
      title: message,
      severity: severityOf3(str(v.level)),
      location: { path: str(v.file).replace(/\\/g, "/"), startLine: num(v.line) },
      // DLxxxx are hadolint's own rules; SCxxxx come from ShellCheck on RUN instructions.
      url: code.startsWith("SC") ? `https://www.shellcheck.net/wiki/${code}` : `https://github.com/hadolint/hadolint/wiki/${code}`
    },
    path
  );
}

// src/reports/parsers/kics.ts
var TOOL14 = "kics", kics = {
  id: "kics",
  description: "KICS JSON (kics scan -p DIR -o OUT --report-formats json)",
  layers: ["iac", "secret"],
  containers: { json: ["queries[].files[]"] },
  detect({ json }) {
    return isObject(json) && Array.isArray(json.queries) && isObject(json.severity_counters) && ("total_counter" in json || "kics_version" in json);
  },
  parse({ json, path }) {
    let doc = needObject(json, "a KICS report", path);
    needArray(doc.queries, "queries", path);
    let flagged = entries(doc.queries, "queries", path).flatMap(
      (query) => entries(query.files, "queries[].files", path).map((file) => ({ query, file }))
    );
    return checkCounters(doc, flagged, path), flagged.map(({ query, file }) => finding4(query, file, path));
  },
  // KICS also runs secret queries, but only IaC is claimed: it is what KICS is run for.
  coverage: ({ json }) => isObject(json) && num(json.files_scanned) ? ["iac"] : [],
  timestamp: ({ json }) => isObject(json) ? date(json.end) ?? date(json.start) : void 0
}, COUNTED = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
function checkCounters(doc, flagged, path) {
  let counted = countBy(flagged, ({ query }) => str(query.severity) ?? "", COUNTED), total = COUNTED.reduce((n, k) => n + (counted[k] ?? 0), 0);
  isObject(doc.severity_counters) && agreeTotals(doc.severity_counters, counted, "severity_counters", path), agreeTotals({ total_counter: doc.total_counter }, { total_counter: total }, "report", path);
}
function finding4(query, file, path) {
  let id = str(query.query_id);
  if (!id) throw new GateError("a query has no query_id", { file: path });
  let fileName = str(file.file_name), line = positive(num(file.line)), expected = str(file.expected_value), actual = str(file.actual_value);
  return makeFinding(
    {
      tool: TOOL14,
      layer: str(query.category) === "Secret Management" ? "secret" : "iac",
      id,
      title: str(query.query_name) ?? id,
      description: [str(query.description), expected && `Expected: ${expected}`, actual && `Actual: ${actual}`].filter(Boolean).join(`
`) || void 0,
      // KICS severities: CRITICAL, HIGH, MEDIUM, LOW, INFO and TRACE (bill of materials).
      severity: severityFromWord(query.severity),
      cwe: [normaliseCwe(query.cwe)].filter((c) => c !== void 0),
      location: fileName ? { path: fileName, startLine: line } : void 0,
      target: str(file.resource_name) ?? str(file.search_key),
      url: str(query.query_url),
      category: str(query.category)
    },
    path
  );
}

// src/reports/parsers/kubescape.ts
var TOOL15 = "kubescape", STATUSES = /* @__PURE__ */ new Map([
  ["failed", "failed"],
  ["passed", "clean"],
  ["skipped", "clean"],
  ["irrelevant", "clean"],
  ["excluded", "excepted"],
  ["error", "unevaluated"],
  ["", "unevaluated"]
]), SUB_STATUSES = /* @__PURE__ */ new Map([
  ["", !1],
  ["w/exceptions", !0],
  ["irrelevant", !1],
  ["configuration", !1],
  ["integration", !1],
  ["requires review", !1],
  ["manual review", !1]
]);
function isReport4(json) {
  return isObject(json) && Array.isArray(json.results) && isObject(json.summaryDetails) && (isObject(json.summaryDetails.controls) || Array.isArray(json.summaryDetails.frameworks)) && json.results.every((r) => isObject(r) && typeof r.resourceID == "string");
}
var kubescape = {
  id: "kubescape",
  description: "kubescape JSON (kubescape scan --format json --output results.json)",
  layers: ["posture", "iac"],
  containers: { json: ["results[].controls[]"] },
  detect: ({ json }) => isReport4(json),
  parse({ json, path }) {
    if (!isReport4(json))
      throw new GateError("is not a kubescape report (expected results and summaryDetails)", {
        file: path
      });
    let resources = resourcesById(json, path), details = json.summaryDetails, summary = isObject(details.controls) ? details.controls : NO_FIELDS, findings = [];
    return entries(json.results, "results", path).forEach((result, i) => {
      let resourceId = str(result.resourceID), resource = resources.get(resourceId);
      entries(result.controls, `results[${i}].controls`, path).forEach((control, j) => {
        let what = `results[${i}].controls[${j}]`, outcome = outcomeOf(control, what, path);
        if (outcome !== "clean") {
          if (outcome === "unevaluated")
            throw new GateError(
              `${what}: kubescape did not evaluate control ${JSON.stringify(str(control.controlID) ?? "?")} (status error or empty): an unevaluated control is no pass`,
              { file: path }
            );
          findings.push(controlFinding(control, outcome, resourceId, resource, summary, what, path));
        }
      });
    }), agreeControlTotals(summary, findings, path), findings;
  },
  timestamp: ({ json }) => isObject(json) ? date(json.generationTime) : void 0,
  coverage({ json }) {
    return isObject(json) ? Array.isArray(json.resources) && json.resources.some((r) => fileOf(r)) ? ["iac"] : ["posture"] : [];
  }
};
function fileOf(resource) {
  if (!(!isObject(resource) || !isObject(resource.source)))
    return str(resource.source.relativePath);
}
function resourcesById(json, path) {
  let byId = /* @__PURE__ */ new Map();
  for (let r of entries(json.resources, "resources", path)) {
    let id = str(r.resourceID);
    if (!id) continue;
    let object = isObject(r.object) ? r.object : NO_FIELDS, meta = isObject(object.metadata) ? object.metadata : NO_FIELDS, kind = str(object.kind), ns = str(meta.namespace), name = str(meta.name), shown2 = name ? [kind, ns, name].filter(Boolean).join("/") : id;
    byId.set(id, { file: fileOf(r), name: shown2 });
  }
  return byId;
}
function outcomeOf(control, what, path) {
  if (isObject(control.status)) {
    let outcome = knownValue(
      STATUSES,
      control.status.status ?? "",
      `${what}.status.status`,
      path
    ), sub = knownValue(
      SUB_STATUSES,
      control.status.subStatus ?? "",
      `${what}.status.subStatus`,
      path
    );
    return outcome === "clean" && sub ? "excepted" : outcome;
  }
  if (control.status !== void 0 && control.status !== null)
    throw new GateError(`${what}.status must be an object`, { file: path });
  let rules = entries(control.rules, `${what}.rules`, path), outcomes = rules.map((rule, k) => ruleOutcome(rule, `${what}.rules[${k}]`, path));
  for (let o of ["failed", "unevaluated", "excepted"])
    if (outcomes.includes(o)) return o;
  return rules.length === 0 ? "unevaluated" : "clean";
}
function ruleOutcome(rule, what, path) {
  let outcome = knownValue(STATUSES, rule.status ?? "", `${what}.status`, path), sub = knownValue(SUB_STATUSES, rule.subStatus ?? "", `${what}.subStatus`, path);
  return outcome === "failed" && exceptionsOf(rule).length > 0 || outcome === "clean" && sub ? "excepted" : outcome;
}
function exceptionsOf(rule) {
  return Array.isArray(rule.exception) ? rule.exception.filter(isObject) : [];
}
function controlFinding(control, outcome, resourceId, resource, summary, what, path) {
  let id = str(control.controlID);
  if (!id) throw new GateError(`${what} has no controlID`, { file: path });
  let info = isObject(summary[id]) ? summary[id] : NO_FIELDS, rules = Array.isArray(control.rules) ? control.rules.filter(isObject) : [], layer = resource?.file ? "iac" : "posture";
  return makeFinding(
    {
      tool: TOOL15,
      layer,
      id,
      title: str(control.name) ?? str(info.name) ?? id,
      severity: severityOfControl(info),
      location: resource?.file ? { path: resource.file } : void 0,
      target: resource?.name ?? resourceId,
      ruleId: unique(rules.map((r) => str(r.name)).filter((n) => !!n)).join(",") || void 0,
      description: fixPaths(rules),
      url: `https://hub.armosec.io/docs/${id.toLowerCase()}`,
      suppressed: outcome === "excepted" ? exceptionOf(rules) : void 0
    },
    path
  );
}
function severityOfControl(info) {
  let factor = num(info.scoreFactor);
  return factor === void 0 ? "unknown" : factor >= 9 ? "critical" : factor >= 7 ? "high" : factor >= 4 ? "medium" : factor >= 1 ? "low" : "unknown";
}
function fixPaths(rules) {
  let fixes = [];
  for (let rule of rules)
    for (let p of Array.isArray(rule.paths) ? rule.paths.filter(isObject) : []) {
      let fix = isObject(p.fixPath) ? p.fixPath : void 0, at = str(fix?.path) ?? str(p.failedPath) ?? str(p.deletePath) ?? str(p.reviewPath);
      at && fixes.push(str(fix?.value) ? `${at}=${str(fix?.value)}` : at);
    }
  return fixes.length > 0 ? `Fix: ${unique(fixes).join("; ")}` : void 0;
}
function exceptionOf(rules) {
  let exception = rules.flatMap(exceptionsOf)[0], name = exception ? str(exception.name) : void 0, reason = exception ? str(exception.reason) ?? str(exception.description) : void 0;
  return {
    kind: name ? `kubescape exception ${name}` : "kubescape exception",
    justification: reason
  };
}
function agreeControlTotals(summary, findings, path) {
  let failed = /* @__PURE__ */ new Map(), excepted = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let counts = f.suppressed ? excepted : failed;
    counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  }
  for (let id of Object.keys(summary)) {
    let info = summary[id];
    if (!isObject(info) || !isObject(info.ResourceCounters)) continue;
    let counted = { failedResources: failed.get(id) ?? 0 };
    "subStatusCounters" in info || (counted.excludedResources = excepted.get(id) ?? 0), agreeTotals(
      info.ResourceCounters,
      counted,
      `summaryDetails.controls.${id}.ResourceCounters`,
      path
    );
  }
}

// src/reports/parsers/npm-advisories.ts
function advisoryFindings(advisory, tool, report) {
  let name = str(advisory.module_name) ?? "", installed = entries(advisory.findings, "advisory findings", report), versions = unique(installed.map((f) => str(f.version) ?? ""));
  return (versions.length > 0 ? versions : [""]).map(
    (version) => advisoryFinding(advisory, name, version || void 0, tool, report)
  );
}
function advisoryFinding(advisory, name, version, tool, report) {
  let cves = strings(advisory.cves), ghsa = str(advisory.github_advisory_id) ?? ghsaIn(str(advisory.url)), npmId = str(advisory.id), id = ghsa ?? cves[0] ?? `NPM-${npmId ?? name}`, cvss = cvssScore(advisory.cvss), patched = str(advisory.patched_versions)?.trim(), fixed = !!patched && patched !== "<0.0.0", paths = entries(advisory.findings, "advisory findings", report).filter((f) => (str(f.version) ?? "") === (version ?? "")).flatMap((f) => strings(f.paths));
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
      fix: { available: fixed, versions: fixed ? [patched] : [] },
      package: npmPackage(name, version),
      cwe: cweList(Array.isArray(advisory.cwe) ? advisory.cwe : [advisory.cwe]),
      url: str(advisory.url)
    },
    report
  );
}
function cvssScore(cvss) {
  let score = isObject(cvss) ? num(cvss.score) : void 0;
  return score || void 0;
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
var SEVERITIES3 = ["info", "low", "moderate", "high", "critical"];
function advisoriesOf(doc, path) {
  let map = isObject(doc.advisories) ? doc.advisories : {}, advisories = Object.keys(map).map((key) => {
    let advisory = map[key];
    if (!isObject(advisory))
      throw new GateError(`advisories.${key} must be an object`, { file: path });
    return advisory;
  });
  if (list(doc.muted, "muted", path).length > 0)
    throw new GateError("muted advisories are hidden from the report and cannot be judged", {
      file: path
    });
  let metadata = isObject(doc.metadata) ? doc.metadata : {};
  return isObject(metadata.vulnerabilities) && agreeRanges(
    metadata.vulnerabilities,
    pathBounds(advisories, path),
    "metadata.vulnerabilities",
    path
  ), advisories;
}
function pathBounds(advisories, path) {
  let counts = countBy(advisories, (a) => str(a.severity) ?? "", SEVERITIES3);
  for (let advisory of advisories) entries(advisory.findings, "advisory findings", path);
  return Object.fromEntries(SEVERITIES3.map((s) => [s, [counts[s] ?? 0, counts[s] ? 1 / 0 : 0]]));
}
function isAdvisoriesMap(json) {
  return isObject(json) && isObject(json.advisories) && ("actions" in json || "muted" in json || "metadata" in json);
}

// src/reports/parsers/npm-audit.ts
var TOOL16 = "npm-audit";
function isV2(json) {
  return isObject(json) && isObject(json.vulnerabilities) && (json.auditReportVersion === 2 || isObject(json.metadata) && !("advisories" in json));
}
var npmAudit = {
  id: "npm-audit",
  description: "npm audit --json (v1 advisories map, v2 vulnerabilities map); also pnpm audit --json and yarn 2/3 yarn npm audit --json, which write the v1 shape",
  layers: ["dependency"],
  containers: { v1: ["advisories{}"], v2: ["vulnerabilities{}"] },
  detect: ({ json }) => isAdvisoriesMap(json) || isV2(json),
  // Each v2 entry inherits advisories from others by name (`via`), and the totals count every
  // entry: the members are gathered, reduced to what parseV2 reads, and parsed once. v1
  // advisories are kept whole (an advisory finding reads nearly all of its advisory).
  stream: {
    arrays: ["vulnerabilities{}", "advisories{}"],
    members: (place, members) => place[0] === "vulnerabilities" ? reduceV2(members) : members
  },
  parse({ json, path }) {
    return isV2(json) ? parseV2(json, path) : (needShape(
      isObject(json) && isObject(json.advisories),
      "npm audit",
      "advisories or vulnerabilities",
      path
    ), advisoriesOf(json, path).flatMap((a) => advisoryFindings(a, TOOL16, path)));
  }
};
function parseV2(doc, path) {
  let map = doc.vulnerabilities, entries2 = Object.keys(map).map((key) => {
    let entry = map[key];
    if (!isObject(entry))
      throw new GateError(`vulnerabilities.${key} must be an object`, { file: path });
    return entry;
  }), metadata = isObject(doc.metadata) ? doc.metadata : {};
  if (isObject(metadata.vulnerabilities)) {
    let counted = countBy(entries2, (e) => str(e.severity) ?? "", V2_SEVERITIES);
    agreeTotals(
      metadata.vulnerabilities,
      { ...counted, total: entries2.length },
      "metadata.vulnerabilities",
      path
    );
  }
  return Object.keys(map).map(
    (key, i) => packageFinding(str(entries2[i].name) ?? key, entries2[i], map, path)
  );
}
var ENTRY_FIELDS = ["name", "severity", "via", "range", "fixAvailable"], ADVISORY_FIELDS = ["source", "name", "title", "url", "severity", "cvss", "cwe"];
function reduceV2(members) {
  for (let key of Object.keys(members)) {
    let entry = members[key];
    if (!isObject(entry)) continue;
    let reduced = pick(entry, ENTRY_FIELDS);
    Array.isArray(reduced.via) && (reduced.via = reduced.via.map((v) => isObject(v) ? pick(v, ADVISORY_FIELDS) : v)), members[key] = reduced;
  }
  return members;
}
function pick(object, fields2) {
  let out = {};
  for (let field of fields2) Object.hasOwn(object, field) && (out[field] = object[field]);
  return out;
}
var V2_SEVERITIES = ["info", "low", "moderate", "high", "critical"];
function viaOf(entry, path) {
  let via = list(entry.via, "vulnerabilities[].via", path);
  for (let v of via)
    if (!isObject(v) && typeof v != "string")
      throw new GateError("a via element must be an advisory object or a package name", {
        file: path
      });
  return via;
}
function packageFinding(name, entry, map, path) {
  let own = [], through = [];
  for (let v of viaOf(entry, path))
    isObject(v) ? own.push(v) : typeof v == "string" && through.push(v);
  let advisories = own.length > 0 ? own : rootAdvisories(map, name, /* @__PURE__ */ new Set());
  advisories.length > 1 && advisories.sort((a, b) => rank(b) - rank(a));
  let primary = advisories[0], ids = unique(advisories.map(advisoryId)), id = ids[0] ?? `NPM-${name}`, cvss = primary ? cvssScore(primary.cvss) : void 0, notes = [];
  own.length === 0 && primary && notes.push(`Inherited from ${str(primary.name)}: ${str(primary.title)}`), ids.length > 1 && notes.push(`Also: ${ids.slice(1).join(", ")}`);
  let range = str(entry.range);
  return range && notes.push(`Vulnerable range: ${range}`), makeFinding(
    {
      tool: TOOL16,
      layer: "dependency",
      id,
      title: own.length > 0 ? str(primary?.title) ?? id : `${name} depends on vulnerable ${through.join(", ")}`,
      description: notes.length > 0 ? notes.join(`
`) : void 0,
      severity: severityOf(entry.severity, cvss),
      cvss,
      fix: fixOf(entry.fixAvailable, name),
      package: npmPackage(name, void 0),
      cwe: cweList(advisories.flatMap(cwesIn)),
      url: str(primary?.url)
    },
    path
  );
}
function cwesIn(advisory) {
  return Array.isArray(advisory.cwe) ? advisory.cwe : [advisory.cwe];
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

// src/reports/parsers/osv-scanner.ts
var import_semver = __toESM(require_semver2(), 1);

// src/model/cvss.ts
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
  ), pick2 = (table, key) => table[metrics.get(key)], scope = metrics.get("S");
  if (scope !== "U" && scope !== "C") return;
  let av = pick2(WEIGHTS.AV, "AV"), ac = pick2(WEIGHTS.AC, "AC"), pr = pick2(PR[scope], "PR"), ui = pick2(WEIGHTS.UI, "UI"), c = pick2(WEIGHTS.C, "C"), i = pick2(WEIGHTS.I, "I"), a = pick2(WEIGHTS.A, "A");
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

// src/reports/parsers/osv-scanner.ts
var TOOL17 = "osv-scanner";
function isResult(value) {
  return isObject(value) && Array.isArray(value.packages) && isObject(value.source);
}
var osvScanner = {
  id: "osv-scanner",
  description: "OSV-Scanner JSON (osv-scanner --format json -r DIR)",
  layers: ["dependency", "image"],
  containers: { json: ["results[].packages[].vulnerabilities[]"] },
  detect({ json }) {
    return !isObject(json) || !Array.isArray(json.results) ? !1 : json.results.length === 0 ? "experimental_config" in json : json.results.every(isResult);
  },
  parse({ json, path }) {
    return needShape(
      isObject(json) && Array.isArray(json.results),
      "OSV-Scanner",
      "a results array",
      path
    ), entries(json.results, "results", path).flatMap((result) => {
      let source = isObject(result.source) ? result.source : NO_FIELDS, where = str(source.path);
      return entries(result.packages, "results[].packages", path).flatMap((p) => {
        let pkg = isObject(p.package) ? p.package : NO_FIELDS, groups = entries(p.groups, "results[].packages[].groups", path), findings = entries(
          p.vulnerabilities,
          "results[].packages[].vulnerabilities",
          path
        ).map((v) => vulnerability2(v, pkg, groups, where, path));
        return rateFromGroup(findings, groups);
      });
    });
  }
};
function vulnerability2(v, pkg, groups, where, path) {
  let id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: path });
  let name = str(pkg.name), version = str(pkg.version), ecosystem = str(pkg.ecosystem), affected = objects(v.affected).filter((a) => {
    let ap = isObject(a.package) ? a.package : NO_FIELDS;
    return !name || str(ap.name) === name;
  }), group = groups.find((g) => strings(g.ids).includes(id)), vectors = objects(v.severity).map((s) => str(s.score) ?? ""), cvss = num(group?.max_severity) ?? maxOf(vectors.map(cvss3BaseScore)), dbSpecific = isObject(v.database_specific) ? v.database_specific : NO_FIELDS, fixes = fixedVersions(affected, version), purl = affected.map((a) => isObject(a.package) ? str(a.package.purl) : void 0).find(Boolean), packageRef = name ? { name, version, ecosystem, purl: purl && version ? `${purl}@${version}` : purl } : void 0;
  return makeFinding(
    {
      tool: TOOL17,
      layer: ecosystemIsOs(ecosystem) ? "image" : "dependency",
      id,
      aliases: strings(v.aliases),
      title: str(v.summary) ?? titleOf(str(v.details)) ?? id,
      description: str(v.details),
      severity: severityOf(dbSpecific.severity, cvss),
      cvss,
      fix: fixFrom(fixes),
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
    path
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
  let fixed = affected.flatMap(
    (a) => objects(a.ranges).flatMap((r) => objects(r.events).map((e) => str(e.fixed)))
  ), current = installed ? import_semver.default.coerce(installed) : null;
  return [
    ...new Set(
      fixed.filter((f) => {
        if (!f) return !1;
        let candidate = import_semver.default.coerce(f);
        return !current || !candidate || import_semver.default.gt(candidate, current);
      })
    )
  ];
}
function ecosystemIsOs(ecosystem) {
  return /^(Debian|Ubuntu|Alpine|Rocky Linux|AlmaLinux|Red Hat|SUSE|openSUSE|Photon OS|Mageia|Wolfi|Chainguard)/i.test(
    ecosystem ?? ""
  );
}

// src/reports/parsers/pip-audit.ts
var TOOL18 = "pip-audit";
function isDependency(value) {
  return isObject(value) && typeof value.name == "string" && ("vulns" in value || "skip_reason" in value);
}
function dependenciesOf(json) {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json.dependencies)) return json.dependencies;
}
function needDependencies(json, path) {
  return Array.isArray(json) ? entries(json, "dependencies", path) : (needShape(isObject(json) && "dependencies" in json, "pip-audit", "a dependencies list", path), entries(json.dependencies, "dependencies", path));
}
var pipAudit = {
  id: "pip-audit",
  description: "pip-audit -f json (object with dependencies and fixes, or the older bare array)",
  layers: ["dependency"],
  containers: { object: ["dependencies[].vulns[]"], array: ["[].vulns[]"] },
  detect({ json }) {
    let deps = dependenciesOf(json);
    return deps ? deps.length === 0 ? !Array.isArray(json) && Object.keys(json).every((k) => k === "dependencies" || k === "fixes") : deps.every(isDependency) : !1;
  },
  parse({ json, path }) {
    return needDependencies(json, path).flatMap(
      (d) => entries(d.vulns, "dependencies[].vulns", path).map((v) => vulnerability3(d, v, path))
    );
  }
};
function vulnerability3(dep2, v, path) {
  let id = str(v.id);
  if (!id) throw new GateError(`a vulnerability of ${str(dep2.name)} has no id`, { file: path });
  let fixes = strings(v.fix_versions), name = str(dep2.name) ?? "", version = str(dep2.version), description = str(v.description);
  return makeFinding(
    {
      tool: TOOL18,
      layer: "dependency",
      id,
      aliases: strings(v.aliases),
      title: titleOf(description) ?? id,
      description,
      // pip-audit states no severity: unknown, which the policy maps (never silently low).
      severity: severityOf(v.severity, void 0),
      fix: fixFrom(fixes),
      package: {
        name,
        version,
        ecosystem: "pypi",
        purl: version ? `pkg:pypi/${name.toLowerCase()}@${version}` : void 0
      }
    },
    path
  );
}

// src/reports/parsers/prowler.ts
var TOOL19 = "prowler", OCSF_STATUS_CODES = /* @__PURE__ */ new Map([
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["MANUAL", "pass"]
]), OCSF_STATUSES = /* @__PURE__ */ new Map([
  ["New", !1],
  ["Suppressed", !0],
  [void 0, !1]
]), JSON_STATUSES = /* @__PURE__ */ new Map([
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["MANUAL", "pass"],
  ["INFO", "pass"],
  ["Pass", "pass"],
  ["Info", "pass"],
  // Prowler 2 warns where a check found something it could not judge: counted, never passed.
  ["WARNING", "fail"],
  ["Warning", "fail"]
]), ASFF_STATUSES = /* @__PURE__ */ new Map([
  ["FAILED", "fail"],
  ["WARNING", "fail"],
  ["PASSED", "pass"],
  ["NOT_AVAILABLE", "unevaluated"]
]), ASFF_WORKFLOW = /* @__PURE__ */ new Map([
  [void 0, !1],
  ["NEW", !1],
  ["NOTIFIED", !1],
  ["RESOLVED", !1],
  ["SUPPRESSED", !0]
]), isOcsf = (v) => isObject(v) && "status_code" in v && isObject(v.finding_info) && isObject(v.metadata) && isObject(v.metadata.product) && v.metadata.product.name === "Prowler", isJson = (v) => isObject(v) && typeof v.CheckID == "string" && "Status" in v && "Provider" in v, isV22 = (v) => isObject(v) && "Control ID" in v && "Status" in v && "Account Number" in v, isAsff = (v) => isObject(v) && typeof v.SchemaVersion == "string" && typeof v.ProductArn == "string" && /\/prowler\//i.test(v.ProductArn) && isObject(v.Compliance), VARIANTS = [
  ["ocsf", isOcsf],
  ["json", isJson],
  ["v2", isV22],
  ["asff", isAsff]
];
function variantOf(json) {
  if (!(!Array.isArray(json) || json.length === 0))
    return VARIANTS.find(([, is]) => json.every(is))?.[0];
}
var prowler = {
  id: "prowler",
  description: "Prowler JSON (prowler <provider> -M json-ocsf; also -M json, json-asff and Prowler 2)",
  layers: ["posture"],
  containers: {
    ocsf: ["[].finding_info"],
    json: ["[].CheckID"],
    v2: ["[].Control ID"],
    asff: ["[].Compliance.Status"]
  },
  detect: ({ json }) => variantOf(json) !== void 0,
  parse({ json, path }) {
    if (!Array.isArray(json))
      throw new GateError("is not a Prowler report (expected an array of findings)", {
        file: path
      });
    if (json.length === 0) return [];
    let variant = variantOf(json);
    if (!variant)
      throw new GateError("every Prowler finding must be of one output format (OCSF, JSON, ASFF)", {
        file: path
      });
    let items = entries(json, "findings", path), read5 = READERS[variant];
    return items.flatMap((item, i) => read5(item, `[${i}]`, path) ?? []);
  },
  timestamp({ json }) {
    if (Array.isArray(json))
      return oldest(json.filter(isObject).map(timeOf));
  }
}, READERS = {
  ocsf: ocsfFinding,
  json: jsonFinding,
  v2: v2Finding,
  asff: asffFinding
};
function timeOf(item) {
  let info = isObject(item.finding_info) ? item.finding_info : NO_FIELDS;
  return date(item.time_dt) ?? date(info.created_time_dt) ?? date(item.event_time) ?? date(item.AssessmentStartTime) ?? date(item.Timestamp) ?? date(item.CreatedAt);
}
function unevaluated(id, what, path) {
  throw new GateError(
    `${what}: Prowler could not run check ${JSON.stringify(id)} (NOT_AVAILABLE): an unevaluated check is no pass`,
    { file: path }
  );
}
var MUTED = { kind: "prowler mutelist" };
function ocsfFinding(item, what, path) {
  let outcome = knownValue(OCSF_STATUS_CODES, item.status_code, `${what}.status_code`, path), muted = knownValue(OCSF_STATUSES, item.status, `${what}.status`, path);
  if (outcome !== "fail") return;
  let info = item.finding_info, meta = item.metadata, id = str(meta.event_code) ?? str(info.uid);
  if (!id) throw new GateError(`${what} has no metadata.event_code`, { file: path });
  let resource = Array.isArray(item.resources) && isObject(item.resources[0]) ? item.resources[0] : NO_FIELDS, remediation = isObject(item.remediation) ? item.remediation : NO_FIELDS, unmapped = isObject(item.unmapped) ? item.unmapped : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL19,
      layer: "posture",
      id,
      title: str(info.title) ?? id,
      description: str(item.status_detail) ?? str(item.message) ?? str(info.desc),
      severity: severityFromWord(item.severity),
      target: str(resource.uid) ?? str(resource.name),
      url: urlOf(remediation.references) ?? str(unmapped.related_url),
      // The Prowler service the check belongs to ("iam"): its category for the controls.
      category: isObject(resource.group) ? str(resource.group.name) : void 0,
      suppressed: muted ? MUTED : void 0
    },
    path
  );
}
function urlOf(references) {
  if (Array.isArray(references))
    return references.map(str).find((r) => r?.startsWith("http"));
}
function jsonFinding(item, what, path) {
  if (knownValue(JSON_STATUSES, item.Status, `${what}.Status`, path) !== "fail") return;
  let id = str(item.CheckID), remediation = isObject(item.Remediation) ? item.Remediation : NO_FIELDS, recommendation = isObject(remediation.Recommendation) ? remediation.Recommendation : NO_FIELDS, muted = item.Muted === !0;
  return makeFinding(
    {
      tool: TOOL19,
      layer: "posture",
      id,
      title: str(item.CheckTitle) ?? id,
      description: str(item.StatusExtended) ?? str(item.Description),
      severity: severityFromWord(item.Severity),
      target: str(item.ResourceArn) ?? str(item.ResourceId) ?? str(item.ResourceName),
      url: str(recommendation.Url) ?? str(item.RelatedUrl),
      category: str(item.ServiceName),
      suppressed: muted ? MUTED : void 0
    },
    path
  );
}
function v2Finding(item, what, path) {
  if (knownValue(JSON_STATUSES, item.Status, `${what}.Status`, path) !== "fail") return;
  let control = str(item.Control) ?? "", id = /^\[([^\]]+)\]/.exec(control)?.[1] ?? str(item["Control ID"]);
  if (!id) throw new GateError(`${what} has no Control`, { file: path });
  let region = str(item.Region), resource = str(item["Resource ID"]);
  return makeFinding(
    {
      tool: TOOL19,
      layer: "posture",
      id,
      title: control.replace(/^\[[^\]]+\]\s*/, "") || id,
      description: str(item.Message),
      severity: severityFromWord(item.Severity),
      target: [str(item["Account Number"]), region, resource].filter(Boolean).join("/") || void 0,
      url: str(item["Doc link"])
    },
    path
  );
}
function asffFinding(item, what, path) {
  let compliance = item.Compliance, outcome = knownValue(ASFF_STATUSES, compliance.Status, `${what}.Compliance.Status`, path), workflow = isObject(item.Workflow) ? item.Workflow.Status : void 0, muted = knownValue(ASFF_WORKFLOW, workflow, `${what}.Workflow.Status`, path), id = str(item.GeneratorId)?.replace(/^prowler-/, "") ?? str(item.Id);
  if (!id) throw new GateError(`${what} has no GeneratorId`, { file: path });
  if (outcome === "unevaluated" && unevaluated(id, what, path), outcome !== "fail") return;
  let severity = isObject(item.Severity) ? item.Severity.Label : void 0, resource = Array.isArray(item.Resources) && isObject(item.Resources[0]) ? item.Resources[0] : NO_FIELDS, remediation = isObject(item.Remediation) ? item.Remediation : NO_FIELDS, recommendation = isObject(remediation.Recommendation) ? remediation.Recommendation : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL19,
      layer: "posture",
      id,
      title: str(item.Title) ?? id,
      description: str(item.Description),
      severity: severityFromWord(severity),
      target: str(resource.Id),
      url: str(recommendation.Url),
      suppressed: muted ? { kind: "Security Hub workflow SUPPRESSED" } : void 0
    },
    path
  );
}

// src/reports/parsers/sarif-locations.ts
function locationOf(location, roots) {
  let physical = isObject(location.physicalLocation) ? location.physicalLocation : NO_FIELDS, path = artifactPath(physical.artifactLocation, roots);
  if (!path) return;
  let region = isObject(physical.region) ? physical.region : NO_FIELDS;
  return { path, startLine: num(region.startLine), endLine: num(region.endLine) };
}
function artifactPath(artifact, roots) {
  let uri = isObject(artifact) ? str(artifact.uri) : void 0;
  if (!uri) return;
  let path = uriPath(uri), root = roots.find((r) => path.startsWith(r));
  return root === void 0 ? path : path.slice(root.length) || ".";
}
function uriPath(uri) {
  let local = uri.replace(/^file:\/\/[^/]*/i, "").replace(/^\/([A-Za-z]:\/)/, "$1");
  return decodePercent(local);
}
function reportedRoots(bases, path) {
  if (bases === void 0) return [];
  if (!isObject(bases))
    throw new GateError("run.originalUriBaseIds is not an object", { file: path });
  let resolveBase = (id, depth) => {
    let base = bases[id];
    if (!isObject(base) || base.uri !== void 0 && typeof base.uri != "string")
      throw new GateError(`run.originalUriBaseIds.${id} is not an artifactLocation`, {
        file: path
      });
    let uri = typeof base.uri == "string" ? base.uri.trim() : "", parent = str(base.uriBaseId);
    if (/^file:/i.test(uri) || uri.startsWith("/") || /^[A-Za-z]:\//.test(uri)) return uriPath(uri);
    if (parent === void 0 || depth > 8 || !Object.hasOwn(bases, parent)) return;
    let above = resolveBase(parent, depth + 1);
    return above === void 0 ? void 0 : above.replace(/\/?$/, "/") + decodePercent(uri);
  };
  return Object.keys(bases).map((id) => resolveBase(id, 0)).filter((r) => r !== void 0 && r !== "/" && r !== "").map((r) => r.replace(/\/?$/, "/")).sort((a, b) => b.length - a.length);
}

// src/reports/parsers/sarif-rules.ts
var LEVEL_WORDS = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]), SEVERITY_KEYS = ["severity", "issue_severity", "Severity"];
function ruleFacts(rule) {
  let bag = props(rule), config = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration : NO_FIELDS;
  return {
    severity: severityWordIn(bag),
    cvss: cvssIn(bag),
    level: str(config.level),
    cwes: unique(cweTexts2(bag, rule).flatMap(cwesIn2)),
    category: categoryIn(bag)
  };
}
function severityOf4(result, rule) {
  let bag = props(result), word = severityWordIn(bag) ?? rule.severity, cvss = cvssIn(bag) ?? rule.cvss;
  return word ? { severity: word, cvss } : cvss !== void 0 ? { severity: severityFromCvss(cvss), cvss } : { severity: severityFromWord(str(result.level) ?? rule.level) };
}
function categoryIn(bag) {
  let tags = strings(bag.tags).map((t) => t.toLowerCase());
  return tags.includes("security") ? "security" : tags.find((t) => QUALITY_KINDS.has(t));
}
var QUALITY_KINDS = /* @__PURE__ */ new Set([
  "reliability",
  "maintainability",
  "correctness",
  "efficiency",
  "readability",
  "useless-code",
  "portability",
  "accuracy",
  "performance",
  "best-practice"
]);
function severityWordIn(bag) {
  for (let key of SEVERITY_KEYS) {
    let word = severityFromWord(bag[key]);
    if (word !== "unknown") return word;
  }
  let tag = strings(bag.tags).find((t) => LEVEL_WORDS.has(t.toLowerCase()));
  return tag ? severityFromWord(tag) : void 0;
}
function cvssIn(bag) {
  return num(bag["security-severity"]) ?? num(bag.cvssv3_baseScore);
}
function props(value) {
  return value && isObject(value.properties) ? value.properties : NO_FIELDS;
}
function cwesOf(result, rule) {
  let bag = props(result);
  return bag === NO_FIELDS ? rule.cwes : unique([...cweTexts2(bag, void 0).flatMap(cwesIn2), ...rule.cwes]);
}
function cweTexts2(bag, rule) {
  let texts = [...strings(bag.tags), ...strings(bag.cwe), ...strings([bag.cwe])];
  for (let rel of arr(rule?.relationships))
    isObject(rel) && isObject(rel.target) && texts.push(str(rel.target.id) ?? "");
  return texts;
}
var CWE_REF = /\bcwe[-_/ ]?0*(\d+)/gi;
function cwesIn2(text3) {
  return [...text3.matchAll(CWE_REF)].map((m) => `CWE-${m[1]}`);
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
    let fixVersions = commaList(/^Fixed Version: (.*)$/m.exec(message)?.[1]);
    return { id: ruleId, package: { name: name.trim(), version: version?.trim() }, fixVersions };
  }
  if (/^grype$/i.test(tool)) {
    let m = / reports (\S+) at version (\S+)/.exec(message), id = VULN_ID.exec(ruleId)?.[1];
    return !m || !id ? void 0 : { id, package: { name: m[1], version: m[2] }, fixVersions: [] };
  }
}

// src/reports/parsers/sarif-rule-index.ts
var RuleIndex = class {
  constructor(tool, driver, extensions) {
    this.tool = tool;
    this.driverRules = objects(driver.rules), this.extensionRules = extensions.map((e) => objects(e.rules));
    for (let component2 of [driver, ...extensions])
      for (let rule of objects(component2.rules)) {
        let id = str(rule.id);
        id && !this.byId.has(id) && this.byId.set(id, rule);
      }
  }
  tool;
  byId = /* @__PURE__ */ new Map();
  // Each component's rules, filtered once: doing it per result was O(results × rules), and
  // Trivy's SARIF has a rule per vulnerability.
  driverRules;
  extensionRules;
  infos = /* @__PURE__ */ new Map();
  of(result) {
    let ref = isObject(result.rule) ? result.rule : NO_FIELDS, component2 = isObject(ref.toolComponent) ? num(ref.toolComponent.index) : void 0, rules = (component2 === void 0 ? this.driverRules : this.extensionRules[component2]) ?? [], index = num(result.ruleIndex) ?? num(ref.index), byIndex = index === void 0 ? void 0 : rules[index], id = ruleIdOf(result);
    return byIndex ?? (id ? this.byId.get(id) : this.byMessage(result));
  }
  /** The rule's shared parts, cached: results outnumber rules by orders of magnitude. */
  info(rule) {
    let info = this.infos.get(rule);
    return info === void 0 && (info = {
      ...ruleFacts(rule),
      layer: layerOf2(this.tool, rule),
      title: text(rule?.shortDescription),
      description: text(rule?.fullDescription),
      url: str(rule?.helpUri) ?? urlIn(text(rule?.help))
    }, this.infos.set(rule, info)), info;
  }
  /** gitleaks 7 names no rule: its message is "<rule id> secret detected". */
  byMessage(result) {
    let message = isObject(result.message) ? str(result.message.text) ?? "" : "", longest = [...this.byId.keys()].filter((id) => message.startsWith(`${id} `)).sort((a, b) => b.length - a.length)[0];
    return longest === void 0 ? void 0 : this.byId.get(longest);
  }
};
function ruleIdOf(result) {
  return str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : void 0);
}
function text(value) {
  return isObject(value) && str(value.text)?.trim() || void 0;
}
function urlIn(value) {
  return value && /^https?:\/\/\S+$/.test(value) ? value : void 0;
}

// src/reports/parsers/semgrep-category.ts
var REGISTRY_CATEGORIES = /* @__PURE__ */ new Set([
  "security",
  "correctness",
  "best-practice",
  "maintainability",
  "performance",
  "portability",
  "compatibility"
]);
function semgrepRegistryCategory(id) {
  let third = id.split(".", 3)[2];
  return third !== void 0 && REGISTRY_CATEGORIES.has(third) ? third : void 0;
}

// src/reports/parsers/sarif-status.ts
var KIND_COUNTS = /* @__PURE__ */ new Map([
  [void 0, !0],
  ["fail", !0],
  ["open", !0],
  ["review", !0],
  ["pass", !1],
  ["notApplicable", !1],
  ["informational", !1]
]), LEVELS = new Map(
  [void 0, "error", "warning", "note", "none"].map((level) => [level, !0])
), SUPPRESSES = /* @__PURE__ */ new Map([
  [void 0, !0],
  ["accepted", !0],
  ["underReview", !1],
  ["rejected", !1]
]);
function suppressionOf5(result, path) {
  let all = entries(result.suppressions, "runs[].results[].suppressions", path), hides = all.map(
    (s) => knownValue(SUPPRESSES, s.status ?? s.state, "a suppression's status", path)
  ), active = all[hides.indexOf(!0)];
  if (active)
    return {
      kind: `sarif ${str(active.kind) ?? "suppression"}`,
      justification: str(active.justification)
    };
}

// src/reports/parsers/sarif-results.ts
function addResultFindings(result, ctx, out) {
  let rule = ctx.rules.of(result), info = ctx.rules.info(rule), message = messageText(result, rule), id = ruleIdOf(result) ?? str(rule?.id) ?? (firstLine(message) || "sarif-result"), vuln2 = packageOf2(ctx.tool, id, message);
  knownValue(LEVELS, result.level, "a result's level", ctx.path), knownValue(LEVELS, info.level, "a rule's defaultConfiguration.level", ctx.path);
  let rated = (result.kind === "open" || result.kind === "review") && result.level === "none" ? unrated(result) : result, { severity, cvss } = severityOf4(rated, info), input = {
    tool: ctx.tool,
    layer: info.layer,
    id: vuln2?.id ?? id,
    ruleId: vuln2 && vuln2.id !== id ? id : void 0,
    title: info.title ?? (firstLine(message) || id),
    description: message || info.description,
    severity,
    cvss,
    cwe: cwesOf(result, info),
    // Semgrep's SARIF tags are "cwe"/"owasp" placeholders in older versions: its id says it.
    category: info.category ?? (ctx.tool === "semgrep" ? semgrepRegistryCategory(id) : void 0),
    url: info.url,
    package: vuln2?.package,
    fix: vuln2 ? fixFrom(vuln2.fixVersions) : void 0,
    suppressed: suppressionOf5(result, ctx.path),
    location: void 0,
    // Only the primary location is what the scanner's partial fingerprint hashes.
    contentHash: contentHashOf(result),
    // §3.48.2: when the result was first detected, by a run of the tool's own history.
    firstSeen: scannerDay(
      isObject(result.provenance) ? result.provenance.firstDetectionTimeUtc : void 0,
      "a result's provenance.firstDetectionTimeUtc",
      ctx.path
    )
  }, located = !1;
  for (let location of entries(result.locations, "runs[].results[].locations", ctx.path))
    input.location = locationOf(location, ctx.roots), out.push(makeFinding(input, ctx.path)), input.contentHash = void 0, located = !0;
  if (!located) {
    let fallback = artifactPath(result.analysisTarget, ctx.roots);
    input.location = fallback ? { path: fallback } : void 0, out.push(makeFinding(input, ctx.path));
  }
}
function unrated(result) {
  let copy = { ...result };
  return delete copy.level, copy;
}
function contentHashOf(result) {
  let partial = isObject(result.partialFingerprints) ? result.partialFingerprints : NO_FIELDS, preferred = str(partial.primaryLocationLineHash);
  if (preferred) return preferred;
  let full = isObject(result.fingerprints) ? result.fingerprints : NO_FIELDS;
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
function firstLine(value) {
  let end = value.indexOf(`
`);
  return (end < 0 ? value : value.slice(0, end)).trim().slice(0, 200);
}

// src/reports/parsers/sarif.ts
var sarif = {
  id: "sarif",
  description: "SARIF 2.1.0 from any tool (codeql, semgrep, snyk code, gitleaks, trivy, grype...)",
  layers: ["code", "secret", "iac", "image", "dependency", "license"],
  containers: { sarif: ["runs[].results[]"] },
  detect({ json }) {
    return !isObject(json) || !Array.isArray(json.runs) ? !1 : str(json.version)?.startsWith("2.1") === !0 || /sarif/i.test(str(json.$schema) ?? "");
  },
  parse({ json, path }) {
    let log = needObject(json, "a SARIF log", path);
    if (!Array.isArray(log.runs)) throw new GateError("runs must be an array", { file: path });
    return entries(log.runs, "runs", path).flatMap((run) => parseRun(run, path));
  },
  coverage({ json }) {
    return unique(objects(isObject(json) ? json.runs : []).flatMap(runLayers));
  },
  // Results are independent of each other; the run's rules stay in the streamed skeleton.
  stream: { arrays: ["runs[].results"] },
  subject: ({ json }) => sarifSubject(json),
  timestamp({ json }) {
    return oldest(
      objects(isObject(json) ? json.runs : []).flatMap((run) => objects(run.invocations)).map((inv) => date(inv.endTimeUtc) ?? date(inv.startTimeUtc))
    );
  }
};
function runLayers(run) {
  let tool = isObject(run.tool) ? run.tool : {}, driver = isObject(tool.driver) ? tool.driver : {}, name = str(driver.name) ?? "";
  return /^(trivy|grype)$/i.test(name) ? objects(driver.rules).map((r) => layerOf2(name, r)) : name ? [layerOf2(name, void 0)] : [];
}
var RULE_INDEXES = /* @__PURE__ */ new WeakMap();
function parseRun(run, path) {
  let tool = isObject(run.tool) ? run.tool : {}, driver = isObject(tool.driver) ? tool.driver : void 0;
  if (!driver) throw new GateError("a run has no tool.driver", { file: path });
  let name = (str(driver.name) ?? "sarif").toLowerCase(), rules = RULE_INDEXES.get(tool);
  rules || RULE_INDEXES.set(tool, rules = new RuleIndex(name, driver, objects(tool.extensions)));
  let ctx = {
    tool: name,
    rules,
    path,
    roots: reportedRoots(run.originalUriBaseIds, path)
  }, findings = [];
  for (let result of entries(run.results, "runs[].results", path))
    knownValue(KIND_COUNTS, result.kind, "a result's kind", path) && addResultFindings(result, ctx, findings);
  return findings;
}

// src/reports/parsers/semgrep.ts
var TOOL20 = "semgrep";
function isResult2(value) {
  return isObject(value) && typeof value.check_id == "string" && typeof value.path == "string" && isObject(value.extra);
}
function isReport5(value) {
  return !isObject(value) || !Array.isArray(value.results) ? !1 : value.results.length > 0 ? value.results.every(isResult2) : typeof value.version == "string" && isObject(value.paths) && Array.isArray(value.errors);
}
var semgrep = {
  id: "semgrep",
  description: "Semgrep JSON (semgrep scan --json -o semgrep.json)",
  layers: ["code", "secret", "dependency"],
  // `results[]` alone is also tfsec's and OSV-Scanner's key: Semgrep's entries have check_id.
  containers: { json: ["results[].check_id"] },
  detect: ({ json }) => isReport5(json),
  parse({ json, path }) {
    needShape(isObject(json) && "results" in json, "Semgrep JSON", "results", path);
    let doc = json;
    rejectFatalErrors(doc, path);
    let results = needArray(doc.results, "results", path);
    return entries(results, "results", path).map((r) => finding5(r, path));
  },
  // A Semgrep report is evidence that the code was scanned, with or without findings.
  coverage: () => ["code"]
}, FATAL = /* @__PURE__ */ new Map([
  ["error", !0],
  ["warn", !1],
  ["info", !1]
]);
function rejectFatalErrors(doc, path) {
  let fatal = entries(doc.errors, "errors", path).filter((e) => knownValue(FATAL, e.level, "an error's level", path));
  if (fatal.length > 0)
    throw new GateError(
      `semgrep reported ${fatal.length} error(s) of level error: rules or files were not scanned, so the report is incomplete`,
      { file: path }
    );
}
var SEVERITIES4 = {
  CRITICAL: "critical",
  HIGH: "high",
  ERROR: "high",
  MEDIUM: "medium",
  WARNING: "medium",
  LOW: "low",
  INFO: "low",
  INVENTORY: "info",
  EXPERIMENT: "info"
};
function severityOf5(word) {
  let key = typeof word == "string" ? word.toUpperCase() : "";
  return Object.hasOwn(SEVERITIES4, key) ? SEVERITIES4[key] : "unknown";
}
var IGNORED = /* @__PURE__ */ new Map([
  [void 0, !1],
  [!1, !1],
  [!0, !0]
]);
function finding5(r, path) {
  let id = str(r.check_id);
  if (!id) throw new GateError("a Semgrep result has no check_id", { file: path });
  let extra = isObject(r.extra) ? r.extra : NO_FIELDS, meta = isObject(extra.metadata) ? extra.metadata : NO_FIELDS, ignored = knownValue(IGNORED, extra.is_ignored, "a result's extra.is_ignored", path), message = str(extra.message), start = isObject(r.start) ? r.start : NO_FIELDS, end = isObject(r.end) ? r.end : NO_FIELDS, file = str(r.path), fingerprint = str(extra.fingerprint), dependency = dependencyOf2(extra), f = makeFinding(
    {
      tool: TOOL20,
      layer: layerOf3(meta, dependency !== void 0),
      id,
      title: titleOf(message) ?? id,
      description: message,
      severity: severityOf5(extra.severity),
      // An autofix (fix, fix_regex) is a code change Semgrep can apply.
      fix: extra.fix !== void 0 || extra.fix_regex !== void 0 ? { available: !0, versions: [] } : void 0,
      package: dependency,
      location: file ? { path: file, startLine: positive(num(start.line)), endLine: positive(num(end.line)) } : void 0,
      cwe: cweList(Array.isArray(meta.cwe) ? meta.cwe : [meta.cwe]),
      category: str(meta.category) ?? semgrepRegistryCategory(id),
      url: str(meta.shortlink) ?? str(meta.source) ?? strings(meta.references)[0],
      // Without a login Semgrep writes "requires login" here: not a hash of the code.
      contentHash: fingerprint && fingerprint !== "requires login" ? fingerprint : void 0
    },
    path
  );
  return ignored && (f.suppressed = { kind: "semgrep nosemgrep comment" }), f;
}
function layerOf3(meta, supplyChain) {
  return supplyChain ? "dependency" : meta.product === "secrets" ? "secret" : "code";
}
function dependencyOf2(extra) {
  if (!isObject(extra.sca_info)) return;
  let match2 = isObject(extra.sca_info.dependency_match) ? extra.sca_info.dependency_match : NO_FIELDS, dep2 = isObject(match2.found_dependency) ? match2.found_dependency : NO_FIELDS, name = str(dep2.package);
  if (name)
    return { name, version: str(dep2.version), ecosystem: str(dep2.ecosystem) };
}

// src/reports/parsers/snyk.ts
var TOOL21 = "snyk", OS_MANAGERS = /^(deb|apk|rpm|linux|debian|ubuntu|alpine|rhel|centos|amzn|sles)/i, PROJECT_CONTAINERS = [
  "vulnerabilities[]",
  "filtered.ignore[]",
  "filtered.patch[]",
  "applications[].vulnerabilities[]",
  "infrastructureAsCodeIssues[]"
];
function isProject(value) {
  return isObject(value) && (Array.isArray(value.vulnerabilities) || Array.isArray(value.infrastructureAsCodeIssues)) && ("packageManager" in value || "projectType" in value || typeof value.ok == "boolean");
}
var snyk = {
  id: "snyk",
  description: "Snyk CLI JSON (snyk test / container test / iac test --json, with or without --all-projects)",
  layers: ["dependency", "image", "iac", "license"],
  containers: {
    project: PROJECT_CONTAINERS,
    "all projects": PROJECT_CONTAINERS.map((c) => `[].${c}`)
  },
  detect({ json }) {
    return Array.isArray(json) ? json.length > 0 && json.every(isProject) : isProject(json);
  },
  parse({ json, path }) {
    let projects = Array.isArray(json) ? json : [json];
    return needShape(projects.every(isProject), "Snyk", "snyk test --json projects", path), projects.flatMap((p, i) => {
      if (!isObject(p)) throw new GateError(`project ${i} must be an object`, { file: path });
      return project(p, path);
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
  }, filtered = p.filtered === void 0 || p.filtered === null ? {} : p.filtered;
  if (!isObject(filtered)) throw new GateError("filtered must be an object", { file: report });
  for (let key of Object.keys(filtered))
    if (key !== "ignore" && key !== "patch" && list(filtered[key], `filtered.${key}`, report).length > 0)
      throw new GateError(`filtered.${key} is a list of issues this parser does not know`, {
        file: report
      });
  let ignored = entries(filtered.ignore, "filtered.ignore", report), patched = entries(filtered.patch, "filtered.patch", report), vulnerabilities = vulnerabilitiesOf(p, "vulnerabilities", report), applications = entries(p.applications, "applications", report);
  return [
    ...vulnerabilities.map((v) => vulnerability4(v, ctx)),
    // Issues a .snyk policy ignored: kept, marked suppressed with the policy's reason.
    ...ignored.map((v) => ignoredVulnerability(v, ctx)),
    // Issues a Snyk patch (snyk protect, in the repository) covers: kept, marked suppressed.
    ...patched.map((v) => {
      let f = vulnerability4(v, ctx);
      return f.suppressed = { kind: "snyk patch" }, f;
    }),
    // Container scans list the application dependencies found inside the image too.
    ...applications.flatMap(
      (app) => vulnerabilitiesOf(app, "applications[].vulnerabilities", report).map(
        (v) => vulnerability4(v, {
          ...ctx,
          file: str(app.displayTargetFile) ?? str(app.targetFile) ?? ctx.file,
          manager: str(app.packageManager)
        })
      )
    ),
    ...entries(p.infrastructureAsCodeIssues, "infrastructureAsCodeIssues", report).map(
      (issue) => iacIssue(issue, p, report)
    )
  ];
}
function vulnerabilitiesOf(owner, what, report) {
  let vulnerabilities = entries(owner.vulnerabilities, what, report), ids = new Set(vulnerabilities.map((v) => str(v.id))), owned = what === "vulnerabilities" ? "project" : "applications[]";
  return agreeTotals({ uniqueCount: owner.uniqueCount }, { uniqueCount: ids.size }, owned, report), vulnerabilities;
}
function vulnerability4(v, ctx) {
  let id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: ctx.report });
  let identifiers = isObject(v.identifiers) ? v.identifiers : {}, cvss = num(v.cvssScore), fixes = strings(v.fixedIn), manager = str(v.packageManager) ?? ctx.manager, epss = isObject(v.epssDetails) ? num(v.epssDetails.probability) : void 0, from = strings(v.from), isLicense = str(v.type) === "license";
  return makeFinding(
    {
      tool: TOOL21,
      layer: isLicense ? "license" : ctx.layer,
      id,
      aliases: [...strings(identifiers.CVE), ...strings(identifiers.GHSA)],
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
      cwe: cweList(strings(identifiers.CWE)),
      epss,
      url: isLicense ? strings(v.licenseTemplateUrl)[0] : `https://security.snyk.io/vuln/${id}`,
      license: isLicense ? str(v.license) : void 0
    },
    ctx.report
  );
}
function packageName(v, manager) {
  let name = str(v.name) ?? str(v.packageName) ?? "";
  return OS_MANAGERS.test(manager ?? "") && name.includes("/") ? name.split("/").pop() : name;
}
function ignoredVulnerability(v, ctx) {
  let f = vulnerability4(v, ctx), rule = objects(isObject(v.filtered) ? v.filtered.ignored : [])[0] ?? {}, expires = str(rule.expires), reason = str(rule.reason);
  return f.suppressed = {
    kind: expires ? `snyk ignore (expires ${expires})` : "snyk ignore",
    justification: reason
  }, f;
}
function iacIssue(issue, p, report) {
  let id = str(issue.publicId) ?? str(issue.id);
  if (!id) throw new GateError("an IaC issue has no id", { file: report });
  let file = str(p.targetFile) ?? str(p.targetFilePath), f = makeFinding(
    {
      tool: TOOL21,
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
  if (issue.isIgnored !== void 0 && typeof issue.isIgnored != "boolean")
    throw new GateError("an IaC issue's isIgnored must be true or false", { file: report });
  return issue.isIgnored === !0 && (f.suppressed = { kind: "snyk ignore" }), f;
}

// src/reports/parsers/tfsec.ts
var TOOL22 = "tfsec";
function isResult3(value) {
  return isObject(value) && typeof value.rule_id == "string" && isObject(value.location);
}
var tfsec = {
  id: "tfsec",
  description: "tfsec JSON (tfsec DIR --format json; legacy `passed` and current `status`)",
  layers: ["iac"],
  containers: { json: ["results[].rule_id"] },
  detect({ json }) {
    return isObject(json) ? json.results === null ? Object.keys(json).join() === "results" : Array.isArray(json.results) && json.results.length > 0 && json.results.every(isResult3) : !1;
  },
  parse({ json, path }) {
    let results = isObject(json) && "results" in json ? json.results ?? [] : void 0;
    if (!Array.isArray(results))
      throw new GateError("results must be an array or null", { file: path });
    let findings = [];
    for (let result of entries(results, "results", path)) {
      let outcome = outcomeOf2(result, path);
      if (outcome === "passed") continue;
      let f = finding6(result, path);
      outcome === "ignored" && (f.suppressed = { kind: "tfsec ignore comment" }), findings.push(f);
    }
    return mergeRepeats(findings);
  }
}, STATUSES2 = /* @__PURE__ */ new Map([
  [0, "failed"],
  [1, "passed"],
  [2, "ignored"],
  ["failed", "failed"],
  ["passed", "passed"],
  ["ignored", "ignored"]
]);
function outcomeOf2(result, path) {
  return result.status === void 0 || result.status === null ? result.passed === !0 ? "passed" : "failed" : knownValue(STATUSES2, result.status, "a result's status", path);
}
function finding6(result, path) {
  let id = str(result.rule_id), location = isObject(result.location) ? result.location : NO_FIELDS, file = str(location.filename), links = [...strings(result.links), ...strings([result.link])];
  return makeFinding(
    {
      tool: TOOL22,
      layer: "iac",
      id,
      // tfsec 1.x: rule_id is the AVD id, long_id the tfsec name; 0.x: legacy_rule_id.
      aliases: [str(result.long_id), str(result.legacy_rule_id)].filter(
        (x) => x !== void 0 && x !== id
      ),
      title: str(result.rule_description) ?? id,
      description: [str(result.description), str(result.impact), str(result.resolution)].filter(Boolean).join(`
`) || void 0,
      // tfsec severities: CRITICAL, HIGH, MEDIUM, LOW; legacy ERROR, WARNING, INFO.
      severity: severityFromWord(result.severity),
      location: file ? { path: file, startLine: num(location.start_line), endLine: num(location.end_line) } : void 0,
      target: str(result.rule_provider),
      category: providerService(result.rule_provider, result.rule_service),
      url: links.map((l) => /https?:\/\/\S+/.exec(l)?.[0]).find(Boolean)
    },
    path
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

// src/model/image-ref.ts
function imageRef(target) {
  if (!target.endsWith(")")) return target;
  let open = target.search(/\s\(/);
  return open === -1 ? target : target.slice(0, open).trimEnd();
}

// src/reports/parsers/trivy-shapes.ts
var FINDING_ARRAYS = [
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
function containersIn(places) {
  return places.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}[]`));
}
function isResult4(value) {
  return isObject(value) && "Target" in value;
}
function isClusterReport(doc) {
  return isObject(doc) && "ClusterName" in doc && ("Resources" in doc || "Vulnerabilities" in doc || "Misconfigurations" in doc);
}
function allResults(json) {
  if (Array.isArray(json)) return json.filter(isObject);
  if (!isObject(json)) return [];
  let resources = [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap(
    (r) => Array.isArray(r) ? r.filter(isObject) : []
  );
  return [
    ...Array.isArray(json.Results) ? json.Results.filter(isObject) : [],
    ...resources.flatMap((r) => Array.isArray(r.Results) ? r.Results.filter(isObject) : [])
  ];
}
function hasEntries(value) {
  return Array.isArray(value) && value.length > 0;
}
function hasFindings(result) {
  return FINDING_ARRAYS.some((key) => hasEntries(result[key]));
}

// src/reports/parsers/trivy-coverage.ts
var CLASS_LAYER = {
  "os-pkgs": "image",
  "lang-pkgs": "dependency",
  config: "iac",
  secret: "secret",
  license: "license",
  "license-file": "license"
};
function coverage(json) {
  let image = isObject(json) && str(json.ArtifactType) === "container_image", results = Array.isArray(json) ? json : isClusterReport(json) ? [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap(
    (r) => objects(r).flatMap((resource) => arr(resource.Results))
  ) : isObject(json) ? arr(json.Results) : [], layers = objects(results).map((r) => {
    let layer = lookup(CLASS_LAYER, str(r.Class) ?? "");
    return image && layer === "dependency" ? "image" : layer;
  });
  return image && layers.push("image"), layers.filter((l) => l !== void 0);
}

// src/reports/parsers/trivy-findings.ts
var TOOL23 = "trivy";
function bestCvss(v) {
  if (!isObject(v.CVSS)) return;
  let best;
  for (let vendor in v.CVSS) {
    let source = v.CVSS[vendor];
    if (!isObject(source)) continue;
    let score = num(source.V40Score) ?? num(source.V3Score) ?? num(source.V2Score);
    score !== void 0 && (best === void 0 || score > best) && (best = score);
  }
  return best;
}
function vulnerability5(v, layer, ctx) {
  let id = str(v.VulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no VulnerabilityID", { file: ctx.path });
  let cvss = bestCvss(v), fixes = commaList(v.FixedVersion), identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL23,
      layer,
      id,
      aliases: strings(v.VendorIDs),
      title: str(v.Title) ?? id,
      description: str(v.Description),
      severity: severityOf(v.Severity, cvss),
      cvss,
      fix: fixFrom(fixes),
      package: {
        name: str(v.PkgName) ?? "",
        version: str(v.InstalledVersion),
        ecosystem: ctx.type,
        purl: str(identifier.PURL)
      },
      target: ctx.resource ?? ctx.image ?? ctx.target,
      location: ctx.image || !ctx.target ? void 0 : { path: ctx.target },
      cwe: cweList(strings(v.CweIDs)),
      url: str(v.PrimaryURL)
    },
    ctx.path
  );
}
function misconfiguration(m, ctx) {
  let id = str(m.AVDID) ?? str(m.ID);
  if (!id) throw new GateError("a misconfiguration has no ID", { file: ctx.path });
  let cause = isObject(m.CauseMetadata) ? m.CauseMetadata : NO_FIELDS, startLine = num(cause.StartLine), filePath = ctx.resource ? void 0 : ctx.target;
  return makeFinding(
    {
      tool: TOOL23,
      layer: "iac",
      id,
      aliases: [str(m.ID), str(m.AVDID)].filter((x) => !!x && x !== id),
      ruleId: str(m.ID),
      title: str(m.Title) ?? id,
      description: str(m.Message) ?? str(m.Description),
      severity: severityFromWord(m.Severity),
      location: filePath ? { path: filePath, startLine, endLine: num(cause.EndLine) } : void 0,
      target: ctx.resource ?? str(cause.Resource),
      url: str(m.PrimaryURL),
      category: providerService(cause.Provider, cause.Service)
    },
    ctx.path
  );
}
function secret(s, ctx) {
  let id = str(s.RuleID) ?? "secret";
  return makeFinding(
    {
      tool: TOOL23,
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
      tool: TOOL23,
      layer: "license",
      id: name,
      title: `License ${name} (${str(l.Category) ?? "uncategorised"})`,
      severity: severityFromWord(l.Severity),
      package: pkg ? { name: pkg } : void 0,
      location: file ? { path: file } : void 0,
      target: ctx.image ?? ctx.target,
      url: str(l.Link),
      license: str(l.Name)
    },
    ctx.path
  );
}

// src/reports/parsers/trivy-status.ts
var MISCONF_STATUSES = /* @__PURE__ */ new Map([
  [void 0, "fail"],
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["EXCEPTION", "exception"]
]);
function misconfigurationStatus(m, path) {
  return knownValue(MISCONF_STATUSES, str(m.Status), "a misconfiguration's Status", path);
}
var MODIFIED_SUPPRESSES = /* @__PURE__ */ new Map([
  ["ignored", !0],
  ["not_affected", !0],
  ["fixed", !0],
  ["affected", !1],
  ["under_investigation", !1],
  ["unknown", !1]
]), MODIFIED_TYPES = /* @__PURE__ */ new Map([
  ["vulnerability", (v, ctx) => vulnerability5(v, ctx.vulnLayer, ctx)],
  ["misconfiguration", (m, ctx) => misconfiguration(m, ctx)],
  ["secret", (s, ctx) => secret(s, ctx)],
  ["license", (l, ctx) => license(l, ctx)]
]);
function modifiedFinding(m, ctx) {
  let where = "an ExperimentalModifiedFindings entry", build = knownValue(MODIFIED_TYPES, str(m.Type), `${where}'s Type`, ctx.path), status = str(m.Status), suppresses = knownValue(MODIFIED_SUPPRESSES, status, `${where}'s Status`, ctx.path);
  if (!isObject(m.Finding))
    throw new GateError(`${where} has no Finding object`, { file: ctx.path });
  let f = build(m.Finding, ctx);
  if (suppresses) {
    let source = str(m.Source), what = status === "ignored" ? "trivy ignored" : `trivy VEX ${status}`;
    f.suppressed = { kind: source ? `${what} (${source})` : what, justification: str(m.Statement) };
  }
  return f;
}

// src/reports/parsers/trivy-results.ts
function parseCluster(doc, path) {
  return [
    ...entries(doc.Vulnerabilities, "Vulnerabilities", path),
    ...entries(doc.Misconfigurations, "Misconfigurations", path),
    ...entries(doc.Resources, "Resources", path)
  ].flatMap((resource) => {
    let name = [str(resource.Namespace), str(resource.Kind), str(resource.Name)].filter(Boolean).join("/");
    return parseResults(
      entries(resource.Results, "Resources[].Results", path),
      void 0,
      path,
      name
    );
  });
}
function parseResults(results, image, path, resource) {
  let findings = [];
  for (let result of results) {
    let target = str(result.Target) ?? "", cls = str(result.Class) ?? "", vulnLayer = image || cls === "os-pkgs" ? "image" : "dependency", ctx = { path, target, resource, image, vulnLayer, type: str(result.Type) }, read5 = (key) => entries(result[key], `Results[].${key}`, path);
    for (let v of read5("Vulnerabilities")) findings.push(vulnerability5(v, vulnLayer, ctx));
    for (let m of read5("ExperimentalModifiedFindings")) findings.push(modifiedFinding(m, ctx));
    for (let m of read5("Misconfigurations")) {
      let status = misconfigurationStatus(m, path);
      if (status === "pass") continue;
      let f = misconfiguration(m, ctx);
      status === "exception" && (f.suppressed = { kind: "trivy exception" }), findings.push(f);
    }
    for (let s of read5("Secrets")) findings.push(secret(s, ctx));
    for (let l of read5("Licenses")) findings.push(license(l, ctx));
  }
  return findings;
}

// src/reports/parsers/trivy-totals.ts
function checkMisconfTotals(json, path, findings) {
  let results = allResults(json), summaries = results.map((r) => r.MisconfSummary).filter(isObject);
  if (summaries.length === 0 || results.some((r) => hasEntries(r.ExperimentalModifiedFindings))) return;
  let failures = 0;
  for (let summary of summaries) {
    let n = num(summary.Failures);
    if (n === void 0)
      throw new GateError("MisconfSummary.Failures must be a number", { file: path });
    failures += n;
  }
  let listed = 0;
  for (let f of findings) f.layer === "iac" && !f.suppressed && listed++;
  agreeTotals(
    { Failures: failures },
    { Failures: listed },
    "MisconfSummary (summed over the results)",
    path,
    "a report filtered with --severity lists fewer: gate the unfiltered report, the policy decides severities"
  );
}

// src/reports/parsers/trivy.ts
var trivy = {
  id: "trivy",
  description: "Trivy JSON (trivy image|fs|repo|config|sbom|k8s --format json; legacy array too)",
  layers: ["image", "dependency", "iac", "secret", "license"],
  containers: {
    report: containersIn(["Results[]"]),
    legacy: containersIn(["[]"]),
    cluster: containersIn(RESULT_PLACES.slice(2))
  },
  detect({ json }) {
    return isObject(json) ? isClusterReport(json) ? !0 : "SchemaVersion" in json && "ArtifactName" in json : Array.isArray(json) && json.length > 0 && json.every(isResult4);
  },
  parse(input) {
    let { json, path } = input;
    if (Array.isArray(json)) return parseResults(entries(json, "Results", path), void 0, path);
    if (isClusterReport(json)) return parseCluster(json, path);
    if (!isObject(json) || !("SchemaVersion" in json))
      throw new GateError("is not a Trivy JSON report (no SchemaVersion)", { file: path });
    let doc = json, results = entries(doc.Results, "Results", path), imageArtifact = str(doc.ArtifactType) === "container_image";
    return parseResults(results, imageArtifact ? imageOf(doc, results, path) : void 0, path);
  },
  timestamp: ({ json }) => isObject(json) ? date(json.CreatedAt) : void 0,
  coverage: ({ json }) => coverage(json),
  // MisconfSummary.Failures against the failed checks listed (trivy-totals.ts).
  checkTotals: ({ json, path }, findings) => checkMisconfTotals(json, path, findings),
  subject: ({ json }) => trivySubject(json),
  stream: { arrays: RESULT_PLACES.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}`)) }
};
function imageOf(doc, results, path) {
  let metadata = isObject(doc.Metadata) ? doc.Metadata : NO_FIELDS, os = results.find((r) => str(r.Class) === "os-pkgs"), osTarget = os ? str(os.Target) : void 0, image = str(doc.ArtifactName) ?? strings(metadata.RepoTags)[0] ?? (osTarget && imageRef(osTarget));
  if (image === void 0 && results.some(hasFindings))
    throw new GateError(
      "an image report names no image (ArtifactName, Metadata.RepoTags or an os-pkgs Target)",
      { file: path }
    );
  return image;
}

// src/reports/parsers/trivy-operator.ts
var TOOL24 = "trivy-operator", KINDS2 = /* @__PURE__ */ new Map([
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
]), REPORT_CONTAINERS = ["report.vulnerabilities[]", "report.checks[]", "report.secrets[]"];
function isCrd(value) {
  return isObject(value) && KINDS2.has(str(value.kind) ?? "") && (str(value.apiVersion) ?? "").startsWith("aquasecurity.github.io/");
}
function holdsCrds(value) {
  for (let key in value) {
    let v = value[key];
    if (Array.isArray(v) && v.some(isCrd)) return !0;
  }
  return !1;
}
function isPluralDict(value) {
  if (!isObject(value)) return !1;
  let keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => /^[a-z]+reports(\.aquasecurity\.github\.io)?$/.test(k)) && Object.values(value).every((v) => Array.isArray(v) && v.every(isCrd));
}
function isList(value) {
  return isObject(value) && value.kind === "List" && Array.isArray(value.items) && value.items.every(isCrd);
}
function crdsOf(json) {
  if (isCrd(json)) return holdsCrds(json) ? void 0 : [json];
  if (Array.isArray(json) && json.every(isCrd)) return json;
  if (isList(json)) return objects(json.items);
  if (isPluralDict(json)) return Object.values(json).flatMap(objects);
}
var trivyOperator = {
  id: "trivy-operator",
  description: "trivy-operator CRDs (kubectl get vulnerabilityreports,configauditreports,exposedsecretreports -o json)",
  layers: ["image", "iac", "secret"],
  containers: {
    crd: REPORT_CONTAINERS,
    array: REPORT_CONTAINERS.map((c) => `[].${c}`),
    "list or dict": REPORT_CONTAINERS.map((c) => `*[].${c}`)
  },
  detect: ({ json }) => (crdsOf(json)?.length ?? 0) > 0,
  parse({ json, path }) {
    let crds = crdsOf(json);
    if (!crds)
      throw new GateError("a trivy-operator report is a CRD, a List of CRDs or a dict of them", {
        file: path
      });
    return crds.flatMap((crd) => parseCrd(crd, path));
  },
  coverage({ json }) {
    let layers = (crdsOf(json) ?? []).map((crd) => KINDS2.get(str(crd.kind) ?? ""));
    return unique(layers.filter((l) => l !== void 0));
  },
  timestamp({ json }) {
    return oldest(
      (crdsOf(json) ?? []).map(
        (crd) => date(isObject(crd.report) ? crd.report.updateTimestamp : void 0)
      )
    );
  }
};
function parseCrd(crd, path) {
  let report = crd.report === void 0 || crd.report === null ? {} : crd.report;
  if (!isObject(report)) throw new GateError("a CRD's report must be an object", { file: path });
  let ctx = { resource: resourceOf(crd), image: imageOf2(report), path }, vulnerabilities = entries(report.vulnerabilities, "report.vulnerabilities", path), failed = entries(report.checks, "report.checks", path).filter((c) => !passed(c, path)), secrets = entries(report.secrets, "report.secrets", path);
  if (isObject(report.summary)) {
    let all = [...vulnerabilities, ...failed, ...secrets], counted = countBy(all, (x) => SUMMARY_KEYS.get(str(x.severity) ?? "") ?? "", [
      ...SUMMARY_KEYS.values()
    ]);
    agreeTotals(report.summary, counted, "report.summary", path);
  }
  return [
    ...vulnerabilities.map((v) => vulnerability6(v, ctx)),
    ...failed.map((c) => check(c, ctx)),
    ...secrets.map((s) => secret2(s, ctx))
  ];
}
var SUMMARY_KEYS = /* @__PURE__ */ new Map([
  ["CRITICAL", "criticalCount"],
  ["HIGH", "highCount"],
  ["MEDIUM", "mediumCount"],
  ["LOW", "lowCount"],
  ["UNKNOWN", "unknownCount"],
  ["NONE", "noneCount"]
]);
function passed(c, path) {
  if (typeof c.success != "boolean")
    throw new GateError("a check's success must be true or false", { file: path });
  return c.success;
}
function resourceOf(crd) {
  let meta = isObject(crd.metadata) ? crd.metadata : {}, labels = isObject(meta.labels) ? meta.labels : {}, label = (k) => str(labels[`trivy-operator.resource.${k}`]), parts = [label("namespace") ?? str(meta.namespace), label("kind"), label("name")], named = parts.filter(Boolean).join("/");
  return parts[2] ? named : [str(meta.namespace), str(meta.name)].filter(Boolean).join("/");
}
function imageOf2(report) {
  let artifact = isObject(report.artifact) ? report.artifact : {}, registry = isObject(report.registry) ? str(report.registry.server) : void 0, repo = str(artifact.repository);
  if (!repo) return;
  let ref = str(artifact.tag) ? `${repo}:${str(artifact.tag)}` : `${repo}@${str(artifact.digest)}`;
  return registry ? `${registry}/${ref}` : ref;
}
function vulnerability6(v, ctx) {
  let id = str(v.vulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no vulnerabilityID", { file: ctx.path });
  let cvss = num(v.score), fixes = commaList(v.fixedVersion);
  return makeFinding(
    {
      tool: TOOL24,
      layer: "image",
      id,
      title: str(v.title) ?? id,
      severity: severityOf(v.severity, cvss),
      cvss,
      fix: fixFrom(fixes),
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
function check(c, ctx) {
  let id = str(c.checkID) ?? str(c.ID);
  if (!id) throw new GateError("a check has no checkID", { file: ctx.path });
  return makeFinding(
    {
      tool: TOOL24,
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
      tool: TOOL24,
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

// src/reports/parsers/yarn-audit.ts
var TOOL25 = "yarn-audit", V1_TYPES = /* @__PURE__ */ new Set(["auditAdvisory", "auditSummary", "auditAction", "info", "warning"]);
function lines(json) {
  let all = Array.isArray(json) ? json : [json];
  return all.length > 0 && all.every(isObject) ? all : void 0;
}
function isV1(json) {
  let ls = lines(json);
  return !!ls && ls.every((l) => typeof l.type == "string" && V1_TYPES.has(l.type)) && ls.some((l) => l.type === "auditSummary" || l.type === "auditAdvisory");
}
function isBerry(json) {
  let ls = lines(json);
  return !!ls && ls.every((l) => typeof l.value == "string" && isObject(l.children) && "Severity" in l.children);
}
var yarnAudit = {
  id: "yarn-audit",
  description: "yarn audit --json (yarn 1 NDJSON) and yarn npm audit --json (yarn 4 NDJSON; yarn 2/3 write npm's v1 shape)",
  layers: ["dependency"],
  containers: {
    "yarn 1": ["[].data.advisory", "data.advisory"],
    "yarn 4": ["[].children", "children"],
    "npm v1": ["advisories{}"]
  },
  detect: ({ json }) => isV1(json) || isBerry(json),
  parse({ json, path }) {
    return isAdvisoriesMap(json) ? advisoriesOf(json, path).flatMap((a) => advisoryFindings(a, TOOL25, path)) : isBerry(json) ? (lines(json) ?? []).flatMap((l) => berryFindings(l, path)) : (needShape(isV1(json), "yarn audit", "NDJSON audit lines or an advisories map", path), parseV1(lines(json) ?? [], path));
  }
};
function parseV1(ls, path) {
  let byId = /* @__PURE__ */ new Map(), lines2 = [];
  for (let line of ls) {
    if (line.type !== "auditAdvisory") continue;
    let advisory = isObject(line.data) ? line.data.advisory : void 0;
    if (!isObject(advisory))
      throw new GateError("an auditAdvisory line has no data.advisory object", { file: path });
    lines2.push(advisory);
    let key = `${str(advisory.id)}\0${str(advisory.module_name)}`;
    byId.has(key) || byId.set(key, advisory);
  }
  for (let line of ls) {
    if (line.type !== "auditSummary") continue;
    let stated = isObject(line.data) ? line.data.vulnerabilities : void 0;
    if (!isObject(stated))
      throw new GateError("an auditSummary line has no data.vulnerabilities", { file: path });
    let counted = countBy(lines2, (a) => str(a.severity) ?? "", SEVERITIES5);
    agreeTotals(stated, counted, "auditSummary.data.vulnerabilities", path);
  }
  return [...byId.values()].flatMap((a) => advisoryFindings(a, TOOL25, path));
}
var SEVERITIES5 = ["info", "low", "moderate", "high", "critical"];
function berryFindings(line, path) {
  let c = line.children, name = str(line.value) ?? "", url = str(c.URL), id = ghsaIn(url) ?? str(c.ID) ?? name, versions = strings(c["Tree Versions"]);
  return (versions.length > 0 ? versions : [void 0]).map(
    (version) => makeFinding(
      {
        tool: TOOL25,
        layer: "dependency",
        id,
        title: str(c.Issue) ?? id,
        description: str(c["Vulnerable Versions"]) ? `Vulnerable versions: ${str(c["Vulnerable Versions"])}` : void 0,
        severity: severityOf(c.Severity, void 0),
        package: npmPackage(name, version),
        url
      },
      path
    )
  );
}

// src/reports/parsers/zap-xml.ts
var LISTS3 = [/^OWASPZAPReport\.site$/, /\.alerts\.alertitem$/, /\.instances\.instance$/], ALERT_FIELDS = [
  "pluginid",
  "alertRef",
  "alert",
  "name",
  "riskcode",
  "riskdesc",
  "desc",
  "count",
  "solution",
  "reference",
  "cweid",
  "wascid",
  "sourceid"
], INSTANCE_FIELDS = ["uri", "method", "param", "attack", "evidence"];
function isZapXml(text3) {
  return /<OWASPZAPReport\b/.test(text3.slice(0, 2e3));
}
function zapFromXml(text3, file) {
  let read5 = new XmlReader(file), root = read5.one(parseXmlTree(text3, file, LISTS3), "OWASPZAPReport");
  if (!root) throw read5.error("has no <OWASPZAPReport> root element");
  return {
    "@version": read5.text(root, "@version") ?? "",
    "@generated": read5.text(root, "@generated") ?? "",
    site: read5.each(root, "site").map((site) => ({
      "@name": read5.text(site, "@name"),
      "@host": read5.text(site, "@host"),
      "@port": read5.text(site, "@port"),
      alerts: alertItems(read5, site).map((item) => alertOf(read5, item))
    }))
  };
}
function alertItems(read5, site) {
  let alerts = read5.one(site, "alerts");
  if (!alerts) return [];
  if (Object.keys(alerts).find((k) => k !== "alertitem") !== void 0) throw read5.error("<alerts> may list only <alertitem>");
  return read5.each(alerts, "alertitem");
}
function alertOf(read5, item) {
  let alert = {};
  for (let field of ALERT_FIELDS) alert[field] = read5.text(item, field);
  alert.otherinfo = read5.notes(item, "otherinfo"), alert.confidence = read5.text(item, "confidence") ?? read5.text(item, "reliability");
  let instances = read5.one(item, "instances");
  return instances ? alert.instances = read5.each(instances, "instance").map((i) => fields(read5, i)) : isObject(item) && read5.text(item, "uri") !== void 0 && (alert.instances = [fields(read5, item)]), alert;
}
function fields(read5, element) {
  let out = {};
  for (let field of INSTANCE_FIELDS) out[field] = read5.text(element, field);
  return out.otherinfo = read5.notes(element, "otherinfo"), out;
}

// src/reports/parsers/zap.ts
var TOOL26 = "zap", xmlDocs2 = /* @__PURE__ */ new WeakMap();
function docOf2(input) {
  if (input.syntax !== "xml") return input.json;
  let doc = xmlDocs2.get(input);
  return doc || (doc = zapFromXml(input.text, input.path), xmlDocs2.set(input, doc)), doc;
}
function isReport6(value) {
  return isObject(value) && "site" in value && typeof value["@version"] == "string" && typeof value["@generated"] == "string";
}
var zap = {
  id: "zap",
  description: "OWASP ZAP JSON or XML (zap-baseline.py / zap-full-scan.py / zap-api-scan.py -J FILE or -x FILE)",
  layers: ["api"],
  containers: { json: ["site[].alerts[]"] },
  detect: (input) => input.syntax === "xml" ? isZapXml(input.text) : isReport6(input.json),
  parse(input) {
    let { path } = input, json = docOf2(input);
    needShape(isReport6(json), "ZAP JSON", "@version, @generated and a site array", path);
    let findings = [], sites = needArray(json.site, "site", path);
    for (let site of entries(sites, "site", path))
      for (let alert of entries(site.alerts, "site[].alerts", path))
        findings.push(...alertFindings(alert, site, path));
    return findings;
  },
  // An alert (with its instances and count) is read whole, so batches of alerts stand alone.
  stream: { arrays: ["site[].alerts"] },
  // ZAP writes the local time without a zone (Alert.java, "EEE, d MMM yyyy HH:mm:ss"): read as
  // UTC, at most a day off, which only matters for require.max-report-age of a day or less.
  timestamp: (input) => {
    let json = docOf2(input), text3 = isObject(json) ? str(json["@generated"]) : void 0, d = text3 ? /* @__PURE__ */ new Date(`${text3} UTC`) : void 0;
    return d && !Number.isNaN(d.getTime()) ? d : void 0;
  }
}, RISKS = /* @__PURE__ */ new Map([
  ["0", "info"],
  ["1", "low"],
  ["2", "medium"],
  ["3", "high"],
  [0, "info"],
  [1, "low"],
  [2, "medium"],
  [3, "high"]
]), FALSE_POSITIVE = new Map([
  [void 0, !1],
  ...["0", 0].map((k) => [k, !0]),
  ...["1", "2", "3", "4", 1, 2, 3, 4].map((k) => [k, !1])
]);
function alertFindings(alert, site, path) {
  let id = str(alert.alertRef) ?? str(alert.pluginid);
  if (!id) throw new GateError("a ZAP alert has no pluginid", { file: path });
  let severity = knownValue(RISKS, alert.riskcode, `alert ${id}: riskcode`, path), falsePositive = knownValue(
    FALSE_POSITIVE,
    alert.confidence,
    `alert ${id}: confidence`,
    path
  ), instances = entries(alert.instances, "site[].alerts[].instances", path);
  agreeRanges({ count: alert.count }, { count: [instances.length, 1 / 0] }, `alert ${id}`, path);
  let suppressed = falsePositive ? { kind: "zap false positive" } : void 0;
  return (instances.length > 0 ? instances.map(targetOf) : [str(site["@name"]) ?? id]).map((target) => finding7(alert, id, severity, target, suppressed, path));
}
function targetOf(instance) {
  let where = [str(instance.method), str(instance.uri)].filter(Boolean).join(" "), param = str(instance.param);
  return param ? `${where} [${param}]` : where;
}
function finding7(alert, id, severity, target, suppressed, path) {
  let description = [
    text2(alert.desc),
    text2(alert.solution) && `Solution: ${text2(alert.solution)}`
  ].filter(Boolean).join(`
`), cweId = num(alert.cweid), cwe = cweId !== void 0 && cweId > 0 ? normaliseCwe(cweId) : void 0, pluginId = str(alert.pluginid), wascId = num(alert.wascid);
  return makeFinding(
    {
      tool: TOOL26,
      layer: "api",
      id,
      ruleId: pluginId !== id ? pluginId : void 0,
      title: str(alert.alert) ?? str(alert.name) ?? titleOf(description) ?? id,
      description: description || void 0,
      severity,
      cwe: cwe ? [cwe] : [],
      category: wascId !== void 0 && wascId > 0 ? `WASC-${wascId}` : void 0,
      target,
      url: /https?:\/\/[^\s<"]+/.exec(str(alert.reference) ?? "")?.[0],
      suppressed
    },
    path
  );
}
function text2(value) {
  let html = str(value);
  return html && html.replace(/<\/p>\s*<p>/g, `
`).replace(/<[^>]*>/g, "").trim() || void 0;
}

// schema-validators:virtual:findings-validators
var validateFindingsDocument = validate15;
var schema13 = { type: "array", items: { enum: ["image", "dependency", "iac", "secret", "code", "license", "posture", "api"] } }, schema14 = { type: "object", additionalProperties: !1, required: ["layer", "id", "severity"], properties: { fingerprint: { type: "string", description: "Ignored: ztgate recomputes it." }, foundBy: { type: "array", description: "Ignored: ztgate recomputes it." }, tool: { type: "string", minLength: 1 }, layer: { enum: ["image", "dependency", "iac", "secret", "code", "license", "posture", "api"] }, id: { type: "string", minLength: 1, description: "CVE, GHSA, check id..." }, aliases: { type: "array", items: { type: "string" } }, title: { type: "string", description: "Defaults to the id." }, description: { type: "string" }, severity: { enum: ["critical", "high", "medium", "low", "info", "unknown"] }, cvss: { type: "number", minimum: 0, maximum: 10 }, fix: { type: "object", additionalProperties: !1, required: ["available"], properties: { available: { type: "boolean" }, versions: { type: "array", items: { type: "string" } } } }, package: { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string" }, version: { type: "string" }, ecosystem: { type: "string" }, purl: { type: "string" } } }, location: { type: "object", additionalProperties: !1, required: ["path"], properties: { path: { type: "string", minLength: 1 }, startLine: { type: "integer", minimum: 0 }, endLine: { type: "integer", minimum: 0 } } }, target: { type: "string", description: "Image reference, manifest, IaC resource." }, cwe: { type: "array", items: { type: "string", pattern: "^CWE-[0-9]+$" } }, epss: { type: "number", minimum: 0, maximum: 1 }, kev: { type: "boolean" }, license: { type: "string", description: "A licence finding's licence as the scanner wrote it (SPDX expression or name)." }, firstSeen: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "The UTC day the scanner says it first saw the finding (GitHub alerts' created_at); remediation deadlines count from it when it is earlier than the baseline's." }, url: { type: "string" }, suppressed: { type: "object", additionalProperties: !1, required: ["kind"], properties: { kind: { type: "string", description: "Who suppressed it (VEX, SARIF...)." }, justification: { type: "string" } } }, ruleId: { type: "string" }, category: { type: "string", description: "The scanner's own category or service for the check (KICS category, Checkov check category, Prowler service)." }, contentHash: { type: "string", description: "The scanner's hash of the flagged code; replaces the line in the fingerprint." } } }, func2 = ucs2length, func3 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("^CWE-[0-9]+$", "u"), pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format") || data.version === void 0 && (missing0 = "version") || data.findings === void 0 && (missing0 = "findings"))
        return validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "$schema" || key0 === "format" || key0 === "version" || key0 === "tool" || key0 === "createdAt" || key0 === "layers" || key0 === "findings")) {
            return validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            let _errs2 = errors;
            if (typeof data.$schema != "string")
              return validate15.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.format !== void 0) {
              let _errs4 = errors;
              if (data.format !== "ztgate-findings")
                return validate15.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "ztgate-findings" }, message: "must be equal to constant" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.version !== void 0) {
                let _errs5 = errors;
                if (data.version !== 1)
                  return validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.tool !== void 0) {
                  let data3 = data.tool, _errs6 = errors;
                  if (errors === _errs6)
                    if (typeof data3 == "string") {
                      if (func2(data3) < 1)
                        return validate15.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                    } else
                      return validate15.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs6 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.createdAt !== void 0) {
                    let _errs8 = errors;
                    if (typeof data.createdAt != "string")
                      return validate15.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                            if (!(data6 === "image" || data6 === "dependency" || data6 === "iac" || data6 === "secret" || data6 === "code" || data6 === "license" || data6 === "posture" || data6 === "api"))
                              return validate15.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layers/items/enum", keyword: "enum", params: { allowedValues: schema13.items.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid2 = _errs13 === errors;
                            if (!valid2)
                              break;
                          }
                        } else
                          return validate15.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/definitions/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
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
                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                  {
                                    let _errs19 = errors;
                                    for (let key1 in data8)
                                      if (!func3.call(schema14.properties, key1)) {
                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs19 === errors) {
                                      if (data8.fingerprint !== void 0) {
                                        let _errs20 = errors;
                                        if (typeof data8.fingerprint != "string")
                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                        var valid5 = _errs20 === errors;
                                      } else
                                        var valid5 = !0;
                                      if (valid5) {
                                        if (data8.foundBy !== void 0) {
                                          let _errs22 = errors;
                                          if (!Array.isArray(data8.foundBy))
                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/foundBy", schemaPath: "#/definitions/finding/properties/foundBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                          var valid5 = _errs22 === errors;
                                        } else
                                          var valid5 = !0;
                                        if (valid5) {
                                          if (data8.tool !== void 0) {
                                            let data11 = data8.tool, _errs24 = errors;
                                            if (errors === _errs24)
                                              if (typeof data11 == "string") {
                                                if (func2(data11) < 1)
                                                  return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/tool", schemaPath: "#/definitions/finding/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                              } else
                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/tool", schemaPath: "#/definitions/finding/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid5 = _errs24 === errors;
                                          } else
                                            var valid5 = !0;
                                          if (valid5) {
                                            if (data8.layer !== void 0) {
                                              let data12 = data8.layer, _errs26 = errors;
                                              if (!(data12 === "image" || data12 === "dependency" || data12 === "iac" || data12 === "secret" || data12 === "code" || data12 === "license" || data12 === "posture" || data12 === "api"))
                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/layer", schemaPath: "#/definitions/finding/properties/layer/enum", keyword: "enum", params: { allowedValues: schema14.properties.layer.enum }, message: "must be equal to one of the allowed values" }], !1;
                                              var valid5 = _errs26 === errors;
                                            } else
                                              var valid5 = !0;
                                            if (valid5) {
                                              if (data8.id !== void 0) {
                                                let data13 = data8.id, _errs27 = errors;
                                                if (errors === _errs27)
                                                  if (typeof data13 == "string") {
                                                    if (func2(data13) < 1)
                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/id", schemaPath: "#/definitions/finding/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                  } else
                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/id", schemaPath: "#/definitions/finding/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/aliases/" + i2, schemaPath: "#/definitions/finding/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                        var valid6 = _errs31 === errors;
                                                        if (!valid6)
                                                          break;
                                                      }
                                                    } else
                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/aliases", schemaPath: "#/definitions/finding/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                  var valid5 = _errs29 === errors;
                                                } else
                                                  var valid5 = !0;
                                                if (valid5) {
                                                  if (data8.title !== void 0) {
                                                    let _errs33 = errors;
                                                    if (typeof data8.title != "string")
                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/title", schemaPath: "#/definitions/finding/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                    var valid5 = _errs33 === errors;
                                                  } else
                                                    var valid5 = !0;
                                                  if (valid5) {
                                                    if (data8.description !== void 0) {
                                                      let _errs35 = errors;
                                                      if (typeof data8.description != "string")
                                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/description", schemaPath: "#/definitions/finding/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                      var valid5 = _errs35 === errors;
                                                    } else
                                                      var valid5 = !0;
                                                    if (valid5) {
                                                      if (data8.severity !== void 0) {
                                                        let data18 = data8.severity, _errs37 = errors;
                                                        if (!(data18 === "critical" || data18 === "high" || data18 === "medium" || data18 === "low" || data18 === "info" || data18 === "unknown"))
                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema14.properties.severity.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                        var valid5 = _errs37 === errors;
                                                      } else
                                                        var valid5 = !0;
                                                      if (valid5) {
                                                        if (data8.cvss !== void 0) {
                                                          let data19 = data8.cvss, _errs38 = errors;
                                                          if (errors === _errs38)
                                                            if (typeof data19 == "number" && isFinite(data19)) {
                                                              if (data19 > 10 || isNaN(data19))
                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                              if (data19 < 0 || isNaN(data19))
                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                            } else
                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
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
                                                                  return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                                                {
                                                                  let _errs42 = errors;
                                                                  for (let key2 in data20)
                                                                    if (!(key2 === "available" || key2 === "versions")) {
                                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                                      break;
                                                                    }
                                                                  if (_errs42 === errors) {
                                                                    if (data20.available !== void 0) {
                                                                      let _errs43 = errors;
                                                                      if (typeof data20.available != "boolean")
                                                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/available", schemaPath: "#/definitions/finding/properties/fix/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
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
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/versions/" + i3, schemaPath: "#/definitions/finding/properties/fix/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid8 = _errs47 === errors;
                                                                              if (!valid8)
                                                                                break;
                                                                            }
                                                                          } else
                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix/versions", schemaPath: "#/definitions/finding/properties/fix/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                        var valid7 = _errs45 === errors;
                                                                      } else
                                                                        var valid7 = !0;
                                                                  }
                                                                }
                                                              } else
                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/fix", schemaPath: "#/definitions/finding/properties/fix/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
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
                                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                  {
                                                                    let _errs51 = errors;
                                                                    for (let key3 in data24)
                                                                      if (!(key3 === "name" || key3 === "version" || key3 === "ecosystem" || key3 === "purl")) {
                                                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                        break;
                                                                      }
                                                                    if (_errs51 === errors) {
                                                                      if (data24.name !== void 0) {
                                                                        let _errs52 = errors;
                                                                        if (typeof data24.name != "string")
                                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/name", schemaPath: "#/definitions/finding/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                        var valid9 = _errs52 === errors;
                                                                      } else
                                                                        var valid9 = !0;
                                                                      if (valid9) {
                                                                        if (data24.version !== void 0) {
                                                                          let _errs54 = errors;
                                                                          if (typeof data24.version != "string")
                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/version", schemaPath: "#/definitions/finding/properties/package/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid9 = _errs54 === errors;
                                                                        } else
                                                                          var valid9 = !0;
                                                                        if (valid9) {
                                                                          if (data24.ecosystem !== void 0) {
                                                                            let _errs56 = errors;
                                                                            if (typeof data24.ecosystem != "string")
                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/ecosystem", schemaPath: "#/definitions/finding/properties/package/properties/ecosystem/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                            var valid9 = _errs56 === errors;
                                                                          } else
                                                                            var valid9 = !0;
                                                                          if (valid9)
                                                                            if (data24.purl !== void 0) {
                                                                              let _errs58 = errors;
                                                                              if (typeof data24.purl != "string")
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package/purl", schemaPath: "#/definitions/finding/properties/package/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid9 = _errs58 === errors;
                                                                            } else
                                                                              var valid9 = !0;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else
                                                                  return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/package", schemaPath: "#/definitions/finding/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
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
                                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }], !1;
                                                                    {
                                                                      let _errs62 = errors;
                                                                      for (let key4 in data29)
                                                                        if (!(key4 === "path" || key4 === "startLine" || key4 === "endLine")) {
                                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                          break;
                                                                        }
                                                                      if (_errs62 === errors) {
                                                                        if (data29.path !== void 0) {
                                                                          let data30 = data29.path, _errs63 = errors;
                                                                          if (errors === _errs63)
                                                                            if (typeof data30 == "string") {
                                                                              if (func2(data30) < 1)
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                            } else
                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid10 = _errs63 === errors;
                                                                        } else
                                                                          var valid10 = !0;
                                                                        if (valid10) {
                                                                          if (data29.startLine !== void 0) {
                                                                            let data31 = data29.startLine, _errs65 = errors;
                                                                            if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                            if (errors === _errs65 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                            var valid10 = _errs65 === errors;
                                                                          } else
                                                                            var valid10 = !0;
                                                                          if (valid10)
                                                                            if (data29.endLine !== void 0) {
                                                                              let data32 = data29.endLine, _errs67 = errors;
                                                                              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                              if (errors === _errs67 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                              var valid10 = _errs67 === errors;
                                                                            } else
                                                                              var valid10 = !0;
                                                                        }
                                                                      }
                                                                    }
                                                                  } else
                                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                var valid5 = _errs60 === errors;
                                                              } else
                                                                var valid5 = !0;
                                                              if (valid5) {
                                                                if (data8.target !== void 0) {
                                                                  let _errs69 = errors;
                                                                  if (typeof data8.target != "string")
                                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/target", schemaPath: "#/definitions/finding/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                                                                              if (!pattern0.test(data35))
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe/" + i4, schemaPath: "#/definitions/finding/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"' }], !1;
                                                                            } else
                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe/" + i4, schemaPath: "#/definitions/finding/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid11 = _errs73 === errors;
                                                                          if (!valid11)
                                                                            break;
                                                                        }
                                                                      } else
                                                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/cwe", schemaPath: "#/definitions/finding/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                    var valid5 = _errs71 === errors;
                                                                  } else
                                                                    var valid5 = !0;
                                                                  if (valid5) {
                                                                    if (data8.epss !== void 0) {
                                                                      let data36 = data8.epss, _errs75 = errors;
                                                                      if (errors === _errs75)
                                                                        if (typeof data36 == "number" && isFinite(data36)) {
                                                                          if (data36 > 1 || isNaN(data36))
                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                          if (data36 < 0 || isNaN(data36))
                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        } else
                                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/epss", schemaPath: "#/definitions/finding/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                      var valid5 = _errs75 === errors;
                                                                    } else
                                                                      var valid5 = !0;
                                                                    if (valid5) {
                                                                      if (data8.kev !== void 0) {
                                                                        let _errs77 = errors;
                                                                        if (typeof data8.kev != "boolean")
                                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/kev", schemaPath: "#/definitions/finding/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                        var valid5 = _errs77 === errors;
                                                                      } else
                                                                        var valid5 = !0;
                                                                      if (valid5) {
                                                                        if (data8.license !== void 0) {
                                                                          let _errs79 = errors;
                                                                          if (typeof data8.license != "string")
                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/license", schemaPath: "#/definitions/finding/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid5 = _errs79 === errors;
                                                                        } else
                                                                          var valid5 = !0;
                                                                        if (valid5) {
                                                                          if (data8.firstSeen !== void 0) {
                                                                            let data39 = data8.firstSeen, _errs81 = errors;
                                                                            if (errors === _errs81)
                                                                              if (typeof data39 == "string") {
                                                                                if (!pattern1.test(data39))
                                                                                  return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' }], !1;
                                                                              } else
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                            var valid5 = _errs81 === errors;
                                                                          } else
                                                                            var valid5 = !0;
                                                                          if (valid5) {
                                                                            if (data8.url !== void 0) {
                                                                              let _errs83 = errors;
                                                                              if (typeof data8.url != "string")
                                                                                return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/url", schemaPath: "#/definitions/finding/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid5 = _errs83 === errors;
                                                                            } else
                                                                              var valid5 = !0;
                                                                            if (valid5) {
                                                                              if (data8.suppressed !== void 0) {
                                                                                let data41 = data8.suppressed, _errs85 = errors;
                                                                                if (errors === _errs85)
                                                                                  if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                                                    let missing5;
                                                                                    if (data41.kind === void 0 && (missing5 = "kind"))
                                                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }], !1;
                                                                                    {
                                                                                      let _errs87 = errors;
                                                                                      for (let key5 in data41)
                                                                                        if (!(key5 === "kind" || key5 === "justification")) {
                                                                                          return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }], !1;
                                                                                          break;
                                                                                        }
                                                                                      if (_errs87 === errors) {
                                                                                        if (data41.kind !== void 0) {
                                                                                          let _errs88 = errors;
                                                                                          if (typeof data41.kind != "string")
                                                                                            return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed/kind", schemaPath: "#/definitions/finding/properties/suppressed/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid12 = _errs88 === errors;
                                                                                        } else
                                                                                          var valid12 = !0;
                                                                                        if (valid12)
                                                                                          if (data41.justification !== void 0) {
                                                                                            let _errs90 = errors;
                                                                                            if (typeof data41.justification != "string")
                                                                                              return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed/justification", schemaPath: "#/definitions/finding/properties/suppressed/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                            var valid12 = _errs90 === errors;
                                                                                          } else
                                                                                            var valid12 = !0;
                                                                                      }
                                                                                    }
                                                                                  } else
                                                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                                var valid5 = _errs85 === errors;
                                                                              } else
                                                                                var valid5 = !0;
                                                                              if (valid5) {
                                                                                if (data8.ruleId !== void 0) {
                                                                                  let _errs92 = errors;
                                                                                  if (typeof data8.ruleId != "string")
                                                                                    return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                  var valid5 = _errs92 === errors;
                                                                                } else
                                                                                  var valid5 = !0;
                                                                                if (valid5) {
                                                                                  if (data8.category !== void 0) {
                                                                                    let _errs94 = errors;
                                                                                    if (typeof data8.category != "string")
                                                                                      return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/category", schemaPath: "#/definitions/finding/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                    var valid5 = _errs94 === errors;
                                                                                  } else
                                                                                    var valid5 = !0;
                                                                                  if (valid5)
                                                                                    if (data8.contentHash !== void 0) {
                                                                                      let _errs96 = errors;
                                                                                      if (typeof data8.contentHash != "string")
                                                                                        return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1 + "/contentHash", schemaPath: "#/definitions/finding/properties/contentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid5 = _errs96 === errors;
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
                                      }
                                    }
                                  }
                                } else
                                  return validate15.errors = [{ instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid3 = _errs16 === errors;
                              if (!valid3)
                                break;
                            }
                          } else
                            return validate15.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
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
      return validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate15.errors = vErrors, errors === 0;
}
var validateParseOutput = validate16;
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.reports === void 0 && (missing0 = "reports"))
        return validate16.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (key0 !== "reports") {
            return validate16.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors && data.reports !== void 0) {
          let data0 = data.reports;
          if (errors === errors)
            if (Array.isArray(data0)) {
              if (data0.length < 1)
                return validate16.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
              {
                var valid1 = !0;
                let len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0], _errs4 = errors;
                  if (errors === _errs4)
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing1;
                      if (data1.path === void 0 && (missing1 = "path") || data1.format === void 0 && (missing1 = "format") || data1.findings === void 0 && (missing1 = "findings"))
                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                      {
                        let _errs6 = errors;
                        for (let key1 in data1)
                          if (!(key1 === "path" || key1 === "format" || key1 === "createdAt" || key1 === "layers" || key1 === "findings")) {
                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                            break;
                          }
                        if (_errs6 === errors) {
                          if (data1.path !== void 0) {
                            let _errs7 = errors;
                            if (typeof data1.path != "string")
                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/path", schemaPath: "#/properties/reports/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid2 = _errs7 === errors;
                          } else
                            var valid2 = !0;
                          if (valid2) {
                            if (data1.format !== void 0) {
                              let _errs9 = errors;
                              if (typeof data1.format != "string")
                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/format", schemaPath: "#/properties/reports/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid2 = _errs9 === errors;
                            } else
                              var valid2 = !0;
                            if (valid2) {
                              if (data1.createdAt !== void 0) {
                                let _errs11 = errors;
                                if (typeof data1.createdAt != "string")
                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/createdAt", schemaPath: "#/properties/reports/items/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                                        if (!(data6 === "image" || data6 === "dependency" || data6 === "iac" || data6 === "secret" || data6 === "code" || data6 === "license" || data6 === "posture" || data6 === "api"))
                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/layers/" + i1, schemaPath: "#/definitions/layers/items/enum", keyword: "enum", params: { allowedValues: schema13.items.enum }, message: "must be equal to one of the allowed values" }], !1;
                                        var valid4 = _errs16 === errors;
                                        if (!valid4)
                                          break;
                                      }
                                    } else
                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/layers", schemaPath: "#/definitions/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
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
                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                              {
                                                let _errs22 = errors;
                                                for (let key2 in data8)
                                                  if (!func3.call(schema14.properties, key2)) {
                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                    break;
                                                  }
                                                if (_errs22 === errors) {
                                                  if (data8.fingerprint !== void 0) {
                                                    let _errs23 = errors;
                                                    if (typeof data8.fingerprint != "string")
                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                    var valid7 = _errs23 === errors;
                                                  } else
                                                    var valid7 = !0;
                                                  if (valid7) {
                                                    if (data8.foundBy !== void 0) {
                                                      let _errs25 = errors;
                                                      if (!Array.isArray(data8.foundBy))
                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/foundBy", schemaPath: "#/definitions/finding/properties/foundBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                      var valid7 = _errs25 === errors;
                                                    } else
                                                      var valid7 = !0;
                                                    if (valid7) {
                                                      if (data8.tool !== void 0) {
                                                        let data11 = data8.tool, _errs27 = errors;
                                                        if (errors === _errs27)
                                                          if (typeof data11 == "string") {
                                                            if (func2(data11) < 1)
                                                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/tool", schemaPath: "#/definitions/finding/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                          } else
                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/tool", schemaPath: "#/definitions/finding/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                        var valid7 = _errs27 === errors;
                                                      } else
                                                        var valid7 = !0;
                                                      if (valid7) {
                                                        if (data8.layer !== void 0) {
                                                          let data12 = data8.layer, _errs29 = errors;
                                                          if (!(data12 === "image" || data12 === "dependency" || data12 === "iac" || data12 === "secret" || data12 === "code" || data12 === "license" || data12 === "posture" || data12 === "api"))
                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/layer", schemaPath: "#/definitions/finding/properties/layer/enum", keyword: "enum", params: { allowedValues: schema14.properties.layer.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                          var valid7 = _errs29 === errors;
                                                        } else
                                                          var valid7 = !0;
                                                        if (valid7) {
                                                          if (data8.id !== void 0) {
                                                            let data13 = data8.id, _errs30 = errors;
                                                            if (errors === _errs30)
                                                              if (typeof data13 == "string") {
                                                                if (func2(data13) < 1)
                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/id", schemaPath: "#/definitions/finding/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                              } else
                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/id", schemaPath: "#/definitions/finding/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/aliases/" + i3, schemaPath: "#/definitions/finding/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                    var valid8 = _errs34 === errors;
                                                                    if (!valid8)
                                                                      break;
                                                                  }
                                                                } else
                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/aliases", schemaPath: "#/definitions/finding/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                              var valid7 = _errs32 === errors;
                                                            } else
                                                              var valid7 = !0;
                                                            if (valid7) {
                                                              if (data8.title !== void 0) {
                                                                let _errs36 = errors;
                                                                if (typeof data8.title != "string")
                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/title", schemaPath: "#/definitions/finding/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                var valid7 = _errs36 === errors;
                                                              } else
                                                                var valid7 = !0;
                                                              if (valid7) {
                                                                if (data8.description !== void 0) {
                                                                  let _errs38 = errors;
                                                                  if (typeof data8.description != "string")
                                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/description", schemaPath: "#/definitions/finding/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                  var valid7 = _errs38 === errors;
                                                                } else
                                                                  var valid7 = !0;
                                                                if (valid7) {
                                                                  if (data8.severity !== void 0) {
                                                                    let data18 = data8.severity, _errs40 = errors;
                                                                    if (!(data18 === "critical" || data18 === "high" || data18 === "medium" || data18 === "low" || data18 === "info" || data18 === "unknown"))
                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema14.properties.severity.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                    var valid7 = _errs40 === errors;
                                                                  } else
                                                                    var valid7 = !0;
                                                                  if (valid7) {
                                                                    if (data8.cvss !== void 0) {
                                                                      let data19 = data8.cvss, _errs41 = errors;
                                                                      if (errors === _errs41)
                                                                        if (typeof data19 == "number" && isFinite(data19)) {
                                                                          if (data19 > 10 || isNaN(data19))
                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                                          if (data19 < 0 || isNaN(data19))
                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        } else
                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cvss", schemaPath: "#/definitions/finding/properties/cvss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
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
                                                                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                            {
                                                                              let _errs45 = errors;
                                                                              for (let key3 in data20)
                                                                                if (!(key3 === "available" || key3 === "versions")) {
                                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                                  break;
                                                                                }
                                                                              if (_errs45 === errors) {
                                                                                if (data20.available !== void 0) {
                                                                                  let _errs46 = errors;
                                                                                  if (typeof data20.available != "boolean")
                                                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/available", schemaPath: "#/definitions/finding/properties/fix/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
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
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/versions/" + i4, schemaPath: "#/definitions/finding/properties/fix/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid10 = _errs50 === errors;
                                                                                          if (!valid10)
                                                                                            break;
                                                                                        }
                                                                                      } else
                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix/versions", schemaPath: "#/definitions/finding/properties/fix/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                                    var valid9 = _errs48 === errors;
                                                                                  } else
                                                                                    var valid9 = !0;
                                                                              }
                                                                            }
                                                                          } else
                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/fix", schemaPath: "#/definitions/finding/properties/fix/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
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
                                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }], !1;
                                                                              {
                                                                                let _errs54 = errors;
                                                                                for (let key4 in data24)
                                                                                  if (!(key4 === "name" || key4 === "version" || key4 === "ecosystem" || key4 === "purl")) {
                                                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                                    break;
                                                                                  }
                                                                                if (_errs54 === errors) {
                                                                                  if (data24.name !== void 0) {
                                                                                    let _errs55 = errors;
                                                                                    if (typeof data24.name != "string")
                                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/name", schemaPath: "#/definitions/finding/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                    var valid11 = _errs55 === errors;
                                                                                  } else
                                                                                    var valid11 = !0;
                                                                                  if (valid11) {
                                                                                    if (data24.version !== void 0) {
                                                                                      let _errs57 = errors;
                                                                                      if (typeof data24.version != "string")
                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/version", schemaPath: "#/definitions/finding/properties/package/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid11 = _errs57 === errors;
                                                                                    } else
                                                                                      var valid11 = !0;
                                                                                    if (valid11) {
                                                                                      if (data24.ecosystem !== void 0) {
                                                                                        let _errs59 = errors;
                                                                                        if (typeof data24.ecosystem != "string")
                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/ecosystem", schemaPath: "#/definitions/finding/properties/package/properties/ecosystem/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                        var valid11 = _errs59 === errors;
                                                                                      } else
                                                                                        var valid11 = !0;
                                                                                      if (valid11)
                                                                                        if (data24.purl !== void 0) {
                                                                                          let _errs61 = errors;
                                                                                          if (typeof data24.purl != "string")
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package/purl", schemaPath: "#/definitions/finding/properties/package/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid11 = _errs61 === errors;
                                                                                        } else
                                                                                          var valid11 = !0;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else
                                                                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/package", schemaPath: "#/definitions/finding/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
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
                                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }], !1;
                                                                                {
                                                                                  let _errs65 = errors;
                                                                                  for (let key5 in data29)
                                                                                    if (!(key5 === "path" || key5 === "startLine" || key5 === "endLine")) {
                                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }], !1;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs65 === errors) {
                                                                                    if (data29.path !== void 0) {
                                                                                      let data30 = data29.path, _errs66 = errors;
                                                                                      if (errors === _errs66)
                                                                                        if (typeof data30 == "string") {
                                                                                          if (func2(data30) < 1)
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                                        } else
                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/path", schemaPath: "#/definitions/finding/properties/location/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid12 = _errs66 === errors;
                                                                                    } else
                                                                                      var valid12 = !0;
                                                                                    if (valid12) {
                                                                                      if (data29.startLine !== void 0) {
                                                                                        let data31 = data29.startLine, _errs68 = errors;
                                                                                        if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                                        if (errors === _errs68 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/startLine", schemaPath: "#/definitions/finding/properties/location/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                        var valid12 = _errs68 === errors;
                                                                                      } else
                                                                                        var valid12 = !0;
                                                                                      if (valid12)
                                                                                        if (data29.endLine !== void 0) {
                                                                                          let data32 = data29.endLine, _errs70 = errors;
                                                                                          if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                                          if (errors === _errs70 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location/endLine", schemaPath: "#/definitions/finding/properties/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                          var valid12 = _errs70 === errors;
                                                                                        } else
                                                                                          var valid12 = !0;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else
                                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                            var valid7 = _errs63 === errors;
                                                                          } else
                                                                            var valid7 = !0;
                                                                          if (valid7) {
                                                                            if (data8.target !== void 0) {
                                                                              let _errs72 = errors;
                                                                              if (typeof data8.target != "string")
                                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/target", schemaPath: "#/definitions/finding/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
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
                                                                                          if (!pattern0.test(data35))
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe/" + i5, schemaPath: "#/definitions/finding/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"' }], !1;
                                                                                        } else
                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe/" + i5, schemaPath: "#/definitions/finding/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid13 = _errs76 === errors;
                                                                                      if (!valid13)
                                                                                        break;
                                                                                    }
                                                                                  } else
                                                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/cwe", schemaPath: "#/definitions/finding/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                                                var valid7 = _errs74 === errors;
                                                                              } else
                                                                                var valid7 = !0;
                                                                              if (valid7) {
                                                                                if (data8.epss !== void 0) {
                                                                                  let data36 = data8.epss, _errs78 = errors;
                                                                                  if (errors === _errs78)
                                                                                    if (typeof data36 == "number" && isFinite(data36)) {
                                                                                      if (data36 > 1 || isNaN(data36))
                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                                      if (data36 < 0 || isNaN(data36))
                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                                    } else
                                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/epss", schemaPath: "#/definitions/finding/properties/epss/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                                  var valid7 = _errs78 === errors;
                                                                                } else
                                                                                  var valid7 = !0;
                                                                                if (valid7) {
                                                                                  if (data8.kev !== void 0) {
                                                                                    let _errs80 = errors;
                                                                                    if (typeof data8.kev != "boolean")
                                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/kev", schemaPath: "#/definitions/finding/properties/kev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                                    var valid7 = _errs80 === errors;
                                                                                  } else
                                                                                    var valid7 = !0;
                                                                                  if (valid7) {
                                                                                    if (data8.license !== void 0) {
                                                                                      let _errs82 = errors;
                                                                                      if (typeof data8.license != "string")
                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/license", schemaPath: "#/definitions/finding/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                      var valid7 = _errs82 === errors;
                                                                                    } else
                                                                                      var valid7 = !0;
                                                                                    if (valid7) {
                                                                                      if (data8.firstSeen !== void 0) {
                                                                                        let data39 = data8.firstSeen, _errs84 = errors;
                                                                                        if (errors === _errs84)
                                                                                          if (typeof data39 == "string") {
                                                                                            if (!pattern1.test(data39))
                                                                                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' }], !1;
                                                                                          } else
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                        var valid7 = _errs84 === errors;
                                                                                      } else
                                                                                        var valid7 = !0;
                                                                                      if (valid7) {
                                                                                        if (data8.url !== void 0) {
                                                                                          let _errs86 = errors;
                                                                                          if (typeof data8.url != "string")
                                                                                            return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/url", schemaPath: "#/definitions/finding/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                          var valid7 = _errs86 === errors;
                                                                                        } else
                                                                                          var valid7 = !0;
                                                                                        if (valid7) {
                                                                                          if (data8.suppressed !== void 0) {
                                                                                            let data41 = data8.suppressed, _errs88 = errors;
                                                                                            if (errors === _errs88)
                                                                                              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                                                                let missing6;
                                                                                                if (data41.kind === void 0 && (missing6 = "kind"))
                                                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }], !1;
                                                                                                {
                                                                                                  let _errs90 = errors;
                                                                                                  for (let key6 in data41)
                                                                                                    if (!(key6 === "kind" || key6 === "justification")) {
                                                                                                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }], !1;
                                                                                                      break;
                                                                                                    }
                                                                                                  if (_errs90 === errors) {
                                                                                                    if (data41.kind !== void 0) {
                                                                                                      let _errs91 = errors;
                                                                                                      if (typeof data41.kind != "string")
                                                                                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed/kind", schemaPath: "#/definitions/finding/properties/suppressed/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                      var valid14 = _errs91 === errors;
                                                                                                    } else
                                                                                                      var valid14 = !0;
                                                                                                    if (valid14)
                                                                                                      if (data41.justification !== void 0) {
                                                                                                        let _errs93 = errors;
                                                                                                        if (typeof data41.justification != "string")
                                                                                                          return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed/justification", schemaPath: "#/definitions/finding/properties/suppressed/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                        var valid14 = _errs93 === errors;
                                                                                                      } else
                                                                                                        var valid14 = !0;
                                                                                                  }
                                                                                                }
                                                                                              } else
                                                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/suppressed", schemaPath: "#/definitions/finding/properties/suppressed/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                                            var valid7 = _errs88 === errors;
                                                                                          } else
                                                                                            var valid7 = !0;
                                                                                          if (valid7) {
                                                                                            if (data8.ruleId !== void 0) {
                                                                                              let _errs95 = errors;
                                                                                              if (typeof data8.ruleId != "string")
                                                                                                return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                              var valid7 = _errs95 === errors;
                                                                                            } else
                                                                                              var valid7 = !0;
                                                                                            if (valid7) {
                                                                                              if (data8.category !== void 0) {
                                                                                                let _errs97 = errors;
                                                                                                if (typeof data8.category != "string")
                                                                                                  return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/category", schemaPath: "#/definitions/finding/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                var valid7 = _errs97 === errors;
                                                                                              } else
                                                                                                var valid7 = !0;
                                                                                              if (valid7)
                                                                                                if (data8.contentHash !== void 0) {
                                                                                                  let _errs99 = errors;
                                                                                                  if (typeof data8.contentHash != "string")
                                                                                                    return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2 + "/contentHash", schemaPath: "#/definitions/finding/properties/contentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                                                  var valid7 = _errs99 === errors;
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
                                                  }
                                                }
                                              }
                                            } else
                                              return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings/" + i2, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                          var valid5 = _errs19 === errors;
                                          if (!valid5)
                                            break;
                                        }
                                      } else
                                        return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0 + "/findings", schemaPath: "#/properties/reports/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                    var valid2 = _errs17 === errors;
                                  } else
                                    var valid2 = !0;
                              }
                            }
                          }
                        }
                      }
                    } else
                      return validate16.errors = [{ instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                  var valid1 = _errs4 === errors;
                  if (!valid1)
                    break;
                }
              }
            } else
              return validate16.errors = [{ instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
        }
      }
    } else
      return validate16.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate16.errors = vErrors, errors === 0;
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

// src/reports/parsers/ztgate.ts
function validator(shape) {
  return shape === "parseOutput" ? validateParseOutput : validateFindingsDocument;
}
function isFindingsDocument(json) {
  return isObject(json) && json.format === "ztgate-findings" && Array.isArray(json.findings);
}
function isParseOutput(json) {
  let reports = isObject(json) ? json.reports : void 0;
  return Array.isArray(reports) && reports.length > 0 && reports.every((r) => isObject(r) && typeof r.format == "string" && Array.isArray(r.findings));
}
var ztgate = {
  id: "ztgate",
  description: "ztgate findings JSON (schema/findings.schema.json; also `ztgate parse -o json`)",
  layers: ["image", "dependency", "iac", "secret", "code", "license", "api"],
  containers: { findings: ["findings[]"], "parse output": ["reports[].findings[]"] },
  detect: ({ json }) => isFindingsDocument(json) || isParseOutput(json),
  parse({ json, path }) {
    let validate2 = validator(isParseOutput(json) ? "parseOutput" : "findingsDocument");
    if (!validate2(json)) {
      let why = describe2(validate2.errors);
      throw new GateError(`does not match the ztgate findings schema: ${why}`, { file: path });
    }
    let doc = json;
    return (Array.isArray(doc.reports) ? entries(doc.reports, "reports", path).map((r) => ({
      findings: entries(r.findings, "reports[].findings", path)
    })) : [{ findings: entries(doc.findings, "findings", path), tool: str(doc.tool) }]).flatMap(
      (g) => g.findings.map((f, i) => finding8(f, g.tool, path, i))
    );
  },
  // A findings document says which layers its tool scanned in `layers`; parse output per report.
  coverage({ json }) {
    let docs = isParseOutput(json) ? objects(json.reports) : isObject(json) ? [json] : [];
    return unique(docs.flatMap((d) => strings(d.layers).filter(isLayer)));
  },
  timestamp({ json }) {
    return isFindingsDocument(json) ? date(json.createdAt) : oldest(objects(isObject(json) ? json.reports : []).map((r) => date(r.createdAt)));
  }
};
function finding8(f, defaultTool, path, i) {
  let tool = f.tool ?? defaultTool;
  if (!tool)
    throw new GateError(`findings[${i}] names no tool (set "tool" on it or on the document)`, {
      file: path
    });
  if (f.firstSeen !== void 0 && utcDayOf(f.firstSeen) !== f.firstSeen)
    throw new GateError(`findings[${i}]: firstSeen ${JSON.stringify(f.firstSeen)} is not a day`, {
      file: path
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
  return makeFinding(input, path);
}
function describe2(errors) {
  let e = errors?.[0];
  if (!e) return "invalid";
  let where = e.instancePath || "/", extra = isObject(e.params) && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : "";
  return `${where} ${e.message ?? "is invalid"}${extra}`;
}

// src/reports/parsers/index.ts
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
  dependencyCheck,
  zap,
  semgrep,
  gosec,
  govulncheck,
  bundlerAudit,
  kubescape,
  prowler,
  githubCodeScanning,
  githubDependabot,
  githubSecretScanning,
  ztgate
];
function detectParser(input, forced) {
  return resolveParser(PARSERS, input, forced);
}

// src/model/json-keys.ts
var QUOTE = 34, BACKSLASH = 92, COLON = 58, LBRACE = 123, RBRACE = 125, LBRACKET = 91, RBRACKET = 93;
function findDuplicateKey(text3, value) {
  if (!(typeof value != "object" || value === null) && keysWritten(text3) !== keysHeld(value))
    return locateDuplicateKey(text3) ?? { offset: 0 };
}
function duplicateKeyMessage(key) {
  if (key === void 0) return "has a key twice in one object, so the report is refused";
  let shown2 = JSON.stringify(key);
  return `has the key ${shown2.length > 80 ? `${shown2.slice(0, 77)}..."` : shown2} twice in one object: readers disagree on which copy counts, so the report is refused`;
}
function parseJsonFile(text3, file, what) {
  let doc;
  try {
    doc = JSON.parse(text3);
  } catch (err) {
    let message = `is not valid JSON (${err.message})`;
    throw new GateError(what ? `${what} ${message}` : message, { file });
  }
  let duplicate = findDuplicateKey(text3, doc);
  if (duplicate) {
    let message = duplicateKeyMessage(duplicate.key);
    throw new GateError(what ? message.replace("report", what) : message, {
      file,
      ...lineColumn(text3, duplicate.offset)
    });
  }
  return doc;
}
function keysWritten(text3) {
  let keys = 0, open = text3.indexOf('"');
  for (; open !== -1; ) {
    let i = closingQuote(text3, open) + 1, c = text3.charCodeAt(i);
    for (; c === 32 || c === 10 || c === 13 || c === 9; ) c = text3.charCodeAt(++i);
    c === COLON && keys++, open = text3.indexOf('"', i);
  }
  return keys;
}
function keysHeld(value) {
  let keys = 0;
  if (typeof value != "object" || value === null) return 0;
  let stack = [value];
  for (; stack.length > 0; ) {
    let node = stack.pop();
    if (Array.isArray(node))
      for (let item of node)
        typeof item == "object" && item !== null && stack.push(item);
    else {
      let obj = node;
      for (let key in obj) {
        keys++;
        let item = obj[key];
        typeof item == "object" && item !== null && stack.push(item);
      }
    }
  }
  return keys;
}
function closingQuote(text3, open) {
  let q = text3.indexOf('"', open + 1);
  for (; q !== -1 && text3.charCodeAt(q - 1) === BACKSLASH; ) {
    let k = q - 2;
    for (; text3.charCodeAt(k) === BACKSLASH; ) k--;
    if ((q - 1 - k) % 2 === 0) break;
    q = text3.indexOf('"', q + 1);
  }
  return q === -1 ? text3.length : q;
}
function locateDuplicateKey(text3) {
  let objects2 = [];
  for (let i = 0; i < text3.length; i++) {
    let c = text3.charCodeAt(i);
    if (c === LBRACE) objects2.push(/* @__PURE__ */ new Set());
    else if (c === LBRACKET) objects2.push(void 0);
    else if (c === RBRACE || c === RBRACKET) objects2.pop();
    else if (c === QUOTE) {
      let close = closingQuote(text3, i), keys = objects2[objects2.length - 1];
      if (keys && isFollowedByColon(text3, close + 1)) {
        let raw = text3.slice(i + 1, close), key = raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
        if (keys.has(key)) return { key, offset: i };
        keys.add(key);
      }
      i = close;
    }
  }
}
function isFollowedByColon(text3, from) {
  let i = from, c = text3.charCodeAt(i);
  for (; c === 32 || c === 10 || c === 13 || c === 9; ) c = text3.charCodeAt(++i);
  return c === COLON;
}
function lineColumn(text3, offset) {
  let line = 1;
  for (let i = text3.indexOf(`
`); i !== -1 && i < offset; i = text3.indexOf(`
`, i + 1)) line++;
  return { line, column: offset - text3.slice(0, offset).lastIndexOf(`
`) };
}

export {
  findDuplicateKey,
  duplicateKeyMessage,
  parseJsonFile,
  lineColumn,
  SEVERITIES,
  LAYERS,
  severityRank,
  utcDayOf,
  earliest,
  imageRef,
  identifiersOf,
  require_semver2 as require_semver,
  isObject,
  str,
  revisionOf,
  lookup,
  makeFinding,
  dedupe,
  PARSERS,
  detectParser
};
