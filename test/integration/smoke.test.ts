// The smoke stage against the PostgREST stand-in on a real PostgreSQL, per version and secret kind; Secret Manager
// through its emulator.
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, test } from 'vitest';
import { createApiClient } from '../../src/gcp/http.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { parseSmokeChecks } from '../../src/smoke/checks.js';
import type { JwtSettings, SmokePlan } from '../../src/smoke/index.js';
import { accessSecret, secretManagerApi, secretVersionName } from '../../src/gcp/index.js';
import { jwtSettings, loadJwtSecret, smokeTest } from '../../src/smoke/index.js';
import { TEST_JWT_SECRET, useApiDatabase } from '../support/api-database.js';
import type { PostgrestStandinConfig } from '../support/postgrest-server.js';
import { startPostgrestStandin } from '../support/postgrest-server.js';
import { startSecretManagerEmulator } from '../support/secret-manager-emulator.js';

const SECRET = TEST_JWT_SECRET;
const databaseOf = useApiDatabase();

const version = (tag: string): PostgrestVersion => {
  const parsed = parsePostgrestVersion(tag);
  if (!parsed) throw new Error(tag);
  return parsed;
};

/** Run the smoke stage against a stand-in; everything logged and every masked value is kept for inspection. */
async function smoke(
  standin: Omit<PostgrestStandinConfig, 'database'>,
  overrides: Partial<SmokePlan> & { settings?: Partial<JwtSettings> } = {},
) {
  const server = await startPostgrestStandin({ ...standin, database: databaseOf() });
  const lines: string[] = [];
  const masked: string[] = [];
  try {
    const { settings, ...rest } = overrides;
    const result = await smokeTest(
      {
        url: server.url,
        version: version(standin.version),
        settings: {
          claimKey: standin.roleClaimKey ?? (standin.version.startsWith('v16') ? '$.role' : '.role'),
          secretIsBase64: standin.jwtSecretIsBase64 ?? false,
          ...(standin.jwtAud ? { aud: standin.jwtAud } : {}),
          ...settings,
        },
        secret: standin.jwtSecret ?? SECRET,
        role: 'web_user',
        checks: [],
        timeoutMs: 10_000,
        ...rest,
      },
      { log: (line) => lines.push(line), mask: (s) => masked.push(s) },
    );
    return { result, lines, masked, requests: server.requests };
  } finally {
    await server.close();
  }
}

describe.each([
  ['v12.2.12', '.my."jwt-claims"."postgrest-role"'],
  ['v14.17', '.my."jwt-claims"."postgrest-role"'],
  ['v14.17', '.realm.roles[?(@ ^== "web")]'],
  ['v16.2', '$.my["jwt-claims"]["postgrest-role"]'],
  ['v16.2', '.my."jwt-claims"."postgrest-role"'],
])('PostgREST %s with claim key %s', (tag, claimKey) => {
  test('every check passes: valid accepted, a missing role, forged and expired refused, anonymous as expected', async () => {
    const { result } = await smoke(
      { version: tag, jwtSecret: SECRET, roleClaimKey: claimKey, anonRole: 'anon', jwtAud: 'api' },
      { anonymousStatus: 200 },
    );
    expect(result.failure).toBeUndefined();
    expect(result.results.map((r) => [r.token, r.status, r.code ?? null])).toEqual([
      ['valid', 200, null],
      ['valid', tag === 'v12.2.12' ? 400 : 401, '22023'], // a role that does not exist: the claim is read
      ['forged', 401, 'PGRST301'],
      ['expired', 401, tag === 'v12.2.12' ? 'PGRST301' : 'PGRST303'],
      ['none', 200, null],
    ]);
    expect(result.passed).toBe(true);
  });
});

describe('secrets', () => {
  test('a base64 secret', async () => {
    const secret = Buffer.from('0123456789abcdef0123456789abcdef-base64').toString('base64url');
    const { result } = await smoke({ version: 'v14.17', jwtSecret: secret, jwtSecretIsBase64: true });
    expect(result.passed).toBe(true);
  });

  test('a JWKS: PostgREST holds the public keys, the smoke test signs with the private JWK and its kid', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const other = await generateKeyPair('ES256', { extractable: true });
    const publicJwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(other.publicKey)), kid: 'old', alg: 'ES256' },
        { ...(await exportJWK(publicKey)), kid: 'current', alg: 'ES256' },
      ],
    });
    const privateJwk = JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'current', alg: 'ES256' });
    const { result } = await smoke({ version: 'v14.17', jwtSecret: publicJwks }, { secret: privateJwk });
    expect(result.results.map((r) => r.status)).toEqual([200, 401, 401, 401]);
    expect(result.passed).toBe(true);
  });

  test('the wrong secret: the stage fails saying the revision rejected a correctly signed token', async () => {
    const { result } = await smoke(
      { version: 'v14.17', jwtSecret: 'the-secret-the-revision-actually-mounts!' },
      { secret: SECRET },
    );
    expect(result.passed).toBe(false);
    expect(result.failure).toMatch(
      /^GET \/ -> 2xx: got HTTP 401 PGRST301 \(No suitable key or wrong key type\); /,
    );
    expect(result.failure).toContain(
      'the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY .role), the audience (PGRST_JWT_AUD)',
    );
    // Every token was refused for its signature: nothing is said about the role claim.
    expect(result.failure).not.toContain('does not read the role');
  });
});

/** A key pair of a JWKS with its kid, as the private JWK the smoke test signs with and the public one PostgREST holds. */
async function jwkPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    private: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    public: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' },
  };
}

describe('key rotation: a JWKS with several keys', () => {
  test('each key signs a token; the revision holding both passes, the summary names each kid', async () => {
    const [next, old] = await Promise.all([jwkPair('2025-06'), jwkPair('2024-11')]);
    const { result, lines } = await smoke(
      { version: 'v14.17', jwtSecret: JSON.stringify({ keys: [old.public, next.public] }) },
      { secret: JSON.stringify({ keys: [next.private, old.private] }) },
    );
    expect(result.passed).toBe(true);
    expect(result.keys).toEqual(['kid "2025-06"', 'kid "2024-11"']);
    expect(result.results.map((r) => [r.name, r.status, r.key])).toEqual([
      ['GET / -> 2xx', 200, 'kid "2025-06"'],
      ['GET / signed with kid "2024-11" -> 2xx', 200, 'kid "2024-11"'],
      ['GET / as a role that does not exist -> 401 22023', 401, 'kid "2025-06"'],
      ['GET / with a token signed by another key -> 401', 401, undefined],
      ['GET / with an expired token -> 401', 401, undefined],
    ]);
    expect(lines).toContain(
      'the JWT secret holds 2 signing keys: a token is signed with each (kid "2025-06", kid "2024-11")',
    );
    // Names, never key material.
    expect(JSON.stringify(result)).not.toContain(String(old.private.d));
  });

  test.each(['v14.17', 'v16.2'])(
    '%s: a rotation that dropped a key the backend still signs with fails, naming the kid',
    async (tag) => {
      const [next, old] = await Promise.all([jwkPair('2025-06'), jwkPair('2024-11')]);
      // The secret given to the action still holds the old key (tokens signed with it are in use); the revision was
      // configured with the new one only.
      const { result } = await smoke(
        { version: tag, jwtSecret: JSON.stringify({ keys: [next.public] }) },
        { secret: JSON.stringify({ keys: [next.private, old.private] }) },
      );
      expect(result.passed).toBe(false);
      expect(result.results.filter((r) => !r.passed).map((r) => [r.name, r.status, r.code])).toEqual([
        ['GET / signed with kid "2024-11" -> 2xx', 401, 'PGRST301'],
      ]);
      expect(result.failure).toContain(
        'the deployed revision rejected tokens signed with kid "2024-11" of the JWT secret given to the smoke test, and accepted kid "2025-06": its PGRST_JWT_SECRET lacks that key',
      );
    },
  );

  test('symmetric keys of a JWKS, one without a kid: each signs, named by its place', async () => {
    const oct = (k: string, kid?: string) => ({
      kty: 'oct',
      k: Buffer.from(k).toString('base64url'),
      alg: 'HS256',
      ...(kid ? { kid } : {}),
    });
    const jwks = JSON.stringify({
      keys: [
        oct('current-key-of-at-least-thirty-two-bytes', 'current'),
        oct('older-key-of-at-least-thirty-two-bytes!'),
      ],
    });
    const { result } = await smoke({ version: 'v14.17', jwtSecret: jwks });
    expect(result.passed).toBe(true);
    expect(result.keys).toEqual(['kid "current"', 'key #2 (no kid)']);
  });
});

describe('roles: each smoke role resolves to itself on the revision', () => {
  test.each([
    ['v12.2.12', 400],
    ['v14.17', 401],
    ['v16.2', 401],
  ])('%s: a smoke role that does not exist is reported as such (HTTP %i 22023)', async (tag, status) => {
    const { result } = await smoke(
      { version: tag, jwtSecret: SECRET },
      { checks: parseSmokeChecks('GET /items?limit=1 -> 200 as web_user\nGET / -> 200 as ghost') },
    );
    expect(result.passed).toBe(false);
    expect(result.results.filter((r) => !r.passed).map((r) => [r.name, r.status, r.code])).toEqual([
      ['GET / -> 200 as ghost', status, '22023'],
    ]);
    expect(result.failure).toContain(
      `the role "ghost" does not exist in the database (PostgREST ${tag} answers a token for a missing role with 22023): create it (CREATE ROLE ghost NOLOGIN) and GRANT ghost TO the authenticator`,
    );
    expect(result.failure).not.toContain('rejected a correctly signed token');
  });

  test('a role the authenticator may not SET ROLE to: named, with the GRANT that fixes it', async () => {
    await databaseOf().admin('create role stranger nologin; grant usage on schema api to stranger');
    const { result } = await smoke(
      { version: 'v14.17', jwtSecret: SECRET },
      { checks: parseSmokeChecks('GET / -> 200 as stranger') },
    );
    expect(result.passed).toBe(false);
    expect(result.failure).toContain(
      'the authenticator of PGRST_DB_URI may not SET ROLE stranger: GRANT stranger TO the authenticator',
    );
  });

  test('a revision that does not read the role claim: tokens fall back to the anonymous role, and that fails', async () => {
    // The revision reads .app.role; the smoke test was told .role: every token is the anonymous role, which may read
    // the OpenAPI root, so the positive check alone would pass.
    const { result } = await smoke(
      { version: 'v14.17', jwtSecret: SECRET, roleClaimKey: '.app.role', anonRole: 'anon' },
      { settings: { claimKey: '.role', secretIsBase64: false } },
    );
    expect(result.results.map((r) => [r.name, r.status, r.passed])).toEqual([
      ['GET / -> 2xx', 200, true],
      ['GET / as a role that does not exist -> 401 22023', 200, false],
      ['GET / with a token signed by another key -> 401', 401, true],
      ['GET / with an expired token -> 401', 401, true],
    ]);
    expect(result.failure).toContain(
      'a token for a role that does not exist was answered HTTP 200, not as PostgREST v14.17 answers a missing role: the revision does not read the role at PGRST_JWT_ROLE_CLAIM_KEY .role, so its tokens fall back to the anonymous role (PGRST_DB_ANON_ROLE)',
    );
  });
});

describe('checks', () => {
  test('user checks per role; a failing one is reported with its status and PostgREST code', async () => {
    const checks = parseSmokeChecks(
      ['# reads', 'GET /items?limit=1 -> 200 as web_user', 'GET /items?limit=1 -> 200 as anon', ''].join(
        '\n',
      ),
    );
    const { result } = await smoke({ version: 'v14.17', jwtSecret: SECRET }, { checks });
    expect(result.results.map((r) => [r.name, r.status, r.passed])).toEqual([
      ['GET /items?limit=1 -> 200 as web_user', 200, true],
      ['GET /items?limit=1 -> 200 as anon', 403, false],
      ['GET /items?limit=1 as a role that does not exist -> 401 22023', 401, true],
      ['GET /items?limit=1 with a token signed by another key -> 401', 401, true],
      ['GET /items?limit=1 with an expired token -> 401', 401, true],
    ]);
    expect(result.failure).toMatch(
      /^GET \/items\?limit=1 -> 200 as anon: got HTTP 403 42501 \(permission denied for table items\)$/,
    );
  });

  test.each(['GET /items', 'FETCH /items -> 200', 'GET items -> 200', 'GET /items -> 20'])(
    'a malformed line is refused with its line number: %s',
    (line) => {
      expect(() => parseSmokeChecks(`\n${line}`)).toThrow(
        `input \`smoke_checks\` line 2: "${line}" is not METHOD /path -> STATUS [as ROLE]`,
      );
    },
  );

  test('IAM-protected services: the ID token goes in X-Serverless-Authorization, the JWT stays in Authorization', async () => {
    const { result, requests } = await smoke(
      { version: 'v14.17', jwtSecret: SECRET },
      { invokerToken: 'google-id-token' },
    );
    expect(result.passed).toBe(true);
    expect(requests.map((r) => r.invoker)).toEqual([
      'Bearer google-id-token',
      'Bearer google-id-token',
      'Bearer google-id-token',
      'Bearer google-id-token',
    ]);
    expect(requests.every((r) => r.authorization?.startsWith('Bearer eyJ'))).toBe(true);
  });

  test('a cold revision (503 while the schema cache loads) is retried until it answers', async () => {
    const { result, lines, requests } = await smoke({
      version: 'v14.17',
      jwtSecret: SECRET,
      coldStartMs: 1200,
    });
    expect(result.passed).toBe(true);
    expect(lines.some((l) => /HTTP 503, the revision may still be starting: retrying/.test(l))).toBe(true);
    expect(requests.filter((r) => r.status === 503).length).toBeGreaterThan(0);
  });

  test('a revision that never answers fails at the smoke timeout with the connection error', async () => {
    const lines: string[] = [];
    const result = await smokeTest(
      {
        url: 'http://127.0.0.1:9',
        version: version('v14.17'),
        settings: { claimKey: '.role', secretIsBase64: false },
        secret: SECRET,
        role: 'web_user',
        checks: [],
        timeoutMs: 600,
      },
      { log: (line) => lines.push(line), mask: () => undefined },
    );
    expect(result.passed).toBe(false);
    expect(result.failure).toMatch(/^GET \/ -> 2xx: got no answer \(ECONNREFUSED\)/);
  });

  test('no token and no secret ever reach the log; each is masked as soon as it exists', async () => {
    const { result, lines, masked } = await smoke(
      { version: 'v14.17', jwtSecret: SECRET, coldStartMs: 300 },
      { checks: parseSmokeChecks('GET /items?limit=1 -> 200 as web_user\nGET / -> 200 as anon') },
    );
    expect(result.passed).toBe(true);
    expect(masked.length).toBeGreaterThanOrEqual(4); // forged, expired, one valid token per role
    const everything = [...lines, result.failure ?? '', JSON.stringify(result.results)].join('\n');
    for (const value of [...masked, SECRET]) expect(everything).not.toContain(value);
  });
});

describe('where the secret and settings come from', () => {
  test("the spec's PGRST_ environment: claim key, aud, base64, anon role, and the secretKeyRef", () => {
    const service = {
      spec: {
        template: {
          spec: {
            containers: [
              {
                env: [
                  { name: 'PGRST_JWT_ROLE_CLAIM_KEY', value: '.my."jwt-claims"."postgrest-role"' },
                  { name: 'PGRST_JWT_AUD', value: 'api' },
                  { name: 'PGRST_JWT_SECRET_IS_BASE64', value: 'true' },
                  { name: 'PGRST_DB_ANON_ROLE', value: 'anon' },
                  {
                    name: 'PGRST_JWT_SECRET',
                    valueFrom: { secretKeyRef: { name: 'postgrest-jwt-secret', key: '3' } },
                  },
                ],
              },
            ],
          },
        },
      },
    };
    expect(jwtSettings(service, version('v14.17'), 'demo-project')).toEqual({
      claimKey: '.my."jwt-claims"."postgrest-role"',
      aud: 'api',
      secretIsBase64: true,
      anonRole: 'anon',
      secretName: 'projects/demo-project/secrets/postgrest-jwt-secret/versions/3',
    });
    expect(jwtSettings({}, version('v16.2'), 'p')).toEqual({ claimKey: '$.role', secretIsBase64: false });
  });

  test.each([
    ['TRUE', true],
    ['1', true],
    ['2', true],
    ['false', false],
    // PostgREST cannot read these as booleans and keeps its default (false): signing with the decoded secret would
    // make every smoke token fail while PostgREST itself works.
    ['yes', false],
    ['on', false],
  ])('PGRST_JWT_SECRET_IS_BASE64 %j is read as PostgREST reads it: %j', (value, base64) => {
    const service = (env: { name: string; value: string }[]) => ({
      spec: { template: { spec: { containers: [{ env }] } } },
    });
    const name = 'PGRST_JWT_SECRET_IS_BASE64';
    expect(jwtSettings(service([{ name, value }]), version('v14.17'), 'p').secretIsBase64).toBe(base64);
    // The container gets the last entry of a name.
    const twice = service([
      { name, value: String(!base64) },
      { name, value },
    ]);
    expect(jwtSettings(twice, version('v14.17'), 'p').secretIsBase64).toBe(base64);
  });

  test.each([
    ['projects/p/secrets/s/versions/2', 'projects/p/secrets/s/versions/2'],
    ['s:2', 'projects/demo-project/secrets/s/versions/2'],
    ['s', 'projects/demo-project/secrets/s/versions/latest'],
    ['projects/other/secrets/s:latest', 'projects/other/secrets/s/versions/latest'],
  ])('secret reference %s', (reference, name) => {
    expect(secretVersionName(reference, 'demo-project')).toBe(name);
  });

  test("the secret: the input first, then jwt_secret_ref, then the spec's secretKeyRef; none is an error", async () => {
    const emulator = await startSecretManagerEmulator({
      'projects/demo-project/secrets/from-ref/versions/1': 'secret-from-the-jwt-secret-ref-input!',
      'projects/demo-project/secrets/from-spec/versions/4': 'secret-from-the-spec-secret-key-ref!!',
    });
    try {
      const mask = () => undefined;
      const request = createApiClient({ accessToken: () => Promise.resolve('token') });
      const deps = { secrets: secretManagerApi(request, emulator.url, mask), mask };
      const settings = {
        claimKey: '.role',
        secretIsBase64: false,
        secretName: 'projects/demo-project/secrets/from-spec/versions/4',
      };
      const load = (sources: { input?: string; reference?: string }, withSpec = true) =>
        loadJwtSecret(
          {
            ...sources,
            settings: withSpec ? settings : { claimKey: '.role', secretIsBase64: false },
            projectId: 'demo-project',
          },
          deps,
        );
      expect(await load({ input: 'given-directly-as-input-jwt-secret!!!', reference: 'from-ref:1' })).toBe(
        'given-directly-as-input-jwt-secret!!!',
      );
      expect(await load({ reference: 'from-ref:1' })).toBe('secret-from-the-jwt-secret-ref-input!');
      expect(await load({})).toBe('secret-from-the-spec-secret-key-ref!!');
      await expect(load({}, false)).rejects.toThrow(/no JWT secret for the smoke test/);
    } finally {
      await emulator.close();
    }
  });

  test('Secret Manager: the version is read and masked; a missing one says how to grant access', async () => {
    const emulator = await startSecretManagerEmulator({
      'projects/demo-project/secrets/postgrest-jwt-secret/versions/1':
        'old-secret-of-at-least-thirty-two-characters',
      'projects/demo-project/secrets/postgrest-jwt-secret/versions/2': SECRET,
    });
    try {
      const request = createApiClient({ accessToken: () => Promise.resolve('token') });
      const masked: string[] = [];
      const name = secretVersionName('postgrest-jwt-secret', 'demo-project');
      expect(await accessSecret(request, emulator.url, name, (s) => masked.push(s))).toBe(SECRET);
      expect(masked).toEqual([SECRET]);
      expect(emulator.requests).toEqual([
        'GET /v1/projects/demo-project/secrets/postgrest-jwt-secret/versions/latest:access',
      ]);
      await expect(
        accessSecret(request, emulator.url, secretVersionName('absent:1', 'demo-project'), () => undefined),
      ).rejects.toThrow(
        "Secret Manager refused to read projects/demo-project/secrets/absent/versions/1 (HTTP 404: Secret Version [projects/demo-project/secrets/absent/versions/1] not found.): grant roles/secretmanager.secretAccessor on it to the workflow's account, or give the secret as input `jwt_secret`",
      );
    } finally {
      await emulator.close();
    }
  });
});
