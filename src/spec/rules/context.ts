import type { PostgrestVersion } from '../../postgrest/version.js';
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
  readonly dbMaxConnections?: number;
  /** Every `${NAME}` reference, resolved or left for the deploy stage. */
  readonly references: readonly VariableReference[];
  readonly diagnostics: Diagnostic[];
}

/** A lint rule: reads the context, pushes diagnostics. */
export type Rule = (context: RuleContext) => void;

export function report(
  context: RuleContext,
  path: SpecPath,
  anchor: Anchor,
  severity: Severity,
  rule: string,
  message: string,
  fix: string,
): void {
  context.diagnostics.push(diagnosticAt(context.document, path, anchor, severity, rule, message, fix));
}

/** Report at the place inside a string value where `needle` is written (e.g. `sslkey=...` inside a URI). */
export function reportInValue(
  context: RuleContext,
  path: SpecPath,
  needle: string,
  severity: Severity,
  rule: string,
  message: string,
  fix: string,
): void {
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

// Guarded accessors: rules run even when the schema found errors, so nothing is trusted to have its type.

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return Number(value);
  return undefined;
}

export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A container with its path in the document. */
export interface ContainerRef {
  readonly container: Record<string, unknown>;
  readonly path: SpecPath;
  readonly index: number;
}

export const TEMPLATE_SPEC: SpecPath = ['spec', 'template', 'spec'];

export function containersOf(service: unknown): ContainerRef[] {
  return asList(field(service, ...TEMPLATE_SPEC, 'containers')).flatMap((container, index) => {
    const record = asRecord(container);
    return record ? [{ container: record, path: [...TEMPLATE_SPEC, 'containers', index], index }] : [];
  });
}

/**
 * The ingress container — the one Cloud Run sends requests to, and the only one it gives `PORT`: the container when
 * there is one, else the one that declares a port (undefined when that is not exactly one).
 */
export function ingressContainer(refs: readonly ContainerRef[]): ContainerRef | undefined {
  if (refs.length === 1) return refs[0];
  const withPorts = refs.filter((ref) => asList(ref.container['ports']).length > 0);
  return withPorts.length === 1 ? withPorts[0] : undefined;
}

/** An env entry of a container, with its path. */
export interface EnvRef {
  readonly name: string;
  readonly entry: Record<string, unknown>;
  readonly path: SpecPath;
}

export function envOf(container: ContainerRef): EnvRef[] {
  return asList(container.container['env']).flatMap((entry, i) => {
    const record = asRecord(entry);
    const name = asString(record?.['name']);
    return record && name !== undefined ? [{ name, entry: record, path: [...container.path, 'env', i] }] : [];
  });
}

/** The last env entry with this name (the one that wins). */
export function envNamed(container: ContainerRef, name: string): EnvRef | undefined {
  return envOf(container).findLast((e) => e.name === name);
}

/** The revision template's annotation, if set. */
export function templateAnnotation(service: unknown, name: string): string | undefined {
  return asString(field(service, 'spec', 'template', 'metadata', 'annotations', name));
}

/** A DNS label (RFC 1123 as Cloud Run uses it): lowercase letters, digits, hyphens; starts with a letter. */
export function isDnsLabel(text: string, maxLength = 63): boolean {
  return text.length <= maxLength && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(text);
}
