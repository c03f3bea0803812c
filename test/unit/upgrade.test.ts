// `pgrst-cloudrun upgrade`: what a release changes for a spec, the spec rewritten with only those scalars changed
// (comments, blank lines and layout byte for byte), the marker line, and the deploy's warning when the target is a
// major ahead of it. Fixtures written after the patterns of real specs (test/fixtures/upgrade).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { query } from 'jsonpath-rfc9535';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/commands.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { checkSpec, planUpgrade } from '../../src/spec/index.js';
import { standinRole } from '../support/postgrest-server.js';

const v = (tag: string): PostgrestVersion => {
  const version = parsePostgrestVersion(tag);
  if (!version) throw new Error(tag);
  return version;
};
const V12 = 'test/fixtures/upgrade/v12-service.yaml';
const V14 = 'test/fixtures/upgrade/v14-service.yaml';
const read = (file: string) => readFileSync(file, 'utf8');

/** The lines of `after` that differ from `before`'s, as [line number, before, after]; lengths must match. */
function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i] ?? '']]));
}

describe('v12 -> v14', () => {
  const plan = planUpgrade({ file: V12, text: read(V12), to: v('v14.17') });

  test('old setting names are renamed; what needs a human is listed with its line', () => {
    expect(plan.changes.map((c) => [c.line, c.rule, c.from, c.to])).toEqual([
      [26, 'pgrst/setting', 'PGRST_DB_SCHEMA', 'PGRST_DB_SCHEMAS'],
      [32, 'pgrst/setting', 'PGRST_ROLE_CLAIM_KEY', 'PGRST_JWT_ROLE_CLAIM_KEY'],
    ]);
    expect(plan.findings.map((f) => [f.line, f.rule])).toEqual([
      [31, 'pgrst/jwt-secret'],
      [34, 'pgrst/setting'],
      [38, 'pgrst/admin-port'],
    ]);
    expect(plan.findings[0]?.message).toBe(
      'PGRST_JWT_SECRET is 20 characters: PostgREST v14.17 refuses to start with fewer than 32 ("The JWT secret must be at least 32 characters long.")',
    );
    // A replacement that reads its value differently is never renamed blindly.
    expect(plan.findings[1]?.message).toContain(
      'PGRST_JWT_CACHE_MAX_LIFETIME was removed in PostgREST v14.0',
    );
    expect(plan.findings[2]?.message).toBe(
      'PGRST_ADMIN_SERVER_PORT 3000 is the server port: PostgREST v14.17 refuses to start',
    );
  });

  test('the rewrite changes those scalars only, comments and blank lines byte for byte, and adds the marker', () => {
    const original = read(V12);
    expect(plan.text.startsWith('# pgrst-cloudrun: postgrest v14.17\n')).toBe(true);
    const body = plan.text.slice(plan.text.indexOf('\n') + 1);
    expect(changedLines(original, body)).toEqual([
      [26, '            - name: PGRST_DB_SCHEMA', '            - name: PGRST_DB_SCHEMAS'],
      [
        32,
        '            - name: PGRST_ROLE_CLAIM_KEY    # the old name of jwt-role-claim-key',
        '            - name: PGRST_JWT_ROLE_CLAIM_KEY    # the old name of jwt-role-claim-key',
      ],
    ]);
  });
});

describe('v14 -> v16', () => {
  test.each([
    ['v16.2', 'logs that this claim key syntax is deprecated'],
    ['v16.0', 'fails to start with this claim key'],
  ])(
    '%s: the v13 filter is rewritten as RFC 9535 JSONPath, quoting kept, the marker replaced',
    (tag, why) => {
      const original = read(V14);
      const plan = planUpgrade({ file: V14, text: original, to: v(tag) });
      expect(plan.validatedFor?.tag).toBe('v14.17');
      expect(plan.findings).toEqual([]);
      expect(plan.changes).toHaveLength(1);
      expect(plan.changes[0]?.why).toContain(why);
      expect(changedLines(original, plan.text)).toEqual([
        [1, '# pgrst-cloudrun: postgrest v14.17', `# pgrst-cloudrun: postgrest ${tag}`],
        [
          23,
          '              value: ".realm_access.roles[?(@ ^== \\"api_\\")]"',
          '              value: "$.realm_access.roles[?match(@, \\"api_.*\\")]"',
        ],
      ]);
      // The rewritten spec is valid for the target, with no claim key warning; the new key picks the role the old did.
      const checked = checkSpec({
        file: V14,
        text: plan.text,
        variables: new Map(),
        postgrestVersion: v(tag),
        allowUnsetBuiltins: true,
      });
      expect(checked.diagnostics.filter((d) => d.rule === 'pgrst/role-claim-key')).toEqual([]);
      const claims = { realm_access: { roles: ['offline_access', 'api_reader', 'api_writer'] } };
      const [change] = plan.changes;
      expect(query(claims as never, change?.to ?? '')[0]).toBe('api_reader');
      expect(standinRole(claims, change?.from ?? '', v('v14.17'))).toBe('api_reader');
    },
  );
});

describe('pgrst-cloudrun upgrade', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'upgrade-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await main(argv, {
      out: (t) => (out += t),
      err: (t) => (err += t),
      readFile: (p) => readFileSync(p, 'utf8'),
    });
    return { code, out, err };
  }

  test('lists, then --write rewrites in place; a second run has nothing left: exit 1, then 0', async () => {
    const file = path.join(dir, 'service.yaml');
    writeFileSync(file, read(V14));
    const listed = await cli('upgrade', file, '--to', 'v16.2');
    expect(listed.code).toBe(1);
    expect(listed.out).toBe(
      `${file}:23:22: change: ".realm_access.roles[?(@ ^== \\"api_\\")]" -> "$.realm_access.roles[?match(@, \\"api_.*\\")]": PostgREST v16.2 logs that this claim key syntax is deprecated: RFC 9535 JSONPath is the form it documents [pgrst/role-claim-key]\n`,
    );
    expect(read(file)).toBe(read(V14));
    const written = await cli('upgrade', file, '--to', 'v16.2', '--write');
    expect(written.code).toBe(0);
    expect(written.err).toContain('from PostgREST v14.17 to v16.2: 1 change(s) written, 0 finding(s)');
    expect(read(file)).not.toBe(read(V14));
    const again = await cli('upgrade', file, '--to', 'v16.2');
    expect([again.code, again.out]).toEqual([0, '']);
  });

  test('findings for a human: exit 1 even with --write; the changes it can make are made', async () => {
    const file = path.join(dir, 'v12.yaml');
    writeFileSync(file, read(V12));
    const result = await cli('upgrade', file, '--to', 'v14.17', '--write', '--from', 'v12.2.12');
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter((l) => l.includes(': error: '))).toHaveLength(3);
    expect(read(file)).toContain('- name: PGRST_DB_SCHEMAS\n');
  });

  test.each([
    [['upgrade', V14], 'upgrade needs --to vX.Y'],
    [['upgrade', '--to', 'v16.2'], 'upgrade takes exactly one SPEC file'],
    [['upgrade', V14, '--to', 'v14.17', '--from', 'v16.2'], 'upgrade goes forward only'],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe('the deploy warns when postgrest_version is a major ahead of the marker (pgrst/upgrade)', () => {
  const check = (text: string, tag: string) =>
    checkSpec({
      file: 'service.yaml',
      text,
      variables: new Map(),
      postgrestVersion: v(tag),
      allowUnsetBuiltins: true,
    }).diagnostics.filter((d) => d.rule === 'pgrst/upgrade');

  test('v14.17 marker, v16.2 target: a warning on the marker line with the command that upgrades', () => {
    expect(check(read(V14), 'v16.2')).toEqual([
      expect.objectContaining({
        line: 1,
        severity: 'warning',
        message:
          'this spec was last upgraded for PostgREST v14.17 (its "# pgrst-cloudrun: postgrest" line), and postgrest_version is v16.2, a major release ahead: what v16.2 changes may apply to it',
        fix: 'run pgrst-cloudrun upgrade service.yaml --to v16.2',
      }),
    ]);
  });

  test('the same major, or no marker: nothing', () => {
    expect(check(read(V14), 'v14.17')).toEqual([]);
    expect(check(read(V12), 'v16.2')).toEqual([]);
  });
});
