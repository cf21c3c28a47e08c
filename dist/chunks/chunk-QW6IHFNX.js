import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  LAYERS,
  SEVERITIES,
  earliest,
  identifiersOf,
  imageRef,
  require_semver,
  severityRank
} from "./chunk-GGO2SFEU.js";
import {
  __commonJS,
  __toESM
} from "./chunk-H2LZCDX7.js";

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid: valid2,
      clean,
      explain,
      parse: parse5,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid2(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse5(version, cleanRegex));
    }
    function parse5(version, regex) {
      let { groups } = (regex || validRegex).exec(version) || {};
      return groups ? {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      } : null;
    }
    function stringify(parsed) {
      if (!parsed)
        return null;
      let { epoch, release, pre, post, dev, local } = parsed, parts = [];
      return epoch !== 0 && parts.push(`${epoch}!`), parts.push(release.join(".")), pre && parts.push(pre.join("")), post && parts.push("." + post.join("")), dev && parts.push("." + dev.join("")), local && parts.push(`+${local}`), parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn, number = numberIn;
      return letter ? (number || (number = 0), letter = letter.toLowerCase(), letter === "alpha" ? letter = "a" : letter === "beta" ? letter = "b" : ["c", "pre", "preview"].includes(letter) ? letter = "rc" : ["rev", "r"].includes(letter) && (letter = "post"), [letter, Number(number)]) : !letter && number ? (letter = "post", [letter, Number(number)]) : null;
    }
    function parse_local_version(local) {
      return local ? local.split(/[._-]/).map(
        (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
      ) : null;
    }
    function explain(version) {
      let parsed = parse5(version);
      if (!parsed)
        return parsed;
      let { epoch, release, pre, post, dev, local } = parsed, base_version = "";
      epoch !== 0 && (base_version += epoch + "!"), base_version += release.join(".");
      let is_prerelease = !!(dev || pre), is_devrelease = !!dev, is_postrelease = !!post;
      return {
        epoch,
        release,
        pre,
        post: post && post[1],
        dev: dev && dev[1],
        local: local && local.join("."),
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse5 } = require_version();
    module.exports = {
      compare: compare4,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare4(version, other) < 0;
    }
    function le(version, other) {
      return compare4(version, other) <= 0;
    }
    function eq(version, other) {
      return compare4(version, other) === 0;
    }
    function ne(version, other) {
      return compare4(version, other) !== 0;
    }
    function ge(version, other) {
      return compare4(version, other) >= 0;
    }
    function gt(version, other) {
      return compare4(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare4(version, other) {
      let parsedVersion = parse5(version), parsedOther = parse5(other), keyVersion = calculateKey(parsedVersion), keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare4(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn, other = otherIn;
      if (elem === other)
        return 0;
      if (Array.isArray(elem) !== Array.isArray(other) && (elem = Array.isArray(elem) ? elem : [elem], other = Array.isArray(other) ? other : [other]), Array.isArray(elem)) {
        let len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          let res = pyCompare(elem[i], other[i]);
          if (res !== 0)
            return res;
        }
        return elem.length - other.length;
      }
      return elem === -1 / 0 || other === 1 / 0 ? -1 : elem === 1 / 0 || other === -1 / 0 ? 1 : elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      let { epoch } = input, { release, pre, post, local, dev } = input;
      for (release = release.concat(), release.reverse(); release.length && release[0] === 0; )
        release.shift();
      return release.reverse(), !pre && !post && dev ? pre = -1 / 0 : pre || (pre = 1 / 0), post || (post = -1 / 0), dev || (dev = 1 / 0), local ? local = local.map(
        (i) => Number.isNaN(Number(i)) ? [-1 / 0, i] : [Number(i), ""]
      ) : local = -1 / 0, [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version(), Operator = require_operator(), RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse5,
      satisfies,
      filter: filter2,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op), rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse5(ranges) {
      if (!ranges.trim())
        return [];
      let specifiers = ranges.split(",").map((range2) => rangeRegex.exec(range2.trim()) || {}).map(({ groups }) => {
        if (!groups)
          return null;
        let { ...spec } = groups, { operator, version, prefix: prefix2, legacy } = groups;
        return version && (spec = { ...spec, ...explainVersion(version) }, operator === "~=" && spec.release.length < 2 || !isEqualityOperator(operator) && spec.local || prefix2 && (!isEqualityOperator(operator) || spec.dev || spec.local)) || legacy && operator !== "===" ? null : spec;
      });
      return specifiers.filter(Boolean).length !== specifiers.length ? null : specifiers;
    }
    function filter2(versions, specifier, options = {}) {
      let filtered = pick(versions, specifier, options);
      return filtered.length === 0 && options.prereleases === void 0 ? pick(versions, specifier, { prereleases: !0 }) : filtered;
    }
    function maxSatisfying(versions, range2, options) {
      let found = filter2(versions, range2, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range2, options) {
      let found = filter2(versions, range2, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      let parsed = parse5(specifier);
      return parsed ? versions.filter((version) => {
        let explained2 = explainVersion(version);
        return parsed.length ? parsed.reduce((pass, spec) => pass ? contains({ ...spec, ...options }, { version, explained: explained2 }) : !1, !0) : explained2 && !(explained2.is_prerelease && !options.prereleases);
      }) : [];
    }
    function satisfies(version, specifier, options = {}) {
      return pick([version], specifier, options).length === 1;
    }
    function arrayStartsWith(array, prefix2) {
      if (prefix2.length > array.length)
        return !1;
      for (let i = 0; i < prefix2.length; i += 1)
        if (prefix2[i] !== array[i])
          return !1;
      return !0;
    }
    function contains(specifier, input) {
      let { explained: explained2 } = input, { version } = input, { ...spec } = specifier;
      if (spec.prereleases === void 0 && (spec.prereleases = spec.is_prerelease), explained2 && explained2.is_prerelease && !spec.prereleases)
        return !1;
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        return spec.epoch && (compatiblePrefix = spec.epoch + "!" + compatiblePrefix), satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        let isMatching = explained2.epoch === spec.epoch && arrayStartsWith(explained2.release, spec.release);
        return spec.operator !== "!=" ? isMatching : !isMatching;
      }
      if (explained2 && explained2.local && spec.version && (version = explained2.public, spec.version = explainVersion(spec.version).public), (spec.operator === "<" || spec.operator === ">") && Operator.eq(spec.release.join("."), explained2.release.join(".")))
        return !1;
      let op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return !!parse5(specifier);
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse: parse5, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release[0];
    }
    function minor(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release.length < 2 ? 0 : version.release[1];
    }
    function patch(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release.length < 3 ? 0 : version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || "a", version = parse5(input);
      if (!version || !["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      ))
        return null;
      switch (release) {
        case "premajor":
          {
            let [majorVersion] = version.release;
            version.release.fill(0), version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "preminor":
          {
            let [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "prepatch":
          {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1, version.pre = [identifier, 0];
          } else {
            preReleaseIdentifier === void 0 && version.pre !== null && ([identifier] = version.pre);
            let [letter, number] = version.pre;
            letter === identifier ? version.pre = [letter, number + 1] : version.pre = [identifier, 0];
          }
          delete version.post, delete version.dev, delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion] = version.release;
            version.release.fill(0), version.release[0] = majorVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid: valid2, clean, explain, parse: parse5 } = require_version(), { lt, le, eq, ne, ge, gt, compare: compare4, rcompare } = require_operator(), {
      filter: filter2,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange
    } = require_specifier(), { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid: valid2,
      clean,
      explain,
      parse: parse5,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare: compare4,
      rcompare,
      // range
      filter: filter2,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated()), exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index), match2 = chars.match(value);
          if (match2)
            return index += match2[0].length, match2[0];
        } else if (source.indexOf(value, index) === index)
          return index += value.length, value;
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        for (var string, possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"], i = 0; i < possibilities.length && (string = read(possibilities[i]), !string); i++)
          ;
        if (string === "+" && index > 1 && source[index - 2] === " ")
          throw new Error("Space before `+`");
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string)
          throw new Error("Expected idstring at offset " + index);
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index, string = idstring();
        if (licenses.indexOf(string) !== -1)
          return {
            type: "LICENSE",
            string
          };
        if (exceptions.indexOf(string) !== -1)
          return {
            type: "EXCEPTION",
            string
          };
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      for (var tokens = []; hasMore() && (skipWhitespace(), !!hasMore()); ) {
        var token = parseToken();
        if (!token)
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore())
          throw new Error();
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string)
          return next(), t.string;
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION")
            return next(), t.string;
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index, string = "", t = token();
        if (t.type === "DOCUMENTREF" && (next(), string += "DocumentRef-" + t.string + ":", !parseOperator(":")))
          throw new Error("Expected `:` after `DocumentRef-...`");
        if (t = token(), t === null)
          throw new Error("Unexpected end of input");
        if (t.type === "LICENSEREF") {
          next(), string += "LicenseRef-" + t.string;
          var node2 = { license: string }, exception = parseWith();
          return exception && (node2.exception = exception), node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          parseOperator("+") && (node2.plus = !0);
          var exception = parseWith();
          return exception && (node2.exception = exception), node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (left) {
          var expr = parseExpression();
          if (!parseOperator(")"))
            throw new Error("Expected `)`");
          return expr;
        }
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (left) {
            if (!parseOperator(operator))
              return left;
            var right = parseBinaryOp();
            if (!right)
              throw new Error("Expected expression");
            return {
              left,
              conjunction: operator.toLowerCase(),
              right
            };
          }
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom), parseExpression = makeBinaryOpParser("OR", parseAnd), node = parseExpression();
      if (!node || hasMore())
        throw new Error("Syntax error");
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan(), parse5 = require_parse();
    module.exports = function(source) {
      return parse5(scan(source));
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/scan.js
var require_scan2 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated()), exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index), match2 = chars.match(value);
          if (match2)
            return index += match2[0].length, match2[0];
        } else if (source.indexOf(value, index) === index)
          return index += value.length, value;
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        for (var string, possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"], i = 0; i < possibilities.length && (string = read(possibilities[i]), !string); i++)
          ;
        if (string === "+" && index > 1 && source[index - 2] === " ")
          throw new Error("Space before `+`");
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string)
          throw new Error("Expected idstring at offset " + index);
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index, string = idstring();
        if (licenses.indexOf(string) !== -1)
          return {
            type: "LICENSE",
            string
          };
        if (exceptions.indexOf(string) !== -1)
          return {
            type: "EXCEPTION",
            string
          };
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      for (var tokens = []; hasMore() && (skipWhitespace(), !!hasMore()); ) {
        var token = parseToken();
        if (!token)
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/parse.js
var require_parse2 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore())
          throw new Error();
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string)
          return next(), t.string;
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION")
            return next(), t.string;
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index, string = "", t = token();
        if (t.type === "DOCUMENTREF" && (next(), string += "DocumentRef-" + t.string + ":", !parseOperator(":")))
          throw new Error("Expected `:` after `DocumentRef-...`");
        if (t = token(), t.type === "LICENSEREF")
          return next(), string += "LicenseRef-" + t.string, { license: string };
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          parseOperator("+") && (node2.plus = !0);
          var exception = parseWith();
          return exception && (node2.exception = exception), node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (left) {
          var expr = parseExpression();
          if (!parseOperator(")"))
            throw new Error("Expected `)`");
          return expr;
        }
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (left) {
            if (!parseOperator(operator))
              return left;
            var right = parseBinaryOp();
            if (!right)
              throw new Error("Expected expression");
            return {
              left,
              conjunction: operator.toLowerCase(),
              right
            };
          }
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom), parseExpression = makeBinaryOpParser("OR", parseAnd), node = parseExpression();
      if (!node || hasMore())
        throw new Error("Syntax error");
      return node;
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse2 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan2(), parse5 = require_parse2();
    module.exports = function(source) {
      return parse5(scan(source));
    };
  }
});

// node_modules/spdx-correct/index.js
var require_spdx_correct = __commonJS({
  "node_modules/spdx-correct/index.js"(exports, module) {
    var parse5 = require_spdx_expression_parse2(), spdxLicenseIds = require_spdx_license_ids();
    function valid2(string) {
      try {
        return parse5(string), !0;
      } catch {
        return !1;
      }
    }
    function sortTranspositions(a, b) {
      var length = b[0].length - a[0].length;
      return length !== 0 ? length : a[0].toUpperCase().localeCompare(b[0].toUpperCase());
    }
    var transpositions = [
      ["APGL", "AGPL"],
      ["Gpl", "GPL"],
      ["GLP", "GPL"],
      ["APL", "Apache"],
      ["ISD", "ISC"],
      ["GLP", "GPL"],
      ["IST", "ISC"],
      ["Claude", "Clause"],
      [" or later", "+"],
      [" International", ""],
      ["GNU", "GPL"],
      ["GUN", "GPL"],
      ["+", ""],
      ["GNU GPL", "GPL"],
      ["GNU LGPL", "LGPL"],
      ["GNU/GPL", "GPL"],
      ["GNU GLP", "GPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["GNU Lesser General Public License", "LGPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["GNU Lesser General Public License", "LGPL-2.1"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["Lesser General Public License", "LGPL"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["Lesser General Public License", "LGPL-2.1"],
      ["GNU General Public License", "GPL"],
      ["Gnu public license", "GPL"],
      ["GNU Public License", "GPL"],
      ["GNU GENERAL PUBLIC LICENSE", "GPL"],
      ["MTI", "MIT"],
      ["Mozilla Public License", "MPL"],
      ["Universal Permissive License", "UPL"],
      ["WTH", "WTF"],
      ["WTFGPL", "WTFPL"],
      ["-License", ""]
    ].sort(sortTranspositions), TRANSPOSED = 0, CORRECT = 1, transforms = [
      // e.g. 'mit'
      function(argument) {
        return argument.toUpperCase();
      },
      // e.g. 'MIT '
      function(argument) {
        return argument.trim();
      },
      // e.g. 'M.I.T.'
      function(argument) {
        return argument.replace(/\./g, "");
      },
      // e.g. 'Apache- 2.0'
      function(argument) {
        return argument.replace(/\s+/g, "");
      },
      // e.g. 'CC BY 4.0''
      function(argument) {
        return argument.replace(/\s+/g, "-");
      },
      // e.g. 'LGPLv2.1'
      function(argument) {
        return argument.replace("v", "-");
      },
      // e.g. 'Apache 2.0'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1");
      },
      // e.g. 'GPL 2'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1.0");
      },
      // e.g. 'Apache Version 2.0'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2");
      },
      // e.g. 'Apache Version 2'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2.0");
      },
      // e.g. 'ZLIB'
      function(argument) {
        return argument[0].toUpperCase() + argument.slice(1);
      },
      // e.g. 'MPL/2.0'
      function(argument) {
        return argument.replace("/", "-");
      },
      // e.g. 'Apache 2'
      function(argument) {
        return argument.replace(/\s*V\s*(\d)/, "-$1").replace(/(\d)$/, "$1.0");
      },
      // e.g. 'GPL-2.0', 'GPL-3.0'
      function(argument) {
        return argument.indexOf("3.0") !== -1 ? argument + "-or-later" : argument + "-only";
      },
      // e.g. 'GPL-2.0-'
      function(argument) {
        return argument + "only";
      },
      // e.g. 'GPL2'
      function(argument) {
        return argument.replace(/(\d)$/, "-$1.0");
      },
      // e.g. 'BSD 3'
      function(argument) {
        return argument.replace(/(-| )?(\d)$/, "-$2-Clause");
      },
      // e.g. 'BSD clause 3'
      function(argument) {
        return argument.replace(/(-| )clause(-| )(\d)/, "-$3-Clause");
      },
      // e.g. 'New BSD license'
      function(argument) {
        return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, "BSD-3-Clause");
      },
      // e.g. 'Simplified BSD license'
      function(argument) {
        return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, "BSD-2-Clause");
      },
      // e.g. 'Free BSD license'
      function(argument) {
        return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, "BSD-2-Clause-$1BSD");
      },
      // e.g. 'Clear BSD license'
      function(argument) {
        return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, "BSD-3-Clause-Clear");
      },
      // e.g. 'Old BSD License'
      function(argument) {
        return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, "BSD-4-Clause");
      },
      // e.g. 'BY-NC-4.0'
      function(argument) {
        return "CC-" + argument;
      },
      // e.g. 'BY-NC'
      function(argument) {
        return "CC-" + argument + "-4.0";
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "");
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return "CC-" + argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "") + "-4.0";
      }
    ], licensesWithVersions = spdxLicenseIds.map(function(id) {
      var match2 = /^(.*)-\d+\.\d+$/.exec(id);
      return match2 ? [match2[0], match2[1]] : [id, null];
    }).reduce(function(objectMap, item) {
      var key = item[1];
      return objectMap[key] = objectMap[key] || [], objectMap[key].push(item[0]), objectMap;
    }, {}), licensesWithOneVersion = Object.keys(licensesWithVersions).map(function(key) {
      return [key, licensesWithVersions[key]];
    }).filter(function(item) {
      return (
        // Licenses has just one valid version suffix.
        item[1].length === 1 && item[0] !== null && // APL will be considered Apache, rather than APL-1.0
        item[0] !== "APL"
      );
    }).map(function(item) {
      return [item[0], item[1][0]];
    });
    licensesWithVersions = void 0;
    var lastResorts = [
      ["UNLI", "Unlicense"],
      ["WTF", "WTFPL"],
      ["2 CLAUSE", "BSD-2-Clause"],
      ["2-CLAUSE", "BSD-2-Clause"],
      ["3 CLAUSE", "BSD-3-Clause"],
      ["3-CLAUSE", "BSD-3-Clause"],
      ["AFFERO", "AGPL-3.0-or-later"],
      ["AGPL", "AGPL-3.0-or-later"],
      ["APACHE", "Apache-2.0"],
      ["ARTISTIC", "Artistic-2.0"],
      ["Affero", "AGPL-3.0-or-later"],
      ["BEER", "Beerware"],
      ["BOOST", "BSL-1.0"],
      ["BSD", "BSD-2-Clause"],
      ["CDDL", "CDDL-1.1"],
      ["ECLIPSE", "EPL-1.0"],
      ["FUCK", "WTFPL"],
      ["GNU", "GPL-3.0-or-later"],
      ["LGPL", "LGPL-3.0-or-later"],
      ["GPLV1", "GPL-1.0-only"],
      ["GPL-1", "GPL-1.0-only"],
      ["GPLV2", "GPL-2.0-only"],
      ["GPL-2", "GPL-2.0-only"],
      ["GPL", "GPL-3.0-or-later"],
      ["MIT +NO-FALSE-ATTRIBS", "MITNFA"],
      ["MIT", "MIT"],
      ["MPL", "MPL-2.0"],
      ["X11", "X11"],
      ["ZLIB", "Zlib"]
    ].concat(licensesWithOneVersion).sort(sortTranspositions), SUBSTRING = 0, IDENTIFIER = 1, validTransformation = function(identifier) {
      for (var i = 0; i < transforms.length; i++) {
        var transformed = transforms[i](identifier).trim();
        if (transformed !== identifier && valid2(transformed))
          return transformed;
      }
      return null;
    }, validLastResort = function(identifier) {
      for (var upperCased = identifier.toUpperCase(), i = 0; i < lastResorts.length; i++) {
        var lastResort = lastResorts[i];
        if (upperCased.indexOf(lastResort[SUBSTRING]) > -1)
          return lastResort[IDENTIFIER];
      }
      return null;
    }, anyCorrection = function(identifier, check) {
      for (var i = 0; i < transpositions.length; i++) {
        var transposition = transpositions[i], transposed = transposition[TRANSPOSED];
        if (identifier.indexOf(transposed) > -1) {
          var corrected = identifier.replace(
            transposed,
            transposition[CORRECT]
          ), checked = check(corrected);
          if (checked !== null)
            return checked;
        }
      }
      return null;
    };
    module.exports = function(identifier, options) {
      options = options || {};
      var upgrade = options.upgrade === void 0 ? !0 : !!options.upgrade;
      function postprocess(value) {
        return upgrade ? upgradeGPLs(value) : value;
      }
      var validArugment = typeof identifier == "string" && identifier.trim().length !== 0;
      if (!validArugment)
        throw Error("Invalid argument. Expected non-empty string.");
      if (identifier = identifier.trim(), valid2(identifier))
        return postprocess(identifier);
      var noPlus = identifier.replace(/\+$/, "").trim();
      if (valid2(noPlus))
        return postprocess(noPlus);
      var transformed = validTransformation(identifier);
      return transformed !== null || (transformed = anyCorrection(identifier, function(argument) {
        return valid2(argument) ? argument : validTransformation(argument);
      }), transformed !== null) || (transformed = validLastResort(identifier), transformed !== null) || (transformed = anyCorrection(identifier, validLastResort), transformed !== null) ? postprocess(transformed) : null;
    };
    function upgradeGPLs(value) {
      return [
        "GPL-1.0",
        "LGPL-1.0",
        "AGPL-1.0",
        "GPL-2.0",
        "LGPL-2.0",
        "AGPL-2.0",
        "LGPL-2.1"
      ].indexOf(value) !== -1 ? value + "-only" : [
        "GPL-1.0+",
        "GPL-2.0+",
        "GPL-3.0+",
        "LGPL-2.0+",
        "LGPL-2.1+",
        "LGPL-3.0+",
        "AGPL-1.0+",
        "AGPL-3.0+"
      ].indexOf(value) !== -1 ? value.replace(/\+$/, "-or-later") : ["GPL-3.0", "LGPL-3.0", "AGPL-3.0"].indexOf(value) !== -1 ? value + "-or-later" : value;
    }
  }
});

// src/policy/classification.ts
var CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"];
function classificationRank(c) {
  return CLASSIFICATIONS.indexOf(c);
}

// src/gate/budgets.ts
function inScope(e, b) {
  return (b.classification === void 0 || e.classification === b.classification) && (b.asset === void 0 || e.asset === b.asset) && (b.control === void 0 || e.controls.includes(b.control)) && (b.layer === void 0 || e.finding.layer === b.layer);
}
function checkBudgets(findings, budgets) {
  let open = findings.filter((e) => e.verdict !== "waived" && e.verdict !== "ignored");
  return budgets.map((b) => {
    let limited = SEVERITIES.filter((s) => b.max[s] !== void 0), counts = Object.fromEntries(limited.map((s) => [s, 0]));
    for (let e of open)
      counts[e.effectiveSeverity] !== void 0 && inScope(e, b) && counts[e.effectiveSeverity]++;
    let exceeded = limited.filter((s) => counts[s] > b.max[s]).map((s) => ({ severity: s, count: counts[s], max: b.max[s] }));
    return {
      id: b.id,
      scope: b.scopeLabel,
      action: b.action,
      source: b.source,
      counts,
      max: b.max,
      exceeded
    };
  });
}
function budgetCounts(r) {
  return Object.entries(r.counts).map(([s, n]) => `${n}/${r.max[s]} ${s}`).join(", ");
}
function budgetMessage(r) {
  let over = r.exceeded.map((x) => `${x.count} ${x.severity} (max ${x.max})`).join(", ");
  return `budget ${r.id} (${r.scope}) exceeded: ${over}`;
}
function withBudgetVerdict(counts, results) {
  let verdict = budgetVerdict(results);
  return verdict ? { ...counts, [verdict]: counts[verdict] + 1 } : counts;
}
function budgetVerdict(results) {
  let exceeded = (results ?? []).filter((r) => r.exceeded.length > 0);
  return exceeded.some((r) => r.action === "block") ? "block" : exceeded.length > 0 ? "warn" : void 0;
}
function budgetsOf(findings, policy) {
  return policy.budgets && policy.budgets.length > 0 ? checkBudgets(findings, policy.budgets) : void 0;
}
function suggestBudgets(findings) {
  let open = findings.filter((e) => e.verdict !== "waived" && e.verdict !== "ignored"), countsOf = (list2) => {
    let max = {};
    for (let s of SEVERITIES) {
      let n = list2.filter((e) => e.effectiveSeverity === s).length;
      (s !== "unknown" || n > 0) && (max[s] = n);
    }
    return max;
  }, scoped = [...CLASSIFICATIONS].reverse().map((c) => ({ c, list: open.filter((e) => e.classification === c) })).filter(({ list: list2 }) => list2.length > 0).map(({ c, list: list2 }) => ({ id: `${c}-findings`, classification: c, max: countsOf(list2) }));
  return [{ id: "all-findings", max: countsOf(open) }, ...scoped];
}

// src/gate/days.ts
function dayOf(time) {
  return time.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round(
    (Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5
  );
}

// src/policy/approvers.ts
var LOGIN = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})$/, TEAM = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/;
function parseApprover(text) {
  let team = TEAM.exec(text.trim());
  if (team) return { kind: "team", org: team[1].toLowerCase(), slug: team[2].toLowerCase() };
  let user = LOGIN.exec(text.trim());
  return user ? { kind: "user", login: user[1].toLowerCase() } : void 0;
}
function approverName(a) {
  return a.kind === "user" ? a.login : `@${a.org}/${a.slug}`;
}
function listedApprover(spec, approvers) {
  let written = spec["approved-by"];
  if (written === void 0)
    return { problem: "it has no approved-by, and settings.waiver-approvers requires one" };
  let approver = parseApprover(written), listed = new Set(approvers.flatMap((a) => parseApprovers(a)));
  return !approver || !listed.has(approverName(approver)) ? {
    problem: `its approved-by ${JSON.stringify(written)} is not in settings.waiver-approvers`
  } : { approver };
}
function parseApprovers(text) {
  let a = parseApprover(text);
  return a ? [approverName(a)] : [];
}
function unlistedApprover(spec, approvers) {
  if (approvers === void 0) return;
  let found = listedApprover(spec, approvers);
  return "problem" in found ? found.problem : void 0;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right, result, ai = str.indexOf(a), bi = str.indexOf(b, ai + 1), i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b)
      return [ai, bi];
    for (begs = [], left = str.length; i >= 0 && !result; ) {
      if (i === ai)
        begs.push(i), ai = str.indexOf(a, i + 1);
      else if (begs.length === 1) {
        let r = begs.pop();
        r !== void 0 && (result = [r, bi]);
      } else
        beg = begs.pop(), beg !== void 0 && beg < left && (left = beg, right = bi), bi = str.indexOf(b, i + 1);
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    begs.length && right !== void 0 && (result = [left, right]);
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", escSlashPattern = new RegExp(escSlash, "g"), escOpenPattern = new RegExp(escOpen, "g"), escClosePattern = new RegExp(escClose, "g"), escCommaPattern = new RegExp(escComma, "g"), escPeriodPattern = new RegExp(escPeriod, "g"), slashPattern = /\\\\/g, openPattern = /\\{/g, closePattern = /\\}/g, commaPattern = /\\,/g, periodPattern = /\\\./g, EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
function numeric(str) {
  return isNaN(str) ? str.charCodeAt(0) : parseInt(str, 10);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++)
    target.push(items[i]);
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0)
    return;
  let r = range("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  if (budget.remaining -= r && !unmatched ? r[1] + 1 : str.length, !(!r || budget.remaining < 0))
    return {
      end: r[1],
      pre: str.slice(0, r[0]),
      body: str.slice(r[0] + 1, r[1]),
      post: str.slice(r[1] + 1),
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
function commaSetFollows(str, budget) {
  if (budget.remaining -= str.length, budget.remaining < 0)
    return !1;
  let close = !1;
  for (let i = str.length - 1; i >= 0; i--) {
    let c = str.charCodeAt(i);
    if (c === 125)
      close = !0;
    else if (c === 10 || c === 13 || c === 8232 || c === 8233)
      close = !1;
    else if (c === 44 && close && str.charCodeAt(i + 1) !== 44)
      return !0;
  }
  return !1;
}
function parseCommaParts(str, budget) {
  let parts = [], carry = "";
  for (; ; ) {
    let m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0)
      return;
    if (!m) {
      let tail = str.split(",");
      return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
    }
    let { pre, body, post } = m, p = pre.split(",");
    if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
      return pushAll(parts, p), parts;
    carry = p.pop(), pushAll(parts, p), str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str)
    return [];
  let max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  return str.slice(0, 2) === "{}" && (str = "\\{\\}" + str.slice(2)), expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, !0).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
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
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  if (budget.remaining -= CALL_STEPS, depth > maxDepth)
    return [str];
  let acc = [""], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str;
  for (; ; ) {
    let m = balancedWithBudget(str, masked, budget);
    if (!m)
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
    let pre = m.pre, literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      if (acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget), firstGroup = !1, !m.post.length)
        break;
      str = m.post, masked = masked.slice(m.end + 1);
      continue;
    }
    let isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++, str = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0;
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
          str = m.post, masked = masked.slice(m.end + 1);
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
    str = m.post, masked = masked.slice(m.end + 1);
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
  let code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  let ascii = l.ascii ??= new Uint8Array(128);
  return ascii[code] ||= l.re.test(c) ? 1 : 2, ascii[code] === 1;
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
  let lines = [], seen = /* @__PURE__ */ new Set(), ref = (n) => n.t === "match" ? "match" : String(n.id), walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    let line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (let o of n.out)
          walk(o, indent);
        return;
      case "neg":
        return line(`!(${ref(n.sub)}) -> ${ref(n.next)}`), walk(n.sub, indent + "  "), walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  return walk(start, ""), [`start -> ${ref(start)}`, ...lines].join(`
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
    let code = c.charCodeAt(0), found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    let n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, !0)) : this.#intern(this.#sim.step(d.state, c, 1, !0));
    return code < 128 ? (d.ascii || (d.ascii = new Array(128), this.#size += 128), d.ascii[code] = n) : d.next.set(c, n), this.#size++, n;
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
    let dfa = this.#dfa ??= new Dfa(this.#start, this.#marks), d = dfa.start(dotStart), str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return !1;
      let code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
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
}, walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith(".")), dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return !0;
      let n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return !0;
    }
    let s = nextSep(f, k, sep2);
    if (s === -1)
      return !1;
    for (k = s + 1; k < end && isSep(f.charCodeAt(k), sep2); )
      k++;
  }
  return !1;
}, isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92, nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  let s = f.indexOf("/", from), b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
}, lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from)), PENDING = {}, Minimatch = class {
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
    let sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\", ends = this.#endCheck ? 0 : -1, last = "", lastStart = 0, prev, prevStart = 0, dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      let row = this.set[r], p = row[row.length - 1], end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        let i = lastSep(f, f.length, sep2);
        if (lastStart = i + 1, last = f.slice(lastStart), last === "" && i >= 0) {
          let j = i;
          for (; j > 0 && isSep(f.charCodeAt(j - 1), sep2); )
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1, prev = f.slice(prevStart, j);
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
        if (this.#level2 && dotPortion(f, 0, tailStart, !0, sep2))
          return "maybe";
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        let m = this.#walk(f, row, shape === "head", dot, sep2);
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
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, !0, sep2))
      return "maybe";
    let x = row[head ? 0 : 1], s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      for (; next < f.length && isSep(f.charCodeAt(next), sep2); )
        next++;
      if ((typeof x == "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e))) && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
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
    let { isWindows, preserveMultipleSlashes } = this, parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f), normalize3 = this.#form;
    return normalize3 && (parts = parts.map((p) => p.normalize(normalize3))), lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
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
    let code = 57344;
    for (; pattern.includes(String.fromCharCode(code)); )
      if (++code > 63743)
        return this.braceExpand();
    let mark = String.fromCharCode(code), found = !1, marked = pattern.replace(rangeRe, (m, lo, hi) => {
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
    let { nocase, nocaseMagicOnly, noext = !1, dot, normalize: normalize3 } = options, rangeMark = this.#rangeMark, lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase()))
      return this.#norm(lit2);
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    return m || (noext || assertValidExtglobs(pattern), m = new Matcher(pattern, {
      nocase,
      noext,
      dot,
      normalize: normalize3,
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

// src/policy/glob-pattern.ts
var MAX_GLOB_LENGTH = 512, MAX_GLOB_EXPANSIONS = 1e3, SAFE_OPTIONS = {
  dot: !0,
  nocomment: !0,
  optimizationLevel: 1,
  // One more than allowed, so that an oversized expansion is seen and refused, not truncated.
  braceExpandMax: MAX_GLOB_EXPANSIONS + 1
};
function compileGlob(pattern, options = {}) {
  checkLength(pattern);
  let matcher = new Minimatch(pattern, { ...SAFE_OPTIONS, ...options });
  return checkExpansions(pattern, matcher.set.length), matcher;
}
function expandBraces(pattern) {
  checkLength(pattern);
  let expanded = [...new Set(braceExpand(pattern, SAFE_OPTIONS))];
  return checkExpansions(pattern, expanded.length), expanded;
}
function shown(pattern) {
  return pattern.length > 60 ? `${pattern.slice(0, 60)}...` : pattern;
}
function checkLength(pattern) {
  if (pattern.length > MAX_GLOB_LENGTH)
    throw new Error(
      `pattern "${shown(pattern)}" is ${pattern.length} characters long (at most ${MAX_GLOB_LENGTH})`
    );
}
function checkExpansions(pattern, count) {
  if (count > MAX_GLOB_EXPANSIONS)
    throw new Error(
      `pattern "${shown(pattern)}" expands to more than ${MAX_GLOB_EXPANSIONS} patterns (brace sets)`
    );
}

// src/policy/glob-literals.ts
var GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
function splitGlobs(patterns, fold) {
  let literals = /* @__PURE__ */ new Set(), globs = [];
  for (let pattern of patterns) {
    if (pattern.search(GLOB_MAGIC) === -1) {
      literals.add(fold(pattern));
      continue;
    }
    if (pattern.startsWith("!")) {
      globs.push({ pattern, negated: !0, prefix: "", suffix: "" });
      continue;
    }
    for (let expanded of expandBraces(pattern)) {
      let magic = expanded.search(GLOB_MAGIC);
      if (magic === -1) {
        literals.add(fold(expanded));
        continue;
      }
      let tail = expanded.slice(lastMagic(expanded) + 1);
      globs.push({
        pattern: expanded,
        negated: !1,
        prefix: fold(expanded.slice(0, magic)),
        suffix: tail.includes("/") ? "" : fold(tail)
      });
    }
  }
  return { literals, globs };
}
function lastMagic(pattern) {
  for (let i = pattern.length - 1; i >= 0; i--) if (GLOB_MAGIC.test(pattern[i])) return i;
  return -1;
}

// src/policy/versions/scheme.ts
function sign(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareDigits(a, b) {
  let x = a.replace(/^0+/, ""), y = b.replace(/^0+/, "");
  return x.length !== y.length ? sign(x.length, y.length) : sign(x, y);
}

// src/policy/versions/apk.ts
var SUFFIXES = ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p"], NO_SUFFIX = SUFFIXES.indexOf(""), DIGITS = /^[0-9]+/, SUFFIX_NAME = /^[a-z]*/, HEX = /^[0-9a-f]*/;
function tokenize2(version) {
  let first = DIGITS.exec(version)?.[0];
  if (!first) return;
  let parts = [{ token: 0 /* InitialDigit */, value: first }], rest = version.slice(first.length), last = 0 /* InitialDigit */, push2 = (token, value, consumed) => {
    parts.push({ token, value }), last = token, rest = rest.slice(consumed);
  };
  for (; rest.length > 0; ) {
    let c = rest[0];
    if (c >= "a" && c <= "z") {
      if (last > 1 /* Digit */) return;
      push2(2 /* Letter */, c, 1);
    } else if (c === "." || c >= "0" && c <= "9") {
      let token = last === 3 /* Suffix */ ? 4 /* SuffixNo */ : last === 0 /* InitialDigit */ || last === 1 /* Digit */ ? 1 /* Digit */ : void 0;
      if (token === void 0 || c === "." && last > 1 /* Digit */) return;
      let skip = c === "." ? 1 : 0, digits = DIGITS.exec(rest.slice(skip))?.[0];
      if (!digits) return;
      push2(token, digits, skip + digits.length);
    } else if (c === "_") {
      if (last > 4 /* SuffixNo */) return;
      let name = SUFFIX_NAME.exec(rest.slice(1))[0];
      if (!name || !SUFFIXES.includes(name)) return;
      push2(3 /* Suffix */, name, 1 + name.length);
    } else if (c === "~") {
      if (last >= 5 /* CommitHash */) return;
      let hash = HEX.exec(rest.slice(1))[0];
      if (!hash) return;
      push2(5 /* CommitHash */, hash, 1 + hash.length);
    } else if (c === "-") {
      if (last >= 6 /* RevisionNo */ || !rest.startsWith("-r")) return;
      let digits = DIGITS.exec(rest.slice(2))?.[0];
      if (!digits) return;
      push2(6 /* RevisionNo */, digits, 2 + digits.length);
    } else return;
  }
  return parts.push({ token: 7 /* End */, value: "" }), parts;
}
function compareToken(a, b) {
  switch (a.token) {
    case 1 /* Digit */:
      return a.value.startsWith("0") || b.value.startsWith("0") ? sign(a.value, b.value) : compareDigits(a.value, b.value);
    case 0 /* InitialDigit */:
    case 4 /* SuffixNo */:
    case 6 /* RevisionNo */:
      return compareDigits(a.value, b.value);
    case 3 /* Suffix */:
      return sign(SUFFIXES.indexOf(a.value), SUFFIXES.indexOf(b.value));
    default:
      return sign(a.value, b.value);
  }
}
function isPreRelease(p) {
  return p.token === 3 /* Suffix */ && SUFFIXES.indexOf(p.value) < NO_SUFFIX;
}
function compare(a, b) {
  let i = 0;
  for (; a[i].token === b[i].token && a[i].token < 7 /* End */; ) {
    let r = compareToken(a[i], b[i]);
    if (r !== 0) return r;
    i++;
  }
  let x = a[i], y = b[i];
  return x.token === y.token ? 0 : isPreRelease(x) ? -1 : isPreRelease(y) ? 1 : x.token > y.token ? -1 : 1;
}
var apk = {
  name: "apk",
  parse: (version) => tokenize2(version.trim()),
  compare
};

// src/policy/versions/dpkg.ts
var UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/, REVISION = /^[A-Za-z0-9.+~]+$/;
function parse(text) {
  let version = text.trim(), colon = version.indexOf(":"), epoch = 0, rest = version;
  if (colon !== -1) {
    let digits = version.slice(0, colon);
    if (!/^\d{1,9}$/.test(digits)) return;
    epoch = Number(digits), rest = version.slice(colon + 1);
  }
  let hyphen = rest.lastIndexOf("-"), upstream = hyphen === -1 ? rest : rest.slice(0, hyphen), revision = hyphen === -1 ? "" : rest.slice(hyphen + 1);
  if (UPSTREAM.test(upstream) && !(hyphen !== -1 && !REVISION.test(revision)) && !(colon === -1 && upstream.includes(":")))
    return { epoch, upstream, revision };
}
function order(c) {
  return c === void 0 || c >= "0" && c <= "9" ? 0 : c >= "A" && c <= "Z" || c >= "a" && c <= "z" ? c.charCodeAt(0) : c === "~" ? -1 : c.charCodeAt(0) + 256;
}
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function verrevcmp(a, b) {
  let i = 0, j = 0;
  for (; i < a.length || j < b.length; ) {
    for (; i < a.length && !isDigit(a[i]) || j < b.length && !isDigit(b[j]); ) {
      let diff2 = order(a[i]) - order(b[j]);
      if (diff2 !== 0) return Math.sign(diff2);
      i++, j++;
    }
    let si = i, sj = j;
    for (; isDigit(a[i]); ) i++;
    for (; isDigit(b[j]); ) j++;
    let diff = compareDigits(a.slice(si, i), b.slice(sj, j));
    if (diff !== 0) return diff;
  }
  return 0;
}
var dpkg = {
  name: "dpkg",
  parse,
  compare(a, b) {
    return a.epoch !== b.epoch ? Math.sign(a.epoch - b.epoch) : verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
  }
};

// src/policy/versions/go.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/policy/versions/semver.ts
var import_semver = __toESM(require_semver(), 1);
function padded(version) {
  let m = /^(v?\d+)(\.\d+)?$/.exec(version);
  return m ? `${m[1]}${m[2] ?? ".0"}.0` : version;
}
var npmSemver = {
  name: "semver",
  parse: (version) => import_semver.default.parse(padded(version.trim()), { loose: !0 }) ?? void 0,
  compare: (a, b) => a.compare(b)
};

// src/policy/versions/go.ts
var PREFIX = /^(?:go|v)(?=\d)/, go = {
  name: "go",
  parse(version) {
    let bare = version.trim().replace(PREFIX, ""), toolchain = /^(\d+)\.(\d+)(?:\.(\d+))?([a-z]+\d*)?$/.exec(bare), text = toolchain ? `${toolchain[1]}.${toolchain[2]}.${toolchain[3] ?? "0"}${toolchain[4] ? `-${toolchain[4]}` : ""}` : bare;
    return import_semver2.default.parse(padded(text)) ?? void 0;
  },
  compare: (a, b) => a.compare(b)
};

// src/policy/versions/maven.ts
var QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"], ALIASES = { ga: "", final: "", release: "", cr: "rc" }, RELEASE = String(QUALIFIERS.indexOf(""));
function stringItem(value, followedByDigit) {
  let short = { a: "alpha", b: "beta", m: "milestone" }[value], name = followedByDigit && short ? short : value;
  return { kind: "string", value: ALIASES[name] ?? name };
}
function parseItem(text) {
  return /^\d+$/.test(text) ? { kind: "int", value: text.replace(/^0+/, "") } : stringItem(text, !1);
}
function isNull(item) {
  return item.kind === "int" || item.kind === "string" ? item.value === "" : item.items.length === 0;
}
function normalize2(list2) {
  for (let i = list2.items.length - 1; i >= 0; i--) {
    let last = list2.items[i];
    if (isNull(last)) list2.items.splice(i, 1);
    else if (last.kind !== "list") break;
  }
}
function parse2(text) {
  let version = text.trim().toLowerCase(), root = { kind: "list", items: [] }, stack = [root], list2 = root, isDigit3 = !1, start = 0, nest = () => {
    let sub = { kind: "list", items: [] };
    list2.items.push(sub), list2 = sub, stack.push(sub);
  };
  for (let i = 0; i < version.length; i++) {
    let c = version[i];
    c === "." || c === "-" ? (list2.items.push(
      i === start ? { kind: "int", value: "" } : parseItem(version.slice(start, i))
    ), start = i + 1, c === "-" && nest()) : c >= "0" && c <= "9" ? (!isDigit3 && i > start && (list2.items.push(stringItem(version.slice(start, i), !0)), start = i, nest()), isDigit3 = !0) : (isDigit3 && i > start && (list2.items.push(parseItem(version.slice(start, i))), start = i, nest()), isDigit3 = !1);
  }
  for (version.length > start && list2.items.push(parseItem(version.slice(start))); stack.length > 0; ) normalize2(stack.pop());
  return root;
}
function qualifierKey(q) {
  let i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function compareItem(a, b) {
  if (a.kind === "int")
    return b ? b.kind === "int" ? compareDigits(a.value, b.value) : 1 : a.value === "" ? 0 : 1;
  if (a.kind === "string")
    return b ? b.kind === "string" ? sign(qualifierKey(a.value), qualifierKey(b.value)) : -1 : sign(qualifierKey(a.value), RELEASE);
  if (!b) {
    for (let item of a.items) {
      let r = compareItem(item, void 0);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (b.kind === "int") return -1;
  if (b.kind === "string") return 1;
  let n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    let l = a.items[i], r = b.items[i], result = l ? compareItem(l, r) : r ? -compareItem(r, void 0) : 0;
    if (result !== 0) return result;
  }
  return 0;
}
var maven = {
  name: "maven",
  parse: (version) => version.trim() ? parse2(version) : void 0,
  compare: compareItem
};

// src/policy/versions/pep440.ts
var import_pep440 = __toESM(require_pep440(), 1), pep440 = {
  name: "pep440",
  parse: (version) => (0, import_pep440.valid)(version.trim()) === null ? void 0 : version.trim(),
  compare: import_pep440.compare
};

// src/policy/versions/rpm.ts
var isDigit2 = (c) => c !== void 0 && c >= "0" && c <= "9", isAlpha = (c) => c !== void 0 && (c >= "a" && c <= "z" || c >= "A" && c <= "Z"), isAlnum = (c) => isDigit2(c) || isAlpha(c);
function rpmvercmp(a, b) {
  if (a === b) return 0;
  let i = 0, j = 0;
  for (; i < a.length || j < b.length; ) {
    for (; i < a.length && !isAlnum(a[i]) && a[i] !== "~" && a[i] !== "^"; ) i++;
    for (; j < b.length && !isAlnum(b[j]) && b[j] !== "~" && b[j] !== "^"; ) j++;
    if (a[i] === "~" || b[j] === "~") {
      if (a[i] !== "~") return 1;
      if (b[j] !== "~") return -1;
      i++, j++;
      continue;
    }
    if (a[i] === "^" || b[j] === "^") {
      if (i >= a.length) return -1;
      if (j >= b.length || a[i] !== "^") return 1;
      if (b[j] !== "^") return -1;
      i++, j++;
      continue;
    }
    if (!(i < a.length && j < b.length)) break;
    let numeric2 = isDigit2(a[i]), inSegment = numeric2 ? isDigit2 : isAlpha, si = i, sj = j;
    for (; i < a.length && inSegment(a[i]); ) i++;
    for (; j < b.length && inSegment(b[j]); ) j++;
    if (sj === j) return numeric2 ? 1 : -1;
    let x = a.slice(si, i), y = b.slice(sj, j), diff = numeric2 ? compareDigits(x, y) : sign(x, y);
    if (diff !== 0) return diff;
  }
  return i >= a.length && j >= b.length ? 0 : i >= a.length ? -1 : 1;
}
function parse3(text) {
  let evr = text.trim();
  if (!evr || /\s/.test(evr)) return;
  let colon = evr.indexOf(":"), epoch = 0, rest = evr;
  if (colon !== -1) {
    let digits = evr.slice(0, colon);
    if (!/^\d{1,9}$/.test(digits)) return;
    epoch = Number(digits), rest = evr.slice(colon + 1);
  }
  let hyphen = rest.lastIndexOf("-"), version = hyphen === -1 ? rest : rest.slice(0, hyphen), release = hyphen === -1 ? "" : rest.slice(hyphen + 1);
  if (!(!/[A-Za-z0-9]/.test(version) || version.includes(":")) && !(hyphen !== -1 && !release))
    return { epoch, version, release };
}
var rpm = {
  name: "rpm",
  parse: parse3,
  compare(a, b) {
    return a.epoch !== b.epoch ? Math.sign(a.epoch - b.epoch) : rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
  }
};

// src/policy/versions/semver-like.ts
var SHAPE = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
function parse4(version) {
  let m = SHAPE.exec(version.trim());
  if (!m) return;
  let release = m[1].split(".");
  for (; release.length > 1 && /^0+$/.test(release.at(-1)); ) release.pop();
  return { release, pre: m[2] ? m[2].toLowerCase().split(".") : [] };
}
function compareIdentifier(a, b) {
  let an = /^\d+$/.test(a), bn = /^\d+$/.test(b);
  return an && bn ? compareDigits(a, b) : an !== bn ? an ? -1 : 1 : sign(a, b);
}
function compare3(a, b) {
  let n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    let d = compareDigits(a.release[i] ?? "0", b.release[i] ?? "0");
    if (d !== 0) return d;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return sign(b.pre.length, a.pre.length);
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    let d = compareIdentifier(a.pre[i], b.pre[i]);
    if (d !== 0) return d;
  }
  return sign(a.pre.length, b.pre.length);
}
var semverLike = { name: "semver-like", parse: parse4, compare: compare3 }, generic = {
  name: "generic",
  parse(version) {
    let parsed = parse4(version);
    return parsed && parsed.pre.length === 0 ? parsed : void 0;
  },
  compare: compare3
};

// src/policy/versions/ecosystem.ts
var NAMES = [
  [dpkg, ["deb", "dpkg", "debian", "ubuntu", "distroless", "kali", "raspbian"]],
  [
    rpm,
    [
      "rpm",
      "redhat",
      "red hat",
      "rhel",
      "centos",
      "fedora",
      "amazon",
      "amzn",
      "amazon linux",
      "rocky",
      "rocky linux",
      "alma",
      "almalinux",
      "oracle",
      "ol",
      "oracle linux",
      "suse",
      "sles",
      "opensuse",
      "opensuse.leap",
      "opensuse.tumbleweed",
      "opensuse leap",
      "opensuse tumbleweed",
      "suse linux enterprise server",
      "suse linux enterprise micro",
      "sle-micro",
      "photon",
      "photon os",
      "cbl-mariner",
      "mariner",
      "azurelinux",
      "azure linux",
      "openeuler",
      "mageia",
      "anolis",
      "euleros"
    ]
  ],
  [apk, ["apk", "alpine", "wolfi", "chainguard", "minimos"]],
  [
    pep440,
    ["pypi", "pip", "pipenv", "poetry", "python", "python-pkg", "wheel", "uv", "pdm"]
  ],
  [maven, ["maven", "jar", "pom", "gradle", "java-archive", "jenkins-plugin", "sbt"]],
  [go, ["go", "golang", "gomod", "gobinary", "go-module", "gomodules", "govendor"]],
  [
    npmSemver,
    [
      "npm",
      "yarn",
      "pnpm",
      "bun",
      "node-pkg",
      "javascript",
      "cargo",
      "crates.io",
      "rust-crate",
      "rust-binary"
    ]
  ],
  [
    semverLike,
    [
      "nuget",
      "dotnet",
      "dotnet-core",
      "dotnet-deps",
      "packages-props",
      "composer",
      "packagist",
      "php-composer",
      "php-pecl",
      "pub",
      "dart",
      "hex",
      "mix-lock",
      "swift",
      "swifturl",
      "cocoapods",
      "conan",
      "gem",
      "rubygems",
      "bundler",
      "gemspec",
      "ruby-gem"
    ]
  ]
], BY_NAME = new Map(
  NAMES.flatMap(([scheme, names]) => names.map((n) => [n, scheme]))
), GENERIC = generic;
function normalise(name) {
  return name.split(":")[0].trim().toLowerCase();
}
function purlType(purl) {
  return /^pkg:([A-Za-z0-9.+-]+)\//.exec(purl ?? "")?.[1];
}
function schemeFor(pkg) {
  let ecosystem = pkg?.ecosystem, byEcosystem = ecosystem ? BY_NAME.get(normalise(ecosystem)) : void 0;
  if (byEcosystem) return { scheme: byEcosystem, from: ecosystem, known: !0 };
  let type = purlType(pkg?.purl), byPurl = type ? BY_NAME.get(type.toLowerCase()) : void 0;
  return byPurl ? { scheme: byPurl, from: `pkg:${type}`, known: !0 } : { scheme: GENERIC, from: ecosystem ?? (type && `pkg:${type}`), known: !1 };
}

// src/policy/versions/range.ts
var COMPARATOR = /^(<=|>=|<|>|=)?(?:v(?=\d))?(.+)$/, VERSION = /^(?:go)?\d[0-9A-Za-z.+~^_:!-]*$/, WILDCARD = /^(?:\*|x|X)$/, X_RANGE = /^v?(\d+)(?:\.(\d+|x|X|\*))?(?:\.(x|X|\*))$|^v?(\d+)\.(x|X|\*)$/;
function bump(parts, at) {
  return [...parts.slice(0, at), String(Number(parts[at]) + 1)].join(".");
}
function shorthand(token) {
  if (WILDCARD.test(token)) return [];
  let x = X_RANGE.exec(token);
  if (x) {
    let parts2 = [x[1] ?? x[4], x[2]].filter((p) => !!p && /^\d+$/.test(p));
    return [
      { op: ">=", version: parts2.join(".") },
      { op: "<", version: bump(parts2, parts2.length - 1) }
    ];
  }
  let m = /^([~^])v?(\d+(?:\.\d+){0,2})$/.exec(token);
  if (!m) return;
  let parts = m[2].split("."), keep;
  return m[1] === "~" ? keep = parts.length === 1 ? 0 : 1 : keep = Math.max(
    0,
    parts.findIndex((p) => p !== "0")
  ), m[1] === "^" && parts.every((p) => p === "0") && (keep = parts.length - 1), [
    { op: ">=", version: m[2] },
    { op: "<", version: bump(parts, Math.min(keep, parts.length - 1)) }
  ];
}
function bound2(token, range2) {
  let sugar = shorthand(token);
  if (sugar) return sugar;
  let m = COMPARATOR.exec(token);
  if (!m || !VERSION.test(m[2])) throw new Error(`invalid version range "${range2}"`);
  let version = m[2];
  if (m[1] === void 0 && /^\d+(?:\.\d+)*$/.test(version)) {
    let parts = version.split(".");
    return [
      { op: ">=", version },
      { op: "<", version: bump(parts, parts.length - 1) }
    ];
  }
  return [{ op: m[1] ?? "=", version }];
}
function parseRange(range2) {
  let alternatives = range2.split("||").map((alternative) => {
    let tokens = alternative.trim().replace(/(<=|>=|<|>|=)\s+/g, "$1").split(/\s+/).filter(Boolean), hyphen = tokens.indexOf("-");
    if (hyphen !== -1) {
      let [low, high] = [tokens[0], tokens[2]].map((t) => t?.replace(/^v(?=\d)/, "") ?? "");
      if (!(tokens.length === 3 && hyphen === 1 && VERSION.test(low) && VERSION.test(high))) throw new Error(`invalid version range "${range2}"`);
      return [
        { op: ">=", version: low },
        { op: "<=", version: high }
      ];
    }
    return tokens.flatMap((t) => bound2(t, range2));
  });
  if (alternatives.length > 1 && range2.split("||").some((a) => a.trim() === ""))
    throw new Error(`invalid version range "${range2}"`);
  return alternatives;
}

// src/policy/versions.ts
function compileRange(text) {
  let range2 = parseRange(text), parsedBounds = /* @__PURE__ */ new Map(), boundsIn = (scheme) => (parsedBounds.has(scheme) || parsedBounds.set(scheme, readBounds(range2, scheme)), parsedBounds.get(scheme)), any = range2.some((all) => all.length === 0);
  return {
    text,
    test(pkg) {
      if (any) return "inside";
      let { scheme } = schemeFor(pkg), version = pkg?.version === void 0 ? void 0 : scheme.parse(pkg.version), bounds = boundsIn(scheme);
      return version === void 0 || bounds === void 0 ? "unknown" : range2.some(
        (all, i) => all.every((b, j) => holds(b, scheme.compare(version, bounds[i][j])))
      ) ? "inside" : "outside";
    }
  };
}
function readBounds(range2, scheme) {
  let read = range2.map((all) => all.map((b) => scheme.parse(b.version)));
  return read.some((all) => all.includes(void 0)) ? void 0 : read;
}
function holds(b, order2) {
  switch (b.op) {
    case "<":
      return order2 < 0;
    case "<=":
      return order2 <= 0;
    case ">":
      return order2 > 0;
    case ">=":
      return order2 >= 0;
    default:
      return order2 === 0;
  }
}
var STRICTNESS = ["ignore", "info", "warn", "block"];
function matchesWhenUnknown(action, defaultAction) {
  let rank = STRICTNESS.indexOf(action);
  return rank >= STRICTNESS.indexOf("warn") && rank >= STRICTNESS.indexOf(defaultAction);
}
function describeComparison(pkg, range2) {
  let choice = schemeFor(pkg), as = choice.known ? `${choice.scheme.name} (ecosystem ${choice.from})` : `${choice.scheme.name} (ecosystem ${choice.from ? `"${choice.from}" not known` : "not given"})`;
  return range2.test(pkg) !== "unknown" ? `${pkg?.version} compared as ${as} with "${range2.text}"` : `version ${pkg?.version ?? "(none)"} could not be compared as ${as} with "${range2.text}"`;
}

// src/policy/license-expression.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1), import_spdx_correct = __toESM(require_spdx_correct(), 1), NOT_A_LICENSE = /* @__PURE__ */ new Set(["noassertion", "none", "unknown", "unknown-license", ""]), MAX_TEXT = 2e3;
function readLicense(text) {
  let written = text?.trim() ?? "";
  if (written === "") return unknown("no licence given");
  if (NOT_A_LICENSE.has(written.toLowerCase())) return unknown(written);
  if (written.length > MAX_TEXT) return unknown("too long to be a licence");
  let parsed = tryParse(written);
  if (parsed) return { tree: parsed, corrected: !1 };
  let parts = topLevelParts(written);
  if (parts) return joined(parts.texts.map(readLicense), parts.conjunction);
  let corrected = correctedName(written), reparsed = corrected ? tryParse(corrected) : void 0;
  return reparsed ? { tree: reparsed, corrected: !0 } : unknown(`"${written}" is not an SPDX expression or a known licence name`);
}
function unknown(why) {
  return { tree: { unknown: why }, corrected: !1 };
}
function joined(reads, conjunction) {
  return { tree: reads.map((r) => r.tree).reduce((left, right) => ({ conjunction, left, right })), corrected: reads.some((r) => r.corrected) };
}
function topLevelParts(text) {
  let texts = [], operators = /* @__PURE__ */ new Set(), depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (c === "(" ? depth++ : c === ")" && depth--, depth < 0) return;
    if (depth !== 0 || c !== " ") continue;
    let op = / (AND|OR) /i.exec(text.slice(i, i + 5));
    op?.index === 0 && (texts.push(text.slice(start, i)), operators.add(op[1].toLowerCase()), start = i + op[0].length, i = start - 1);
  }
  if (depth !== 0 || texts.length === 0 || operators.size !== 1) return;
  texts.push(text.slice(start));
  let conjunction = operators.has("and") ? "and" : "or";
  return { texts: texts.map(unwrapped), conjunction };
}
function unwrapped(part) {
  let t = part.trim();
  if (!t.startsWith("(") || !t.endsWith(")")) return t;
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++)
    if (depth += t[i] === "(" ? 1 : t[i] === ")" ? -1 : 0, depth === 0) return t;
  return t.slice(1, -1);
}
function tryParse(text) {
  try {
    return canonicalTree((0, import_spdx_expression_parse.default)(text));
  } catch {
    return;
  }
}
function canonicalTree(node) {
  if ("conjunction" in node) {
    let { conjunction, left, right } = node;
    return { conjunction, left: canonicalTree(left), right: canonicalTree(right) };
  }
  let license = canonicalId(node.license, node.plus ?? !1);
  return node.exception ? { license, exception: node.exception } : { license };
}
var GNU_DEPRECATED = /^(?:A?GPL|LGPL|GFDL)-\d\.\d$/i;
function canonicalId(id, plus = !1) {
  return GNU_DEPRECATED.test(id) ? `${id}-${plus ? "or-later" : "only"}` : plus ? `${id}+` : id;
}
function leavesOf(tree) {
  return "conjunction" in tree ? [...leavesOf(tree.left), ...leavesOf(tree.right)] : [tree];
}
function treeText(tree, parent) {
  if ("unknown" in tree) return "?";
  if (!("conjunction" in tree)) return leafText(tree);
  let { conjunction: op, left, right } = tree, text = `${treeText(left, op)} ${op.toUpperCase()} ${treeText(right, op)}`;
  return parent === void 0 || parent === op ? text : `(${text})`;
}
function leafText(leaf) {
  return leaf.exception ? `${leaf.license} WITH ${leaf.exception}` : leaf.license;
}
var NOT_ONE_NAME = /[()&]|\b(?:and|or|with)\b/i;
function correctedName(name) {
  if (NOT_ONE_NAME.test(name)) return;
  let corrected = (0, import_spdx_correct.default)(name, { upgrade: !0 });
  if (!corrected) return;
  let idWords = new Set(wordsOf(corrected)), unaccounted = wordsOf(name).some((w) => !NAME_NOISE.has(w) && !idWords.has(w)), given = new Set(name.match(/[1-9]/g) ?? []), guessed = (corrected.match(/[1-9]/g) ?? []).some((d) => !given.has(d));
  return unaccounted || guessed ? void 0 : corrected;
}
var NAME_NOISE = /* @__PURE__ */ new Set(["license", "licence", "version", "v", "the"]);
function wordsOf(text) {
  return text.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? [];
}

// src/policy/license-condition.ts
var import_spdx_expression_parse2 = __toESM(require_spdx_expression_parse(), 1), import_spdx_correct2 = __toESM(require_spdx_correct(), 1);
function isLicenseFinding(f) {
  return f.layer === "license" || f.license !== void 0;
}
function compileLicense(condition, action) {
  if (condition === "unknown") {
    let unread = (f) => leavesOf(cachedRead(f.license).tree).flatMap((l) => "unknown" in l ? [l.unknown] : []);
    return {
      matches: (f) => hasUnknown(cachedRead(f.license).tree),
      explain(f) {
        let why = unread(f);
        return why.length === 0 ? { matches: !1, why: `licence ${shown2(f, cachedRead(f.license))} is known` } : { matches: !0, why: `licence is unknown: ${why.join("; ")}` };
      }
    };
  }
  let deny = patternTest(condition.deny ?? [], "deny"), allow = condition.allow ? patternTest(condition.allow, "allow") : void 0, acceptable = (leaf) => !namesOf(leaf).some(deny) && (!allow || namesOf(leaf).some(allow)), judgedByText = /* @__PURE__ */ new Map(), verdictOf2 = (f) => {
    let verdict = judgedByText.get(f.license);
    return verdict === void 0 && (verdict = judged(cachedRead(f.license).tree, acceptable), judgedByText.size >= CACHE_LIMIT && judgedByText.clear(), judgedByText.set(f.license, verdict)), verdict;
  }, unknownMatches = (defaultAction) => allow !== void 0 || matchesWhenUnknown(action, defaultAction);
  return {
    matches(f, defaultAction) {
      let verdict = verdictOf2(f);
      return verdict === "unknown" ? unknownMatches(defaultAction) : !verdict;
    },
    explain(f, defaultAction) {
      let read = cachedRead(f.license), verdict = verdictOf2(f), licence = `licence ${shown2(f, read)}`;
      if (verdict === !0) return { matches: !1, why: `${licence} is acceptable` };
      if (verdict === !1) {
        let names = leavesOf(read.tree).filter((l) => "license" in l && !acceptable(l)).map((l) => leafText(l)).join(", ");
        return { matches: !0, why: `${licence} cannot be used without ${names}` };
      }
      if (allow) return { matches: !0, why: `${licence} is unknown: not shown to be allowed` };
      let strict = unknownMatches(defaultAction);
      return { matches: strict, why: `${licence} is unknown: ${strict ? "the rule matched conservatively" : "the rule did not match"}` };
    }
  };
}
function hasUnknown(tree) {
  return "unknown" in tree ? !0 : "conjunction" in tree && (hasUnknown(tree.left) || hasUnknown(tree.right));
}
function shown2(f, read) {
  let written = f.license ?? "(none)", as = treeText(read.tree);
  return as === written ? written : `${written} (read as ${as})`;
}
function judged(tree, acceptable) {
  if ("unknown" in tree) return "unknown";
  if (!("conjunction" in tree)) return acceptable(tree);
  let left = judged(tree.left, acceptable), right = judged(tree.right, acceptable);
  return tree.conjunction === "or" ? left === !0 || right === !0 ? !0 : left === !1 && right === !1 ? !1 : "unknown" : left === !1 || right === !1 ? !1 : left === !0 && right === !0 ? !0 : "unknown";
}
function namesOf(leaf) {
  let names = [leaf.license];
  return leaf.license.endsWith("+") && names.push(leaf.license.slice(0, -1)), leaf.exception && names.push(leafText(leaf)), names;
}
var GLOB = /[*?[\]{}]/;
function patternTest(patterns, key) {
  let literals = new Set(
    patterns.filter((p) => !GLOB.test(p)).map((p) => literalId(p, key).toLowerCase())
  ), globs = patterns.filter((p) => GLOB.test(p)).map((p) => compileGlob(p, { nocase: !0 }));
  return (name) => literals.has(name.toLowerCase()) || globs.some((g) => g.match(name));
}
function literalId(pattern, key) {
  let tree;
  try {
    tree = (0, import_spdx_expression_parse2.default)(pattern);
  } catch {
    let hint = (0, import_spdx_correct2.default)(pattern, { upgrade: !0 }), dym = hint ? ` (did you mean ${hint}?)` : "";
    throw new Error(`license ${key}: "${pattern}" is not an SPDX licence id${dym}`);
  }
  if ("conjunction" in tree)
    throw new Error(`license ${key}: "${pattern}" is an expression; list licence ids one by one`);
  let id = canonicalId(tree.license, tree.plus ?? !1);
  return tree.exception ? `${id} WITH ${tree.exception}` : id;
}
var READ_CACHE = /* @__PURE__ */ new Map(), CACHE_LIMIT = 1e4;
function cachedRead(text) {
  if (text === void 0) return readLicense(void 0);
  let read = READ_CACHE.get(text);
  return read || (read = readLicense(text), READ_CACHE.size >= CACHE_LIMIT && READ_CACHE.clear(), READ_CACHE.set(text, read)), read;
}

// src/policy/conditions.ts
function list(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function compileGlobs(patterns, { lowercased = !1, ...options } = {}) {
  let fold = options.nocase ? (v) => v.toLowerCase() : (v) => v, foldValue = options.nocase && !lowercased ? fold : (v) => v, { literals, globs: parts } = splitGlobs(patterns, fold), globs = parts.map(({ pattern, negated, prefix: prefix2, suffix }) => ({
    prefix: prefix2,
    suffix,
    mm: negated ? compileGlob(pattern, { nocase: !1, ...options }) : compileGlob(pattern, { nocase: !1, ...options, nobrace: !0 })
  }));
  return (value) => {
    let folded = foldValue(value);
    if (literals.has(folded)) return !0;
    for (let { prefix: prefix2, suffix, mm } of globs)
      if (folded.startsWith(prefix2) && folded.endsWith(suffix) && mm.match(value)) return !0;
    return !1;
  };
}
var COMPARISON = /^(>=|<=|>|<|=)?\s*([a-z]+)$/;
function compileOrdered(expressions, isName, rank, what) {
  let tests = expressions.map((expr) => {
    let m = COMPARISON.exec(expr.trim().toLowerCase()), name = m?.[2];
    if (!m || !name || !isName(name)) throw new Error(`invalid ${what} expression "${expr}"`);
    let r = rank(name);
    switch (m[1]) {
      case ">=":
        return (v) => rank(v) >= r;
      case "<=":
        return (v) => rank(v) <= r;
      case ">":
        return (v) => rank(v) > r;
      case "<":
        return (v) => rank(v) < r;
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
function lowercaseIdentifiers(f) {
  return identifiersOf(f).map((id) => id.toLowerCase());
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
    let test = compileGlobs(list(id), { nocase: !0, lowercased: !0 });
    return (s) => s.lowercaseIds.some(test);
  },
  ({ package: pkg }) => {
    if (pkg === void 0) return;
    let test = compileGlobs(list(pkg));
    return (s) => s.finding.package !== void 0 && test(s.finding.package.name);
  },
  ({ versions }, { action }) => {
    if (versions === void 0) return;
    let range2 = compileRange(versions);
    return (s) => {
      let result = range2.test(s.finding.package);
      return result === "unknown" ? matchesWhenUnknown(action, s.defaultAction) : result === "inside";
    };
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
  },
  // Whether the scanner suppressed it, not whether settings.scanner-suppressions honours that:
  // a policy can warn on every suppression, or block suppressed criticals while honouring.
  ({ suppressed }) => suppressed === void 0 ? void 0 : (s) => s.finding.suppressed !== void 0 === suppressed,
  ({ license }, { action }) => {
    if (license === void 0) return;
    let test = compileLicense(license, action);
    return (s) => isLicenseFinding(s.finding) && test.matches(s.finding, s.defaultAction);
  }
];
function compileWhen(when, options) {
  let predicates = BUILDERS.map((b) => b(when, options)).filter((p) => !!p);
  return (subject) => predicates.every((p) => p(subject));
}

// src/model/repo-path.ts
import { isAbsolute, posix, relative } from "node:path";
var ACTIONS_CONTAINER_WORKSPACE = "/github/workspace", GUESSED_CONTAINER_ROOTS = ["/src", "/code", "/path", "/pwd", "/workspace"];
function normalisePath(path2, root) {
  if (path2 !== "" && !NEEDS_NORMALISING.test(path2)) return path2;
  let key = root === void 0 ? path2 : `${root}\0${path2}`, normal = NORMALISED.get(key);
  return normal === void 0 && (NORMALISED.size >= 1e5 && NORMALISED.clear(), normal = normaliseUncached(path2, root), NORMALISED.set(key, normal)), normal;
}
var NORMALISED = /* @__PURE__ */ new Map(), NEEDS_NORMALISING = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|^\/|^[A-Za-z]:/;
function normaliseUncached(path2, root) {
  let p = path2.replace(/\\/g, "/");
  return isAbsolute(p) && (p = underRoot(p, root) ?? underRoot(p, ACTIONS_CONTAINER_WORKSPACE) ?? p), p = posix.normalize(p), p.startsWith("./") ? p.slice(2) : p;
}
function underRoot(p, root) {
  if (!root) return;
  let rel = relative(root, p).replace(/\\/g, "/");
  return rel.startsWith("../") || rel === ".." || isAbsolute(rel) ? void 0 : rel || ".";
}
function repositoryPath(path2, root) {
  let normal = normalisePath(path2, root);
  return OUTSIDE.test(normal) ? void 0 : normal;
}
var OUTSIDE = /^(?:\.\.(?:\/|$)|\/|[A-Za-z]:)/;
function outputPath(path2, root) {
  let inRepo = repositoryPath(path2, root) ?? guessedRepositoryPath(path2);
  return inRepo !== void 0 && inRepo !== "." ? { path: inRepo, inRepository: !0 } : { path: normalisePath(path2, root), inRepository: !1 };
}
function guessedRepositoryPath(path2) {
  let p = normalisePath(path2);
  for (let mount of GUESSED_CONTAINER_ROOTS) {
    let rel = underRoot(p, mount);
    if (rel !== void 0 && !OUTSIDE.test(rel)) return rel;
  }
}

// src/policy/assets.ts
function compileAssets(specs) {
  return specs.map((spec) => ({
    spec,
    matchesPath: compileGlobs(spec.paths ?? []),
    matchesImage: compileGlobs(spec.images ?? []),
    matchesReport: compileGlobs(spec.reports ?? [])
  }));
}
function placesOf(f, root) {
  let places = [], location = f.location?.path ? repositoryPath(f.location.path, root) : void 0;
  location !== void 0 && places.push({ kind: "location", value: location }), f.target && places.push({ kind: "target", value: f.target });
  for (let s of f.foundBy) {
    let report = repositoryPath(s.report, root);
    report !== void 0 && places.push({ kind: "report", value: report });
  }
  return places;
}
function outsidePaths(f, root) {
  return [f.location?.path, ...f.foundBy.map((s) => s.report)].filter((p) => !!p && repositoryPath(p, root) === void 0);
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

// src/gate/binding.ts
var IMAGE_DIGEST = /@(sha256:[0-9a-f]{64})$/i;
function referenceDigest(ref) {
  return IMAGE_DIGEST.exec(ref.trim())?.[1]?.toLowerCase();
}
function checkBinding(reports, require2, binding) {
  let errors = [], warnings = [];
  return checkImages(reports, require2, binding.images ?? [], errors, warnings), checkCommits(reports, require2, binding.commits ?? [], errors), { errors, warnings };
}
function checkImages(reports, require2, images, errors, warnings) {
  if (images.length === 0) {
    require2.imageDigest && errors.push(
      "require.image-digest: the image being gated is not known (pass --image REF@sha256:..., action input image), so no report can be shown to be of it"
    );
    return;
  }
  let wanted = /* @__PURE__ */ new Map();
  for (let ref of images) {
    let digest = referenceDigest(ref);
    digest ? wanted.set(digest, ref) : errors.push(`image "${ref}" has no @sha256: digest: a tag names no one build`);
  }
  let imageReports = reports.filter((r) => r.layers.includes("image") || digestsOf(r).length);
  for (let r of imageReports) {
    let digests = digestsOf(r);
    digests.length > 0 && !digests.some((d) => wanted.has(d)) && errors.push(
      `${r.path}: report is of image ${digests.join(", ")}, but the image being gated is ${[...wanted.keys()].join(", ")}: a report of another build is no evidence`
    );
  }
  for (let [digest, ref] of wanted) {
    if (imageReports.some((r) => digestsOf(r).includes(digest))) continue;
    let unnamed = imageReports.filter((r) => digestsOf(r).length === 0).map((r) => r.path);
    errors.push(
      `no image report names digest ${digest} of ${ref}` + (unnamed.length ? ` (${unnamed.join(", ")} name no digest)` : "") + ": evidence not bound to the gated image is not a pass"
    );
  }
  if (errors.length === 0)
    for (let r of imageReports.filter((x) => digestsOf(x).length === 0))
      warnings.push(
        `${r.path}: image report names no digest, so it is not bound to the gated image`
      );
}
function checkCommits(reports, require2, commits, errors) {
  let accepted = new Set(commits.map((c) => c.trim().toLowerCase()).filter(Boolean));
  if (accepted.size === 0) {
    require2.commit && errors.push(
      "require.commit: the commit being gated is not known (pass --commit SHA; the action uses GITHUB_SHA and the pull request head), so no report's revision can be checked"
    );
    return;
  }
  for (let r of reports) {
    let other = (r.subject?.revisions ?? []).filter((rev) => !accepted.has(rev));
    other.length !== 0 && errors.push(
      `${r.path}: report names revision ${other.join(", ")}, but the commit being gated is ${[...accepted].join(" or ")}: a report of another commit is no evidence`
    );
  }
}
function digestsOf(r) {
  return r.subject?.digests ?? [];
}

// src/policy/suppressions.ts
var DEFAULT_SCANNER_SUPPRESSIONS = "report-only";
function decideSuppression(suppression, setting) {
  let justification = suppression.justification?.trim() || void 0, honoured = setting === "honour" || setting === "require-justification" && justification !== void 0;
  return justification ? { kind: suppression.kind, justification, honoured } : { kind: suppression.kind, honoured };
}
function suppressionClause(decision, setting) {
  return `suppressed by ${decision.kind}, ${whetherHonoured(decision, setting)}`;
}
function whetherHonoured(decision, setting) {
  return decision.honoured ? `honoured: settings.scanner-suppressions is ${setting}` : setting === "require-justification" ? `not honoured: it has no justification (settings.scanner-suppressions is ${setting})` : `not honoured: settings.scanner-suppressions is ${setting}`;
}

// src/gate/deadlines.ts
var DUE_SOON_DAYS = 7, STRICTNESS2 = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };
function deadlineFor(e, deadlines) {
  let chosen;
  for (let d of deadlines)
    d.severities.includes(e.effectiveSeverity) && (d.classifications && !d.classifications.includes(e.classification) || (!chosen || d.days < chosen.days || d.days === chosen.days && STRICTNESS2[d.action] > STRICTNESS2[chosen.action]) && (chosen = d));
  return chosen;
}
function firstSeenOf(e, recorded, today) {
  let baseline = recorded?.get(e.finding.fingerprint), scanner = e.finding.firstSeen, day = earliest(baseline, scanner);
  return day === void 0 ? { day: today, from: "today" } : { day: day <= today ? day : today, from: day === baseline ? "baseline" : "scanner" };
}
function applyDeadlines(findings, deadlines, now, firstSeen) {
  let today = dayOf(now), ages = /* @__PURE__ */ new Map(), ageOf = (day) => {
    let age = ages.get(day);
    return age === void 0 && ages.set(day, age = daysBetween(day, now)), age;
  };
  for (let e of findings) {
    if (e.verdict === "waived" || e.verdict === "ignored") continue;
    let d = deadlineFor(e, deadlines);
    if (!d) continue;
    let { day, from } = firstSeenOf(e, firstSeen, today), daysOpen = ageOf(day), overdue = daysOpen > d.days;
    if (e.deadline = {
      deadline: d.label,
      days: d.days,
      action: d.action,
      firstSeen: day,
      firstSeenFrom: from,
      daysOpen,
      daysLeft: d.days - daysOpen,
      overdue
    }, !overdue) continue;
    let clause = `open ${daysOpen} days since ${day}, past the deadline ${d.label} (${d.source})`;
    STRICTNESS2[d.action] > STRICTNESS2[e.verdict] ? (e.deadline.raisedFrom = e.verdict, e.verdict = d.action, e.reason = `${clause}: ${d.action}; otherwise ${e.reason}`) : e.reason = `${e.reason}; ${clause}`;
  }
}
function deadlineLabel(s) {
  return s.overdue ? `${s.daysOpen} days open, ${-s.daysLeft} past deadline` : `${s.daysOpen} days open, ${s.daysLeft} left`;
}
function dueSoon(findings) {
  return findings.filter(
    (e) => e.deadline && !e.deadline.overdue && e.deadline.daysLeft <= DUE_SOON_DAYS
  );
}

// src/policy/waivers.ts
var VEX_JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist"
], EXPIRING_SOON_DAYS = 14, DAY_MS = 864e5;
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
      return !(!subject.lowercaseIds.includes(id) || spec.package !== void 0 && f.package?.name !== spec.package || range2 && range2.test(f.package) !== "inside" || spec.asset !== void 0 && subject.asset !== spec.asset || spec.rule !== void 0 && decidingRule !== spec.rule || inPaths && !pathsCover(inPaths, f, root));
    }
  };
}
function pathsCover(test, f, root) {
  let covers = (p) => {
    let inRepository = repositoryPath(p, root);
    return inRepository !== void 0 && test(inRepository);
  };
  if (f.location?.path) {
    if (repositoryPath(f.location.path, root) === void 0) return !1;
    if (covers(f.location.path)) return !0;
  }
  return f.foundBy.length > 0 && f.foundBy.every((s) => covers(s.report));
}
function waiverState(w, now, maxDays, unapproved) {
  return w.endsAt.getTime() <= now.getTime() ? "expired" : maxDays !== void 0 && w.endsAt.getTime() - now.getTime() > (maxDays + 1) * DAY_MS ? "over-long" : unapproved === void 0 ? "active" : "unapproved";
}
function reportWaiver(w, state, findings, now, maxDays, unapproved) {
  let { spec } = w, daysLeft = Math.ceil((w.endsAt.getTime() - now.getTime()) / DAY_MS), status = state, message;
  return state === "expired" ? message = `expired on ${spec.expires}: it no longer waives anything; fix the finding or renew the waiver` : state === "over-long" ? message = `expires ${spec.expires}, more than settings.max-waiver-days (${maxDays}) from now: not applied until shortened` : state === "unapproved" ? message = `${unapproved ?? "not approved"}: not applied until approved` : findings === 0 ? (status = "unused", message = "matched no finding: remove it, or check that its id, package, paths and asset are right") : daysLeft <= EXPIRING_SOON_DAYS ? (status = "expiring-soon", message = `expires in ${daysLeft} day(s) (${spec.expires})`) : message = `waives ${findings} finding(s) until ${spec.expires}`, {
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

// src/policy/controls.ts
function compileControls(specs) {
  return Object.entries(specs).map(([name, spec]) => {
    let idMatches = compileGlobs(spec.ids ?? [], { nocase: !0, lowercased: !0 }), layers = new Set(spec.layers ?? []), categoryMatches = compileGlobs(spec.categories ?? [], { nocase: !0, lowercased: !0 }), cwes = new Set((spec.cwe ?? []).map(cweNumber));
    return {
      name,
      spec,
      listsFinding: (f, lowercaseIds) => layers.has(f.layer) || lowercaseIds.some(idMatches),
      claimsKind: ({ category, cwes: numbers }) => category !== void 0 && categoryMatches(category) || cwes.size > 0 && numbers.some((n) => cwes.has(n))
    };
  });
}
function cweNumber(cwe) {
  return Number.parseInt(cwe.slice(4), 10);
}
function kindOf(f) {
  return {
    category: f.category === void 0 ? void 0 : `${f.tool}:${f.category}`.toLowerCase(),
    cwes: f.cwe.map(cweNumber)
  };
}
function controlsOf(f, controls, lowercaseIds) {
  if (f.copies === void 0) return sharedList(controls, controlsOfOne(f, controls, lowercaseIds));
  let names = /* @__PURE__ */ new Set();
  for (let c of f.copies) {
    let copy = {
      ...f,
      tool: c.tool,
      category: c.category,
      id: c.ids[0] ?? f.id,
      aliases: c.ids.slice(1),
      ruleId: void 0,
      cwe: [...c.cwe],
      copies: void 0
    }, ids = c.ids.map((id) => id.toLowerCase());
    for (let name of controlsOfOne(copy, controls, ids)) names.add(name);
  }
  return sharedList(
    controls,
    controls.filter((c) => names.has(c.name)).map((c) => c.name)
  );
}
function controlsOfOne(f, controls, lowercaseIds) {
  let listed = [];
  for (let c of controls) c.listsFinding(f, lowercaseIds) && listed.push(c.name);
  if (listed.length > 0 || f.category === void 0 && f.cwe.length === 0) return listed;
  let kind = kindOf(f), claimed = [];
  for (let c of controls) c.claimsKind(kind) && claimed.push(c.name);
  return claimed;
}
var SHARED = /* @__PURE__ */ new WeakMap(), MAX_SHARED = 4096;
function sharedList(controls, names) {
  let lists = SHARED.get(controls);
  lists || SHARED.set(controls, lists = /* @__PURE__ */ new Map());
  let key = names.join("\0"), known = lists.get(key);
  return known || (lists.size >= MAX_SHARED || lists.set(key, Object.freeze(names)), names);
}

// src/gate/rule-index.ts
var KeyTable = class {
  exact = /* @__PURE__ */ new Map();
  starts = new Affixes((value, length) => value.slice(0, length));
  ends = new Affixes((value, length) => value.slice(value.length - length));
  add(position, keys) {
    for (let key of keys.literals) push(this.exact, key, position);
    for (let key of keys.prefixes) this.starts.add(key, position);
    for (let key of keys.suffixes) this.ends.add(key, position);
  }
  /** Appends the position of every rule filed under a key `value` equals, starts or ends with. */
  collect(value, into) {
    let exact = this.exact.get(value);
    if (exact) for (let p of exact) into.push(p);
    this.starts.collect(value, into), this.ends.collect(value, into);
  }
  get empty() {
    return this.exact.size === 0 && this.starts.empty && this.ends.empty;
  }
}, Affixes = class {
  constructor(cut) {
    this.cut = cut;
  }
  cut;
  byKey = /* @__PURE__ */ new Map();
  lengths = [];
  add(key, position) {
    push(this.byKey, key, position), this.lengths.includes(key.length) || this.lengths.push(key.length);
  }
  collect(value, into) {
    for (let length of this.lengths) {
      if (length > value.length) continue;
      let positions = this.byKey.get(this.cut(value, length));
      if (positions) for (let p of positions) into.push(p);
    }
  }
  get empty() {
    return this.byKey.size === 0;
  }
};
function push(map, key, position) {
  let positions = map.get(key);
  positions ? positions.push(position) : map.set(key, [position]);
}
var lowercase = (v) => v.toLowerCase(), same = (v) => v;
function globKeys(value, fold) {
  let patterns = list(value);
  if (patterns.length === 0 || !patterns.every((p) => typeof p == "string")) return;
  let { literals, globs } = splitGlobs(patterns, fold), prefixes = [], suffixes = [];
  for (let g of globs) {
    if (g.negated) return;
    if (g.prefix !== "") prefixes.push(g.prefix);
    else if (g.suffix !== "") suffixes.push(g.suffix);
    else return;
  }
  return { literals, prefixes, suffixes };
}
var DIMENSIONS = [
  {
    keys: (rule) => globKeys(rule.when.id, lowercase),
    values: (s, each) => s.lowercaseIds.forEach((id) => each(id))
  },
  {
    keys: (rule) => globKeys(rule.when.package, same),
    values: (s, each) => {
      s.finding.package !== void 0 && each(s.finding.package.name);
    }
  },
  {
    keys: (rule) => globKeys(rule.when.path, same),
    values: (s, each) => s.paths.forEach((path2) => each(path2))
  },
  {
    keys: (rule) => globKeys(rule.when.tool, lowercase),
    values: (s, each) => {
      for (let src of s.finding.foundBy) each(src.tool.toLowerCase());
      each(s.finding.tool.toLowerCase());
    }
  },
  {
    keys: ({ when: { layer } }) => {
      let layers = list(layer);
      if (!(layers.length === 0 || !layers.every((l) => typeof l == "string")))
        return { literals: layers, prefixes: [], suffixes: [] };
    },
    values: (s, each) => each(s.finding.layer)
  }
];
function buildRuleIndex(rules) {
  let tables = DIMENSIONS.map(() => new KeyTable()), unfiled = [];
  rules.forEach((rule, position) => {
    for (let d = 0; d < DIMENSIONS.length; d++) {
      let keys = DIMENSIONS[d].keys(rule);
      if (keys) return tables[d].add(position, keys);
    }
    unfiled.push(position);
  });
  let used = DIMENSIONS.flatMap(
    (dimension, d) => tables[d].empty ? [] : [{ dimension, table: tables[d] }]
  );
  return {
    size: rules.length,
    candidates(subject) {
      let hits = [];
      for (let { dimension, table } of used)
        dimension.values(subject, (value) => table.collect(value, hits));
      return hits.sort((a, b) => a - b), mergeInOrder(rules, hits, unfiled);
    }
  };
}
function mergeInOrder(rules, hits, unfiled) {
  let out = [], i = 0, j = 0, last = -1;
  for (; i < hits.length || j < unfiled.length; ) {
    let next = j >= unfiled.length || i < hits.length && hits[i] < unfiled[j] ? hits[i++] : unfiled[j++];
    next !== last && (last = next, out.push(rules[next]));
  }
  return out;
}

// src/gate/judge.ts
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
function judge(finding, policy, ctx) {
  let severity = finding.severity === "unknown" ? policy.settings.unknownSeverity : finding.severity, assignment = ctx.forced ?? assignAsset(finding, policy.assets, policy.defaultClassification, ctx.root), lowercaseIds = lowercaseIdentifiers(finding), controls = controlsOf(finding, policy.controls, lowercaseIds), paths = [];
  for (let p of [finding.location?.path, ...finding.foundBy.map((s) => s.report)]) {
    let inRepository = p ? repositoryPath(p, ctx.root) : void 0;
    inRepository !== void 0 && paths.push(inRepository);
  }
  let subject = {
    finding,
    severity,
    classification: assignment.classification,
    asset: assignment.asset,
    controls,
    paths,
    lowercaseIds,
    defaultAction: policy.settings.defaultAction
  }, setting = policy.settings.scannerSuppressions ?? DEFAULT_SCANNER_SUPPRESSIONS, suppression = finding.suppressed ? decideSuppression(finding.suppressed, setting) : void 0, matched = matchingRules(policy.rules, subject, suppression?.honoured === !0), decider = strictest(matched), { matchedRules, considered } = explained(matched), judged2 = {
    finding,
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
    waiver: void 0,
    suppression
  }, clause = suppression ? suppressionClause(suppression, setting) : void 0;
  if (suppression?.honoured && clause && !decider)
    return judged2.reason = clause, judged2;
  let action = decider?.action ?? policy.settings.defaultAction, verdict = verdictOf(action), reason = clause ? withClause(reasonOf(decider, action), clause) : reasonOf(decider, action), waiver = ctx.waivers.find((w) => w.covers(subject, decider?.id, ctx.root));
  if (!waiver)
    return judged2.verdict = verdict, judged2.reason = reason, judged2;
  let { spec } = waiver;
  return judged2.verdict = "waived", judged2.waivedVerdict = verdict, judged2.waivedBy = waiver, judged2.waiver = {
    id: spec.id,
    owner: spec.owner,
    reason: spec.reason,
    expires: spec.expires,
    source: waiver.source,
    ...spec.ticket ? { ticket: spec.ticket } : {},
    ...spec["approved-by"] ? { approvedBy: spec["approved-by"] } : {},
    ...spec["vex-justification"] ? { vexJustification: spec["vex-justification"] } : {}
  }, judged2.reason = `waived by ${spec.owner} until ${spec.expires} (${spec.reason}); otherwise ${reason}`, judged2;
}
function withClause(reason, clause) {
  return `${reason.endsWith(".") ? reason.slice(0, -1) : reason}; ${clause}`;
}
var INDEXED_FROM = 32, INDEXES = /* @__PURE__ */ new WeakMap();
function matchingRules(rules, subject, honoured) {
  let candidates = rules;
  if (rules.length >= INDEXED_FROM) {
    let index = INDEXES.get(rules);
    index?.size !== rules.length && INDEXES.set(rules, index = buildRuleIndex(rules)), candidates = index.candidates(subject);
  }
  let matched = [];
  for (let r of candidates)
    (!honoured || r.asksSuppressed) && r.matches(subject) && matched.push(r);
  return matched;
}
var REASONS = /* @__PURE__ */ new WeakMap();
function reasonOf(decider, action) {
  if (!decider) return `no rule matched; default action ${action}`;
  let reason = REASONS.get(decider);
  return reason === void 0 && (reason = `rule ${decider.id} (${decider.action})${decider.description ? `: ${decider.description}` : ""}`, REASONS.set(decider, reason)), reason;
}

// src/policy/requirements.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }, DURATION = /^(\d+)([mhdw])$/;
function durationMs(text) {
  let m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new Error(`invalid duration "${text}" (use e.g. 90m, 24h, 7d, 2w)`);
  return Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
}

// src/gate/asset-evidence.ts
function checkAssetEvidence(reports, assets, require2, root) {
  let errors = [];
  return { assets: assets.map((asset) => {
    let mine = reports.filter((r) => isEvidenceFor(asset, r, root)), layers = {};
    for (let layer of LAYERS) {
      let paths = mine.filter((r) => r.layers.includes(layer)).map((r) => r.path);
      paths.length > 0 && (layers[layer] = paths);
    }
    let { name, classification } = asset.spec, required = requiredLayers(asset, require2);
    for (let layer of required.filter((l) => !layers[l]))
      errors.push(
        `asset "${name}" (${classification}) requires layer "${layer}" but no report is evidence for it (a report under its paths, of its images or listed in its reports): missing evidence is not a pass`
      );
    return { asset: name, classification, required, layers };
  }), errors };
}
function requiredLayers(asset, require2) {
  let rank = classificationRank(asset.spec.classification), wanted = new Set(asset.spec.require?.layers ?? []);
  for (let [c, spec] of Object.entries(require2.classifications ?? {}))
    if (!(classificationRank(c) > rank))
      for (let layer of spec?.layers ?? []) wanted.add(layer);
  return LAYERS.filter((l) => wanted.has(l));
}
function isEvidenceFor(asset, report, root) {
  let path2 = repositoryPath(report.path, root);
  return path2 !== void 0 && (asset.matchesPath(path2) || asset.matchesReport(path2)) ? !0 : (report.images ?? []).some((image) => asset.matchesImage(imageRef(image)));
}

// src/gate/evidence.ts
function checkEvidence(reports, require2, now, context = {}) {
  let coverage = {};
  for (let layer of LAYERS) {
    let paths = reports.filter((r) => r.layers.includes(layer)).map((r) => r.path);
    paths.length > 0 && (coverage[layer] = paths);
  }
  let errors = [], warnings = [];
  for (let layer of require2.layers ?? [])
    coverage[layer] || errors.push(`required layer "${layer}" has no report: missing evidence is not a pass`);
  let perAsset = checkAssetEvidence(reports, context.assets ?? [], require2, context.root);
  errors.push(...perAsset.errors), checkTimes(reports, require2, now, errors, warnings);
  let bound3 = checkBinding(reports, require2, context.binding ?? {});
  return errors.push(...bound3.errors), warnings.push(...bound3.warnings), { coverage, assets: perAsset.assets, errors, warnings };
}
function checkTimes(reports, require2, now, errors, warnings) {
  let maxAge = require2.maxReportAge, limit = maxAge === void 0 ? void 0 : durationMs(maxAge);
  for (let r of reports) {
    if (!r.createdAt) {
      if (maxAge === void 0 && !require2.timestamps) continue;
      let why = maxAge === void 0 ? "report has no timestamp (require.timestamps)" : `report has no timestamp, so its age (max-report-age ${maxAge}) cannot be verified`, records = r.timestamped !== !1;
      require2.timestamps && records ? errors.push(`${r.path}: ${why}`) : warnings.push(`${r.path}: ${why}${records ? "" : ` (${r.format} reports record none)`}`);
      continue;
    }
    if (limit === void 0) continue;
    now.getTime() - Date.parse(r.createdAt) > limit && errors.push(
      `${r.path}: report is stale: created ${r.createdAt}, older than max-report-age ${maxAge}`
    );
  }
}

// src/gate/evaluate.ts
var VERDICTS = ["block", "warn", "info", "ignored", "waived"];
function evaluate(findings, policy, now, reports = [], options = {}) {
  let maxDays = policy.settings.maxWaiverDays, approvers = policy.settings.waiverApprovers, unapproved = /* @__PURE__ */ new Map();
  for (let w of policy.waivers) {
    let why = unlistedApprover(w.spec, approvers) ?? options.unapproved?.get(w);
    why !== void 0 && unapproved.set(w, why);
  }
  let states = new Map(
    policy.waivers.map((w) => [w, waiverState(w, now, maxDays, unapproved.get(w))])
  ), active = policy.waivers.filter((w) => states.get(w) === "active"), uses = /* @__PURE__ */ new Map(), ctx = { waivers: active, root: options.root }, evaluated = findings.map((f) => {
    let judged2 = judge(f, policy, ctx), { waivedBy } = judged2;
    return waivedBy && (uses.set(waivedBy, (uses.get(waivedBy) ?? 0) + 1), judged2.waivedBy = void 0), judged2;
  });
  policy.deadlines && applyDeadlines(evaluated, policy.deadlines, now, options.firstSeen);
  let sorted = sortByVerdictThenSeverity(evaluated), byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])), bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (let e of sorted)
    byVerdict[e.verdict]++, bySeverity[e.effectiveSeverity]++;
  let evidence = checkEvidence(reports, policy.require, now, {
    assets: policy.assets,
    root: options.root,
    binding: options.binding
  }), waivers = policy.waivers.map(
    (w) => reportWaiver(w, states.get(w) ?? "active", uses.get(w) ?? 0, now, maxDays, unapproved.get(w))
  ), budgets = budgetsOf(sorted, policy), deciding = withBudgetVerdict(byVerdict, budgets);
  return {
    outcome: evidence.errors.length > 0 ? "fail" : outcomeOf(deciding, policy.settings.failOn),
    evaluatedAt: now.toISOString(),
    policy: { source: policy.source, failOn: policy.settings.failOn },
    reports,
    findings: sorted,
    waivers,
    coverage: evidence.coverage,
    assetEvidence: evidence.assets,
    errors: evidence.errors,
    warnings: evidence.warnings,
    counts: { total: sorted.length, byVerdict, bySeverity },
    ...budgets ? { budgets } : {}
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
function sortByVerdictThenSeverity(evaluated) {
  let buckets = [];
  for (let e of evaluated) {
    let bucket = VERDICT_ORDER[e.verdict] * SEVERITIES.length + (5 - severityRank(e.effectiveSeverity));
    (buckets[bucket] ??= []).push(e);
  }
  let sorted = [];
  for (let bucket of buckets)
    if (bucket)
      for (let e of bucket.length > 1 ? sortBucket(bucket) : bucket) sorted.push(e);
  return sorted;
}
var MAX_RANKED_IDS = 2 ** 21;
function sortBucket(bucket) {
  let ranks = /* @__PURE__ */ new Map();
  for (let e of bucket) ranks.set(e.finding.id, 0);
  if (ranks.size > MAX_RANKED_IDS) return sortByKeys(bucket);
  let ids = [...ranks.keys()].map((id) => ({ id, key: `${id}\0` }));
  ids.sort((a, b) => compareText(a.key, b.key)), ids.forEach(({ id }, rank) => ranks.set(id, rank * 2 ** 32));
  let keys = new Float64Array(bucket.length);
  for (let i = 0; i < bucket.length; i++) {
    let { id, fingerprint } = bucket[i].finding, prefix2 = hexPrefix(fingerprint);
    if (prefix2 < 0) return sortByKeys(bucket);
    keys[i] = ranks.get(id) + prefix2;
  }
  let order2 = Array.from({ length: bucket.length }, (_, i) => i);
  return order2.sort(
    (a, b) => keys[a] - keys[b] || compareText(bucket[a].finding.fingerprint, bucket[b].finding.fingerprint)
  ), order2.map((i) => bucket[i]);
}
function hexPrefix(text) {
  if (text.length < 8) return -1;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    let c = text.charCodeAt(i), digit2 = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit2 < 0) return -1;
    value = value * 16 + digit2;
  }
  return value;
}
function sortByKeys(bucket) {
  let keyed = bucket.map((e) => ({ key: `${e.finding.id}\0${e.finding.fingerprint}`, e }));
  return keyed.sort((a, b) => compareText(a.key, b.key)), keyed.map((k) => k.e);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  classificationRank,
  budgetCounts,
  budgetMessage,
  withBudgetVerdict,
  suggestBudgets,
  dayOf,
  approverName,
  listedApprover,
  unlistedApprover,
  durationMs,
  compileGlob,
  compileRange,
  describeComparison,
  isLicenseFinding,
  compileLicense,
  list,
  lowercaseIdentifiers,
  compileWhen,
  repositoryPath,
  outputPath,
  compileAssets,
  outsidePaths,
  referenceDigest,
  compileControls,
  DEFAULT_SCANNER_SUPPRESSIONS,
  whetherHonoured,
  judge,
  DUE_SOON_DAYS,
  deadlineLabel,
  dueSoon,
  VEX_JUSTIFICATIONS,
  compileWaiver,
  waiverState,
  VERDICTS,
  evaluate,
  outcomeOf
};
