// Tokens for the smoke test, signed with jose as PostgREST verifies them: the key and algorithm come from the JWT
// secret PostgREST is configured with (plain or base64 string: HS256; a JWK or JWKS: the key's own algorithm and
// kid), `iat` and `exp` always, `aud` when PostgREST checks one.
import type { CryptoKey, JWK, KeyObject } from 'jose';
import { generateKeyPair, generateSecret, importJWK, SignJWT } from 'jose';
import type { PostgrestVersion } from '../postgrest/index.js';
import { isAtLeast, MIN_JWT_SECRET_LENGTH } from '../postgrest/index.js';

/** The key a token is signed with. */
export type SigningKey =
  | { readonly kind: 'hmac'; readonly secret: Uint8Array; readonly alg: 'HS256' }
  | { readonly kind: 'jwk'; readonly jwk: JWK; readonly alg: string; readonly kid?: string };

/** A JWT secret that cannot sign a token PostgREST would accept: says which and what to do. */
export class JwtSecretError extends Error {
  override name = 'JwtSecretError';
}

/** PostgREST's minimum secret length (v13.0.0+ refuse to start below it; v12 starts, then fails every token). */
export const MIN_SECRET_LENGTH = MIN_JWT_SECRET_LENGTH;
/** The longest token lifetime the smoke test mints. */
export const MAX_TTL_SECONDS = 3600;

const ALGORITHMS: Record<string, string> = {
  oct: 'HS256',
  RSA: 'RS256',
  'EC:P-256': 'ES256',
  'EC:P-384': 'ES384',
  'EC:P-521': 'ES512',
  'OKP:Ed25519': 'EdDSA',
};

function algorithmOf(jwk: JWK): string {
  const alg = jwk.alg ?? ALGORITHMS[jwk.crv ? `${jwk.kty ?? ''}:${jwk.crv}` : (jwk.kty ?? '')];
  if (!alg)
    throw new JwtSecretError(
      `the JWT secret is a JWK of type ${jwk.kty ?? '?'}, which PostgREST does not sign with`,
    );
  if (alg.startsWith('PS'))
    throw new JwtSecretError(
      `the JWT secret's JWK uses ${alg}; PostgREST accepts HS, RS, ES and EdDSA keys, not PS*`,
    );
  return alg;
}

/** URL-safe or standard base64, as PostgREST accepts for `jwt-secret-is-base64`. */
function decodeBase64(text: string): Uint8Array {
  const normal = text.trim().replaceAll('-', '+').replaceAll('_', '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) {
    throw new JwtSecretError(
      'jwt_secret_is_base64 is set, but the JWT secret is not base64: unset it, or give the base64 text',
    );
  }
  return new Uint8Array(Buffer.from(normal, 'base64'));
}

/**
 * Read a JWT secret as PostgREST does. A plain or base64 secret shorter than 32 characters is refused here, before
 * anything is deployed, naming what each PostgREST version does with it. A JWK or JWKS must hold a private (or
 * symmetric) key: the smoke test signs, PostgREST only verifies. The first key a JWKS can sign with.
 */
export function parseJwtSecret(
  secret: string,
  options: { base64: boolean; version: PostgrestVersion },
): SigningKey {
  const [first] = parseSigningKeys(secret, options);
  if (!first) throw new JwtSecretError('the JWT secret holds no key'); // parseSigningKeys never returns none
  return first;
}

/**
 * Every key the secret can sign with, in its order: one for a plain, base64 or JWK secret, each private or symmetric
 * key of a JWKS (a JWKS given to the smoke test during a key rotation holds the old and the new key, and the
 * revision must accept tokens signed with each of them).
 */
export function parseSigningKeys(
  secret: string,
  options: { base64: boolean; version: PostgrestVersion },
): SigningKey[] {
  const trimmed = secret.trim();
  if (trimmed.startsWith('{')) return jwkSigningKeys(trimmed);
  const bytes = options.base64 ? decodeBase64(trimmed) : new TextEncoder().encode(secret);
  const length = options.base64 ? bytes.length : (secret.match(/[\s\S]/gu)?.length ?? 0); // code points, as PostgREST counts
  if (length < MIN_SECRET_LENGTH) {
    throw new JwtSecretError(
      `the JWT secret is ${String(length)} characters${options.base64 ? ' after base64 decoding' : ''}: PostgREST v13.0.0 and later refuse to start with fewer than ${String(MIN_SECRET_LENGTH)} ` +
        `("The JWT secret must be at least 32 characters long."), and v12 starts but rejects every token${isAtLeast(options.version, 13) ? ` — ${options.version.tag} would not start` : ''}; use a secret of at least 32 characters`,
    );
  }
  return [{ kind: 'hmac', secret: bytes, alg: 'HS256' }];
}

/** The signing keys of a JWK or JWKS secret (public keys are left out: PostgREST verifies with them). */
function jwkSigningKeys(json: string): SigningKey[] {
  let parsed: { keys?: JWK[] } & JWK;
  try {
    parsed = JSON.parse(json) as { keys?: JWK[] } & JWK;
  } catch {
    throw new JwtSecretError(
      'the JWT secret starts with "{" but is not JSON: give a JWK, a JWKS, or a plain secret',
    );
  }
  const usable = (parsed.keys ?? [parsed]).filter((jwk) => jwk.kty === 'oct' || jwk.d !== undefined);
  if (usable.length === 0) {
    throw new JwtSecretError(
      'the JWT secret holds public keys only: give the smoke test the private JWK (input `jwt_secret`) while PostgREST keeps the public one',
    );
  }
  return usable.map((jwk) => ({
    kind: 'jwk' as const,
    jwk,
    alg: algorithmOf(jwk),
    ...(jwk.kid ? { kid: jwk.kid } : {}),
  }));
}

/** How a key is named in checks and the summary: its kid, or its place in the JWKS. Never key material. */
export function keyLabel(key: SigningKey, index: number): string {
  return key.kind === 'jwk' && key.kid ? `kid "${key.kid}"` : `key #${String(index + 1)} (no kid)`;
}

/** What goes into every token besides the role path. */
export interface TokenOptions {
  /** Seconds since the epoch. */
  readonly now: number;
  readonly ttlSeconds?: number;
  readonly aud?: string;
}

async function keyFor(key: SigningKey): Promise<CryptoKey | KeyObject | Uint8Array> {
  return key.kind === 'hmac' ? key.secret : importJWK(key.jwk, key.alg);
}

async function sign(
  claims: Record<string, unknown>,
  key: SigningKey,
  signingKey: CryptoKey | KeyObject | Uint8Array,
  iat: number,
  exp: number,
  aud?: string,
): Promise<string> {
  const header = { alg: key.alg, typ: 'JWT', ...(key.kind === 'jwk' && key.kid ? { kid: key.kid } : {}) };
  let jwt = new SignJWT(claims).setProtectedHeader(header).setIssuedAt(iat).setExpirationTime(exp);
  if (aud) jwt = jwt.setAudience(aud);
  return jwt.sign(signingKey);
}

/** A valid token: `iat` now, `exp` after the TTL (default 5 minutes, at most an hour). */
export async function mintToken(
  claims: Record<string, unknown>,
  key: SigningKey,
  options: TokenOptions,
): Promise<string> {
  const ttl = options.ttlSeconds ?? 300;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new JwtSecretError(
      `the token lifetime must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not ${String(ttl)}`,
    );
  }
  return sign(claims, key, await keyFor(key), options.now, options.now + ttl, options.aud);
}

/** The same token signed by another key of the same kind (and the same kid): PostgREST must refuse it. */
export async function forgeToken(
  claims: Record<string, unknown>,
  key: SigningKey,
  options: TokenOptions,
): Promise<string> {
  const other =
    key.kind === 'hmac' || key.alg.startsWith('HS')
      ? await generateSecret(key.kind === 'hmac' ? 'HS256' : key.alg, { extractable: true })
      : (await generateKeyPair(key.alg, key.alg === 'EdDSA' ? { crv: 'Ed25519' } : {})).privateKey;
  return sign(claims, key, other, options.now, options.now + (options.ttlSeconds ?? 300), options.aud);
}

/** A correctly signed token that expired ten minutes ago: well past PostgREST's 30 s of clock skew. */
export async function expiredToken(
  claims: Record<string, unknown>,
  key: SigningKey,
  options: TokenOptions,
): Promise<string> {
  return sign(claims, key, await keyFor(key), options.now - 900, options.now - 600, options.aud);
}
