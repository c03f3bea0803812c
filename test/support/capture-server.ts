import { GoogleApiError, startGoogleApiServer } from './google-api-server.js';

/** A request the capture server received. */
export interface CapturedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

/**
 * A stand-in for the Cloud Run Admin API v1 that only records: GET answers 404 (no such service), POST and PUT
 * answer with the body they were sent, so `gcloud run services replace --async` completes. Enough to see what a
 * client sends; the full emulator belongs to the deploy stage.
 */
export async function startCaptureServer(): Promise<{
  url: string;
  requests: CapturedRequest[];
  close: () => Promise<void>;
}> {
  const requests: CapturedRequest[] = [];
  const server = await startGoogleApiServer(
    ({ method, body }) => {
      if (method === 'GET') throw new GoogleApiError(404, 'Resource not found');
      const service = (body ?? {}) as { metadata?: Record<string, unknown> };
      return {
        body: { ...service, metadata: { ...service.metadata, generation: 1, resourceVersion: 'AAA' } },
      };
    },
    {
      requireBearer: false,
      onRequest: ({ method, path, body }) => {
        requests.push({ method, url: path, body });
      },
    },
  );
  return { url: `http://localhost:${String(server.port)}/`, requests, close: server.close };
}
