// Which revisions a tidy picks, as one table: the newest `keep` stay, every revision the service names stays, the
// revision this run deployed stays, and at most MAX_DELETIONS_PER_RUN go, oldest first. Pure: no Cloud Run.
import { describe, expect, test } from 'vitest';
import type { Resource } from '../../src/deploy/index.js';
import { MAX_DELETIONS_PER_RUN, referencedRevisions, tidyCandidates } from '../../src/deploy/index.js';

/** A revision of `service` as Cloud Run lists it: created at `second`, for configuration generation `generation`. */
function revision(
  name: string,
  second: number,
  more: { service?: string; generation?: number; deleting?: boolean } = {},
): Resource {
  return {
    metadata: {
      name,
      labels: {
        'serving.knative.dev/service': more.service ?? 'api',
        'serving.knative.dev/configurationGeneration': String(more.generation ?? second),
      },
      creationTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString().replace('.000Z', 'Z'),
      ...(more.deleting ? { deletionTimestamp: '2026-01-02T00:00:00Z' } : {}),
    },
  };
}

/** A service serving `serving`, with `tagged` entries at 0 %, its latest revision `latest`. */
function service(serving: string, latest: string, tagged: Record<string, string> = {}): Resource {
  const traffic = [
    { revisionName: serving, percent: 100 },
    ...Object.entries(tagged).map(([tag, revisionName]) => ({ revisionName, percent: 0, tag })),
  ];
  return {
    spec: { template: { metadata: { name: latest } }, traffic },
    status: { latestCreatedRevisionName: latest, latestReadyRevisionName: latest, traffic },
  };
}

const r = (n: number) => `api-r${String(n)}`;
const listed = (count: number) =>
  Array.from({ length: count }, (_, i) => revision(r(i + 1), i + 1)).reverse();

describe('which revisions a tidy deletes', () => {
  test.each<[string, Resource[], Resource, number, string[], string[]]>([
    [
      'all but the newest keep, oldest first',
      listed(6),
      service(r(6), r(6)),
      2,
      [],
      [r(1), r(2), r(3), r(4)],
    ],
    ['keep 0 deletes nothing', listed(6), service(r(6), r(6)), 0, [], []],
    ['fewer than keep: nothing', listed(3), service(r(3), r(3)), 5, [], []],
    [
      'tagged and serving revisions stay, however old',
      listed(6),
      service(r(2), r(6), { 'pr-1': r(1), 'pr-3': r(3) }),
      1,
      [],
      [r(4), r(5)],
    ],
    [
      'the revision this run deployed stays',
      listed(6),
      service(r(6), r(6)),
      1,
      [r(2)],
      [r(1), r(3), r(4), r(5)],
    ],
    [
      'the latest created stays though it serves nothing (a preview whose tag went)',
      listed(4),
      service(r(2), r(4)),
      1,
      [],
      [r(1), r(3)],
    ],
    [
      "another service's revisions and those being deleted are neither counted nor deleted",
      [
        revision('other-r9', 9, { service: 'other' }),
        revision(r(3), 3),
        revision(r(2), 2, { deleting: true }),
        revision(r(1), 1),
      ],
      service(r(3), r(3)),
      1,
      [],
      [r(1)],
    ],
    [
      'created within one second: the configuration generation decides which is newer',
      [
        revision(r(1), 5, { generation: 1 }),
        revision(r(3), 5, { generation: 3 }),
        revision(r(2), 5, { generation: 2 }),
      ],
      service(r(3), r(3)),
      1,
      [],
      [r(1), r(2)],
    ],
  ])('%s', (_, revisions, current, keep, protect, expected) => {
    expect(tidyCandidates(revisions, current, { service: 'api', keep, protect })).toEqual(expected);
  });

  test(`at most ${String(MAX_DELETIONS_PER_RUN)} a run, the oldest`, () => {
    const picked = tidyCandidates(listed(30), service(r(30), r(30)), { service: 'api', keep: 1 });
    expect(picked).toEqual(Array.from({ length: MAX_DELETIONS_PER_RUN }, (_, i) => r(i + 1)));
  });

  test('a latestRevision entry counts by the revision status resolves it to', () => {
    const current = {
      spec: { traffic: [{ latestRevision: true, percent: 100 }] },
      status: {
        traffic: [{ latestRevision: true, percent: 100, revisionName: r(5) }],
        latestCreatedRevisionName: r(6),
      },
    };
    expect([...referencedRevisions(current)].sort()).toEqual([r(5), r(6)]);
  });
});
