// The spec stage: load a Cloud Run service spec keeping positions, substitute `${NAME}` in parsed values, validate
// it against the schema and PostgREST's rules, render it; and plan its upgrade to another PostgREST release.
export { formatDiagnostic, hasErrors } from './diagnostics.js';
export type { BuiltinVariable } from './substitute.js';
export { BUILTIN_VARIABLES, specVariables } from './substitute.js';
export type { Diagnostic } from './diagnostics.js';
export type { CertificateMount, ClientCertificates } from './rules/postgrest/index.js';
export { MAX_SPEC_BYTES, readSpecFile } from './source.js';
export type { SpecFileLocation, SpecText } from './source.js';

export type { SpecInput, SpecResult } from './check.js';
export { checkSpec, renderSpec } from './check.js';
export type { UpgradeChange, UpgradePlan } from './upgrade.js';
export { planUpgrade } from './upgrade.js';
export { readValidatedFor, validatedForLine } from './marker.js';
