import type { ErrorObject, ValidateFunction } from 'ajv';
import serviceSchema from '../../schema/cloudrun-service.schema.json' with { type: 'json' };
import type { Diagnostic, SpecPath } from './diagnostics.js';
import { formatPath } from './diagnostics.js';
import type { SpecDocument } from './document.js';
import { diagnosticAt } from './document.js';
import compiledValidator from './service-validator.generated.js';

/** The published JSON Schema of a Cloud Run v1 Service (schema/cloudrun-service.schema.json). */
export const SERVICE_SCHEMA: JsonSchema = serviceSchema as JsonSchema;

interface JsonSchema {
  $ref?: string;
  allOf?: JsonSchema[];
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
}

/** Compiled ahead of time (src/spec/service-validator.ts): compiling costs far more than validating. */
function validator(): ValidateFunction {
  return compiledValidator;
}

/** Validate the substituted data against the schema; each error points at its key or value. */
export function validateSchema(document: SpecDocument, data: unknown): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  return errors.map((error) => toDiagnostic(document, data, error));
}

/** A schema error with what every message needs: where it points, that place in words, and the value there. */
interface SchemaError {
  readonly document: SpecDocument;
  readonly error: ErrorObject;
  readonly path: SpecPath;
  /** The path as the message names it: `spec.template` or `the top level`. */
  readonly where: string;
  readonly value: unknown;
}

function toDiagnostic(document: SpecDocument, data: unknown, error: ErrorObject): Diagnostic {
  const path = parsePointer(error.instancePath);
  const found: SchemaError = {
    document,
    error,
    path,
    where: formatPath(path) || 'the top level',
    value: valueAt(data, path),
  };
  return (DIAGNOSTIC_BY_KEYWORD.get(error.keyword) ?? invalidValue)(found);
}

/** The diagnostic for each ajv keyword the schema uses; any other is reported with ajv's own message. */
const DIAGNOSTIC_BY_KEYWORD: ReadonlyMap<string, (found: SchemaError) => Diagnostic> = new Map([
  ['additionalProperties', unknownField],
  ['required', missingField],
  ['type', wrongType],
  ['pattern', notANumberOrBoolean],
  ['enum', notOneOfTheValues],
  ['const', notTheValue],
]);

function unknownField({ document, error, path, where }: SchemaError): Diagnostic {
  const field = (error.params as { additionalProperty: string }).additionalProperty;
  const known = Object.keys((error.parentSchema as JsonSchema | undefined)?.properties ?? {});
  const suggestion = closest(field, known);
  return diagnosticAt(
    document,
    [...path, field],
    'key',
    'error',
    'schema/unknown-field',
    `unknown field "${field}" in ${where}`,
    suggestion
      ? `did you mean "${suggestion}"? (gcloud and Cloud Run reject unknown fields)`
      : `remove it; ${where} accepts ${known.map((k) => `"${k}"`).join(', ')}`,
  );
}

function missingField({ document, error, path, where }: SchemaError): Diagnostic {
  const field = (error.params as { missingProperty: string }).missingProperty;
  return diagnosticAt(
    document,
    path,
    'key',
    'error',
    'schema/required',
    `missing required field "${field}" in ${where}`,
    `add ${field}`,
  );
}

function wrongType({ document, error, path, where, value }: SchemaError): Diagnostic {
  if (path.length === 0) return notAService(document, 'the top level is not a mapping');
  const expected = [(error.params as { type: string | string[] }).type].flat().join(',');
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'schema/type',
    `${where} must be ${describeType(expected)}, not ${describeValue(value)}`,
    typeFix(expected, value),
  );
}

/** A pattern fails only where a number or a boolean was expected: it is reported as the wrong type. */
function notANumberOrBoolean({ document, error, path, where, value }: SchemaError): Diagnostic {
  // The schema's patterns admit a ${VARIABLE} beside a number or a boolean (for editors, which see the template).
  const boolean = [(error.parentSchema as JsonSchema | undefined)?.type].flat().includes('boolean');
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'schema/type',
    `${where} must be ${boolean ? 'true or false' : 'an integer'}, not ${describeValue(value)}`,
    boolean ? 'write true or false without quotes' : 'write a whole number',
  );
}

function notOneOfTheValues({ document, error, path, where, value }: SchemaError): Diagnostic {
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'schema/value',
    `${where} must be one of ${allowed.join(', ')}, not ${describeValue(value)}`,
    (error.parentSchema as { errorMessage?: string } | undefined)?.errorMessage ??
      `use ${allowed.join(' or ')}`,
  );
}

/** A fixed value; a wrong `kind` or `apiVersion` means the file is not a Service at all. */
function notTheValue({ document, error, path, where, value }: SchemaError): Diagnostic {
  const allowed = String((error.params as { allowedValue: unknown }).allowedValue);
  if (path.length === 1 && (path[0] === 'kind' || path[0] === 'apiVersion')) {
    return notAService(document, `${where} is ${describeValue(value)}, not "${allowed}"`, path);
  }
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'schema/value',
    `${where} must be "${allowed}"`,
    `set it to "${allowed}"`,
  );
}

function invalidValue({ document, error, path, where }: SchemaError): Diagnostic {
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'schema/value',
    `${where} ${error.message ?? 'is invalid'}`,
    'see schema/cloudrun-service.schema.json',
  );
}

function notAService(document: SpecDocument, message: string, path: SpecPath = []): Diagnostic {
  return diagnosticAt(
    document,
    path,
    'value',
    'error',
    'spec/not-a-service',
    `not a Cloud Run service: ${message}`,
    'the file must be one Service with apiVersion: serving.knative.dev/v1 and kind: Service',
  );
}

function parsePointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a path of plain data; undefined where the path does not exist. */
export function valueAt(data: unknown, path: SpecPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function describeType(type: string): string {
  switch (type) {
    case 'integer,string':
      return 'an integer';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    default:
      return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${JSON.stringify(value)}`;
}

function typeFix(expected: string, value: unknown): string {
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `quote it: "${String(value)}" (YAML reads it as a ${typeof value})`;
  }
  if (expected === 'boolean' && typeof value === 'string') return `write true or false without quotes`;
  if (expected === 'array' && value !== null && typeof value === 'object')
    return 'write it as a list: put "- " before the entry';
  if (expected === 'object') return 'write it as a mapping of field: value';
  if (value === null) return 'give it a value, or remove the field';
  return `write ${describeType(expected)}`;
}

/** The closest known name within a small edit distance (case ignored), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Turn digit strings in integer fields into numbers, as gcloud does before sending (`containerConcurrency: "80"`
 * is sent as 80). Strings that are not integers are left for the schema to report. Returns the paths it changed.
 */
export function coerceIntegerStrings(data: unknown): SpecPath[] {
  const changed: SpecPath[] = [];
  const visit = (
    value: unknown,
    schema: JsonSchema | undefined,
    path: SpecPath,
    setValue: (v: number) => void,
  ): void => {
    const resolved = resolve(schema);
    if (!resolved) return;
    if (resolved.isInteger && typeof value === 'string' && /^[-+]?\d+$/.test(value)) {
      setValue(Number(value));
      changed.push(path);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, resolved.items, [...path, i], (v) => (value[i] = v));
      });
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(record)) {
        visit(
          child,
          resolved.properties[key] ?? resolved.additional,
          [...path, key],
          (v) => (record[key] = v),
        );
      }
    }
  };
  visit(data, SERVICE_SCHEMA, [], () => undefined);
  return changed;
}

interface Resolved {
  isInteger: boolean;
  properties: Record<string, JsonSchema>;
  additional: JsonSchema | undefined;
  items: JsonSchema | undefined;
}

/** Merge a schema with its $ref and allOf parts into what the coercion walk needs. */
function resolve(schema: JsonSchema | undefined): Resolved | undefined {
  if (!schema) return undefined;
  const parts: JsonSchema[] = [];
  const collect = (s: JsonSchema): void => {
    parts.push(s);
    if (s.$ref) {
      const name = s.$ref.replace('#/$defs/', '');
      const target = SERVICE_SCHEMA.$defs?.[name];
      if (target) collect(target);
    }
    for (const sub of s.allOf ?? []) collect(sub);
  };
  collect(schema);
  const resolved: Resolved = { isInteger: false, properties: {}, additional: undefined, items: undefined };
  for (const part of parts) {
    if (Array.isArray(part.type) && part.type.includes('integer')) resolved.isInteger = true;
    Object.assign(resolved.properties, part.properties);
    if (typeof part.additionalProperties === 'object') resolved.additional = part.additionalProperties;
    resolved.items ??= part.items;
  }
  return resolved;
}
