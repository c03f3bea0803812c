// One temporary directory per test run. Tests make their files with mkdtemp under the system's temporary directory
// (workspaces, tokens, PostgreSQL clusters, registries); TMPDIR points that directory here for every worker and the
// processes they start, and the directory is removed when the run ends. Without it, each `npm test` left about a
// thousand directories behind, a PostgreSQL cluster of 41 MB among them per database the tests started. (Podman's
// image stores stay at the system's level: see containers.ts.)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The variable naming the run's directory (also how a test can tell it is inside one). */
export const TEST_RUN_DIRECTORY = 'PGRST_TEST_RUN_DIRECTORY';

/** The variable naming the system's temporary directory, for what needs short paths (see containers.ts). */
export const SYSTEM_TEMPORARY_DIRECTORY = 'PGRST_SYSTEM_TMPDIR';

export default function setup(): () => void {
  // Each project of the run calls this; the first one makes the directory, the others share it.
  if (process.env[TEST_RUN_DIRECTORY]) return () => undefined;
  const directory = mkdtempSync(path.join(tmpdir(), 'pgrst-test-run-'));
  // Open to every user, sticky, as /tmp is: PostgreSQL runs as user postgres and must reach its cluster in here.
  chmodSync(directory, 0o1777);
  process.env[SYSTEM_TEMPORARY_DIRECTORY] = tmpdir();
  process.env[TEST_RUN_DIRECTORY] = directory;
  process.env['TMPDIR'] = directory;
  return () => {
    rmSync(directory, { recursive: true, force: true });
  };
}
