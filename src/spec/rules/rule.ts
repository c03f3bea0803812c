// What a rule is and how it reports: the context it reads, findings pointed at their key or value, and whether a
// value still holds a `${NAME}` the deploy stage fills in.
import type { PostgrestVersion } from '../../postgrest/index.js';
import type { Diagnostic, Severity, SpecPath } from '../diagnostics.js';
import type { Anchor, SpecDocument } from '../document.js';
import { diagnosticAt, nodeAt } from '../document.js';
import type { VariableReference } from '../substitute.js';

/** What a rule sees: the substituted data, where it came from, and a way to report. */
export interface RuleContext {
  readonly document: SpecDocument;
  /** The substituted, schema-checked service as plain data (rules still guard every access). */
  readonly service: unknown;
  readonly postgrestVersion: PostgrestVersion;
  /** The database's connection limit for PostgREST's role (`db_max_connections`), when given. */
  readonly dbMaxConnections?: number | undefined;
  /** Every `${NAME}` reference, resolved or left for the deploy stage. */
  readonly references: readonly VariableReference[];
  readonly diagnostics: Diagnostic[];
}

/** A lint rule: reads the context, pushes diagnostics. */
export type Rule = (context: RuleContext) => void;

/** One finding of a rule: where, how bad, which rule, what is wrong and how to fix it. */
export interface Finding {
  readonly path: SpecPath;
  /** Point at the key (an unknown or misplaced field) or, by default, at the value. */
  readonly at?: Anchor;
  /** Default: error. */
  readonly severity?: Severity;
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

export function report(context: RuleContext, finding: Finding): void {
  const { path, at = 'value', severity = 'error', rule, message, fix } = finding;
  context.diagnostics.push(diagnosticAt(context.document, path, at, severity, rule, message, fix));
}

/** Report at the place inside a string value where `needle` is written (e.g. `sslkey=...` inside a URI). */
export function reportInValue(context: RuleContext, finding: Finding & { readonly needle: string }): void {
  const { path, needle, severity = 'error', rule, message, fix } = finding;
  const diagnostic = diagnosticAt(context.document, path, 'value', severity, rule, message, fix);
  const range = (nodeAt(context.document, path) as { range?: [number, number, number] } | undefined)?.range;
  const offset = range ? context.document.text.slice(range[0], range[1]).indexOf(needle) : -1;
  if (!range || offset < 0) {
    context.diagnostics.push(diagnostic);
    return;
  }
  const { line, col } = context.document.lines.linePos(range[0] + offset);
  context.diagnostics.push({ ...diagnostic, line, column: col });
}

/**
 * True when the value at `path` still holds an unresolved `${NAME}`: a built-in left for the deploy stage
 * (`${IMAGE}` in validate) or a reference already reported. Checks of the final text skip such values.
 */
export function isDeferred(context: RuleContext, path: SpecPath): boolean {
  return context.references.some((r) => r.unresolved.length > 0 && samePath(r.path, path));
}

/** True when the value at `path` was written as (or with) `${NAME}`. */
export function references(context: RuleContext, path: SpecPath, name: string): boolean {
  return context.references.some((r) => r.names.includes(name) && samePath(r.path, path));
}

function samePath(a: SpecPath, b: SpecPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
