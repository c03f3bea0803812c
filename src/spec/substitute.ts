import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, ParsedNode } from 'yaml';
import type { Diagnostic, SpecPath } from './diagnostics.js';
import { formatPath } from './diagnostics.js';
import type { SpecDocument } from './document.js';

/** Names the pipeline itself provides. In `validate` those without a value are left as written. */
export const BUILTIN_VARIABLES = [
  'IMAGE',
  'SERVICE',
  'REGION',
  'PROJECT_ID',
  'POSTGREST_VERSION',
  'REVISION',
] as const;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value written with `${NAME}` references. */
export interface VariableReference {
  readonly path: SpecPath;
  /** The value as written, e.g. `${IMAGE}`. */
  readonly raw: string;
  /** Every name referenced. */
  readonly names: readonly string[];
  /** Names left as written: deferred built-ins, and references that failed (already reported). */
  readonly unresolved: readonly string[];
}

export interface SubstitutionResult {
  readonly diagnostics: Diagnostic[];
  readonly references: VariableReference[];
}

/**
 * Replace `${NAME}` inside the document's scalar values, in place. A value is inserted as text into the
 * already-parsed scalar and never parsed again, so no value can add a field or change a type.
 * `$${` stays a literal `${`. Keys are left alone.
 *
 * @param values  the values to insert, by name
 * @param deferred names that are known but may stay unresolved (left as `${NAME}`, listed as `unresolved`)
 */
export function substituteVariables(
  document: SpecDocument,
  values: ReadonlyMap<string, string>,
  deferred: ReadonlySet<string> = new Set(),
): SubstitutionResult {
  const result: SubstitutionResult = { diagnostics: [], references: [] };
  walk(document.doc.contents, [], (node, path) => {
    if (typeof node.value !== 'string' || !node.value.includes('$')) return;
    const raw = node.value;
    const { text, problems, names, unresolvedNames } = expand(raw, values, deferred);
    for (const problem of problems) {
      const { line, column } = referencePosition(document, node, problem.reference);
      result.diagnostics.push({
        file: document.file,
        line,
        column,
        severity: 'error',
        rule: problem.rule,
        message: problem.message,
        fix: problem.fix,
        path: formatPath(path),
      });
    }
    if (names.length > 0 || unresolvedNames.length > 0)
      result.references.push({ path, raw, names, unresolved: unresolvedNames });
    node.value = text;
  });
  return result;
}

interface Problem {
  readonly reference: string;
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

/** What one string expands to; `names` and `unresolvedNames` as in {@link VariableReference}. */
interface Expansion {
  text: string;
  problems: Problem[];
  names: string[];
  unresolvedNames: string[];
}

/** Expand one string. Pure: exported for table tests. */
export function expand(
  raw: string,
  values: ReadonlyMap<string, string>,
  deferred: ReadonlySet<string> = new Set(),
): { text: string; problems: Problem[]; names: string[]; unresolvedNames: string[] } {
  const expansion: Expansion = { text: '', problems: [], names: [], unresolvedNames: [] };
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('$${', i)) {
      expansion.text += '${';
      i += 3;
      continue;
    }
    if (!raw.startsWith('${', i)) {
      expansion.text += raw.charAt(i);
      i += 1;
      continue;
    }
    const close = raw.indexOf('}', i + 2);
    if (close < 0) {
      append(expansion, unterminatedReference(raw.slice(i)));
      break;
    }
    append(expansion, expandReference(raw.slice(i, close + 1), values, deferred));
    i = close + 1;
  }
  return expansion;
}

/** What one `${...}` becomes: its text, the name it references, and what is left unresolved and why. */
interface ReferenceExpansion {
  readonly text: string;
  /** The name, when it is one. */
  readonly name?: string;
  readonly unresolved?: string;
  readonly problem?: Problem;
}

function append(expansion: Expansion, part: ReferenceExpansion): void {
  expansion.text += part.text;
  if (part.problem) expansion.problems.push(part.problem);
  if (part.name !== undefined) expansion.names.push(part.name);
  if (part.unresolved !== undefined) expansion.unresolvedNames.push(part.unresolved);
}

/** A `${` with no `}` after it: kept as written, up to the end of the string. */
function unterminatedReference(reference: string): ReferenceExpansion {
  return {
    text: reference,
    unresolved: reference,
    problem: {
      reference,
      rule: 'var/malformed',
      message: `unterminated variable reference "${reference}"`,
      fix: 'close it with "}", or write $${ for a literal ${',
    },
  };
}

/** `${NAME}`: its value; kept as written when the name is deferred, malformed, unknown or a built-in without a value. */
function expandReference(
  reference: string,
  values: ReadonlyMap<string, string>,
  deferred: ReadonlySet<string>,
): ReferenceExpansion {
  const name = reference.slice(2, -1);
  if (!NAME.test(name)) {
    return {
      text: reference,
      unresolved: name,
      problem: {
        reference,
        rule: 'var/malformed',
        message: `"${reference}" is not a valid variable reference`,
        fix: 'names are letters, digits and _ and do not start with a digit; write $${ for a literal ${',
      },
    };
  }
  if (values.has(name)) return { text: values.get(name) ?? '', name };
  if (deferred.has(name)) return { text: reference, name, unresolved: name };
  return { text: reference, name, unresolved: name, problem: missingValue(reference, name) };
}

/** A name without a value: a built-in this command does not set, or a variable nobody passed. */
function missingValue(reference: string, name: string): Problem {
  const builtin = (BUILTIN_VARIABLES as readonly string[]).includes(name);
  return {
    reference,
    rule: builtin ? 'var/unset' : 'var/unknown',
    message: builtin ? `built-in variable ${reference} has no value here` : `unknown variable ${reference}`,
    fix: builtin
      ? `pass --var ${name}=VALUE (the deploy stage sets it)`
      : `pass --var ${name}=VALUE (action input \`vars\`), or write $\${${name}} for a literal ${reference}`,
  };
}

/** Visit every scalar that is a value (not a key), with its JSON path. Aliases are visited where they are defined. */
function walk(node: unknown, path: SpecPath, visit: (node: ScalarNode, path: SpecPath) => void): void {
  if (isAlias(node)) return;
  if (isScalar(node)) {
    visit(node as ScalarNode, path);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      walk(pair.value, [...path, String(key)], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      walk(item, [...path, index], visit);
    });
  }
}

type ScalarNode = Node & { value: unknown; range?: ParsedNode['range'] };

/** The exact position of a reference inside a scalar, when its source spells it out; else the scalar's start. */
function referencePosition(
  document: SpecDocument,
  node: ScalarNode,
  reference: string,
): { line: number; column: number } {
  const [start = 0, end = start] = node.range ?? [];
  const offset = document.text.slice(start, end).indexOf(reference);
  const { line, col } = document.lines.linePos(start + Math.max(offset, 0));
  return { line, column: col };
}

/** A built-in variable's name. */
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

/**
 * The values of `${NAME}` for a run: the user's (`vars`, `--var`) and the built-ins known so far — the PostgREST
 * version always; the service, region and project when deploying; the image and revision once they exist.
 */
export function specVariables(
  user: ReadonlyMap<string, string>,
  builtins: Partial<Record<BuiltinVariable, string>>,
): Map<string, string> {
  const values = new Map(user);
  for (const [name, value] of Object.entries(builtins)) if (value) values.set(name, value);
  return values;
}
