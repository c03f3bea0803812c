// \`pgrst/setting\`: every \`PGRST_\` variable of the PostgREST container is a setting of the target release, with a
// value it reads (postgrest/settings.ts). PostgREST ignores what it does not read without a word, so this is the
// check that makes a typo, an old name or an unreadable value visible before the deploy.
import {
  APP_SETTINGS_PREFIX,
  checkSettingValue,
  envName,
  lookupSetting,
  settingEnvNames,
  settingsDocs,
} from '../../../postgrest/index.js';
import type { PostgrestSetting, SettingLookup, SettingMeaning } from '../../../postgrest/index.js';
import { closest } from '../../schema.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { references, report } from '../rule.js';
import type { ContainerRef, EnvRef } from '../service-parts.js';
import { envNamed, envOf } from '../service-parts.js';
import { postgrestContainers, readableValue } from './container.js';
import { runsEntrypoint } from './image.js';

/** Variables the action's entrypoint (cloudbuild/run.sh) reads before it starts PostgREST. */
export const ENTRYPOINT_VARIABLES: readonly string[] = ['PGRST_ENTRYPOINT_DEBUG'];

const SETTING_RULE = 'pgrst/setting';

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
export const settings: Rule = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const env = envOf(ref);
    // The last entry of a name is the one the container gets: only its value matters.
    const last = new Map(env.map((e, index) => [e.name, index]));
    for (const [index, entry] of env.entries()) {
      const namePath = [...entry.path, 'name'];
      if (!entry.name.startsWith('PGRST_')) {
        if (entry.name.toUpperCase().startsWith('PGRST_'))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry.name} is not read: PostgREST reads upper-case PGRST_ names only`,
            fix: `rename it ${entry.name.toUpperCase()}`,
          });
        continue;
      }
      if (ENTRYPOINT_VARIABLES.includes(entry.name)) {
        if (!runsActionEntrypoint(context, ref))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry.name} is read by the action's entrypoint (run.sh), which this container does not run; PostgREST ignores it`,
            fix: 'remove it, or run the image the action builds (image: ${IMAGE}) without a command that skips run.sh',
          });
        continue;
      }
      const lookup = lookupSetting(entry.name, version);
      const finding = nameFinding(context, ref, entry, lookup);
      if (finding) report(context, { rule: SETTING_RULE, ...finding });
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
): Omit<Finding, 'rule'> | undefined {
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
): Omit<Finding, 'rule'> {
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
  report(context, {
    rule: SETTING_RULE,
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
