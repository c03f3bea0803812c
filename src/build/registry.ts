import { createHash } from 'node:crypto';
import type { ImageReference } from './image-ref.js';
import { registryBaseUrl } from './image-ref.js';
import type { SimpleResponse } from '../gcp/http.js';
import { nodeFetch } from '../gcp/http.js';

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
  readonly password: string;
  readonly fetch?: Fetch;
  /** Waits between retries; tests pass a no-op. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const ATTEMPTS = 4;

const basic = (password: string): string =>
  `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString('base64')}`;

/**
 * The digest the tag of `reference` points to, or undefined when the registry does not have it
 * (`HEAD /v2/NAME/manifests/TAG`, 404 MANIFEST_UNKNOWN). Speaks Basic auth directly and, when a registry answers
 * with a Bearer challenge instead, fetches a token from its realm with the same credentials.
 */
export async function findManifest(
  reference: ImageReference,
  options: RegistryOptions,
): Promise<string | undefined> {
  const fetchImpl = options.fetch ?? nodeFetch;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const url = `${registryBaseUrl(reference.registry)}/v2/${reference.name}/manifests/${reference.tag}`;
  const where = `${reference.registry}/${reference.name}:${reference.tag}`;

  const send = async (method: 'HEAD' | 'GET', authorization: string): Promise<SimpleResponse> => {
    for (let attempt = 1; ; attempt += 1) {
      let response: SimpleResponse;
      try {
        response = await fetchImpl(url, {
          method,
          headers: { accept: MANIFEST_MEDIA_TYPES.join(', '), authorization },
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          throw new RegistryError(`cannot reach the registry for ${where}: ${describeFetchError(error)}`);
        }
        await sleep(backoff(attempt));
        continue;
      }
      if (!RETRYABLE.has(response.status) || attempt >= ATTEMPTS) return response;
      await sleep(backoff(attempt));
    }
  };

  let authorization = basic(options.password);
  let response = await send('HEAD', authorization);
  const challenge = response.headers.get('www-authenticate') ?? '';
  if (response.status === 401 && /^bearer\s/i.test(challenge)) {
    authorization = `Bearer ${await fetchBearerToken(challenge, reference, options.password, fetchImpl, where)}`;
    response = await send('HEAD', authorization);
  }

  if (response.status === 404) return undefined;
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(
      `the registry refused the credentials for ${where} (HTTP ${String(response.status)}): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`,
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(response.status)} for the manifest of ${where}`,
    );
  }
  const digest = response.headers.get('docker-content-digest');
  if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
  // The header is optional in the distribution spec: the digest is then that of the manifest bytes.
  const body = await send('GET', authorization);
  if (body.status !== 200) {
    throw new RegistryError(`the registry answered HTTP ${String(body.status)} for the manifest of ${where}`);
  }
  // Manifests are JSON, UTF-8: the text re-encodes to the same bytes.
  return `sha256:${createHash('sha256')
    .update(Buffer.from(await body.text(), 'utf8'))
    .digest('hex')}`;
}

/** The token-exchange step of the distribution auth flow, for registries that answer with a Bearer challenge. */
async function fetchBearerToken(
  challenge: string,
  reference: ImageReference,
  password: string,
  fetchImpl: Fetch,
  where: string,
): Promise<string> {
  const parameters = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  const realm = parameters['realm'];
  if (!realm) throw new RegistryError(`the registry for ${where} sent a Bearer challenge without a realm`);
  const url = new URL(realm);
  if (parameters['service']) url.searchParams.set('service', parameters['service']);
  url.searchParams.set('scope', parameters['scope'] ?? `repository:${reference.name}:pull`);
  let response: SimpleResponse;
  try {
    response = await fetchImpl(url.toString(), {
      method: 'GET',
      headers: { authorization: basic(password) },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new RegistryError(
      `cannot reach the token service of the registry for ${where}: ${describeFetchError(error)}`,
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry refused the credentials for ${where} (HTTP ${String(response.status)} from its token service): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`,
    );
  }
  const body = JSON.parse(await response.text()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError(`the token service of the registry for ${where} returned no token`);
  return token;
}

function backoff(attempt: number): number {
  return Math.min(4000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    // node:http puts the code on the error; fetch on its cause.
    const { cause, code } = error as { cause?: { code?: string; message?: string }; code?: unknown };
    return cause?.code ?? (typeof code === 'string' ? code : undefined) ?? cause?.message ?? error.message;
  }
  return String(error);
}
