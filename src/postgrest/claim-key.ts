import type { PostgrestVersion } from './version.js';
import { isAtLeast } from './version.js';

/**
 * The grammars PostgREST has used for `jwt-role-claim-key`:
 * - `v12`: `.name` or `."quoted"` segments, each with at most one `[n]`;
 * - `v13`: (v13–v15) any sequence of `.name`, `."quoted"`, `[n]`, and at most one final filter `[?(@ OP "str")]`;
 * - `rfc9535`: (v16+) RFC 9535 JSONPath, `$.a`, `$["a-b"]`, `$.a[0]`, `$.roles[?search(@, "^x")]`.
 */
export type ClaimKeyGrammar = 'v12' | 'v13' | 'rfc9535';

export type FilterOperator = '==' | '!=' | '^==' | '==^' | '*==';

/** One step of a pre-v16 claim path. */
export type ClaimKeySegment =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'filter'; readonly operator: FilterOperator; readonly operand: string };

/** The outcome of reading a role claim key under one PostgREST version. */
export interface ClaimKeyCheck {
  readonly ok: boolean;
  /** Why it does not parse, with the position (0-based character offset) where it stops. */
  readonly error?: { readonly message: string; readonly offset: number };
  /** The same key written so the target version accepts it, when that can be derived. */
  readonly suggestion?: string;
  /** Accepted, but PostgREST logs a deprecation warning (v16.2+ with the old grammar). */
  readonly deprecated?: boolean;
  /** The parsed path, for the pre-v16 grammars. */
  readonly segments?: readonly ClaimKeySegment[];
}

/** Which grammar (and whether the old one is still accepted) a PostgREST version reads. */
export function claimKeyGrammarFor(version: PostgrestVersion): {
  grammar: ClaimKeyGrammar;
  acceptsLegacy: boolean;
} {
  if (!isAtLeast(version, 13)) return { grammar: 'v12', acceptsLegacy: false };
  if (!isAtLeast(version, 16)) return { grammar: 'v13', acceptsLegacy: false };
  return { grammar: 'rfc9535', acceptsLegacy: isAtLeast(version, 16, 2) };
}

/** Check a role claim key the way the given PostgREST version reads it at startup. */
export function checkRoleClaimKey(key: string, version: PostgrestVersion): ClaimKeyCheck {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar !== 'rfc9535') {
    const parsed = parseLegacyClaimKey(key, grammar);
    if ('segments' in parsed) return { ok: true, segments: parsed.segments };
    return { ok: false, error: parsed.error, suggestion: suggestLegacy(key, grammar) };
  }
  const rfc = parseJsonPath(key);
  if (rfc.ok) return { ok: true };
  const legacy = parseLegacyClaimKey(key, 'v13');
  if ('segments' in legacy) {
    const suggestion = toJsonPath(legacy.segments);
    if (acceptsLegacy)
      return { ok: true, deprecated: true, segments: legacy.segments, ...(suggestion ? { suggestion } : {}) };
    return {
      ok: false,
      error: { message: `${version.tag} reads only RFC 9535 JSONPath (starting with $)`, offset: 0 },
      ...(suggestion ? { suggestion } : {}),
    };
  }
  const suggestion = suggestJsonPath(key);
  return { ok: false, error: rfc.error, ...(suggestion ? { suggestion } : {}) };
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A parser's place in the text it reads: the readers below advance `at` past what they accept. */
interface Cursor {
  readonly text: string;
  at: number;
}

/** Stop parsing with `message`, at the cursor's position. */
function fail(cursor: Cursor, message: string): never {
  throw new ParseError(message, cursor.at);
}

/** The character at the cursor; '' at the end. */
function peek(cursor: Cursor): string {
  return cursor.text[cursor.at] ?? '';
}

function lookingAt(cursor: Cursor, prefix: string): boolean {
  return cursor.text.startsWith(prefix, cursor.at);
}

/** Parse the pre-v16 grammars. */
export function parseLegacyClaimKey(
  key: string,
  grammar: 'v12' | 'v13',
): { segments: ClaimKeySegment[] } | { error: { message: string; offset: number } } {
  const cursor: Cursor = { text: key, at: 0 };
  try {
    if (key.length === 0) fail(cursor, 'the key is empty');
    return { segments: grammar === 'v12' ? readV12Segments(cursor) : readV13Segments(cursor) };
  } catch (error) {
    if (error instanceof ParseError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

/** v12: `.name` or `."quoted"` segments, each with at most one `[n]`. */
function readV12Segments(cursor: Cursor): ClaimKeySegment[] {
  const segments: ClaimKeySegment[] = [];
  if (peek(cursor) !== '.') fail(cursor, 'the key must start with "."');
  while (cursor.at < cursor.text.length) {
    if (peek(cursor) !== '.') fail(cursor, 'expected "." before the next key');
    cursor.at++;
    segments.push({ kind: 'key', name: readLegacyName(cursor) });
    if (peek(cursor) === '[') segments.push({ kind: 'index', index: readLegacyIndex(cursor) });
  }
  return segments;
}

/** v13–v15: any sequence of `.name`, `."quoted"` and `[n]`, and at most one final filter. */
function readV13Segments(cursor: Cursor): ClaimKeySegment[] {
  const segments: ClaimKeySegment[] = [];
  while (cursor.at < cursor.text.length) {
    if (segments.at(-1)?.kind === 'filter')
      fail(cursor, 'a filter [?(...)] must be the last part of the key');
    if (peek(cursor) === '.') {
      cursor.at++;
      segments.push({ kind: 'key', name: readLegacyName(cursor) });
    } else if (lookingAt(cursor, '[?(')) {
      segments.push(readLegacyFilter(cursor));
    } else if (peek(cursor) === '[') {
      segments.push({ kind: 'index', index: readLegacyIndex(cursor) });
    } else {
      fail(cursor, 'expected ".key", "[n]" or a final filter "[?(@ == \\"value\\")]"');
    }
  }
  return segments;
}

/** A key name after the ".": `"quoted"` (anything but a quote), or PostgREST's key characters. */
function readLegacyName(cursor: Cursor): string {
  const { text } = cursor;
  if (peek(cursor) === '"') {
    const close = text.indexOf('"', cursor.at + 1);
    if (close < 0) fail(cursor, 'unterminated quoted key: add the closing "');
    const name = text.slice(cursor.at + 1, close);
    cursor.at = close + 1;
    return name;
  }
  const start = cursor.at;
  // PostgREST's key characters: letters and digits (Unicode, as Parsec's alphaNum) and _ $ @.
  while (cursor.at < text.length && /[\p{L}\p{N}_$@]/u.test(peek(cursor))) cursor.at++;
  if (cursor.at === start)
    fail(cursor, `expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
  return text.slice(start, cursor.at);
}

function readLegacyIndex(cursor: Cursor): number {
  const match = /^\[(\d+)\]/.exec(cursor.text.slice(cursor.at));
  if (!match?.[1]) return fail(cursor, 'expected an array index like [0]');
  cursor.at += match[0].length;
  return Number(match[1]);
}

/** A v13 filter, `[?(@ OP "value")]`, the cursor at its `[`. */
function readLegacyFilter(cursor: Cursor): ClaimKeySegment {
  const { text } = cursor;
  cursor.at += 3;
  if (peek(cursor) !== '@') fail(cursor, 'a filter starts with @: [?(@ == "value")]');
  cursor.at++;
  while (peek(cursor) === ' ') cursor.at++;
  const operator = (['==^', '==', '!=', '^==', '*=='] as const).find((op) => lookingAt(cursor, op));
  if (!operator) return fail(cursor, 'expected one of the filter operators ==, !=, ^==, ==^, *==');
  cursor.at += operator.length;
  while (peek(cursor) === ' ') cursor.at++;
  if (peek(cursor) !== '"') fail(cursor, 'the filter value must be a "quoted string"');
  const close = text.indexOf('"', cursor.at + 1);
  if (close < 0) fail(cursor, 'unterminated filter value: add the closing "');
  const operand = text.slice(cursor.at + 1, close);
  cursor.at = close + 1;
  if (!lookingAt(cursor, ')]')) fail(cursor, 'close the filter with ")]"');
  cursor.at += 2;
  return { kind: 'filter', operator, operand };
}

/** Quote the segments that need it: `.my.jwt-claims.role` → `.my."jwt-claims".role`. */
function suggestLegacy(key: string, grammar: 'v12' | 'v13'): string | undefined {
  const trimmed = key.trim();
  if (!/^\.?[^[\]"]+$/.test(trimmed)) return undefined;
  const parts = trimmed.replace(/^\./, '').split('.');
  if (parts.some((p) => p === '')) return undefined;
  const suggestion = parts.map((p) => (/^[\p{L}\p{N}_$@]+$/u.test(p) ? `.${p}` : `."${p}"`)).join('');
  return 'segments' in parseLegacyClaimKey(suggestion, grammar) && suggestion !== key
    ? suggestion
    : undefined;
}

/**
 * The RFC 9535 spelling of a pre-v16 path; undefined when it has no exact equivalent. A v13 filter picks the first
 * string element that passes: `==`/`!=` compare, `^==` (starts with) and `==^` (ends with) become I-Regexp `match`,
 * `*==` (contains) `search`, with the operand escaped; an operand holding `^` or `$` (ordinary characters in
 * I-Regexp, anchors in the regex engines some implementations hand it to) has none.
 */
export function toJsonPath(segments: readonly ClaimKeySegment[]): string | undefined {
  let out = '$';
  for (const segment of segments) {
    if (segment.kind === 'filter') {
      const filter = jsonPathFilter(segment.operator, segment.operand);
      if (filter === undefined) return undefined;
      out += `[?${filter}]`;
    } else if (segment.kind === 'index') out += `[${segment.index}]`;
    else
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment.name)
        ? `.${segment.name}`
        : `[${JSON.stringify(segment.name)}]`;
  }
  return out;
}

/** A v13 filter as an RFC 9535 filter expression. */
function jsonPathFilter(operator: FilterOperator, operand: string): string | undefined {
  if (operator === '==' || operator === '!=') return `@ ${operator} ${JSON.stringify(operand)}`;
  if (/[$^\r\n]/.test(operand)) return undefined;
  const literal = operand.replace(/[()*+\-.?[\\\]{|}]/g, '\\$&');
  if (operator === '^==') return `match(@, ${JSON.stringify(`${literal}.*`)})`;
  if (operator === '==^') return `match(@, ${JSON.stringify(`.*${literal}`)})`;
  return `search(@, ${JSON.stringify(literal)})`;
}

function suggestJsonPath(key: string): string | undefined {
  const dotted = key.trim().replace(/^\$/, '');
  if (!/^\.[^[\]"]+$/.test(dotted)) return undefined;
  const names = dotted.slice(1).split('.');
  if (names.some((n) => n === '')) return undefined;
  return toJsonPath(names.map((name) => ({ kind: 'key', name })));
}

/**
 * Check RFC 9535 JSONPath syntax: segments of name shorthands, wildcards, descendants, and bracketed
 * selectors (quoted names, indices, slices, wildcards and filter expressions with comparisons, functions
 * and logical operators).
 */
export function parseJsonPath(
  path: string,
): { ok: true } | { ok: false; error: { message: string; offset: number } } {
  const cursor: Cursor = { text: path, at: 0 };
  try {
    if (path[0] !== '$') fail(cursor, 'an RFC 9535 JSONPath starts with $');
    cursor.at = 1;
    readSegments(cursor, false);
    if (cursor.at < path.length) fail(cursor, 'unexpected character');
    return { ok: true };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

const NAME_FIRST = /[A-Za-z_\u0080-\uffff]/;
const NAME_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;
const COMPARISON_OPERATORS = ['==', '!=', '<=', '>=', '<', '>'] as const;

function skipSpace(cursor: Cursor): void {
  while (/[ \t\n\r]/.test(peek(cursor))) cursor.at++;
}

/** Segments (`.name`, `.*`, `..name`, `[...]`) until none follows. */
function readSegments(cursor: Cursor, inFilter: boolean): void {
  for (;;) {
    if (inFilter && !skipSpaceBeforeSegment(cursor)) return;
    if (!readSegment(cursor)) return;
  }
}

/** Inside a filter, whitespace may precede a segment only when a segment follows: skip it then, else stay put. */
function skipSpaceBeforeSegment(cursor: Cursor): boolean {
  const save = cursor.at;
  skipSpace(cursor);
  if (peek(cursor) === '.' || peek(cursor) === '[') return true;
  cursor.at = save;
  return false;
}

/** One segment, or false (nothing read) when none starts at the cursor. */
function readSegment(cursor: Cursor): boolean {
  if (lookingAt(cursor, '..')) {
    cursor.at += 2;
    if (peek(cursor) === '*') cursor.at++;
    else if (peek(cursor) === '[') readBracket(cursor);
    else readShorthand(cursor);
  } else if (peek(cursor) === '.') {
    cursor.at++;
    if (peek(cursor) === '*') cursor.at++;
    else readShorthand(cursor);
  } else if (peek(cursor) === '[') {
    readBracket(cursor);
  } else {
    return false;
  }
  return true;
}

/** A member name written without quotes, after `.` or `..`. */
function readShorthand(cursor: Cursor): void {
  if (!NAME_FIRST.test(peek(cursor)))
    fail(cursor, 'expected a member name (letters, digits, _; not starting with a digit) or use ["name"]');
  while (NAME_CHAR.test(peek(cursor))) cursor.at++;
}

/** `[selector, ...]`, the cursor at its `[`. */
function readBracket(cursor: Cursor): void {
  cursor.at++;
  readCommaSeparated(cursor, readSelector);
  if (peek(cursor) !== ']') fail(cursor, 'expected "]"');
  cursor.at++;
}

/** One or more items separated by commas; stops after the last item (and the space after it). */
function readCommaSeparated(cursor: Cursor, readItem: (cursor: Cursor) => void): void {
  for (;;) {
    readItem(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ',') return;
    cursor.at++;
  }
}

/** A bracketed selector: a quoted name, `*`, a filter `?...`, an index or a slice. */
function readSelector(cursor: Cursor): void {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === '"' || first === "'") {
    readQuoted(cursor);
  } else if (first === '*') {
    cursor.at++;
  } else if (first === '?') {
    cursor.at++;
    readLogical(cursor);
  } else {
    readIndexOrSlice(cursor);
  }
}

/** `n`, or a slice `start:end:step` whose parts may each be left out. */
function readIndexOrSlice(cursor: Cursor): void {
  if (peek(cursor) !== ':') readInt(cursor);
  skipSpace(cursor);
  for (let colons = 0; peek(cursor) === ':' && colons < 2; colons++) {
    cursor.at++;
    skipSpace(cursor);
    if (/[-0-9]/.test(peek(cursor))) readInt(cursor);
    skipSpace(cursor);
  }
}

/** A quoted string (name or literal) in either quote, with JSON's escapes. */
function readQuoted(cursor: Cursor): void {
  const quote = peek(cursor);
  cursor.at++;
  while (cursor.at < cursor.text.length && peek(cursor) !== quote) {
    if (peek(cursor) === '\\') {
      cursor.at++;
      if (!/["'\\/bfnrtu]/.test(peek(cursor))) fail(cursor, 'invalid escape in quoted name');
    }
    cursor.at++;
  }
  if (peek(cursor) !== quote) fail(cursor, 'unterminated quoted name');
  cursor.at++;
}

function readInt(cursor: Cursor): void {
  const match = /^(?:0|-?[1-9]\d*)/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, 'expected an integer');
  cursor.at += match[0].length;
}

/** A filter expression: tests joined by `&&` and `||`. */
function readLogical(cursor: Cursor): void {
  readTest(cursor);
  for (;;) {
    skipSpace(cursor);
    if (!lookingAt(cursor, '&&') && !lookingAt(cursor, '||')) return;
    cursor.at += 2;
    readTest(cursor);
  }
}

/** One test, optionally negated: a parenthesised expression, a comparison, or a query or function on its own. */
function readTest(cursor: Cursor): void {
  skipSpace(cursor);
  if (peek(cursor) === '!') {
    cursor.at++;
    skipSpace(cursor);
  }
  if (peek(cursor) === '(') {
    cursor.at++;
    readLogical(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ')') fail(cursor, 'expected ")"');
    cursor.at++;
    return;
  }
  const left = readComparable(cursor);
  skipSpace(cursor);
  const operator = COMPARISON_OPERATORS.find((o) => lookingAt(cursor, o));
  if (operator) {
    cursor.at += operator.length;
    readComparable(cursor);
  } else if (left === 'literal') {
    fail(cursor, 'a literal alone is not a test: compare it, e.g. @ == "value"');
  }
}

/** One side of a comparison: a query (`@...`, `$...`), a literal, or a function call. */
function readComparable(cursor: Cursor): 'query' | 'literal' | 'function' {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === '@' || first === '$') {
    cursor.at++;
    readSegments(cursor, true);
    return 'query';
  }
  if (first === '"' || first === "'") {
    readQuoted(cursor);
    return 'literal';
  }
  if (/[-0-9]/.test(first)) {
    readNumber(cursor);
    return 'literal';
  }
  if (readKeyword(cursor)) return 'literal';
  if (/[a-z]/.test(first)) {
    readFunctionCall(cursor);
    return 'function';
  }
  return fail(cursor, 'expected @, $, a literal or a function call in the filter');
}

function readNumber(cursor: Cursor): void {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, 'expected a number');
  cursor.at += match[0].length;
}

/** `true`, `false` or `null` as a whole word; false (nothing read) otherwise. */
function readKeyword(cursor: Cursor): boolean {
  for (const word of ['true', 'false', 'null']) {
    if (lookingAt(cursor, word) && !NAME_CHAR.test(cursor.text[cursor.at + word.length] ?? '')) {
      cursor.at += word.length;
      return true;
    }
  }
  return false;
}

/** `name(arguments)`; an argument is a literal, a query or a logical expression. */
function readFunctionCall(cursor: Cursor): void {
  while (/[a-z0-9_]/.test(peek(cursor))) cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== '(') fail(cursor, 'expected "(" after a function name');
  cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== ')') readCommaSeparated(cursor, readArgument);
  if (peek(cursor) !== ')') fail(cursor, 'expected ")" to close the function call');
  cursor.at++;
}

function readArgument(cursor: Cursor): void {
  skipSpace(cursor);
  if (/["'0-9-]/.test(peek(cursor))) readComparable(cursor);
  else readLogical(cursor);
}

/** PostgREST's default `jwt-role-claim-key` in `version`: `.role`, written `$.role` from v16 (RFC 9535 only). */
export function defaultClaimKey(version: PostgrestVersion): string {
  return isAtLeast(version, 16) ? '$.role' : '.role';
}
