// Parse action.yml and workflows/*.yml with GitHub's own parser (@actions/workflow-parser) and print each file's
// errors as JSON: `node --import tsx scripts/check-workflows.ts [FILE...]`. Exit 1 when any file has errors.
// (A script rather than an in-test import: the parser loads its JSON schemas in a way Node 20 only accepts
// through a loader such as tsx.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        'action.yml',
        ...readdirSync('workflows')
          .filter((n) => n.endsWith('.yml'))
          .map((n) => path.join('workflows', n)),
      ];
const errors: Record<string, string[]> = {};
for (const file of files) {
  const entry = { name: path.basename(file), content: readFileSync(file, 'utf8') };
  const parse = path.basename(file) === 'action.yml' ? parseAction : parseWorkflow;
  errors[file] = parse(entry, new NoOperationTraceWriter())
    .context.errors.getErrors()
    .map((e) => e.message);
}
process.stdout.write(`${JSON.stringify(errors, null, 2)}\n`);
process.exitCode = Object.values(errors).some((list) => list.length > 0) ? 1 : 0;
