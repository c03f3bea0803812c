// \`pgrst/connections\`: the database connections the service can open — maxScale instances, each with its pool and
// the schema-change listener — against the database's limit (\`db_max_connections\`).
import { asString, field } from '../../../json.js';
import { envName, readBoolean, readInteger, settingDefault } from '../../../postgrest/index.js';
import { DEFAULT_MAX_INSTANCES } from '../../annotation-table.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { isDeferred, report } from '../rule.js';
import type { ContainerRef } from '../service-parts.js';
import { envNamed } from '../service-parts.js';
import { postgrestContainers, readableValue } from './container.js';

const CONNECTIONS_RULE = 'pgrst/connections';

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
export const connections: Rule = (context) => {
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
    report(context, {
      rule: CONNECTIONS_RULE,
      ...annotationsPlace(context),
      severity: 'warning',
      message: `${REVISION_MAX} is not set: Cloud Run may run ${String(DEFAULT_MAX_INSTANCES)} instances, each opening up to ${String(perInstance)} database connections (${each}), ${String(total)} in all`,
      fix: `set ${REVISION_MAX} to what the database can serve (its connection limit / ${String(perInstance)}), or give db_max_connections (--db-max-connections) to have it checked`,
    });
    return;
  }
  if (total <= limit) return;
  const poolEntry = envNamed(ref, 'PGRST_DB_POOL');
  const place: Pick<Finding, 'path' | 'at'> = governing
    ? { path: governing.path }
    : poolEntry
      ? { path: [...poolEntry.path, 'value'] }
      : annotationsPlace(context);
  report(context, {
    rule: CONNECTIONS_RULE,
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
function annotationsPlace(context: RuleContext): Pick<Finding, 'path' | 'at'> {
  for (const path of [TEMPLATE_ANNOTATIONS, TEMPLATE_ANNOTATIONS.slice(0, -1), ['spec', 'template']])
    if (field(context.service, ...path) !== undefined) return { path, at: 'key' };
  return { path: [], at: 'key' };
}
