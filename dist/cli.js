#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  ConfigError,
  actionDefaults,
  buildImage,
  builtinVariables,
  checkSpec,
  claimKeyGrammarFor,
  cloudBuildRequest,
  defaultBuildDependencies,
  formatDiagnostic,
  formatReference,
  isAtLeast,
  localBuildCommands,
  parseImageSource,
  parseLegacyClaimKey,
  parseVariables,
  parseVersionSetting,
  planImage,
  renderSpec,
  require_dist
} from "./chunk-KTOIEROD.js";
import "./chunk-ZDDAFUCE.js";
import {
  __toESM
} from "./chunk-6RM6VHMK.js";

// src/cli.ts
import { readFileSync } from "node:fs";

// src/commands.ts
var import_yaml = __toESM(require_dist(), 1);
import { parseArgs } from "node:util";

// src/smoke/claims.ts
var ClaimKeyError = class extends Error {
  name = "ClaimKeyError";
};
var SUPPORTED_RFC9535 = 'the smoke test places the role for $.a.b, $["a-b"], $.a[0] and a final [?@ == "x"], [?@ != "x"], [?search(@, "re")] or [?match(@, "re")]';
function parseJsonPathSteps(key) {
  const steps = [];
  let i = 0;
  const fail = (why) => {
    throw new ClaimKeyError(
      `role claim key ${key}: ${why} at character ${String(i + 1)}; ${SUPPORTED_RFC9535}`
    );
  };
  const readString = () => {
    const quote = key[i];
    const escapes = {
      n: "\n",
      t: "	",
      r: "\r",
      b: "\b",
      f: "\f",
      "/": "/",
      "\\": "\\",
      '"': '"',
      "'": "'"
    };
    let out = "";
    i++;
    while (i < key.length && key[i] !== quote) {
      if (key[i] === "\\") {
        const next = key[i + 1] ?? "";
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(key.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(key.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const escaped = escapes[next];
        if (escaped === void 0) fail("invalid escape in a quoted string");
        out += escaped ?? "";
        i += 2;
        continue;
      }
      out += key[i] ?? "";
      i++;
    }
    if (key[i] !== quote) fail("unterminated string");
    i++;
    return out;
  };
  const space = () => {
    while (key[i] === " ") i++;
  };
  if (key[0] !== "$") fail("an RFC 9535 path starts with $");
  i = 1;
  while (i < key.length) {
    if (steps.at(-1)?.kind === "filter" || steps.at(-1)?.kind === "regex")
      fail("a filter must be the last step");
    if (key[i] === ".") {
      i++;
      const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(key.slice(i));
      if (!match) fail('expected a member name after "."');
      steps.push({ kind: "key", name: match?.[0] ?? "" });
      i += match?.[0].length ?? 0;
      continue;
    }
    if (key[i] !== "[") fail('expected "." or "["');
    i++;
    space();
    if (key[i] === '"' || key[i] === "'") {
      steps.push({ kind: "key", name: readString() });
    } else if (/[-0-9]/.test(key[i] ?? "")) {
      const match = /^-?\d+/.exec(key.slice(i));
      steps.push({ kind: "index", index: Number(match?.[0]) });
      i += match?.[0].length ?? 0;
    } else if (key[i] === "?") {
      i++;
      space();
      const parenthesised = key[i] === "(";
      if (parenthesised) i++;
      space();
      const regex = /^(search|match)\(\s*@\s*,\s*/.exec(key.slice(i));
      if (regex) {
        i += regex[0].length;
        if (key[i] !== '"' && key[i] !== "'") fail("expected a quoted regular expression");
        steps.push({ kind: "regex", mode: regex[1] === "match" ? "match" : "search", pattern: readString() });
        space();
        if (key[i] !== ")") fail('expected ")"');
        i++;
      } else {
        if (key[i] !== "@") fail("expected @ in the filter");
        i++;
        space();
        const operator = key.startsWith("==", i) ? "==" : key.startsWith("!=", i) ? "!=" : fail("expected == or !=");
        i += 2;
        space();
        if (key[i] !== '"' && key[i] !== "'") fail("expected a quoted string to compare with");
        steps.push({ kind: "filter", operator, operand: readString() });
      }
      space();
      if (parenthesised) {
        if (key[i] !== ")") fail('expected ")"');
        i++;
        space();
      }
    } else {
      fail("expected a quoted name, an index or a filter");
    }
    space();
    if (key[i] !== "]") fail('expected "]"');
    i++;
  }
  return steps;
}
function claimKeySteps(key, version) {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar === "rfc9535" && (key.startsWith("$") || !acceptsLegacy)) return parseJsonPathSteps(key);
  const parsed = parseLegacyClaimKey(key, grammar === "v12" ? "v12" : "v13");
  if ("error" in parsed) {
    throw new ClaimKeyError(
      `role claim key ${key} does not parse for PostgREST ${version.tag}: ${parsed.error.message}`
    );
  }
  return parsed.segments;
}
function satisfies(step, value) {
  if (step.kind === "regex")
    return new RegExp(step.mode === "match" ? `^(?:${step.pattern})$` : step.pattern, "u").test(value);
  switch (step.operator) {
    case "==":
      return value === step.operand;
    case "!=":
      return value !== step.operand;
    case "^==":
      return value.startsWith(step.operand);
    case "==^":
      return value.endsWith(step.operand);
    case "*==":
      return value.includes(step.operand);
  }
}
var describeFilter = (step) => step.kind === "regex" ? `${step.mode}(@, "${step.pattern}")` : `@ ${step.operator} "${step.operand}"`;
function placeRole(key, role, version) {
  const steps = claimKeySteps(key, version);
  if (steps[0]?.kind !== "key") {
    throw new ClaimKeyError(
      `role claim key ${key} does not start with a claim name: JWT claims are an object`
    );
  }
  let value = role;
  for (const step of [...steps].reverse()) {
    if (step.kind === "key") value = { [step.name]: value };
    else if (step.kind === "index") {
      const array = new Array(step.index >= 0 ? step.index + 1 : -step.index).fill(null);
      array[step.index >= 0 ? step.index : 0] = value;
      value = array;
    } else {
      if (typeof value !== "string" || !satisfies(step, value)) {
        throw new ClaimKeyError(
          `role claim key ${key} can never resolve to the role "${role}": its filter ${describeFilter(step)} does not accept it; smoke-test a role the key can hold`
        );
      }
      value = [value];
    }
  }
  const claims = value;
  const resolved = resolveRole(claims, key, version);
  if (resolved !== role) {
    throw new ClaimKeyError(
      `internal error: claims built for ${key} resolve to ${JSON.stringify(resolved)}, not "${role}"`
    );
  }
  return claims;
}
function resolveRole(claims, key, version) {
  let value = claims;
  for (const step of claimKeySteps(key, version)) {
    if (step.kind === "key") {
      value = value && typeof value === "object" && !Array.isArray(value) ? value[step.name] : void 0;
    } else if (step.kind === "index") {
      value = Array.isArray(value) ? value.at(step.index) : void 0;
    } else {
      value = Array.isArray(value) ? value.find((item) => typeof item === "string" && satisfies(step, item)) : void 0;
    }
    if (value === void 0) return void 0;
  }
  return typeof value === "string" ? value : void 0;
}

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = false) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message2, options) {
    super(message2, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode2(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, true);
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage2) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage2 === "sign" || usage2 === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage2 === "encrypt" || usage2 === "decrypt" ? entry.ops?.[usage2 === "encrypt" ? 0 : 1] : usage2;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage2) {
  const { alg, secret } = entry, requiresPrivateKey = usage2 === "decrypt" || usage2 === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage2), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage2) {
  if (usage2 && !key.usages.includes(usage2))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage2}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage2) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage2);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage2, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage2])), checkCryptoKey(key, expected, usage2), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jwe_algorithms.js
var wrap = [
  ["encrypt", "wrapKey"],
  ["decrypt", "unwrapKey"]
];
var derive = [[], ["deriveBits"]];
var none = [[], []];
function rsaes(bits) {
  return {
    kty: ["RSA"],
    mode: "key-encryption",
    subtle: { name: "RSA-OAEP", hash: `SHA-${bits}` },
    usages: wrap,
    ops: ["wrapKey", "unwrapKey"]
  };
}
function ecdh(mode) {
  return {
    kty: ["EC", "OKP"],
    mode,
    subtle: { name: "ECDH" },
    resolve: ({ kty, crv, asymmetricKeyType }) => {
      if (crv === "X25519" || asymmetricKeyType === "x25519")
        return { name: "X25519" };
      if (kty === "OKP")
        throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
      return { name: "ECDH", namedCurve: crv };
    },
    usages: derive,
    ops: [void 0, "deriveBits"]
  };
}
function aeskw(bits, gcm = false) {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: true,
    subtle: { name: gcm ? "AES-GCM" : "AES-KW", length: bits },
    usages: none,
    ops: gcm ? ["encrypt", "decrypt"] : ["wrapKey", "unwrapKey"]
  };
}
function pbes2() {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: true,
    subtle: { name: "PBKDF2" },
    usages: none,
    ops: ["deriveBits", "deriveBits"]
  };
}
var JWE = table({
  dir: {
    kty: ["oct"],
    mode: "direct-encryption",
    secret: true,
    subtle: { name: "AES-GCM" },
    usages: none,
    ops: ["encrypt", "decrypt"]
  },
  "RSA-OAEP": rsaes(1),
  "RSA-OAEP-256": rsaes(256),
  "RSA-OAEP-384": rsaes(384),
  "RSA-OAEP-512": rsaes(512),
  "ECDH-ES": ecdh("direct-key-agreement"),
  "ECDH-ES+A128KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A192KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A256KW": ecdh("key-agreement-with-key-wrapping"),
  A128KW: aeskw(128),
  A192KW: aeskw(192),
  A256KW: aeskw(256),
  A128GCMKW: aeskw(128, true),
  A192GCMKW: aeskw(192, true),
  A256GCMKW: aeskw(256, true),
  "PBES2-HS256+A128KW": pbes2(),
  "PBES2-HS384+A192KW": pbes2(),
  "PBES2-HS512+A256KW": pbes2()
});
var contentOps = ["encrypt", "decrypt"];
function contentEncryption(bits, cbc = false) {
  return {
    kty: ["oct"],
    secret: true,
    subtle: { name: cbc ? "AES-CBC" : "AES-GCM", length: bits },
    usages: none,
    ops: contentOps,
    cekBits: bits,
    ivBits: cbc ? 128 : 96,
    cbc
  };
}
var ENC = table({
  A128GCM: contentEncryption(128),
  A192GCM: contentEncryption(192),
  A256GCM: contentEncryption(256),
  "A128CBC-HS256": contentEncryption(256, true),
  "A192CBC-HS384": contentEncryption(384, true),
  "A256CBC-HS512": contentEncryption(512, true)
});

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
var producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
var JWTClaimsBuilder = class {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
};

// node_modules/jose/dist/webapi/lib/jws_sign.js
async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = encode2(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!isDisjoint(protectedHeader, unprotectedHeader))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  validateCritDuplicates(JWSInvalid, protectedHeader);
  const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= encode2(payload), signingPayload = encodedPayloadCache[1] ??= encode(encodedPayload)) : (encodedPayload = encode2(payload), signingInput = encoder.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= concat(encode(encodedProtectedHeader), encode("."), signingPayload);
  const signingKey = await rawKey(await prepareKey(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && checkModulusLength(entry.alg, signingKey);
  const jws = {
    signature: encode2(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}

// node_modules/jose/dist/webapi/jwt/sign.js
var SignJWT_base = JWTClaimsBuilder;
var SignJWT = class extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return assertNotSet(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
    });
  }
};

// node_modules/jose/dist/webapi/lib/key_algorithm.js
function unsupportedAlg(source = 'JWK "alg" (Algorithm) Parameter') {
  throw new JOSENotSupported(`Invalid or unsupported ${source} value`);
}
function keyAlgorithm(alg, source) {
  return (typeof alg == "string" ? JWS[alg] ?? JWE[alg] : void 0) ?? unsupportedAlg(source);
}

// node_modules/jose/dist/webapi/key/import.js
async function importJWK(jwk, alg, options) {
  if (!isObject(jwk))
    throw new TypeError("JWK must be an object");
  const normalized = normalizeJwk(jwk), extractable = validateExtractableOption(options?.extractable), { alg: jwkAlg } = normalized;
  if (alg ??= jwkAlg, normalized.kty !== "oct" && !alg)
    throw new TypeError('"alg" argument is required when "jwk.alg" is not present');
  switch (normalized.kty) {
    case "oct":
      if (typeof normalized.k != "string")
        throw new TypeError('missing "k" (Key Value) Parameter value');
      return decode(normalized.k);
    case "AKP": {
      if (typeof jwkAlg != "string" || !jwkAlg)
        throw new TypeError('missing "alg" (Algorithm) Parameter value');
      if (alg !== jwkAlg)
        throw new TypeError("JWK alg and alg option value mismatch");
      return jwkToKey(keyAlgorithm(alg), normalized, extractable);
    }
    case "RSA":
    case "EC":
    case "OKP":
      return jwkToKey(keyAlgorithm(alg), normalized, extractable);
    default:
      throw new JOSENotSupported('Unsupported "kty" (Key Type) Parameter value');
  }
}

// src/smoke/token.ts
var JwtSecretError = class extends Error {
  name = "JwtSecretError";
};
var MIN_SECRET_LENGTH = 32;
var MAX_TTL_SECONDS = 3600;
var ALGORITHMS = {
  oct: "HS256",
  RSA: "RS256",
  "EC:P-256": "ES256",
  "EC:P-384": "ES384",
  "EC:P-521": "ES512",
  "OKP:Ed25519": "EdDSA"
};
function algorithmOf(jwk) {
  const alg = jwk.alg ?? ALGORITHMS[jwk.crv ? `${jwk.kty ?? ""}:${jwk.crv}` : jwk.kty ?? ""];
  if (!alg)
    throw new JwtSecretError(
      `the JWT secret is a JWK of type ${jwk.kty ?? "?"}, which PostgREST does not sign with`
    );
  if (alg.startsWith("PS"))
    throw new JwtSecretError(
      `the JWT secret's JWK uses ${alg}; PostgREST accepts HS, RS, ES and EdDSA keys, not PS*`
    );
  return alg;
}
function decodeBase642(text) {
  const normal = text.trim().replaceAll("-", "+").replaceAll("_", "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) {
    throw new JwtSecretError(
      "jwt_secret_is_base64 is set, but the JWT secret is not base64: unset it, or give the base64 text"
    );
  }
  return new Uint8Array(Buffer.from(normal, "base64"));
}
function parseJwtSecret(secret, options) {
  const trimmed = secret.trim();
  if (trimmed.startsWith("{")) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new JwtSecretError(
        'the JWT secret starts with "{" but is not JSON: give a JWK, a JWKS, or a plain secret'
      );
    }
    const candidates = parsed.keys ?? [parsed];
    const usable = candidates.find((jwk) => jwk.kty === "oct" || jwk.d !== void 0);
    if (!usable) {
      throw new JwtSecretError(
        "the JWT secret holds public keys only: give the smoke test the private JWK (input `jwt_secret`) while PostgREST keeps the public one"
      );
    }
    const alg = algorithmOf(usable);
    return { kind: "jwk", jwk: usable, alg, ...usable.kid ? { kid: usable.kid } : {} };
  }
  const bytes = options.base64 ? decodeBase642(trimmed) : new TextEncoder().encode(secret);
  const length = options.base64 ? bytes.length : secret.match(/[\s\S]/gu)?.length ?? 0;
  if (length < MIN_SECRET_LENGTH) {
    throw new JwtSecretError(
      `the JWT secret is ${String(length)} characters${options.base64 ? " after base64 decoding" : ""}: PostgREST v13.0.0 and later refuse to start with fewer than ${String(MIN_SECRET_LENGTH)} ("The JWT secret must be at least 32 characters long."), and v12 starts but rejects every token${isAtLeast(options.version, 13) ? ` \u2014 ${options.version.tag} would not start` : ""}; use a secret of at least 32 characters`
    );
  }
  return { kind: "hmac", secret: bytes, alg: "HS256" };
}
async function keyFor(key) {
  return key.kind === "hmac" ? key.secret : importJWK(key.jwk, key.alg);
}
async function sign(claims, key, signingKey, iat, exp, aud) {
  const header = { alg: key.alg, typ: "JWT", ...key.kind === "jwk" && key.kid ? { kid: key.kid } : {} };
  let jwt = new SignJWT(claims).setProtectedHeader(header).setIssuedAt(iat).setExpirationTime(exp);
  if (aud) jwt = jwt.setAudience(aud);
  return jwt.sign(signingKey);
}
async function mintToken(claims, key, options) {
  const ttl = options.ttlSeconds ?? 300;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new JwtSecretError(
      `the token lifetime must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not ${String(ttl)}`
    );
  }
  return sign(claims, key, await keyFor(key), options.now, options.now + ttl, options.aud);
}

// src/commands.ts
var USAGE = `Usage: pgrst-cloudrun COMMAND [options]

Commands:
  validate SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y]
      Check a Cloud Run service spec. One diagnostic per line:
      FILE:LINE:COL: error|warning: MESSAGE [RULE]. Exit 0 valid, 1 invalid, 2 usage error.
  render SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--format yaml|json]
      Print the rendered, validated spec.
  build --repository HOST/PATH [--image-name NAME] [--postgrest-version vX.Y]
        [--builder cloudbuild|local] [--project-id ID] [--build-region global|REGION]
        [--logs-bucket gs://BUCKET] [--dry-run]
      Build the PostgREST image unless the registry already has the tag of its build
      context (ctx-<hash>); print it pinned by digest (HOST/PATH/NAME@sha256:...).
      --dry-run prints the tag and the build request; nothing is sent.
  token --role ROLE [--claim-key KEY] (--secret-env NAME | --secret-file FILE)
        [--base64-secret] [--aud AUD] [--ttl SECONDS] [--postgrest-version vX.Y]
      Print a JWT that PostgREST resolves to ROLE: the role placed at the role
      claim key (default .role; $.role from v16) in that version's grammar, signed
      as PostgREST verifies it (HS256 for a string secret; a JWK's own algorithm).

Options:
  --var NAME=VALUE          a \${NAME} value (repeatable)
  --postgrest-version vX.Y  the PostgREST release the image runs (default from action.yml)
  --format yaml|json        render output (default yaml)
  -h, --help                this help

Build settings default as in action.yml. Credentials: CLOUDSDK_AUTH_ACCESS_TOKEN_FILE, else
application default credentials; CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD points at
another Cloud Build endpoint.`;
var EXIT = { ok: 0, invalid: 1, usage: 2 };
async function main(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0) throw new ConfigError("missing COMMAND");
    if (command === "-h" || command === "--help") {
      io.out(`${USAGE}
`);
      return EXIT.ok;
    }
    switch (command) {
      case "validate":
      case "render":
        return specCommand(command, rest, io);
      case "build":
        return await buildCommand(rest, io);
      case "token":
        return await tokenCommand(rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      io.err(`pgrst-cloudrun: ${error.message}

${USAGE}
`);
      return EXIT.usage;
    }
    throw error;
  }
}
function specCommand(command, args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      var: { type: "string", multiple: true, default: [] },
      "postgrest-version": { type: "string" },
      format: { type: "string", default: "yaml" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${USAGE}
`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new ConfigError(`${command} takes exactly one SPEC file`);
  const format = values.format;
  if (format !== "yaml" && format !== "json")
    throw new ConfigError(`--format must be yaml or json, not "${format}"`);
  if (command === "validate" && format !== "yaml") throw new ConfigError("--format applies to render only");
  const config = {
    spec: positionals[0] ?? "",
    variables: parseVariables(values.var, "--var"),
    postgrestVersion: parseVersionSetting(
      values["postgrest-version"] ?? actionDefaults()["postgrest_version"] ?? "",
      "--postgrest-version"
    )
  };
  let text;
  try {
    text = io.readFile(config.spec);
  } catch (error) {
    throw new ConfigError(
      `cannot read SPEC "${config.spec}": ${error.code ?? String(error)}`
    );
  }
  const result = checkSpec({
    file: config.spec,
    text,
    variables: builtinVariables(config),
    postgrestVersion: config.postgrestVersion,
    allowUnsetBuiltins: command === "validate"
  });
  const report = command === "validate" ? io.out : io.err;
  for (const diagnostic of result.diagnostics) report(`${formatDiagnostic(diagnostic)}
`);
  if (!result.valid) return EXIT.invalid;
  if (command === "render") io.out(renderSpec(result, format));
  else
    io.err(
      `${config.spec}: valid for PostgREST ${config.postgrestVersion.tag}${result.diagnostics.length ? ` (${result.diagnostics.length} warning${result.diagnostics.length > 1 ? "s" : ""})` : ""}
`
    );
  return EXIT.ok;
}
async function buildCommand(args, io) {
  const settings = [
    "repository",
    "image-name",
    "builder",
    "project-id",
    "build-region",
    "logs-bucket"
  ];
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...Object.fromEntries(settings.map((name) => [name, { type: "string" }])),
      "postgrest-version": { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) return usage(io);
  noPositionals("build", positionals);
  const defaults = actionDefaults();
  const flag = (input) => `--${input.replaceAll("_", "-")}`;
  const read = (input) => {
    const value = values[input.replaceAll("_", "-")];
    return typeof value === "string" ? value : defaults[input] ?? "";
  };
  const version = parseVersionSetting(read("postgrest_version"), "--postgrest-version");
  const source = parseImageSource(read, flag, version);
  if (source.kind !== "build")
    throw new ConfigError("build needs --repository HOST/PATH: where the image is pushed");
  const config = source.build;
  if (values["dry-run"]) {
    const { context, reference } = planImage(
      config,
      defaultBuildDependencies(
        process.env,
        () => void 0,
        () => void 0
      ).contextDirectory
    );
    const image = formatReference(reference);
    io.out(`${image}
`);
    io.err(`Would look up ${image} in the registry and, when it is missing, `);
    if (config.builder === "cloudbuild") {
      io.err(`submit this build to projects/${config.projectId}/locations/${config.buildLocation}:
`);
      io.err(
        (0, import_yaml.stringify)(cloudBuildRequest(context, image, config.cloudBuild), {
          lineWidth: 0,
          blockQuote: "literal"
        })
      );
    } else {
      const commands = localBuildCommands("podman", context, reference, "CONTEXT", "AUTHFILE");
      io.err(`build and push it locally (shown for podman; docker and buildah take the same arguments):
`);
      io.err(`  podman ${commands.build.join(" ")}
  podman ${commands.push.join(" ")}
`);
    }
    return EXIT.ok;
  }
  const log = (line) => {
    io.err(`${line}
`);
  };
  const deps = io.buildDependencies?.(log) ?? defaultBuildDependencies(process.env, log, () => void 0);
  try {
    const built = await buildImage(config, deps);
    io.out(`${built.image}
`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    io.err(`pgrst-cloudrun build: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT.invalid;
  }
}
async function tokenCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      role: { type: "string" },
      "claim-key": { type: "string" },
      "secret-env": { type: "string" },
      "secret-file": { type: "string" },
      "base64-secret": { type: "boolean", default: false },
      aud: { type: "string" },
      ttl: { type: "string", default: "300" },
      "postgrest-version": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) return usage(io);
  noPositionals("token", positionals);
  const role = values.role;
  if (!role) throw new ConfigError("token needs --role ROLE: the database role the token resolves to");
  if (values["secret-env"] === void 0 === (values["secret-file"] === void 0)) {
    throw new ConfigError(
      "token needs exactly one of --secret-env NAME and --secret-file FILE (the secret never goes on the command line)"
    );
  }
  const ttl = Number(values.ttl);
  if (!/^\d+$/.test(values.ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new ConfigError(`--ttl must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not "${values.ttl}"`);
  }
  const version = parseVersionSetting(
    values["postgrest-version"] ?? actionDefaults()["postgrest_version"] ?? "",
    "--postgrest-version"
  );
  let secret;
  if (values["secret-env"] !== void 0) {
    const value = process.env[values["secret-env"]];
    if (!value)
      throw new ConfigError(`--secret-env ${values["secret-env"]}: that environment variable is not set`);
    secret = value;
  } else {
    const file = values["secret-file"] ?? "";
    try {
      secret = io.readFile(file).replace(/\r?\n$/, "");
    } catch (error) {
      throw new ConfigError(
        `--secret-file "${file}" cannot be read (${error.code ?? String(error)})`
      );
    }
  }
  const claimKey = values["claim-key"] ?? (isAtLeast(version, 16) ? "$.role" : ".role");
  try {
    const key = parseJwtSecret(secret, { base64: values["base64-secret"], version });
    const claims = placeRole(claimKey, role, version);
    const token = await mintToken(claims, key, {
      now: Math.floor(Date.now() / 1e3),
      ttlSeconds: ttl,
      ...values.aud ? { aud: values.aud } : {}
    });
    io.out(`${token}
`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof JwtSecretError || error instanceof ClaimKeyError) {
      io.err(`pgrst-cloudrun token: ${error.message}
`);
      return EXIT.invalid;
    }
    throw error;
  }
}
function usage(io) {
  io.out(`${USAGE}
`);
  return EXIT.ok;
}
function noPositionals(command, positionals) {
  if (positionals.length > 0) {
    throw new ConfigError(`${command} takes no positional arguments, got "${positionals.join(" ")}"`);
  }
}
function isParseArgsError(error) {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8")
});
