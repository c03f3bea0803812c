import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { SYSTEM_TEMPORARY_DIRECTORY } from './global-setup.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The result of a container tool call that may fail on purpose. */
export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A private image store for buildah and podman: its own root and run root with the vfs driver and chroot
 * isolation (what works on these machines without a Docker engine, overlay or cgroups v2 delegation).
 */
export interface ContainerStore {
  readonly root: string;
  /** Environment that makes buildah and podman (run by the code under test) use this store. */
  readonly env: NodeJS.ProcessEnv;
  buildah(args: string[], options?: { cwd?: string }): Promise<ToolResult>;
  podman(args: string[], options?: { timeoutMs?: number }): Promise<ToolResult>;
  remove(): void;
}

async function tool(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeout = 300_000,
  cwd?: string,
): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await run(command, args, { env, timeout, cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; message?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? e.message ?? '',
    };
  }
}

/** Podman needs these on this kind of machine: no systemd, cgroups v1 style, low default limits. */
export const PODMAN_RUN_FLAGS = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1000:1000'];

/** Create a store under a fresh temporary directory. */
export function createContainerStore(): ContainerStore {
  // In the system's temporary directory, not the test run's: with the store one directory deeper, podman took 20 s
  // more over every container that exits early (measured; a path podman derives from the store is the suspect).
  // `remove` deletes the store.
  const base = mkdtempSync(
    path.join(process.env[SYSTEM_TEMPORARY_DIRECTORY] ?? tmpdir(), 'pgrst-containers-'),
  );
  const root = path.join(base, 'storage');
  const runroot = path.join(base, 'run');
  const storageConf = path.join(base, 'storage.conf');
  writeFileSync(storageConf, `[storage]\ndriver = "vfs"\nrunroot = "${runroot}"\ngraphroot = "${root}"\n`);
  const containersConf = path.join(base, 'containers.conf');
  writeFileSync(
    containersConf,
    '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' +
      '[containers]\nnetns = "host"\n',
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: storageConf,
    CONTAINERS_CONF: containersConf,
    BUILDAH_ISOLATION: 'chroot',
    STORAGE_DRIVER: 'vfs',
  };
  return {
    root,
    env,
    buildah: (args, options) => tool('buildah', args, env, undefined, options?.cwd),
    podman: (args, options) => tool('podman', args, env, options?.timeoutMs),
    remove: () => {
      rmSync(base, { recursive: true, force: true });
    },
  };
}

async function mustSucceed(result: Promise<ToolResult>, what: string): Promise<string> {
  const { code, stdout, stderr } = await result;
  if (code !== 0) throw new Error(`${what} failed (${code}): ${stderr || stdout}`);
  return stdout.trim();
}

/** Commit a directory tree as a single-layer amd64 image named `name`. */
async function commitTree(
  store: ContainerStore,
  tree: string,
  name: string,
  config: string[],
): Promise<void> {
  const container = await mustSucceed(
    store.buildah(['from', '--arch', 'amd64', 'scratch']),
    'buildah from scratch',
  );
  await mustSucceed(store.buildah(['copy', container, `${tree}/`, '/']), 'buildah copy');
  await mustSucceed(
    store.buildah(['config', '--arch', 'amd64', '--os', 'linux', ...config, container]),
    'buildah config',
  );
  await mustSucceed(store.buildah(['commit', '--quiet', '--rm', container, name]), `buildah commit ${name}`);
}

/**
 * A busybox base like `docker.io/library/busybox`: the static busybox from Debian's busybox-static with
 * a link per applet, /tmp, and root and nobody in /etc/passwd.
 */
export async function buildBusyboxStandin(store: ContainerStore, name: string): Promise<void> {
  const tree = mkdtempSync(path.join(tmpdir(), 'pgrst-busybox-'));
  try {
    mkdirSync(path.join(tree, 'bin'));
    mkdirSync(path.join(tree, 'etc'));
    mkdirSync(path.join(tree, 'tmp'));
    chmodSync(path.join(tree, 'tmp'), 0o1777);
    copyFileSync('/usr/bin/busybox', path.join(tree, 'bin/busybox'));
    chmodSync(path.join(tree, 'bin/busybox'), 0o755);
    const { stdout } = await run('/usr/bin/busybox', ['--list']);
    for (const applet of stdout.split('\n').filter((a) => a && a !== 'busybox')) {
      symlinkSync('busybox', path.join(tree, 'bin', applet));
    }
    writeFileSync(
      path.join(tree, 'etc/passwd'),
      'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    );
    writeFileSync(path.join(tree, 'etc/group'), 'root:x:0:\nnobody:x:65534:\n');
    await commitTree(store, tree, name, [
      '--cmd',
      'sh',
      '--env',
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ]);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** psql, every shared library it loads and the dynamic loader, as a gzipped tar, base64-encoded. */
async function libpqPayload(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-libpq-'));
  try {
    const psql = '/usr/lib/postgresql/15/bin/psql';
    mkdirSync(path.join(dir, 'lib'));
    copyFileSync(psql, path.join(dir, 'psql'));
    const { stdout } = await run('ldd', [psql]);
    for (const match of stdout.matchAll(/(\/\S+\.so[.\d]*)/g)) {
      const library = match[1] ?? '';
      copyFileSync(library, path.join(dir, 'lib', path.basename(library)));
    }
    const { stdout: archive } = await run('sh', ['-c', `tar -C '${dir}' -czf - . | base64`], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return archive;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let payload: Promise<string> | undefined;

/**
 * A stand-in for `postgrest/postgrest:VERSION`: like the real amd64 image, FROM scratch with only
 * /bin/postgrest (the stand-in script with its libpq payload), user 1000, port 3000.
 */
export async function buildPostgrestStandin(store: ContainerStore, name: string): Promise<void> {
  payload ??= libpqPayload();
  const tree = mkdtempSync(path.join(tmpdir(), 'pgrst-postgrest-'));
  try {
    mkdirSync(path.join(tree, 'bin'));
    const script = readFileSync(path.join(HERE, 'postgrest-standin.sh'), 'utf8');
    writeFileSync(path.join(tree, 'bin/postgrest'), script + (await payload), { mode: 0o755 });
    await commitTree(store, tree, name, ['--user', '1000', '--port', '3000', '--cmd', '/bin/postgrest']);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
