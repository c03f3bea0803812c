import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderValidatorModule } from '../../src/spec/service-validator.js';
import { renderActionDefaults } from '../../scripts/generate.js';

test('src/spec/service-validator.generated.js is compiled from the published schema (run `npm run generate`)', () => {
  const schema = JSON.parse(readFileSync('schema/cloudrun-service.schema.json', 'utf8')) as object;
  expect(readFileSync('src/spec/service-validator.generated.js', 'utf8')).toBe(renderValidatorModule(schema));
});

test('src/action-defaults.generated.ts holds the defaults action.yml declares (run `npm run generate`)', () => {
  expect(readFileSync('src/action-defaults.generated.ts', 'utf8')).toBe(
    renderActionDefaults(readFileSync('action.yml', 'utf8')),
  );
});
