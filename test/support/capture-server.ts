import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = text ? JSON.parse(text) : undefined;
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 404, message: 'Resource not found', status: 'NOT_FOUND' } }));
        return;
      }
      const service = (body ?? {}) as { metadata?: Record<string, unknown> };
      res.end(
        JSON.stringify({
          ...service,
          metadata: { ...service.metadata, generation: 1, resourceVersion: 'AAA' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
