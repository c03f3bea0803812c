#!/usr/bin/env node
// The `pgrst-cloudrun` CLI (dist/cli.js): the same pipeline as the action, driven by flags.
import { readFileSync } from 'node:fs';
import { main } from './commands.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
});
