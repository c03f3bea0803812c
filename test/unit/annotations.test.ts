import { describe, expect, test } from 'vitest';
import type { AnnotationLevel } from '../../src/spec/annotation-table.js';
import {
  annotationEntry,
  ANNOTATIONS,
  checkAnnotation,
  CLOUD_RUN_PREFIXES,
  parseContainerDependencies,
  suggestAnnotation,
} from '../../src/spec/annotation-table.js';
import { findCycle } from '../../src/spec/rules/cloudrun/container-dependencies.js';

/** A finding in short: `ok`, `level`, `value`, or `unknown` with its suggestion. */
function verdict(key: string, level: AnnotationLevel, value: string | undefined): string {
  const finding = checkAnnotation(key, level, value);
  if (!finding) return 'ok';
  if (finding.kind === 'unknown') return finding.suggestion ? `unknown → ${finding.suggestion}` : 'unknown';
  return finding.kind;
}

describe('the annotation table', () => {
  test('one entry per key, each under a Cloud Run prefix, with a level and an https source', () => {
    const keys = ANNOTATIONS.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of ANNOTATIONS) {
      expect(
        CLOUD_RUN_PREFIXES.some((p) => entry.key.startsWith(p)),
        entry.key,
      ).toBe(true);
      expect(['service', 'revision', 'both']).toContain(entry.level);
      expect(entry.source, entry.key).toMatch(/^https:\/\/\S+$/);
      expect(entry.value.describe.length, entry.key).toBeGreaterThan(2);
    }
  });

  test('a counterpart is the same setting at the other level', () => {
    for (const entry of ANNOTATIONS.filter((e) => e.counterpart !== undefined)) {
      const other = annotationEntry(entry.counterpart ?? '');
      expect(other?.counterpart, entry.key).toBe(entry.key);
      expect(other?.level, entry.key).toBe(entry.level === 'service' ? 'revision' : 'service');
    }
  });

  test('what the server adds to a Service is known at both levels or at the Service', () => {
    for (const entry of ANNOTATIONS.filter((e) => e.outputOnly)) expect(entry.level).not.toBe('revision');
  });
});

describe('level', () => {
  test.each([
    // key, written at, value, verdict
    ['run.googleapis.com/ingress', 'service', 'all', 'ok'],
    ['run.googleapis.com/ingress', 'revision', 'all', 'level'],
    ['run.googleapis.com/invoker-iam-disabled', 'revision', 'true', 'level'],
    ['run.googleapis.com/launch-stage', 'revision', 'BETA', 'level'],
    ['run.googleapis.com/minScale', 'service', '1', 'ok'],
    ['run.googleapis.com/minScale', 'revision', '1', 'level'],
    ['run.googleapis.com/scalingMode', 'revision', 'manual', 'level'],
    ['autoscaling.knative.dev/minScale', 'revision', '1', 'ok'],
    ['autoscaling.knative.dev/maxScale', 'service', '10', 'level'],
    ['run.googleapis.com/cpu-throttling', 'service', 'false', 'level'],
    ['run.googleapis.com/startup-cpu-boost', 'service', 'true', 'level'],
    ['run.googleapis.com/execution-environment', 'service', 'gen2', 'level'],
    ['run.googleapis.com/cloudsql-instances', 'service', 'p:europe-west1:db', 'level'],
    ['run.googleapis.com/vpc-access-connector', 'service', 'db', 'level'],
    ['run.googleapis.com/network-interfaces', 'service', '[{"network":"default"}]', 'level'],
    ['run.googleapis.com/container-dependencies', 'service', '{"a":["b"]}', 'level'],
    ['run.googleapis.com/sessionAffinity', 'service', 'true', 'level'],
    ['run.googleapis.com/gpu-zonal-redundancy-disabled', 'service', 'true', 'level'],
    ['run.googleapis.com/base-images', 'service', '{"":"us-central1-docker.pkg.dev/x/y/z"}', 'ok'],
    ['run.googleapis.com/base-images', 'revision', '{"":"us-central1-docker.pkg.dev/x/y/z"}', 'ok'],
    // What exports carry: accepted back where Cloud Run put it.
    ['run.googleapis.com/ingress-status', 'service', 'all', 'ok'],
    ['run.googleapis.com/urls', 'service', '["https://api-1.europe-west1.run.app"]', 'ok'],
    ['run.googleapis.com/operation-id', 'service', '5b1f0c3e', 'ok'],
    ['run.googleapis.com/client-name', 'revision', 'gcloud', 'ok'],
    ['run.googleapis.com/client-version', 'service', '528.0.0', 'ok'],
    ['serving.knative.dev/creator', 'service', 'me@example.com', 'ok'],
    ['serving.knative.dev/lastModifier', 'revision', 'me@example.com', 'ok'],
    // Not Cloud Run's: never checked.
    ['example.com/anything', 'service', 'whatever', 'ok'],
    ['client.knative.dev/user-image', 'revision', 'gcr.io/x/y', 'ok'],
    ['run.googleapis.com', 'service', 'no slash, no prefix', 'ok'],
  ] as const)('%s on the %s: %s → %s', (key, level, value, expected) => {
    expect(verdict(key, level, value)).toBe(expected);
  });
});

describe('value grammar', () => {
  test.each([
    ['run.googleapis.com/ingress', 'service', 'internal-and-cloud-load-balancing', 'ok'],
    ['run.googleapis.com/ingress', 'service', 'public', 'value'],
    ['run.googleapis.com/launch-stage', 'service', 'BETA', 'ok'],
    ['run.googleapis.com/launch-stage', 'service', 'beta', 'value'],
    ['run.googleapis.com/description', 'service', 'd'.repeat(512), 'ok'],
    ['run.googleapis.com/description', 'service', 'd'.repeat(513), 'value'],
    ['run.googleapis.com/scalingMode', 'service', 'manual', 'ok'],
    ['run.googleapis.com/scalingMode', 'service', 'Manual', 'value'],
    ['run.googleapis.com/manualInstanceCount', 'service', '0', 'ok'],
    ['run.googleapis.com/custom-audiences', 'service', '["https://api.example.com"]', 'ok'],
    ['run.googleapis.com/custom-audiences', 'service', 'https://api.example.com', 'value'],
    ['run.googleapis.com/invoker-iam-disabled', 'service', 'True', 'value'],
    ['autoscaling.knative.dev/maxScale', 'revision', '100', 'ok'],
    ['autoscaling.knative.dev/maxScale', 'revision', 'ten', 'value'],
    ['autoscaling.knative.dev/minScale', 'revision', '-1', 'value'],
    ['run.googleapis.com/cpu-throttling', 'revision', 'false', 'ok'],
    ['run.googleapis.com/cpu-throttling', 'revision', 'no', 'value'],
    ['run.googleapis.com/execution-environment', 'revision', 'gen2', 'ok'],
    ['run.googleapis.com/execution-environment', 'revision', 'second', 'value'],
    ['run.googleapis.com/vpc-access-egress', 'revision', 'all', 'ok'],
    ['run.googleapis.com/vpc-access-egress', 'revision', 'all-traffic', 'ok'],
    ['run.googleapis.com/vpc-access-egress', 'revision', 'private', 'value'],
    ['run.googleapis.com/vpc-access-connector', 'revision', 'db-connector', 'ok'],
    [
      'run.googleapis.com/vpc-access-connector',
      'revision',
      'projects/p/locations/europe-west1/connectors/db',
      'ok',
    ],
    ['run.googleapis.com/vpc-access-connector', 'revision', 'projects/p/connectors/db', 'value'],
    ['run.googleapis.com/cloudsql-instances', 'revision', 'my-project:europe-west1:main', 'ok'],
    ['run.googleapis.com/cloudsql-instances', 'revision', 'a-proj:us-central1:one,b-proj:us-east4:two', 'ok'],
    ['run.googleapis.com/cloudsql-instances', 'revision', 'example.com:proj:europe-west1:main', 'ok'],
    ['run.googleapis.com/cloudsql-instances', 'revision', 'main', 'value'],
    ['run.googleapis.com/cloudsql-instances', 'revision', 'my-project:europe-west1:main,', 'value'],
    ['run.googleapis.com/network-interfaces', 'revision', '[{"network":"default","subnetwork":"s"}]', 'ok'],
    ['run.googleapis.com/network-interfaces', 'revision', '[{"subnetwork":"s","tags":["a"]}]', 'ok'],
    ['run.googleapis.com/network-interfaces', 'revision', '{"network":"default"}', 'value'],
    ['run.googleapis.com/network-interfaces', 'revision', '[]', 'value'],
    ['run.googleapis.com/container-dependencies', 'revision', '{"postgrest":["proxy"]}', 'ok'],
    ['run.googleapis.com/container-dependencies', 'revision', '{app: [collector]}', 'ok'],
    ['run.googleapis.com/container-dependencies', 'revision', '{"postgrest":"proxy"}', 'value'],
    ['run.googleapis.com/container-dependencies', 'revision', '["proxy"]', 'value'],
    ['run.googleapis.com/container-dependencies', 'revision', '{"a":[', 'value'],
    ['run.googleapis.com/secrets', 'revision', 'db:projects/123/secrets/db-uri', 'ok'],
    ['run.googleapis.com/secrets', 'revision', 'a:projects/p/secrets/a,b:projects/p/secrets/b', 'ok'],
    ['run.googleapis.com/secrets', 'revision', 'DB_URI=db-uri:latest', 'value'],
    [
      'run.googleapis.com/encryption-key',
      'revision',
      'projects/p/locations/europe/keyRings/r/cryptoKeys/k',
      'ok',
    ],
    ['run.googleapis.com/encryption-key', 'revision', 'my-key', 'value'],
    ['run.googleapis.com/post-key-revocation-action-type', 'revision', 'SHUTDOWN', 'ok'],
    ['run.googleapis.com/post-key-revocation-action-type', 'revision', 'shutdown', 'value'],
    ['run.googleapis.com/scaling-cpu-target', 'revision', '0.7', 'ok'],
    ['run.googleapis.com/scaling-cpu-target', 'revision', 'disabled', 'ok'],
    ['run.googleapis.com/scaling-cpu-target', 'revision', '0.05', 'value'],
    ['run.googleapis.com/scaling-concurrency-target', 'revision', '70%', 'value'],
    ['run.googleapis.com/mesh', 'revision', 'projects/p/locations/global/meshes/m', 'ok'],
    ['run.googleapis.com/mesh', 'revision', 'm', 'value'],
    ['run.googleapis.com/base-images', 'revision', 'us-central1-docker.pkg.dev/x/y/z', 'value'],
    // A value still holding ${NAME} is passed as undefined: not checked.
    ['run.googleapis.com/execution-environment', 'revision', undefined, 'ok'],
  ] as const)('%s on the %s: %j → %s', (key, level, value, expected) => {
    expect(verdict(key, level, value)).toBe(expected);
  });

  test('a bad value is described and its fix says how the value is written', () => {
    const finding = checkAnnotation('run.googleapis.com/startup-cpu-boost', 'revision', 'yes');
    expect(finding).toMatchObject({ kind: 'value', problem: 'is not "true" or "false"' });
    expect(finding?.kind === 'value' && finding.entry.value.describe).toBe('"true" | "false" (quoted)');
  });
});

describe('did you mean', () => {
  test.each([
    ['run.googleapis.com/cpu-throtling', 'run.googleapis.com/cpu-throttling'],
    ['run.googleapis.com/ingres', 'run.googleapis.com/ingress'],
    ['run.googleapis.com/session-affinity', 'run.googleapis.com/sessionAffinity'],
    ['run.googleapis.com/sessionaffinity', 'run.googleapis.com/sessionAffinity'],
    ['run.googleapis.com/minscale', 'run.googleapis.com/minScale'],
    ['run.googleapis.com/execution-enviroment', 'run.googleapis.com/execution-environment'],
    ['run.googleapis.com/vpc-access-connectors', 'run.googleapis.com/vpc-access-connector'],
    ['run.googleapis.com/startup-cpu-bost', 'run.googleapis.com/startup-cpu-boost'],
    ['run.googleapis.com/containers-dependencies', 'run.googleapis.com/container-dependencies'],
    ['autoscaling.knative.dev/maxscale', 'autoscaling.knative.dev/maxScale'],
    ['autoscaling.knative.dev/min-scale', 'autoscaling.knative.dev/minScale'],
    ['serving.knative.dev/creater', 'serving.knative.dev/creator'],
    // Nothing close under the same prefix: the closest under another.
    ['autoscaling.knative.dev/cpu-throttling', 'run.googleapis.com/cpu-throttling'],
  ])('%s → %s', (key, suggestion) => {
    expect(suggestAnnotation(key)).toBe(suggestion);
    expect(verdict(key, 'revision', 'x')).toBe(`unknown → ${suggestion}`);
  });

  test.each([
    'autoscaling.knative.dev/target',
    'autoscaling.knative.dev/class',
    'serving.knative.dev/rollout-duration',
    'run.googleapis.com/service-account',
    'run.googleapis.com/foo',
  ])('%s: unknown, nothing close', (key) => {
    expect(verdict(key, 'revision', 'x')).toBe('unknown');
  });
});

describe('container start order', () => {
  test.each([
    ['{"postgrest":["proxy"]}', [['postgrest', ['proxy']]]],
    ['{app: [collector, proxy]}', [['app', ['collector', 'proxy']]]],
    [
      '{"a":[],"b":["a"]}',
      [
        ['a', []],
        ['b', ['a']],
      ],
    ],
  ])('%s', (text, entries) => {
    expect([...(parseContainerDependencies(text) ?? [])]).toEqual(entries);
  });

  test.each([['collector after postgrest'], ['[]'], ['{"a":"b"}'], ['{"a":[1]}'], ['{']])(
    '%s is not a start order',
    (text) => {
      expect(parseContainerDependencies(text)).toBeUndefined();
    },
  );

  test.each([
    [{ a: ['b'], b: [] }, undefined],
    [{ a: ['b', 'c'], b: ['c'], c: [] }, undefined],
    [{ a: ['a'] }, ['a', 'a']],
    [{ a: ['b'], b: ['a'] }, ['a', 'b', 'a']],
    [{ a: ['b'], b: ['c'], c: ['b'] }, ['b', 'c', 'b']],
    [{ a: ['missing'] }, undefined],
  ])('%j: cycle %j', (graph, cycle) => {
    expect(findCycle(new Map(Object.entries(graph)))).toEqual(cycle);
  });
});
