import { fileURLToPath } from 'node:url';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

/**
 * The action's own directory. Both `src/*.ts` and the bundles in `dist/` sit one level below it, so the same
 * relative URL works from either.
 */
export const ACTION_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Input defaults, as action.yml declares them: the single source of truth, shared by the action and the CLI so
 * that `pgrst-cloudrun validate` and `uses: ...` never disagree on, say, the PostgREST version. They are copied
 * from action.yml by `npm run generate` (a test fails when the copy is stale): parsing the YAML at every start
 * would cost a CLI command more than the rest of its start-up.
 */
export function actionDefaults(): Readonly<Record<string, string>> {
  return ACTION_DEFAULTS;
}
