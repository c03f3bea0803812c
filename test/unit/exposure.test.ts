// The exposure check's pure core: what a role sees in PostgREST's OpenAPI root, how two views differ, how a change
// reads, and when exposure_policy stops a run; and the comparison over a transport, per role.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseExposurePolicy } from '../../src/config/index.js';
import type { ExposurePolicy, ExposureResult, PathChange } from '../../src/exposure/index.js';
import {
  compareExposure,
  describeChange,
  diffSurfaces,
  judgeExposure,
  surfaceOf,
  writeExposureFile,
} from '../../src/exposure/index.js';
import { renderExposureTable, renderSummary } from '../../src/report/index.js';

/** A document as PostgREST serves it: tables (columns; writable or not) and functions (arguments; volatile or not). */
function document(
  tables: Record<string, { columns: string[]; writable?: boolean }>,
  functions: Record<string, { args: string[]; volatile?: boolean }> = {},
) {
  const op = { responses: { 200: { description: 'OK' } } };
  return {
    swagger: '2.0',
    info: { title: 'PostgREST API', version: 'v14.17' },
    paths: {
      '/': { get: op },
      ...Object.fromEntries(
        Object.entries(tables).map(([name, t]) => [
          `/${name}`,
          t.writable === false ? { get: op } : { get: op, post: op, patch: op, delete: op },
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(functions).map(([name, f]) => {
          const post = {
            ...op,
            parameters: [
              {
                name: 'args',
                in: 'body',
                schema: { type: 'object', properties: Object.fromEntries(f.args.map((a) => [a, {}])) },
              },
            ],
          };
          const get = { ...op, parameters: f.args.map((a) => ({ name: a, in: 'query' })) };
          return [`/rpc/${name}`, f.volatile ? { post } : { get, post }];
        }),
      ),
    },
    definitions: Object.fromEntries(
      Object.entries(tables).map(([name, t]) => [
        name,
        { type: 'object', properties: Object.fromEntries(t.columns.map((c) => [c, { type: 'string' }])) },
      ]),
    ),
  };
}

const surface = (doc: unknown) => {
  const read = surfaceOf(doc);
  if (!read) throw new Error('not a document');
  return read;
};

describe('what a role sees (surfaceOf)', () => {
  test('paths but the root, their methods in order, a table’s columns, a function’s arguments', () => {
    const read = surfaceOf(
      document(
        { users: { columns: ['id', 'email'] }, stats: { columns: ['n'], writable: false } },
        {
          add: { args: ['a', 'b'] },
          touch: { args: ['note'], volatile: true },
        },
      ),
    );
    expect(read && Object.fromEntries(read)).toEqual({
      '/users': { methods: ['GET', 'POST', 'PATCH', 'DELETE'], columns: ['id', 'email'] },
      '/stats': { methods: ['GET'], columns: ['n'] },
      '/rpc/add': { methods: ['GET', 'POST'], columns: ['a', 'b'] },
      '/rpc/touch': { methods: ['POST'], columns: ['note'] },
    });
  });

  test.each([
    ['v12 with openapi-mode disabled', {}],
    ['an array', []],
    ['OpenAPI 3', { openapi: '3.0.0', paths: {} }],
    ['no paths', { swagger: '2.0' }],
  ])('%s is no document', (_, body) => {
    expect(surfaceOf(body)).toBeUndefined();
  });
});

describe('how two views differ (diffSurfaces, describeChange)', () => {
  const production = surface(
    document({ items: { columns: ['id', 'note'] }, old: { columns: ['id'] } }, { add: { args: ['a', 'b'] } }),
  );

  test.each<[string, ReturnType<typeof document>, string[]]>([
    [
      'nothing changed',
      document(
        { items: { columns: ['id', 'note'] }, old: { columns: ['id'] } },
        { add: { args: ['a', 'b'] } },
      ),
      [],
    ],
    [
      'a new table, a table gone',
      document(
        { items: { columns: ['id', 'note'] }, users: { columns: ['id', 'email'], writable: false } },
        { add: { args: ['a', 'b'] } },
      ),
      ['+GET /users (id, email)', '-GET, POST, PATCH, DELETE /old'],
    ],
    [
      'a column added and one removed, the writes gone',
      document(
        { items: { columns: ['id', 'secret'], writable: false }, old: { columns: ['id'] } },
        { add: { args: ['a', 'b'] } },
      ),
      ['/items: -POST, -PATCH, -DELETE, +columns (secret), -columns (note)'],
    ],
    [
      'a function turned volatile, another added',
      document(
        { items: { columns: ['id', 'note'] }, old: { columns: ['id'] } },
        {
          add: { args: ['a', 'b'], volatile: true },
          wipe: { args: [], volatile: true },
        },
      ),
      ['/rpc/add: -GET', '+POST /rpc/wipe'],
    ],
  ])('%s', (_, now, lines) => {
    expect(diffSurfaces(production, surface(now)).map((change) => describeChange(change))).toEqual(lines);
  });
});

describe('exposure_policy (parseExposurePolicy, judgeExposure)', () => {
  const grew: PathChange = {
    path: '/users',
    change: 'added',
    methodsAdded: ['GET'],
    methodsRemoved: [],
    columnsAdded: ['id', 'email'],
    columnsRemoved: [],
  };
  const column: PathChange = { ...grew, change: 'changed', methodsAdded: [], columnsAdded: ['ssn'] };
  const shrank: PathChange = {
    ...grew,
    change: 'removed',
    methodsAdded: [],
    columnsAdded: [],
    methodsRemoved: ['GET'],
  };
  const result = (anonymous: PathChange[], user: PathChange[], skipped?: string): ExposureResult => ({
    newUrl: 'https://run-x---postgrest.a.run.app',
    productionUrl: 'https://postgrest.a.run.app',
    roles: [
      { role: 'anonymous', anonymous: true, changes: anonymous, ...(skipped ? { skipped } : {}) },
      { role: 'web_user', anonymous: false, changes: user },
    ],
    changed: anonymous.length + user.length > 0,
  });

  test.each<[string, ExposureResult, ExposurePolicy, RegExp | undefined]>([
    ['report never stops a run', result([grew], [grew]), 'report', undefined],
    [
      'a path new to the anonymous role',
      result([grew], []),
      'fail-on-anon-growth',
      /anonymous: \+GET \/users \(id, email\)/,
    ],
    [
      'a column new to the anonymous role',
      result([column], []),
      'fail-on-anon-growth',
      /anonymous: \/users: \+columns \(ssn\)/,
    ],
    ['growth for a smoke role only, anon policy', result([], [grew]), 'fail-on-anon-growth', undefined],
    [
      'growth for a smoke role, any policy',
      result([], [grew]),
      'fail-on-any-growth',
      /web_user: \+GET \/users/,
    ],
    ['a path removed is no growth', result([shrank], [shrank]), 'fail-on-any-growth', undefined],
    [
      'a role not compared cannot fail the run',
      result([], [], 'HTTP 404 PGRST126'),
      'fail-on-any-growth',
      undefined,
    ],
  ])('%s', (_, found, policy, failure) => {
    const judged = judgeExposure(found, policy);
    if (failure) expect(judged).toMatch(failure);
    else expect(judged).toBeUndefined();
  });

  test('the input takes the three policies and names itself when wrong', () => {
    expect(parseExposurePolicy(' fail-on-anon-growth ', 'input `exposure_policy`')).toBe(
      'fail-on-anon-growth',
    );
    expect(() => parseExposurePolicy('strict', 'input `exposure_policy`')).toThrow(
      'input `exposure_policy` must be report, fail-on-anon-growth, fail-on-any-growth, not "strict"',
    );
  });

  test('the table: a row per change and per role not compared, escaped; nothing when nothing changed', () => {
    const table = renderExposureTable({
      ...result([grew], [], undefined),
      roles: [
        { role: 'anonymous', anonymous: true, changes: [{ ...grew, path: '/<b>x</b>' }] },
        {
          role: 'web_user',
          anonymous: false,
          skipped: "production's / answered HTTP 401 PGRST301",
          changes: [],
        },
      ],
    });
    expect(table).toContain('<td>anonymous</td><td><code>+GET /&lt;b&gt;x&lt;/b&gt; (id, email)</code></td>');
    expect(table).toContain(
      "<td>web_user</td><td>not compared: production's / answered HTTP 401 PGRST301</td>",
    );
    expect(renderExposureTable(result([], []))).toBe('');
    expect(
      renderSummary('s.yaml', { diagnostics: [], valid: true, timeline: [], exposure: result([], []) }),
    ).not.toContain('Exposure');
    expect(
      renderExposureTable({
        newUrl: 'u',
        skipped: 'a first deploy: nothing served production before it',
        roles: [],
        changed: false,
      }),
    ).toContain('a first deploy');
  });
});

describe('the comparison over HTTP (compareExposure)', () => {
  const NEW = 'https://run-a---postgrest.a.run.app';
  const PRODUCTION = 'https://postgrest.a.run.app';
  const answer = (status: number, body: unknown) => Promise.resolve({ status, text: JSON.stringify(body) });

  test('each role reads both sides with its own token; an unreadable side skips that role, saying which', async () => {
    const asked: string[] = [];
    const result = await compareExposure(
      {
        newUrl: NEW,
        productionUrl: PRODUCTION,
        tokens: { roles: ['web_user', 'admin'], token: (role) => Promise.resolve(`token-of-${role}`) },
      },
      {
        log: () => undefined,
        sleep: () => Promise.resolve(),
        transport: (url, request) => {
          const who = request.headers['authorization'] ?? 'nobody';
          asked.push(`${url} ${who}`);
          if (who === 'Bearer token-of-admin' && url.startsWith(NEW))
            return answer(404, { code: 'PGRST126', message: 'Root endpoint metadata is disabled' });
          if (who === 'nobody')
            return answer(200, document(url.startsWith(NEW) ? { users: { columns: ['id'] } } : {}));
          return answer(200, document({ items: { columns: ['id'] } }));
        },
      },
    );
    expect(asked.sort()).toEqual(
      [
        `${NEW}/ Bearer token-of-admin`,
        `${NEW}/ Bearer token-of-web_user`,
        `${NEW}/ nobody`,
        `${PRODUCTION}/ Bearer token-of-admin`,
        `${PRODUCTION}/ Bearer token-of-web_user`,
        `${PRODUCTION}/ nobody`,
      ].sort(),
    );
    expect(result.changed).toBe(true);
    expect(result.roles.map((r) => [r.role, r.changes.map((c) => describeChange(c)), r.skipped])).toEqual([
      ['anonymous', ['+GET, POST, PATCH, DELETE /users (id)'], undefined],
      ['web_user', [], undefined],
      [
        'admin',
        [],
        "the new revision's / answered HTTP 404 PGRST126: OpenAPI is disabled (openapi-mode disabled)",
      ],
    ]);
  });

  test('a transient answer is tried again; a lasting one is reported', async () => {
    let calls = 0;
    const result = await compareExposure(
      { newUrl: NEW, productionUrl: PRODUCTION },
      {
        log: () => undefined,
        sleep: () => Promise.resolve(),
        transport: (url) => {
          calls += 1;
          if (url.startsWith(PRODUCTION)) return answer(401, { code: 'PGRST302' });
          return calls < 3 ? answer(503, { code: 'PGRST002' }) : answer(200, document({}));
        },
      },
    );
    expect(result.roles[0]?.skipped).toBe("production's / answered HTTP 401 PGRST302");
  });

  test('the diff file: JSON with the revision, the policy and every role, no token', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'exposure-'));
    const file = writeExposureFile(
      {
        newUrl: NEW,
        productionUrl: PRODUCTION,
        roles: [{ role: 'anonymous', anonymous: true, changes: [] }],
        changed: false,
      },
      { directory, revision: 'postgrest-abc', policy: 'report' },
    );
    expect(file).toBe(path.join(directory, 'pgrst-exposure-postgrest-abc.json'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      revision: 'postgrest-abc',
      policy: 'report',
      changed: false,
      roles: [{ role: 'anonymous', changes: [] }],
    });
  });
});
