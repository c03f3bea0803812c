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
  const steps: PathStep[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new ClaimKeyError(
      `role claim key ${key}: ${why} at character ${String(i + 1)}; ${SUPPORTED_RFC9535}`,
    );
  };
  const readString = (): string => {
    const quote = key[i];
    const escapes: Record<string, string> = {
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
    let out = '';
    i++;
    while (i < key.length && key[i] !== quote) {
      if (key[i] === '\\') {
        const next = key[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(key.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(key.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const escaped = escapes[next];
        if (escaped === undefined) fail('invalid escape in a quoted string');
        out += escaped ?? '';
        i += 2;
        continue;
      }
      out += key[i] ?? '';
      i++;
    }
    if (key[i] !== quote) fail('unterminated string');
    i++;
    return out;
  };
  const space = () => {
    while (key[i] === ' ') i++;
  };
  if (key[0] !== '$') fail('an RFC 9535 path starts with $');
  i = 1;
  while (i < key.length) {
    if (steps.at(-1)?.kind === 'filter' || steps.at(-1)?.kind === 'regex')
      fail('a filter must be the last step');
    if (key[i] === '.') {
      i++;
      const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(key.slice(i));
      if (!match) fail('expected a member name after "."');
      steps.push({ kind: 'key', name: match?.[0] ?? '' });
      i += match?.[0].length ?? 0;
      continue;
    }
    if (key[i] !== '[') fail('expected "." or "["');
    i++;
    space();
    if (key[i] === '"' || key[i] === "'") {
      steps.push({ kind: 'key', name: readString() });
    } else if (/[-0-9]/.test(key[i] ?? '')) {
      const match = /^-?\d+/.exec(key.slice(i));
      steps.push({ kind: 'index', index: Number(match?.[0]) });
      i += match?.[0].length ?? 0;
    } else if (key[i] === '?') {
      i++;
      space();
      const parenthesised = key[i] === '(';
      if (parenthesised) i++;
      space();
      const regex = /^(search|match)\(\s*@\s*,\s*/.exec(key.slice(i));
      if (regex) {
        i += regex[0].length;
        if (key[i] !== '"' && key[i] !== "'") fail('expected a quoted regular expression');
        steps.push({ kind: 'regex', mode: regex[1] === 'match' ? 'match' : 'search', pattern: readString() });
        space();
        if (key[i] !== ')') fail('expected ")"');
        i++;
      } else {
        if (key[i] !== '@') fail('expected @ in the filter');
        i++;
        space();
        const operator = key.startsWith('==', i)
          ? '=='
          : key.startsWith('!=', i)
            ? '!='
            : fail('expected == or !=');
        i += 2;
        space();
        if (key[i] !== '"' && key[i] !== "'") fail('expected a quoted string to compare with');
        steps.push({ kind: 'filter', operator, operand: readString() });
      }
      space();
      if (parenthesised) {
        if (key[i] !== ')') fail('expected ")"');
        i++;
        space();
      }
    } else {
      fail('expected a quoted name, an index or a filter');
    }
    space();
    if (key[i] !== ']') fail('expected "]"');
    i++;
  }
  return steps;
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
