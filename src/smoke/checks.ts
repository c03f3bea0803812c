// The checks a new revision must pass before it gets traffic, run against its tag URL: a correctly signed token is
// accepted, a forged and an expired one are refused, and whatever the user adds (`smoke_checks`).
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

/**
 * The checks of a smoke test: the user's (or `GET /`, the OpenAPI root, when none) with a valid token; the first of
 * them again with a token signed by another key and with an expired token, both to be refused with 401; and, when
 * `anonymous` is given, the same request without a token, expecting that status.
 */
export function smokeChecks(user: readonly SmokeCheck[], anonymous?: number): SmokeCheck[] {
  const positive =
    user.length > 0
      ? [...user]
      : [{ name: 'GET / -> 2xx', method: 'GET', path: '/', token: 'valid' as const, expect: '2xx' as const }];
  const probe = positive[0] ?? { method: 'GET', path: '/' };
  const negative = (token: TokenKind, what: string, expect: number): SmokeCheck => ({
    name: `${probe.method} ${probe.path} ${what} -> ${String(expect)}`,
    method: probe.method,
    path: probe.path,
    token,
    expect,
  });
  return [
    ...positive,
    negative('forged', 'with a token signed by another key', 401),
    negative('expired', 'with an expired token', 401),
    ...(anonymous === undefined ? [] : [negative('none', 'without a token', anonymous)]),
  ];
}

/** Statuses and failures of a revision that is still starting: retried until the deadline. */
const COLD = new Set([502, 503, 504]);
const COLD_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export interface RunChecksOptions {
  /** Bearer tokens by kind; `valid` by role. Already masked by the caller. */
  readonly tokens: { valid: (role?: string) => Promise<string>; forged: string; expired: string };
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
    sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
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
      ? await options.tokens.valid(check.role)
      : check.token === 'none'
        ? undefined
        : options.tokens[check.token];
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(options.invokerToken ? { 'x-serverless-authorization': `Bearer ${options.invokerToken}` } : {}),
  };
  const answer = await sendUntilWarm(runner, check, `${baseUrl}${check.path}`, headers);
  const result = judge(check, answer, runner.now() - started);
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
  return {
    name: check.name,
    token: check.token,
    status,
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ms,
    passed: check.expect === '2xx' ? status >= 200 && status < 300 : status === check.expect,
  };
}

/**
 * Why a smoke test failed, in words that point at the cause: a correctly signed token refused means the revision
 * does not verify tokens the way the smoke test signs them.
 */
export function explainFailure(
  results: readonly CheckResult[],
  context: { claimKey: string; aud?: string },
): string | undefined {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return undefined;
  const lines = failed.map(
    (r) =>
      `${r.name}: got ${r.status ? `HTTP ${String(r.status)}` : 'no answer'}${r.code ? ` ${r.code}` : ''}${r.message ? ` (${r.message})` : ''}`,
  );
  const rejected = failed.find((r) => r.token === 'valid' && (r.status === 401 || r.status === 400));
  if (rejected) {
    lines.push(
      `the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}), ` +
        `${context.aud ? `the audience (PGRST_JWT_AUD ${context.aud})` : 'the audience (PGRST_JWT_AUD)'}, and that the smoke role exists and the authenticator may SET ROLE to it`,
    );
  }
  const accepted = failed.find(
    (r) => (r.token === 'forged' || r.token === 'expired') && r.status >= 200 && r.status < 300,
  );
  if (accepted)
    lines.push(
      'the deployed revision accepted a token it must refuse: check PGRST_JWT_SECRET and that PostgREST verifies tokens',
    );
  return lines.join('; ');
}
