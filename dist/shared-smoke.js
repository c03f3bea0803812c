import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  MIN_JWT_SECRET_LENGTH,
  claimKeyGrammarFor,
  defaultClaimKey,
  isAtLeast,
  missingRoleAnswer,
  nodeTransport,
  parseLegacyClaimKey,
  postgrestContainerIndex,
  readBoolean,
  recordOf,
  secretVersionName
} from "./shared-build.js";

// src/smoke/claims.ts
var ClaimKeyError = class extends Error {
  name = "ClaimKeyError";
};
var SUPPORTED_RFC9535 = 'the smoke test places the role for $.a.b, $["a-b"], $.a[0] and a final [?@ == "x"], [?@ != "x"], [?search(@, "re")] or [?match(@, "re")]';
function parseJsonPathSteps(key) {
  const cursor = { key, at: 0 };
  const steps = [];
  if (key[0] !== "$") fail(cursor, "an RFC 9535 path starts with $");
  cursor.at = 1;
  while (cursor.at < key.length) {
    const last = steps.at(-1)?.kind;
    if (last === "filter" || last === "regex") fail(cursor, "a filter must be the last step");
    steps.push(peek(cursor) === "." ? readMemberStep(cursor) : readBracketStep(cursor));
  }
  return steps;
}
function fail(cursor, why) {
  throw new ClaimKeyError(
    `role claim key ${cursor.key}: ${why} at character ${String(cursor.at + 1)}; ${SUPPORTED_RFC9535}`
  );
}
function peek(cursor) {
  return cursor.key[cursor.at] ?? "";
}
function skipSpaces(cursor) {
  while (peek(cursor) === " ") cursor.at++;
}
function readMemberStep(cursor) {
  cursor.at++;
  const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(cursor.key.slice(cursor.at));
  if (!match) return fail(cursor, 'expected a member name after "."');
  cursor.at += match[0].length;
  return { kind: "key", name: match[0] };
}
function readBracketStep(cursor) {
  if (peek(cursor) !== "[") fail(cursor, 'expected "." or "["');
  cursor.at++;
  skipSpaces(cursor);
  const step = readSelectorStep(cursor);
  skipSpaces(cursor);
  if (peek(cursor) !== "]") fail(cursor, 'expected "]"');
  cursor.at++;
  return step;
}
function readSelectorStep(cursor) {
  const first = peek(cursor);
  if (first === '"' || first === "'") return { kind: "key", name: readString(cursor) };
  if (/[-0-9]/.test(first)) {
    const match = /^-?\d+/.exec(cursor.key.slice(cursor.at));
    cursor.at += match?.[0].length ?? 0;
    return { kind: "index", index: Number(match?.[0]) };
  }
  if (first === "?") return readFilterStep(cursor);
  return fail(cursor, "expected a quoted name, an index or a filter");
}
function readFilterStep(cursor) {
  cursor.at++;
  skipSpaces(cursor);
  const parenthesised = peek(cursor) === "(";
  if (parenthesised) cursor.at++;
  skipSpaces(cursor);
  const step = readRegexFilter(cursor) ?? readComparisonFilter(cursor);
  skipSpaces(cursor);
  if (parenthesised) {
    if (peek(cursor) !== ")") fail(cursor, 'expected ")"');
    cursor.at++;
    skipSpaces(cursor);
  }
  return step;
}
function readRegexFilter(cursor) {
  const regex = /^(search|match)\(\s*@\s*,\s*/.exec(cursor.key.slice(cursor.at));
  if (!regex) return void 0;
  cursor.at += regex[0].length;
  if (peek(cursor) !== '"' && peek(cursor) !== "'") fail(cursor, "expected a quoted regular expression");
  const step = {
    kind: "regex",
    mode: regex[1] === "match" ? "match" : "search",
    pattern: readString(cursor)
  };
  skipSpaces(cursor);
  if (peek(cursor) !== ")") fail(cursor, 'expected ")"');
  cursor.at++;
  return step;
}
function readComparisonFilter(cursor) {
  if (peek(cursor) !== "@") fail(cursor, "expected @ in the filter");
  cursor.at++;
  skipSpaces(cursor);
  const operator = cursor.key.startsWith("==", cursor.at) ? "==" : cursor.key.startsWith("!=", cursor.at) ? "!=" : fail(cursor, "expected == or !=");
  cursor.at += 2;
  skipSpaces(cursor);
  if (peek(cursor) !== '"' && peek(cursor) !== "'") fail(cursor, "expected a quoted string to compare with");
  return { kind: "filter", operator, operand: readString(cursor) };
}
var ESCAPES = {
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
function readString(cursor) {
  const { key } = cursor;
  const quote = key[cursor.at];
  let out = "";
  cursor.at++;
  while (cursor.at < key.length && key[cursor.at] !== quote) {
    if (key[cursor.at] !== "\\") {
      out += key[cursor.at] ?? "";
      cursor.at++;
      continue;
    }
    const next = key[cursor.at + 1] ?? "";
    const hex = key.slice(cursor.at + 2, cursor.at + 6);
    if (next === "u" && /^[0-9a-fA-F]{4}$/.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      cursor.at += 6;
      continue;
    }
    const escaped = ESCAPES[next];
    if (escaped === void 0) fail(cursor, "invalid escape in a quoted string");
    out += escaped;
    cursor.at += 2;
  }
  if (key[cursor.at] !== quote) fail(cursor, "unterminated string");
  cursor.at++;
  return out;
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
var jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
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
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
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
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
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
var algArgument = '"alg" (Algorithm)';
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

// node_modules/jose/dist/webapi/key/generate_key_pair.js
function getModulusLengthOption(options) {
  const modulusLength = options?.modulusLength ?? 2048;
  if (typeof modulusLength != "number" || !Number.isInteger(modulusLength) || modulusLength < 2048)
    throw new JOSENotSupported("Invalid or unsupported modulusLength option provided, 2048 bits or larger keys must be used");
  return modulusLength;
}
async function generateKeyPair(alg, options) {
  const extractable = validateExtractableOption(options?.extractable), entry = keyAlgorithm(alg, algArgument);
  entry.secret && unsupportedAlg(algArgument);
  let algorithm;
  if (entry.resolve) {
    const crv = options?.crv ?? "P-256";
    if (!["P-256", "P-384", "P-521", "X25519"].includes(crv))
      throw new JOSENotSupported("Invalid or unsupported crv option provided, supported values are P-256, P-384, P-521, and X25519");
    algorithm = entry.resolve({ crv });
  } else {
    if (entry.crv !== void 0 && options?.crv !== void 0 && options.crv !== entry.crv)
      throw new JOSENotSupported(`Invalid or unsupported crv option provided, the only supported value for ${alg} is ${entry.crv}`);
    algorithm = entry.kty[0] === "RSA" ? {
      ...entry.subtle,
      publicExponent: Uint8Array.of(1, 0, 1),
      modulusLength: getModulusLengthOption(options)
    } : entry.subtle;
  }
  return crypto.subtle.generateKey(algorithm, extractable ?? false, [
    ...entry.usages[1],
    ...entry.usages[0]
  ]);
}

// node_modules/jose/dist/webapi/key/generate_secret.js
async function generateSecret(alg, options) {
  const extractable = validateExtractableOption(options?.extractable);
  let keyLengthBits, algorithm, keyUsages;
  switch (alg) {
    case "HS256":
    case "HS384":
    case "HS512":
      keyLengthBits = +alg.slice(-3), algorithm = { name: "HMAC", hash: `SHA-${keyLengthBits}`, length: keyLengthBits }, keyUsages = ["sign", "verify"];
      break;
    case "A128CBC-HS256":
    case "A192CBC-HS384":
    case "A256CBC-HS512":
      return crypto.getRandomValues(new Uint8Array(+alg.slice(-3) >> 3));
    case "A128KW":
    case "A192KW":
    case "A256KW":
      keyLengthBits = +alg.slice(1, 4), algorithm = { name: "AES-KW", length: keyLengthBits }, keyUsages = ["wrapKey", "unwrapKey"];
      break;
    case "A128GCMKW":
    case "A192GCMKW":
    case "A256GCMKW":
    case "A128GCM":
    case "A192GCM":
    case "A256GCM":
      keyLengthBits = +alg.slice(1, 4), algorithm = { name: "AES-GCM", length: keyLengthBits }, keyUsages = ["encrypt", "decrypt"];
      break;
    default:
      unsupportedAlg(algArgument);
  }
  return crypto.subtle.generateKey(algorithm, extractable ?? false, keyUsages);
}

// src/smoke/token.ts
var JwtSecretError = class extends Error {
  name = "JwtSecretError";
};
var MIN_SECRET_LENGTH = MIN_JWT_SECRET_LENGTH;
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
  const [first] = parseSigningKeys(secret, options);
  if (!first) throw new JwtSecretError("the JWT secret holds no key");
  return first;
}
function parseSigningKeys(secret, options) {
  const trimmed = secret.trim();
  if (trimmed.startsWith("{")) return jwkSigningKeys(trimmed);
  const bytes = options.base64 ? decodeBase642(trimmed) : new TextEncoder().encode(secret);
  const length = options.base64 ? bytes.length : secret.match(/[\s\S]/gu)?.length ?? 0;
  if (length < MIN_SECRET_LENGTH) {
    throw new JwtSecretError(
      `the JWT secret is ${String(length)} characters${options.base64 ? " after base64 decoding" : ""}: PostgREST v13.0.0 and later refuse to start with fewer than ${String(MIN_SECRET_LENGTH)} ("The JWT secret must be at least 32 characters long."), and v12 starts but rejects every token${isAtLeast(options.version, 13) ? ` \u2014 ${options.version.tag} would not start` : ""}; use a secret of at least 32 characters`
    );
  }
  return [{ kind: "hmac", secret: bytes, alg: "HS256" }];
}
function jwkSigningKeys(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new JwtSecretError(
      'the JWT secret starts with "{" but is not JSON: give a JWK, a JWKS, or a plain secret'
    );
  }
  const usable = (parsed.keys ?? [parsed]).filter((jwk) => jwk.kty === "oct" || jwk.d !== void 0);
  if (usable.length === 0) {
    throw new JwtSecretError(
      "the JWT secret holds public keys only: give the smoke test the private JWK (input `jwt_secret`) while PostgREST keeps the public one"
    );
  }
  return usable.map((jwk) => ({
    kind: "jwk",
    jwk,
    alg: algorithmOf(jwk),
    ...jwk.kid ? { kid: jwk.kid } : {}
  }));
}
function keyLabel(key, index) {
  return key.kind === "jwk" && key.kid ? `kid "${key.kid}"` : `key #${String(index + 1)} (no kid)`;
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
async function forgeToken(claims, key, options) {
  const other = key.kind === "hmac" || key.alg.startsWith("HS") ? await generateSecret(key.kind === "hmac" ? "HS256" : key.alg, { extractable: true }) : (await generateKeyPair(key.alg, key.alg === "EdDSA" ? { crv: "Ed25519" } : {})).privateKey;
  return sign(claims, key, other, options.now, options.now + (options.ttlSeconds ?? 300), options.aud);
}
async function expiredToken(claims, key, options) {
  return sign(claims, key, await keyFor(key), options.now - 900, options.now - 600, options.aud);
}

// src/smoke/checks.ts
import { setTimeout as realSleep } from "node:timers/promises";
var SmokeConfigError = class extends Error {
  name = "SmokeConfigError";
};
var LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE)\s+(\/\S*)\s*->\s*(\d{3}|2xx)(?:\s+as\s+(\S+))?$/;
function parseSmokeChecks(text, source = "input `smoke_checks`") {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return [];
    const match = LINE.exec(line);
    if (!match) {
      throw new SmokeConfigError(
        `${source} line ${String(index + 1)}: "${line}" is not METHOD /path -> STATUS [as ROLE], e.g. GET /todos?limit=1 -> 200 as web_user`
      );
    }
    const [, method = "GET", path = "/", status = "2xx", role] = match;
    return [
      {
        name: line,
        method,
        path,
        token: "valid",
        ...role ? { role } : {},
        expect: status === "2xx" ? "2xx" : Number(status)
      }
    ];
  });
}
var ROOT_CHECK = {
  name: "GET / -> 2xx",
  method: "GET",
  path: "/",
  token: "valid",
  expect: "2xx"
};
function smokeChecks(user, generated = {}) {
  const positive = user.length > 0 ? [...user] : [ROOT_CHECK];
  const probe = user[0] ?? ROOT_CHECK;
  const negative = (token, what, expect) => ({
    name: `${probe.method} ${probe.path} ${what} -> ${String(expect)}`,
    method: probe.method,
    path: probe.path,
    token,
    expect
  });
  const perKey = (generated.keys ?? []).slice(1).map((label, index) => ({
    ...probe,
    name: `${probe.method} ${probe.path} signed with ${label} -> ${String(probe.expect)}`,
    key: index + 1,
    purpose: "key"
  }));
  const absent = generated.absentRole;
  return [
    ...positive,
    ...perKey,
    ...absent ? [
      {
        ...negative("valid", "as a role that does not exist", absent.status),
        name: `${probe.method} ${probe.path} as a role that does not exist -> ${String(absent.status)} ${absent.code}`,
        role: absent.role,
        expectCode: absent.code,
        purpose: "resolves-role"
      }
    ] : [],
    negative("forged", "with a token signed by another key", 401),
    negative("expired", "with an expired token", 401),
    ...generated.anonymous === void 0 ? [] : [negative("none", "without a token", generated.anonymous)]
  ];
}
var COLD = /* @__PURE__ */ new Set([502, 503, 504]);
var COLD_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
async function runSmokeChecks(baseUrl, checks, options) {
  const now = options.now ?? Date.now;
  const runner = {
    options,
    transport: options.transport ?? nodeTransport,
    sleep: options.sleep ?? realSleep,
    now,
    // One deadline for all the checks: the revision warms up once.
    deadline: now() + options.timeoutMs
  };
  const results = [];
  for (const check of checks) results.push(await runCheck(runner, baseUrl.replace(/\/+$/, ""), check));
  return results;
}
async function runCheck(runner, baseUrl, check) {
  const { options } = runner;
  const started = runner.now();
  const token = check.token === "valid" ? await options.tokens.valid(check.role, check.key) : check.token === "none" ? void 0 : options.tokens[check.token];
  const headers = {
    accept: "application/json",
    ...token ? { authorization: `Bearer ${token}` } : {},
    ...options.invokerToken ? { "x-serverless-authorization": `Bearer ${options.invokerToken}` } : {}
  };
  const answer = await sendUntilWarm(runner, check, `${baseUrl}${check.path}`, headers);
  const label = check.token === "valid" ? options.keyLabels?.[check.key ?? 0] : void 0;
  const result = { ...judge(check, answer, runner.now() - started), ...label ? { key: label } : {} };
  const { status, failure } = answer;
  options.log(
    `${result.passed ? "passed" : "FAILED"}: ${check.name}: ${status ? `HTTP ${String(status)}` : failure}${result.code ? ` ${result.code}` : ""} in ${String(result.ms)} ms`
  );
  return result;
}
async function sendUntilWarm(runner, check, url, headers) {
  let status = 0;
  let text = "";
  let failure = "";
  for (let delay = 250; ; delay = Math.min(2e3, delay * 2)) {
    try {
      ({ status, text } = await runner.transport(url, { method: check.method, headers, timeoutMs: 1e4 }));
      failure = "";
    } catch (error) {
      const code = error.code;
      failure = typeof code === "string" ? code : String(error);
      status = 0;
      if (!COLD_CODES.has(failure)) break;
    }
    if (status !== 0 && !COLD.has(status)) break;
    if (runner.now() + delay > runner.deadline) break;
    runner.options.log(
      `${check.name}: ${status ? `HTTP ${String(status)}` : failure}, the revision may still be starting: retrying`
    );
    await runner.sleep(delay);
  }
  return { status, text, failure };
}
function judge(check, { status, text, failure }, ms) {
  let body;
  try {
    body = text ? JSON.parse(text) : void 0;
  } catch {
    body = void 0;
  }
  const code = typeof body?.code === "string" ? body.code : void 0;
  const message2 = typeof body?.message === "string" ? body.message : failure || void 0;
  const statusPassed = check.expect === "2xx" ? status >= 200 && status < 300 : status === check.expect;
  return {
    name: check.name,
    token: check.token,
    status,
    ...code ? { code } : {},
    ...message2 ? { message: message2 } : {},
    ms,
    passed: statusPassed && (check.expectCode === void 0 || code === check.expectCode),
    ...check.token === "valid" && check.role ? { role: check.role } : {},
    ...check.purpose ? { purpose: check.purpose } : {}
  };
}
function isMissingRole(r) {
  return r.token === "valid" && r.purpose !== "resolves-role" && (r.code === "22023" || /role .* does not exist/.test(r.message ?? ""));
}
function adviceFor(results, context) {
  const failed = results.filter((r) => !r.passed);
  const advice = [];
  const missing = [...new Set(failed.filter(isMissingRole).map((r) => r.role ?? "?"))];
  for (const role of missing) {
    advice.push(
      `the role "${role}" does not exist in the database (PostgREST ${context.version} answers a token for a missing role with 22023): create it (CREATE ROLE ${role} NOLOGIN) and GRANT ${role} TO the authenticator of PGRST_DB_URI, or smoke-test a role that exists`
    );
  }
  const denied = failed.find(
    (r) => r.code === "42501" && /permission denied to set role/.test(r.message ?? "")
  );
  if (denied) {
    advice.push(
      `the authenticator of PGRST_DB_URI may not SET ROLE ${denied.role ?? "to the smoke role"}: GRANT ${denied.role ?? "<role>"} TO the authenticator`
    );
  }
  const fallback = failed.find((r) => r.purpose === "resolves-role" && !r.code?.startsWith("PGRST30"));
  if (fallback) {
    advice.push(
      `a token for a role that does not exist was answered ${fallback.status ? `HTTP ${String(fallback.status)}` : "with no answer"}${fallback.code ? ` ${fallback.code}` : ""}, not as PostgREST ${context.version} answers a missing role: the revision does not read the role at PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}, so its tokens fall back to the anonymous role (PGRST_DB_ANON_ROLE); check the revision's role claim key`
    );
  }
  const refused = (r) => r.token === "valid" && r.purpose !== "resolves-role" && (r.status === 401 || r.status === 400) && !isMissingRole(r);
  const droppedKeys = [...new Set(failed.filter((r) => r.key && refused(r)).map((r) => r.key))];
  const acceptedKeys = new Set(
    results.filter((r) => r.passed && r.key && r.purpose !== "resolves-role").map((r) => r.key)
  );
  if (droppedKeys.length > 0 && acceptedKeys.size > 0) {
    advice.push(
      `the deployed revision rejected tokens signed with ${droppedKeys.join(", ")} of the JWT secret given to the smoke test, and accepted ${[...acceptedKeys].join(", ")}: its PGRST_JWT_SECRET lacks that key \u2014 a key rotation must keep every key the backend still signs with until no token signed with it is in use`
    );
  } else if (failed.some(refused)) {
    advice.push(
      `the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}), ${context.aud ? `the audience (PGRST_JWT_AUD ${context.aud})` : "the audience (PGRST_JWT_AUD)"}, and that the smoke role exists and the authenticator may SET ROLE to it`
    );
  }
  return advice;
}
function explainFailure(results, context) {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return void 0;
  const lines = failed.map(
    (r) => `${r.name}: got ${r.status ? `HTTP ${String(r.status)}` : "no answer"}${r.code ? ` ${r.code}` : ""}${r.message ? ` (${r.message})` : ""}`
  );
  lines.push(...adviceFor(results, context));
  const accepted = failed.find(
    (r) => (r.token === "forged" || r.token === "expired") && r.status >= 200 && r.status < 300
  );
  if (accepted)
    lines.push(
      "the deployed revision accepted a token it must refuse: check PGRST_JWT_SECRET and that PostgREST verifies tokens"
    );
  return lines.join("; ");
}

// src/smoke/settings.ts
function jwtSettings(service, version, projectId, image) {
  const listed = recordOf(recordOf(recordOf(service["spec"])["template"])["spec"])["containers"];
  const containers = (Array.isArray(listed) ? listed : []).map(recordOf);
  const envs = containers.map((c) => {
    const env2 = c["env"];
    return (Array.isArray(env2) ? env2 : []).map(recordOf);
  });
  const index = postgrestContainerIndex(
    containers.map((c, i) => ({
      ...typeof c["image"] === "string" ? { image: c["image"] } : {},
      env: (envs[i] ?? []).map((e) => String(e["name"])),
      runsActionImage: image !== void 0 && c["image"] === image
    }))
  );
  const env = index === void 0 ? [] : envs[index] ?? [];
  const value = (name) => {
    const entry = env.findLast((e) => e["name"] === name);
    return typeof entry?.["value"] === "string" ? entry["value"] : void 0;
  };
  const secretRef = recordOf(
    recordOf(env.findLast((e) => e["name"] === "PGRST_JWT_SECRET")?.["valueFrom"])["secretKeyRef"]
  );
  const secretName = typeof secretRef["name"] === "string" ? secretVersionName(
    `${secretRef["name"]}:${typeof secretRef["key"] === "string" ? secretRef["key"] : "latest"}`,
    projectId
  ) : void 0;
  const aud = value("PGRST_JWT_AUD");
  const anonRole = value("PGRST_DB_ANON_ROLE");
  return {
    claimKey: value("PGRST_JWT_ROLE_CLAIM_KEY") ?? defaultClaimKey(version),
    // As PostgREST reads it: what it cannot read (`yes`, `on`) leaves the default, false.
    secretIsBase64: readBoolean(value("PGRST_JWT_SECRET_IS_BASE64") ?? "") ?? false,
    ...aud ? { aud } : {},
    ...anonRole ? { anonRole } : {},
    ...secretName ? { secretName } : {}
  };
}
async function loadJwtSecret(sources, deps) {
  if (sources.input) {
    deps.mask(sources.input);
    return sources.input;
  }
  const name = sources.reference ? secretVersionName(sources.reference, sources.projectId) : sources.settings.secretName;
  if (!name) {
    throw new Error(
      "no JWT secret for the smoke test: give input `jwt_secret` or `jwt_secret_ref`, or let the spec take PGRST_JWT_SECRET from a secretKeyRef"
    );
  }
  return deps.secrets.access(name);
}

// src/smoke/prepare.ts
function smokeSettingsOf(config, target) {
  const settings = jwtSettings(target.service, target.version, target.projectId);
  return config.aud ? { ...settings, aud: config.aud } : settings;
}
function checkSmokeOffline(config, target) {
  const { claimKey } = smokeSettingsOf(config, target);
  const checks = parseSmokeChecks(config.checks, config.checksSource);
  for (const role of /* @__PURE__ */ new Set([config.role, ...checks.flatMap((c) => c.role ? [c.role] : [])])) {
    placeRole(claimKey, role, target.version);
  }
  return checks;
}
async function prepareSmokeTest(config, target, deps) {
  const settings = smokeSettingsOf(config, target);
  const secret = await loadJwtSecret(
    {
      ...config.jwtSecret ? { input: config.jwtSecret } : {},
      ...config.jwtSecretRef ? { reference: config.jwtSecretRef } : {},
      settings,
      projectId: target.projectId
    },
    { secrets: { access: (name) => deps.secrets().access(name) }, mask: deps.mask }
  );
  parseJwtSecret(secret, { base64: settings.secretIsBase64, version: target.version });
  const checks = checkSmokeOffline(config, target);
  deps.log(
    `smoke test ready: role ${config.role} at ${settings.claimKey}, ${String(checks.length || 1)} check(s) plus a forged and an expired token`
  );
  return {
    version: target.version,
    settings,
    secret,
    role: config.role,
    checks,
    timeoutMs: config.timeoutMs
  };
}

// src/smoke/run.ts
function absentRoleClaims(config) {
  for (const role of [`${config.role}_pgrst_cloudrun_absent`, `pgrst_cloudrun_absent_${config.role}`]) {
    try {
      placeRole(config.settings.claimKey, role, config.version);
      return role;
    } catch {
    }
  }
  return void 0;
}
function planChecks(config, keys, log) {
  const absent = absentRoleClaims(config);
  if (!absent)
    log(
      `the role claim key ${config.settings.claimKey} holds only the roles its filter names: whether the revision reads it is not checked`
    );
  const checks = smokeChecks(config.checks, {
    ...config.anonymousStatus === void 0 ? {} : { anonymous: config.anonymousStatus },
    ...keys.length > 1 ? { keys: keys.map(keyLabel) } : {},
    ...absent ? { absentRole: { role: absent, ...missingRoleAnswer(config.version) } } : {}
  });
  return checks.map((c) => c.token === "valid" && !c.role ? { ...c, role: config.role } : c);
}
function signingOf(config, now) {
  const key = parseJwtSecret(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version
  });
  const options = {
    now,
    ...config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {},
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  };
  const claimsFor = (role) => placeRole(config.settings.claimKey, role, config.version);
  return { key, options, claimsFor };
}
function roleTokens(config, deps) {
  const { key, options, claimsFor } = signingOf(config, Math.floor((deps.now ?? Date.now)() / 1e3));
  const minted = /* @__PURE__ */ new Map();
  return {
    roles: [.../* @__PURE__ */ new Set([config.role, ...config.checks.flatMap((c) => c.role ? [c.role] : [])])],
    token: (role = config.role) => {
      let token = minted.get(role);
      if (!token) {
        token = mintToken(claimsFor(role), key, options).then((minted2) => {
          deps.mask(minted2);
          return minted2;
        });
        minted.set(role, token);
      }
      return token;
    }
  };
}
async function smokeTest(config, deps) {
  const keys = parseSigningKeys(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version
  });
  const labels = keys.length > 1 ? keys.map(keyLabel) : void 0;
  if (labels)
    deps.log(
      `the JWT secret holds ${String(keys.length)} signing keys: a token is signed with each (${labels.join(", ")})`
    );
  const checks = planChecks(config, keys, deps.log);
  const tokens = await mintTokens(config, keys, checks, deps);
  const results = await runSmokeChecks(config.url, checks, {
    tokens,
    timeoutMs: config.timeoutMs,
    log: deps.log,
    ...labels ? { keyLabels: labels } : {},
    ...config.invokerToken ? { invokerToken: config.invokerToken } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {},
    ...deps.now ? { now: deps.now } : {},
    ...deps.transport ? { transport: deps.transport } : {}
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    version: config.version.tag,
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  });
  return {
    passed: failure === void 0,
    results,
    ...failure ? { failure } : {},
    ...labels ? { keys: labels } : {}
  };
}
async function mintTokens(config, keys, checks, deps) {
  const [first] = keys;
  if (!first) throw new Error("internal error: a JWT secret with no signing key");
  const now = Math.floor((deps.now ?? Date.now)() / 1e3);
  const options = {
    now,
    ...config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {},
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  };
  const claimsFor = (role) => placeRole(config.settings.claimKey, role, config.version);
  const masked = (token) => {
    deps.mask(token);
    return token;
  };
  const valid = /* @__PURE__ */ new Map();
  const tokens = {
    valid: (role = config.role, key = 0) => {
      let token = valid.get(`${String(key)}:${role}`);
      if (!token) {
        token = mintToken(claimsFor(role), keys[key] ?? first, options).then(masked);
        valid.set(`${String(key)}:${role}`, token);
      }
      return token;
    },
    forged: masked(await forgeToken(claimsFor(config.role), first, options)),
    expired: masked(await expiredToken(claimsFor(config.role), first, options))
  };
  await Promise.all(checks.filter((c) => c.token === "valid").map((c) => tokens.valid(c.role, c.key)));
  return tokens;
}

export {
  ClaimKeyError,
  placeRole,
  JwtSecretError,
  MAX_TTL_SECONDS,
  parseJwtSecret,
  mintToken,
  checkSmokeOffline,
  prepareSmokeTest,
  roleTokens,
  smokeTest
};
