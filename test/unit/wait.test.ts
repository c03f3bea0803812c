// Waiting for Ready on a fake clock: how soon a Ready revision is noticed, and how often Cloud Run is asked.
import { describe, expect, test } from 'vitest';
import type { CloudRunApi, Resource } from '../../src/deploy/api.js';
import { waitForRevision, waitForRoutes } from '../../src/deploy/wait.js';

/**
 * A service that becomes Ready (and routed) at `readyAt` ms on a fake clock; `latest` says whether the revision is
 * the service's latest (else the revision itself is read too, two requests a poll).
 */
function fakeCloudRun(readyAt: number, latest: boolean, latencyMs = 0) {
  let clock = 0;
  const requests: number[] = [];
  const condition = (type: string) => ({ type, status: clock >= readyAt ? 'True' : 'Unknown' });
  const service = (): Resource => ({
    metadata: { name: 'svc', generation: 2 },
    status: {
      observedGeneration: 2,
      latestCreatedRevisionName: latest ? 'svc-r1' : 'svc-r0',
      conditions: [condition('Ready'), condition('RoutesReady')],
      traffic: [{ revisionName: 'svc-r1', tag: 't', percent: 0, url: 'https://t---svc.run.app' }],
    },
  });
  const api = {
    getService: () => {
      requests.push(clock);
      const answer = service(); // as Cloud Run saw it when the request arrived, then the answer's way back
      clock += latencyMs;
      return Promise.resolve(answer);
    },
    getRevision: () => {
      requests.push(clock);
      return Promise.resolve({ status: { conditions: [condition('Ready')] } });
    },
  } as unknown as CloudRunApi;
  const deps = {
    api,
    log: () => undefined,
    now: () => clock,
    sleep: (ms: number) => {
      clock += ms;
      return Promise.resolve();
    },
  };
  return { deps, requests, now: () => clock };
}

/** The most requests that started within any one second. */
function busiestSecond(requests: readonly number[]): number {
  return Math.max(...requests.map((start) => requests.filter((t) => t >= start && t < start + 1000).length));
}

describe('waiting for Ready', () => {
  test.each([
    ['the revision is the latest (one request a poll)', true],
    ["another run's revision came after (two a poll)", false],
  ])('%s: noticed within 0.5 s of Ready, and never more than 4 requests a second', async (_, latest) => {
    for (const readyAt of [300, 2_000, 8_000, 8_700, 45_000]) {
      const cloud = fakeCloudRun(readyAt, latest);
      await waitForRevision('svc', 'svc-r1', 't', 120_000, cloud.deps);
      expect(cloud.now() - readyAt).toBeLessThanOrEqual(500);
      expect(busiestSecond(cloud.requests)).toBeLessThanOrEqual(4);
    }
  });

  test('polls are due 0.5 s after the previous began, not after it was answered: a 100 ms round trip adds no drift', async () => {
    for (let readyAt = 8_000; readyAt <= 9_000; readyAt += 50) {
      const cloud = fakeCloudRun(readyAt, true, 100);
      await waitForRevision('svc', 'svc-r1', 't', 120_000, cloud.deps);
      expect(cloud.now() - readyAt).toBeLessThanOrEqual(600);
      expect(busiestSecond(cloud.requests)).toBeLessThanOrEqual(4);
    }
  });

  test('a traffic change is noticed within 0.5 s of its routes being ready', async () => {
    const cloud = fakeCloudRun(30_000, true);
    await waitForRoutes('svc', 2, 120_000, cloud.deps);
    expect(cloud.now() - 30_000).toBeLessThanOrEqual(500);
    expect(busiestSecond(cloud.requests)).toBeLessThanOrEqual(4);
  });

  const answer = (observedGeneration: number): Resource => ({
    metadata: { name: 'svc', generation: 2 },
    status: { observedGeneration, conditions: [{ type: 'RoutesReady', status: 'True' }] },
  });

  test("the write's answer showing the change applied and routed: no poll at all", async () => {
    const cloud = fakeCloudRun(30_000, true);
    expect(await waitForRoutes('svc', 2, 120_000, cloud.deps, answer(2))).toEqual(answer(2));
    expect(cloud.requests).toEqual([]);
  });

  test("the write's answer with the status of before (as Cloud Run gives it): polled until the routes are", async () => {
    const cloud = fakeCloudRun(3_000, true);
    await waitForRoutes('svc', 2, 120_000, cloud.deps, answer(1));
    expect(cloud.now()).toBeGreaterThanOrEqual(3_000);
    expect(cloud.requests.length).toBeGreaterThan(1);
  });
});
