import { describe, expect, test } from 'vitest';
import { checkRoleClaimKey, parseJsonPath, parseLegacyClaimKey } from '../../src/postgrest/claim-key.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';

const version = (tag: string) => {
  const parsed = parsePostgrestVersion(tag);
  if (!parsed) throw new Error(`bad version ${tag}`);
  return parsed;
};

// [key, v12.2.12, v14.17, v16.0, v16.2] → 'ok' | 'error' | 'deprecated'
const TABLE: [string, string, string, string, string][] = [
  ['.role', 'ok', 'ok', 'error', 'deprecated'],
  ['.my."jwt-claims"."postgrest-role"', 'ok', 'ok', 'error', 'deprecated'],
  ['.my.jwt-claims.postgrest-role', 'error', 'error', 'error', 'error'],
  ['.realm_access.roles[0]', 'ok', 'ok', 'error', 'deprecated'],
  ['.a[0][1]', 'error', 'ok', 'error', 'deprecated'],
  ['[0].role', 'error', 'ok', 'error', 'deprecated'],
  ['.$x.@y', 'ok', 'ok', 'error', 'deprecated'],
  ['.ünïcode', 'ok', 'ok', 'error', 'deprecated'],
  ['role', 'error', 'error', 'error', 'error'],
  ['', 'error', 'error', 'error', 'error'],
  ['.roles[?(@ == "admin")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@=="admin")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@ != "x")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@ ^== "app_")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@ ==^ "_rw")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@ *== "web")]', 'error', 'ok', 'error', 'deprecated'],
  ['.roles[?(@ == "a")].x', 'error', 'error', 'error', 'error'],
  ['.roles[?(@ === "a")]', 'error', 'error', 'error', 'error'],
  ['.roles[?(@ == admin)]', 'error', 'error', 'error', 'error'],
  ['.a."unterminated', 'error', 'error', 'error', 'error'],
  ['$.role', 'error', 'error', 'ok', 'ok'],
  ['$.my["jwt-claims"]["postgrest-role"]', 'error', 'error', 'ok', 'ok'],
  ["$['a b'].c", 'error', 'error', 'ok', 'ok'],
  ['$.roles[0]', 'error', 'error', 'ok', 'ok'],
  ['$.roles[-1]', 'error', 'error', 'ok', 'ok'],
  ['$.roles[?search(@, "^app_")]', 'error', 'error', 'ok', 'ok'],
  ['$.roles[?@ == "admin"]', 'error', 'error', 'ok', 'ok'],
  ['$.roles[?(@ == "a" || @ == "b")]', 'error', 'error', 'ok', 'ok'],
  ['$..role', 'error', 'error', 'ok', 'ok'],
  ['$.my.jwt-claims', 'error', 'error', 'error', 'error'],
  ['$.roles[?"a"]', 'error', 'error', 'error', 'error'],
  ['$.a[', 'error', 'error', 'error', 'error'],
];

describe('role claim key per PostgREST version', () => {
  test.each(TABLE)('%s', (key, v12, v14, v16, v162) => {
    const outcome = (tag: string) => {
      const check = checkRoleClaimKey(key, version(tag));
      return check.ok ? (check.deprecated ? 'deprecated' : 'ok') : 'error';
    };
    expect([outcome('v12.2.12'), outcome('v14.17'), outcome('v16.0'), outcome('v16.2')]).toEqual([
      v12,
      v14,
      v16,
      v162,
    ]);
  });

  test.each([
    ['.my.jwt-claims.postgrest-role', 'v14.17', '.my."jwt-claims"."postgrest-role"'],
    ['.my."jwt-claims"."postgrest-role"', 'v16.0', '$.my["jwt-claims"]["postgrest-role"]'],
    ['.realm_access.roles[0]', 'v16.1', '$.realm_access.roles[0]'],
    ['.role', 'v16.2', '$.role'],
    ['$.my.jwt-claims.role', 'v16.0', '$.my["jwt-claims"].role'],
  ])('%s on %s suggests %s', (key, tag, suggestion) => {
    expect(checkRoleClaimKey(key, version(tag)).suggestion).toBe(suggestion);
    // the suggestion itself is accepted without a warning
    const again = checkRoleClaimKey(suggestion, version(tag));
    expect(again.ok && !again.deprecated).toBe(true);
  });

  test('the parsed path of a v13 key', () => {
    expect(parseLegacyClaimKey('.a."b-c"[2][?(@ ==^ "_rw")]', 'v13')).toEqual({
      segments: [
        { kind: 'key', name: 'a' },
        { kind: 'key', name: 'b-c' },
        { kind: 'index', index: 2 },
        { kind: 'filter', operator: '==^', operand: '_rw' },
      ],
    });
  });

  test('errors name the position', () => {
    expect(parseJsonPath('$.a.1b')).toEqual({
      ok: false,
      error: expect.objectContaining({ offset: 4 }) as unknown,
    });
  });
});
