// `pgrst/upgrade`: the spec says which PostgREST release it was last upgraded for (its marker line); a target a
// major ahead may need what that release changes (claim key grammar, settings, ports, the secret's length).
import { readValidatedFor } from '../../marker.js';
import type { Rule } from '../rule.js';

/** Warn when postgrest_version is a major ahead of the release the spec's marker line names. */
export const validatedFor: Rule = (context) => {
  const marker = readValidatedFor(context.document.text);
  const target = context.postgrestVersion;
  if (!marker || marker.version.major >= target.major) return;
  context.diagnostics.push({
    file: context.document.file,
    line: marker.line,
    column: 1,
    severity: 'warning',
    rule: 'pgrst/upgrade',
    message: `this spec was last upgraded for PostgREST ${marker.version.tag} (its "# pgrst-cloudrun: postgrest" line), and postgrest_version is ${target.tag}, a major release ahead: what ${target.tag} changes may apply to it`,
    fix: `run pgrst-cloudrun upgrade ${context.document.file} --to ${target.tag}`,
    path: '',
  });
};
