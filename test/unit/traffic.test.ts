import { describe, expect, test } from 'vitest';
import { revisionSuffix } from '../../src/deploy/index.js';
import type { CurrentTraffic, TrafficTarget } from '../../src/deploy/traffic.js';
import {
  noTrafficDeploy,
  pinTraffic,
  promote,
  sameTraffic,
  totalPercent,
  withoutTag,
} from '../../src/deploy/traffic.js';

/** A service serving `svc-1` through latestRevision, with pr-7 on svc-2 (another PR's preview). */
const serving: CurrentTraffic = {
  spec: [
    { latestRevision: true, percent: 100 },
    { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
  ],
  status: [
    { latestRevision: true, percent: 100, revisionName: 'svc-1' },
    { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
  ],
  latestReadyRevisionName: 'svc-2',
};

describe('deploying with no traffic', () => {
  test.each<[string, CurrentTraffic | undefined, string | undefined, TrafficTarget[]]>([
    [
      'a new service gets 100 % (no-traffic is impossible)',
      undefined,
      undefined,
      [{ revisionName: 'svc-3', percent: 100 }],
    ],
    [
      'a new service with a preview tag',
      undefined,
      'pr-8',
      [
        { revisionName: 'svc-3', percent: 100 },
        { revisionName: 'svc-3', percent: 0, tag: 'pr-8' },
      ],
    ],
    [
      'latestRevision is pinned to what it serves now, other tags stay',
      serving,
      undefined,
      [
        { revisionName: 'svc-1', percent: 100 },
        { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
      ],
    ],
    [
      'a new preview tag joins; the other PR keeps its tag',
      serving,
      'pr-8',
      [
        { revisionName: 'svc-1', percent: 100 },
        { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
        { revisionName: 'svc-3', percent: 0, tag: 'pr-8' },
      ],
    ],
    [
      'the same PR again moves its tag to the new revision',
      serving,
      'pr-7',
      [
        { revisionName: 'svc-1', percent: 100 },
        { revisionName: 'svc-3', percent: 0, tag: 'pr-7' },
      ],
    ],
    [
      'no spec.traffic means all to the latest ready revision',
      { spec: undefined, status: [{ latestRevision: true, percent: 100, revisionName: 'svc-1' }] },
      undefined,
      [{ revisionName: 'svc-1', percent: 100 }],
    ],
    [
      'a split stays split',
      {
        spec: [
          { revisionName: 'svc-1', percent: 90 },
          { revisionName: 'svc-2', percent: 10, tag: 'canary' },
        ],
        status: [],
      },
      'pr-9',
      [
        { revisionName: 'svc-1', percent: 90 },
        { revisionName: 'svc-2', percent: 10, tag: 'canary' },
        { revisionName: 'svc-3', percent: 0, tag: 'pr-9' },
      ],
    ],
  ])('%s', (_, current, tag, expected) => {
    const traffic = noTrafficDeploy(current, 'svc-3', tag);
    expect(traffic).toEqual(expected);
    expect(totalPercent(traffic)).toBe(100);
  });

  test('latestRevision with nothing ready cannot be pinned: a clear error', () => {
    expect(() => noTrafficDeploy({ spec: undefined, status: [] }, 'svc-3')).toThrow(/none is ready/);
  });
});

describe('promote, roll back, remove a tag', () => {
  test('promote: 100 % to the revision, every tag kept where it is', () => {
    expect(promote(serving, 'svc-3')).toEqual([
      { revisionName: 'svc-3', percent: 100 },
      { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
    ]);
  });

  test('roll back: the traffic before, pinned so a new revision cannot take it', () => {
    expect(pinTraffic(serving)).toEqual([
      { revisionName: 'svc-1', percent: 100 },
      { revisionName: 'svc-2', percent: 0, tag: 'pr-7' },
    ]);
  });

  test.each<[string, TrafficTarget[], TrafficTarget[]]>([
    [
      'a tag-only entry goes',
      [
        { revisionName: 'a', percent: 100 },
        { revisionName: 'b', percent: 0, tag: 'pr-1' },
      ],
      [{ revisionName: 'a', percent: 100 }],
    ],
    [
      'an entry with traffic stays, untagged',
      [{ revisionName: 'a', percent: 100, tag: 'pr-1' }],
      [{ revisionName: 'a', percent: 100 }],
    ],
    [
      'other tags are untouched',
      [
        { latestRevision: true, percent: 100 },
        { revisionName: 'b', percent: 0, tag: 'pr-2' },
      ],
      [
        { latestRevision: true, percent: 100 },
        { revisionName: 'b', percent: 0, tag: 'pr-2' },
      ],
    ],
  ])('remove a tag: %s', (_, before, after) => {
    expect(withoutTag(before, 'pr-1')).toEqual(after);
  });

  test('sameTraffic ignores order and an absent percent', () => {
    expect(
      sameTraffic(
        [
          { revisionName: 'a', percent: 100 },
          { revisionName: 'b', tag: 't' },
        ],
        [
          { revisionName: 'b', percent: 0, tag: 't' },
          { revisionName: 'a', percent: 100 },
        ],
      ),
    ).toBe(true);
    expect(sameTraffic(undefined, [{ latestRevision: true, percent: 100 }])).toBe(true);
    expect(sameTraffic([{ revisionName: 'a', percent: 100 }], [{ latestRevision: true, percent: 100 }])).toBe(
      false,
    );
  });
});

describe('revision names', () => {
  const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
  test.each([
    [{ service: 'postgrest', imageDigest: digest, runId: '42', runAttempt: '2', now: 0 }, '0123456-42-2'],
    [
      { service: 'postgrest', imageDigest: digest, now: 1_700_000_000_000, random: () => 0.5 },
      `0123456-${Math.floor(1_700_000_000).toString(36)}${(36 ** 3 / 2).toString(36)}`,
    ],
    [
      { service: 'a'.repeat(49), imageDigest: digest, runId: '123456', runAttempt: '1', now: 0 },
      '0123-123456-1',
    ],
    [{ service: 'a'.repeat(54), imageDigest: digest, runId: '123456', runAttempt: '1', now: 0 }, '123456-1'],
  ])('%j → %s', (input, suffix) => {
    expect(revisionSuffix(input)).toBe(suffix);
    expect(`${input.service}-${suffix}`.length).toBeLessThanOrEqual(63);
  });

  test('a name that cannot fit is an error', () => {
    expect(() => revisionSuffix({ service: 'a'.repeat(62), runId: '1', now: 0 })).toThrow(
      /not a DNS label of at most 63/,
    );
  });
});
