// The exposure check's runner: read `/` from the new revision and from production, without a token and as each
// smoke role, compare what each role sees, and keep the comparison as a JSON file.
import { setTimeout as realSleep } from 'node:timers/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Transport } from '../gcp/index.js';
import { nodeTransport } from '../gcp/index.js';
import type { Surface } from './diff.js';
import { diffSurfaces, surfaceOf } from './diff.js';
import type { ExposurePolicy, ExposureResult, RoleExposure } from './policy.js';
import { ANONYMOUS } from './policy.js';

/** What the check reads, and as whom. */
export interface ExposurePlan {
  /** The new revision's own URL (its tag URL). */
  readonly newUrl: string;
  /** The URL serving production (the service URL). */
  readonly productionUrl: string;
  /** The roles to read as besides the anonymous one, and a valid token for each (masked by the minter). */
  readonly tokens?: { readonly roles: readonly string[]; readonly token: (role: string) => Promise<string> };
  /** A Google ID token for IAM-protected services, sent as X-Serverless-Authorization. */
  readonly invokerToken?: string;
}

export interface ExposureDependencies {
  readonly log: (line: string) => void;
  readonly transport?: Transport;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Statuses and failures worth another try: a revision that is starting, an instance going away. */
const TRANSIENT = new Set([502, 503, 504]);
const ATTEMPTS = 3;

/** A document read: what the role sees, or why it could not be read. */
type Reading = { readonly surface: Surface } | { readonly unreadable: string };

/** Why an answer is no OpenAPI document, in words: PGRST126 is openapi-mode disabled. */
function unreadable(status: number, text: string): string {
  let code: unknown;
  try {
    code = (JSON.parse(text) as { code?: unknown } | null)?.code;
  } catch {
    code = undefined;
  }
  const what = `HTTP ${String(status)}${typeof code === 'string' ? ` ${code}` : ''}`;
  if (code === 'PGRST126') return `${what}: OpenAPI is disabled (openapi-mode disabled)`;
  if (status === 200)
    return `${what} without an OpenAPI document (PostgREST v12 answers {} when openapi-mode is disabled)`;
  return what;
}

/** GET `/` of `baseUrl` with these headers, again after a pause while the answer looks transient. */
async function readRoot(
  baseUrl: string,
  headers: Record<string, string>,
  deps: ExposureDependencies,
): Promise<Reading> {
  const transport = deps.transport ?? nodeTransport;
  const sleep = deps.sleep ?? realSleep;
  const url = `${baseUrl.replace(/\/+$/, '')}/`;
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) await sleep(500 * attempt);
    try {
      const { status, text } = await transport(url, {
        method: 'GET',
        headers: { accept: 'application/openapi+json, application/json', ...headers },
        timeoutMs: 10_000,
      });
      if (status === 200) {
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch {
          document = undefined;
        }
        const surface = surfaceOf(document);
        return surface ? { surface } : { unreadable: unreadable(status, text) };
      }
      last = unreadable(status, text);
      if (!TRANSIENT.has(status)) break;
    } catch (error) {
      last = `no answer (${String((error as { code?: unknown }).code ?? error)})`;
    }
  }
  return { unreadable: last };
}

/** One role's comparison: both documents read at once, as that role. */
async function compareRole(
  plan: ExposurePlan,
  role: string | undefined,
  deps: ExposureDependencies,
): Promise<RoleExposure> {
  const token = role === undefined ? undefined : await plan.tokens?.token(role);
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(plan.invokerToken ? { 'x-serverless-authorization': `Bearer ${plan.invokerToken}` } : {}),
  };
  const [now, before] = await Promise.all([
    readRoot(plan.newUrl, headers, deps),
    readRoot(plan.productionUrl, headers, deps),
  ]);
  const label = role ?? ANONYMOUS;
  const base = { role: label, anonymous: role === undefined };
  if ('unreadable' in now)
    return { ...base, skipped: `the new revision's / answered ${now.unreadable}`, changes: [] };
  if ('unreadable' in before)
    return { ...base, skipped: `production's / answered ${before.unreadable}`, changes: [] };
  return { ...base, changes: diffSurfaces(before.surface, now.surface) };
}

/**
 * Compare what the new revision shows each role with what production shows it: without a token (the anonymous
 * role), then as each smoke role. A role whose `/` cannot be read on either side is skipped, saying why.
 */
export async function compareExposure(
  plan: ExposurePlan,
  deps: ExposureDependencies,
): Promise<ExposureResult> {
  const roles = [undefined, ...(plan.tokens?.roles ?? [])];
  const compared = await Promise.all(roles.map((role) => compareRole(plan, role, deps)));
  for (const role of compared) {
    deps.log(
      role.skipped
        ? `${role.role}: not compared: ${role.skipped}`
        : `${role.role}: ${role.changes.length === 0 ? 'sees the same as in production' : `${String(role.changes.length)} path(s) differ from production`}`,
    );
  }
  return {
    newUrl: plan.newUrl,
    productionUrl: plan.productionUrl,
    roles: compared,
    changed: compared.some((role) => role.changes.length > 0),
  };
}

/** Keep the comparison as JSON in `directory` (default: the OS's temporary directory); returns the file's path. */
export function writeExposureFile(
  result: ExposureResult,
  context: { readonly directory?: string; readonly revision: string; readonly policy: ExposurePolicy },
): string {
  const directory = context.directory ?? tmpdir();
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `pgrst-exposure-${context.revision}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ revision: context.revision, policy: context.policy, ...result }, null, 2)}\n`,
  );
  return file;
}
