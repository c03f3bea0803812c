// The HTTP plumbing every emulated Google API shares: read the JSON body, require a bearer token, answer JSON, and
// turn a thrown GoogleApiError into Google's error body ({error: {code, message, status}}). Each emulator only
// routes requests to answers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Google's canonical status names for the HTTP statuses the emulators answer. */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  503: 'UNAVAILABLE',
};

/** An API's refusal: the HTTP status, Google's status name (default: the status's canonical one), a message. */
export class GoogleApiError extends Error {
  readonly reason: string;
  constructor(
    readonly status: number,
    message: string,
    reason?: string,
  ) {
    super(message);
    this.reason = reason ?? STATUS_NAMES[status] ?? 'INTERNAL';
  }
}

/** A request as an emulator sees it: method, parsed URL, parsed JSON body, headers. */
export interface ApiRequest {
  readonly method: string;
  readonly url: URL;
  /** As received (path and query), for request logs. */
  readonly path: string;
  readonly body: unknown;
  readonly headers: http.IncomingHttpHeaders;
}

/** An answer: a status (200 by default) and a JSON body. */
export interface ApiAnswer {
  readonly status?: number;
  readonly body: unknown;
}

export interface GoogleApiServerOptions {
  /** Answers 401 to requests without `Authorization: Bearer ...`, as Google's APIs do (default true). */
  readonly requireBearer?: boolean;
  /** Milliseconds added before each answer (read when the request arrives). */
  readonly latencyMs?: () => number;
  /** Called with every request before it is routed (request logs, injected faults: throw to refuse it). */
  readonly onRequest?: (request: ApiRequest) => void;
}

/** Start an emulated API on a free loopback port; `route` answers (or throws a GoogleApiError). */
export async function startGoogleApiServer(
  route: (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer>,
  options: GoogleApiServerOptions = {},
) {
  const answer = async (request: ApiRequest): Promise<{ status: number; body: unknown }> => {
    try {
      options.onRequest?.(request);
      if ((options.requireBearer ?? true) && !/^Bearer \S+/.test(request.headers.authorization ?? '')) {
        throw new GoogleApiError(401, 'Request is missing required authentication credential.');
      }
      const { status = 200, body } = await route(request);
      return { status, body };
    } catch (error) {
      const status = error instanceof GoogleApiError ? error.status : 500;
      const reason = error instanceof GoogleApiError ? error.reason : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      return { status, body: { error: { code: status, message, status: reason } } };
    }
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: ApiRequest = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://emulator'),
        path: req.url ?? '',
        body: text ? (JSON.parse(text) as unknown) : undefined,
        headers: req.headers,
      };
      const respond = async () => {
        const { status, body } = await answer(request);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const latency = options.latencyMs?.() ?? 0;
      if (latency > 0) setTimeout(() => void respond(), latency);
      else void respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
