// The job summary, from a report: what GitHub shows on the run's page.
import { describe, expect, test } from 'vitest';
import type { PipelineReport } from '../../src/report/index.js';
import { formatDuration, renderSummary } from '../../src/report/index.js';

const deployed: PipelineReport = {
  diagnostics: [],
  valid: true,
  image: { image: 'europe-west1-docker.pkg.dev/p/r/postgrest@sha256:abc', built: false },
  revision: 'postgrest-abc1234-7-1',
  url: 'https://postgrest-xyz.a.run.app',
  previewUrl: 'https://pr-7---postgrest-xyz.a.run.app',
  changed: true,
  smoke: {
    passed: false,
    results: [
      { name: 'GET / -> 2xx', token: 'valid', status: 200, ms: 35, passed: true },
      {
        name: 'GET /todos -> 200 as web_user',
        token: 'valid',
        status: 401,
        code: 'PGRST301',
        ms: 1250,
        passed: false,
      },
    ],
    failure: 'the deployed revision rejected a correctly signed token: <check the secret>',
    keys: ['kid "2025-06"', 'kid "2024-11"'],
  },
  timeline: [
    { stage: 'Validating spec', start: 1000, end: 1012, ok: true },
    { stage: 'Deploying revision', start: 1012, end: 4512, ok: true },
    { stage: 'Smoke testing', start: 4512, end: 4512, ok: false },
  ],
};

describe('the job summary', () => {
  const summary = renderSummary('deploy/service.yaml', deployed);

  test('a table of what this run deployed, URLs as links', () => {
    expect(summary).toContain('<tr><th></th><th>This run</th></tr>');
    expect(summary).toContain(
      '<td>Image</td><td><code>europe-west1-docker.pkg.dev/p/r/postgrest@sha256:abc</code> (reused, no build)</td>',
    );
    expect(summary).toContain(
      '<td>Preview URL</td><td><a href="https://pr-7---postgrest-xyz.a.run.app">https://pr-7---postgrest-xyz.a.run.app</a></td>',
    );
    expect(summary).toContain('<td>Service URL</td><td><a href="https://postgrest-xyz.a.run.app">');
    expect(summary).toContain('<td>Smoke test</td><td><b>failed</b></td>');
  });

  test('each smoke check with its status, PostgREST code and time; the failure escaped', () => {
    expect(summary).toContain(
      '<tr><td>GET /todos -&gt; 200 as web_user</td><td>401</td><td>PGRST301</td><td>1.3 s</td><td><b>failed</b></td></tr>',
    );
    expect(summary).toContain('<td>35 ms</td><td>passed</td>');
    expect(summary).toContain('rejected a correctly signed token: &lt;check the secret&gt;');
    expect(summary).toContain(
      'Signed with each key of the JWT secret: kid &quot;2025-06&quot;, kid &quot;2024-11&quot;',
    );
  });

  test('a Mermaid gantt of the stages (a failed one marked crit, never zero-length), and the same in words', () => {
    expect(summary).toContain('  Validating spec :done, s0, 1000, 1012');
    expect(summary).toContain('  Smoke testing :crit, s2, 4512, 4513');
    expect(summary).toContain(
      'Validating spec 12 ms · Deploying revision 3.5 s · Smoke testing 0 ms (failed)',
    );
  });

  test('a spec that does not validate: its diagnostics, and nothing of a deploy', () => {
    const invalid = renderSummary('deploy/service.yaml', {
      valid: false,
      timeline: [],
      diagnostics: [
        {
          file: 'deploy/service.yaml',
          line: 28,
          column: 9,
          severity: 'error',
          message: 'sslkey=/opt/secrets/key.pem has no secret volume',
          fix: 'mount the key under /opt/vault',
          rule: 'pgrst/secret-path',
          path: 'spec.template.spec.containers[0].env[0].value',
        },
      ],
    });
    expect(invalid).toContain('<code>deploy/service.yaml</code>: <b>invalid</b>');
    expect(invalid).toContain(
      '<tr><td>deploy/service.yaml:28:9</td><td>error</td><td>sslkey=/opt/secrets/key.pem has no secret volume; mount the key under /opt/vault</td><td>pgrst/secret-path</td></tr>',
    );
    expect(invalid).not.toContain('Revision');
    expect(invalid).not.toContain('mermaid');
  });
});

describe('a dry run says so on every line of the summary', () => {
  const planned = (image: Partial<NonNullable<PipelineReport['image']>>): string =>
    renderSummary('deploy/service.yaml', {
      diagnostics: [],
      valid: true,
      timeline: [],
      dryRun: true,
      image: { built: false, planned: true, ...image },
      plan: 'PUT https://run.googleapis.com/... <service>',
    });

  test('the title, the image as planned (never "reused"), and the plan', () => {
    const summary = planned({ image: 'europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab' });
    expect(summary).toMatch(/^## PostgREST on Cloud Run: dry run, nothing was built, deployed or changed\n/);
    expect(summary).toContain(
      '<code>europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab</code> (planned: the dry run built and looked up nothing)',
    );
    expect(summary).not.toContain('reused');
    expect(summary).toContain('### Plan\n\n<pre>PUT https://run.googleapis.com/... &lt;service&gt;</pre>');
  });

  test("an assembled image's tag is not known before the sources are looked up: none is shown", () => {
    const summary = planned({});
    expect(summary).toContain(
      "<td>Image</td><td>planned: tagged from the sources' digests when it is assembled (the dry run looked up nothing)</td>",
    );
  });

  test('a real run has the plain title', () => {
    expect(renderSummary('deploy/service.yaml', deployed)).toMatch(/^## PostgREST on Cloud Run\n/);
  });
});

describe('more diagnostics than GitHub annotates', () => {
  const diagnostic = (severity: 'error' | 'warning', line: number) => ({
    file: 'deploy/service.yaml',
    line,
    column: 1,
    severity,
    message: `problem on line ${String(line)}`,
    fix: 'fix it',
    rule: 'pgrst/setting',
    path: 'spec',
  });
  const summaryOf = (errors: number, warnings: number): string =>
    renderSummary('deploy/service.yaml', {
      valid: false,
      timeline: [],
      diagnostics: [
        ...Array.from({ length: errors }, (_, i) => diagnostic('error', i + 1)),
        ...Array.from({ length: warnings }, (_, i) => diagnostic('warning', 100 + i)),
      ],
    });

  test('all are listed, and the summary says how many were not annotated', () => {
    const summary = summaryOf(13, 11);
    expect(summary.match(/<td>deploy\/service\.yaml:\d+:1<\/td>/g)).toHaveLength(24);
    expect(summary).toContain(
      'GitHub annotates at most 10 errors and 10 warnings of a step on the spec: 3 errors and 1 warning appear only in this table.',
    );
  });

  test('up to 10 of each kind: no note', () => {
    expect(summaryOf(10, 10)).not.toContain('GitHub annotates');
  });
});

test.each([
  [0, '0 ms'],
  [999.4, '999 ms'],
  [1000, '1.0 s'],
  [61_250, '61.3 s'],
])('formatDuration(%d) is %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

describe('the Preflight section', () => {
  const secret = 'projects/p/secrets/postgrest-client-cert/versions/3';
  const summary = renderSummary('deploy/service.yaml', {
    ...deployed,
    preflight: {
      checks: [
        {
          check: 'PEM',
          file: 'sslcert=/opt/secrets/c/client.crt',
          secret,
          verdict: 'passed',
          detail: '1 certificate: CN=authenticator',
        },
        {
          check: 'valid now',
          file: 'sslcert=/opt/secrets/c/client.crt',
          secret,
          verdict: 'warning',
          detail: 'expires on 2030-01-01, in 9 days',
        },
      ],
    },
  });

  test('each check, the secret version it read (name and version only) and its verdict, before the smoke checks', () => {
    expect(summary).toContain('### Preflight');
    expect(summary).toContain(
      '<tr><th>File</th><th>Check</th><th>Secret version</th><th>Verdict</th><th>Detail</th></tr>',
    );
    expect(summary).toContain(
      `<tr><td><code>sslcert=/opt/secrets/c/client.crt</code></td><td>valid now</td><td><code>${secret}</code></td><td><b>warning</b></td><td>expires on 2030-01-01, in 9 days</td></tr>`,
    );
    expect(summary.indexOf('### Preflight')).toBeLessThan(summary.indexOf('### Smoke checks'));
  });

  test('no section when the preflight did not run', () => {
    expect(renderSummary('deploy/service.yaml', deployed)).not.toContain('Preflight');
  });
});
