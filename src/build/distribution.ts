// The OCI distribution API calls the assemble builder makes — manifests and blobs, read and written — with the
// credentials rule every registry call follows: the Google token only where mayReceiveGoogleToken allows it,
// anonymous token exchanges elsewhere, nothing over plain HTTP but to this machine.
import { setTimeout as realSleep } from 'node:timers/promises';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import type { ImageReference } from './image-ref.js';
import { registryBaseUrl } from './image-ref.js';
import type { BearerToken, Fetch } from './registry.js';
import {
  ATTEMPTS,
  MANIFEST_MEDIA_TYPES,
  RETRYABLE,
  RegistryError,
  backoff,
  basic,
  describeFetchError,
  fetchBearerToken,
} from './registry.js';
import { isLoopbackHost, mayReceiveGoogleToken } from '../gcp/index.js';
import { WithheldBlob } from './relay.js';

/** A request body: bytes, or a function that opens a fresh stream for each try. */
export type RequestBody = Buffer | (() => Promise<Readable>);

/** One HTTP exchange with a streamed answer (node:http(s) outside tests). */
export type RegistryTransport = (
  url: string,
  request: {
    method: string;
    headers: Record<string, string>;
    body?: Buffer | Readable;
    idleTimeoutMs: number;
  },
) => Promise<StreamedResponse>;

export interface StreamedResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** The body; read it or {@link discard} it. */
  readonly body: Readable;
}

/** The transport outside tests: node:http(s), no redirects followed (the client does that, see below). */
export const nodeRegistryTransport: RegistryTransport = (url, request) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'http:' ? http : https;
    const outgoing = client.request(
      target,
      { method: request.method, headers: request.headers },
      (response) => {
        resolve({
          status: response.statusCode ?? 0,
          headers: {
            get: (name) => {
              const value = response.headers[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
          },
          body: response,
        });
      },
    );
    // An idle timeout, not a total one: a large layer may take long, a stalled one may not.
    outgoing.setTimeout(request.idleTimeoutMs, () => {
      outgoing.destroy(
        Object.assign(new Error(`no data for ${String(request.idleTimeoutMs)} ms`), { code: 'ETIMEDOUT' }),
      );
    });
    outgoing.on('error', reject);
    const { body } = request;
    if (body instanceof Readable) {
      body.on('error', (error) => outgoing.destroy(error));
      body.pipe(outgoing);
    } else {
      outgoing.end(body);
    }
  });

/** Read a whole body (manifests, configs, tokens, error answers). */
export async function readBody(body: Readable, limit = 512 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > limit) {
      body.destroy();
      throw new Error(`an answer of more than ${String(limit)} bytes`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Throw away a body that is not needed, so the connection is freed. */
export function discard(body: Readable): void {
  body.resume();
  body.on('error', () => undefined);
}

/** How a registry is reached and with which credentials. */
export interface RegistryAccess {
  /** The Google access token; sent only where {@link mayReceiveGoogleToken} allows. */
  readonly password: string;
  /** The registry of input `repository`: the user chose to push there, so it may receive the token over HTTPS. */
  readonly repositoryRegistry?: string;
  readonly transport?: RegistryTransport;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly idleTimeoutMs?: number;
}

/** A manifest as read from a registry. */
export interface FetchedManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

/** What a call was for, in error messages: `push`, `pull`, `mount`. */
type Purpose = 'pull' | 'push';

/** The API calls of one registry, for repositories on it. Authorisation is negotiated once per scope. */
export interface RegistryClient {
  readonly registry: string;
  /** The manifest `reference` (tag or digest) of `name`, or undefined when there is none (404). */
  getManifest(name: string, reference: string): Promise<FetchedManifest | undefined>;
  /**
   * The digest a tag points to now, or undefined when there is none: a HEAD, which Docker Hub does not count as a
   * pull against its rate limit (a GET of a manifest it does).
   */
  headManifest(name: string, reference: string): Promise<string | undefined>;
  /**
   * The repository's tags, when the registry lists them all in one answer (none when the repository does not exist
   * yet); undefined when it will not say (refused, paginated, another answer).
   */
  listTags(name: string): Promise<readonly string[] | undefined>;
  /** A blob's bytes, checked against its digest. */
  getBlob(name: string, digest: string): Promise<Buffer>;
  /**
   * A blob as a stream (for copying it to another registry without holding it); with `firstBytes`, only that many
   * from its start are asked for (a Range request: a registry that ignores it sends the whole blob).
   */
  openBlob(name: string, digest: string, firstBytes?: number): Promise<Readable>;
  /** Whether `name` has the blob already (HEAD). */
  hasBlob(name: string, digest: string): Promise<boolean>;
  /** Mount a blob from another repository of this registry; false when the registry started an upload instead. */
  mountBlob(name: string, digest: string, from: string): Promise<boolean>;
  /** Open an upload session (the POST) ahead of the bytes; resolves with its location. */
  startUpload(name: string, what?: string): Promise<string>;
  /** Upload a blob of `size` bytes in one PUT; the first try in `session` when given (a new one if it failed). */
  uploadBlob(
    name: string,
    digest: string,
    size: number,
    body: RequestBody,
    session?: Promise<string>,
  ): Promise<void>;
  /** Put a manifest under `tag`; returns its digest. */
  putManifest(name: string, tag: string, mediaType: string, bytes: Buffer): Promise<string>;
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The token-rule check for a URL the registry named (an upload location, a redirect). */
function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}

/** HTTPS, or plain HTTP to this machine: the only places a registry call goes. */
function checkScheme(url: string, where: string): void {
  const target = new URL(url);
  if (target.protocol === 'https:') return;
  if (target.protocol === 'http:' && isLoopbackHost(target.hostname)) return;
  throw new RegistryError(
    `${where}: the registry sent the client to ${target.origin}, which is not HTTPS: refused`,
  );
}

/**
 * A client for `registry` (`HOST[:PORT]`). The Google token is offered as Basic auth when the registry may receive it;
 * a Bearer challenge is answered by the registry's token service (anonymously when that service is on another
 * origin, as Docker Hub's `auth.docker.io` is). Redirects are followed without the Authorization header when they
 * leave the registry's origin (Docker Hub and Artifact Registry serve blobs from storage hosts).
 */
export function registryClient(registry: string, access: RegistryAccess): RegistryClient {
  return new DistributionClient(registry, access);
}

/** Options of one authorised call. */
interface CallOptions {
  readonly method: string;
  readonly headers?: Record<string, string>;
  readonly body?: RequestBody;
  readonly where: string;
  readonly scopeName: string;
  /** Tries in all (1: the caller retries a larger unit, such as a whole upload). */
  readonly attempts?: number;
}

class DistributionClient implements RegistryClient {
  private readonly transport: RegistryTransport;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly idleTimeoutMs: number;
  private readonly base: string;
  private readonly withToken: boolean;
  /** The Bearer token last given for each repository, when the registry uses token exchange. */
  private readonly bearer = new Map<string, BearerToken>();
  private lastExchange: BearerToken | undefined;

  constructor(
    readonly registry: string,
    private readonly access: RegistryAccess,
  ) {
    this.transport = access.transport ?? nodeRegistryTransport;
    this.sleep = access.sleep ?? realSleep;
    this.idleTimeoutMs = access.idleTimeoutMs ?? 60_000;
    this.base = registryBaseUrl(registry);
    this.withToken = mayReceiveGoogleToken(`${this.base}/v2/`, access.repositoryRegistry);
  }

  /** The token service is reached with the same transport and scheme rule as the registry. */
  private readonly fetchShim: Fetch = async (url, init) => {
    checkScheme(url, `the token service of ${this.registry}`);
    const response = await this.transport(url, {
      method: init.method,
      headers: init.headers,
      idleTimeoutMs: this.idleTimeoutMs,
    });
    const bytes = await readBody(response.body, 1024 * 1024);
    return {
      status: response.status,
      headers: response.headers,
      text: () => Promise.resolve(bytes.toString('utf8')),
    };
  };

  /** One request, following redirects; the Authorization header goes to the registry's own origin only. */
  private async send(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: Buffer | Readable | undefined,
    authorization: string | undefined,
  ): Promise<StreamedResponse> {
    let target = url;
    for (let hop = 0; ; hop += 1) {
      checkScheme(target, this.registry);
      const ours = sameOrigin(target, this.base);
      const response = await this.transport(target, {
        method,
        headers: { ...headers, ...(authorization && ours ? { authorization } : {}) },
        ...(body ? { body } : {}),
        idleTimeoutMs: this.idleTimeoutMs,
      });
      const location = response.headers.get('location');
      if (![301, 302, 303, 307, 308].includes(response.status) || !location || method !== 'GET' || hop >= 5) {
        return response;
      }
      discard(response.body);
      target = new URL(location, target).toString();
    }
  }

  /** One try: Basic (or nothing, or the cached Bearer) first, then the Bearer token a challenge asks for. */
  private async authorisedSend(url: string, options: CallOptions): Promise<StreamedResponse> {
    const open = async (): Promise<Buffer | Readable | undefined> =>
      typeof options.body === 'function' ? options.body() : options.body;
    const cached = this.bearer.get(options.scopeName);
    const first = cached
      ? `Bearer ${cached.token}`
      : this.withToken
        ? basic(this.access.password)
        : undefined;
    const response = await this.send(url, options.method, options.headers ?? {}, await open(), first);
    const challenge = response.headers.get('www-authenticate') ?? '';
    if (response.status !== 401 || !/^bearer\s/i.test(challenge)) return response;
    discard(response.body);
    // The challenge names the scope it wants (push, or pull of another repository to mount from).
    const reference: ImageReference = { registry: this.registry, name: options.scopeName, tag: 'latest' };
    const token = await fetchBearerToken(challenge, reference, {
      registryOrigin: new URL(this.base).origin,
      ...(this.withToken ? { password: this.access.password } : {}),
      fetch: this.fetchShim,
      where: options.where,
    });
    this.bearer.set(options.scopeName, token);
    this.lastExchange = token;
    return this.send(url, options.method, options.headers ?? {}, await open(), `Bearer ${token.token}`);
  }

  /** A call with authorisation, retried on network failures and retryable statuses; `body` is re-opened each try. */
  private async call(path: string, options: CallOptions): Promise<StreamedResponse> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const attempts = options.attempts ?? ATTEMPTS;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const response = await this.authorisedSend(url, options);
        if (RETRYABLE.has(response.status) && attempt < attempts) {
          discard(response.body);
          await this.sleep(backoff(attempt));
          continue;
        }
        return response;
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        lastError = error;
        if (attempt < attempts) await this.sleep(backoff(attempt));
      }
    }
    throw new RegistryError(`cannot reach ${this.registry} for ${path}: ${describeFetchError(lastError)}`);
  }

  /** The error for an answer that is not what a call needs, with what to do about it. */
  private async failure(
    response: StreamedResponse,
    purpose: Purpose,
    name: string,
    what: string,
  ): Promise<RegistryError> {
    const detail = (await readBody(response.body, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(detail)?.[1];
    const status = `HTTP ${String(response.status)}${code ? ` ${code}` : ''}`;
    const where = `${this.registry}/${name}`;
    if (response.status === 401 || response.status === 403) {
      return new RegistryError(this.refusal(purpose, where, status, what));
    }
    if (response.status === 404 && (code === 'NAME_UNKNOWN' || purpose === 'push')) {
      return new RegistryError(
        `${where} does not exist (${status}) while trying to ${what}: ${purpose === 'push' ? 'create the Artifact Registry repository first (gcloud artifacts repositories create REPOSITORY --repository-format docker --location LOCATION), or check input `repository`' : 'check the image name'}`,
      );
    }
    return new RegistryError(
      `${this.registry} answered ${status} while trying to ${what} in ${where}${RETRYABLE.has(response.status) ? ` (after ${String(ATTEMPTS)} tries)` : ''}`,
    );
  }

  /** A 401/403, explained: which credentials were refused and which role or setting fixes it. */
  private refusal(purpose: Purpose, where: string, status: string, what: string): string {
    if (!this.withToken) {
      const exchange = this.lastExchange;
      return `${this.registry} refused anonymous ${purpose === 'push' ? 'writes' : 'reads'} of ${where} (${status}) while trying to ${what}: the Google access token goes only to Google's registries and the \`repository\` host${exchange && !exchange.withToken ? `, and the token service ${exchange.realm} is on another origin, so it was asked anonymously` : ''}. Make the image public, or mirror it into Artifact Registry`;
    }
    return purpose === 'push'
      ? `${this.registry} refused to let the credentials write ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.writer on the repository (gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location LOCATION --member serviceAccount:EMAIL --role roles/artifactregistry.writer), or check that the access token has not expired`
      : `${this.registry} refused to let the credentials read ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.reader on the repository, or check that the access token has not expired`;
  }

  async headManifest(name: string, reference: string): Promise<string | undefined> {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name,
    });
    discard(response.body);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw await this.failure(response, 'pull', name, `look up the manifest ${reference}`);
    const digest = response.headers.get('docker-content-digest');
    if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
    // The header is optional in the distribution spec: then the manifest's own bytes say.
    return (await this.getManifest(name, reference))?.digest;
  }

  async listTags(name: string): Promise<readonly string[] | undefined> {
    const response = await this.call(`/v2/${name}/tags/list`, {
      method: 'GET',
      where: `${this.registry}/${name}`,
      scopeName: name,
    });
    if (response.status === 404) {
      discard(response.body);
      return [];
    }
    // A Link header: more pages than this one, which may lack the tag.
    if (response.status !== 200 || response.headers.get('link')) {
      discard(response.body);
      return undefined;
    }
    const listed = JSON.parse((await readBody(response.body, 4 * 1024 * 1024)).toString('utf8')) as {
      tags?: unknown;
    };
    return Array.isArray(listed.tags)
      ? listed.tags.filter((tag): tag is string => typeof tag === 'string')
      : [];
  }

  async getManifest(name: string, reference: string): Promise<FetchedManifest | undefined> {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: 'GET',
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name,
    });
    if (response.status === 404) {
      discard(response.body);
      return undefined;
    }
    if (response.status !== 200)
      throw await this.failure(response, 'pull', name, `read the manifest ${reference}`);
    const bytes = await readBody(response.body, 4 * 1024 * 1024);
    const digest = sha256(bytes);
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}@${reference}: the registry sent a manifest whose digest is ${digest}`,
      );
    }
    const mediaType =
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ??
      response.headers.get('content-type')?.split(';')[0] ??
      '';
    return { digest, mediaType, bytes };
  }

  async getBlob(name: string, digest: string): Promise<Buffer> {
    const bytes = await readBody(await this.openBlob(name, digest));
    if (sha256(bytes) !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}: blob ${digest} arrived with another digest, ${sha256(bytes)}`,
      );
    }
    return bytes;
  }

  async openBlob(name: string, digest: string, firstBytes?: number): Promise<Readable> {
    const response = await this.call(blobPath(name, digest), {
      method: 'GET',
      ...(firstBytes ? { headers: { range: `bytes=0-${String(firstBytes - 1)}` } } : {}),
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name,
    });
    const partial = firstBytes !== undefined && response.status === 206;
    if (response.status !== 200 && !partial)
      throw await this.failure(response, 'pull', name, `read blob ${digest}`);
    return response.body;
  }

  async hasBlob(name: string, digest: string): Promise<boolean> {
    const response = await this.call(blobPath(name, digest), {
      method: 'HEAD',
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name,
    });
    discard(response.body);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.failure(response, 'push', name, `look for blob ${digest}`);
  }

  async mountBlob(name: string, digest: string, from: string): Promise<boolean> {
    const response = await this.call(
      `/v2/${name}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      {
        method: 'POST',
        headers: { 'content-length': '0' },
        where: `${this.registry}/${name}`,
        scopeName: name,
      },
    );
    if (response.status === 201) {
      discard(response.body);
      return true;
    }
    if (response.status === 202) {
      // The registry started an upload instead; it expires unused. Uploading opens a session of its own.
      discard(response.body);
      return false;
    }
    throw await this.failure(response, 'push', name, `mount blob ${digest} from ${from}`);
  }

  async uploadBlob(
    name: string,
    digest: string,
    size: number,
    body: RequestBody,
    session?: Promise<string>,
  ): Promise<void> {
    // A failed PUT may end its upload session: each try starts a new one (the first may use one opened ahead).
    for (let attempt = 1; ; attempt += 1) {
      const opened = attempt === 1 && session ? await session.catch(() => undefined) : undefined;
      const put = await this.tryUpload(name, digest, size, body, attempt, opened);
      if (put === 'retry') {
        await this.sleep(backoff(attempt));
        continue;
      }
      if (put.status === 201) {
        discard(put.body);
        return;
      }
      if (!RETRYABLE.has(put.status) || attempt >= ATTEMPTS)
        throw await this.failure(put, 'push', name, `upload blob ${digest}`);
      discard(put.body);
      await this.sleep(backoff(attempt));
    }
  }

  async startUpload(name: string, what = 'start an upload'): Promise<string> {
    const started = await this.call(`/v2/${name}/blobs/uploads/`, {
      method: 'POST',
      headers: { 'content-length': '0' },
      where: `${this.registry}/${name}`,
      scopeName: name,
    });
    if (started.status !== 202) throw await this.failure(started, 'push', name, what);
    discard(started.body);
    const location = started.headers.get('location');
    if (!location) {
      throw new RegistryError(
        `${this.registry}/${name}: the registry started an upload but named no location`,
      );
    }
    return new URL(location, this.base).toString();
  }

  /** One upload: the PUT of the whole blob at `location`, or in a session opened now ('retry': it did not arrive). */
  private async tryUpload(
    name: string,
    digest: string,
    size: number,
    body: RequestBody,
    attempt: number,
    location?: string,
  ): Promise<StreamedResponse | 'retry'> {
    const url = new URL(location ?? (await this.startUpload(name, `upload blob ${digest}`)));
    url.searchParams.set('digest', digest);
    // The location may be on another host (a storage front end): the token goes to the registry's origin only.
    try {
      return await this.call(url.toString(), {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
        body,
        where: `${this.registry}/${name}`,
        scopeName: name,
        attempts: 1,
      });
    } catch (error) {
      // A relayed blob that was withheld is not wanted: no new session for it.
      if (error instanceof WithheldBlob || attempt >= ATTEMPTS) throw error;
      return 'retry';
    }
  }

  async putManifest(name: string, tag: string, mediaType: string, bytes: Buffer): Promise<string> {
    const response = await this.call(`/v2/${name}/manifests/${tag}`, {
      method: 'PUT',
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
      where: `${this.registry}/${name}:${tag}`,
      scopeName: name,
    });
    if (response.status !== 201) throw await this.failure(response, 'push', name, `put the manifest ${tag}`);
    discard(response.body);
    return response.headers.get('docker-content-digest') ?? sha256(bytes);
  }
}

const blobPath = (name: string, digest: string): string => `/v2/${name}/blobs/${digest}`;
