import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/commands.js';
import { BAD_SPECS } from '../support/bad-specs.js';
import { startCaptureServer } from '../support/capture-server.js';

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

describe('pgrst-cloudrun --version, help, and usage errors in three lines', () => {
  test.each([['--version'], ['-V'], ['version']])('%s prints the package version', async (flag) => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(flag)).toEqual({ code: 0, out: `pgrst-cloudrun ${version}\n`, err: '' });
  });
  test('help prints the whole usage; help COMMAND that entry only', async () => {
    expect((await cli('help')).out).toMatch(/^Usage: pgrst-cloudrun COMMAND[\s\S]*Options:/);
    const token = await cli('help', 'token');
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/^Usage: pgrst-cloudrun token --role ROLE/);
    expect(token.out).toContain('Print a JWT that PostgREST resolves to ROLE');
    expect(token.out).not.toContain('validate');
    expect((await cli('help', 'frobnicate')).code).toBe(2);
  });
  test.each([
    [
      ['validate'],
      'validate takes exactly one SPEC file',
      'Usage: pgrst-cloudrun validate SPEC',
      'help validate',
    ],
    [
      ['deploy', '--bogus'],
      'unknown option --bogus',
      'Usage: pgrst-cloudrun deploy [--INPUT VALUE]',
      'help deploy',
    ],
    [
      ['render', 'x.yaml', '--format'],
      '--format needs a value',
      'Usage: pgrst-cloudrun render SPEC',
      'help render',
    ],
    [['frobnicate'], 'unknown command "frobnicate"', 'Usage: pgrst-cloudrun validate|render|build', '--help'],
  ])('%j: the message, the one synopsis, and where the rest is', async (argv, message, synopsis, more) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    const lines = result.err.trimEnd().split('\n');
    expect(lines[0]).toBe(`pgrst-cloudrun: ${message}`);
    expect(lines[1]).toContain(synopsis);
    expect(lines.at(-1)).toBe(`Run 'pgrst-cloudrun ${more}' for details.`);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(result.err).not.toContain('Options:');
  });
});

describe('pgrst-cloudrun validate: a bad spec file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bad-spec-'));
  const write = (name: string, bytes: Buffer): string => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, bytes);
    return file;
  };

  test.each(BAD_SPECS.map((spec) => [spec.name, spec] as const))(
    '%s: exit 1 with one diagnostic at its line, and no stack trace',
    async (name, spec) => {
      const file = write(name, spec.bytes());
      const result = await cli('validate', file);
      expect(result.code).toBe(1);
      expect(result.err).toBe('');
      const lines = result.out.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const [line = ''] = lines;
      expect(line.startsWith(`${file}:${String(spec.line)}:`), line).toBe(true);
      expect(line).toMatch(/^[^:]+:\d+:\d+: error: /);
      expect(line).toMatch(spec.message);
      expect(line.endsWith(` [${spec.rule}]`), line).toBe(true);
    },
  );

  test('render refuses it too: the diagnostic on stderr, nothing on stdout', async () => {
    const latin1 = BAD_SPECS.find((spec) => spec.name === 'Latin-1');
    if (!latin1) throw new Error('case missing');
    const result = await cli('render', write('render-latin1', latin1.bytes()), '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/: error: the file is not UTF-8: byte 0xE9 .*\[yaml\/encoding\]\n$/);
  });

  test.each([
    [
      'a directory',
      () => dir,
      /^pgrst-cloudrun: SPEC: ".*" is a directory; name the service YAML file in it/,
    ],
    [
      'a missing file',
      () => path.join(dir, 'missing.yaml'),
      /^pgrst-cloudrun: SPEC: ".*missing\.yaml" cannot be read \(ENOENT\)/,
    ],
  ])('%s: a usage error naming SPEC, exit 2', async (_, make, message) => {
    const result = await cli('validate', make());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});

describe('pgrst-cloudrun deploy: a bad spec file', () => {
  // deploy takes the spec from the working directory, as the action takes it from the workspace.
  mkdirSync('.scratch', { recursive: true });
  const dir = mkdtempSync(path.join('.scratch', 'cli-deploy-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'pgrst-outside-'));
  const latin1 = BAD_SPECS.find((spec) => spec.name === 'Latin-1');
  if (!latin1) throw new Error('case missing');
  writeFileSync(path.join(dir, 'latin1.yaml'), latin1.bytes());
  writeFileSync(path.join(dir, 'token'), 'test-access-token');
  writeFileSync(path.join(outside, 'service.yaml'), readFileSync('cloudbuild/service.yaml'));
  symlinkSync(path.join(outside, 'service.yaml'), path.join(dir, 'link.yaml'));
  mkdirSync(path.join(dir, 'deploy'));

  let server: Awaited<ReturnType<typeof startCaptureServer>>;
  const names = ['RUN', 'CLOUDBUILD', 'SECRETMANAGER'].map((api) => `CLOUDSDK_API_ENDPOINT_OVERRIDES_${api}`);
  const saved = new Map(
    [...names, 'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE'].map((name) => [name, process.env[name]]),
  );
  beforeAll(async () => {
    // Every Google API points at a server that records what it receives.
    server = await startCaptureServer();
    for (const name of names) process.env[name] = server.url;
    process.env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE'] = path.join(dir, 'token');
  });
  afterAll(async () => {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const deploy = (spec: string) =>
    cli(
      'deploy',
      '--spec',
      spec,
      '--project-id',
      'demo-project',
      '--region',
      'europe-west1',
      '--service',
      'postgrest',
      '--image',
      `europe-west1-docker.pkg.dev/demo-project/postgrest/postgrest@sha256:${'a'.repeat(64)}`,
      '--smoke',
      'false',
      '--wait-timeout',
      '1',
    );

  test('a spec that is not UTF-8: exit 1 with the diagnostic, and nothing is sent', async () => {
    const spec = path.join(dir, 'latin1.yaml');
    const result = await deploy(spec);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${spec}:${String(latin1.line)}:`);
    expect(result.err).toMatch(/error: the file is not UTF-8: byte 0xE9 .*\[yaml\/encoding\]/);
    expect(result.err).toMatch(/was refused before parsing: nothing was sent to Google Cloud/);
    expect(server.requests).toEqual([]);
  });

  test.each([
    ['a directory', path.join(dir, 'deploy'), /^pgrst-cloudrun: --spec: ".*deploy" is a directory/],
    [
      'a link out of the working directory',
      path.join(dir, 'link.yaml'),
      /^pgrst-cloudrun: --spec: ".*link\.yaml" leads through a symbolic link to .*, outside /,
    ],
    [
      'a path out of the working directory',
      '../x.yaml',
      /^pgrst-cloudrun: --spec: ".*x\.yaml" points outside /,
    ],
  ])('%s: a usage error naming --spec, exit 2, and nothing is sent', async (_, spec, message) => {
    const result = await deploy(spec);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(server.requests).toEqual([]);
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

/** The bundled packages a dist/ file loads before it runs: in it and the chunks its static imports follow. */
function packagesLoadedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join('dist', file), 'utf8');
    // `import { … } from "./chunk.js"` and `import "./chunk.js"`.
    for (const [, from, bare] of text.matchAll(
      /^import\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm,
    )) {
      const chunk = from ?? bare;
      if (chunk) pending.push(chunk);
    }
    // esbuild marks where each bundled file starts: `// node_modules/<package>/…`.
    for (const [, name] of text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      if (name) packages.add(name);
  }
  return packages;
}

describe('dist/cli.js start-up', () => {
  test('`build` loads no YAML library, no @actions/exec and no Google library before it runs', () => {
    const loaded = packagesLoadedAtStart('cli-build.js');
    expect(loaded).toContain('fflate'); // the walk reaches the build's own chunk
    expect(
      [...loaded].filter((name) => /^(yaml|@actions\/exec|@actions\/io|google-|@google-cloud\/)/.test(name)),
    ).toEqual([]);
  });

  test('the commands that read specs do load the YAML library (the walk finds it where it is)', () => {
    expect(packagesLoadedAtStart('cli-spec.js')).toContain('yaml');
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
