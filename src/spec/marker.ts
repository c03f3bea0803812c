// The marker line of a spec: the PostgREST release it was last upgraded (and validated) for, as
// `pgrst-cloudrun upgrade --write` records it. The deploy warns when postgrest_version is a major ahead of it.
import type { PostgrestVersion } from '../postgrest/index.js';
import { parsePostgrestVersion } from '../postgrest/index.js';

/** The comment `upgrade --write` keeps at the top of a spec: the PostgREST release it was last upgraded for. */
export const MARKER = /^# pgrst-cloudrun: postgrest (v?\d+(?:\.\d+){0,2})[ \t]*$/m;

/** The marker line for `version`. */
export function validatedForLine(version: PostgrestVersion): string {
  return `# pgrst-cloudrun: postgrest ${version.tag}`;
}

/** The release the spec's marker names, and the marker's line (1-based); undefined without a marker. */
export function readValidatedFor(text: string): { version: PostgrestVersion; line: number } | undefined {
  const match = MARKER.exec(text);
  const version = match?.[1] ? parsePostgrestVersion(match[1]) : undefined;
  if (!match || !version) return undefined;
  return { version, line: text.slice(0, match.index).split('\n').length };
}
