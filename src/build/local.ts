import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildContext } from './context.js';
import { buildArguments } from './context.js';
import type { ImageReference } from './image-ref.js';
import { formatReference, isPlainHttpRegistry } from './image-ref.js';
import { TOKEN_USER } from './registry.js';

/** The container CLIs the local builder can drive, in the order they are tried. */
export const LOCAL_TOOLS = ['docker', 'podman', 'buildah'] as const;
export type LocalTool = (typeof LOCAL_TOOLS)[number];

/** Runs a command; resolves with its exit code and output, never rejects on a non-zero exit. */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options?: { env?: NodeJS.ProcessEnv; log?: (line: string) => void },
) => Promise<{ code: number; stdout: string; stderr: string }>;

/**
 * The runner used outside tests: @actions/exec, quiet, with output lines passed to `log`. Loaded when a command
 * first runs, so that the builders that run none (assemble, cloudbuild) do not pay for it at start.
 */
export const execRunner: CommandRunner = async (command, args, options = {}) => {
  const { getExecOutput } = await import('@actions/exec');
  const result = await getExecOutput(command, [...args], {
    ignoreReturnCode: true,
    silent: true,
    ...(options.env ? { env: options.env as Record<string, string> } : {}),
    ...(options.log ? { listeners: { stdline: options.log, errline: options.log } } : {}),
  }).catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};

/**
 * The first tool that can build here: docker only when its engine answers (the client alone is common on
 * machines without an engine), podman and buildah when installed (they need no daemon).
 */
export async function detectLocalTool(runner: CommandRunner, env: NodeJS.ProcessEnv): Promise<LocalTool> {
  const probes: Record<LocalTool, string[]> = {
    docker: ['version', '--format', '{{.Server.Version}}'],
    podman: ['--version'],
    buildah: ['--version'],
  };
  for (const tool of LOCAL_TOOLS) {
    if ((await runner(tool, probes[tool], { env })).code === 0) return tool;
  }
  throw new Error(
    'builder `local` needs docker (with a running engine), podman or buildah on PATH; none was found. Install one, or use builder `cloudbuild`',
  );
}

/** The build and push command lines of one tool (pure: tested as a table). */
export function localBuildCommands(
  tool: LocalTool,
  context: BuildContext,
  reference: ImageReference,
  directory: string,
  authFile: string,
): { build: string[]; push: string[] } {
  const image = formatReference(reference);
  const buildArgs = Object.entries(buildArguments(context)).flatMap(([name, value]) => [
    '--build-arg',
    `${name}=${value}`,
  ]);
  const build = ['build', '--platform', context.platform, '--file', path.join(directory, 'Containerfile')]
    .concat(buildArgs)
    .concat(['--tag', image, directory]);
  if (tool === 'docker') {
    // docker reads credentials from DOCKER_CONFIG (set by the caller); it treats loopback registries as insecure.
    return { build, push: ['push', image] };
  }
  const tls = isPlainHttpRegistry(reference.registry) ? ['--tls-verify=false'] : [];
  return { build, push: ['push', '--authfile', authFile, ...tls, image] };
}

/**
 * Build the context with a local tool and push it. The registry credentials go into a private temporary auth file
 * (never onto a command line, where other processes could read them), deleted afterwards.
 */
export async function runLocalBuild(
  context: BuildContext,
  reference: ImageReference,
  password: string,
  options: { runner: CommandRunner; env: NodeJS.ProcessEnv; log: (line: string) => void },
): Promise<LocalTool> {
  const tool = await detectLocalTool(options.runner, options.env);
  const directory = mkdtempSync(path.join(tmpdir(), 'pgrst-build-'));
  try {
    writeFileSync(path.join(directory, 'Containerfile'), context.containerfile);
    writeFileSync(path.join(directory, 'run.sh'), context.entrypoint, { mode: 0o755 });
    // docker wants a config directory, podman and buildah a file: this serves both.
    const authDirectory = path.join(directory, 'auth');
    mkdirSync(authDirectory, { mode: 0o700 });
    const authFile = path.join(authDirectory, 'config.json');
    // Keyed to the repository's registry alone, which may receive the token (see mayReceiveGoogleToken): the user
    // chose it. The tools may show these credentials to the token service its Bearer challenge names; Google's
    // registries keep theirs on their own host.
    const auth = Buffer.from(`${TOKEN_USER}:${password}`).toString('base64');
    writeFileSync(authFile, JSON.stringify({ auths: { [reference.registry]: { auth } } }), { mode: 0o600 });
    const env = tool === 'docker' ? { ...options.env, DOCKER_CONFIG: authDirectory } : options.env;
    const commands = localBuildCommands(tool, context, reference, directory, authFile);
    options.log(`Building ${formatReference(reference)} with ${tool}`);
    const built = await options.runner(tool, commands.build, { env, log: options.log });
    if (built.code !== 0) {
      throw new Error(
        `${tool} build failed (exit ${String(built.code)}): ${lastLines(built.stderr || built.stdout)}`,
      );
    }
    options.log(`Pushing ${formatReference(reference)}`);
    const pushed = await options.runner(tool, commands.push, { env, log: options.log });
    if (pushed.code !== 0) {
      throw new Error(
        `${tool} push failed (exit ${String(pushed.code)}): ${lastLines(pushed.stderr || pushed.stdout)}`,
      );
    }
    return tool;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join('\n');
}
