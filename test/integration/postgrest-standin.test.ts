// The PostgREST stand-in's own behaviour, pinned to FACTS.md's table per version, with hand-made tokens.
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEST_JWT_SECRET, useApiDatabase } from '../support/api-database.js';
import type { PostgrestStandinConfig } from '../support/postgrest-server.js';
import { startPostgrestStandin } from '../support/postgrest-server.js';

const SECRET = TEST_JWT_SECRET;
const databaseOf = useApiDatabase();

async function token(
  claims: Record<string, unknown>,
  options: { alg?: string; secret?: string; exp?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setIssuedAt(now)
    .setExpirationTime(options.exp ?? now + 300)
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function ask(config: Omit<PostgrestStandinConfig, 'database'>, path: string, bearer?: string) {
  const standin = await startPostgrestStandin({ ...config, database: databaseOf() });
  try {
    const response = await fetch(
      `${standin.url}${path}`,
      bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
    );
    const body = (await response.json()) as { code?: string; message?: string };
    return {
      status: response.status,
      code: body.code,
      message: body.message,
      wwwAuthenticate: response.headers.get('www-authenticate'),
      proxyStatus: response.headers.get('proxy-status'),
      body,
    };
  } finally {
    await standin.close();
  }
}

const now = () => Math.floor(Date.now() / 1000);

describe.each(['v12.2.12', 'v14.17', 'v16.2'])('PostgREST %s stand-in', (version) => {
  const v13 = version !== 'v12.2.12';
  const base = { version, jwtSecret: SECRET };

  test('a valid token: the role from the claim key, SET ROLE, the OpenAPI root', async () => {
    const answer = await ask(base, '/', await token({ role: 'web_user' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ swagger: '2.0' });
    expect((await ask(base, '/items?limit=1', await token({ role: 'web_user' }))).body).toEqual([
      { id: 1, note: 'first' },
    ]);
    expect((await ask(base, '/items', await token({ role: 'anon' }))).status).toBe(403);
  });

  test('no token: the anonymous role, or 401 PGRST302 with WWW-Authenticate: Bearer', async () => {
    expect((await ask({ ...base, anonRole: 'anon' }, '/')).status).toBe(200);
    const refused = await ask(base, '/');
    expect([refused.status, refused.code, refused.wwwAuthenticate]).toEqual([401, 'PGRST302', 'Bearer']);
    expect(refused.proxyStatus).toBe(v13 ? 'PostgREST; error=PGRST302' : null);
  });

  test('a bad signature: 401 PGRST301 with invalid_token', async () => {
    const answer = await ask(
      base,
      '/',
      await token({ role: 'web_user' }, { secret: 'another-secret-of-at-least-thirty-two-chars' }),
    );
    expect([answer.status, answer.code]).toEqual([401, 'PGRST301']);
    expect(answer.wwwAuthenticate).toMatch(/^Bearer error="invalid_token", error_description=/);
  });

  test('expired past the 30 s skew: 401 (PGRST303 from v13); within the skew: accepted', async () => {
    const expired = await ask(base, '/', await token({ role: 'web_user' }, { exp: now() - 60 }));
    expect([expired.status, expired.code, expired.message]).toEqual([
      401,
      v13 ? 'PGRST303' : 'PGRST301',
      'JWT expired',
    ]);
    expect((await ask(base, '/', await token({ role: 'web_user' }, { exp: now() - 10 }))).status).toBe(200);
  });

  test('aud: a string must equal, an array must contain, a missing aud passes', async () => {
    const config = { ...base, jwtAud: 'api' };
    expect((await ask(config, '/', await token({ role: 'web_user', aud: 'api' }))).status).toBe(200);
    expect((await ask(config, '/', await token({ role: 'web_user', aud: ['x', 'api'] }))).status).toBe(200);
    expect((await ask(config, '/', await token({ role: 'web_user' }))).status).toBe(200);
    const wrong = await ask(config, '/', await token({ role: 'web_user', aud: 'other' }));
    expect([wrong.status, wrong.code]).toEqual([401, v13 ? 'PGRST303' : 'PGRST301']);
  });

  test('a role that does not exist: 400 in v12, 401 from v13', async () => {
    const answer = await ask(base, '/', await token({ role: 'ghost' }));
    expect([answer.status, answer.code]).toEqual([v13 ? 401 : 400, '22023']);
  });

  test('a token with no secret configured: 500 PGRST300', async () => {
    const answer = await ask({ version }, '/', await token({ role: 'web_user' }));
    expect([answer.status, answer.code]).toEqual([500, 'PGRST300']);
  });

  test('a plain secret is an HS256 key only from v13', async () => {
    const answer = await ask(base, '/', await token({ role: 'web_user' }, { alg: 'HS384' }));
    expect(answer.status).toBe(v13 ? 401 : 200);
  });

  test('a JWKS: the key named by kid (v13+), any key in turn (v12)', async () => {
    const [a, b] = await Promise.all([
      generateKeyPair('ES256', { extractable: true }),
      generateKeyPair('ES256', { extractable: true }),
    ]);
    const jwks = {
      keys: [
        { ...(await exportJWK(a.publicKey)), kid: 'a', alg: 'ES256' },
        { ...(await exportJWK(b.publicKey)), kid: 'b', alg: 'ES256' },
      ],
    };
    const signed = await new SignJWT({ role: 'web_user' })
      .setProtectedHeader({ alg: 'ES256', kid: 'b' })
      .setExpirationTime(now() + 60)
      .sign(b.privateKey);
    expect((await ask({ version, jwtSecret: JSON.stringify(jwks) }, '/', signed)).status).toBe(200);
    // A rotation that dropped key b: a token naming it finds no key from v13 (jose-jwt matches kid first).
    const dropped = await ask({ version, jwtSecret: JSON.stringify({ keys: [jwks.keys[0]] }) }, '/', signed);
    expect([dropped.status, dropped.code]).toEqual([401, 'PGRST301']);
    if (v13) expect(dropped.message).toBe('No suitable key or wrong key type');
  });

  test('a JWKS of symmetric keys, with and without kid: a token without kid is tried against each', async () => {
    const oct = (k: string, kid?: string) => ({
      kty: 'oct',
      k: Buffer.from(k).toString('base64url'),
      ...(kid ? { kid } : {}),
    });
    const jwks = JSON.stringify({ keys: [oct('a-key-that-did-not-sign-this-token!!', 'a'), oct(SECRET)] });
    expect((await ask({ version, jwtSecret: jwks }, '/', await token({ role: 'web_user' }))).status).toBe(
      200,
    );
  });
});

describe('startup checks', () => {
  test('v13+ refuses a secret under 32 characters; v12 starts', async () => {
    await expect(
      startPostgrestStandin({ version: 'v14.17', jwtSecret: 'short', database: databaseOf() }),
    ).rejects.toThrow('The JWT secret must be at least 32 characters long.');
    const v12 = await startPostgrestStandin({
      version: 'v12.2.12',
      jwtSecret: 'short',
      database: databaseOf(),
    });
    await v12.close();
  });

  test('a claim key the version cannot read fails startup', async () => {
    await expect(
      startPostgrestStandin({ version: 'v16.0', roleClaimKey: '.role', database: databaseOf() }),
    ).rejects.toThrow();
    await expect(
      startPostgrestStandin({
        version: 'v12.2.12',
        roleClaimKey: '.roles[?(@ == "x")]',
        database: databaseOf(),
      }),
    ).rejects.toThrow('failed to parse role-claim-key value');
  });

  test('v16 reads RFC 9535 paths with its own evaluator', async () => {
    const answer = await ask(
      { version: 'v16.2', jwtSecret: SECRET, roleClaimKey: '$.app["pg-roles"][?@ == "web_user"]' },
      '/items?limit=1',
      await token({ app: { 'pg-roles': ['admin', 'web_user'] } }),
    );
    expect(answer.status).toBe(200);
  });
});

describe('the OpenAPI root, from the grants of the request role (follow-privileges)', () => {
  type Document = {
    swagger?: string;
    paths?: Record<string, Record<string, unknown>>;
    definitions?: Record<string, { properties?: Record<string, unknown> }>;
  };
  const surface = (body: unknown) => {
    const document = body as Document;
    return Object.fromEntries(
      Object.entries(document.paths ?? {}).map(([path, item]) => [
        path,
        {
          methods: Object.keys(item).sort(),
          columns: Object.keys(document.definitions?.[path.slice(1)]?.properties ?? {}),
        },
      ]),
    );
  };
  const base = { version: 'v14.17', jwtSecret: SECRET, anonRole: 'anon', schemas: 'openapi_test' };

  beforeAll(async () => {
    await databaseOf().admin(
      [
        'create schema openapi_test',
        'create schema openapi_other',
        'create table openapi_test.users (id int primary key, email text not null, secret text)',
        'create view openapi_test.user_count as select count(*) as n from openapi_test.users',
        'create function openapi_test.add(a int, b int) returns int language sql immutable as $$ select a + b $$',
        'create function openapi_test.touch(note text) returns void language sql as $$ select $$',
        'revoke execute on function openapi_test.touch(text) from public',
        'create table openapi_other.hidden (id int)',
        'grant usage on schema openapi_test, openapi_other to anon, web_user',
        'grant select on openapi_test.user_count to anon',
        'grant select (id, email) on openapi_test.users to web_user',
        'grant execute on function openapi_test.touch(text) to web_user',
        'grant select on openapi_other.hidden to anon',
      ].join('; '),
    );
  });

  test('each role sees the relations it has any privilege on, all their columns, the functions it may execute', async () => {
    const anon = await ask(base, '/');
    expect(anon.status).toBe(200);
    expect(anon.body).toMatchObject({ swagger: '2.0', info: { title: 'PostgREST API' } });
    expect(surface(anon.body)).toEqual({
      '/': { methods: ['get'], columns: [] },
      // A view PostgreSQL cannot update: GET only.
      '/user_count': { methods: ['get'], columns: ['n'] },
      // Immutable: GET and POST; functions are executable by PUBLIC unless revoked.
      '/rpc/add': { methods: ['get', 'post'], columns: [] },
    });
    const user = await ask(base, '/', await token({ role: 'web_user' }));
    expect(surface(user.body)).toEqual({
      '/': { methods: ['get'], columns: [] },
      // A column grant is enough to list the table; PostgREST shows every column and the writes a table takes.
      '/users': { methods: ['delete', 'get', 'patch', 'post'], columns: ['id', 'email', 'secret'] },
      '/rpc/add': { methods: ['get', 'post'], columns: [] },
      // Volatile: POST only.
      '/rpc/touch': { methods: ['post'], columns: [] },
    });
    const touch = (user.body as Document).paths?.['/rpc/touch']?.['post'] as {
      parameters: { in?: string; schema?: { properties?: object } }[];
    };
    expect(Object.keys(touch.parameters.find((p) => p.in === 'body')?.schema?.properties ?? {})).toEqual([
      'note',
    ]);
  });

  test('a grant takes effect on the next request', async () => {
    await databaseOf().admin('grant select on openapi_test.users to anon');
    try {
      expect(Object.keys(surface((await ask(base, '/')).body))).toContain('/users');
    } finally {
      await databaseOf().admin('revoke select on openapi_test.users from anon');
    }
    expect(Object.keys(surface((await ask(base, '/')).body))).not.toContain('/users');
  });

  test('db-schemas: the first schema by default, another by Accept-Profile, none outside the list', async () => {
    const config = { ...base, schemas: 'openapi_other, openapi_test' };
    expect(Object.keys(surface((await ask(config, '/')).body))).toEqual(['/', '/hidden']);
    const standin = await startPostgrestStandin({ ...config, database: databaseOf() });
    try {
      const other = await fetch(`${standin.url}/`, { headers: { 'accept-profile': 'openapi_test' } });
      expect(Object.keys(surface(await other.json()))).toContain('/user_count');
      const outside = await fetch(`${standin.url}/`, { headers: { 'accept-profile': 'api' } });
      expect([outside.status, ((await outside.json()) as { code: string }).code]).toEqual([406, 'PGRST106']);
    } finally {
      await standin.close();
    }
  });

  test("each revision's PGRST_ variables win: db-schemas, db-anon-role, openapi-mode", async () => {
    const settings: Record<string, Record<string, string>> = {
      '/a': { PGRST_DB_SCHEMAS: 'openapi_other' },
      '/b': { PGRST_DB_ANON_ROLE: 'web_user' },
      '/c': { PGRST_OPENAPI_MODE: 'ignore-privileges' },
      '/d': { PGRST_OPENAPI_MODE: 'disabled' },
    };
    const config = {
      ...base,
      pathPrefix: /^\/[a-d]/,
      settingsFor: (path: string) => settings[path.slice(0, 2)],
    };
    expect(Object.keys(surface((await ask(config, '/a/')).body))).toEqual(['/', '/hidden']);
    expect(Object.keys(surface((await ask(config, '/b/')).body))).toContain('/users');
    expect(Object.keys(surface((await ask(config, '/c/')).body))).toEqual([
      '/',
      '/user_count',
      '/users',
      '/rpc/add',
      '/rpc/touch',
    ]);
    const disabled = await ask(config, '/d/');
    expect([disabled.status, disabled.code, disabled.message]).toEqual([
      404,
      'PGRST126',
      'Root endpoint metadata is disabled',
    ]);
    const v12 = await ask({ ...config, version: 'v12.2.12' }, '/d/');
    expect([v12.status, v12.body]).toEqual([200, {}]);
  });
});
