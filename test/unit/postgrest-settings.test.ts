import { describe, expect, test } from 'vitest';
import {
  checkSettingValue,
  envName,
  isRead,
  lookupSetting,
  meaningOf,
  readBoolean,
  readInteger,
  settingDefault,
  settingNamed,
  SETTINGS,
} from '../../src/postgrest/settings.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';

const v = (text: string): PostgrestVersion => {
  const version = parsePostgrestVersion(text);
  if (!version) throw new Error(text);
  return version;
};

describe('the settings table', () => {
  test.each(SETTINGS.map((s) => [s.name, s] as const))('%s is sourced and consistent', (_, entry) => {
    expect(entry.source).toMatch(
      /^https:\/\/(docs\.postgrest\.org\/en\/v1[2-6]\/references\/configuration\.html#[a-z-]+|github\.com\/PostgREST\/postgrest\/blob\/v[\d.]+\/src\/)/,
    );
    expect(envName(entry.name)).toMatch(/^PGRST_[A-Z0-9_]+$/);
    expect(parsePostgrestVersion(entry.added)).toBeDefined();
    if (entry.removed !== undefined) {
      expect(parsePostgrestVersion(entry.removed)).toBeDefined();
      expect(isRead(entry, v(entry.removed))).toBe(false);
    }
    // A change inside the supported releases (v12 on) names its changelog entry; internal settings have none.
    const changedInRange =
      (entry.removed !== undefined || (parsePostgrestVersion(entry.added)?.major ?? 0) >= 12) &&
      !entry.internal;
    if (changedInRange) expect(entry.changelog, entry.name).toMatch(/^\d+\.\d+(\.\d+)? \(#\d+\)/);
    if (entry.aliasOf !== undefined) {
      expect(entry.meanings).toEqual([]);
      expect(settingNamed(entry.aliasOf)?.aliasOf).toBeUndefined();
    } else {
      expect(entry.meanings.length).toBeGreaterThan(0);
      expect(entry.meanings[0]?.since === 'v12.0.0' || entry.meanings[0]?.since === entry.added).toBe(true);
    }
    if (entry.replacedBy) expect(settingNamed(entry.replacedBy.name)).toBeDefined();
  });

  test('names are unique', () => {
    expect(new Set(SETTINGS.map((s) => s.name)).size).toBe(SETTINGS.length);
  });

  // What each release's parser (Config.hs, `parser`) reads, app.settings.* aside.
  const COMMON = [
    'admin-server-port',
    'db-aggregates-enabled',
    'db-anon-role',
    'db-channel',
    'db-channel-enabled',
    'db-config',
    'db-extra-search-path',
    'db-max-rows',
    'db-plan-enabled',
    'db-pool',
    'db-pool-acquisition-timeout',
    'db-pool-automatic-recovery',
    'db-pool-max-idletime',
    'db-pool-max-lifetime',
    'db-pool-timeout',
    'db-pre-config',
    'db-pre-request',
    'db-prepared-statements',
    'db-root-spec',
    'db-schema',
    'db-schemas',
    'db-tx-end',
    'db-uri',
    'jwt-aud',
    'jwt-role-claim-key',
    'jwt-secret',
    'jwt-secret-is-base64',
    'log-level',
    'max-rows',
    'openapi-mode',
    'openapi-security-active',
    'openapi-server-proxy-uri',
    'pre-request',
    'role-claim-key',
    'root-spec',
    'secret-is-base64',
    'server-cors-allowed-origins',
    'server-host',
    'server-port',
    'server-timing-enabled',
    'server-trace-header',
    'server-unix-socket',
    'server-unix-socket-mode',
  ];
  const V14 = [
    ...COMMON,
    'admin-server-host',
    'db-hoisted-tx-settings',
    'jwt-cache-max-entries',
    'log-query',
    'internal-schema-cache-query-sleep',
  ];
  test.each([
    ['v12.0.0', [...COMMON, 'jwt-cache-max-lifetime', 'internal-schema-cache-sleep']],
    [
      'v12.2.12',
      [
        ...COMMON,
        'admin-server-config-enabled',
        'db-hoisted-tx-settings',
        'jwt-cache-max-lifetime',
        'internal-schema-cache-sleep',
      ],
    ],
    [
      'v13.0.8',
      [
        ...COMMON,
        'admin-server-host',
        'db-hoisted-tx-settings',
        'jwt-cache-max-lifetime',
        'log-query',
        'internal-schema-cache-sleep',
      ],
    ],
    ['v14.0', [...V14, 'internal-schema-cache-load-sleep', 'internal-schema-cache-relationship-load-sleep']],
    ['v14.17', V14],
    [
      'v16.2',
      [
        ...V14,
        'admin-server-unix-socket',
        'admin-server-unix-socket-mode',
        'client-error-verbosity',
        'server-reuseport',
        'url-use-legacy-target-names',
        'internal-schema-cache-query-sleep-before-queries',
      ],
    ],
  ] as const)('%s reads exactly the names its parser reads', (version, names) => {
    const read = SETTINGS.filter((s) => isRead(s, v(version))).map((s) => s.name);
    expect(read.sort()).toEqual([...names].sort());
  });
});

describe('lookups per release', () => {
  test.each([
    ['PGRST_DB_SCHEMAS', 'v12.2.12', 'setting', undefined],
    ['PGRST_DB_SCHEMA', 'v12.2.12', 'alias', 'db-schemas'],
    ['PGRST_DB_SCHEMA', 'v14.17', 'alias', 'db-schemas'],
    ['PGRST_DB_SCHEMA', 'v16.2', 'alias', 'db-schemas'],
    ['PGRST_MAX_ROWS', 'v16.2', 'alias', 'db-max-rows'],
    ['PGRST_DB_POOL_TIMEOUT', 'v14.17', 'alias', 'db-pool-max-idletime'],
    ['PGRST_ADMIN_SERVER_CONFIG_ENABLED', 'v12.2.11', 'not-yet', undefined],
    ['PGRST_ADMIN_SERVER_CONFIG_ENABLED', 'v12.2.12', 'setting', undefined],
    ['PGRST_ADMIN_SERVER_CONFIG_ENABLED', 'v13.0.0', 'removed', undefined],
    ['PGRST_JWT_CACHE_MAX_LIFETIME', 'v13.0.8', 'setting', undefined],
    ['PGRST_JWT_CACHE_MAX_LIFETIME', 'v14.0', 'removed', 'jwt-cache-max-entries'],
    ['PGRST_JWT_CACHE_MAX_LIFETIME', 'v16.2', 'removed', 'jwt-cache-max-entries'],
    ['PGRST_JWT_CACHE_MAX_ENTRIES', 'v13.0.8', 'not-yet', undefined],
    ['PGRST_JWT_CACHE_MAX_ENTRIES', 'v14.0', 'setting', undefined],
    ['PGRST_LOG_QUERY', 'v12.2.12', 'not-yet', undefined],
    ['PGRST_LOG_QUERY', 'v13.0.0', 'setting', undefined],
    ['PGRST_DB_HOISTED_TX_SETTINGS', 'v12.0.3', 'not-yet', undefined],
    ['PGRST_DB_HOISTED_TX_SETTINGS', 'v12.2.0', 'setting', undefined],
    ['PGRST_SERVER_REUSEPORT', 'v14.17', 'not-yet', undefined],
    ['PGRST_SERVER_REUSEPORT', 'v16.0', 'setting', undefined],
    ['PGRST_CLIENT_ERROR_VERBOSITY', 'v16.2', 'setting', undefined],
    ['PGRST_INTERNAL_SCHEMA_CACHE_LOAD_SLEEP', 'v14.12', 'setting', undefined],
    ['PGRST_INTERNAL_SCHEMA_CACHE_LOAD_SLEEP', 'v14.13', 'removed', undefined],
    ['PGRST_INTERNAL_SCHEMA_CACHE_SLEEP', 'v14.17', 'removed', 'internal-schema-cache-query-sleep'],
    ['PGRST_APP_SETTINGS_JWT_SECRET', 'v14.17', 'app-setting', undefined],
    ['PGRST_APP_SETTINGS_', 'v14.17', 'unknown', undefined],
    ['PGRST_JWT_ROLE_CLAIM_KEYS', 'v14.17', 'unknown', undefined],
    ['PGRST_ENTRYPOINT_DEBUG', 'v14.17', 'unknown', undefined],
  ] as const)('%s in %s: %s', (env, version, kind, related) => {
    const lookup = lookupSetting(env, v(version));
    expect(lookup.kind).toBe(kind);
    if (lookup.kind === 'alias') expect(lookup.setting.name).toBe(related);
    if (lookup.kind === 'removed') expect(lookup.replacement?.name).toBe(related);
  });

  test.each([
    ['db-pool', 'v12.0.0', '10'],
    ['db-pool', 'v16.2', '10'],
    ['db-channel-enabled', 'v14.17', 'true'],
    ['jwt-role-claim-key', 'v14.17', '.role'],
    ['jwt-role-claim-key', 'v16.0', '$.role'],
    ['log-query', 'v13.0.8', 'disabled'],
    ['log-query', 'v14.0', 'false'],
    ['jwt-cache-max-entries', 'v14.17', '1000'],
    ['jwt-cache-max-entries', 'v13.0.8', undefined],
  ] as const)('the default of %s in %s is %s', (name, version, expected) => {
    expect(settingDefault(name, v(version))).toBe(expected);
  });

  test("an old name takes its setting's meaning", () => {
    const alias = settingNamed('db-schema');
    if (!alias) throw new Error('db-schema missing');
    expect(meaningOf(alias, v('v16.2'))).toBe(meaningOf(settingNamed('db-schemas') ?? alias, v('v16.2')));
  });
});

describe('values as PostgREST reads them', () => {
  test.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['"true"', true],
    [' true ', true],
    ['1', true],
    ['2', true],
    ['0', false],
    ['-1', false],
    ['yes', undefined],
    ['on', undefined],
    ['off', undefined],
    ['t', undefined],
    ['', undefined],
  ] as const)('boolean %j → %s', (text, expected) => {
    expect(readBoolean(text)).toBe(expected);
  });

  test.each([
    ['10', 10],
    [' 10 ', 10],
    ['-5', -5],
    ['0x10', 16],
    ['0o17', 15],
    ['10.5', undefined],
    ['ten', undefined],
    ['10s', undefined],
    ['', undefined],
  ] as const)('integer %j → %s', (text, expected) => {
    expect(readInteger(text)).toBe(expected);
  });

  const check = (name: string, version: string, value: string): string | undefined => {
    const entry = settingNamed(name);
    const meaning = entry && meaningOf(entry, v(version));
    if (!meaning) throw new Error(`${name} is not read by ${version}`);
    return checkSettingValue(meaning, value);
  };
  test.each([
    ['log-level', 'v12.0.0', 'debug', false],
    ['log-level', 'v12.2.0', 'debug', true],
    ['log-level', 'v14.17', 'verbose', false],
    ['log-query', 'v13.0.8', 'main-query', true],
    ['log-query', 'v14.17', 'main-query', false],
    ['log-query', 'v14.17', 'true', true],
    ['openapi-mode', 'v16.2', 'disabled', true],
    ['openapi-mode', 'v16.2', 'off', false],
    ['db-tx-end', 'v14.17', 'rollback-allow-override', true],
    ['db-tx-end', 'v14.17', 'abort', false],
    ['client-error-verbosity', 'v16.2', 'minimal', true],
    ['client-error-verbosity', 'v16.2', 'terse', false],
    ['db-pool', 'v14.17', '20', true],
    ['db-pool', 'v14.17', 'twenty', false],
    ['db-pool', 'v14.17', '', true],
    ['db-prepared-statements', 'v14.17', 'false', true],
    ['db-prepared-statements', 'v14.17', 'no', false],
    ['server-unix-socket-mode', 'v14.17', '660', true],
    ['server-unix-socket-mode', 'v14.17', '0600', true],
    ['server-unix-socket-mode', 'v14.17', '500', false],
    ['server-unix-socket-mode', 'v14.17', 'rw', false],
    ['jwt-aud', 'v14.17', 'my-api', true],
    ['jwt-aud', 'v14.17', 'urn:example:api', true],
    ['jwt-aud', 'v14.17', 'https://api example', false],
    ['jwt-aud', 'v13.0.2', 'https://api example', true],
    ['jwt-aud', 'v12.2.12', 'https://api example', false],
    ['openapi-server-proxy-uri', 'v14.17', 'https://example.com:8443/api', true],
    ['openapi-server-proxy-uri', 'v14.17', 'https://user@example.com/', false],
    ['openapi-server-proxy-uri', 'v14.17', 'https://example.com/?a=1', false],
    ['openapi-server-proxy-uri', 'v14.17', 'ftp://example.com/', false],
    ['openapi-server-proxy-uri', 'v14.17', 'https://example.com:0/', false],
    ['openapi-server-proxy-uri', 'v14.17', 'example.com', false],
    ['openapi-server-proxy-uri', 'v14.17', 'http://[::1]:3000/api', true],
    ['openapi-server-proxy-uri', 'v14.17', 'http://example.com:/', false],
    ['db-schemas', 'v14.17', 'api, pg_catalog', true],
    ['db-schemas', 'v16.2', 'api, pg_catalog', false],
    ['db-schemas', 'v16.2', 'api,information_schema', false],
    ['db-schemas', 'v16.2', 'api, extensions', true],
  ] as const)('%s in %s: %j accepted: %s', (name, version, value, accepted) => {
    expect(check(name, version, value) === undefined).toBe(accepted);
  });
});
