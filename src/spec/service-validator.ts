// The schema validator, compiled ahead of time: compiling schema/cloudrun-service.schema.json with ajv costs about
// 90 ms of CPU in every process (most of what checking a spec costs), so `npm run generate` writes ajv's standalone
// code for it to service-validator.generated.js, and a test fails when that file is stale.
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

/** The ajv options the validator is compiled with; the diagnostics rely on them (every error, with its schema). */
export const AJV_OPTIONS = {
  verbose: true,
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictRequired: false,
} as const;

/**
 * Keywords the schema carries for editors only: the YAML language server (vscode-json-languageservice) shows
 * `patternErrorMessage` and `errorMessage` instead of a raw regular expression or "value is not accepted".
 */
export const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage'];

/** The standalone ES module source of the validator for `schema`. */
export function renderValidatorModule(schema: object): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  // A CommonJS module whose exports are the function, with itself as `default`: the one form every loader agrees on.
  const code = standalone.default(ajv, ajv.compile(schema));
  return `// Generated from schema/cloudrun-service.schema.json by \`npm run generate\` (ajv standalone code): do not edit.\n${code}\n`;
}
