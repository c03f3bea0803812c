import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The action's own directory. Both `src/*.ts` and the bundles in `dist/` sit one level below it, so the same
 * relative URL works from either.
 */
export const ACTION_ROOT = fileURLToPath(new URL('..', import.meta.url));

let cached: Readonly<Record<string, string>> | undefined;

/**
 * Input defaults, read from action.yml: the single source of truth, shared by the action and the CLI so that
 * `pgrst-cloudrun validate` and `uses: ...` never disagree on, say, the PostgREST version.
 */
export function actionDefaults(): Readonly<Record<string, string>> {
  if (!cached) {
    const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs?: Record<string, { default?: unknown }>;
    };
    cached = Object.fromEntries(
      Object.entries(action.inputs ?? {}).map(([name, input]) => [name, scalarText(input.default)]),
    );
  }
  return cached;
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
