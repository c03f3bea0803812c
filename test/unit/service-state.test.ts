// The deploy stage's pure readers of a service as the Admin API returns it, table by table.
import { describe, expect, test } from 'vitest';
import type { Resource } from '../../src/deploy/api.js';
import {
  SERVICE_DIGEST_ANNOTATION,
  TEMPLATE_DIGEST_ANNOTATION,
  currentTraffic,
  isRunTag,
  readinessOf,
  runTag,
  serviceSettingsDigest,
  statusOf,
  tagUrlOf,
  templateDigest,
  templateOf,
} from '../../src/deploy/service-state.js';

/** A service with `generation`, `observedGeneration` and a Ready condition. */
const service = (generation: number, observed: number | undefined, ready?: Resource): Resource => ({
  metadata: { generation, resourceVersion: 'rv-1' },
  status: {
    ...(observed === undefined ? {} : { observedGeneration: observed }),
    conditions: ready
      ? [
          { type: 'RoutesReady', status: 'True' },
          { type: 'Ready', ...ready },
        ]
      : [],
    url: 'https://svc.a.run.app',
    latestCreatedRevisionName: 'svc-2',
    latestReadyRevisionName: 'svc-1',
    traffic: [
      { revisionName: 'svc-1', percent: 100, latestRevision: true },
      { revisionName: 'svc-2', percent: 0, tag: 'pr-7', url: 'https://pr-7---svc.a.run.app' },
    ],
  },
  spec: {
    traffic: [
      { latestRevision: true, percent: 100 },
      { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
    ],
  },
});

describe('readiness', () => {
  test.each<[string, Resource, ReturnType<typeof readinessOf>]>([
    ['settled and ready', service(3, 3, { status: 'True' }), { settled: true, ready: 'True' }],
    [
      'settled and failed, with the reason',
      service(3, 3, { status: 'False', reason: 'HealthCheckContainerError', message: 'probe failed' }),
      { settled: true, ready: 'False', reason: 'HealthCheckContainerError', message: 'probe failed' },
    ],
    [
      'still on the previous generation',
      service(3, 2, { status: 'True' }),
      { settled: false, ready: 'True' },
    ],
    ['no status yet', service(1, undefined), { settled: false, ready: 'Unknown' }],
    ['an unknown status word', service(1, 1, { status: 'Maybe' }), { settled: true, ready: 'Unknown' }],
  ])('%s', (_, resource, expected) => {
    expect(readinessOf(resource)).toEqual(expected);
  });

  test('another condition by its type', () => {
    expect(readinessOf(service(3, 3, { status: 'False' }), 'RoutesReady').ready).toBe('True');
  });
});

describe('status and traffic', () => {
  test('the parts of the status the deploy stage reads', () => {
    expect(statusOf(service(4, 4))).toMatchObject({
      url: 'https://svc.a.run.app',
      latestCreated: 'svc-2',
      latestReady: 'svc-1',
      generation: 4,
      observedGeneration: 4,
      resourceVersion: 'rv-1',
    });
    expect(statusOf({})).toEqual({ url: '', traffic: [] });
  });

  test('the traffic as stored and as resolved', () => {
    expect(currentTraffic(service(1, 1))).toEqual({
      spec: [
        { latestRevision: true, percent: 100 },
        { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
      ],
      status: (service(1, 1)['status'] as { traffic: unknown[] }).traffic,
      latestReadyRevisionName: 'svc-1',
    });
    expect(currentTraffic({}).spec).toBeUndefined();
  });

  test.each<[string, string, string | undefined, string | undefined]>([
    ['the exact tag on the exact revision', 'svc-2', 'pr-7', 'https://pr-7---svc.a.run.app'],
    ["another revision's tag: never", 'svc-1', 'pr-7', undefined],
    ['no tag asked', 'svc-2', undefined, undefined],
    ['a tag nobody has', 'svc-2', 'pr-8', undefined],
  ])('tag URL: %s', (_, revision, tag, url) => {
    expect(tagUrlOf(service(1, 1), revision, tag)).toBe(url);
  });
});

describe('what makes a deploy unchanged', () => {
  const template = (name: string, extra: Resource = {}): Resource => ({
    metadata: { name, annotations: { a: '1', [TEMPLATE_DIGEST_ANNOTATION]: 'old', ...extra } },
    spec: { containers: [{ image: 'img', env: [{ name: 'X', value: '1' }] }] },
  });

  test.each<[string, Resource, Resource, boolean]>([
    ['only the pinned name differs', template('svc-1'), template('svc-2'), true],
    [
      'only our own digest annotation differs',
      template('svc-1'),
      template('svc-1', { [TEMPLATE_DIGEST_ANNOTATION]: 'new' }),
      true,
    ],
    [
      'keys in another order',
      template('a'),
      { spec: template('a')['spec'], metadata: template('a')['metadata'] },
      true,
    ],
    ['an annotation differs', template('svc-1'), template('svc-1', { a: '2' }), false],
  ])('template: %s → same digest: %s', (_, a, b, same) => {
    expect(templateDigest(a) === templateDigest(b)).toBe(same);
  });

  test.each<[string, Resource, Resource, boolean]>([
    ['the same labels and annotations', { labels: { app: 'x' } }, { labels: { app: 'x' } }, true],
    [
      'our own annotation aside',
      { annotations: { [SERVICE_DIGEST_ANNOTATION]: 'a' } },
      { annotations: { [SERVICE_DIGEST_ANNOTATION]: 'b' } },
      true,
    ],
    [
      'an ingress setting changed',
      { annotations: { 'run.googleapis.com/ingress': 'all' } },
      { annotations: { 'run.googleapis.com/ingress': 'internal' } },
      false,
    ],
  ])('service settings: %s → same digest: %s', (_, a, b, same) => {
    expect(serviceSettingsDigest(a) === serviceSettingsDigest(b)).toBe(same);
  });

  test("the template's revision and digest as stored", () => {
    expect(templateOf({ spec: { template: template('svc-9') } })).toMatchObject({
      revision: 'svc-9',
      digest: 'old',
    });
  });
});

describe("a run's own tag", () => {
  test.each<[string, string, string, RegExp]>([
    [
      'readable: the revision without the service',
      'postgrest',
      'postgrest-0c79ea7-9000000001-1',
      /^run-0c79ea7-9000000001-1$/,
    ],
    [
      'hashed when it would not fit with the service name',
      'a'.repeat(34),
      `${'a'.repeat(34)}-0c79ea7-9000000001-1`,
      /^run-[0-9a-f]{8}$/,
    ],
  ])('%s', (_, serviceName, revision, tag) => {
    const made = runTag(serviceName, revision);
    expect(made).toMatch(tag);
    expect(made.length + serviceName.length).toBeLessThanOrEqual(46);
    expect(isRunTag(made)).toBe(true);
  });

  test('a service name that leaves no room for a tag is an error that says what to do', () => {
    expect(() => runTag('a'.repeat(40), `${'a'.repeat(40)}-0c79ea7-9000000001-1`)).toThrow(
      /is too long for a tag of its own/,
    );
  });

  test('preview tags are not run tags', () => {
    expect(isRunTag('pr-12')).toBe(false);
  });
});
