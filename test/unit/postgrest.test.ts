// PostgREST as the spec describes it: connection strings as libpq reads them, releases, which container runs
// PostgREST, its image's pin and an entrypoint a command may still run.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { conninfoValue, parseConninfo } from '../../src/postgrest/conninfo.js';
import { postgrestContainerIndex } from '../../src/postgrest/container.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { ENTRYPOINT_SCRIPT, imagePinOf, runsEntrypoint } from '../../src/spec/rules/postgrest/index.js';

describe('libpq connection strings', () => {
  test.each([
    ['host=db sslmode=verify-ca sslkey=/k', { sslmode: 'verify-ca', sslkey: '/k' }, false],
    ["host = db  sslkey='/a b/k' password=''", { sslkey: '/a b/k' }, false],
    ["sslkey='it\\'s' password=x", { sslkey: "it's" }, true],
    [
      'postgresql://u@h/db?sslmode=verify-full&sslcert=%2Fc',
      { sslmode: 'verify-full', sslcert: '/c' },
      false,
    ],
    ['postgres://u:pw@h1,h2:5432/db', {}, true],
    ['postgresql://u@/db?password=pw', {}, true],
  ])('%s', (text, expected, hasPassword) => {
    const conninfo = parseConninfo(text);
    for (const [keyword, value] of Object.entries(expected))
      expect(conninfoValue(conninfo, keyword)?.value).toBe(value);
    expect(conninfo.hasPassword).toBe(hasPassword);
  });
  test.each(['host', "sslkey='open", 'postgresql://h/db?x'])('%s is refused', (text) => {
    expect(() => parseConninfo(text)).toThrow(/connection string/);
  });
  test('a ? in the password is part of it, as libpq reads it (not the start of the parameters)', () => {
    const conninfo = parseConninfo('postgresql://app:Sesame?sslkey=4d1f@db/app?sslmode=verify-ca');
    expect(conninfoValue(conninfo, 'sslkey')).toBeUndefined();
    expect(conninfoValue(conninfo, 'sslmode')?.value).toBe('verify-ca');
    expect(conninfo.hasPassword).toBe(true);
  });
  test.each([
    ['an unquoted space in a password', 'host=db password=Sesame 4d1f-Tulip'],
    ['a stray % in a URI password parameter', 'postgresql://db/app?password=Sesame%4d1f%Tulip'],
    ['a password parameter without =', 'postgresql://db/app?Sesame-4d1f-Tulip'],
    ['an unterminated quote', "host=db password='Sesame 4d1f-Tulip"],
  ])('%s: the error never quotes a piece of it', (_, text) => {
    expect(() => parseConninfo(text)).toThrow(/connection string/);
    try {
      parseConninfo(text);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/Sesame|4d1f|Tulip/);
    }
  });
});

describe('versions and images', () => {
  test.each([
    ['v14.17', { major: 14, minor: 17, patch: 0, tag: 'v14.17' }],
    ['12.2.12', { major: 12, minor: 2, patch: 12, tag: 'v12.2.12' }],
    ['latest', undefined],
  ])('%s', (text, version) => {
    expect(parsePostgrestVersion(text)).toEqual(version);
  });
  test.each([
    ['postgrest/postgrest:v14.17', 'tag'],
    ['postgrest/postgrest', 'none'],
    ['localhost:5000/postgrest', 'none'],
    ['localhost:5000/postgrest:latest', 'latest'],
    [`r/i@sha256:${'a'.repeat(64)}`, 'digest'],
  ])('%s is pinned by %s', (image, pin) => {
    expect(imagePinOf(image)).toBe(pin);
  });
});

describe('a command that still runs the entrypoint script', () => {
  test.each<[string[], string[], boolean]>([
    [['/usr/local/bin/run.sh'], [], true],
    [['run.sh'], ['--verbose'], true],
    [['/bin/sh'], ['/usr/local/bin/run.sh'], true],
    [['/bin/sh', '-c'], ['umask 077 && exec /usr/local/bin/run.sh "$@"'], true],
    [['sh', '-c', 'exec run.sh'], [], true],
    [['/bin/postgrest'], [], false],
    [['/bin/sh', '-c'], ['exec /bin/postgrest'], false],
    [['/usr/local/bin/start.sh'], ['/usr/local/bin/run.sh'], false],
    [[], [], false],
  ])('command %j args %j → %s', (command, args, expected) => {
    expect(runsEntrypoint(command, args)).toBe(expected);
  });

  test("the script is the Containerfile's ENTRYPOINT", () => {
    const containerfile = readFileSync('cloudbuild/Containerfile', 'utf8');
    expect(containerfile).toMatch(new RegExp(`^ENTRYPOINT \\["${ENTRYPOINT_SCRIPT}"\\]$`, 'm'));
  });
});

describe('which container is PostgREST', () => {
  const c = (image: string, env: string[] = [], runsActionImage = false) => ({ image, env, runsActionImage });
  test.each<[string, ReturnType<typeof c>[], number | undefined]>([
    ['the only container, configured with PGRST_', [c('gcr.io/p/api:1', ['PGRST_DB_URI'])], 0],
    ['an official image among sidecars', [c('nginx'), c('postgrest/postgrest:v14.17')], 1],
    ['${IMAGE} next to a sidecar, configured', [c('nginx:1.27'), c('${IMAGE}', ['PGRST_DB_URI'], true)], 1],
    [
      '${IMAGE} alone in a service that is not PostgREST',
      [c('${IMAGE}', ['DJANGO_SETTINGS'], true)],
      undefined,
    ],
    [
      'a sidecar whose name merely mentions postgrest',
      [c('gcr.io/p/postgrest-exporter:2', ['X'])],
      undefined,
    ],
    [
      'the action image without settings, in a PostgREST service',
      [c('${IMAGE}', [], true), c('postgrest/postgrest:v14.17')],
      0,
    ],
    [
      'several candidates: the one with PGRST_DB_URI',
      [c('a', ['PGRST_LOG_LEVEL']), c('b', ['PGRST_DB_URI'])],
      1,
    ],
  ])('%s', (_, containers, expected) => {
    expect(postgrestContainerIndex(containers)).toBe(expected);
  });
});
