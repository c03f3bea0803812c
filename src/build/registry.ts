import { setTimeout as realSleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import type { ImageReference } from './image-ref.js';
import { registryBaseUrl } from './image-ref.js';
import type { SimpleResponse } from '../gcp/index.js';
import { nodeFetch } from '../gcp/index.js';
import { isLoopbackHost, mayReceiveGoogleToken } from '../gcp/index.js';

/**
 * Every manifest media type a tag can resolve to. Sent in one Accept header: a registry that is not offered the
 * image's own type may answer 404 or convert the manifest and report another digest.
 */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
] as const;

/** Artifact Registry takes the access token as the password of this user. */
export const TOKEN_USER = 'oauth2accesstoken';

/** A failure to talk to a registry; the message names the registry and image, never a credential. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/** How the registry stage reaches the network (node:http(s) in fetch's shape; a fake in tests). */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<SimpleResponse>;

export interface RegistryOptions {
  /**
   * The Google access token, the password of user `oauth2accesstoken`: sent only to a registry that may receive it
   * (see {@link mayReceiveGoogleToken}); any other registry is asked anonymously, as for a public image.
   */
  readonly password: string;
  /**
   * The registry (`HOST[:PORT]`) of input `repository`: where the user chose to push, so trusted with the token
   * (over HTTPS) like Google's own registries. Unset for a prebuilt `image`, whose registry gets the token only when
   * it is Google's (or this machine's).
   */
  readonly repositoryRegistry?: string;
  readonly fetch?: Fetch;
  /** Waits between retries; tests pass a no-op. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
}

/** Answers worth another try: rate limiting and transient server errors. */
export const RETRYABLE = new Set([429, 500, 502, 503, 504]);
/** Tries in all for a retryable failure. */
export const ATTEMPTS = 4;

/** The Basic authorization Artifact Registry takes: user `oauth2accesstoken`, the access token as password. */
export const basic = (password: string): string =>
  `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString('base64')}`;

/**
 * The digest the tag of `reference` points to, or undefined when the registry does not have it
 * (`HEAD /v2/NAME/manifests/TAG`, 404 MANIFEST_UNKNOWN). Sends the token as Basic auth to a registry that may
 * receive it, nothing to any other; when a registry answers with a Bearer challenge instead, fetches a token from
 * its realm (see {@link fetchBearerToken}).
 */
export async function findManifest(
  reference: ImageReference,
  options: RegistryOptions,
): Promise<string | undefined> {
  const base = registryBaseUrl(reference.registry);
  const url = `${base}/v2/${reference.name}/manifests/${reference.tag}`;
  const manifest: ManifestRequest = {
    url,
    where: `${reference.registry}/${reference.name}:${reference.tag}`,
    fetch: options.fetch ?? nodeFetch,
    sleep: options.sleep ?? realSleep,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const { where } = manifest;
  const withToken = mayReceiveGoogleToken(url, options.repositoryRegistry);
  const { response, authorization, exchange } = await headManifest(
    manifest,
    reference,
    base,
    withToken ? options.password : undefined,
  );
  if (response.status === 404) return undefined;
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(refusal(where, response.status, withToken, exchange));
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(response.status)} for the manifest of ${where}`,
    );
  }
  const digest = response.headers.get('docker-content-digest');
  if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
  // The header is optional in the distribution spec: the digest is then that of the manifest bytes.
  return digestOfManifest(manifest, authorization);
}

/** One image's manifest URL, how to reach it, and `where`: the image as messages name it. */
interface ManifestRequest {
  readonly url: string;
  readonly where: string;
  readonly fetch: Fetch;
  readonly sleep: (ms: number) => Promise<unknown>;
  readonly timeoutMs: number;
}

/**
 * `HEAD` the manifest: with Basic auth when `password` (the Google token) is given, anonymously otherwise; and
 * again with a token from the registry's realm when it answers 401 with a Bearer challenge.
 */
async function headManifest(
  manifest: ManifestRequest,
  reference: ImageReference,
  registryBase: string,
  password: string | undefined,
): Promise<{ response: SimpleResponse; authorization: string | undefined; exchange?: BearerToken }> {
  const basicAuthorization = password === undefined ? undefined : basic(password);
  const response = await sendManifestRequest(manifest, 'HEAD', basicAuthorization);
  const challenge = response.headers.get('www-authenticate') ?? '';
  if (response.status !== 401 || !/^bearer\s/i.test(challenge))
    return { response, authorization: basicAuthorization };
  const exchange = await fetchBearerToken(challenge, reference, {
    registryOrigin: new URL(registryBase).origin,
    ...(password === undefined ? {} : { password }),
    fetch: manifest.fetch,
    where: manifest.where,
  });
  const authorization = `Bearer ${exchange.token}`;
  return { response: await sendManifestRequest(manifest, 'HEAD', authorization), authorization, exchange };
}

/** The digest of the manifest's bytes, for a registry that does not send Docker-Content-Digest. */
async function digestOfManifest(manifest: ManifestRequest, authorization?: string): Promise<string> {
  const body = await sendManifestRequest(manifest, 'GET', authorization);
  if (body.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(body.status)} for the manifest of ${manifest.where}`,
    );
  }
  // Manifests are JSON, UTF-8: the text re-encodes to the same bytes.
  return `sha256:${createHash('sha256')
    .update(Buffer.from(await body.text(), 'utf8'))
    .digest('hex')}`;
}

/** One manifest request, retried with backoff on 429/5xx and network failures, up to ATTEMPTS tries. */
async function sendManifestRequest(
  manifest: ManifestRequest,
  method: 'HEAD' | 'GET',
  authorization?: string,
): Promise<SimpleResponse> {
  for (let attempt = 1; ; attempt += 1) {
    let response: SimpleResponse;
    try {
      response = await manifest.fetch(manifest.url, {
        method,
        headers: { accept: MANIFEST_MEDIA_TYPES.join(', '), ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(manifest.timeoutMs),
      });
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        throw new RegistryError(
          `cannot reach the registry for ${manifest.where}: ${describeFetchError(error)}`,
        );
      }
      await manifest.sleep(backoff(attempt));
      continue;
    }
    if (!RETRYABLE.has(response.status) || attempt >= ATTEMPTS) return response;
    await manifest.sleep(backoff(attempt));
  }
}

/** A registry's refusal, saying whether the Google token was offered and, when it was withheld, why. */
function refusal(where: string, status: number, withToken: boolean, exchange?: BearerToken): string {
  const http = `HTTP ${String(status)}`;
  if (!withToken) {
    return `the registry refused anonymous access to ${where} (${http}): the Google access token goes only to Google's registries and the \`repository\` host, not to this one. Make the image public, or copy it into Artifact Registry`;
  }
  if (exchange && !exchange.withToken) {
    return `the registry refused ${where} (${http}) after sending for a token to ${exchange.realm}, another origin than its own: the Google access token is not sent there, and the token that origin gave anonymously was not enough`;
  }
  return `the registry refused the credentials for ${where} (${http}): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`;
}

/** A token from a registry's token service, and whether the Google token was shown to get it. */
export interface BearerToken {
  readonly token: string;
  /** The token service's origin, for messages. */
  readonly realm: string;
  readonly withToken: boolean;
}

/**
 * The token-exchange step of the distribution auth flow, for registries that answer with a Bearer challenge.
 *
 * The realm is chosen by whoever answered, so it is checked before anything is sent to it:
 * - over plain HTTP (other than to this machine) it is refused: what comes back would be open to tampering, and
 *   nothing needs it (Docker Hub's realm, `https://auth.docker.io/token`, is HTTPS);
 * - the Google token (`password`) goes with the request only when the realm has the registry's own origin (scheme,
 *   host and port), as Google's registries' realms do: a realm elsewhere could collect it, or trade it for a
 *   token the registry then receives. Elsewhere the exchange is anonymous — what a user would expect: a public
 *   image still resolves, and a private one fails with a message that says the token was withheld and why.
 */
export async function fetchBearerToken(
  challenge: string,
  reference: ImageReference,
  options: { registryOrigin: string; password?: string; fetch: Fetch; where: string },
): Promise<BearerToken> {
  const { where } = options;
  const parameters = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  const realmText = parameters['realm'];
  if (!realmText)
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge without a realm`);
  let url: URL;
  try {
    url = new URL(realmText);
  } catch {
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge whose realm is not a URL`);
  }
  const realm = `${url.protocol}//${url.host}`;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new RegistryError(
      `the registry for ${where} sends for its tokens to ${realm}, which is not HTTPS: refused, nothing was sent there. Tokens are fetched over HTTPS only`,
    );
  }
  url.username = '';
  url.password = '';
  if (parameters['service']) url.searchParams.set('service', parameters['service']);
  url.searchParams.set('scope', parameters['scope'] ?? `repository:${reference.name}:pull`);
  const password = url.origin === options.registryOrigin ? options.password : undefined;
  const withToken = password !== undefined;
  let response: SimpleResponse;
  try {
    response = await options.fetch(url.toString(), {
      method: 'GET',
      headers: password === undefined ? {} : { authorization: basic(password) },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new RegistryError(
      `cannot reach the token service of the registry for ${where}: ${describeFetchError(error)}`,
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      withToken
        ? `the registry refused the credentials for ${where} (HTTP ${String(response.status)} from its token service): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`
        : `the token service ${realm} of the registry for ${where} refused an anonymous token (HTTP ${String(response.status)}): the Google access token goes only to Google's registries and the \`repository\` host, over HTTPS, and never to a token service on another origin`,
    );
  }
  const body = JSON.parse(await response.text()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError(`the token service of the registry for ${where} returned no token`);
  return { token, realm, withToken };
}

/** Exponential backoff with jitter: about 250 ms, 500 ms, 1 s, ... up to 4 s. */
export function backoff(attempt: number): number {
  return Math.min(4000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}

/** The code or message of a network failure, for error messages. */
export function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    // node:http puts the code on the error; fetch on its cause.
    const { cause, code } = error as { cause?: { code?: string; message?: string }; code?: unknown };
    return cause?.code ?? (typeof code === 'string' ? code : undefined) ?? cause?.message ?? error.message;
  }
  return String(error);
}
