// Where the spec file is, and that it stays inside the repository (or the action's own directory).
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/** Where the spec is, and whether it is the action's bundled file rather than one of the repository. */
export interface LocatedSpec {
  readonly path: string;
  /** The workspace has no such file: the action's own copy is used (say so: it is not the user's spec). */
  readonly bundled: boolean;
}

/**
 * Where the spec is: in the workspace (the caller's repository) when it exists there, else in the action's own
 * directory (the default `cloudbuild/service.yaml`). Paths may not leave either directory, as written or through a
 * symbolic link: the file's real path must stay inside the real path of the directory it was found in.
 *
 * @param source how the setting is named in errors: "input `spec`" or "--spec"
 */
export function resolveSpecPath(
  spec: string,
  workspace: string,
  actionRoot: string,
  source: string,
): LocatedSpec {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
    if (!isInside(root, candidate)) {
      throw new ConfigError(`${source}: "${spec}" points outside ${root}; give a path inside the repository`);
    }
    if (!existsSync(candidate)) continue;
    let real: string;
    try {
      real = realpathSync(candidate);
      if (isInside(realpathSync(root), real)) return { path: candidate, bundled: root !== workspace };
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

/** The notice a run on the bundled example gets: it checks the action's example, not the user's spec. */
export function bundledSpecNotice(spec: string, source: string): string {
  return `${source} ${spec} is not in the repository's checkout, so the action's bundled example spec is used: this run checks and deploys that example, not a spec of yours. Run actions/checkout before this step, or point ${source} at your spec`;
}
