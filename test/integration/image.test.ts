// The real cloudbuild/Containerfile, built with buildah from local stand-ins of its base images, run with podman
// the way Cloud Run runs it: secrets mounted read-only at mode 0444 under /opt/vault, the image's user 1000, a
// database that accepts client certificates only.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PODMAN_RUN_FLAGS,
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
} from '../support/containers.js';
import { startTlsPostgres, type TlsPostgres } from '../support/postgres.js';

const IMAGE = 'localhost/pgrst-image-test:latest';
let store: ContainerStore;
let database: TlsPostgres;
let vault: string;
let counter = 0;

/** The template's secret layout; the CA uses the Kubernetes atomic-writer layout (a link into ..data). */
function makeVault(db: TlsPostgres): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-vault-'));
  chmodSync(dir, 0o755);
  const place = (relative: string, source: string): void => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, readFileSync(source));
    chmodSync(file, 0o444);
  };
  place('client-cert/client.crt', db.client.cert);
  place('client-key/client.key', db.client.key);
  place('server-ca/..2026_11_24/ca.crt', db.client.rootCa);
  symlinkSync('..2026_11_24', path.join(dir, 'server-ca/..data'));
  symlinkSync('..data/ca.crt', path.join(dir, 'server-ca/ca.crt'));
  return dir;
}

function databaseUri(certificates: string, overrides: Record<string, string> = {}): string {
  const parameters = new URLSearchParams({
    sslmode: 'verify-ca',
    sslcert: `${certificates}/client-cert/client.crt`,
    sslkey: `${certificates}/client-key/client.key`,
    sslrootcert: `${certificates}/server-ca/ca.crt`,
    ...overrides,
  });
  return `postgresql://${database.user}@127.0.0.1:${String(database.port)}/${database.database}?${parameters.toString()}`;
}

/** Create and start a container with the secret mounts; returns its name. */
async function start(env: Record<string, string>, args: string[] = []): Promise<string> {
  counter += 1;
  const name = `pgrst-image-test-${String(process.pid)}-${String(counter)}`;
  const mounts = ['client-cert', 'client-key', 'server-ca'].flatMap((secret) => [
    '--volume',
    `${path.join(vault, secret)}:/opt/vault/${secret}:ro`,
  ]);
  const environment = Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
  const result = await store.podman([
    'run',
    '--detach',
    '--name',
    name,
    '--network',
    'host',
    ...PODMAN_RUN_FLAGS,
    ...mounts,
    ...environment,
    IMAGE,
    ...args,
  ]);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return name;
}

/** Wait until the container's log has `count` lines matching `pattern`, or the container has exited. */
async function waitForLog(name: string, pattern: RegExp, count = 1): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const logs = await store.podman(['logs', name]);
    const text = logs.stdout + logs.stderr;
    const state = await store.podman(['inspect', '--format', '{{.State.Status}}', name]);
    const matches = text.split('\n').filter((line) => pattern.test(line)).length;
    if (matches >= count || state.stdout.trim() === 'exited') return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${String(pattern)} in the log of ${name}`);
}

async function exitCode(name: string): Promise<number> {
  await store.podman(['wait', name]);
  const state = await store.podman(['inspect', '--format', '{{.State.ExitCode}}', name]);
  return Number(state.stdout.trim());
}

async function exec(name: string, command: string): Promise<string> {
  const result = await store.podman(['exec', name, 'sh', '-c', command]);
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

beforeAll(async () => {
  store = createContainerStore();
  const [db] = await Promise.all([
    startTlsPostgres(),
    buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
    buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
  ]);
  database = db;
  vault = makeVault(database);
  const build = await store.buildah(
    ['bud', '--pull=never', '--platform', 'linux/amd64', '--build-arg', 'REVISION=abc123'].concat([
      '--file',
      'cloudbuild/Containerfile',
      '--tag',
      IMAGE,
      'cloudbuild',
    ]),
  );
  if (build.code !== 0) throw new Error(`buildah bud failed: ${build.stderr}`);
});

afterAll(async () => {
  const containers = await store.podman(['ps', '--all', '--quiet']);
  const ids = containers.stdout.split('\n').filter(Boolean);
  if (ids.length > 0) await store.podman(['rm', '--force', '--time', '0', ...ids]);
  await database.stop();
  store.remove();
});

describe('the image', () => {
  test('has the entrypoint, the user, the port, the platform and the OCI labels', async () => {
    const inspect = await store.buildah(['inspect', '--type', 'image', IMAGE]);
    const info = JSON.parse(inspect.stdout) as {
      OCIv1: {
        architecture: string;
        os: string;
        config: { User: string; Entrypoint: string[]; ExposedPorts: object; Labels: Record<string, string> };
      };
    };
    const { config } = info.OCIv1;
    expect([info.OCIv1.os, info.OCIv1.architecture]).toEqual(['linux', 'amd64']);
    expect(config.User).toBe('1000');
    expect(config.Entrypoint).toEqual(['/usr/local/bin/run.sh']);
    expect(Object.keys(config.ExposedPorts)).toEqual(['3000/tcp']);
    expect(config.Labels).toMatchObject({
      'org.opencontainers.image.version': 'v14.17',
      'org.opencontainers.image.revision': 'abc123',
      'org.opencontainers.image.source': 'https://github.com/PostgREST/postgrest',
    });
  });
});

describe('the entrypoint in a container, against a client-certificate-only PostgreSQL', () => {
  test('connects through the copies, runs PostgREST as PID 1, stops on SIGTERM, starts again', async () => {
    const name = await start({ PGRST_DB_URI: databaseUri('/opt/secrets'), PORT: '8080' });
    const first = await waitForLog(name, /Connection successful/);
    expect(first).toContain(`Connection successful: ${database.user} ssl=t`);
    expect(first).toContain('copied 3 secret file(s) from /opt/vault to /opt/secrets with mode 0600');
    // PostgREST ignores PORT: the entrypoint passes Cloud Run's port on.
    expect(first).toContain('Listening on port 8080');

    expect(await exec(name, 'cat /proc/1/comm')).toBe('postgrest');
    expect(await exec(name, 'find /opt/secrets | sort')).toBe(
      [
        '/opt/secrets',
        '/opt/secrets/client-cert',
        '/opt/secrets/client-cert/client.crt',
        '/opt/secrets/client-key',
        '/opt/secrets/client-key/client.key',
        '/opt/secrets/server-ca',
        '/opt/secrets/server-ca/ca.crt',
      ].join('\n'),
    );
    expect(await exec(name, 'stat -c "%a %u" /opt/secrets/client-key/client.key')).toBe('600 1000');
    expect(await exec(name, 'stat -c "%a %u" /opt/vault/client-key/client.key')).toBe('444 0');

    // Nothing of the secrets reaches the log: no content, no hash.
    for (const file of [database.client.key, database.client.cert, database.client.rootCa]) {
      const body = readFileSync(file, 'utf8');
      for (const line of body.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
        expect(first).not.toContain(line);
      }
      expect(first).not.toContain(createHash('sha256').update(body).digest('hex').slice(0, 8));
    }
    expect(first).not.toMatch(/sha256/);

    const stopStarted = process.hrtime.bigint();
    const stopped = await store.podman(['stop', '--time', '10', name]);
    const stopSeconds = Number(process.hrtime.bigint() - stopStarted) / 1e9;
    expect(stopped.code).toBe(0);
    expect(await exitCode(name)).toBe(0); // 0, not 137: PostgREST handled SIGTERM itself
    expect(stopSeconds).toBeLessThan(2);
    expect(await waitForLog(name, /Received SIGTERM/)).toContain('Received SIGTERM. Shutting down.');

    // Cloud Run may start the same instance again: the copies are replaced, not nested or stuck at 0444.
    expect((await store.podman(['start', name])).code).toBe(0);
    const second = await waitForLog(name, /Connection successful/, 2);
    expect(second.match(/Connection successful/g)).toHaveLength(2);
    expect(second).not.toContain('error');
    expect(await exec(name, 'find /opt/secrets -type f | wc -l')).toBe('3');
    expect(await exec(name, 'stat -c "%a %u" /opt/secrets/client-key/client.key')).toBe('600 1000');
  });

  test('pointing libpq straight at the read-only mounts fails as it would without the entrypoint', async () => {
    const name = await start({ PGRST_DB_URI: databaseUri('/opt/vault') });
    const log = await waitForLog(name, /Database connection error/);
    expect(await exitCode(name)).toBe(1);
    expect(log).toMatch(/private key file "\/opt\/vault\/client-key\/client.key" has group or world access/);
  });

  test('keeps an explicit PGRST_SERVER_PORT over PORT', async () => {
    const name = await start({
      PGRST_DB_URI: databaseUri('/opt/secrets'),
      PORT: '8080',
      PGRST_SERVER_PORT: '3000',
    });
    expect(await waitForLog(name, /Listening on port/)).toContain('Listening on port 3000');
  });

  test('fails fast, naming the file, when a certificate path of PGRST_DB_URI does not exist', async () => {
    const name = await start({
      PGRST_DB_URI: databaseUri('/opt/secrets', { sslkey: '/opt/secrets/client-key/tls.key' }),
    });
    const log = await waitForLog(name, /error/);
    expect(await exitCode(name)).toBe(1);
    expect(log).toContain(
      'run.sh: error: PGRST_DB_URI sets sslkey=/opt/secrets/client-key/tls.key, which does not exist: ' +
        'mount the secret so that /opt/vault/client-key/tls.key exists (it is copied to /opt/secrets/client-key/tls.key)',
    );
    expect(log).not.toContain('postgrest stand-in: started');
  });

  test('prints a short hash prefix of each copy only when PGRST_ENTRYPOINT_DEBUG=1', async () => {
    const name = await start({ PGRST_DB_URI: databaseUri('/opt/secrets'), PGRST_ENTRYPOINT_DEBUG: '1' });
    const log = await waitForLog(name, /Connection successful/);
    const key = createHash('sha256').update(readFileSync(database.client.key)).digest('hex');
    expect(log).toContain(`copied client-key/client.key (sha256 ${key.slice(0, 8)}...)`);
    expect(log).not.toContain(key.slice(0, 9));
  });
});
