// The checks a new revision must pass before it gets traffic, run against its tag URL: a correctly signed token is
// accepted, a forged and an expired one are refused, and whatever the user adds (`smoke_checks`).
import { setTimeout as realSleep } from 'node:timers/promises';
import type { Transport } from '../gcp/index.js';
import { nodeTransport } from '../gcp/index.js';

/** Which token a check sends. */
export type TokenKind = 'valid' | 'forged' | 'expired' | 'none';

/** One request and what it must answer. */
export interface SmokeCheck {
  readonly name: string;
  readonly method: string;
  /** Path and query, starting with /. */
  readonly path: string;
  readonly token: TokenKind;
  /** The role the valid token carries (default: the smoke role). */
  readonly role?: string;
  /** An exact status, or any 2xx. */
  readonly expect: number | '2xx';
  /** The PostgREST error code the answer must carry as well. */
  readonly expectCode?: string;
  /** Which of the secret's signing keys signs the valid token (an index; default the first). */
  readonly key?: number;
  /** What a generated check proves: the revision takes tokens signed with one key of a JWKS, or reads the role. */
  readonly purpose?: 'key' | 'resolves-role';
}

/** What a check found. */
export interface CheckResult {
  readonly name: string;
  readonly token: TokenKind;
  readonly status: number;
  /** PostgREST's error code (`PGRST301`, `42501`, ...) from the JSON body, when there is one. */
  readonly code?: string;
  readonly message?: string;
  readonly ms: number;
  readonly passed: boolean;
  /** The role the valid token carried. */
  readonly role?: string;
  /** The signing key of a JWKS that signed it (`kid "..."`), when the secret holds several. */
  readonly key?: string;
  readonly purpose?: SmokeCheck['purpose'];
}

/** A `smoke_checks` line that does not parse: names the line and the expected form. */
export class SmokeConfigError extends Error {
  override name = 'SmokeConfigError';
}

const LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE)\s+(\/\S*)\s*->\s*(\d{3}|2xx)(?:\s+as\s+(\S+))?$/;

/**
 * Parse `smoke_checks`: one check per line, `METHOD /path?query -> STATUS [as ROLE]`, e.g.
 * `GET /view_emails_1234?limit=1 -> 200 as web_user`; blank lines and `#` comments skipped. Each is sent with a
 * valid token for ROLE (default: the smoke role).
 */
export function parseSmokeChecks(text: string, source = 'input `smoke_checks`'): SmokeCheck[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return [];
    const match = LINE.exec(line);
    if (!match) {
      throw new SmokeConfigError(
        `${source} line ${String(index + 1)}: "${line}" is not METHOD /path -> STATUS [as ROLE], e.g. GET /todos?limit=1 -> 200 as web_user`,
      );
    }
    const [, method = 'GET', path = '/', status = '2xx', role] = match;
    return [
      {
        name: line,
        method,
        path,
        token: 'valid' as const,
        ...(role ? { role } : {}),
        expect: status === '2xx' ? '2xx' : Number(status),
      },
    ];
  });
}

/** The check when the user names none: the OpenAPI root with a valid token. */
const ROOT_CHECK: SmokeCheck = {
  name: 'GET / -> 2xx',
  method: 'GET',
  path: '/',
  token: 'valid',
  expect: '2xx',
};

/** What a smoke test adds to the user's checks. */
export interface GeneratedChecks {
  /** The status a request without a token must get, when it should be checked. */
  readonly anonymous?: number;
  /** How each signing key of the secret is named, when it holds several (`kid "2025-01"`). */
  readonly keys?: readonly string[];
  /** A role that cannot exist, and PostgREST's answer for it: proves the revision reads the role claim. */
  readonly absentRole?: { readonly role: string; readonly status: number; readonly code: string };
}

/**
 * The checks of a smoke test: the user's (or `GET /`, the OpenAPI root, when none) with a valid token; the first of
 * them again signed with each further key of a JWKS (a rotation must keep every key the backend signs with), and
 * with a role that does not exist (the revision must read the role claim, not fall back to the anonymous role); with
 * a token signed by another key and with an expired token, both to be refused with 401; and, when `anonymous` is
 * given, the same request without a token, expecting that status.
 */
export function smokeChecks(user: readonly SmokeCheck[], generated: GeneratedChecks = {}): SmokeCheck[] {
  const positive = user.length > 0 ? [...user] : [ROOT_CHECK];
  const probe = user[0] ?? ROOT_CHECK;
  const negative = (token: TokenKind, what: string, expect: number): SmokeCheck => ({
    name: `${probe.method} ${probe.path} ${what} -> ${String(expect)}`,
    method: probe.method,
    path: probe.path,
    token,
    expect,
  });
  const perKey = (generated.keys ?? []).slice(1).map((label, index) => ({
    ...probe,
    name: `${probe.method} ${probe.path} signed with ${label} -> ${String(probe.expect)}`,
    key: index + 1,
    purpose: 'key' as const,
  }));
  const absent = generated.absentRole;
  return [
    ...positive,
    ...perKey,
    ...(absent
      ? [
          {
            ...negative('valid', 'as a role that does not exist', absent.status),
            name: `${probe.method} ${probe.path} as a role that does not exist -> ${String(absent.status)} ${absent.code}`,
            role: absent.role,
            expectCode: absent.code,
            purpose: 'resolves-role' as const,
          },
        ]
      : []),
    negative('forged', 'with a token signed by another key', 401),
    negative('expired', 'with an expired token', 401),
    ...(generated.anonymous === undefined ? [] : [negative('none', 'without a token', generated.anonymous)]),
  ];
}

/** Statuses and failures of a revision that is still starting: retried until the deadline. */
const COLD = new Set([502, 503, 504]);
const COLD_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export interface RunChecksOptions {
  /** Bearer tokens by kind; `valid` by role. Already masked by the caller. */
  readonly tokens: {
    valid: (role?: string, key?: number) => Promise<string>;
    forged: string;
    expired: string;
  };
  /** How each signing key is named in results, when the secret holds several. */
  readonly keyLabels?: readonly string[];
  /** A Google ID token for IAM-protected services, sent as X-Serverless-Authorization. */
  readonly invokerToken?: string;
  /** How long a cold revision may keep answering 502/503/504 or refusing connections. */
  readonly timeoutMs: number;
  readonly transport?: Transport;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly log: (line: string) => void;
}

/** Run each check against `baseUrl` (the tag URL of the new revision), in order; never throws for a failed check. */
export async function runSmokeChecks(
  baseUrl: string,
  checks: readonly SmokeCheck[],
  options: RunChecksOptions,
): Promise<CheckResult[]> {
  const now = options.now ?? Date.now;
  const runner: CheckRunner = {
    options,
    transport: options.transport ?? nodeTransport,
    sleep: options.sleep ?? realSleep,
    now,
    // One deadline for all the checks: the revision warms up once.
    deadline: now() + options.timeoutMs,
  };
  const results: CheckResult[] = [];
  for (const check of checks) results.push(await runCheck(runner, baseUrl.replace(/\/+$/, ''), check));
  return results;
}

/** The options with their defaults filled in, and the time after which a cold revision is no longer waited for. */
interface CheckRunner {
  readonly options: RunChecksOptions;
  readonly transport: Transport;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly deadline: number;
}

/** What a check's request got: a status (0 when none), the body, and the transport failure when there was one. */
interface Answer {
  readonly status: number;
  readonly text: string;
  readonly failure: string;
}

/** One check: send its request with its token, and judge the answer. */
async function runCheck(runner: CheckRunner, baseUrl: string, check: SmokeCheck): Promise<CheckResult> {
  const { options } = runner;
  const started = runner.now();
  const token =
    check.token === 'valid'
      ? await options.tokens.valid(check.role, check.key)
      : check.token === 'none'
        ? undefined
        : options.tokens[check.token];
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(options.invokerToken ? { 'x-serverless-authorization': `Bearer ${options.invokerToken}` } : {}),
  };
  const answer = await sendUntilWarm(runner, check, `${baseUrl}${check.path}`, headers);
  const label = check.token === 'valid' ? options.keyLabels?.[check.key ?? 0] : undefined;
  const result = { ...judge(check, answer, runner.now() - started), ...(label ? { key: label } : {}) };
  const { status, failure } = answer;
  options.log(
    `${result.passed ? 'passed' : 'FAILED'}: ${check.name}: ${status ? `HTTP ${String(status)}` : failure}${result.code ? ` ${result.code}` : ''} in ${String(result.ms)} ms`,
  );
  return result;
}

/**
 * Send a check's request, again after a growing pause while the revision answers like one that is still starting
 * (502/503/504, a refused or dropped connection) and the deadline allows; any other answer or failure is final.
 */
async function sendUntilWarm(
  runner: CheckRunner,
  check: SmokeCheck,
  url: string,
  headers: Record<string, string>,
): Promise<Answer> {
  let status = 0;
  let text = '';
  let failure = '';
  for (let delay = 250; ; delay = Math.min(2000, delay * 2)) {
    try {
      ({ status, text } = await runner.transport(url, { method: check.method, headers, timeoutMs: 10_000 }));
      failure = '';
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      failure = typeof code === 'string' ? code : String(error);
      status = 0;
      if (!COLD_CODES.has(failure)) break;
    }
    if (status !== 0 && !COLD.has(status)) break;
    if (runner.now() + delay > runner.deadline) break;
    runner.options.log(
      `${check.name}: ${status ? `HTTP ${String(status)}` : failure}, the revision may still be starting: retrying`,
    );
    await runner.sleep(delay);
  }
  return { status, text, failure };
}

/** Whether the answer is what the check expects, with PostgREST's error code and message from a JSON body. */
function judge(check: SmokeCheck, { status, text, failure }: Answer, ms: number): CheckResult {
  let body: { code?: unknown; message?: unknown } | undefined;
  try {
    body = text ? (JSON.parse(text) as typeof body) : undefined;
  } catch {
    body = undefined;
  }
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const message = typeof body?.message === 'string' ? body.message : failure || undefined;
  const statusPassed = check.expect === '2xx' ? status >= 200 && status < 300 : status === check.expect;
  return {
    name: check.name,
    token: check.token,
    status,
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ms,
    passed: statusPassed && (check.expectCode === undefined || code === check.expectCode),
    ...(check.token === 'valid' && check.role ? { role: check.role } : {}),
    ...(check.purpose ? { purpose: check.purpose } : {}),
  };
}

/** What the revision is configured with, for explaining a failure. */
export interface FailureContext {
  readonly claimKey: string;
  readonly aud?: string;
  /** E.g. `v14.17`. */
  readonly version: string;
}

/** A valid token refused because PostgreSQL has no such role (`22023 role "x" does not exist`). */
function isMissingRole(r: CheckResult): boolean {
  return (
    r.token === 'valid' &&
    r.purpose !== 'resolves-role' &&
    (r.code === '22023' || /role .* does not exist/.test(r.message ?? ''))
  );
}

/** Advice for the failures it recognises, most specific first; each failure is explained once. */
function adviceFor(results: readonly CheckResult[], context: FailureContext): string[] {
  const failed = results.filter((r) => !r.passed);
  const advice: string[] = [];
  const missing = [...new Set(failed.filter(isMissingRole).map((r) => r.role ?? '?'))];
  for (const role of missing) {
    advice.push(
      `the role "${role}" does not exist in the database (PostgREST ${context.version} answers a token for a missing role with 22023): create it (CREATE ROLE ${role} NOLOGIN) and GRANT ${role} TO the authenticator of PGRST_DB_URI, or smoke-test a role that exists`,
    );
  }
  const denied = failed.find(
    (r) => r.code === '42501' && /permission denied to set role/.test(r.message ?? ''),
  );
  if (denied) {
    advice.push(
      `the authenticator of PGRST_DB_URI may not SET ROLE ${denied.role ?? 'to the smoke role'}: GRANT ${denied.role ?? '<role>'} TO the authenticator`,
    );
  }
  // A token refused outright (PGRST301-303: signature, expiry, audience) says nothing about the role claim.
  const fallback = failed.find((r) => r.purpose === 'resolves-role' && !r.code?.startsWith('PGRST30'));
  if (fallback) {
    advice.push(
      `a token for a role that does not exist was answered ${fallback.status ? `HTTP ${String(fallback.status)}` : 'with no answer'}${fallback.code ? ` ${fallback.code}` : ''}, not as PostgREST ${context.version} answers a missing role: the revision does not read the role at PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}, so its tokens fall back to the anonymous role (PGRST_DB_ANON_ROLE); check the revision's role claim key`,
    );
  }
  const refused = (r: CheckResult) =>
    r.token === 'valid' &&
    r.purpose !== 'resolves-role' &&
    (r.status === 401 || r.status === 400) &&
    !isMissingRole(r);
  const droppedKeys = [...new Set(failed.filter((r) => r.key && refused(r)).map((r) => r.key))];
  const acceptedKeys = new Set(
    results.filter((r) => r.passed && r.key && r.purpose !== 'resolves-role').map((r) => r.key),
  );
  if (droppedKeys.length > 0 && acceptedKeys.size > 0) {
    advice.push(
      `the deployed revision rejected tokens signed with ${droppedKeys.join(', ')} of the JWT secret given to the smoke test, and accepted ${[...acceptedKeys].join(', ')}: its PGRST_JWT_SECRET lacks that key — a key rotation must keep every key the backend still signs with until no token signed with it is in use`,
    );
  } else if (failed.some(refused)) {
    advice.push(
      `the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}), ` +
        `${context.aud ? `the audience (PGRST_JWT_AUD ${context.aud})` : 'the audience (PGRST_JWT_AUD)'}, and that the smoke role exists and the authenticator may SET ROLE to it`,
    );
  }
  return advice;
}

/**
 * Why a smoke test failed, in words that point at the cause: a correctly signed token refused means the revision
 * does not verify tokens the way the smoke test signs them; a role that does not exist, a key a rotation dropped, a
 * role claim the revision does not read are each named.
 */
export function explainFailure(results: readonly CheckResult[], context: FailureContext): string | undefined {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return undefined;
  const lines = failed.map(
    (r) =>
      `${r.name}: got ${r.status ? `HTTP ${String(r.status)}` : 'no answer'}${r.code ? ` ${r.code}` : ''}${r.message ? ` (${r.message})` : ''}`,
  );
  lines.push(...adviceFor(results, context));
  const accepted = failed.find(
    (r) => (r.token === 'forged' || r.token === 'expired') && r.status >= 200 && r.status < 300,
  );
  if (accepted)
    lines.push(
      'the deployed revision accepted a token it must refuse: check PGRST_JWT_SECRET and that PostgREST verifies tokens',
    );
  return lines.join('; ');
}
