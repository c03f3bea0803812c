// The entrypoint suite: an image of this action (built by whichever builder the test file chooses, from local
// stand-ins of its sources), run with podman the way Cloud Run runs it: secrets mounted read-only at mode 0444
// under /opt/vault, the image's user 1000, a database that accepts client certificates only.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PODMAN_RUN_FLAGS,
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
  type ToolResult,
} from './containers.js';
import { startTlsPostgres, type TlsPostgres } from './postgres.js';

/** The image under test in the suite's store, as `prepare` named it. */
let IMAGE = '';
let REVISION: string | RegExp = '';
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

/** The database's URI with the template's certificate paths under `certificates`; `null` leaves one out. */
function databaseUri(certificates: string, overrides: Record<string, string | null> = {}): string {
  const settings: Record<string, string | null> = {
    sslmode: 'verify-ca',
    sslcert: `${certificates}/client-cert/client.crt`,
    sslkey: `${certificates}/client-key/client.key`,
    sslrootcert: `${certificates}/server-ca/ca.crt`,
    ...overrides,
  };
  const parameters = new URLSearchParams(
    Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  return `postgresql://${database.user}@127.0.0.1:${String(database.port)}/${database.database}?${parameters.toString()}`;
}

/** The template's secret mounts: one read-only volume per secret, as Cloud Run mounts them. */
function secretMounts(): string[] {
  return ['client-cert', 'client-key', 'server-ca'].flatMap((secret) => [
    '--volume',
    `${path.join(vault, secret)}:/opt/vault/${secret}:ro`,
  ]);
}

/** `podman run` arguments for a new container named `name`, with the secret mounts (or `mounts`). */
function runArguments(name: string, env: Record<string, string>, args: string[], mounts: string[]): string[] {
  const environment = Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
  return [
    '--name',
    name,
    '--network',
    'host',
    ...PODMAN_RUN_FLAGS,
    ...mounts,
    ...environment,
    IMAGE,
    ...args,
  ];
}

function nextName(): string {
  counter += 1;
  return `pgrst-image-test-${String(process.pid)}-${String(counter)}`;
}

/** Create and start a container with the secret mounts (or `mounts`); returns its name. */
async function start(
  env: Record<string, string>,
  args: string[] = [],
  mounts: string[] = secretMounts(),
): Promise<string> {
  const name = nextName();
  const result = await store.podman(['run', '--detach', ...runArguments(name, env, args, mounts)]);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return name;
}

/** Wait until the container's log has `count` lines matching `pattern`, or the container has exited. */
async function waitForLog(name: string, pattern: RegExp, count = 1): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // The state first: a container that exits between the two reads has written its last lines
    // before the logs are read, so an exited container's log is whole.
    const state = await store.podman(['inspect', '--format', '{{.State.Status}}', name]);
    const logs = await store.podman(['logs', name]);
    const text = logs.stdout + logs.stderr;
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

/** Every file under `dir`, by its path relative to `dir`, with its content. */
function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = readFileSync(file, 'utf8');
  }
  return files;
}

/** How a container ended: its exit status, its log, the files it left under /opt/secrets and the names in /tmp. */
interface Outcome {
  readonly name: string;
  readonly code: number;
  readonly log: string;
  readonly secrets: Record<string, string>;
  readonly tmp: string[];
}

/** The outcome of a run in the foreground (`podman run` or `podman start --attach`), files read through `podman mount`. */
async function ended(name: string, run: ToolResult): Promise<Outcome> {
  const mounted = await store.podman(['mount', name]);
  if (mounted.code !== 0) throw new Error(`podman mount ${name} failed: ${mounted.stderr}`);
  try {
    const root = mounted.stdout.trim();
    return {
      name,
      code: run.code,
      log: run.stdout + run.stderr,
      secrets: readTree(path.join(root, 'opt/secrets')),
      tmp: readdirSync(path.join(root, 'tmp')),
    };
  } finally {
    await store.podman(['unmount', name]);
  }
}

/** Run a new container until it exits, with the secret mounts (or `mounts`). */
async function runToEnd(
  env: Record<string, string>,
  args: string[] = [],
  mounts: string[] = secretMounts(),
): Promise<Outcome> {
  const name = nextName();
  return ended(name, await store.podman(['run', ...runArguments(name, env, args, mounts)]));
}

/** The image under test: its name in `store` (pulled or built there) and the revision label it must carry. */
export type PrepareImage = (store: ContainerStore) => Promise<{ image: string; revision: string | RegExp }>;

/** Register the entrypoint suite for the image `prepare` makes from the stand-ins (already in `store`). */
export function entrypointSuite(prepare: PrepareImage): void {
  beforeAll(async () => {
    store = createContainerStore();
    const [db] = await Promise.all([
      startTlsPostgres(),
      buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
      buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
    ]);
    database = db;
    vault = makeVault(database);
    ({ image: IMAGE, revision: REVISION } = await prepare(store));
  }, 240_000);

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
          config: {
            User: string;
            Entrypoint: string[];
            ExposedPorts: object;
            Labels: Record<string, string>;
          };
        };
      };
      const { config } = info.OCIv1;
      expect([info.OCIv1.os, info.OCIv1.architecture]).toEqual(['linux', 'amd64']);
      expect(config.User).toBe('1000');
      expect(config.Entrypoint).toEqual(['/usr/local/bin/run.sh']);
      expect(Object.keys(config.ExposedPorts)).toEqual(['3000/tcp']);
      expect(config.Labels).toMatchObject({
        'org.opencontainers.image.version': 'v14.17',
        'org.opencontainers.image.revision':
          typeof REVISION === 'string' ? REVISION : (expect.stringMatching(REVISION) as unknown),
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
      expect(log).toMatch(
        /private key file "\/opt\/vault\/client-key\/client.key" has group or world access/,
      );
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

  /** Builds a vault as a test lays it out: files at mode 0444 and directories at 0755, as Cloud Run mounts them. */
  interface VaultLayout {
    file(relative: string, content?: string): void;
    link(relative: string, target: string): void;
  }

  /** Mounted at /opt/outside, next to the vault: its content must never reach /opt/secrets. */
  const OUTSIDE_CONTENT = 'outside-the-vault-3f9c2a7e\n';

  function layVault(dir: string, layout: (vault: VaultLayout) => void): void {
    const parent = (relative: string): void => {
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true, mode: 0o755 });
    };
    layout({
      file: (relative, content = `${relative}\n`) => {
        parent(relative);
        writeFileSync(path.join(dir, relative), content);
        chmodSync(path.join(dir, relative), 0o444);
      },
      link: (relative, target) => {
        parent(relative);
        symlinkSync(target, path.join(dir, relative));
      },
    });
  }

  describe('the entrypoint with hostile or odd names under /opt/vault', () => {
    let root: string; // holds the outside directory and every vault of these tests
    let outside: string;

    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'pgrst-hostile-'));
      chmodSync(root, 0o755);
      outside = path.join(root, 'outside');
      mkdirSync(outside, { mode: 0o755 });
      writeFileSync(path.join(outside, 'leak.txt'), OUTSIDE_CONTENT);
      chmodSync(path.join(outside, 'leak.txt'), 0o444);
    });

    afterAll(() => {
      rmSync(root, { recursive: true, force: true });
    });

    /** A fresh vault directory laid out by `layout`, and the mounts that show it at /opt/vault. */
    function hostileVault(layout: (vault: VaultLayout) => void): { dir: string; mounts: string[] } {
      const dir = mkdtempSync(path.join(root, 'vault-'));
      chmodSync(dir, 0o755);
      layVault(dir, layout);
      return {
        dir,
        mounts: ['--volume', `${dir}:/opt/vault:ro`, '--volume', `${outside}:/opt/outside:ro`],
      };
    }

    const outsideLink = (link: string, target: string): string =>
      `run.sh: error: /opt/vault/${link} is a symbolic link to '${target}', outside /opt/vault: ` +
      'only files inside /opt/vault are copied; mount the secret itself there';
    const brokenLink = (link: string, target: string): string =>
      `run.sh: error: /opt/vault/${link} is a symbolic link to '${target}', which cannot be followed ` +
      '(its target is missing, or the links form a loop): mount the secret itself there';

    // Each vault also holds a well-formed secret: a refused vault copies nothing, not even that one.
    test.each<{ case: string; layout: (vault: VaultLayout) => void; error: string | RegExp }>([
      {
        case: 'a link to a file outside the vault',
        layout: (v) => {
          v.link('secret/tls.key', '/opt/outside/leak.txt');
        },
        error: outsideLink('secret/tls.key', '/opt/outside/leak.txt'),
      },
      {
        case: 'a relative link that climbs out of the vault',
        layout: (v) => {
          v.link('secret/tls.key', '../../outside/leak.txt');
        },
        error: outsideLink('secret/tls.key', '/opt/outside/leak.txt'),
      },
      {
        case: 'a link to a directory outside the vault',
        layout: (v) => {
          v.link('secret/more', '/opt/outside');
        },
        error: outsideLink('secret/more', '/opt/outside'),
      },
      {
        case: 'an atomic-writer layout whose ..data leads out of the vault',
        layout: (v) => {
          v.link('secret/..data', '/opt/outside');
          v.link('secret/leak.txt', '..data/leak.txt');
        },
        error:
          /run\.sh: error: \/opt\/vault\/secret\/(\.\.data|leak\.txt) is a symbolic link to '\/opt\/outside(\/leak\.txt)?', outside \/opt\/vault: only files inside \/opt\/vault are copied/,
      },
      {
        case: 'a link to itself',
        layout: (v) => {
          v.link('secret/loop', 'loop');
        },
        error: brokenLink('secret/loop', 'loop'),
      },
      {
        case: 'two links to each other',
        layout: (v) => {
          v.link('secret/a', 'b');
          v.link('secret/b', 'a');
        },
        error:
          /run\.sh: error: \/opt\/vault\/secret\/(a|b) is a symbolic link to '(a|b)', which cannot be followed \(its target is missing, or the links form a loop\): mount the secret itself there/,
      },
      {
        case: 'a directory link back up into the vault',
        layout: (v) => {
          v.link('secret/up', '..');
        },
        error:
          'run.sh: error: /opt/vault/secret/up is a symbolic link back to /opt/vault, a directory it is reached ' +
          'through: the links form a loop; remove one of them',
      },
      {
        case: 'a link to a missing file',
        layout: (v) => {
          v.link('secret/tls.key', '..data/tls.key');
        },
        error: brokenLink('secret/tls.key', '..data/tls.key'),
      },
      {
        case: 'a newline in a file name',
        layout: (v) => {
          v.file('secret/tls\nkey');
        },
        error:
          "run.sh: error: '/opt/vault/secret/tls\\nkey' has a newline or another control character in its name " +
          "(shown escaped): rename the secret's file (items[].path in the service spec)",
      },
    ])('refuses $case with a clear error and copies nothing', async ({ layout, error }) => {
      const { mounts } = hostileVault((v) => {
        v.file('good/tls.crt');
        layout(v);
      });
      const result = await runToEnd({}, ['--version'], mounts);

      expect(Object.values(result.secrets)).not.toContain(OUTSIDE_CONTENT);
      expect(result.log).not.toContain(OUTSIDE_CONTENT.trim());
      expect(result.code).toBe(1);
      if (typeof error === 'string') expect(result.log).toContain(error);
      else expect(result.log).toMatch(error);
      expect(result.log.match(/run\.sh: error/g)).toHaveLength(1);
      expect(result.log).not.toContain('PostgREST stand-in'); // /bin/postgrest never ran
      expect(result.secrets).toEqual({});
      expect(result.tmp).toEqual([]); // the working list is removed on the way out
    });

    test('copies files whose names start with ".." or match its working list, each once, next to an atomic-writer layout', async () => {
      const { mounts } = hostileVault((v) => {
        v.file('.run-sh-files', 'a secret named like the old working list\n');
        v.file('secret/..odd.key', 'a file, not a hidden directory\n');
        v.file('secret/..2026_11_24/ca.crt', 'the CA\n');
        v.link('secret/..data', '..2026_11_24');
        v.link('secret/ca.crt', '..data/ca.crt');
        v.file('nested/..2026_11_24/dir/inner.pem', 'inside a linked directory\n');
        v.link('nested/..data', '..2026_11_24');
        v.link('nested/dir', '..data/dir');
        v.link('alias', 'nested');
      });
      const result = await runToEnd({}, ['--version'], mounts);

      expect(result.code).toBe(0);
      expect(result.log).toContain('PostgREST stand-in');
      expect(result.log).toContain('copied 5 secret file(s) from /opt/vault to /opt/secrets with mode 0600');
      expect(result.secrets).toEqual({
        '.run-sh-files': 'a secret named like the old working list\n',
        'secret/..odd.key': 'a file, not a hidden directory\n',
        'secret/ca.crt': 'the CA\n',
        'nested/dir/inner.pem': 'inside a linked directory\n',
        'alias/dir/inner.pem': 'inside a linked directory\n',
      });
      expect(result.tmp).toEqual([]);
    });

    test('replaces a directory left by an earlier start with a file, and a file with a directory', async () => {
      const { dir, mounts } = hostileVault((v) => {
        v.file('secret/x/inner.pem', 'first x/inner.pem\n');
        v.file('secret/y', 'first y\n');
      });
      const first = await runToEnd({}, ['--version'], mounts);
      expect(first.code).toBe(0);
      expect(first.secrets).toEqual({ 'secret/x/inner.pem': 'first x/inner.pem\n', 'secret/y': 'first y\n' });

      rmSync(path.join(dir, 'secret/x'), { recursive: true });
      rmSync(path.join(dir, 'secret/y'));
      layVault(dir, (v) => {
        v.file('secret/x', 'second x\n');
        v.file('secret/y/inner.pem', 'second y/inner.pem\n');
      });
      const second = await ended(first.name, await store.podman(['start', '--attach', first.name]));

      expect(second.code).toBe(0);
      expect(second.log).not.toContain('error');
      expect(second.log).toContain('copied 2 secret file(s) from /opt/vault to /opt/secrets with mode 0600');
      expect(second.secrets).toEqual({
        'secret/x': 'second x\n',
        'secret/y/inner.pem': 'second y/inner.pem\n',
      });
    });
  });

  describe('the entrypoint never shows a password from PGRST_DB_URI', () => {
    // Three distinctive pieces of a password: none may appear in the log, whatever the error.
    const PIECES = ['Sesame', '4d1f', 'Tulip'];
    const host = (): string => `127.0.0.1:${String(database.port)}`;
    const malformed = (reason: string): string =>
      `run.sh: error: PGRST_DB_URI is malformed: ${reason} (its value is not shown: it may hold a password)`;

    async function expectRefusedQuietly(uri: string, error: string): Promise<void> {
      const result = await runToEnd({ PGRST_DB_URI: uri });
      for (const piece of PIECES) expect(result.log).not.toContain(piece);
      expect(result.code).toBe(1);
      expect(result.log).toContain(error);
      expect(result.log).not.toContain('postgrest stand-in: started');
    }

    test('when a certificate path check fails and the password holds "?sslkey="', async () => {
      await expectRefusedQuietly(
        `postgresql://${database.user}:Sesame?sslkey=4d1f-Tulip@${host()}/${database.database}` +
          '?sslmode=verify-ca&sslkey=/opt/secrets/client-key/tls.key',
        'run.sh: error: PGRST_DB_URI sets sslkey=/opt/secrets/client-key/tls.key, which does not exist: ' +
          'mount the secret so that /opt/vault/client-key/tls.key exists (it is copied to /opt/secrets/client-key/tls.key)',
      );
    });

    // Each of these makes libpq fail with an error that quotes part of the string: the password, here.
    test.each([
      {
        case: 'a "%" that starts no percent-encoded byte',
        uri: (): string => `postgresql://${database.user}:Sesame-4d1f%Tulip@${host()}/${database.database}`,
        reason:
          'a "%" is not followed by two hexadecimal digits (write a literal "%" as %25, in a password too)',
      },
      {
        case: 'a "/" in the password',
        uri: (): string => `postgresql://${database.user}:Sesame/4d1f-Tulip@${host()}/${database.database}`,
        reason: 'a port is not a number (percent-encode "/" in a user name or password as %2F)',
      },
      {
        case: 'an "@" in the password',
        uri: (): string => `postgresql://${database.user}:Sesame@4d1f-Tulip@${host()}/${database.database}`,
        reason: 'a host name holds "@" (percent-encode "@" in a user name or password as %40)',
      },
      {
        case: 'an IPv6 host without its "]"',
        uri: (): string => `postgresql://${database.user}:Sesame-4d1f-Tulip@[::1/${database.database}`,
        reason: 'an IPv6 host has a "[" but no "]"',
      },
      {
        case: 'an "&" in a password parameter',
        uri: (): string =>
          `postgresql://${database.user}@${host()}/${database.database}?password=Sesame&4d1f-Tulip`,
        reason: 'a query parameter has no "=" (percent-encode "&" in a value as %26)',
      },
      {
        case: 'an unquoted space in a keyword/value password',
        uri: (): string =>
          `host=127.0.0.1 port=${String(database.port)} user=${database.user} password=Sesame 4d1f-Tulip`,
        reason: 'a setting has no "=" after its name (quote a value that holds spaces: password=\'...\')',
      },
    ])('when the string is malformed: $case', async ({ uri, reason }) => {
      await expectRefusedQuietly(uri(), malformed(reason));
    });
  });

  describe('the entrypoint with PGSSLCERT, PGSSLKEY and PGSSLROOTCERT (read by libpq when PGRST_DB_URI leaves them out)', () => {
    const environment = {
      PGSSLCERT: '/opt/secrets/client-cert/client.crt',
      PGSSLKEY: '/opt/secrets/client-key/client.key',
      PGSSLROOTCERT: '/opt/secrets/server-ca/ca.crt',
    };
    const bareUri = (): string =>
      databaseUri('/opt/secrets', { sslcert: null, sslkey: null, sslrootcert: null });

    test('connects with all three set and the connection string naming none', async () => {
      const name = await start({ PGRST_DB_URI: bareUri(), ...environment });
      const log = await waitForLog(name, /Connection successful|error/);
      expect(log).toContain(`Connection successful: ${database.user} ssl=t`);
      expect(log).not.toContain('not found'); // busybox sh has no printenv
      expect(log).not.toContain('error');
    });

    test.each([
      ['PGSSLCERT', '/opt/secrets/client-cert/tls.crt', 'client-cert/tls.crt'],
      ['PGSSLKEY', '/opt/secrets/client-key/tls.key', 'client-key/tls.key'],
      ['PGSSLROOTCERT', '/opt/secrets/server-ca/root.crt', 'server-ca/root.crt'],
    ])('fails fast, naming %s, when it points at a missing file', async (variable, missing, relative) => {
      const result = await runToEnd({ PGRST_DB_URI: bareUri(), ...environment, [variable]: missing });
      expect(result.code).toBe(1);
      expect(result.log).toContain(
        `run.sh: error: ${variable} is set to ${missing}, which does not exist: ` +
          `mount the secret so that /opt/vault/${relative} exists (it is copied to ${missing})`,
      );
      expect(result.log).not.toContain('postgrest stand-in: started');
      expect(result.log).not.toContain('not found');
    });

    test('names the variable in the hint for a file outside /opt/secrets', async () => {
      const result = await runToEnd({ PGRST_DB_URI: bareUri(), ...environment, PGSSLKEY: '/etc/tls.key' });
      expect(result.code).toBe(1);
      expect(result.log).toContain(
        'run.sh: error: PGSSLKEY is set to /etc/tls.key, which does not exist: ' +
          'point PGSSLKEY at a file under /opt/secrets and mount its secret under /opt/vault',
      );
    });

    test('leaves a variable alone when the connection string sets that file, as libpq does', async () => {
      const name = await start({
        PGRST_DB_URI: databaseUri('/opt/secrets'),
        PGSSLKEY: '/opt/secrets/client-key/tls.key',
      });
      const log = await waitForLog(name, /Connection successful|error/);
      expect(log).toContain(`Connection successful: ${database.user} ssl=t`);
      expect(log).not.toContain('not found');
    });
  });
}
