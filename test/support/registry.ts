import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './postgres.js';

const run = promisify(execFile);

/** A running Debian docker-registry (CNCF distribution) on 127.0.0.1 with one htpasswd user. */
export interface TestRegistry {
  /** `127.0.0.1:PORT`. */
  readonly host: string;
  /** The password of user `oauth2accesstoken`, as Artifact Registry takes an access token. */
  readonly token: string;
  stop(): Promise<void>;
}

/** Start the registry with bcrypt htpasswd auth for `oauth2accesstoken:token`; resolves once /v2/ answers. */
export async function startRegistry(token = 'registry-test-token'): Promise<TestRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-registry-'));
  const port = await freePort();
  const { stdout: htpasswd } = await run('htpasswd', ['-nbB', '-C', '4', 'oauth2accesstoken', token]);
  writeFileSync(path.join(dir, 'htpasswd'), htpasswd);
  writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: error, accesslog: {disabled: true}}',
      `storage: {filesystem: {rootdirectory: ${path.join(dir, 'data')}}, delete: {enabled: true}}`,
      `http: {addr: "127.0.0.1:${String(port)}"}`,
      `auth: {htpasswd: {realm: test-registry, path: ${path.join(dir, 'htpasswd')}}}`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const host = `127.0.0.1:${String(port)}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100 || child.exitCode !== null) throw new Error(`docker-registry did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    host,
    token,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
