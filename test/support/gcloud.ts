import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The region the tests give gcloud; gcloud puts it in front of an overridden host (`us-west1-localhost`). */
export const GCLOUD_REGION = 'us-west1';

/**
 * Make `us-west1-localhost` resolve to loopback, as gcloud calls `http://{region}-localhost:PORT/` when the Run
 * endpoint is overridden. CI runs as root and may add the line; elsewhere a clear error says what to add.
 */
export function ensureRegionalLocalhost(): void {
  const host = `${GCLOUD_REGION}-localhost`;
  const hosts = readFileSync('/etc/hosts', 'utf8');
  if (new RegExp(`^127\\.0\\.0\\.1\\s.*\\b${host}\\b`, 'm').test(hosts)) return;
  try {
    appendFileSync('/etc/hosts', `\n127.0.0.1 ${host}\n`);
  } catch {
    throw new Error(`gcloud tests need "127.0.0.1 ${host}" in /etc/hosts (add it as root; .ci/run does)`);
  }
}

/** A private gcloud configuration directory and access token file, so tests touch no user settings. */
export function gcloudSandbox(): { env: NodeJS.ProcessEnv; tokenFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-gcloud-'));
  const tokenFile = path.join(dir, 'token');
  writeFileSync(tokenFile, 'test-access-token\n');
  return {
    tokenFile,
    env: {
      ...process.env,
      CLOUDSDK_CONFIG: path.join(dir, 'config'),
      CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
      CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: '1',
      CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: '1',
    },
  };
}

/** The flags every `gcloud run` call against the emulator shares: project, region, platform, the sandbox's token. */
export function gcloudRunFlags(project: string, tokenFile: string): string[] {
  return [
    '--project',
    project,
    '--region',
    GCLOUD_REGION,
    '--platform',
    'managed',
    '--access-token-file',
    tokenFile,
  ];
}

/** Run gcloud; resolves with its exit code and output, never rejects on a non-zero exit. */
export async function gcloud(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('gcloud', args, { env, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

/** Run `tasks` with at most `limit` at a time. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
