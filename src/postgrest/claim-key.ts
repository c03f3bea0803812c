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

/** Parse the pre-v16 grammars. */
export function parseLegacyClaimKey(
  key: string,
  grammar: 'v12' | 'v13',
): { segments: ClaimKeySegment[] } | { error: { message: string; offset: number } } {
  const segments: ClaimKeySegment[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new ParseError(message, i);
  };
  const readName = (): string => {
    if (key[i] === '"') {
      const close = key.indexOf('"', i + 1);
      if (close < 0) fail('unterminated quoted key: add the closing "');
      const name = key.slice(i + 1, close);
      i = close + 1;
      return name;
    }
    const start = i;
    // PostgREST's key characters: letters and digits (Unicode, as Parsec's alphaNum) and _ $ @.
    while (i < key.length && /[\p{L}\p{N}_$@]/u.test(key[i] ?? '')) i++;
    if (i === start) fail(`expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
    return key.slice(start, i);
  };
  const readIndex = (): number => {
    const match = /^\[(\d+)\]/.exec(key.slice(i));
    if (!match?.[1]) fail('expected an array index like [0]');
    i += match?.[0].length ?? 0;
    return Number(match?.[1]);
  };
  try {
    if (key.length === 0) fail('the key is empty');
    if (grammar === 'v12') {
      if (key[0] !== '.') fail('the key must start with "."');
      while (i < key.length) {
        if (key[i] !== '.') fail('expected "." before the next key');
        i++;
        segments.push({ kind: 'key', name: readName() });
        if (key[i] === '[') segments.push({ kind: 'index', index: readIndex() });
      }
    } else {
      while (i < key.length) {
        if (segments.at(-1)?.kind === 'filter') fail('a filter [?(...)] must be the last part of the key');
        if (key[i] === '.') {
          i++;
          segments.push({ kind: 'key', name: readName() });
        } else if (key.startsWith('[?(', i)) {
          segments.push(readFilter());
        } else if (key[i] === '[') {
          segments.push({ kind: 'index', index: readIndex() });
        } else {
          fail('expected ".key", "[n]" or a final filter "[?(@ == \\"value\\")]"');
        }
      }
    }
    return { segments };
  } catch (error) {
    if (error instanceof ParseError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }

  function readFilter(): ClaimKeySegment {
    i += 3;
    if (key[i] !== '@') fail('a filter starts with @: [?(@ == "value")]');
    i++;
    while (key[i] === ' ') i++;
    const operator = (['==^', '==', '!=', '^==', '*=='] as const).find((op) => key.startsWith(op, i));
    if (!operator) fail('expected one of the filter operators ==, !=, ^==, ==^, *==');
    i += operator?.length ?? 0;
    while (key[i] === ' ') i++;
    if (key[i] !== '"') fail('the filter value must be a "quoted string"');
    const close = key.indexOf('"', i + 1);
    if (close < 0) fail('unterminated filter value: add the closing "');
    const operand = key.slice(i + 1, close);
    i = close + 1;
    if (!key.startsWith(')]', i)) fail('close the filter with ")]"');
    i += 2;
    return { kind: 'filter', operator: operator ?? '==', operand };
  }
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

/** The RFC 9535 spelling of a pre-v16 path; undefined when it has a filter (no exact equivalent). */
export function toJsonPath(segments: readonly ClaimKeySegment[]): string | undefined {
  let out = '$';
  for (const segment of segments) {
    if (segment.kind === 'filter') return undefined;
    if (segment.kind === 'index') out += `[${segment.index}]`;
    else
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment.name)
        ? `.${segment.name}`
        : `[${JSON.stringify(segment.name)}]`;
  }
  return out;
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
  let i = 0;
  const fail = (message: string): never => {
    throw new ParseError(message, i);
  };
  const skipSpace = (): void => {
    while (/[ \t\n\r]/.test(path[i] ?? '')) i++;
  };
  const nameFirst = /[A-Za-z_\u0080-\uffff]/;
  const nameChar = /[A-Za-z0-9_\u0080-\uffff]/;
  const readShorthand = (): void => {
    if (!nameFirst.test(path[i] ?? ''))
      fail('expected a member name (letters, digits, _; not starting with a digit) or use ["name"]');
    while (nameChar.test(path[i] ?? '')) i++;
  };
  const readString = (): void => {
    const quote = path[i];
    i++;
    while (i < path.length && path[i] !== quote) {
      if (path[i] === '\\') {
        i++;
        if (!/["'\\/bfnrtu]/.test(path[i] ?? '')) fail('invalid escape in quoted name');
      }
      i++;
    }
    if (path[i] !== quote) fail('unterminated quoted name');
    i++;
  };
  const readInt = (): void => {
    const match = /^(?:0|-?[1-9]\d*)/.exec(path.slice(i));
    if (!match) fail('expected an integer');
    i += match?.[0].length ?? 0;
  };
  const readQuery = (): void => {
    // @ or $ followed by segments
    i++;
    readSegments(true);
  };
  const readComparable = (): 'query' | 'literal' | 'function' => {
    skipSpace();
    const c = path[i] ?? '';
    if (c === '@' || c === '$') {
      readQuery();
      return 'query';
    }
    if (c === '"' || c === "'") {
      readString();
      return 'literal';
    }
    if (/[-0-9]/.test(c)) {
      const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(path.slice(i));
      if (!match) fail('expected a number');
      i += match?.[0].length ?? 0;
      return 'literal';
    }
    for (const word of ['true', 'false', 'null']) {
      if (path.startsWith(word, i) && !nameChar.test(path[i + word.length] ?? '')) {
        i += word.length;
        return 'literal';
      }
    }
    if (/[a-z]/.test(c)) {
      while (/[a-z0-9_]/.test(path[i] ?? '')) i++;
      skipSpace();
      if (path[i] !== '(') fail('expected "(" after a function name');
      i++;
      skipSpace();
      if (path[i] !== ')') {
        for (;;) {
          // An argument is a literal, a query or a logical expression.
          skipSpace();
          if (/["'0-9-]/.test(path[i] ?? '')) readComparable();
          else readLogical();
          skipSpace();
          if (path[i] === ',') {
            i++;
            continue;
          }
          break;
        }
      }
      if (path[i] !== ')') fail('expected ")" to close the function call');
      i++;
      return 'function';
    }
    return fail('expected @, $, a literal or a function call in the filter');
  };
  const readBasic = (): void => {
    skipSpace();
    if (path[i] === '!') {
      i++;
      skipSpace();
    }
    if (path[i] === '(') {
      i++;
      readLogical();
      skipSpace();
      if (path[i] !== ')') fail('expected ")"');
      i++;
      return;
    }
    const left = readComparable();
    skipSpace();
    const op = ['==', '!=', '<=', '>=', '<', '>'].find((o) => path.startsWith(o, i));
    if (op) {
      i += op.length;
      readComparable();
    } else if (left === 'literal') {
      fail('a literal alone is not a test: compare it, e.g. @ == "value"');
    }
  };
  function readLogical(): void {
    readBasic();
    for (;;) {
      skipSpace();
      if (path.startsWith('&&', i) || path.startsWith('||', i)) {
        i += 2;
        readBasic();
      } else return;
    }
  }
  const readSelector = (): void => {
    skipSpace();
    const c = path[i] ?? '';
    if (c === '"' || c === "'") {
      readString();
      return;
    }
    if (c === '*') {
      i++;
      return;
    }
    if (c === '?') {
      i++;
      readLogical();
      return;
    }
    // index or slice
    if (c !== ':') readInt();
    skipSpace();
    for (let colons = 0; path[i] === ':' && colons < 2; colons++) {
      i++;
      skipSpace();
      if (/[-0-9]/.test(path[i] ?? '')) readInt();
      skipSpace();
    }
  };
  function readSegments(inFilter: boolean): void {
    for (;;) {
      if (inFilter) {
        // whitespace may precede a segment inside filters only when a segment follows
        const save = i;
        skipSpace();
        if (path[i] !== '.' && path[i] !== '[') {
          i = save;
          return;
        }
      }
      if (path.startsWith('..', i)) {
        i += 2;
        if (path[i] === '*') i++;
        else if (path[i] === '[') readBracket();
        else readShorthand();
      } else if (path[i] === '.') {
        i++;
        if (path[i] === '*') i++;
        else readShorthand();
      } else if (path[i] === '[') {
        readBracket();
      } else {
        return;
      }
    }
  }
  function readBracket(): void {
    i++;
    for (;;) {
      readSelector();
      skipSpace();
      if (path[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (path[i] !== ']') fail('expected "]"');
    i++;
  }
  try {
    if (path[0] !== '$') fail('an RFC 9535 JSONPath starts with $');
    i = 1;
    readSegments(false);
    if (i < path.length) fail('unexpected character');
    return { ok: true };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

/** PostgREST's default `jwt-role-claim-key` in `version`: `.role`, written `$.role` from v16 (RFC 9535 only). */
export function defaultClaimKey(version: PostgrestVersion): string {
  return isAtLeast(version, 16) ? '$.role' : '.role';
}
