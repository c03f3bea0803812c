// Checking a spec: load, substitute, validate, lint; and rendering what passed.
import { isScalar, stringify } from 'yaml';
import type { PostgrestVersion } from '../postgrest/index.js';
import type { Diagnostic } from './diagnostics.js';
import { hasErrors, sortDiagnostics } from './diagnostics.js';
import type { SpecDocument } from './document.js';
import { nodeAt, parseSpecDocument, toData } from './document.js';
import { CLOUD_RUN_RULES } from './rules/cloudrun/index.js';
import type { ClientCertificates } from './rules/postgrest/index.js';
import { clientCertificates, POSTGREST_RULES } from './rules/postgrest/index.js';
import type { RuleContext } from './rules/rule.js';
import { coerceIntegerStrings, validateSchema } from './schema.js';
import { BUILTIN_VARIABLES, substituteVariables } from './substitute.js';

/** What to check. */
export interface SpecInput {
  /** The name diagnostics carry (as the user wrote it). */
  readonly file: string;
  readonly text: string;
  /** `${NAME}` values: built-ins set by the pipeline and the user's `vars`. */
  readonly variables: ReadonlyMap<string, string>;
  readonly postgrestVersion: PostgrestVersion;
  /** The database's connection limit for PostgREST (`db_max_connections`); unset, an unset maxScale is a warning. */
  readonly dbMaxConnections?: number | undefined;
  /**
   * Leave built-ins without a value as written instead of failing (`validate` before the pipeline knows the image
   * or revision). Values holding them skip the checks that need the final text.
   */
  readonly allowUnsetBuiltins: boolean;
}

/** The outcome: every diagnostic, and the rendered service when there is no error. */
export interface SpecResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly valid: boolean;
  /** The substituted service as the API receives it (status removed, integer strings as numbers). */
  readonly service?: Record<string, unknown>;
  /** The substituted document, comments kept, for YAML output. */
  readonly document?: SpecDocument;
  /** PostgREST's client certificates: the secret versions mounted where libpq reads them (for the preflight). */
  readonly clientCertificates?: ClientCertificates;
}

/**
 * Load, substitute, validate and lint a Cloud Run service spec. Pure: no I/O. Reports every problem at once,
 * each at its line and column.
 */
export function checkSpec(input: SpecInput): SpecResult {
  const parsed = parseSpecDocument(input.file, input.text);
  if (!parsed.document) return { diagnostics: sortDiagnostics(parsed.diagnostics), valid: false };
  const document = parsed.document;
  const deferred = new Set(
    input.allowUnsetBuiltins ? BUILTIN_VARIABLES.filter((name) => !input.variables.has(name)) : [],
  );
  const substitution = substituteVariables(document, input.variables, deferred);
  const service = toData(document.doc);
  const diagnostics: Diagnostic[] = [...substitution.diagnostics, ...validateSchema(document, service)];
  const firstRuleDiagnostic = diagnostics.length;
  const coerced = coerceIntegerStrings(service);
  const context: RuleContext = {
    document,
    service,
    postgrestVersion: input.postgrestVersion,
    dbMaxConnections: input.dbMaxConnections,
    references: substitution.references,
    diagnostics,
  };
  const isMapping = service !== null && typeof service === 'object' && !Array.isArray(service);
  if (isMapping) for (const rule of [...CLOUD_RUN_RULES, ...POSTGREST_RULES]) rule(context);
  const sorted = sortDiagnostics(withoutCascades(diagnostics, firstRuleDiagnostic));
  if (hasErrors(sorted) || !isMapping) return { diagnostics: sorted, valid: false };
  // What is sent matches what is shown: numbers where gcloud sends numbers, no status.
  for (const path of coerced) {
    const node = nodeAt(document, path);
    if (isScalar(node)) {
      node.value = Number(node.value);
      delete node.type;
    }
  }
  const record = service as Record<string, unknown>;
  if ('status' in record) {
    delete record['status'];
    document.doc.delete('status');
  }
  const certificates = clientCertificates(context);
  return {
    diagnostics: sorted,
    valid: true,
    service: record,
    document,
    ...(certificates ? { clientCertificates: certificates } : {}),
  };
}

/**
 * Drop rule findings about a field that substitution or the schema already rejected, or about its parent or
 * children: a port that is not a number is reported once, as a type error, not again as a wrong port.
 *
 * @param firstRuleDiagnostic index of the first rule diagnostic (earlier ones come from substitution and schema)
 */
function withoutCascades(diagnostics: readonly Diagnostic[], firstRuleDiagnostic: number): Diagnostic[] {
  const broken = diagnostics
    .slice(0, firstRuleDiagnostic)
    .filter((d) => d.severity === 'error')
    .map((d) => d.path);
  const within = (path: string, ancestor: string): boolean =>
    path === ancestor ||
    ancestor === '' ||
    path.startsWith(`${ancestor}.`) ||
    path.startsWith(`${ancestor}[`);
  return diagnostics.filter(
    (d, index) => index < firstRuleDiagnostic || !broken.some((b) => within(b, d.path) || within(d.path, b)),
  );
}

/** The rendered spec as YAML (comments kept) or JSON (what the Cloud Run API receives). */
export function renderSpec(result: SpecResult, format: 'yaml' | 'json'): string {
  if (!result.service || !result.document) throw new Error('cannot render an invalid spec');
  if (format === 'json') return `${JSON.stringify(result.service, null, 2)}\n`;
  const text = result.document.doc.toString({ lineWidth: 0 });
  // Guard the guarantee that a value never changes structure: the YAML must read back as exactly the service.
  const reparsed = parseSpecDocument(result.document.file, text).document;
  if (!reparsed || stringify(toData(reparsed.doc)) !== stringify(result.service))
    throw new Error('internal error: rendered YAML does not read back as the validated service');
  return text;
}
