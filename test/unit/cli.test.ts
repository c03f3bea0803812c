import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/commands.js';

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

const INVALID = 'test/fixtures/specs/invalid/seed-secret-path.yaml';

describe('pgrst-cloudrun validate', () => {
  test('the default template is valid: exit 0, no diagnostics', async () => {
    const result = await cli('validate', 'cloudbuild/service.yaml');
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/valid for PostgREST v14\.17/);
  });
  test('an invalid spec: exit 1, one FILE:LINE:COL: error: MESSAGE [RULE] per line', async () => {
    const result = await cli('validate', INVALID);
    expect(result.code).toBe(1);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^test\/fixtures\/specs\/invalid\/seed-secret-path\.yaml:28:\d+: error: PGRST_DB_URI sslkey=\/opt\/secrets\/key\.pem\/value has no secret volume under \/opt\/vault\/key\.pem\/value; .* \[pgrst\/secret-path\]$/,
    );
  });
  test('--postgrest-version selects the claim-key grammar', async () => {
    expect((await cli('validate', 'cloudbuild/service.yaml', '--postgrest-version', 'v16.0')).code).toBe(1);
    expect((await cli('validate', 'cloudbuild/service.yaml', '--postgrest-version', 'v12.2.12')).code).toBe(
      0,
    );
  });
  test('--var supplies values', async () => {
    const spec = 'test/fixtures/specs/invalid/unknown-variable.yaml';
    expect((await cli('validate', spec)).code).toBe(1);
    expect((await cli('validate', spec, '--var', 'DB_HOST=10.0.0.7')).code).toBe(0);
  });
  test.each([
    [[]],
    [['frobnicate']],
    [['validate']],
    [['validate', 'a.yaml', 'b.yaml']],
    [['validate', 'cloudbuild/service.yaml', '--var', 'NOEQUALS']],
    [['validate', 'cloudbuild/service.yaml', '--var', '1X=y']],
    [['validate', 'cloudbuild/service.yaml', '--postgrest-version', 'latest']],
    [['validate', 'cloudbuild/service.yaml', '--bogus']],
    [['validate', 'does-not-exist.yaml']],
    [['render', 'cloudbuild/service.yaml', '--format', 'toml']],
  ])('usage error %j: exit 2 with a message', async (argv) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^pgrst-cloudrun: .+/);
  });
});

describe('pgrst-cloudrun render', () => {
  const vars = [
    '--var',
    'IMAGE=r/p@sha256:' + 'a'.repeat(64),
    '--var',
    'SERVICE=api',
    '--var',
    'REVISION=x1',
    '--var',
    'PROJECT_ID=p',
  ];
  test('yaml keeps comments and reads back as the service', async () => {
    const result = await cli('render', 'cloudbuild/service.yaml', ...vars);
    expect(result.code).toBe(0);
    expect(result.out).toContain('# yaml-language-server');
    const service = parse(result.out, { version: '1.1' }) as {
      metadata: { name: string };
      spec: { template: { metadata: { name: string } } };
    };
    expect(service.metadata.name).toBe('api');
    expect(service.spec.template.metadata.name).toBe('api-x1');
  });
  test('json is what the API receives: integer strings become numbers, status is dropped', async () => {
    const result = await cli(
      'render',
      'test/fixtures/specs/valid/integer-strings-octal-modes.yaml',
      '--format',
      'json',
    );
    const service = JSON.parse(result.out) as {
      spec: {
        template: {
          spec: { containerConcurrency: unknown; volumes: { secret: { defaultMode?: number } }[] };
        };
      };
    };
    expect(service.spec.template.spec.containerConcurrency).toBe(80);
    expect(service.spec.template.spec.volumes[1]?.secret.defaultMode).toBe(0o400);
    const exported = JSON.parse(
      (await cli('render', 'test/fixtures/specs/valid/status-ignored.yaml', '--format', 'json')).out,
    ) as object;
    expect(exported).not.toHaveProperty('status');
  });
  test('built-ins must have values to render', async () => {
    const result = await cli('render', 'cloudbuild/service.yaml');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\[var\/unset\]/);
  });
});

describe('dist/cli.js', () => {
  test('the bundle runs as the bin and keeps the exit codes', () => {
    expect(spawnSync('node', ['dist/cli.js', 'validate', 'cloudbuild/service.yaml']).status).toBe(0);
    const invalid = spawnSync('node', ['dist/cli.js', 'validate', INVALID], { encoding: 'utf8' });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(/\[pgrst\/secret-path\]/);
    expect(spawnSync('node', ['dist/cli.js']).status).toBe(2);
    expect(execFileSync('node', ['dist/cli.js', '--help'], { encoding: 'utf8' })).toMatch(
      /^Usage: pgrst-cloudrun/,
    );
  });
});

describe('pgrst-cloudrun token', () => {
  const secretFile = (() => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'secret');
    writeFileSync(file, 'a-secret-of-at-least-thirty-two-characters\n');
    return file;
  })();

  test('prints a token PostgREST resolves to the role: claim key path, aud, ttl', async () => {
    const result = await cli(
      'token',
      '--role',
      'web_user',
      '--claim-key',
      '.my."jwt-claims"."postgrest-role"',
      '--secret-file',
      secretFile,
      '--aud',
      'api',
      '--ttl',
      '60',
    );
    expect(result.code).toBe(0);
    const { payload } = await jwtVerify(
      result.out.trim(),
      new TextEncoder().encode('a-secret-of-at-least-thirty-two-characters'),
      {
        audience: 'api',
      },
    );
    expect(payload['my']).toEqual({ 'jwt-claims': { 'postgrest-role': 'web_user' } });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
  });

  test('v16 defaults to $.role; --secret-env reads the secret from the environment', async () => {
    process.env['PGRST_TEST_SECRET'] = 'a-secret-of-at-least-thirty-two-characters';
    try {
      const result = await cli(
        'token',
        '--role',
        'r',
        '--secret-env',
        'PGRST_TEST_SECRET',
        '--postgrest-version',
        'v16.2',
      );
      expect(result.code).toBe(0);
      expect(decodeJwt(result.out.trim())['role']).toBe('r');
    } finally {
      delete process.env['PGRST_TEST_SECRET'];
    }
  });

  test.each([
    [['token', '--role', 'r'], /exactly one of --secret-env NAME and --secret-file FILE/],
    [['token', '--secret-file', 'x'], /token needs --role ROLE/],
    [
      ['token', '--role', 'r', '--secret-env', 'NOPE_NOT_SET'],
      /--secret-env NOPE_NOT_SET: that environment variable is not set/,
    ],
    [
      ['token', '--role', 'r', '--secret-file', '/nonexistent'],
      /--secret-file "\/nonexistent" cannot be read \(ENOENT\)/,
    ],
    [['token', '--role', 'r', '--secret-env', 'PATH', '--ttl', '7200'], /--ttl must be 1 to 3600 seconds/],
  ])('usage error %j: exit 2', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  test('a short secret or an impossible claim key: exit 1 with the reason', async () => {
    const short = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'secret');
    writeFileSync(short, 'short');
    expect((await cli('token', '--role', 'r', '--secret-file', short)).err).toMatch(
      /the JWT secret is 5 characters/,
    );
    const impossible = await cli(
      'token',
      '--role',
      'web_user',
      '--claim-key',
      '.roles[?(@ == "admin")]',
      '--secret-file',
      secretFile,
    );
    expect(impossible.code).toBe(1);
    expect(impossible.err).toMatch(/can never resolve to the role "web_user"/);
  });
});
