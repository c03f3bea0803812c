// Where the role goes in a token: at the role-claim-key path, in the grammar the deployed PostgREST version reads,
// so that PostgREST resolves exactly that role. Claims are built from the path, then read back with an
// evaluator of the same grammar before any token is signed.
import type { ClaimKeySegment } from '../postgrest/index.js';
import { claimKeyGrammarFor, parseLegacyClaimKey } from '../postgrest/index.js';
import type { PostgrestVersion } from '../postgrest/index.js';

/** One step of a role-claim-key path, in any grammar: the legacy steps plus RFC 9535's regex filters. */
export type PathStep =
  ClaimKeySegment | { readonly kind: 'regex'; readonly mode: 'search' | 'match'; readonly pattern: string };

/** A role claim key the smoke test cannot use: the message says which key, why, and what to do. */
export class ClaimKeyError extends Error {
  override name = 'ClaimKeyError';
}

const SUPPORTED_RFC9535 =
  'the smoke test places the role for $.a.b, $["a-b"], $.a[0] and a final [?@ == "x"], [?@ != "x"], [?search(@, "re")] or [?match(@, "re")]';

/** Parse the RFC 9535 forms a role claim key uses in practice (see {@link SUPPORTED_RFC9535}). */
export function parseJsonPathSteps(key: string): PathStep[] {
  const cursor: Cursor = { key, at: 0 };
  const steps: PathStep[] = [];
  if (key[0] !== '$') fail(cursor, 'an RFC 9535 path starts with $');
  cursor.at = 1;
  while (cursor.at < key.length) {
    const last = steps.at(-1)?.kind;
    if (last === 'filter' || last === 'regex') fail(cursor, 'a filter must be the last step');
    steps.push(peek(cursor) === '.' ? readMemberStep(cursor) : readBracketStep(cursor));
  }
  return steps;
}

/** Where the step readers are in the key: each advances `at` past what it accepts. */
interface Cursor {
  readonly key: string;
  at: number;
}

function fail(cursor: Cursor, why: string): never {
  throw new ClaimKeyError(
    `role claim key ${cursor.key}: ${why} at character ${String(cursor.at + 1)}; ${SUPPORTED_RFC9535}`,
  );
}

/** The character at the cursor; '' at the end. */
function peek(cursor: Cursor): string {
  return cursor.key[cursor.at] ?? '';
}

function skipSpaces(cursor: Cursor): void {
  while (peek(cursor) === ' ') cursor.at++;
}

/** `.name`, the cursor at its `.`. */
function readMemberStep(cursor: Cursor): PathStep {
  cursor.at++;
  const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(cursor.key.slice(cursor.at));
  if (!match) return fail(cursor, 'expected a member name after "."');
  cursor.at += match[0].length;
  return { kind: 'key', name: match[0] };
}

/** `[...]` holding one quoted name, index or filter. */
function readBracketStep(cursor: Cursor): PathStep {
  if (peek(cursor) !== '[') fail(cursor, 'expected "." or "["');
  cursor.at++;
  skipSpaces(cursor);
  const step = readSelectorStep(cursor);
  skipSpaces(cursor);
  if (peek(cursor) !== ']') fail(cursor, 'expected "]"');
  cursor.at++;
  return step;
}

function readSelectorStep(cursor: Cursor): PathStep {
  const first = peek(cursor);
  if (first === '"' || first === "'") return { kind: 'key', name: readString(cursor) };
  if (/[-0-9]/.test(first)) {
    const match = /^-?\d+/.exec(cursor.key.slice(cursor.at));
    cursor.at += match?.[0].length ?? 0;
    return { kind: 'index', index: Number(match?.[0]) };
  }
  if (first === '?') return readFilterStep(cursor);
  return fail(cursor, 'expected a quoted name, an index or a filter');
}

/** `?search(@, "re")`, `?match(@, "re")`, `?@ == "x"` or `?@ != "x"`, optionally in parentheses. */
function readFilterStep(cursor: Cursor): PathStep {
  cursor.at++;
  skipSpaces(cursor);
  const parenthesised = peek(cursor) === '(';
  if (parenthesised) cursor.at++;
  skipSpaces(cursor);
  const step = readRegexFilter(cursor) ?? readComparisonFilter(cursor);
  skipSpaces(cursor);
  if (parenthesised) {
    if (peek(cursor) !== ')') fail(cursor, 'expected ")"');
    cursor.at++;
    skipSpaces(cursor);
  }
  return step;
}

/** `search(@, "re")` or `match(@, "re")`; undefined (nothing read) when the filter is not one of them. */
function readRegexFilter(cursor: Cursor): PathStep | undefined {
  const regex = /^(search|match)\(\s*@\s*,\s*/.exec(cursor.key.slice(cursor.at));
  if (!regex) return undefined;
  cursor.at += regex[0].length;
  if (peek(cursor) !== '"' && peek(cursor) !== "'") fail(cursor, 'expected a quoted regular expression');
  const step: PathStep = {
    kind: 'regex',
    mode: regex[1] === 'match' ? 'match' : 'search',
    pattern: readString(cursor),
  };
  skipSpaces(cursor);
  if (peek(cursor) !== ')') fail(cursor, 'expected ")"');
  cursor.at++;
  return step;
}

/** `@ == "x"` or `@ != "x"`. */
function readComparisonFilter(cursor: Cursor): PathStep {
  if (peek(cursor) !== '@') fail(cursor, 'expected @ in the filter');
  cursor.at++;
  skipSpaces(cursor);
  const operator = cursor.key.startsWith('==', cursor.at)
    ? '=='
    : cursor.key.startsWith('!=', cursor.at)
      ? '!='
      : fail(cursor, 'expected == or !=');
  cursor.at += 2;
  skipSpaces(cursor);
  if (peek(cursor) !== '"' && peek(cursor) !== "'") fail(cursor, 'expected a quoted string to compare with');
  return { kind: 'filter', operator, operand: readString(cursor) };
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '/': '/',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** A string in single or double quotes, unescaped: JSON's escapes, and \' as well. */
function readString(cursor: Cursor): string {
  const { key } = cursor;
  const quote = key[cursor.at];
  let out = '';
  cursor.at++;
  while (cursor.at < key.length && key[cursor.at] !== quote) {
    if (key[cursor.at] !== '\\') {
      out += key[cursor.at] ?? '';
      cursor.at++;
      continue;
    }
    const next = key[cursor.at + 1] ?? '';
    const hex = key.slice(cursor.at + 2, cursor.at + 6);
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      cursor.at += 6;
      continue;
    }
    const escaped = ESCAPES[next];
    if (escaped === undefined) fail(cursor, 'invalid escape in a quoted string');
    out += escaped;
    cursor.at += 2;
  }
  if (key[cursor.at] !== quote) fail(cursor, 'unterminated string');
  cursor.at++;
  return out;
}

/** The steps of `key` in the grammar `version` reads (v16.2+ also reads the old grammar, deprecated). */
export function claimKeySteps(key: string, version: PostgrestVersion): PathStep[] {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar === 'rfc9535' && (key.startsWith('$') || !acceptsLegacy)) return parseJsonPathSteps(key);
  const parsed = parseLegacyClaimKey(key, grammar === 'v12' ? 'v12' : 'v13');
  if ('error' in parsed) {
    throw new ClaimKeyError(
      `role claim key ${key} does not parse for PostgREST ${version.tag}: ${parsed.error.message}`,
    );
  }
  return parsed.segments;
}

/** Whether a string element satisfies a filter step. */
function satisfies(step: Extract<PathStep, { kind: 'filter' | 'regex' }>, value: string): boolean {
  if (step.kind === 'regex')
    return new RegExp(step.mode === 'match' ? `^(?:${step.pattern})$` : step.pattern, 'u').test(value);
  switch (step.operator) {
    case '==':
      return value === step.operand;
    case '!=':
      return value !== step.operand;
    case '^==':
      return value.startsWith(step.operand);
    case '==^':
      return value.endsWith(step.operand);
    case '*==':
      return value.includes(step.operand);
  }
}

const describeFilter = (step: Extract<PathStep, { kind: 'filter' | 'regex' }>): string =>
  step.kind === 'regex' ? `${step.mode}(@, "${step.pattern}")` : `@ ${step.operator} "${step.operand}"`;

/**
 * Claims that put `role` where PostgREST looks for it. A filter the role does not satisfy (`[?(@ == "admin")]`
 * asked for `web_user`) is an error naming both.
 */
export function placeRole(key: string, role: string, version: PostgrestVersion): Record<string, unknown> {
  const steps = claimKeySteps(key, version);
  if (steps[0]?.kind !== 'key') {
    throw new ClaimKeyError(
      `role claim key ${key} does not start with a claim name: JWT claims are an object`,
    );
  }
  let value: unknown = role;
  for (const step of [...steps].reverse()) {
    if (step.kind === 'key') value = { [step.name]: value };
    else if (step.kind === 'index') {
      const array: unknown[] = new Array<unknown>(step.index >= 0 ? step.index + 1 : -step.index).fill(null);
      array[step.index >= 0 ? step.index : 0] = value;
      value = array;
    } else {
      if (typeof value !== 'string' || !satisfies(step, value)) {
        throw new ClaimKeyError(
          `role claim key ${key} can never resolve to the role "${role}": its filter ${describeFilter(step)} does not accept it; smoke-test a role the key can hold`,
        );
      }
      value = [value];
    }
  }
  const claims = value as Record<string, unknown>;
  const resolved = resolveRole(claims, key, version);
  if (resolved !== role) {
    throw new ClaimKeyError(
      `internal error: claims built for ${key} resolve to ${JSON.stringify(resolved)}, not "${role}"`,
    );
  }
  return claims;
}

/** The role PostgREST would read from `claims` with `key`: undefined when the path does not resolve to a string. */
export function resolveRole(
  claims: Record<string, unknown>,
  key: string,
  version: PostgrestVersion,
): string | undefined {
  let value: unknown = claims;
  for (const step of claimKeySteps(key, version)) {
    if (step.kind === 'key') {
      value =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[step.name]
          : undefined;
    } else if (step.kind === 'index') {
      value = Array.isArray(value) ? value.at(step.index) : undefined;
    } else {
      value = Array.isArray(value)
        ? value.find((item) => typeof item === 'string' && satisfies(step, item))
        : undefined;
    }
    if (value === undefined) return undefined;
  }
  return typeof value === 'string' ? value : undefined;
}
