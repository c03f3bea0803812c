// The test run itself: what `npm test` leaves on the machine.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { TEST_RUN_DIRECTORY } from '../support/global-setup.js';

test("a test's temporary files go into the run's own directory, which the run removes when it ends", () => {
  const directory = process.env[TEST_RUN_DIRECTORY];
  expect(directory && path.basename(directory)).toMatch(/^pgrst-test-run-/);
  expect(tmpdir()).toBe(directory);
});
