// A proxy in front of an emulator that loses answers on the wire: the request reaches the server and is applied,
// then the client gets no answer (the connection is reset) or a 5xx instead of the real one — what a dropped
// connection or a gateway timeout does to a write in production.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What happens to a matching request: its answer is lost after the server has handled it (`reset`, `status`), or a
 * hostile server answers instead, quoting the request's Authorization header in its error (`echo-authorization`).
 */
export type AnswerFault =
  | { readonly kind: 'reset' }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'echo-authorization'; readonly status: number };

interface Rule {
  readonly method: string;
  readonly path: RegExp;
  readonly fault: AnswerFault;
  remaining: number;
  /** Matching requests still to let through untouched before the fault applies. */
  passes: number;
}

/** Start a proxy to `target` (a base URL such as http://localhost:PORT/). */
export async function startFaultProxy(target: string) {
  const upstream = new URL(target);
  const rules: Rule[] = [];
  /** Requests whose answer was lost, as METHOD PATH. */
  const lost: string[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const matching = rules.find(
        (r) => r.remaining > 0 && r.method === req.method && r.path.test(req.url ?? ''),
      );
      const rule = matching && matching.passes > 0 ? undefined : matching;
      if (matching && matching.passes > 0) matching.passes -= 1;
      if (rule) rule.remaining -= 1;
      if (rule?.fault.kind === 'echo-authorization') {
        res.writeHead(rule.fault.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              code: rule.fault.status,
              message: `The caller does not have permission (sent: ${req.headers.authorization ?? 'nothing'})`,
              status: 'PERMISSION_DENIED',
            },
          }),
        );
        return;
      }
      const forwarded = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            if (rule) {
              // The server has applied the request; the client never learns it.
              lost.push(`${req.method ?? ''} ${req.url ?? ''}`);
              if (rule.fault.kind === 'reset') {
                req.socket.destroy();
                return;
              }
              res.writeHead(rule.fault.status, { 'content-type': 'application/json' });
              res.end(
                JSON.stringify({
                  error: {
                    code: rule.fault.status,
                    message: 'upstream request timeout',
                    status: 'UNAVAILABLE',
                  },
                }),
              );
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      forwarded.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${String(port)}/`,
    lost,
    /**
     * The next `count` requests matching METHOD and `path` (after letting `passes` of them through untouched) are
     * applied upstream, then their answer is lost.
     */
    loseAnswer: (
      method: string,
      path: RegExp,
      fault: AnswerFault = { kind: 'reset' },
      count = 1,
      passes = 0,
    ) => {
      rules.push({ method, path, fault, remaining: count, passes });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;
