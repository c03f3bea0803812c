import { describe, expect, test } from 'vitest';
import type { Transport } from '../../src/gcp/http.js';
import { ApiError, createApiClient } from '../../src/gcp/http.js';

/** A transport that answers in turn and records what it was sent. */
function scripted(...answers: (() => Promise<{ status: number; text: string }>)[]) {
  const sent: { url: string; method: string; headers: Record<string, string>; body?: string }[] = [];
  const transport: Transport = (url, request) => {
    sent.push({
      url,
      method: request.method,
      headers: request.headers,
      ...(request.body ? { body: request.body } : {}),
    });
    const answer = answers.shift();
    return answer ? answer() : Promise.reject(new Error('no more answers'));
  };
  return { transport, sent };
}
const ok = (body: unknown) => () => Promise.resolve({ status: 200, text: JSON.stringify(body) });
const status =
  (code: number, message = 'x') =>
  () =>
    Promise.resolve({ status: code, text: JSON.stringify({ error: { code, message } }) });
const dropped = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

describe('the Google API client', () => {
  test('sends the bearer token and JSON; returns status and parsed body', async () => {
    const { transport, sent } = scripted(ok({ a: 1 }));
    const request = createApiClient({ accessToken: () => Promise.resolve('tok'), transport });
    expect(await request('PUT', 'https://run.googleapis.com/x', { b: 2 })).toEqual({
      status: 200,
      body: { a: 1 },
    });
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
      body: '{"b":2}',
    });
  });

  test.each([
    ['429', status(429)],
    ['503', status(503)],
    ['502', status(502)],
    ['a reset connection', dropped('ECONNRESET')],
    ['a timeout', dropped('ETIMEDOUT')],
  ])('retries %s with growing, jittered delays', async (_, failure) => {
    const delays: number[] = [];
    const { transport, sent } = scripted(failure, failure, ok({}));
    const request = createApiClient({
      accessToken: () => Promise.resolve('tok'),
      transport,
      random: () => 1,
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
    });
    expect((await request('GET', 'https://run.googleapis.com/x')).status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  test.each([400, 403, 404, 409])('returns %i at once: an answer, not a transient failure', async (code) => {
    const { transport, sent } = scripted(status(code));
    const request = createApiClient({ accessToken: () => Promise.resolve('tok'), transport });
    expect((await request('GET', 'https://run.googleapis.com/x')).status).toBe(code);
    expect(sent).toHaveLength(1);
  });

  test('gives up after its attempts with the last status', async () => {
    const { transport, sent } = scripted(status(503), status(503), status(503, 'still down'));
    const request = createApiClient({
      accessToken: () => Promise.resolve('tok'),
      transport,
      attempts: 3,
      sleep: () => Promise.resolve(),
    });
    expect(await request('GET', 'https://run.googleapis.com/x')).toEqual({
      status: 503,
      body: { error: { code: 503, message: 'still down' } },
    });
    expect(sent).toHaveLength(3);
  });

  test('stops at the deadline and names the last failure', async () => {
    let clock = 0;
    const { transport } = scripted(dropped('ECONNREFUSED'), dropped('ECONNREFUSED'), dropped('ECONNREFUSED'));
    const request = createApiClient({
      accessToken: () => Promise.resolve('tok'),
      transport,
      now: () => clock,
      deadline: 1000,
      sleep: (ms) => {
        clock += ms + 600;
        return Promise.resolve();
      },
    });
    await expect(request('GET', 'https://run.googleapis.com/apis/x?dryRun=all')).rejects.toThrow(
      new ApiError('GET https://run.googleapis.com/apis/x failed after retries: ECONNREFUSED', 0),
    );
  });

  test('an unknown transport failure is not retried, and the token is not in the message', async () => {
    const { transport, sent } = scripted(dropped('CERT_HAS_EXPIRED'));
    const request = createApiClient({ accessToken: () => Promise.resolve('secret-token'), transport });
    const error = await request('GET', 'https://run.googleapis.com/x').catch((e: unknown) => e);
    expect((error as Error).message).toBe('GET https://run.googleapis.com/x failed: CERT_HAS_EXPIRED');
    expect(sent).toHaveLength(1);
  });

  describe('a call that must not take effect twice (once)', () => {
    const client = (transport: Transport) =>
      createApiClient({
        accessToken: () => Promise.resolve('tok'),
        transport,
        sleep: () => Promise.resolve(),
      });

    test.each([
      ['429 (not acted on)', status(429)],
      ['a refused connection (never sent)', dropped('ECONNREFUSED')],
    ])('retries %s', async (_, failure) => {
      const { transport, sent } = scripted(failure, ok({ done: true }));
      expect(
        await client(transport)('POST', 'https://cloudbuild.googleapis.com/x', {}, { once: true }),
      ).toEqual({
        status: 200,
        body: { done: true },
      });
      expect(sent).toHaveLength(2);
    });

    test('returns a 503 at once: the server may have acted on it', async () => {
      const { transport, sent } = scripted(status(503), ok({}));
      expect(
        (await client(transport)('POST', 'https://cloudbuild.googleapis.com/x', {}, { once: true })).status,
      ).toBe(503);
      expect(sent).toHaveLength(1);
    });

    test('reports a connection dropped after sending instead of sending again', async () => {
      const { transport, sent } = scripted(dropped('ECONNRESET'), ok({}));
      await expect(
        client(transport)('POST', 'https://cloudbuild.googleapis.com/x', {}, { once: true }),
      ).rejects.toThrow('POST https://cloudbuild.googleapis.com/x failed: ECONNRESET');
      expect(sent).toHaveLength(1);
    });
  });
});
