// A stand-in for PostgREST's HTTP side, for the smoke stage's tests: authentication exactly as FACTS.md describes
// it per version (v12, v13–v14, v16), on a real PostgreSQL (SET ROLE of the resolved role over a client-certificate
// connection), the OpenAPI root built from the database's grants for the request's role (postgrest-openapi.ts) and
// plain table reads of the served schema. Its role-claim-key evaluation is its own (the RFC 9535
// library jsonpath-rfc9535; a walk of the parsed path for the older grammars), not the smoke stage's.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK, JWTPayload } from 'jose';
import { decodeProtectedHeader, errors, importJWK, jwtVerify } from 'jose';
import { query as jsonPathQuery } from 'jsonpath-rfc9535';
import pg from 'pg';
import { parseLegacyClaimKey } from '../../src/postgrest/claim-key.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';
import { isAtLeast, parsePostgrestVersion } from '../../src/postgrest/version.js';
import type { OpenApiMode } from './postgrest-openapi.js';
import { openApiDocument } from './postgrest-openapi.js';
import type { TlsPostgres } from './postgres.js';

export interface PostgrestStandinConfig {
  readonly version: string;
  readonly jwtSecret?: string;
  readonly jwtSecretIsBase64?: boolean;
  readonly jwtAud?: string;
  /** Default `.role` (v16: `$.role`). */
  readonly roleClaimKey?: string;
  readonly anonRole?: string;
  readonly database: TlsPostgres;
  /** Answer 503 PGRST002 (schema cache loading) until this many ms after start. */
  readonly coldStartMs?: number;
  /** Removed from request paths first: lets several emulated service and tag URLs share one stand-in. */
  readonly pathPrefix?: RegExp;
  /** `db-schemas` (default `api`, the test database's; PostgREST's own default is `public`). */
  readonly schemas?: string;
  /** `openapi-mode` (default `follow-privileges`, as PostgREST's). */
  readonly openapiMode?: OpenApiMode;
  /**
   * The PGRST_ variables of the revision a request reaches (by its path, before `pathPrefix` is removed):
   * PGRST_DB_SCHEMAS, PGRST_DB_ANON_ROLE and PGRST_OPENAPI_MODE there win over the settings above, so that
   * revisions sharing this stand-in answer as each is configured.
   */
  readonly settingsFor?: (path: string) => Readonly<Record<string, string>> | undefined;
}

/** The settings that shape the API, for one request. */
interface ApiSettings {
  readonly anonRole: string | undefined;
  readonly schemas: readonly string[];
  readonly openapiMode: OpenApiMode;
}

interface Failure {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** The role at `key` in `claims`, as the given version reads it; undefined when the path does not resolve. */
export function standinRole(claims: JWTPayload, key: string, version: PostgrestVersion): string | undefined {
  let values: unknown[];
  if (isAtLeast(version, 16) && (key.startsWith('$') || !isAtLeast(version, 16, 2))) {
    values = jsonPathQuery(claims as never, key);
  } else {
    const parsed = parseLegacyClaimKey(key, isAtLeast(version, 13) ? 'v13' : 'v12');
    if ('error' in parsed) throw new Error(`failed to parse role-claim-key value (${key})`);
    let value: unknown = claims;
    for (const segment of parsed.segments) {
      if (segment.kind === 'key') value = (value as Record<string, unknown> | null)?.[segment.name];
      else if (segment.kind === 'index') value = Array.isArray(value) ? value[segment.index] : undefined;
      else {
        const { operator, operand } = segment;
        const test = (s: string) =>
          operator === '=='
            ? s === operand
            : operator === '!='
              ? s !== operand
              : operator === '^=='
                ? s.startsWith(operand)
                : operator === '==^'
                  ? s.endsWith(operand)
                  : s.includes(operand);
        value = Array.isArray(value)
          ? value.find((item) => typeof item === 'string' && test(item))
          : undefined;
      }
      if (value === undefined || value === null) break;
    }
    values = value === undefined || value === null ? [] : [value];
  }
  const first = values[0];
  if (first === undefined || first === null) return undefined;
  return typeof first === 'string' ? first : JSON.stringify(first);
}

/** A token no key of the JWKS verifies, with PostgREST's (jose-jwt's) words for why. */
class KeyFailure extends Error {}

/** The JWS algorithms each key type signs with, as jose-jwt matches them. */
const KEY_TYPES: Record<string, string> = { HS: 'oct', RS: 'RSA', ES: 'EC', Ed: 'OKP' };

/** Whether jose-jwt (PostgREST v13+) tries this key for a token with this header: kid, use, alg and type fit. */
function fitsHeader(jwk: JWK, header: { alg?: string; kid?: string }): boolean {
  const alg = header.alg ?? '';
  return (
    jwk.use !== 'enc' &&
    (header.kid === undefined || header.kid === jwk.kid) &&
    (jwk.alg === undefined || jwk.alg === alg) &&
    KEY_TYPES[alg.slice(0, 2)] === jwk.kty
  );
}

/** The verifying half of a JWK (PostgREST accepts a JWKS of private keys too, and verifies with their public part). */
function publicPart(jwk: JWK): JWK {
  if (jwk.kty === 'oct') return jwk;
  const privateMembers = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi']);
  return Object.fromEntries(Object.entries(jwk).filter(([name]) => !privateMembers.has(name)));
}

/** Start the stand-in on a free port of 127.0.0.1. */
export async function startPostgrestStandin(config: PostgrestStandinConfig) {
  const parsedVersion = parsePostgrestVersion(config.version);
  if (!parsedVersion) throw new Error(`not a version: ${config.version}`);
  const version: PostgrestVersion = parsedVersion;
  const v13 = isAtLeast(version, 13);
  const roleClaimKey = config.roleClaimKey ?? (isAtLeast(version, 16) ? '$.role' : '.role');
  // Startup checks PostgREST makes.
  standinRole({}, roleClaimKey, version);
  let hmacSecret: Uint8Array | undefined;
  let jwks: JWK[] | undefined;
  if (config.jwtSecret !== undefined) {
    if (config.jwtSecret.trim().startsWith('{')) {
      const parsed = JSON.parse(config.jwtSecret) as { keys?: JWK[] } & JWK;
      jwks = parsed.keys ?? [parsed];
    } else {
      hmacSecret = config.jwtSecretIsBase64
        ? new Uint8Array(Buffer.from(config.jwtSecret.replaceAll('-', '+').replaceAll('_', '/'), 'base64'))
        : new TextEncoder().encode(config.jwtSecret);
      if (v13 && hmacSecret.length < 32)
        throw new Error('The JWT secret must be at least 32 characters long.');
    }
  }
  const { database } = config;
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port: database.port,
    user: database.user,
    database: database.database,
    max: 4,
    ssl: {
      ca: readFileSync(database.client.rootCa, 'utf8'),
      cert: readFileSync(database.client.cert, 'utf8'),
      key: readFileSync(database.client.key, 'utf8'),
    },
  });
  const started = Date.now();
  const requests: {
    method: string;
    url: string;
    authorization?: string;
    invoker?: string;
    status: number;
  }[] = [];

  const fail = (
    status: number,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ): Failure => ({
    status,
    code,
    message,
    headers,
  });
  const invalidToken = (code: string, message: string): Failure =>
    fail(401, code, message, {
      'www-authenticate': `Bearer error="invalid_token", error_description="${message}"`,
    });

  /** The verified claims of a token; throws jose's errors, or a {@link KeyFailure}. */
  async function verify(token: string): Promise<JWTPayload> {
    // v13+: a plain secret is an HS256 key only.
    const options = { clockTolerance: 30, ...(hmacSecret && v13 ? { algorithms: ['HS256'] } : {}) };
    if (hmacSecret) return (await jwtVerify(token, hmacSecret, options)).payload;
    // v13+ (jose-jwt) tries only the keys that fit the header: with a kid, the keys of that kid; v12 tries them all.
    const candidates = v13
      ? (jwks ?? []).filter((jwk) => fitsHeader(jwk, decodeProtectedHeader(token)))
      : (jwks ?? []);
    if (candidates.length === 0) throw new KeyFailure('No suitable key or wrong key type');
    let lastError: unknown = new KeyFailure('JWT cryptographic operation failed');
    for (const jwk of candidates) {
      try {
        const key = await importJWK(publicPart(jwk), jwk.alg ?? decodeProtectedHeader(token).alg);
        return (await jwtVerify(token, key, options)).payload;
      } catch (error) {
        lastError = error;
        if (error instanceof errors.JWTExpired) break;
      }
    }
    throw lastError instanceof errors.JWSSignatureVerificationFailed
      ? new KeyFailure('JWT cryptographic operation failed')
      : lastError;
  }

  /** The role of a request, or the failure PostgREST answers with. */
  async function authenticate(
    authorization: string | undefined,
    anonRole?: string,
  ): Promise<string | Failure> {
    const token = /^bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      return (
        anonRole ?? fail(401, 'PGRST302', 'Anonymous access is disabled', { 'www-authenticate': 'Bearer' })
      );
    }
    if (!hmacSecret && !jwks) return fail(500, 'PGRST300', 'Server lacks JWT secret');
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        return invalidToken(v13 ? 'PGRST303' : 'PGRST301', 'JWT expired');
      if (error instanceof KeyFailure && v13) return invalidToken('PGRST301', error.message);
      return invalidToken(
        'PGRST301',
        v13 ? 'No suitable key or wrong key type' : 'JWSError JWSInvalidSignature',
      );
    }
    if (config.jwtAud !== undefined) {
      const aud = payload.aud as unknown;
      const accepted =
        aud === undefined ||
        aud === null ||
        aud === '' ||
        (Array.isArray(aud) && aud.length === 0) ||
        aud === config.jwtAud ||
        (Array.isArray(aud) && (aud as unknown[]).includes(config.jwtAud));
      if (!accepted) return invalidToken(v13 ? 'PGRST303' : 'PGRST301', 'JWT not in audience');
    }
    const role = standinRole(payload, roleClaimKey, version);
    return (
      role ??
      anonRole ??
      fail(401, 'PGRST302', 'Anonymous access is disabled', { 'www-authenticate': 'Bearer' })
    );
  }

  /** The settings of the revision a request reaches: its PGRST_ variables over the stand-in's own. */
  function settingsOf(path: string): ApiSettings {
    const env = config.settingsFor?.(path) ?? {};
    const anonRole = env['PGRST_DB_ANON_ROLE'] ?? config.anonRole;
    const mode = env['PGRST_OPENAPI_MODE'] ?? config.openapiMode ?? 'follow-privileges';
    if (mode !== 'follow-privileges' && mode !== 'ignore-privileges' && mode !== 'disabled')
      throw new Error(`Invalid openapi-mode. Check your configuration: ${mode}`);
    return {
      ...(anonRole ? { anonRole } : { anonRole: undefined }),
      schemas: (env['PGRST_DB_SCHEMAS'] ?? config.schemas ?? 'api')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      openapiMode: mode,
    };
  }

  /** The OpenAPI root: the document of `schema` for the role, or 404 PGRST126 (`{}` in v12) when disabled. */
  async function root(
    client: pg.PoolClient,
    schema: string,
    mode: OpenApiMode,
  ): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
    if (mode === 'disabled') {
      return v13
        ? {
            status: 404,
            body: {
              code: 'PGRST126',
              details: null,
              hint: null,
              message: 'Root endpoint metadata is disabled',
            },
            headers: {},
          }
        : { status: 200, body: {}, headers: {} };
    }
    return {
      status: 200,
      body: await openApiDocument(client, { schema, mode, version: version.tag }),
      headers: { 'content-type': 'application/openapi+json; charset=utf-8' },
    };
  }

  async function respond(
    req: http.IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
    if (Date.now() - started < (config.coldStartMs ?? 0)) {
      return {
        status: 503,
        body: {
          code: 'PGRST002',
          message: 'Could not query the database for the schema cache. Retrying.',
          details: null,
          hint: null,
        },
        headers: {},
      };
    }
    const settings = settingsOf(req.url ?? '/');
    const role = await authenticate(req.headers.authorization, settings.anonRole);
    if (typeof role !== 'string') {
      return {
        status: role.status,
        body: { code: role.code, message: role.message, details: null, hint: null },
        headers: role.headers ?? {},
      };
    }
    const url = new URL((req.url ?? '/').replace(config.pathPrefix ?? /^$/, '') || '/', 'http://standin');
    const client = await pool.connect();
    try {
      await client.query('begin');
      try {
        await client.query(`set local role ${pg.escapeIdentifier(role)}`);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        // A role that does not exist: 400 in v12, 401 from v13.0.1.
        return {
          status: v13 ? 401 : 400,
          body: { code: e.code, message: e.message, details: null, hint: null },
          headers: {},
        };
      }
      const profile = req.headers['accept-profile'];
      const schema = typeof profile === 'string' ? profile : settings.schemas[0];
      if (schema === undefined || !settings.schemas.includes(schema)) {
        return {
          status: 406,
          body: {
            code: 'PGRST106',
            message: `The schema must be one of the following: ${settings.schemas.join(', ')}`,
            details: null,
            hint: null,
          },
          headers: {},
        };
      }
      if (url.pathname === '/') return await root(client, schema, settings.openapiMode);
      const table = url.pathname.slice(1);
      const limit = Number(url.searchParams.get('limit') ?? '1000');
      try {
        const result = await client.query(
          `select * from ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)} limit $1`,
          [limit],
        );
        return { status: 200, body: result.rows, headers: {} };
      } catch (error) {
        const e = error as { code?: string; message?: string };
        if (e.code === '42P01')
          return {
            status: 404,
            body: {
              code: v13 ? 'PGRST205' : '42P01',
              message: `Could not find the table '${schema}.${table}' in the schema cache`,
              details: null,
              hint: null,
            },
            headers: {},
          };
        if (e.code === '42501')
          return {
            status: role === settings.anonRole ? 401 : 403,
            body: { code: '42501', message: e.message, details: null, hint: null },
            headers: {},
          };
        throw error;
      }
    } finally {
      await client.query('rollback').catch(() => undefined);
      client.release();
    }
  }

  const server = http.createServer((req, res) => {
    req.resume();
    void respond(req)
      .then(({ status, body, headers }) => {
        requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          ...(typeof req.headers['x-serverless-authorization'] === 'string'
            ? { invoker: req.headers['x-serverless-authorization'] }
            : {}),
          status,
        });
        const code = (body as { code?: unknown } | null)?.code;
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          ...(v13 && status >= 400 && typeof code === 'string'
            ? { 'proxy-status': `PostgREST; error=${code}` }
            : {}),
          ...headers,
        });
        res.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'XX000', message: String(error) }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await pool.end();
    },
  };
}

export type PostgrestStandin = Awaited<ReturnType<typeof startPostgrestStandin>>;
