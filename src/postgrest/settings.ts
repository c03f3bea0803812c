// PostgREST's settings, per release: the one home for which `PGRST_` variables a release reads, what each takes,
// its default, and the release that added, renamed or removed it. PostgREST reads `PGRST_` + the setting's name
// upper-cased with `-` as `_`, and silently ignores every other `PGRST_` variable. A boolean or integer it cannot
// read keeps the default without a word; an enum it cannot read stops it at startup. So a typo or a removed name
// does nothing, and nobody notices.
//
// Facts from PostgREST's own sources, per tag: the config parser (`src/PostgREST/Config.hs`, from v16
// `src/library/PostgREST/Config.hs`), `docs/references/configuration.rst` and `CHANGELOG.md`.

import type { PostgrestVersion } from './version.js';
import { parsePostgrestVersion } from './version.js';

/** How a value is written, and what PostgREST does with one it cannot read. */
export interface SettingValue {
  readonly kind:
    'string' | 'boolean' | 'integer' | 'enum' | 'file-mode' | 'audience' | 'proxy-uri' | 'schemas';
  /** E.g. `true | false`: for messages and the README. */
  readonly describe: string;
  /** The values of an enum. */
  readonly values?: readonly string[];
  /** Why PostgREST does not take a (non-empty) value, or undefined when it does. */
  readonly check: (value: string) => string | undefined;
  /** A value it cannot read: `default` — ignored without a word, the default stays; `fails` — it refuses to start. */
  readonly onBadValue: 'default' | 'fails';
}

/** What a setting takes from one release on. */
export interface SettingMeaning {
  /** The first release with this meaning (a git tag). */
  readonly since: string;
  readonly value: SettingValue;
  /** The default as PostgREST's `--dump-config` prints it (`10`, `true`, `public`), or words for none. */
  readonly default: string;
}

/** One setting PostgREST reads (or once read). */
export interface PostgrestSetting {
  /** The config-file name, `db-schemas`; the variable is {@link envName} of it, `PGRST_DB_SCHEMAS`. */
  readonly name: string;
  /**
   * The first release whose parser reads the name. `v5.1.0`, the oldest tag in PostgREST's history, stands for
   * "v5.1.0 or earlier"; anything before v12 means "in every release this action supports".
   */
  readonly added: string;
  /** The first release that no longer reads it. */
  readonly removed?: string;
  /** The setting that took over from a removed one, and how it differs. */
  readonly replacedBy?: { readonly name: string; readonly note?: string };
  /** An old name PostgREST still reads, standing for this setting. */
  readonly aliasOf?: string;
  /** The old name is read before the new one (so it wins when both are set). */
  readonly aliasWins?: boolean;
  /** Ordered by `since`; empty for an alias, which takes its setting's. */
  readonly meanings: readonly SettingMeaning[];
  /** The documentation (or, for what the docs leave out, the parser) that says so. */
  readonly source: string;
  /** The changelog entry of a change inside the supported releases (v12 on): release, pull request, what. */
  readonly changelog?: string;
  /** For PostgREST's own tests, not documented. */
  readonly internal?: boolean;
}

// Reading values as PostgREST does ----------------------------------------------------------------------------

/** Haskell's `read` of an `Int`/`Integer`: optional blanks and sign, decimal, `0x` hex or `0o` octal digits. */
const HASKELL_INTEGER = /^\s*(-?)\s*(\d+|0[xX][0-9a-fA-F]+|0[oO][0-7]+)\s*$/;

/** A whole number as PostgREST reads an integer setting; undefined when it cannot (it then keeps the default). */
export function readInteger(value: string): number | undefined {
  const match = HASKELL_INTEGER.exec(value);
  if (!match) return undefined;
  const [, sign = '', digits = ''] = match;
  const magnitude = /^0[oO]/.test(digits) ? parseInt(digits.slice(2), 8) : Number(digits);
  return sign === '-' ? -magnitude : magnitude;
}

/**
 * A boolean as PostgREST reads one (`coerceBool` in Config.hs): its letters alone, title-cased, must spell
 * `True` or `False` (`true`, `TRUE`, `"false"`), else the whole value must be an integer (`1` true, `0` false).
 * Undefined otherwise — `yes`, `on`, `y` — and PostgREST then keeps the default.
 */
export function readBoolean(value: string): boolean | undefined {
  const letters = value.replace(/\P{L}/gu, '');
  const titled = letters.slice(0, 1).toUpperCase() + letters.slice(1).toLowerCase();
  if (titled === 'True') return true;
  if (titled === 'False') return false;
  const number = readInteger(value);
  return number === undefined ? undefined : number > 0;
}

// Value grammars -----------------------------------------------------------------------------------------------

const STRING: SettingValue = {
  kind: 'string',
  describe: 'text',
  check: () => undefined,
  onBadValue: 'default',
};

const BOOLEAN: SettingValue = {
  kind: 'boolean',
  describe: 'true or false (a whole number also works: above 0 is true)',
  check: (value) =>
    readBoolean(value) === undefined ? 'is neither true nor false as PostgREST reads booleans' : undefined,
  onBadValue: 'default',
};

const INTEGER: SettingValue = {
  kind: 'integer',
  describe: 'a whole number',
  check: (value) => (readInteger(value) === undefined ? 'is not a whole number' : undefined),
  onBadValue: 'default',
};

function oneOf(...values: string[]): SettingValue {
  return {
    kind: 'enum',
    describe: values.join(' | '),
    values,
    check: (value) => (values.includes(value) ? undefined : `is not one of ${values.join(', ')}`),
    onBadValue: 'fails',
  };
}

/** A socket's file mode: `readOct` takes the leading octal digits, which must be 600 to 777. */
const FILE_MODE: SettingValue = {
  kind: 'file-mode',
  describe: 'an octal file mode from 600 to 777',
  check: (value) => {
    const digits = /^[0-7]+/.exec(value)?.[0];
    if (digits === undefined) return 'is not an octal number';
    const mode = parseInt(digits, 8);
    return mode >= 0o600 && mode <= 0o777 ? undefined : 'is not between 600 and 777';
  },
  onBadValue: 'fails',
};

/** RFC 3986 characters (an approximation of Network.URI's `isURI`: the grammar of each part is not checked). */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/** `jwt-aud`: a string, which must be a URI as soon as it holds a `:`. */
const AUDIENCE: SettingValue = {
  kind: 'audience',
  describe: 'a string without ":", or a URI',
  check: (value) => (!value.includes(':') || URI.test(value) ? undefined : 'holds ":" but is not a URI'),
  onBadValue: 'fails',
};

/** `openapi-server-proxy-uri` (`isMalformedProxyUri`): absolute http(s), a host, no user, no query, port 1–65535. */
const PROXY_URI: SettingValue = {
  kind: 'proxy-uri',
  describe: 'an http or https URI with a host and no user or query, such as https://example.com:8443/api',
  check: (value) => {
    const match = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[^/?#@:[\]]*)(?::(\d*))?([^?#]*)$/i.exec(value);
    if (!match || !URI.test(value)) return 'is not an absolute http(s) URI without query or fragment';
    if (/^[a-z]+:\/\/[^/]*@/i.test(value)) return 'names a user, which PostgREST refuses';
    const [, , host = '', port] = match;
    if (host === '') return 'has no host';
    if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535))
      return 'has no port from 1 to 65535';
    return undefined;
  },
  onBadValue: 'fails',
};

/** `db-schemas` from v16: PostgREST refuses to expose its system schemas. */
const SCHEMAS_V16: SettingValue = {
  kind: 'schemas',
  describe: 'comma-separated schema names, without pg_catalog and information_schema',
  check: (value) => {
    const system = value
      .split(',')
      .map((schema) => schema.trim())
      .find((schema) => schema === 'pg_catalog' || schema === 'information_schema');
    return system === undefined ? undefined : `names ${system}, which PostgREST refuses to expose`;
  },
  onBadValue: 'fails',
};

// Sources ------------------------------------------------------------------------------------------------------

const docs = (major: number, anchor: string): string =>
  `https://docs.postgrest.org/en/v${String(major)}/references/configuration.html#${anchor}`;
const PARSER_V16 = 'https://github.com/PostgREST/postgrest/blob/v16.2/src/library/PostgREST/Config.hs';
const PARSER_V14_12 = 'https://github.com/PostgREST/postgrest/blob/v14.12/src/PostgREST/Config.hs';
const PARSER_V13 = 'https://github.com/PostgREST/postgrest/blob/v13.0.8/src/PostgREST/Config.hs';

/** The oldest release the action supports: a setting read from before it is "in every supported release". */
const SUPPORTED_FROM = 'v12.0.0';

/** A setting with one meaning throughout, documented in v16. */
function setting(
  name: string,
  added: string,
  value: SettingValue,
  fallback: string,
  extra: Partial<PostgrestSetting> = {},
): PostgrestSetting {
  return {
    name,
    added,
    meanings: [{ since: SUPPORTED_FROM, value, default: fallback }],
    source: docs(16, name),
    ...extra,
  };
}

/** An old name PostgREST still reads for `target`. */
function alias(
  name: string,
  target: string,
  added: string,
  source: string,
  aliasWins = false,
): PostgrestSetting {
  return { name, added, aliasOf: target, meanings: [], source, ...(aliasWins ? { aliasWins } : {}) };
}

const LOG_LEVELS = ['crit', 'error', 'warn', 'info'];
const TX_END = ['commit', 'commit-allow-override', 'rollback', 'rollback-allow-override'];

/** Every setting PostgREST v12.0.0 to v16.2 reads, its old names and the ones these releases dropped. */
export const SETTINGS: readonly PostgrestSetting[] = [
  setting('admin-server-config-enabled', 'v12.2.12', BOOLEAN, 'false', {
    removed: 'v13.0.0',
    source: docs(12, 'admin-server-config-enabled'),
    changelog:
      '12.2.12 (#3956): the admin server /config endpoint is off unless this is true; 13.0.0 (#3956): the endpoint and this setting are gone',
  }),
  setting('admin-server-host', 'v13.0.0', STRING, "server-host's value", {
    changelog: '13.0.0 (#3558): added',
  }),
  setting('admin-server-port', 'v10.0.0', INTEGER, 'none: no admin server'),
  setting('admin-server-unix-socket', 'v16.0', STRING, 'none', { changelog: '16.0 (#5003): added' }),
  setting('admin-server-unix-socket-mode', 'v16.0', FILE_MODE, '660', { changelog: '16.0 (#5003): added' }),
  setting('client-error-verbosity', 'v16.0', oneOf('verbose', 'minimal'), 'verbose', {
    changelog: '16.0 (#4088): added',
  }),
  setting('db-aggregates-enabled', 'v12.0.0', BOOLEAN, 'false', {
    changelog: '12.0.0 (#915): added, with aggregate functions',
  }),
  setting('db-anon-role', 'v5.1.0', STRING, 'none: anonymous requests are refused'),
  setting('db-channel', 'v8.0.0', STRING, 'pgrst'),
  setting('db-channel-enabled', 'v8.0.0', BOOLEAN, 'true'),
  setting('db-config', 'v8.0.0', BOOLEAN, 'true'),
  setting('db-extra-search-path', 'v5.2.0', STRING, 'public'),
  setting(
    'db-hoisted-tx-settings',
    'v12.2.0',
    STRING,
    'statement_timeout,plan_filter.statement_cost_limit,default_transaction_isolation',
    { changelog: '12.2.0 (#3242): added' },
  ),
  setting('db-max-rows', 'v8.0.0', INTEGER, 'none: no limit'),
  setting('db-plan-enabled', 'v10.0.0', BOOLEAN, 'false'),
  setting('db-pool', 'v5.1.0', INTEGER, '10'),
  setting('db-pool-acquisition-timeout', 'v10.1.0', INTEGER, '10'),
  setting('db-pool-automatic-recovery', 'v12.0.0', BOOLEAN, 'true', { changelog: '12.0.0 (#1614): added' }),
  setting('db-pool-max-idletime', 'v11.1.0', INTEGER, '30'),
  setting('db-pool-max-lifetime', 'v10.2.0', INTEGER, '1800'),
  setting('db-pre-config', 'v11.1.0', STRING, 'none'),
  setting('db-pre-request', 'v8.0.0', STRING, 'none'),
  setting('db-prepared-statements', 'v8.0.0', BOOLEAN, 'true'),
  setting('db-root-spec', 'v8.0.0', STRING, 'none'),
  {
    name: 'db-schemas',
    added: 'v8.0.0',
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: 'public' },
      { since: 'v16.0', value: SCHEMAS_V16, default: 'public' },
    ],
    source: docs(16, 'db-schemas'),
    changelog: '16.0 (#4359): startup fails when pg_catalog or information_schema is listed',
  },
  setting('db-tx-end', 'v8.0.0', oneOf(...TX_END), 'commit'),
  setting('db-uri', 'v5.1.0', STRING, 'postgresql://'),
  {
    name: 'jwt-aud',
    added: 'v5.1.0',
    meanings: [
      { since: SUPPORTED_FROM, value: AUDIENCE, default: 'none' },
      // 13.0.0 swapped the JWT library and lost the URI check; 13.0.4 (#4132) restored it.
      { since: 'v13.0.0', value: STRING, default: 'none' },
      { since: 'v13.0.4', value: AUDIENCE, default: 'none' },
    ],
    source: docs(16, 'jwt-aud'),
    changelog: '13.0.4 (#4132): an aud that is not a valid URI fails again',
  },
  setting('jwt-cache-max-entries', 'v14.0', INTEGER, '1000', {
    changelog: '14.0 (#4084): replaces jwt-cache-max-lifetime',
  }),
  setting('jwt-cache-max-lifetime', 'v12.0.0', INTEGER, '0: no cache', {
    removed: 'v14.0',
    replacedBy: {
      name: 'jwt-cache-max-entries',
      note: 'a number of cached tokens, default 1000, not seconds',
    },
    source: docs(13, 'jwt-cache-max-lifetime'),
    changelog: '12.0.0 (#2698): added; 14.0 (#4084): replaced by jwt-cache-max-entries',
  }),
  {
    name: 'jwt-role-claim-key',
    added: 'v8.0.0',
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: '.role' },
      { since: 'v16.0', value: STRING, default: '$.role' },
    ],
    source: docs(16, 'jwt-role-claim-key'),
    changelog:
      '16.0 (#4984): RFC 9535 JSONPath, default $.role; the grammar is checked by pgrst/role-claim-key',
  },
  setting('jwt-secret', 'v5.1.0', STRING, 'none: tokens are refused'),
  setting('jwt-secret-is-base64', 'v8.0.0', BOOLEAN, 'false'),
  {
    name: 'log-level',
    added: 'v8.0.0',
    meanings: [
      { since: SUPPORTED_FROM, value: oneOf(...LOG_LEVELS), default: 'error' },
      { since: 'v12.2.0', value: oneOf(...LOG_LEVELS, 'debug'), default: 'error' },
    ],
    source: docs(16, 'log-level'),
    changelog: '12.2.0 (#3435): adds debug',
  },
  {
    name: 'log-query',
    added: 'v13.0.0',
    meanings: [
      { since: 'v13.0.0', value: oneOf('disabled', 'main-query'), default: 'disabled' },
      { since: 'v14.0', value: BOOLEAN, default: 'false' },
    ],
    source: docs(16, 'log-query'),
    changelog: '13.0.0 (#1578): added, disabled | main-query; 14.0 (#3934): a boolean instead',
  },
  setting(
    'openapi-mode',
    'v8.0.0',
    oneOf('follow-privileges', 'ignore-privileges', 'disabled'),
    'follow-privileges',
  ),
  setting('openapi-security-active', 'v10.0.0', BOOLEAN, 'false'),
  setting('openapi-server-proxy-uri', 'v7.0.1', PROXY_URI, 'none'),
  setting('server-cors-allowed-origins', 'v12.0.0', STRING, 'none: any origin', {
    source: docs(16, 'server-cors-allowed-origins'),
    changelog: '12.0.0 (#2441): added',
  }),
  setting('server-host', 'v5.1.0', STRING, '!4'),
  setting('server-port', 'v5.1.0', INTEGER, '3000'),
  setting('server-reuseport', 'v16.0', BOOLEAN, 'false', { changelog: '16.0 (#4703): added' }),
  setting('server-timing-enabled', 'v12.0.0', BOOLEAN, 'false', {
    changelog: '12.0.0 (#2771): added, with the Server-Timing header',
  }),
  setting('server-trace-header', 'v11.0.0', STRING, 'none'),
  setting('server-unix-socket', 'v6.0.0', STRING, 'none'),
  setting('server-unix-socket-mode', 'v7.0.0', FILE_MODE, '660'),
  setting('url-use-legacy-target-names', 'v16.0', BOOLEAN, 'true', { changelog: '16.0 (#4075): added' }),

  // Old names PostgREST still reads (v8.0.0, #1679, renamed settings and kept the old names as fallbacks).
  alias('db-schema', 'db-schemas', 'v5.1.0', docs(16, 'db-schemas')),
  alias('max-rows', 'db-max-rows', 'v5.1.0', docs(16, 'db-max-rows')),
  alias('pre-request', 'db-pre-request', 'v5.1.0', docs(16, 'db-pre-request')),
  alias('role-claim-key', 'jwt-role-claim-key', 'v5.1.0', docs(16, 'jwt-role-claim-key')),
  alias('root-spec', 'db-root-spec', 'v6.0.0', PARSER_V16),
  alias('secret-is-base64', 'jwt-secret-is-base64', 'v5.1.0', PARSER_V16),
  // Dropped in v10.1.0 and back in v11.1.0 as the old name of db-pool-max-idletime; the parser reads it first.
  alias('db-pool-timeout', 'db-pool-max-idletime', 'v11.1.0', docs(16, 'db-pool-max-idletime'), true),

  // For PostgREST's own tests: undocumented, but read.
  setting('internal-schema-cache-sleep', 'v11.1.0', INTEGER, 'none', {
    internal: true,
    removed: 'v14.0',
    replacedBy: { name: 'internal-schema-cache-query-sleep' },
    source: PARSER_V13,
  }),
  setting('internal-schema-cache-query-sleep', 'v14.0', INTEGER, 'none', {
    internal: true,
    source: PARSER_V16,
  }),
  setting('internal-schema-cache-load-sleep', 'v14.0', INTEGER, 'none', {
    internal: true,
    removed: 'v14.13',
    source: PARSER_V14_12,
  }),
  setting('internal-schema-cache-relationship-load-sleep', 'v14.0', INTEGER, 'none', {
    internal: true,
    removed: 'v14.13',
    source: PARSER_V14_12,
  }),
  setting('internal-schema-cache-query-sleep-before-queries', 'v16.0', INTEGER, 'none', {
    internal: true,
    source: PARSER_V16,
  }),
];

/** `PGRST_APP_SETTINGS_<NAME>`: `app.settings.<name>`, any name, passed to the database as text. */
export const APP_SETTINGS_PREFIX = 'PGRST_APP_SETTINGS_';
export const APP_SETTINGS_SOURCE = docs(16, 'app-settings');

// Lookups ------------------------------------------------------------------------------------------------------

/** The variable PostgREST reads for a setting: `db-schemas` → `PGRST_DB_SCHEMAS`. */
export function envName(name: string): string {
  return `PGRST_${name.toUpperCase().replaceAll('-', '_')}`;
}

function tag(text: string): PostgrestVersion {
  const version = parsePostgrestVersion(text);
  if (!version) throw new Error(`internal error: ${text} is not a release`);
  return version;
}

/** True when `version` is `since` or later. */
export function isSince(version: PostgrestVersion, since: string): boolean {
  const from = tag(since);
  if (version.major !== from.major) return version.major > from.major;
  if (version.minor !== from.minor) return version.minor > from.minor;
  return version.patch >= from.patch;
}

/** Whether `version` reads this name (as a setting or an old name). */
export function isRead(setting: PostgrestSetting, version: PostgrestVersion): boolean {
  return (
    isSince(version, setting.added) && (setting.removed === undefined || !isSince(version, setting.removed))
  );
}

const BY_ENV = new Map(SETTINGS.map((entry) => [envName(entry.name), entry]));
const BY_NAME = new Map(SETTINGS.map((entry) => [entry.name, entry]));

/** The entry of a setting by its config-file name. */
export function settingNamed(name: string): PostgrestSetting | undefined {
  return BY_NAME.get(name);
}

/** What `version` takes for a setting (for an old name: its setting's), or undefined when it does not read it. */
export function meaningOf(setting: PostgrestSetting, version: PostgrestVersion): SettingMeaning | undefined {
  if (!isRead(setting, version)) return undefined;
  const target = setting.aliasOf === undefined ? setting : BY_NAME.get(setting.aliasOf);
  return target?.meanings.findLast((meaning) => isSince(version, meaning.since));
}

/** The default of a setting in `version` (`settingDefault('db-pool', v14)` → `10`). */
export function settingDefault(name: string, version: PostgrestVersion): string | undefined {
  const entry = BY_NAME.get(name);
  return entry ? meaningOf(entry, version)?.default : undefined;
}

/** What a `PGRST_` variable is to one release. */
export type SettingLookup =
  | { readonly kind: 'setting'; readonly setting: PostgrestSetting; readonly meaning: SettingMeaning }
  /** An old name still read: `setting` is the one it stands for. */
  | {
      readonly kind: 'alias';
      readonly alias: PostgrestSetting;
      readonly setting: PostgrestSetting;
      readonly meaning: SettingMeaning;
    }
  | { readonly kind: 'app-setting' }
  /** Read only from a later release. */
  | { readonly kind: 'not-yet'; readonly setting: PostgrestSetting }
  /** No longer read; `replacement` when `version` reads what took over. */
  | { readonly kind: 'removed'; readonly setting: PostgrestSetting; readonly replacement?: PostgrestSetting }
  | { readonly kind: 'unknown' };

/** Look a `PGRST_` variable up for `version`. */
export function lookupSetting(env: string, version: PostgrestVersion): SettingLookup {
  if (env.startsWith(APP_SETTINGS_PREFIX) && env.length > APP_SETTINGS_PREFIX.length)
    return { kind: 'app-setting' };
  const entry = BY_ENV.get(env);
  if (!entry) return { kind: 'unknown' };
  if (!isSince(version, entry.added)) return { kind: 'not-yet', setting: entry };
  if (entry.removed !== undefined && isSince(version, entry.removed)) {
    const replacement = entry.replacedBy && BY_NAME.get(entry.replacedBy.name);
    return replacement && isRead(replacement, version)
      ? { kind: 'removed', setting: entry, replacement }
      : { kind: 'removed', setting: entry };
  }
  const meaning = meaningOf(entry, version);
  const target = entry.aliasOf === undefined ? undefined : BY_NAME.get(entry.aliasOf);
  if (!meaning) return { kind: 'unknown' };
  return target
    ? { kind: 'alias', alias: entry, setting: target, meaning }
    : { kind: 'setting', setting: entry, meaning };
}

/** The variables `version` reads, settings first, then old names (for did-you-mean); internal ones left out. */
export function settingEnvNames(version: PostgrestVersion): string[] {
  const read = SETTINGS.filter((entry) => !entry.internal && isRead(entry, version));
  return [...read.filter((e) => !e.aliasOf), ...read.filter((e) => e.aliasOf)].map((e) => envName(e.name));
}

/**
 * Why `version` does not take `value` for a setting, or undefined when it does. An empty value is the default
 * (PostgREST reads "" as unset).
 */
export function checkSettingValue(meaning: SettingMeaning, value: string): string | undefined {
  return value === '' ? undefined : meaning.value.check(value);
}

/** The documentation of every setting of `version`. */
export function settingsDocs(version: PostgrestVersion): string {
  return `https://docs.postgrest.org/en/v${String(version.major)}/references/configuration.html`;
}
