import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;

// src/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/gcp/auth.ts
import { readFileSync } from "node:fs";

// src/gcp/libraries.ts
function commonJs(module) {
  return module.default ?? module;
}
var googleAuthLibrary;
function loadGoogleAuthLibrary() {
  googleAuthLibrary ??= import("./google-auth-library.js").then(commonJs);
  return googleAuthLibrary;
}

// src/gcp/auth.ts
var SCOPE = "https://www.googleapis.com/auth/cloud-platform";
function loadCredentials(env, mask) {
  const tokenFile = env["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"];
  if (tokenFile) {
    let token;
    try {
      token = readFileSync(tokenFile, "utf8").trim();
    } catch (error) {
      throw new Error(
        `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE names "${tokenFile}", which cannot be read (${error.code ?? "error"}): write an access token there, or unset it to use application default credentials`
      );
    }
    if (!token) {
      throw new Error(`CLOUDSDK_AUTH_ACCESS_TOKEN_FILE "${tokenFile}" is empty: write an access token there`);
    }
    mask(token);
    return {
      source: "CLOUDSDK_AUTH_ACCESS_TOKEN_FILE",
      accessToken: () => Promise.resolve(token),
      idToken: () => Promise.reject(
        new Error(
          "invoker_auth needs credentials that can mint ID tokens (a service account, or google-github-actions/auth with service_account); CLOUDSDK_AUTH_ACCESS_TOKEN_FILE holds an access token only"
        )
      )
    };
  }
  const keyFilename = env["GOOGLE_APPLICATION_CREDENTIALS"];
  const loading = loadGoogleAuthLibrary().then(
    ({ GoogleAuth }) => new GoogleAuth({ scopes: SCOPE, ...keyFilename ? { keyFilename } : {} })
  );
  loading.catch(() => void 0);
  return {
    source: "application default credentials",
    accessToken: async () => {
      let token;
      try {
        token = await (await loading).getAccessToken();
      } catch (error) {
        throw new Error(
          `no Google credentials (${error instanceof Error ? error.message : String(error)}): run google-github-actions/auth before this step, or set CLOUDSDK_AUTH_ACCESS_TOKEN_FILE`
        );
      }
      if (!token) throw new Error("application default credentials returned no access token");
      mask(token);
      return token;
    },
    idToken: async (audience) => {
      const token = await adcIdToken(await loading, keyFilename, audience);
      mask(token);
      return token;
    }
  };
}
async function adcIdToken(auth, keyFilename, audience) {
  let file = {};
  if (keyFilename) {
    try {
      file = JSON.parse(readFileSync(keyFilename, "utf8"));
    } catch {
    }
  }
  if (file.type === "external_account") {
    const impersonation = file.service_account_impersonation_url;
    if (!impersonation?.endsWith(":generateAccessToken")) {
      throw new Error(
        "invoker_auth needs an ID token, and these Workload Identity Federation credentials impersonate no service account: give google-github-actions/auth a service_account"
      );
    }
    const url = impersonation.replace(/:generateAccessToken$/, ":generateIdToken");
    const client = await auth.getClient();
    const response = await client.request({
      url,
      method: "POST",
      data: { audience, includeEmail: true }
    });
    if (!response.data.token) throw new Error("the IAM Credentials API returned no ID token");
    return response.data.token;
  }
  try {
    const client = await auth.getIdTokenClient(audience);
    return await client.idTokenProvider.fetchIdToken(audience);
  } catch (error) {
    throw new Error(
      `cannot mint an ID token for ${audience} (${error instanceof Error ? error.message : String(error)}): invoker_auth needs a service account, or google-github-actions/auth with service_account`
    );
  }
}

// src/gcp/http.ts
import { setTimeout as realSleep } from "node:timers/promises";
import http from "node:http";
import https from "node:https";

// src/gcp/token-hosts.ts
function isLoopbackHost(hostname) {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host === "::1";
}
function isGoogleHost(hostname) {
  const host = hostname.toLowerCase();
  return /(?:^|\.)googleapis\.com$/.test(host) || /(?:^|\.)gcr\.io$/.test(host) || /^[a-z0-9]+(?:-[a-z0-9]+)*-docker\.pkg\.dev$/.test(host);
}
var GOOGLE_TOKEN_HOSTS = "HTTPS to *.googleapis.com, gcr.io, *.gcr.io or *-docker.pkg.dev, or http(s) to localhost, 127.0.0.1 or [::1]";
function mayReceiveGoogleToken(url, trustedHost) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (target.protocol !== "https:" && target.protocol !== "http:") return false;
  if (isLoopbackHost(target.hostname)) return true;
  if (target.protocol !== "https:") return false;
  if (isGoogleHost(target.hostname)) return true;
  return trustedHost !== void 0 && target.host === hostOf(trustedHost);
}
function hostOf(host) {
  try {
    return new URL(`https://${host}`).host;
  } catch {
    return "";
  }
}

// src/gcp/http.ts
var ApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "ApiError";
};
var nodeTransport = (url, request) => new Promise((resolve, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http : https;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers, timeout: request.timeoutMs },
    (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
      response.on("error", reject);
    }
  );
  outgoing.on("timeout", () => {
    outgoing.destroy(
      Object.assign(new Error(`no answer within ${String(request.timeoutMs)} ms`), { code: "ETIMEDOUT" })
    );
  });
  outgoing.on("error", reject);
  outgoing.end(request.body);
});
function nodeFetch(url, init) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === "http:" ? http : https;
    const outgoing = client.request(
      target,
      { method: init.method, headers: init.headers, ...init.signal ? { signal: init.signal } : {} },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text2 = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
              }
            },
            text: () => Promise.resolve(text2)
          });
        });
      }
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var UNSENT_STATUSES = /* @__PURE__ */ new Set([429]);
var UNSENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "UND_ERR_SOCKET",
  "ENOTFOUND",
  "EAI_AGAIN"
]);
function apiErrorMessage(body) {
  const error = body?.error;
  return typeof error?.message === "string" ? error.message : void 0;
}
function apiBaseUrl(override, googleEndpoint) {
  if (override && !mayReceiveGoogleToken(override)) {
    throw new ConfigError(
      `${endpointOverrideVariable(googleEndpoint)} is "${withoutUserinfo(override)}", which may not receive the Google access token: the token goes only ${GOOGLE_TOKEN_HOSTS}. Point it at such an endpoint, or unset it`
    );
  }
  return (override || googleEndpoint).replace(/\/+$/, "");
}
function checkEndpointOverrides(env) {
  for (const api of ["run", "cloudbuild", "secretmanager"]) {
    apiBaseUrl(env[`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api.toUpperCase()}`], `https://${api}.googleapis.com`);
  }
}
function withoutUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
}
function endpointOverrideVariable(googleEndpoint) {
  const label = new URL(googleEndpoint).hostname.split(".")[0] ?? "";
  return `CLOUDSDK_API_ENDPOINT_OVERRIDES_${label.replace(/^.*-/, "").toUpperCase()}`;
}
function apiRefusal(api, what, response, permissionHint) {
  const { status, body } = response;
  const hint = status === 401 || status === 403 ? `: ${permissionHint}` : "";
  return new ApiError(
    `${api} refused to ${what} (HTTP ${String(status)}): ${apiErrorMessage(body) ?? JSON.stringify(body)}${hint}`,
    status
  );
}
function createApiClient(options) {
  const transport = options.transport ?? nodeTransport;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? 6;
  return async function request(method, url, body, { once = false } = {}) {
    const what = `${method} ${withoutUserinfo(url).replace(/\?.*$/, "")}`;
    refuseUnlessTokenMayGo(url, what);
    const retryable = once ? RETRYABLE_UNSENT : RETRYABLE;
    let lastFailure = "";
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (options.deadline !== void 0 && now() >= options.deadline) break;
      const call = {
        method,
        url,
        body,
        what,
        token: await options.accessToken(),
        timeoutMs: options.requestTimeoutMs ?? 3e4
      };
      const outcome = await sendOnce(transport, call, retryable);
      if (outcome.kind === "answered") return outcome.response;
      lastFailure = outcome.failure;
      if (attempt < attempts) await sleep(retryDelay(attempt, random, now, options.deadline));
      else if (outcome.response) return outcome.response;
    }
    throw new ApiError(`${what} failed after retries: ${lastFailure || "deadline exceeded"}`, 0);
  };
}
function refuseUnlessTokenMayGo(url, what) {
  if (!mayReceiveGoogleToken(url)) {
    throw new ApiError(
      `${what} refused before sending: it may not receive the Google access token, which goes only ${GOOGLE_TOKEN_HOSTS}`,
      0
    );
  }
}
var RETRYABLE = { statuses: RETRYABLE_STATUSES, codes: RETRYABLE_CODES };
var RETRYABLE_UNSENT = { statuses: UNSENT_STATUSES, codes: UNSENT_CODES };
async function sendOnce(transport, call, retryable) {
  const { method, body } = call;
  let answer;
  try {
    answer = await transport(call.url, {
      method,
      headers: {
        authorization: `Bearer ${call.token}`,
        accept: "application/json",
        ...body === void 0 ? {} : { "content-type": "application/json" }
      },
      ...body === void 0 ? {} : { body: JSON.stringify(body) },
      timeoutMs: call.timeoutMs
    });
  } catch (error) {
    const code = transportCode(error);
    if (!retryable.codes.has(code)) throw new ApiError(`${call.what} failed: ${code}`, 0);
    return { kind: "retryable", failure: code };
  }
  const response = { status: answer.status, body: parseBody(answer.text) };
  if (!retryable.statuses.has(response.status)) return { kind: "answered", response };
  const message = apiErrorMessage(response.body);
  return {
    kind: "retryable",
    failure: `HTTP ${String(response.status)}${message ? `: ${message}` : ""}`,
    response
  };
}
function parseBody(text2) {
  try {
    return text2 ? JSON.parse(text2) : void 0;
  } catch {
    return text2;
  }
}
function retryDelay(attempt, random, now, deadline) {
  const ceiling = Math.min(8e3, 500 * 2 ** (attempt - 1));
  const delay = Math.round(random() * ceiling);
  return deadline === void 0 ? delay : Math.min(delay, Math.max(0, deadline - now()));
}
function transportCode(error) {
  if (error instanceof Error) {
    const code = error.code;
    return typeof code === "string" ? code : error.message;
  }
  return String(error);
}

// src/json.ts
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function recordOf(value) {
  return asRecord(value) ?? {};
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^[-+]?\d+$/.test(value)) return Number(value);
  return void 0;
}
function field(value, ...path6) {
  let current = value;
  for (const segment of path6) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}

// src/gcp/secret-manager.ts
var SecretAccessError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "SecretAccessError";
};
function secretManagerBaseUrl(override) {
  return apiBaseUrl(override, "https://secretmanager.googleapis.com");
}
function secretVersionName(reference, projectId) {
  const full = /^projects\/([^/]+)\/secrets\/([^/:]+)\/versions\/([^/]+)$/.exec(reference);
  if (full) return reference;
  const match = /^(?:projects\/([^/]+)\/secrets\/)?([A-Za-z0-9_-]{1,255})(?::([A-Za-z0-9_-]+))?$/.exec(
    reference
  );
  if (!match) {
    throw new Error(
      `"${reference}" is not a secret reference: use projects/PROJECT/secrets/NAME/versions/VERSION, NAME:VERSION or NAME`
    );
  }
  const [, project = projectId, name = "", version = "latest"] = match;
  return `projects/${project}/secrets/${name}/versions/${version}`;
}
async function accessSecret(request, baseUrl, name, mask) {
  const { status, body } = await request("GET", `${baseUrl.replace(/\/+$/, "")}/v1/${name}:access`);
  if (status !== 200) {
    const hint = status === 403 || status === 404 ? ": grant roles/secretmanager.secretAccessor on it to the workflow's account, or give the secret as input `jwt_secret`" : "";
    throw new SecretAccessError(
      `Secret Manager refused to read ${name} (HTTP ${String(status)}: ${apiErrorMessage(body) ?? "no message"})${hint}`,
      status
    );
  }
  const data = recordOf(recordOf(body)["payload"])["data"];
  if (typeof data !== "string")
    throw new SecretAccessError(`Secret Manager returned no payload for ${name}`, status);
  const secret = Buffer.from(data, "base64").toString("utf8");
  mask(secret);
  return secret;
}
function secretManagerApi(request, baseUrl, mask) {
  return { access: (name) => accessSecret(request, baseUrl, name, mask) };
}

// src/postgrest/version.ts
function parsePostgrestVersion(text2) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text2.trim());
  if (!match) return void 0;
  const [, major = "0", minor = "0", patch = "0"] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    tag: `v${text2.trim().replace(/^v/, "")}`
  };
}
function isAtLeast(version, major, minor = 0) {
  return version.major > major || version.major === major && version.minor >= minor;
}
var OLDEST_SUPPORTED_MAJOR = 12;
function unsupportedVersion(version) {
  if (version.major < OLDEST_SUPPORTED_MAJOR) {
    return `PostgREST ${version.tag} is older than this action supports: it checks settings and tokens from v${String(OLDEST_SUPPORTED_MAJOR)} on; upgrade (v14.17 is current), or pin an older release of this action`;
  }
  if (version.major > 14 && version.major % 2 === 1) {
    return `there is no PostgREST ${version.tag}: from v14 on only even majors are released (v${String(version.major)} was a development line); use v${String(version.major - 1)}.x or v${String(version.major + 1)}.x`;
  }
  return void 0;
}
function missingRoleAnswer(version) {
  const v1301 = version.major > 13 || version.major === 13 && (version.minor > 0 || version.patch >= 1);
  return { status: v1301 ? 401 : 400, code: "22023" };
}
var MIN_JWT_SECRET_LENGTH = 32;

// src/postgrest/claim-key.ts
function claimKeyGrammarFor(version) {
  if (!isAtLeast(version, 13)) return { grammar: "v12", acceptsLegacy: false };
  if (!isAtLeast(version, 16)) return { grammar: "v13", acceptsLegacy: false };
  return { grammar: "rfc9535", acceptsLegacy: isAtLeast(version, 16, 2) };
}
function checkRoleClaimKey(key, version) {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar !== "rfc9535") {
    const parsed = parseLegacyClaimKey(key, grammar);
    if ("segments" in parsed) return { ok: true, segments: parsed.segments };
    return { ok: false, error: parsed.error, suggestion: suggestLegacy(key, grammar) };
  }
  const rfc = parseJsonPath(key);
  if (rfc.ok) return { ok: true };
  const legacy = parseLegacyClaimKey(key, "v13");
  if ("segments" in legacy) {
    const suggestion2 = toJsonPath(legacy.segments);
    if (acceptsLegacy)
      return { ok: true, deprecated: true, segments: legacy.segments, ...suggestion2 ? { suggestion: suggestion2 } : {} };
    return {
      ok: false,
      error: { message: `${version.tag} reads only RFC 9535 JSONPath (starting with $)`, offset: 0 },
      ...suggestion2 ? { suggestion: suggestion2 } : {}
    };
  }
  const suggestion = suggestJsonPath(key);
  return { ok: false, error: rfc.error, ...suggestion ? { suggestion } : {} };
}
var ParseError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function fail(cursor, message) {
  throw new ParseError(message, cursor.at);
}
function peek(cursor) {
  return cursor.text[cursor.at] ?? "";
}
function lookingAt(cursor, prefix) {
  return cursor.text.startsWith(prefix, cursor.at);
}
function parseLegacyClaimKey(key, grammar) {
  const cursor = { text: key, at: 0 };
  try {
    if (key.length === 0) fail(cursor, "the key is empty");
    return { segments: grammar === "v12" ? readV12Segments(cursor) : readV13Segments(cursor) };
  } catch (error) {
    if (error instanceof ParseError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
}
function readV12Segments(cursor) {
  const segments = [];
  if (peek(cursor) !== ".") fail(cursor, 'the key must start with "."');
  while (cursor.at < cursor.text.length) {
    if (peek(cursor) !== ".") fail(cursor, 'expected "." before the next key');
    cursor.at++;
    segments.push({ kind: "key", name: readLegacyName(cursor) });
    if (peek(cursor) === "[") segments.push({ kind: "index", index: readLegacyIndex(cursor) });
  }
  return segments;
}
function readV13Segments(cursor) {
  const segments = [];
  while (cursor.at < cursor.text.length) {
    if (segments.at(-1)?.kind === "filter")
      fail(cursor, "a filter [?(...)] must be the last part of the key");
    if (peek(cursor) === ".") {
      cursor.at++;
      segments.push({ kind: "key", name: readLegacyName(cursor) });
    } else if (lookingAt(cursor, "[?(")) {
      segments.push(readLegacyFilter(cursor));
    } else if (peek(cursor) === "[") {
      segments.push({ kind: "index", index: readLegacyIndex(cursor) });
    } else {
      fail(cursor, 'expected ".key", "[n]" or a final filter "[?(@ == \\"value\\")]"');
    }
  }
  return segments;
}
function readLegacyName(cursor) {
  const { text: text2 } = cursor;
  if (peek(cursor) === '"') {
    const close = text2.indexOf('"', cursor.at + 1);
    if (close < 0) fail(cursor, 'unterminated quoted key: add the closing "');
    const name = text2.slice(cursor.at + 1, close);
    cursor.at = close + 1;
    return name;
  }
  const start = cursor.at;
  while (cursor.at < text2.length && /[\p{L}\p{N}_$@]/u.test(peek(cursor))) cursor.at++;
  if (cursor.at === start)
    fail(cursor, `expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
  return text2.slice(start, cursor.at);
}
function readLegacyIndex(cursor) {
  const match = /^\[(\d+)\]/.exec(cursor.text.slice(cursor.at));
  if (!match?.[1]) return fail(cursor, "expected an array index like [0]");
  cursor.at += match[0].length;
  return Number(match[1]);
}
function readLegacyFilter(cursor) {
  const { text: text2 } = cursor;
  cursor.at += 3;
  if (peek(cursor) !== "@") fail(cursor, 'a filter starts with @: [?(@ == "value")]');
  cursor.at++;
  while (peek(cursor) === " ") cursor.at++;
  const operator = ["==^", "==", "!=", "^==", "*=="].find((op) => lookingAt(cursor, op));
  if (!operator) return fail(cursor, "expected one of the filter operators ==, !=, ^==, ==^, *==");
  cursor.at += operator.length;
  while (peek(cursor) === " ") cursor.at++;
  if (peek(cursor) !== '"') fail(cursor, 'the filter value must be a "quoted string"');
  const close = text2.indexOf('"', cursor.at + 1);
  if (close < 0) fail(cursor, 'unterminated filter value: add the closing "');
  const operand = text2.slice(cursor.at + 1, close);
  cursor.at = close + 1;
  if (!lookingAt(cursor, ")]")) fail(cursor, 'close the filter with ")]"');
  cursor.at += 2;
  return { kind: "filter", operator, operand };
}
function suggestLegacy(key, grammar) {
  const trimmed = key.trim();
  if (!/^\.?[^[\]"]+$/.test(trimmed)) return void 0;
  const parts = trimmed.replace(/^\./, "").split(".");
  if (parts.some((p) => p === "")) return void 0;
  const suggestion = parts.map((p) => /^[\p{L}\p{N}_$@]+$/u.test(p) ? `.${p}` : `."${p}"`).join("");
  return "segments" in parseLegacyClaimKey(suggestion, grammar) && suggestion !== key ? suggestion : void 0;
}
function toJsonPath(segments) {
  let out = "$";
  for (const segment of segments) {
    if (segment.kind === "filter") {
      const filter = jsonPathFilter(segment.operator, segment.operand);
      if (filter === void 0) return void 0;
      out += `[?${filter}]`;
    } else if (segment.kind === "index") out += `[${segment.index}]`;
    else
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment.name) ? `.${segment.name}` : `[${JSON.stringify(segment.name)}]`;
  }
  return out;
}
function jsonPathFilter(operator, operand) {
  if (operator === "==" || operator === "!=") return `@ ${operator} ${JSON.stringify(operand)}`;
  if (/[$^\r\n]/.test(operand)) return void 0;
  const literal = operand.replace(/[()*+\-.?[\\\]{|}]/g, "\\$&");
  if (operator === "^==") return `match(@, ${JSON.stringify(`${literal}.*`)})`;
  if (operator === "==^") return `match(@, ${JSON.stringify(`.*${literal}`)})`;
  return `search(@, ${JSON.stringify(literal)})`;
}
function suggestJsonPath(key) {
  const dotted = key.trim().replace(/^\$/, "");
  if (!/^\.[^[\]"]+$/.test(dotted)) return void 0;
  const names = dotted.slice(1).split(".");
  if (names.some((n) => n === "")) return void 0;
  return toJsonPath(names.map((name) => ({ kind: "key", name })));
}
function parseJsonPath(path6) {
  const cursor = { text: path6, at: 0 };
  try {
    if (path6[0] !== "$") fail(cursor, "an RFC 9535 JSONPath starts with $");
    cursor.at = 1;
    readSegments(cursor, false);
    if (cursor.at < path6.length) fail(cursor, "unexpected character");
    return { ok: true };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, error: { message: error.message, offset: error.offset } };
    throw error;
  }
}
var NAME_FIRST = /[A-Za-z_\u0080-\uffff]/;
var NAME_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;
var COMPARISON_OPERATORS = ["==", "!=", "<=", ">=", "<", ">"];
function skipSpace(cursor) {
  while (/[ \t\n\r]/.test(peek(cursor))) cursor.at++;
}
function readSegments(cursor, inFilter) {
  for (; ; ) {
    if (inFilter && !skipSpaceBeforeSegment(cursor)) return;
    if (!readSegment(cursor)) return;
  }
}
function skipSpaceBeforeSegment(cursor) {
  const save = cursor.at;
  skipSpace(cursor);
  if (peek(cursor) === "." || peek(cursor) === "[") return true;
  cursor.at = save;
  return false;
}
function readSegment(cursor) {
  if (lookingAt(cursor, "..")) {
    cursor.at += 2;
    if (peek(cursor) === "*") cursor.at++;
    else if (peek(cursor) === "[") readBracket(cursor);
    else readShorthand(cursor);
  } else if (peek(cursor) === ".") {
    cursor.at++;
    if (peek(cursor) === "*") cursor.at++;
    else readShorthand(cursor);
  } else if (peek(cursor) === "[") {
    readBracket(cursor);
  } else {
    return false;
  }
  return true;
}
function readShorthand(cursor) {
  if (!NAME_FIRST.test(peek(cursor)))
    fail(cursor, 'expected a member name (letters, digits, _; not starting with a digit) or use ["name"]');
  while (NAME_CHAR.test(peek(cursor))) cursor.at++;
}
function readBracket(cursor) {
  cursor.at++;
  readCommaSeparated(cursor, readSelector);
  if (peek(cursor) !== "]") fail(cursor, 'expected "]"');
  cursor.at++;
}
function readCommaSeparated(cursor, readItem) {
  for (; ; ) {
    readItem(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ",") return;
    cursor.at++;
  }
}
function readSelector(cursor) {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === '"' || first === "'") {
    readQuoted(cursor);
  } else if (first === "*") {
    cursor.at++;
  } else if (first === "?") {
    cursor.at++;
    readLogical(cursor);
  } else {
    readIndexOrSlice(cursor);
  }
}
function readIndexOrSlice(cursor) {
  if (peek(cursor) !== ":") readInt(cursor);
  skipSpace(cursor);
  for (let colons = 0; peek(cursor) === ":" && colons < 2; colons++) {
    cursor.at++;
    skipSpace(cursor);
    if (/[-0-9]/.test(peek(cursor))) readInt(cursor);
    skipSpace(cursor);
  }
}
function readQuoted(cursor) {
  const quote = peek(cursor);
  cursor.at++;
  while (cursor.at < cursor.text.length && peek(cursor) !== quote) {
    if (peek(cursor) === "\\") {
      cursor.at++;
      if (!/["'\\/bfnrtu]/.test(peek(cursor))) fail(cursor, "invalid escape in quoted name");
    }
    cursor.at++;
  }
  if (peek(cursor) !== quote) fail(cursor, "unterminated quoted name");
  cursor.at++;
}
function readInt(cursor) {
  const match = /^(?:0|-?[1-9]\d*)/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, "expected an integer");
  cursor.at += match[0].length;
}
function readLogical(cursor) {
  readTest(cursor);
  for (; ; ) {
    skipSpace(cursor);
    if (!lookingAt(cursor, "&&") && !lookingAt(cursor, "||")) return;
    cursor.at += 2;
    readTest(cursor);
  }
}
function readTest(cursor) {
  skipSpace(cursor);
  if (peek(cursor) === "!") {
    cursor.at++;
    skipSpace(cursor);
  }
  if (peek(cursor) === "(") {
    cursor.at++;
    readLogical(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ")") fail(cursor, 'expected ")"');
    cursor.at++;
    return;
  }
  const left = readComparable(cursor);
  skipSpace(cursor);
  const operator = COMPARISON_OPERATORS.find((o) => lookingAt(cursor, o));
  if (operator) {
    cursor.at += operator.length;
    readComparable(cursor);
  } else if (left === "literal") {
    fail(cursor, 'a literal alone is not a test: compare it, e.g. @ == "value"');
  }
}
function readComparable(cursor) {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === "@" || first === "$") {
    cursor.at++;
    readSegments(cursor, true);
    return "query";
  }
  if (first === '"' || first === "'") {
    readQuoted(cursor);
    return "literal";
  }
  if (/[-0-9]/.test(first)) {
    readNumber(cursor);
    return "literal";
  }
  if (readKeyword(cursor)) return "literal";
  if (/[a-z]/.test(first)) {
    readFunctionCall(cursor);
    return "function";
  }
  return fail(cursor, "expected @, $, a literal or a function call in the filter");
}
function readNumber(cursor) {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, "expected a number");
  cursor.at += match[0].length;
}
function readKeyword(cursor) {
  for (const word of ["true", "false", "null"]) {
    if (lookingAt(cursor, word) && !NAME_CHAR.test(cursor.text[cursor.at + word.length] ?? "")) {
      cursor.at += word.length;
      return true;
    }
  }
  return false;
}
function readFunctionCall(cursor) {
  while (/[a-z0-9_]/.test(peek(cursor))) cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== "(") fail(cursor, 'expected "(" after a function name');
  cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== ")") readCommaSeparated(cursor, readArgument);
  if (peek(cursor) !== ")") fail(cursor, 'expected ")" to close the function call');
  cursor.at++;
}
function readArgument(cursor) {
  skipSpace(cursor);
  if (/["'0-9-]/.test(peek(cursor))) readComparable(cursor);
  else readLogical(cursor);
}
function defaultClaimKey(version) {
  return isAtLeast(version, 16) ? "$.role" : ".role";
}

// src/postgrest/conninfo.ts
function conninfoValue(conninfo, keyword) {
  return conninfo.parameters.findLast((p) => p.keyword === keyword);
}
function conninfoUser(conninfo) {
  const parameter = conninfoValue(conninfo, "user");
  return parameter ? parameter.value : conninfo.uriUser;
}
function parseConninfo(text2) {
  return /^postgres(?:ql)?:\/\//.test(text2) ? parseUri(text2) : parseKeywordValue(text2);
}
function parseKeywordValue(text2) {
  const parameters = [];
  let i2 = 0;
  const skipSpace2 = () => {
    while (/\s/.test(text2[i2] ?? "")) i2++;
  };
  for (; ; ) {
    skipSpace2();
    if (i2 >= text2.length) break;
    const start = i2;
    while (i2 < text2.length && !/[\s=]/.test(text2[i2] ?? "")) i2++;
    const keyword = text2.slice(start, i2);
    skipSpace2();
    if (text2[i2] !== "=") {
      throw new Error(
        `missing "=" after the word at character ${String(start + 1)} of the connection string (a value with a space must be quoted: '...')`
      );
    }
    i2++;
    skipSpace2();
    let value = "";
    if (text2[i2] === "'") {
      i2++;
      while (i2 < text2.length && text2[i2] !== "'") {
        if (text2[i2] === "\\") i2++;
        value += text2[i2] ?? "";
        i2++;
      }
      if (text2[i2] !== "'") {
        throw new Error(
          `unterminated quoted value for the parameter at character ${String(start + 1)} of the connection string`
        );
      }
      i2++;
    } else {
      while (i2 < text2.length && !/\s/.test(text2[i2] ?? "")) {
        if (text2[i2] === "\\") i2++;
        value += text2[i2] ?? "";
        i2++;
      }
    }
    parameters.push({ keyword, value, source: text2.slice(start, i2) });
  }
  const password = parameters.findLast((p) => p.keyword === "password");
  return {
    form: "keyword-value",
    parameters,
    hasPassword: password !== void 0 && password.value !== "",
    ...password ? { passwordSource: password.source } : {}
  };
}
function parseUri(text2) {
  const afterScheme = text2.replace(/^postgres(?:ql)?:\/\//, "");
  const designator = afterScheme.search(/[@/]/);
  const hasUserinfo = designator >= 0 && afterScheme[designator] === "@";
  const userinfo = hasUserinfo ? afterScheme.slice(0, designator) : "";
  const rest = hasUserinfo ? afterScheme.slice(designator + 1) : afterScheme;
  const queryStart = rest.indexOf("?");
  const query = queryStart < 0 ? "" : rest.slice(queryStart + 1);
  const colon = userinfo.indexOf(":");
  const uriPassword = colon < 0 ? "" : userinfo.slice(colon + 1);
  const uriUser = decode(
    colon < 0 ? userinfo : userinfo.slice(0, colon),
    "the user of the connection string"
  );
  const parameters = [];
  query.split("&").forEach((pair, index) => {
    if (!pair) return;
    const eq = pair.indexOf("=");
    const where = `URI parameter ${String(index + 1)}`;
    if (eq < 0) throw new Error(`missing "=" in ${where} of the connection string`);
    const keyword = decode(pair.slice(0, eq), where);
    parameters.push({ keyword, value: decode(pair.slice(eq + 1), `the value of ${keyword}`), source: pair });
  });
  const queryPassword = parameters.findLast((p) => p.keyword === "password");
  const passwordSource = queryPassword?.source ?? (uriPassword ? userinfo : void 0);
  return {
    form: "uri",
    parameters,
    hasPassword: uriPassword !== "" || queryPassword !== void 0 && queryPassword.value !== "",
    ...passwordSource ? { passwordSource } : {},
    ...uriUser ? { uriUser } : {}
  };
}
function decode(text2, where) {
  try {
    return decodeURIComponent(text2);
  } catch {
    throw new Error(`invalid percent-encoding in ${where} of the connection string (write % as %25)`);
  }
}

// src/postgrest/container.ts
function isPostgrestImage(image) {
  if (!image) return false;
  const withoutDigest = image.replace(/@.*$/, "");
  const lastSlash = withoutDigest.lastIndexOf("/");
  const repository = withoutDigest.slice(lastSlash + 1).replace(/:.*$/, "");
  return repository.toLowerCase() === "postgrest";
}
var configuresPostgrest = (facts) => facts.env.some((name) => name.startsWith("PGRST_")) || isPostgrestImage(facts.image);
function postgrestContainerIndex(containers) {
  if (!containers.some(configuresPostgrest)) return void 0;
  const candidates = containers.flatMap(
    (facts, index) => configuresPostgrest(facts) || facts.runsActionImage ? [index] : []
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((index) => containers[index]?.env.includes("PGRST_DB_URI")) ?? candidates[0];
}

// src/postgrest/settings.ts
var HASKELL_INTEGER = /^\s*(-?)\s*(\d+|0[xX][0-9a-fA-F]+|0[oO][0-7]+)\s*$/;
function readInteger(value) {
  const match = HASKELL_INTEGER.exec(value);
  if (!match) return void 0;
  const [, sign = "", digits = ""] = match;
  const magnitude = /^0[oO]/.test(digits) ? parseInt(digits.slice(2), 8) : Number(digits);
  return sign === "-" ? -magnitude : magnitude;
}
function readBoolean(value) {
  const letters = value.replace(new RegExp("\\P{L}", "gu"), "");
  const titled = letters.slice(0, 1).toUpperCase() + letters.slice(1).toLowerCase();
  if (titled === "True") return true;
  if (titled === "False") return false;
  const number2 = readInteger(value);
  return number2 === void 0 ? void 0 : number2 > 0;
}
var STRING = {
  kind: "string",
  describe: "text",
  check: () => void 0,
  onBadValue: "default"
};
var BOOLEAN = {
  kind: "boolean",
  describe: "true or false (a whole number also works: above 0 is true)",
  check: (value) => readBoolean(value) === void 0 ? "is neither true nor false as PostgREST reads booleans" : void 0,
  onBadValue: "default"
};
var INTEGER = {
  kind: "integer",
  describe: "a whole number",
  check: (value) => readInteger(value) === void 0 ? "is not a whole number" : void 0,
  onBadValue: "default"
};
function oneOf(...values) {
  return {
    kind: "enum",
    describe: values.join(" | "),
    values,
    check: (value) => values.includes(value) ? void 0 : `is not one of ${values.join(", ")}`,
    onBadValue: "fails"
  };
}
var FILE_MODE = {
  kind: "file-mode",
  describe: "an octal file mode from 600 to 777",
  check: (value) => {
    const digits = /^[0-7]+/.exec(value)?.[0];
    if (digits === void 0) return "is not an octal number";
    const mode = parseInt(digits, 8);
    return mode >= 384 && mode <= 511 ? void 0 : "is not between 600 and 777";
  },
  onBadValue: "fails"
};
var URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
var AUDIENCE = {
  kind: "audience",
  describe: 'a string without ":", or a URI',
  check: (value) => !value.includes(":") || URI.test(value) ? void 0 : 'holds ":" but is not a URI',
  onBadValue: "fails"
};
var PROXY_URI = {
  kind: "proxy-uri",
  describe: "an http or https URI with a host and no user or query, such as https://example.com:8443/api",
  check: (value) => {
    const match = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[^/?#@:[\]]*)(?::(\d*))?([^?#]*)$/i.exec(value);
    if (!match || !URI.test(value)) return "is not an absolute http(s) URI without query or fragment";
    if (/^[a-z]+:\/\/[^/]*@/i.test(value)) return "names a user, which PostgREST refuses";
    const [, , host = "", port] = match;
    if (host === "") return "has no host";
    if (port !== void 0 && !(Number(port) >= 1 && Number(port) <= 65535))
      return "has no port from 1 to 65535";
    return void 0;
  },
  onBadValue: "fails"
};
var SCHEMAS_V16 = {
  kind: "schemas",
  describe: "comma-separated schema names, without pg_catalog and information_schema",
  check: (value) => {
    const system = value.split(",").map((schema) => schema.trim()).find((schema) => schema === "pg_catalog" || schema === "information_schema");
    return system === void 0 ? void 0 : `names ${system}, which PostgREST refuses to expose`;
  },
  onBadValue: "fails"
};
var docs = (major, anchor) => `https://docs.postgrest.org/en/v${String(major)}/references/configuration.html#${anchor}`;
var PARSER_V16 = "https://github.com/PostgREST/postgrest/blob/v16.2/src/library/PostgREST/Config.hs";
var PARSER_V14_12 = "https://github.com/PostgREST/postgrest/blob/v14.12/src/PostgREST/Config.hs";
var PARSER_V13 = "https://github.com/PostgREST/postgrest/blob/v13.0.8/src/PostgREST/Config.hs";
var SUPPORTED_FROM = "v12.0.0";
function setting(name, added, value, fallback, extra = {}) {
  return {
    name,
    added,
    meanings: [{ since: SUPPORTED_FROM, value, default: fallback }],
    source: docs(16, name),
    ...extra
  };
}
function alias(name, target, added, source, aliasWins = false) {
  return { name, added, aliasOf: target, meanings: [], source, ...aliasWins ? { aliasWins } : {} };
}
var LOG_LEVELS = ["crit", "error", "warn", "info"];
var TX_END = ["commit", "commit-allow-override", "rollback", "rollback-allow-override"];
var SETTINGS = [
  setting("admin-server-config-enabled", "v12.2.12", BOOLEAN, "false", {
    removed: "v13.0.0",
    source: docs(12, "admin-server-config-enabled"),
    changelog: "12.2.12 (#3956): the admin server /config endpoint is off unless this is true; 13.0.0 (#3956): the endpoint and this setting are gone"
  }),
  setting("admin-server-host", "v13.0.0", STRING, "server-host's value", {
    changelog: "13.0.0 (#3558): added"
  }),
  setting("admin-server-port", "v10.0.0", INTEGER, "none: no admin server"),
  setting("admin-server-unix-socket", "v16.0", STRING, "none", { changelog: "16.0 (#5003): added" }),
  setting("admin-server-unix-socket-mode", "v16.0", FILE_MODE, "660", { changelog: "16.0 (#5003): added" }),
  setting("client-error-verbosity", "v16.0", oneOf("verbose", "minimal"), "verbose", {
    changelog: "16.0 (#4088): added"
  }),
  setting("db-aggregates-enabled", "v12.0.0", BOOLEAN, "false", {
    changelog: "12.0.0 (#915): added, with aggregate functions"
  }),
  setting("db-anon-role", "v5.1.0", STRING, "none: anonymous requests are refused"),
  setting("db-channel", "v8.0.0", STRING, "pgrst"),
  setting("db-channel-enabled", "v8.0.0", BOOLEAN, "true"),
  setting("db-config", "v8.0.0", BOOLEAN, "true"),
  setting("db-extra-search-path", "v5.2.0", STRING, "public"),
  setting(
    "db-hoisted-tx-settings",
    "v12.2.0",
    STRING,
    "statement_timeout,plan_filter.statement_cost_limit,default_transaction_isolation",
    { changelog: "12.2.0 (#3242): added" }
  ),
  setting("db-max-rows", "v8.0.0", INTEGER, "none: no limit"),
  setting("db-plan-enabled", "v10.0.0", BOOLEAN, "false"),
  setting("db-pool", "v5.1.0", INTEGER, "10"),
  setting("db-pool-acquisition-timeout", "v10.1.0", INTEGER, "10"),
  setting("db-pool-automatic-recovery", "v12.0.0", BOOLEAN, "true", { changelog: "12.0.0 (#1614): added" }),
  setting("db-pool-max-idletime", "v11.1.0", INTEGER, "30"),
  setting("db-pool-max-lifetime", "v10.2.0", INTEGER, "1800"),
  setting("db-pre-config", "v11.1.0", STRING, "none"),
  setting("db-pre-request", "v8.0.0", STRING, "none"),
  setting("db-prepared-statements", "v8.0.0", BOOLEAN, "true"),
  setting("db-root-spec", "v8.0.0", STRING, "none"),
  {
    name: "db-schemas",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: "public" },
      { since: "v16.0", value: SCHEMAS_V16, default: "public" }
    ],
    source: docs(16, "db-schemas"),
    changelog: "16.0 (#4359): startup fails when pg_catalog or information_schema is listed"
  },
  setting("db-tx-end", "v8.0.0", oneOf(...TX_END), "commit"),
  setting("db-uri", "v5.1.0", STRING, "postgresql://"),
  {
    name: "jwt-aud",
    added: "v5.1.0",
    meanings: [
      { since: SUPPORTED_FROM, value: AUDIENCE, default: "none" },
      // 13.0.0 swapped the JWT library and lost the URI check; 13.0.4 (#4132) restored it.
      { since: "v13.0.0", value: STRING, default: "none" },
      { since: "v13.0.4", value: AUDIENCE, default: "none" }
    ],
    source: docs(16, "jwt-aud"),
    changelog: "13.0.4 (#4132): an aud that is not a valid URI fails again"
  },
  setting("jwt-cache-max-entries", "v14.0", INTEGER, "1000", {
    changelog: "14.0 (#4084): replaces jwt-cache-max-lifetime"
  }),
  setting("jwt-cache-max-lifetime", "v12.0.0", INTEGER, "0: no cache", {
    removed: "v14.0",
    replacedBy: {
      name: "jwt-cache-max-entries",
      note: "a number of cached tokens, default 1000, not seconds"
    },
    source: docs(13, "jwt-cache-max-lifetime"),
    changelog: "12.0.0 (#2698): added; 14.0 (#4084): replaced by jwt-cache-max-entries"
  }),
  {
    name: "jwt-role-claim-key",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: ".role" },
      { since: "v16.0", value: STRING, default: "$.role" }
    ],
    source: docs(16, "jwt-role-claim-key"),
    changelog: "16.0 (#4984): RFC 9535 JSONPath, default $.role; the grammar is checked by pgrst/role-claim-key"
  },
  setting("jwt-secret", "v5.1.0", STRING, "none: tokens are refused"),
  setting("jwt-secret-is-base64", "v8.0.0", BOOLEAN, "false"),
  {
    name: "log-level",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: oneOf(...LOG_LEVELS), default: "error" },
      { since: "v12.2.0", value: oneOf(...LOG_LEVELS, "debug"), default: "error" }
    ],
    source: docs(16, "log-level"),
    changelog: "12.2.0 (#3435): adds debug"
  },
  {
    name: "log-query",
    added: "v13.0.0",
    meanings: [
      { since: "v13.0.0", value: oneOf("disabled", "main-query"), default: "disabled" },
      { since: "v14.0", value: BOOLEAN, default: "false" }
    ],
    source: docs(16, "log-query"),
    changelog: "13.0.0 (#1578): added, disabled | main-query; 14.0 (#3934): a boolean instead"
  },
  setting(
    "openapi-mode",
    "v8.0.0",
    oneOf("follow-privileges", "ignore-privileges", "disabled"),
    "follow-privileges"
  ),
  setting("openapi-security-active", "v10.0.0", BOOLEAN, "false"),
  setting("openapi-server-proxy-uri", "v7.0.1", PROXY_URI, "none"),
  setting("server-cors-allowed-origins", "v12.0.0", STRING, "none: any origin", {
    source: docs(16, "server-cors-allowed-origins"),
    changelog: "12.0.0 (#2441): added"
  }),
  setting("server-host", "v5.1.0", STRING, "!4"),
  setting("server-port", "v5.1.0", INTEGER, "3000"),
  setting("server-reuseport", "v16.0", BOOLEAN, "false", { changelog: "16.0 (#4703): added" }),
  setting("server-timing-enabled", "v12.0.0", BOOLEAN, "false", {
    changelog: "12.0.0 (#2771): added, with the Server-Timing header"
  }),
  setting("server-trace-header", "v11.0.0", STRING, "none"),
  setting("server-unix-socket", "v6.0.0", STRING, "none"),
  setting("server-unix-socket-mode", "v7.0.0", FILE_MODE, "660"),
  setting("url-use-legacy-target-names", "v16.0", BOOLEAN, "true", { changelog: "16.0 (#4075): added" }),
  // Old names PostgREST still reads (v8.0.0, #1679, renamed settings and kept the old names as fallbacks).
  alias("db-schema", "db-schemas", "v5.1.0", docs(16, "db-schemas")),
  alias("max-rows", "db-max-rows", "v5.1.0", docs(16, "db-max-rows")),
  alias("pre-request", "db-pre-request", "v5.1.0", docs(16, "db-pre-request")),
  alias("role-claim-key", "jwt-role-claim-key", "v5.1.0", docs(16, "jwt-role-claim-key")),
  alias("root-spec", "db-root-spec", "v6.0.0", PARSER_V16),
  alias("secret-is-base64", "jwt-secret-is-base64", "v5.1.0", PARSER_V16),
  // Dropped in v10.1.0 and back in v11.1.0 as the old name of db-pool-max-idletime; the parser reads it first.
  alias("db-pool-timeout", "db-pool-max-idletime", "v11.1.0", docs(16, "db-pool-max-idletime"), true),
  // For PostgREST's own tests: undocumented, but read.
  setting("internal-schema-cache-sleep", "v11.1.0", INTEGER, "none", {
    internal: true,
    removed: "v14.0",
    replacedBy: { name: "internal-schema-cache-query-sleep" },
    source: PARSER_V13
  }),
  setting("internal-schema-cache-query-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    source: PARSER_V16
  }),
  setting("internal-schema-cache-load-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    removed: "v14.13",
    source: PARSER_V14_12
  }),
  setting("internal-schema-cache-relationship-load-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    removed: "v14.13",
    source: PARSER_V14_12
  }),
  setting("internal-schema-cache-query-sleep-before-queries", "v16.0", INTEGER, "none", {
    internal: true,
    source: PARSER_V16
  })
];
var APP_SETTINGS_PREFIX = "PGRST_APP_SETTINGS_";
var APP_SETTINGS_SOURCE = docs(16, "app-settings");
function envName(name) {
  return `PGRST_${name.toUpperCase().replaceAll("-", "_")}`;
}
function tag(text2) {
  const version = parsePostgrestVersion(text2);
  if (!version) throw new Error(`internal error: ${text2} is not a release`);
  return version;
}
function isSince(version, since) {
  const from = tag(since);
  if (version.major !== from.major) return version.major > from.major;
  if (version.minor !== from.minor) return version.minor > from.minor;
  return version.patch >= from.patch;
}
function isRead(setting2, version) {
  return isSince(version, setting2.added) && (setting2.removed === void 0 || !isSince(version, setting2.removed));
}
var BY_ENV = new Map(SETTINGS.map((entry2) => [envName(entry2.name), entry2]));
var BY_NAME = new Map(SETTINGS.map((entry2) => [entry2.name, entry2]));
function meaningOf(setting2, version) {
  if (!isRead(setting2, version)) return void 0;
  const target = setting2.aliasOf === void 0 ? setting2 : BY_NAME.get(setting2.aliasOf);
  return target?.meanings.findLast((meaning) => isSince(version, meaning.since));
}
function settingDefault(name, version) {
  const entry2 = BY_NAME.get(name);
  return entry2 ? meaningOf(entry2, version)?.default : void 0;
}
function lookupSetting(env, version) {
  if (env.startsWith(APP_SETTINGS_PREFIX) && env.length > APP_SETTINGS_PREFIX.length)
    return { kind: "app-setting" };
  const entry2 = BY_ENV.get(env);
  if (!entry2) return { kind: "unknown" };
  if (!isSince(version, entry2.added)) return { kind: "not-yet", setting: entry2 };
  if (entry2.removed !== void 0 && isSince(version, entry2.removed)) {
    const replacement = entry2.replacedBy && BY_NAME.get(entry2.replacedBy.name);
    return replacement && isRead(replacement, version) ? { kind: "removed", setting: entry2, replacement } : { kind: "removed", setting: entry2 };
  }
  const meaning = meaningOf(entry2, version);
  const target = entry2.aliasOf === void 0 ? void 0 : BY_NAME.get(entry2.aliasOf);
  if (!meaning) return { kind: "unknown" };
  return target ? { kind: "alias", alias: entry2, setting: target, meaning } : { kind: "setting", setting: entry2, meaning };
}
function settingEnvNames(version) {
  const read = SETTINGS.filter((entry2) => !entry2.internal && isRead(entry2, version));
  return [...read.filter((e) => !e.aliasOf), ...read.filter((e) => e.aliasOf)].map((e) => envName(e.name));
}
function checkSettingValue(meaning, value) {
  return value === "" ? void 0 : meaning.value.check(value);
}
function settingsDocs(version) {
  return `https://docs.postgrest.org/en/v${String(version.major)}/references/configuration.html`;
}

// src/config/values.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseVariables(entries, source) {
  const variables = /* @__PURE__ */ new Map();
  entries.forEach((entry2, index) => {
    const eq = entry2.indexOf("=");
    const name = eq < 0 ? entry2 : entry2.slice(0, eq);
    const where = source === "--var" ? `--var ${JSON.stringify(entry2)}` : `${source} line ${index + 1}`;
    if (eq < 0) throw new ConfigError(`${where}: expected NAME=VALUE`);
    if (!NAME.test(name)) {
      throw new ConfigError(
        `${where}: "${name}" is not a variable name (letters, digits and _, not starting with a digit)`
      );
    }
    if (name === "POSTGREST_VERSION") {
      throw new ConfigError(
        `${where}: POSTGREST_VERSION is set from the postgrest version (input \`postgrest_version\`, flag --postgrest-version)`
      );
    }
    if (variables.has(name)) throw new ConfigError(`${where}: ${name} is set twice`);
    variables.set(name, entry2.slice(eq + 1));
  });
  return variables;
}
function variableLines(text2) {
  return text2.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseVersionSetting(text2, source) {
  const version = parsePostgrestVersion(text2);
  if (!version) {
    throw new ConfigError(
      `${source}: "${text2}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`
    );
  }
  const unsupported = unsupportedVersion(version);
  if (unsupported) throw new ConfigError(`${source}: ${unsupported}`);
  return version;
}
function parseDbMaxConnections(text2, source) {
  const value = text2.trim();
  if (value === "") return void 0;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new ConfigError(
      `${source} must be a whole number of connections (1 or more), such as the database's max_connections, not "${text2}"`
    );
  }
  return Number(value);
}
function parseDays(text2, source) {
  const value = text2.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`${source} must be a whole number of days (0 or more), such as 30, not "${text2}"`);
  }
  return Number(value);
}
var CLOUD_RUN_REVISIONS_PER_SERVICE = 1e3;
function parseKeepRevisions(text2, source) {
  const value = text2.trim();
  if (!/^\d+$/.test(value) || Number(value) > CLOUD_RUN_REVISIONS_PER_SERVICE) {
    throw new ConfigError(
      `${source} must be a whole number of revisions from 0 (never delete any) to ${String(CLOUD_RUN_REVISIONS_PER_SERVICE)} (Cloud Run's own cap per service), such as 20, not "${text2}"`
    );
  }
  return Number(value);
}
function parseBoolean(text2, source) {
  const value = text2.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0", ""].includes(value)) return false;
  throw new ConfigError(`${source} must be true or false, not "${text2}"`);
}
function parseSeconds(text2, source, max) {
  if (!/^\d+$/.test(text2.trim()) || Number(text2) < 1 || Number(text2) > max) {
    throw new ConfigError(`${source} must be a number of seconds from 1 to ${String(max)}, not "${text2}"`);
  }
  return Number(text2) * 1e3;
}

// src/defaults.ts
import { fileURLToPath } from "node:url";

// src/action-defaults.generated.ts
var ACTION_DEFAULTS = {
  "spec": "cloudbuild/service.yaml",
  "vars": "",
  "postgrest_version": "v14.17",
  "db_max_connections": "",
  "preflight": "true",
  "cert_expiry_warning_days": "30",
  "project_id": "",
  "repository": "",
  "image_name": "postgrest",
  "image": "",
  "builder": "assemble",
  "postgrest_image": "docker.io/postgrest/postgrest",
  "base_image": "docker.io/library/busybox:1.37.0",
  "build_region": "global",
  "logs_bucket": "",
  "region": "",
  "service": "",
  "preview_tag": "",
  "preview_allow": "",
  "promote": "true",
  "remove_tag": "",
  "revision_suffix": "",
  "smoke": "true",
  "smoke_role": "",
  "smoke_checks": "",
  "jwt_secret": "",
  "jwt_secret_ref": "",
  "jwt_aud": "",
  "invoker_auth": "false",
  "smoke_timeout": "120",
  "exposure_policy": "report",
  "wait_timeout": "300",
  "keep_revisions": "20",
  "dry_run": "false"
};

// src/defaults.ts
var ACTION_ROOT = fileURLToPath(new URL("..", import.meta.url));
function actionDefaults() {
  return ACTION_DEFAULTS;
}

// src/build/context.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";
var PLATFORM = "linux/amd64";
function loadBuildContext(directory, options) {
  const containerfile = readFileSync2(path.join(directory, "Containerfile"), "utf8");
  const baseImage = options.baseImage ?? containerfileDefault(containerfile, "BASE_IMAGE");
  const postgrestImage = options.postgrestImage ?? containerfileDefault(containerfile, "POSTGREST_IMAGE");
  return {
    containerfile,
    entrypoint: readFileSync2(path.join(directory, "run.sh"), "utf8"),
    buildArgs: {
      POSTGREST_VERSION: options.postgrestVersion,
      POSTGREST_IMAGE: postgrestImage,
      BASE_IMAGE: baseImage
    },
    platform: PLATFORM
  };
}
function containerfileDefault(containerfile, name) {
  const match = new RegExp(`^ARG\\s+${name}=(\\S+)\\s*$`, "m").exec(containerfile);
  if (!match?.[1]) throw new Error(`the Containerfile has no default for ARG ${name}`);
  return match[1];
}
function contextDigest(context) {
  const canonical = JSON.stringify([
    ["containerfile", context.containerfile],
    ["entrypoint", context.entrypoint],
    ["buildArgs", Object.entries(context.buildArgs).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)],
    ["platform", context.platform]
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
function contextTag(context) {
  return `ctx-${contextDigest(context).slice(0, 12)}`;
}
function buildArguments(context) {
  return { ...context.buildArgs, REVISION: contextDigest(context) };
}

// src/build/cloud-build.ts
var DOCKER_STEP = "gcr.io/cloud-builders/docker";
var BUILD_TAG = "pgrst-cloudrun";
var SUBSTITUTION = {
  image: "_IMAGE",
  postgrestVersion: "_POSTGREST_VERSION",
  postgrestImage: "_POSTGREST_IMAGE",
  baseImage: "_BASE_IMAGE",
  revision: "_REVISION"
};
var escapeDollars = (text2) => text2.replaceAll("$", "$$$$");
function hereDocument(file, delimiter, content) {
  if (content.split("\n").includes(delimiter)) {
    throw new Error(
      `${file} contains the line "${delimiter}", which ends its here-document in the build step`
    );
  }
  const body = content.endsWith("\n") ? content : `${content}
`;
  return `cat >${file} <<'${delimiter}'
${escapeDollars(body)}${delimiter}
`;
}
function cloudBuildTemplate(context, options = {}) {
  const args = buildArguments(context);
  const image = `$${SUBSTITUTION.image}`;
  const request = {
    steps: [
      {
        id: "write-context",
        name: DOCKER_STEP,
        entrypoint: "sh",
        args: [
          "-c",
          "set -eu\n" + hereDocument("Containerfile", "END_OF_CONTAINERFILE", context.containerfile) + hereDocument("run.sh", "END_OF_RUN_SH", context.entrypoint) + "chmod 0755 run.sh\n"
        ]
      },
      {
        id: "build",
        name: DOCKER_STEP,
        args: [
          "build",
          "--platform",
          context.platform,
          "--file",
          "Containerfile",
          "--build-arg",
          `POSTGREST_VERSION=$${SUBSTITUTION.postgrestVersion}`,
          "--build-arg",
          `POSTGREST_IMAGE=$${SUBSTITUTION.postgrestImage}`,
          "--build-arg",
          `BASE_IMAGE=$${SUBSTITUTION.baseImage}`,
          "--build-arg",
          `REVISION=$${SUBSTITUTION.revision}`,
          "--tag",
          image,
          "."
        ]
      }
    ],
    images: [image],
    substitutions: {
      [SUBSTITUTION.postgrestVersion]: args["POSTGREST_VERSION"] ?? "",
      [SUBSTITUTION.postgrestImage]: args["POSTGREST_IMAGE"] ?? "",
      [SUBSTITUTION.baseImage]: args["BASE_IMAGE"] ?? "",
      [SUBSTITUTION.revision]: args["REVISION"] ?? contextDigest(context)
    },
    // MUST_MATCH: a typo in a substitution fails the build instead of building with an empty value.
    options: { substitutionOption: "MUST_MATCH" },
    tags: [BUILD_TAG],
    timeout: `${String(options.timeoutSeconds ?? 1200)}s`
  };
  if (options.logsBucket) request.logsBucket = options.logsBucket;
  else request.options.logging = "CLOUD_LOGGING_ONLY";
  if (options.serviceAccount) request.serviceAccount = options.serviceAccount;
  return request;
}
function cloudBuildRequest(context, image, options = {}) {
  const template = cloudBuildTemplate(context, options);
  return { ...template, substitutions: { [SUBSTITUTION.image]: image, ...template.substitutions } };
}

// src/image-reference.ts
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
var DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?$/;
var MAX_NAME_LENGTH = 255;
function parseImageName(text2) {
  if (text2.trim() === "") return { problem: { kind: "empty" } };
  const at = text2.indexOf("@");
  const digest = at < 0 ? void 0 : text2.slice(at + 1);
  const named = at < 0 ? text2 : text2.slice(0, at);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const tag2 = colon > lastSlash ? named.slice(colon + 1) : void 0;
  const repository = tag2 === void 0 ? named : named.slice(0, colon);
  const firstSlash = repository.indexOf("/");
  const first = firstSlash < 0 ? "" : repository.slice(0, firstSlash);
  const hasDomain = firstSlash >= 0 && (/[.:]/.test(first) || first === "localhost");
  const domain = hasDomain ? first : void 0;
  const path6 = hasDomain ? repository.slice(firstSlash + 1) : repository;
  const stand = [
    ...domain !== void 0 && isPlaceholder(domain, "domain") ? [domain] : [],
    ...path6.split("/").filter((component) => isPlaceholder(component, "path")),
    ...tag2 !== void 0 && isPlaceholder(tag2, "tag") ? [tag2] : []
  ][0];
  if (stand !== void 0) return { problem: { kind: "placeholder", part: stand } };
  if (domain !== void 0 && !DOMAIN.test(domain)) return { problem: { kind: "domain", part: domain } };
  for (const component of path6.split("/")) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase()))
      return { problem: { kind: "uppercase", part: component } };
    return { problem: { kind: "component", part: component } };
  }
  if (repository.length > MAX_NAME_LENGTH) return { problem: { kind: "too-long" } };
  if (tag2 !== void 0 && !TAG.test(tag2)) return { problem: { kind: "tag", part: tag2 } };
  if (digest !== void 0 && !SHA256_DIGEST.test(digest))
    return { problem: { kind: "digest", part: digest } };
  return {
    name: {
      ...domain === void 0 ? {} : { domain },
      path: path6,
      ...tag2 === void 0 ? {} : { tag: tag2 },
      ...digest === void 0 ? {} : { digest }
    }
  };
}
var PLACEHOLDER_WORD = /^(?:PROJECT|PROJECT[_-]?(?:ID|NAME|NUMBER)|REGION|LOCATION|REPO|REPOSITORY|REPO[_-]NAME|IMAGE|IMAGE[_-](?:NAME|URL)|SERVICE|SERVICE[_-]NAME|TAG|VERSION)$/;
function isPlaceholder(part, where) {
  if (/[<>{}]/.test(part)) return true;
  switch (where) {
    case "domain":
      return part.split(/[.:-]/).some((word) => /[A-Z]{2,}/.test(word));
    case "path":
      return PLACEHOLDER_WORD.test(part) || /^(?=[A-Z0-9_-]*[A-Z])[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/.test(part) || /^(?:your[-_][a-z0-9_-]+|project[-_](?:id|number))$/.test(part);
    case "tag":
      return PLACEHOLDER_WORD.test(part);
  }
}

// src/build/image-ref.ts
function imageReference(repository, imageName, tag2, source) {
  const trimmed = repository.replace(/\/+$/, "");
  const slash = trimmed.indexOf("/");
  const registry = slash < 0 ? trimmed : trimmed.slice(0, slash);
  if (slash < 0 || !/[.:]/.test(registry) && registry !== "localhost") {
    throw new ConfigError(
      `${source}: "${repository}" does not start with a registry host; use HOST/PATH, e.g. europe-west1-docker.pkg.dev/my-project/my-repo`
    );
  }
  const name = `${trimmed.slice(slash + 1)}/${imageName}`;
  for (const component of name.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      throw new ConfigError(
        `${source}: "${component}" in "${name}" is not a valid image path component (lower-case letters, digits, and . _ - between them)`
      );
    }
  }
  if (!TAG.test(tag2)) throw new ConfigError(`image tag "${tag2}" is not valid`);
  return { registry, name, tag: tag2 };
}
function parseImageReference(image, source) {
  const at = image.indexOf("@");
  const digest = at < 0 ? void 0 : image.slice(at + 1);
  if (digest !== void 0 && !SHA256_DIGEST.test(digest)) {
    throw new ConfigError(`${source}: "${image}" has a malformed digest; use @sha256: and 64 hex digits`);
  }
  const named = at < 0 ? image : image.slice(0, at);
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const hasTag = colon > slash;
  const repositoryAndName = hasTag ? named.slice(0, colon) : named;
  const split = repositoryAndName.lastIndexOf("/");
  if (split < 0) {
    throw new ConfigError(
      `${source}: "${image}" does not start with a registry host; use HOST/PATH@sha256:DIGEST`
    );
  }
  const reference = imageReference(
    repositoryAndName.slice(0, split),
    repositoryAndName.slice(split + 1),
    hasTag ? named.slice(colon + 1) : "latest",
    source
  );
  return digest === void 0 ? { reference } : { reference, digest };
}
function formatReference(reference) {
  return `${reference.registry}/${reference.name}:${reference.tag}`;
}
function pinnedImage(reference, digest) {
  return `${reference.registry}/${reference.name}@${digest}`;
}
function registryBaseUrl(registry) {
  if (registry === "docker.io" || registry === "index.docker.io") return "https://registry-1.docker.io";
  const host = registry.replace(/:\d+$/, "");
  return `${isLoopbackHost(host) ? "http" : "https"}://${registry}`;
}
function isPlainHttpRegistry(registry) {
  return registryBaseUrl(registry).startsWith("http:");
}

// src/build/local.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/build/registry.ts
import { setTimeout as realSleep2 } from "node:timers/promises";
import { createHash as createHash2 } from "node:crypto";
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
];
var TOKEN_USER = "oauth2accesstoken";
var RegistryError = class extends Error {
  name = "RegistryError";
};
var RETRYABLE2 = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var ATTEMPTS = 4;
var basic = (password) => `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString("base64")}`;
async function findManifest(reference, options) {
  const base = registryBaseUrl(reference.registry);
  const url = `${base}/v2/${reference.name}/manifests/${reference.tag}`;
  const manifest = {
    url,
    where: `${reference.registry}/${reference.name}:${reference.tag}`,
    fetch: options.fetch ?? nodeFetch,
    sleep: options.sleep ?? realSleep2,
    timeoutMs: options.timeoutMs ?? 3e4
  };
  const { where } = manifest;
  const withToken = mayReceiveGoogleToken(url, options.repositoryRegistry);
  const { response, authorization, exchange } = await headManifest(
    manifest,
    reference,
    base,
    withToken ? options.password : void 0
  );
  if (response.status === 404) return void 0;
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(refusal(where, response.status, withToken, exchange));
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(response.status)} for the manifest of ${where}`
    );
  }
  const digest = response.headers.get("docker-content-digest");
  if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
  return digestOfManifest(manifest, authorization);
}
async function headManifest(manifest, reference, registryBase, password) {
  const basicAuthorization = password === void 0 ? void 0 : basic(password);
  const response = await sendManifestRequest(manifest, "HEAD", basicAuthorization);
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status !== 401 || !/^bearer\s/i.test(challenge))
    return { response, authorization: basicAuthorization };
  const exchange = await fetchBearerToken(challenge, reference, {
    registryOrigin: new URL(registryBase).origin,
    ...password === void 0 ? {} : { password },
    fetch: manifest.fetch,
    where: manifest.where
  });
  const authorization = `Bearer ${exchange.token}`;
  return { response: await sendManifestRequest(manifest, "HEAD", authorization), authorization, exchange };
}
async function digestOfManifest(manifest, authorization) {
  const body = await sendManifestRequest(manifest, "GET", authorization);
  if (body.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(body.status)} for the manifest of ${manifest.where}`
    );
  }
  return `sha256:${createHash2("sha256").update(Buffer.from(await body.text(), "utf8")).digest("hex")}`;
}
async function sendManifestRequest(manifest, method, authorization) {
  for (let attempt = 1; ; attempt += 1) {
    let response;
    try {
      response = await manifest.fetch(manifest.url, {
        method,
        headers: { accept: MANIFEST_MEDIA_TYPES.join(", "), ...authorization ? { authorization } : {} },
        signal: AbortSignal.timeout(manifest.timeoutMs)
      });
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        throw new RegistryError(
          `cannot reach the registry for ${manifest.where}: ${describeFetchError(error)}`
        );
      }
      await manifest.sleep(backoff(attempt));
      continue;
    }
    if (!RETRYABLE2.has(response.status) || attempt >= ATTEMPTS) return response;
    await manifest.sleep(backoff(attempt));
  }
}
function refusal(where, status, withToken, exchange) {
  const http3 = `HTTP ${String(status)}`;
  if (!withToken) {
    return `the registry refused anonymous access to ${where} (${http3}): the Google access token goes only to Google's registries and the \`repository\` host, not to this one. Make the image public, or copy it into Artifact Registry`;
  }
  if (exchange && !exchange.withToken) {
    return `the registry refused ${where} (${http3}) after sending for a token to ${exchange.realm}, another origin than its own: the Google access token is not sent there, and the token that origin gave anonymously was not enough`;
  }
  return `the registry refused the credentials for ${where} (${http3}): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`;
}
async function fetchBearerToken(challenge, reference, options) {
  const { where } = options;
  const parameters = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? "", match[2] ?? ""])
  );
  const realmText = parameters["realm"];
  if (!realmText)
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge without a realm`);
  let url;
  try {
    url = new URL(realmText);
  } catch {
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge whose realm is not a URL`);
  }
  const realm = `${url.protocol}//${url.host}`;
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new RegistryError(
      `the registry for ${where} sends for its tokens to ${realm}, which is not HTTPS: refused, nothing was sent there. Tokens are fetched over HTTPS only`
    );
  }
  url.username = "";
  url.password = "";
  if (parameters["service"]) url.searchParams.set("service", parameters["service"]);
  url.searchParams.set("scope", parameters["scope"] ?? `repository:${reference.name}:pull`);
  const password = url.origin === options.registryOrigin ? options.password : void 0;
  const withToken = password !== void 0;
  let response;
  try {
    response = await options.fetch(url.toString(), {
      method: "GET",
      headers: password === void 0 ? {} : { authorization: basic(password) },
      signal: AbortSignal.timeout(3e4)
    });
  } catch (error) {
    throw new RegistryError(
      `cannot reach the token service of the registry for ${where}: ${describeFetchError(error)}`
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      withToken ? `the registry refused the credentials for ${where} (HTTP ${String(response.status)} from its token service): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository` : `the token service ${realm} of the registry for ${where} refused an anonymous token (HTTP ${String(response.status)}): the Google access token goes only to Google's registries and the \`repository\` host, over HTTPS, and never to a token service on another origin`
    );
  }
  const body = JSON.parse(await response.text());
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError(`the token service of the registry for ${where} returned no token`);
  return { token, realm, withToken };
}
function backoff(attempt) {
  return Math.min(4e3, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}
function describeFetchError(error) {
  if (error instanceof Error) {
    const { cause, code } = error;
    return cause?.code ?? (typeof code === "string" ? code : void 0) ?? cause?.message ?? error.message;
  }
  return String(error);
}

// src/build/local.ts
var LOCAL_TOOLS = ["docker", "podman", "buildah"];
var execRunner = async (command, args, options = {}) => {
  const { getExecOutput } = await import("./actions-exec-exec.js");
  const result = await getExecOutput(command, [...args], {
    ignoreReturnCode: true,
    silent: true,
    ...options.env ? { env: options.env } : {},
    ...options.log ? { listeners: { stdline: options.log, errline: options.log } } : {}
  }).catch((error) => ({ exitCode: 127, stdout: "", stderr: String(error) }));
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};
async function detectLocalTool(runner, env) {
  const probes = {
    docker: ["version", "--format", "{{.Server.Version}}"],
    podman: ["--version"],
    buildah: ["--version"]
  };
  for (const tool of LOCAL_TOOLS) {
    if ((await runner(tool, probes[tool], { env })).code === 0) return tool;
  }
  throw new Error(
    "builder `local` needs docker (with a running engine), podman or buildah on PATH; none was found. Install one, or use builder `cloudbuild`"
  );
}
function localBuildCommands(tool, context, reference, directory, authFile) {
  const image = formatReference(reference);
  const buildArgs = Object.entries(buildArguments(context)).flatMap(([name, value]) => [
    "--build-arg",
    `${name}=${value}`
  ]);
  const build = ["build", "--platform", context.platform, "--file", path2.join(directory, "Containerfile")].concat(buildArgs).concat(["--tag", image, directory]);
  if (tool === "docker") {
    return { build, push: ["push", image] };
  }
  const tls = isPlainHttpRegistry(reference.registry) ? ["--tls-verify=false"] : [];
  return { build, push: ["push", "--authfile", authFile, ...tls, image] };
}
async function runLocalBuild(context, reference, password, options) {
  const tool = await detectLocalTool(options.runner, options.env);
  const directory = mkdtempSync(path2.join(tmpdir(), "pgrst-build-"));
  try {
    writeFileSync(path2.join(directory, "Containerfile"), context.containerfile);
    writeFileSync(path2.join(directory, "run.sh"), context.entrypoint, { mode: 493 });
    const authDirectory = path2.join(directory, "auth");
    mkdirSync(authDirectory, { mode: 448 });
    const authFile = path2.join(authDirectory, "config.json");
    const auth = Buffer.from(`${TOKEN_USER}:${password}`).toString("base64");
    writeFileSync(authFile, JSON.stringify({ auths: { [reference.registry]: { auth } } }), { mode: 384 });
    const env = tool === "docker" ? { ...options.env, DOCKER_CONFIG: authDirectory } : options.env;
    const commands = localBuildCommands(tool, context, reference, directory, authFile);
    options.log(`Building ${formatReference(reference)} with ${tool}`);
    const built = await options.runner(tool, commands.build, { env, log: options.log });
    if (built.code !== 0) {
      throw new Error(
        `${tool} build failed (exit ${String(built.code)}): ${lastLines(built.stderr || built.stdout)}`
      );
    }
    options.log(`Pushing ${formatReference(reference)}`);
    const pushed = await options.runner(tool, commands.push, { env, log: options.log });
    if (pushed.code !== 0) {
      throw new Error(
        `${tool} push failed (exit ${String(pushed.code)}): ${lastLines(pushed.stderr || pushed.stdout)}`
      );
    }
    return tool;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
function lastLines(text2, count = 5) {
  return text2.trim().split("\n").slice(-count).join("\n");
}

// src/build/recipe.ts
import { createHash as createHash3 } from "node:crypto";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
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
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
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
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
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
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
var gzh = function(c, o) {
  var fn = o.filename;
  c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3;
  if (o.mtime != 0)
    wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1e3));
  if (fn) {
    c[3] = 8;
    for (var i2 = 0; i2 <= fn.length; ++i2)
      c[i2 + 10] = fn.charCodeAt(i2);
  }
};
var gzhl = function(o) {
  return 10 + (o.filename ? o.filename.length + 1 : 0);
};
function gzipSync(data, opts) {
  if (!opts)
    opts = {};
  var c = crc(), l = data.length;
  c.p(data);
  var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
  return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/build/tar.ts
var BLOCK = 512;
var ZERO_BLOCK = Buffer.alloc(BLOCK);
function field2(header2, offset, length, text2) {
  const bytes = Buffer.from(text2, "utf8");
  if (bytes.length > length)
    throw new Error(`tar header field "${text2}" is longer than ${String(length)} bytes`);
  bytes.copy(header2, offset);
}
function octal(header2, offset, length, value) {
  const digits = value.toString(8);
  if (digits.length > length - 1)
    throw new Error(`tar value ${String(value)} does not fit ${String(length)} bytes`);
  field2(header2, offset, length, `${digits.padStart(length - 1, "0")}\0`);
}
function splitName(name) {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", name };
  for (let slash = name.indexOf("/"); slash > 0; slash = name.indexOf("/", slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new Error(`tar: path "${name}" is too long for a ustar header`);
}
function header(entry2) {
  const block = Buffer.alloc(BLOCK);
  const directory = entry2.type === "directory";
  const { prefix, name } = splitName(directory ? `${entry2.path}/` : entry2.path);
  field2(block, 0, 100, name);
  octal(block, 100, 8, entry2.mode & 4095);
  octal(block, 108, 8, entry2.uid);
  octal(block, 116, 8, entry2.gid);
  octal(block, 124, 12, directory ? 0 : entry2.content?.length ?? 0);
  octal(block, 136, 12, 0);
  block.fill(32, 148, 156);
  field2(block, 156, 1, directory ? "5" : "0");
  field2(block, 257, 6, "ustar\0");
  field2(block, 263, 2, "00");
  octal(block, 329, 8, 0);
  octal(block, 337, 8, 0);
  field2(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  field2(block, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function writeTar(entries) {
  const parts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry2 of [...entries].sort(byPath)) {
    if (!entry2.path || entry2.path.startsWith("/") || entry2.path.endsWith("/") || entry2.path.split("/").includes("..")) {
      throw new Error(`tar: "${entry2.path}" is not a relative path`);
    }
    if (seen.has(entry2.path)) throw new Error(`tar: "${entry2.path}" is given twice`);
    seen.add(entry2.path);
    parts.push(header(entry2));
    if (entry2.type === "file" && entry2.content && entry2.content.length > 0) {
      parts.push(Buffer.from(entry2.content.buffer, entry2.content.byteOffset, entry2.content.length));
      const padding = (BLOCK - entry2.content.length % BLOCK) % BLOCK;
      if (padding > 0) parts.push(Buffer.alloc(padding));
    }
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}
function normalisePath(name) {
  return name.replace(/^(?:\.?\/)+/, "").replace(/\/+$/, "");
}
function text(block, offset, length) {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
}
function number(block, offset, length) {
  const raw = block.subarray(offset, offset + length);
  if ((raw[0] ?? 0) & 128) {
    let value = (raw[0] ?? 0) & 127;
    for (const byte of raw.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(block, offset, length).trim();
  return digits ? Number.parseInt(digits, 8) : 0;
}
function paxRecords(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString("utf8"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}
var TarParser = class {
  /**
   * @param onEntry called with each entry as soon as its data has arrived; `true` stops the reading
   * @param keepContent false: files' data is skipped, not kept (entries then have empty content)
   */
  constructor(onEntry, keepContent = true) {
    this.onEntry = onEntry;
    this.keepContent = keepContent;
  }
  onEntry;
  keepContent;
  block = Buffer.alloc(BLOCK);
  blockFill = 0;
  /** Bytes of the current entry's data still to come, then padding to skip. */
  remaining = 0;
  padding = 0;
  header;
  data = [];
  pending = {};
  global = {};
  finished = false;
  /** Whether the archive's end (a zero block) was reached or `onEntry` stopped the reading. */
  get done() {
    return this.finished;
  }
  /** Feed the next bytes of the archive; ignored once done. */
  write(chunk) {
    let offset = 0;
    while (offset < chunk.length && !this.finished) {
      if (this.header) {
        const take = Math.min(this.remaining, chunk.length - offset);
        if (this.keepContent || this.isMetadata()) this.data.push(chunk.subarray(offset, offset + take));
        this.remaining -= take;
        offset += take;
        if (this.remaining === 0) this.finishEntry();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.length - offset);
        this.padding -= take;
        offset += take;
      } else {
        const take = Math.min(BLOCK - this.blockFill, chunk.length - offset);
        chunk.copy(this.block, this.blockFill, offset, offset + take);
        this.blockFill += take;
        offset += take;
        if (this.blockFill === BLOCK) this.startEntry();
      }
    }
  }
  /** The archive has no more bytes: an entry cut short is an error (a partial block or no end marker is not). */
  end() {
    if (this.header && !this.finished) throw new Error("tar: the archive ends inside an entry");
  }
  isMetadata() {
    const type = this.header ? text(this.header, 156, 1) : "";
    return type === "x" || type === "g" || type === "L" || type === "K";
  }
  startEntry() {
    this.blockFill = 0;
    if (this.block.equals(ZERO_BLOCK)) {
      this.finished = true;
      return;
    }
    this.header = Buffer.from(this.block);
    const size = number(this.header, 124, 12);
    this.remaining = size;
    this.padding = Math.ceil(size / BLOCK) * BLOCK - size;
    this.data = [];
    if (size === 0) this.finishEntry();
  }
  finishEntry() {
    const block = this.header;
    if (!block) return;
    this.header = void 0;
    const chunks = this.data;
    this.data = [];
    const type = text(block, 156, 1) || "0";
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      this.applyMetadata(type, Buffer.concat(chunks));
      return;
    }
    const prefix = text(block, 345, 155);
    const name = this.pending.path ?? this.global["path"] ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    let content;
    const entry2 = {
      path: normalisePath(name),
      type,
      mode: number(block, 100, 8) & 4095,
      uid: number(block, 108, 8),
      gid: number(block, 116, 8),
      linkname: this.pending.linkname ?? text(block, 157, 100),
      // Joined when first read: a layer taken as it is never needs its files' bytes in one piece.
      get content() {
        content ??= chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
        return content;
      }
    };
    this.pending = {};
    if (this.onEntry(entry2) === true) this.finished = true;
  }
  applyMetadata(type, data) {
    if (type === "L" || type === "K") {
      const value = data.toString("utf8").replace(/\0+$/, "");
      this.pending = type === "L" ? { ...this.pending, path: value } : { ...this.pending, linkname: value };
      return;
    }
    const records = paxRecords(data);
    if (type === "g") this.global = { ...this.global, ...records };
    else
      this.pending = {
        ...this.pending,
        ...records["path"] ? { path: records["path"] } : {},
        ...records["linkpath"] ? { linkname: records["linkpath"] } : {}
      };
  }
};
function hides(entry2, path6) {
  const slash = entry2.lastIndexOf("/");
  const parent = slash < 0 ? "" : entry2.slice(0, slash);
  const base = entry2.slice(slash + 1);
  if (base === ".wh..wh..opq") return parent === "" || path6.startsWith(`${parent}/`);
  if (!base.startsWith(".wh.")) return false;
  const removed = `${parent ? `${parent}/` : ""}${base.slice(4)}`;
  return path6 === removed || path6.startsWith(`${removed}/`);
}
async function findInStream(chunks, path6) {
  let found;
  const parser = new TarParser((entry2) => {
    if (entry2.path === path6) found = entry2;
    else if (hides(entry2.path, path6)) found = "hidden";
    return found !== void 0;
  }, false);
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (parser.done) break;
  }
  return found;
}

// src/build/recipe.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
var OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var LAYER_TYPES = {
  "application/vnd.docker.image.rootfs.diff.tar.gzip": OCI_LAYER_GZIP,
  "application/vnd.docker.image.rootfs.diff.tar": "application/vnd.oci.image.layer.v1.tar",
  [OCI_LAYER_GZIP]: OCI_LAYER_GZIP,
  "application/vnd.oci.image.layer.v1.tar": "application/vnd.oci.image.layer.v1.tar",
  "application/vnd.oci.image.layer.v1.tar+zstd": "application/vnd.oci.image.layer.v1.tar+zstd"
};
var RECIPE_VERSION = 2;
var IMAGE_USER = "1000";
var IMAGE_PORT = "3000/tcp";
var ENTRYPOINT_PATH = "usr/local/bin/run.sh";
var POSTGREST_PATH = "bin/postgrest";
var SECRETS_PATH = "opt/secrets";
var SOURCE_LABEL = "https://github.com/PostgREST/postgrest";
var TITLE_LABEL = "PostgREST for Cloud Run";
function parseSourceReference(text2, source) {
  const parsed = parseImageName(text2.trim());
  if ("problem" in parsed) {
    const { problem } = parsed;
    const part = "part" in problem ? ` "${problem.part}"` : "";
    throw new ConfigError(
      `${source}: "${text2}" is not an image reference (${problem.kind}${part}); use HOST/PATH:TAG such as docker.io/library/busybox:1.37.0`
    );
  }
  const { name } = parsed;
  const domain = name.domain ?? "docker.io";
  const hub = domain === "docker.io" || domain === "index.docker.io" || domain === "registry-1.docker.io";
  const registry = hub ? "docker.io" : domain;
  const path6 = hub && !name.path.includes("/") ? `library/${name.path}` : name.path;
  const reference = name.digest ?? name.tag ?? "latest";
  const shown = `${registry}/${path6}${name.tag ? `:${name.tag}` : ""}${name.digest ? `@${name.digest}` : ""}`;
  return { registry, name: path6, reference, text: name.tag || name.digest ? shown : `${shown}:latest` };
}
function isIndex(mediaType, document) {
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) return true;
  return mediaType === "" && Array.isArray(document.manifests);
}
function isImageManifest(mediaType) {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST || mediaType === "";
}
function pickPlatform(index, where) {
  const amd64 = index.manifests.filter(
    (m) => m.platform?.os === "linux" && m.platform.architecture === "amd64"
  );
  const chosen = amd64.find((m) => !m.platform?.variant || m.platform.variant === "v1") ?? amd64[0];
  if (!chosen) {
    const platforms = index.manifests.map((m) => `${m.platform?.os ?? "?"}/${m.platform?.architecture ?? "?"}`).join(", ");
    throw new Error(
      `${where} has no linux/amd64 image (it has ${platforms || "none"}); Cloud Run runs linux/amd64 only`
    );
  }
  return chosen;
}
var sha256 = (bytes) => `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
var GZIP_LEVEL = 2;
function buildLayer(entries) {
  const tar = writeTar(entries);
  const blob = Buffer.from(gzipSync(tar, { level: GZIP_LEVEL, mtime: 0 }));
  return {
    descriptor: { mediaType: OCI_LAYER_GZIP, digest: sha256(blob), size: blob.length },
    diffId: sha256(tar),
    blob
  };
}
function extractFile(layers, path6) {
  const view = mergedView(layers);
  let wanted = normalisePath(path6);
  for (let hops = 0; hops < 40; hops += 1) {
    const resolved = resolveDirectories(view, wanted);
    if (resolved === void 0) return void 0;
    const entry2 = view.get(resolved);
    if (!entry2) return void 0;
    if (entry2.type === "2") {
      wanted = joinLink(resolved, entry2.linkname);
      continue;
    }
    if (entry2.type === "1") {
      wanted = normalisePath(entry2.linkname);
      continue;
    }
    if (entry2.type !== "0" && entry2.type !== "7") return void 0;
    const { mode } = entry2;
    return {
      get content() {
        return entry2.content;
      },
      mode
    };
  }
  return void 0;
}
function mergedView(layers) {
  const view = /* @__PURE__ */ new Map();
  for (const entries of layers) {
    for (const entry2 of entries) {
      const slash = entry2.path.lastIndexOf("/");
      const base = entry2.path.slice(slash + 1);
      const parent = slash < 0 ? "" : entry2.path.slice(0, slash);
      if (base === ".wh..wh..opq") {
        for (const key of [...view.keys()]) if (key.startsWith(`${parent}/`)) view.delete(key);
        continue;
      }
      if (base.startsWith(".wh.")) {
        const removed = `${parent ? `${parent}/` : ""}${base.slice(4)}`;
        for (const key of [...view.keys()])
          if (key === removed || key.startsWith(`${removed}/`)) view.delete(key);
        continue;
      }
      view.set(entry2.path, entry2);
    }
  }
  return view;
}
function resolveDirectories(view, path6) {
  const parts = path6.split("/");
  let current = "";
  for (let i2 = 0; i2 < parts.length - 1; i2 += 1) {
    current = current ? `${current}/${parts[i2] ?? ""}` : parts[i2] ?? "";
    const entry2 = view.get(current);
    if (entry2?.type === "2") {
      const target = joinLink(current, entry2.linkname);
      return resolveDirectories(view, [target, ...parts.slice(i2 + 1)].join("/"));
    }
  }
  return path6;
}
function joinLink(at, target) {
  const parts = target.startsWith("/") ? [] : at.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function postgrestLayer(binary) {
  return buildLayer([
    { path: POSTGREST_PATH, type: "file", mode: binary.mode, uid: 0, gid: 0, content: binary.content }
  ]);
}
function soleBinaryDirectories(entries) {
  const directories = [];
  let binary = false;
  for (const entry2 of entries) {
    if (entry2.path === POSTGREST_PATH && entry2.type === "0" && entry2.uid === 0 && entry2.gid === 0 && !binary) {
      binary = true;
    } else if ((entry2.path === "" || entry2.path === "bin") && entry2.type === "5") {
      directories.push(entry2);
    } else {
      return void 0;
    }
  }
  return binary ? directories : void 0;
}
function directoriesAgree(directories, baseBin) {
  return directories.every((entry2) => {
    const below = entry2.path === "" ? { type: "5", mode: 493, uid: 0, gid: 0 } : baseBin;
    return below !== void 0 && below.type === "5" && below.mode === entry2.mode && below.uid === entry2.uid && below.gid === entry2.gid;
  });
}
function ociLayerType(mediaType) {
  return LAYER_TYPES[mediaType];
}
function entrypointLayer(runSh) {
  const directory = (path6) => ({ path: path6, type: "directory", mode: 493, uid: 0, gid: 0 });
  return buildLayer([
    directory("usr"),
    directory("usr/local"),
    directory("usr/local/bin"),
    { path: ENTRYPOINT_PATH, type: "file", mode: 493, uid: 0, gid: 0, content: Buffer.from(runSh, "utf8") },
    directory("opt"),
    { path: SECRETS_PATH, type: "directory", mode: 448, uid: Number(IMAGE_USER), gid: Number(IMAGE_USER) }
  ]);
}
function assemblyDigest(plan) {
  const canonical = JSON.stringify([
    ["recipe", RECIPE_VERSION],
    ["platform", "linux/amd64"],
    ["postgrestVersion", plan.postgrestVersion],
    ["postgrest", plan.postgrest.reference.text, plan.postgrest.digest],
    ["base", plan.base.reference.text, plan.base.digest],
    ["entrypoint", plan.runSh]
  ]);
  return createHash3("sha256").update(canonical).digest("hex");
}
function assemblyTag(plan) {
  return `ctx-${assemblyDigest(plan).slice(0, 12)}`;
}
function imageLabels(plan) {
  return {
    "org.opencontainers.image.title": TITLE_LABEL,
    "org.opencontainers.image.source": SOURCE_LABEL,
    "org.opencontainers.image.version": plan.postgrestVersion,
    "org.opencontainers.image.revision": assemblyDigest(plan),
    "org.opencontainers.image.base.name": plan.base.reference.text,
    "org.opencontainers.image.base.digest": plan.base.digest
  };
}
function canonicalJson(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v).sort().map((k) => [k, sort(v[k])])
      );
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
function imageConfig(base, plan, layers) {
  const inherited = Object.fromEntries(Object.entries(base.config ?? {}).filter(([key]) => key !== "Cmd"));
  const config = {
    ...base,
    created: "1970-01-01T00:00:00Z",
    architecture: "amd64",
    os: "linux",
    config: {
      ...inherited,
      User: IMAGE_USER,
      ExposedPorts: { ...base.config?.ExposedPorts ?? {}, [IMAGE_PORT]: {} },
      Entrypoint: [`/${ENTRYPOINT_PATH}`],
      Labels: { ...base.config?.Labels ?? {}, ...imageLabels(plan) }
    },
    rootfs: { type: "layers", diff_ids: [...base.rootfs.diff_ids, ...layers.map((layer) => layer.diffId)] },
    history: [
      ...base.history ?? [],
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${POSTGREST_PATH} from ${plan.postgrest.reference.text}@${plan.postgrest.digest}`
      },
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${ENTRYPOINT_PATH} and /${SECRETS_PATH}`
      }
    ]
  };
  return Buffer.from(canonicalJson(config), "utf8");
}
function baseLayers(manifest, where) {
  return manifest.layers.map((layer) => {
    const mediaType = LAYER_TYPES[layer.mediaType];
    if (!mediaType) {
      throw new Error(
        `${where} has a layer of type ${layer.mediaType}, which this builder does not copy; use builder cloudbuild or local`
      );
    }
    return { mediaType, digest: layer.digest, size: layer.size };
  });
}
function imageManifest(plan, config, base, layers) {
  return Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256(config), size: config.length },
      layers: [...base, ...layers.map((layer) => layer.descriptor)],
      annotations: {
        "org.opencontainers.image.base.name": plan.base.reference.text,
        "org.opencontainers.image.base.digest": plan.base.digest
      }
    }),
    "utf8"
  );
}

// src/build/plan.ts
function planImage(config, contextDirectory) {
  const context = loadBuildContext(contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {},
    ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
  });
  const reference = imageReference(
    config.repository,
    config.imageName,
    contextTag(context),
    "input `repository`"
  );
  return { context, reference };
}
function assemblySources(context) {
  return {
    postgrest: parseSourceReference(
      `${context.buildArgs["POSTGREST_IMAGE"] ?? ""}:${context.buildArgs["POSTGREST_VERSION"] ?? ""}`,
      "input `postgrest_image`"
    ),
    base: parseSourceReference(context.buildArgs["BASE_IMAGE"] ?? "", "input `base_image`")
  };
}
async function describeBuild(config, contextDirectory) {
  if (config.builder === "assemble") {
    const context2 = loadBuildContext(contextDirectory, {
      postgrestVersion: config.postgrestVersion,
      ...config.baseImage ? { baseImage: config.baseImage } : {},
      ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
    });
    const { postgrest, base } = assemblySources(context2);
    const repository = imageReference(config.repository, config.imageName, "latest", "input `repository`");
    const target = `${repository.registry}/${repository.name}`;
    return {
      text: [
        `Would look up the digests ${postgrest.text} and ${base.text} point to (HEAD of each manifest),`,
        `tag the image ${target}:ctx-<hash of run.sh, ${config.postgrestVersion} and both digests>, and look that tag up (HEAD).`,
        "When it is missing, read both at those digests (linux/amd64 from an index) and assemble it in the registry:",
        `  - /bin/postgrest read from the layer of ${postgrest.text} that holds it, in a layer of its own`,
        "  - /usr/local/bin/run.sh (0755) and /opt/secrets (uid 1000, 0700) in a second layer",
        `  - the layers of ${base.text} as they are: skipped when ${repository.registry} has them (HEAD), ${base.registry === repository.registry ? "mounted from its repository" : `else streamed from ${base.registry}`}`,
        "  - the configuration (the base's, with user 1000, port 3000, the entrypoint and the labels), then the manifest (PUT)",
        ""
      ].join("\n")
    };
  }
  const { context, reference } = planImage(config, contextDirectory);
  const image = formatReference(reference);
  const lookup = `Would look up ${image} in the registry and, when it is missing, `;
  if (config.builder === "cloudbuild") {
    const { cloudBuildRequestYaml } = await import("./build-plan-yaml.js");
    return {
      image,
      text: `${lookup}submit this build to projects/${config.projectId}/locations/${config.buildLocation}:
` + cloudBuildRequestYaml(cloudBuildRequest(context, image, config.cloudBuild))
    };
  }
  const commands = localBuildCommands("podman", context, reference, "CONTEXT", "AUTHFILE");
  return {
    image,
    text: `${lookup}build and push it locally (shown for podman; docker and buildah take the same arguments):
  podman ${commands.build.join(" ")}
  podman ${commands.push.join(" ")}
`
  };
}

// src/build/index.ts
import path3 from "node:path";
import { performance } from "node:perf_hooks";
import { setImmediate as setImmediate2 } from "node:timers/promises";

// src/build/submit.ts
import { setTimeout as realSleep3 } from "node:timers/promises";
var BuildFailedError = class extends Error {
  name = "BuildFailedError";
};
var MAX_POLL_MS = 2e3;
var TERMINAL = /* @__PURE__ */ new Set(["SUCCESS", "FAILURE", "INTERNAL_ERROR", "TIMEOUT", "CANCELLED", "EXPIRED"]);
function readBuild(build) {
  const detail = build?.failureInfo?.detail ?? build?.statusDetail;
  return {
    id: build?.id ?? "",
    status: build?.status ?? "STATUS_UNKNOWN",
    logUrl: build?.logUrl ?? "",
    images: (build?.results?.images ?? []).map((image) => ({
      name: image.name ?? "",
      digest: image.digest ?? ""
    })),
    ...detail ? { detail } : {}
  };
}
function cloudBuildBaseUrl(override) {
  return apiBaseUrl(override, "https://cloudbuild.googleapis.com");
}
var REFUSED_CODES = /* @__PURE__ */ new Set([7, 16, 401, 403]);
function libraryError(what, error) {
  const { code, message, details, httpStatusCode } = error ?? {};
  const numeric = typeof code === "number" ? code : Number(code);
  const text2 = typeof details === "string" && details || message || String(error);
  const hint = REFUSED_CODES.has(numeric) || REFUSED_CODES.has(httpStatusCode ?? 0) ? ": check the credentials and that the account has roles/cloudbuild.builds.editor on the project" : "";
  const status = httpStatusCode ? `HTTP ${String(httpStatusCode)}` : `code ${String(code ?? "?")}`;
  return new ApiError(`Cloud Build refused to ${what} (${status}): ${text2}${hint}`, httpStatusCode ?? 0);
}
var STATUS_NAMES = [
  "STATUS_UNKNOWN",
  "PENDING",
  "QUEUED",
  "WORKING",
  "SUCCESS",
  "FAILURE",
  "INTERNAL_ERROR",
  "TIMEOUT",
  "CANCELLED",
  "EXPIRED"
];
var STATUS_BY_NUMBER = {
  0: "STATUS_UNKNOWN",
  10: "PENDING",
  1: "QUEUED",
  2: "WORKING",
  3: "SUCCESS",
  4: "FAILURE",
  5: "INTERNAL_ERROR",
  6: "TIMEOUT",
  7: "CANCELLED",
  9: "EXPIRED"
};
function fromLibrary(build) {
  if (!build) return void 0;
  const status = build["status"];
  const name = typeof status === "number" ? STATUS_BY_NUMBER[status] : typeof status === "string" ? status : void 0;
  return {
    ...build,
    ...name && STATUS_NAMES.includes(name) ? { status: name } : {}
  };
}
function toLibrary(build) {
  return { ...build, timeout: { seconds: Number.parseInt(build.timeout, 10) } };
}
async function loadCloudBuildClient(baseUrl) {
  const [{ v1 }, { OAuth2Client }] = await Promise.all([
    import("./google-cloud-cloudbuild.js").then(commonJs),
    loadGoogleAuthLibrary()
  ]);
  const url = new URL(baseUrl);
  const auth = new OAuth2Client();
  const client = new v1.CloudBuildClient({
    apiEndpoint: url.hostname,
    ...url.port ? { port: Number(url.port) } : {},
    ...url.protocol === "http:" ? { protocol: "http" } : {},
    fallback: true,
    // google-gax declares its own google-auth-library (a newer major); the client it is given needs only to add
    // the bearer token to each request, which this one does.
    authClient: auth
  });
  return {
    client,
    setToken: (token) => {
      auth.setCredentials({ access_token: token });
    }
  };
}
function cloudBuildApi(baseUrl, accessToken) {
  let loaded;
  const load = () => loaded ??= loadCloudBuildClient(baseUrl);
  const builds = (projectId, location) => `projects/${projectId}/locations/${location}`;
  return {
    async createBuild(projectId, location, build) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      const parent = builds(projectId, location);
      let operation;
      try {
        [operation] = await client.createBuild({ parent, build: toLibrary(build) });
      } catch (error) {
        throw libraryError(`create a build in ${parent}`, error);
      }
      const created = readBuild(
        fromLibrary(operation.metadata?.build)
      );
      if (!created.id) {
        throw new ApiError(
          `Cloud Build accepted the build but named none in operation ${operation.name ?? "(unnamed)"}: look for it in the console's build history`,
          200
        );
      }
      return created;
    },
    async getBuild(projectId, location, id) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      try {
        const [build] = await client.getBuild({ name: `${builds(projectId, location)}/builds/${id}` });
        return readBuild(fromLibrary(build));
      } catch (error) {
        throw libraryError(`read build ${id}`, error);
      }
    }
  };
}
async function runCloudBuild(api, build, image, options) {
  const sleep = options.sleep ?? realSleep3;
  let state = await api.createBuild(options.projectId, options.location, build);
  options.log(`Cloud Build ${state.id} started; logs: ${state.logUrl}`);
  const started = Date.now();
  let delay = 1e3;
  let lastStatus = state.status;
  while (!TERMINAL.has(state.status)) {
    if (Date.now() - started > (options.deadlineMs ?? 30 * 6e4)) {
      throw new BuildFailedError(
        `Cloud Build ${state.id} did not finish in ${String(Math.round((options.deadlineMs ?? 0) / 1e3))} s (still ${state.status}); logs: ${state.logUrl}`
      );
    }
    await sleep(delay);
    delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
    state = await api.getBuild(options.projectId, options.location, state.id);
    if (state.status !== lastStatus) options.log(`Cloud Build ${state.id}: ${state.status}`);
    lastStatus = state.status;
  }
  if (state.status !== "SUCCESS") {
    throw new BuildFailedError(
      `Cloud Build ${state.id} ended with ${state.status}${state.detail ? ` (${state.detail})` : ""}; logs: ${state.logUrl}`
    );
  }
  const pushed = state.images.find((result) => result.name === image);
  if (!pushed?.digest) {
    throw new BuildFailedError(
      `Cloud Build ${state.id} succeeded but reports no digest for ${image} in results.images; logs: ${state.logUrl}`
    );
  }
  return pushed.digest;
}

// src/build/assemble.ts
import { PassThrough, Readable as Readable3 } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants as zlibConstants, createGunzip } from "node:zlib";

// src/build/distribution.ts
import { setTimeout as realSleep4 } from "node:timers/promises";
import http2 from "node:http";
import https2 from "node:https";
import { Readable as Readable2 } from "node:stream";
import { createHash as createHash4 } from "node:crypto";

// src/build/relay.ts
import { Readable } from "node:stream";
var WithheldBlob = class extends RegistryError {
  name = "WithheldBlob";
};
var BlobRelay = class {
  chunks = [];
  state = "open";
  wake = [];
  /** The next downloaded chunk. */
  push(chunk) {
    this.chunks.push(chunk);
    this.notify();
  }
  /** Every byte has arrived and is wanted: readers end. */
  release() {
    if (this.state === "open") this.state = "released";
    this.notify();
  }
  /** The bytes are not wanted (or the download failed): readers fail with `reason`, nothing more is sent. */
  withhold(reason) {
    if (this.state === "open") this.state = new WithheldBlob(reason);
    this.notify();
  }
  /** A stream of the bytes from the first, following those still to come. */
  reader() {
    return Readable.from(this.read());
  }
  async *read() {
    for (let next = 0; ; ) {
      const ready = this.state === "released" ? this.chunks.length : this.chunks.length - 1;
      while (next < ready) {
        const chunk = this.chunks[next];
        next += 1;
        if (chunk) yield chunk;
      }
      if (this.state instanceof Error) throw this.state;
      if (this.state === "released" && next >= this.chunks.length) return;
      await new Promise((resolve) => this.wake.push(resolve));
    }
  }
  notify() {
    const waiting = this.wake;
    this.wake = [];
    for (const resolve of waiting) resolve();
  }
};

// src/build/distribution.ts
var nodeRegistryTransport = (url, request) => new Promise((resolve, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http2 : https2;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers },
    (response) => {
      resolve({
        status: response.statusCode ?? 0,
        headers: {
          get: (name) => {
            const value = response.headers[name.toLowerCase()];
            return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
          }
        },
        body: response
      });
    }
  );
  outgoing.setTimeout(request.idleTimeoutMs, () => {
    outgoing.destroy(
      Object.assign(new Error(`no data for ${String(request.idleTimeoutMs)} ms`), { code: "ETIMEDOUT" })
    );
  });
  outgoing.on("error", reject);
  const { body } = request;
  if (body instanceof Readable2) {
    body.on("error", (error) => outgoing.destroy(error));
    body.pipe(outgoing);
  } else {
    outgoing.end(body);
  }
});
async function readBody(body, limit = 512 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk;
    size += bytes.length;
    if (size > limit) {
      body.destroy();
      throw new Error(`an answer of more than ${String(limit)} bytes`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
function discard(body) {
  body.resume();
  body.on("error", () => void 0);
}
var sha2562 = (bytes) => `sha256:${createHash4("sha256").update(bytes).digest("hex")}`;
function sameOrigin(a, b) {
  return new URL(a).origin === new URL(b).origin;
}
function checkScheme(url, where) {
  const target = new URL(url);
  if (target.protocol === "https:") return;
  if (target.protocol === "http:" && isLoopbackHost(target.hostname)) return;
  throw new RegistryError(
    `${where}: the registry sent the client to ${target.origin}, which is not HTTPS: refused`
  );
}
function registryClient(registry, access) {
  return new DistributionClient(registry, access);
}
var DistributionClient = class {
  constructor(registry, access) {
    this.registry = registry;
    this.access = access;
    this.transport = access.transport ?? nodeRegistryTransport;
    this.sleep = access.sleep ?? realSleep4;
    this.idleTimeoutMs = access.idleTimeoutMs ?? 6e4;
    this.base = registryBaseUrl(registry);
    this.withToken = mayReceiveGoogleToken(`${this.base}/v2/`, access.repositoryRegistry);
  }
  registry;
  access;
  transport;
  sleep;
  idleTimeoutMs;
  base;
  withToken;
  /** The Bearer token last given for each repository, when the registry uses token exchange. */
  bearer = /* @__PURE__ */ new Map();
  lastExchange;
  /** The token service is reached with the same transport and scheme rule as the registry. */
  fetchShim = async (url, init) => {
    checkScheme(url, `the token service of ${this.registry}`);
    const response = await this.transport(url, {
      method: init.method,
      headers: init.headers,
      idleTimeoutMs: this.idleTimeoutMs
    });
    const bytes = await readBody(response.body, 1024 * 1024);
    return {
      status: response.status,
      headers: response.headers,
      text: () => Promise.resolve(bytes.toString("utf8"))
    };
  };
  /** One request, following redirects; the Authorization header goes to the registry's own origin only. */
  async send(url, method, headers, body, authorization) {
    let target = url;
    for (let hop = 0; ; hop += 1) {
      checkScheme(target, this.registry);
      const ours = sameOrigin(target, this.base);
      const response = await this.transport(target, {
        method,
        headers: { ...headers, ...authorization && ours ? { authorization } : {} },
        ...body ? { body } : {},
        idleTimeoutMs: this.idleTimeoutMs
      });
      const location = response.headers.get("location");
      if (![301, 302, 303, 307, 308].includes(response.status) || !location || method !== "GET" || hop >= 5) {
        return response;
      }
      discard(response.body);
      target = new URL(location, target).toString();
    }
  }
  /** One try: Basic (or nothing, or the cached Bearer) first, then the Bearer token a challenge asks for. */
  async authorisedSend(url, options) {
    const open = async () => typeof options.body === "function" ? options.body() : options.body;
    const cached = this.bearer.get(options.scopeName);
    const first = cached ? `Bearer ${cached.token}` : this.withToken ? basic(this.access.password) : void 0;
    const response = await this.send(url, options.method, options.headers ?? {}, await open(), first);
    const challenge = response.headers.get("www-authenticate") ?? "";
    if (response.status !== 401 || !/^bearer\s/i.test(challenge)) return response;
    discard(response.body);
    const reference = { registry: this.registry, name: options.scopeName, tag: "latest" };
    const token = await fetchBearerToken(challenge, reference, {
      registryOrigin: new URL(this.base).origin,
      ...this.withToken ? { password: this.access.password } : {},
      fetch: this.fetchShim,
      where: options.where
    });
    this.bearer.set(options.scopeName, token);
    this.lastExchange = token;
    return this.send(url, options.method, options.headers ?? {}, await open(), `Bearer ${token.token}`);
  }
  /** A call with authorisation, retried on network failures and retryable statuses; `body` is re-opened each try. */
  async call(path6, options) {
    const url = path6.startsWith("http") ? path6 : `${this.base}${path6}`;
    const attempts = options.attempts ?? ATTEMPTS;
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const response = await this.authorisedSend(url, options);
        if (RETRYABLE2.has(response.status) && attempt < attempts) {
          discard(response.body);
          await this.sleep(backoff(attempt));
          continue;
        }
        return response;
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        lastError = error;
        if (attempt < attempts) await this.sleep(backoff(attempt));
      }
    }
    throw new RegistryError(`cannot reach ${this.registry} for ${path6}: ${describeFetchError(lastError)}`);
  }
  /** The error for an answer that is not what a call needs, with what to do about it. */
  async failure(response, purpose, name, what) {
    const detail = (await readBody(response.body, 64 * 1024).catch(() => Buffer.alloc(0))).toString("utf8");
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(detail)?.[1];
    const status = `HTTP ${String(response.status)}${code ? ` ${code}` : ""}`;
    const where = `${this.registry}/${name}`;
    if (response.status === 401 || response.status === 403) {
      return new RegistryError(this.refusal(purpose, where, status, what));
    }
    if (response.status === 404 && (code === "NAME_UNKNOWN" || purpose === "push")) {
      return new RegistryError(
        `${where} does not exist (${status}) while trying to ${what}: ${purpose === "push" ? "create the Artifact Registry repository first (gcloud artifacts repositories create REPOSITORY --repository-format docker --location LOCATION), or check input `repository`" : "check the image name"}`
      );
    }
    return new RegistryError(
      `${this.registry} answered ${status} while trying to ${what} in ${where}${RETRYABLE2.has(response.status) ? ` (after ${String(ATTEMPTS)} tries)` : ""}`
    );
  }
  /** A 401/403, explained: which credentials were refused and which role or setting fixes it. */
  refusal(purpose, where, status, what) {
    if (!this.withToken) {
      const exchange = this.lastExchange;
      return `${this.registry} refused anonymous ${purpose === "push" ? "writes" : "reads"} of ${where} (${status}) while trying to ${what}: the Google access token goes only to Google's registries and the \`repository\` host${exchange && !exchange.withToken ? `, and the token service ${exchange.realm} is on another origin, so it was asked anonymously` : ""}. Make the image public, or mirror it into Artifact Registry`;
    }
    return purpose === "push" ? `${this.registry} refused to let the credentials write ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.writer on the repository (gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location LOCATION --member serviceAccount:EMAIL --role roles/artifactregistry.writer), or check that the access token has not expired` : `${this.registry} refused to let the credentials read ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.reader on the repository, or check that the access token has not expired`;
  }
  async headManifest(name, reference) {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: "HEAD",
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name
    });
    discard(response.body);
    if (response.status === 404) return void 0;
    if (response.status !== 200)
      throw await this.failure(response, "pull", name, `look up the manifest ${reference}`);
    const digest = response.headers.get("docker-content-digest");
    if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
    return (await this.getManifest(name, reference))?.digest;
  }
  async listTags(name) {
    const response = await this.call(`/v2/${name}/tags/list`, {
      method: "GET",
      where: `${this.registry}/${name}`,
      scopeName: name
    });
    if (response.status === 404) {
      discard(response.body);
      return [];
    }
    if (response.status !== 200 || response.headers.get("link")) {
      discard(response.body);
      return void 0;
    }
    const listed2 = JSON.parse((await readBody(response.body, 4 * 1024 * 1024)).toString("utf8"));
    return Array.isArray(listed2.tags) ? listed2.tags.filter((tag2) => typeof tag2 === "string") : [];
  }
  async getManifest(name, reference) {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: "GET",
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name
    });
    if (response.status === 404) {
      discard(response.body);
      return void 0;
    }
    if (response.status !== 200)
      throw await this.failure(response, "pull", name, `read the manifest ${reference}`);
    const bytes = await readBody(response.body, 4 * 1024 * 1024);
    const digest = sha2562(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}@${reference}: the registry sent a manifest whose digest is ${digest}`
      );
    }
    const mediaType = JSON.parse(bytes.toString("utf8")).mediaType ?? response.headers.get("content-type")?.split(";")[0] ?? "";
    return { digest, mediaType, bytes };
  }
  async getBlob(name, digest) {
    const bytes = await readBody(await this.openBlob(name, digest));
    if (sha2562(bytes) !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}: blob ${digest} arrived with another digest, ${sha2562(bytes)}`
      );
    }
    return bytes;
  }
  async openBlob(name, digest, firstBytes) {
    const response = await this.call(blobPath(name, digest), {
      method: "GET",
      ...firstBytes ? { headers: { range: `bytes=0-${String(firstBytes - 1)}` } } : {},
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name
    });
    const partial = firstBytes !== void 0 && response.status === 206;
    if (response.status !== 200 && !partial)
      throw await this.failure(response, "pull", name, `read blob ${digest}`);
    return response.body;
  }
  async hasBlob(name, digest) {
    const response = await this.call(blobPath(name, digest), {
      method: "HEAD",
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name
    });
    discard(response.body);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.failure(response, "push", name, `look for blob ${digest}`);
  }
  async mountBlob(name, digest, from) {
    const response = await this.call(
      `/v2/${name}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      {
        method: "POST",
        headers: { "content-length": "0" },
        where: `${this.registry}/${name}`,
        scopeName: name
      }
    );
    if (response.status === 201) {
      discard(response.body);
      return true;
    }
    if (response.status === 202) {
      discard(response.body);
      return false;
    }
    throw await this.failure(response, "push", name, `mount blob ${digest} from ${from}`);
  }
  async uploadBlob(name, digest, size, body, session) {
    for (let attempt = 1; ; attempt += 1) {
      const opened = attempt === 1 && session ? await session.catch(() => void 0) : void 0;
      const put = await this.tryUpload(name, digest, size, body, attempt, opened);
      if (put === "retry") {
        await this.sleep(backoff(attempt));
        continue;
      }
      if (put.status === 201) {
        discard(put.body);
        return;
      }
      if (!RETRYABLE2.has(put.status) || attempt >= ATTEMPTS)
        throw await this.failure(put, "push", name, `upload blob ${digest}`);
      discard(put.body);
      await this.sleep(backoff(attempt));
    }
  }
  async startUpload(name, what = "start an upload") {
    const started = await this.call(`/v2/${name}/blobs/uploads/`, {
      method: "POST",
      headers: { "content-length": "0" },
      where: `${this.registry}/${name}`,
      scopeName: name
    });
    if (started.status !== 202) throw await this.failure(started, "push", name, what);
    discard(started.body);
    const location = started.headers.get("location");
    if (!location) {
      throw new RegistryError(
        `${this.registry}/${name}: the registry started an upload but named no location`
      );
    }
    return new URL(location, this.base).toString();
  }
  /** One upload: the PUT of the whole blob at `location`, or in a session opened now ('retry': it did not arrive). */
  async tryUpload(name, digest, size, body, attempt, location) {
    const url = new URL(location ?? await this.startUpload(name, `upload blob ${digest}`));
    url.searchParams.set("digest", digest);
    try {
      return await this.call(url.toString(), {
        method: "PUT",
        headers: { "content-type": "application/octet-stream", "content-length": String(size) },
        body,
        where: `${this.registry}/${name}`,
        scopeName: name,
        attempts: 1
      });
    } catch (error) {
      if (error instanceof WithheldBlob || attempt >= ATTEMPTS) throw error;
      return "retry";
    }
  }
  async putManifest(name, tag2, mediaType, bytes) {
    const response = await this.call(`/v2/${name}/manifests/${tag2}`, {
      method: "PUT",
      headers: { "content-type": mediaType, "content-length": String(bytes.length) },
      body: bytes,
      where: `${this.registry}/${name}:${tag2}`,
      scopeName: name
    });
    if (response.status !== 201) throw await this.failure(response, "push", name, `put the manifest ${tag2}`);
    discard(response.body);
    return response.headers.get("docker-content-digest") ?? sha2562(bytes);
  }
};
var blobPath = (name, digest) => `/v2/${name}/blobs/${digest}`;

// src/build/assemble.ts
import { createHash as createHash5 } from "node:crypto";
function registryClients(access) {
  const clients = /* @__PURE__ */ new Map();
  return (registry) => {
    let client = clients.get(registry);
    if (!client) {
      client = registryClient(registry, access);
      clients.set(registry, client);
    }
    return client;
  };
}
async function lookUpSource(clients, source) {
  if (source.reference.startsWith("sha256:")) return { digest: source.reference };
  const client = clients(source.registry);
  const missing = () => new RegistryError(
    `${source.text} does not exist (no manifest ${source.reference} in ${source.registry}/${source.name})`
  );
  if (source.registry === "docker.io") {
    const digest = await client.headManifest(source.name, source.reference);
    if (!digest) throw missing();
    return { digest };
  }
  const manifest = await client.getManifest(source.name, source.reference);
  if (!manifest) throw missing();
  return { digest: manifest.digest, manifest };
}
async function resolveManifest(clients, source, lookup) {
  const { digest } = lookup;
  const client = clients(source.registry);
  const first = lookup.manifest?.digest === digest ? lookup.manifest : await client.getManifest(source.name, digest);
  if (!first) throw new RegistryError(`${source.text}: the registry no longer has ${digest}`);
  let found = first;
  const document = JSON.parse(first.bytes.toString("utf8"));
  if (isIndex(first.mediaType, document)) {
    const entry2 = pickPlatform(document, source.text);
    const platform = await client.getManifest(source.name, entry2.digest);
    if (!platform)
      throw new RegistryError(
        `${source.text}: its index names ${entry2.digest}, which the registry does not have`
      );
    found = platform;
  }
  if (!isImageManifest(found.mediaType)) {
    throw new RegistryError(`${source.text} is a ${found.mediaType}, not a container image`);
  }
  const manifest = JSON.parse(found.bytes.toString("utf8"));
  return { reference: source, digest, platformDigest: found.digest, manifest };
}
async function readConfig(clients, source) {
  const { reference, manifest } = source;
  const config = JSON.parse(
    (await clients(reference.registry).getBlob(reference.name, manifest.config.digest)).toString("utf8")
  );
  if ((config.os ?? "linux") !== "linux" || (config.architecture ?? "amd64") !== "amd64") {
    throw new RegistryError(
      `${reference.text} is a ${config.os ?? "?"}/${config.architecture ?? "?"} image; Cloud Run runs linux/amd64 only`
    );
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new RegistryError(
      `${reference.text}: its configuration lists ${String(config.rootfs.diff_ids.length)} layers, its manifest ${String(manifest.layers.length)}`
    );
  }
  return config;
}
function layerEncoding(descriptor) {
  if (descriptor.mediaType.endsWith("gzip")) return "gzip";
  return descriptor.mediaType.endsWith(".tar") ? "tar" : void 0;
}
var MAX_LAYER_TAR_BYTES = 1024 * 1024 * 1024;
async function readLayer(client, source, descriptor, relay) {
  const encoding = layerEncoding(descriptor);
  if (!encoding) {
    throw new RegistryError(
      `${source.text}: a layer of type ${descriptor.mediaType} cannot be read here (gzip or plain tar only); use builder cloudbuild or local`
    );
  }
  const blob = [];
  const blobHash = createHash5("sha256");
  const tarHash = createHash5("sha256");
  const entries = [];
  const parser = new TarParser((entry2) => {
    entries.push(entry2);
  });
  let tarBytes = 0;
  const body = await client.openBlob(source.name, descriptor.digest);
  try {
    await pipeline(
      body,
      async function* keep(chunks) {
        for await (const chunk of chunks) {
          blobHash.update(chunk);
          blob.push(chunk);
          relay?.push(chunk);
          yield chunk;
        }
      },
      encoding === "gzip" ? createGunzip({ chunkSize: 256 * 1024 }) : new PassThrough(),
      async function parse(chunks) {
        for await (const chunk of chunks) {
          tarBytes += chunk.length;
          if (tarBytes > MAX_LAYER_TAR_BYTES)
            throw new RegistryError(`${source.text}: layer ${descriptor.digest} holds more than 1 GiB`);
          tarHash.update(chunk);
          parser.write(chunk);
        }
      }
    );
    parser.end();
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    throw new RegistryError(
      `${source.text}: layer ${descriptor.digest} cannot be read (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const digest = `sha256:${blobHash.digest("hex")}`;
  if (digest !== descriptor.digest) {
    throw new RegistryError(
      `${source.registry}/${source.name}: blob ${descriptor.digest} arrived with another digest, ${digest}`
    );
  }
  return { entries, diffId: `sha256:${tarHash.digest("hex")}`, blob };
}
async function readPostgrestBinary(clients, image, relay) {
  const client = clients(image.reference.registry);
  const layers = [];
  for (let i2 = image.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = image.manifest.layers[i2];
    if (!descriptor) continue;
    const top = i2 === image.manifest.layers.length - 1;
    const {
      entries,
      diffId: readDiffId,
      blob
    } = await readLayer(client, image.reference, descriptor, top ? relay : void 0);
    layers.unshift(entries);
    const file = extractFile(layers, POSTGREST_PATH);
    if (!file) continue;
    const directories = soleBinaryDirectories(entries);
    const diffId = (await image.config).rootfs.diff_ids[i2];
    const built = diffId === readDiffId ? layerAsItIs(descriptor, readDiffId, blob, image.reference) : void 0;
    if (!directories || !built) return { file };
    return { file, layer: { built, directories } };
  }
  throw new RegistryError(
    `${image.reference.text} has no /${POSTGREST_PATH}: is it PostgREST's image? (the amd64 one holds a static /bin/postgrest)`
  );
}
var BASE_PREFIX_BYTES = 64 * 1024;
async function readBaseBin(clients, base) {
  const client = clients(base.reference.registry);
  for (let i2 = base.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = base.manifest.layers[i2];
    if (!descriptor) continue;
    if (!layerEncoding(descriptor)) return void 0;
    let found = await findInBlob(client, base.reference.name, descriptor, BASE_PREFIX_BYTES);
    if (found === "cut short") found = await findInBlob(client, base.reference.name, descriptor);
    if (found === "hidden" || found === "cut short") return void 0;
    if (found) return found;
  }
  return void 0;
}
async function findInBlob(client, name, descriptor, firstBytes) {
  const blob = await client.openBlob(name, descriptor.digest, firstBytes);
  let received = 0;
  blob.on("data", (chunk) => received += chunk.length);
  const tar = layerEncoding(descriptor) === "gzip" ? blob.pipe(createGunzip({ finishFlush: zlibConstants.Z_SYNC_FLUSH })) : blob;
  try {
    const found = await findInStream(tar, "bin");
    return found === void 0 && firstBytes !== void 0 && received < descriptor.size ? "cut short" : found;
  } finally {
    blob.destroy();
    tar.destroy();
  }
}
function postgrestLayerOf(binary, baseBin) {
  const { layer } = binary;
  if (layer && directoriesAgree(layer.directories, baseBin)) return layer.built;
  return postgrestLayer(binary.file);
}
function likelyPostgrestLayer(image) {
  const top = image.manifest.layers.at(-1);
  const diffId = image.config.rootfs.diff_ids.at(-1);
  return top && diffId ? layerAsItIs(top, diffId, [], image.reference) : void 0;
}
function layerAsItIs(descriptor, diffId, blob, from) {
  const mediaType = ociLayerType(descriptor.mediaType);
  if (!mediaType) return void 0;
  return { descriptor: { mediaType, digest: descriptor.digest, size: descriptor.size }, diffId, blob, from };
}
async function placeBlob(clients, destination, descriptor, from, counts) {
  const target = clients(destination.registry);
  if (!from.fresh && await target.hasBlob(destination.name, descriptor.digest)) {
    counts.present += 1;
    return;
  }
  const { source, bytes } = from;
  if (source && source.registry === destination.registry && await target.mountBlob(destination.name, descriptor.digest, source.name)) {
    counts.mounted += 1;
    return;
  }
  const body = Buffer.isBuffer(bytes) ? bytes : bytes ? () => Promise.resolve(Readable3.from(bytes)) : from.stream ?? (() => clients(source?.registry ?? "").openBlob(source?.name ?? "", descriptor.digest));
  await target.uploadBlob(destination.name, descriptor.digest, descriptor.size, body, from.session);
  counts.uploaded += 1;
  counts.uploadedBytes += descriptor.size;
}
function assembleBytes(plan, base, postgrest, entrypoint = entrypointLayer(plan.runSh)) {
  const layers = [postgrest, entrypoint];
  const config = imageConfig(base.config, plan, layers);
  const baseDescriptors = baseLayers(base.manifest, base.reference.text);
  const manifest = imageManifest(plan, config, baseDescriptors, layers);
  return {
    layers,
    base: baseDescriptors,
    config,
    manifest,
    digest: `sha256:${createHash5("sha256").update(manifest).digest("hex")}`
  };
}
function placeEarly(clients, destination, sources, entrypoint, relay) {
  const counts = { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const { base, postgrest } = sources;
  const placed = /* @__PURE__ */ new Map();
  for (const layer of base.manifest.layers) {
    startPlacing(
      placed,
      layer.digest,
      placeBlob(clients, destination, layer, { source: base.reference }, counts)
    );
  }
  const entry2 = entrypoint.descriptor;
  startPlacing(
    placed,
    entry2.digest,
    placeBlob(clients, destination, entry2, { bytes: entrypoint.blob }, counts)
  );
  const target = clients(destination.registry);
  const top = postgrest.manifest.layers.at(-1);
  if (top && postgrest.reference.registry === destination.registry && !placed.has(top.digest)) {
    const mounting = target.mountBlob(destination.name, top.digest, postgrest.reference.name);
    startPlacing(
      placed,
      top.digest,
      mounting.then((mounted) => {
        if (mounted) counts.mounted += 1;
        return mounted;
      })
    );
  }
  if (top && relay && !placed.has(top.digest)) {
    const stream = () => Promise.resolve(relay.reader());
    startPlacing(placed, top.digest, placeBlob(clients, destination, top, { stream }, counts));
  }
  const configSession = target.startUpload(destination.name);
  configSession.catch(() => void 0);
  return { placed, configSession, sessionTaken: false, counts };
}
function placeLikelyConfig(clients, destination, early, config) {
  const descriptor = configDescriptor(config);
  early.sessionTaken = true;
  startPlacing(
    early.placed,
    descriptor.digest,
    placeBlob(
      clients,
      destination,
      descriptor,
      { bytes: config, fresh: true, session: early.configSession },
      early.counts
    )
  );
}
function startPlacing(placed, digest, placing) {
  const done = placing.then(
    (result) => result !== false,
    (error) => {
      if (error instanceof WithheldBlob) return false;
      throw error;
    }
  );
  done.catch(() => void 0);
  placed.set(digest, done);
}
var configDescriptor = (config) => ({
  mediaType: OCI_CONFIG,
  digest: `sha256:${createHash5("sha256").update(config).digest("hex")}`,
  size: config.length
});
async function pushAssembled(clients, destination, base, image, early) {
  const counts = early?.counts ?? { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const place = async (descriptor, from) => {
    if (await early?.placed.get(descriptor.digest)) return;
    await placeBlob(clients, destination, descriptor, from, counts);
  };
  await Promise.all([
    ...base.manifest.layers.map((layer) => place(layer, { source: base.reference })),
    ...image.layers.map(
      (layer) => place(layer.descriptor, { bytes: layer.blob, ...layer.from ? { source: layer.from } : {} })
    ),
    place(configDescriptor(image.config), {
      bytes: image.config,
      fresh: true,
      // The session opened ahead, unless the config written ahead (another one) took it.
      ...early && !early.sessionTaken ? { session: early.configSession } : {}
    })
  ]);
  const digest = await clients(destination.registry).putManifest(
    destination.name,
    destination.tag,
    OCI_MANIFEST,
    image.manifest
  );
  if (digest !== image.digest) {
    throw new RegistryError(
      `${destination.registry}/${destination.name}:${destination.tag}: the registry stored the manifest as ${digest}, not ${image.digest}`
    );
  }
  return { digest, counts };
}

// src/build/index.ts
var BUILDERS = ["assemble", "cloudbuild", "local"];
function defaultBuildDependencies(env, log, credentials) {
  return {
    contextDirectory: BUILD_CONTEXT_DIRECTORY,
    accessToken: () => credentials().accessToken(),
    cloudBuildApi: () => cloudBuildApi(
      cloudBuildBaseUrl(env["CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD"]),
      () => credentials().accessToken()
    ),
    runner: execRunner,
    env,
    log
  };
}
var BUILD_CONTEXT_DIRECTORY = path3.join(ACTION_ROOT, "cloudbuild");
async function buildImage(config, deps) {
  if (config.builder === "assemble") return assembleImage(config, deps);
  const { context, reference } = planImage(config, deps.contextDirectory);
  const tagged2 = formatReference(reference);
  const cloudBuild = config.builder === "cloudbuild" ? deps.cloudBuildApi() : void 0;
  const password = await deps.accessToken();
  const registry = {
    password,
    // The user chose this registry to push to: it gets the token (over HTTPS) even when it is not Google's.
    repositoryRegistry: reference.registry,
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  };
  const existing = await findManifest(reference, registry);
  if (existing) {
    deps.log(`${tagged2} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged2, digest: existing, built: false };
  }
  deps.log(`${tagged2} is not in the registry: building it`);
  if (cloudBuild) {
    const request = cloudBuildRequest(context, tagged2, config.cloudBuild);
    const digest2 = await runCloudBuild(cloudBuild, request, tagged2, {
      projectId: config.projectId,
      location: config.buildLocation,
      log: deps.log,
      ...deps.sleep ? { sleep: deps.sleep } : {}
    });
    return {
      image: pinnedImage(reference, digest2),
      reference: tagged2,
      digest: digest2,
      built: true,
      builder: "cloudbuild"
    };
  }
  const tool = await runLocalBuild(context, reference, password, {
    runner: deps.runner,
    env: deps.env,
    log: deps.log
  });
  const digest = await findManifest(reference, registry);
  if (!digest) throw new Error(`${tool} pushed ${tagged2}, but the registry does not have it`);
  return { image: pinnedImage(reference, digest), reference: tagged2, digest, built: true, builder: tool };
}
async function resolveAssemblyPlan(config, runSh, sources, clients, log) {
  const looking = Promise.all([
    lookUpSource(clients, sources.postgrest),
    lookUpSource(clients, sources.base)
  ]);
  looking.catch(() => void 0);
  await setImmediate2();
  await setImmediate2();
  const entrypoint = entrypointLayer(runSh);
  const [postgrest, base] = await looking;
  log(`${sources.postgrest.text} is ${postgrest.digest}`);
  log(`${sources.base.text} is ${base.digest}`);
  const plan = {
    runSh,
    postgrestVersion: config.postgrestVersion,
    postgrest: { reference: sources.postgrest, digest: postgrest.digest },
    base: { reference: sources.base, digest: base.digest }
  };
  return { plan, lookups: { postgrest, base }, entrypoint };
}
async function existingImage(reference, listed2, access, deps) {
  if (listed2?.includes(reference.tag) === false) return void 0;
  return findManifest(reference, {
    ...access,
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
}
async function assembleImage(config, deps) {
  const started = performance.now();
  const context = loadBuildContext(deps.contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {},
    ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
  });
  const sources = assemblySources(context);
  const destination = imageReference(config.repository, config.imageName, "latest", "input `repository`");
  const repositoryRegistry = destination.registry;
  const password = await deps.accessToken();
  const clients = registryClients({
    password,
    repositoryRegistry,
    ...deps.registryTransport ? { transport: deps.registryTransport } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  const listing = clients(repositoryRegistry).listTags(destination.name).catch(() => void 0);
  const { plan, lookups, entrypoint } = await resolveAssemblyPlan(
    config,
    context.entrypoint,
    sources,
    clients,
    deps.log
  );
  const reference = imageReference(
    config.repository,
    config.imageName,
    assemblyTag(plan),
    "input `repository`"
  );
  const tagged2 = formatReference(reference);
  const existing = await existingImage(reference, await listing, { password, repositoryRegistry }, deps);
  if (existing) {
    deps.log(`${tagged2} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged2, digest: existing, built: false };
  }
  deps.log(`${tagged2} is not in the registry: assembling it`);
  const { digest, counts } = await writeAssembled(
    clients,
    reference,
    { plan, sources, lookups, entrypoint },
    deps.log
  );
  deps.log(
    `assembled ${tagged2} (${digest}) in ${((performance.now() - started) / 1e3).toFixed(2)} s: blobs ${String(counts.present)} already there, ${String(counts.mounted)} mounted, ${String(counts.uploaded)} uploaded (${(counts.uploadedBytes / 1e6).toFixed(2)} MB)`
  );
  return {
    image: pinnedImage(reference, digest),
    reference: tagged2,
    digest,
    built: true,
    builder: "assemble"
  };
}
async function writeAssembled(clients, reference, assembly, log) {
  const { plan, sources, lookups, entrypoint } = assembly;
  const [postgrest, base] = await Promise.all([
    resolveManifest(clients, sources.postgrest, lookups.postgrest),
    resolveManifest(clients, sources.base, lookups.base)
  ]);
  const postgrestConfig = readConfig(clients, postgrest);
  const baseImage = readConfig(clients, base).then((config) => ({ ...base, config }));
  const relay = postgrest.reference.registry === reference.registry ? void 0 : new BlobRelay();
  const reading = postgrestLayerFor(clients, { ...postgrest, config: postgrestConfig }, base, log, relay);
  for (const pending of [postgrestConfig, baseImage, reading]) pending.catch(() => void 0);
  const early = placeEarly(clients, reference, { base, postgrest }, entrypoint, relay);
  const [baseSource, likely] = await Promise.all([
    baseImage,
    postgrestConfig.then((config) => likelyPostgrestLayer({ ...postgrest, config }))
  ]);
  if (likely) {
    placeLikelyConfig(clients, reference, early, assembleBytes(plan, baseSource, likely, entrypoint).config);
  }
  const layer = await reading;
  const image = assembleBytes(plan, baseSource, layer, entrypoint);
  return pushAssembled(clients, reference, baseSource, image, early);
}
async function postgrestLayerFor(clients, postgrest, base, log, relay) {
  let binary;
  let baseBin;
  try {
    [binary, baseBin] = await Promise.all([
      readPostgrestBinary(clients, postgrest, relay),
      // Only to tell whether the PostgREST layer can be taken as it is: a base that cannot be read here says no.
      readBaseBin(clients, base).catch(() => void 0)
    ]);
  } catch (error) {
    relay?.withhold("the PostgREST layer could not be read");
    throw error;
  }
  const layer = postgrestLayerOf(binary, baseBin);
  const top = postgrest.manifest.layers.at(-1)?.digest;
  if (layer.from && layer.descriptor.digest === top) relay?.release();
  else relay?.withhold("a new layer is made instead of taking it as it is");
  log(
    layer.from ? `/bin/postgrest: the layer of ${postgrest.reference.text} as it is (it holds that file alone)` : `/bin/postgrest: a new layer (the layer of ${postgrest.reference.text} holding it has more, or bin/ differs from the base's)`
  );
  return layer;
}
async function pinPrebuiltImage(image, deps) {
  const { reference, digest } = parseImageReference(image, "input `image`");
  if (digest) return image;
  const found = await findManifest(reference, {
    password: await deps.accessToken(),
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  if (!found) {
    throw new Error(
      `input \`image\`: ${formatReference(reference)} is not in the registry; push it first, or give a repository to build into`
    );
  }
  deps.log(`${formatReference(reference)} is ${found}`);
  return pinnedImage(reference, found);
}
async function provideImage(source, options, deps) {
  if (source.kind === "none") return void 0;
  if (source.kind === "prebuilt") {
    if (options.dryRun) return { image: source.image, built: false, planned: true };
    return { image: await pinPrebuiltImage(source.image, deps), built: false };
  }
  if (options.dryRun) {
    const plan = await describeBuild(source.build, deps.contextDirectory);
    deps.log(`dry run, nothing is sent. ${plan.text.trimEnd()}`);
    return { ...plan.image ? { image: plan.image } : {}, built: false, planned: true };
  }
  const built = await buildImage(source.build, deps);
  deps.log(
    `image: ${built.image} (${built.built ? `built with ${built.builder ?? "unknown"}` : "reused, no build"})`
  );
  return { image: built.image, built: built.built };
}

// src/config/image.ts
function parseImageSource(read, describe, postgrestVersion) {
  const image = read("image").trim();
  const repository = read("repository").trim();
  if (image && repository) {
    throw new ConfigError(
      `${describe("image")} and ${describe("repository")} are mutually exclusive: give a prebuilt image, or a repository to build into`
    );
  }
  if (image) {
    parseImageReference(image, describe("image"));
    return { kind: "prebuilt", image };
  }
  if (!repository) return { kind: "none" };
  const builderText = read("builder").trim();
  const builder = BUILDERS.find((name) => name === builderText);
  if (!builder) {
    throw new ConfigError(
      `${describe("builder")} must be ${BUILDERS.slice(0, -1).join(", ")} or ${BUILDERS.at(-1) ?? ""}, not "${builderText}"`
    );
  }
  const sources = parseSourceImages(read, describe);
  const imageName = read("image_name").trim();
  imageReference(repository, imageName, "latest", describe("repository"));
  const { projectId, buildRegion, logsBucket } = parseCloudBuildSettings(read, describe, builder);
  return {
    kind: "build",
    build: {
      repository,
      imageName,
      postgrestVersion: postgrestVersion.tag,
      ...sources,
      builder,
      projectId,
      buildLocation: buildRegion,
      ...logsBucket ? { cloudBuild: { logsBucket } } : {}
    }
  };
}
function parseCloudBuildSettings(read, describe, builder) {
  const projectId = read("project_id").trim();
  if (builder === "cloudbuild" && !projectId) {
    throw new ConfigError(
      `${describe("project_id")} is required with builder cloudbuild: the project Cloud Build runs in`
    );
  }
  if (projectId && !/^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new ConfigError(`${describe("project_id")}: "${projectId}" is not a Google Cloud project id`);
  }
  const buildRegion = read("build_region").trim();
  if (buildRegion !== "global" && !/^[a-z]+-[a-z]+\d+$/.test(buildRegion)) {
    throw new ConfigError(
      `${describe("build_region")}: "${buildRegion}" is neither global nor a region such as europe-west1`
    );
  }
  const logsBucket = read("logs_bucket").trim();
  if (logsBucket && !/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](?:\/.*)?$/.test(logsBucket)) {
    throw new ConfigError(
      `${describe("logs_bucket")}: "${logsBucket}" is not a bucket URL such as gs://my-build-logs`
    );
  }
  return { projectId, buildRegion, logsBucket };
}
function parseSourceImages(read, describe) {
  const postgrestImage = read("postgrest_image").trim();
  const baseImage = read("base_image").trim();
  if (postgrestImage) {
    parseSourceReference(postgrestImage, describe("postgrest_image"));
    if (/[:@][^/]*$/.test(postgrestImage.replace(/^[^/]*\//, ""))) {
      throw new ConfigError(
        `${describe("postgrest_image")}: give the repository without a tag or digest, such as docker.io/postgrest/postgrest or a mirror of it: it is tagged with ${describe("postgrest_version")}`
      );
    }
  }
  if (baseImage) parseSourceReference(baseImage, describe("base_image"));
  return { ...postgrestImage ? { postgrestImage } : {}, ...baseImage ? { baseImage } : {} };
}

// src/config/spec-path.ts
import { existsSync, realpathSync } from "node:fs";
import path4 from "node:path";
function resolveSpecPath(spec, workspace, actionRoot, source) {
  for (const root of [workspace, actionRoot]) {
    const candidate = path4.resolve(root, spec);
    if (!isInside(root, candidate)) {
      throw new ConfigError(`${source}: "${spec}" points outside ${root}; give a path inside the repository`);
    }
    if (!existsSync(candidate)) continue;
    let real;
    try {
      real = realpathSync(candidate);
      if (isInside(realpathSync(root), real)) return { path: candidate, bundled: root !== workspace };
    } catch (error) {
      throw new ConfigError(
        `${source}: "${spec}" cannot be read (${error.code ?? String(error)})`
      );
    }
    throw new ConfigError(
      `${source}: "${spec}" leads through a symbolic link to ${real}, outside ${root}; give a file inside the repository, not a link out of it`
    );
  }
  throw new ConfigError(
    `${source}: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`
  );
}
function isInside(root, target) {
  const relative = path4.relative(root, target);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path4.sep}`) && !path4.isAbsolute(relative);
}
function bundledSpecNotice(spec, source) {
  return `${source} ${spec} is not in the repository's checkout, so the action's bundled example spec is used: this run checks and deploys that example, not a spec of yours. Run actions/checkout before this step, or point ${source} at your spec`;
}

// src/cloudrun/names.ts
var DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function isDnsLabel(text2, maxLength = 63) {
  return text2.length <= maxLength && DNS_LABEL.test(text2);
}
var MAX_SERVICE_NAME = 49;
var TAG_AND_SERVICE_MAX = 46;
var TAG_MIN = 3;

// src/deploy/api.ts
var REVISION_PAGE_SIZE = 100;
var MAX_REVISION_PAGES = 20;
function runBaseUrl(region, override) {
  return apiBaseUrl(override, `https://${region}-run.googleapis.com`);
}
var UNCERTAIN_STATUSES = /* @__PURE__ */ new Set([500, 502, 503, 504]);
function cloudRunApi(request, baseUrl, projectId) {
  const root = `${baseUrl}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(projectId)}`;
  const query = (dryRun) => dryRun ? "?dryRun=all" : "";
  return {
    getService(name) {
      return readResource(request, `${root}/services`, "service", name);
    },
    createService(service, options) {
      return write(
        request,
        "create the service",
        "POST",
        `${root}/services${query(options?.dryRun)}`,
        service
      );
    },
    replaceService(name, service, options) {
      const url = `${root}/services/${encodeURIComponent(name)}${query(options?.dryRun)}`;
      return write(request, `replace service ${name}`, "PUT", url, service);
    },
    getRevision(name) {
      return readResource(request, `${root}/revisions`, "revision", name);
    },
    listRevisions(service) {
      return listRevisions(request, `${root}/revisions`, service);
    },
    deleteRevision(name) {
      return deleteRevision(request, `${root}/revisions/${encodeURIComponent(name)}`);
    }
  };
}
async function listRevisions(request, collection, service) {
  const items = [];
  let token;
  for (let page = 0; page < MAX_REVISION_PAGES; page += 1) {
    const query = new URLSearchParams({
      labelSelector: `serving.knative.dev/service=${service}`,
      limit: String(REVISION_PAGE_SIZE),
      ...token ? { continue: token } : {}
    });
    const { status, body } = await request("GET", `${collection}?${query.toString()}`);
    if (status !== 200) return refuse(`list the revisions of service ${service}`, status, body);
    const list3 = body;
    if (Array.isArray(list3?.items)) items.push(...list3.items);
    token = typeof list3?.metadata?.continue === "string" ? list3.metadata.continue : void 0;
    if (!token) return items;
  }
  return items;
}
async function deleteRevision(request, url) {
  let answer;
  try {
    answer = await request("DELETE", url, void 0, { once: true });
  } catch (error) {
    if (error instanceof ApiError) return { kind: "unknown", message: error.message };
    throw error;
  }
  const { status, body } = answer;
  if (status === 200 || status === 202) return { kind: "deleted" };
  if (status === 404) return { kind: "gone" };
  const message = apiErrorMessage(body) ?? `HTTP ${String(status)}`;
  if (UNCERTAIN_STATUSES.has(status))
    return { kind: "unknown", message: `HTTP ${String(status)}: ${message}` };
  return { kind: "refused", status, message };
}
function refuse(what, status, body) {
  throw apiRefusal(
    "Cloud Run",
    what,
    { status, body },
    "check the credentials and that the account has roles/run.developer (and roles/iam.serviceAccountUser on the runtime service account)"
  );
}
async function readResource(request, collection, kind, name) {
  const { status, body } = await request("GET", `${collection}/${encodeURIComponent(name)}`);
  if (status === 404) return void 0;
  if (status !== 200) return refuse(`read ${kind} ${name}`, status, body);
  return body;
}
async function write(request, what, method, url, body) {
  let answer;
  try {
    answer = await request(method, url, body, { once: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return { kind: "unknown", message: error.message };
    throw error;
  }
  return classifyWrite(what, method, answer);
}
function classifyWrite(what, method, { status, body: reply }) {
  if (status === 200 || status === 201) return { kind: "done", service: reply };
  const message = apiErrorMessage(reply) ?? `HTTP ${String(status)}`;
  if (status === 409) {
    const reason = reply?.error?.status;
    return { kind: reason === "ALREADY_EXISTS" ? "exists" : "stale", message };
  }
  if (UNCERTAIN_STATUSES.has(status)) {
    return { kind: "unknown", message: `${method} answered HTTP ${String(status)}: ${message}` };
  }
  return refuse(what, status, reply);
}

// src/deploy/preview-guard.ts
var PREVIEW_ALLOWANCES = ["service-account", "secrets", "images"];
var list = (value) => Array.isArray(value) ? value.map(recordOf) : [];
function containersOf(template) {
  return list(recordOf(template["spec"])["containers"]).map((container, index) => ({
    label: `containers[${asString(container["name"]) ?? String(index)}]`,
    container
  }));
}
function secretReferences(template) {
  const references = /* @__PURE__ */ new Map();
  for (const { label, container } of containersOf(template)) {
    for (const env of list(container["env"])) {
      const ref = recordOf(recordOf(env["valueFrom"])["secretKeyRef"]);
      const name = asString(ref["name"]);
      if (name) {
        references.set(
          `spec.template.spec.${label}.env[${asString(env["name"]) ?? "?"}].valueFrom.secretKeyRef`,
          `${name}:${asString(ref["key"]) ?? "latest"}`
        );
      }
    }
  }
  for (const volume of list(recordOf(template["spec"])["volumes"])) {
    const secret = recordOf(volume["secret"]);
    const name = asString(secret["secretName"]);
    if (!name) continue;
    const items = list(secret["items"]).map((item) => `${asString(item["key"]) ?? "latest"}\u2192${asString(item["path"]) ?? "?"}`).sort().join(", ");
    references.set(
      `spec.template.spec.volumes[${asString(volume["name"]) ?? "?"}].secret`,
      `${name}${items ? ` (${items})` : ""}`
    );
  }
  return references;
}
function previewWidenings(production, preview, policy) {
  const problems = [];
  const allowHint = (allowance) => `if the pull request is trusted with that, set input \`preview_allow: ${allowance}\``;
  const identity = (template) => asString(recordOf(template["spec"])["serviceAccountName"]);
  const describeIdentity = (account) => account ? `"${account}"` : "the default compute account";
  if (!policy.allow.has("service-account")) {
    const ours = new Set(production.map(identity));
    const theirs = identity(preview);
    if (!ours.has(theirs)) {
      problems.push(
        `spec.template.spec.serviceAccountName is ${theirs ? `"${theirs}"` : "unset (the default compute account)"}, but production runs as ${[...ours].map(describeIdentity).join(" and ")}: a preview keeps production's identity; ${allowHint("service-account")}`
      );
    }
  }
  if (!policy.allow.has("secrets")) {
    const ours = /* @__PURE__ */ new Map();
    for (const template of production) {
      for (const [where, reference] of secretReferences(template)) {
        ours.set(where, (ours.get(where) ?? /* @__PURE__ */ new Set()).add(reference));
      }
    }
    for (const [where, reference] of secretReferences(preview)) {
      const before = ours.get(where);
      if (before?.has(reference)) continue;
      problems.push(
        `${where} ${before ? `changes the secret from ${[...before].join(" / ")} to ${reference}` : `adds the secret ${reference}`}: a preview may not reach secrets production does not give that place; ${allowHint("secrets")}`
      );
    }
  }
  if (!policy.allow.has("images")) {
    const ours = new Set(
      production.flatMap(
        (template) => containersOf(template).map(({ container }) => asString(container["image"]))
      )
    );
    for (const { label, container } of containersOf(preview)) {
      const image = asString(container["image"]) ?? "";
      if (image === policy.image || ours.has(image)) continue;
      problems.push(
        `spec.template.spec.${label}.image is "${image}", which is neither the image this run ${policy.image ? `built or pinned (${policy.image})` : "deploys"} nor one production runs: a preview runs no other code under production's identity; ${allowHint("images")}`
      );
    }
  }
  return problems;
}

// src/deploy/service-state.ts
import { createHash as createHash6 } from "node:crypto";
var TEMPLATE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/template-sha256";
var SERVICE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/service-sha256";
function canonicalJson2(value) {
  return JSON.stringify(
    value,
    (_, item) => item && typeof item === "object" && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a < b ? -1 : 1)) : item
  );
}
var sha2563 = (value) => createHash6("sha256").update(canonicalJson2(value)).digest("hex");
function templateDigest(template) {
  const metadata = { ...recordOf(template["metadata"]) };
  delete metadata["name"];
  metadata["annotations"] = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION)
  );
  return sha2563({ ...template, metadata });
}
function serviceSettingsDigest(metadata) {
  const annotations = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== SERVICE_DIGEST_ANNOTATION)
  );
  return sha2563({ labels: recordOf(metadata["labels"]), annotations });
}
function conditionOf(resource, type) {
  const conditions = recordOf(resource?.["status"])["conditions"];
  return Array.isArray(conditions) ? conditions.map(recordOf).find((c) => c["type"] === type) : void 0;
}
function readinessOf(resource, type = "Ready") {
  const condition = conditionOf(resource, type);
  const status = asString(condition?.["status"]);
  const reason = asString(condition?.["reason"]);
  const message = asString(condition?.["message"]);
  const observed = recordOf(resource?.["status"])["observedGeneration"];
  return {
    settled: observed !== void 0 && observed === recordOf(resource?.["metadata"])["generation"],
    ready: status === "True" || status === "False" ? status : "Unknown",
    ...reason ? { reason } : {},
    ...message ? { message } : {}
  };
}
function statusOf(service) {
  const status = recordOf(service["status"]);
  const metadata = recordOf(service["metadata"]);
  const latestCreated = asString(status["latestCreatedRevisionName"]);
  const latestReady = asString(status["latestReadyRevisionName"]);
  const resourceVersion = asString(metadata["resourceVersion"]);
  const generation = metadata["generation"];
  const observed = status["observedGeneration"];
  return {
    url: asString(status["url"]) ?? "",
    traffic: Array.isArray(status["traffic"]) ? status["traffic"] : [],
    ...latestCreated ? { latestCreated } : {},
    ...latestReady ? { latestReady } : {},
    ...typeof generation === "number" ? { generation } : {},
    ...typeof observed === "number" ? { observedGeneration: observed } : {},
    ...resourceVersion ? { resourceVersion } : {}
  };
}
function currentTraffic(service) {
  const spec = recordOf(service["spec"]);
  const { traffic, latestReady } = statusOf(service);
  return {
    spec: Array.isArray(spec["traffic"]) ? spec["traffic"] : void 0,
    status: traffic,
    ...latestReady ? { latestReadyRevisionName: latestReady } : {}
  };
}
function templateOf(service) {
  const template = recordOf(recordOf(service["spec"])["template"]);
  const metadata = recordOf(template["metadata"]);
  const revision = asString(metadata["name"]);
  const digest = asString(recordOf(metadata["annotations"])[TEMPLATE_DIGEST_ANNOTATION]);
  return { template, ...revision ? { revision } : {}, ...digest ? { digest } : {} };
}
function tagUrlOf(service, revision, tag2) {
  if (!tag2) return void 0;
  return statusOf(service).traffic.find((t) => t.tag === tag2 && t.revisionName === revision)?.url;
}
function revisionSuffix(input) {
  const random = input.random ?? Math.random;
  const unique = input.runId ? `${input.runId}-${input.runAttempt ?? "1"}` : `${Math.floor(input.now / 1e3).toString(36)}${Math.floor(random() * 36 ** 3).toString(36).padStart(3, "0")}`;
  const hex = (input.imageDigest ?? "").replace(/^sha256:/, "").replace(/[^0-9a-f]/g, "");
  const room = 63 - input.service.length - unique.length - 2;
  const suffix = hex && room >= 4 ? `${hex.slice(0, Math.min(7, room))}-${unique}` : unique;
  const name = `${input.service}-${suffix}`;
  if (name.length > 63 || !DNS_LABEL.test(name)) {
    throw new Error(
      `revision name "${name}" is not a DNS label of at most 63 characters: shorten the service name`
    );
  }
  return suffix;
}
var RUN_TAG_PREFIX = "run-";
function isRunTag(tag2) {
  return tag2.startsWith(RUN_TAG_PREFIX);
}
function runTag(service, revision) {
  const room = TAG_AND_SERVICE_MAX - service.length - RUN_TAG_PREFIX.length;
  const unique = revision.startsWith(`${service}-`) ? revision.slice(service.length + 1) : revision;
  const readable = `${RUN_TAG_PREFIX}${unique}`;
  if (unique.length <= room && DNS_LABEL.test(readable)) return readable;
  if (room < 6) {
    throw new Error(
      `service "${service}" is too long for a tag of its own: Cloud Run allows ${String(TAG_AND_SERVICE_MAX)} characters for a tag and its service's name together; use a service name of at most ${String(TAG_AND_SERVICE_MAX - RUN_TAG_PREFIX.length - 6)} characters`
    );
  }
  return `${RUN_TAG_PREFIX}${createHash6("sha256").update(revision).digest("hex").slice(0, Math.min(room, 12))}`;
}

// src/deploy/tidy.ts
var MAX_DELETIONS_PER_RUN = 10;
var SERVICE_LABEL = "serving.knative.dev/service";
var GENERATION_LABEL = "serving.knative.dev/configurationGeneration";
function referencedRevisions(service) {
  const names = /* @__PURE__ */ new Set();
  const spec = recordOf(service["spec"]);
  const entries = [
    ...Array.isArray(spec["traffic"]) ? spec["traffic"] : [],
    ...statusOf(service).traffic
  ];
  for (const entry2 of entries) {
    const name = asString(recordOf(entry2)["revisionName"]);
    if (name) names.add(name);
  }
  const { latestCreated, latestReady } = statusOf(service);
  for (const name of [latestCreated, latestReady, templateOf(service).revision]) if (name) names.add(name);
  return names;
}
function listed(revision, service) {
  const metadata = recordOf(revision["metadata"]);
  const name = asString(metadata["name"]);
  if (!name || recordOf(metadata["labels"])[SERVICE_LABEL] !== service) return void 0;
  const created = Date.parse(asString(metadata["creationTimestamp"]) ?? "");
  return {
    name,
    created: Number.isNaN(created) ? 0 : created,
    generation: Number(recordOf(metadata["labels"])[GENERATION_LABEL] ?? 0) || 0,
    deleting: metadata["deletionTimestamp"] !== void 0
  };
}
function liveRevisions(revisions, service) {
  return revisions.map((revision) => listed(revision, service)).filter((r) => r !== void 0 && !r.deleting);
}
var newestFirst = (a, b) => b.created - a.created || b.generation - a.generation;
function tidyCandidates(revisions, service, options) {
  if (options.keep <= 0) return [];
  const ordered = liveRevisions(revisions, options.service).sort(newestFirst);
  const kept = /* @__PURE__ */ new Set([...referencedRevisions(service), ...options.protect ?? []]);
  return ordered.slice(options.keep).filter((r) => !kept.has(r.name)).reverse().slice(0, MAX_DELETIONS_PER_RUN).map((r) => r.name);
}
async function tidyRevisions(target, options, deps) {
  const name = target.service;
  if (options.keep <= 0) return { deleted: [], warnings: [] };
  let candidates;
  try {
    const revisions = await (options.revisions ?? deps.api.listRevisions(name));
    if (liveRevisions(revisions, name).length <= options.keep) {
      deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
      return { deleted: [], warnings: [] };
    }
    const service = await deps.api.getService(name);
    if (!service) return { deleted: [], warnings: [] };
    candidates = tidyCandidates(revisions, service, {
      service: name,
      keep: options.keep,
      protect: options.protect ?? []
    });
  } catch (error) {
    return { deleted: [], warnings: [`revisions of service ${name} not tidied: ${messageOf(error)}`] };
  }
  if (candidates.length === 0) {
    deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
    return { deleted: [], warnings: [] };
  }
  if (options.dryRun) {
    deps.log(`service ${name}: would delete ${candidates.join(", ")} (dry run: nothing deleted)`);
    return { deleted: candidates, warnings: [] };
  }
  return deleteUnreferenced(target, candidates, deps);
}
async function deleteUnreferenced(target, revisions, deps) {
  const name = target.service;
  const deleted = [];
  const warnings = [];
  for (const revision of revisions.slice(0, MAX_DELETIONS_PER_RUN)) {
    let outcome;
    try {
      outcome = await deleteIfUnreferenced(name, revision, deps);
    } catch (error) {
      warnings.push(`revision ${revision} not deleted: ${messageOf(error)}`);
      break;
    }
    if (outcome === "no-service") break;
    if (outcome === "referenced") {
      deps.log(`service ${name}: kept ${revision}: it serves or carries a tag now`);
      continue;
    }
    if (outcome.kind === "deleted") deleted.push(revision);
    if (outcome.kind === "gone") deps.log(`service ${name}: ${revision} was already deleted`);
    if (outcome.kind === "refused" || outcome.kind === "unknown") {
      warnings.push(refusal2(revision, outcome));
      if (outcome.kind === "refused" && (outcome.status === 401 || outcome.status === 403)) break;
    }
  }
  if (deleted.length > 0) deps.log(`service ${name}: deleted ${deleted.join(", ")}`);
  return { deleted, warnings };
}
async function deleteIfUnreferenced(name, revision, deps) {
  const fresh = await deps.api.getService(name);
  if (!fresh) return "no-service";
  if (referencedRevisions(fresh).has(revision)) return "referenced";
  return deps.api.deleteRevision(revision);
}
function refusal2(revision, outcome) {
  if (outcome.kind === "unknown") {
    return `revision ${revision}: no answer to its deletion (${outcome.message}); a later run tidies it if it is still there`;
  }
  const why = outcome.status === 400 || outcome.status === 409 ? "Cloud Run keeps it (it serves or is referenced)" : outcome.status === 401 || outcome.status === 403 ? "the account may not delete revisions (roles/run.developer has run.revisions.delete); set keep_revisions to 0 to stop tidying" : "Cloud Run refused";
  return `revision ${revision} not deleted: ${why} (HTTP ${String(outcome.status)}: ${outcome.message})`;
}
var messageOf = (error) => error instanceof Error ? error.message : String(error);

// src/deploy/traffic.ts
var entry = (revisionName, percent, tag2) => tag2 === void 0 ? { revisionName, percent } : { revisionName, percent, tag: tag2 };
function pinTraffic(current) {
  const spec = current.spec ?? [{ latestRevision: true, percent: 100 }];
  return spec.map((target, index) => {
    if (target.latestRevision !== true) return { ...target };
    const resolved = current.status[index]?.revisionName ?? current.status.find((s) => s.latestRevision === true)?.revisionName ?? current.latestReadyRevisionName;
    if (!resolved) {
      throw new Error(
        "the service sends traffic to its latest revision but none is ready: fix or roll back the service before deploying with no traffic"
      );
    }
    return entry(resolved, target.percent ?? 0, target.tag);
  });
}
function withoutTag(traffic, tag2, revision) {
  return traffic.flatMap((target) => {
    if (target.tag !== tag2) return [target];
    if (revision !== void 0 && target.revisionName !== revision) return [target];
    if ((target.percent ?? 0) === 0) return [];
    return [Object.fromEntries(Object.entries(target).filter(([key]) => key !== "tag"))];
  });
}
function noTrafficDeploy(current, revision, tag2) {
  if (!current) return tag2 ? [entry(revision, 100), entry(revision, 0, tag2)] : [entry(revision, 100)];
  const kept = tag2 ? withoutTag(pinTraffic(current), tag2) : pinTraffic(current);
  return tag2 ? [...kept, entry(revision, 0, tag2)] : kept;
}
function promote(current, revision) {
  const tagged2 = pinTraffic(current).filter((target) => target.tag !== void 0).map((target) => entry(target.revisionName ?? revision, 0, target.tag));
  return [entry(revision, 100), ...tagged2];
}
function sameTraffic(a, b) {
  const key = (traffic) => (traffic ?? [{ latestRevision: true, percent: 100 }]).map(
    (t) => JSON.stringify([t.revisionName ?? "", t.latestRevision === true, t.percent ?? 0, t.tag ?? ""])
  ).sort().join("\n");
  return key(a) === key(b);
}
function allocationOf(traffic) {
  const shares = /* @__PURE__ */ new Map();
  for (const target of traffic) {
    const percent = target.percent ?? 0;
    if (percent > 0 && target.revisionName) {
      shares.set(target.revisionName, (shares.get(target.revisionName) ?? 0) + percent);
    }
  }
  return shares;
}
function sameAllocation(a, b) {
  return a.size === b.size && [...a].every(([revision, percent]) => b.get(revision) === percent);
}
function describeAllocation(allocation) {
  if (allocation.size === 0) return "no traffic";
  return [...allocation].sort(([a], [b]) => a < b ? -1 : 1).map(([revision, percent]) => `${String(percent)} % ${revision}`).join(", ");
}

// src/deploy/types.ts
var DeployError = class extends Error {
  name = "DeployError";
};

// src/deploy/plan.ts
async function validateServerSide(service, target, deps) {
  const metadata = { ...recordOf(service["metadata"]), namespace: target.projectId };
  const existing = await deps.api.getService(target.service);
  let outcome;
  if (!existing) {
    outcome = await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const { resourceVersion } = statusOf(existing);
    outcome = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...resourceVersion ? { resourceVersion } : {} } },
      { dryRun: true }
    );
  }
  if (outcome.kind !== "done") {
    throw new DeployError(
      `the server-side validation of service ${target.service} got no verdict (${outcome.message}): run it again`
    );
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}
async function planTagRemoval(target, tag2, deps, deleteRevision2 = false) {
  const current = await deps.api.getService(target.service);
  if (!current) return `service ${target.service} does not exist: nothing to remove`;
  const entries = (currentTraffic(current).spec ?? []).filter((t) => t.tag === tag2);
  if (entries.length === 0) return `service ${target.service} has no tag ${tag2}: nothing would be sent`;
  const put = `would PUT service ${target.service} without tag ${tag2} (on ${entries.map((t) => t.revisionName ?? "the latest revision").join(", ")}); every other entry and tag kept`;
  if (!deleteRevision2) return put;
  const orphans = orphanedBy(current, tag2);
  return orphans.length > 0 ? `${put}; then would DELETE revision ${orphans.join(", ")} (nothing else references it)` : `${put}; no revision would be deleted (the tag's revision is still referenced)`;
}
function orphanedBy(service, tag2) {
  const status = recordOf(service["status"]);
  const spec = recordOf(service["spec"]);
  const traffic = (value) => Array.isArray(value) ? value : [];
  const carried = [...traffic(spec["traffic"]), ...traffic(status["traffic"])].filter((t) => t.tag === tag2 && t.revisionName).map((t) => t.revisionName ?? "");
  const after = {
    ...service,
    spec: { ...spec, traffic: withoutTag(traffic(spec["traffic"]), tag2) },
    status: { ...status, traffic: withoutTag(traffic(status["traffic"]), tag2) }
  };
  const referenced = referencedRevisions(after);
  return [...new Set(carried)].filter((name) => !referenced.has(name));
}
function planDeployText(plan) {
  const { target, revision, tag: tag2 } = plan;
  const base = `namespaces/${target.projectId}/services/${target.service}`;
  const calls = [
    ...plan.readsBefore ?? [],
    `GET ${base}`,
    `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag2} (existing entries and tags kept)`,
    `GET ${base} until ${revision} is Ready`,
    ...plan.smoke ? [`smoke test the URL of tag ${tag2}`, ...plan.readsAfterSmoke ?? []] : [],
    ...plan.promote ? [
      `PUT ${base}: 100 % to ${revision}, tag ${tag2} removed (only if the traffic is still as this run left it)`
    ] : [],
    ...plan.keepRevisions ? [
      `GET namespaces/${target.projectId}/revisions?labelSelector=serving.knative.dev/service=${target.service}`,
      `DELETE namespaces/${target.projectId}/revisions/...: at most ${String(MAX_DELETIONS_PER_RUN)} of the oldest beyond the newest ${String(plan.keepRevisions)}, each only if a fresh GET ${base} shows no traffic entry or tag on it`
    ] : []
  ];
  return [
    plan.validate ? "dry run: nothing changes; the service is read and Cloud Run validates the spec (?dryRun=all)" : "dry run: nothing is sent",
    "calls:",
    ...calls.map((call) => `  ${call}`),
    "rendered service:",
    JSON.stringify(plan.service, null, 2)
  ].join("\n");
}

// src/deploy/write.ts
var WRITE_ATTEMPTS = 4;
var withoutStatus = (service) => Object.fromEntries(Object.entries(service).filter(([key]) => key !== "status"));
async function replaceSettled(name, first, plan, deps) {
  let current = first;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    const planned = plan(current);
    if (!planned.body) return { result: planned.result, sent: false, service: current };
    const resourceVersion = statusOf(current).resourceVersion;
    const body = {
      ...planned.body,
      metadata: { ...recordOf(planned.body["metadata"]), ...resourceVersion ? { resourceVersion } : {} }
    };
    const outcome = await deps.api.replaceService(name, body);
    if (outcome.kind === "done") return { result: planned.result, sent: true, service: outcome.service };
    const fresh = await deps.api.getService(name);
    if (!fresh) throw new DeployError(`service ${name} was deleted while this run was changing it`);
    if (await planned.landed(fresh)) {
      deps.log(
        `service ${name}: the write's answer was lost (${outcome.message}), but the service shows it applied`
      );
      return { result: planned.result, sent: true, service: fresh };
    }
    if (outcome.kind === "exists") {
      throw new DeployError(
        `service ${name}: Cloud Run refused the write as a name collision (ALREADY_EXISTS: ${outcome.message}): the pinned revision name is taken by another revision; set another revision_suffix, or let the action derive one`
      );
    }
    deps.log(
      outcome.kind === "stale" ? `service ${name} was changed by someone else meanwhile (HTTP 409): reading it again` : `service ${name}: no answer to the write (${outcome.message}), and it did not apply: sending it again`
    );
    current = fresh;
  }
  throw new DeployError(
    `service ${name} kept changing under this run (${String(WRITE_ATTEMPTS)} attempts, each answered HTTP 409 or lost): re-run when the other deploy is done`
  );
}

// src/deploy/wait.ts
import { setTimeout as realSleep5 } from "node:timers/promises";
var POLL_CAP_MS = 500;
var REQUEST_SPACING_MS = 250;
var nextDelay = (delay) => Math.min(POLL_CAP_MS, Math.round(delay * 1.25));
function pollSchedule(timeoutMs, deps) {
  const sleep = deps.sleep ?? realSleep5;
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  let previous = now();
  return {
    sleep,
    now,
    next: async () => {
      const due = Math.min(previous + delay, deadline);
      if (due > now()) await sleep(due - now());
      previous = now();
      delay = nextDelay(delay);
    },
    expired: () => now() >= deadline
  };
}
function spacedRequests(sleep, now) {
  let last = -Infinity;
  return async (call) => {
    const wait = last + REQUEST_SPACING_MS - now();
    if (wait > 0) await sleep(wait);
    last = now();
    return call();
  };
}
async function waitForRevision(name, revision, tag2, timeoutMs, deps) {
  const polls = pollSchedule(timeoutMs, deps);
  const spaced = spacedRequests(polls.sleep, polls.now);
  for (; ; ) {
    await polls.next();
    const service = await spaced(() => deps.api.getService(name));
    if (!service)
      throw new DeployError(`service ${name} disappeared while waiting for ${revision} to become ready`);
    const serviceState = readinessOf(service);
    const latest = statusOf(service).latestCreated === revision;
    let state;
    if (latest) {
      if (serviceState.settled) state = serviceState;
    } else {
      const found = await spaced(() => deps.api.getRevision(revision));
      if (found) state = readinessOf(found);
      else if (serviceState.settled && templateOf(service).revision !== revision) {
        throw new DeployError(
          `revision ${revision} was never created: another deploy replaced the service's template before Cloud Run made it; re-run`
        );
      }
    }
    if (state?.ready === "True" && (!tag2 || tagUrlOf(service, revision, tag2))) return service;
    if (state?.ready === "False") {
      throw new DeployError(
        latest ? await spaced(() => notReadyMessage(name, revision, state, deps)) : `revision ${revision} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}`
      );
    }
    if (polls.expired()) {
      const seen = state ?? serviceState;
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1e3))} s (Ready=${seen.ready}${seen.message ? `: ${seen.message}` : ""}${state?.ready === "True" && tag2 ? `; tag ${tag2} not routed yet` : ""}); revision ${revision}; raise wait_timeout or check the revision's logs`
      );
    }
  }
}
async function notReadyMessage(name, revision, state, deps) {
  const own = readinessOf(await deps.api.getRevision(revision));
  const detail = own.ready === "Unknown" && !own.message ? "" : `; revision ${revision} Ready=${own.ready}${own.reason ? ` (${own.reason})` : ""}: ${own.message ?? "no message"}`;
  return `service ${name} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}${detail}`;
}
async function waitForRoutes(name, generation, timeoutMs, deps, written) {
  const polls = pollSchedule(timeoutMs, deps);
  for (let answer = generation === void 0 ? void 0 : written; ; answer = void 0) {
    if (!answer) await polls.next();
    const service = answer ?? await deps.api.getService(name);
    if (!service) throw new DeployError(`service ${name} disappeared while its traffic was changing`);
    const { observedGeneration } = statusOf(service);
    const routes = readinessOf(service, "RoutesReady");
    const caughtUp = generation === void 0 || (observedGeneration ?? 0) >= generation;
    if (caughtUp && routes.ready === "True") return service;
    if (caughtUp && routes.ready === "False") {
      throw new DeployError(
        `service ${name}: the traffic change was not applied: ${routes.reason ?? "RoutesReady=False"}: ${routes.message ?? "no message"}`
      );
    }
    if (polls.expired()) {
      throw new DeployError(
        `service ${name}: the traffic change was not in effect within ${String(Math.round(timeoutMs / 1e3))} s; check the service in the console`
      );
    }
  }
}

// src/deploy/promote.ts
async function promoteRevision(target, deployed, deps) {
  const { revision, tag: tag2 } = deployed;
  const name = target.service;
  const { sent, service } = await replaceSettled(
    name,
    deployed.service,
    (current) => {
      const now = allocationOf(pinTraffic(currentTraffic(current)));
      const goal = /* @__PURE__ */ new Map([[revision, 100]]);
      if (!sameAllocation(now, deployed.left) && !sameAllocation(now, goal)) {
        throw new DeployError(
          `not promoting ${revision}: the traffic of service ${name} changed while this run tested it (it was ${describeAllocation(deployed.left)}, now ${describeAllocation(now)}): another deploy or a person moved it, and this run leaves their change alone`
        );
      }
      const promoted = promote(currentTraffic(current), revision);
      const traffic = tag2 ? withoutTag(promoted, tag2, revision) : promoted;
      const unchanged = sameTraffic(currentTraffic(current).spec, traffic);
      return {
        ...unchanged ? {} : { body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic } } },
        landed: (fresh) => sameAllocation(allocationOf(pinTraffic(currentTraffic(fresh))), goal) && !(tag2 && (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag2 && t.revisionName === revision)),
        result: void 0
      };
    },
    deps
  );
  if (!sent) {
    deps.log(`service ${name}: ${revision} already serves 100 %`);
    return { changed: false, serviceUrl: statusOf(service).url };
  }
  const settled = await waitForRoutes(
    name,
    statusOf(service).generation,
    target.waitTimeoutMs,
    deps,
    service
  );
  deps.log(`service ${name}: 100 % of traffic on ${revision}${tag2 ? `; tag ${tag2} removed` : ""}`);
  return { changed: true, serviceUrl: statusOf(settled).url };
}
async function removeRunTag(target, tag2, revision, deps) {
  const { changed } = await changeTags(target, tag2, revision, deps);
  return { changed };
}
async function removeTag(target, tag2, deps) {
  const { changed, revisions } = await changeTags(target, tag2, void 0, deps);
  deps.log(
    changed ? `service ${target.service}: tag ${tag2} removed` : `service ${target.service}: no tag ${tag2} to remove`
  );
  return { changed, revisions };
}
function tagged(service, tag2) {
  const { spec, status } = currentTraffic(service);
  const names = [...spec ?? [], ...status].filter((t) => t.tag === tag2).map((t) => t.revisionName ?? status.find((s) => s.tag === tag2)?.revisionName);
  return [...new Set(names.filter((name) => name !== void 0))];
}
async function changeTags(target, tag2, revision, deps) {
  const name = target.service;
  const first = await deps.api.getService(name);
  if (!first) return { changed: false, revisions: [] };
  const carries = (service) => (currentTraffic(service).spec ?? []).some(
    (t) => t.tag === tag2 && (revision === void 0 || t.revisionName === revision)
  );
  const { sent, result } = await replaceSettled(
    name,
    first,
    (current) => {
      if (!carries(current)) return { landed: () => true, result: [] };
      const traffic = withoutTag(currentTraffic(current).spec ?? [], tag2, revision);
      return {
        body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic } },
        landed: (fresh) => !carries(fresh),
        result: revision === void 0 ? tagged(current, tag2) : [revision]
      };
    },
    deps
  );
  return { changed: sent, revisions: result };
}

// src/deploy/revision.ts
function pinTemplate(template, revision, digest) {
  const metadata = recordOf(template["metadata"]);
  return {
    ...template,
    metadata: {
      ...metadata,
      name: revision,
      annotations: { ...recordOf(metadata["annotations"]), [TEMPLATE_DIGEST_ANNOTATION]: digest }
    }
  };
}
async function revisionExists(revision, digest, deps) {
  const found = await deps.api.getRevision(revision);
  return found !== void 0 && asString(recordOf(recordOf(found["metadata"])["annotations"])[TEMPLATE_DIGEST_ANNOTATION]) === digest;
}
function desiredService(service, target, options) {
  const name = target.service;
  const specMetadata = recordOf(service["metadata"]);
  if (specMetadata["name"] !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specMetadata["name"])}, but the service to deploy is "${name}": make them agree`
    );
  }
  if (options.tag !== void 0 && !DNS_LABEL.test(options.tag)) {
    throw new Error(`tag "${options.tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const template = recordOf(recordOf(service["spec"])["template"]);
  const revision = asString(recordOf(template["metadata"])["name"]) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const settings = serviceSettingsDigest(specMetadata);
  return {
    name,
    revision,
    digest,
    template,
    pinned: pinTemplate(template, revision, digest),
    ownMetadata: {
      ...Object.fromEntries(Object.entries(specMetadata).filter(([key]) => key !== "resourceVersion")),
      namespace: target.projectId,
      annotations: { ...recordOf(specMetadata["annotations"]), [SERVICE_DIGEST_ANNOTATION]: settings }
    },
    settings,
    tag: options.tag,
    preview: options.preview
  };
}
async function deployRevision(service, target, options, deps) {
  const desired = desiredService(service, target, options);
  const { name, revision, tag: tag2, preview } = desired;
  let existing = await (options.existing ?? deps.api.getService(name));
  if (!existing && preview) {
    throw new DeployError(
      `service ${name} does not exist: a preview is deployed beside production, never in its place; deploy the service first (without preview_tag)`
    );
  }
  if (!existing) {
    const traffic = noTrafficDeploy(void 0, revision, tag2);
    const created = await createService(
      { ...service, metadata: desired.ownMetadata, spec: { template: desired.pinned, traffic } },
      desired,
      deps
    );
    if (created === "created") {
      const facts = { changed: true, created: true, tagged: tag2 !== void 0, left: allocationOf(traffic) };
      return settleRevision(target, revision, tag2, deps, facts);
    }
    existing = created;
  }
  if (preview) await refuseWidening(existing, desired.template, preview, deps);
  return replaceWithRevision(existing, desired, target, deps);
}
async function refuseWidening(existing, template, preview, deps) {
  const problems = previewWidenings(await productionTemplates(existing, deps), template, preview);
  if (problems.length > 0) {
    throw new DeployError(
      `the preview would widen what runs under production's identity, so nothing was deployed:
${problems.map((p) => `  - ${p}`).join("\n")}`
    );
  }
}
async function replaceWithRevision(existing, desired, target, deps) {
  const { name, tag: tag2 } = desired;
  const { result, sent } = await replaceSettled(
    name,
    existing,
    (current) => planDeploy(current, desired, deps),
    deps
  );
  if (!sent) {
    deps.log(
      `service ${name}: revision ${result.revision} already has this template and settings: nothing sent`
    );
    const status = statusOf(existing);
    const smokeUrl = result.via === "service" ? status.url : tagUrlOf(existing, result.revision, tag2);
    return {
      revision: result.revision,
      serviceUrl: status.url,
      ...tag2 && result.via === "tag" && smokeUrl ? { tagUrl: smokeUrl } : {},
      ...smokeUrl ? { smokeUrl } : {},
      changed: false,
      created: false,
      left: allocationOf(pinTraffic(currentTraffic(existing))),
      service: existing
    };
  }
  deps.log(
    result.changed ? `service ${name}: ${result.newRevision ? `revision ${result.revision} deployed` : "settings changed"} with no traffic${tag2 ? `, tag ${tag2}` : ""}` : `service ${name}: tag ${tag2 ?? ""} put on revision ${result.revision} (template and settings unchanged)`
  );
  const facts = { changed: result.changed, created: false, tagged: tag2 !== void 0, left: result.left };
  return settleRevision(target, result.revision, tag2, deps, facts);
}
async function productionTemplates(service, deps) {
  const serving = [...allocationOf(pinTraffic(currentTraffic(service))).keys()];
  const revisions = await Promise.all(serving.map((revision) => deps.api.getRevision(revision)));
  const templates = revisions.flatMap(
    (revision) => revision ? [{ metadata: recordOf(revision["metadata"]), spec: recordOf(revision["spec"]) }] : []
  );
  return templates.length > 0 ? templates : [templateOf(service).template];
}
async function createService(body, expected, deps) {
  const { name, revision, digest } = expected;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    deps.log(
      `creating service ${name} with revision ${revision} (a new service starts with 100 % of its traffic)`
    );
    const outcome = await deps.api.createService(body);
    if (outcome.kind === "done") return "created";
    const fresh = await deps.api.getService(name);
    if (fresh && (templateOf(fresh).revision === revision || await revisionExists(revision, digest, deps))) {
      deps.log(
        `service ${name}: the create's answer was lost (${outcome.message}), but the service exists with ${revision}`
      );
      return "created";
    }
    if (fresh) {
      deps.log(`service ${name} was created by someone else meanwhile: deploying onto it`);
      return fresh;
    }
    deps.log(
      `service ${name}: no answer to the create (${outcome.message}), and it does not exist: sending it again`
    );
  }
  throw new DeployError(
    `service ${name} could not be created: ${String(WRITE_ATTEMPTS)} attempts went unanswered`
  );
}
function planDeploy(current, desired, deps) {
  const { revision, digest, pinned, ownMetadata, settings, tag: tag2, preview } = desired;
  const now = templateOf(current);
  const reuse = now.digest === digest && now.revision !== void 0 && statusOf(current).latestReady === now.revision;
  const deployed = reuse && now.revision ? now.revision : revision;
  const sameSettings = preview !== void 0 || asString(recordOf(recordOf(current["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings;
  const traffic = noTrafficDeploy(currentTraffic(current), deployed, tag2);
  const left = allocationOf(traffic);
  const result = { revision: deployed, newRevision: !reuse, changed: !reuse || !sameSettings, left };
  if (reuse && sameSettings) {
    const serving = allocationOf(pinTraffic(currentTraffic(current)));
    if (!preview && sameAllocation(serving, /* @__PURE__ */ new Map([[deployed, 100]]))) {
      return { landed: () => true, result: { ...result, via: "service", left: serving } };
    }
    if (preview && sameTraffic(currentTraffic(current).spec, traffic)) {
      return { landed: () => true, result: { ...result, via: "tag", left: serving } };
    }
  }
  const metadata = preview ? recordOf(current["metadata"]) : ownMetadata;
  const body = {
    apiVersion: "serving.knative.dev/v1",
    kind: "Service",
    metadata,
    spec: { template: reuse ? now.template : pinned, traffic }
  };
  const landed = async (fresh) => {
    const tagged2 = tag2 === void 0 || (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag2 && t.revisionName === deployed);
    if (!tagged2) return false;
    if (reuse) {
      return preview !== void 0 || asString(recordOf(recordOf(fresh["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings;
    }
    return templateOf(fresh).revision === revision || revisionExists(revision, digest, deps);
  };
  return { body, landed, result: { ...result, via: "tag" } };
}
async function settleRevision(target, revision, tag2, deps, facts) {
  let ready;
  try {
    ready = await waitForRevision(target.service, revision, tag2, target.waitTimeoutMs, deps);
  } catch (error) {
    if (!(error instanceof DeployError) || !facts.tagged || !tag2) throw error;
    const cleanup = await removeTagSafely(target, tag2, revision, deps);
    throw new DeployError(`${error.message}; ${cleanup}`);
  }
  const { url } = statusOf(ready);
  const tagUrl = tagUrlOf(ready, revision, tag2);
  return {
    revision,
    serviceUrl: url,
    ...tagUrl ? { tagUrl, smokeUrl: tagUrl } : {},
    changed: facts.changed,
    created: facts.created,
    ...facts.tagged && tag2 ? { tag: tag2 } : {},
    left: facts.left,
    service: ready
  };
}
async function removeTagSafely(target, tag2, revision, deps) {
  try {
    const { changed } = await removeRunTag(target, tag2, revision, deps);
    return changed ? `tag ${tag2} removed from the failed revision ${revision}; traffic is as it was` : `traffic is as it was (tag ${tag2} was already gone)`;
  } catch (error) {
    return `and removing tag ${tag2} from ${revision} failed too: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// src/deploy/index.ts
function defaultDeployDependencies(target, env, accessToken, log, budgetMs, now = Date.now) {
  const request = createApiClient({ accessToken, deadline: now() + budgetMs, now });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env["CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN"]),
    target.projectId
  );
  return { api, log };
}

// src/exposure/diff.ts
var METHOD_ORDER = ["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE"];
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var keysOf = (value) => isRecord(value) ? Object.keys(value) : [];
function argumentsOf(item) {
  const names = /* @__PURE__ */ new Set();
  for (const operation of Object.values(item)) {
    const parameters = isRecord(operation) && Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
    for (const parameter of parameters) {
      if (!isRecord(parameter)) continue;
      if (parameter["in"] === "body")
        keysOf(isRecord(parameter["schema"]) ? parameter["schema"]["properties"] : {}).forEach(
          (n) => names.add(n)
        );
      else if (parameter["in"] === "query" && typeof parameter["name"] === "string")
        names.add(parameter["name"]);
    }
  }
  return [...names];
}
function surfaceOf(document) {
  if (!isRecord(document) || document["swagger"] !== "2.0" || !isRecord(document["paths"])) return void 0;
  const definitions = isRecord(document["definitions"]) ? document["definitions"] : {};
  const surface = /* @__PURE__ */ new Map();
  for (const [path6, item] of Object.entries(document["paths"])) {
    if (path6 === "/" || !isRecord(item)) continue;
    const methods = Object.keys(item).map((m) => m.toUpperCase()).filter((m) => METHOD_ORDER.includes(m)).sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
    const definition = definitions[path6.slice(1)];
    const columns = path6.startsWith("/rpc/") ? argumentsOf(item) : keysOf(isRecord(definition) ? definition["properties"] : void 0);
    surface.set(path6, { methods, columns });
  }
  return surface;
}
var minus = (a, b) => a.filter((x2) => !b.includes(x2));
function diffSurfaces(before, after) {
  const none = { methods: [], columns: [] };
  const paths = [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))];
  return paths.flatMap((path6) => {
    const old = before.get(path6);
    const now = after.get(path6);
    const a = old ?? none;
    const b = now ?? none;
    const change = {
      path: path6,
      change: !old ? "added" : !now ? "removed" : "changed",
      methodsAdded: minus(b.methods, a.methods),
      methodsRemoved: minus(a.methods, b.methods),
      columnsAdded: minus(b.columns, a.columns),
      columnsRemoved: minus(a.columns, b.columns)
    };
    const moved = [change.methodsAdded, change.methodsRemoved, change.columnsAdded, change.columnsRemoved];
    return old && now && moved.every((list3) => list3.length === 0) ? [] : [change];
  });
}
function isGrowth(change) {
  return change.methodsAdded.length > 0 || change.columnsAdded.length > 0;
}
var list2 = (names) => names.join(", ");
function describeChange(change) {
  if (change.change === "added") {
    return `+${list2(change.methodsAdded)} ${change.path}${change.columnsAdded.length > 0 ? ` (${list2(change.columnsAdded)})` : ""}`;
  }
  if (change.change === "removed") return `-${list2(change.methodsRemoved)} ${change.path}`;
  const parts = [
    ...change.methodsAdded.map((m) => `+${m}`),
    ...change.methodsRemoved.map((m) => `-${m}`),
    ...change.columnsAdded.length > 0 ? [`+columns (${list2(change.columnsAdded)})`] : [],
    ...change.columnsRemoved.length > 0 ? [`-columns (${list2(change.columnsRemoved)})`] : []
  ];
  return `${change.path}: ${parts.join(", ")}`;
}

// src/exposure/policy.ts
var EXPOSURE_POLICIES = [
  "report",
  "fail-on-anon-growth",
  "fail-on-any-growth"
];
var ANONYMOUS = "anonymous";
function exposureLines(result, only = () => true) {
  return result.roles.filter(only).flatMap((role) => role.changes.map((change) => ({ role: role.role, change: describeChange(change) })));
}
function judgeExposure(result, policy) {
  if (policy === "report") return void 0;
  const judged = (role) => policy === "fail-on-any-growth" || role.anonymous;
  const grown = result.roles.filter(judged).flatMap(
    (role) => role.changes.filter(isGrowth).map((change) => `${role.role}: ${describeChange(change)}`)
  );
  if (grown.length === 0) return void 0;
  return `the new revision exposes what production does not show ${policy === "fail-on-any-growth" ? "a role" : "the anonymous role"} (exposure_policy ${policy}): ${grown.join("; ")}`;
}

// src/exposure/run.ts
import { setTimeout as realSleep6 } from "node:timers/promises";
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path5 from "node:path";
var TRANSIENT = /* @__PURE__ */ new Set([502, 503, 504]);
var ATTEMPTS2 = 3;
function unreadable(status, text2) {
  let code;
  try {
    code = JSON.parse(text2)?.code;
  } catch {
    code = void 0;
  }
  const what = `HTTP ${String(status)}${typeof code === "string" ? ` ${code}` : ""}`;
  if (code === "PGRST126") return `${what}: OpenAPI is disabled (openapi-mode disabled)`;
  if (status === 200)
    return `${what} without an OpenAPI document (PostgREST v12 answers {} when openapi-mode is disabled)`;
  return what;
}
async function readRoot(baseUrl, headers, deps) {
  const transport = deps.transport ?? nodeTransport;
  const sleep = deps.sleep ?? realSleep6;
  const url = `${baseUrl.replace(/\/+$/, "")}/`;
  let last = "";
  for (let attempt = 1; attempt <= ATTEMPTS2; attempt++) {
    if (attempt > 1) await sleep(500 * attempt);
    try {
      const { status, text: text2 } = await transport(url, {
        method: "GET",
        headers: { accept: "application/openapi+json, application/json", ...headers },
        timeoutMs: 1e4
      });
      if (status === 200) {
        let document;
        try {
          document = JSON.parse(text2);
        } catch {
          document = void 0;
        }
        const surface = surfaceOf(document);
        return surface ? { surface } : { unreadable: unreadable(status, text2) };
      }
      last = unreadable(status, text2);
      if (!TRANSIENT.has(status)) break;
    } catch (error) {
      last = `no answer (${String(error.code ?? error)})`;
    }
  }
  return { unreadable: last };
}
async function compareRole(plan, role, deps) {
  const token = role === void 0 ? void 0 : await plan.tokens?.token(role);
  const headers = {
    ...token ? { authorization: `Bearer ${token}` } : {},
    ...plan.invokerToken ? { "x-serverless-authorization": `Bearer ${plan.invokerToken}` } : {}
  };
  const [now, before] = await Promise.all([
    readRoot(plan.newUrl, headers, deps),
    readRoot(plan.productionUrl, headers, deps)
  ]);
  const label = role ?? ANONYMOUS;
  const base = { role: label, anonymous: role === void 0 };
  if ("unreadable" in now)
    return { ...base, skipped: `the new revision's / answered ${now.unreadable}`, changes: [] };
  if ("unreadable" in before)
    return { ...base, skipped: `production's / answered ${before.unreadable}`, changes: [] };
  return { ...base, changes: diffSurfaces(before.surface, now.surface) };
}
async function compareExposure(plan, deps) {
  const roles = [void 0, ...plan.tokens?.roles ?? []];
  const compared = await Promise.all(roles.map((role) => compareRole(plan, role, deps)));
  for (const role of compared) {
    deps.log(
      role.skipped ? `${role.role}: not compared: ${role.skipped}` : `${role.role}: ${role.changes.length === 0 ? "sees the same as in production" : `${String(role.changes.length)} path(s) differ from production`}`
    );
  }
  return {
    newUrl: plan.newUrl,
    productionUrl: plan.productionUrl,
    roles: compared,
    changed: compared.some((role) => role.changes.length > 0)
  };
}
function writeExposureFile(result, context) {
  const directory = context.directory ?? tmpdir2();
  mkdirSync2(directory, { recursive: true });
  const file = path5.join(directory, `pgrst-exposure-${context.revision}.json`);
  writeFileSync2(
    file,
    `${JSON.stringify({ revision: context.revision, policy: context.policy, ...result }, null, 2)}
`
  );
  return file;
}

// src/config/deploy.ts
function parseDryRun(text2, source) {
  if (text2.trim().toLowerCase() === "validate") return "validate";
  try {
    return parseBoolean(text2, source) ? "offline" : false;
  } catch {
    throw new ConfigError(`${source} must be true, false or validate, not "${text2}"`);
  }
}
function parseExposurePolicy(text2, source) {
  const policy = EXPOSURE_POLICIES.find((p) => p === text2.trim());
  if (!policy) {
    throw new ConfigError(`${source} must be ${EXPOSURE_POLICIES.join(", ")}, not "${text2.trim()}"`);
  }
  return policy;
}
function parsePreviewAllow(text2, source) {
  const allowed = /* @__PURE__ */ new Set();
  for (const word of text2.split(/[\s,]+/).filter(Boolean)) {
    const allowance = PREVIEW_ALLOWANCES.find((a) => a === word);
    if (!allowance) {
      throw new ConfigError(
        `${source}: "${word}" is not something a preview can be allowed; use ${PREVIEW_ALLOWANCES.join(", ")}`
      );
    }
    allowed.add(allowance);
  }
  return allowed;
}
function parseTags(read, describe) {
  const previewTag = read("preview_tag").trim();
  const removeTag2 = read("remove_tag").trim();
  for (const [input, tag2] of [
    ["preview_tag", previewTag],
    ["remove_tag", removeTag2]
  ]) {
    if (tag2 && (!DNS_LABEL.test(tag2) || tag2.length > TAG_AND_SERVICE_MAX)) {
      throw new ConfigError(
        `${describe(input)}: "${tag2}" is not a tag: lower-case letters, digits and -, at most ${String(TAG_AND_SERVICE_MAX)}, such as pr-123`
      );
    }
  }
  if (previewTag && isRunTag(previewTag)) {
    throw new ConfigError(
      `${describe("preview_tag")}: "${previewTag}" has the form of a deploy's own tag (${RUN_TAG_PREFIX}...), which is reserved: name previews otherwise, such as pr-123`
    );
  }
  if (previewTag && removeTag2) {
    throw new ConfigError(
      `${describe("preview_tag")} and ${describe("remove_tag")} are mutually exclusive: deploy a preview or remove one`
    );
  }
  if (removeTag2 && (read("repository").trim() || read("image").trim())) {
    throw new ConfigError(
      `${describe("remove_tag")} removes a tag and nothing else: leave ${describe("repository")} and ${describe("image")} empty`
    );
  }
  return { previewTag, removeTag: removeTag2 };
}
function checkTarget(target, describe, purpose) {
  const { service, projectId, region } = target;
  for (const [input, value] of [
    ["service", service],
    ["project_id", projectId],
    ["region", region]
  ]) {
    if (!value) throw new ConfigError(`${describe(input)} is required to deploy${purpose}`);
  }
  if (!DNS_LABEL.test(service) || service.length > MAX_SERVICE_NAME) {
    throw new ConfigError(
      `${describe("service")}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most ${String(MAX_SERVICE_NAME)})`
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe("region")}: "${region}" is not a Cloud Run region such as europe-west1`
    );
  }
}
function parseMode(tags, service, read, describe) {
  const { previewTag, removeTag: removeTag2 } = tags;
  if (previewTag && (previewTag.length < TAG_MIN || previewTag.length + service.length > TAG_AND_SERVICE_MAX)) {
    throw new ConfigError(
      `${describe("preview_tag")}: "${previewTag}" and the service name "${service}" are ${String(previewTag.length + service.length)} characters together; Cloud Run allows a tag of at least ${String(TAG_MIN)} and ${String(TAG_AND_SERVICE_MAX)} for both (they form the tag URL's host name): shorten the tag`
    );
  }
  const allow = parsePreviewAllow(read("preview_allow"), describe("preview_allow"));
  if (allow.size > 0 && !previewTag) {
    throw new ConfigError(
      `${describe("preview_allow")} applies to previews only: set ${describe("preview_tag")}, or leave it empty`
    );
  }
  if (removeTag2) return { kind: "remove-tag", tag: removeTag2 };
  if (previewTag) return { kind: "preview", tag: previewTag, allow };
  return { kind: "deploy", promote: parseBoolean(read("promote"), describe("promote")) };
}
function parseRevisionSuffix(read, describe) {
  const revisionSuffix2 = read("revision_suffix").trim();
  if (revisionSuffix2 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix2)) {
    throw new ConfigError(
      `${describe("revision_suffix")}: "${revisionSuffix2}" may hold lower-case letters, digits and - only`
    );
  }
  return revisionSuffix2 ? { revisionSuffix: revisionSuffix2 } : {};
}
function parseSmokeConfig(read, describe) {
  if (!parseBoolean(read("smoke"), describe("smoke"))) return void 0;
  const role = read("smoke_role").trim();
  if (!role) {
    throw new ConfigError(
      `${describe("smoke_role")} is required while ${describe("smoke")} is true: the database role the test token carries (or set smoke to false)`
    );
  }
  const jwtSecret = read("jwt_secret");
  const jwtSecretRef = read("jwt_secret_ref").trim();
  if (jwtSecret && jwtSecretRef) {
    throw new ConfigError(
      `${describe("jwt_secret")} and ${describe("jwt_secret_ref")} are mutually exclusive: give the secret or where it is`
    );
  }
  const aud = read("jwt_aud").trim();
  return {
    role,
    checks: read("smoke_checks"),
    checksSource: describe("smoke_checks"),
    ...jwtSecret ? { jwtSecret } : {},
    ...jwtSecretRef ? { jwtSecretRef } : {},
    ...aud ? { aud } : {},
    invokerAuth: parseBoolean(read("invoker_auth"), describe("invoker_auth")),
    timeoutMs: parseSeconds(read("smoke_timeout"), describe("smoke_timeout"), 1800)
  };
}
function parseDeployConfig(read, describe) {
  const target = {
    service: read("service").trim(),
    projectId: read("project_id").trim(),
    region: read("region").trim()
  };
  const dryRun = parseDryRun(read("dry_run"), describe("dry_run"));
  const keepRevisions = parseKeepRevisions(read("keep_revisions"), describe("keep_revisions"));
  const tags = parseTags(read, describe);
  if (!target.service && !tags.previewTag && !tags.removeTag) {
    return { mode: { kind: "none" }, ...target, waitTimeoutMs: 0, dryRun, keepRevisions };
  }
  checkTarget(target, describe, tags.previewTag ? " a preview" : tags.removeTag ? " (to remove a tag)" : "");
  const mode = parseMode(tags, target.service, read, describe);
  const base = {
    mode,
    ...target,
    waitTimeoutMs: parseSeconds(read("wait_timeout"), describe("wait_timeout"), 3600),
    dryRun,
    keepRevisions,
    ...parseRevisionSuffix(read, describe)
  };
  if (mode.kind === "remove-tag") return base;
  const smoke = parseSmokeConfig(read, describe);
  const exposurePolicy = parseExposurePolicy(read("exposure_policy"), describe("exposure_policy"));
  return { ...base, ...smoke ? { smoke } : {}, exposurePolicy };
}

// src/config/index.ts
function parsePipelineConfig(read, describe) {
  const postgrestVersion = parseVersionSetting(read("postgrest_version"), describe("postgrest_version"));
  const spec = read("spec");
  if (!spec) throw new ConfigError(`${describe("spec")} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read("vars")), describe("vars")),
      postgrestVersion,
      dbMaxConnections: parseDbMaxConnections(read("db_max_connections"), describe("db_max_connections"))
    },
    image: parseImageSource(read, describe, postgrestVersion),
    deploy: parseDeployConfig(read, describe),
    preflight: {
      enabled: parseBoolean(read("preflight"), describe("preflight")),
      certExpiryWarningDays: parseDays(
        read("cert_expiry_warning_days"),
        describe("cert_expiry_warning_days")
      )
    }
  };
}

export {
  ConfigError,
  isDnsLabel,
  MAX_SERVICE_NAME,
  loadCredentials,
  nodeTransport,
  checkEndpointOverrides,
  createApiClient,
  asRecord,
  recordOf,
  asList,
  asString,
  asInteger,
  field,
  SecretAccessError,
  secretManagerBaseUrl,
  secretVersionName,
  secretManagerApi,
  revisionSuffix,
  runTag,
  tidyRevisions,
  deleteUnreferenced,
  validateServerSide,
  planTagRemoval,
  planDeployText,
  promoteRevision,
  removeRunTag,
  removeTag,
  deployRevision,
  defaultDeployDependencies,
  exposureLines,
  judgeExposure,
  compareExposure,
  writeExposureFile,
  parsePostgrestVersion,
  isAtLeast,
  unsupportedVersion,
  missingRoleAnswer,
  MIN_JWT_SECRET_LENGTH,
  claimKeyGrammarFor,
  checkRoleClaimKey,
  parseLegacyClaimKey,
  defaultClaimKey,
  conninfoValue,
  conninfoUser,
  parseConninfo,
  isPostgrestImage,
  postgrestContainerIndex,
  readInteger,
  readBoolean,
  APP_SETTINGS_PREFIX,
  envName,
  settingDefault,
  lookupSetting,
  settingEnvNames,
  checkSettingValue,
  settingsDocs,
  parseVariables,
  parseVersionSetting,
  parseDbMaxConnections,
  parseImageName,
  ACTION_ROOT,
  actionDefaults,
  describeBuild,
  defaultBuildDependencies,
  BUILD_CONTEXT_DIRECTORY,
  buildImage,
  provideImage,
  parseImageSource,
  resolveSpecPath,
  bundledSpecNotice,
  parsePipelineConfig
};
