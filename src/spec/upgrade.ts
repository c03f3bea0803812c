// `pgrst-cloudrun upgrade`: what a PostgREST release changes for a spec, and the spec rewritten for it. Only the
// scalars that change are rewritten, in place in the text (quoting kept where it can be), so comments, blank lines
// and layout survive byte for byte; the marker line records the release the spec was last upgraded (validated) for.
import type { Scalar } from 'yaml';
import { isScalar, parseDocument } from 'yaml';
import type { PostgrestVersion } from '../postgrest/index.js';
import { checkRoleClaimKey, envName, lookupSetting, postgrestContainerIndex } from '../postgrest/index.js';
import type { Diagnostic, SpecPath } from './diagnostics.js';
import { formatPath } from './diagnostics.js';
import type { SpecDocument } from './document.js';
import { nodeAt, parseSpecDocument, positionOf, toData } from './document.js';
import { checkSpec } from './check.js';
import { MARKER, readValidatedFor, validatedForLine } from './marker.js';

/** One scalar the upgrade rewrites. */
export interface UpgradeChange {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly rule: string;
  readonly from: string;
  readonly to: string;
  /** Why the target release needs it. */
  readonly why: string;
}

/** What upgrading a spec to a release means. */
export interface UpgradePlan {
  /** Rewrites the upgrade makes itself. */
  readonly changes: readonly UpgradeChange[];
  /** What remains for a human once the changes are made (the spec as rewritten, before the marker line). */
  readonly findings: readonly Diagnostic[];
  /** The spec rewritten, with the marker line for the target release. */
  readonly text: string;
  /** The release the spec's marker named, when it has one. */
  readonly validatedFor?: PostgrestVersion;
}

/** The rules whose findings a release changes: claim key grammar, settings, admin port, the secret's length. */
const UPGRADE_RULES = new Set([
  'pgrst/role-claim-key',
  'pgrst/setting',
  'pgrst/admin-port',
  'pgrst/jwt-secret',
]);

/** Plan (and render) the upgrade of the spec `text` to PostgREST `to`. Pure: the CLI reads and writes the file. */
export function planUpgrade(input: { file: string; text: string; to: PostgrestVersion }): UpgradePlan {
  const { file, text, to } = input;
  const marker = readValidatedFor(text);
  const parsed = parseSpecDocument(file, text);
  if (!parsed.document) {
    return {
      changes: [],
      findings: parsed.diagnostics,
      text,
      ...(marker ? { validatedFor: marker.version } : {}),
    };
  }
  const changes = planChanges(parsed.document, to);
  const rewritten = applyChanges(parsed.document, changes);
  const checked = checkSpec({
    file,
    text: rewritten,
    variables: new Map(),
    postgrestVersion: to,
    allowUnsetBuiltins: true,
  });
  const findings = checked.diagnostics.filter((d) => UPGRADE_RULES.has(d.rule));
  return {
    changes,
    findings,
    text: withMarker(rewritten, to),
    ...(marker ? { validatedFor: marker.version } : {}),
  };
}

/** One environment variable of the PostgREST container, where it is written. */
interface EnvEntry {
  readonly name: string;
  readonly value?: unknown;
  readonly path: SpecPath;
}

/** The PostgREST container's environment, each entry with its path. */
function postgrestEnv(document: SpecDocument): EnvEntry[] {
  const data = toData(document.doc) as { spec?: { template?: { spec?: { containers?: unknown } } } } | null;
  const containers = data?.spec?.template?.spec?.containers;
  if (!Array.isArray(containers)) return [];
  const records = containers.map(
    (c) => (c !== null && typeof c === 'object' ? c : {}) as Record<string, unknown>,
  );
  const envOf = (c: Record<string, unknown>) =>
    (Array.isArray(c['env']) ? (c['env'] as unknown[]) : []).map(
      (e) => (e !== null && typeof e === 'object' ? e : {}) as Record<string, unknown>,
    );
  const index = postgrestContainerIndex(
    records.map((c) => ({
      ...(typeof c['image'] === 'string' ? { image: c['image'] } : {}),
      env: envOf(c).flatMap((e) => (typeof e['name'] === 'string' ? [e['name']] : [])),
      runsActionImage: typeof c['image'] === 'string' && c['image'].includes('${IMAGE}'),
    })),
  );
  const container = index === undefined ? undefined : records[index];
  if (!container) return [];
  return envOf(container).flatMap((e, i) =>
    typeof e['name'] === 'string'
      ? [
          {
            name: e['name'],
            value: e['value'],
            path: ['spec', 'template', 'spec', 'containers', index ?? 0, 'env', i],
          },
        ]
      : [],
  );
}

/** The rewrites `to` needs: the role claim key in its grammar, renamed settings under their new names. */
function planChanges(document: SpecDocument, to: PostgrestVersion): UpgradeChange[] {
  const env = postgrestEnv(document);
  const names = new Set(env.map((e) => e.name));
  const change = (path: SpecPath, rule: string, from: string, value: string, why: string): UpgradeChange => ({
    ...positionOf(document, path),
    path: formatPath(path),
    rule,
    from,
    to: value,
    why,
  });
  return env.flatMap((entry): UpgradeChange[] => {
    if (
      entry.name === 'PGRST_JWT_ROLE_CLAIM_KEY' &&
      typeof entry.value === 'string' &&
      !entry.value.includes('${')
    ) {
      const check = checkRoleClaimKey(entry.value, to);
      if ((check.ok && !check.deprecated) || !check.suggestion) return [];
      const why = check.ok
        ? `PostgREST ${to.tag} logs that this claim key syntax is deprecated: RFC 9535 JSONPath is the form it documents`
        : `PostgREST ${to.tag} fails to start with this claim key (${check.error?.message ?? 'it does not parse'})`;
      return [change([...entry.path, 'value'], 'pgrst/role-claim-key', entry.value, check.suggestion, why)];
    }
    const rename = renameOf(entry.name, to);
    if (!rename || names.has(rename.to)) return [];
    const { why } = rename;
    return [change([...entry.path, 'name'], 'pgrst/setting', entry.name, rename.to, why)];
  });
}

/** The name `to` reads for an old or removed setting, and why; undefined for any other. */
function renameOf(name: string, to: PostgrestVersion): { to: string; why: string } | undefined {
  const lookup = lookupSetting(name, to);
  if (lookup.kind === 'alias') {
    const current = envName(lookup.setting.name);
    return { to: current, why: `${name} is the old name of ${current}; PostgREST ${to.tag} still reads it` };
  }
  // A replacement that reads its value differently (jwt-cache-max-lifetime's seconds, jwt-cache-max-entries' count)
  // is a human's call: the pgrst/setting finding names it.
  if (lookup.kind !== 'removed' || !lookup.replacement || lookup.setting.replacedBy?.note) return undefined;
  return {
    to: envName(lookup.replacement.name),
    why: `${name} was removed in PostgREST ${lookup.setting.removed ?? ''}: ${to.tag} ignores it`,
  };
}

/** The text with each change's scalar replaced, nothing else touched. */
function applyChanges(document: SpecDocument, changes: readonly UpgradeChange[]): string {
  const edits = changes.flatMap((c) => {
    const path = c.path;
    const node = nodeAt(document, parsePath(path));
    if (!isScalar(node) || !node.range) return [];
    return [{ start: node.range[0], end: node.range[1], text: scalarText(node, c.to) }];
  });
  let text = document.text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
  return text;
}

/** `spec.template.spec.containers[0].env[3].value` back to its segments (env paths have no dotted keys). */
function parsePath(path: string): SpecPath {
  return path.split('.').flatMap((part) => {
    const [name = '', ...indexes] = part.split('[');
    return [...(name ? [name] : []), ...indexes.map((i) => Number(i.replace(']', '')))];
  });
}

/** `value` written in the original scalar's style when that reads back as `value`, else single-quoted. */
function scalarText(original: Scalar, value: string): string {
  const single = `'${value.replaceAll("'", "''")}'`;
  const candidates =
    original.type === 'QUOTE_DOUBLE'
      ? [JSON.stringify(value)]
      : original.type === 'QUOTE_SINGLE'
        ? [single]
        : [value, single];
  for (const candidate of candidates) {
    const read = parseDocument(`k: ${candidate}\n`, { version: '1.1' }).get('k');
    if (read === value) return candidate;
  }
  return single;
}

/** The text with the marker line for `version`: the old marker replaced, or a first line added. */
function withMarker(text: string, version: PostgrestVersion): string {
  const line = validatedForLine(version);
  return MARKER.test(text) ? text.replace(MARKER, line) : `${line}\n${text}`;
}
