import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An emulator of Secret Manager v1's `versions/V:access` (what the smoke stage calls): secrets by full version
 * name, `latest` resolving to the highest version, 404 for unknown ones, 401 without a bearer token.
 */
export async function startSecretManagerEmulator(secrets: Record<string, string>) {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.setHeader('content-type', 'application/json');
    const match = /^\/v1\/(projects\/[^/]+\/secrets\/[^/]+)\/versions\/([^/:]+):access$/.exec(req.url ?? '');
    const answer = (status: number, body: unknown) => {
      res.statusCode = status;
      res.end(JSON.stringify(body));
    };
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      answer(401, {
        error: {
          code: 401,
          message: 'Request is missing required authentication credential.',
          status: 'UNAUTHENTICATED',
        },
      });
      return;
    }
    if (!match) {
      answer(404, { error: { code: 404, message: `no such method ${req.url ?? ''}`, status: 'NOT_FOUND' } });
      return;
    }
    const [, secret = '', version = ''] = match;
    const versions = Object.keys(secrets)
      .filter((name) => name.startsWith(`${secret}/versions/`))
      .sort((a, b) => Number(a.split('/').at(-1)) - Number(b.split('/').at(-1)));
    const name = version === 'latest' ? versions.at(-1) : `${secret}/versions/${version}`;
    const value = name ? secrets[name] : undefined;
    if (!name || value === undefined) {
      answer(404, {
        error: {
          code: 404,
          message: `Secret Version [${secret}/versions/${version}] not found.`,
          status: 'NOT_FOUND',
        },
      });
      return;
    }
    answer(200, { name, payload: { data: Buffer.from(value).toString('base64') } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
