import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err3) => function __init() {
  if (err3) throw err3[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err3 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
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
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
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
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value2) => {
      for (const [token, max2] of safeRegexReplacements) {
        value2 = value2.split(`${token}*`).join(`${token}{0,${max2}}`).split(`${token}+`).join(`${token}{1,${max2}}`);
      }
      return value2;
    };
    var createToken = (name, value2, isGlobal) => {
      const safe = makeSafeRegex(value2);
      const index = R++;
      debug(name, index, value2);
      t[name] = index;
      src[index] = value2;
      safeSrc[index] = safe;
      re[index] = new RegExp(value2, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
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
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i2 = 0; i2 < identifiers.length; i2++) {
        if (compareIdentifiers(prerelease[i2], identifiers[i2]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i2 = 0;
        do {
          const a = this.prerelease[i2];
          const b = other.prerelease[i2];
          debug("prerelease compare", i2, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i2);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i2 = 0;
        do {
          const a = this.build[i2];
          const b = other.build[i2];
          debug("build compare", i2, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i2);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i2 = this.prerelease.length;
              while (--i2 >= 0) {
                if (typeof this.prerelease[i2] === "number") {
                  this.prerelease[i2]++;
                  i2 = -2;
                }
              }
              if (i2 === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
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
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants8 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants8.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value2 = this.map.get(key);
        if (value2 === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value2);
          return value2;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value2) {
        const deleted = this.delete(key);
        if (!deleted && value2 !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value2);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit2(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i2 = 0; i2 < this.set.length; i2++) {
            if (i2 > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i2];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
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
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached2 = cache.get(memoKey);
        if (cached2) {
          return cached2;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i2 = 0; i2 < this.set.length; i2++) {
          if (testSet(this.set[i2], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i2 = 0; i2 < set.length; i2++) {
        if (!set[i2].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i2 = 0; i2 < set.length; i2++) {
          debug(set[i2].semver);
          if (set[i2].semver === Comparator.ANY) {
            continue;
          }
          if (set[i2].semver.prerelease.length > 0) {
            const allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max2 = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max2 || maxSV.compare(v) === -1) {
            max2 = v;
            maxSV = new SemVer(max2, options);
          }
        }
      });
      return max2;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max2] of set) {
        if (min === max2) {
          ranges.push(min);
        } else if (!max2 && min === v[0]) {
          ranges.push("*");
        } else if (!max2) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max2}`);
        } else {
          ranges.push(`${min} - ${max2}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants8 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
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
      SEMVER_SPEC_VERSION: constants8.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants8.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/rules/query.ts
import path4 from "node:path/posix";
function setting(f, key) {
  return f.buildInfo?.settings.find((s) => s.key === key)?.value;
}
function isStd(pkg) {
  const first = pkg.split("/")[0] ?? "";
  return !first.includes(".") && pkg !== "main";
}
function goSemver(v) {
  if (!v) return null;
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?((?:rc|beta)\d+)?/.exec(v);
  if (!m) return null;
  const pre = m[4] ? `-${m[4]}` : "";
  return import_semver.default.valid(`${m[1]}.${m[2]}.${m[3] ?? "0"}${pre}`);
}
function baseVersion(v) {
  if (!v) return null;
  return /^go\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?/.exec(v)?.[0] ?? v;
}
function inRange(version, range) {
  const v = goSemver(version);
  const lo = goSemver(range.min);
  const hi = range.max ? goSemver(range.max) : null;
  if (!v || !lo) return true;
  const minor = (x2) => import_semver.default.major(x2) * 1e3 + import_semver.default.minor(x2);
  return minor(v) >= minor(lo) && (!hi || minor(v) <= minor(hi));
}
function sameMinor(a, b) {
  const x2 = goSemver(a);
  const y = goSemver(b);
  return !!x2 && !!y && import_semver.default.major(x2) === import_semver.default.major(y) && import_semver.default.minor(x2) === import_semver.default.minor(y);
}
function modules(f) {
  if (f.buildInfo) return [...f.buildInfo.main ? [f.buildInfo.main] : [], ...f.buildInfo.deps];
  return (f.paths?.modules ?? []).map((m) => ({ path: m.path, version: m.version, sum: "", replace: null }));
}
function moduleOf(f, pkg) {
  let best = null;
  for (const m of modules(f)) {
    if ((pkg === m.path || pkg.startsWith(m.path + "/")) && (!best || m.path.length > best.path.length)) best = m;
  }
  return best;
}
function moduleLabel(m) {
  if (!m) return "not in the build";
  const base = `${m.path} ${m.version}`;
  if (!m.replace) return base;
  return `${base} => ${m.replace.path}${m.replace.version && m.replace.version !== "(devel)" ? " " + m.replace.version : ""}`;
}
function gopathMode(f) {
  const bi = f.buildInfo;
  if (bi && (bi.main || bi.deps.length)) return false;
  if (bi && bi.path !== "command-line-arguments") return true;
  if (!bi && (!f.paths || f.paths.modules.length)) return false;
  return f.packageHashes.some((h) => !isStd(h.package) && gopathRoot(f, h.package) !== null);
}
function gopathRoot(f, pkg) {
  const tail = `/src/${pkg}`;
  const dir = f.paths?.localDirs.find((d) => d.endsWith(tail));
  return dir ? dir.slice(0, -tail.length) || "/" : null;
}
function isTrimmed(f) {
  const s = setting(f, "-trimpath");
  if (s !== void 0) return s === "true";
  return f.paths ? f.paths.trimmed : null;
}
function tagsOf(f) {
  if (!f.buildInfo) return null;
  return (setting(f, "-tags") ?? "").split(",").map((t) => t.trim()).filter((t) => t && !/^fips140v\d/.test(t)).sort();
}
function raceOf(f) {
  const linked = (pkg) => f.exportedHashes.some((h) => h.package === pkg) || f.packageHashes.some((h) => h.package === pkg);
  const native = [...f.native?.sanitizerProvides ?? [], ...(f.native?.sanitizerRequires ?? []).map((r) => r.runtime)];
  const runtimeOf = { "-race": "tsan", "-msan": "msan", "-asan": "asan" };
  const flagged = (name) => setting(f, name) === "true" || !f.buildInfo && f.compilerFlags.common.includes(name) || linked(`runtime/${name.slice(1)}`) || native.includes(runtimeOf[name]);
  return { race: flagged("-race"), msan: flagged("-msan"), asan: flagged("-asan") };
}
function packageFlags(f, pkg) {
  const units = f.compileUnits.filter((u) => u.package === pkg);
  if (units.length === 0) return null;
  const flags = /* @__PURE__ */ new Set();
  for (const u of units) for (const fl2 of u.flags) if (!["-shared", "-dynlink", "regabi", "-race", "-msan", "-asan"].includes(fl2)) flags.add(fl2);
  return [...flags].sort();
}
function gcflagsSetting(f) {
  return setting(f, "-gcflags");
}
function mainModuleDir(f) {
  const dirs = f.paths?.localDirs ?? [];
  if (dirs.length === 0) return null;
  const main = f.buildInfo?.main?.path;
  const pkg = f.buildInfo?.path;
  const sub = main && pkg && pkg.startsWith(main + "/") ? pkg.slice(main.length + 1) : "";
  const candidates = sub ? dirs.filter((d) => d.endsWith("/" + sub)).map((d) => d.slice(0, -sub.length - 1)) : dirs;
  const last = (pkg ?? "").split("/").pop();
  return candidates.find((d) => path4.basename(d) === last) ?? candidates[0] ?? null;
}
function replaceDir(f, m) {
  if (!m?.replace || m.replace.version !== "(devel)" && m.replace.version !== "") return null;
  const target2 = m.replace.path;
  if (target2.startsWith("/")) return target2;
  const base = mainModuleDir(f);
  return base ? path4.normalize(path4.join(base, target2)) : null;
}
function shortFile(file) {
  return file.split("/").slice(-1)[0] ?? file;
}
function pgoOf(f) {
  const v = setting(f, "-pgo");
  return v && v !== "off" ? v : null;
}
function fipsSnapshot(f) {
  const v = setting(f, "GOFIPS140");
  return v && v !== "off" && v !== "latest" ? v : null;
}
function fipsEnvValue(snapshot) {
  return snapshot ? snapshot.replace(/-[0-9a-f]{6,}$/, "") : "off";
}
function workspaceModules(f) {
  return (f.buildInfo?.deps ?? []).filter((m) => m.version === "(devel)" && !m.replace);
}
function gcflagsEntries(value2) {
  if (!value2) return [];
  const m = /^([^\s=-][^\s=]*)=(.*)$/s.exec(value2);
  const split = (s) => s.split(/\s+/).filter(Boolean);
  return m ? [{ pattern: m[1], flags: split(m[2]) }] : [{ pattern: null, flags: split(value2) }];
}
function matchPattern(pattern, pkg, mainPkg) {
  if (pattern === "all") return true;
  if (pattern === "std") return isStd(pkg);
  if (pattern === "cmd") return pkg === "cmd" || pkg.startsWith("cmd/");
  if (pattern === "main" || pattern === ".") return pkg === mainPkg;
  if (!pattern.includes("...")) return pattern === pkg;
  if (pattern.endsWith("/...") && pkg === pattern.slice(0, -4)) return true;
  const parts = pattern.split("...");
  let at = 0;
  for (let i2 = 0; i2 < parts.length; i2++) {
    const p = parts[i2];
    const j = i2 === 0 ? pkg.startsWith(p) ? 0 : -1 : pkg.indexOf(p, at);
    if (j < 0) return false;
    at = j + p.length;
  }
  return parts[parts.length - 1] === "" || pkg.endsWith(parts[parts.length - 1]);
}
function gcflagsFor(f, pkg) {
  let flags = [];
  for (const e of gcflagsEntries(gcflagsSetting(f))) {
    if (e.pattern === null ? pkg === f.mainPackage || pkg === f.buildInfo?.path : matchPattern(e.pattern, pkg, f.mainPackage)) flags = e.flags;
  }
  return flags.filter((x2) => !HARMLESS_GCFLAGS.test(x2));
}
var import_semver, HARMLESS_GCFLAGS, harmlessGcflag;
var init_query = __esm({
  "src/rules/query.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    HARMLESS_GCFLAGS = /^-(?:m(?:=\d+)?|B|v|json(?:=.*)?|S|W|live|h|bench=.*|d=(?:ssa\/check_bce|checkptr=0).*)$/;
    harmlessGcflag = (f) => HARMLESS_GCFLAGS.test(f);
  }
});

// src/rules/cpu-intrinsics.ts
function cpuLevelNumber(value2) {
  const m = /(\d+(?:\.\d+)?)/.exec(value2.split(",")[0] ?? "");
  return m ? Number(m[1]) : null;
}
function effectiveLevel(f, key) {
  const spec = INTRINSIC_LEVELS[key];
  return setting(f, key) ?? (spec && f.goarch && spec.goarch.includes(f.goarch) && f.buildInfo ? spec.default : void 0);
}
function changesIntrinsics(key) {
  return Object.hasOwn(INTRINSIC_LEVELS, key);
}
function intrinsicLevelDifference(a, b) {
  if (!a.buildInfo || !b.buildInfo || a.goarch !== b.goarch) return null;
  for (const [key, spec] of Object.entries(INTRINSIC_LEVELS)) {
    const x2 = effectiveLevel(a, key);
    const y = effectiveLevel(b, key);
    if (!x2 || !y) continue;
    if ((cpuLevelNumber(x2) ?? 0) >= spec.from !== (cpuLevelNumber(y) ?? 0) >= spec.from) return { key, a: x2, b: y, from: spec.from };
  }
  return null;
}
var INTRINSIC_LEVELS;
var init_cpu_intrinsics = __esm({
  "src/rules/cpu-intrinsics.ts"() {
    "use strict";
    init_query();
    INTRINSIC_LEVELS = {
      GOPPC64: { goarch: ["ppc64", "ppc64le"], from: 10, default: "power8" },
      GORISCV64: { goarch: ["riscv64"], from: 22, default: "rva20u64" }
    };
  }
});

// src/rules/types.ts
function docsUrl(meta) {
  return `${DOCS_BASE}${meta.id}.md`;
}
function finding(meta, fields) {
  return { rule: meta.id, name: meta.name, severity: fields.severity ?? meta.severity, docs: docsUrl(meta), ...fields };
}
var DOCS_BASE;
var init_types = __esm({
  "src/rules/types.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/go-plugin-compat/go-plugin-compat/blob/main/docs/rules/";
  }
});

// src/report/shell-quote.ts
function shellWord(word) {
  const w = word.replace(/\0/g, "\uFFFD");
  if (SAFE_WORD.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}
function shellAssign(name, value2) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an environment variable name: ${name}`);
  return `${name}=${shellWord(value2)}`;
}
function shellCommand(words, opts = {}) {
  const parts = [...(opts.env ?? []).map(([k, v]) => shellAssign(k, v)), ...words.map(shellWord)];
  return parts.join(" ") + (opts.tail ? ` ${opts.tail.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")}` : "");
}
var SAFE_WORD;
var init_shell_quote = __esm({
  "src/report/shell-quote.ts"() {
    "use strict";
    SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
  }
});

// src/rules/notices/cpu-level.ts
function cpuLevel(host, plugin) {
  if (!host.buildInfo || !plugin.buildInfo) return [];
  if (intrinsicLevelDifference(host, plugin)) return [];
  for (const key of LEVEL_KEYS) {
    const a = changesIntrinsics(key) ? effectiveLevel(host, key) : setting(host, key);
    const b = changesIntrinsics(key) ? effectiveLevel(plugin, key) : setting(plugin, key);
    const la = a ? cpuLevelNumber(a) : null;
    const lb = b ? cpuLevelNumber(b) : null;
    if (la !== null && lb !== null && lb > la) {
      return [finding(cpuLevelMeta, {
        message: `${key}=${b} in the plugin, ${a} in the host: the level changes the instructions the compiler chooses, not export data (observed for GOAMD64=v3 into a v1 host), but the plugin's code uses ${b} instructions, which CPUs the host supports may lack`,
        evidence: { reference: `${key}=${a}`, plugin: `${key}=${b}` },
        fix: `build the plugin with ${shellAssign(key, a)} unless every machine running the host supports ${b}`,
        commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [[key, a]], tail: "\u2026" })]
      })];
    }
  }
  return [];
}
var cpuLevelMeta, LEVEL_KEYS;
var init_cpu_level = __esm({
  "src/rules/notices/cpu-level.ts"() {
    "use strict";
    init_cpu_intrinsics();
    init_query();
    init_types();
    init_shell_quote();
    cpuLevelMeta = {
      id: "GPC201",
      name: "cpu-level-above-host",
      severity: "notice",
      summary: "The plugin targets a higher CPU level (GOAMD64, GOARM64, GOARM, \u2026) than the host: it loads, but only runs on CPUs that have it."
    };
    LEVEL_KEYS = ["GOAMD64", "GOARM64", "GOARM", "GOPPC64", "GORISCV64"];
  }
});

// src/rules/causes/module-version.ts
function versionDiffers(a, b) {
  if (a.path !== b.path || a.replace || b.replace) return false;
  return a.version !== b.version || !!a.sum && !!b.sum && a.sum !== b.sum;
}
function requireVersions(at) {
  return [shellCommand(["go", "get", ...at]), "go mod tidy"];
}
var moduleVersion;
var init_module_version = __esm({
  "src/rules/causes/module-version.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    moduleVersion = {
      meta: {
        id: "GPC105",
        name: "module-version-mismatch",
        severity: "error",
        locate: "module",
        summary: "A shared package comes from a different version of its module."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const claimed = [];
        const lines = /* @__PURE__ */ new Map();
        for (const pkg of packages) {
          const a = moduleOf(reference, pkg);
          const b = moduleOf(plugin, pkg);
          if (!a || !b || !versionDiffers(a, b)) continue;
          claimed.push(pkg);
          lines.set(a.path, { ref: moduleLabel(a), plug: moduleLabel(b), version: a.version });
        }
        if (claimed.length === 0) return null;
        const mods = [...lines.values()];
        return {
          packages: claimed,
          message: mods.map((m) => `the plugin has ${m.plug}, the ${referenceName} has ${m.ref}`).join("; "),
          evidence: { reference: mods.map((m) => m.ref).join(", "), plugin: mods.map((m) => m.plug).join(", ") },
          fix: `require the ${referenceName}'s versions in the plugin's go.mod and rebuild`,
          commands: requireVersions([...lines].map(([path8, m]) => `${path8}@${m.version}`))
        };
      }
    };
  }
});

// src/rules/notices/plugin-conflict.ts
function pluginConflicts(verdicts, files, factsOf = () => null) {
  const out3 = /* @__PURE__ */ new Map();
  for (const v of verdicts) {
    const byOwner = /* @__PURE__ */ new Map();
    for (const d of v.differences) {
      if (d.owner.kind !== "plugin") continue;
      const list2 = byOwner.get(d.owner.index);
      if (list2) list2.push(d.package);
      else byOwner.set(d.owner.index, [d.package]);
    }
    for (const [owner, pkgs] of byOwner) {
      const first = shortFile(files[owner]);
      const me = shortFile(files[v.index]);
      const ownerFailed = verdicts[owner].failure !== null;
      const list2 = out3.get(v.index) ?? [];
      list2.push(finding(pluginConflictMeta, {
        message: `${pkgs.length === 1 ? "package " + pkgs[0] + " is" : pkgs.length + " packages are"} not in the host and ${first}, loaded earlier, carries ${pkgs.length === 1 ? "it" : "them"} at another build` + (ownerFailed ? ` \u2014 even though ${first} itself failed to load: a failed plugin stays mapped and its packages still count` : `. In the other order ${first} would be the one to fail`),
        packages: pkgs,
        evidence: { reference: `${first} (loaded first)`, plugin: me },
        ...alignWith(factsOf(owner), factsOf(v.index), pkgs, first)
      }));
      out3.set(v.index, list2);
    }
  }
  return out3;
}
function alignWith(owner, me, pkgs, first) {
  const general = "build both plugins against the same version of the shared module, or link the package into the host so the host fixes its version";
  if (!owner || !me) return { fix: general };
  if (owner.pluginPath && owner.pluginPath === me.pluginPath) {
    return { fix: `${first} is another build of this same plugin (plugin path ${me.pluginPath}): load only one of them \u2014 remove the stale or failed build from where the host loads plugins` };
  }
  const wanted = /* @__PURE__ */ new Map();
  for (const p of pkgs) {
    const theirs = moduleOf(owner, p);
    const mine = moduleOf(me, p);
    if (!theirs || !mine || theirs.replace || !/^v\d/.test(theirs.version) || theirs.version === mine.version) return { fix: general };
    wanted.set(theirs.path, theirs.version);
  }
  const at = [...wanted].map(([m, v]) => `${m}@${v}`);
  return {
    fix: `in this plugin's module, require ${at.join(", ")} like ${first} and rebuild (or link the package into the host so the host fixes its version)`,
    commands: requireVersions(at)
  };
}
var pluginConflictMeta;
var init_plugin_conflict = __esm({
  "src/rules/notices/plugin-conflict.ts"() {
    "use strict";
    init_module_version();
    init_query();
    init_types();
    pluginConflictMeta = {
      id: "GPC202",
      name: "plugin-vs-plugin",
      severity: "warning",
      summary: "Two plugins carry a package the host does not have, at different builds: the first one loaded wins and the other fails."
    };
  }
});

// src/rules/notices/upgrade-in-place.ts
function upgradeInPlace(file, plugin) {
  const name = file.split("/").pop() ?? file;
  if (ownVersionIn(name, plugin)) return [];
  return [finding(upgradeMeta, {
    message: `${name} has no version in its name: while a host runs, a new build renamed over it (mv, install) is ignored (plugin.Open caches by path; plugins never unload), and one copied over it in place (cp) crashes the host (SIGSEGV at its next garbage collection: the file is mapped)`,
    fix: `replace the file by renaming a new one over it (mv), never by writing into it, and restart the host to upgrade; for live upgrades ship each release under a new file name AND a new plugin path (now ${plugin.pluginPath ?? "unknown"}), or it fails with "plugin already loaded"`
  })];
}
function ownVersionIn(name, plugin) {
  const bare = (v) => v.replace(/^v/, "");
  const own = plugin.buildInfo?.main?.version ? bare(plugin.buildInfo.main.version) : null;
  const deps = new Set((plugin.buildInfo?.deps ?? []).map((d) => bare(d.version)));
  for (const m of name.matchAll(VERSIONS)) {
    if (/go$/i.test(name.slice(0, m.index))) continue;
    const v = bare(m[0]);
    if (v === own || !deps.has(v)) return true;
  }
  return false;
}
var upgradeMeta, VERSIONS;
var init_upgrade_in_place = __esm({
  "src/rules/notices/upgrade-in-place.ts"() {
    "use strict";
    init_types();
    upgradeMeta = {
      id: "GPC203",
      name: "upgrade-needs-new-name",
      severity: "notice",
      summary: "plugin.Open caches by file path and never unloads: a new build renamed over the file is ignored until the host restarts, and one copied over it in place crashes the host."
    };
    VERSIONS = /v?\d+\.\d+(?:\.\d+)?|(?<=[-_.])v\d+(?!\d|\.\d)/g;
  }
});

// src/io/errors.ts
function describeError(err3) {
  if (err3 instanceof BinaryFormatError) return err3.message;
  if (err3 && typeof err3 === "object" && "code" in err3) {
    const e = err3;
    if (e.code === "ENOENT") return "no such file";
    if (e.code === "EACCES") return "permission denied";
    if (e.code === "EISDIR") return "is a directory, not a regular file";
    if (e.code === "ENOTREG") return e.message;
    if (e.code === "ELOOP") return "too many levels of symbolic links (a symlink loop)";
    if (e.code === "ENAMETOOLONG") return "file name too long";
    if (e.code === "ENOTDIR") return "a component of the path is not a directory";
    if (e.code === "ENXIO") return "no device behind this special file";
    return `${e.code}: ${e.message}`;
  }
  if (err3 instanceof RangeError) return `malformed binary (${err3.message})`;
  if (err3 instanceof Error) return err3.message;
  return String(err3);
}
var BinaryFormatError, TruncatedSegmentError;
var init_errors = __esm({
  "src/io/errors.ts"() {
    "use strict";
    BinaryFormatError = class extends Error {
      name = "BinaryFormatError";
    };
    TruncatedSegmentError = class extends BinaryFormatError {
      loaderOutcome = "SIGBUS: bus error";
    };
  }
});

// src/container/elf-versions.ts
function parseVersionNeeds(data, strtab, littleEndian, count = Number.MAX_SAFE_INTEGER) {
  const u163 = (o) => littleEndian ? data.readUInt16LE(o) : data.readUInt16BE(o);
  const u32 = (o) => littleEndian ? data.readUInt32LE(o) : data.readUInt32BE(o);
  const str2 = (off, what) => {
    if (off >= strtab.length) throw new BinaryFormatError(`ELF .gnu.version_r: ${what} name offset ${off} is outside the string table (${strtab.length} bytes)`);
    const end = strtab.indexOf(0, off);
    return strtab.toString("utf8", off, end < 0 ? strtab.length : end);
  };
  const out3 = [];
  const maxSteps = Math.floor(data.length / 8) + 1;
  let steps = 0;
  let at = 0;
  while (out3.length < count && data.length > 0) {
    if (at + VERNEED_SIZE > data.length) throw new BinaryFormatError(`ELF .gnu.version_r: entry at ${at} extends past the section (${data.length} bytes)`);
    const version = u163(at);
    if (version !== 1) throw new BinaryFormatError(`ELF .gnu.version_r: entry at ${at} has version ${version}, expected 1`);
    const cnt = u163(at + 2);
    const need = { file: str2(u32(at + 4), "library"), versions: [] };
    let aux = at + u32(at + 8);
    for (let i2 = 0; i2 < cnt; i2++) {
      if (++steps > maxSteps) throw new BinaryFormatError("ELF .gnu.version_r: the version chain does not end");
      if (aux + VERNAUX_SIZE > data.length || aux < at) throw new BinaryFormatError(`ELF .gnu.version_r: version ${i2} of ${need.file} at ${aux} is outside the section`);
      need.versions.push({ hash: u32(aux), flags: u163(aux + 4), index: u163(aux + 6), name: str2(u32(aux + 8), "version") });
      const next2 = u32(aux + 12);
      if (next2 === 0) break;
      aux += next2;
    }
    out3.push(need);
    const next = u32(at + 12);
    if (next === 0) break;
    if (++steps > maxSteps) throw new BinaryFormatError("ELF .gnu.version_r: the entry chain does not end");
    at += next;
  }
  return out3;
}
function glibcVersionOf(name) {
  const m = /^GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$/.exec(name);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return Object.hasOwn(GLIBC_NAMED, name) ? GLIBC_NAMED[name] : null;
}
function glibcReleaseOf(name) {
  const g = glibcVersionOf(name);
  return g ? g.slice(0, g[2] ? 3 : 2).join(".") : null;
}
var VERNEED_SIZE, VERNAUX_SIZE, GLIBC_NAMED;
var init_elf_versions = __esm({
  "src/container/elf-versions.ts"() {
    "use strict";
    init_errors();
    VERNEED_SIZE = 16;
    VERNAUX_SIZE = 16;
    GLIBC_NAMED = { GLIBC_ABI_DT_RELR: [2, 36, 0] };
  }
});

// src/facts/native.ts
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i2 = 0; i2 < Math.max(pa.length, pb.length); i2++) {
    const d = (pa[i2] ?? 0) - (pb[i2] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function libcOf(c, needs) {
  const interp = c.interpreter ?? "";
  if (/ld-musl-/.test(interp)) return { libc: "musl", libcEvidence: `interpreter ${interp}` };
  const musl = c.needed.find((n) => n === "libc.so" || /^libc\.musl-/.test(n));
  if (musl) return { libc: "musl", libcEvidence: `needs ${musl}` };
  if (/ld-linux|\/ld64\.so|\/ld\.so\.1$/.test(interp) && c.format === "elf" && c.goos === "linux") return { libc: "glibc", libcEvidence: `interpreter ${interp}` };
  const glibc = c.needed.find((n) => n === "libc.so.6");
  if (glibc) return { libc: "glibc", libcEvidence: `needs ${glibc}` };
  if (needs.some((n) => n.versions.some((v) => v.startsWith("GLIBC_")))) return { libc: "glibc", libcEvidence: "needs GLIBC_ symbol versions" };
  return { libc: null, libcEvidence: null };
}
function readNativeFacts(c) {
  const versionNeeds = (c.versionNeeds?.() ?? []).map((n) => ({ file: n.file, versions: n.versions.map((v) => v.name) }));
  let glibcNeeded = null;
  for (const n of versionNeeds) {
    for (const v of n.versions) {
      const ver = glibcReleaseOf(v);
      if (ver && (!glibcNeeded || compareVersions(ver, glibcNeeded) > 0)) glibcNeeded = ver;
    }
  }
  const provides = /* @__PURE__ */ new Set();
  const requires = [];
  for (const lib of c.needed) {
    for (const [re, s] of SANITIZER_LIB) {
      if (re.test(lib)) {
        provides.add(s);
        requires.push({ runtime: s, via: `needs ${lib}` });
      }
    }
  }
  const dyn = c.format === "elf" && c.hasDynamicSymbolTable() ? c.symbolsWithPrefix("dynamic", ["__asan_", "__msan_", "__tsan_"]) : [];
  for (const s of dyn) {
    for (const [re, san] of SANITIZER_SYM) {
      if (!re.test(s.name)) continue;
      if (s.section !== null) provides.add(san);
      else if (!s.weak && s.global && !requires.some((r) => r.runtime === san && !r.via.startsWith("undefined symbol "))) {
        const prev = requires.findIndex((r) => r.runtime === san);
        if (prev < 0) requires.push({ runtime: san, via: `undefined symbol ${s.name}` });
        else if (/_tls$/.test(s.name) && !/_tls$/.test(requires[prev].via)) requires[prev] = { runtime: san, via: `undefined symbol ${s.name}` };
      }
    }
  }
  return {
    ...libcOf(c, versionNeeds),
    soname: c.soname ?? null,
    versionNeeds,
    glibcNeeded,
    sanitizerProvides: [...provides].sort(),
    sanitizerRequires: requires
  };
}
function asanOdrLevel(options) {
  if (!options) return 2;
  let level = 2;
  for (const part of options.split(/[:,\s]+/)) {
    const m = /^detect_odr_violation=(\d+)$/.exec(part.trim());
    if (m) level = Number(m[1]);
  }
  return level;
}
var SANITIZER_LIB, SANITIZER_SYM;
var init_native = __esm({
  "src/facts/native.ts"() {
    "use strict";
    init_elf_versions();
    SANITIZER_LIB = [[/^libasan\.so/, "asan"], [/^libtsan\.so/, "tsan"]];
    SANITIZER_SYM = [[/^__asan_/, "asan"], [/^__msan_/, "msan"], [/^__tsan_/, "tsan"]];
  }
});

// src/check/native.ts
function judgeNative(host, plugin, file, deployment) {
  const h = host.native;
  const p = plugin.native;
  if (!h || !p || plugin.kind !== "plugin" || plugin.format !== "elf" || host.goos !== "linux") return null;
  if (h.libc === "glibc" && p.libc === "musl") {
    const lib = plugin.needed.find((n) => n === "libc.so" || n.startsWith("libc.musl-")) ?? "libc.so";
    return {
      kind: "platform-mismatch",
      cause: "libc",
      plugin: "musl",
      host: "glibc",
      via: p.libcEvidence ?? `needs ${lib}`,
      message: `the plugin was linked against musl (it needs ${lib}) but the host runs on glibc: dlopen cannot load ${lib} (glibc says "${lib}: invalid ELF header" where ${lib} is glibc's linker script, else "cannot open shared object file")`
    };
  }
  const stated = deployment.glibc ?? null;
  const v = stated && h.libc === "glibc" && p.libc !== "musl" ? newerGlibcNeed(p.versionNeeds, stated) : null;
  if (v && stated) {
    return {
      kind: "platform-mismatch",
      cause: "glibc-version",
      needed: p.glibcNeeded ?? glibcReleaseOf(v.version),
      version: v.version,
      library: v.file,
      system: stated,
      systemSource: "stated",
      message: `${v.file}: version \`${v.version}' not found (required by ${file})`
    };
  }
  for (const r of p.sanitizerRequires) {
    if (r.runtime === "asan" || h.sanitizerProvides.includes(r.runtime)) continue;
    const sym = r.via.startsWith("undefined symbol ") ? r.via.slice("undefined symbol ".length) : `__${r.runtime}_*`;
    return { kind: "platform-mismatch", cause: "sanitizer-runtime", runtime: r.runtime, via: r.via, message: `${file}: undefined symbol: ${sym}` };
  }
  const asan = p.sanitizerRequires.find((r) => r.runtime === "asan");
  if (asan && !h.sanitizerProvides.includes("asan")) {
    return { kind: "host-crash", cause: "asan-not-first", via: asan.via, message: "ASan runtime does not come first in initial library list; you should either link runtime to your application or manually preload it with LD_PRELOAD." };
  }
  if (asan && h.sanitizerProvides.includes("asan")) {
    const level = asanOdrLevel(deployment.asanOptions ?? null);
    if (level >= 2) return { kind: "host-crash", cause: "asan-odr", odrLevel: level, message: "ERROR: AddressSanitizer: odr-violation" };
  }
  return null;
}
function newerGlibcNeed(needs, system) {
  for (const need of needs) {
    const version = need.versions.find((x2) => {
      const release = glibcReleaseOf(x2);
      return release !== null && compareVersions(release, system) > 0;
    });
    if (version) return { file: need.file, version };
  }
  return null;
}
function glibcRisk(host, plugin, deployment) {
  const h = host.native;
  const p = plugin.native;
  if (deployment.glibc || !h || !p || h.libc !== "glibc" || p.libc === "musl" || !h.glibcNeeded || plugin.kind !== "plugin") return null;
  const v = newerGlibcNeed(p.versionNeeds, h.glibcNeeded);
  return v ? { hostNeeds: h.glibcNeeded, version: v.version, library: v.file } : null;
}
var init_native2 = __esm({
  "src/check/native.ts"() {
    "use strict";
    init_elf_versions();
    init_native();
  }
});

// src/check/required-symbol.ts
function splitTop(s, sep5) {
  const out3 = [];
  let depth = 0;
  let start = 0;
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s[i2];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === sep5 && depth === 0) {
      out3.push(s.slice(start, i2));
      start = i2 + 1;
    }
  }
  out3.push(s.slice(start));
  return out3.map((x2) => x2.trim()).filter(Boolean);
}
function interfaceMethods(type) {
  const m = /^interface ?\{(.*)\}$/s.exec(type);
  if (!m) return null;
  const methods = [];
  for (const entry of splitTop(m[1], ";")) {
    const e = EXPORTED_METHOD.exec(entry);
    if (!e) return null;
    methods.push({ name: e[1], type: `func${e[2]}` });
  }
  return methods.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function typeProblem(type) {
  const stack = [];
  const pairs = { ")": "(", "]": "[", "}": "{" };
  const groups = [];
  for (let i2 = 0; i2 < type.length; i2++) {
    const c = type[i2];
    if (c === "(" || c === "[" || c === "{") stack.push({ c, from: i2 + 1 });
    else if (c in pairs) {
      const open2 = stack.pop();
      if (!open2 || open2.c !== pairs[c]) return `unbalanced ${c} in ${JSON.stringify(type.slice(0, 80))}`;
      if (c === ")") groups.push([open2.from, i2]);
    }
  }
  if (stack.length) return `unclosed ${stack.at(-1).c} in ${JSON.stringify(type.slice(0, 80))}`;
  for (const [start, end] of groups.sort((x2, y) => x2[0] - y[0])) {
    for (const entry of splitTop(type.slice(start, end), ",")) {
      if (!KEYWORD_TYPE.test(entry) && /^[\p{L}_][\p{L}\p{Nd}_]* /u.test(entry)) {
        return `parameter names are not part of a Go type (${JSON.stringify(entry.slice(0, 60))}): write it as Go prints it, e.g. func(string) string`;
      }
    }
  }
  return null;
}
function parseRequiredSymbol(spec) {
  const eq = spec.indexOf("=");
  const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
  if (!IDENT.test(name) || name.length > 256) throw new Error(`not a Go identifier: ${JSON.stringify(name.slice(0, 80))}`);
  if (eq < 0) return { name, type: null, iface: null };
  const raw = spec.slice(eq + 1);
  const type = raw.trim().replace(/ +/g, " ");
  if (type === "" || type.length > 4096 || /[\0-\x1f\x7f]/.test(raw)) throw new Error(`${name}: not a type: ${JSON.stringify(type.slice(0, 80))}`);
  const problem = typeProblem(type);
  if (problem) throw new Error(`${name}: ${problem}`);
  if (comparableType(type)) return { name, type, iface: null };
  const methods = interfaceMethods(type);
  return { name, type: null, iface: methods ? { text: type, methods } : null };
}
function nameOnlyReason(spec) {
  const s = parseRequiredSymbol(spec);
  const eq = spec.indexOf("=");
  if (eq < 0 || s.type !== null || s.iface !== null) return null;
  return `${spec.slice(eq + 1).trim()} is not a func or pointer type, and plugin.Lookup returns only those (a function, or a pointer to a variable): the host's assertion to it is an interface assertion, decided by the method set, which is checked only for an interface written out with its exported methods ('${s.name}=interface { Name() string }'); ${s.name} is checked by name`;
}
function splitRequiredSymbols(input2) {
  return input2.split(/\r?\n/).flatMap((line) => line.includes("=") ? [line] : line.split(",")).map((s) => s.trim()).filter(Boolean);
}
function assertionFailure(want, have) {
  if (!have?.type) return null;
  if (want.type !== null) return have.type === want.type ? null : `interface conversion: plugin.Symbol is ${have.type}, not ${want.type}`;
  if (want.iface === null || have.methods === null) return null;
  for (const m of want.iface.methods) {
    const same = have.methods.filter((x2) => x2.name === m.name);
    if (same.some((x2) => x2.type === null)) return null;
    if (!same.some((x2) => x2.type === m.type)) return `interface conversion: ${have.type} is not ${want.iface.text}: missing method ${m.name}`;
  }
  return null;
}
var comparableType, IDENT, EXPORTED_METHOD, KEYWORD_TYPE;
var init_required_symbol = __esm({
  "src/check/required-symbol.ts"() {
    "use strict";
    comparableType = (type) => type.startsWith("*") || type.startsWith("func(");
    IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
    EXPORTED_METHOD = new RegExp("^(\\p{Lu}[\\p{L}\\p{Nd}_]*)(\\(.*)$", "su");
    KEYWORD_TYPE = /^(chan|func|map|struct|interface)\b/;
  }
});

// src/check/simulate.ts
import { realpathSync } from "node:fs";
function pluginHashes(f) {
  if (f.packageHashSource === "module-data" || f.packageHashSource === "link-table" || f.packageHashSource === "rodata-link-order") return { hashes: f.packageHashes, ordered: true };
  if (f.packageHashSource === "rodata-approximate-order") return { hashes: f.packageHashes, ordered: false };
  return { hashes: f.exportedHashes, ordered: false };
}
function realpathOr(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function glibcRefusal(host, f, real) {
  if (host.format !== "elf" || host.goos !== "linux" || host.native?.libc !== "glibc") return null;
  if (f.format !== "elf") return `${real}: invalid ELF header`;
  if (f.bits !== host.bits) return `${real}: wrong ELF class: ELFCLASS${f.bits}`;
  if (f.goarch !== host.goarch || f.byteOrder !== host.byteOrder) return `${real}: cannot open shared object file: No such file or directory`;
  return null;
}
function executableRefusal(host, f, real) {
  if (host.format !== "elf" || host.goos !== "linux" || host.native?.libc !== "glibc") return null;
  if (f.containerKind === "pie") return `${real}: cannot dynamically load position-independent executable`;
  if (f.containerKind === "executable") return `${real}: cannot dynamically load executable`;
  return null;
}
function platformOf(f) {
  return `${f.format} ${f.bits}-bit ${f.goos ?? "?"}/${f.goarch ?? "?"}`;
}
function platformMismatchText(plugin, host) {
  return `the plugin is ${platformOf(plugin)} but the host is ${platformOf(host)}: the dynamic loader rejects it`;
}
function simulate(host, plugins, opts = {}) {
  const process2 = /* @__PURE__ */ new Map();
  for (const h of host.exportedHashes) process2.set(h.package, { hash: h.hash, owner: { kind: "host" } });
  const activePaths = /* @__PURE__ */ new Map();
  let lastModule = null;
  const opened = /* @__PURE__ */ new Map();
  const verdicts = [];
  const required = (opts.requireSymbols ?? []).map(parseRequiredSymbol);
  plugins.forEach((p, index) => {
    const v = {
      file: p.file,
      index,
      loads: false,
      opened: false,
      failure: null,
      differences: [],
      inferred: null,
      cachedFrom: null,
      collidesWith: null,
      fatal: false,
      notReachedAfter: null,
      halfOpened: false
    };
    verdicts.push(v);
    const dead = verdicts.find((x2) => x2.fatal);
    if (dead) {
      v.notReachedAfter = dead.index;
      v.failure = { kind: dead.failure.kind, package: null, packages: [], message: `not reached: the process ${dead.cachedFrom !== null ? "hangs" : "exits"} while loading ${plugins[dead.index].file}` };
      return;
    }
    const fail2 = (kind, message, pkg = null, packages = []) => {
      v.failure = { kind, package: pkg, packages, message };
    };
    if (!p.facts && !p.loaderOutcome) return fail2("unreadable", p.error ?? "unreadable");
    const support = host.pluginSupport;
    const hostCannotJoin = support && !support.supported && support.outcome === "host-crash";
    if (support && !support.supported && !hostCannotJoin) {
      return fail2("no-plugin-support", "plugin: not implemented");
    }
    if (!p.facts) {
      v.fatal = true;
      v.crash = "truncated";
      v.readError = p.error ?? void 0;
      return fail2("host-crash", `${p.loaderOutcome} (${p.error})`);
    }
    const f = p.facts;
    const otherOs = f.goos !== host.goos && !(f.goos === null && f.kind === "unknown");
    if (f.format !== host.format || otherOs || f.goarch !== host.goarch || f.bits !== host.bits || f.byteOrder !== host.byteOrder) {
      return fail2("platform-mismatch", glibcRefusal(host, f, realpathOr(p.file)) ?? platformMismatchText(f, host));
    }
    const deployment = { ...host.deployment, ...opts.deployment };
    const risk = glibcRisk(host, f, deployment);
    if (risk) v.glibcRisk = risk;
    const native = judgeNative(host, f, p.file, deployment);
    if (native) {
      v.native = native;
      if (native.kind === "host-crash") v.fatal = true;
      return fail2(native.kind, native.message);
    }
    const real = realpathOr(p.file);
    const prev = opened.get(real);
    if (prev !== void 0) {
      const first = verdicts[prev];
      v.cachedFrom = prev;
      v.opened = first.opened;
      v.differences = first.differences;
      v.inferred = first.inferred;
      if (first.halfOpened) {
        v.failure = { ...first.failure, message: "plugin.Open never returns: the first open of this file failed half way and a second one waits for it forever" };
        v.fatal = true;
      } else if (first.failure) {
        v.failure = { ...first.failure, message: `${first.failure.message} (previous failure)` };
      } else v.loads = first.loads;
      return;
    }
    if (f.kind !== "plugin") {
      if (!LOADABLE.has(f.containerKind)) {
        const what = f.kind === "executable" ? "an executable" : "not a Go plugin";
        return fail2("not-a-plugin", executableRefusal(host, f, real) ?? `the file is ${what}: dlopen or the Go runtime rejects it`);
      }
      opened.set(real, index);
      v.foreign = { lastModule: lastModule?.index ?? null };
      if (!lastModule || lastModule.bad) {
        v.fatal = true;
        v.crash = "no-new-module";
        return fail2("host-crash", "fatal error: runtime: no plugin module data");
      }
      return fail2("already-loaded", "plugin already loaded");
    }
    opened.set(real, index);
    const { hashes, ordered: ordered2 } = pluginHashes(f);
    if (hashes.length === 0) v.inferred = "the plugin has no readable package hash table";
    if (host.exportedHashes.length === 0) v.inferred = "the host exports no package hashes";
    if (!f.pluginPath) v.inferred ??= "the plugin path is unknown (symbols stripped)";
    const mapIn = () => {
      for (const h of f.exportedHashes.length ? f.exportedHashes : hashes) {
        if (!process2.has(h.package)) process2.set(h.package, { hash: h.hash, owner: { kind: "plugin", index, file: p.file } });
      }
    };
    lastModule = { index, bad: false };
    for (const h of hashes) {
      const cur = process2.get(h.package);
      if (cur && cur.hash !== h.hash) v.differences.push({ package: h.package, pluginHash: h.hash, processHash: cur.hash, owner: cur.owner });
    }
    if (!ordered2 && v.differences.length > 1) v.inferred ??= "the plugin's link-ordered hash table was stripped, so which differing package the runtime names first is a guess";
    if (hostCannotJoin) {
      v.fatal = true;
      v.crash = "host-cannot-load";
      v.inferred = null;
      mapIn();
      return fail2("host-crash", "fatal error: runtime: no plugin module data");
    }
    const hv = baseVersion(host.goVersion);
    const pv = baseVersion(f.goVersion);
    const outOfRange = hv && !pv && f.goVersionRange && !inRange(hv, f.goVersionRange);
    if (hv && pv && hv !== pv && !sameMinor(hv, pv) || outOfRange) {
      v.fatal = true;
      v.crash = "toolchain";
      mapIn();
      if (outOfRange) v.inferred ??= `the plugin's exact Go version is not recorded; its formats say ${f.goVersionRange.min}\u2026${f.goVersionRange.max ?? ""}, which excludes the host's ${hv}`;
      return fail2("host-crash", "fatal error: runtime: no plugin module data", null, v.differences.map((d) => d.package));
    }
    const clash = f.pluginPath ? activePaths.get(f.pluginPath) : void 0;
    if (clash !== void 0) {
      v.collidesWith = clash;
      const mainModule = f.buildInfo?.main?.path;
      const own = (pkg) => pkg === f.pluginPath || pkg === f.mainPackage || !!mainModule && (pkg === mainModule || pkg.startsWith(`${mainModule}/`));
      v.differences = v.differences.filter((d) => !own(d.package));
      mapIn();
      lastModule.bad = true;
      return fail2("already-loaded", "plugin already loaded");
    }
    mapIn();
    if (v.differences.length) {
      const first = v.differences[0].package;
      lastModule.bad = true;
      return fail2("package-mismatch", `plugin was built with a different version of package ${first}`, first, v.differences.map((d) => d.package));
    }
    if (f.pluginPath) activePaths.set(f.pluginPath, index);
    v.opened = true;
    const unresolved = f.identity?.exports ? f.identity.exports.filter((e) => !e.resolves).map((e) => e.name) : f.pluginPath && f.mainPackage && f.pluginPath !== f.mainPackage && f.exportedSymbols.length === 0 ? f.mainPackageSymbols : [];
    if (f.pluginPath && unresolved.length > 0) {
      v.opened = false;
      v.halfOpened = true;
      const sym = unresolved[0];
      return fail2("symbol-resolution", `could not find symbol ${sym}: ${real}: undefined symbol: ${f.pluginPath}.${sym}`);
    }
    const missing = required.filter((s) => !f.exportedSymbols.includes(s.name));
    if (missing.length) {
      return fail2("symbol-missing", `plugin: symbol ${missing[0].name} not found in plugin ${f.pluginPath ?? p.file}`);
    }
    for (const s of required) {
      const failure = assertionFailure(s, f.identity?.exports?.find((e) => e.name === s.name));
      if (failure) return fail2("symbol-missing", failure);
    }
    v.loads = true;
  });
  return verdicts;
}
var LOADABLE;
var init_simulate = __esm({
  "src/check/simulate.ts"() {
    "use strict";
    init_query();
    init_native2();
    init_required_symbol();
    LOADABLE = /* @__PURE__ */ new Set(["shared-object", "dylib", "bundle"]);
  }
});

// src/facts/plugin-identity.ts
function pluginIdentity(c, md, abi, buildInfoPath, fallbackPath) {
  const disagreements = [];
  const definedUnder = (prefix) => new Set(c.symbolsWithPrefix("dynamic", [prefix]).filter((s) => s.section !== null).map((s) => s.name));
  let pluginPath = null;
  let pluginPathSource = null;
  if (md && md.pluginPath) {
    pluginPath = md.pluginPath;
    pluginPathSource = "module-data";
  } else if (abi.pluginPath) {
    pluginPath = abi.pluginPath;
    pluginPathSource = "symbol-table";
  } else if (fallbackPath) {
    pluginPath = fallbackPath;
    pluginPathSource = buildInfoPath === fallbackPath ? "build-info" : "dynamic-symbols";
  }
  let linkOrder = null;
  let exports = null;
  let mainPackage = buildInfoPath && buildInfoPath !== "command-line-arguments" ? buildInfoPath : null;
  if (md) {
    linkOrder = md.pkgHashes.map((h) => ({ package: h.package, hash: h.hash }));
    const underPath = pluginPath !== null ? definedUnder(`${pluginPath}.`) : /* @__PURE__ */ new Set();
    exports = md.exports.map((e) => ({ ...e, resolves: underPath.has(`${pluginPath}.${e.name}`) }));
    if (md.exports.length && exports.every((e) => e.resolves)) mainPackage = pluginPath;
    else if (md.exports.length) {
      const first = md.exports[0].name;
      const dyn = definedUnder("");
      const owners = [...dyn].filter((n) => n.endsWith("." + first)).map((n) => n.slice(0, -first.length - 1));
      const owner = owners.find((p) => md.exports.every((e) => dyn.has(`${p}.${e.name}`)));
      if (owner) mainPackage = owner;
    } else mainPackage ??= pluginPath;
    if (abi.pluginPath !== null && abi.pluginPath !== md.pluginPath) {
      disagreements.push(`go:link.thispluginpath says ${abi.pluginPath}, module data says ${md.pluginPath}`);
    }
    if (abi.linkTable) {
      const a = abi.linkTable.map((h) => `${h.package}=${h.hash}`).join(" ");
      const b = linkOrder.map((h) => `${h.package}=${h.hash}`).join(" ");
      if (a !== b) {
        const i2 = abi.linkTable.findIndex((h, k) => h.package !== linkOrder[k]?.package || h.hash !== linkOrder[k]?.hash);
        const at = i2 < 0 ? Math.min(abi.linkTable.length, linkOrder.length) : i2;
        disagreements.push(`the go:link.pkgname/pkglinkhash table (${abi.linkTable.length} entries) differs from module data's pkghashes (${linkOrder.length}) at entry ${at}`);
      }
    }
    for (const h of md.pkgHashes) {
      if (h.runtimeSymbol && !/^go[.:]link\.pkghash\./.test(h.runtimeSymbol)) continue;
      if (h.runtimeSymbol && h.runtimeSymbol.replace(/^go[.:]link\.pkghash\./, "") !== h.package) {
        disagreements.push(`module data's entry for ${h.package} checks the hash symbol ${h.runtimeSymbol}`);
      }
    }
  } else if (fallbackPath && !mainPackage) mainPackage = fallbackPath;
  return {
    pluginPath,
    pluginPathSource,
    unnamed: pluginPath !== null && UNNAMED.test(pluginPath),
    mainPackage,
    linkOrder,
    exports,
    moduleData: md ? { layout: md.layout, locatedBy: md.locatedBy, address: `0x${md.address.toString(16)}` } : null,
    disagreements
  };
}
function describeExports(f) {
  const typed = f.identity?.exports?.filter((e) => e.resolves).map((e) => e.type ? `${e.name} ${e.type}` : e.name).sort();
  return typed?.length ? typed : f.exportedSymbols;
}
var UNNAMED;
var init_plugin_identity = __esm({
  "src/facts/plugin-identity.ts"() {
    "use strict";
    UNNAMED = /^plugin\/unnamed-[0-9a-f]+$/;
  }
});

// src/rules/verdict/rules.ts
var packageMismatch, alreadyLoaded, noPluginSupport, platformMismatch, notAPlugin, unreadable, symbolResolution, symbolMissing, notReached, previousFailure, inferred, CRASH_OUTPUT, hostCrash, hostCannotLoad, identityDisagrees, VERDICT_RULES;
var init_rules = __esm({
  "src/rules/verdict/rules.ts"() {
    "use strict";
    init_types();
    init_shell_quote();
    init_simulate();
    init_plugin_identity();
    init_required_symbol();
    packageMismatch = {
      meta: { id: "GPC001", name: "package-mismatch", severity: "error", summary: "plugin.Open will fail: a package hash differs from the one already in the process." },
      check({ verdict, all }) {
        const f = verdict.failure;
        if (f?.kind !== "package-mismatch" || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
        const n = f.packages.length;
        const first = verdict.differences[0];
        const where2 = first?.owner.kind === "plugin" ? `the earlier plugin ${all[first.owner.index].file}` : "the host";
        const message = `plugin.Open will fail: the plugin contains another build of package ${f.package} than ${where2} already put in the process, and Go refuses to mix them ("${f.message}")` + (n > 1 ? `. ${n} packages differ; the runtime names the first in the plugin's link order` : "");
        return [finding(packageMismatch.meta, { message, packages: f.packages })];
      }
    };
    alreadyLoaded = {
      meta: { id: "GPC002", name: "plugin-path-collision", severity: "error", summary: 'Two plugins with the same plugin path in one process: "plugin already loaded".' },
      check({ verdict, plugin, all }) {
        if (verdict.failure?.kind !== "already-loaded" || verdict.cachedFrom !== null || verdict.foreign) return [];
        const other = verdict.collidesWith !== null ? all[verdict.collidesWith].file : "an earlier plugin";
        const pp = plugin?.pluginPath ?? "?";
        const mod = plugin?.buildInfo?.main?.path;
        const renamed2 = mod && (pp === mod || pp.startsWith(mod + "/")) ? `${mod}/v2${pp.slice(mod.length)}` : null;
        return [finding(alreadyLoaded.meta, {
          message: `plugin.Open will fail with "plugin already loaded": ${other} has the same plugin path ${pp}. Renaming or copying the file does not change the plugin path`,
          evidence: { reference: `${other}: ${pp}`, plugin: pp },
          fix: "give each plugin build its own plugin path: a distinct import path for its main package (e.g. a new major-version module path), not -ldflags=-pluginpath, which breaks symbol lookup" + (renamed2 ? `; with the command below the plugin path becomes ${renamed2}` : ""),
          // The new path is named in the fix text, never in the command's comment (binary-controlled text in a shell comment).
          ...renamed2 ? { commands: [shellCommand(["go", "mod", "edit", `-module=${mod}/v2`], { tail: "  # then update imports inside the module" })] } : {}
        })];
      }
    };
    noPluginSupport = {
      meta: { id: "GPC003", name: "host-cannot-load-plugins", severity: "error", summary: 'The host cannot load any plugin: "plugin: not implemented".' },
      check({ verdict, host }) {
        if (verdict.failure?.kind !== "no-plugin-support") return [];
        return [finding(noPluginSupport.meta, {
          message: `the host cannot load plugins: plugin.Open returns "plugin: not implemented" because it ${host.pluginSupport?.reason ?? "lacks plugin support"}`,
          evidence: { reference: `${host.linkage}${host.buildInfo ? ", CGO_ENABLED=" + (host.buildInfo.settings.find((s) => s.key === "CGO_ENABLED")?.value ?? "?") : ""}` },
          fix: "rebuild the host with cgo enabled (CGO_ENABLED=1 and a C compiler), dynamically linked, importing package plugin",
          commands: ["CGO_ENABLED=1 go build \u2026   # the host"],
          commandsFor: "host"
        })];
      }
    };
    platformMismatch = {
      meta: { id: "GPC004", name: "platform-mismatch", severity: "error", summary: "Plugin and host are for different OS, architecture or binary format." },
      check({ verdict, host, plugin }) {
        if (verdict.failure?.kind !== "platform-mismatch" || !plugin || verdict.native) return [];
        const what = platformMismatchText(plugin, host);
        const loaderSays = verdict.failure.message === what ? "" : ` (dlopen says "${verdict.failure.message}")`;
        return [finding(platformMismatch.meta, {
          message: what + loaderSays,
          evidence: { reference: `${host.goos}/${host.goarch} ${host.format}`, plugin: `${plugin.goos}/${plugin.goarch} ${plugin.format}` },
          fix: `build the plugin for the host's platform`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOOS", host.goos ?? ""], ["GOARCH", host.goarch ?? ""], ["CGO_ENABLED", "1"]], tail: "\u2026" })]
        })];
      }
    };
    notAPlugin = {
      meta: { id: "GPC005", name: "not-a-plugin", severity: "error", summary: "The file is not a Go plugin." },
      check({ verdict, plugin, all }) {
        if (verdict.foreign && verdict.cachedFrom === null && verdict.notReachedAfter === null) {
          const last = verdict.foreign.lastModule;
          const what = plugin?.kind === "shared-library" ? `a Go shared library (-buildmode=${plugin.buildInfo?.settings.find((x2) => x2.key === "-buildmode")?.value ?? "c-shared or shared"}), not a plugin` : "a shared library that is not a Go plugin";
          const outcome = verdict.fatal ? `${last === null ? "no plugin was loaded before it" : `the last one, that of ${all[last].file}, failed its checks and is marked bad`}, so the runtime throws "runtime: no plugin module data" and the host exits (GPC012)` : `the last one is that of ${all[last].file}, already initialised, so plugin.Open fails with "plugin already loaded" (and repeats it for this path)`;
          return [finding(notAPlugin.meta, {
            message: `the file is ${what}: dlopen loads it and runs its initialisers, but no Go module joins the process, and plugin.Open takes the last module already there: ${outcome}`,
            evidence: { plugin: `${plugin?.kind ?? "unknown"} (${plugin?.containerKind ?? "?"})${plugin?.native?.soname ? `, soname ${plugin.native.soname}` : ""}` },
            fix: "give the host only Go plugins: where it loads every file of a directory (matching a pattern), keep other files out of it; a C library a plugin needs belongs on the library path (its rpath, LD_LIBRARY_PATH), not among the plugins"
          })];
        }
        if (verdict.failure?.kind !== "not-a-plugin") return [];
        const m = verdict.failure.message;
        return [finding(notAPlugin.meta, {
          // The loader's own words when known (glibc), after what the file is.
          message: m.startsWith("the file is") ? m : `the file is ${plugin?.kind === "executable" ? "an executable" : "not a Go plugin"}, and dlopen refuses it ("${m}")`,
          evidence: { plugin: `${plugin?.kind ?? "unknown"} (${plugin?.containerKind ?? "?"})` },
          fix: "build the plugin with go build -buildmode=plugin",
          commands: ["go build -buildmode=plugin -o plugin.so ."]
        })];
      }
    };
    unreadable = {
      meta: { id: "GPC006", name: "unreadable", severity: "error", summary: "The plugin file could not be read as a Go binary." },
      check({ verdict }) {
        if (verdict.failure?.kind !== "unreadable") return [];
        return [finding(unreadable.meta, { message: `cannot read the plugin: ${verdict.failure.message}` })];
      }
    };
    symbolResolution = {
      meta: { id: "GPC007", name: "symbol-resolution", severity: "error", summary: "plugin.Open cannot resolve the plugin's own exported symbols (-ldflags=-pluginpath)." },
      check({ verdict, plugin }) {
        if (verdict.failure?.kind !== "symbol-resolution" || verdict.cachedFrom !== null) return [];
        return [finding(symbolResolution.meta, {
          message: `plugin.Open will fail with "could not find symbol \u2026": the plugin was linked with -ldflags=-pluginpath=${plugin?.pluginPath}, so plugin.Open looks its exports (${plugin?.mainPackageSymbols.join(", ")}) up as ${plugin?.pluginPath}.<Name>, but they are named ${plugin?.mainPackage}.<Name> (the runtime names whichever it tries first)`,
          evidence: { plugin: `plugin path ${plugin?.pluginPath}, symbols under ${plugin?.mainPackage}` },
          fix: "drop -ldflags=-pluginpath; to change the plugin path, change the import path of the plugin's main package",
          commands: ["go build -buildmode=plugin \u2026   # without -ldflags=-pluginpath"]
        })];
      }
    };
    symbolMissing = {
      meta: { id: "GPC008", name: "symbol-missing", severity: "error", summary: "A symbol the host looks up is not exported by the plugin, or not with the type the host asserts." },
      check({ verdict, plugin }) {
        if (verdict.failure?.kind !== "symbol-missing") return [];
        const exports = `exports ${(plugin ? describeExports(plugin) : []).join(", ") || "nothing"}`;
        const missingMethod = /^interface conversion: (.*) is not (interface .*): missing method (\S+)$/s.exec(verdict.failure.message);
        if (missingMethod) {
          const [, have, iface, method] = missingMethod;
          const sig = interfaceMethods(iface)?.find((m) => m.name === method)?.type;
          return [finding(symbolMissing.meta, {
            message: `plugin.Lookup finds the symbol, but its type ${have} has no method ${method}${sig ? ` of type ${sig}` : ""}, so the host's assertion to the interface fails ("${verdict.failure.message}")`,
            evidence: { reference: `asserts ${iface}`, plugin: exports },
            fix: have.startsWith("func(") ? `the host asserts an interface, and a function's symbol (a func type) has no methods: export a variable instead (var X T, where T or *T has the interface's methods)` : `give ${have.replace(/^\*/, "")} the method ${method} with exactly the interface's signature (a method with another signature does not count)`
          })];
        }
        const assertion = /^interface conversion: plugin\.Symbol is (.*), not (.*)$/s.exec(verdict.failure.message);
        if (assertion) {
          return [finding(symbolMissing.meta, {
            message: `plugin.Lookup finds the symbol, but the host's type assertion to ${assertion[2]} fails (v, ok := sym.(T) gives ok == false; sym.(T) panics: "${verdict.failure.message}")`,
            evidence: { reference: `asserts ${assertion[2]}`, plugin: exports },
            fix: `give the symbol the type the host asserts, ${assertion[2]}: Lookup returns a function as its func type and a variable as a pointer to it (var X T gives *T)`
          })];
        }
        return [finding(symbolMissing.meta, {
          message: `plugin.Lookup will fail: ${verdict.failure.message}`,
          evidence: { plugin: exports },
          fix: "export the symbol from the plugin's main package (a top-level, capitalised func or var)"
        })];
      }
    };
    notReached = {
      meta: { id: "GPC009", name: "not-reached", severity: "error", summary: "An earlier plugin crashes or hangs the host, so this plugin is never opened." },
      check({ verdict, all }) {
        if (verdict.notReachedAfter === null) return [];
        return [finding(notReached.meta, {
          message: `never opened: the host process crashes or hangs while loading ${all[verdict.notReachedAfter].file}`,
          fix: `fix ${all[verdict.notReachedAfter].file} first`
        })];
      }
    };
    previousFailure = {
      meta: { id: "GPC010", name: "previous-failure", severity: "error", summary: "The same file was opened before and failed; plugin.Open repeats that failure." },
      check({ verdict, all }) {
        if (verdict.cachedFrom === null || !verdict.failure) return [];
        return [finding(previousFailure.meta, {
          // A cached re-open that never returns is the only fatal one (the first open half-initialised the plugin).
          message: verdict.fatal ? `plugin.Open caches by real path: this is ${all[verdict.cachedFrom].file} again, whose first open failed after initialising; ${verdict.failure.message}` : `plugin.Open caches by real path: this is ${all[verdict.cachedFrom].file} again, so it fails again with "${verdict.failure.message}"`
        })];
      }
    };
    inferred = {
      meta: { id: "GPC011", name: "verdict-inferred", severity: "warning", summary: "The verdict was inferred from build facts because hash tables are missing." },
      check({ verdict }) {
        if (!verdict.inferred || verdict.failure?.kind === "unreadable") return [];
        return [finding(inferred.meta, {
          message: `verdict inferred, not read: ${verdict.inferred}`,
          // Stripping is fine (module data is read); what helps depends on the part that was missing.
          fix: /host exports no/.test(verdict.inferred) ? "check against the host binary, or a manifest made from it by `go-plugin-compat manifest`" : /patch release|exact Go version/.test(verdict.inferred) ? "build host and plugin with the same Go release" : "check an undamaged build of the plugin (one whose module data or symbol table is readable)"
        })];
      }
    };
    CRASH_OUTPUT = "fatal error: runtime: no plugin module data";
    hostCrash = {
      meta: { id: "GPC012", name: "host-crash", severity: "error", summary: "The host process dies inside plugin.Open; later plugins are never opened." },
      check({ verdict, host, plugin, all }) {
        const f = verdict.failure;
        if (f?.kind !== "host-crash" || !verdict.crash || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
        const later = all.length - verdict.index - 1;
        const never = later > 0 ? `. The ${later} plugin${later === 1 ? "" : "s"} after it ${later === 1 ? "is" : "are"} never opened` : "";
        if (verdict.crash === "truncated") {
          return [finding(hostCrash.meta, {
            message: `plugin.Open will not return: the file is cut short (${verdict.readError ?? "truncated"}); dlopen maps its segments anyway and the host process dies with SIGBUS when it touches the missing part${never}`,
            evidence: { plugin: "truncated file" },
            fix: "copy the plugin again, whole (an interrupted download, copy or build); compare its size and checksum with the original"
          })];
        }
        const why = verdict.crash === "host-cannot-load" ? "the host cannot load any plugin: it was linked without exporting its runtime module list to the dynamic linker (GPC013)" : verdict.crash === "no-new-module" ? "the file is not a Go plugin, so no module joins the host's list, and there is no good module loaded before it for plugin.Open to take instead (GPC005)" : `the plugin was built by ${plugin?.goVersion ?? `a Go release in ${plugin?.goVersionRange?.min}\u2026${plugin?.goVersionRange?.max ?? ""}`} and the host by ${host.goVersion ?? "another release"}: a plugin's runtime joins the host's only when both come from the same Go release`;
        return [finding(hostCrash.meta, {
          message: `plugin.Open will not return: the host process exits with status 2 printing "${CRASH_OUTPUT}" \u2014 ${why}${never}`,
          evidence: { reference: `${host.goVersion ?? "?"}${verdict.crash === "host-cannot-load" ? ", cannot load plugins" : ""}`, plugin: verdict.crash === "no-new-module" ? `${plugin?.kind ?? "unknown"} (${plugin?.containerKind ?? "?"})` : plugin?.goVersion ?? "?" },
          ...f.packages.length ? { packages: f.packages } : {}
        })];
      }
    };
    hostCannotLoad = {
      meta: { id: "GPC013", name: "host-cannot-load-any-plugin", severity: "error", summary: "The host was linked so that no plugin can join its runtime (internal linking, static cgo): every plugin.Open crashes it." },
      check({ verdict, host }) {
        if (verdict.crash !== "host-cannot-load" || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
        const fix = host.pluginSupport?.fix;
        return [finding(hostCannotLoad.meta, {
          message: `this host cannot load any plugin: it ${host.pluginSupport?.reason ?? "does not export its module list"}`,
          evidence: { reference: `${host.linkage}, ${host.containerKind}${host.buildInfo ? `, ldflags ${host.buildInfo.settings.find((s) => s.key === "-ldflags")?.value ?? "(none)"}` : ""}` },
          fix: `rebuild the host with ${fix?.flag ?? "-ldflags=-linkmode=external"} (and without -extldflags=-static), so the linker exports the runtime's module list to the dynamic linker`,
          commands: [fix?.command ?? "go build -ldflags=-linkmode=external \u2026   # the host"],
          commandsFor: "host"
        })];
      }
    };
    identityDisagrees = {
      meta: { id: "GPC020", name: "identity-disagrees", severity: "warning", summary: "The plugin's symbol table disagrees with its module data, which is what the runtime reads." },
      check({ verdict, plugin }) {
        const d = plugin?.identity?.disagreements ?? [];
        if (!d.length || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
        return [finding(identityDisagrees.meta, {
          message: `the plugin's symbol table disagrees with its module data (the verdict follows module data, as plugin.Open does): ${d.join("; ")}`,
          evidence: { plugin: `module data ${plugin.identity.moduleData?.layout ?? "?"} at ${plugin.identity.moduleData?.address ?? "?"}` },
          fix: "rebuild the plugin with the go command alone; a post-link tool rewrote symbols or data"
        })];
      }
    };
    VERDICT_RULES = [
      packageMismatch,
      alreadyLoaded,
      noPluginSupport,
      platformMismatch,
      notAPlugin,
      unreadable,
      symbolResolution,
      symbolMissing,
      notReached,
      previousFailure,
      inferred,
      hostCrash,
      hostCannotLoad,
      identityDisagrees
    ];
  }
});

// src/check/rebuild.ts
function thisPlatform() {
  const goarch = NODE_ARCH[process.arch];
  const goos = process.platform === "win32" ? "windows" : process.platform;
  return goarch ? { goos, goarch } : null;
}
function rebuildCommand(host, plugin, here = thisPlatform()) {
  const env = [];
  const flags = ["-buildmode=plugin"];
  const hv = baseVersion(host.goVersion);
  if (hv && hv !== baseVersion(plugin.goVersion)) env.push(shellAssign("GOTOOLCHAIN", hv));
  const cross = !!here && !!host.goos && !!host.goarch && (host.goos !== here.goos || host.goarch !== here.goarch);
  if (host.goos && host.goarch && (host.goos !== plugin.goos || host.goarch !== plugin.goarch || cross)) env.push(shellAssign("GOOS", host.goos), shellAssign("GOARCH", host.goarch));
  env.push("CGO_ENABLED=1");
  if (raceOf(host).msan) env.push("CC=clang");
  else if (host.native?.libc === "musl" && plugin.native?.libc !== "musl") env.push("CC=musl-gcc");
  else if (cross && host.goos === "linux" && CROSS_CC[host.goarch]) env.push(shellAssign("CC", CROSS_CC[host.goarch]));
  const level = intrinsicLevelDifference(host, plugin);
  if (level) env.push(shellAssign(level.key, level.a));
  for (const k of ["CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS", "GOEXPERIMENT"]) {
    const v = setting(host, k);
    if (v !== void 0 && v !== "" && v !== setting(plugin, k)) env.push(shellAssign(k, v));
    else if (k === "GOEXPERIMENT" && !v && setting(plugin, k)) env.push("GOEXPERIMENT=");
  }
  if (fipsEnvValue(fipsSnapshot(host)) !== fipsEnvValue(fipsSnapshot(plugin))) env.push(shellAssign("GOFIPS140", fipsEnvValue(fipsSnapshot(host))));
  if ((workspaceModules(plugin).length || !plugin.buildInfo && host.buildInfo) && !workspaceModules(host).length) env.push("GOWORK=off");
  const trimmed = isTrimmed(host);
  if (trimmed) flags.push("-trimpath");
  const vendored = trimmed === false && !isTrimmed(plugin) && !!plugin.paths?.vendorDirs?.length && !host.paths?.vendorDirs?.length;
  if (vendored) flags.push("-mod=mod");
  if (trimmed === false && host.paths?.modcache && host.paths.modcache !== plugin.paths?.modcache && (plugin.paths?.modcache || isTrimmed(plugin) || vendored)) {
    env.push(shellAssign("GOMODCACHE", host.paths.modcache));
  }
  const r = raceOf(host);
  if (r.race) flags.push("-race");
  if (r.msan) flags.push("-msan");
  if (r.asan) flags.push("-asan");
  const tags = tagsOf(host);
  if (tags && tags.length) flags.push(shellWord(`-tags=${tags.join(",")}`));
  const pg = pgoOf(host);
  if (pg) flags.push(shellWord(`-pgo=${pg}`));
  else if (pgoOf(plugin)) flags.push("-pgo=off");
  const gc = gcflagsSetting(host);
  if (gc) flags.push(shellWord(`-gcflags=${gc}`));
  return [...env, "go", "build", ...flags, "-o", shellWord(plugin.file.split("/").pop() ?? "plugin.so"), "."].join(" ");
}
var NODE_ARCH, CROSS_CC;
var init_rebuild = __esm({
  "src/check/rebuild.ts"() {
    "use strict";
    init_shell_quote();
    init_cpu_intrinsics();
    init_query();
    NODE_ARCH = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" };
    CROSS_CC = {
      amd64: "x86_64-linux-gnu-gcc",
      arm64: "aarch64-linux-gnu-gcc",
      arm: "arm-linux-gnueabihf-gcc",
      "386": "i686-linux-gnu-gcc",
      ppc64le: "powerpc64le-linux-gnu-gcc",
      s390x: "s390x-linux-gnu-gcc",
      riscv64: "riscv64-linux-gnu-gcc",
      loong64: "loongarch64-linux-gnu-gcc"
    };
  }
});

// src/rules/verdict/native.ts
function instrumented(f) {
  return (f.native?.sanitizerProvides ?? []).map((s) => s === "tsan" ? "-race" : `-${s}`).join(" ");
}
function glibcPluginInMusl(host, plugin) {
  if (host.native?.libc !== "musl" || plugin.native?.libc !== "glibc") return [];
  return [finding(glibcPluginInMuslMeta, {
    message: `the plugin was linked against glibc${plugin.native.glibcNeeded ? ` (needs glibc ${plugin.native.glibcNeeded})` : ""} and the host runs on musl: it loads because musl answers for libc.so.6 and ignores symbol versions, but a function glibc has and musl lacks fails dlopen ("Error relocating \u2026: symbol not found")`,
    evidence: { reference: "musl", plugin: "glibc" },
    fix: "build the plugin with the host's C library (CC=musl-gcc, or in the host's Alpine image) to be sure"
  })];
}
var ZIG_ARCH, out, libcMismatch, glibcTooOld, asanNotFirst, asanOdr, sanitizerRuntimeMissing, NATIVE_RULES, glibcPluginInMuslMeta;
var init_native3 = __esm({
  "src/rules/verdict/native.ts"() {
    "use strict";
    init_rebuild();
    init_types();
    init_shell_quote();
    init_elf_versions();
    ZIG_ARCH = { amd64: "x86_64", arm64: "aarch64", "386": "x86", arm: "arm", riscv64: "riscv64", ppc64le: "powerpc64le", s390x: "s390x" };
    out = (p) => p?.split("/").pop() ?? "plugin.so";
    libcMismatch = {
      meta: { id: "GPC014", name: "libc-mismatch", severity: "error", summary: "The plugin is linked against musl and the host runs on glibc: dlopen fails." },
      check({ verdict, plugin }) {
        const n = verdict.native;
        if (n?.cause !== "libc") return [];
        return [finding(libcMismatch.meta, {
          message: `plugin.Open will fail in dlopen: ${n.message}`,
          evidence: { reference: "glibc", plugin: `musl (${n.via})` },
          fix: "build the plugin with the host's C library: a glibc C compiler (gcc or clang on a glibc system, not musl-gcc or an Alpine image)",
          commands: [shellCommand(["go", "build", "-buildmode=plugin", "-o", out(plugin?.file), "."], { env: [["CC", "gcc"], ["CGO_ENABLED", "1"]] })]
        })];
      }
    };
    glibcTooOld = {
      meta: { id: "GPC015", name: "glibc-too-old", severity: "error", summary: "The plugin needs newer glibc symbol versions than the deployment system has: dlopen fails." },
      check({ verdict, host, plugin }) {
        const n = verdict.native;
        const arch2 = ZIG_ARCH[host.goarch ?? ""] ?? host.goarch ?? "x86_64";
        const rebuild = (glibc) => shellCommand(["go", "build", "-buildmode=plugin", "-o", out(plugin?.file), "."], { env: [["CC", `zig cc -target ${arch2}-linux-gnu.${glibc}`], ["CGO_ENABLED", "1"]] });
        if (n?.cause === "glibc-version") {
          return [finding(glibcTooOld.meta, {
            message: `plugin.Open will fail in dlopen ("${n.message}"): the plugin needs ${n.version} from ${n.library} (glibc ${n.needed} or newer), but the deployment system has glibc ${n.system} (--glibc)`,
            evidence: { reference: `glibc ${n.system} (stated)`, plugin: `needs glibc ${n.needed}` },
            fix: `rebuild the plugin against glibc ${n.system} or older: on the host's build system or image, or with a C compiler that targets that glibc (its C code must not call functions newer than glibc ${n.system})${n.version === "GLIBC_ABI_DT_RELR" ? ", and link it without -z pack-relative-relocs (packed relative relocations, DT_RELR, need glibc 2.36)" : ""}`,
            commands: [rebuild(n.system)]
          })];
        }
        const r = verdict.glibcRisk;
        if (!r || !verdict.loads) return [];
        return [finding(glibcTooOld.meta, {
          severity: "warning",
          message: `the plugin needs ${r.version} from ${r.library}, but the host binary itself needs only glibc ${r.hostNeeds}: on a system with a glibc older than ${glibcReleaseOf(r.version)} the host runs and this plugin fails in dlopen ("version \`${r.version}' not found"); pass --glibc X.Y (or manifest --glibc) with the deployment system's glibc to decide`,
          evidence: { reference: `host needs glibc ${r.hostNeeds}; deployment glibc not stated`, plugin: `needs ${r.version}` },
          fix: `state the deployment system's glibc with --glibc X.Y; if it is older than ${glibcReleaseOf(r.version)}, rebuild the plugin against it (on the host's build system or image, or with a C compiler that targets that glibc)`,
          commands: [rebuild(r.hostNeeds)]
        })];
      }
    };
    asanNotFirst = {
      meta: { id: "GPC016", name: "asan-plugin-in-plain-host", severity: "error", summary: "An -asan plugin in a host without ASan: loading libasan with dlopen aborts the host." },
      check({ verdict, host, plugin }) {
        const n = verdict.native;
        if (n?.cause !== "asan-not-first" || !plugin) return [];
        return [finding(asanNotFirst.meta, {
          message: `plugin.Open will crash the host: the plugin was built with -asan (${n.via}) and the host was not, so the ASan runtime arrives by dlopen and aborts the process ("${n.message}"); later plugins are never reached`,
          evidence: { reference: instrumented(host) || "no ASan runtime", plugin: "-asan" },
          fix: "build the plugin with the host's instrumentation (without -asan)",
          commands: [rebuildCommand(host, plugin)]
        })];
      }
    };
    asanOdr = {
      meta: { id: "GPC017", name: "asan-odr-violation", severity: "error", summary: "Host and plugin both built with -asan: ASan reports an ODR violation and aborts the host." },
      check({ verdict }) {
        const n = verdict.native;
        if (n?.cause !== "asan-odr") return [];
        return [finding(asanOdr.meta, {
          message: `plugin.Open will crash the host: host and plugin were both built with -asan, both register the same instrumented cgo globals (x_crosscall2_ptr, _cgo_yield), and ASan's one-definition check (detect_odr_violation=${n.odrLevel}${n.odrLevel === 2 ? ", the default" : ""}) aborts the process ("${n.message}"); later plugins are never reached`,
          evidence: { reference: `-asan, ASAN_OPTIONS detect_odr_violation=${n.odrLevel}`, plugin: "-asan" },
          fix: "run the host with ASAN_OPTIONS=detect_odr_violation=0 (then check with --asan-options detect_odr_violation=0); or build neither side with -asan",
          commands: ["ASAN_OPTIONS=detect_odr_violation=0 ./host \u2026"],
          commandsFor: "host"
        })];
      }
    };
    sanitizerRuntimeMissing = {
      meta: { id: "GPC018", name: "sanitizer-runtime-missing", severity: "error", summary: "The plugin needs a sanitizer runtime (-msan) that the host does not define: dlopen fails." },
      check({ verdict, host, plugin }) {
        const n = verdict.native;
        if (n?.cause !== "sanitizer-runtime" || !plugin) return [];
        return [finding(sanitizerRuntimeMissing.meta, {
          message: `plugin.Open will fail in dlopen ("${n.message}"): the plugin was built with -${n.runtime} and needs the ${n.runtime} runtime, which only a host built with -${n.runtime} defines`,
          evidence: { reference: instrumented(host) || "no instrumentation", plugin: `-${n.runtime} (${n.via})` },
          fix: "build the plugin with the host's instrumentation",
          commands: [rebuildCommand(host, plugin)]
        })];
      }
    };
    NATIVE_RULES = [libcMismatch, glibcTooOld, asanNotFirst, asanOdr, sanitizerRuntimeMissing];
    glibcPluginInMuslMeta = {
      id: "GPC019",
      name: "glibc-plugin-in-musl-host",
      severity: "notice",
      summary: "A glibc plugin in a musl host loads, but any glibc-only function it calls fails dlopen."
    };
  }
});

// src/rules/causes/build-tags.ts
var buildTags;
var init_build_tags = __esm({
  "src/rules/causes/build-tags.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    buildTags = {
      meta: {
        id: "GPC108",
        name: "build-tags-mismatch",
        severity: "error",
        summary: "Build tags differ and select different files of shared packages."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const a = tagsOf(reference);
        const b = tagsOf(plugin);
        if (!a || !b || a.join(",") === b.join(",")) return null;
        const only = (x2, y) => x2.filter((t) => !y.includes(t));
        const extra = only(b, a);
        const missing = only(a, b);
        const key = (t) => t.join(",");
        const fa = plugin.tagFiles?.find((x2) => key(x2.tags) === key(a))?.files;
        const fb = plugin.tagFiles?.find((x2) => key(x2.tags) === key(b))?.files;
        if (fa && fb) packages = packages.filter((p) => (fa[p] ?? []).join("/") !== (fb[p] ?? []).join("/"));
        if (packages.length === 0) return null;
        const parts = [extra.length ? `the plugin adds ${extra.join(",")}` : "", missing.length ? `the plugin lacks ${missing.join(",")}` : ""].filter(Boolean);
        return {
          packages,
          message: `build tags differ (${parts.join("; ")}), and they select different files of these packages`,
          evidence: { reference: a.join(",") || "(none)", plugin: b.join(",") || "(none)" },
          fix: a.length ? `build the plugin with -tags ${shellWord(a.join(","))}, like the ${referenceName}` : `build the plugin without the extra -tags, like the ${referenceName} (or only with tags that no shared package uses)`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin", ...a.length ? ["-tags", a.join(",")] : []], { tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/cgo-settings.ts
var KEYS, DEFAULTS, value, isStdPackage, cgoSettings;
var init_cgo_settings = __esm({
  "src/rules/causes/cgo-settings.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    KEYS = ["CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS"];
    DEFAULTS = { CGO_CFLAGS: "-O2 -g", CGO_CXXFLAGS: "-O2 -g", CGO_LDFLAGS: "-O2 -g" };
    value = (f, k) => {
      const v = setting(f, k) ?? "";
      return v === "" ? DEFAULTS[k] ?? "" : v;
    };
    isStdPackage = (p) => !(p.split("/")[0] ?? "").includes(".");
    cgoSettings = {
      meta: {
        id: "GPC109",
        name: "cgo-settings-mismatch",
        severity: "error",
        summary: "cgo settings (CGO_CFLAGS, \u2026) differ and change cgo packages."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (!reference.buildInfo || !plugin.buildInfo) return null;
        const diffs = KEYS.filter((k) => value(reference, k) !== value(plugin, k));
        if (diffs.length === 0) return null;
        const claimed = packages.filter((p) => !isStdPackage(p) && p !== plugin.mainPackage);
        if (claimed.length === 0) return null;
        const show2 = (f) => diffs.map((k) => `${k}=${value(f, k)}`).join(" ");
        return {
          packages: claimed,
          message: `cgo settings differ (${diffs.join(", ")}): ${show2(plugin)} in the plugin, ${show2(reference)} in the ${referenceName}; for a cgo package whose Go API uses C definitions this changes the package`,
          evidence: { reference: show2(reference), plugin: show2(plugin) },
          fix: `build the plugin with the ${referenceName}'s cgo settings`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: diffs.map((k) => [k, value(reference, k)]), tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/gcflags.ts
var relevant, show, gcflags;
var init_gcflags = __esm({
  "src/rules/causes/gcflags.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    relevant = (f) => !harmlessGcflag(f);
    show = (f) => f.join(" ") || "(none)";
    gcflags = {
      meta: {
        id: "GPC107",
        name: "gcflags-mismatch",
        severity: "error",
        summary: "Shared packages were compiled with different compiler flags (-gcflags, e.g. all=-N -l for Delve, or a per-package pattern)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const claimed = [];
        const refSeen = /* @__PURE__ */ new Set();
        const plugSeen = /* @__PURE__ */ new Set();
        for (const pkg of packages) {
          const dw = packageFlags(reference, pkg) !== null && packageFlags(plugin, pkg) !== null;
          const side = (f) => dw ? packageFlags(f, pkg) : f.buildInfo ? gcflagsFor(f, pkg) : packageFlags(f, pkg);
          const x2 = side(reference);
          const y = side(plugin);
          if (!x2 || !y) continue;
          if (x2.filter(relevant).join(" ") === y.filter(relevant).join(" ")) continue;
          claimed.push(pkg);
          for (const f of x2) refSeen.add(f);
          for (const f of y) plugSeen.add(f);
        }
        if (claimed.length === 0) return null;
        const refFlags = show([...refSeen].sort());
        const plugFlags = show([...plugSeen].sort());
        const setting3 = gcflagsSetting(reference);
        const plugSetting = gcflagsSetting(plugin);
        return {
          packages: claimed,
          message: `compiler flags differ: the plugin compiled ${claimed.length === 1 ? claimed[0] : "them"} with ${plugFlags}${plugSetting ? ` (-gcflags=${plugSetting})` : ""}, the ${referenceName} with ${refFlags}${setting3 ? ` (-gcflags=${setting3})` : ""}`,
          evidence: { reference: refFlags, plugin: plugFlags },
          fix: setting3 ? `build the plugin with -gcflags='${setting3}' like the ${referenceName}` : `build the plugin without -gcflags for shared packages (a debug build needs a debug host: build both with -gcflags=all=-N -l)`,
          commands: [setting3 ? shellCommand(["go", "build", "-buildmode=plugin", `-gcflags=${setting3}`], { tail: "\u2026" }) : "go build -buildmode=plugin \u2026   # no -gcflags that match shared packages"]
        };
      }
    };
  }
});

// src/rules/causes/gopath-mode.ts
var cached, gopathModeCause, list;
var init_gopath_mode = __esm({
  "src/rules/causes/gopath-mode.ts"() {
    "use strict";
    init_shell_quote();
    init_query();
    cached = (m, f) => !!m && m !== f.buildInfo?.main && m.version !== "(devel)" && (!m.replace || m.replace.version !== "" && m.replace.version !== "(devel)");
    gopathModeCause = {
      meta: {
        id: "GPC120",
        name: "gopath-mode",
        severity: "error",
        summary: "A shared package came from a GOPATH checkout (GO111MODULE=off), which records no version, on one side or both."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const refGopath = gopathMode(reference);
        const plugGopath = gopathMode(plugin);
        if (!refGopath && !plugGopath) return null;
        const shared = packages.filter((p) => !isStd(p) && p !== plugin.mainPackage);
        if (shared.length === 0) return null;
        if (refGopath && plugGopath) {
          const trimmed = isTrimmed(reference) === true && isTrimmed(plugin) === true;
          const moved = shared.map((p) => ({ r: gopathRoot(reference, p), q: gopathRoot(plugin, p) })).find((d) => d.r && d.q && d.r !== d.q);
          return {
            packages: shared,
            message: `both were built in GOPATH mode (GO111MODULE=off), which records no version of ${list(shared)}: each build compiled its own GOPATH copy, and the two differed \u2014 ${moved ? `the ${referenceName} read them under ${moved.r}/src and the plugin under ${moved.q}/src (without -trimpath the directory is part of the package), or their sources differ` : `their sources differ (another checkout or commit, a local edit)${trimmed ? "" : ", or they sat in other directories (without -trimpath the directory is part of the package)"}`}`,
            evidence: { reference: moved ? `GOPATH ${moved.r}` : "GOPATH mode, no versions", plugin: moved ? `GOPATH ${moved.q}` : "GOPATH mode, no versions" },
            fix: `build the plugin against the ${referenceName}'s GOPATH checkout of these packages (the same commit${trimmed ? "" : ", in the same directory"}), or move both to modules (go mod init), whose go.mod and go.sum pin each version so that it can be matched and checked`,
            ...moved && !trimmed ? { commands: [`${shellCommand(["env", "GO111MODULE=off", `GOPATH=${moved.r}`, "go", "build", "-buildmode=plugin"])} \u2026`] } : {}
          };
        }
        const gopathSide = plugGopath ? plugin : reference;
        const moduleSide = plugGopath ? reference : plugin;
        const claimed = shared.filter((p) => cached(moduleOf(moduleSide, p), moduleSide));
        if (claimed.length === 0) return null;
        const mods = /* @__PURE__ */ new Map();
        for (const p of claimed) {
          const m = moduleOf(moduleSide, p);
          mods.set(m.path, m);
        }
        const versions = [...mods.values()].map((m) => `${m.path}@${m.replace?.version || m.version}`);
        const root = gopathRoot(gopathSide, claimed[0]);
        const importPath = plugin.buildInfo?.path && plugin.buildInfo.path !== "command-line-arguments" ? plugin.buildInfo.path : null;
        const pluginRoot = importPath ? gopathRoot(plugin, importPath) : null;
        const pluginDir = pluginRoot ? `${pluginRoot}/src/${importPath}` : null;
        const gopathName = plugGopath ? "the plugin" : `the ${referenceName}`;
        const moduleName = plugGopath ? `the ${referenceName}` : "the plugin";
        return {
          packages: claimed,
          message: `${gopathName} was built in GOPATH mode (GO111MODULE=off) and compiled ${list(claimed)} from ${root ? `${root}/src` : "its GOPATH"}, where ${moduleName} (module mode) took ${list(versions)} from the module cache: the file names recorded in each package differ (\`<module>@<version>/\u2026\` against \`<import path>/\u2026\`, with or without -trimpath), so the two builds never match, even from identical sources`,
          evidence: plugGopath ? { reference: list(versions), plugin: `GOPATH mode${root ? ` (${root})` : ""}` } : { reference: `GOPATH mode${root ? ` (${root})` : ""}`, plugin: list(versions) },
          fix: plugGopath ? `build the plugin in module mode: a go.mod for it in its package directory${pluginDir ? ` (${pluginDir})` : ""} (go mod init ${importPath ?? "<its import path>"}) requiring the ${referenceName}'s versions, then GO111MODULE=on` : `the ${referenceName} was built from GOPATH: build it in module mode with a go.mod requiring these versions, or build the plugin in GOPATH mode against the ${referenceName}'s GOPATH checkout`,
          ...plugGopath ? {
            commandsFor: "package",
            commands: [
              ...importPath ? [shellCommand(["go", "mod", "init", importPath])] : [],
              shellCommand(["env", "GO111MODULE=on", "go", "get", ...versions]),
              `${shellCommand(["env", "GO111MODULE=on", "go", "build", "-buildmode=plugin"])} \u2026`
            ]
          } : {}
        };
      }
    };
    list = (xs) => xs.length > 4 ? `${xs.slice(0, 4).join(", ")} and ${xs.length - 4} more` : xs.join(", ");
  }
});

// src/rules/causes/goexperiment.ts
var goexperiment;
var init_goexperiment = __esm({
  "src/rules/causes/goexperiment.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    goexperiment = {
      meta: {
        id: "GPC102",
        name: "goexperiment-mismatch",
        severity: "error",
        summary: "Host and plugin were built with different GOEXPERIMENT settings."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (!reference.buildInfo || !plugin.buildInfo) {
          const known = reference.buildInfo ? reference : plugin.buildInfo ? plugin : null;
          const v = known ? setting(known, "GOEXPERIMENT") ?? "" : "";
          if (!known || !v || !packages.includes("internal/goexperiment") || isTrimmed(reference) !== isTrimmed(plugin)) return null;
          const a2 = known === reference ? v : "not recorded (no build info)";
          const b2 = known === plugin ? v : "not recorded (no build info)";
          return {
            packages,
            message: `GOEXPERIMENT differs: internal/goexperiment (the experiment flags) differs; the ${referenceName} has ${a2}, the plugin ${b2}`,
            evidence: { reference: a2, plugin: b2 },
            fix: known === reference ? `build the plugin with ${shellAssign("GOEXPERIMENT", v)}` : "build the plugin with the host's GOEXPERIMENT (none by default)",
            commands: [known === reference ? shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOEXPERIMENT", v]], tail: "\u2026" }) : "env -u GOEXPERIMENT go build -buildmode=plugin \u2026"]
          };
        }
        const norm = (v) => (v ?? "").split(",").filter(Boolean).sort().join(",");
        const a = norm(setting(reference, "GOEXPERIMENT"));
        const b = norm(setting(plugin, "GOEXPERIMENT"));
        if (a === b) return null;
        return {
          packages,
          message: `GOEXPERIMENT is "${b || "(default)"}" in the plugin but "${a || "(default)"}" in the ${referenceName}`,
          evidence: { reference: a || "(default)", plugin: b || "(default)" },
          fix: a ? `build the plugin with ${shellAssign("GOEXPERIMENT", a)}` : "build the plugin without GOEXPERIMENT",
          commands: [a ? shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOEXPERIMENT", a]], tail: "\u2026" }) : "env -u GOEXPERIMENT go build -buildmode=plugin \u2026"]
        };
      }
    };
  }
});

// src/rules/causes/instrumentation.ts
var instrumentation;
var init_instrumentation = __esm({
  "src/rules/causes/instrumentation.ts"() {
    "use strict";
    init_query();
    instrumentation = {
      meta: {
        id: "GPC103",
        name: "instrumentation-mismatch",
        severity: "error",
        summary: "One side was built with -race, -msan or -asan and the other was not."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const a = raceOf(reference);
        const b = raceOf(plugin);
        const diff = ["race", "msan", "asan"].filter((k) => a[k] !== b[k]);
        if (diff.length === 0) return null;
        const on = (x2) => ["race", "msan", "asan"].filter((k) => x2[k]).map((k) => `-${k}`).join(" ") || "none";
        const want = on(a);
        const asanNote = a.asan ? ", and run the host with ASAN_OPTIONS=detect_odr_violation=0: two -asan builds in one process otherwise abort on an ODR violation (GPC017)" : "";
        const cc = a.msan ? "CC=clang " : "";
        return {
          packages,
          message: `instrumentation differs: the plugin was built with ${on(b) === "none" ? "no instrumentation" : on(b)}, the ${referenceName} with ${want === "none" ? "none" : want}; instrumentation changes how packages are compiled (and links runtime/race)`,
          evidence: { reference: want, plugin: on(b) },
          fix: want === "none" ? "build the plugin without -race/-msan/-asan (or ship an instrumented host too)" : `build the plugin with ${want}, like the ${referenceName}${a.msan ? " (with clang: gcc has no -fsanitize=memory)" : ""}${asanNote}`,
          commands: [`${cc}go build -buildmode=plugin${want === "none" ? "" : " " + want} \u2026`, ...a.asan ? ["ASAN_OPTIONS=detect_odr_violation=0 ./host \u2026"] : []]
        };
      }
    };
  }
});

// src/rules/causes/modcache-path.ts
var modcachePath;
var init_modcache_path = __esm({
  "src/rules/causes/modcache-path.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    modcachePath = {
      meta: {
        id: "GPC110",
        name: "modcache-path-mismatch",
        severity: "error",
        summary: "Without -trimpath, shared modules were read from module caches at different paths (GOMODCACHE/GOPATH)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
        const a = reference.paths?.modcache;
        const b = plugin.paths?.modcache;
        if (!a || !b || a === b) return null;
        const claimed = packages.filter((p) => {
          const ma = moduleOf(reference, p);
          const mb2 = moduleOf(plugin, p);
          return ma && mb2 && !ma.replace && !mb2.replace && ma.version !== "(devel)";
        });
        if (claimed.length === 0) return null;
        return {
          packages: claimed,
          message: `the module cache is ${b} for the plugin but ${a} for the ${referenceName}; without -trimpath its path is part of every cached package`,
          evidence: { reference: a, plugin: b },
          fix: `build the plugin with ${shellAssign("GOMODCACHE", a)}, or build both with -trimpath`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOMODCACHE", a]], tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/module-replace.ts
var target, moduleReplace;
var init_module_replace = __esm({
  "src/rules/causes/module-replace.ts"() {
    "use strict";
    init_query();
    init_module_version();
    init_shell_quote();
    target = (m) => m.replace ? `${m.replace.path}${m.replace.version && m.replace.version !== "(devel)" ? "@" + m.replace.version : ""}` : "";
    moduleReplace = {
      meta: {
        id: "GPC106",
        name: "module-replace-mismatch",
        severity: "error",
        locate: "module",
        summary: "A shared module is replaced (another version, a fork or a local directory) on one side only."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const claimed = [];
        const found = /* @__PURE__ */ new Map();
        for (const pkg of packages) {
          const a = moduleOf(reference, pkg);
          const b = moduleOf(plugin, pkg);
          if (!a || !b || a.path !== b.path || !a.replace && !b.replace) continue;
          const localBoth = a.replace && b.replace && a.replace.version === "(devel)" && b.replace.version === "(devel)";
          if (localBoth) continue;
          if (a.replace && b.replace && a.replace.path === b.replace.path && a.replace.version === b.replace.version) continue;
          const eff = (m) => m.replace ? m.replace.version && m.replace.version !== "(devel)" ? `${m.replace.path}@${m.replace.version}` : null : `${m.path}@${m.version}`;
          if (eff(a) !== null && eff(a) === eff(b)) continue;
          claimed.push(pkg);
          let cmds;
          if (a.replace) cmds = [shellCommand(["go", "mod", "edit", `-replace=${a.path}=${target(a)}`])];
          else if (!a.version || a.version === "(devel)") {
            const dir = reference.buildInfo?.main?.path === a.path ? mainModuleDir(reference) : null;
            cmds = [dir ? shellCommand(["go", "mod", "edit", `-replace=${a.path}=${dir}`]) : `go mod edit -replace=${shellWord(a.path)}=\u2026   # the directory it was built from`];
          } else cmds = [shellCommand(["go", "mod", "edit", `-dropreplace=${a.path}`]), ...requireVersions([`${a.path}@${a.version}`]).slice(0, -1)];
          found.set(a.path, { ref: moduleLabel(a), plug: moduleLabel(b), cmds });
        }
        if (claimed.length === 0) return null;
        const mods = [...found.values()];
        const pluginDirs = [...new Set(claimed.map((p) => moduleOf(plugin, p)).filter((m) => m?.replace && (!m.replace.version || m.replace.version === "(devel)")).map((m) => m.path))];
        return {
          packages: claimed,
          message: mods.map((m) => `the plugin uses ${m.plug}, the ${referenceName} uses ${m.ref}`).join("; "),
          evidence: { reference: mods.map((m) => m.ref).join(", "), plugin: mods.map((m) => m.plug).join(", ") },
          fix: `make the plugin's replace directives match the ${referenceName}'s (same target and version), then rebuild` + (pluginDirs.length ? `; if the plugin needs changes made in its local copy of ${pluginDirs.join(", ")}, the ${referenceName} must be built with the same replace instead (a plugin cannot bring its own build of a package the ${referenceName} links)` : ""),
          commands: [...mods.flatMap((m) => m.cmds), "go mod tidy"]
        };
      }
    };
  }
});

// src/rules/causes/source-dir.ts
var sourceDir;
var init_source_dir = __esm({
  "src/rules/causes/source-dir.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    sourceDir = {
      meta: {
        id: "GPC111",
        name: "source-dir-mismatch",
        severity: "error",
        summary: "Without -trimpath, a shared module was built from local directories at different absolute paths (work dir, replace dir)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
        const claimed = [];
        let ev = null;
        for (const pkg of packages) {
          const a = moduleOf(reference, pkg);
          const b = moduleOf(plugin, pkg);
          if (!a || !b || a.path !== b.path) continue;
          const da = replaceDir(reference, a) ?? (a === reference.buildInfo?.main ? mainModuleDir(reference) : null);
          const db = replaceDir(plugin, b) ?? (b === plugin.buildInfo?.main ? mainModuleDir(plugin) : null);
          if (!da || !db || da === db) continue;
          claimed.push(pkg);
          ev ??= { reference: da, plugin: db };
        }
        if (!ev) return null;
        return {
          packages: claimed,
          message: `the shared sources were read from ${ev.plugin} for the plugin but from ${ev.reference} for the ${referenceName}; without -trimpath the directory is part of the package`,
          evidence: ev,
          fix: `build the plugin with the shared module at ${shellWord(ev.reference)} (the same checkout layout as the ${referenceName}), or build both with -trimpath`,
          commands: ["go build -buildmode=plugin -trimpath \u2026   # and rebuild the host with -trimpath"]
        };
      }
    };
  }
});

// src/rules/causes/toolchain.ts
var toolchain;
var init_toolchain = __esm({
  "src/rules/causes/toolchain.ts"() {
    "use strict";
    init_query();
    init_module_version();
    init_shell_quote();
    toolchain = {
      meta: {
        id: "GPC101",
        name: "toolchain-mismatch",
        severity: "error",
        locate: "toolchain",
        summary: "The plugin was built with a different Go toolchain than the host."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const a = baseVersion(reference.goVersion);
        const range = plugin.goVersionRange;
        const b = baseVersion(plugin.goVersion) ?? (a && range && !inRange(a, range) ? `${range.min}\u2026${range.max ?? ""}` : null);
        if (!a || !b || a === b) return null;
        const others = packages.filter((p) => {
          const a2 = moduleOf(reference, p);
          const b2 = moduleOf(plugin, p);
          return !(a2 && b2 && versionDiffers(a2, b2));
        });
        const claimed = others.length ? others : packages;
        const n = `${claimed.length} shared package${claimed.length === 1 ? "" : "s"} differ${claimed.length === 1 ? "s" : ""}`;
        return {
          packages: claimed,
          // A patch release keeps the runtime's module layout: only the packages it changed differ.
          message: sameMinor(a, b) ? `built with ${b}, but the ${referenceName} was built with ${a}: ${n} (a patch release changes the packages it fixes, and every package built on them)` : `built with ${b}, but the ${referenceName} was built with ${a}: the runtime of one cannot register the other's module, and ${n}`,
          evidence: { reference: a, plugin: b },
          fix: `rebuild the plugin with exactly ${a} (${shellAssign("GOTOOLCHAIN", a)} fetches and verifies it: GOSUMDB must not be off; or install it with go install ${shellWord(`golang.org/dl/${a}@latest`)} && ${shellWord(a)} download)`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOTOOLCHAIN", a]], tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/trimpath.ts
var trimpath;
var init_trimpath = __esm({
  "src/rules/causes/trimpath.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    trimpath = {
      meta: {
        id: "GPC104",
        name: "trimpath-mismatch",
        severity: "error",
        summary: "Only one of host and plugin was built with -trimpath."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const a = isTrimmed(reference);
        const b = isTrimmed(plugin);
        if (a === null || b === null || a === b) return null;
        const hostMain = reference.buildInfo?.main?.path;
        const linksHostModule = !!hostMain && hostMain !== "command-line-arguments" && packages.some((p) => p === hostMain || p.startsWith(`${hostMain}/`));
        const checkout = linksHostModule ? mainModuleDir(reference) : null;
        const where2 = [
          reference.paths?.modcache ? `its module cache at the same path, ${shellAssign("GOMODCACHE", reference.paths.modcache)}` : null,
          checkout ? `${hostMain} from its checkout at ${shellWord(checkout)}` : null
        ].filter(Boolean);
        return {
          packages,
          message: a ? `the ${referenceName} was built with -trimpath and the plugin was not, so every package records different source paths` : `the plugin was built with -trimpath and the ${referenceName} was not, so every package records different source paths`,
          evidence: { reference: a ? "-trimpath" : "absolute paths", plugin: b ? "-trimpath" : "absolute paths" },
          fix: a ? "build the plugin with -trimpath" : `build the plugin without -trimpath, from the same paths as the ${referenceName}${where2.length ? ` (${where2.join("; ")})` : ""}, or rebuild both with -trimpath`,
          commands: [a ? "go build -buildmode=plugin -trimpath \u2026" : "go build -buildmode=plugin \u2026   # no -trimpath"]
        };
      }
    };
  }
});

// src/rules/causes/unknown.ts
function missingFacts(f, side) {
  const out3 = [];
  if (!f.buildInfo) out3.push(`${side} has no build info (module versions, flags and settings${f.goVersion && /^go1\.1\d\b/.test(f.goVersion) ? "; go1.19 and older write none into plugins" : ""})`);
  if (!f.tables.dwarf) out3.push(`${side} has no DWARF (per-package compiler flags; built with -w or stripped)`);
  if (!f.paths) out3.push(`${side} has no readable source paths (pclntab)`);
  else if (f.paths.trimmed && !f.buildInfo) out3.push(`${side}'s source paths are trimmed (module directories unknown)`);
  return out3;
}
var unknownCause;
var init_unknown = __esm({
  "src/rules/causes/unknown.ts"() {
    "use strict";
    unknownCause = {
      meta: {
        id: "GPC199",
        name: "unexplained-hash-mismatch",
        severity: "error",
        summary: "A shared package differs and no recorded build fact explains why; the finding lists the facts that were missing."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (packages.length === 0) return null;
        const gv = (f) => `${f.goVersion ?? "unknown Go"}${f.buildInfo ? "" : ", no build info"}`;
        const missing = [...missingFacts(plugin, "the plugin"), ...missingFacts(reference, `the ${referenceName}`)];
        return {
          packages,
          message: `cause unknown: nothing that both binaries record (toolchain, module versions, sums and replacements, workspace, flags, tags, PGO, coverage, FIPS, cgo settings, source paths) explains the difference; ${missing.length ? `missing facts: ${missing.join("; ")}` : "every such fact was present and equal"}. The package was built differently in a way Go does not record (e.g. -toolexec instrumentation, a patched toolchain or GOROOT, an edited module cache)`,
          evidence: { reference: gv(reference), plugin: gv(plugin) },
          fix: `rebuild the plugin from the same sources and toolchain as the ${referenceName}, without -toolexec or source rewriting`
        };
      }
    };
  }
});

// src/rules/causes/vendor-path.ts
var vendorPath;
var init_vendor_path = __esm({
  "src/rules/causes/vendor-path.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    vendorPath = {
      meta: {
        id: "GPC112",
        name: "vendor-path-mismatch",
        severity: "error",
        locate: "module",
        summary: "Without -trimpath, one side compiled its dependencies from a vendor/ directory and the other did not (or from another one)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
        const a = reference.paths?.vendorDirs ?? [];
        const b = plugin.paths?.vendorDirs ?? [];
        if (a.join("\n") === b.join("\n")) return null;
        const claimed = packages.filter((p) => !isStd(p) && p !== plugin.mainPackage);
        if (claimed.length === 0) return null;
        const where2 = (v) => v.length ? v.join(", ") : "the module cache / module directories";
        const cache = reference.paths?.modcache ? ` (${shellAssign("GOMODCACHE", reference.paths.modcache)})` : "";
        return {
          packages: claimed,
          message: `the plugin compiled its dependencies from ${where2(b)}, the ${referenceName} from ${where2(a)}; without -trimpath the directory is part of every such package`,
          evidence: { reference: where2(a), plugin: where2(b) },
          fix: b.length ? `build the plugin with -mod=mod from the same module cache as the ${referenceName}${cache}, or build both with -trimpath (vendored and cached copies then match)` : `build the plugin from the same vendor/ layout as the ${referenceName}, or build both with -trimpath`,
          commands: [
            b.length ? shellCommand(["go", "build", "-mod=mod", "-buildmode=plugin"], { env: reference.paths?.modcache ? [["GOMODCACHE", reference.paths.modcache]] : [], tail: "\u2026" }) : "go build -mod=vendor -buildmode=plugin \u2026",
            "go build -trimpath -buildmode=plugin \u2026   # with a -trimpath host"
          ]
        };
      }
    };
  }
});

// src/rules/causes/cover.ts
var cover;
var init_cover = __esm({
  "src/rules/causes/cover.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    cover = {
      meta: {
        id: "GPC114",
        name: "coverage-mismatch",
        severity: "error",
        summary: "A shared package was built with coverage instrumentation (-cover/-coverpkg) on one side only."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const on = (f) => setting(f, "-cover") === "true" || (f.coveredPackages?.length ?? 0) > 0;
        if (!on(reference) && !on(plugin)) return null;
        const ca = new Set(reference.coveredPackages ?? []);
        const cb = new Set(plugin.coveredPackages ?? []);
        const known = (f) => !on(f) || (f.coveredPackages?.length ?? 0) > 0;
        let claimed;
        if (known(reference) && known(plugin)) claimed = packages.filter((p) => ca.has(p) !== cb.has(p));
        else if (on(reference) !== on(plugin)) claimed = packages.filter((p) => !isStd(p));
        else return null;
        if (claimed.length === 0) return null;
        const inPlugin = claimed.filter((p) => cb.has(p) || !known(plugin) && on(plugin));
        const refCovered = [...ca].sort();
        return {
          packages: claimed,
          message: inPlugin.length ? `the plugin was built with coverage instrumentation of shared package${inPlugin.length > 1 ? "s" : ""} ${inPlugin.join(", ")} (-cover -coverpkg), the ${referenceName} ${refCovered.length ? `covers ${refCovered.join(", ")}` : "without it"}` : `the ${referenceName} was built with coverage instrumentation of ${claimed.join(", ")} (-cover -coverpkg), the plugin without it`,
          evidence: { reference: refCovered.join(",") || (on(reference) ? "-cover" : "(none)"), plugin: [...cb].sort().join(",") || (on(plugin) ? "-cover" : "(none)") },
          fix: refCovered.length ? `build the plugin with -cover -coverpkg=${refCovered.join(",")} like the ${referenceName} (the same covered packages)` : `build the plugin without -cover, or with -coverpkg naming only the plugin's own packages`,
          commands: [refCovered.length ? shellCommand(["go", "build", "-buildmode=plugin", "-cover", `-coverpkg=${refCovered.join(",")}`], { tail: "\u2026" }) : "go build -buildmode=plugin \u2026   # without -cover / -coverpkg of shared packages"]
        };
      }
    };
  }
});

// src/rules/causes/cpu-intrinsics.ts
var cpuIntrinsics;
var init_cpu_intrinsics2 = __esm({
  "src/rules/causes/cpu-intrinsics.ts"() {
    "use strict";
    init_cpu_intrinsics();
    init_query();
    init_shell_quote();
    cpuIntrinsics = {
      meta: {
        id: "GPC119",
        name: "cpu-level-intrinsics",
        severity: "error",
        summary: "Host and plugin were built for CPU levels (GOPPC64, GORISCV64) that change which functions the compiler makes intrinsics, and with them the standard library's export data."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const d = intrinsicLevelDifference(reference, plugin);
        if (!d) return null;
        const claimed = packages.filter(isStd);
        if (claimed.length === 0) return null;
        return {
          packages: claimed,
          message: `${d.key}=${d.b} in the plugin, ${d.a} in the ${referenceName}: from level ${d.from} the compiler makes more functions intrinsics (byte reversal, \u2026), which changes inlining and the export data of ${claimed.length === 1 ? claimed[0] : `${claimed.length} standard-library packages`}`,
          evidence: { reference: `${d.key}=${d.a}`, plugin: `${d.key}=${d.b}` },
          fix: `build the plugin with ${shellAssign(d.key, d.a)}, the ${referenceName}'s level`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [[d.key, d.a]], tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/fips.ts
var fips;
var init_fips = __esm({
  "src/rules/causes/fips.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    fips = {
      meta: {
        id: "GPC115",
        name: "fips140-mismatch",
        severity: "error",
        summary: "Host and plugin compiled different FIPS 140 crypto modules (GOFIPS140)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (!reference.buildInfo || !plugin.buildInfo) return null;
        const a = fipsSnapshot(reference);
        const b = fipsSnapshot(plugin);
        if (fipsEnvValue(a) === fipsEnvValue(b)) return null;
        const desc = (s) => s ? `the frozen FIPS 140 module ${s} (GOFIPS140=${fipsEnvValue(s)})` : "the standard library's own crypto (GOFIPS140 off or latest)";
        const env = fipsEnvValue(a);
        return {
          packages,
          message: `the plugin compiled ${desc(b)}, the ${referenceName} ${desc(a)}`,
          evidence: { reference: a ?? "off", plugin: b ?? "off" },
          fix: `build the plugin with the environment variable ${shellAssign("GOFIPS140", env)} (not a build tag), like the ${referenceName}`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin"], { env: [["GOFIPS140", env]], tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/local-dir-paths.ts
function moduleDir(f, pkg) {
  const m = moduleOf(f, pkg);
  if (!m) return null;
  const dir = replaceDir(f, m) ?? (m === f.buildInfo?.main ? mainModuleDir(f) : null);
  return dir ? { module: m.path, dir } : null;
}
var localDirPaths;
var init_local_dir_paths = __esm({
  "src/rules/causes/local-dir-paths.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    localDirPaths = {
      meta: {
        id: "GPC118",
        name: "local-module-dir-mismatch",
        severity: "error",
        summary: "Without -trimpath, a plugin without build info read a shared module from another local directory than the other side (from its source paths)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (plugin.buildInfo || !plugin.paths || plugin.paths.trimmed || isTrimmed(reference) !== false) return null;
        const dirs = plugin.paths.localDirs;
        const claimed = [];
        const roots = /* @__PURE__ */ new Map();
        let ev = null;
        const pending = [];
        const cachedHere = new Set(plugin.paths.modules.map((m) => m.path));
        let fromElsewhere = null;
        for (const pkg of packages) {
          const r = moduleDir(reference, pkg);
          if (!r) {
            const m = moduleOf(reference, pkg);
            if (m && !m.replace && m.version !== "(devel)" && !cachedHere.has(m.path) && plugin.paths.vendorDirs.length === 0 && dirs.length) {
              claimed.push(pkg);
              fromElsewhere ??= { module: m.path, version: m.version };
            }
            continue;
          }
          const sub = pkg === r.module ? "" : pkg.slice(r.module.length + 1);
          const refPkgDir = sub ? `${r.dir}/${sub}` : r.dir;
          if (dirs.includes(refPkgDir)) continue;
          if (!sub) {
            pending.push({ pkg, module: r.module, refDir: r.dir });
            continue;
          }
          const found = dirs.filter((d) => d.endsWith("/" + sub));
          if (found.length !== 1) continue;
          const root = found[0].slice(0, -sub.length - 1);
          roots.set(r.module, root);
          claimed.push(pkg);
          ev ??= { reference: r.dir, plugin: root };
        }
        for (const p of pending) {
          const root = roots.get(p.module) ?? null;
          if (root === p.refDir) continue;
          claimed.push(p.pkg);
          ev ??= { reference: p.refDir, plugin: root ?? `another directory (the plugin's source dirs: ${dirs.join(", ")})` };
        }
        if (!ev && fromElsewhere) {
          const { module, version } = fromElsewhere;
          return {
            packages: claimed,
            message: `the plugin (no build info; from its source paths) did not compile ${module} from the module cache, where the ${referenceName} read ${module}@${version}: its sources came from a local directory (a replace => directory), one of ${dirs.join(", ")}; without -trimpath the directory is part of the package`,
            evidence: { reference: `${module}@${version} (module cache)`, plugin: "a local directory" },
            fix: `drop the plugin's directory replacement of ${module} and require ${version} like the ${referenceName}, or build both with -trimpath from identical sources`,
            commands: [shellCommand(["go", "mod", "edit", `-dropreplace=${module}`]), shellCommand(["go", "mod", "edit", `-require=${module}@${version}`])]
          };
        }
        if (!ev || claimed.length === 0) return null;
        return {
          packages: claimed,
          message: `the plugin (no build info; from its source paths) read the shared module from ${ev.plugin}, the ${referenceName} from ${ev.reference}; without -trimpath the directory is part of every package`,
          evidence: ev,
          fix: `build the plugin with the shared module at ${shellWord(ev.reference)} (point its replace directive there, and build with GOWORK=off: a go.work's use directive overrides it), or build both with -trimpath`,
          commands: [shellCommand(["go", "mod", "edit", `-replace=${moduleOf(reference, claimed[0]).path}=${ev.reference}`])]
        };
      }
    };
  }
});

// src/rules/causes/pgo.ts
var pgo;
var init_pgo = __esm({
  "src/rules/causes/pgo.ts"() {
    "use strict";
    init_query();
    init_shell_quote();
    pgo = {
      meta: {
        id: "GPC113",
        name: "pgo-mismatch",
        severity: "error",
        summary: "Host and plugin were built with different PGO profiles (-pgo, or a default.pgo picked up automatically)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (!reference.buildInfo || !plugin.buildInfo) return null;
        const a = pgoOf(reference);
        const b = pgoOf(plugin);
        if (a === b) return null;
        const auto = (p) => p && p.endsWith("/default.pgo") ? " (a default.pgo in the main package directory is used automatically)" : "";
        const desc = (p) => p ? `-pgo=${p}${auto(p)}` : "no profile";
        return {
          packages,
          message: `profile-guided optimisation differs: the plugin was built with ${desc(b)}, the ${referenceName} with ${desc(a)}; the profile changes what is inlined, and inlined bodies are part of each package`,
          evidence: { reference: a ?? "off", plugin: b ?? "off" },
          fix: a ? `build the plugin with the ${referenceName}'s profile (the same file content): -pgo=${a}` : `build the plugin with -pgo=off (or remove default.pgo from its main package directory), like the ${referenceName}`,
          commands: [shellCommand(["go", "build", "-buildmode=plugin", `-pgo=${a ?? "off"}`], { tail: "\u2026" })]
        };
      }
    };
  }
});

// src/rules/causes/transitive.ts
var transitive;
var init_transitive = __esm({
  "src/rules/causes/transitive.ts"() {
    "use strict";
    init_query();
    transitive = {
      meta: {
        id: "GPC198",
        name: "changed-through-import",
        severity: "error",
        summary: "A shared package differs only because a package it imports changed (see that package's cause)."
      },
      explain({ reference, plugin, referenceName }, packages, explained) {
        let changed = [...explained?.keys() ?? []];
        const ruleOf = new Map(explained ?? []);
        if (changed.length === 0) {
          const ver = new Map(modules(reference).map((m) => [m.path, m.replace?.version || m.version]));
          changed = modules(plugin).filter((m) => ver.has(m.path) && ver.get(m.path) !== (m.replace?.version || m.version)).map((m) => `${m.path} (${ver.get(m.path)} vs ${m.replace?.version || m.version})`);
          if (!plugin.buildInfo && plugin.paths) {
            const here = new Set(modules(plugin).map((m) => m.path));
            const links = (mod) => plugin.packageHashes.some((h) => h.package === mod || h.package.startsWith(mod + "/"));
            for (const m of modules(reference)) {
              if (!here.has(m.path) && !m.replace && m.version !== "(devel)" && links(m.path)) changed.push(`${m.path} (${m.version} from the module cache vs a local directory)`);
            }
          }
          for (const c of changed) ruleOf.set(c, "its module differs");
          if (changed.length === 0 || plugin.imports) return null;
        }
        const graph = plugin.imports;
        let claimed;
        const via = /* @__PURE__ */ new Map();
        if (graph) {
          const bad = new Set(changed);
          let grew = true;
          while (grew) {
            grew = false;
            for (const p of packages) {
              if (bad.has(p)) continue;
              const hit = (graph[p] ?? []).find((i2) => bad.has(i2));
              if (hit) {
                bad.add(p);
                via.set(p, via.get(hit) ?? hit);
                grew = true;
              }
            }
          }
          claimed = packages.filter((p) => via.has(p));
        } else claimed = [...packages];
        if (claimed.length === 0) return null;
        const roots = graph ? [...new Set(claimed.map((p) => via.get(p)))] : changed;
        const rules = [...new Set(roots.map((r) => ruleOf.get(r) ?? "").filter(Boolean))];
        return {
          packages: claimed,
          // From binaries these packages do differ; from the import graph (preflight, nothing built yet) an importer
          // differs only if its export data inlines or re-exports from the changed package, which only the build shows.
          message: graph ? `${claimed.join(", ")} ${claimed.length > 1 ? "are" : "is"} built the same way on both sides but ${claimed.length > 1 ? "import" : "imports"} changed packages (${roots.slice(0, 4).join(", ")}${roots.length > 4 ? ", \u2026" : ""}; ${rules.join(", ")}), so ${claimed.length > 1 ? "they" : "it"} may differ too: an importer differs when its export data inlines or re-exports from a changed package, which only the build shows (check the built plugin for the exact list)` : `${claimed.join(", ")} ${claimed.length > 1 ? "are" : "is"} built the same way on both sides but ${claimed.length > 1 ? "import (or inline from)" : "imports (or inlines from)"} changed packages (${roots.slice(0, 4).join(", ")}${roots.length > 4 ? ", \u2026" : ""}; ${rules.join(", ")}): a changed import changes the importer's export data too`,
          evidence: { reference: `as built by the ${referenceName}`, plugin: `through ${roots.slice(0, 4).join(", ")}` },
          fix: `fix the cause of ${roots.slice(0, 4).join(", ")} (${rules.join(", ")}); these packages then match too`
        };
      }
    };
  }
});

// src/rules/causes/vendor-edited.ts
var vendorEdited;
var init_vendor_edited = __esm({
  "src/rules/causes/vendor-edited.ts"() {
    "use strict";
    init_query();
    vendorEdited = {
      meta: {
        id: "GPC117",
        name: "vendored-code-edited",
        severity: "error",
        summary: "A shared module was compiled from a vendor/ copy that differs from the module version it claims (edited vendored code)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        if (!reference.buildInfo || !plugin.buildInfo) return null;
        const claimed = [];
        const mods = /* @__PURE__ */ new Set();
        let pluginSide = true;
        for (const pkg of packages) {
          const a = moduleOf(reference, pkg);
          const b = moduleOf(plugin, pkg);
          if (!a || !b || a.path !== b.path || a.version !== b.version || a.replace || b.replace) continue;
          const va = !a.sum && a.version !== "(devel)";
          const vb = !b.sum && b.version !== "(devel)";
          if (va === vb && !va) continue;
          if (isTrimmed(reference) === false && isTrimmed(plugin) === false && (reference.paths?.vendorDirs.join() ?? "") !== (plugin.paths?.vendorDirs.join() ?? "")) continue;
          claimed.push(pkg);
          mods.add(`${a.path}@${a.version}`);
          pluginSide = vb;
        }
        if (claimed.length === 0) return null;
        const list2 = [...mods].join(", ");
        const who = pluginSide ? "the plugin" : `the ${referenceName}`;
        return {
          packages: claimed,
          message: `${who} compiled ${list2} from vendor/ (-mod=vendor) and the vendored code differs from that version: vendor/ was edited, or is stale`,
          evidence: { reference: pluginSide ? `${list2} (module cache)` : `${list2} (vendor/)`, plugin: pluginSide ? `${list2} (vendor/)` : `${list2} (module cache)` },
          fix: pluginSide ? `restore vendor/ from the module versions (go mod vendor) and rebuild the plugin; an intended patch must go into a replace used by both builds` : `build the plugin from the ${referenceName}'s vendored sources, or rebuild the ${referenceName} after go mod vendor`,
          commands: pluginSide ? ["go mod vendor"] : []
        };
      }
    };
  }
});

// src/rules/causes/workspace.ts
var workspace;
var init_workspace = __esm({
  "src/rules/causes/workspace.ts"() {
    "use strict";
    init_query();
    workspace = {
      meta: {
        id: "GPC116",
        name: "workspace-mismatch",
        severity: "error",
        summary: "A shared module came from a go.work workspace on one side (or from another workspace)."
      },
      explain({ reference, referenceName, plugin }, packages) {
        const wa = new Set(workspaceModules(reference).map((m) => m.path));
        const wb = new Set(workspaceModules(plugin).map((m) => m.path));
        if (wa.size === 0 && wb.size === 0) return null;
        const claimed = [];
        const mods = /* @__PURE__ */ new Set();
        for (const pkg of packages) {
          const a = moduleOf(reference, pkg);
          const b = moduleOf(plugin, pkg);
          if (!a || !b || a.path !== b.path) continue;
          if (wa.has(a.path) === wb.has(b.path)) continue;
          claimed.push(pkg);
          mods.add(a.path);
        }
        if (claimed.length === 0) return null;
        const list2 = [...mods].join(", ");
        const pluginInWs = claimed.some((p) => wb.has(moduleOf(plugin, p).path));
        return {
          packages: claimed,
          message: pluginInWs ? `the plugin was built inside a go.work workspace that supplies ${list2} from a local directory; the ${referenceName} used its go.mod's requirement` : `the ${referenceName} was built inside a go.work workspace that supplies ${list2}; the plugin used its go.mod's requirement`,
          evidence: { reference: pluginInWs ? "go.mod" : `go.work: ${list2}`, plugin: pluginInWs ? `go.work: ${list2}` : "go.mod" },
          fix: pluginInWs ? `build the plugin with GOWORK=off (its go.mod then decides, like the ${referenceName}'s), or build both in the same workspace` : `build the plugin in the same go.work workspace as the ${referenceName} (same directories)`,
          commands: [pluginInWs ? "GOWORK=off go build -buildmode=plugin \u2026" : "go work use \u2026   # the module directories of the host's workspace, then go build -buildmode=plugin"]
        };
      }
    };
  }
});

// src/rules/causes/index.ts
var CAUSE_RULES;
var init_causes = __esm({
  "src/rules/causes/index.ts"() {
    "use strict";
    init_build_tags();
    init_cgo_settings();
    init_gcflags();
    init_gopath_mode();
    init_goexperiment();
    init_instrumentation();
    init_modcache_path();
    init_module_replace();
    init_module_version();
    init_source_dir();
    init_toolchain();
    init_trimpath();
    init_unknown();
    init_vendor_path();
    init_cover();
    init_cpu_intrinsics2();
    init_fips();
    init_local_dir_paths();
    init_pgo();
    init_transitive();
    init_vendor_edited();
    init_workspace();
    CAUSE_RULES = [
      toolchain,
      goexperiment,
      fips,
      instrumentation,
      trimpath,
      pgo,
      cpuIntrinsics,
      moduleVersion,
      workspace,
      moduleReplace,
      cover,
      gcflags,
      buildTags,
      vendorPath,
      vendorEdited,
      modcachePath,
      sourceDir,
      localDirPaths,
      cgoSettings,
      gopathModeCause,
      transitive,
      unknownCause
    ];
  }
});

// node_modules/elfy/lib/elfy/constants.js
var require_constants2 = __commonJS({
  "node_modules/elfy/lib/elfy/constants.js"(exports) {
    var constants8 = exports;
    constants8.class = {
      0: "none",
      1: "32",
      2: "64",
      3: "num"
    };
    constants8.endian = {
      0: "none",
      1: "lsb",
      2: "msb",
      3: "num"
    };
    constants8.version = {
      0: "none",
      1: "current",
      2: "num"
    };
    constants8.osabi = {
      0: "sysv",
      1: "hpux",
      2: "netbsd",
      3: "linux",
      4: "unknown4",
      5: "unknown5",
      6: "solaris",
      7: "aix",
      8: "irix",
      9: "freebsd",
      10: "tru64",
      11: "modesto",
      12: "openbsd",
      13: "openvms",
      14: "nsk",
      15: "aros",
      97: "arm",
      255: "standalone"
    };
    constants8.abiversion = {
      0: "none",
      1: "current",
      2: "num"
    };
    constants8.machine = {
      0: "none",
      1: "m32",
      2: "sparc",
      3: "386",
      4: "68k",
      5: "88k",
      6: "486",
      7: "860",
      8: "mips",
      9: "s370",
      10: "mips_rs3_le",
      11: "rs6000",
      12: "unknown12",
      13: "unknown13",
      14: "unknown14",
      15: "pa_risc",
      16: "ncube",
      17: "vpp500",
      18: "sparc32plus",
      19: "960",
      20: "ppc",
      21: "ppc64",
      22: "s390",
      23: "unknown23",
      24: "unknown24",
      25: "unknown25",
      26: "unknown26",
      27: "unknown27",
      28: "unknown28",
      29: "unknown29",
      30: "unknown30",
      31: "unknown31",
      32: "unknown32",
      33: "unknown33",
      34: "unknown34",
      35: "unknown35",
      36: "v800",
      37: "fr20",
      38: "rh32",
      39: "rce",
      40: "arm",
      41: "alpha",
      42: "sh",
      43: "sparcv9",
      44: "tricore",
      45: "arc",
      46: "h8_300",
      47: "h8_300h",
      48: "h8s",
      49: "h8_500",
      50: "ia_64",
      51: "mips_x",
      52: "coldfire",
      53: "68hc12",
      54: "mma",
      55: "pcp",
      56: "ncpu",
      57: "ndr1",
      58: "starcore",
      59: "me16",
      60: "st100",
      61: "tinyj",
      62: "amd64",
      63: "pdsp",
      64: "unknown64",
      65: "unknown65",
      66: "fx66",
      67: "st9plus",
      68: "st7",
      69: "68hc16",
      70: "68hc11",
      71: "68hc08",
      72: "68hc05",
      73: "svx",
      74: "st19",
      75: "vax",
      76: "cris",
      77: "javelin",
      78: "firepath",
      79: "zsp",
      80: "mmix",
      81: "huany",
      82: "prism",
      83: "avr",
      84: "fr30",
      85: "d10v",
      86: "d30v",
      87: "v850",
      88: "m32r",
      89: "mn10300",
      90: "mn10200",
      91: "pj",
      92: "openrisc",
      93: "arc_a5",
      94: "xtensa",
      95: "num",
      183: "AArch64"
    };
    constants8.type = {
      0: "none",
      1: "rel",
      2: "exec",
      3: "dyn",
      4: "core",
      5: "num"
    };
    constants8.entryType = {
      0: "null",
      1: "load",
      2: "dynamic",
      3: "interp",
      4: "note",
      5: "shlib",
      6: "phdr",
      7: "tls",
      1684333904: "sunw_unwind",
      1685382480: "sunw_eh_frame",
      1685382481: "gnu_stack",
      1685382482: "gnu_relro",
      1879048186: "losunw",
      1879048186: "sunwbss",
      1879048187: "sunwstack",
      1879048188: "sunwdtrace",
      1879048189: "sunwcap"
    };
    constants8.entryFlags = {
      4: "r",
      2: "w",
      1: "x",
      1048576: "sunw_failure",
      2097152: "sunw_killed",
      4194304: "sunw_siginfo"
    };
    constants8.sectType = {
      0: "undef",
      0: "null",
      1: "progbits",
      2: "symtab",
      3: "strtab",
      4: "rela",
      5: "hash",
      6: "dynamic",
      7: "note",
      8: "nobits",
      9: "rel",
      10: "shlib",
      11: "dynsym",
      12: "unknown12",
      13: "unknown13",
      14: "init_array",
      15: "fini_array",
      16: "preinit_array",
      17: "group",
      18: "symtab_shndx",
      19: "num",
      1610612736: "loos",
      1879048175: "sunw_capchain",
      1879048176: "sunw_capinfo",
      1879048177: "sunw_symsort",
      1879048178: "sunw_tlssort",
      1879048179: "sunw_ldynsym",
      1879048180: "sunw_dof",
      1879048181: "sunw_cap",
      1879048182: "sunw_signature",
      1879048183: "sunw_annotate",
      1879048184: "sunw_debugstr",
      1879048185: "sunw_debug",
      1879048186: "sunw_move",
      1879048187: "sunw_comdat",
      1879048188: "sunw_syminfo",
      1879048189: "sunw_verdef",
      1879048190: "sunw_verneed",
      1879048191: "sunw_versym",
      1879048191: "hisunw",
      1879048191: "hios",
      1879048181: "gnu_attributes",
      1879048182: "gnu_hash",
      1879048183: "gnu_liblist",
      1879048184: "checksum"
    };
    constants8.sectFlags = {
      1: "write",
      2: "alloc",
      4: "execinstr",
      16: "merge",
      32: "strings",
      64: "info_link",
      128: "link_order",
      256: "os_nonconforming",
      512: "group",
      1024: "tls"
    };
  }
});

// node_modules/endian-reader/index.js
var require_endian_reader = __commonJS({
  "node_modules/endian-reader/index.js"(exports, module) {
    function Reader2(endian, word) {
      this.endian = null;
      this.word = 4;
      if (endian)
        this.setEndian(endian);
      if (word)
        this.setWord(word);
    }
    module.exports = Reader2;
    Reader2.prototype.setEndian = function setEndian(endian) {
      this.endian = /le|lsb|little/i.test(endian) ? "le" : "be";
    };
    Reader2.prototype.setWord = function setWord(word) {
      this.word = word;
    };
    Reader2.prototype.readUInt8 = function readUInt8(buf, offset) {
      return buf.readUInt8(offset);
    };
    Reader2.prototype.readInt8 = function readInt8(buf, offset) {
      return buf.readInt8(offset);
    };
    Reader2.prototype.readUInt16 = function readUInt16(buf, offset) {
      if (this.endian === "le")
        return buf.readUInt16LE(offset);
      else
        return buf.readUInt16BE(offset);
    };
    Reader2.prototype.readInt16 = function readInt16(buf, offset) {
      if (this.endian === "le")
        return buf.readInt16LE(offset);
      else
        return buf.readInt16BE(offset);
    };
    Reader2.prototype.readUInt32 = function readUInt32(buf, offset) {
      if (this.endian === "le")
        return buf.readUInt32LE(offset);
      else
        return buf.readUInt32BE(offset);
    };
    Reader2.prototype.readInt32 = function readInt32(buf, offset) {
      if (this.endian === "le")
        return buf.readInt32LE(offset);
      else
        return buf.readInt32BE(offset);
    };
    Reader2.prototype.readUInt64 = function readUInt64(buf, offset) {
      var a = this.readUInt32(buf, offset);
      var b = this.readUInt32(buf, offset + 4);
      if (this.endian === "le")
        return a + b * 4294967296;
      else
        return b + a * 4294967296;
    };
    Reader2.prototype.readInt64 = function readInt64(buf, offset) {
      if (this.endian === "le") {
        var a = this.readUInt32(buf, offset);
        var b = this.readInt32(buf, offset + 4);
        return a + b * 4294967296;
      } else {
        var a = this.readInt32(buf, offset);
        var b = this.readUInt32(buf, offset + 4);
        return b + a * 4294967296;
      }
    };
    Reader2.prototype.readHalf = function readHalf(buf, offset) {
      if (this.word === 2)
        return this.readInt8(buf, offset);
      else if (this.word === 4)
        return this.readInt16(buf, offset);
      else
        return this.readInt32(buf, offset);
    };
    Reader2.prototype.readUHalf = function readUHalf(buf, offset) {
      if (this.word === 2)
        return this.readUInt8(buf, offset);
      else if (this.word === 4)
        return this.readUInt16(buf, offset);
      else
        return this.readUInt32(buf, offset);
    };
    Reader2.prototype.readWord = function readWord(buf, offset) {
      if (this.word === 1)
        return this.readInt8(buf, offset);
      else if (this.word === 2)
        return this.readInt16(buf, offset);
      else if (this.word === 4)
        return this.readInt32(buf, offset);
      else
        return this.readInt64(buf, offset);
    };
    Reader2.prototype.readUWord = function readUWord(buf, offset) {
      if (this.word === 1)
        return this.readUInt8(buf, offset);
      else if (this.word === 2)
        return this.readUInt16(buf, offset);
      else if (this.word === 4)
        return this.readUInt32(buf, offset);
      else
        return this.readUInt64(buf, offset);
    };
  }
});

// node_modules/elfy/lib/elfy/parser.js
var require_parser = __commonJS({
  "node_modules/elfy/lib/elfy/parser.js"(exports, module) {
    var assert = __require("assert");
    var util = __require("util");
    var Reader2 = require_endian_reader();
    var elfy2 = require_elfy();
    var constants8 = elfy2.constants;
    function Parser() {
      Reader2.call(this);
    }
    util.inherits(Parser, Reader2);
    module.exports = Parser;
    Parser.prototype.mapFlags = function mapFlags(value2, map) {
      var res = {};
      for (var bit = 1; (value2 < 0 || bit <= value2) && bit !== 0; bit <<= 1)
        if (value2 & bit)
          res[map[bit] || bit] = true;
      return res;
    };
    Parser.prototype.execute = function execute(buf) {
      if (buf.length < 16)
        throw new Error("Not enough bytes to parse ident");
      var magic = buf.slice(0, 4).toString();
      if (magic !== "\x7FELF")
        throw new Error("Invalid magic: " + magic);
      var header = this.parseHeader(buf);
      header.body = this.parseBody(buf, header);
      header.body = this.resolveBody(header.body, header);
      return header;
    };
    Parser.prototype.parseHeader = function parseHeader(buf) {
      var class_ = constants8.class[buf[4]];
      var endian = constants8.endian[buf[5]];
      var osabi = constants8.osabi[buf[6]];
      var abiversion = constants8.abiversion[buf[7]];
      if (class_ !== "32" && class_ !== "64")
        throw new Error("Invalid class: " + class_);
      if (endian !== "lsb" && endian !== "msb")
        throw new Error("Invalid endian: " + endian);
      this.setEndian(endian);
      if (class_ === "32")
        this.setWord(4);
      else
        this.setWord(8);
      if (class_ === "32") {
        var type = constants8.type[this.readUInt16(buf, 16)];
        var machine = constants8.machine[this.readUInt16(buf, 18)];
        var version = this.readUInt32(buf, 20);
        var entry = this.readUInt32(buf, 24);
        var phoff = this.readUInt32(buf, 28);
        var shoff = this.readUInt32(buf, 32);
        var flags = this.readUInt32(buf, 36);
        var ehsize = this.readUInt16(buf, 40);
        var phentsize = this.readUInt16(buf, 42);
        var phnum = this.readUInt16(buf, 44);
        var shentsize = this.readUInt16(buf, 46);
        var shnum = this.readUInt16(buf, 48);
        var shstrndx = this.readUInt16(buf, 50);
      } else {
        var type = constants8.type[this.readUInt16(buf, 16)];
        var machine = constants8.machine[this.readUInt16(buf, 18)];
        var version = this.readUInt32(buf, 20);
        var entry = this.readUInt64(buf, 24);
        var phoff = this.readUInt64(buf, 32);
        var shoff = this.readUInt64(buf, 40);
        var flags = this.readUInt32(buf, 48);
        var ehsize = this.readUInt16(buf, 52);
        var phentsize = this.readUInt16(buf, 54);
        var phnum = this.readUInt16(buf, 56);
        var shentsize = this.readUInt16(buf, 58);
        var shnum = this.readUInt16(buf, 60);
        var shstrndx = this.readUInt16(buf, 62);
      }
      return {
        class: class_,
        endian,
        version: buf[7],
        osabi,
        abiversion,
        type,
        machine,
        version,
        entry,
        phoff,
        shoff,
        flags,
        ehsize,
        phentsize,
        phnum,
        shentsize,
        shnum,
        shstrndx
      };
    };
    Parser.prototype.parseBody = function parseBody(buf, header) {
      return {
        programs: this.parsePrograms(buf, header),
        sections: this.parseSections(buf, header)
      };
    };
    Parser.prototype.sliceChunks = function sliceChunks(buf, off, count, size) {
      var start = off;
      var end = start + count * size;
      if (end > buf.length)
        throw new Error("Failed to slice chunks");
      var chunks = [];
      for (var off = start; off < end; off += size)
        chunks.push(buf.slice(off, off + size));
      return chunks;
    };
    Parser.prototype.parsePrograms = function parsePrograms(buf, header) {
      if (header.phoff === 0 || header.phnum === 0)
        return [];
      var programs = this.sliceChunks(
        buf,
        header.phoff,
        header.phnum,
        header.phentsize
      );
      return programs.map(function(program) {
        return this.parseProgram(program, header, buf);
      }, this);
    };
    Parser.prototype.parseProgram = function parseProgram(ent, header, buf) {
      var type = constants8.entryType[this.readUInt32(ent, 0)];
      if (header.class === "32") {
        var offset = this.readUInt32(ent, 4);
        var vaddr = this.readUInt32(ent, 8);
        var paddr = this.readUInt32(ent, 12);
        var filesz = this.readUInt32(ent, 16);
        var memsz = this.readUInt32(ent, 20);
        var flags = this.readUInt32(ent, 24);
        var align = this.readUInt32(ent, 28);
      } else {
        var flags = this.readUInt32(ent, 4);
        var offset = this.readUInt64(ent, 8);
        var vaddr = this.readUInt64(ent, 16);
        var paddr = this.readUInt64(ent, 24);
        var filesz = this.readUInt64(ent, 32);
        var memsz = this.readUInt64(ent, 40);
        var align = this.readUInt64(ent, 48);
      }
      return {
        type,
        offset,
        vaddr,
        paddr,
        filesz,
        memsz,
        flags: this.mapFlags(flags, constants8.entryFlags),
        align,
        data: buf.slice(offset, offset + filesz)
      };
    };
    Parser.prototype.parseSections = function parseSections(buf, header) {
      if (header.shoff === 0 || header.shnum === 0)
        return [];
      var sections = this.sliceChunks(
        buf,
        header.shoff,
        header.shnum,
        header.shentsize
      );
      return sections.map(function(section) {
        return this.parseSection(section, header, buf);
      }, this);
    };
    Parser.prototype.parseSection = function parseSection(section, header, buf) {
      var name = this.readUInt32(section, 0);
      var type = this.readUInt32(section, 4);
      if (header.class === "32") {
        var flags = this.readUInt32(section, 8);
        var addr = this.readUInt32(section, 12);
        var off = this.readUInt32(section, 16);
        var size = this.readUInt32(section, 20);
        var link = this.readUInt32(section, 24);
        var info = this.readUInt32(section, 28);
        var addralign = this.readUInt32(section, 32);
        var entsize = this.readUInt32(section, 36);
      } else {
        var flags = this.readUInt64(section, 8);
        var addr = this.readUInt64(section, 16);
        var off = this.readUInt64(section, 24);
        var size = this.readUInt64(section, 32);
        var link = this.readUInt32(section, 40);
        var info = this.readUInt32(section, 44);
        var addralign = this.readUInt64(section, 46);
        var entsize = this.readUInt64(section, 54);
      }
      return {
        name,
        type: constants8.sectType[type] || type,
        flags: this.mapFlags(flags, constants8.sectFlags),
        addr,
        off,
        size,
        link,
        info,
        addralign,
        entsize,
        data: buf.slice(off, off + size)
      };
    };
    Parser.prototype.resolveStr = function resolveStr(strtab, off) {
      for (var i2 = off; i2 < strtab.length && strtab[i2] != 0; i2++) ;
      return strtab.slice(off, i2).toString();
    };
    Parser.prototype.resolveBody = function resolveBody(body, header) {
      var strtab = body.sections[header.shstrndx];
      assert.equal(strtab.type, "strtab");
      return {
        programs: body.programs,
        sections: body.sections.map(function(section) {
          section.name = this.resolveStr(strtab.data, section.name);
          return section;
        }, this)
      };
    };
  }
});

// node_modules/elfy/lib/elfy.js
var require_elfy = __commonJS({
  "node_modules/elfy/lib/elfy.js"(exports) {
    var elfy2 = exports;
    elfy2.constants = require_constants2();
    elfy2.Parser = require_parser();
    elfy2.parse = function parse(buf) {
      return new elfy2.Parser().execute(buf);
    };
  }
});

// node_modules/macho/lib/macho/constants.js
var require_constants3 = __commonJS({
  "node_modules/macho/lib/macho/constants.js"(exports) {
    var constants8 = exports;
    constants8.cpuArch = {
      mask: 4278190080,
      abi64: 16777216,
      abi32: 33554432
    };
    constants8.cpuType = {
      1: "vax",
      6: "mc680x0",
      7: "i386",
      16777223: "x86_64",
      10: "mc98000",
      11: "hppa",
      12: "arm",
      16777228: "arm64",
      33554444: "arm64_32",
      13: "mc88000",
      14: "sparc",
      15: "i860",
      16: "alpha",
      18: "powerpc",
      16777234: "powerpc64"
    };
    constants8.endian = {
      4294967295: "multiple",
      0: "le",
      1: "be"
    };
    constants8.cpuSubType = {
      mask: 16777215,
      vax: {
        0: "all",
        1: "780",
        2: "785",
        3: "750",
        4: "730",
        5: "I",
        6: "II",
        7: "8200",
        8: "8500",
        9: "8600",
        10: "8650",
        11: "8800",
        12: "III"
      },
      mc680x0: {
        1: "all",
        2: "40",
        3: "30_only"
      },
      i386: {},
      x86_64: {
        3: "all",
        4: "arch1"
      },
      mips: {
        0: "all",
        1: "r2300",
        2: "r2600",
        3: "r2800",
        4: "r2000a",
        5: "r2000",
        6: "r3000a",
        7: "r3000"
      },
      mc98000: {
        0: "all",
        1: "mc98601"
      },
      hppa: {
        0: "all",
        1: "7100lc"
      },
      mc88000: {
        0: "all",
        1: "mc88100",
        2: "mc88110"
      },
      sparc: {
        0: "all"
      },
      i860: {
        0: "all",
        1: "860"
      },
      powerpc: {
        0: "all",
        1: "601",
        2: "602",
        3: "603",
        4: "603e",
        5: "603ev",
        6: "604",
        7: "604e",
        8: "620",
        9: "750",
        10: "7400",
        11: "7450",
        100: "970"
      },
      arm: {
        0: "all",
        5: "v4t",
        6: "v6",
        7: "v5tej",
        8: "xscale",
        9: "v7",
        10: "v7f",
        11: "v7s",
        12: "v7k",
        14: "v6m",
        15: "v7m",
        16: "v7em"
      },
      arm64: {
        0: "all",
        1: "v8",
        2: "e"
      },
      arm64_32: {
        1: "all"
      }
    };
    function cpuSubtypeIntel(a, b, name) {
      constants8.cpuSubType.i386[a + (b << 4)] = name;
    }
    [
      [3, 0, "all"],
      [4, 0, "486"],
      [4, 8, "486sx"],
      [5, 0, "586"],
      [6, 1, "pentpro"],
      [6, 3, "pentII_m3"],
      [6, 5, "pentII_m5"],
      [7, 6, "celeron"],
      [7, 7, "celeron_mobile"],
      [8, 0, "pentium_3"],
      [8, 1, "pentium_3_m"],
      [8, 2, "pentium_3_xeon"],
      [9, 0, "pentium_m"],
      [10, 0, "pentium_4"],
      [10, 1, "pentium_4_m"],
      [11, 0, "itanium"],
      [11, 1, "itanium_2"],
      [12, 0, "xeon"],
      [12, 1, "xeon_mp"]
    ].forEach(function(item) {
      cpuSubtypeIntel(item[0], item[1], item[2]);
    });
    constants8.fileType = {
      1: "object",
      2: "execute",
      3: "fvmlib",
      4: "core",
      5: "preload",
      6: "dylib",
      7: "dylinker",
      8: "bundle",
      9: "dylib_stub",
      10: "dsym",
      11: "kext"
    };
    constants8.flags = {
      1: "noundefs",
      2: "incrlink",
      4: "dyldlink",
      8: "bindatload",
      16: "prebound",
      32: "split_segs",
      64: "lazy_init",
      128: "twolevel",
      256: "force_flat",
      512: "nomultidefs",
      1024: "nofixprebinding",
      2048: "prebindable",
      4096: "allmodsbound",
      8192: "subsections_via_symbols",
      16384: "canonical",
      32768: "weak_defines",
      65536: "binds_to_weak",
      131072: "allow_stack_execution",
      262144: "root_safe",
      524288: "setuid_safe",
      1048576: "reexported_dylibs",
      2097152: "pie",
      4194304: "dead_strippable_dylib",
      8388608: "has_tlv_descriptors",
      16777216: "no_heap_execution"
    };
    constants8.cmdType = {
      2147483648: "req_dyld",
      1: "segment",
      2: "symtab",
      3: "symseg",
      4: "thread",
      5: "unixthread",
      6: "loadfvmlib",
      7: "idfvmlib",
      8: "ident",
      9: "fmvfile",
      10: "prepage",
      11: "dysymtab",
      12: "load_dylib",
      13: "id_dylib",
      14: "load_dylinker",
      15: "id_dylinker",
      16: "prebound_dylib",
      17: "routines",
      18: "sub_framework",
      19: "sub_umbrella",
      20: "sub_client",
      21: "sub_library",
      22: "twolevel_hints",
      23: "prebind_cksum",
      2147483672: "load_weak_dylib",
      25: "segment_64",
      26: "routines_64",
      27: "uuid",
      2147483676: "rpath",
      29: "code_signature",
      30: "segment_split_info",
      2147483679: "reexport_dylib",
      32: "lazy_load_dylib",
      33: "encryption_info",
      2147483682: "dyld_info",
      2147483683: "dyld_info_only",
      36: "version_min_macosx",
      37: "version_min_iphoneos",
      38: "function_starts",
      39: "dyld_environment",
      2147483688: "main",
      41: "data_in_code",
      42: "source_version",
      43: "dylib_code_sign_drs",
      44: "encryption_info_64",
      45: "linker_option",
      2147483699: "dyld_exports_trie",
      2147483700: "dyld_chained_fixups"
    };
    constants8.prot = {
      none: 0,
      read: 1,
      write: 2,
      execute: 4
    };
    constants8.segFlag = {
      1: "highvm",
      2: "fvmlib",
      4: "noreloc",
      8: "protected_version_1"
    };
    constants8.segTypeMask = 255;
    constants8.segType = {
      0: "regular",
      1: "zerofill",
      2: "cstring_literals",
      3: "4byte_literals",
      4: "8byte_literals",
      5: "literal_pointers",
      6: "non_lazy_symbol_pointers",
      7: "lazy_symbol_pointers",
      8: "symbol_stubs",
      9: "mod_init_func_pointers",
      10: "mod_term_func_pointers",
      11: "coalesced",
      12: "gb_zerofill",
      13: "interposing",
      14: "16byte_literals",
      15: "dtrace_dof",
      16: "lazy_dylib_symbol_pointers",
      17: "thread_local_regular",
      18: "thread_local_zerofill",
      19: "thread_local_variables",
      20: "thread_local_variable_pointers",
      21: "thread_local_init_function_pointers"
    };
    constants8.segAttrUsrMask = 4278190080;
    constants8.segAttrUsr = {
      "-2147483648": "pure_instructions",
      1073741824: "no_toc",
      536870912: "strip_static_syms",
      268435456: "no_dead_strip",
      134217728: "live_support",
      67108864: "self_modifying_code",
      33554432: "debug"
    };
    constants8.segAttrSysMask = 16776960;
    constants8.segAttrSys = {
      1024: "some_instructions",
      512: "ext_reloc",
      256: "loc_reloc"
    };
  }
});

// node_modules/macho/node_modules/endian-reader/index.js
var require_endian_reader2 = __commonJS({
  "node_modules/macho/node_modules/endian-reader/index.js"(exports, module) {
    function Reader2(endian) {
      this.endian = null;
      if (endian)
        this.setEndian(endian);
    }
    module.exports = Reader2;
    Reader2.prototype.setEndian = function setEndian(endian) {
      this.endian = /le|lsb|little/i.test(endian) ? "le" : "be";
    };
    Reader2.prototype.readUInt8 = function readUInt8(buf, offset) {
      return buf.readUInt8(offset);
    };
    Reader2.prototype.readInt8 = function readInt8(buf, offset) {
      return buf.readInt8(offset);
    };
    Reader2.prototype.readUInt16 = function readUInt16(buf, offset) {
      if (this.endian === "le")
        return buf.readUInt16LE(offset);
      else
        return buf.readUInt16BE(offset);
    };
    Reader2.prototype.readInt16 = function readInt16(buf, offset) {
      if (this.endian === "le")
        return buf.readInt16LE(offset);
      else
        return buf.readInt16BE(offset);
    };
    Reader2.prototype.readUInt32 = function readUInt32(buf, offset) {
      if (this.endian === "le")
        return buf.readUInt32LE(offset);
      else
        return buf.readUInt32BE(offset);
    };
    Reader2.prototype.readInt32 = function readInt32(buf, offset) {
      if (this.endian === "le")
        return buf.readInt32LE(offset);
      else
        return buf.readInt32BE(offset);
    };
    Reader2.prototype.readUInt64 = function readUInt64(buf, offset) {
      var a = this.readUInt32(buf, offset);
      var b = this.readUInt32(buf, offset + 4);
      if (this.endian === "le")
        return a + b * 4294967296;
      else
        return b + a * 4294967296;
    };
    Reader2.prototype.readInt64 = function readInt64(buf, offset) {
      if (this.endian === "le") {
        var a = this.readUInt32(buf, offset);
        var b = this.readInt32(buf, offset + 4);
        return a + b * 4294967296;
      } else {
        var a = this.readInt32(buf, offset);
        var b = this.readUInt32(buf, offset + 4);
        return b + a * 4294967296;
      }
    };
  }
});

// node_modules/macho/lib/macho/parser.js
var require_parser2 = __commonJS({
  "node_modules/macho/lib/macho/parser.js"(exports, module) {
    var util = __require("util");
    var Reader2 = require_endian_reader2();
    var macho2 = require_macho();
    var constants8 = macho2.constants;
    function Parser() {
      Reader2.call(this);
    }
    util.inherits(Parser, Reader2);
    module.exports = Parser;
    Parser.prototype.execute = function execute(buf) {
      var hdr = this.parseHead(buf);
      if (!hdr)
        throw new Error("File not in a mach-o format");
      hdr.cmds = this.parseCommands(hdr, hdr.body, buf);
      delete hdr.body;
      return hdr;
    };
    Parser.prototype.mapFlags = function mapFlags(value2, map) {
      var res = {};
      for (var bit = 1; (value2 < 0 || bit <= value2) && bit !== 0; bit <<= 1)
        if (value2 & bit)
          res[map[bit]] = true;
      return res;
    };
    Parser.prototype.parseHead = function parseHead(buf) {
      if (buf.length < 7 * 4)
        return false;
      var magic = buf.readUInt32LE(0);
      var bits2;
      if (magic === 4277009102 || magic === 3472551422)
        bits2 = 32;
      else if (magic === 4277009103 || magic == 3489328638)
        bits2 = 64;
      else
        return false;
      if (magic & false)
        this.setEndian("be");
      else
        this.setEndian("le");
      if (bits2 === 64 && buf.length < 8 * 4)
        return false;
      var cputype = constants8.cpuType[this.readInt32(buf, 4)];
      var cpusubtype = this.readInt32(buf, 8);
      var filetype = this.readUInt32(buf, 12);
      var ncmds = this.readUInt32(buf, 16);
      var sizeofcmds = this.readUInt32(buf, 20);
      var flags = this.readUInt32(buf, 24);
      var endian;
      if ((cpusubtype & constants8.endian.multiple) === constants8.endian.multiple)
        endian = "multiple";
      else if (cpusubtype & constants8.endian.be)
        endian = "be";
      else
        endian = "le";
      cpusubtype &= constants8.cpuSubType.mask;
      var subtype;
      if (endian === "multiple")
        subtype = "all";
      else if (cpusubtype === 0)
        subtype = "none";
      else
        subtype = constants8.cpuSubType[cputype][cpusubtype];
      var flagMap = this.mapFlags(flags, constants8.flags);
      return {
        bits: bits2,
        magic,
        cpu: {
          type: cputype,
          subtype,
          endian
        },
        filetype: constants8.fileType[filetype],
        ncmds,
        sizeofcmds,
        flags: flagMap,
        cmds: null,
        hsize: bits2 === 32 ? 28 : 32,
        body: bits2 === 32 ? buf.slice(28) : buf.slice(32)
      };
    };
    Parser.prototype.parseCommands = function parseCommands(hdr, buf, file) {
      var cmds = [];
      var align;
      if (hdr.bits === 32)
        align = 4;
      else
        align = 8;
      for (var offset = 0, i2 = 0; offset + 8 < buf.length, i2 < hdr.ncmds; i2++) {
        var type = constants8.cmdType[this.readUInt32(buf, offset)];
        var size = this.readUInt32(buf, offset + 4) - 8;
        var fileoff = offset + hdr.hsize;
        offset += 8;
        if (offset + size > buf.length)
          throw new Error("Command body OOB");
        var body = buf.slice(offset, offset + size);
        offset += size;
        if (offset & align)
          offset += align - (offset & align);
        var cmd = this.parseCommand(type, body, file);
        cmd.fileoff = fileoff;
        cmds.push(cmd);
      }
      return cmds;
    };
    Parser.prototype.parseCStr = function parseCStr(buf) {
      for (var i2 = 0; i2 < buf.length; i2++)
        if (buf[i2] === 0)
          break;
      return buf.slice(0, i2).toString();
    };
    Parser.prototype.parseLCStr = function parseLCStr(buf, off) {
      if (off + 4 > buf.length)
        throw new Error("lc_str OOB");
      var offset = this.readUInt32(buf, off) - 8;
      if (offset > buf.length)
        throw new Error("lc_str offset OOB");
      return this.parseCStr(buf.slice(offset));
    };
    Parser.prototype.parseCommand = function parseCommand(type, buf, file) {
      if (type === "segment")
        return this.parseSegmentCmd(type, buf, file);
      else if (type === "segment_64")
        return this.parseSegmentCmd(type, buf, file);
      else if (type === "symtab")
        return this.parseSymtab(type, buf);
      else if (type === "symseg")
        return this.parseSymseg(type, buf);
      else if (type === "encryption_info")
        return this.parseEncryptionInfo(type, buf);
      else if (type === "encryption_info_64")
        return this.parseEncryptionInfo64(type, buf);
      else if (type === "rpath")
        return this.parseRpath(type, buf);
      else if (type === "dysymtab")
        return this.parseDysymtab(type, buf);
      else if (type === "load_dylib" || type === "id_dylib")
        return this.parseLoadDylib(type, buf);
      else if (type === "load_weak_dylib")
        return this.parseLoadDylib(type, buf);
      else if (type === "load_dylinker" || type === "id_dylinker")
        return this.parseLoadDylinker(type, buf);
      else if (type === "version_min_macosx" || type === "version_min_iphoneos")
        return this.parseVersionMin(type, buf);
      else if (type === "code_signature" || type === "segment_split_info")
        return this.parseLinkEdit(type, buf);
      else if (type === "function_starts")
        return this.parseFunctionStarts(type, buf, file);
      else if (type === "data_in_code")
        return this.parseLinkEdit(type, buf);
      else if (type === "dylib_code_sign_drs")
        return this.parseLinkEdit(type, buf);
      else if (type === "dyld_exports_trie")
        return this.parseLinkEdit(type, buf);
      else if (type === "dyld_chained_fixups")
        return this.parseLinkEdit(type, buf);
      else if (type === "main")
        return this.parseMain(type, buf);
      else
        return { type, data: buf };
    };
    Parser.prototype.parseSegmentCmd = function parseSegmentCmd(type, buf, file) {
      var total = type === "segment" ? 48 : 64;
      if (buf.length < total)
        throw new Error("Segment command OOB");
      var name = this.parseCStr(buf.slice(0, 16));
      if (type === "segment") {
        var vmaddr = this.readUInt32(buf, 16);
        var vmsize = this.readUInt32(buf, 20);
        var fileoff = this.readUInt32(buf, 24);
        var filesize = this.readUInt32(buf, 28);
        var maxprot = this.readUInt32(buf, 32);
        var initprot = this.readUInt32(buf, 36);
        var nsects = this.readUInt32(buf, 40);
        var flags = this.readUInt32(buf, 44);
      } else {
        var vmaddr = this.readUInt64(buf, 16);
        var vmsize = this.readUInt64(buf, 24);
        var fileoff = this.readUInt64(buf, 32);
        var filesize = this.readUInt64(buf, 40);
        var maxprot = this.readUInt32(buf, 48);
        var initprot = this.readUInt32(buf, 52);
        var nsects = this.readUInt32(buf, 56);
        var flags = this.readUInt32(buf, 60);
      }
      function prot(p) {
        var res = { read: false, write: false, exec: false };
        if (p !== constants8.prot.none) {
          res.read = (p & constants8.prot.read) !== 0;
          res.write = (p & constants8.prot.write) !== 0;
          res.exec = (p & constants8.prot.execute) !== 0;
        }
        return res;
      }
      var sectSize = type === "segment" ? 32 + 9 * 4 : 32 + 8 * 4 + 2 * 8;
      var sections = [];
      for (var i2 = 0, off = total; i2 < nsects; i2++, off += sectSize) {
        if (off + sectSize > buf.length)
          throw new Error("Segment OOB");
        var sectname = this.parseCStr(buf.slice(off, off + 16));
        var segname = this.parseCStr(buf.slice(off + 16, off + 32));
        if (type === "segment") {
          var addr = this.readUInt32(buf, off + 32);
          var size = this.readUInt32(buf, off + 36);
          var offset = this.readUInt32(buf, off + 40);
          var align = this.readUInt32(buf, off + 44);
          var reloff = this.readUInt32(buf, off + 48);
          var nreloc = this.readUInt32(buf, off + 52);
          var flags = this.readUInt32(buf, off + 56);
        } else {
          var addr = this.readUInt64(buf, off + 32);
          var size = this.readUInt64(buf, off + 40);
          var offset = this.readUInt32(buf, off + 48);
          var align = this.readUInt32(buf, off + 52);
          var reloff = this.readUInt32(buf, off + 56);
          var nreloc = this.readUInt32(buf, off + 60);
          var flags = this.readUInt32(buf, off + 64);
        }
        sections.push({
          sectname,
          segname,
          addr,
          size,
          offset,
          align,
          reloff,
          nreloc,
          type: constants8.segType[flags & constants8.segTypeMask],
          attributes: {
            usr: this.mapFlags(
              flags & constants8.segAttrUsrMask,
              constants8.segAttrUsr
            ),
            sys: this.mapFlags(
              flags & constants8.segAttrSysMask,
              constants8.segAttrSys
            )
          },
          data: file.slice(offset, offset + size)
        });
      }
      return {
        type,
        name,
        vmaddr,
        vmsize,
        fileoff,
        filesize,
        maxprot: prot(maxprot),
        initprot: prot(initprot),
        nsects,
        flags: this.mapFlags(flags, constants8.segFlag),
        sections
      };
    };
    Parser.prototype.parseSymtab = function parseSymtab(type, buf) {
      if (buf.length !== 16)
        throw new Error("symtab OOB");
      return {
        type,
        symoff: this.readUInt32(buf, 0),
        nsyms: this.readUInt32(buf, 4),
        stroff: this.readUInt32(buf, 8),
        strsize: this.readUInt32(buf, 12)
      };
    };
    Parser.prototype.parseSymseg = function parseSymseg(type, buf) {
      if (buf.length !== 8)
        throw new Error("symseg OOB");
      return {
        type,
        offset: this.readUInt32(buf, 0),
        size: this.readUInt32(buf, 4)
      };
    };
    Parser.prototype.parseEncryptionInfo = function parseEncryptionInfo(type, buf) {
      if (buf.length !== 12)
        throw new Error("encryptinfo OOB");
      return {
        type,
        offset: this.readUInt32(buf, 0),
        size: this.readUInt32(buf, 4),
        id: this.readUInt32(buf, 8)
      };
    };
    Parser.prototype.parseEncryptionInfo64 = function parseEncryptionInfo64(type, buf) {
      if (buf.length !== 16)
        throw new Error("encryptinfo64 OOB");
      return this.parseEncryptionInfo(type, buf.slice(0, 12));
    };
    Parser.prototype.parseDysymtab = function parseDysymtab(type, buf) {
      if (buf.length !== 72)
        throw new Error("dysymtab OOB");
      return {
        type,
        ilocalsym: this.readUInt32(buf, 0),
        nlocalsym: this.readUInt32(buf, 4),
        iextdefsym: this.readUInt32(buf, 8),
        nextdefsym: this.readUInt32(buf, 12),
        iundefsym: this.readUInt32(buf, 16),
        nundefsym: this.readUInt32(buf, 20),
        tocoff: this.readUInt32(buf, 24),
        ntoc: this.readUInt32(buf, 28),
        modtaboff: this.readUInt32(buf, 32),
        nmodtab: this.readUInt32(buf, 36),
        extrefsymoff: this.readUInt32(buf, 40),
        nextrefsyms: this.readUInt32(buf, 44),
        indirectsymoff: this.readUInt32(buf, 48),
        nindirectsyms: this.readUInt32(buf, 52),
        extreloff: this.readUInt32(buf, 56),
        nextrel: this.readUInt32(buf, 60),
        locreloff: this.readUInt32(buf, 64),
        nlocrel: this.readUInt32(buf, 68)
      };
    };
    Parser.prototype.parseLoadDylinker = function parseLoadDylinker(type, buf) {
      return {
        type,
        cmd: this.parseLCStr(buf, 0)
      };
    };
    Parser.prototype.parseRpath = function parseRpath(type, buf) {
      if (buf.length < 8)
        throw new Error("lc_rpath OOB");
      return {
        type,
        name: this.parseLCStr(buf, 0)
      };
    };
    Parser.prototype.parseLoadDylib = function parseLoadDylib(type, buf) {
      if (buf.length < 16)
        throw new Error("load_dylib OOB");
      return {
        type,
        name: this.parseLCStr(buf, 0),
        timestamp: this.readUInt32(buf, 4),
        current_version: this.readUInt32(buf, 8),
        compatibility_version: this.readUInt32(buf, 12)
      };
    };
    Parser.prototype.parseVersionMin = function parseVersionMin(type, buf) {
      if (buf.length !== 8)
        throw new Error("min version OOB");
      return {
        type,
        version: this.readUInt16(buf, 2) + "." + buf[1] + "." + buf[0],
        sdk: this.readUInt16(buf, 6) + "." + buf[5] + "." + buf[4]
      };
    };
    Parser.prototype.parseLinkEdit = function parseLinkEdit(type, buf) {
      if (buf.length !== 8)
        throw new Error("link_edit OOB");
      return {
        type,
        dataoff: this.readUInt32(buf, 0),
        datasize: this.readUInt32(buf, 4)
      };
    };
    Parser.prototype.parseFunctionStarts = function parseFunctionStarts(type, buf, file) {
      if (buf.length !== 8)
        throw new Error("function_starts OOB");
      var dataoff = this.readUInt32(buf, 0);
      var datasize = this.readUInt32(buf, 4);
      var data = file.slice(dataoff, dataoff + datasize);
      var addresses = [];
      var address = 0;
      var delta = 0, shift = 0;
      for (var i2 = 0; i2 < data.length; i2++) {
        delta |= (data[i2] & 127) << shift;
        if ((data[i2] & 128) !== 0) {
          shift += 7;
          if (shift > 24)
            throw new Error("function_starts delta too large");
          else if (i2 + 1 === data.length)
            throw new Error("function_starts delta truncated");
        } else if (delta === 0) {
          break;
        } else {
          address += delta;
          addresses.push(address);
          delta = 0;
          shift = 0;
        }
      }
      return {
        type,
        dataoff,
        datasize,
        addresses
      };
    };
    Parser.prototype.parseMain = function parseMain(type, buf) {
      if (buf.length < 16)
        throw new Error("main OOB");
      return {
        type,
        entryoff: this.readUInt64(buf, 0),
        stacksize: this.readUInt64(buf, 8)
      };
    };
  }
});

// node_modules/macho/lib/macho.js
var require_macho = __commonJS({
  "node_modules/macho/lib/macho.js"(exports) {
    var macho2 = exports;
    macho2.constants = require_constants3();
    macho2.Parser = require_parser2();
    macho2.parse = function parse(buf) {
      return new macho2.Parser().execute(buf);
    };
  }
});

// src/rules/build/index.ts
var hostDirReplace, hostPathUnreproducible, pgoProfileMissing, moduleNotAligned, unsafeHostFlags, localReplaceDropped, BUILD_RULES;
var init_build = __esm({
  "src/rules/build/index.ts"() {
    "use strict";
    hostDirReplace = {
      id: "GPC301",
      name: "host-directory-replace",
      severity: "error",
      summary: "The host built a shared module from a local directory that this machine cannot provide."
    };
    hostPathUnreproducible = {
      id: "GPC302",
      name: "host-path-unreproducible",
      severity: "error",
      summary: "The host was built without -trimpath from a directory a plugin build cannot use (work dir, vendor/)."
    };
    pgoProfileMissing = {
      id: "GPC303",
      name: "pgo-profile-missing",
      severity: "warning",
      summary: "The host was built with a PGO profile that is not on this machine."
    };
    moduleNotAligned = {
      id: "GPC304",
      name: "module-not-aligned",
      severity: "error",
      summary: "After the go.mod edits, the plugin still selects another version or replacement of a module the host links."
    };
    unsafeHostFlags = {
      id: "GPC305",
      name: "host-flags-not-applied",
      severity: "error",
      summary: "The host's recorded compiler or C flags include words that could read or write other files or run programs, or its module cache is a path go should not download into; build does not apply them."
    };
    localReplaceDropped = {
      id: "GPC306",
      name: "local-replace-dropped",
      severity: "warning",
      summary: "The plugin replaced a shared module with a local directory; build drops that replace, so changes in the directory are not in the plugin."
    };
    BUILD_RULES = [hostDirReplace, hostPathUnreproducible, pgoProfileMissing, moduleNotAligned, unsafeHostFlags, localReplaceDropped];
  }
});

// src/rules/registry.ts
var ALL_RULES;
var init_registry = __esm({
  "src/rules/registry.ts"() {
    "use strict";
    init_build();
    init_causes();
    init_cpu_level();
    init_plugin_conflict();
    init_upgrade_in_place();
    init_rules();
    init_native3();
    ALL_RULES = [
      ...VERDICT_RULES.map((r) => r.meta),
      ...NATIVE_RULES.map((r) => r.meta),
      glibcPluginInMuslMeta,
      ...CAUSE_RULES.map((r) => r.meta),
      cpuLevelMeta,
      pluginConflictMeta,
      upgradeMeta,
      ...BUILD_RULES
    ];
  }
});

// src/gomod/modfile.ts
function* lex(src) {
  let i2 = 0;
  let line = 1;
  let lineHasToken = false;
  while (i2 < src.length) {
    const c = src[i2];
    if (isSpace(c)) {
      i2++;
      continue;
    }
    if (src.startsWith("//", i2)) {
      const end = src.indexOf("\n", i2);
      const stop = end < 0 ? src.length : end;
      yield { kind: "comment", text: src.slice(i2 + 2, stop).trim(), line, suffix: lineHasToken };
      i2 = stop;
      continue;
    }
    if (src.startsWith("/*", i2)) throw new GoModSyntaxError(line, "mod files must use // comments (not /* */ comments)");
    if (c === "\n") {
      yield { kind: "newline", line };
      i2++;
      line++;
      lineHasToken = false;
      continue;
    }
    lineHasToken = true;
    if (PUNCT.has(c)) {
      yield { kind: "punct", text: c, line };
      i2++;
      continue;
    }
    if (c === '"' || c === "`") {
      let j2 = i2 + 1;
      let out3 = "";
      for (; ; ) {
        if (j2 >= src.length) throw new GoModSyntaxError(line, "unexpected EOF in string");
        const d = src[j2];
        if (d === "\n") throw new GoModSyntaxError(line, "unexpected newline in string");
        j2++;
        if (d === c) break;
        if (d === "\\" && c === '"') {
          if (j2 >= src.length) throw new GoModSyntaxError(line, "unexpected EOF in string");
          const e = src[j2++];
          const simple = { n: "\n", t: "	", r: "\r", "\\": "\\", '"': '"', "'": "'", a: "\x07", b: "\b", f: "\f", v: "\v" };
          if (e in simple) out3 += simple[e];
          else if (e === "x" || e === "u" || e === "U") {
            const n = e === "x" ? 2 : e === "u" ? 4 : 8;
            const hex2 = src.slice(j2, j2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex2)) throw new GoModSyntaxError(line, "invalid escape in quoted string");
            const cp = parseInt(hex2, 16);
            if (cp > 1114111) throw new GoModSyntaxError(line, "invalid escape in quoted string");
            out3 += String.fromCodePoint(cp);
            j2 += n;
          } else throw new GoModSyntaxError(line, "invalid escape in quoted string");
        } else out3 += d;
      }
      yield c === '"' ? { kind: "string", text: out3, line } : { kind: "ident", text: src.slice(i2, j2), line };
      i2 = j2;
      continue;
    }
    if (!isIdentChar(c)) throw new GoModSyntaxError(line, `unexpected input character ${JSON.stringify(c)}`);
    let j = i2;
    while (j < src.length && isIdentChar(src[j]) && !src.startsWith("//", j)) {
      if (src.startsWith("/*", j)) throw new GoModSyntaxError(line, "mod files must use // comments (not /* */ comments)");
      j++;
    }
    yield { kind: "ident", text: src.slice(i2, j), line };
    i2 = j;
  }
  yield { kind: "eof", line };
}
function parseGoMod(src) {
  const out3 = { module: null, go: null, toolchain: null, require: [], replace: [], lines: [], errors: [] };
  const toks = lex(src.replace(/^\ufeff/, ""));
  let peeked = null;
  const next = () => {
    if (peeked) {
      const t = peeked;
      peeked = null;
      return t;
    }
    return toks.next().value;
  };
  const peek = () => peeked ??= toks.next().value;
  const isEol = (t) => t.kind === "newline" || t.kind === "eof" || t.kind === "comment" && t.suffix;
  const restOfLine = () => {
    const args = [];
    let invalid = false;
    for (; ; ) {
      const t = next();
      if (t.kind === "comment" && t.suffix) {
        const n = peek();
        if (n.kind === "newline") next();
        return { args, comment: t.text, block: false, invalid };
      }
      if (t.kind === "newline" || t.kind === "eof") return { args, comment: null, block: false, invalid };
      if (t.kind === "punct" && t.text === "(" && isEol(peek())) {
        const n = next();
        if (n.kind === "comment") {
          const m = peek();
          if (m.kind === "newline") next();
        }
        return { args, comment: null, block: true, invalid };
      }
      if (t.kind === "ident" && /["'`]/.test(t.text)) invalid = true;
      if (t.kind === "ident" || t.kind === "string" || t.kind === "punct") args.push(t.text);
    }
  };
  try {
    for (; ; ) {
      const t = peek();
      if (t.kind === "eof") break;
      if (t.kind === "newline" || t.kind === "comment") {
        next();
        continue;
      }
      const first = next();
      const verb = first.text;
      const { args, comment, block, invalid } = restOfLine();
      if (!block) {
        if (args.length === 2 && args[0] === "(" && args[1] === ")") continue;
        out3.lines.push({ verb, args, line: first.line, comment, invalid });
        continue;
      }
      if (args.length) throw new GoModSyntaxError(first.line, `unexpected tokens before ( in ${verb} block`);
      for (; ; ) {
        const b = peek();
        if (b.kind === "eof") throw new GoModSyntaxError(first.line, `syntax error (unterminated block started at line ${first.line})`);
        if (b.kind === "newline" || b.kind === "comment") {
          next();
          continue;
        }
        if (b.kind === "punct" && b.text === ")") {
          next();
          const after = restOfLine();
          if (after.args.length) throw new GoModSyntaxError(b.line, "syntax error (expected newline after closing paren)");
          break;
        }
        const head = next();
        const rest = restOfLine();
        const headInvalid = head.kind === "ident" && /["'`]/.test(head.text);
        out3.lines.push({ verb, args: [head.text, ...rest.args], line: head.line, comment: rest.comment, invalid: rest.invalid || headInvalid });
      }
    }
  } catch (err3) {
    if (!(err3 instanceof GoModSyntaxError)) throw err3;
    out3.errors.push({ line: err3.line, message: err3.message });
  }
  for (const l of out3.lines) {
    const a = l.args;
    if (l.invalid) {
      out3.errors.push({ line: l.line, message: "unquoted string cannot contain quote" });
      continue;
    }
    switch (l.verb) {
      case "module":
        if (a.length === 1 && !out3.module) out3.module = { path: a[0], line: l.line };
        else out3.errors.push({ line: l.line, message: "usage: module module/path" });
        break;
      case "go":
        if (a.length === 1) out3.go = { version: a[0], line: l.line };
        else out3.errors.push({ line: l.line, message: "usage: go 1.23" });
        break;
      case "toolchain":
        if (a.length === 1) out3.toolchain = { name: a[0], line: l.line };
        else out3.errors.push({ line: l.line, message: "usage: toolchain go1.23.0" });
        break;
      case "require":
        if (a.length === 2) out3.require.push({ path: a[0], version: a[1], line: l.line, indirect: /^indirect\b/.test(l.comment ?? "") });
        else out3.errors.push({ line: l.line, message: "usage: require module/path v1.2.3" });
        break;
      case "replace": {
        const arrow = a.indexOf("=>");
        const left = a.slice(0, arrow);
        const right = a.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          out3.errors.push({ line: l.line, message: "usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory" });
          break;
        }
        out3.replace.push({ oldPath: left[0], oldVersion: left[1] ?? null, newPath: right[0], newVersion: right[1] ?? null, line: l.line });
        break;
      }
      default:
        break;
    }
  }
  return out3;
}
var PUNCT, isSpace, isIdentChar, GoModSyntaxError;
var init_modfile = __esm({
  "src/gomod/modfile.ts"() {
    "use strict";
    PUNCT = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
    isSpace = (c) => c === " " || c === "	" || c === "\r";
    isIdentChar = (c) => !PUNCT.has(c) && !/[\s\p{C}]/u.test(c);
    GoModSyntaxError = class extends Error {
      constructor(line, message) {
        super(message);
        this.line = line;
      }
      line;
    };
  }
});

// src/workspace/go-mods.ts
import { closeSync as closeSync2, existsSync as existsSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2, readdirSync, constants as constants5 } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join3, relative as relative2, sep as sep2 } from "node:path";
function readSmallRegular(file) {
  const fd2 = openSync2(file, constants5.O_RDONLY | constants5.O_NOFOLLOW | constants5.O_NONBLOCK);
  try {
    const st = fstatSync2(fd2);
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > MAX_GOMOD_BYTES) throw new Error(`larger than ${MAX_GOMOD_BYTES} bytes`);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync2(fd2, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString("utf8");
  } finally {
    closeSync2(fd2);
  }
}
function indexGoMods(root) {
  const out3 = { root, files: [], problems: [] };
  let queue = [{ dir: root, depth: 0 }];
  let seen = 0;
  while (queue.length) {
    const nextLevel = [];
    for (const { dir, depth } of queue) {
      if (++seen > MAX_DIRS) {
        out3.problems.push({ path: dir, message: `stopped looking for go.mod files after ${MAX_DIRS} directories` });
        return sortIndex(out3);
      }
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err3) {
        out3.problems.push({ path: dir, message: `cannot list directory: ${err3.code ?? err3.message}` });
        continue;
      }
      for (const e of entries) {
        const p = join3(dir, e.name);
        if (e.name === "go.mod" && (e.isFile() || e.isSymbolicLink())) {
          try {
            out3.files.push({ file: p, dir, mod: parseGoMod(readSmallRegular(p)) });
          } catch (err3) {
            out3.problems.push({ path: p, message: `cannot read go.mod: ${err3.code ?? err3.message}` });
          }
        } else if (e.isDirectory() && !SKIP(e.name) && !isModuleCacheDownloads(dir, e.name)) {
          if (depth + 1 > MAX_DEPTH) out3.problems.push({ path: p, message: `deeper than ${MAX_DEPTH} levels: not searched for go.mod files` });
          else nextLevel.push({ dir: p, depth: depth + 1 });
        }
      }
    }
    queue = nextLevel;
  }
  return sortIndex(out3);
}
function sortIndex(i2) {
  i2.files.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return i2;
}
function holdsGoFiles(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && e.name.endsWith(".go") && !e.name.endsWith("_test.go"));
  } catch {
    return false;
  }
}
function isInside(p, dir) {
  const r = relative2(dir, p);
  return r === "" || r !== ".." && !r.startsWith(".." + sep2) && !isAbsolute(r);
}
function existingAncestor(p) {
  const missing = [];
  let dir = p;
  while (!existsSync2(dir) && dirname3(dir) !== dir) {
    missing.unshift(dir);
    dir = dirname3(dir);
  }
  return { dir, missing };
}
var SKIP, isModuleCacheDownloads, MAX_DIRS, MAX_DEPTH, MAX_GOMOD_BYTES;
var init_go_mods = __esm({
  "src/workspace/go-mods.ts"() {
    "use strict";
    init_modfile();
    SKIP = (name) => name.startsWith(".") || name.startsWith("_") || name === "node_modules" || name === "vendor" || name === "testdata" || name.includes("@");
    isModuleCacheDownloads = (dir, name) => name === "cache" && existsSync2(join3(dir, name, "download"));
    MAX_DIRS = 2e4;
    MAX_DEPTH = 16;
    MAX_GOMOD_BYTES = 1 << 20;
  }
});

// src/report/compose.ts
import { basename as basename3, isAbsolute as isAbsolute2, join as join4, relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";
function fileLocation(workspace2, abs, kind) {
  const inWorkspace = isInside(abs, workspace2);
  return { file: inWorkspace ? toPosix(relative3(workspace2, abs)) : abs, inWorkspace, line: null, kind };
}
function moduleFor(pkg, paths) {
  let best = null;
  for (const m of paths) if ((pkg === m || pkg.startsWith(m + "/")) && (!best || m.length > best.length)) best = m;
  return best;
}
function pluginGoMod(p, pluginAbs, index) {
  if (p.source?.gopath) return null;
  const withModule = index.files.filter((f) => f.mod.module);
  let cands = [];
  const main = p.source?.mainModule && p.source.mainModule !== "command-line-arguments" ? p.source.mainModule : null;
  if (main) cands = withModule.filter((f) => f.mod.module.path === main);
  const pkg = p.source?.mainPackage ?? p.pluginPath;
  const pkgKnown = !!pkg && pkg !== "command-line-arguments" && !pkg.startsWith("plugin/unnamed-");
  if (cands.length === 0 && pkgKnown) {
    const m = moduleFor(pkg, withModule.map((f) => f.mod.module.path));
    if (m) cands = withModule.filter((f) => f.mod.module.path === m);
  }
  let homes;
  const buildHomes = () => homes ??= new Set((p.source?.dirs ?? []).map((d) => innermostGoMod(d, withModule)).filter((f) => f !== null));
  if (cands.length === 0 && buildHomes().size) {
    const found = /* @__PURE__ */ new Set();
    for (const home of buildHomes()) {
      const replacers = withModule.filter((f) => f !== home && localReplaceDirs(f).includes(home.dir));
      for (const f of replacers.length ? replacers : [home]) found.add(f);
    }
    const replaced = new Set([...found].flatMap(localReplaceDirs));
    cands = [...found].filter((f) => !replaced.has(f.dir));
  }
  if (cands.length <= 1) return cands[0] ?? null;
  const narrow = (keep) => {
    const k = cands.filter(keep);
    if (k.length) cands = k;
  };
  narrow((f) => buildHomes().has(f));
  if (cands.length > 1 && pkgKnown) {
    const modPath = cands[0].mod.module.path;
    const rel = pkg === modPath || pkg.startsWith(modPath + "/") ? pkg.slice(modPath.length + 1) : "";
    narrow((f) => holdsGoFiles(join4(f.dir, ...rel.split("/").filter(Boolean))));
  }
  if (cands.length <= 1) return cands[0] ?? null;
  const common = (a, b) => {
    const x2 = a.split(sep3);
    const y = b.split(sep3);
    let i2 = 0;
    while (i2 < x2.length && i2 < y.length && x2[i2] === y[i2]) i2++;
    return i2;
  };
  const ranked = cands.map((f) => ({ f, n: common(f.dir, pluginAbs) })).sort((a, b) => b.n - a.n);
  if (ranked[0].n > ranked[1].n) return ranked[0].f;
  const module = cands[0].mod.module.path;
  const files = `${ranked.slice(0, 5).map((r) => r.f.file).join(", ")}${cands.length > 5 ? ` and ${cands.length - 5} more` : ""}`;
  const message = cands.every((f) => f.mod.module.path === module) ? `${cands.length} go.mod files declare module ${module} and nothing tells which one built ${pluginAbs}: ${files}; its findings stay on the plugin file` : `${cands.length} go.mod files hold directories ${pluginAbs} was built in and nothing tells which is its own: ${files}; its findings stay on the plugin file`;
  if (!index.problems.some((x2) => x2.message === message)) index.problems.push({ path: cands[0].file, message });
  return null;
}
function innermostGoMod(dir, files) {
  let best = null;
  for (const f of files) if (isInside(dir, f.dir) && (!best || f.dir.length > best.dir.length)) best = f;
  return best;
}
function localReplaceDirs(f) {
  return f.mod.replace.filter((r) => r.newVersion === null && (r.newPath.startsWith("./") || r.newPath.startsWith("../") || isAbsolute2(r.newPath))).map((r) => resolve2(f.dir, r.newPath));
}
function lineFor(mod, pkg) {
  const m = moduleFor(pkg, [...mod.replace.map((r) => r.oldPath), ...mod.require.map((r) => r.path)]);
  if (!m) return null;
  const req = mod.require.find((r) => r.path === m);
  const rep = mod.replace.find((r) => r.oldPath === m && (r.oldVersion === null || r.oldVersion === req?.version)) ?? mod.replace.find((r) => r.oldPath === m);
  if (rep) return { line: rep.line, directive: "replace", module: m };
  return req ? { line: req.line, directive: "require", module: m } : null;
}
function goModLocations(meta, f, failurePkg, entry, workspace2) {
  const base = fileLocation(workspace2, entry.file, "go.mod");
  const mod = entry.mod;
  const moduleLine = () => mod.module ? [{ ...base, line: mod.module.line, directive: "module" }] : [{ ...base, line: 1 }];
  if (meta.locate === "toolchain") {
    if (mod.toolchain) return [{ ...base, line: mod.toolchain.line, directive: "toolchain" }];
    if (mod.go) return [{ ...base, line: mod.go.line, directive: "go" }];
    return moduleLine();
  }
  const pkgs = [...f.packages ?? []];
  if (failurePkg && pkgs.includes(failurePkg)) pkgs.sort((a, b) => a === failurePkg ? -1 : b === failurePkg ? 1 : 0);
  const out3 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pkg of pkgs) {
    const l = lineFor(mod, pkg);
    if (l && !seen.has(l.line)) {
      seen.add(l.line);
      out3.push({ ...base, line: l.line, directive: l.directive, module: l.module });
    }
  }
  return out3.length ? out3 : moduleLine();
}
function compose(reports, ctx) {
  const workspace2 = resolve2(ctx.workspace);
  const cwd = resolve2(ctx.cwd ?? workspace2);
  let index;
  const goMods = () => index === void 0 ? index = ctx.goMods?.() ?? null : index;
  const findings = [];
  for (const [h, report] of reports.entries()) {
    for (const [i2, p] of report.plugins.entries()) {
      const abs = resolve2(cwd, p.file);
      const pluginLoc = fileLocation(workspace2, abs, "plugin");
      let entry;
      const failurePkg = p.failure?.package ?? null;
      const pluginEntry = () => {
        if (entry === void 0) {
          const idx = goMods();
          entry = idx ? pluginGoMod(p, abs, idx) : null;
        }
        return entry;
      };
      for (const f of p.findings) {
        const meta = metaOf(f.rule);
        let locs = [pluginLoc];
        if (meta?.locate) {
          const e = pluginEntry();
          if (e && isInside(e.file, workspace2)) locs = goModLocations(meta, f, failurePkg, e, workspace2);
        }
        const pluginCommands = (f.commands?.length ?? 0) > 0 && f.commandsFor === void 0;
        const dirEntry = pluginCommands ? pluginEntry() : null;
        const isVerdict = VERDICT_IDS.has(f.rule);
        const location = locs[0];
        findings.push({
          host: h,
          plugin: i2,
          finding: f,
          location,
          related: locs.slice(1),
          isVerdict,
          explainsFailure: !isVerdict && failurePkg !== null && (f.packages ?? []).includes(failurePkg),
          rootCause: [f.rule, location.file, location.line ?? "", location.kind === "plugin" ? `${h}` : "", f.evidence?.reference ?? "", f.evidence?.plugin ?? "", location.kind === "plugin" ? f.message : ""].join("\0"),
          commandsDir: dirEntry ? fileLocation(workspace2, dirEntry.dir, "go.mod").file || "." : null
        });
      }
    }
  }
  return { workspace: workspace2, reports, findings, problems: index ? index.problems : [] };
}
function problemLine(p) {
  return p.message.includes(p.path) ? p.message : `${p.path}: ${p.message}`;
}
function composeReport(report, workspace2 = process.cwd()) {
  return compose([report], { workspace: workspace2, cwd: workspace2 });
}
function commandsWhere(cf) {
  if (!cf.finding.commands?.length || cf.finding.commandsFor === "host") return null;
  if (cf.finding.commandsFor === "package") return "in the plugin's package directory";
  return cf.commandsDir !== null ? `in ${cf.commandsDir}` : "in the plugin's module directory";
}
var META, metaOf, VERDICT_IDS, toPosix, SEVERITY_ORDER, shortName;
var init_compose = __esm({
  "src/report/compose.ts"() {
    "use strict";
    init_registry();
    init_rules();
    init_go_mods();
    META = /* @__PURE__ */ new Map();
    metaOf = (id) => {
      if (META.size === 0) for (const m of ALL_RULES) META.set(m.id, m);
      return META.get(id);
    };
    VERDICT_IDS = new Set(VERDICT_RULES.map((r) => r.meta.id));
    toPosix = (p) => p.split(sep3).join("/");
    SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
    shortName = (file) => basename3(file);
  }
});

// src/report/escape.ts
function workflowData(s) {
  const visible = s.replace(UNSAFE_IN_DATA, (c) => terminalText(c));
  return guardLegacyCommands(visible.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function workflowProperty(s) {
  return workflowData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function guardLegacyCommands(s) {
  return s.replace(/##\[/g, `#${ZWSP}#[`);
}
function guardRunnerCommands(text) {
  return guardLegacyCommands(text).split(/(\r\n|\r|\n)/).map((part) => part.replace(LINE_START_COMMAND, `$1:${ZWSP}`)).join("");
}
function terminalText(s) {
  return s.replace(UNSAFE_TERMINAL, (c) => {
    const n = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return n < 256 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
  });
}
function underGithubActions(env = process.env) {
  return env.GITHUB_ACTIONS === "true";
}
function forLog(text, env = process.env) {
  return underGithubActions(env) ? guardRunnerCommands(text) : text;
}
function markdownText(s) {
  return s.split(/\r\n|\r|\n/).map((line) => terminalText(line).replace(MD_SPECIAL, (c) => `&#${c.charCodeAt(0)};`)).join("<br>");
}
function markdownCode(s) {
  return `<code>${markdownText(s)}</code>`;
}
function jsonForLog(json) {
  return json.replace(/##\[/g, "\\u0023#[").replace(JSON_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var UNSAFE_IN_DATA, ZWSP, LINE_START_COMMAND, UNSAFE_TERMINAL, MD_SPECIAL, JSON_INVISIBLE;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    UNSAFE_IN_DATA = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
    ZWSP = "\u200B";
    LINE_START_COMMAND = /^([\s\u0085]*):(?=:)/;
    UNSAFE_TERMINAL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
    MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&"'@:$^=]/g;
    JSON_INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
function artifactLocation(l) {
  if (l.inWorkspace) return { uri: l.file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(l.file).href };
}
function physical(l) {
  return {
    artifactLocation: artifactLocation(l),
    // A go.mod line, or the first line of a binary: code scanning needs a region on every result.
    region: { startLine: l.line ?? 1 }
  };
}
function fingerprint(c, f) {
  const p = c.reports[f.host].plugins[f.plugin];
  const key = [f.finding.rule, f.location.file, f.location.module ?? "", shortName(p.file), [...f.finding.packages ?? []].sort().join(","), f.finding.evidence?.reference ?? "", f.finding.evidence?.plugin ?? ""].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function run(c, h, automationId) {
  const r = c.reports[h];
  const findings = c.findings.filter((f) => f.host === h);
  const ruleIds = ALL_RULES.map((m) => m.id);
  const results = findings.map((f) => {
    const p = r.plugins[f.plugin];
    const fi = f.finding;
    const text = [
      `${p.file}${p.failure && f.explainsFailure ? ` will not load: plugin.Open fails with "${p.failure.message}"` : ""}: ${fi.message}`,
      fi.fix ? ` Fix: ${fi.fix}` : "",
      fi.commands?.length ? ` Commands${commandsWhere(f) ? ` (${commandsWhere(f)})` : ""}: ${fi.commands.join(" ; ")}` : ""
    ].join("");
    return {
      ruleId: fi.rule,
      ...ruleIds.includes(fi.rule) ? { ruleIndex: ruleIds.indexOf(fi.rule) } : {},
      level: LEVEL[fi.severity],
      message: { text: sentence(text) },
      locations: [{ physicalLocation: physical(f.location) }],
      ...f.related.length ? { relatedLocations: f.related.map((l, id) => ({ id: id + 1, physicalLocation: physical(l) })) } : {},
      partialFingerprints: { "goPluginCompat/v1": fingerprint(c, f) },
      properties: {
        plugin: p.file,
        ...fi.packages ? { packages: fi.packages } : {},
        ...fi.evidence ? { evidence: fi.evidence } : {},
        ...fi.commands ? { commands: fi.commands, commandsDir: f.commandsDir } : {},
        loads: p.loads,
        failureKind: p.failure?.kind ?? null
      }
    };
  });
  return {
    tool: {
      driver: {
        name: "go-plugin-compat",
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: "https://github.com/go-plugin-compat/go-plugin-compat",
        rules: ALL_RULES.map((m) => ({
          id: m.id,
          name: pascal(m.name),
          shortDescription: { text: sentence(m.summary) },
          fullDescription: { text: sentence(m.summary) },
          help: { text: `See ${docsUrl(m)}`, markdown: `See [${m.id}](${docsUrl(m)}).` },
          helpUri: docsUrl(m),
          defaultConfiguration: { level: LEVEL[m.severity] },
          properties: { tags: ["go-plugin", "compatibility"], precision: "very-high", "problem.severity": m.severity === "notice" ? "recommendation" : m.severity }
        }))
      }
    },
    // Several checks in one repository (hosts, workflows) must not overwrite each other's alerts.
    automationDetails: { id: automationId ?? `go-plugin-compat/${r.host.file.replace(/[^A-Za-z0-9._/-]+/g, "_")}/` },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(c.workspace.endsWith("/") ? c.workspace : c.workspace + "/").href } },
    invocations: [{
      executionSuccessful: true,
      toolExecutionNotifications: [
        ...r.plugins.filter((p) => p.failure?.kind === "unreadable").map((p) => ({
          level: "error",
          message: { text: sentence(`${p.file}: ${p.failure.message}`) }
        })),
        // Why some results point at a plugin file rather than its go.mod line.
        ...c.problems.map((p) => ({ level: "warning", message: { text: sentence(problemLine(p)) } }))
      ]
    }],
    columnKind: "unicodeCodePoints",
    results
  };
}
function checkSarif(x2, opts = {}) {
  const c = "findings" in x2 && "reports" in x2 ? x2 : composeReport(x2);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: c.reports.map((_, h) => run(c, h, c.reports.length > 1 && opts.automationId ? `${opts.automationId.replace(/\/$/, "")}-${h + 1}/` : opts.automationId))
  };
  return jsonForLog(JSON.stringify(sarif, null, 2)) + "\n";
}
var LEVEL, SRCROOT, pascal, sentence;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_registry();
    init_types();
    init_version();
    init_compose();
    init_escape();
    LEVEL = { error: "error", warning: "warning", notice: "note" };
    SRCROOT = "%SRCROOT%";
    pascal = (s) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
    sentence = (s) => /[.!?]$/.test(s.trimEnd()) ? s.trimEnd() : `${s.trimEnd()}.`;
  }
});

// src/action/main.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute4, join as join8, resolve as resolve7 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input2) {
  if (input2 === null || input2 === void 0) {
    return "";
  } else if (typeof input2 === "string" || input2 instanceof String) {
    return input2;
  }
  return JSON.stringify(input2);
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value2) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value2);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve8) {
      resolve8(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value2]) => ` ${key}="${value2}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered2 = false) {
    const tag = ordered2 ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path3 from "path";

// node_modules/@actions/io/lib/io.js
import * as path2 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path from "path";
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve8) {
      resolve8(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err3) {
      if (err3.code === "ENOENT") {
        return false;
      }
      throw err3;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter2(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err3) {
      if (err3.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err3}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err3) {
        if (err3.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err3}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path.dirname(filePath);
            const upperName = path.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            }
          } catch (err3) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err3}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve8) {
      resolve8(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path2.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path2.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path2.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path2.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve8) {
      resolve8(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err3) {
      this._debug(`error processing line. Failed with error ${err3}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str2, end) {
    return str2.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x2) => x2 === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i2 = arg.length; i2 > 0; i2--) {
      reverse += arg[i2 - 1];
      if (quoteHit && arg[i2 - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i2 - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i2 = arg.length; i2 > 0; i2--) {
      reverse += arg[i2 - 1];
      if (quoteHit && arg[i2 - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i2 - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path3.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve8, reject) => __awaiter4(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err3) => {
          state.processError = err3.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error) {
            reject(error);
          } else {
            resolve8(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i2 = 0; i2 < argString.length; i2++) {
    const c = argString.charAt(i2);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error;
    if (this.processExited) {
      if (this.processError) {
        error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve8) {
      resolve8(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine2, args, options) {
  return __awaiter5(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine2);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine2, args, options) {
  return __awaiter5(this, void 0, void 0, function* () {
    var _a2, _b2;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _a2 === void 0 ? void 0 : _a2.stdout;
    const originalStdErrListener = (_b2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _b2 === void 0 ? void 0 : _b2.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine2, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var platform = os4.platform();
var arch = os4.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value2) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value2));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value2));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}

// src/check/run-check.ts
init_query();
init_cpu_level();
init_plugin_conflict();
init_upgrade_in_place();
init_types();
init_rules();
init_native3();

// src/check/attribute.ts
init_causes();
init_query();
init_types();
function attribute(host, plugin, differences, pluginFacts, files, pluginFailed = () => false) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of differences) {
    const key = d.owner.kind === "host" ? "host" : `p${d.owner.index}`;
    let g = groups.get(key);
    if (!g) {
      const reference = d.owner.kind === "host" ? host : pluginFacts(d.owner.index);
      if (!reference) continue;
      const referenceName = d.owner.kind === "host" ? "host" : `earlier plugin ${shortFile(files[d.owner.index])}`;
      const residueOf = d.owner.kind === "plugin" && pluginFailed(d.owner.index) ? files[d.owner.index] : null;
      g = { pair: { reference, referenceName: residueOf ? `${referenceName} (which failed to load)` : referenceName, plugin }, packages: [], residueOf };
      groups.set(key, g);
    }
    g.packages.push(d.package);
  }
  const out3 = [];
  for (const { pair, packages, residueOf } of groups.values()) {
    let left = [...packages];
    const explained = /* @__PURE__ */ new Map();
    for (const rule of CAUSE_RULES) {
      if (left.length === 0) break;
      const e = rule.explain(pair, left, explained);
      if (!e || e.packages.length === 0) continue;
      const claimed = new Set(e.packages);
      left = left.filter((p) => !claimed.has(p));
      for (const p of e.packages) explained.set(p, rule.meta.id);
      out3.push(finding(rule.meta, {
        message: e.message,
        packages: e.packages,
        evidence: { ...e.evidence, referenceName: pair.referenceName },
        // A failed plugin stays mapped: its build, not this plugin's, is usually the one to fix.
        fix: residueOf ? `fix or stop loading ${residueOf}: it failed to load but stays mapped, and its build of these packages now decides; only if ${residueOf} is the right build: ${e.fix}` : e.fix,
        ...e.commands && !residueOf ? { commands: e.commands, ...e.commandsFor ? { commandsFor: e.commandsFor } : {} } : {}
      }));
    }
  }
  return out3;
}

// src/check/infer.ts
init_causes();
init_query();
init_types();
function inferDifferences(host, plugin, prefix, skipRules = /* @__PURE__ */ new Set()) {
  const linked = plugin.imports ? new Set(Object.keys(plugin.imports)) : null;
  const shared = host.exportedHashes.map((h) => h.package).filter((p) => p !== "main" && (linked ? linked.has(p) : isStd(p) || moduleOf(plugin, p) !== null));
  const pair = { reference: host, referenceName: "host", plugin };
  const findings = [];
  const claimed = [];
  const claimedBy = /* @__PURE__ */ new Map();
  let left = shared;
  for (const rule of CAUSE_RULES) {
    if (rule.meta.id === "GPC199" || rule.meta.id === "GPC109" || skipRules.has(rule.meta.id) || left.length === 0) continue;
    const e = rule.explain(pair, left, claimedBy);
    if (!e || e.packages.length === 0) continue;
    const taken = new Set(e.packages);
    left = left.filter((p) => !taken.has(p));
    for (const p of e.packages) {
      claimed.push(p);
      claimedBy.set(p, rule.meta.id);
    }
    findings.push(finding(rule.meta, {
      message: `${prefix}${e.message}`,
      packages: e.packages,
      evidence: { ...e.evidence, referenceName: "host" },
      fix: e.fix,
      ...e.commands ? { commands: e.commands } : {}
    }));
  }
  return { shared, findings, packages: claimed };
}

// src/check/run-check.ts
init_rebuild();
init_simulate();
var ORDER = { error: 0, warning: 1, notice: 2 };
function runCheck(host, hostSource, plugins, requireSymbols = [], options = {}) {
  const verdicts = simulate(host, plugins, { requireSymbols, ...options.deployment ? { deployment: options.deployment } : {} });
  const files = plugins.map((p) => p.file);
  const conflicts = pluginConflicts(verdicts, files, (i2) => plugins[i2]?.facts ?? null);
  const reports = verdicts.map((v) => {
    const facts = plugins[v.index].facts;
    const findings = [];
    for (const rule of [...VERDICT_RULES, ...NATIVE_RULES]) findings.push(...rule.check({ host, verdict: v, plugin: facts, all: plugins }));
    let failure = v.failure;
    let loads = v.loads;
    if (facts && facts.kind === "plugin" && v.loads && facts.exportedHashes.length === 0 && facts.packageHashes.length === 0) {
      const inferred2 = inferDifferences(host, facts, "inferred from build facts: ");
      if (inferred2.packages.length) {
        const first = inferred2.shared.find((p) => inferred2.packages.includes(p));
        loads = false;
        failure = { kind: "package-mismatch", package: first, packages: inferred2.packages, message: `plugin was built with a different version of package ${first}` };
        findings.push(...inferred2.findings);
      }
    }
    if (facts && v.cachedFrom === null && v.notReachedAfter === null) {
      findings.push(...attribute(host, facts, v.differences, (i2) => plugins[i2]?.facts ?? null, files, (i2) => verdicts[i2].failure !== null));
      findings.push(...conflicts.get(v.index) ?? []);
      if (facts.kind === "plugin" && host.goarch === facts.goarch) findings.push(...cpuLevel(host, facts));
      if (loads) findings.push(...upgradeInPlace(v.file, facts), ...glibcPluginInMusl(host, facts));
    }
    findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    if (facts?.lazyReadError) {
      const message = facts.lazyReadError;
      return {
        file: v.file,
        reached: v.notReachedAfter === null,
        loads: false,
        opened: false,
        failure: { kind: "unreadable", package: null, packages: [], message },
        findings: [finding(unreadable.meta, { message: `cannot read the plugin: ${message}` })],
        goVersion: facts.goVersion,
        pluginPath: facts.pluginPath,
        inferred: v.inferred,
        source: pluginSource(null),
        rebuild: null
      };
    }
    return {
      file: v.file,
      reached: v.notReachedAfter === null,
      loads,
      opened: loads === v.loads ? v.opened : false,
      failure,
      findings,
      goVersion: facts?.goVersion ?? null,
      pluginPath: facts?.pluginPath ?? null,
      inferred: v.inferred,
      source: pluginSource(facts),
      // The build line reproduces the host's build: useful when the host fixed a differing package.
      rebuild: (failure?.kind === "package-mismatch" || failure?.kind === "host-crash" && v.crash === "toolchain") && v.cachedFrom === null && v.notReachedAfter === null && facts && (v.differences.length === 0 || v.differences.some((d) => d.owner.kind === "host")) ? rebuildCommand(host, facts) : null
    };
  });
  const all = reports.flatMap((r) => r.findings);
  return {
    schemaVersion: 1,
    compatible: reports.every((r) => r.loads),
    host: {
      file: host.file,
      source: hostSource,
      goVersion: host.goVersion,
      goos: host.goos,
      goarch: host.goarch,
      kind: host.kind,
      pluginSupport: host.pluginSupport,
      packageHashes: host.exportedHashes.length
    },
    plugins: reports,
    summary: {
      plugins: reports.length,
      loading: reports.filter((r) => r.loads).length,
      failing: reports.filter((r) => !r.loads).length,
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      notices: all.filter((f) => f.severity === "notice").length
    }
  };
}
function pluginSource(facts) {
  return {
    mainModule: facts?.buildInfo?.main?.path || null,
    mainPackage: facts?.mainPackage ?? null,
    get dirs() {
      return facts?.paths && !facts.paths.trimmed ? facts.paths.localDirs : [];
    },
    get gopath() {
      return !!facts && gopathMode(facts);
    }
  };
}

// src/check/multi-host.ts
function multiHost(reports) {
  return {
    schemaVersion: 1,
    compatible: reports.every((r) => r.compatible),
    hosts: reports.map((r) => ({ host: r.host, plugins: r.plugins, summary: r.summary }))
  };
}

// src/cli/check.ts
init_required_symbol();

// src/check/explain-likely.ts
function explainLikely(hosts) {
  const hashes = hosts.map((h) => new Map(h.exportedHashes.map((x2) => [x2.package, x2.hash])));
  return (plugin) => hosts.some((h, i2) => plugin.goVersion !== h.goVersion || plugin.packageHashes.some((p) => {
    const theirs = hashes[i2].get(p.package);
    return theirs !== void 0 && theirs !== p.hash;
  }));
}

// src/facts/analyse.ts
import { statSync } from "node:fs";

// src/container/open.ts
init_errors();

// src/io/file-source.ts
init_errors();
import { closeSync, constants as constants3, fstatSync, openSync, readSync } from "node:fs";

// src/io/limits.ts
init_errors();
var LIMITS = {
  /** One read never allocates more than this (Buffer and readSync top out near 2 GiB). */
  singleReadBytes: 256 << 20,
  /** Bytes read from one file by all readers together: the file's size times this, ... */
  readFactor: 3,
  /** ... plus this slack, ... */
  readSlack: 1 << 20,
  /** ... but never more than this (the largest Go binaries are a few hundred MB). */
  readBytesMax: 768 << 20,
  /**
   * Bytes inflated from compressed DWARF of one file: the file's size times
   * this plus the slack, at most the max. zlib allows 1032:1, but Go's DWARF
   * inflates to about a quarter of the file's size (measured on the corpus):
   * far more is a bomb.
   */
  inflateRatio: 8,
  inflateSlack: 32 << 20,
  inflateBytesMax: 512 << 20,
  /** Entries (symbols, names, compile units, abbreviations, file names) decoded from one file: bounds memory (~250 MB at this count). */
  entriesMax: (1 << 19) + (1 << 16),
  /** Symbols in one symbol table: the largest Go binaries (kubelet-sized) have two or three hundred thousand. */
  symbolsMax: 1 << 19,
  /** Sections in one file: Go writes a few dozen; -ffunction-sections objects reach tens of thousands. */
  sectionsMax: 1 << 18,
  /** DWARF compile units: Go writes one per package (a few thousand at most). */
  compileUnitsMax: 1 << 16,
  /** File names in a pclntab: one per source file (tens of thousands at most). */
  pclnFilesMax: 1 << 18,
  /** A symbol or section name: longer than any name a Go toolchain writes (generic instantiations reach a few KB). */
  nameBytesMax: 64 << 10,
  /** A path: Linux's PATH_MAX; nothing longer can be a source file the compiler opened. */
  pathBytesMax: 4096,
  /** Go import paths (pkgname, plugin path): go/build refuses far shorter ones, this is generous. */
  importPathBytesMax: 4096,
  /** Bytes one heuristic scan (.rodata for a version string or hash run, pclntab header search) looks at. */
  scanBytesMax: 128 << 20,
  /** A host manifest (JSON): a host with thousands of packages writes a few MB. */
  manifestBytesMax: 16 << 20
};
var Budget = class {
  constructor(fileSize) {
    this.fileSize = fileSize;
    this.readBytesMax = Math.min(LIMITS.readBytesMax, fileSize * LIMITS.readFactor + LIMITS.readSlack);
    this.inflateBytesMax = Math.min(LIMITS.inflateBytesMax, fileSize * LIMITS.inflateRatio + LIMITS.inflateSlack);
  }
  fileSize;
  readBytesMax;
  inflateBytesMax;
  read = 0;
  inflated = 0;
  entries = 0;
  chargeRead(n, what) {
    this.read += n;
    if (this.read > this.readBytesMax) {
      throw new LimitError(`${what}: reading it would exceed this file's read budget of ${mb(this.readBytesMax)} (see docs/limits.md)`);
    }
  }
  /** Bytes inflated from this file so far. */
  get inflatedBytes() {
    return this.inflated;
  }
  chargeInflate(n, what) {
    this.inflated += n;
    if (this.inflated > this.inflateBytesMax) {
      throw new LimitError(`${what}: decompresses to more than ${mb(this.inflateBytesMax)} (a decompression bomb?)`);
    }
  }
  chargeEntries(n, what) {
    this.entries += n;
    if (this.entries > LIMITS.entriesMax) {
      throw new LimitError(`${what}: more than ${LIMITS.entriesMax} entries decoded from one file`);
    }
  }
  /** What was spent, for the fuzzer and the hostile-input tests. */
  usage() {
    return { read: this.read, inflated: this.inflated, entries: this.entries };
  }
};
var LimitError = class extends BinaryFormatError {
};
function checkCount(count, entrySize, available, max2, what) {
  if (!Number.isSafeInteger(count) || count < 0) throw new BinaryFormatError(`${what}: invalid count ${count}`);
  if (count * entrySize > available) {
    throw new BinaryFormatError(`${what}: ${count} entries of ${entrySize} bytes do not fit in the ${available} bytes there (truncated or damaged)`);
  }
  if (count > max2) throw new LimitError(`${what}: ${count} entries, more than the ${max2} any real binary has`);
}
var mb = (n) => n >= 1 << 20 ? `${Math.round(n / (1 << 20))} MiB` : `${n} bytes`;

// src/io/read-arena.ts
var ReadArena = class {
  constructor(minRead = 2 << 10, maxBytes = 64 << 20) {
    this.minRead = minRead;
    this.maxBytes = maxBytes;
  }
  minRead;
  maxBytes;
  block = null;
  used = 0;
  held = false;
  /** Takes the arena for one file; false when another file holds it. */
  acquire() {
    if (this.held) return false;
    this.held = true;
    this.used = 0;
    return true;
  }
  /** Every buffer handed out since acquire() may be reused from now on. */
  release() {
    this.held = false;
  }
  /** Where the current file's use of the arena stands, to return to it with `reset`. */
  mark() {
    return this.used;
  }
  /** Frees everything taken since `mark` (the caller keeps none of it). */
  reset(mark) {
    this.used = mark;
  }
  /** `length` bytes of scratch memory (uninitialised, 8-byte aligned), or null when the arena cannot hold them. */
  take(length) {
    const need = length + 7 & ~7;
    if (this.used + need > this.maxBytes) return null;
    this.block ??= new ArrayBuffer(this.maxBytes);
    const out3 = Buffer.from(this.block, this.used, length);
    this.used += need;
    return out3;
  }
};
var readArena = new ReadArena();

// src/io/file-source.ts
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
var SMALL_READ = 2 << 10;
var BLOCK = 16 << 10;
var PAGE = 4 << 10;
var BLOCKS_KEPT = 4;
var ARENA_BLOCK_BYTES = 1 << 20;
var FileSource = class _FileSource {
  constructor(backing, path8, base, size, identity) {
    this.backing = backing;
    this.path = path8;
    this.base = base;
    this.size = size;
    this.identity = identity;
  }
  backing;
  path;
  base;
  size;
  identity;
  /** The budget of the whole file (shared by its slices). */
  get budget() {
    return this.backing.budget;
  }
  /**
   * Opens a regular file. O_NONBLOCK keeps a FIFO or a device from blocking
   * in open(2); fstat on the descriptor then rejects anything that is not a
   * regular file, without a race between a stat and the open.
   */
  static open(path8) {
    const fd2 = openSync(path8, constants3.O_RDONLY | constants3.O_NONBLOCK);
    try {
      const st = fstatSync(fd2);
      if (!st.isFile()) {
        throw Object.assign(new Error(`is ${kindOf(st)}, not a regular file`), { code: st.isDirectory() ? "EISDIR" : "ENOTREG" });
      }
      return new _FileSource({ open: true, fd: fd2, memory: null, budget: new Budget(st.size), arena: readArena.acquire(), blocks: [], blockBytes: 0 }, path8, 0, st.size, fileIdentity(st));
    } catch (err3) {
      closeSync(fd2);
      throw err3;
    }
  }
  /** A source over bytes already in memory (the fuzzer, tests). */
  static fromBuffer(data, path8 = "<memory>") {
    return new _FileSource({ open: true, fd: null, memory: data, budget: new Budget(data.length), arena: false, blocks: [], blockBytes: 0 }, path8, 0, data.length, `memory:${path8}`);
  }
  /** A view of [offset, offset+length) of this source (a universal Mach-O slice). */
  slice(offset, length) {
    this.check(offset, length, "slice");
    return new _FileSource(this.backing, this.path, this.base + offset, length, this.identity);
  }
  /** Reads exactly `length` bytes at `offset`, or throws naming `what`. */
  read(offset, length, what = "data") {
    this.admit(offset, length, what);
    if (this.backing.memory) return this.backing.memory.subarray(this.base + offset, this.base + offset + length);
    if (length <= SMALL_READ) return this.smallRead(this.base + offset, length, what);
    return this.readInto(this.scratch(length), this.base + offset, what);
  }
  /**
   * Reads exactly `length` bytes at `offset` into the start of `buf` (memory
   * the caller reuses, such as a stream's input piece); returns that view.
   */
  fill(buf, offset, length, what = "data") {
    if (length > buf.length) throw new RangeError(`${what}: ${length} bytes do not fit a ${buf.length}-byte buffer`);
    this.admit(offset, length, what);
    const into = buf.subarray(0, length);
    if (this.backing.memory) {
      this.backing.memory.copy(into, 0, this.base + offset, this.base + offset + length);
      return into;
    }
    return this.readInto(into, this.base + offset, what);
  }
  /**
   * `length` bytes of uninitialised memory for the file being read: from the
   * reused arena when it holds this file, so, like a read, it must not
   * outlive the file's close (or the `scoped` phase that took it).
   */
  scratch(length) {
    return this.backing.arena && length >= readArena.minRead && readArena.take(length) || Buffer.allocUnsafe(length);
  }
  /** The checks and the charge every read passes. */
  admit(offset, length, what) {
    this.check(offset, length, what);
    if (length > LIMITS.singleReadBytes) {
      throw new LimitError(`${what}: ${length} bytes in one table, more than the ${LIMITS.singleReadBytes >> 20} MiB any real binary needs`);
    }
    if (!this.backing.open) throw new Error(`${this.path}: read after close`);
    this.backing.budget.chargeRead(length, what);
  }
  /**
   * A read of at most SMALL_READ bytes at absolute offset `abs`, as a view of
   * a cached block (charged to the budget like any read of `length` bytes).
   * The bytes read into blocks have a bound of their own, the budget's: a
   * file whose small reads are all far apart (hostile) gets direct reads
   * once its blocks have read that much, so blocks never cost more than
   * twice the budget and never fail a read the budget allows.
   */
  smallRead(abs, length, what) {
    const b = this.backing;
    for (let i2 = 0; i2 < b.blocks.length; i2++) {
      const blk = b.blocks[i2];
      if (abs >= blk.start && abs + length <= blk.start + blk.data.length) {
        if (i2 > 0) b.blocks.unshift(b.blocks.splice(i2, 1)[0]);
        return blk.data.subarray(abs - blk.start, abs - blk.start + length);
      }
    }
    const start = abs - abs % PAGE;
    const end = Math.min(start + BLOCK, b.budget.fileSize);
    if (b.blockBytes + (end - start) > b.budget.readBytesMax) return this.readInto(Buffer.allocUnsafe(length), abs, what);
    b.blockBytes += end - start;
    const mem = b.blockBytes <= ARENA_BLOCK_BYTES ? this.scratch(end - start) : Buffer.allocUnsafeSlow(end - start);
    const data = this.readInto(mem, start, what, abs + length - start);
    b.blocks.unshift({ start, data });
    if (b.blocks.length > BLOCKS_KEPT) b.blocks.pop();
    return data.subarray(abs - start, abs - start + length);
  }
  /**
   * Fills `buf` from absolute offset `abs`; at least `need` bytes (default:
   * all) must be there, or the file ended early. Returns the bytes read.
   */
  readInto(buf, abs, what, need = buf.length) {
    let done = 0;
    while (done < buf.length) {
      const n = readSync(this.backing.fd, buf, done, buf.length - done, abs + done);
      if (n === 0) break;
      done += n;
    }
    if (done < need) throw new BinaryFormatError(`${what}: file ended early at byte ${abs + done - this.base}`);
    return done === buf.length ? buf : buf.subarray(0, done);
  }
  /**
   * Runs `read`, whose result must hold no Buffer of this file's (strings and
   * numbers only): the memory its reads took is reused by the reads after it,
   * so that a phase such as the DWARF units (MBs, inflated) does not add to
   * the symbol tables' memory.
   */
  scoped(read) {
    if (!this.backing.arena) return read();
    const mark = readArena.mark();
    const kept = new Set(this.backing.blocks);
    try {
      return read();
    } finally {
      readArena.reset(mark);
      this.backing.blocks = this.backing.blocks.filter((blk) => kept.has(blk));
    }
  }
  /** Reads up to `length` bytes at `offset`, stopping at the end of the source. */
  readUpTo(offset, length, what = "data") {
    if (offset >= this.size) return Buffer.alloc(0);
    return this.read(offset, Math.min(length, this.size - offset), what);
  }
  check(offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new BinaryFormatError(`${what}: invalid range (offset ${offset}, length ${length})`);
    }
    if (offset + length > this.size) {
      throw new BinaryFormatError(
        `${what}: range ${offset}..${offset + length} lies outside the file (${this.size} bytes)`
      );
    }
  }
  /** Closes the file; slices share the descriptor, so closing any closes all. */
  close() {
    if (this.backing.open) {
      this.backing.open = false;
      if (this.backing.fd !== null) closeSync(this.backing.fd);
      this.backing.blocks = [];
      if (this.backing.arena) readArena.release();
    }
  }
};
function fileIdentity(st) {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}

// src/container/elf.ts
var import_elfy = __toESM(require_elfy(), 1);
init_errors();

// src/container/string-table.ts
init_errors();
var StringTable = class {
  constructor(data, what, maxName = LIMITS.nameBytesMax) {
    this.data = data;
    this.what = what;
    this.maxName = maxName;
    this.scanBudget = 4 * data.length + (1 << 20);
  }
  data;
  what;
  maxName;
  scanned = 0;
  scanBudget;
  get(off) {
    const end = this.end(off);
    return end <= off ? "" : this.data.toString("utf8", off, end);
  }
  /** Where the name at `off` ends (bounded and charged like `get`), for tests on its bytes without decoding it. */
  end(off) {
    if (off < 0 || off >= this.data.length) return off;
    const limit = Math.min(this.data.length, off + this.maxName);
    const nul = this.data.indexOf(0, off);
    const end = nul < 0 || nul > limit ? limit : nul;
    this.scanned += (nul < 0 ? this.data.length : nul) - off + 1;
    if (this.scanned > this.scanBudget) {
      throw new BinaryFormatError(`${this.what}: names overlap far more than any real string table (hostile or damaged)`);
    }
    return end;
  }
};
function cString(buf, off, max2 = LIMITS.nameBytesMax) {
  if (off < 0 || off >= buf.length) return "";
  const limit = Math.min(buf.length, off + max2);
  const nul = buf.subarray(off, limit).indexOf(0);
  return buf.toString("utf8", off, nul < 0 ? limit : off + nul);
}
var Occurrences = class _Occurrences {
  constructor(hits, starts, length) {
    this.hits = hits;
    this.starts = starts;
    this.length = length;
  }
  hits;
  starts;
  length;
  /** Null when `needle` does not occur (or is empty, or holds a NUL: no name can). */
  static of(table, needle) {
    if (needle.length === 0 || needle.includes(0)) return null;
    const s = table.data;
    const hits = [];
    for (let h = s.indexOf(needle); h >= 0; h = s.indexOf(needle, h + 1)) hits.push(h);
    if (hits.length === 0) return null;
    const starts = hits.map((h) => {
      const from = Math.max(0, h - table.maxName);
      const nul = s.subarray(from, h).lastIndexOf(0);
      return nul < 0 ? from : from + nul + 1;
    });
    return new _Occurrences(hits, starts, needle.length);
  }
  /**
   * Whether the name starting at `nameStart` holds an occurrence that ends
   * by `cutEnd` (where the name is cut): the first occurrence at or after
   * its start, if no NUL lies between.
   */
  inName(nameStart, cutEnd) {
    let lo = 0, hi = this.hits.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.hits[mid] < nameStart) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.hits.length && this.starts[lo] <= nameStart && this.hits[lo] + this.length <= cutEnd;
  }
};
var PrefixMatcher = class {
  constructor(table, prefixes) {
    this.table = table;
    this.want = prefixes.map((p) => Buffer.from(p, "utf8")).filter((p) => p.length <= table.maxName && !p.includes(0));
    this.all = this.want.some((p) => p.length === 0);
    this.none = this.want.length === 0;
    for (const p of this.want) if (p.length) this.firsts[p[0]] = 1;
  }
  table;
  /** Every name matches (an empty prefix was given). */
  all;
  /** No name can match (no usable prefix). */
  none;
  want;
  firsts = new Uint8Array(256);
  /** Whether the name at `off` starts with one of the prefixes. */
  at(off) {
    const s = this.table.data;
    const len = s.length;
    if (off >= len || this.firsts[s[off]] === 0) return false;
    for (let w = 0; w < this.want.length; w++) {
      const p = this.want[w];
      if (off + p.length > len) continue;
      let k = 0;
      while (k < p.length && s[off + k] === p[k]) k++;
      if (k === p.length) return true;
    }
    return false;
  }
};

// src/container/types.ts
function readAddress(c, addr, length, upTo = false) {
  const m = c.mapAddress(addr);
  if (!m) return null;
  if (m.available < length && !upTo) return null;
  return c.source.read(m.offset, Math.min(length, m.available), `data at 0x${addr.toString(16)}`);
}
function readSymbol(c, sym, length = sym.size) {
  if (sym.section === null) return null;
  if (c.sectionless) {
    const m = c.mapAddress(sym.value);
    return m && m.available >= length ? c.source.read(m.offset, length, `symbol ${sym.name}`) : null;
  }
  const sec = c.sections[sym.section];
  if (!sec || !sec.inFile) return null;
  const rel = sym.value - sec.addr;
  if (rel < 0 || rel + length > sec.size) return null;
  return c.source.read(sec.offset + rel, length, `symbol ${sym.name}`);
}
function distinctSections(c, pred, max2 = 4) {
  const seen = /* @__PURE__ */ new Set();
  const out3 = [];
  for (const s of c.sections) {
    if (!s.inFile || !pred(s)) continue;
    const key = `${s.offset}:${s.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out3.push(s);
    if (out3.length === max2) break;
  }
  return out3;
}
function filterByPrefix(syms, prefixes) {
  return syms.filter((s) => prefixes.some((p) => s.name.startsWith(p)));
}

// src/container/elf.ts
init_elf_versions();

// src/container/elf-relocations.ts
var HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var ElfRelocations = class {
  constructor(sections, ctx, memory = Buffer.allocUnsafeSlow) {
    this.ctx = ctx;
    this.w = ctx.bits / 8;
    this.tables = sections.map(({ data, rela }) => ({ data: new DataView(data.buffer, data.byteOffset, data.length), rela, ent: (rela ? 3 : 2) * this.w }));
    const all = this.tables.reduce((n, t) => n + Math.floor(t.data.byteLength / t.ent), 0);
    let size = 8;
    while (size < 2 * all) size *= 2;
    this.mask = size - 1;
    const mem = memory(size * 14);
    this.keys = new Float64Array(mem.buffer, mem.byteOffset, size).fill(NaN);
    this.entry = new Uint32Array(mem.buffer, mem.byteOffset + size * 8, size);
    this.table = new Uint16Array(mem.buffer, mem.byteOffset + size * 12, size);
    this.tables.forEach((t, s) => {
      if (!this.indexRela64(t, s)) this.indexAny(t, s);
    });
  }
  ctx;
  tables;
  w;
  /** Address of each slot (NaN: empty), and the entry there: its index and its table. */
  keys;
  entry;
  table;
  mask;
  put(s, i2, addr) {
    const slot = this.slot(addr);
    this.keys[slot] = addr;
    this.entry[slot] = i2;
    this.table[slot] = s;
  }
  /** Entries of a kind we model, in the order the loader applies them (any width, order or kind of table). */
  indexAny(t, s) {
    const count = Math.floor(t.data.byteLength / t.ent);
    for (let i2 = 0; i2 < count; i2++) {
      const o = i2 * t.ent;
      const type = this.type(t, o);
      if (type === this.ctx.relative || type === this.ctx.absolute && this.symIndex(t, o) > 0 && this.symIndex(t, o) < this.ctx.dynamicCount) {
        this.put(s, i2, this.word(t, o));
      }
    }
  }
  /**
   * The same for the common table (64-bit little-endian RELA on a little-endian
   * machine, 4-aligned): read as 32-bit words in one loop without a call per entry read, which
   * matters in a short process whose code is not yet optimised (a plugin has
   * 10⁴ relocations, a PIE 10⁵–10⁶). False when the table is not of that kind.
   */
  indexRela64(t, s) {
    if (this.w !== 8 || !t.rela || !this.ctx.littleEndian || !HOST_LE || t.data.byteOffset % 4 !== 0) return false;
    const u = new Uint32Array(t.data.buffer, t.data.byteOffset, Math.floor(t.data.byteLength / 24) * 6);
    const { relative: relative6, absolute, dynamicCount } = this.ctx;
    for (let i2 = 0, o = 0; o < u.length; i2++, o += 6) {
      const type = u[o + 2];
      const sym = u[o + 3];
      if (type !== relative6 && (type !== absolute || sym === 0 || sym >= dynamicCount)) continue;
      this.put(s, i2, u[o + 1] * 4294967296 + u[o]);
    }
    return true;
  }
  /** The slot holding `addr`, or the empty slot where it would go (linear probing; the table is at most half full). */
  slot(addr) {
    const lo = addr >>> 0;
    const hi = Math.floor(addr / 4294967296) >>> 0;
    let h = Math.imul(lo >>> 3 ^ Math.imul(hi, 2246822507), 2654435761) & this.mask;
    for (; ; ) {
      const k = this.keys[h];
      if (k === addr || Number.isNaN(k)) return h;
      h = h + 1 & this.mask;
    }
  }
  word(t, o) {
    const le = this.ctx.littleEndian;
    if (this.w === 4) return t.data.getUint32(o, le);
    const lo = t.data.getUint32(le ? o : o + 4, le);
    const hi = t.data.getUint32(le ? o + 4 : o, le);
    return hi * 4294967296 + lo;
  }
  /** r_info's type and symbol: the low and high halves of a 64-bit word, the low byte and the rest of a 32-bit one. */
  type(t, o) {
    const le = this.ctx.littleEndian;
    return this.w === 8 ? t.data.getUint32(le ? o + 8 : o + 12, le) : t.data.getUint32(o + 4, le) & 255;
  }
  symIndex(t, o) {
    const le = this.ctx.littleEndian;
    return this.w === 8 ? t.data.getUint32(le ? o + 12 : o + 8, le) : t.data.getUint32(o + 4, le) >>> 8;
  }
  /**
   * The relocated addresses in [lo, hi) where the loader writes `target`, in
   * no particular order: each slot's value read where it is (no second hash
   * lookup, no object per entry; a plugin's data holds 10⁴ relocations).
   */
  addressesSetTo(lo, hi, target2) {
    const out3 = [];
    for (let k = 0; k < this.keys.length; k++) {
      const a = this.keys[k];
      if (a >= lo && a < hi && this.valueIn(k) === target2) out3.push(a);
    }
    return out3;
  }
  /** The value the loader writes by the relocation in slot `slot` (null: its symbol is undefined here). */
  valueIn(slot) {
    const t = this.tables[this.table[slot]];
    const o = this.entry[slot] * t.ent;
    const addend = t.rela ? this.word(t, o + 2 * this.w) : this.ctx.implicitAddend(this.keys[slot]);
    if (this.type(t, o) === this.ctx.relative) return addend;
    const sym = this.ctx.dynamicValue(this.symIndex(t, o));
    return sym.section !== null ? sym.value + addend : null;
  }
  /** The symbol an ABSOLUTE relocation in slot `slot` binds (null for a RELATIVE one). */
  symbolIn(slot) {
    const t = this.tables[this.table[slot]];
    const o = this.entry[slot] * t.ent;
    return this.type(t, o) === this.ctx.relative ? null : this.ctx.dynamicSymbol(this.symIndex(t, o)).name;
  }
  /** What the loader writes at `addr` (undefined: no relocation we model, the file's word stands), without naming a symbol. */
  valueAt(addr) {
    return this.lookup(addr, false)?.value;
  }
  /** The relocation the loader applies at `addr`, if one of the two kinds we model does. */
  at(addr) {
    return this.lookup(addr, true);
  }
  /** The relocation at `addr`; the symbol an ABSOLUTE one binds is named only when `named` (decoding the name costs). */
  lookup(addr, named) {
    const slot = this.slot(addr);
    if (this.keys[slot] !== addr) return void 0;
    return { value: this.valueIn(slot), symbol: named ? this.symbolIn(slot) : null };
  }
};

// src/container/elf-symbols.ts
init_errors();
var ElfSymbolTable = class {
  constructor(data, strs, bits2, littleEndian, what, memory = Buffer.allocUnsafeSlow) {
    this.data = data;
    this.strs = strs;
    this.bits = bits2;
    this.littleEndian = littleEndian;
    const ent = bits2 === 64 ? 24 : 16;
    this.count = Math.floor(data.length / ent);
    const mem = memory(this.count * 4);
    this.nameOffs = new Uint32Array(mem.buffer, mem.byteOffset, this.count);
    if (this.count) this.nameOffs[0] = 0;
    const strLen = strs.data.length;
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    for (let i2 = 1; i2 < this.count; i2++) {
      const nameOff = view.getUint32(i2 * ent, littleEndian);
      if (nameOff >= strLen && nameOff !== 0) {
        throw new BinaryFormatError(`${what}: symbol ${i2} has name offset ${nameOff} outside its string table (${strLen} bytes)`);
      }
      this.nameOffs[i2] = nameOff;
    }
  }
  data;
  strs;
  bits;
  littleEndian;
  /** Entries, including the null entry 0. */
  count;
  /** Each entry's name offset, validated once against the string table. */
  nameOffs;
  /** Results of earlier prefix searches (readers ask some twice). */
  memo = /* @__PURE__ */ new Map();
  /** Entry `i` (1 ≤ i < count), decoded. */
  entry(i2) {
    const d = this.data;
    const le = this.littleEndian;
    let info, shndx, value2, size;
    if (this.bits === 64) {
      const o = i2 * 24;
      info = d[o + 4];
      shndx = le ? d.readUInt16LE(o + 6) : d.readUInt16BE(o + 6);
      value2 = u64(d, o + 8, le);
      size = u64(d, o + 16, le);
    } else {
      const o = i2 * 16;
      value2 = le ? d.readUInt32LE(o + 4) : d.readUInt32BE(o + 4);
      size = le ? d.readUInt32LE(o + 8) : d.readUInt32BE(o + 8);
      info = d[o + 12];
      shndx = le ? d.readUInt16LE(o + 14) : d.readUInt16BE(o + 14);
    }
    return {
      name: this.strs.get(this.nameOffs[i2]),
      value: value2,
      size,
      section: shndx === 0 || shndx >= 65280 ? null : shndx,
      global: info >> 4 !== 0,
      weak: info >> 4 === 2
    };
  }
  /** Entry i's address and section, without decoding its name. */
  valueOf(i2) {
    const d = this.data;
    const le = this.littleEndian;
    let shndx, value2;
    if (this.bits === 64) {
      const o = i2 * 24;
      shndx = le ? d.readUInt16LE(o + 6) : d.readUInt16BE(o + 6);
      value2 = u64(d, o + 8, le);
    } else {
      const o = i2 * 16;
      value2 = le ? d.readUInt32LE(o + 4) : d.readUInt32BE(o + 4);
      shndx = le ? d.readUInt16LE(o + 14) : d.readUInt16BE(o + 14);
    }
    return { value: value2, section: shndx === 0 || shndx >= 65280 ? null : shndx };
  }
  /** Every entry, in table order. */
  all() {
    const out3 = [];
    for (let i2 = 1; i2 < this.count; i2++) out3.push(this.entry(i2));
    return out3;
  }
  /**
   * Entries whose name starts with one of `prefixes`, in table order. The
   * prefixes hold no NUL, so equal bytes are within the name: no name's end
   * need be found for the entries that do not match (most fail on the first byte).
   */
  withPrefix(prefixes) {
    const key = prefixes.join("\0");
    const known = this.memo.get(key);
    if (known) return known.slice();
    const m = new PrefixMatcher(this.strs, prefixes);
    const out3 = [];
    for (let i2 = 1; i2 < this.count && !m.none; i2++) if (m.all || m.at(this.nameOffs[i2])) out3.push(this.entry(i2));
    this.memo.set(key, out3);
    return out3.slice();
  }
  /**
   * Entries whose name contains `needle`, in table order. The occurrences in
   * the string table are found natively; a name starting at `off` contains
   * the needle iff the first occurrence at or after `off` ends within the
   * name (no NUL between, within the name-length cut).
   */
  containing(needle) {
    const want = Buffer.from(needle, "utf8");
    if (want.length === 0) return this.all();
    const found = Occurrences.of(this.strs, want);
    if (!found) return [];
    const out3 = [];
    for (let i2 = 1; i2 < this.count; i2++) {
      const off = this.nameOffs[i2];
      if (found.inName(off, off + this.strs.maxName)) out3.push(this.entry(i2));
    }
    return out3;
  }
};
function u64(d, o, littleEndian) {
  const lo = littleEndian ? d.readUInt32LE(o) : d.readUInt32BE(o + 4);
  const hi = littleEndian ? d.readUInt32LE(o + 4) : d.readUInt32BE(o);
  return hi * 4294967296 + lo;
}

// src/container/elf.ts
var PT_LOAD = 1;
var PT_INTERP = 3;
var SHT_SYMTAB = 2;
var SHT_NOBITS = 8;
var SHT_DYNSYM = 11;
var SHT_RELA = 4;
var SHT_REL = 9;
var SHF_ALLOC = 2;
var RELATIVE = { 62: 8, 3: 8, 183: 1027, 40: 23, 243: 3, 258: 3, 22: 12, 21: 22, 8: 3 };
var ABSOLUTE = { 62: 1, 3: 1, 183: 257, 40: 2, 243: 2, 258: 2, 22: 22, 21: 38, 8: 18 };
var SHF_COMPRESSED = 2048;
var PT_DYNAMIC = 2;
var SHT_STRTAB = 3;
var SHT_DYNAMIC = 6;
var DT_PLTRELSZ = 2;
var DT_HASH = 4;
var DT_STRTAB = 5;
var DT_SYMTAB = 6;
var DT_RELA = 7;
var DT_RELASZ = 8;
var DT_STRSZ = 10;
var DT_REL = 17;
var DT_RELSZ = 18;
var DT_PLTREL = 20;
var DT_JMPREL = 23;
var DT_GNU_HASH = 1879047925;
var DT_VERNEED = 1879048190;
var DT_NEEDED = 1;
var DT_SONAME = 14;
var DT_VERNEEDNUM = 1879048191;
var SHT_GNU_VERNEED = 1879048190;
var DT_FLAGS_1 = 1879048187;
var DF_1_PIE = 134217728;
function goarchOf(machine, bits2, little) {
  switch (machine) {
    case 62:
      return "amd64";
    case 3:
      return "386";
    case 183:
      return "arm64";
    case 40:
      return "arm";
    case 243:
      return "riscv64";
    case 258:
      return "loong64";
    case 22:
      return "s390x";
    case 21:
      return little ? "ppc64le" : "ppc64";
    case 8:
      return bits2 === 64 ? little ? "mips64le" : "mips64" : little ? "mipsle" : "mips";
    default:
      return null;
  }
}
var MACHINE_NAMES = {
  62: "x86-64",
  3: "Intel 80386",
  183: "AArch64",
  40: "ARM",
  243: "RISC-V",
  258: "LoongArch",
  22: "IBM S/390",
  21: "PowerPC64",
  8: "MIPS"
};
function fixElfySection64(sec, ent, little) {
  const read64 = (off) => Number(little ? ent.readBigUInt64LE(off) : ent.readBigUInt64BE(off));
  sec.addralign = read64(48);
  sec.entsize = read64(56);
}
var ElfContainer = class {
  constructor(source) {
    this.source = source;
    const ident = source.read(0, Math.min(64, source.size), "ELF header");
    if (ident.length < 52) throw new BinaryFormatError("ELF header is truncated");
    const cls = ident[4];
    const data = ident[5];
    if (cls !== 1 && cls !== 2) throw new BinaryFormatError(`ELF header: invalid class ${cls}`);
    if (data !== 1 && data !== 2) throw new BinaryFormatError(`ELF header: invalid byte order ${data}`);
    this.bits = cls === 2 ? 64 : 32;
    this.littleEndian = data === 1;
    if (this.bits === 64 && ident.length < 64) throw new BinaryFormatError("ELF header is truncated");
    const parser = new import_elfy.default.Parser();
    const hdr = parser.parseHeader(ident);
    const u163 = (b, o) => this.littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o);
    this.elfType = u163(ident, 16);
    const machine = u163(ident, 18);
    this.machine = machine;
    this.goarch = goarchOf(machine, this.bits, this.littleEndian);
    this.machineName = `ELF${this.bits} ${MACHINE_NAMES[machine] ?? `machine ${machine}`}`;
    const phSize = this.bits === 64 ? 56 : 32;
    if (hdr.phnum > 0) {
      if (hdr.phentsize !== phSize) throw new BinaryFormatError(`ELF header: program header size ${hdr.phentsize}, expected ${phSize}`);
      checkCount(hdr.phnum, phSize, source.size, 65535, "ELF program headers");
      const table = source.read(hdr.phoff, hdr.phnum * phSize, "ELF program headers");
      for (let i2 = 0; i2 < hdr.phnum; i2++) {
        const ent = table.subarray(i2 * phSize, (i2 + 1) * phSize);
        const p = parser.parseProgram(ent, hdr, EMPTY);
        const type = this.u32(ent, 0);
        if (type === PT_LOAD) {
          if (p.filesz > 0 && p.offset + p.filesz > source.size) {
            throw new TruncatedSegmentError(`ELF segment LOAD#${i2} (file bytes ${p.offset}..${p.offset + p.filesz}) extends past the end of the file (${source.size} bytes): the file is truncated`);
          }
          this.segments.push({
            name: `LOAD#${i2}`,
            vaddr: p.vaddr,
            memsz: p.memsz,
            offset: p.offset,
            filesz: p.filesz,
            readable: !!p.flags.r,
            writable: !!p.flags.w,
            executable: !!p.flags.x
          });
        }
        if (type === PT_INTERP) {
          this.interpreterRange = { offset: p.offset, size: p.filesz };
        }
        if (type === PT_DYNAMIC) this.dynamicSegment = { vaddr: p.vaddr, offset: p.offset, size: p.filesz };
      }
    }
    const shSize = this.bits === 64 ? 64 : 40;
    let shnum = hdr.shnum;
    let shstrndx = hdr.shstrndx;
    if (hdr.shoff !== 0) {
      if (hdr.shentsize !== shSize) throw new BinaryFormatError(`ELF header: section header size ${hdr.shentsize}, expected ${shSize}`);
      if (shnum === 0 || shstrndx === 65535) {
        const first = source.read(hdr.shoff, shSize, "ELF section headers");
        const s0 = parser.parseSection(first, hdr, EMPTY);
        if (shnum === 0) shnum = s0.size;
        if (shstrndx === 65535) shstrndx = s0.link;
      }
      if (shnum * shSize > source.size) throw new BinaryFormatError(`ELF header: ${shnum} sections cannot fit in the file`);
      checkCount(shnum, shSize, source.size, LIMITS.sectionsMax, "ELF section headers");
      source.budget.chargeEntries(shnum, "ELF section headers");
      const table = source.read(hdr.shoff, shnum * shSize, "ELF section headers");
      const parsed = [];
      for (let i2 = 0; i2 < shnum; i2++) {
        const ent = table.subarray(i2 * shSize, (i2 + 1) * shSize);
        const s = parser.parseSection(ent, hdr, EMPTY);
        if (this.bits === 64) fixElfySection64(s, ent, this.littleEndian);
        parsed.push(s);
        const rawType = this.u32(ent, 4);
        const rawFlags = this.bits === 64 ? Number(this.u64(ent, 8)) : this.u32(ent, 8);
        this.rawSections.push({ type: rawType, link: s.link, entsize: s.entsize, flags: rawFlags });
      }
      const strSec = parsed[shstrndx];
      let names = new StringTable(EMPTY, "ELF section name table");
      if (strSec && shstrndx !== 0) {
        names = new StringTable(source.read(strSec.off, strSec.size, "ELF section name table"), "ELF section name table");
      } else if (shnum > 0) {
        throw new BinaryFormatError(`ELF header: section name table index ${shstrndx} is out of range`);
      }
      parsed.forEach((s, i2) => {
        const raw = this.rawSections[i2];
        const name = names.get(s.name);
        const inFile = raw.type !== SHT_NOBITS && raw.type !== 0;
        if (inFile && s.off + s.size > source.size) {
          throw new BinaryFormatError(`ELF section ${name || `#${i2}`} extends past the end of the file`);
        }
        this.sections.push({
          name,
          rawName: name,
          segment: null,
          addr: s.addr,
          offset: s.off,
          size: s.size,
          inFile,
          compressed: (raw.flags & SHF_COMPRESSED) !== 0
        });
      });
    }
    if (this.sections.length === 0 && this.dynamicSegment) this.sectionsFromDynamic(this.dynamicSegment);
    this.interpreter = this.interpreterRange ? cString(source.read(this.interpreterRange.offset, Math.min(this.interpreterRange.size, 4096), "ELF interpreter"), 0) : null;
    this.readDynamic();
    this.goos = this.detectGoos(ident[7] ?? 0);
    this.kind = this.elfType === 2 ? "executable" : this.elfType === 3 ? this.interpreter || this.pie ? "pie" : "shared-object" : this.elfType === 1 ? "relocatable" : "unknown";
  }
  source;
  format = "elf";
  bits;
  littleEndian;
  goos;
  goarch;
  machineName;
  kind;
  interpreter;
  needed = [];
  soname = null;
  verneedNum = null;
  versionNeedCache = null;
  sections = [];
  segments = [];
  elfType;
  rawSections = [];
  symCache = /* @__PURE__ */ new Map();
  tables = /* @__PURE__ */ new Map();
  pie = false;
  machine = 0;
  relocs = null;
  interpreterRange = null;
  dynamicSegment = null;
  /** True when the sections were made from the dynamic segment (the file has no section headers). */
  sectionless = false;
  /**
   * Sections for the tables the dynamic segment points at, as the dynamic
   * linker finds them: .dynamic, .dynstr, .dynsym (its length from DT_HASH's
   * chain count or DT_GNU_HASH's last chain), the relocation tables and
   * .gnu.version_r. A table whose address maps to no file bytes is left out.
   */
  sectionsFromDynamic(seg) {
    if (seg.offset + seg.size > this.source.size) throw new BinaryFormatError("ELF dynamic segment extends past the end of the file");
    const data = this.source.read(seg.offset, Math.min(seg.size, 1 << 20), "ELF dynamic segment");
    const ent = this.bits === 64 ? 16 : 8;
    const tags = /* @__PURE__ */ new Map();
    for (let o = 0; o + ent <= data.length; o += ent) {
      const tag = this.bits === 64 ? Number(this.u64(data, o)) : this.u32(data, o);
      if (tag === 0) break;
      if (!tags.has(tag)) tags.set(tag, this.bits === 64 ? Number(this.u64(data, o + 8)) : this.u32(data, o + 4));
    }
    this.sectionless = true;
    const add = (name, type, addr, size, link, entsize = 0) => {
      if (addr === void 0 || size === void 0 || size <= 0) return -1;
      const m = this.mapAddress(addr);
      if (!m || size > m.available) return -1;
      this.sections.push({ name, rawName: name, segment: null, addr, offset: m.offset, size, inFile: true, compressed: false });
      this.rawSections.push({ type, link, entsize, flags: SHF_ALLOC });
      return this.sections.length - 1;
    };
    const str2 = add(".dynstr", SHT_STRTAB, tags.get(DT_STRTAB), tags.get(DT_STRSZ), 0);
    this.sections.push({ name: ".dynamic", rawName: ".dynamic", segment: null, addr: seg.vaddr, offset: seg.offset, size: seg.size, inFile: true, compressed: false });
    this.rawSections.push({ type: SHT_DYNAMIC, link: str2 < 0 ? 4294967295 : str2, entsize: ent, flags: SHF_ALLOC });
    if (str2 < 0) return;
    const symEnt = this.bits === 64 ? 24 : 16;
    const symtab = tags.get(DT_SYMTAB);
    const count = symtab === void 0 ? null : this.dynamicSymbolCount(tags);
    if (count !== null) add(".dynsym", SHT_DYNSYM, symtab, count * symEnt, str2, symEnt);
    add(".rela.dyn", SHT_RELA, tags.get(DT_RELA), tags.get(DT_RELASZ), -1);
    add(".rel.dyn", SHT_REL, tags.get(DT_REL), tags.get(DT_RELSZ), -1);
    const plt = tags.get(DT_JMPREL);
    if (plt !== void 0) add(tags.get(DT_PLTREL) === DT_REL ? ".rel.plt" : ".rela.plt", tags.get(DT_PLTREL) === DT_REL ? SHT_REL : SHT_RELA, plt, tags.get(DT_PLTRELSZ), -1);
    const verneed = tags.get(DT_VERNEED);
    const vm = verneed === void 0 ? null : this.mapAddress(verneed);
    if (vm) add(".gnu.version_r", SHT_GNU_VERNEED, verneed, Math.min(vm.available, 1 << 16), str2);
  }
  /** How many dynamic symbols there are: DT_HASH's nchain, else one past the last chain of DT_GNU_HASH (as the loader walks it). */
  dynamicSymbolCount(tags) {
    const word = (addr) => {
      const m2 = this.mapAddress(addr);
      return m2 && m2.available >= 4 ? this.u32(this.source.read(m2.offset, 4, "ELF hash table"), 0) : null;
    };
    const hash = tags.get(DT_HASH);
    if (hash !== void 0) return word(hash + 4);
    const gnu = tags.get(DT_GNU_HASH);
    if (gnu === void 0) return null;
    const nbuckets = word(gnu);
    const symoffset = word(gnu + 4);
    const bloomSize = word(gnu + 8);
    if (nbuckets === null || symoffset === null || bloomSize === null || nbuckets > LIMITS.symbolsMax || bloomSize > LIMITS.symbolsMax) return null;
    const buckets = gnu + 16 + bloomSize * (this.bits / 8);
    const m = this.mapAddress(buckets);
    if (!m || m.available < nbuckets * 4) return null;
    const b = this.source.read(m.offset, nbuckets * 4, "ELF GNU hash buckets");
    let last = 0;
    for (let i2 = 0; i2 < nbuckets; i2++) last = Math.max(last, this.u32(b, i2 * 4));
    if (last < symoffset) return symoffset;
    const cm = this.mapAddress(buckets + nbuckets * 4 + (last - symoffset) * 4);
    if (!cm) return null;
    const chain = this.source.read(cm.offset, Math.min(cm.available, 1 << 16) & ~3, "ELF GNU hash chain");
    for (let k = 0; k + 4 <= chain.length; k += 4) if (this.u32(chain, k) & 1) return last + k / 4 + 1;
    return null;
  }
  u32(b, o) {
    return this.littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  u64(b, o) {
    return this.littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o);
  }
  readDynamic() {
    const dyn = this.sections.findIndex((s) => s.name === ".dynamic");
    if (dyn < 0) return;
    const sec = this.sections[dyn];
    const strSec = this.sections[this.rawSections[dyn].link];
    if (!strSec) return;
    const data = this.readSection(sec, 1 << 20);
    const strs = { get: (off) => this.stringAt(strSec, off, 16 << 20) };
    const ent = this.bits === 64 ? 16 : 8;
    for (let o = 0; o + ent <= data.length; o += ent) {
      const tag = this.bits === 64 ? Number(this.u64(data, o)) : this.u32(data, o);
      const val = this.bits === 64 ? Number(this.u64(data, o + 8)) : this.u32(data, o + 4);
      if (tag === 0) break;
      if (tag === DT_NEEDED) this.needed.push(strs.get(val));
      if (tag === DT_SONAME) this.soname = strs.get(val);
      if (tag === DT_VERNEEDNUM) this.verneedNum = val;
      if (tag === DT_FLAGS_1 && (val & DF_1_PIE) !== 0) this.pie = true;
    }
  }
  /**
   * The NUL-terminated name at `off` of string section `sec` (its first `cap`
   * bytes), as StringTable.get reads it from the whole section, but from
   * the section read once if it was (stringSection), else by small reads.
   */
  stringAt(sec, off, cap) {
    const len = sec.inFile ? Math.min(sec.size, cap) : 0;
    const whole = this.strCache.get(sec);
    if (whole && whole.length >= len) return new StringTable(whole.subarray(0, len), "ELF string table").get(off);
    if (off < 0 || off >= len) return "";
    const limit = Math.min(len, off + LIMITS.nameBytesMax);
    const parts = [];
    for (let at = off, step = 256; at < limit; at += step, step *= 4) {
      const piece = this.source.read(sec.offset + at, Math.min(step, limit - at), `ELF section ${sec.name}`);
      const nul = piece.indexOf(0);
      parts.push(nul < 0 ? piece : piece.subarray(0, nul));
      if (nul >= 0) break;
    }
    return Buffer.concat(parts).toString("utf8");
  }
  /** A string section's first `cap` bytes, read once for every reader of it (.dynstr serves .dynsym and .gnu.version_r). */
  stringSection(sec, cap = Number.MAX_SAFE_INTEGER) {
    const len = sec.inFile ? Math.min(sec.size, cap) : 0;
    const have = this.strCache.get(sec);
    if (have && have.length >= len) return have.subarray(0, len);
    const data = this.readSection(sec, cap);
    this.strCache.set(sec, data);
    return data;
  }
  strCache = /* @__PURE__ */ new Map();
  /** GOOS from the ELF's own marks; Go binaries for Linux carry no OS/ABI byte. */
  detectGoos(osabi) {
    if (osabi === 9) return "freebsd";
    if (this.section(".note.netbsd.ident")) return "netbsd";
    if (this.section(".note.openbsd.ident")) return "openbsd";
    if (this.section(".note.android.ident")) return "android";
    const interp = this.interpreter ?? "";
    if (interp.includes("ld-elf.so")) return "freebsd";
    if (interp.includes("ld.so.1") && interp.includes("amd64")) return "solaris";
    if (osabi === 3 || interp.includes("ld-linux") || interp.includes("ld-musl") || interp.includes("ld64.so")) return "linux";
    return null;
  }
  /** `.gnu.version_r`: the symbol versions needed from each library (GLIBC_2.34 …); read on first use. */
  versionNeeds() {
    if (this.versionNeedCache) return this.versionNeedCache;
    const idx = this.rawSections.findIndex((s) => s.type === SHT_GNU_VERNEED);
    let out3 = [];
    if (idx >= 0) {
      const sec = this.sections[idx];
      const strSec = this.sections[this.rawSections[idx].link];
      if (!strSec) throw new BinaryFormatError(`ELF ${sec.name}: string table index is out of range`);
      if (sec.size > 1 << 20) throw new BinaryFormatError(`ELF ${sec.name}: ${sec.size} bytes is too large for a version needs table`);
      out3 = parseVersionNeeds(this.readSection(sec), this.stringSection(strSec, 16 << 20), this.littleEndian, this.verneedNum ?? void 0);
    }
    this.versionNeedCache = out3;
    return out3;
  }
  section(name) {
    return this.sections.find((s) => s.name === name);
  }
  hasSymbolTable() {
    return this.rawSections.some((s) => s.type === SHT_SYMTAB);
  }
  hasDynamicSymbolTable() {
    return this.rawSections.some((s) => s.type === SHT_DYNSYM);
  }
  symbols() {
    return this.symbolTable(SHT_SYMTAB);
  }
  dynamicSymbols() {
    return this.symbolTable(SHT_DYNSYM);
  }
  symbolsWithPrefix(table, prefixes) {
    const type = table === "static" ? SHT_SYMTAB : SHT_DYNSYM;
    const full = this.symCache.get(type);
    if (full) return filterByPrefix(full, prefixes);
    return this.table(type)?.withPrefix(prefixes) ?? [];
  }
  symbolsContaining(table, needle) {
    const type = table === "static" ? SHT_SYMTAB : SHT_DYNSYM;
    const full = this.symCache.get(type);
    if (full) return full.filter((s) => s.name.includes(needle));
    return this.table(type)?.containing(needle) ?? [];
  }
  symbolTable(type) {
    const cached2 = this.symCache.get(type);
    if (cached2) return cached2;
    const out3 = this.table(type)?.all() ?? [];
    this.symCache.set(type, out3);
    return out3;
  }
  /** The first table of this type, read, checked and charged once however many searches follow; null when absent. */
  table(type) {
    const have = this.tables.get(type);
    if (have !== void 0) return have;
    const idx = this.rawSections.findIndex((s) => s.type === type);
    let t = null;
    if (idx >= 0) {
      const sec = this.sections[idx];
      const strSec = this.sections[this.rawSections[idx].link];
      if (!strSec) throw new BinaryFormatError(`ELF ${sec.name}: string table index is out of range`);
      const ent = this.bits === 64 ? 24 : 16;
      checkCount(Math.floor(sec.size / ent), ent, sec.size, LIMITS.symbolsMax, `ELF ${sec.name}`);
      this.source.budget.chargeEntries(Math.floor(sec.size / ent), `ELF ${sec.name}`);
      const data = this.readSection(sec);
      const strs = new StringTable(this.stringSection(strSec), `ELF ${sec.name} string table`);
      t = new ElfSymbolTable(data, strs, this.bits, this.littleEndian, `ELF ${sec.name}`, (n) => this.source.scratch(n));
    }
    this.tables.set(type, t);
    return t;
  }
  readSection(sec, maxBytes = Number.MAX_SAFE_INTEGER) {
    if (!sec.inFile) return EMPTY;
    return this.source.read(sec.offset, Math.min(sec.size, maxBytes), `ELF section ${sec.name}`);
  }
  mapAddress(addr) {
    for (const seg of this.segments) {
      if (addr >= seg.vaddr && addr < seg.vaddr + seg.filesz) {
        return { offset: seg.offset + (addr - seg.vaddr), available: seg.vaddr + seg.filesz - addr };
      }
    }
    return null;
  }
  pointerAt(addr, raw) {
    const size = this.bits / 8;
    const r = this.dynamicRelocations().at(addr);
    if (r) return r;
    if (raw !== void 0) return { value: Number(raw), symbol: null };
    const m = this.mapAddress(addr);
    if (!m || m.available < size) return null;
    const b = this.source.read(m.offset, size, `pointer at 0x${addr.toString(16)}`);
    return { value: size === 8 ? Number(this.u64(b, 0)) : this.u32(b, 0), symbol: null };
  }
  wordsHolding(sec, data, target2) {
    const w = this.bits / 8;
    const relocs = this.dynamicRelocations();
    const first = (w - sec.addr % w) % w;
    const aligned = (o) => o >= first && (o - first) % w === 0 && o + w <= data.length;
    const out3 = /* @__PURE__ */ new Set();
    if (Number.isSafeInteger(target2) && target2 >= 0 && target2 < 2 ** (8 * w)) {
      const pattern = Buffer.alloc(w);
      if (w === 8) {
        if (this.littleEndian) pattern.writeBigUInt64LE(BigInt(target2));
        else pattern.writeBigUInt64BE(BigInt(target2));
      } else if (this.littleEndian) pattern.writeUInt32LE(target2);
      else pattern.writeUInt32BE(target2);
      for (let o = data.indexOf(pattern); o >= 0; o = data.indexOf(pattern, o + 1)) {
        if (!aligned(o)) continue;
        const v = relocs.valueAt(sec.addr + o);
        if (v === void 0 || v === target2) out3.add(sec.addr + o);
      }
    }
    for (const addr of relocs.addressesSetTo(sec.addr, sec.addr + data.length, target2)) {
      if (aligned(addr - sec.addr)) out3.add(addr);
    }
    return [...out3].sort((a, b) => a - b);
  }
  /** The loader's relocations of allocated REL/RELA sections, read once and searched by address. */
  dynamicRelocations() {
    if (this.relocs) return this.relocs;
    const dyn = this.table(SHT_DYNSYM);
    const sections = [];
    this.rawSections.forEach((raw, i2) => {
      if (raw.type !== SHT_RELA && raw.type !== SHT_REL || (raw.flags & SHF_ALLOC) === 0) return;
      sections.push({ data: this.readSection(this.sections[i2], 256 << 20), rela: raw.type === SHT_RELA });
    });
    this.relocs = new ElfRelocations(sections, {
      bits: this.bits,
      littleEndian: this.littleEndian,
      relative: RELATIVE[this.machine],
      absolute: ABSOLUTE[this.machine],
      dynamicCount: dyn?.count ?? 0,
      dynamicSymbol: (i2) => dyn.entry(i2),
      dynamicValue: (i2) => dyn.valueOf(i2),
      implicitAddend: (addr) => this.implicitAddend(addr)
    }, (n) => this.source.scratch(n));
    return this.relocs;
  }
  implicitAddend(addr) {
    const m = this.mapAddress(addr);
    if (!m || m.available < this.bits / 8) return 0;
    const b = this.source.read(m.offset, this.bits / 8, "relocation addend");
    return this.bits === 64 ? Number(this.u64(b, 0)) : this.u32(b, 0);
  }
  dataStart() {
    const bi = this.section(".go.buildinfo");
    if (bi) return { addr: bi.addr, size: bi.size };
    const seg = this.segments.find((s) => s.writable && !s.executable);
    return seg ? { addr: seg.vaddr, size: seg.memsz } : null;
  }
};
var EMPTY = Buffer.alloc(0);

// src/container/macho.ts
var import_macho = __toESM(require_macho(), 1);
init_errors();

// src/container/macho-symbols.ts
var N_STAB = 224;
var N_TYPE = 14;
var N_EXT = 1;
var N_SECT = 14;
var UNDERSCORE = 95;
var MachoSymbolTable = class {
  constructor(data, strs, bits2, sections) {
    this.data = data;
    this.strs = strs;
    this.bits = bits2;
    this.sections = sections;
    this.ent = bits2 === 64 ? 16 : 12;
    this.count = Math.floor(data.length / this.ent);
  }
  data;
  strs;
  bits;
  sections;
  count;
  ent;
  sortedValues = null;
  type(i2) {
    return this.data[i2 * this.ent + 4];
  }
  sect(i2) {
    return this.data[i2 * this.ent + 5];
  }
  value(i2) {
    const o = i2 * this.ent + 8;
    return this.bits === 64 ? u64(this.data, o, true) : this.data.readUInt32LE(o);
  }
  defined(i2) {
    return (this.type(i2) & N_TYPE) === N_SECT && this.sect(i2) > 0;
  }
  /** Where entry i's name starts, after the leading `_`. */
  nameStart(i2) {
    const off = this.data.readUInt32LE(i2 * this.ent);
    return this.strs.data[off] === UNDERSCORE && off < this.strs.data.length ? off + 1 : off;
  }
  /** Entry i, decoded (null for debugging stabs, which are not symbols). */
  entry(i2) {
    const type = this.type(i2);
    if (type & N_STAB) return null;
    const value2 = this.value(i2);
    let name = this.strs.get(this.data.readUInt32LE(i2 * this.ent));
    if (name.startsWith("_")) name = name.slice(1);
    const defined = this.defined(i2);
    const section = defined ? this.sect(i2) - 1 : null;
    let size = 0;
    if (section !== null) {
      const sec = this.sections[section];
      const secEnd = sec ? sec.addr + sec.size : value2;
      const next = this.nextAbove(value2);
      const end = next !== null ? Math.min(next, secEnd) : secEnd;
      size = Math.max(0, end - value2);
    }
    return { name, value: value2, size, section, global: (type & N_EXT) !== 0 };
  }
  /** The lowest address of a defined symbol above `value`. */
  nextAbove(value2) {
    if (!this.sortedValues) {
      const vs = [];
      for (let i2 = 0; i2 < this.count; i2++) if (!(this.type(i2) & N_STAB) && this.defined(i2)) vs.push(this.value(i2));
      this.sortedValues = Float64Array.from(vs).sort();
    }
    const s = this.sortedValues;
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (s[mid] <= value2) lo = mid + 1;
      else hi = mid;
    }
    return lo < s.length ? s[lo] : null;
  }
  /** Every symbol, in table order. */
  all() {
    const out3 = [];
    for (let i2 = 0; i2 < this.count; i2++) {
      const e = this.entry(i2);
      if (e) out3.push(e);
    }
    return out3;
  }
  /** Symbols whose name starts with one of `prefixes`, in table order (name bytes compared in place). */
  withPrefix(prefixes) {
    const m = new PrefixMatcher(this.strs, prefixes);
    if (m.all) return this.all();
    const out3 = [];
    for (let i2 = 0; i2 < this.count && !m.none; i2++) {
      if (!m.at(this.nameStart(i2))) continue;
      const e = this.entry(i2);
      if (e) out3.push(e);
    }
    return out3;
  }
  /**
   * Symbols whose name contains `needle`, in table order: its occurrences in
   * the string table are found natively, and a name holds one when the first
   * occurrence at or after the name's start has no NUL before it (within the
   * name-length cut).
   */
  containing(needle) {
    const want = Buffer.from(needle, "utf8");
    if (want.length === 0) return this.all();
    const found = Occurrences.of(this.strs, want);
    if (!found) return [];
    const out3 = [];
    for (let i2 = 0; i2 < this.count; i2++) {
      const raw = this.data.readUInt32LE(i2 * this.ent);
      if (found.inName(this.nameStart(i2), raw + this.strs.maxName)) {
        const e = this.entry(i2);
        if (e) out3.push(e);
      }
    }
    return out3;
  }
};

// src/container/macho.ts
var MH_MAGIC = 4277009102;
var MH_MAGIC_64 = 4277009103;
var MAX_LOAD_COMMANDS_BYTES = 16 << 20;
var LC_DYLD_INFO = 34;
var LC_DYLD_INFO_ONLY = 2147483682;
var LC_DYLD_EXPORTS_TRIE = 2147483699;
var LC_DYLD_CHAINED_FIXUPS = 2147483700;
var MAX_TRIE_BYTES = 64 << 20;
var CPU_TO_GOARCH = {
  7: "386",
  16777223: "amd64",
  12: "arm",
  16777228: "arm64",
  18: "ppc",
  16777234: "ppc64"
};
function neutralName(sect) {
  if (sect === "__go_buildinfo") return ".go.buildinfo";
  if (sect === "__go_fipsinfo") return ".go.fipsinfo";
  return sect.startsWith("__") ? "." + sect.slice(2) : sect;
}
var MachoContainer = class {
  constructor(source, fatArches) {
    this.source = source;
    this.fatArches = fatArches;
    const head = source.read(0, Math.min(32, source.size), "Mach-O header");
    if (head.length < 28) throw new BinaryFormatError("Mach-O header is truncated");
    const magic = head.readUInt32LE(0);
    if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) {
      throw new BinaryFormatError("big-endian Mach-O is not supported");
    }
    this.bits = magic === MH_MAGIC_64 ? 64 : 32;
    const hsize = this.bits === 64 ? 32 : 28;
    const cputype = head.readInt32LE(4);
    const filetype = head.readUInt32LE(12);
    const ncmds = head.readUInt32LE(16);
    const sizeofcmds = head.readUInt32LE(20);
    this.goarch = CPU_TO_GOARCH[cputype >>> 0] ?? null;
    this.machineName = `Mach-O ${this.bits}-bit ${this.goarch ?? `cpu ${cputype}`}`;
    if (sizeofcmds > MAX_LOAD_COMMANDS_BYTES || hsize + sizeofcmds > source.size) {
      throw new BinaryFormatError(`Mach-O header: load commands (${sizeofcmds} bytes) do not fit in the file`);
    }
    const buf = source.read(0, hsize + sizeofcmds, "Mach-O load commands");
    this.validateCommands(buf, hsize, ncmds, sizeofcmds);
    const parser = new import_macho.default.Parser();
    parser.setEndian("le");
    const hdr = {
      bits: this.bits,
      magic,
      cpu: { type: void 0, subtype: void 0, endian: "le" },
      filetype: void 0,
      ncmds,
      sizeofcmds,
      flags: {},
      hsize,
      body: buf.subarray(hsize),
      cmds: null
    };
    let cmds;
    try {
      cmds = parser.parseCommands(hdr, hdr.body, Buffer.alloc(0));
    } catch (err3) {
      throw new BinaryFormatError(`Mach-O load commands: ${err3.message}`);
    }
    for (const cmd of cmds) {
      if (cmd.type === "segment" || cmd.type === "segment_64") {
        const seg = cmd;
        const fileoff = cmd.type === "segment_64" ? Number(buf.readBigUInt64LE(cmd.fileoff + 40)) : buf.readUInt32LE(cmd.fileoff + 32);
        seg.fileoff = fileoff;
        this.segments.push({
          name: seg.name,
          vaddr: seg.vmaddr,
          memsz: seg.vmsize,
          offset: fileoff,
          filesz: seg.filesize,
          readable: seg.initprot.read,
          writable: seg.initprot.write,
          executable: seg.initprot.exec
        });
        if (seg.filesize > 0 && seg.fileoff + seg.filesize > source.size) {
          throw new BinaryFormatError(`Mach-O segment ${seg.name} extends past the end of the file`);
        }
        for (const s of seg.sections) {
          const zerofill = s.type === "zerofill" || s.type === "gb_zerofill" || s.type === "thread_local_zerofill" || s.offset === 0;
          if (!zerofill && s.offset + s.size > source.size) {
            throw new BinaryFormatError(`Mach-O section ${s.segname},${s.sectname} extends past the end of the file`);
          }
          this.sections.push({
            name: neutralName(s.sectname),
            rawName: s.sectname,
            segment: s.segname,
            addr: s.addr,
            offset: s.offset,
            size: s.size,
            inFile: !zerofill,
            compressed: false
          });
        }
      } else if (cmd.type === "symtab") {
        const st = cmd;
        this.symtab = st;
      } else if (cmd.type === "load_dylib" || cmd.type === "load_weak_dylib") {
        this.needed.push(String(cmd.name ?? ""));
      } else if (cmd.type === "load_dylinker") {
        this.interpreter = String(cmd.cmd ?? "");
      }
    }
    const ft = import_macho.default.constants.fileType[filetype];
    this.kind = ft === "execute" ? "executable" : ft === "dylib" ? "dylib" : ft === "bundle" ? "bundle" : ft === "object" ? "relocatable" : "unknown";
  }
  source;
  fatArches;
  format = "macho";
  bits;
  littleEndian = true;
  goos = "darwin";
  goarch;
  machineName;
  kind;
  interpreter = null;
  needed = [];
  sections = [];
  segments = [];
  symtab = null;
  symCache = null;
  dynCache = null;
  exportTrie = null;
  chainedFixups = null;
  chainedFormat;
  validateCommands(buf, hsize, ncmds, sizeofcmds) {
    if (ncmds * 8 > sizeofcmds) throw new BinaryFormatError(`Mach-O header: ${ncmds} load commands cannot fit in ${sizeofcmds} bytes`);
    let off = hsize;
    for (let i2 = 0; i2 < ncmds; i2++) {
      if (off + 8 > hsize + sizeofcmds) throw new BinaryFormatError(`Mach-O load command ${i2} starts past the command area`);
      const size = buf.readUInt32LE(off + 4);
      if (size < 8 || size % 4 !== 0 || off + size > hsize + sizeofcmds) {
        throw new BinaryFormatError(`Mach-O load command ${i2} has invalid size ${size}`);
      }
      const cmd = buf.readUInt32LE(off);
      if ((cmd === LC_DYLD_INFO || cmd === LC_DYLD_INFO_ONLY) && size >= 48) {
        this.exportTrie = { offset: buf.readUInt32LE(off + 40), size: buf.readUInt32LE(off + 44) };
      } else if (cmd === LC_DYLD_EXPORTS_TRIE && size >= 16) {
        this.exportTrie = { offset: buf.readUInt32LE(off + 8), size: buf.readUInt32LE(off + 12) };
      } else if (cmd === LC_DYLD_CHAINED_FIXUPS && size >= 16) {
        this.chainedFixups = { offset: buf.readUInt32LE(off + 8), size: buf.readUInt32LE(off + 12) };
      }
      off += size;
    }
  }
  section(name) {
    return this.sections.find((s) => s.name === name);
  }
  symbolsWithPrefix(table, prefixes) {
    if (table === "static") return this.symCache ? filterByPrefix(this.symCache, prefixes) : this.table()?.withPrefix(prefixes) ?? [];
    if (this.dynCache || this.hasExportTrie()) return filterByPrefix(this.dynamicSymbols(), prefixes);
    return (this.table()?.withPrefix(prefixes) ?? []).filter((s) => s.global && s.section !== null);
  }
  symbolsContaining(table, needle) {
    if (table === "static") return this.symCache ? this.symCache.filter((s) => s.name.includes(needle)) : this.table()?.containing(needle) ?? [];
    if (this.dynCache || this.hasExportTrie()) return this.dynamicSymbols().filter((s) => s.name.includes(needle));
    return (this.table()?.containing(needle) ?? []).filter((s) => s.global && s.section !== null);
  }
  hasSymbolTable() {
    return !!this.symtab && this.symtab.nsyms > 0;
  }
  hasDynamicSymbolTable() {
    return this.dynamicSymbols().length > 0;
  }
  /** The nlist table, read, checked and charged once; null when there is none. */
  table() {
    if (this.nlist !== void 0) return this.nlist;
    const st = this.symtab;
    this.nlist = null;
    if (st && st.nsyms > 0) {
      const ent = this.bits === 64 ? 16 : 12;
      checkCount(st.nsyms, ent, this.source.size, LIMITS.symbolsMax, "Mach-O symbol table");
      this.source.budget.chargeEntries(st.nsyms, "Mach-O symbol table");
      const data = this.source.read(st.symoff, st.nsyms * ent, "Mach-O symbol table");
      const strs = new StringTable(this.source.read(st.stroff, st.strsize, "Mach-O string table"), "Mach-O string table");
      this.nlist = new MachoSymbolTable(data, strs, this.bits, this.sections);
    }
    return this.nlist;
  }
  nlist = void 0;
  /** All nlist entries that are not debugging stabs, with Mach-O's leading `_` removed. */
  symbols() {
    this.symCache ??= this.table()?.all() ?? [];
    return this.symCache;
  }
  /** Whether dyld's exports come from an export trie (else from the symbol table). */
  hasExportTrie() {
    return this.trieExports().length > 0;
  }
  trieExports() {
    this.trieCache ??= this.readExportTrie();
    return this.trieCache;
  }
  trieCache = null;
  /**
   * What dyld can bind to: the export trie (what dlsym really searches, and
   * all a stripped binary keeps), else external symbols defined in a section.
   */
  dynamicSymbols() {
    if (this.dynCache) return this.dynCache;
    const fromTrie = this.trieExports();
    this.dynCache = fromTrie.length ? fromTrie : this.symbols().filter((s) => s.global && s.section !== null);
    return this.dynCache;
  }
  /** Walks the export trie: edges spell names, terminal nodes hold flags and an image offset. */
  readExportTrie() {
    const t = this.exportTrie;
    if (!t || t.size === 0 || t.size > MAX_TRIE_BYTES || t.offset + t.size > this.source.size) return [];
    const trie = this.source.read(t.offset, t.size, "Mach-O export trie");
    const base = this.segments.find((s) => s.name === "__TEXT")?.vaddr ?? 0;
    const out3 = [];
    const uleb = (o) => {
      let v = 0, shift = 0, b;
      do {
        if (o.p >= trie.length || shift > 49) throw new BinaryFormatError("Mach-O export trie: truncated number");
        b = trie[o.p++];
        v += (b & 127) * 2 ** shift;
        shift += 7;
      } while (b & 128);
      return v;
    };
    const seen = /* @__PURE__ */ new Set();
    const stack = [{ node: 0, prefix: "" }];
    while (stack.length) {
      const { node, prefix } = stack.pop();
      if (node >= trie.length || seen.has(node)) continue;
      seen.add(node);
      const o = { p: node };
      const termSize = uleb(o);
      const children = o.p + termSize;
      if (termSize > 0) {
        const flags = uleb(o);
        if ((flags & 8) === 0) {
          const value2 = base + uleb(o);
          let name = prefix.startsWith("_") ? prefix.slice(1) : prefix;
          name = name.normalize();
          const section = this.sections.findIndex((s) => value2 >= s.addr && value2 < s.addr + Math.max(s.size, 1));
          out3.push({ name, value: value2, size: 0, section: section >= 0 ? section : null, global: true });
        }
      }
      o.p = children;
      if (o.p >= trie.length) continue;
      const n = trie[o.p++];
      for (let i2 = 0; i2 < n; i2++) {
        const end = trie.indexOf(0, o.p);
        if (end < 0) throw new BinaryFormatError("Mach-O export trie: unterminated edge");
        const label = trie.toString("utf8", o.p, end);
        o.p = end + 1;
        stack.push({ node: uleb(o), prefix: prefix + label });
      }
    }
    const sorted = out3.filter((s) => s.section !== null).sort((a, b) => a.value - b.value);
    sorted.forEach((s, i2) => {
      const sec = this.sections[s.section];
      const next = sorted[i2 + 1];
      s.size = Math.max(0, Math.min(next && next.section === s.section ? next.value : sec.addr + sec.size, sec.addr + sec.size) - s.value);
    });
    return out3;
  }
  pointerAt(addr, raw) {
    const size = this.bits / 8;
    let w = raw;
    if (w === void 0) {
      const m = this.mapAddress(addr);
      if (!m || m.available < size) return null;
      const b = this.source.read(m.offset, size, `pointer at 0x${addr.toString(16)}`);
      w = size === 4 ? BigInt(b.readUInt32LE(0)) : b.readBigUInt64LE(0);
    }
    if (size === 4) return { value: Number(w), symbol: null };
    if (!this.chainedFixups) return { value: Number(w), symbol: null };
    if (w >> 63n) return { value: null, symbol: null };
    const target2 = Number(w & 0xfffffffffn) + Number(w >> 36n & 0xffn) * 2 ** 56;
    const base = this.chainedPointerFormat() === 6 ? this.segments.find((s) => s.name === "__TEXT")?.vaddr ?? 0 : 0;
    return { value: target2 + base, symbol: null };
  }
  /** pointer_format of the first segment with fixups (dyld_chained_starts_in_segment). */
  chainedPointerFormat() {
    if (this.chainedFormat !== void 0) return this.chainedFormat;
    this.chainedFormat = null;
    const f = this.chainedFixups;
    if (f.offset + f.size > this.source.size || f.size < 28) return null;
    const h = this.source.read(f.offset, Math.min(f.size, 1 << 20), "Mach-O chained fixups");
    const starts = h.readUInt32LE(4);
    if (starts + 4 > h.length) return null;
    const segCount = h.readUInt32LE(starts);
    for (let i2 = 0; i2 < segCount && starts + 4 + 4 * i2 + 4 <= h.length; i2++) {
      const segOff = h.readUInt32LE(starts + 4 + 4 * i2);
      if (segOff === 0 || starts + segOff + 8 > h.length) continue;
      this.chainedFormat = h.readUInt16LE(starts + segOff + 6);
      break;
    }
    return this.chainedFormat;
  }
  readSection(sec, maxBytes = Number.MAX_SAFE_INTEGER) {
    if (!sec.inFile) return Buffer.alloc(0);
    return this.source.read(sec.offset, Math.min(sec.size, maxBytes), `Mach-O section ${sec.rawName}`);
  }
  mapAddress(addr) {
    for (const seg of this.segments) {
      if (seg.name === "__PAGEZERO") continue;
      if (addr >= seg.vaddr && addr < seg.vaddr + seg.filesz) {
        return { offset: seg.offset + (addr - seg.vaddr), available: seg.vaddr + seg.filesz - addr };
      }
    }
    return null;
  }
  dataStart() {
    const bi = this.section(".go.buildinfo");
    if (bi) return { addr: bi.addr, size: bi.size };
    const seg = this.segments.find((s) => s.vaddr !== 0 && s.filesz !== 0 && s.readable && s.writable && !s.executable);
    return seg ? { addr: seg.vaddr, size: seg.memsz } : null;
  }
};

// src/container/open.ts
var FAT_MAGIC = 3405691582;
var FAT_MAGIC_64 = 3405691583;
var MAX_FAT_ARCHES = 32;
var FAT_CPU = { 7: "386", 16777223: "amd64", 12: "arm", 16777228: "arm64" };
function openContainers(path8) {
  return openSource(FileSource.open(path8));
}
function openSource(source) {
  try {
    const head = source.readUpTo(0, 8, "file header");
    if (head.length < 4) throw new BinaryFormatError("file is too small to be a binary");
    if (head[0] === 127 && head.toString("latin1", 1, 4) === "ELF") return [new ElfContainer(source)];
    const le = head.readUInt32LE(0);
    if (le === 4277009102 || le === 4277009103) return [new MachoContainer(source)];
    const be = head.readUInt32BE(0);
    if (be === 4277009102 || be === 4277009103) throw new BinaryFormatError("big-endian Mach-O is not supported");
    if (be === FAT_MAGIC || be === FAT_MAGIC_64) return openFat(source, be === FAT_MAGIC_64);
    if (head.toString("latin1", 0, 2) === "MZ") throw new BinaryFormatError("PE (Windows) binary: Go plugins do not exist on Windows");
    if (head.toString("latin1", 0, 2) === "#!") throw new BinaryFormatError("a script, not a binary");
    throw new BinaryFormatError("not an ELF or Mach-O binary");
  } catch (err3) {
    source.close();
    throw err3;
  }
}
function openFat(source, wide) {
  const n = source.read(4, 4, "universal header").readUInt32BE(0);
  if (n === 0 || n > MAX_FAT_ARCHES) throw new BinaryFormatError(`universal header: ${n} architectures (not a Mach-O universal binary?)`);
  const entSize = wide ? 32 : 20;
  const table = source.read(8, n * entSize, "universal architecture table");
  const slices = [];
  for (let i2 = 0; i2 < n; i2++) {
    const o = i2 * entSize;
    const cpu = table.readUInt32BE(o);
    const offset = wide ? Number(table.readBigUInt64BE(o + 8)) : table.readUInt32BE(o + 8);
    const size = wide ? Number(table.readBigUInt64BE(o + 16)) : table.readUInt32BE(o + 12);
    if (offset + size > source.size) throw new BinaryFormatError(`universal slice ${i2} lies outside the file`);
    if (size < 4) throw new BinaryFormatError(`universal slice ${i2} is too small to be a Mach-O file (${size} bytes)`);
    const magic = source.read(offset, 4, `universal slice ${i2}`).readUInt32BE(0);
    if (magic === FAT_MAGIC || magic === FAT_MAGIC_64) {
      throw new BinaryFormatError(`universal slice ${i2} is itself a universal binary: nested universal Mach-O files are invalid (lipo never makes them)`);
    }
    slices.push({ cpu, offset, size });
  }
  const names = slices.map((s) => FAT_CPU[s.cpu] ?? `cpu ${s.cpu}`);
  return slices.map((s) => new MachoContainer(source.slice(s.offset, s.size), names));
}

// src/facts/analyse.ts
init_errors();

// src/facts/build-facts.ts
init_errors();

// src/go/buildinfo.ts
init_errors();
var MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var ALIGN = 16;
var HEADER_SIZE = 32;
var FIRST_CHUNK = 64 << 10;
var CHUNK = 1 << 20;
function readBuildInfo(c) {
  const region = c.dataStart();
  if (!region || region.size === 0) return null;
  const addr = searchMagic(c, region.addr, region.size);
  if (addr === null) return null;
  const damaged = (what) => new BinaryFormatError(`build info at 0x${addr.toString(16)} is damaged: ${what}`);
  const header = readAddress(c, addr, HEADER_SIZE, true);
  if (!header || header.length < HEADER_SIZE) throw damaged("header cut short");
  const flags = header[15];
  let vers;
  let mod;
  if ((flags & 2) !== 0) {
    const v = decodeVarintString(c, addr + HEADER_SIZE);
    if (!v) throw damaged("the Go version string runs outside the file");
    const m = decodeVarintString(c, v.next);
    if (!m) throw damaged("the module text runs outside the file");
    vers = v.value;
    mod = m.value;
  } else {
    const ptrSize = header[14];
    const big = (flags & 1) !== 0;
    if (ptrSize !== 4 && ptrSize !== 8) throw damaged(`pointer size ${ptrSize}`);
    const readPtr = (b, o) => ptrSize === 4 ? big ? b.readUInt32BE(o) : b.readUInt32LE(o) : Number(big ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o));
    vers = readStringHeader(c, ptrSize, readPtr, readPtr(header, 16));
    mod = readStringHeader(c, ptrSize, readPtr, readPtr(header, 16 + ptrSize));
  }
  if (vers === "") throw damaged("empty Go version");
  if (!/^(go\d|devel)/.test(vers)) throw damaged(`Go version ${JSON.stringify(vers.slice(0, 40))}`);
  if (mod.length >= 33 && mod[mod.length - 17] === "\n") mod = mod.slice(16, mod.length - 16);
  else mod = "";
  return { goVersion: vers, ...parseModInfo(mod), raw: mod };
}
function searchMagic(c, start, size) {
  const end = start + size;
  let pos = Math.ceil(start / ALIGN) * ALIGN;
  for (let step = FIRST_CHUNK; pos < end; step = Math.min(step * 2, CHUNK)) {
    const chunk = readAddress(c, pos, Math.min(step, end - pos), true);
    if (!chunk || chunk.length === 0) return null;
    let from = 0;
    for (; ; ) {
      const i2 = chunk.indexOf(MAGIC, from);
      if (i2 < 0) break;
      if (i2 % ALIGN === 0) return pos + i2;
      from = i2 + 1;
    }
    pos += chunk.length;
  }
  return null;
}
function decodeVarintString(c, addr) {
  const b = readAddress(c, addr, 10, true);
  if (!b) return null;
  let len = 0;
  let shift = 0;
  let n = 0;
  for (; ; ) {
    if (n >= b.length || n >= 10) return null;
    const byte = b[n++];
    len += (byte & 127) * 2 ** shift;
    if ((byte & 128) === 0) break;
    shift += 7;
  }
  if (len > 64 << 20) throw new BinaryFormatError(`build info is damaged: string length ${len} is implausible`);
  const data = readAddress(c, addr + n, len);
  if (!data) return null;
  return { value: data.toString("utf8"), next: addr + n + len };
}
function readStringHeader(c, ptrSize, readPtr, addr) {
  const hdr = readAddress(c, addr, 2 * ptrSize);
  if (!hdr) return "";
  const dataAddr = readPtr(hdr, 0);
  const len = readPtr(hdr, ptrSize);
  if (len > 64 << 20) return "";
  const data = readAddress(c, dataAddr, len);
  return data ? data.toString("utf8") : "";
}
function parseModInfo(text) {
  const out3 = { path: "", main: null, deps: [], settings: [] };
  let last = null;
  const lines = text.split("\n");
  lines.pop();
  for (const line of lines) {
    const [word, ...rest] = line.split("	");
    const mod = (cols) => ({ path: cols[0] ?? "", version: cols[1] ?? "", sum: cols[2] ?? "", replace: null });
    if (word === "path") out3.path = rest.join("	");
    else if (word === "mod") last = out3.main = mod(rest);
    else if (word === "dep") out3.deps.push(last = mod(rest));
    else if (word === "=>" && last) {
      last.replace = mod(rest);
      last = null;
    } else if (word === "build") out3.settings.push(parseSetting(rest.join("	")));
  }
  return out3;
}
function parseSetting(kv) {
  let key;
  let raw;
  if (kv.startsWith('"') || kv.startsWith("`")) {
    const q = quotedPrefix(kv);
    key = unquote(q);
    raw = kv.slice(q.length + 1);
  } else {
    const eq = kv.indexOf("=");
    key = eq < 0 ? kv : kv.slice(0, eq);
    raw = eq < 0 ? "" : kv.slice(eq + 1);
  }
  const value2 = raw.startsWith('"') || raw.startsWith("`") ? unquote(raw) : raw;
  return { key, value: value2 };
}
function quotedPrefix(s) {
  const q = s[0];
  for (let i2 = 1; i2 < s.length; i2++) {
    if (q === '"' && s[i2] === "\\") i2++;
    else if (s[i2] === q) return s.slice(0, i2 + 1);
  }
  return s;
}
function unquote(s) {
  if (s.startsWith("`")) return s.slice(1, -1);
  try {
    return JSON.parse(s.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
  } catch {
    return s.slice(1, -1);
  }
}

// node_modules/fflate/esm/browser.js
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb2, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb2);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb2);
  for (i2 = 1; i2 < mb2; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb2);
    var rvb = 15 - mb2;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb2 - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var zls = function(d, dict) {
  if ((d[0] & 15) != 8 || d[0] >> 4 > 7 || (d[0] << 8 | d[1]) % 31)
    err(6, "invalid zlib data");
  if ((d[1] >> 5 & 1) == +!dict)
    err(6, "invalid zlib data: " + (d[1] & 32 ? "need" : "unexpected") + " dictionary");
  return (d[1] >> 3 & 4) + 2;
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate3(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate3.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate3.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate3.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate3;
})();
var Unzlib = /* @__PURE__ */ (function() {
  function Unzlib2(opts, cb) {
    Inflate.call(this, opts, cb);
    this.v = opts && opts.dictionary ? 2 : 1;
  }
  Unzlib2.prototype.push = function(chunk, final) {
    Inflate.prototype.e.call(this, chunk);
    if (this.v) {
      if (this.p.length < 6 && !final)
        return;
      this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
    }
    if (final) {
      if (this.p.length < 4)
        err(6, "invalid zlib data");
      this.p = this.p.subarray(0, -4);
    }
    Inflate.prototype.c.call(this, final);
  };
  return Unzlib2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u82 = Uint8Array;
var u162 = Uint16Array;
var i16 = Int16Array;
var i322 = Int32Array;
var slc2 = function(v, s, e) {
  if (u82.prototype.slice)
    return u82.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u82(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u82.prototype.fill)
    return u82.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u82.prototype.copyWithin)
    return u82.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec2 = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err2 = function(ind, msg, nt) {
  var e = new Error(msg || ec2[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err2);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i2 = 0, o = 0;
  for (; i2 < n; ++i2)
    o |= d[b++] << (i2 << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err2(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err2(1);
    var buf = new u82((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i322(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err2(0);
};
var msb = function(val) {
  var bits2 = 0;
  for (; 1 << bits2 <= val; ++bits2)
    ;
  return bits2 - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err2(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i2 = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u162(buf, 0, 256);
  var nstate = new u162(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u82(buf, bb1, sz);
  var nbits = new u82(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits2 = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits2 + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits2) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits2, val = sval;
    else {
      tpos += bits2 + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err2(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i2 = 0; i2 < sf; ++i2) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err2(0);
  for (i2 = 0; i2 < sz; ++i2) {
    var ns = dstate[syms[i2]]++;
    var nb = nbits[i2] = al - msb(ns);
    nstate[i2] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i2 = 0, wc = -1;
  var buf = new u82(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u162(buf.buffer, 268);
  if (hb < 128) {
    var _a2 = rfse(dat, bt + 1, 6), ebt = _a2[0], fdt2 = _a2[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err2(0);
    var st1 = 0, st2 = 0, btr1 = fdt2.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt2.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt2.s[st2];
      btr1 = fdt2.n[st1];
      st1 = fdt2.t[st1];
      btr2 = fdt2.n[st2];
      st2 = fdt2.t[st2];
    }
    if (++wc > 255)
      err2(0);
  } else {
    wc = hb - 127;
    for (; i2 < wc; i2 += 2) {
      var byte = dat[++bt];
      hw[i2] = byte >> 4;
      hw[i2 + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i2 = 0; i2 < wc; ++i2) {
    var wt = hw[i2];
    if (wt > 11)
      err2(0);
    wes += wt && 1 << wt - 1;
  }
  var mb2 = msb(wes) + 1;
  var ts = 1 << mb2;
  var rem = ts - wes;
  if (rem & rem - 1)
    err2(0);
  hw[wc++] = msb(rem) + 1;
  for (i2 = 0; i2 < wc; ++i2) {
    var wt = hw[i2];
    ++rc[hw[i2] = wt && mb2 + 1 - wt];
  }
  var hbuf = new u82(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb2] = 0;
  for (i2 = mb2; i2 > 0; --i2) {
    var pv = ri[i2];
    fill(nb, i2, pv, ri[i2 - 1] = pv + rc[i2] * (1 << mb2 - i2));
  }
  if (ri[0] != ts)
    err2(0);
  for (i2 = 0; i2 < wc; ++i2) {
    var bits2 = hw[i2];
    if (bits2) {
      var code = ri[bits2];
      fill(syms, i2, code, ri[bits2] = code + (1 << mb2 - bits2));
    }
  }
  return [bt, {
    n: nb,
    b: mb2,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u82([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u82([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u82([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i322(len);
  for (var i2 = 0; i2 < len; ++i2) {
    bl[i2] = s;
    s += 1 << b[i2];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u82((/* @__PURE__ */ new i322([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u82((/* @__PURE__ */ new i322([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out3, hu) {
  var len = dat.length, ss = out3.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err2(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i2 = -1;
  for (; pos > eb && i2 < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out3[++i2] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i2 + 1 != ss)
    err2(0);
};
var dhu4 = function(dat, out3, hu) {
  var bt = 6;
  var ss = out3.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out3.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out3.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out3.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out3.subarray(sz3), hu);
};
var rzb = function(dat, st, out3) {
  var _a2;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out3) {
      fill(out3, dat[bt], st.y, st.y += sz);
      return out3;
    }
    return fill(new u82(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out3) {
      out3.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out3;
    }
    return slc2(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out3 ? out3.subarray(st.y, st.y + st.m) : new u82(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err2(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err2(0);
      var dts = [dmlt, doct, dllt];
      for (var i2 = 2; i2 > -1; --i2) {
        var md = scm >> (i2 << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u82([0, 0, dat[bt++]]);
          dts[i2] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u162(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a2 = rfse(dat, bt, 9 - (i2 & 1)), bt = _a2[0], dts[i2] = _a2[1];
        } else if (md == 3) {
          if (!st.t)
            err2(0);
          dts[i2] = st.t[i2];
        }
      }
      var _b2 = st.t = dts, mlt = _b2[0], oct = _b2[1], llt = _b2[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err2(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i2 = 0; i2 < ll; ++i2) {
          buf[oubt + i2] = buf[spl + i2];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i2 = 0; i2 < len; ++i2) {
            buf[oubt + i2] = st.w[bs + i2];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i2 = 0; i2 < ml; ++i2) {
          buf[oubt + i2] = buf[stin + i2];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out3)
        st.y += oubt;
      else
        buf = slc2(buf, 0, oubt);
    } else if (out3) {
      st.y += lss;
      if (spl) {
        for (var i2 = 0; i2 < lss; ++i2) {
          buf[i2] = buf[spl + i2];
        }
      }
    } else if (spl)
      buf = slc2(buf, spl);
    st.b = ebt;
    return buf;
  }
  err2(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u82(ol);
  for (var i2 = 0, b = 0; i2 < bufs.length; ++i2) {
    var chk = bufs[i2];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u82(0), true);
          return;
        }
        if (ncs < 5)
          err2(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err2(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err2(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err2(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err2(5);
  };
  return Decompress2;
})();

// src/go/dwarf-producers.ts
init_errors();

// src/io/zstd-frames.ts
init_errors();
var ZSTD_MAGIC = 4247762216;
var isSkippable = (magic) => (magic & 4294967280) === 407710288;
function zstdLargestWindow(data, what) {
  const bad = (why, at) => {
    throw new BinaryFormatError(`${what}: not valid Zstandard data (${why} at byte ${at})`);
  };
  const u32 = (o) => (data[o] | data[o + 1] << 8 | data[o + 2] << 16 | data[o + 3] << 24) >>> 0;
  const le = (o, n) => {
    let v = 0;
    for (let i2 = n - 1; i2 >= 0; i2--) v = v * 256 + data[o + i2];
    return v;
  };
  let largest = 0;
  let off = 0;
  if (data.length === 0) bad("no frame", 0);
  while (off < data.length) {
    if (off + 8 > data.length) bad("truncated frame header", off);
    const magic = u32(off);
    if (isSkippable(magic)) {
      off += 8 + u32(off + 4);
      continue;
    }
    if (magic !== ZSTD_MAGIC) bad("bad magic number", off);
    const fhd = data[off + 4];
    if (fhd & 8) bad("reserved header bit set", off + 4);
    const single = fhd >> 5 & 1;
    const dictBytes = [0, 1, 2, 4][fhd & 3];
    const fcsBytes = [single, 2, 4, 8][fhd >> 6];
    let pos = off + 5;
    let window = 0;
    if (!single) {
      const wd = data[pos++];
      const base = 2 ** (10 + (wd >> 3));
      window = base + base / 8 * (wd & 7);
    }
    pos += dictBytes;
    if (pos + fcsBytes > data.length) bad("truncated frame header", off);
    const content = le(pos, fcsBytes) + (fcsBytes === 2 ? 256 : 0);
    pos += fcsBytes;
    if (single) window = content;
    largest = Math.max(largest, window);
    for (; ; ) {
      if (pos + 3 > data.length) bad("truncated block header", pos);
      const bh = data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16;
      const type = bh >> 1 & 3;
      if (type === 3) bad("reserved block type", pos);
      pos += 3 + (type === 1 ? 1 : bh >>> 3);
      if (pos > data.length) bad("block extends past the data", pos);
      if (bh & 1) break;
    }
    if (fhd & 4) pos += 4;
    if (pos > data.length) bad("truncated checksum", pos);
    off = pos;
  }
  return largest;
}

// src/io/sync-inflater.ts
import { Inflate as Inflate2, constants as constants4, deflateSync } from "node:zlib";
var trusted;
var spares = [];
var SPARES_MAX = 2;
var SyncInflater = class _SyncInflater {
  constructor(engine, handle, state) {
    this.engine = engine;
    this.handle = handle;
    this.state = state;
    handle.onerror = (message) => {
      this.error = message;
    };
  }
  engine;
  handle;
  state;
  error = null;
  /** Engines made by this process (tests: a batch reuses one). */
  static made = 0;
  /**
   * An inflater, or null when node's engine cannot be driven this way. The
   * first call checks the engine once on a known stream (several windows), so
   * that a node whose internals changed falls back instead of misreading.
   */
  static open() {
    trusted ??= _SyncInflater.probe();
    if (!trusted) return null;
    return spares.pop() ?? _SyncInflater.engine();
  }
  static probe() {
    try {
      const data = Buffer.from("go-plugin-compat checks the zlib engine once. ".repeat(64));
      const inf = _SyncInflater.engine();
      if (!inf) return false;
      const out3 = [];
      try {
        inf.push(deflateSync(data), true, Buffer.alloc(1e3), (c) => (out3.push(Buffer.from(c)), true));
      } finally {
        inf.release();
      }
      const same = Buffer.concat(out3).equals(data);
      if (!same) for (const e of spares.splice(0)) e.close();
      return same;
    } catch {
      return false;
    }
  }
  static engine() {
    const engine = new Inflate2({ chunkSize: constants4.Z_MIN_CHUNK });
    const handle = engine._handle;
    const state = engine._writeState;
    if (!handle || typeof handle.writeSync !== "function" || typeof handle.reset !== "function" || !(state instanceof Uint32Array) || state.length < 2) {
      engine.close();
      return null;
    }
    _SyncInflater.made++;
    return new _SyncInflater(engine, handle, state);
  }
  /**
   * Inflates `input` (the next piece of the stream; `last` for the final one)
   * into `window`, calling `out` with the bytes of each filling of it (a view,
   * valid until `out` returns). False from `out` stops; push then returns
   * false. Throws the engine's message on corrupt or truncated data.
   */
  push(input2, last, window, out3) {
    const flush = last ? constants4.Z_FINISH : constants4.Z_NO_FLUSH;
    let inOff = 0;
    let inLen = input2.length;
    for (; ; ) {
      this.handle.writeSync(flush, input2, inOff, inLen, window, 0, window.length);
      if (this.error !== null) throw new Error(this.error);
      const availOut = this.state[0];
      const availIn = this.state[1];
      inOff += inLen - availIn;
      inLen = availIn;
      const have = window.length - availOut;
      if (have > 0 && !out3(window.subarray(0, have))) return false;
      if (availOut !== 0) return true;
    }
  }
  close() {
    this.engine.close();
  }
  /**
   * Done with this stream, however it ended: the engine is reset (zlib's
   * inflateReset) and kept for the next stream; after an error, or when
   * enough are kept already, it is closed instead.
   */
  release() {
    if (this.error === null && spares.length < SPARES_MAX) {
      try {
        this.handle.reset();
        spares.push(this);
        return;
      } catch {
      }
    }
    this.close();
  }
};

// src/go/dwarf-producers.ts
var ELFCOMPRESS_ZLIB = 1;
var ELFCOMPRESS_ZSTD = 2;
var DW_AT_name = 3;
var DW_AT_producer = 37;
var CHUNK2 = 256 << 10;
var WINDOW = 1 << 20;
var ZCHUNK = 16 << 10;
var HEAD_BYTES = 4096;
function streamSection(c, sec, consume, how = {}) {
  let start = 0;
  let zlib = false;
  let declared = Infinity;
  if (sec.compressed) {
    const hdrSize = c.bits === 64 ? 24 : 12;
    const hdr = c.readSection(sec, hdrSize);
    if (hdr.length < hdrSize) throw new BinaryFormatError(`${sec.name}: compressed, but ${hdr.length} bytes cannot hold the ${hdrSize}-byte compression header`);
    const type = c.littleEndian ? hdr.readUInt32LE(0) : hdr.readUInt32BE(0);
    if (type !== ELFCOMPRESS_ZLIB && type !== ELFCOMPRESS_ZSTD) throw new BinaryFormatError(`${sec.name}: unsupported compression type ${type}`);
    declared = c.bits === 64 ? Number(c.littleEndian ? hdr.readBigUInt64LE(8) : hdr.readBigUInt64BE(8)) : c.littleEndian ? hdr.readUInt32LE(4) : hdr.readUInt32BE(4);
    if (type === ELFCOMPRESS_ZSTD) return streamZstd(c, sec, hdrSize, consume);
    start = hdrSize;
    zlib = true;
  } else if (sec.inFile && sec.size >= 12 && c.readSection(sec, 4).toString("latin1") === "ZLIB") {
    declared = Number(c.readSection(sec, 12).readBigUInt64BE(4));
    start = 12;
    zlib = true;
  }
  const src = c.source;
  const budget = src.budget;
  const native = zlib && how.nativeInflate !== false ? SyncInflater.open() : null;
  const step = zlib && !native ? ZCHUNK : CHUNK2;
  const input2 = src.scratch(Math.max(1, Math.min(step, sec.size - start)));
  const window = native ? src.scratch(Math.min(how.window ?? WINDOW, Math.max(4096, declared + 1))) : null;
  let stop = false;
  const inflated = (data) => {
    budget.chargeInflate(data.length, sec.name);
    return consume(data);
  };
  const fflate = zlib && !native ? new Unzlib((data) => {
    if (stop || !data.length) return;
    stop = !inflated(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }) : null;
  try {
    for (let off = start; off < sec.size && !stop; off += step) {
      const piece = src.fill(input2, sec.offset + off, Math.min(step, sec.size - off), `section ${sec.name}`);
      const last = off + step >= sec.size;
      try {
        if (native) stop = !native.push(piece, last, window, inflated);
        else if (fflate) fflate.push(piece, last);
        else stop = !consume(piece);
      } catch (err3) {
        if (err3 instanceof BinaryFormatError) throw err3;
        throw new BinaryFormatError(`${sec.name}: corrupt compressed data (${err3.message})`);
      }
    }
  } finally {
    native?.release();
  }
}
function streamZstd(c, sec, start, consume) {
  const src = c.source;
  const data = src.read(sec.offset + start, sec.size - start, `section ${sec.name}`);
  const window = zstdLargestWindow(data, sec.name);
  const room = src.budget.inflateBytesMax - src.budget.inflatedBytes;
  if (window > room) throw new LimitError(`${sec.name}: a Zstandard window of ${window} bytes exceeds this file's remaining decompression budget (${room} bytes)`);
  const stopped = new Error("stop");
  const z = new Decompress((block) => {
    src.budget.chargeInflate(block.length, sec.name);
    if (!consume(Buffer.from(block.buffer, block.byteOffset, block.byteLength))) throw stopped;
  });
  try {
    z.push(data, true);
  } catch (err3) {
    if (err3 === stopped) return;
    if (err3 instanceof BinaryFormatError) throw err3;
    throw new BinaryFormatError(`${sec.name}: corrupt compressed data (${err3.message})`);
  }
}
function readWhole(c, sec, limit = 64 << 20) {
  if (!sec) return Buffer.alloc(0);
  const parts = [];
  let n = 0;
  streamSection(c, sec, (chunk) => {
    n += chunk.length;
    if (n > limit) throw new BinaryFormatError(`${sec.name}: more than ${limit} bytes`);
    parts.push(Buffer.from(chunk));
    return true;
  });
  return Buffer.concat(parts);
}
function debugSection(c, name) {
  return c.section(`.debug_${name}`) ?? c.section(`.zdebug_${name}`);
}
var DataEnd = class extends BinaryFormatError {
};
var Cursor = class {
  constructor(b, o, little) {
    this.b = b;
    this.o = o;
    this.little = little;
  }
  b;
  o;
  little;
  u8() {
    this.need(1);
    return this.b[this.o++];
  }
  u16() {
    this.need(2);
    const v = this.little ? this.b.readUInt16LE(this.o) : this.b.readUInt16BE(this.o);
    this.o += 2;
    return v;
  }
  u32() {
    this.need(4);
    const v = this.little ? this.b.readUInt32LE(this.o) : this.b.readUInt32BE(this.o);
    this.o += 4;
    return v;
  }
  u64() {
    this.need(8);
    const v = Number(this.little ? this.b.readBigUInt64LE(this.o) : this.b.readBigUInt64BE(this.o));
    this.o += 8;
    return v;
  }
  uleb() {
    let v = 0, shift = 0;
    for (; ; ) {
      const byte = this.u8();
      v += (byte & 127) * 2 ** shift;
      if (!(byte & 128)) return v;
      shift += 7;
      if (shift > 63) throw new BinaryFormatError("DWARF: LEB128 value too long");
    }
  }
  sleb() {
    let byte;
    do {
      byte = this.u8();
    } while (byte & 128);
  }
  cstr() {
    const end = this.b.indexOf(0, this.o);
    if (end < 0) throw new DataEnd("unterminated string");
    const s = this.b.toString("utf8", this.o, end);
    this.o = end + 1;
    return s;
  }
  skip(n) {
    this.need(n);
    this.o += n;
  }
  need(n) {
    if (this.o + n > this.b.length) throw new DataEnd("DWARF data ends early");
  }
};
function parseAbbrevs(c, buf, little) {
  const tables = /* @__PURE__ */ new Map();
  let entries = 0;
  const cur = new Cursor(buf, 0, little);
  let table = /* @__PURE__ */ new Map();
  let tableStart = 0;
  while (cur.o < buf.length) {
    const code = cur.uleb();
    if (code === 0) {
      tables.set(tableStart, table);
      table = /* @__PURE__ */ new Map();
      tableStart = cur.o;
      continue;
    }
    const tag = cur.uleb();
    cur.u8();
    const attrs = [];
    for (; ; ) {
      const name = cur.uleb();
      const form = cur.uleb();
      const implicit = form === 33 ? (cur.sleb(), 0) : 0;
      if (name === 0 && form === 0) break;
      attrs.push({ name, form, implicit });
      if (++entries % 4096 === 0) c.source.budget.chargeEntries(4096, ".debug_abbrev");
    }
    table.set(code, { tag, attrs });
  }
  if (table.size) tables.set(tableStart, table);
  return tables;
}
function readCompileUnits(c, opts = {}) {
  const info = debugSection(c, "info");
  const abbrevSec = debugSection(c, "abbrev");
  if (!info || !abbrevSec || !info.inFile) return null;
  const little = c.littleEndian;
  let abbrevs;
  try {
    abbrevs = parseAbbrevs(c, readWhole(c, abbrevSec, 16 << 20), little);
  } catch (err3) {
    if (err3 instanceof DataEnd) throw new BinaryFormatError(`.debug_abbrev: ${err3.message}`);
    throw err3;
  }
  let str2 = null;
  let lineStr = null;
  const strAt = (which2, off) => {
    if (which2 === "str") str2 ??= new StringTable(readWhole(c, debugSection(c, "str")), ".debug_str");
    else lineStr ??= new StringTable(readWhole(c, debugSection(c, "line_str")), ".debug_line_str");
    return (which2 === "str" ? str2 : lineStr).get(off);
  };
  const units = [];
  let pending = Buffer.alloc(0);
  let skip = 0;
  let done = false;
  const handle = (data) => {
    while (data.length && !done) {
      const add = pending.length ? Math.min(data.length, HEAD_BYTES) : data.length;
      pending = pending.length ? Buffer.concat([pending, data.subarray(0, add)]) : data;
      data = data.subarray(add);
      parseHeads();
    }
  };
  const parseHeads = () => {
    for (; ; ) {
      if (skip > 0) {
        const n = Math.min(skip, pending.length);
        skip -= n;
        pending = pending.subarray(n);
        if (skip > 0) return;
      }
      if (pending.length < 4) return;
      let unitLen = little ? pending.readUInt32LE(0) : pending.readUInt32BE(0);
      let lenSize = 4;
      if (unitLen === 4294967295) {
        if (pending.length < 12) return;
        unitLen = Number(little ? pending.readBigUInt64LE(4) : pending.readBigUInt64BE(4));
        lenSize = 12;
      }
      const total = lenSize + unitLen;
      const want = Math.min(total, HEAD_BYTES);
      if (pending.length < want) return;
      if (units.length >= LIMITS.compileUnitsMax) {
        throw new BinaryFormatError(`.debug_info: more than ${LIMITS.compileUnitsMax} compile units (Go writes one per package)`);
      }
      const unit = parseUnitHead(pending.subarray(0, want), lenSize, little, abbrevs, strAt);
      units.push(unit);
      if (opts.firstGoUnit && parseProducer(unit.producer).goVersion !== null) {
        done = true;
        return;
      }
      skip = total;
    }
  };
  try {
    streamSection(c, info, (chunk) => {
      handle(chunk);
      if (pending.length) pending = Buffer.from(pending);
      return !done;
    }, opts);
  } catch (err3) {
    if (err3 instanceof DataEnd) throw new BinaryFormatError(`.debug_info: ${err3.message}`);
    throw err3;
  }
  return units.filter((u) => u.producer || u.name);
}
function parseUnitHead(b, lenSize, little, abbrevs, strAt) {
  const cur = new Cursor(b, lenSize, little);
  const offSize = lenSize === 12 ? 8 : 4;
  const version = cur.u16();
  let addrSize;
  let abbrevOff;
  if (version >= 5) {
    const unitType = cur.u8();
    addrSize = cur.u8();
    abbrevOff = offSize === 8 ? cur.u64() : cur.u32();
    if (unitType === 2 || unitType === 6) cur.skip(8 + offSize);
    if (unitType === 4 || unitType === 5) cur.skip(8);
  } else if (version >= 2) {
    abbrevOff = offSize === 8 ? cur.u64() : cur.u32();
    addrSize = cur.u8();
  } else throw new BinaryFormatError(`.debug_info: unsupported DWARF version ${version}`);
  const table = abbrevs.get(abbrevOff);
  const unit = { name: "", producer: "" };
  if (!table) return unit;
  const code = cur.uleb();
  const ab2 = table.get(code);
  if (!ab2) return unit;
  try {
    for (const a of ab2.attrs) {
      const v = readForm(cur, a.form, addrSize, offSize, version, strAt);
      if (a.name === DW_AT_name && typeof v === "string") unit.name = v;
      if (a.name === DW_AT_producer && typeof v === "string") {
        unit.producer = v;
        if (unit.name) break;
      }
    }
  } catch (err3) {
    if (!(err3 instanceof DataEnd)) throw err3;
  }
  return unit;
}
function readForm(cur, form, addrSize, offSize, version, strAt) {
  switch (form) {
    case 8:
      return cur.cstr();
    // string
    case 14:
      return strAt("str", offSize === 8 ? cur.u64() : cur.u32());
    // strp
    case 31:
      return strAt("line_str", offSize === 8 ? cur.u64() : cur.u32());
    // line_strp
    case 1:
      cur.skip(addrSize);
      return null;
    // addr
    case 11:
    case 17:
    case 37:
    case 41:
      return cur.u8();
    // data1 ref1 strx1 addrx1
    case 5:
    case 18:
    case 38:
    case 42:
      return cur.u16();
    // data2 ref2 strx2 addrx2
    case 39:
    case 43:
      cur.skip(3);
      return null;
    // strx3 addrx3
    case 6:
    case 19:
    case 40:
    case 44:
    case 28:
      return cur.u32();
    // data4 ref4 strx4 addrx4 ref_sup4
    case 7:
    case 20:
    case 32:
    case 36:
      return cur.u64();
    // data8 ref8 ref_sig8 ref_sup8
    case 30:
      cur.skip(16);
      return null;
    // data16
    case 12:
      return cur.u8();
    // flag
    case 25:
      return 1;
    // flag_present
    case 33:
      return 0;
    // implicit_const
    case 15:
    case 21:
    case 26:
    case 27:
    case 34:
    case 35:
      return cur.uleb();
    // udata ref_udata strx addrx loclistx rnglistx
    case 13:
      cur.sleb();
      return null;
    // sdata
    case 16:
    case 23:
    case 29:
      cur.skip(version <= 2 && form === 16 ? addrSize : offSize);
      return null;
    // ref_addr sec_offset strp_sup
    case 10:
      cur.skip(cur.u8());
      return null;
    // block1
    case 3:
      cur.skip(cur.u16());
      return null;
    // block2
    case 4:
      cur.skip(cur.u32());
      return null;
    // block4
    case 9:
    case 24:
      cur.skip(cur.uleb());
      return null;
    // block exprloc
    default:
      throw new BinaryFormatError(`.debug_info: unknown attribute form 0x${form.toString(16)}`);
  }
}
function parseProducer(producer) {
  const m = /^Go cmd\/compile (\S+?)(?:;\s*(.*))?$/.exec(producer.trim());
  if (!m) return { goVersion: null, flags: [] };
  return { goVersion: m[1] ?? null, flags: (m[2] ?? "").split(/\s+/).filter(Boolean) };
}

// src/go/pkghash.ts
var PREFIXES = ["go:link.", "go.link."];
var HASH_PREFIXES = PREFIXES.map((p) => `${p}pkghashbytes.`);
var LINK_PREFIXES = PREFIXES.flatMap((p) => [`${p}thispluginpath`, `${p}pkgname.`, `${p}pkglinkhash.`]);
var startsWithAny = (name, prefixes) => prefixes.some((p) => name.startsWith(p));
function spellingOf(name) {
  for (const p of PREFIXES) if (name.startsWith(p)) return p;
  return null;
}
var hex = (b) => b.toString("hex");
var str = (b) => {
  const nul = b.indexOf(0);
  return b.toString("utf8", 0, nul < 0 ? b.length : nul);
};
var readPath = (c, s) => readSymbol(c, s, Math.min(s.size, LIMITS.importPathBytesMax));
function readPluginAbi(c, opts = {}) {
  const dynLinks = c.symbolsWithPrefix("dynamic", PREFIXES);
  let staticLinks;
  const staticAll = () => staticLinks ??= c.symbolsWithPrefix("static", PREFIXES);
  const dyn = dynLinks.filter((s) => startsWithAny(s.name, HASH_PREFIXES));
  const regular = opts.linkTable === false ? [] : staticAll().filter((s) => startsWithAny(s.name, LINK_PREFIXES));
  let spelling = null;
  const exported = /* @__PURE__ */ new Map();
  const collect = (syms) => {
    for (const s of syms) {
      const sp = spellingOf(s.name);
      if (!sp) continue;
      spelling ??= sp;
      const pkg = s.name.slice(sp.length + "pkghashbytes.".length);
      if (!exported.has(pkg)) {
        const b = readSymbol(c, s, 8);
        if (b) exported.set(pkg, hex(b));
      }
    }
  };
  collect(dyn);
  const exportedFromDynsym = exported.size > 0;
  if (!exportedFromDynsym) collect(staticAll().filter((s) => s.global && startsWithAny(s.name, HASH_PREFIXES)));
  let linkTable = null;
  let pluginPath = null;
  const names = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Map();
  for (const s of regular) {
    const sp = spellingOf(s.name);
    if (!sp) continue;
    spelling ??= sp;
    const rest = s.name.slice(sp.length);
    if (rest === "thispluginpath") {
      const b = readPath(c, s);
      if (b) pluginPath = str(b);
    } else if (rest.startsWith("pkgname.")) {
      const b = readPath(c, s);
      if (b) names.set(Number(rest.slice(8)), str(b));
    } else if (rest.startsWith("pkglinkhash.")) {
      const b = readSymbol(c, s, 8);
      if (b) hashes.set(Number(rest.slice(12)), hex(b));
    }
  }
  if (spelling === null) {
    const any = dynLinks[0] ?? staticAll()[0];
    if (any) spelling = spellingOf(any.name);
  }
  if (names.size > 0) {
    linkTable = [...names.keys()].sort((a, b) => a - b).filter((i2) => hashes.has(i2)).map((i2) => ({ package: names.get(i2), hash: hashes.get(i2) }));
  }
  return { spelling, exported, exportedFromDynsym, linkTable, pluginPath };
}
function recoverLinkOrder(c, exported) {
  if (exported.size < 2) return null;
  const byHash = /* @__PURE__ */ new Map();
  for (const [pkg, h] of exported) byHash.set(h, pkg);
  const heads = new Set([...byHash.keys()].map((h) => Buffer.from(h, "hex").readUInt32LE(0)));
  const exportedAt = new Set(c.symbolsWithPrefix("dynamic", HASH_PREFIXES).map((s) => s.value));
  const CHUNK3 = 4 << 20;
  for (const sec of distinctSections(c, (s) => s.name === ".rodata")) {
    const first = (8 - sec.addr % 8) % 8;
    let run3 = [];
    let inRun = /* @__PURE__ */ new Set();
    for (let off = first; off < sec.size; off += CHUNK3) {
      const buf = c.source.read(sec.offset + off, Math.min(CHUNK3, sec.size - off), "rodata");
      for (let o = 0; o + 8 <= buf.length; o += 8) {
        const pkg = heads.has(buf.readUInt32LE(o)) ? byHash.get(buf.toString("hex", o, o + 8)) : void 0;
        if (pkg && !exportedAt.has(sec.addr + off + o) && !inRun.has(pkg)) {
          run3.push(pkg);
          inRun.add(pkg);
        } else {
          if (run3.length === exported.size) return run3.map((p) => ({ package: p, hash: exported.get(p) }));
          run3 = pkg && !exportedAt.has(sec.addr + off + o) ? [pkg] : [];
          inRun = new Set(run3);
        }
      }
    }
    if (run3.length === exported.size) return run3.map((p) => ({ package: p, hash: exported.get(p) }));
  }
  return null;
}
function exportedGoSymbols(c, pkgPath) {
  const prefix = pkgPath + ".";
  const out3 = [];
  for (const s of c.symbolsWithPrefix("dynamic", [prefix])) {
    if (s.section === null) continue;
    const rest = s.name.slice(prefix.length);
    if (new RegExp("^\\p{Lu}[\\p{L}\\p{N}_]*$", "u").test(rest)) out3.push(rest);
  }
  return [...new Set(out3)].sort();
}

// src/go/pclntab-magic.ts
var PCLNTAB_MAGICS = {
  4294967291: "go1.2",
  4294967290: "go1.16",
  4294967280: "go1.18",
  4294967281: "go1.20"
};
function pclntabMagicOffsets(buf, first, limit, littleEndian) {
  const out3 = [];
  const pattern = Buffer.alloc(6);
  for (const magic of Object.keys(PCLNTAB_MAGICS).map(Number)) {
    if (littleEndian) pattern.writeUInt32LE(magic, 0);
    else pattern.writeUInt32BE(magic, 0);
    for (let i2 = buf.indexOf(pattern, first); i2 >= 0 && i2 < limit; i2 = buf.indexOf(pattern, i2 + 1)) {
      if ((i2 - first) % 8 === 0) out3.push(i2);
    }
  }
  return out3.sort((a, b) => a - b);
}

// src/go/moduledata.ts
var LAYOUTS = [
  // go1.19.8: … types, etypes, rodata, gofunc, textsectmap, typelinks, itablinks, ptab, pluginpath, pkghashes, modulename …
  { name: "go1.19", text: 22, types: 35, etypes: 36, ptab: 48, pluginpath: 51, pkghashes: 53, modulename: 56, slices: [1, 4, 7, 10, 13, 16, 39, 42, 45, 48, 53, 58] },
  // go1.20 adds covctrs/ecovctrs (coverage redesign) before end; go1.21 adds inittasks after
  // pkghashes (new init order); go1.26 adds epclntab after gofunc. The go1.20 and go1.21–go1.25
  // rows follow runtime/symtab.go of those releases and are not measured here (no such toolchain
  // on this machine): every row is validated on the bytes (len == cap of each slice) before use.
  { name: "go1.20", text: 22, types: 37, etypes: 38, ptab: 50, pluginpath: 53, pkghashes: 55, modulename: 58, slices: [1, 4, 7, 10, 13, 16, 41, 44, 47, 50, 55, 60] },
  { name: "go1.21-go1.25", text: 22, types: 37, etypes: 38, ptab: 50, pluginpath: 53, pkghashes: 55, modulename: 61, slices: [1, 4, 7, 10, 13, 16, 41, 44, 47, 50, 55, 58, 63] },
  // go1.26.8, measured.
  { name: "go1.26", text: 22, types: 37, etypes: 38, ptab: 51, pluginpath: 54, pkghashes: 56, modulename: 62, slices: [1, 4, 7, 10, 13, 16, 42, 45, 48, 51, 56, 59, 64] },
  // go1.27.3: types, typedesclen, etypes, itaboffset, itabsize; typelinks and itablinks are gone.
  { name: "go1.27", text: 22, types: 37, etypes: 39, ptab: 48, pluginpath: 51, pkghashes: 53, modulename: 59, slices: [1, 4, 7, 10, 13, 16, 45, 48, 53, 56, 61] }
];
var MAX_STRING = 1 << 16;
var MAX_ENTRIES = 1 << 14;
var MAX_FIELDS = 70;
var Reader = class {
  constructor(c) {
    this.c = c;
    this.w = c.bits / 8;
  }
  c;
  w;
  /** A pointer as the loader leaves it (relocations applied). */
  ptr(addr) {
    return this.c.pointerAt(addr)?.value ?? null;
  }
  /** A word of a block already read. */
  word(b, off) {
    if (this.w === 4) return BigInt(this.c.littleEndian ? b.readUInt32LE(off) : b.readUInt32BE(off));
    return this.c.littleEndian ? b.readBigUInt64LE(off) : b.readBigUInt64BE(off);
  }
  /** A plain integer word (lengths are never relocated). */
  int(addr) {
    const b = readAddress(this.c, addr, this.w);
    if (!b) return null;
    if (this.w === 4) return this.c.littleEndian ? b.readUInt32LE(0) : b.readUInt32BE(0);
    return Number(this.c.littleEndian ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0));
  }
  bytes(addr, len) {
    if (len === 0) return Buffer.alloc(0);
    if (addr === null || len === null || len > MAX_STRING) return null;
    return readAddress(this.c, addr, len);
  }
};
function sectionCandidates(c) {
  const out3 = [];
  for (const name of [".go.module", ".go_module"]) {
    const sec = c.section(name);
    if (sec?.inFile) out3.push({ address: sec.addr, locatedBy: "section" });
  }
  return out3;
}
function symbolCandidates(c) {
  const out3 = [];
  const names = ["local.moduledata", "go:link.moduledata", "go.link.moduledata", "runtime.firstmoduledata"];
  const syms = c.symbolsWithPrefix("static", names);
  for (const name of names) {
    const s = syms.find((x2) => x2.name === name && x2.section !== null && c.sections[x2.section]?.inFile);
    if (s) out3.push({ address: s.value, locatedBy: "symbol" });
  }
  return out3;
}
function pclntabAddress(c) {
  const sec = c.section(".gopclntab");
  if (sec) return sec.addr;
  const sym = c.symbolsWithPrefix("static", ["runtime.pclntab"]).find((s) => s.name === "runtime.pclntab");
  if (sym) return sym.value;
  for (const s of distinctSections(c, (x2) => /^\.(data\.rel\.ro|rodata|gopclntab|noptrdata)$/.test(x2.name))) {
    const CHUNK3 = 4 << 20;
    for (let off = 0; off < Math.min(s.size, LIMITS.scanBytesMax); off += CHUNK3) {
      const buf = c.source.read(s.offset + off, Math.min(CHUNK3 + 16, s.size - off), "pclntab search");
      for (const o of pclntabMagicOffsets(buf, (8 - (s.addr + off) % 8) % 8, Math.min(CHUNK3, buf.length - 7), c.littleEndian)) {
        if ([1, 2, 4].includes(buf[o + 6]) && buf[o + 7] === c.bits / 8) {
          return s.addr + off + o;
        }
      }
    }
  }
  return null;
}
function byPclntabPointer(c, r) {
  const target2 = pclntabAddress(c);
  if (target2 === null) return [];
  const out3 = [];
  for (const s of distinctSections(c, (x2) => /^\.(go\.module|go_module|noptrdata|data|data\.rel\.ro)$/.test(x2.name))) {
    const buf = c.readSection(s, 64 << 20);
    if (c.wordsHolding) {
      out3.push(...c.wordsHolding(s, buf, target2));
    } else {
      const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
      for (let o = (r.w - s.addr % r.w) % r.w; o + r.w <= buf.length; o += r.w) {
        const raw = r.w === 8 ? view.getBigUint64(o, c.littleEndian) : BigInt(view.getUint32(o, c.littleEndian));
        if (c.pointerAt(s.addr + o, raw)?.value === target2) out3.push(s.addr + o);
      }
    }
    if (out3.length) break;
  }
  return out3;
}
function tryLayout(r, at, L, locatedBy, head = null) {
  const w = r.w;
  const field = (i2) => at + i2 * w;
  const inHead = (i2) => head !== null && (i2 + 1) * w <= head.length;
  const int = (i2) => inHead(i2) ? Number(r.word(head, i2 * w)) : r.int(field(i2));
  const ptr = (i2) => inHead(i2) ? r.c.pointerAt(field(i2), r.word(head, i2 * w))?.value ?? null : r.ptr(field(i2));
  const string = (i2) => {
    const b = r.bytes(ptr(i2), int(i2 + 1));
    return b ? b.toString("utf8") : null;
  };
  for (const i2 of L.slices) {
    const len = int(i2 + 1);
    const cap = int(i2 + 2);
    if (len === null || cap === null || len !== cap || len > 1 << 28) return null;
  }
  const text = ptr(L.text);
  const etext = ptr(L.text + 1);
  const types = ptr(L.types);
  const etypes = ptr(L.etypes);
  if (text === null || etext === null || types === null || etypes === null || etext < text || etypes < types) return null;
  const pluginPath = string(L.pluginpath);
  const moduleName = string(L.modulename);
  if (pluginPath === null || moduleName === null) return null;
  const pkgHashes = [];
  const n = int(L.pkghashes + 1) ?? 0;
  if (n > MAX_ENTRIES) return null;
  const arr = n ? ptr(L.pkghashes) : 0;
  const block = n ? readAddress(r.c, arr, n * 5 * w) : null;
  if (n && !block) return null;
  for (let i2 = 0; i2 < n; i2++) {
    const e = arr + i2 * 5 * w;
    const word = (k) => r.word(block, (i2 * 5 + k) * w);
    const name = r.bytes(r.c.pointerAt(e, word(0))?.value ?? null, Number(word(1)));
    const hash = r.bytes(r.c.pointerAt(e + 2 * w, word(2))?.value ?? null, Number(word(3)));
    if (name === null || hash === null || hash.length !== 8) return null;
    pkgHashes.push({ package: name.toString("utf8"), hash: hash.toString("hex"), runtimeSymbol: r.c.pointerAt(e + 4 * w, word(4))?.symbol ?? null });
  }
  const exports = [];
  const np = int(L.ptab + 1) ?? 0;
  if (np > MAX_ENTRIES) return null;
  const ptab = np ? ptr(L.ptab) : 0;
  const entries = np ? readAddress(r.c, ptab, np * 8) : null;
  if (np && !entries) return null;
  for (let i2 = 0; i2 < np; i2++) {
    const nameOff = r.c.littleEndian ? entries.readInt32LE(i2 * 8) : entries.readInt32BE(i2 * 8);
    const typeOff = r.c.littleEndian ? entries.readInt32LE(i2 * 8 + 4) : entries.readInt32BE(i2 * 8 + 4);
    const name = readName(r, types + nameOff);
    if (name === null) return null;
    const head2 = readAddress(r.c, types + typeOff, 4 * w + 12);
    const kind = head2 ? head2[2 * w + 7] & 31 : null;
    exports.push({ name, kind: kind === 19 ? "func" : "var", type: head2 ? typeString(r, types, head2, w) : null, methods: !head2 ? null : kind === 22 ? pointerMethods(r, types, types + typeOff, head2, w) : kind === 19 ? [] : null });
  }
  return { address: at, locatedBy, layout: L.name, pluginPath, pkgHashes, moduleName, exports, text, etext, types, etypes };
}
function typeString(r, types, head, w) {
  const TFLAG_EXTRA_STAR = 1 << 1;
  const off = r.c.littleEndian ? head.readInt32LE(4 * w + 8) : head.readInt32BE(4 * w + 8);
  const s = readName(r, types + off);
  if (s === null) return null;
  return head[2 * w + 4] & TFLAG_EXTRA_STAR ? s.slice(1) : s;
}
var MAX_METHODS = 4096;
function pointerMethods(r, types, at, head, w) {
  const TFLAG_UNCOMMON = 1 << 0;
  if (!(head[2 * w + 4] & TFLAG_UNCOMMON)) return [];
  const u = at + 5 * w + 16;
  const uh = readAddress(r.c, u, 16);
  if (!uh) return null;
  const le = r.c.littleEndian;
  const xcount = le ? uh.readUInt16LE(6) : uh.readUInt16BE(6);
  const moff = le ? uh.readUInt32LE(8) : uh.readUInt32BE(8);
  if (xcount > MAX_METHODS) return null;
  const block = xcount ? readAddress(r.c, u + moff, xcount * 16) : Buffer.alloc(0);
  if (!block) return null;
  const out3 = [];
  for (let i2 = 0; i2 < xcount; i2++) {
    const nameOff = le ? block.readInt32LE(i2 * 16) : block.readInt32BE(i2 * 16);
    const mtyp = le ? block.readInt32LE(i2 * 16 + 4) : block.readInt32BE(i2 * 16 + 4);
    const name = readName(r, types + nameOff);
    if (name === null) return null;
    const mh = mtyp === -1 ? null : readAddress(r.c, types + mtyp, 4 * w + 12);
    out3.push({ name, type: mh ? typeString(r, types, mh, w) : null });
  }
  return out3;
}
function readName(r, addr) {
  const head = readAddress(r.c, addr, 11, true);
  if (!head || head.length < 2) return null;
  let len = 0, shift = 0, i2 = 1;
  for (; i2 < head.length; i2++) {
    len += (head[i2] & 127) * 2 ** shift;
    shift += 7;
    if ((head[i2] & 128) === 0) break;
  }
  if (i2 >= head.length || len > MAX_STRING) return null;
  const b = readAddress(r.c, addr + i2 + 1, len);
  return b ? b.toString("utf8") : null;
}
function ordered(goVersion) {
  const m = /^go1\.(\d+)/.exec(goVersion ?? "");
  if (!m) return LAYOUTS;
  const minor = Number(m[1]);
  const first = minor <= 19 ? "go1.19" : minor === 20 ? "go1.20" : minor <= 25 ? "go1.21-go1.25" : minor === 26 ? "go1.26" : "go1.27";
  return [...LAYOUTS.filter((l) => l.name === first), ...LAYOUTS.filter((l) => l.name !== first)];
}
function readModuleData(c, goVersion = null) {
  if (c.bits !== 64 && c.bits !== 32) return null;
  const r = new Reader(c);
  const layouts = ordered(goVersion);
  const tried = /* @__PURE__ */ new Set();
  const attempt = (address, locatedBy) => {
    if (tried.has(address)) return null;
    tried.add(address);
    const head = readAddress(c, address, MAX_FIELDS * r.w, false) ?? readAddress(c, address, 64 * r.w, false);
    if (!head) return null;
    for (const L of layouts) {
      const md = tryLayout(r, address, L, locatedBy, head);
      if (md) return md;
    }
    return null;
  };
  for (const candidates of [sectionCandidates, symbolCandidates]) {
    for (const cand of candidates(c)) {
      const md = attempt(cand.address, cand.locatedBy);
      if (md) return md;
    }
  }
  for (const a of byPclntabPointer(c, r)) {
    const md = attempt(a, "pclntab-pointer");
    if (md) return md;
  }
  return null;
}

// src/go/pclntab.ts
init_errors();
var HEADER_MAX = 8 + 8 * 8;
var MAX_FILETAB = 64 << 20;
function locate(c) {
  const sec = c.section(".gopclntab");
  if (sec && sec.inFile) return { offset: sec.offset, size: sec.size };
  const syms = c.symbolsWithPrefix("static", ["runtime.pclntab", "runtime.epclntab"]);
  const start = syms.find((s) => s.name === "runtime.pclntab");
  const end = syms.find((s) => s.name === "runtime.epclntab");
  if (start && end && end.value > start.value && start.section !== null) {
    const s = c.sections[start.section];
    if (s && s.inFile) return { offset: s.offset + (start.value - s.addr), size: end.value - start.value };
  }
  return scanForHeader(c);
}
function scanForHeader(c) {
  const CHUNK3 = 4 << 20;
  for (const sec of distinctSections(c, (s) => /^\.(data\.rel\.ro|rodata|noptrdata|gopclntab)$/.test(s.name))) {
    for (let off = 0; off < Math.min(sec.size, LIMITS.scanBytesMax); off += CHUNK3) {
      const buf = c.source.read(sec.offset + off, Math.min(CHUNK3 + HEADER_MAX, sec.size - off), "pclntab search");
      for (const o of pclntabMagicOffsets(buf, (8 - (sec.addr + off) % 8) % 8, Math.min(CHUNK3, buf.length - HEADER_MAX + 1), c.littleEndian)) {
        const magic = c.littleEndian ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
        const quantum = buf[o + 6];
        const ptr = buf[o + 7];
        if (![1, 2, 4].includes(quantum) || ptr !== 4 && ptr !== 8) continue;
        const size = sec.size - off - o;
        const word = (i2) => ptr === 8 ? Number(c.littleEndian ? buf.readBigUInt64LE(o + 8 + i2 * 8) : buf.readBigUInt64BE(o + 8 + i2 * 8)) : c.littleEndian ? buf.readUInt32LE(o + 8 + i2 * 4) : buf.readUInt32BE(o + 8 + i2 * 4);
        const base = PCLNTAB_MAGICS[magic] === "go1.16" ? 2 : 3;
        const offs = [word(base), word(base + 1), word(base + 2), word(base + 3), word(base + 4)];
        if (word(0) > 0 && offs.every((x2, i2) => x2 > 0 && x2 < size && (i2 === 0 || x2 >= offs[i2 - 1]))) {
          return { offset: sec.offset + off + o, size };
        }
      }
    }
  }
  return null;
}
function readPclnFiles(c, withFiles = true) {
  const loc = locate(c);
  if (!loc || loc.size < 16) return null;
  const head = c.source.read(loc.offset, Math.min(loc.size, 8 + 8 * 8), "pclntab header");
  const little = c.littleEndian;
  const magic = little ? head.readUInt32LE(0) : head.readUInt32BE(0);
  const format = PCLNTAB_MAGICS[magic];
  if (!format || head[4] !== 0 || head[5] !== 0) return null;
  const ptrSize = head[7];
  if (ptrSize !== 4 && ptrSize !== 8) return null;
  const word = (i2) => {
    const o = 8 + i2 * ptrSize;
    if (o + ptrSize > head.length) return -1;
    return ptrSize === 4 ? little ? head.readUInt32LE(o) : head.readUInt32BE(o) : Number(little ? head.readBigUInt64LE(o) : head.readBigUInt64BE(o));
  };
  const inTable = (off, len2) => off >= 0 && len2 >= 0 && off + len2 <= loc.size;
  if (format === "go1.2") return withFiles ? readGo12(c, loc, ptrSize, little) : { format, ptrSize, files: [] };
  const base = format === "go1.16" ? 4 : 5;
  const filetab = word(base);
  const pctab = word(base + 1);
  if (!inTable(filetab, 0) || pctab < filetab || !inTable(filetab, pctab - filetab)) return null;
  if (!withFiles) return { format, ptrSize, files: [] };
  const len = Math.min(pctab - filetab, MAX_FILETAB);
  const data = c.source.read(loc.offset + filetab, len, "pclntab file table");
  return { format, ptrSize, files: splitNames(data) };
}
function readGo12(c, loc, ptrSize, little) {
  if (loc.size > MAX_GO12_TABLE) return null;
  const tab = c.source.read(loc.offset, loc.size, "pclntab");
  const u32 = (o) => o + 4 <= tab.length ? little ? tab.readUInt32LE(o) : tab.readUInt32BE(o) : -1;
  const nfunc = ptrSize === 4 ? u32(8) : Number(little ? tab.readBigUInt64LE(8) : tab.readBigUInt64BE(8));
  const fileOffPos = 8 + ptrSize + nfunc * 2 * ptrSize + ptrSize;
  const filetab = u32(fileOffPos);
  if (filetab < 0) return null;
  const nfiles = u32(filetab);
  if (nfiles < 0 || filetab + 4 * nfiles > tab.length) return null;
  if (nfiles > LIMITS.pclnFilesMax) throw new BinaryFormatError(`pclntab: ${nfiles} source files, more than the ${LIMITS.pclnFilesMax} any real binary has`);
  c.source.budget.chargeEntries(nfiles, "pclntab file table");
  const names = new StringTable(tab, "pclntab file names", LIMITS.pathBytesMax);
  const files = /* @__PURE__ */ new Set();
  for (let i2 = 1; i2 < nfiles; i2++) {
    const off = u32(filetab + 4 * i2);
    if (off < 0 || off >= tab.length) continue;
    files.add(names.get(off));
  }
  return { format: "go1.2", ptrSize, files: [...files] };
}
var MAX_GO12_TABLE = 256 << 20;
function splitNames(data) {
  const files = /* @__PURE__ */ new Set();
  for (const name of data.toString("utf8").split("\0")) {
    if (name === "" || name.length * 3 > LIMITS.pathBytesMax && Buffer.byteLength(name, "utf8") > LIMITS.pathBytesMax) continue;
    files.add(name);
    if (files.size > LIMITS.pclnFilesMax) throw new BinaryFormatError(`pclntab: more than ${LIMITS.pclnFilesMax} source file names, more than any real binary has`);
  }
  return [...files];
}

// src/go/runtime-version.ts
function readRuntimeVersion(c) {
  const sym = c.symbolsWithPrefix("static", ["runtime.buildVersion"]).find((s) => s.name === "runtime.buildVersion");
  if (sym) {
    const ptrSize = c.bits / 8;
    const hdr = readSymbol(c, sym, 2 * ptrSize);
    if (hdr) {
      const rd = (o) => ptrSize === 4 ? c.littleEndian ? hdr.readUInt32LE(o) : hdr.readUInt32BE(o) : Number(c.littleEndian ? hdr.readBigUInt64LE(o) : hdr.readBigUInt64BE(o));
      const len = rd(ptrSize);
      if (len > 0 && len < 256) {
        const data = readAddress(c, rd(0), len);
        if (data) return data.toString("utf8");
      }
    }
  }
  return scanRodata(c);
}
var GO1 = Buffer.from("go1.", "latin1");
var isDigit = (b) => b !== void 0 && b >= 48 && b <= 57;
var digitOrDot = (b) => isDigit(b) || b === 46;
function versionAt(buf, p) {
  if (p > 0 && digitOrDot(buf[p - 1])) return null;
  const digits = (from) => {
    let i2 = from;
    while (isDigit(buf[i2])) i2++;
    return i2;
  };
  const minorEnd = digits(p + 4);
  if (minorEnd === p + 4 || buf[minorEnd] !== 46) return null;
  const patchEnd = digits(minorEnd + 1);
  if (patchEnd === minorEnd + 1) return null;
  for (const tag of ["rc", "beta"]) {
    if (buf.toString("latin1", patchEnd, patchEnd + tag.length) !== tag) continue;
    const tagEnd = digits(patchEnd + tag.length);
    if (tagEnd > patchEnd + tag.length && !digitOrDot(buf[tagEnd])) return buf.toString("latin1", p, tagEnd);
  }
  return digitOrDot(buf[patchEnd]) ? null : buf.toString("latin1", p, patchEnd);
}
function longestVersionIn(buf) {
  let best = null;
  for (let p = buf.indexOf(GO1); p >= 0; p = buf.indexOf(GO1, p + 1)) {
    const v = versionAt(buf, p);
    if (v && (!best || v.length > best.length)) best = v;
  }
  return best;
}
function scanRodata(c) {
  const CHUNK3 = 4 << 20;
  for (const sec of distinctSections(c, (s) => s.name === ".rodata")) {
    const end = Math.min(sec.size, LIMITS.scanBytesMax);
    for (let off = 0; off < end; off += CHUNK3 - 64) {
      const best = longestVersionIn(c.source.read(sec.offset + off, Math.min(CHUNK3, sec.size - off), "rodata"));
      if (best) return best;
    }
  }
  return null;
}

// src/facts/build-facts.ts
init_native();

// src/facts/paths.ts
function unescapeModulePath(p) {
  return p.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
var isAbs = (f) => {
  const c = f.charCodeAt(0);
  if (c === 47) return true;
  const d = f.charCodeAt(2);
  return (c >= 65 && c <= 90 || c >= 97 && c <= 122) && f.charCodeAt(1) === 58 && (d === 47 || d === 92);
};
var GOROOT_RE = /^(.*)\/src\/runtime\/[^/]+\.(?:go|s)$/;
function domainLike(f, s, e) {
  if (e - s < 3) return false;
  const c0 = f.charCodeAt(s);
  if (!(c0 >= 97 && c0 <= 122 || c0 >= 48 && c0 <= 57)) return false;
  const dot = f.lastIndexOf(".", e - 1);
  if (dot <= s || dot === e - 1) return false;
  for (let i2 = s; i2 < e; i2++) {
    const c = f.charCodeAt(i2);
    if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57) && c !== 46 && c !== 45 && c !== 95 && c !== 126 && c !== 33) return false;
  }
  return true;
}
var MAX_STARTS = 16;
var KNOWN_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "golang.org", "google.golang.org", "gopkg.in", "go.uber.org", "k8s.io", "sigs.k8s.io", "cloud.google.com", "go.opentelemetry.io", "gitee.com", "codeberg.org", "go.etcd.io", "honnef.co", "filippo.io", "modernc.org", "gonum.org", "gorm.io", "mvdan.cc"]);
function findModuleVersion(f) {
  if (f.indexOf("@v") < 0) return null;
  let at = -1;
  let elStart = 0;
  const starts = [];
  let pkgMod = -1;
  for (let i2 = f.indexOf("/"); ; i2 = f.indexOf("/", i2 + 1)) {
    if (i2 < 0) i2 = f.length;
    const a0 = f.indexOf("@", elStart);
    const a = a0 >= 0 && a0 < i2 ? a0 - elStart : -1;
    if (a > 0 && f.charCodeAt(elStart + a + 1) === 118 && i2 < f.length) {
      at = elStart + a;
      if (starts.length === 0) starts.push(elStart);
      break;
    }
    if (a >= 0) starts.length = 0;
    else if (i2 - elStart === 3 && f.startsWith("mod", elStart) && elStart >= 4 && f.startsWith("pkg/", elStart - 4)) pkgMod = i2 + 1;
    else if (domainLike(f, elStart, i2)) starts.push(elStart);
    if (i2 >= f.length) break;
    elStart = i2 + 1;
  }
  if (at < 0) return null;
  const vEnd = f.indexOf("/", at);
  const version = f.slice(at + 1, vEnd);
  const cand = pkgMod >= 0 && pkgMod <= at ? [pkgMod] : starts.slice(-MAX_STARTS);
  return cand.length ? { starts: cand, at, version } : null;
}
function analysePaths(files) {
  const real = files.filter((f) => f.length <= LIMITS.pathBytesMax && f !== "<autogenerated>" && !f.startsWith("<") && f !== "?");
  const abs = real.filter(isAbs);
  const trimmed = real.length > 0 && abs.length === 0;
  let goroot = null;
  for (const f of abs) {
    const m = GOROOT_RE.exec(f);
    if (m) {
      goroot = m[1];
      break;
    }
  }
  const local = /* @__PURE__ */ new Set();
  const vendor = /* @__PURE__ */ new Set();
  const modFiles = [];
  const gorootSrc = goroot === null ? null : goroot + "/src/";
  const dirs = /* @__PURE__ */ new Map();
  for (const f of real) {
    if (gorootSrc !== null && f.startsWith(gorootSrc)) continue;
    const slash = f.lastIndexOf("/");
    const dirKey = slash < 0 ? null : f.slice(0, slash + 1);
    if (dirKey !== null) {
      const seen = dirs.get(dirKey);
      if (seen !== void 0) {
        if (seen) seen.count++;
        continue;
      }
    }
    const absolute = isAbs(f);
    const m = findModuleVersion(f);
    let entry = null;
    if (m && !(absolute && f.lastIndexOf("/vendor/", m.at) >= 0)) {
      entry = { f, m, abs: absolute, count: 1 };
      modFiles.push(entry);
    } else if (absolute) {
      const dir = f.slice(0, slash);
      const v = dir.indexOf("/vendor/");
      if (v >= 0) vendor.add(dir.slice(0, v + 7));
      else local.add(dir);
    }
    if (dirKey !== null) dirs.set(dirKey, entry);
  }
  const votes = /* @__PURE__ */ new Map();
  for (const { f, m, abs: a, count } of modFiles) {
    if (!a) continue;
    for (const s of new Set(m.starts.map((st) => f.slice(0, st - 1)))) votes.set(s, (votes.get(s) ?? 0) + count);
  }
  const hosted = (prefix) => modFiles.some(({ f, abs: a }) => a && f.startsWith(prefix + "/") && KNOWN_HOSTS.has(f.slice(prefix.length + 1, f.indexOf("/", prefix.length + 1))));
  let most = 0;
  for (const n of votes.values()) most = Math.max(most, n);
  const tied = [...votes.entries()].filter(([, n]) => n === most).map(([p]) => ({ p, hosted: hosted(p) }));
  const modcache = tied.sort((a, b) => Number(b.hosted) - Number(a.hosted) || b.p.length - a.p.length)[0]?.p ?? null;
  const modules2 = /* @__PURE__ */ new Map();
  const cachePrefix = modcache === null ? null : modcache + "/";
  const unescaped = /* @__PURE__ */ new Map();
  for (const { f, m, abs: a } of modFiles) {
    let start;
    if (!a) start = m.starts.includes(0) ? 0 : m.starts[0];
    else start = cachePrefix !== null && f.startsWith(cachePrefix) && m.starts.includes(cachePrefix.length) ? cachePrefix.length : m.starts[0];
    const raw = f.slice(start, m.at);
    let mod = unescaped.get(raw);
    if (mod === void 0) unescaped.set(raw, mod = unescapeModulePath(raw));
    modules2.set(`${mod}@${m.version}`, { path: mod, version: m.version });
  }
  return {
    trimmed,
    goroot,
    modcache,
    // Code-unit order, as Go sorts module paths (and as localDirs below).
    modules: [...modules2.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0),
    localDirs: [...local].sort(),
    vendorDirs: [...vendor].sort()
  };
}

// src/facts/build-facts.ts
init_plugin_identity();
init_shell_quote();
var ROUTINE_FLAGS = /* @__PURE__ */ new Set(["-shared", "-dynlink", "regabi"]);
function setting2(bi, key) {
  return bi?.settings.find((s) => s.key === key)?.value;
}
function majority(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
function summariseFlags(units) {
  const relevant2 = units.filter((u) => u.package !== "");
  if (relevant2.length === 0) return { common: [], perPackage: [] };
  const keys = relevant2.map((u) => u.flags.filter((f) => !ROUTINE_FLAGS.has(f)).join(" "));
  const common = majority(keys) ?? "";
  const perPackage = relevant2.map((u, i2) => ({ package: u.package, key: keys[i2] })).filter((x2) => x2.key !== common).map((x2) => ({ package: x2.package, flags: x2.key.split(" ").filter(Boolean) }));
  return { common: common.split(" ").filter(Boolean), perPackage };
}
function goosFromFiles(files) {
  for (const f of files) {
    const m = /(?:^|\/)runtime\/os_(linux|darwin|freebsd|netbsd|openbsd|dragonfly|solaris|illumos|aix|android|ios|windows|plan9)\.go$/.exec(f);
    if (m) return m[1];
  }
  return null;
}
function unitsOf(c, firstGoUnit = false) {
  const units = readCompileUnits(c, { firstGoUnit }) ?? [];
  const seen = /* @__PURE__ */ new Set();
  return units.flatMap((u) => {
    const p = parseProducer(u.producer);
    const key = `${u.name}\0${u.producer}`;
    if (p.goVersion === null || seen.has(key)) return [];
    seen.add(key);
    return [{ package: u.name, goVersion: p.goVersion, flags: p.flags }];
  });
}
function readBuildFacts(file, c, reopen) {
  const hasDwarf = !!(c.section(".debug_info") ?? c.section(".zdebug_info"));
  const compileUnits = reopen && hasDwarf ? null : c.source.scoped(() => unitsOf(c));
  const bi = readBuildInfo(c);
  const builtAsPlugin = setting2(bi, "-buildmode") === "plugin";
  const mode = setting2(bi, "-buildmode");
  const builtAsExe = bi !== null && (mode === void 0 || mode === "exe" || mode === "pie") && (c.kind === "executable" || c.kind === "pie");
  let abi = readPluginAbi(c, { linkTable: !(reopen && (builtAsPlugin || builtAsExe)) });
  const hostLike = c.kind === "executable" || c.kind === "pie";
  const filesRead = !reopen || hostLike;
  const pcln = readPclnFiles(c, filesRead);
  const firstUnits = compileUnits ?? (bi ? [] : c.source.scoped(() => unitsOf(c, true)));
  const buildInfo = bi ? { path: bi.path, main: bi.main, deps: bi.deps, settings: bi.settings } : null;
  let goVersion = null;
  let goVersionSource = null;
  if (bi) {
    goVersion = bi.goVersion;
    goVersionSource = "buildinfo";
  } else {
    const fromDwarf = majority((compileUnits ?? firstUnits).map((u) => u.goVersion));
    if (fromDwarf) {
      goVersion = fromDwarf;
      goVersionSource = "dwarf";
    } else {
      const rt = readRuntimeVersion(c);
      if (rt) {
        goVersion = rt;
        goVersionSource = "runtime-string";
      }
    }
  }
  const files = pcln?.files ?? [];
  const pathFacts = !pcln ? null : filesRead ? analysePaths(files) : void 0;
  const buildmode = setting2(buildInfo, "-buildmode");
  const isShared = c.kind === "shared-object" || c.kind === "dylib" || c.kind === "bundle";
  const hasPluginMarks = abi.linkTable !== null || abi.pluginPath !== null;
  const hasGoShlibNote = !!c.section(".note.go.pkg-list") || !!c.section(".go.shlibdeps");
  const isGo = bi !== null || pcln !== null || (compileUnits ?? firstUnits).length > 0 || abi.spelling !== null || goVersion !== null;
  let kind;
  if (!isGo) kind = "unknown";
  else if (buildmode === "plugin" || hasPluginMarks || isShared && abi.exported.size > 0 && !hasGoShlibNote && buildmode === void 0) kind = "plugin";
  else if (c.kind === "executable" || c.kind === "pie") kind = "executable";
  else if (isShared) kind = "shared-library";
  else kind = "unknown";
  const linkage = c.interpreter || c.needed.length > 0 || isShared ? "dynamic" : "static";
  const goos = setting2(buildInfo, "GOOS") ?? c.goos ?? goosFromFiles(filesRead ? files : readPclnFiles(c)?.files ?? []) ?? (c.needed.some((n) => n.startsWith("libc.so")) ? "linux" : null);
  const md = kind === "plugin" ? readModuleData(c, goVersion) : null;
  if (kind === "plugin" && !md && abi.linkTable === null && reopen && builtAsPlugin) abi = readPluginAbi(c);
  const biPath = buildInfo?.path || null;
  let identity = null;
  if (kind === "plugin") {
    const fallback = pluginPathFromLdflags(buildInfo) ?? (biPath && biPath !== "command-line-arguments" ? biPath : null) ?? mainFromSymbols(c, abi.exported);
    identity = pluginIdentity(c, md, abi, biPath, fallback);
  }
  const mainPackage = kind === "plugin" ? identity.mainPackage : biPath;
  const pluginPath = identity?.pluginPath ?? null;
  const exportedHashes = [...abi.exported.entries()].map(([pkg, hash]) => ({ package: pkg, hash })).sort((a, b) => a.package < b.package ? -1 : a.package > b.package ? 1 : 0);
  let packageHashes = [];
  let packageHashSource = null;
  const recovered = kind === "plugin" && !abi.linkTable && !identity?.linkOrder ? recoverLinkOrder(c, abi.exported) : null;
  if (kind === "plugin" && identity?.linkOrder) {
    packageHashes = identity.linkOrder;
    packageHashSource = "module-data";
  } else if (kind === "plugin" && abi.linkTable) {
    packageHashes = abi.linkTable;
    packageHashSource = "link-table";
  } else if (recovered) {
    packageHashes = recovered;
    packageHashSource = abi.spelling === "go:link." ? "rodata-link-order" : "rodata-approximate-order";
  } else if (exportedHashes.length) {
    packageHashes = exportedHashes;
    packageHashSource = abi.exportedFromDynsym ? "dynamic-exports" : "symbol-table-exports";
  }
  const hasSyms = c.hasSymbolTable();
  let pluginSupport = null;
  if (kind === "executable") pluginSupport = hostPluginSupport(c, files, abi.exported, linkage, buildInfo);
  else if (!isGo) pluginSupport = { supported: false, reason: "is not a Go program" };
  const facts = {
    file,
    format: c.format,
    goos,
    goarch: c.goarch,
    bits: c.bits,
    byteOrder: c.littleEndian ? "little" : "big",
    machine: c.machineName,
    kind,
    containerKind: c.kind,
    linkage,
    interpreter: c.interpreter,
    needed: c.needed,
    native: readNativeFacts(c),
    tables: { symbols: hasSyms, dynamicSymbols: c.hasDynamicSymbolTable(), dwarf: hasDwarf, pclntab: pcln !== null, buildInfo: bi !== null },
    stripped: !hasSyms,
    goVersion,
    goVersionSource,
    buildInfo,
    compileUnits: compileUnits ?? [],
    compilerFlags: summariseFlags(compileUnits ?? []),
    paths: pathFacts ?? null,
    goVersionRange: goVersion ? null : versionRange(pcln?.format ?? null, abi.spelling),
    pluginPath,
    mainPackage,
    packageHashes,
    packageHashSource,
    exportedHashes,
    symbolSpelling: abi.spelling,
    pluginSupport,
    identity,
    // What plugin.Lookup can return: ptab names dlsym resolves under the plugin path.
    exportedSymbols: identity?.exports ? identity.exports.filter((e) => e.resolves).map((e) => e.name).sort() : kind === "plugin" && pluginPath ? exportedGoSymbols(c, pluginPath) : [],
    mainPackageSymbols: identity?.exports && mainPackage ? exportsUnder(c, mainPackage, identity.exports) : kind === "plugin" && mainPackage ? exportedGoSymbols(c, mainPackage) : [],
    ...c.fatArches ? { fatArches: c.fatArches } : {},
    ...coverage(c)
  };
  if (reopen) deferFacts(facts, reopen, compileUnits === null, pathFacts === void 0);
  return facts;
}
function deferFacts(facts, reopen, units, paths) {
  if (units) {
    let read;
    const all = () => read ??= reopen((c2) => c2.source.scoped(() => unitsOf(c2)));
    lazy(facts, "compileUnits", all, []);
    lazy(facts, "compilerFlags", () => summariseFlags(all()), summariseFlags([]));
  }
  if (paths) {
    let pathFacts;
    lazy(facts, "paths", () => pathFacts ??= analysePaths(reopen((c2) => readPclnFiles(c2)?.files ?? [])), null);
  }
}
function exportsUnder(c, pkg, exports) {
  const have = new Set(c.symbolsWithPrefix("dynamic", [`${pkg}.`]).map((s) => s.name));
  return exports.filter((e) => have.has(`${pkg}.${e.name}`)).map((e) => e.name).sort();
}
function lazy(facts, key, compute, unknown) {
  const settle = (value2) => {
    Object.defineProperty(facts, key, { value: value2, enumerable: true, writable: true, configurable: true });
    return value2;
  };
  const get = () => {
    try {
      return settle(compute());
    } catch (err3) {
      const why = describeError(err3);
      facts.lazyReadError ??= why.includes(facts.file) ? why : `${facts.file}: ${why}`;
      return settle(unknown);
    }
  };
  Object.defineProperty(facts, key, { enumerable: true, configurable: true, get, set: settle });
}
function coverage(c) {
  const out3 = /* @__PURE__ */ new Set();
  for (const s of c.symbolsContaining("dynamic", ".goCover_")) {
    const i2 = s.name.indexOf(".goCover_");
    if (i2 > 0) out3.add(s.name.slice(0, i2));
  }
  return out3.size ? { coveredPackages: [...out3].sort() } : {};
}
function versionRange(format, spelling) {
  const byFormat = {
    "go1.2": ["go1.2", "go1.15"],
    "go1.16": ["go1.16", "go1.17"],
    "go1.18": ["go1.18", "go1.19"],
    "go1.20": ["go1.20", null]
  };
  let r = format ? byFormat[format] : void 0;
  if (spelling === "go.link.") r = r ? [r[0], r[1] && r[1] < "go1.19" ? r[1] : "go1.19"] : ["go1.8", "go1.19"];
  if (spelling === "go:link.") r = r ? [r[0] < "go1.20" ? "go1.20" : r[0], r[1]] : ["go1.20", null];
  return r ? { min: r[0], max: r[1] } : null;
}
function mainFromSymbols(c, exported) {
  const std = (p) => !(p.split("/")[0] ?? "").includes(".");
  const found = c.symbolsContaining("dynamic", ".main").filter((s) => s.section !== null && s.name.endsWith(".main")).map((s) => s.name.slice(0, -5)).filter((p) => exported.has(p) && !std(p));
  return found.length === 1 ? found[0] : null;
}
function pluginPathFromLdflags(bi) {
  const ld = setting2(bi, "-ldflags");
  if (!ld) return null;
  const m = /(?:^|\s)-?-pluginpath[= ]("[^"]*"|'[^']*'|\S+)/.exec(ld);
  return m ? m[1].replace(/^["']|["']$/g, "") : null;
}
var RUNTIME_EXPORTS = ["runtime.lastmoduledatap", "runtime.firstmoduledata"];
var quote = shellWord;
function externalLinkFix(bi, file) {
  const ld = (setting2(bi, "-ldflags") ?? "").replace(/(^|\s)--?linkmode[= ]\S+/g, " ").replace(/(^|\s)--?extldflags[= ]("[^"]*"|'[^']*'|\S+)/g, (m) => /static/.test(m) ? " " : m).trim();
  const flags = [];
  if (setting2(bi, "-buildmode") === "pie") flags.push("-buildmode=pie");
  if (setting2(bi, "-trimpath") === "true") flags.push("-trimpath");
  for (const k of ["-race", "-msan", "-asan"]) if (setting2(bi, k) === "true") flags.push(k);
  const tags = setting2(bi, "-tags");
  if (tags) flags.push(`-tags=${quote(tags)}`);
  const gc = setting2(bi, "-gcflags");
  if (gc) flags.push(`-gcflags=${quote(gc)}`);
  flags.push(`-ldflags=${quote([ld, "-linkmode=external"].filter(Boolean).join(" "))}`);
  flags.push("-o", quote(file.split("/").pop() || "host"));
  return { flag: "-ldflags=-linkmode=external", command: `CGO_ENABLED=1 go build ${flags.join(" ")} .` };
}
function hostPluginSupport(c, files, exported, linkage, bi) {
  const dlopenImpl = files.some((f) => /(?:^|\/)plugin\/plugin_dlopen\.go$/.test(f));
  const stubImpl = files.some((f) => /(?:^|\/)plugin\/plugin_stubs\.go$/.test(f));
  const importsPlugin = dlopenImpl || stubImpl || exported.has("plugin") || c.symbolsWithPrefix("static", ["plugin.Open", "plugin.open"]).some((s) => s.name === "plugin.Open" || s.name.startsWith("plugin.open"));
  const cgo = setting2(bi, "CGO_ENABLED");
  const stub = stubImpl && !dlopenImpl || cgo === "0" && importsPlugin || linkage === "static" && !dlopenImpl && cgo !== "1";
  if (!importsPlugin && files.length > 0) return { supported: false, reason: "does not import package plugin, so it never calls plugin.Open", outcome: "no-plugin-support" };
  if (stub) {
    return {
      supported: false,
      outcome: "no-plugin-support",
      reason: linkage === "static" ? 'is statically linked (built with CGO_ENABLED=0): package plugin is the stub that returns "plugin: not implemented"' : "links the stub of package plugin (built without cgo)",
      fix: { flag: "CGO_ENABLED=1", command: "CGO_ENABLED=1 go build \u2026   # the host" }
    };
  }
  const exportedRuntime = new Set(c.symbolsWithPrefix("dynamic", RUNTIME_EXPORTS).filter((s) => s.section !== null).map((s) => s.name));
  const missing = RUNTIME_EXPORTS.filter((n) => !exportedRuntime.has(n));
  if (missing.length) {
    const ld = setting2(bi, "-ldflags") ?? "";
    const how = linkage === "static" ? "is statically linked (-extldflags=-static), so it has no dynamic symbol table" : /linkmode[= ]internal/.test(ld) || !c.hasDynamicSymbolTable() || c.dynamicSymbols().filter((s) => s.section !== null).length < 200 ? `was linked internally${/-buildmode=pie/.test(setting2(bi, "-buildmode") ?? "") || c.kind === "pie" ? " (PIE)" : ""}, and Go exports runtime symbols to the dynamic linker only when it links externally` : "does not export them";
    return {
      supported: false,
      outcome: "host-crash",
      reason: `does not export ${missing.join(" and ")} in its dynamic symbol table: it ${how}. A plugin's module data then joins the plugin's own copy of the module list, and the host dies in plugin.Open with "fatal error: runtime: no plugin module data"`,
      fix: externalLinkFix(bi, c.source.path)
    };
  }
  return { supported: true, reason: "dynamically linked, imports package plugin and exports its module list and package hashes to the dynamic linker" };
}

// src/facts/analyse.ts
var failed = (file, err3) => ({
  file,
  error: describeError(err3),
  facts: null,
  ...err3 instanceof TruncatedSegmentError ? { loaderOutcome: err3.loaderOutcome } : {}
});
function analyseFile(file, opts = {}) {
  let containers;
  try {
    containers = openContainers(file);
  } catch (err3) {
    return [failed(file, err3)];
  }
  const identity = containers[0].source.identity;
  let live = containers;
  const reopenAt = (index) => (read) => {
    if (live) return read(live[index]);
    const again = openContainers(file);
    try {
      if (again[0].source.identity !== identity) throw new BinaryFormatError("the file changed while it was being checked");
      return read(again[index]);
    } finally {
      again[0].source.close();
    }
  };
  try {
    const results = analyseContainers(file, containers, opts.lazy ? reopenAt : null);
    if (opts.lazy && opts.explainLikely) {
      for (const r of results) if (r.facts && opts.explainLikely(r.facts)) void r.facts.paths;
    }
    return results;
  } finally {
    live = null;
    containers[0]?.source.close();
  }
}
function analyseContainers(file, containers, reopenAt) {
  return containers.map((c, i2) => {
    try {
      return { file, error: null, facts: readBuildFacts(file, c, reopenAt ? reopenAt(i2) : void 0) };
    } catch (err3) {
      return failed(file, err3);
    }
  });
}
function identityOf(path8) {
  try {
    const st = statSync(path8);
    return st.isFile() ? fileIdentity(st) : null;
  } catch {
    return null;
  }
}
var AnalysisCache = class {
  constructor(paths, opts = {}) {
    this.opts = opts;
    for (const p of paths) {
      const id = identityOf(p);
      if (id) this.remaining.set(id, (this.remaining.get(id) ?? 0) + 1);
    }
  }
  opts;
  remaining = /* @__PURE__ */ new Map();
  held = /* @__PURE__ */ new Map();
  /** Results held now (for tests: a streamed batch must not accumulate them). */
  get size() {
    return this.held.size;
  }
  analyse(path8) {
    const id = identityOf(path8);
    const left = id ? (this.remaining.get(id) ?? 0) - 1 : 0;
    const results = id && this.held.get(id) || analyseFile(path8, this.opts);
    if (id && left > 0) {
      this.remaining.set(id, left);
      this.held.set(id, results);
    } else if (id) {
      this.remaining.delete(id);
      this.held.delete(id);
    }
    return results.map((a) => a.file === path8 ? a : renamed(a, path8));
  }
};
function renamed(a, file) {
  if (a.facts === null) return { ...a, file };
  const facts = Object.defineProperties({}, Object.getOwnPropertyDescriptors(a.facts));
  facts.file = file;
  return { file, error: null, facts };
}

// src/report/annotations.ts
init_compose();
init_escape();
var PER_LEVEL = 10;
var PER_JOB = 50;
function pluginOf(c, f) {
  return c.reports[f.host].plugins[f.plugin];
}
function annotationFor(c, f, alsoIn) {
  const p = pluginOf(c, f);
  const fi = f.finding;
  const name = shortName(p.file);
  const hostFile = c.reports.length > 1 ? c.reports[f.host].host.file : null;
  const intoHost = hostFile ? ` into host ${hostFile}` : "";
  const lead = f.explainsFailure && p.failure ? `${name} will not load${intoHost}: plugin.Open fails with "${p.failure.message}".
` : f.location.kind === "go.mod" || !f.location.inWorkspace ? `${p.file}${intoHost}: ` : hostFile ? `host ${hostFile}: ` : "";
  const lines = [lead + fi.message];
  if (alsoIn.length) lines.push(`Also in: ${alsoIn.join(", ")}`);
  if (fi.fix) lines.push(`Fix: ${fi.fix}`);
  const where2 = commandsWhere(f);
  if (where2) lines.push(`Run ${where2}:`);
  for (const cmd of fi.commands ?? []) lines.push(`  $ ${cmd}`);
  if (f.related.length) lines.push(`Also at: ${f.related.map((l) => `${l.file}:${l.line}`).join(", ")}`);
  return {
    level: fi.severity,
    ...f.location.inWorkspace ? { file: f.location.file } : {},
    ...f.location.inWorkspace && f.location.line !== null ? { line: f.location.line } : {},
    title: `${fi.rule} ${fi.name}${f.location.kind === "go.mod" ? ` (${name})` : ""}`,
    message: lines.join("\n")
  };
}
function planAnnotations(c, opts) {
  const primary = (f) => f.explainsFailure || f.isVerdict ? 0 : 1;
  const explained = new Set(c.findings.filter((f) => f.explainsFailure).map((f) => `${f.host}/${f.plugin}`));
  const candidates = c.findings.map((f, order) => ({ f, order })).filter(({ f }) => !(f.isVerdict && explained.has(`${f.host}/${f.plugin}`))).sort((a, b) => SEVERITY_ORDER[a.f.finding.severity] - SEVERITY_ORDER[b.f.finding.severity] || primary(a.f) - primary(b.f) || a.order - b.order);
  const causes = /* @__PURE__ */ new Map();
  for (const { f } of candidates) {
    const k = causes.get(f.rootCause);
    if (k) {
      const n = shortName(pluginOf(c, f).file);
      if (n !== shortName(pluginOf(c, k.f).file) && !k.also.includes(n)) k.also.push(n);
    } else causes.set(f.rootCause, { f, also: [] });
  }
  const list2 = [...causes.values()];
  const budget = Math.max(0, (opts.jobBudget ?? PER_JOB) - opts.reserveErrors);
  const caps = { error: Math.max(0, PER_LEVEL - opts.reserveErrors), warning: Math.max(0, PER_LEVEL - (opts.reserveWarnings ?? 0)), notice: PER_LEVEL };
  const pick = (noticeCap, total) => {
    const taken = { error: 0, warning: 0, notice: 0 };
    const chosen2 = [];
    for (const x2 of list2) {
      const lvl = x2.f.finding.severity;
      const cap = lvl === "notice" ? noticeCap : caps[lvl];
      if (taken[lvl] < cap && chosen2.length < total) {
        taken[lvl]++;
        chosen2.push(x2);
      }
    }
    return chosen2;
  };
  let chosen = pick(caps.notice, budget);
  let overflow = list2.length - chosen.length;
  if (overflow > 0) {
    chosen = pick(caps.notice - 1, budget - 1);
    overflow = list2.length - chosen.length;
  }
  const hidden = { error: 0, warning: 0, notice: 0 };
  const chosenSet = new Set(chosen);
  for (const x2 of list2) if (!chosenSet.has(x2)) hidden[x2.f.finding.severity]++;
  const annotations = chosen.map((x2) => annotationFor(c, x2.f, x2.also));
  if (overflow > 0 && budget > 0) {
    const parts = ["error", "warning", "notice"].filter((l) => hidden[l]).map((l) => `${hidden[l]} ${l}${hidden[l] === 1 ? "" : "s"}`);
    annotations.push({
      level: "notice",
      title: "go-plugin-compat: more findings",
      message: `${overflow} more finding${overflow === 1 ? "" : "s"} (${parts.join(", ")}) ${overflow === 1 ? "is" : "are"} not annotated: GitHub shows at most ${PER_LEVEL} annotations of each level per step. All of them are in ${opts.overflowWhere}.`
    });
  }
  return { annotations, hidden };
}
function workflowCommands(plan) {
  return plan.annotations.map((a) => {
    const props = [
      a.file !== void 0 ? `file=${workflowProperty(a.file)}` : "",
      a.line !== void 0 ? `line=${a.line}` : "",
      `title=${workflowProperty(a.title)}`
    ].filter(Boolean).join(",");
    return `::${a.level} ${props}::${workflowData(a.message)}
`;
  }).join("");
}

// src/report/github.ts
init_compose();

// src/report/check-json.ts
init_compose();
init_escape();
function checkJsonValue(x2) {
  const c = "findings" in x2 && "reports" in x2 ? x2 : composeReport(x2);
  const withLocations = c.reports.map((r, h) => ({
    ...r,
    plugins: r.plugins.map((p, i2) => {
      const mine = c.findings.filter((f) => f.host === h && f.plugin === i2);
      return {
        ...p,
        // Build directories only place findings (and cost a second read of the file's names): not reported.
        source: { mainModule: p.source.mainModule, mainPackage: p.source.mainPackage },
        findings: p.findings.map((f, k) => {
          const cf = mine[k];
          return cf ? { ...f, location: { ...cf.location }, ...cf.related.length ? { relatedLocations: cf.related } : {}, ...f.commands?.length ? { commandsDir: cf.commandsDir } : {} } : f;
        })
      };
    })
  }));
  const goModProblems = c.problems.map((p) => ({ path: p.path, message: problemLine(p) }));
  if (withLocations.length === 1) return { ...withLocations[0], goModProblems };
  return {
    schemaVersion: 1,
    compatible: withLocations.every((r) => r.compatible),
    hosts: withLocations.map(({ host, plugins, summary: summary2 }) => ({ host, plugins, summary: summary2 })),
    goModProblems
  };
}
function checkJson(x2) {
  return jsonForLog(JSON.stringify(checkJsonValue(x2), null, 2)) + "\n";
}

// src/report/color.ts
var plain = (_style, s) => s;

// src/report/check-text.ts
init_compose();
init_escape();
var SETTING_RULES = /* @__PURE__ */ new Set(["GPC101", "GPC102", "GPC103", "GPC104", "GPC107", "GPC108", "GPC109", "GPC110", "GPC112", "GPC119"]);
function wrap(text, indent, width = 100) {
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && indent.length + cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l, i2) => i2 === 0 ? l : indent + l).join("\n");
}
function findingText(cf, paint) {
  const f = cf.finding;
  const mark = f.severity === "error" ? paint("red", "\u2717") : f.severity === "warning" ? paint("yellow", "!") : paint("dim", "\xB7");
  const lines = [`  ${mark} ${f.rule} ${wrap(terminalText(f.message), "           ")}`];
  if (cf.location.kind === "go.mod") {
    const more = cf.related.length ? `, also line${cf.related.length > 1 ? "s" : ""} ${cf.related.map((l) => l.line).join(", ")}` : "";
    lines.push(`           at ${terminalText(cf.location.file)}:${cf.location.line}${cf.location.directive ? ` (${cf.location.directive} ${terminalText(cf.location.module ?? "")})`.replace(/ \)$/, ")") : ""}${more}`);
  }
  if (f.packages && f.packages.length > 1 && f.rule !== "GPC001") {
    const shown = f.packages.slice(0, 6).map(terminalText).join(", ") + (f.packages.length > 6 ? `, \u2026 (${f.packages.length} in all)` : "");
    lines.push(`           packages: ${wrap(shown, "                     ")}`);
  }
  if (f.severity === "notice") return lines.join("\n");
  if (f.fix) lines.push(`           fix: ${wrap(terminalText(f.fix), "                ")}`);
  const where2 = commandsWhere(cf);
  if (where2) lines.push(`           ${terminalText(where2)}:`);
  for (const c of f.commands ?? []) lines.push(`             $ ${terminalText(c)}`);
  return lines.join("\n");
}
function pluginText(p, findings, paint) {
  const file = terminalText(p.file);
  const title = p.loads ? `${paint("green", "\u2713")} ${file} loads` : p.opened ? `${paint("red", "\u2717")} ${file} opens, but ${p.failure?.message.startsWith("interface conversion: ") ? "a required symbol has another type" : "a required symbol is missing"}` : `${paint("red", "\u2717")} ${file} will ${paint("bold", "NOT")} load`;
  const lines = [title];
  if (p.failure) lines.push(`  runtime: ${wrap(terminalText(p.failure.message), "           ")}`);
  for (const f of findings) lines.push(findingText(f, paint));
  const settingCause = p.findings.some((f) => SETTING_RULES.has(f.rule));
  if (p.rebuild && settingCause) {
    const modDir = findings.find((f) => f.commandsDir !== null)?.commandsDir;
    const main = p.source?.mainPackage;
    const mod = p.source?.mainModule;
    const sub = main && mod && main.startsWith(`${mod}/`) ? main.slice(mod.length + 1) : "";
    const dir = modDir ? sub ? `${modDir === "." ? "" : `${modDir}/`}${sub}` : modDir : null;
    lines.push(`  then build it with the host's settings${dir ? `, in ${terminalText(dir)}` : ""}:
    $ ${terminalText(p.rebuild)}`);
  }
  return lines.join("\n");
}
function hostLine(r) {
  const h = r.host;
  const n = h.packageHashes;
  return `host ${terminalText(h.file)} (${terminalText(h.goVersion ?? "unknown Go")}, ${terminalText(`${h.goos}/${h.goarch}`)}${h.source === "manifest" ? ", from manifest" : ""}): ` + (h.pluginSupport?.supported === false ? `cannot load plugins (${terminalText(h.pluginSupport.reason)})` : `loads plugins; it exports the hashes of ${n} package${n === 1 ? "" : "s"}, and a plugin must contain the same build of each of those packages it also links`);
}
function reportText(r, findings, paint) {
  const s = r.summary;
  const tail = r.compatible ? `
All ${s.plugins} plugin${s.plugins === 1 ? "" : "s"} will load.` : `
${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? "" : "s"} will not load. (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.notices} notice${s.notices === 1 ? "" : "s"}; rule pages: docs/rules/)`;
  const blocks = r.plugins.map((p, i2) => pluginText(p, findings.filter((f) => f.plugin === i2), paint));
  return [hostLine(r), "", ...blocks.join("\n\n").split("\n"), tail].join("\n") + "\n";
}
function checkText(x2, opts = {}) {
  const c = "findings" in x2 && "reports" in x2 ? x2 : composeReport(x2);
  const paint = opts.paint ?? plain;
  return c.reports.map((r, h) => reportText(r, c.findings.filter((f) => f.host === h), paint)).join("\n");
}

// src/report/check-matrix.ts
init_escape();

// src/cli/check.ts
init_compose();
init_escape();

// src/report/summary.ts
init_compose();
init_escape();
import { closeSync as closeSync3, constants as constants6, fstatSync as fstatSync3, openSync as openSync3, appendFileSync as appendFileSync2, statSync as statSync2 } from "node:fs";
var SUMMARY_LIMIT = 1024 * 1024;
var MARGIN = 16 * 1024;
var MAX_TEXT = 2e3;
var plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
var cut = (s) => s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}\u2026` : s;
var cell = (s) => markdownText(cut(s));
function where(f, blobBase) {
  if (f.location.kind !== "go.mod") return "";
  const code = markdownCode(`${f.location.file}:${f.location.line}`);
  if (!blobBase || !f.location.inWorkspace) return `<br>${code}`;
  const href = `${blobBase}/${f.location.file.split("/").map(encodeURIComponent).join("/")}#L${f.location.line}`;
  return `<br><a href="${href.replace(/[&"<>']/g, (c) => `&#${c.charCodeAt(0)};`)}">${code}</a>`;
}
function blobBaseFromEnv(env = process.env) {
  const server = env.GITHUB_SERVER_URL ?? "";
  const repo = env.GITHUB_REPOSITORY ?? "";
  const sha = env.GITHUB_SHA ?? "";
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^[0-9a-f]{40,64}$/.test(sha)) return null;
  return `${server}/${repo}/blob/${sha}`;
}
function pluginSection(p, findings, blobBase) {
  const verdict = p.loads ? "\u2705 loads" : p.opened ? "\u274C symbol missing" : "\u274C will not load";
  const causes = findings.filter((f) => !f.isVerdict && f.finding.severity !== "notice");
  const rows = (causes.length ? causes : findings.filter((f) => f.finding.severity !== "notice")).map((f, i2) => {
    const pkg = f.explainsFailure && p.failure?.package ? p.failure.package : (f.finding.packages ?? [])[0] ?? "";
    const more = (f.finding.packages?.length ?? 0) > 1 ? ` (+${f.finding.packages.length - 1})` : "";
    return `| ${i2 === 0 ? verdict : ""} | ${pkg ? markdownCode(cut(pkg)) + more : ""} | **${f.finding.rule}** ${cell(f.finding.message)}${where(f, blobBase)} | ${f.finding.fix ? cell(f.finding.fix) : ""} |`;
  });
  if (rows.length === 0) rows.push(`| ${verdict} | | ${p.failure ? cell(p.failure.message) : ""} | |`);
  const details = findings.map((f) => {
    const fi = f.finding;
    const runIn = commandsWhere(f);
    const cmds = fi.commands?.length ? `${runIn ? `<br>${cell(runIn)}:` : ""}
<pre>${fi.commands.map((c) => markdownText(cut(c))).join("\n")}</pre>
` : "";
    return `- **${fi.rule}** (${fi.severity}) ${cell(fi.message)}${where(f, blobBase)}${fi.fix ? `<br>Fix: ${cell(fi.fix)}` : ""}${cmds}`;
  });
  return [
    `#### ${markdownCode(cut(p.file))}${p.failure ? ` \u2014 plugin.Open: ${cell(p.failure.message)}` : ""}`,
    "",
    "| verdict | package | cause | fix |",
    "|---|---|---|---|",
    ...rows,
    "",
    ...details.length ? [`<details><summary>All ${details.length} finding${details.length === 1 ? "" : "s"} for ${markdownCode(cut(shortName(p.file)))}</summary>`, "", ...details, "", "</details>", ""] : []
  ].join("\n");
}
function jobSummary(c, opts = {}) {
  const blobBase = opts.blobBase === void 0 ? blobBaseFromEnv() : opts.blobBase;
  const budget = opts.budget ?? SUMMARY_LIMIT - MARGIN;
  const out3 = [];
  let size = 0;
  const push = (s) => {
    out3.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  const full = (h) => {
    const left = c.reports.length - h;
    if (left > 0) push(`_${plural(left, "more host")} not shown (the summary is limited to 1 MiB)${opts.reportPath ? `: every finding is in the JSON report (${markdownCode(cut(opts.reportPath))}, the \`report\` output)` : ""}._
`);
  };
  for (const [h, r] of c.reports.entries()) {
    const s = r.summary;
    const head = [
      `### go-plugin-compat: ${r.compatible ? `every plugin loads into ${markdownCode(cut(shortName(r.host.file)))}` : `${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? "" : "s"} will not load into ${markdownCode(cut(shortName(r.host.file)))}`}`,
      "",
      `Host ${markdownCode(cut(r.host.file))} (${cell(r.host.goVersion ?? "unknown Go")}, ${cell(`${r.host.goos}/${r.host.goarch}`)}${r.host.source === "manifest" ? ", from manifest" : ""}): exports the hashes of ${r.host.packageHashes} packages. ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}.`,
      ""
    ].join("\n");
    if (size + Buffer.byteLength(head) > budget) {
      full(h);
      break;
    }
    push(head);
    let budgetSpent = false;
    for (const [i2, p] of r.plugins.entries()) {
      const section = pluginSection(p, c.findings.filter((f) => f.host === h && f.plugin === i2), blobBase);
      if (size + Buffer.byteLength(section) > budget) {
        const left = r.plugins.length - i2;
        push(`_${left} more plugin${left === 1 ? "" : "s"} not shown (the summary is limited to 1 MiB)${opts.reportPath ? `: every finding is in the JSON report (${markdownCode(cut(opts.reportPath))}, the \`report\` output)` : ""}._`);
        push("");
        budgetSpent = true;
        break;
      }
      push(section);
    }
    if (budgetSpent) {
      full(h + 1);
      break;
    }
  }
  if (c.problems.length) push(`_The search for go.mod files (where findings go) noted ${c.problems.length} problem${c.problems.length === 1 ? "" : "s"}: ${c.problems.slice(0, 5).map((p) => markdownCode(cut(problemLine(p)))).join(", ")}._
`);
  return out3.join("\n") + "\n";
}
var MAX_HOST_COLUMNS = 50;
var verdictCell = (p) => p.loads ? "\u2705" : `\u274C ${markdownText(p.failure?.kind ?? "fails")}${p.failure?.package ? ` ${markdownCode(cut(p.failure.package))}` : ""}`;
function matrixMarkdown(r, budget = SUMMARY_LIMIT / 2) {
  const plugins = r.hosts[0]?.plugins.map((p) => p.file) ?? [];
  const shown = r.hosts.slice(0, MAX_HOST_COLUMNS);
  const failing = r.hosts.reduce((n, h) => n + h.plugins.filter((p) => !p.loads).length, 0);
  const pairs = r.hosts.reduce((n, h) => n + h.plugins.length, 0);
  const out3 = [
    `### go-plugin-compat: ${r.compatible ? `every plugin loads into every host (${pairs} pairs)` : `${failing} of ${pairs} host/plugin pairs will not load`}`,
    "",
    `| plugin | ${shown.map((h) => `${markdownCode(shortName(h.host.file).slice(0, 100))} (${cell((h.host.goVersion ?? "?").slice(0, 40))})`).join(" | ")} |`,
    `|---|${shown.map(() => "---").join("|")}|`
  ];
  if (shown.length < r.hosts.length) out3.splice(1, 0, "", `_${plural(r.hosts.length - shown.length, "more host")} not shown as columns (the summary is limited to 1 MiB)._`);
  let size = Buffer.byteLength(out3.join("\n"));
  for (const [i2, file] of plugins.entries()) {
    const row = `| ${markdownCode(cut(file))} | ${shown.map((h) => h.plugins[i2] ? verdictCell(h.plugins[i2]) : "").join(" | ")} |`;
    if (size + Buffer.byteLength(row) + 1 > budget) {
      out3.push("", `_${plural(plugins.length - i2, "more plugin")} not shown (the summary is limited to 1 MiB)._`);
      break;
    }
    out3.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  return out3.join("\n");
}
function summaryUsed(file) {
  let fd2;
  try {
    fd2 = openSync3(file, constants6.O_RDONLY | constants6.O_NONBLOCK);
  } catch {
    return 0;
  }
  try {
    const st = fstatSync3(fd2);
    return st.isFile() ? st.size : 0;
  } finally {
    closeSync3(fd2);
  }
}
function appendStepSummary(file, reports, c, opts = {}) {
  try {
    const st = statSync2(file, { throwIfNoEntry: false });
    if (st && !st.isFile()) throw new Error("not a regular file");
    writeSummary(file, reports, c, opts);
  } catch (err3) {
    process.stderr.write(`go-plugin-compat: job summary not written (GITHUB_STEP_SUMMARY: ${JSON.stringify(file.slice(0, 200))}): ${JSON.stringify(err3.message.slice(0, 200))}
`);
  }
}
function writeSummary(file, reports, c, opts) {
  let budget = SUMMARY_LIMIT - MARGIN - summaryUsed(file);
  const note = "_go-plugin-compat: no room left in the job summary (GitHub accepts 1 MiB per step)._\n";
  if (budget < 4 * 1024) {
    if (budget + MARGIN > note.length) appendFileSync2(file, note);
    return;
  }
  let text = "";
  if (reports.hosts.length > 1) {
    text = matrixMarkdown(reports, budget / 2) + "\n\n";
    budget -= Buffer.byteLength(text);
  }
  appendFileSync2(file, text + jobSummary(c, { ...opts, budget }));
}

// src/cli/check.ts
init_go_mods();

// src/facts/build-recipe.ts
init_query();
function buildRecipe(h) {
  const inst = raceOf(h);
  const trimmed = isTrimmed(h);
  const cgoFlags = {};
  for (const k of ["CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS"]) {
    const v = setting(h, k);
    if (v) cgoFlags[k] = v;
  }
  const dirReplace = (v) => v === "(devel)" || v === "";
  const main = h.buildInfo?.main ?? null;
  return {
    goVersion: baseVersion(h.goVersion),
    goos: h.goos,
    goarch: h.goarch,
    settings: {
      trimpath: trimmed,
      race: inst.race,
      msan: inst.msan,
      asan: inst.asan,
      tags: tagsOf(h) ?? [],
      gcflags: setting(h, "-gcflags") ?? null,
      pgo: setting(h, "-pgo") ?? null,
      cgoEnabled: setting(h, "CGO_ENABLED") ?? null,
      cgoFlags,
      goexperiment: setting(h, "GOEXPERIMENT") ?? /\bX:(\S+)/.exec(h.goVersion ?? "")?.[1] ?? "",
      gofips140: setting(h, "GOFIPS140") ?? null
    },
    modules: (h.buildInfo?.deps ?? []).map((m) => ({
      path: m.path,
      version: m.version,
      replace: m.replace ? {
        path: m.replace.path,
        version: m.replace.version,
        // Where the directory was: known from an untrimmed binary's source paths, or when the replace is absolute.
        dir: dirReplace(m.replace.version) ? trimmed === false ? replaceDir(h, m) : m.replace.path.startsWith("/") ? m.replace.path : null : null
      } : null
    })),
    pathPrefixes: {
      modcache: trimmed === false ? h.paths?.modcache ?? null : null,
      mainModule: main ? { path: main.path, dir: trimmed === false ? mainModuleDir(h) : null } : null,
      vendorDirs: trimmed === false ? h.paths?.vendorDirs ?? [] : []
    }
  };
}

// src/facts/manifest.ts
init_errors();

// src/facts/manifest-validate.generated.ts
var validate = validate10;
var schema12 = { "type": "object", "required": ["file", "format", "goos", "goarch", "bits", "byteOrder", "machine", "kind", "containerKind", "linkage", "interpreter", "needed", "tables", "stripped", "goVersion", "goVersionSource", "goVersionRange", "buildInfo", "compileUnits", "compilerFlags", "paths", "pluginPath", "mainPackage", "packageHashes", "packageHashSource", "exportedHashes", "symbolSpelling", "pluginSupport", "exportedSymbols", "mainPackageSymbols"], "properties": { "file": { "$ref": "#/definitions/str" }, "format": { "enum": ["elf", "macho"] }, "goos": { "$ref": "#/definitions/strOrNull" }, "goarch": { "$ref": "#/definitions/strOrNull" }, "bits": { "enum": [32, 64] }, "byteOrder": { "enum": ["little", "big"] }, "machine": { "$ref": "#/definitions/str" }, "kind": { "enum": ["executable", "plugin", "shared-library", "unknown"] }, "containerKind": { "$ref": "#/definitions/str" }, "linkage": { "enum": ["dynamic", "static"] }, "interpreter": { "$ref": "#/definitions/strOrNull" }, "needed": { "$ref": "#/definitions/strings" }, "tables": { "type": "object", "required": ["symbols", "dynamicSymbols", "dwarf", "pclntab", "buildInfo"], "properties": { "symbols": { "type": "boolean" }, "dynamicSymbols": { "type": "boolean" }, "dwarf": { "type": "boolean" }, "pclntab": { "type": "boolean" }, "buildInfo": { "type": "boolean" } } }, "stripped": { "type": "boolean" }, "goVersion": { "$ref": "#/definitions/strOrNull" }, "goVersionSource": { "enum": ["buildinfo", "dwarf", "runtime-string", null] }, "goVersionRange": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["min", "max"], "properties": { "min": { "$ref": "#/definitions/str" }, "max": { "$ref": "#/definitions/strOrNull" } } }] }, "buildInfo": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/buildInfo" }] }, "compileUnits": { "type": "array", "maxItems": 1048576, "items": { "type": "object", "required": ["package", "goVersion", "flags"], "properties": { "package": { "$ref": "#/definitions/str" }, "goVersion": { "$ref": "#/definitions/strOrNull" }, "flags": { "$ref": "#/definitions/strings" } } } }, "compilerFlags": { "type": "object", "required": ["common", "perPackage"], "properties": { "common": { "$ref": "#/definitions/strings" }, "perPackage": { "type": "array", "maxItems": 1048576, "items": { "type": "object", "required": ["package", "flags"], "properties": { "package": { "$ref": "#/definitions/str" }, "flags": { "$ref": "#/definitions/strings" } } } } } }, "paths": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/pathFacts" }] }, "pluginPath": { "$ref": "#/definitions/strOrNull" }, "mainPackage": { "$ref": "#/definitions/strOrNull" }, "packageHashes": { "$ref": "#/definitions/packageHashes" }, "packageHashSource": { "enum": ["module-data", "link-table", "rodata-link-order", "rodata-approximate-order", "dynamic-exports", "symbol-table-exports", null] }, "exportedHashes": { "$ref": "#/definitions/packageHashes" }, "symbolSpelling": { "enum": ["go:link.", "go.link.", null] }, "pluginSupport": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["supported", "reason"], "properties": { "supported": { "type": "boolean" }, "reason": { "$ref": "#/definitions/str" }, "outcome": { "enum": ["no-plugin-support", "host-crash"] }, "fix": { "type": "object", "required": ["flag", "command"], "properties": { "flag": { "$ref": "#/definitions/str" }, "command": { "$ref": "#/definitions/str" } } } } }] }, "exportedSymbols": { "$ref": "#/definitions/strings" }, "mainPackageSymbols": { "$ref": "#/definitions/strings" }, "fatArches": { "$ref": "#/definitions/strings" }, "native": { "type": "object", "required": ["libc", "libcEvidence", "soname", "versionNeeds", "glibcNeeded", "sanitizerProvides", "sanitizerRequires"], "properties": { "libc": { "enum": ["glibc", "musl", null] }, "libcEvidence": { "$ref": "#/definitions/strOrNull" }, "soname": { "$ref": "#/definitions/strOrNull" }, "versionNeeds": { "type": "array", "maxItems": 65536, "items": { "type": "object", "required": ["file", "versions"], "properties": { "file": { "$ref": "#/definitions/str" }, "versions": { "$ref": "#/definitions/strings" } } } }, "glibcNeeded": { "type": ["string", "null"], "pattern": "^\\d+(\\.\\d+)*$" }, "sanitizerProvides": { "type": "array", "maxItems": 8, "items": { "enum": ["asan", "msan", "tsan"] } }, "sanitizerRequires": { "type": "array", "maxItems": 8, "items": { "type": "object", "required": ["runtime", "via"], "properties": { "runtime": { "enum": ["asan", "msan", "tsan"] }, "via": { "$ref": "#/definitions/str" } } } } } }, "deployment": { "type": "object", "required": ["glibc", "asanOptions"], "properties": { "glibc": { "type": ["string", "null"], "pattern": "^\\d+(\\.\\d+)*$" }, "asanOptions": { "$ref": "#/definitions/strOrNull" } } } } };
var schema14 = { "type": ["string", "null"], "maxLength": 65536 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 1048576) {
        validate12.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate12.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            } else {
              validate12.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var wrapper0 = { validate: validate15 };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path") || data.version === void 0 && (missing0 = "version") || data.sum === void 0 && (missing0 = "sum") || data.replace === void 0 && (missing0 = "replace")) {
        validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate15.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            } else {
              validate15.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.version !== void 0) {
            let data1 = data.version;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (data1.length > 65536) {
                  validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                  return false;
                }
              } else {
                validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sum !== void 0) {
              let data2 = data.sum;
              const _errs7 = errors;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === "string") {
                  if (data2.length > 65536) {
                    validate15.errors = [{ instancePath: instancePath + "/sum", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                    return false;
                  }
                } else {
                  validate15.errors = [{ instancePath: instancePath + "/sum", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.replace !== void 0) {
                let data3 = data.replace;
                const _errs10 = errors;
                const _errs11 = errors;
                let valid4 = false;
                const _errs12 = errors;
                if (data3 !== null) {
                  const err0 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs12 === errors;
                valid4 = valid4 || _valid0;
                if (!valid4) {
                  const _errs14 = errors;
                  if (!wrapper0.validate(data3, { instancePath: instancePath + "/replace", parentData: data, parentDataProperty: "replace", rootData })) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs14 === errors;
                  valid4 = valid4 || _valid0;
                }
                if (!valid4) {
                  const err1 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate15.errors = vErrors;
                  return false;
                } else {
                  errors = _errs11;
                  if (vErrors !== null) {
                    if (_errs11) {
                      vErrors.length = _errs11;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path") || data.main === void 0 && (missing0 = "main") || data.deps === void 0 && (missing0 = "deps") || data.settings === void 0 && (missing0 = "settings")) {
        validate14.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate14.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            } else {
              validate14.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.main !== void 0) {
            let data1 = data.main;
            const _errs4 = errors;
            const _errs5 = errors;
            let valid2 = false;
            const _errs6 = errors;
            if (data1 !== null) {
              const err0 = { instancePath: instancePath + "/main", schemaPath: "#/properties/main/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs6 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
              const _errs8 = errors;
              if (!validate15(data1, { instancePath: instancePath + "/main", parentData: data, parentDataProperty: "main", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs8 === errors;
              valid2 = valid2 || _valid0;
            }
            if (!valid2) {
              const err1 = { instancePath: instancePath + "/main", schemaPath: "#/properties/main/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate14.errors = vErrors;
              return false;
            } else {
              errors = _errs5;
              if (vErrors !== null) {
                if (_errs5) {
                  vErrors.length = _errs5;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.deps !== void 0) {
              let data2 = data.deps;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (Array.isArray(data2)) {
                  if (data2.length > 1048576) {
                    validate14.errors = [{ instancePath: instancePath + "/deps", schemaPath: "#/properties/deps/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
                    return false;
                  } else {
                    var valid3 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs11 = errors;
                      if (!validate15(data2[i0], { instancePath: instancePath + "/deps/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs11 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  }
                } else {
                  validate14.errors = [{ instancePath: instancePath + "/deps", schemaPath: "#/properties/deps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.settings !== void 0) {
                let data4 = data.settings;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (Array.isArray(data4)) {
                    if (data4.length > 65536) {
                      validate14.errors = [{ instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/maxItems", keyword: "maxItems", params: { limit: 65536 }, message: "must NOT have more than 65536 items" }];
                      return false;
                    } else {
                      var valid4 = true;
                      const len1 = data4.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        let data5 = data4[i1];
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            let missing1;
                            if (data5.key === void 0 && (missing1 = "key") || data5.value === void 0 && (missing1 = "value")) {
                              validate14.errors = [{ instancePath: instancePath + "/settings/" + i1, schemaPath: "#/properties/settings/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              if (data5.key !== void 0) {
                                let data6 = data5.key;
                                const _errs16 = errors;
                                const _errs17 = errors;
                                if (errors === _errs17) {
                                  if (typeof data6 === "string") {
                                    if (data6.length > 65536) {
                                      validate14.errors = [{ instancePath: instancePath + "/settings/" + i1 + "/key", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate14.errors = [{ instancePath: instancePath + "/settings/" + i1 + "/key", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs16 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data5.value !== void 0) {
                                  let data7 = data5.value;
                                  const _errs19 = errors;
                                  const _errs20 = errors;
                                  if (errors === _errs20) {
                                    if (typeof data7 === "string") {
                                      if (data7.length > 65536) {
                                        validate14.errors = [{ instancePath: instancePath + "/settings/" + i1 + "/value", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate14.errors = [{ instancePath: instancePath + "/settings/" + i1 + "/value", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs19 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            }
                          } else {
                            validate14.errors = [{ instancePath: instancePath + "/settings/" + i1, schemaPath: "#/properties/settings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid4 = _errs14 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate14.errors = [{ instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.trimmed === void 0 && (missing0 = "trimmed") || data.goroot === void 0 && (missing0 = "goroot") || data.modcache === void 0 && (missing0 = "modcache") || data.modules === void 0 && (missing0 = "modules") || data.localDirs === void 0 && (missing0 = "localDirs") || data.vendorDirs === void 0 && (missing0 = "vendorDirs")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.trimmed !== void 0) {
          const _errs1 = errors;
          if (typeof data.trimmed !== "boolean") {
            validate22.errors = [{ instancePath: instancePath + "/trimmed", schemaPath: "#/properties/trimmed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.goroot !== void 0) {
            let data1 = data.goroot;
            const _errs3 = errors;
            const _errs4 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate22.errors = [{ instancePath: instancePath + "/goroot", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
              return false;
            }
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (data1.length > 65536) {
                  validate22.errors = [{ instancePath: instancePath + "/goroot", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.modcache !== void 0) {
              let data2 = data.modcache;
              const _errs6 = errors;
              const _errs7 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate22.errors = [{ instancePath: instancePath + "/modcache", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                return false;
              }
              if (errors === _errs7) {
                if (typeof data2 === "string") {
                  if (data2.length > 65536) {
                    validate22.errors = [{ instancePath: instancePath + "/modcache", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.modules !== void 0) {
                let data3 = data.modules;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (Array.isArray(data3)) {
                    if (data3.length > 1048576) {
                      validate22.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
                      return false;
                    } else {
                      var valid3 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            let missing1;
                            if (data4.path === void 0 && (missing1 = "path") || data4.version === void 0 && (missing1 = "version")) {
                              validate22.errors = [{ instancePath: instancePath + "/modules/" + i0, schemaPath: "#/properties/modules/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              if (data4.path !== void 0) {
                                let data5 = data4.path;
                                const _errs13 = errors;
                                const _errs14 = errors;
                                if (errors === _errs14) {
                                  if (typeof data5 === "string") {
                                    if (data5.length > 65536) {
                                      validate22.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs13 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data4.version !== void 0) {
                                  let data6 = data4.version;
                                  const _errs16 = errors;
                                  const _errs17 = errors;
                                  if (errors === _errs17) {
                                    if (typeof data6 === "string") {
                                      if (data6.length > 65536) {
                                        validate22.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/version", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/version", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs16 === errors;
                                } else {
                                  var valid4 = true;
                                }
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/modules/" + i0, schemaPath: "#/properties/modules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid3 = _errs11 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.localDirs !== void 0) {
                  const _errs19 = errors;
                  if (!validate12(data.localDirs, { instancePath: instancePath + "/localDirs", parentData: data, parentDataProperty: "localDirs", rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.vendorDirs !== void 0) {
                    const _errs20 = errors;
                    if (!validate12(data.vendorDirs, { instancePath: instancePath + "/vendorDirs", parentData: data, parentDataProperty: "vendorDirs", rootData })) {
                      vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[0-9a-f]{16}$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.package === void 0 && (missing0 = "package") || data.hash === void 0 && (missing0 = "hash")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.package !== void 0) {
          let data0 = data.package;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate27.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            } else {
              validate27.errors = [{ instancePath: instancePath + "/package", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.hash !== void 0) {
            let data1 = data.hash;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (!pattern0.test(data1)) {
                  validate27.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/definitions/hash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"' }];
                  return false;
                }
              } else {
                validate27.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/definitions/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 1048576) {
        validate26.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate27(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^\\d+(\\.\\d+)*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.file === void 0 && (missing0 = "file") || data.format === void 0 && (missing0 = "format") || data.goos === void 0 && (missing0 = "goos") || data.goarch === void 0 && (missing0 = "goarch") || data.bits === void 0 && (missing0 = "bits") || data.byteOrder === void 0 && (missing0 = "byteOrder") || data.machine === void 0 && (missing0 = "machine") || data.kind === void 0 && (missing0 = "kind") || data.containerKind === void 0 && (missing0 = "containerKind") || data.linkage === void 0 && (missing0 = "linkage") || data.interpreter === void 0 && (missing0 = "interpreter") || data.needed === void 0 && (missing0 = "needed") || data.tables === void 0 && (missing0 = "tables") || data.stripped === void 0 && (missing0 = "stripped") || data.goVersion === void 0 && (missing0 = "goVersion") || data.goVersionSource === void 0 && (missing0 = "goVersionSource") || data.goVersionRange === void 0 && (missing0 = "goVersionRange") || data.buildInfo === void 0 && (missing0 = "buildInfo") || data.compileUnits === void 0 && (missing0 = "compileUnits") || data.compilerFlags === void 0 && (missing0 = "compilerFlags") || data.paths === void 0 && (missing0 = "paths") || data.pluginPath === void 0 && (missing0 = "pluginPath") || data.mainPackage === void 0 && (missing0 = "mainPackage") || data.packageHashes === void 0 && (missing0 = "packageHashes") || data.packageHashSource === void 0 && (missing0 = "packageHashSource") || data.exportedHashes === void 0 && (missing0 = "exportedHashes") || data.symbolSpelling === void 0 && (missing0 = "symbolSpelling") || data.pluginSupport === void 0 && (missing0 = "pluginSupport") || data.exportedSymbols === void 0 && (missing0 = "exportedSymbols") || data.mainPackageSymbols === void 0 && (missing0 = "mainPackageSymbols")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.file !== void 0) {
          let data0 = data.file;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate11.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            } else {
              validate11.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.format !== void 0) {
            let data1 = data.format;
            const _errs4 = errors;
            if (!(data1 === "elf" || data1 === "macho")) {
              validate11.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema12.properties.format.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.goos !== void 0) {
              let data2 = data.goos;
              const _errs5 = errors;
              const _errs6 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate11.errors = [{ instancePath: instancePath + "/goos", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                return false;
              }
              if (errors === _errs6) {
                if (typeof data2 === "string") {
                  if (data2.length > 65536) {
                    validate11.errors = [{ instancePath: instancePath + "/goos", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.goarch !== void 0) {
                let data3 = data.goarch;
                const _errs8 = errors;
                const _errs9 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate11.errors = [{ instancePath: instancePath + "/goarch", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                  return false;
                }
                if (errors === _errs9) {
                  if (typeof data3 === "string") {
                    if (data3.length > 65536) {
                      validate11.errors = [{ instancePath: instancePath + "/goarch", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.bits !== void 0) {
                  let data4 = data.bits;
                  const _errs11 = errors;
                  if (!(data4 === 32 || data4 === 64)) {
                    validate11.errors = [{ instancePath: instancePath + "/bits", schemaPath: "#/properties/bits/enum", keyword: "enum", params: { allowedValues: schema12.properties.bits.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.byteOrder !== void 0) {
                    let data5 = data.byteOrder;
                    const _errs12 = errors;
                    if (!(data5 === "little" || data5 === "big")) {
                      validate11.errors = [{ instancePath: instancePath + "/byteOrder", schemaPath: "#/properties/byteOrder/enum", keyword: "enum", params: { allowedValues: schema12.properties.byteOrder.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.machine !== void 0) {
                      let data6 = data.machine;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === "string") {
                          if (data6.length > 65536) {
                            validate11.errors = [{ instancePath: instancePath + "/machine", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                            return false;
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/machine", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.kind !== void 0) {
                        let data7 = data.kind;
                        const _errs16 = errors;
                        if (!(data7 === "executable" || data7 === "plugin" || data7 === "shared-library" || data7 === "unknown")) {
                          validate11.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.containerKind !== void 0) {
                          let data8 = data.containerKind;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === "string") {
                              if (data8.length > 65536) {
                                validate11.errors = [{ instancePath: instancePath + "/containerKind", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                return false;
                              }
                            } else {
                              validate11.errors = [{ instancePath: instancePath + "/containerKind", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.linkage !== void 0) {
                            let data9 = data.linkage;
                            const _errs20 = errors;
                            if (!(data9 === "dynamic" || data9 === "static")) {
                              validate11.errors = [{ instancePath: instancePath + "/linkage", schemaPath: "#/properties/linkage/enum", keyword: "enum", params: { allowedValues: schema12.properties.linkage.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.interpreter !== void 0) {
                              let data10 = data.interpreter;
                              const _errs21 = errors;
                              const _errs22 = errors;
                              if (typeof data10 !== "string" && data10 !== null) {
                                validate11.errors = [{ instancePath: instancePath + "/interpreter", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                return false;
                              }
                              if (errors === _errs22) {
                                if (typeof data10 === "string") {
                                  if (data10.length > 65536) {
                                    validate11.errors = [{ instancePath: instancePath + "/interpreter", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.needed !== void 0) {
                                const _errs24 = errors;
                                if (!validate12(data.needed, { instancePath: instancePath + "/needed", parentData: data, parentDataProperty: "needed", rootData })) {
                                  vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.tables !== void 0) {
                                  let data12 = data.tables;
                                  const _errs25 = errors;
                                  if (errors === _errs25) {
                                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                      let missing1;
                                      if (data12.symbols === void 0 && (missing1 = "symbols") || data12.dynamicSymbols === void 0 && (missing1 = "dynamicSymbols") || data12.dwarf === void 0 && (missing1 = "dwarf") || data12.pclntab === void 0 && (missing1 = "pclntab") || data12.buildInfo === void 0 && (missing1 = "buildInfo")) {
                                        validate11.errors = [{ instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                        return false;
                                      } else {
                                        if (data12.symbols !== void 0) {
                                          const _errs27 = errors;
                                          if (typeof data12.symbols !== "boolean") {
                                            validate11.errors = [{ instancePath: instancePath + "/tables/symbols", schemaPath: "#/properties/tables/properties/symbols/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                          }
                                          var valid7 = _errs27 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data12.dynamicSymbols !== void 0) {
                                            const _errs29 = errors;
                                            if (typeof data12.dynamicSymbols !== "boolean") {
                                              validate11.errors = [{ instancePath: instancePath + "/tables/dynamicSymbols", schemaPath: "#/properties/tables/properties/dynamicSymbols/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                              return false;
                                            }
                                            var valid7 = _errs29 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data12.dwarf !== void 0) {
                                              const _errs31 = errors;
                                              if (typeof data12.dwarf !== "boolean") {
                                                validate11.errors = [{ instancePath: instancePath + "/tables/dwarf", schemaPath: "#/properties/tables/properties/dwarf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                              }
                                              var valid7 = _errs31 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data12.pclntab !== void 0) {
                                                const _errs33 = errors;
                                                if (typeof data12.pclntab !== "boolean") {
                                                  validate11.errors = [{ instancePath: instancePath + "/tables/pclntab", schemaPath: "#/properties/tables/properties/pclntab/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid7 = _errs33 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data12.buildInfo !== void 0) {
                                                  const _errs35 = errors;
                                                  if (typeof data12.buildInfo !== "boolean") {
                                                    validate11.errors = [{ instancePath: instancePath + "/tables/buildInfo", schemaPath: "#/properties/tables/properties/buildInfo/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                    return false;
                                                  }
                                                  var valid7 = _errs35 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate11.errors = [{ instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.stripped !== void 0) {
                                    const _errs37 = errors;
                                    if (typeof data.stripped !== "boolean") {
                                      validate11.errors = [{ instancePath: instancePath + "/stripped", schemaPath: "#/properties/stripped/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.goVersion !== void 0) {
                                      let data19 = data.goVersion;
                                      const _errs39 = errors;
                                      const _errs40 = errors;
                                      if (typeof data19 !== "string" && data19 !== null) {
                                        validate11.errors = [{ instancePath: instancePath + "/goVersion", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      if (errors === _errs40) {
                                        if (typeof data19 === "string") {
                                          if (data19.length > 65536) {
                                            validate11.errors = [{ instancePath: instancePath + "/goVersion", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid0 = _errs39 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.goVersionSource !== void 0) {
                                        let data20 = data.goVersionSource;
                                        const _errs42 = errors;
                                        if (!(data20 === "buildinfo" || data20 === "dwarf" || data20 === "runtime-string" || data20 === null)) {
                                          validate11.errors = [{ instancePath: instancePath + "/goVersionSource", schemaPath: "#/properties/goVersionSource/enum", keyword: "enum", params: { allowedValues: schema12.properties.goVersionSource.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid0 = _errs42 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.goVersionRange !== void 0) {
                                          let data21 = data.goVersionRange;
                                          const _errs43 = errors;
                                          const _errs44 = errors;
                                          let valid9 = false;
                                          const _errs45 = errors;
                                          if (data21 !== null) {
                                            const err0 = { instancePath: instancePath + "/goVersionRange", schemaPath: "#/properties/goVersionRange/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                              vErrors = [err0];
                                            } else {
                                              vErrors.push(err0);
                                            }
                                            errors++;
                                          }
                                          var _valid0 = _errs45 === errors;
                                          valid9 = valid9 || _valid0;
                                          if (!valid9) {
                                            const _errs47 = errors;
                                            if (errors === _errs47) {
                                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                let missing2;
                                                if (data21.min === void 0 && (missing2 = "min") || data21.max === void 0 && (missing2 = "max")) {
                                                  const err1 = { instancePath: instancePath + "/goVersionRange", schemaPath: "#/properties/goVersionRange/anyOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                                  if (vErrors === null) {
                                                    vErrors = [err1];
                                                  } else {
                                                    vErrors.push(err1);
                                                  }
                                                  errors++;
                                                } else {
                                                  if (data21.min !== void 0) {
                                                    let data22 = data21.min;
                                                    const _errs49 = errors;
                                                    const _errs50 = errors;
                                                    if (errors === _errs50) {
                                                      if (typeof data22 === "string") {
                                                        if (data22.length > 65536) {
                                                          const err22 = { instancePath: instancePath + "/goVersionRange/min", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                          if (vErrors === null) {
                                                            vErrors = [err22];
                                                          } else {
                                                            vErrors.push(err22);
                                                          }
                                                          errors++;
                                                        }
                                                      } else {
                                                        const err3 = { instancePath: instancePath + "/goVersionRange/min", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                          vErrors = [err3];
                                                        } else {
                                                          vErrors.push(err3);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid10 = _errs49 === errors;
                                                  } else {
                                                    var valid10 = true;
                                                  }
                                                  if (valid10) {
                                                    if (data21.max !== void 0) {
                                                      let data23 = data21.max;
                                                      const _errs52 = errors;
                                                      const _errs53 = errors;
                                                      if (typeof data23 !== "string" && data23 !== null) {
                                                        const err4 = { instancePath: instancePath + "/goVersionRange/max", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" };
                                                        if (vErrors === null) {
                                                          vErrors = [err4];
                                                        } else {
                                                          vErrors.push(err4);
                                                        }
                                                        errors++;
                                                      }
                                                      if (errors === _errs53) {
                                                        if (typeof data23 === "string") {
                                                          if (data23.length > 65536) {
                                                            const err5 = { instancePath: instancePath + "/goVersionRange/max", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                            if (vErrors === null) {
                                                              vErrors = [err5];
                                                            } else {
                                                              vErrors.push(err5);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                      }
                                                      var valid10 = _errs52 === errors;
                                                    } else {
                                                      var valid10 = true;
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err6 = { instancePath: instancePath + "/goVersionRange", schemaPath: "#/properties/goVersionRange/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                  vErrors = [err6];
                                                } else {
                                                  vErrors.push(err6);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid0 = _errs47 === errors;
                                            valid9 = valid9 || _valid0;
                                          }
                                          if (!valid9) {
                                            const err7 = { instancePath: instancePath + "/goVersionRange", schemaPath: "#/properties/goVersionRange/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err7];
                                            } else {
                                              vErrors.push(err7);
                                            }
                                            errors++;
                                            validate11.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs44;
                                            if (vErrors !== null) {
                                              if (_errs44) {
                                                vErrors.length = _errs44;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid0 = _errs43 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.buildInfo !== void 0) {
                                            let data24 = data.buildInfo;
                                            const _errs55 = errors;
                                            const _errs56 = errors;
                                            let valid13 = false;
                                            const _errs57 = errors;
                                            if (data24 !== null) {
                                              const err8 = { instancePath: instancePath + "/buildInfo", schemaPath: "#/properties/buildInfo/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                              if (vErrors === null) {
                                                vErrors = [err8];
                                              } else {
                                                vErrors.push(err8);
                                              }
                                              errors++;
                                            }
                                            var _valid1 = _errs57 === errors;
                                            valid13 = valid13 || _valid1;
                                            if (!valid13) {
                                              const _errs59 = errors;
                                              if (!validate14(data24, { instancePath: instancePath + "/buildInfo", parentData: data, parentDataProperty: "buildInfo", rootData })) {
                                                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                                                errors = vErrors.length;
                                              }
                                              var _valid1 = _errs59 === errors;
                                              valid13 = valid13 || _valid1;
                                            }
                                            if (!valid13) {
                                              const err9 = { instancePath: instancePath + "/buildInfo", schemaPath: "#/properties/buildInfo/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                              if (vErrors === null) {
                                                vErrors = [err9];
                                              } else {
                                                vErrors.push(err9);
                                              }
                                              errors++;
                                              validate11.errors = vErrors;
                                              return false;
                                            } else {
                                              errors = _errs56;
                                              if (vErrors !== null) {
                                                if (_errs56) {
                                                  vErrors.length = _errs56;
                                                } else {
                                                  vErrors = null;
                                                }
                                              }
                                            }
                                            var valid0 = _errs55 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.compileUnits !== void 0) {
                                              let data25 = data.compileUnits;
                                              const _errs60 = errors;
                                              if (errors === _errs60) {
                                                if (Array.isArray(data25)) {
                                                  if (data25.length > 1048576) {
                                                    validate11.errors = [{ instancePath: instancePath + "/compileUnits", schemaPath: "#/properties/compileUnits/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
                                                    return false;
                                                  } else {
                                                    var valid14 = true;
                                                    const len0 = data25.length;
                                                    for (let i0 = 0; i0 < len0; i0++) {
                                                      let data26 = data25[i0];
                                                      const _errs62 = errors;
                                                      if (errors === _errs62) {
                                                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                          let missing3;
                                                          if (data26.package === void 0 && (missing3 = "package") || data26.goVersion === void 0 && (missing3 = "goVersion") || data26.flags === void 0 && (missing3 = "flags")) {
                                                            validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0, schemaPath: "#/properties/compileUnits/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                            return false;
                                                          } else {
                                                            if (data26.package !== void 0) {
                                                              let data27 = data26.package;
                                                              const _errs64 = errors;
                                                              const _errs65 = errors;
                                                              if (errors === _errs65) {
                                                                if (typeof data27 === "string") {
                                                                  if (data27.length > 65536) {
                                                                    validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0 + "/package", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0 + "/package", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid15 = _errs64 === errors;
                                                            } else {
                                                              var valid15 = true;
                                                            }
                                                            if (valid15) {
                                                              if (data26.goVersion !== void 0) {
                                                                let data28 = data26.goVersion;
                                                                const _errs67 = errors;
                                                                const _errs68 = errors;
                                                                if (typeof data28 !== "string" && data28 !== null) {
                                                                  validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0 + "/goVersion", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs68) {
                                                                  if (typeof data28 === "string") {
                                                                    if (data28.length > 65536) {
                                                                      validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0 + "/goVersion", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid15 = _errs67 === errors;
                                                              } else {
                                                                var valid15 = true;
                                                              }
                                                              if (valid15) {
                                                                if (data26.flags !== void 0) {
                                                                  const _errs70 = errors;
                                                                  if (!validate12(data26.flags, { instancePath: instancePath + "/compileUnits/" + i0 + "/flags", parentData: data26, parentDataProperty: "flags", rootData })) {
                                                                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                    errors = vErrors.length;
                                                                  }
                                                                  var valid15 = _errs70 === errors;
                                                                } else {
                                                                  var valid15 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate11.errors = [{ instancePath: instancePath + "/compileUnits/" + i0, schemaPath: "#/properties/compileUnits/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid14 = _errs62 === errors;
                                                      if (!valid14) {
                                                        break;
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate11.errors = [{ instancePath: instancePath + "/compileUnits", schemaPath: "#/properties/compileUnits/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs60 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.compilerFlags !== void 0) {
                                                let data30 = data.compilerFlags;
                                                const _errs71 = errors;
                                                if (errors === _errs71) {
                                                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                    let missing4;
                                                    if (data30.common === void 0 && (missing4 = "common") || data30.perPackage === void 0 && (missing4 = "perPackage")) {
                                                      validate11.errors = [{ instancePath: instancePath + "/compilerFlags", schemaPath: "#/properties/compilerFlags/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                      return false;
                                                    } else {
                                                      if (data30.common !== void 0) {
                                                        const _errs73 = errors;
                                                        if (!validate12(data30.common, { instancePath: instancePath + "/compilerFlags/common", parentData: data30, parentDataProperty: "common", rootData })) {
                                                          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid18 = _errs73 === errors;
                                                      } else {
                                                        var valid18 = true;
                                                      }
                                                      if (valid18) {
                                                        if (data30.perPackage !== void 0) {
                                                          let data32 = data30.perPackage;
                                                          const _errs74 = errors;
                                                          if (errors === _errs74) {
                                                            if (Array.isArray(data32)) {
                                                              if (data32.length > 1048576) {
                                                                validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage", schemaPath: "#/properties/compilerFlags/properties/perPackage/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
                                                                return false;
                                                              } else {
                                                                var valid19 = true;
                                                                const len1 = data32.length;
                                                                for (let i1 = 0; i1 < len1; i1++) {
                                                                  let data33 = data32[i1];
                                                                  const _errs76 = errors;
                                                                  if (errors === _errs76) {
                                                                    if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                                      let missing5;
                                                                      if (data33.package === void 0 && (missing5 = "package") || data33.flags === void 0 && (missing5 = "flags")) {
                                                                        validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage/" + i1, schemaPath: "#/properties/compilerFlags/properties/perPackage/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                        return false;
                                                                      } else {
                                                                        if (data33.package !== void 0) {
                                                                          let data34 = data33.package;
                                                                          const _errs78 = errors;
                                                                          const _errs79 = errors;
                                                                          if (errors === _errs79) {
                                                                            if (typeof data34 === "string") {
                                                                              if (data34.length > 65536) {
                                                                                validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage/" + i1 + "/package", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage/" + i1 + "/package", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid20 = _errs78 === errors;
                                                                        } else {
                                                                          var valid20 = true;
                                                                        }
                                                                        if (valid20) {
                                                                          if (data33.flags !== void 0) {
                                                                            const _errs81 = errors;
                                                                            if (!validate12(data33.flags, { instancePath: instancePath + "/compilerFlags/perPackage/" + i1 + "/flags", parentData: data33, parentDataProperty: "flags", rootData })) {
                                                                              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                              errors = vErrors.length;
                                                                            }
                                                                            var valid20 = _errs81 === errors;
                                                                          } else {
                                                                            var valid20 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage/" + i1, schemaPath: "#/properties/compilerFlags/properties/perPackage/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid19 = _errs76 === errors;
                                                                  if (!valid19) {
                                                                    break;
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate11.errors = [{ instancePath: instancePath + "/compilerFlags/perPackage", schemaPath: "#/properties/compilerFlags/properties/perPackage/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid18 = _errs74 === errors;
                                                        } else {
                                                          var valid18 = true;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate11.errors = [{ instancePath: instancePath + "/compilerFlags", schemaPath: "#/properties/compilerFlags/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs71 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.paths !== void 0) {
                                                  let data36 = data.paths;
                                                  const _errs82 = errors;
                                                  const _errs83 = errors;
                                                  let valid22 = false;
                                                  const _errs84 = errors;
                                                  if (data36 !== null) {
                                                    const err10 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                    if (vErrors === null) {
                                                      vErrors = [err10];
                                                    } else {
                                                      vErrors.push(err10);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid2 = _errs84 === errors;
                                                  valid22 = valid22 || _valid2;
                                                  if (!valid22) {
                                                    const _errs86 = errors;
                                                    if (!validate22(data36, { instancePath: instancePath + "/paths", parentData: data, parentDataProperty: "paths", rootData })) {
                                                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                                      errors = vErrors.length;
                                                    }
                                                    var _valid2 = _errs86 === errors;
                                                    valid22 = valid22 || _valid2;
                                                  }
                                                  if (!valid22) {
                                                    const err11 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                    if (vErrors === null) {
                                                      vErrors = [err11];
                                                    } else {
                                                      vErrors.push(err11);
                                                    }
                                                    errors++;
                                                    validate11.errors = vErrors;
                                                    return false;
                                                  } else {
                                                    errors = _errs83;
                                                    if (vErrors !== null) {
                                                      if (_errs83) {
                                                        vErrors.length = _errs83;
                                                      } else {
                                                        vErrors = null;
                                                      }
                                                    }
                                                  }
                                                  var valid0 = _errs82 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.pluginPath !== void 0) {
                                                    let data37 = data.pluginPath;
                                                    const _errs87 = errors;
                                                    const _errs88 = errors;
                                                    if (typeof data37 !== "string" && data37 !== null) {
                                                      validate11.errors = [{ instancePath: instancePath + "/pluginPath", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                      return false;
                                                    }
                                                    if (errors === _errs88) {
                                                      if (typeof data37 === "string") {
                                                        if (data37.length > 65536) {
                                                          validate11.errors = [{ instancePath: instancePath + "/pluginPath", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid0 = _errs87 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.mainPackage !== void 0) {
                                                      let data38 = data.mainPackage;
                                                      const _errs90 = errors;
                                                      const _errs91 = errors;
                                                      if (typeof data38 !== "string" && data38 !== null) {
                                                        validate11.errors = [{ instancePath: instancePath + "/mainPackage", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs91) {
                                                        if (typeof data38 === "string") {
                                                          if (data38.length > 65536) {
                                                            validate11.errors = [{ instancePath: instancePath + "/mainPackage", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid0 = _errs90 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.packageHashes !== void 0) {
                                                        const _errs93 = errors;
                                                        if (!validate26(data.packageHashes, { instancePath: instancePath + "/packageHashes", parentData: data, parentDataProperty: "packageHashes", rootData })) {
                                                          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid0 = _errs93 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.packageHashSource !== void 0) {
                                                          let data40 = data.packageHashSource;
                                                          const _errs94 = errors;
                                                          if (!(data40 === "module-data" || data40 === "link-table" || data40 === "rodata-link-order" || data40 === "rodata-approximate-order" || data40 === "dynamic-exports" || data40 === "symbol-table-exports" || data40 === null)) {
                                                            validate11.errors = [{ instancePath: instancePath + "/packageHashSource", schemaPath: "#/properties/packageHashSource/enum", keyword: "enum", params: { allowedValues: schema12.properties.packageHashSource.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid0 = _errs94 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.exportedHashes !== void 0) {
                                                            const _errs95 = errors;
                                                            if (!validate26(data.exportedHashes, { instancePath: instancePath + "/exportedHashes", parentData: data, parentDataProperty: "exportedHashes", rootData })) {
                                                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                                              errors = vErrors.length;
                                                            }
                                                            var valid0 = _errs95 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.symbolSpelling !== void 0) {
                                                              let data42 = data.symbolSpelling;
                                                              const _errs96 = errors;
                                                              if (!(data42 === "go:link." || data42 === "go.link." || data42 === null)) {
                                                                validate11.errors = [{ instancePath: instancePath + "/symbolSpelling", schemaPath: "#/properties/symbolSpelling/enum", keyword: "enum", params: { allowedValues: schema12.properties.symbolSpelling.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid0 = _errs96 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.pluginSupport !== void 0) {
                                                                let data43 = data.pluginSupport;
                                                                const _errs97 = errors;
                                                                const _errs98 = errors;
                                                                let valid25 = false;
                                                                const _errs99 = errors;
                                                                if (data43 !== null) {
                                                                  const err12 = { instancePath: instancePath + "/pluginSupport", schemaPath: "#/properties/pluginSupport/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err12];
                                                                  } else {
                                                                    vErrors.push(err12);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var _valid3 = _errs99 === errors;
                                                                valid25 = valid25 || _valid3;
                                                                if (!valid25) {
                                                                  const _errs101 = errors;
                                                                  if (errors === _errs101) {
                                                                    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                                                      let missing6;
                                                                      if (data43.supported === void 0 && (missing6 = "supported") || data43.reason === void 0 && (missing6 = "reason")) {
                                                                        const err13 = { instancePath: instancePath + "/pluginSupport", schemaPath: "#/properties/pluginSupport/anyOf/1/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err13];
                                                                        } else {
                                                                          vErrors.push(err13);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        if (data43.supported !== void 0) {
                                                                          const _errs103 = errors;
                                                                          if (typeof data43.supported !== "boolean") {
                                                                            const err14 = { instancePath: instancePath + "/pluginSupport/supported", schemaPath: "#/properties/pluginSupport/anyOf/1/properties/supported/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err14];
                                                                            } else {
                                                                              vErrors.push(err14);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid26 = _errs103 === errors;
                                                                        } else {
                                                                          var valid26 = true;
                                                                        }
                                                                        if (valid26) {
                                                                          if (data43.reason !== void 0) {
                                                                            let data45 = data43.reason;
                                                                            const _errs105 = errors;
                                                                            const _errs106 = errors;
                                                                            if (errors === _errs106) {
                                                                              if (typeof data45 === "string") {
                                                                                if (data45.length > 65536) {
                                                                                  const err15 = { instancePath: instancePath + "/pluginSupport/reason", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err15];
                                                                                  } else {
                                                                                    vErrors.push(err15);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              } else {
                                                                                const err16 = { instancePath: instancePath + "/pluginSupport/reason", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err16];
                                                                                } else {
                                                                                  vErrors.push(err16);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                            var valid26 = _errs105 === errors;
                                                                          } else {
                                                                            var valid26 = true;
                                                                          }
                                                                          if (valid26) {
                                                                            if (data43.outcome !== void 0) {
                                                                              let data46 = data43.outcome;
                                                                              const _errs108 = errors;
                                                                              if (!(data46 === "no-plugin-support" || data46 === "host-crash")) {
                                                                                const err17 = { instancePath: instancePath + "/pluginSupport/outcome", schemaPath: "#/properties/pluginSupport/anyOf/1/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema12.properties.pluginSupport.anyOf[1].properties.outcome.enum }, message: "must be equal to one of the allowed values" };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err17];
                                                                                } else {
                                                                                  vErrors.push(err17);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var valid26 = _errs108 === errors;
                                                                            } else {
                                                                              var valid26 = true;
                                                                            }
                                                                            if (valid26) {
                                                                              if (data43.fix !== void 0) {
                                                                                let data47 = data43.fix;
                                                                                const _errs109 = errors;
                                                                                if (errors === _errs109) {
                                                                                  if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                                                                    let missing7;
                                                                                    if (data47.flag === void 0 && (missing7 = "flag") || data47.command === void 0 && (missing7 = "command")) {
                                                                                      const err18 = { instancePath: instancePath + "/pluginSupport/fix", schemaPath: "#/properties/pluginSupport/anyOf/1/properties/fix/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err18];
                                                                                      } else {
                                                                                        vErrors.push(err18);
                                                                                      }
                                                                                      errors++;
                                                                                    } else {
                                                                                      if (data47.flag !== void 0) {
                                                                                        let data48 = data47.flag;
                                                                                        const _errs111 = errors;
                                                                                        const _errs112 = errors;
                                                                                        if (errors === _errs112) {
                                                                                          if (typeof data48 === "string") {
                                                                                            if (data48.length > 65536) {
                                                                                              const err19 = { instancePath: instancePath + "/pluginSupport/fix/flag", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                                                              if (vErrors === null) {
                                                                                                vErrors = [err19];
                                                                                              } else {
                                                                                                vErrors.push(err19);
                                                                                              }
                                                                                              errors++;
                                                                                            }
                                                                                          } else {
                                                                                            const err20 = { instancePath: instancePath + "/pluginSupport/fix/flag", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                            if (vErrors === null) {
                                                                                              vErrors = [err20];
                                                                                            } else {
                                                                                              vErrors.push(err20);
                                                                                            }
                                                                                            errors++;
                                                                                          }
                                                                                        }
                                                                                        var valid28 = _errs111 === errors;
                                                                                      } else {
                                                                                        var valid28 = true;
                                                                                      }
                                                                                      if (valid28) {
                                                                                        if (data47.command !== void 0) {
                                                                                          let data49 = data47.command;
                                                                                          const _errs114 = errors;
                                                                                          const _errs115 = errors;
                                                                                          if (errors === _errs115) {
                                                                                            if (typeof data49 === "string") {
                                                                                              if (data49.length > 65536) {
                                                                                                const err21 = { instancePath: instancePath + "/pluginSupport/fix/command", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                                                                if (vErrors === null) {
                                                                                                  vErrors = [err21];
                                                                                                } else {
                                                                                                  vErrors.push(err21);
                                                                                                }
                                                                                                errors++;
                                                                                              }
                                                                                            } else {
                                                                                              const err22 = { instancePath: instancePath + "/pluginSupport/fix/command", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                              if (vErrors === null) {
                                                                                                vErrors = [err22];
                                                                                              } else {
                                                                                                vErrors.push(err22);
                                                                                              }
                                                                                              errors++;
                                                                                            }
                                                                                          }
                                                                                          var valid28 = _errs114 === errors;
                                                                                        } else {
                                                                                          var valid28 = true;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    const err23 = { instancePath: instancePath + "/pluginSupport/fix", schemaPath: "#/properties/pluginSupport/anyOf/1/properties/fix/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err23];
                                                                                    } else {
                                                                                      vErrors.push(err23);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                }
                                                                                var valid26 = _errs109 === errors;
                                                                              } else {
                                                                                var valid26 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err24 = { instancePath: instancePath + "/pluginSupport", schemaPath: "#/properties/pluginSupport/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err24];
                                                                      } else {
                                                                        vErrors.push(err24);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var _valid3 = _errs101 === errors;
                                                                  valid25 = valid25 || _valid3;
                                                                }
                                                                if (!valid25) {
                                                                  const err25 = { instancePath: instancePath + "/pluginSupport", schemaPath: "#/properties/pluginSupport/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err25];
                                                                  } else {
                                                                    vErrors.push(err25);
                                                                  }
                                                                  errors++;
                                                                  validate11.errors = vErrors;
                                                                  return false;
                                                                } else {
                                                                  errors = _errs98;
                                                                  if (vErrors !== null) {
                                                                    if (_errs98) {
                                                                      vErrors.length = _errs98;
                                                                    } else {
                                                                      vErrors = null;
                                                                    }
                                                                  }
                                                                }
                                                                var valid0 = _errs97 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.exportedSymbols !== void 0) {
                                                                  const _errs117 = errors;
                                                                  if (!validate12(data.exportedSymbols, { instancePath: instancePath + "/exportedSymbols", parentData: data, parentDataProperty: "exportedSymbols", rootData })) {
                                                                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                    errors = vErrors.length;
                                                                  }
                                                                  var valid0 = _errs117 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                  if (data.mainPackageSymbols !== void 0) {
                                                                    const _errs118 = errors;
                                                                    if (!validate12(data.mainPackageSymbols, { instancePath: instancePath + "/mainPackageSymbols", parentData: data, parentDataProperty: "mainPackageSymbols", rootData })) {
                                                                      vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                      errors = vErrors.length;
                                                                    }
                                                                    var valid0 = _errs118 === errors;
                                                                  } else {
                                                                    var valid0 = true;
                                                                  }
                                                                  if (valid0) {
                                                                    if (data.fatArches !== void 0) {
                                                                      const _errs119 = errors;
                                                                      if (!validate12(data.fatArches, { instancePath: instancePath + "/fatArches", parentData: data, parentDataProperty: "fatArches", rootData })) {
                                                                        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                        errors = vErrors.length;
                                                                      }
                                                                      var valid0 = _errs119 === errors;
                                                                    } else {
                                                                      var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                      if (data.native !== void 0) {
                                                                        let data53 = data.native;
                                                                        const _errs120 = errors;
                                                                        if (errors === _errs120) {
                                                                          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                            let missing8;
                                                                            if (data53.libc === void 0 && (missing8 = "libc") || data53.libcEvidence === void 0 && (missing8 = "libcEvidence") || data53.soname === void 0 && (missing8 = "soname") || data53.versionNeeds === void 0 && (missing8 = "versionNeeds") || data53.glibcNeeded === void 0 && (missing8 = "glibcNeeded") || data53.sanitizerProvides === void 0 && (missing8 = "sanitizerProvides") || data53.sanitizerRequires === void 0 && (missing8 = "sanitizerRequires")) {
                                                                              validate11.errors = [{ instancePath: instancePath + "/native", schemaPath: "#/properties/native/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                              return false;
                                                                            } else {
                                                                              if (data53.libc !== void 0) {
                                                                                let data54 = data53.libc;
                                                                                const _errs122 = errors;
                                                                                if (!(data54 === "glibc" || data54 === "musl" || data54 === null)) {
                                                                                  validate11.errors = [{ instancePath: instancePath + "/native/libc", schemaPath: "#/properties/native/properties/libc/enum", keyword: "enum", params: { allowedValues: schema12.properties.native.properties.libc.enum }, message: "must be equal to one of the allowed values" }];
                                                                                  return false;
                                                                                }
                                                                                var valid31 = _errs122 === errors;
                                                                              } else {
                                                                                var valid31 = true;
                                                                              }
                                                                              if (valid31) {
                                                                                if (data53.libcEvidence !== void 0) {
                                                                                  let data55 = data53.libcEvidence;
                                                                                  const _errs123 = errors;
                                                                                  const _errs124 = errors;
                                                                                  if (typeof data55 !== "string" && data55 !== null) {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/native/libcEvidence", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs124) {
                                                                                    if (typeof data55 === "string") {
                                                                                      if (data55.length > 65536) {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/native/libcEvidence", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid31 = _errs123 === errors;
                                                                                } else {
                                                                                  var valid31 = true;
                                                                                }
                                                                                if (valid31) {
                                                                                  if (data53.soname !== void 0) {
                                                                                    let data56 = data53.soname;
                                                                                    const _errs126 = errors;
                                                                                    const _errs127 = errors;
                                                                                    if (typeof data56 !== "string" && data56 !== null) {
                                                                                      validate11.errors = [{ instancePath: instancePath + "/native/soname", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs127) {
                                                                                      if (typeof data56 === "string") {
                                                                                        if (data56.length > 65536) {
                                                                                          validate11.errors = [{ instancePath: instancePath + "/native/soname", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid31 = _errs126 === errors;
                                                                                  } else {
                                                                                    var valid31 = true;
                                                                                  }
                                                                                  if (valid31) {
                                                                                    if (data53.versionNeeds !== void 0) {
                                                                                      let data57 = data53.versionNeeds;
                                                                                      const _errs129 = errors;
                                                                                      if (errors === _errs129) {
                                                                                        if (Array.isArray(data57)) {
                                                                                          if (data57.length > 65536) {
                                                                                            validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds", schemaPath: "#/properties/native/properties/versionNeeds/maxItems", keyword: "maxItems", params: { limit: 65536 }, message: "must NOT have more than 65536 items" }];
                                                                                            return false;
                                                                                          } else {
                                                                                            var valid34 = true;
                                                                                            const len2 = data57.length;
                                                                                            for (let i2 = 0; i2 < len2; i2++) {
                                                                                              let data58 = data57[i2];
                                                                                              const _errs131 = errors;
                                                                                              if (errors === _errs131) {
                                                                                                if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                                                                                  let missing9;
                                                                                                  if (data58.file === void 0 && (missing9 = "file") || data58.versions === void 0 && (missing9 = "versions")) {
                                                                                                    validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds/" + i2, schemaPath: "#/properties/native/properties/versionNeeds/items/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data58.file !== void 0) {
                                                                                                      let data59 = data58.file;
                                                                                                      const _errs133 = errors;
                                                                                                      const _errs134 = errors;
                                                                                                      if (errors === _errs134) {
                                                                                                        if (typeof data59 === "string") {
                                                                                                          if (data59.length > 65536) {
                                                                                                            validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds/" + i2 + "/file", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds/" + i2 + "/file", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                      var valid35 = _errs133 === errors;
                                                                                                    } else {
                                                                                                      var valid35 = true;
                                                                                                    }
                                                                                                    if (valid35) {
                                                                                                      if (data58.versions !== void 0) {
                                                                                                        const _errs136 = errors;
                                                                                                        if (!validate12(data58.versions, { instancePath: instancePath + "/native/versionNeeds/" + i2 + "/versions", parentData: data58, parentDataProperty: "versions", rootData })) {
                                                                                                          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                                                                          errors = vErrors.length;
                                                                                                        }
                                                                                                        var valid35 = _errs136 === errors;
                                                                                                      } else {
                                                                                                        var valid35 = true;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds/" + i2, schemaPath: "#/properties/native/properties/versionNeeds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid34 = _errs131 === errors;
                                                                                              if (!valid34) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate11.errors = [{ instancePath: instancePath + "/native/versionNeeds", schemaPath: "#/properties/native/properties/versionNeeds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid31 = _errs129 === errors;
                                                                                    } else {
                                                                                      var valid31 = true;
                                                                                    }
                                                                                    if (valid31) {
                                                                                      if (data53.glibcNeeded !== void 0) {
                                                                                        let data61 = data53.glibcNeeded;
                                                                                        const _errs137 = errors;
                                                                                        if (typeof data61 !== "string" && data61 !== null) {
                                                                                          validate11.errors = [{ instancePath: instancePath + "/native/glibcNeeded", schemaPath: "#/properties/native/properties/glibcNeeded/type", keyword: "type", params: { type: schema12.properties.native.properties.glibcNeeded.type }, message: "must be string,null" }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs137) {
                                                                                          if (typeof data61 === "string") {
                                                                                            if (!pattern1.test(data61)) {
                                                                                              validate11.errors = [{ instancePath: instancePath + "/native/glibcNeeded", schemaPath: "#/properties/native/properties/glibcNeeded/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid31 = _errs137 === errors;
                                                                                      } else {
                                                                                        var valid31 = true;
                                                                                      }
                                                                                      if (valid31) {
                                                                                        if (data53.sanitizerProvides !== void 0) {
                                                                                          let data62 = data53.sanitizerProvides;
                                                                                          const _errs139 = errors;
                                                                                          if (errors === _errs139) {
                                                                                            if (Array.isArray(data62)) {
                                                                                              if (data62.length > 8) {
                                                                                                validate11.errors = [{ instancePath: instancePath + "/native/sanitizerProvides", schemaPath: "#/properties/native/properties/sanitizerProvides/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" }];
                                                                                                return false;
                                                                                              } else {
                                                                                                var valid37 = true;
                                                                                                const len3 = data62.length;
                                                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                                                  let data63 = data62[i3];
                                                                                                  const _errs141 = errors;
                                                                                                  if (!(data63 === "asan" || data63 === "msan" || data63 === "tsan")) {
                                                                                                    validate11.errors = [{ instancePath: instancePath + "/native/sanitizerProvides/" + i3, schemaPath: "#/properties/native/properties/sanitizerProvides/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.native.properties.sanitizerProvides.items.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  var valid37 = _errs141 === errors;
                                                                                                  if (!valid37) {
                                                                                                    break;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            } else {
                                                                                              validate11.errors = [{ instancePath: instancePath + "/native/sanitizerProvides", schemaPath: "#/properties/native/properties/sanitizerProvides/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid31 = _errs139 === errors;
                                                                                        } else {
                                                                                          var valid31 = true;
                                                                                        }
                                                                                        if (valid31) {
                                                                                          if (data53.sanitizerRequires !== void 0) {
                                                                                            let data64 = data53.sanitizerRequires;
                                                                                            const _errs142 = errors;
                                                                                            if (errors === _errs142) {
                                                                                              if (Array.isArray(data64)) {
                                                                                                if (data64.length > 8) {
                                                                                                  validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires", schemaPath: "#/properties/native/properties/sanitizerRequires/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  var valid38 = true;
                                                                                                  const len4 = data64.length;
                                                                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                                                                    let data65 = data64[i4];
                                                                                                    const _errs144 = errors;
                                                                                                    if (errors === _errs144) {
                                                                                                      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                                                                                                        let missing10;
                                                                                                        if (data65.runtime === void 0 && (missing10 = "runtime") || data65.via === void 0 && (missing10 = "via")) {
                                                                                                          validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires/" + i4, schemaPath: "#/properties/native/properties/sanitizerRequires/items/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data65.runtime !== void 0) {
                                                                                                            let data66 = data65.runtime;
                                                                                                            const _errs146 = errors;
                                                                                                            if (!(data66 === "asan" || data66 === "msan" || data66 === "tsan")) {
                                                                                                              validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires/" + i4 + "/runtime", schemaPath: "#/properties/native/properties/sanitizerRequires/items/properties/runtime/enum", keyword: "enum", params: { allowedValues: schema12.properties.native.properties.sanitizerRequires.items.properties.runtime.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            var valid39 = _errs146 === errors;
                                                                                                          } else {
                                                                                                            var valid39 = true;
                                                                                                          }
                                                                                                          if (valid39) {
                                                                                                            if (data65.via !== void 0) {
                                                                                                              let data67 = data65.via;
                                                                                                              const _errs147 = errors;
                                                                                                              const _errs148 = errors;
                                                                                                              if (errors === _errs148) {
                                                                                                                if (typeof data67 === "string") {
                                                                                                                  if (data67.length > 65536) {
                                                                                                                    validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires/" + i4 + "/via", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                } else {
                                                                                                                  validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires/" + i4 + "/via", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                              var valid39 = _errs147 === errors;
                                                                                                            } else {
                                                                                                              var valid39 = true;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires/" + i4, schemaPath: "#/properties/native/properties/sanitizerRequires/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid38 = _errs144 === errors;
                                                                                                    if (!valid38) {
                                                                                                      break;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate11.errors = [{ instancePath: instancePath + "/native/sanitizerRequires", schemaPath: "#/properties/native/properties/sanitizerRequires/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid31 = _errs142 === errors;
                                                                                          } else {
                                                                                            var valid31 = true;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate11.errors = [{ instancePath: instancePath + "/native", schemaPath: "#/properties/native/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid0 = _errs120 === errors;
                                                                      } else {
                                                                        var valid0 = true;
                                                                      }
                                                                      if (valid0) {
                                                                        if (data.deployment !== void 0) {
                                                                          let data68 = data.deployment;
                                                                          const _errs150 = errors;
                                                                          if (errors === _errs150) {
                                                                            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                                                              let missing11;
                                                                              if (data68.glibc === void 0 && (missing11 = "glibc") || data68.asanOptions === void 0 && (missing11 = "asanOptions")) {
                                                                                validate11.errors = [{ instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" }];
                                                                                return false;
                                                                              } else {
                                                                                if (data68.glibc !== void 0) {
                                                                                  let data69 = data68.glibc;
                                                                                  const _errs152 = errors;
                                                                                  if (typeof data69 !== "string" && data69 !== null) {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/deployment/glibc", schemaPath: "#/properties/deployment/properties/glibc/type", keyword: "type", params: { type: schema12.properties.deployment.properties.glibc.type }, message: "must be string,null" }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs152) {
                                                                                    if (typeof data69 === "string") {
                                                                                      if (!pattern1.test(data69)) {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/deployment/glibc", schemaPath: "#/properties/deployment/properties/glibc/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid41 = _errs152 === errors;
                                                                                } else {
                                                                                  var valid41 = true;
                                                                                }
                                                                                if (valid41) {
                                                                                  if (data68.asanOptions !== void 0) {
                                                                                    let data70 = data68.asanOptions;
                                                                                    const _errs154 = errors;
                                                                                    const _errs155 = errors;
                                                                                    if (typeof data70 !== "string" && data70 !== null) {
                                                                                      validate11.errors = [{ instancePath: instancePath + "/deployment/asanOptions", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs155) {
                                                                                      if (typeof data70 === "string") {
                                                                                        if (data70.length > 65536) {
                                                                                          validate11.errors = [{ instancePath: instancePath + "/deployment/asanOptions", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid41 = _errs154 === errors;
                                                                                  } else {
                                                                                    var valid41 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate11.errors = [{ instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid0 = _errs150 === errors;
                                                                        } else {
                                                                          var valid0 = true;
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
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema54 = { "description": "How to build a plugin for this host (`go-plugin-compat build` plans from it): the Go release, the settings that change package hashes, every module the host links with its replacement, and the path prefixes of a host built without -trimpath. Optional: derived from `host` when absent.", "type": "object", "required": ["goVersion", "goos", "goarch", "settings", "modules", "pathPrefixes"], "properties": { "goVersion": { "$ref": "#/definitions/strOrNull" }, "goos": { "$ref": "#/definitions/strOrNull" }, "goarch": { "$ref": "#/definitions/strOrNull" }, "settings": { "type": "object", "required": ["trimpath", "race", "msan", "asan", "tags", "gcflags", "pgo", "cgoEnabled", "cgoFlags", "goexperiment", "gofips140"], "properties": { "trimpath": { "type": ["boolean", "null"] }, "race": { "type": "boolean" }, "msan": { "type": "boolean" }, "asan": { "type": "boolean" }, "tags": { "$ref": "#/definitions/strings" }, "gcflags": { "$ref": "#/definitions/strOrNull" }, "pgo": { "$ref": "#/definitions/strOrNull" }, "cgoEnabled": { "$ref": "#/definitions/strOrNull" }, "cgoFlags": { "type": "object", "propertyNames": { "pattern": "^CGO_[A-Z]+FLAGS$" }, "additionalProperties": { "$ref": "#/definitions/str" }, "maxProperties": 16 }, "goexperiment": { "$ref": "#/definitions/str" }, "gofips140": { "$ref": "#/definitions/strOrNull" } } }, "modules": { "type": "array", "maxItems": 1048576, "items": { "type": "object", "required": ["path", "version", "replace"], "properties": { "path": { "$ref": "#/definitions/str" }, "version": { "$ref": "#/definitions/str" }, "replace": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["path", "version", "dir"], "properties": { "path": { "$ref": "#/definitions/str" }, "version": { "$ref": "#/definitions/str" }, "dir": { "$ref": "#/definitions/strOrNull" } } }] } } } }, "pathPrefixes": { "type": "object", "required": ["modcache", "mainModule", "vendorDirs"], "properties": { "modcache": { "$ref": "#/definitions/strOrNull" }, "mainModule": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["path", "dir"], "properties": { "path": { "$ref": "#/definitions/str" }, "dir": { "$ref": "#/definitions/strOrNull" } } }] }, "vendorDirs": { "$ref": "#/definitions/strings" } } } } };
var pattern3 = new RegExp("^CGO_[A-Z]+FLAGS$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.goVersion === void 0 && (missing0 = "goVersion") || data.goos === void 0 && (missing0 = "goos") || data.goarch === void 0 && (missing0 = "goarch") || data.settings === void 0 && (missing0 = "settings") || data.modules === void 0 && (missing0 = "modules") || data.pathPrefixes === void 0 && (missing0 = "pathPrefixes")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.goVersion !== void 0) {
          let data0 = data.goVersion;
          const _errs1 = errors;
          const _errs2 = errors;
          if (typeof data0 !== "string" && data0 !== null) {
            validate36.errors = [{ instancePath: instancePath + "/goVersion", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
            return false;
          }
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (data0.length > 65536) {
                validate36.errors = [{ instancePath: instancePath + "/goVersion", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.goos !== void 0) {
            let data1 = data.goos;
            const _errs4 = errors;
            const _errs5 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate36.errors = [{ instancePath: instancePath + "/goos", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
              return false;
            }
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (data1.length > 65536) {
                  validate36.errors = [{ instancePath: instancePath + "/goos", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                  return false;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.goarch !== void 0) {
              let data2 = data.goarch;
              const _errs7 = errors;
              const _errs8 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate36.errors = [{ instancePath: instancePath + "/goarch", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                return false;
              }
              if (errors === _errs8) {
                if (typeof data2 === "string") {
                  if (data2.length > 65536) {
                    validate36.errors = [{ instancePath: instancePath + "/goarch", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.settings !== void 0) {
                let data3 = data.settings;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.trimpath === void 0 && (missing1 = "trimpath") || data3.race === void 0 && (missing1 = "race") || data3.msan === void 0 && (missing1 = "msan") || data3.asan === void 0 && (missing1 = "asan") || data3.tags === void 0 && (missing1 = "tags") || data3.gcflags === void 0 && (missing1 = "gcflags") || data3.pgo === void 0 && (missing1 = "pgo") || data3.cgoEnabled === void 0 && (missing1 = "cgoEnabled") || data3.cgoFlags === void 0 && (missing1 = "cgoFlags") || data3.goexperiment === void 0 && (missing1 = "goexperiment") || data3.gofips140 === void 0 && (missing1 = "gofips140")) {
                      validate36.errors = [{ instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.trimpath !== void 0) {
                        let data4 = data3.trimpath;
                        const _errs12 = errors;
                        if (typeof data4 !== "boolean" && data4 !== null) {
                          validate36.errors = [{ instancePath: instancePath + "/settings/trimpath", schemaPath: "#/properties/settings/properties/trimpath/type", keyword: "type", params: { type: schema54.properties.settings.properties.trimpath.type }, message: "must be boolean,null" }];
                          return false;
                        }
                        var valid4 = _errs12 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data3.race !== void 0) {
                          const _errs14 = errors;
                          if (typeof data3.race !== "boolean") {
                            validate36.errors = [{ instancePath: instancePath + "/settings/race", schemaPath: "#/properties/settings/properties/race/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid4 = _errs14 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data3.msan !== void 0) {
                            const _errs16 = errors;
                            if (typeof data3.msan !== "boolean") {
                              validate36.errors = [{ instancePath: instancePath + "/settings/msan", schemaPath: "#/properties/settings/properties/msan/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid4 = _errs16 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data3.asan !== void 0) {
                              const _errs18 = errors;
                              if (typeof data3.asan !== "boolean") {
                                validate36.errors = [{ instancePath: instancePath + "/settings/asan", schemaPath: "#/properties/settings/properties/asan/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid4 = _errs18 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data3.tags !== void 0) {
                                const _errs20 = errors;
                                if (!validate12(data3.tags, { instancePath: instancePath + "/settings/tags", parentData: data3, parentDataProperty: "tags", rootData })) {
                                  vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                  errors = vErrors.length;
                                }
                                var valid4 = _errs20 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data3.gcflags !== void 0) {
                                  let data9 = data3.gcflags;
                                  const _errs21 = errors;
                                  const _errs22 = errors;
                                  if (typeof data9 !== "string" && data9 !== null) {
                                    validate36.errors = [{ instancePath: instancePath + "/settings/gcflags", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  if (errors === _errs22) {
                                    if (typeof data9 === "string") {
                                      if (data9.length > 65536) {
                                        validate36.errors = [{ instancePath: instancePath + "/settings/gcflags", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid4 = _errs21 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data3.pgo !== void 0) {
                                    let data10 = data3.pgo;
                                    const _errs24 = errors;
                                    const _errs25 = errors;
                                    if (typeof data10 !== "string" && data10 !== null) {
                                      validate36.errors = [{ instancePath: instancePath + "/settings/pgo", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    if (errors === _errs25) {
                                      if (typeof data10 === "string") {
                                        if (data10.length > 65536) {
                                          validate36.errors = [{ instancePath: instancePath + "/settings/pgo", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid4 = _errs24 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data3.cgoEnabled !== void 0) {
                                      let data11 = data3.cgoEnabled;
                                      const _errs27 = errors;
                                      const _errs28 = errors;
                                      if (typeof data11 !== "string" && data11 !== null) {
                                        validate36.errors = [{ instancePath: instancePath + "/settings/cgoEnabled", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      if (errors === _errs28) {
                                        if (typeof data11 === "string") {
                                          if (data11.length > 65536) {
                                            validate36.errors = [{ instancePath: instancePath + "/settings/cgoEnabled", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid4 = _errs27 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data3.cgoFlags !== void 0) {
                                        let data12 = data3.cgoFlags;
                                        const _errs30 = errors;
                                        if (errors === _errs30) {
                                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                            if (Object.keys(data12).length > 16) {
                                              validate36.errors = [{ instancePath: instancePath + "/settings/cgoFlags", schemaPath: "#/properties/settings/properties/cgoFlags/maxProperties", keyword: "maxProperties", params: { limit: 16 }, message: "must NOT have more than 16 properties" }];
                                              return false;
                                            } else {
                                              for (const key0 in data12) {
                                                const _errs32 = errors;
                                                if (typeof key0 === "string") {
                                                  if (!pattern3.test(key0)) {
                                                    const err0 = { instancePath: instancePath + "/settings/cgoFlags", schemaPath: "#/properties/settings/properties/cgoFlags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^CGO_[A-Z]+FLAGS$" }, message: 'must match pattern "^CGO_[A-Z]+FLAGS$"', propertyName: key0 };
                                                    if (vErrors === null) {
                                                      vErrors = [err0];
                                                    } else {
                                                      vErrors.push(err0);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid8 = _errs32 === errors;
                                                if (!valid8) {
                                                  const err1 = { instancePath: instancePath + "/settings/cgoFlags", schemaPath: "#/properties/settings/properties/cgoFlags/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                                                  if (vErrors === null) {
                                                    vErrors = [err1];
                                                  } else {
                                                    vErrors.push(err1);
                                                  }
                                                  errors++;
                                                  validate36.errors = vErrors;
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (valid8) {
                                                for (const key1 in data12) {
                                                  let data13 = data12[key1];
                                                  const _errs34 = errors;
                                                  const _errs35 = errors;
                                                  if (errors === _errs35) {
                                                    if (typeof data13 === "string") {
                                                      if (data13.length > 65536) {
                                                        validate36.errors = [{ instancePath: instancePath + "/settings/cgoFlags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate36.errors = [{ instancePath: instancePath + "/settings/cgoFlags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid9 = _errs34 === errors;
                                                  if (!valid9) {
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate36.errors = [{ instancePath: instancePath + "/settings/cgoFlags", schemaPath: "#/properties/settings/properties/cgoFlags/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs30 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data3.goexperiment !== void 0) {
                                          let data14 = data3.goexperiment;
                                          const _errs37 = errors;
                                          const _errs38 = errors;
                                          if (errors === _errs38) {
                                            if (typeof data14 === "string") {
                                              if (data14.length > 65536) {
                                                validate36.errors = [{ instancePath: instancePath + "/settings/goexperiment", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate36.errors = [{ instancePath: instancePath + "/settings/goexperiment", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs37 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data3.gofips140 !== void 0) {
                                            let data15 = data3.gofips140;
                                            const _errs40 = errors;
                                            const _errs41 = errors;
                                            if (typeof data15 !== "string" && data15 !== null) {
                                              validate36.errors = [{ instancePath: instancePath + "/settings/gofips140", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                                              return false;
                                            }
                                            if (errors === _errs41) {
                                              if (typeof data15 === "string") {
                                                if (data15.length > 65536) {
                                                  validate36.errors = [{ instancePath: instancePath + "/settings/gofips140", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid4 = _errs40 === errors;
                                          } else {
                                            var valid4 = true;
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
                  } else {
                    validate36.errors = [{ instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.modules !== void 0) {
                  let data16 = data.modules;
                  const _errs43 = errors;
                  if (errors === _errs43) {
                    if (Array.isArray(data16)) {
                      if (data16.length > 1048576) {
                        validate36.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/maxItems", keyword: "maxItems", params: { limit: 1048576 }, message: "must NOT have more than 1048576 items" }];
                        return false;
                      } else {
                        var valid13 = true;
                        const len0 = data16.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data17 = data16[i0];
                          const _errs45 = errors;
                          if (errors === _errs45) {
                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                              let missing2;
                              if (data17.path === void 0 && (missing2 = "path") || data17.version === void 0 && (missing2 = "version") || data17.replace === void 0 && (missing2 = "replace")) {
                                validate36.errors = [{ instancePath: instancePath + "/modules/" + i0, schemaPath: "#/properties/modules/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                if (data17.path !== void 0) {
                                  let data18 = data17.path;
                                  const _errs47 = errors;
                                  const _errs48 = errors;
                                  if (errors === _errs48) {
                                    if (typeof data18 === "string") {
                                      if (data18.length > 65536) {
                                        validate36.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate36.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid14 = _errs47 === errors;
                                } else {
                                  var valid14 = true;
                                }
                                if (valid14) {
                                  if (data17.version !== void 0) {
                                    let data19 = data17.version;
                                    const _errs50 = errors;
                                    const _errs51 = errors;
                                    if (errors === _errs51) {
                                      if (typeof data19 === "string") {
                                        if (data19.length > 65536) {
                                          validate36.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/version", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate36.errors = [{ instancePath: instancePath + "/modules/" + i0 + "/version", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid14 = _errs50 === errors;
                                  } else {
                                    var valid14 = true;
                                  }
                                  if (valid14) {
                                    if (data17.replace !== void 0) {
                                      let data20 = data17.replace;
                                      const _errs53 = errors;
                                      const _errs54 = errors;
                                      let valid17 = false;
                                      const _errs55 = errors;
                                      if (data20 !== null) {
                                        const err22 = { instancePath: instancePath + "/modules/" + i0 + "/replace", schemaPath: "#/properties/modules/items/properties/replace/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                        if (vErrors === null) {
                                          vErrors = [err22];
                                        } else {
                                          vErrors.push(err22);
                                        }
                                        errors++;
                                      }
                                      var _valid0 = _errs55 === errors;
                                      valid17 = valid17 || _valid0;
                                      if (!valid17) {
                                        const _errs57 = errors;
                                        if (errors === _errs57) {
                                          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                            let missing3;
                                            if (data20.path === void 0 && (missing3 = "path") || data20.version === void 0 && (missing3 = "version") || data20.dir === void 0 && (missing3 = "dir")) {
                                              const err3 = { instancePath: instancePath + "/modules/" + i0 + "/replace", schemaPath: "#/properties/modules/items/properties/replace/anyOf/1/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                                              if (vErrors === null) {
                                                vErrors = [err3];
                                              } else {
                                                vErrors.push(err3);
                                              }
                                              errors++;
                                            } else {
                                              if (data20.path !== void 0) {
                                                let data21 = data20.path;
                                                const _errs59 = errors;
                                                const _errs60 = errors;
                                                if (errors === _errs60) {
                                                  if (typeof data21 === "string") {
                                                    if (data21.length > 65536) {
                                                      const err4 = { instancePath: instancePath + "/modules/" + i0 + "/replace/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                      if (vErrors === null) {
                                                        vErrors = [err4];
                                                      } else {
                                                        vErrors.push(err4);
                                                      }
                                                      errors++;
                                                    }
                                                  } else {
                                                    const err5 = { instancePath: instancePath + "/modules/" + i0 + "/replace/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err5];
                                                    } else {
                                                      vErrors.push(err5);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid18 = _errs59 === errors;
                                              } else {
                                                var valid18 = true;
                                              }
                                              if (valid18) {
                                                if (data20.version !== void 0) {
                                                  let data22 = data20.version;
                                                  const _errs62 = errors;
                                                  const _errs63 = errors;
                                                  if (errors === _errs63) {
                                                    if (typeof data22 === "string") {
                                                      if (data22.length > 65536) {
                                                        const err6 = { instancePath: instancePath + "/modules/" + i0 + "/replace/version", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                        if (vErrors === null) {
                                                          vErrors = [err6];
                                                        } else {
                                                          vErrors.push(err6);
                                                        }
                                                        errors++;
                                                      }
                                                    } else {
                                                      const err7 = { instancePath: instancePath + "/modules/" + i0 + "/replace/version", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err7];
                                                      } else {
                                                        vErrors.push(err7);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                  var valid18 = _errs62 === errors;
                                                } else {
                                                  var valid18 = true;
                                                }
                                                if (valid18) {
                                                  if (data20.dir !== void 0) {
                                                    let data23 = data20.dir;
                                                    const _errs65 = errors;
                                                    const _errs66 = errors;
                                                    if (typeof data23 !== "string" && data23 !== null) {
                                                      const err8 = { instancePath: instancePath + "/modules/" + i0 + "/replace/dir", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" };
                                                      if (vErrors === null) {
                                                        vErrors = [err8];
                                                      } else {
                                                        vErrors.push(err8);
                                                      }
                                                      errors++;
                                                    }
                                                    if (errors === _errs66) {
                                                      if (typeof data23 === "string") {
                                                        if (data23.length > 65536) {
                                                          const err9 = { instancePath: instancePath + "/modules/" + i0 + "/replace/dir", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                          if (vErrors === null) {
                                                            vErrors = [err9];
                                                          } else {
                                                            vErrors.push(err9);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                    }
                                                    var valid18 = _errs65 === errors;
                                                  } else {
                                                    var valid18 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            const err10 = { instancePath: instancePath + "/modules/" + i0 + "/replace", schemaPath: "#/properties/modules/items/properties/replace/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err10];
                                            } else {
                                              vErrors.push(err10);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid0 = _errs57 === errors;
                                        valid17 = valid17 || _valid0;
                                      }
                                      if (!valid17) {
                                        const err11 = { instancePath: instancePath + "/modules/" + i0 + "/replace", schemaPath: "#/properties/modules/items/properties/replace/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                        if (vErrors === null) {
                                          vErrors = [err11];
                                        } else {
                                          vErrors.push(err11);
                                        }
                                        errors++;
                                        validate36.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs54;
                                        if (vErrors !== null) {
                                          if (_errs54) {
                                            vErrors.length = _errs54;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid14 = _errs53 === errors;
                                    } else {
                                      var valid14 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate36.errors = [{ instancePath: instancePath + "/modules/" + i0, schemaPath: "#/properties/modules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid13 = _errs45 === errors;
                          if (!valid13) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate36.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs43 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.pathPrefixes !== void 0) {
                    let data24 = data.pathPrefixes;
                    const _errs68 = errors;
                    if (errors === _errs68) {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        let missing4;
                        if (data24.modcache === void 0 && (missing4 = "modcache") || data24.mainModule === void 0 && (missing4 = "mainModule") || data24.vendorDirs === void 0 && (missing4 = "vendorDirs")) {
                          validate36.errors = [{ instancePath: instancePath + "/pathPrefixes", schemaPath: "#/properties/pathPrefixes/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                          return false;
                        } else {
                          if (data24.modcache !== void 0) {
                            let data25 = data24.modcache;
                            const _errs70 = errors;
                            const _errs71 = errors;
                            if (typeof data25 !== "string" && data25 !== null) {
                              validate36.errors = [{ instancePath: instancePath + "/pathPrefixes/modcache", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" }];
                              return false;
                            }
                            if (errors === _errs71) {
                              if (typeof data25 === "string") {
                                if (data25.length > 65536) {
                                  validate36.errors = [{ instancePath: instancePath + "/pathPrefixes/modcache", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                  return false;
                                }
                              }
                            }
                            var valid22 = _errs70 === errors;
                          } else {
                            var valid22 = true;
                          }
                          if (valid22) {
                            if (data24.mainModule !== void 0) {
                              let data26 = data24.mainModule;
                              const _errs73 = errors;
                              const _errs74 = errors;
                              let valid24 = false;
                              const _errs75 = errors;
                              if (data26 !== null) {
                                const err12 = { instancePath: instancePath + "/pathPrefixes/mainModule", schemaPath: "#/properties/pathPrefixes/properties/mainModule/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                              }
                              var _valid1 = _errs75 === errors;
                              valid24 = valid24 || _valid1;
                              if (!valid24) {
                                const _errs77 = errors;
                                if (errors === _errs77) {
                                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    let missing5;
                                    if (data26.path === void 0 && (missing5 = "path") || data26.dir === void 0 && (missing5 = "dir")) {
                                      const err13 = { instancePath: instancePath + "/pathPrefixes/mainModule", schemaPath: "#/properties/pathPrefixes/properties/mainModule/anyOf/1/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                                      if (vErrors === null) {
                                        vErrors = [err13];
                                      } else {
                                        vErrors.push(err13);
                                      }
                                      errors++;
                                    } else {
                                      if (data26.path !== void 0) {
                                        let data27 = data26.path;
                                        const _errs79 = errors;
                                        const _errs80 = errors;
                                        if (errors === _errs80) {
                                          if (typeof data27 === "string") {
                                            if (data27.length > 65536) {
                                              const err14 = { instancePath: instancePath + "/pathPrefixes/mainModule/path", schemaPath: "#/definitions/str/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                              if (vErrors === null) {
                                                vErrors = [err14];
                                              } else {
                                                vErrors.push(err14);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err15 = { instancePath: instancePath + "/pathPrefixes/mainModule/path", schemaPath: "#/definitions/str/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err15];
                                            } else {
                                              vErrors.push(err15);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid25 = _errs79 === errors;
                                      } else {
                                        var valid25 = true;
                                      }
                                      if (valid25) {
                                        if (data26.dir !== void 0) {
                                          let data28 = data26.dir;
                                          const _errs82 = errors;
                                          const _errs83 = errors;
                                          if (typeof data28 !== "string" && data28 !== null) {
                                            const err16 = { instancePath: instancePath + "/pathPrefixes/mainModule/dir", schemaPath: "#/definitions/strOrNull/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null" };
                                            if (vErrors === null) {
                                              vErrors = [err16];
                                            } else {
                                              vErrors.push(err16);
                                            }
                                            errors++;
                                          }
                                          if (errors === _errs83) {
                                            if (typeof data28 === "string") {
                                              if (data28.length > 65536) {
                                                const err17 = { instancePath: instancePath + "/pathPrefixes/mainModule/dir", schemaPath: "#/definitions/strOrNull/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                                                if (vErrors === null) {
                                                  vErrors = [err17];
                                                } else {
                                                  vErrors.push(err17);
                                                }
                                                errors++;
                                              }
                                            }
                                          }
                                          var valid25 = _errs82 === errors;
                                        } else {
                                          var valid25 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    const err18 = { instancePath: instancePath + "/pathPrefixes/mainModule", schemaPath: "#/properties/pathPrefixes/properties/mainModule/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err18];
                                    } else {
                                      vErrors.push(err18);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid1 = _errs77 === errors;
                                valid24 = valid24 || _valid1;
                              }
                              if (!valid24) {
                                const err19 = { instancePath: instancePath + "/pathPrefixes/mainModule", schemaPath: "#/properties/pathPrefixes/properties/mainModule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err19];
                                } else {
                                  vErrors.push(err19);
                                }
                                errors++;
                                validate36.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs74;
                                if (vErrors !== null) {
                                  if (_errs74) {
                                    vErrors.length = _errs74;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid22 = _errs73 === errors;
                            } else {
                              var valid22 = true;
                            }
                            if (valid22) {
                              if (data24.vendorDirs !== void 0) {
                                const _errs85 = errors;
                                if (!validate12(data24.vendorDirs, { instancePath: instancePath + "/pathPrefixes/vendorDirs", parentData: data24, parentDataProperty: "vendorDirs", rootData })) {
                                  vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                  errors = vErrors.length;
                                }
                                var valid22 = _errs85 === errors;
                              } else {
                                var valid22 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate36.errors = [{ instancePath: instancePath + "/pathPrefixes", schemaPath: "#/properties/pathPrefixes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs68 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.kind === void 0 && (missing0 = "kind") || data.schemaVersion === void 0 && (missing0 = "schemaVersion") || data.generator === void 0 && (missing0 = "generator") || data.host === void 0 && (missing0 = "host")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.kind !== void 0) {
          const _errs1 = errors;
          if ("go-plugin-compat/host-abi" !== data.kind) {
            validate10.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "go-plugin-compat/host-abi" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.schemaVersion !== void 0) {
            const _errs2 = errors;
            if (1 !== data.schemaVersion) {
              validate10.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.generator !== void 0) {
              let data2 = data.generator;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data2 === "string") {
                  if (data2.length > 256) {
                    validate10.errors = [{ instancePath: instancePath + "/generator", schemaPath: "#/properties/generator/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                    return false;
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/generator", schemaPath: "#/properties/generator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.host !== void 0) {
                const _errs5 = errors;
                if (!validate11(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData })) {
                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.buildRecipe !== void 0) {
                  const _errs6 = errors;
                  if (!validate36(data.buildRecipe, { instancePath: instancePath + "/buildRecipe", parentData: data, parentDataProperty: "buildRecipe", rootData })) {
                    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/facts/manifest.ts
var MANIFEST_KIND = "go-plugin-compat/host-abi";
var MANIFEST_VERSION = 1;
function looksLikeManifest(file) {
  let src = null;
  try {
    src = FileSource.open(file);
    return src.readUpTo(0, 64, "file header").toString("utf8").trimStart().startsWith("{");
  } catch {
    return false;
  } finally {
    src?.close();
  }
}
function readManifestWithRecipe(file) {
  const src = FileSource.open(file);
  let text;
  try {
    if (src.size > LIMITS.manifestBytesMax) {
      throw new BinaryFormatError(`${file}: ${src.size} bytes, more than the ${LIMITS.manifestBytesMax >> 20} MiB a host manifest can need`);
    }
    text = src.read(0, src.size, "manifest").toString("utf8");
  } finally {
    src.close();
  }
  return parseManifestWithRecipe(text, file);
}
var JSON_DEPTH_MAX = 32;
var JSON_CONTAINERS_MAX = 2e5;
function checkJsonShape(text, file) {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (inString) {
      if (c === 92) i2++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > JSON_DEPTH_MAX) throw new BinaryFormatError(`${file}: JSON nested more than ${JSON_DEPTH_MAX} levels deep, far more than a host manifest has`);
      if (++containers > JSON_CONTAINERS_MAX) throw new BinaryFormatError(`${file}: more than ${JSON_CONTAINERS_MAX} JSON objects and arrays, far more than a host manifest has`);
    } else if (c === 125 || c === 93) depth--;
  }
}
function parseManifestWithRecipe(text, file) {
  checkJsonShape(text, file);
  let data;
  try {
    data = JSON.parse(text);
  } catch (err3) {
    const at = /position (\d+)/.exec(err3.message)?.[1];
    throw new BinaryFormatError(`${file}: not valid JSON${at ? ` (at byte ${at})` : ""}`);
  }
  const m = data;
  if (!m || typeof m !== "object") throw new BinaryFormatError(`${file}: not a go-plugin-compat host manifest (not a JSON object)`);
  if (m.kind !== MANIFEST_KIND) throw new BinaryFormatError(`${file}: not a go-plugin-compat host manifest (kind is ${JSON.stringify(m.kind)})`);
  if (m.schemaVersion !== MANIFEST_VERSION) throw new BinaryFormatError(`${file}: manifest schema version ${m.schemaVersion} is not supported (expected ${MANIFEST_VERSION})`);
  if (!validate(data)) throw new BinaryFormatError(`${file}: ${describeSchemaError(validate.errors?.[0])}`);
  const h = m.host;
  const recipe = m.buildRecipe ?? buildRecipe(h);
  return { facts: h, recipe };
}
function fieldName(pointer) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out3 = "";
  for (const p of parts) out3 += /^\d+$/.test(p) ? `[${p}]` : out3 ? `.${p}` : p;
  return out3 || "(top level)";
}
function describeSchemaError(e) {
  if (!e) return "manifest does not match docs/manifest.schema.json";
  const field = fieldName(e.instancePath);
  const clip = (v) => JSON.stringify(v).slice(0, 80);
  if (e.keyword === "required") return `manifest field ${field === "(top level)" ? "" : field + "."}${String(e.params.missingProperty)} is missing`;
  if (e.keyword === "enum") return `manifest field ${field} must be one of ${clip(e.params.allowedValues)}`;
  if (e.keyword === "const") return `manifest field ${field} must be ${clip(e.params.allowedValue)}`;
  return `manifest field ${field} ${e.message ?? "is invalid"}`;
}

// src/cli/load-host.ts
init_errors();
var InputError = class extends Error {
};
function loadHost(file, wantArch, opts = {}) {
  return pickHostSlice(loadHostSlices(file, opts), wantArch);
}
function loadHostSlices(file, opts = {}) {
  if (looksLikeManifest(file)) {
    try {
      return [{ ...readManifestWithRecipe(file), source: "manifest" }];
    } catch (err3) {
      throw new InputError(`host manifest ${describeError(err3)}`);
    }
  }
  const results = analyseFile(file, { lazy: opts.lazy === true });
  const ok = results.filter((r) => r.facts !== null);
  if (ok.length === 0) throw new InputError(`cannot read host ${file}: ${results[0]?.error ?? "unknown error"}`);
  return ok.map((r) => ({ facts: r.facts, source: "binary", recipe: buildRecipe(r.facts) }));
}
function pickHostSlice(slices, wantArch) {
  return slices.find((h) => h.facts.goarch === wantArch) ?? slices[0];
}

// src/cli/check.ts
function pickSlice(file, results, arch2) {
  const pick = results.find((r) => r.facts?.goarch === arch2) ?? results[0];
  return { file, facts: pick.facts, error: pick.error, ...pick.facts === null && pick.loaderOutcome ? { loaderOutcome: pick.loaderOutcome } : {} };
}
function readPlugins(files, arch2, hosts = []) {
  const cache = new AnalysisCache(files, { lazy: true, ...hosts.length ? { explainLikely: explainLikely(hosts) } : {} });
  return files.map((file) => pickSlice(file, cache.analyse(file), arch2));
}

// src/action/main.ts
init_compose();
init_escape();
init_sarif();
init_go_mods();

// src/action/build-step.ts
import { resolve as resolve3 } from "node:path";

// src/build/run-build.ts
import { existsSync as existsSync6, readFileSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import path7 from "node:path";

// src/build/output-name.ts
function defaultOutputName(importPath) {
  const parts = importPath.split("/");
  let last = parts[parts.length - 1] ?? "plugin";
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  return `${last}.so`;
}

// src/build/go-run.ts
var ToolingError = class extends Error {
};
function execEnv(extra) {
  const out3 = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== void 0 && k !== "GOROOT") out3[k] = v;
  return { ...out3, ...extra };
}
async function runGo(cmd, args, cwd) {
  try {
    const r = await getExecOutput(cmd.go, args, { cwd, env: execEnv(cmd.env), silent: true, ignoreReturnCode: true });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (err3) {
    return { code: -1, stdout: "", stderr: `cannot run ${cmd.go}: ${err3.message}` };
  }
}
async function mustGo(cmd, args, cwd) {
  const r = await runGo(cmd, args, cwd);
  if (r.code !== 0) {
    const tail = r.stderr.trim().split("\n").slice(-4).join("\n  ");
    throw new ToolingError(`${cmd.go} ${args.join(" ")} failed in ${cwd}:
  ${tail}`);
  }
  return r.stdout;
}

// src/build/module-view.ts
import { copyFileSync, existsSync as existsSync4, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname4, join as join5 } from "node:path";

// src/preflight/go-env.ts
function parseJsonStream(text) {
  const out3 = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    if (inString) {
      if (ch === "\\") i2++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{") {
      if (depth++ === 0) start = i2;
    } else if (ch === "}" && --depth === 0) out3.push(JSON.parse(text.slice(start, i2 + 1)));
  }
  return out3;
}

// src/build/plan.ts
var import_semver2 = __toESM(require_semver2(), 1);
init_build();
init_types();
init_query();
init_rules();
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import path6 from "node:path";

// src/build/safe-flags.ts
var SAFE_GC = /^-(N|l|B|m+|S|C|L|E|K|h|live|smallframes|std|complete|dwarf(=(true|false))?|d=[\w,=.-]+|spectre=[\w,]+|wb(=(true|false))?|[mlN]=\d+|c=\d+)$/;
var SAFE_C = /^-(O[0-3sgz]?|g[0-3]?|D[A-Za-z_][A-Za-z0-9_]*(=[A-Za-z0-9_.]*)?|U[A-Za-z_][A-Za-z0-9_]*|W(all|extra|error|no-[a-z-]+)|std=[a-z0-9+]+|m(arch|tune)=[a-z0-9-]+|f(no-)?(omit-frame-pointer|stack-protector(-strong)?|PIC|pic|common|strict-aliasing))$/;
function safeGcflags(value2) {
  const m = /^(?:([^\s-][^\s=]*)=)?(.*)$/s.exec(value2);
  const words = (m?.[2] ?? value2).split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SAFE_GC.test(w));
}
function safeCflags(value2) {
  return value2.split(/\s+/).filter(Boolean).every((w) => SAFE_C.test(w));
}

// src/build/shell.ts
init_shell_quote();
var shellQuote = shellWord;
function commandLine(env, argv) {
  return shellCommand(argv, { env: Object.entries(env) });
}

// src/build/trusted-dir.ts
import { lstatSync, realpathSync as realpathSync2 } from "node:fs";
import path5 from "node:path";
var MAX_LINKS = 16;
function onlyOursOnTheWay(p, links = 0) {
  const uid = process.getuid?.();
  if (uid === void 0) return true;
  if (links > MAX_LINKS) return false;
  const parts = path5.resolve(p).split(path5.sep).filter(Boolean);
  let othersMayCreate = false;
  for (let i2 = 0; i2 <= parts.length; i2++) {
    const here = path5.sep + parts.slice(0, i2).join(path5.sep);
    let st;
    try {
      st = lstatSync(here);
    } catch {
      return !othersMayCreate;
    }
    if (st.uid !== uid && st.uid !== 0) return false;
    if (st.isSymbolicLink()) {
      let target2;
      try {
        target2 = realpathSync2(here);
      } catch {
        return false;
      }
      return onlyOursOnTheWay(path5.join(target2, ...parts.slice(i2)), links + 1);
    }
    const othersWrite = (st.mode & 18) !== 0;
    if (othersWrite && (st.mode & 512) === 0) return false;
    othersMayCreate = othersWrite;
  }
  return true;
}

// src/build/plan.ts
init_shell_quote();
var modLabel = (version, r) => {
  const v = version ?? "";
  if (!r) return v;
  const p = "Path" in r ? r.Path : r.path;
  const rv = "Path" in r ? r.Version : r.version;
  return `${v} => ${p}${rv && rv !== "(devel)" ? ` ${rv}` : ""}`;
};
var plainAbsolute = (p) => path6.isAbsolute(p) && !/[\0-\x1f\x7f]/.test(p) && path6.normalize(p) === p && !p.split("/").includes("..");
function usableModcache(mc) {
  if (!plainAbsolute(mc) || !onlyOursOnTheWay(mc)) return false;
  if (mc.endsWith("/pkg/mod")) return true;
  try {
    return statSync3(path6.join(mc, "cache", "download")).isDirectory();
  } catch {
    return false;
  }
}
function usableProfile(pgo2) {
  try {
    return plainAbsolute(pgo2) && statSync3(pgo2).isFile();
  } catch {
    return false;
  }
}
var PLANNED_FLAGS = /^--?(trimpath|tags|gcflags|race|msan|asan|pgo|buildmode|o)(=|$)/;
var MOD_FLAG = /^--?mod(=|$)/;
function authorTags(goflags) {
  const t = /(?:^|\s)--?tags=(\S*)/.exec(goflags)?.[1] ?? "";
  return t.split(",").map((x2) => x2.trim()).filter(Boolean);
}
var isDirReplace = (r) => !!r && (r.version === "(devel)" || r.version === "");
function planBuild(host, recipe, view, tc, output) {
  const alignments = [];
  const unaligned = [];
  const env = { ...tc.env };
  const flags = ["-buildmode=plugin"];
  const set = recipe.settings;
  const hostTrimmed = set.trimpath;
  const local = view.env;
  alignments.push({ dimension: "toolchain", name: "Go release", host: tc.version, plugin: tc.version, action: tc.how });
  if (host.pluginSupport && !host.pluginSupport.supported) {
    unaligned.push(finding(noPluginSupport.meta, {
      message: `the host cannot load any plugin (${host.pluginSupport.reason}); no plugin build can change that`,
      fix: "rebuild the host with cgo and external linking (CGO_ENABLED=1 go build -ldflags=-linkmode=external), dynamically linked"
    }));
  }
  if (recipe.goos && recipe.goarch && (recipe.goos !== local.GOOS || recipe.goarch !== local.GOARCH)) {
    env.GOOS = recipe.goos;
    env.GOARCH = recipe.goarch;
    alignments.push({ dimension: "platform", name: "GOOS/GOARCH", host: `${recipe.goos}/${recipe.goarch}`, plugin: `${local.GOOS}/${local.GOARCH}`, action: "set GOOS and GOARCH (cgo needs a C cross-compiler in CC)" });
  }
  env.CGO_ENABLED = "1";
  if (local.CGO_ENABLED !== "1") alignments.push({ dimension: "setting", name: "CGO_ENABLED", host: set.cgoEnabled ?? "1", plugin: local.CGO_ENABLED ?? "", action: "-buildmode=plugin needs cgo" });
  const localFlags = (local.GOFLAGS ?? "").split(/\s+/).filter(Boolean);
  const planned = (f) => PLANNED_FLAGS.test(f) || view.vendored && MOD_FLAG.test(f);
  const keptFlags = localFlags.filter((f) => !planned(f));
  if (keptFlags.length !== localFlags.length) {
    env.GOFLAGS = keptFlags.join(" ");
    alignments.push({ dimension: "setting", name: "GOFLAGS", host: "(the settings below)", plugin: local.GOFLAGS ?? "", action: `dropped ${localFlags.filter(planned).join(" ")}: the plan sets these itself` });
  }
  const addFlag = (name, value2, hostValue, why) => {
    flags.push(value2 === null ? name : `${name}=${value2}`);
    alignments.push({ dimension: "setting", name, host: hostValue, plugin: "", action: why });
  };
  if (hostTrimmed) addFlag("-trimpath", null, "true", "the host was built with -trimpath: source paths are part of every package hash");
  if (set.race) addFlag("-race", null, "true", "instrumentation changes runtime packages");
  if (set.msan) {
    addFlag("-msan", null, "true", "instrumentation changes runtime packages");
    if (!/clang/.test(local.CC ?? "")) {
      env.CC = "clang";
      alignments.push({ dimension: "setting", name: "CC", host: "clang", plugin: local.CC || "(default)", action: "-msan needs clang (gcc has no -fsanitize=memory)" });
    }
  }
  if (set.asan) addFlag("-asan", null, "true", "instrumentation changes runtime packages (the host needs ASAN_OPTIONS=detect_odr_violation=0 to load asan plugins)");
  const own = authorTags(local.GOFLAGS ?? "").filter((t) => !set.tags.includes(t));
  const tags = [...set.tags, ...own];
  if (set.tags.length) addFlag("-tags", tags.join(","), set.tags.join(","), "tags select the files of shared packages");
  else if (own.length) flags.push(`-tags=${own.join(",")}`);
  if (own.length) alignments.push({ dimension: "setting", name: "-tags (yours)", host: set.tags.join(",") || "(none)", plugin: own.join(","), action: "kept, not checked here: if they select other files of a package the host links (a dependency's build tag), the plugin cannot load; the check after the build names that package" });
  const gc = set.gcflags;
  if (gc && safeGcflags(gc)) addFlag("-gcflags", gc, gc, "compiler flags change the export data of the packages they apply to");
  else if (gc) {
    unaligned.push(finding(unsafeHostFlags, {
      message: `the host was built with -gcflags=${gc}; not applied: it holds flags that could make the compiler read or write other files`,
      fix: "review the flags and pass them yourself: go build -buildmode=plugin -gcflags=\u2026 (or use the host binary instead of a manifest you do not trust)"
    }));
  }
  const pgo2 = set.pgo;
  const v = goSemver(tc.version);
  const hasPgo = v !== null && import_semver2.default.gte(v, "1.20.0");
  if (!hasPgo) {
  } else if (pgo2 && pgo2 !== "off") {
    if (usableProfile(pgo2)) addFlag("-pgo", pgo2, pgo2, "a profile changes inlining, so the export data of the packages it covers");
    else {
      flags.push("-pgo=off");
      unaligned.push(finding(pgoProfileMissing, {
        message: `the host was built with the PGO profile ${JSON.stringify(pgo2)}, which is not a file at an absolute path on this machine; packages the profile covers will differ if the plugin shares them`,
        fix: `copy the host's profile to ${shellQuote(pgo2)} (or anywhere, and pass the same file with -pgo), then run build again`
      }));
    }
  } else if (existsSync3(path6.join(view.dir, "default.pgo"))) {
    flags.push("-pgo=off");
    alignments.push({ dimension: "setting", name: "-pgo", host: "off", plugin: "default.pgo", action: "the host used no profile; the plugin's default.pgo would change shared packages" });
  }
  for (const [k, v2] of Object.entries(set.cgoFlags)) {
    if (v2 !== "" && v2 !== local[k] && !safeCflags(v2)) {
      unaligned.push(finding(unsafeHostFlags, {
        severity: "warning",
        message: `the host was built with ${k}=${v2}; not applied: it holds flags that could make the C compiler or linker read other files or run other programs (C flags change only cgo packages outside the standard library)`,
        fix: `review the flags and set ${k} yourself if the plugin shares a cgo package with the host`
      }));
    } else if (v2 !== "" && v2 !== local[k]) {
      env[k] = v2;
      alignments.push({ dimension: "setting", name: k, host: v2, plugin: local[k] ?? "", action: "cgo packages hash their C flags" });
    }
  }
  const hostExp = set.goexperiment;
  if (hostExp !== (local.GOEXPERIMENT ?? "")) {
    env.GOEXPERIMENT = hostExp;
    alignments.push({ dimension: "setting", name: "GOEXPERIMENT", host: hostExp || "(none)", plugin: local.GOEXPERIMENT || "(none)", action: "experiments change runtime and compiler packages" });
  }
  const hostFips = set.gofips140 || "off";
  if ((local.GOFIPS140 || "off") !== hostFips) {
    env.GOFIPS140 = hostFips;
    alignments.push({ dimension: "setting", name: "GOFIPS140", host: hostFips, plugin: local.GOFIPS140 ?? "", action: "selects the crypto/internal/fips140 sources" });
  }
  if (local.GOWORK && local.GOWORK !== "off") {
    env.GOWORK = "off";
    alignments.push({ dimension: "setting", name: "GOWORK", host: "off", plugin: local.GOWORK, action: "a workspace can replace shared modules behind go.mod's back; the plan edits go.mod instead" });
  }
  const hostVendored = recipe.pathPrefixes.vendorDirs.length > 0;
  if (view.vendored && !hostVendored) {
    flags.push("-mod=mod");
    alignments.push({ dimension: "setting", name: "-mod", host: "mod", plugin: "vendor", action: "the host built shared modules from the module cache; vendored copies are at other paths and may be edited" });
  } else if (view.vendored) flags.push("-mod=vendor");
  if (hostTrimmed === false) {
    const mc = recipe.pathPrefixes.modcache;
    if (mc && mc !== local.GOMODCACHE && !usableModcache(mc)) {
      unaligned.push(finding(unsafeHostFlags, {
        message: `the host was built without -trimpath from the module cache ${JSON.stringify(mc)}; not used: go would download modules into it and compile what it finds there, and it is not a module cache on this machine, or a \u2026/pkg/mod path, that only you (or root) can write on the way to`,
        fix: `if you trust that path, run build again with ${shellAssign("GOMODCACHE", mc)}; or build the host with -trimpath (and the plugin follows)`
      }));
    } else if (mc && mc !== local.GOMODCACHE) {
      env.GOMODCACHE = mc;
      alignments.push({ dimension: "path", name: "GOMODCACHE", host: mc, plugin: local.GOMODCACHE ?? "", action: "the host was built without -trimpath, so module sources must sit at the same absolute paths (go downloads into the new cache)" });
    }
    if (hostVendored) {
      unaligned.push(finding(hostPathUnreproducible, {
        message: `the host was built without -trimpath from vendored sources in ${recipe.pathPrefixes.vendorDirs.join(", ")}; a plugin can only match those packages if built from that very directory`,
        fix: "host-side: build the host with -trimpath (and the plugin follows with -trimpath); or build the plugin inside the host's checkout at that path"
      }));
    }
  }
  const hostMain = recipe.pathPrefixes.mainModule;
  const hostDeps = new Map(recipe.modules.map((m) => [m.path, m]));
  const edits = [];
  const gets = [];
  const touched = [];
  for (const m of view.linked) {
    if (m.Path === hostMain?.path) {
      const dir = hostMain.dir;
      const replacedDir = m.Replace && !m.Replace.Version ? path6.resolve(view.mainModule.dir, m.Replace.Dir ?? m.Replace.Path) : null;
      if (dir && hostTrimmed === false && replacedDir === path6.resolve(dir)) continue;
      unaligned.push(finding(hostPathUnreproducible, {
        message: `the plugin links packages of the host's own module ${m.Path}; the host built them from its checkout${dir ? ` at ${dir}` : ""}, the plugin would take ${m.Version ?? "another copy"}`,
        fix: dir && hostTrimmed === false ? `build against the host's checkout at exactly ${dir} (go mod edit -replace=${m.Path}=${dir}), or host-side: build the host with -trimpath` : `replace ${m.Path} with a checkout of the host's exact commit (go mod edit -replace=${m.Path}=DIR)`
      }));
      continue;
    }
    const h = hostDeps.get(m.Path);
    if (!h) continue;
    const want = modLabel(h.version, h.replace);
    const have = modLabel(m.Version, m.Replace);
    if (isDirReplace(h.replace)) {
      planDirReplace(h, m, hostTrimmed, view, edits, touched, unaligned, alignments);
      continue;
    }
    const replaceOk = h.replace ? m.Replace?.Path === h.replace.path && m.Replace?.Version === h.replace.version : !m.Replace;
    const versionOk = m.Version === h.version;
    if (replaceOk && versionOk) continue;
    if (!replaceOk) edits.push(h.replace ? `-replace=${m.Path}=${h.replace.path}@${h.replace.version}` : `-dropreplace=${m.Path}`);
    if (!replaceOk && m.Replace && !m.Replace.Version) {
      const dir = m.Replace.Dir ?? path6.resolve(view.mainModule.dir, m.Replace.Path);
      unaligned.push(finding(localReplaceDropped, {
        message: `the plugin replaced ${m.Path} with the directory ${JSON.stringify(dir)}; to match the host, the plugin is built with ${want} instead, so changes made in that directory are not in the plugin`,
        fix: `if the plugin needs those changes, the host must be built with the same replace (then every plugin uses that directory); otherwise nothing to do`
      }));
    }
    if (!versionOk) gets.push(`${m.Path}@${h.version}`);
    touched.push(m.Path);
    alignments.push({ dimension: "module", name: m.Path, host: want, plugin: have, action: "go.mod/go.sum edited in place" });
  }
  const goModCommands = [];
  if (edits.length) goModCommands.push(["mod", "edit", ...edits]);
  if (gets.length) goModCommands.push(["get", ...gets]);
  if (touched.length) goModCommands.push(["mod", "download", ...touched]);
  const buildArgs = ["build", ...flags, "-o", output, "."];
  const command = `cd ${shellQuote(view.dir)} && ${commandLine(env, [tc.go, ...buildArgs])}`;
  return {
    host: { file: host.file, goVersion: host.goVersion, goos: host.goos, goarch: host.goarch, trimpath: hostTrimmed },
    module: { path: view.mainModule.path, dir: view.mainModule.dir, package: view.importPath },
    toolchain: { version: tc.version, go: tc.go, how: tc.how },
    goModCommands,
    env,
    buildArgs,
    command,
    output,
    alignments,
    unaligned
  };
}
function planDirReplace(h, m, hostTrimmed, view, edits, touched, unaligned, alignments) {
  const target2 = h.replace.path;
  const hostDir = h.replace.dir;
  const have = m.Replace?.Dir ?? (m.Replace ? path6.resolve(view.mainModule.dir, m.Replace.Path) : null);
  if (hostDir && have === hostDir) return;
  if (hostDir && existsSync3(hostDir)) {
    edits.push(`-replace=${m.Path}=${hostDir}`);
    touched.push(m.Path);
    alignments.push({ dimension: "module", name: m.Path, host: `=> ${target2} (${hostDir})`, plugin: have ? `=> ${have}` : m.Version ?? "", action: hostTrimmed === false ? "replaced with the host's directory, at the same absolute path (the host was built without -trimpath)" : "replaced with the host's directory" });
    return;
  }
  if (hostDir) {
    unaligned.push(finding(hostDirReplace, {
      message: `the host built ${m.Path} from the directory ${hostDir} (replace => ${target2}), which is not on this machine; the plugin builds it from ${have ?? m.Version ?? "elsewhere"}`,
      fix: hostTrimmed === false ? `put the host's exact sources of ${m.Path} at ${shellWord(hostDir)} and run build again (the host was built without -trimpath, so the path must be the same); host-side: build the host with -trimpath, or require a published version of ${m.Path} instead of a directory` : `put the host's exact sources of ${m.Path} at ${hostDir} and run build again; host-side: require a published version instead of a directory`,
      commands: [shellCommand(["go", "mod", "edit", `-replace=${m.Path}=${hostDir}`])]
    }));
    return;
  }
  unaligned.push(finding(hostDirReplace, {
    severity: have ? "warning" : "error",
    message: have ? `the host built ${m.Path} from a local directory (replace => ${target2}); the plugin uses ${have}, which must hold exactly the host's sources (nothing records them to compare)` : `the host built ${m.Path} from a local directory (replace => ${target2}) that is not recorded in full; the plugin takes ${m.Version ?? "another copy"}`,
    fix: `point the plugin at a checkout of the host's exact sources of ${m.Path}: go mod edit -replace=${m.Path}=DIR; host-side: require a published version instead of a directory`
  }));
}
function leftovers(recipe, view) {
  const out3 = [];
  const hostDeps = new Map(recipe.modules.map((d) => [d.path, d]));
  for (const m of view.linked) {
    const h = hostDeps.get(m.Path);
    if (!h || isDirReplace(h.replace)) continue;
    const replaceOk = h.replace ? m.Replace?.Path === h.replace.path && m.Replace?.Version === h.replace.version : !m.Replace;
    if (replaceOk && m.Version === h.version) continue;
    out3.push(finding(moduleNotAligned, {
      message: `after the go.mod edits the plugin still selects ${m.Path} ${modLabel(m.Version, m.Replace)}; the host has ${modLabel(h.version, h.replace)}`,
      fix: `find what requires the other version (go mod graph | grep ${m.Path}) and align that module with the host too`,
      commands: [shellCommand(["go", "mod", "why", "-m", m.Path])]
    }));
  }
  return out3;
}

// src/build/module-view.ts
var ENV_KEYS = ["GOVERSION", "GOMODCACHE", "GOFLAGS", "GOWORK", "GOOS", "GOARCH", "GOEXPERIMENT", "GOFIPS140", "CGO_ENABLED", "GOMOD", "CC"];
async function readModuleView(cmd, dir, tags) {
  const env = JSON.parse(await mustGo(cmd, ["env", "-json", ...ENV_KEYS], dir));
  if (!env.GOMOD || env.GOMOD === "/dev/null") throw new Error(`${dir} is not inside a Go module (no go.mod): build aligns a module's go.mod with the host; a plugin built in GOPATH mode (GO111MODULE=off) needs one first: go mod init <its import path> in its package directory (GPC120)`);
  const scratch = mkdtempSync(join5(tmpdir(), "gpc-modfile-"));
  let pkgs;
  try {
    copyFileSync(env.GOMOD, join5(scratch, "go.mod"));
    const sum = join5(dirname4(env.GOMOD), "go.sum");
    if (existsSync4(sum)) copyFileSync(sum, join5(scratch, "go.sum"));
    const all = [...tags, ...authorTags(env.GOFLAGS ?? "").filter((t) => !tags.includes(t))];
    const args = ["list", "-deps", `-modfile=${join5(scratch, "go.mod")}`, "-json=ImportPath,Name,Module", ...all.length ? [`-tags=${all.join(",")}`] : [], "."];
    pkgs = parseJsonStream(await mustGo(cmd, args, dir));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const main = pkgs[pkgs.length - 1];
  if (!main || main.Name !== "main") throw new Error(`${dir} is package ${main?.Name ?? "?"}, not a main package: a plugin is built from package main`);
  const byPath = /* @__PURE__ */ new Map();
  for (const p of pkgs) if (p.Module && !p.Module.Main) byPath.set(p.Module.Path, p.Module);
  const mainDir = main.Module?.Dir ?? dir;
  return {
    dir,
    importPath: main.ImportPath,
    mainModule: { path: main.Module?.Path ?? main.ImportPath, dir: mainDir },
    linked: [...byPath.values()],
    env,
    vendored: existsSync4(join5(mainDir, "vendor", "modules.txt"))
  };
}

// src/build/toolchain.ts
init_query();
import { existsSync as existsSync5 } from "node:fs";
import { homedir } from "node:os";
import { join as join6 } from "node:path";
var import_semver3 = __toESM(require_semver2(), 1);
async function versionOf(cmd, cwd) {
  const r = await runGo(cmd, ["env", "GOVERSION"], cwd);
  if (r.code !== 0) return { version: null, error: r.stderr.trim().split("\n").slice(-2).join(" ") };
  return { version: baseVersion(r.stdout.trim()), error: "" };
}
function localInstalls(want, modcaches, goos, goarch) {
  const minor = /^go(\d+\.\d+)/.exec(want)?.[1] ?? "";
  const toolchainDir = `golang.org/toolchain@v0.0.1-${want}.${goos}-${goarch}/bin/go`;
  return [
    `/usr/lib/go-${minor}/bin/go`,
    "/usr/local/go/bin/go",
    join6(homedir(), "sdk", want, "bin/go"),
    ...modcaches.map((m) => join6(m, toolchainDir)),
    join6(homedir(), "go/pkg/mod", toolchainDir)
  ];
}
async function findToolchain(hostVersion, opts) {
  const want = baseVersion(hostVersion);
  if (!want || !goSemver(want)) throw new ToolingError(`the host's Go release is not known (${hostVersion ?? "none recorded"}), so the toolchain cannot be matched`);
  for (const [k, v] of [["GOOS", opts.goos], ["GOARCH", opts.goarch]]) {
    if (!/^[a-z0-9]{1,32}$/.test(v)) throw new ToolingError(`the host's ${k} ${JSON.stringify(v)} is not a Go platform name`);
  }
  if (opts.go) {
    const cmd = { go: opts.go, env: { GOTOOLCHAIN: "local" } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version !== want) throw new ToolingError(`--go ${opts.go} is ${v.version ?? `not runnable (${v.error})`}; the host was built with ${want}`);
    return { ...cmd, version: want, how: `--go ${opts.go}` };
  }
  const tried = [];
  const switchable = import_semver3.default.gte(goSemver(want), "1.21.0");
  if (switchable) {
    const cmd = { go: "go", env: { GOTOOLCHAIN: want } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version === want) return { ...cmd, version: want, how: `GOTOOLCHAIN=${want} (go on PATH selects or downloads it)` };
    tried.push(`GOTOOLCHAIN=${want} go: ${v.version ?? v.error}`);
  }
  const onPath = { go: "go", env: { GOTOOLCHAIN: "local" } };
  const pathVersion = await versionOf(onPath, opts.cwd);
  if (pathVersion.version === want) return { ...onPath, version: want, how: "go on PATH" };
  tried.push(`go on PATH: ${pathVersion.version ?? pathVersion.error}`);
  const modcache = (await runGo(onPath, ["env", "GOMODCACHE"], opts.cwd)).stdout.trim();
  for (const bin of localInstalls(want, modcache ? [modcache] : [], opts.goos, opts.goarch)) {
    if (!existsSync5(bin)) continue;
    const cmd = { go: bin, env: { GOTOOLCHAIN: "local" } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version === want) return { ...cmd, version: want, how: `installed at ${bin}` };
    tried.push(`${bin}: ${v.version ?? v.error}`);
  }
  const get = switchable ? `let go download it (GOTOOLCHAIN=${want} needs network access to the module proxy and GOSUMDB on), or install it: go install golang.org/dl/${want}@latest && ${want} download` : `GOTOOLCHAIN cannot select releases before go1.21; install it: go install golang.org/dl/${want}@latest && ${want} download (or your distribution's package)`;
  throw new ToolingError(`cannot obtain ${want}, the host's Go release (${tried.join("; ")}): ${get}, then pass --go PATH if it is not on PATH`);
}

// src/report/guarded-stream.ts
init_escape();
import { Writable } from "node:stream";
function guardedStream(target2, env = process.env) {
  let pending = "";
  return new Writable({
    write(chunk, _enc, done) {
      pending += chunk.toString();
      const cut2 = Math.max(pending.lastIndexOf("\n"), pending.lastIndexOf("\r"));
      if (cut2 >= 0) {
        target2.write(forLog(pending.slice(0, cut2 + 1), env));
        pending = pending.slice(cut2 + 1);
      }
      done();
    },
    final(done) {
      if (pending) target2.write(forLog(pending, env));
      pending = "";
      done();
    }
  });
}

// src/build/run-build.ts
init_escape();
init_shell_quote();
var BuildFailure = class extends ToolingError {
  constructor(message, report) {
    super(message);
    this.report = report;
  }
  report;
};
async function streamGo(cmd, args, cwd) {
  try {
    const sink = guardedStream(process.stderr);
    try {
      const write = (d) => void sink.write(d);
      const output = process.env.GITHUB_ACTIONS === "true" ? { outStream: sink, errStream: sink } : { silent: true, listeners: { stdout: write, stderr: write } };
      return await exec(cmd.go, args, { cwd, env: execEnv(cmd.env), ignoreReturnCode: true, ...output });
    } finally {
      sink.end();
    }
  } catch (err3) {
    throw new ToolingError(`cannot run ${cmd.go}: ${err3.message}`);
  }
}
async function runBuild(host, opts) {
  const h = host.facts;
  const recipe = host.recipe;
  const tc = await findToolchain(recipe.goVersion ?? h.goVersion, { go: opts.go, cwd: opts.dir, goos: recipe.goos ?? process.platform, goarch: recipe.goarch ?? "amd64" });
  const tags = recipe.settings.tags;
  const view = await readModuleView(tc, opts.dir, tags).catch((err3) => {
    const need = /requires go >= (\S+)/.exec(err3.message)?.[1];
    if (need) throw new ToolingError(`the plugin's go.mod requires go >= ${need}, but the host was built with ${tc.version}: lower the go line (go mod edit -go=${tc.version.replace(/^go/, "")}) if the code and its dependencies allow it, or the host must move to a newer release first
${err3.message}`);
    throw err3;
  });
  const output = path7.resolve(opts.cwd, opts.output ?? defaultOutputName(view.importPath));
  const plan = planBuild(h, recipe, view, tc, output);
  if (opts.dryRun) return { schemaVersion: 1, plan, output: null, check: null };
  const cmd = { go: tc.go, env: plan.env };
  const saved = plan.goModCommands.length ? saveModFiles(plan.module.dir) : null;
  const fail2 = (message) => {
    const note = saved && restoreModFiles(saved) ? " (go.mod and go.sum are restored as they were)" : "";
    throw new BuildFailure(message + note, { schemaVersion: 1, plan, output: null, check: null, error: message + note });
  };
  for (const args of plan.goModCommands) {
    const line = shellCommand(["go", ...args]);
    process.stderr.write(forLog(terminalText(`go-plugin-compat build: ${line}`)) + "\n");
    if (await streamGo(cmd, args, plan.module.dir) !== 0) fail2(`${line} failed in ${plan.module.dir} (its output is above)`);
  }
  if (plan.goModCommands.length) plan.unaligned.push(...leftovers(recipe, await readModuleView(cmd, opts.dir, tags)));
  process.stderr.write(forLog(terminalText(`go-plugin-compat build: ${shellCommand(["go", ...plan.buildArgs])}`)) + "\n");
  const code = await streamGo(cmd, plan.buildArgs, opts.dir);
  if (code !== 0) fail2(`go build failed (exit ${code}; its output is above): ${plan.command}`);
  const analysed = analyseFile(output)[0];
  const check = runCheck(h, host.source, [{ file: output, facts: analysed.facts, error: analysed.error }], [], opts.deployment ? { deployment: opts.deployment } : {});
  return { schemaVersion: 1, plan, output, check };
}
function saveModFiles(dir) {
  return ["go.mod", "go.sum"].map((name) => {
    const file = path7.join(dir, name);
    return { file, data: existsSync6(file) ? readFileSync(file) : null };
  });
}
function restoreModFiles(saved) {
  let changed = false;
  for (const { file, data } of saved) {
    const now = existsSync6(file) ? readFileSync(file) : null;
    if (data === null ? now === null : now !== null && now.equals(data)) continue;
    changed = true;
    if (data === null) rmSync2(file, { force: true });
    else writeFileSync(file, data);
  }
  return changed;
}

// src/action/build-step.ts
async function buildPlugins(dirs, host, cwd) {
  const built = [];
  for (const d of dirs) {
    const dir = resolve3(cwd, d);
    const r = await runBuild(host, { dir, dryRun: false, cwd });
    built.push({ dir: d, file: r.output, unaligned: r.plan.unaligned });
  }
  return built;
}

// src/action/glob.ts
init_errors();
init_go_mods();
import { lstatSync as lstatSync2, readdirSync as readdirSync2, realpathSync as realpathSync3, statSync as statSync4 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join7, normalize, relative as relative4, resolve as resolve4, sep as sep4 } from "node:path";
var MAX_DEPTH2 = 64;
var MAX_ENTRIES2 = 2e5;
var hasWild = (s) => /[*?[]/.test(s);
function tokenize(glob) {
  const out3 = [];
  for (let i2 = 0; i2 < glob.length; i2++) {
    const c = glob[i2];
    if (c === "*") {
      if (glob[i2 + 1] === "*") {
        const slash = glob[i2 + 2] === "/";
        out3.push({ kind: slash ? "globstar-slash" : "globstar" });
        i2 += slash ? 2 : 1;
      } else if (out3.at(-1)?.kind !== "star") out3.push({ kind: "star" });
    } else if (c === "?") out3.push({ kind: "one" });
    else if (c === "[" && glob.indexOf("]", i2 + 2) > 0) {
      const end = glob.indexOf("]", i2 + 2);
      let body = glob.slice(i2 + 1, end);
      const negate = body[0] === "!" || body[0] === "^";
      if (negate) body = body.slice(1);
      const items = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          items.push([body[k], body[k + 2]]);
          k += 2;
        } else items.push(body[k]);
      }
      out3.push({ kind: "class", negate, items });
      i2 = end;
    } else out3.push({ kind: "char", ch: c });
  }
  return out3;
}
function globMatch(glob, path8) {
  const tokens = tokenize(glob);
  const m = tokens.length;
  let cur = new Uint8Array(m + 1);
  const close = (set) => {
    for (let i2 = 0; i2 < m; i2++) {
      const k = tokens[i2].kind;
      if (set[i2] && (k === "star" || k === "globstar") || (set[i2] & 1) !== 0 && k === "globstar-slash") set[i2 + 1] = set[i2 + 1] | 1;
    }
    return set;
  };
  cur[0] = 1;
  close(cur);
  for (const c of path8) {
    const next = new Uint8Array(m + 1);
    let any = false;
    for (let i2 = 0; i2 < m; i2++) {
      if (!cur[i2]) continue;
      const t = tokens[i2];
      let stay = false;
      let advance = false;
      switch (t.kind) {
        case "char":
          advance = c === t.ch;
          break;
        case "one":
          advance = c !== "/";
          break;
        case "class":
          advance = c !== "/" && t.items.some((it) => typeof it === "string" ? it === c : it[0] <= c && c <= it[1]) !== t.negate;
          break;
        case "star":
          stay = c !== "/";
          break;
        case "globstar":
          stay = true;
          break;
        case "globstar-slash":
          stay = true;
          advance = c === "/";
          break;
      }
      if (stay) next[i2] = next[i2] | 2;
      if (advance) next[i2 + 1] = next[i2 + 1] | 1;
      any ||= stay || advance;
    }
    if (!any) return false;
    cur = close(next);
  }
  return cur[m] !== 0;
}
function expandPatterns(patterns, cwd, workspace2) {
  const out3 = { files: [], problems: [] };
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const abs = isAbsolute3(pattern);
    const full = normalize(abs ? pattern : join7(cwd, pattern));
    if (!abs && !isInside(full.split(/[*?[]/)[0].replace(/[^/]*$/, "") || full, workspace2)) {
      out3.problems.push({ path: pattern, message: `leaves the workspace (${workspace2}); give an absolute path for files outside it` });
      continue;
    }
    if (pattern.split("/").some((seg, i2, all) => seg === ".." && all.slice(0, i2).some(hasWild))) {
      out3.problems.push({ path: pattern, message: "`..` after a wildcard is not supported" });
      continue;
    }
    if (!hasWild(full)) {
      if (!abs && !realInside(full, workspace2)) {
        out3.problems.push({ path: pattern, message: `leaves the workspace (${workspace2}) through a symbolic link; give an absolute path for files outside it` });
        continue;
      }
      out3.files.push(full);
      continue;
    }
    const parts = full.split(sep4);
    const firstWild = parts.findIndex(hasWild);
    const base = parts.slice(0, firstWild).join(sep4) || sep4;
    if (!abs && !realInside(base, workspace2)) {
      out3.problems.push({ path: pattern, message: `leaves the workspace (${workspace2}) through a symbolic link; give an absolute path for files outside it` });
      continue;
    }
    const glob = parts.slice(firstWild).join("/");
    const matches = [];
    let seen = 0;
    const walk = (dir, rel, depth) => {
      if (depth > MAX_DEPTH2) {
        out3.problems.push({ path: dir, message: `deeper than ${MAX_DEPTH2} levels: not searched` });
        return;
      }
      let entries;
      try {
        entries = readdirSync2(dir, { withFileTypes: true });
      } catch (err3) {
        if (depth > 0 || err3.code !== "ENOENT") out3.problems.push({ path: dir, message: `cannot list directory: ${describeError(err3)}` });
        return;
      }
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      for (const e of entries) {
        if (++seen > MAX_ENTRIES2) {
          out3.problems.push({ path: dir, message: `more than ${MAX_ENTRIES2} entries under ${base}: stopped` });
          return;
        }
        const r = rel ? `${rel}/${e.name}` : e.name;
        const p = join7(dir, e.name);
        if (e.isDirectory()) {
          walk(p, r, depth + 1);
          continue;
        }
        if (!globMatch(glob, r)) continue;
        if (e.isSymbolicLink()) {
          let st;
          try {
            st = statSync4(p);
          } catch (err3) {
            out3.problems.push({ path: p, message: `broken symbolic link: ${describeError(err3)}` });
            continue;
          }
          if (st.isDirectory()) {
            out3.problems.push({ path: p, message: "a symbolic link to a directory: not followed" });
            continue;
          }
        } else if (e.isFile() === false) {
          try {
            lstatSync2(p);
          } catch (err3) {
            out3.problems.push({ path: p, message: `cannot examine: ${describeError(err3)}` });
            continue;
          }
        }
        matches.push(p);
      }
    };
    walk(base, "", 0);
    if (matches.length === 0) out3.problems.push({ path: pattern, message: "matches no file" });
    out3.files.push(...matches);
  }
  return out3;
}
function displayPath(file, workspace2) {
  const f = resolve4(file);
  return isInside(f, workspace2) ? relative4(workspace2, f).split(sep4).join("/") || "." : f;
}
function realInside(path8, root) {
  const { dir } = existingAncestor(path8);
  try {
    return isInside(join7(realpathSync3(dir), relative4(dir, path8)), realpathSync3(root));
  } catch {
    return true;
  }
}

// src/action/main.ts
init_required_symbol();

// src/action/inputs.ts
init_required_symbol();
init_go_mods();
import { realpathSync as realpathSync4 } from "node:fs";
import { resolve as resolve5 } from "node:path";
var ActionInputError = class extends Error {
};
function requiredSymbols(value2) {
  const specs = splitRequiredSymbols(value2);
  for (const s of specs) {
    try {
      parseRequiredSymbol(s);
    } catch (err3) {
      throw new ActionInputError(`input \`require-symbols\`: ${err3.message}`);
    }
  }
  return specs;
}
var FAIL_ON = ["error", "warning", "never"];
var LOG_FORMATS = ["text", "json"];
function input(name, env = process.env) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function oneOf(name, value2, allowed, dflt) {
  const v = value2 || dflt;
  if (!allowed.includes(v)) throw new ActionInputError(`input \`${name}\` must be one of ${allowed.join(", ")}, not ${JSON.stringify(value2)}`);
  return v;
}
function readInputs(env = process.env) {
  const workspace2 = realpathOr2(resolve5(env.GITHUB_WORKSPACE ?? process.cwd()));
  const wd = input("working-directory", env) || ".";
  const cwd = resolve5(workspace2, wd);
  if (!isInside(cwd, workspace2) || !isInside(realpathOr2(cwd), workspace2)) {
    throw new ActionInputError(`input \`working-directory\` (${JSON.stringify(wd)}) must be inside the workspace ${workspace2}`);
  }
  const lines = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const hosts = [...lines("manifest"), ...lines("host")];
  if (hosts.length === 0) throw new ActionInputError("set the `host` input (the host binary) or the `manifest` input (its published ABI manifest)");
  const plugins = lines("plugins");
  const build = lines("build");
  if (plugins.length === 0 && build.length === 0) throw new ActionInputError("set the `plugins` input (plugin files or globs, one per line, in load order) or the `build` input");
  const temp = env.RUNNER_TEMP ? realpathOr2(resolve5(env.RUNNER_TEMP)) : null;
  return {
    workspace: workspace2,
    cwd,
    temp,
    hosts: hosts.map((h) => ({ input: h, path: resolve5(cwd, h) })),
    plugins,
    build,
    requireSymbols: requiredSymbols(env["INPUT_REQUIRE-SYMBOLS"] ?? ""),
    failOn: oneOf("fail-on", input("fail-on", env), FAIL_ON, "error"),
    format: oneOf("format", input("format", env), LOG_FORMATS, "text"),
    sarifFile: input("sarif-file", env) ? resolve5(cwd, input("sarif-file", env)) : null,
    sarifCategory: input("sarif-category", env) || null,
    reportFile: input("report-file", env) ? resolve5(cwd, input("report-file", env)) : null
  };
}
function realpathOr2(p) {
  try {
    return realpathSync4(p);
  } catch {
    return p;
  }
}

// src/action/safe-write.ts
init_go_mods();
import { closeSync as closeSync4, constants as constants7, fstatSync as fstatSync4, ftruncateSync, mkdirSync, openSync as openSync4, realpathSync as realpathSync5, writeSync } from "node:fs";
import { dirname as dirname5, relative as relative5, resolve as resolve6 } from "node:path";
var UnsafePathError = class extends Error {
};
function writeInside(path8, data, roots, what) {
  const target2 = resolve6(path8);
  const realRoots = roots.flatMap((r) => {
    try {
      return [realpathSync5(r)];
    } catch {
      return [];
    }
  });
  const lexicalRoot = roots.map((r) => resolve6(r)).find((r) => isInside(target2, r));
  if (!lexicalRoot) throw new UnsafePathError(`${what} ${path8} is outside the workspace and the runner's temp directory: refusing to write it`);
  const parent = dirname5(target2);
  const outside = (real) => new UnsafePathError(`${what} ${path8}: its directory resolves to ${real}, outside the workspace and the runner's temp directory (a symbolic link?): refusing to write it`);
  const { dir: existing, missing } = existingAncestor(parent);
  const realExisting = realpathSync5(existing);
  if (!realRoots.some((r) => isInside(realExisting, r))) throw outside(realExisting);
  for (const dir of missing) mkdirSync(resolve6(realExisting, relative5(existing, dir)));
  const realParent = realpathSync5(parent);
  if (!realRoots.some((r) => isInside(realParent, r))) throw outside(realParent);
  let fd2;
  try {
    fd2 = openSync4(resolve6(realParent, target2.slice(parent.length + 1)), constants7.O_WRONLY | constants7.O_CREAT | constants7.O_NOFOLLOW | constants7.O_NONBLOCK, 420);
  } catch (err3) {
    const code = err3.code;
    if (code === "ELOOP") throw new UnsafePathError(`${what} ${path8} is a symbolic link: refusing to write through it`);
    throw new UnsafePathError(`${what} ${path8}: cannot open for writing (${code ?? err3.message})`);
  }
  try {
    const st = fstatSync4(fd2);
    if (!st.isFile()) throw new UnsafePathError(`${what} ${path8} is not a regular file: refusing to write it`);
    if (st.nlink > 1) throw new UnsafePathError(`${what} ${path8} has other hard links (the same file elsewhere): refusing to write through it`);
    ftruncateSync(fd2, 0);
    const buf = Buffer.from(data);
    let off = 0;
    while (off < buf.length) off += writeSync(fd2, buf, off, buf.length - off);
  } finally {
    closeSync4(fd2);
  }
  return target2;
}

// src/io/young-generation.ts
import { setFlagsFromString } from "node:v8";
function holdYoungGeneration() {
  const major = Number(process.versions.v8.split(".")[0]);
  if (!(major >= 10 && major <= 13)) return;
  const own = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (!own.some((a) => /^--(max-)?semi[-_]space|^--semi[-_]space[-_]growth/.test(a))) setFlagsFromString("--semi-space-growth-factor=1");
  if (!own.some((a) => /^--heap[-_]growing|^--(max|initial)[-_]old[-_]space/.test(a))) setFlagsFromString("--heap-growing-percent=30");
}

// src/action/main.ts
var out2 = (s) => process.stdout.write(s);
function fail(message) {
  out2(`::error::${workflowData(message)}
`);
  process.exitCode = 1;
}
function logUntrusted(text) {
  const token = randomUUID2();
  out2(`::stop-commands::${token}
${guardRunnerCommands(text)}${text.endsWith("\n") ? "" : "\n"}::${token}::
`);
}
function jobAnnotationsUsed(temp) {
  if (!temp) return 0;
  try {
    const n = Number.parseInt(readFileSync2(join8(temp, "go-plugin-compat-annotations"), "utf8"), 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}
async function run2() {
  holdYoungGeneration();
  setCommandEcho(false);
  const inputs = readInputs();
  const { workspace: workspace2, cwd } = inputs;
  for (const why of inputs.requireSymbols.map(nameOnlyReason)) if (why) logUntrusted(`go-plugin-compat: require-symbols: ${why}`);
  const roots = [workspace2, ...inputs.temp ? [inputs.temp] : []];
  const hosts = inputs.hosts.map((h) => ({ ...h, loaded: loadHost(h.path, void 0, { lazy: true }) }));
  const built = inputs.build.length ? await buildPlugins(inputs.build, hosts[0].loaded, cwd) : [];
  const buildAnnotations = built.flatMap((b) => b.unaligned.map((f) => ({
    level: f.severity,
    file: displayPath(resolve7(cwd, b.dir), workspace2),
    title: `${f.rule} ${f.name}`,
    message: `${f.message}${f.fix ? `
Fix: ${f.fix}` : ""}`
  })));
  const expansion = expandPatterns(inputs.plugins, cwd, workspace2);
  const files = [...built.map((b) => resolve7(cwd, b.file)), ...expansion.files];
  const problems = expansion.problems.map((p) => ({ file: p.path, facts: null, error: p.message }));
  const reports = hosts.map((h) => {
    const read = readPlugins(files, h.loaded.facts.goarch, [h.loaded.facts]);
    const plugins = [...read, ...problems].map((p) => ({ ...p, file: isAbsolute4(p.file) ? displayPath(p.file, workspace2) : p.file }));
    return runCheck({ ...h.loaded.facts, file: displayPath(h.path, workspace2) }, h.loaded.source, plugins, inputs.requireSymbols);
  });
  const c = compose(reports, { workspace: workspace2, cwd: workspace2, goMods: () => indexGoMods(workspace2) });
  const several = reports.length > 1;
  logUntrusted(inputs.format === "json" ? checkJson(c) : checkText(c));
  for (const p of c.problems.slice(0, 5)) logUntrusted(`go-plugin-compat: note: ${problemLine(p)}`);
  const reportPath = writeInside(inputs.reportFile ?? join8(inputs.temp ?? workspace2, "go-plugin-compat-report.json"), checkJson(c), roots, "report-file");
  if (inputs.sarifFile) writeInside(inputs.sarifFile, checkSarif(c, inputs.sarifCategory ? { automationId: `${inputs.sarifCategory}/` } : {}), roots, "sarif-file");
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    appendStepSummary(summaryFile, multiHost(reports), c, { reportPath: displayPath(reportPath, workspace2) });
  }
  const total = (k) => reports.reduce((n, r) => n + r.summary[k], 0);
  const s = { errors: total("errors"), warnings: total("warnings"), failing: total("failing"), plugins: total("plugins") };
  setOutput("compatible", String(reports.every((r) => r.compatible)));
  setOutput("report", reportPath);
  setOutput("errors", String(s.errors));
  setOutput("warnings", String(s.warnings));
  setOutput("built", built.map((b) => displayPath(resolve7(cwd, b.file), workspace2)).join("\n"));
  const failing = inputs.failOn === "error" ? s.errors : inputs.failOn === "warning" ? s.errors + s.warnings : 0;
  const used = jobAnnotationsUsed(inputs.temp);
  const buildErrors = buildAnnotations.filter((a) => a.level === "error").length;
  const plan = planAnnotations(c, {
    reserveErrors: (failing > 0 ? 1 : 0) + buildErrors,
    reserveWarnings: buildAnnotations.length - buildErrors,
    jobBudget: Math.max(0, PER_JOB - used - buildAnnotations.length),
    overflowWhere: summaryFile ? "the job summary" : `the JSON report (${displayPath(reportPath, workspace2)})`
  });
  out2(workflowCommands({ annotations: [...buildAnnotations.slice(0, PER_JOB - used), ...plan.annotations], hidden: plan.hidden }));
  if (inputs.temp) {
    try {
      writeInside(join8(inputs.temp, "go-plugin-compat-annotations"), String(used + buildAnnotations.length + plan.annotations.length + (failing > 0 ? 1 : 0)), [inputs.temp], "annotation count");
    } catch {
    }
  }
  if (failing > 0) {
    fail(`${s.failing} of ${s.plugins} ${several ? "host/plugin pairs" : "plugins"} will not load (${s.errors} errors, ${s.warnings} warnings); fail-on: ${inputs.failOn}`);
  }
}
run2().catch((err3) => {
  const known = err3 instanceof ActionInputError || err3 instanceof InputError || err3 instanceof UnsafePathError;
  fail(known ? err3.message : `internal error: ${err3 instanceof Error ? err3.stack ?? err3.message : String(err3)}`);
});
export {
  run2 as run
};
