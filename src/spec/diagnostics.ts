/** How bad a finding is: errors fail validation, warnings are reported and allowed. */
export type Severity = 'error' | 'warning';

/** One finding about a spec, pinned to the line and column of the offending key or value. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  /** What is wrong, naming the field and the value. */
  readonly message: string;
  /** How to fix it, in words a user can act on. */
  readonly fix: string;
  /** Rule id, e.g. `pgrst/secret-path`. */
  readonly rule: string;
  /** JSON path of the field, e.g. `spec.template.spec.containers[0].image`; empty for the whole document. */
  readonly path: string;
}

/** `FILE:LINE:COL: error|warning: MESSAGE; FIX [RULE]`, the one-line form the CLI prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const text = d.fix ? `${d.message}; ${d.fix}` : d.message;
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${text} [${d.rule}]`;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Diagnostics in file order, errors before warnings at the same place. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      a.rule.localeCompare(b.rule),
  );
}

/** A path inside the document: object keys and array indices. */
export type SpecPath = readonly (string | number)[];

/** `['spec', 'template', 'spec', 'containers', 0, 'image']` → `spec.template.spec.containers[0].image`. */
export function formatPath(path: SpecPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
