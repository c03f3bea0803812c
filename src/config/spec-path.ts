// Where the spec file is, and that it stays inside the repository (or the action's own directory).
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * Where the spec is: in the workspace (the caller's repository) when it exists there, else in the action's own
 * directory (the default `cloudbuild/service.yaml`). Paths may not leave either directory, as written or through a
 * symbolic link: the file's real path must stay inside the real path of the directory it was found in.
 *
 * @param source how the setting is named in errors: "input `spec`" or "--spec"
 */
export function resolveSpecPath(spec: string, workspace: string, actionRoot: string, source: string): string {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
    if (!isInside(root, candidate)) {
      throw new ConfigError(`${source}: "${spec}" points outside ${root}; give a path inside the repository`);
    }
    if (!existsSync(candidate)) continue;
    let real: string;
    try {
      real = realpathSync(candidate);
      if (isInside(realpathSync(root), real)) return candidate;
    } catch (error) {
      throw new ConfigError(
        `${source}: "${spec}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    throw new ConfigError(
      `${source}: "${spec}" leads through a symbolic link to ${real}, outside ${root}; give a file inside the repository, not a link out of it`,
    );
  }
  throw new ConfigError(
    `${source}: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`,
  );
}

/** True when `target` is `root` or lies below it (both absolute). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}
