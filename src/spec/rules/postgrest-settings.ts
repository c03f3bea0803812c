// The PostgREST container's `PGRST_` settings against the target release's table (postgrest/settings.ts), and the
// database connections the service can open. PostgREST ignores what it does not read without a word, so these
// are the checks that make a typo, an old name or an unreadable value visible before the deploy.

import {
  APP_SETTINGS_PREFIX,
  checkSettingValue,
  envName,
  lookupSetting,
  readBoolean,
  readInteger,
  settingDefault,
  settingEnvNames,
  settingsDocs,
} from '../../postgrest/settings.js';
import type { PostgrestSetting, SettingLookup, SettingMeaning } from '../../postgrest/settings.js';
import { DEFAULT_MAX_INSTANCES } from '../annotation-table.js';
import type { Severity, SpecPath } from '../diagnostics.js';
import type { Anchor } from '../document.js';
import { closest } from '../schema.js';
import type { ContainerRef, EnvRef, Rule, RuleContext } from './context.js';
import { asString, envNamed, envOf, field, isDeferred, references, report } from './context.js';
import { postgrestContainers, runsEntrypoint } from './postgrest.js';

/** Variables the action's entrypoint (cloudbuild/run.sh) reads before it starts PostgREST. */
export const ENTRYPOINT_VARIABLES: readonly string[] = ['PGRST_ENTRYPOINT_DEBUG'];

const SETTING_RULE = 'pgrst/setting';
const CONNECTIONS_RULE = 'pgrst/connections';

interface Finding {
  readonly path: SpecPath;
  readonly anchor?: Anchor;
  readonly severity?: Severity;
  readonly message: string;
  readonly fix: string;
}

function reportAt(context: RuleContext, rule: string, finding: Finding): void {
  report(
    context,
    finding.path,
    finding.anchor ?? 'value',
    finding.severity ?? 'error',
    rule,
    finding.message,
    finding.fix,
  );
}

/** A plain value the checks can read: not from a secret, a string, and not waiting for a `${NAME}`. */
function readableValue(context: RuleContext, entry: EnvRef): string | undefined {
  if ('valueFrom' in entry.entry) return undefined;
  const value = asString(entry.entry['value']);
  return value === undefined || isDeferred(context, [...entry.path, 'value']) ? undefined : value;
}

/** The container runs the action's image through its entrypoint, which reads {@link ENTRYPOINT_VARIABLES}. */
function runsActionEntrypoint(context: RuleContext, ref: ContainerRef): boolean {
  const words = (key: string): string[] =>
    (Array.isArray(ref.container[key]) ? (ref.container[key] as unknown[]) : []).flatMap((w) =>
      typeof w === 'string' ? [w] : [],
    );
  return (
    references(context, [...ref.path, 'image'], 'IMAGE') &&
    (!('command' in ref.container) || runsEntrypoint(words('command'), words('args')))
  );
}

/** Every `PGRST_` variable of the PostgREST container is a setting of the target release, with a value it reads. */
const settings: Rule = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const env = envOf(ref);
    // The last entry of a name is the one the container gets: only its value matters.
    const last = new Map(env.map((e, index) => [e.name, index]));
    for (const [index, entry] of env.entries()) {
      const namePath = [...entry.path, 'name'];
      if (!entry.name.startsWith('PGRST_')) {
        if (entry.name.toUpperCase().startsWith('PGRST_'))
          reportAt(context, SETTING_RULE, {
            path: namePath,
            message: `${entry.name} is not read: PostgREST reads upper-case PGRST_ names only`,
            fix: `rename it ${entry.name.toUpperCase()}`,
          });
        continue;
      }
      if (ENTRYPOINT_VARIABLES.includes(entry.name)) {
        if (!runsActionEntrypoint(context, ref))
          reportAt(context, SETTING_RULE, {
            path: namePath,
            message: `${entry.name} is read by the action's entrypoint (run.sh), which this container does not run; PostgREST ignores it`,
            fix: 'remove it, or run the image the action builds (image: ${IMAGE}) without a command that skips run.sh',
          });
        continue;
      }
      const lookup = lookupSetting(entry.name, version);
      const finding = nameFinding(context, ref, entry, lookup);
      if (finding) reportAt(context, SETTING_RULE, finding);
      if ((lookup.kind === 'setting' || lookup.kind === 'alias') && last.get(entry.name) === index)
        checkValue(context, entry, lookup);
    }
  }
};

/** What is wrong with a variable's name for the target release, if anything. */
function nameFinding(
  context: RuleContext,
  ref: ContainerRef,
  entry: EnvRef,
  lookup: SettingLookup,
): Finding | undefined {
  const version = context.postgrestVersion;
  const path = [...entry.path, 'name'];
  const name = entry.name;
  switch (lookup.kind) {
    case 'setting':
    case 'app-setting':
      return undefined;
    case 'alias':
      return aliasFinding(context, ref, entry, lookup.alias, lookup.setting);
    case 'not-yet':
      return {
        path,
        message: `PostgREST ${version.tag} does not read ${name}: it was added in ${lookup.setting.added}`,
        fix: `set postgrest_version to ${lookup.setting.added} or later (and run that release), or remove ${name}`,
      };
    case 'removed': {
      const { setting, replacement } = lookup;
      const replacedBy = replacement
        ? ` in favour of ${envName(replacement.name)}${setting.replacedBy?.note ? ` (${setting.replacedBy.note})` : ''}`
        : '';
      return {
        path,
        message: `${name} was removed in PostgREST ${setting.removed ?? ''}${replacedBy}: ${version.tag} ignores it`,
        fix: replacement ? `use ${envName(replacement.name)}` : `remove ${name}`,
      };
    }
    case 'unknown': {
      const known = settingEnvNames(version);
      const suggestion = suggest(name, known);
      return {
        path,
        message: `PostgREST ${version.tag} has no setting ${name}: it ignores the variable, so what it was meant to set keeps its default`,
        fix: suggestion
          ? `did you mean ${suggestion}?`
          : `use a setting of ${settingsDocs(version)} (or ${APP_SETTINGS_PREFIX}<NAME> for app.settings.<name>)`,
      };
    }
  }
}

/** The closest known variable, compared without the shared `PGRST_` prefix. */
function suggest(name: string, known: readonly string[]): string | undefined {
  const strip = (env: string): string => env.slice('PGRST_'.length);
  const match = closest(strip(name), known.map(strip));
  return match === undefined ? undefined : `PGRST_${match}`;
}

/** An old name: still read, but the new one is the one documented, and when both are set one is ignored. */
function aliasFinding(
  context: RuleContext,
  ref: ContainerRef,
  entry: EnvRef,
  alias: PostgrestSetting,
  setting: PostgrestSetting,
): Finding {
  const version = context.postgrestVersion;
  const path = [...entry.path, 'name'];
  const current = envName(setting.name);
  const other = envNamed(ref, current);
  if (!other) {
    return {
      path,
      severity: 'warning',
      message: `${entry.name} is the old name of ${current}; PostgREST ${version.tag} still reads it`,
      fix: `rename it ${current}`,
    };
  }
  const [ignored, read] = alias.aliasWins ? [other, entry] : [entry, other];
  const ignoredValue = readableValue(context, ignored);
  const same = ignoredValue !== undefined && ignoredValue === readableValue(context, read);
  return {
    path: [...ignored.path, 'name'],
    severity: same ? 'warning' : 'error',
    message: `${ignored.name} is ignored: ${read.name} is also set, and PostgREST ${version.tag} reads ${read.name === entry.name ? 'the old name' : 'the new name'} first`,
    fix: `keep ${current} alone`,
  };
}

/** A value the target release cannot read: PostgREST keeps the default, or refuses to start. */
function checkValue(
  context: RuleContext,
  entry: EnvRef,
  lookup: Extract<SettingLookup, { kind: 'setting' | 'alias' }>,
): void {
  const value = readableValue(context, entry);
  if (value === undefined) return;
  const { meaning, setting } = lookup;
  const problem = checkSettingValue(meaning, value);
  if (problem === undefined) return;
  const version = context.postgrestVersion;
  const consequence =
    meaning.value.onBadValue === 'fails'
      ? `PostgREST ${version.tag} refuses to start`
      : `PostgREST ${version.tag} ignores it and keeps the default (${meaning.default})`;
  const name = lookup.kind === 'alias' ? `${entry.name} (${envName(setting.name)})` : entry.name;
  reportAt(context, SETTING_RULE, {
    path: [...entry.path, 'value'],
    message: `${name} "${value}" ${problem}${otherRelease(setting, meaning, value)}: ${consequence}`,
    fix: `write ${meaning.value.describe}`,
  });
}

/** When the value is one another release takes (log-query's `main-query` is v13's): which. */
function otherRelease(setting: PostgrestSetting, meaning: SettingMeaning, value: string): string {
  const index = setting.meanings.indexOf(meaning);
  const other = setting.meanings.findIndex(
    (m, i) => i !== index && checkSettingValue(m, value) === undefined,
  );
  if (other < 0) return '';
  return other < index
    ? ` (it was a value before ${meaning.since})`
    : ` (it is a value from ${setting.meanings[other]?.since ?? ''})`;
}

// Connections ----------------------------------------------------------------------------------------------------

const TEMPLATE_ANNOTATIONS: SpecPath = ['spec', 'template', 'metadata', 'annotations'];
const SERVICE_ANNOTATIONS: SpecPath = ['metadata', 'annotations'];
const REVISION_MAX = 'autoscaling.knative.dev/maxScale';
const SERVICE_MAX = 'run.googleapis.com/maxScale';

/** A maxScale annotation: absent, unreadable here (a `${NAME}`, a bad value: other rules report it), or a number. */
type ScaleBound = { readonly kind: 'unset' } | { readonly kind: 'unknown' } | MaxScale;
interface MaxScale {
  readonly kind: 'set';
  readonly key: string;
  readonly value: number;
  readonly path: SpecPath;
}

function maxScaleAt(context: RuleContext, annotations: SpecPath, key: string): ScaleBound {
  const path = [...annotations, key];
  const raw = field(context.service, ...path);
  if (raw === undefined) return { kind: 'unset' };
  const text = asString(raw);
  if (text === undefined || isDeferred(context, path) || !/^\d+$/.test(text)) return { kind: 'unknown' };
  return { kind: 'set', key, value: Number(text), path };
}

/** An integer setting's value, its default when unset, empty or unreadable; undefined when a secret or `${NAME}` holds it. */
function integerSetting(context: RuleContext, ref: ContainerRef, name: string): number | undefined {
  const fallback = readInteger(settingDefault(name, context.postgrestVersion) ?? '');
  const entry = envNamed(ref, envName(name));
  if (!entry) return fallback;
  const value = readableValue(context, entry);
  return value === undefined ? undefined : (readInteger(value) ?? fallback);
}

function booleanSetting(context: RuleContext, ref: ContainerRef, name: string): boolean | undefined {
  const fallback = readBoolean(settingDefault(name, context.postgrestVersion) ?? '');
  const entry = envNamed(ref, envName(name));
  if (!entry) return fallback;
  const value = readableValue(context, entry);
  return value === undefined ? undefined : (readBoolean(value) ?? fallback);
}

/**
 * Each instance opens up to `db-pool` connections, plus one for the schema-change listener while
 * `db-channel-enabled`; Cloud Run runs up to maxScale instances (the lower of the revision's and the service's;
 * 100 when neither is set). With `db_max_connections`, more than that is an error; without it, an unset maxScale
 * is a warning that says how many connections the service can open.
 */
const connections: Rule = (context) => {
  const ref = postgrestContainers(context)[0];
  if (!ref) return;
  const pool = integerSetting(context, ref, 'db-pool');
  const listener = booleanSetting(context, ref, 'db-channel-enabled') ?? true;
  const bounds = [
    maxScaleAt(context, TEMPLATE_ANNOTATIONS, REVISION_MAX),
    maxScaleAt(context, SERVICE_ANNOTATIONS, SERVICE_MAX),
  ];
  if (pool === undefined || bounds.some((b) => b.kind === 'unknown')) return;
  const set = bounds.filter((b): b is MaxScale => b.kind === 'set');
  const governing = set.reduce<MaxScale | undefined>(
    (low, b) => (low && low.value <= b.value ? low : b),
    undefined,
  );
  const instances = governing?.value ?? DEFAULT_MAX_INSTANCES;
  const perInstance = pool + (listener ? 1 : 0);
  const total = instances * perInstance;
  const each = `PGRST_DB_POOL ${String(pool)}${listener ? ' + 1 for the schema-change listener' : ''}`;
  const limit = context.dbMaxConnections;
  if (limit === undefined) {
    if (governing) return;
    reportAt(context, CONNECTIONS_RULE, {
      ...annotationsPlace(context),
      severity: 'warning',
      message: `${REVISION_MAX} is not set: Cloud Run may run ${String(DEFAULT_MAX_INSTANCES)} instances, each opening up to ${String(perInstance)} database connections (${each}), ${String(total)} in all`,
      fix: `set ${REVISION_MAX} to what the database can serve (its connection limit / ${String(perInstance)}), or give db_max_connections (--db-max-connections) to have it checked`,
    });
    return;
  }
  if (total <= limit) return;
  const poolEntry = envNamed(ref, 'PGRST_DB_POOL');
  const place: Pick<Finding, 'path' | 'anchor'> = governing
    ? { path: governing.path }
    : poolEntry
      ? { path: [...poolEntry.path, 'value'] }
      : annotationsPlace(context);
  reportAt(context, CONNECTIONS_RULE, {
    ...place,
    message: `up to ${String(instances)} instances${governing ? ` (${governing.key})` : ` (${REVISION_MAX} unset)`} × ${String(perInstance)} connections (${each}) = ${String(total)}, more than db_max_connections ${String(limit)}`,
    fix: connectionsFix(limit, instances, perInstance, listener, governing?.key ?? REVISION_MAX),
  });
};

/** The maxScale and the PGRST_DB_POOL that keep the service within `limit`. */
function connectionsFix(
  limit: number,
  instances: number,
  perInstance: number,
  listener: boolean,
  scaleKey: string,
): string {
  const fitScale = Math.floor(limit / perInstance);
  const fitPool = Math.floor(limit / instances) - (listener ? 1 : 0);
  const fixes = [
    ...(fitScale >= 1 ? [`set ${scaleKey}: "${String(fitScale)}"`] : []),
    ...(fitPool >= 1 ? [`set PGRST_DB_POOL: "${String(fitPool)}"`] : []),
  ];
  return fixes.length > 0
    ? `${fixes.join(', or ')} (leave room for the old revision's instances during a deploy)`
    : `one instance needs ${String(perInstance)} connections, more than the database allows: lower PGRST_DB_POOL and ${scaleKey}, or raise the limit`;
}

/** Where a missing maxScale would go: the revision template's annotations, else the nearest parent written. */
function annotationsPlace(context: RuleContext): Pick<Finding, 'path' | 'anchor'> {
  for (const path of [TEMPLATE_ANNOTATIONS, TEMPLATE_ANNOTATIONS.slice(0, -1), ['spec', 'template']])
    if (field(context.service, ...path) !== undefined) return { path, anchor: 'key' };
  return { path: [], anchor: 'key' };
}

/** PostgREST's settings and the connection budget, ids `pgrst/setting` and `pgrst/connections`. */
export const POSTGREST_SETTING_RULES: readonly Rule[] = [settings, connections];
