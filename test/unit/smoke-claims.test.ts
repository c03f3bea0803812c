import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, importJWK } from 'jose';
import { describe, expect, test } from 'vitest';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';
import { ClaimKeyError, placeRole, resolveRole } from '../../src/smoke/claims.js';
import {
  expiredToken,
  forgeToken,
  JwtSecretError,
  keyLabel,
  mintToken,
  parseJwtSecret,
  parseSigningKeys,
} from '../../src/smoke/token.js';

const v = (tag: string): PostgrestVersion => {
  const version = parsePostgrestVersion(tag);
  if (!version) throw new Error(tag);
  return version;
};

describe('placing the role at the role claim key', () => {
  test.each<[string, string, string, Record<string, unknown>]>([
    ['v12.2.12', '.role', 'web_user', { role: 'web_user' }],
    [
      'v12.2.12',
      '.my."jwt-claims"."postgrest-role"',
      'web_user',
      { my: { 'jwt-claims': { 'postgrest-role': 'web_user' } } },
    ],
    ['v12.2.12', '.app.roles[1]', 'web_user', { app: { roles: [null, 'web_user'] } }],
    [
      'v14.17',
      '.my."jwt-claims"."postgrest-role"',
      'web_user',
      { my: { 'jwt-claims': { 'postgrest-role': 'web_user' } } },
    ],
    ['v14.17', '.roles[0][1]', 'a', { roles: [[null, 'a']] }],
    ['v14.17', '.roles[?(@ == "web_user")]', 'web_user', { roles: ['web_user'] }],
    ['v14.17', '.roles[?(@ != "admin")]', 'web_user', { roles: ['web_user'] }],
    ['v14.17', '.roles[?(@ ^== "web")]', 'web_user', { roles: ['web_user'] }],
    ['v14.17', '.roles[?(@ ==^ "_user")]', 'web_user', { roles: ['web_user'] }],
    ['v14.17', '.realm_access.roles[?(@ *== "b_u")]', 'web_user', { realm_access: { roles: ['web_user'] } }],
    ['v16.0', '$.role', 'web_user', { role: 'web_user' }],
    [
      'v16.0',
      '$.my["jwt-claims"]["postgrest-role"]',
      'web_user',
      { my: { 'jwt-claims': { 'postgrest-role': 'web_user' } } },
    ],
    ['v16.0', "$['a b'].c[2]", 'r', { 'a b': { c: [null, null, 'r'] } }],
    ['v16.0', '$.roles[-1]', 'r', { roles: ['r'] }],
    ['v16.0', '$.roles[?@ == "r"]', 'r', { roles: ['r'] }],
    ['v16.0', '$.roles[?(@ != "admin")]', 'r', { roles: ['r'] }],
    ['v16.0', '$.roles[?search(@, "^web")]', 'web_user', { roles: ['web_user'] }],
    ['v16.0', '$.roles[?match(@, "web_.*")]', 'web_user', { roles: ['web_user'] }],
    ['v16.2', '.my."jwt-claims".role', 'web_user', { my: { 'jwt-claims': { role: 'web_user' } } }],
  ])('%s %s', (tag, key, role, claims) => {
    const placed = placeRole(key, role, v(tag));
    expect(placed).toEqual(claims);
    // Round trip: the evaluator of the same grammar reads the role back.
    expect(resolveRole(placed, key, v(tag))).toBe(role);
  });

  test.each<[string, string, string, RegExp]>([
    [
      'v14.17',
      '.roles[?(@ == "admin")]',
      'web_user',
      /can never resolve to the role "web_user": its filter @ == "admin" does not accept it/,
    ],
    ['v14.17', '.roles[?(@ ^== "svc_")]', 'web_user', /its filter @ \^== "svc_" does not accept it/],
    [
      'v16.0',
      '$.roles[?match(@, "adm.*")]',
      'web_user',
      /its filter match\(@, "adm\.\*"\) does not accept it/,
    ],
    ['v16.0', '.role', 'web_user', /an RFC 9535 path starts with \$/],
    ['v16.0', '$..role', 'web_user', /expected a member name/],
    ['v16.0', '$.roles[*]', 'web_user', /expected a quoted name, an index or a filter/],
    ['v12.2.12', '.roles[?(@ == "x")]', 'x', /does not parse for PostgREST v12\.2\.12/],
    ['v14.17', '[0]', 'x', /does not start with a claim name/],
  ])('%s %s for %s is refused', (tag, key, role, message) => {
    expect(() => placeRole(key, role, v(tag))).toThrow(ClaimKeyError);
    expect(() => placeRole(key, role, v(tag))).toThrow(message);
  });

  test('a path that does not resolve gives no role (PostgREST falls back to the anonymous role)', () => {
    expect(resolveRole({ other: 'x' }, '.role', v('v14.17'))).toBeUndefined();
    expect(resolveRole({ role: 42 }, '.role', v('v14.17'))).toBeUndefined();
    expect(resolveRole({ roles: ['a', 'b'] }, '.roles[?(@ == "c")]', v('v14.17'))).toBeUndefined();
    expect(resolveRole({ roles: ['adm', 'web_x', 'web_y'] }, '.roles[?(@ ^== "web")]', v('v14.17'))).toBe(
      'web_x',
    );
  });
});

describe('JWT secrets', () => {
  const long = 'a-secret-of-at-least-thirty-two-characters';

  test('a plain secret signs HS256', async () => {
    const key = parseJwtSecret(long, { base64: false, version: v('v14.17') });
    const token = await mintToken({ role: 'web_user' }, key, { now: 1_900_000_000, aud: 'api' });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(token)).toEqual({
      role: 'web_user',
      iat: 1_900_000_000,
      exp: 1_900_000_300,
      aud: 'api',
    });
    await expect(
      jwtVerify(token, new TextEncoder().encode(long), { currentDate: new Date(1_900_000_010_000) }),
    ).resolves.toBeDefined();
  });

  test('a base64 secret (URL-safe accepted) is decoded first', async () => {
    const bytes = Buffer.from('0123456789abcdef0123456789abcdef01');
    const key = parseJwtSecret(bytes.toString('base64url'), { base64: true, version: v('v14.17') });
    const token = await mintToken({ role: 'r' }, key, { now: 1_900_000_000 });
    await expect(
      jwtVerify(token, bytes, { currentDate: new Date(1_900_000_010_000) }),
    ).resolves.toBeDefined();
  });

  test.each([
    [
      'short',
      false,
      'v14.17',
      /the JWT secret is 5 characters: PostgREST v13\.0\.0 and later refuse to start .* v14\.17 would not start/,
    ],
    [
      'short',
      false,
      'v12.2.12',
      /the JWT secret is 5 characters: .* v12 starts but rejects every token; use a secret of at least 32/,
    ],
    [
      Buffer.from('only-twenty-bytes!!!').toString('base64'),
      true,
      'v14.17',
      /is 20 characters after base64 decoding/,
    ],
    ['not base64 at all!', true, 'v14.17', /jwt_secret_is_base64 is set, but the JWT secret is not base64/],
  ])('%s (base64 %s) for %s is refused before deploying', (secret, base64, tag, message) => {
    expect(() => parseJwtSecret(secret, { base64, version: v(tag) })).toThrow(message);
  });

  test('a JWK: its own algorithm and kid; a JWKS: its first private key; public keys only: refused', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'k1' };
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'k1' };
    const key = parseJwtSecret(JSON.stringify(privateJwk), { base64: false, version: v('v14.17') });
    expect(key).toMatchObject({ kind: 'jwk', alg: 'ES256', kid: 'k1' });
    const token = await mintToken({ role: 'r' }, key, { now: 1_900_000_000 });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: 'k1' });
    await expect(
      jwtVerify(token, await importJWK(publicJwk, 'ES256'), { currentDate: new Date(1_900_000_010_000) }),
    ).resolves.toBeDefined();

    const jwks = JSON.stringify({ keys: [publicJwk, privateJwk] });
    expect(parseJwtSecret(jwks, { base64: false, version: v('v14.17') })).toMatchObject({
      alg: 'ES256',
      kid: 'k1',
    });
    expect(() =>
      parseJwtSecret(JSON.stringify({ keys: [publicJwk] }), { base64: false, version: v('v14.17') }),
    ).toThrow(/holds public keys only/);
    expect(() => parseJwtSecret('{not json', { base64: false, version: v('v14.17') })).toThrow(
      JwtSecretError,
    );
  });

  test('a JWKS during a rotation: every private or symmetric key signs, each named by its kid or place', async () => {
    const [a, b] = await Promise.all([
      generateKeyPair('ES256', { extractable: true }),
      generateKeyPair('RS256', { extractable: true }),
    ]);
    const jwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(a.publicKey)), kid: 'public-only' },
        { ...(await exportJWK(a.privateKey)), kid: '2025-06' },
        { ...(await exportJWK(b.privateKey)) },
        {
          kty: 'oct',
          k: Buffer.from('a-symmetric-key-of-thirty-two-bytes!').toString('base64url'),
          kid: 'hs',
        },
      ],
    });
    const keys = parseSigningKeys(jwks, { base64: false, version: v('v14.17') });
    expect(keys.map((k) => k.alg)).toEqual(['ES256', 'RS256', 'HS256']);
    expect(keys.map(keyLabel)).toEqual(['kid "2025-06"', 'key #2 (no kid)', 'kid "hs"']);
    const plain = parseSigningKeys('a-secret-of-at-least-thirty-two-characters', {
      base64: false,
      version: v('v14.17'),
    });
    expect(plain.map((k) => k.kind)).toEqual(['hmac']);
  });

  test('a forged token has the same header and claims but another signature; an expired one is past the skew', async () => {
    const key = parseJwtSecret(long, { base64: false, version: v('v14.17') });
    const now = Math.floor(Date.now() / 1000);
    const valid = await mintToken({ role: 'r' }, key, { now });
    const forged = await forgeToken({ role: 'r' }, key, { now });
    expect(decodeProtectedHeader(forged)).toEqual(decodeProtectedHeader(valid));
    expect(decodeJwt(forged)).toEqual(decodeJwt(valid));
    await expect(jwtVerify(forged, new TextEncoder().encode(long))).rejects.toThrow(
      /signature verification failed/,
    );
    const expired = await expiredToken({ role: 'r' }, key, { now });
    await expect(jwtVerify(expired, new TextEncoder().encode(long), { clockTolerance: 30 })).rejects.toThrow(
      /"exp" claim timestamp check failed/,
    );
  });

  test.each([0, 3601, 1.5])('a lifetime of %s seconds is refused', async (ttlSeconds) => {
    const key = parseJwtSecret(long, { base64: false, version: v('v14.17') });
    await expect(mintToken({}, key, { now: 0, ttlSeconds })).rejects.toThrow(
      /lifetime must be 1 to 3600 seconds/,
    );
  });
});
