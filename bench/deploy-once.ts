// One create-and-wait with the deploy stage, as its own process (bundled by bench/deploy.ts, run with plain node):
// argv: emulator URL, service name, rendered service JSON file. Prints the stage's own CPU time in ms.
import { readFileSync } from 'node:fs';
import { cloudRunApi, runBaseUrl } from '../src/deploy/api.js';
import { deployRevision } from '../src/deploy/index.js';
import { createApiClient } from '../src/gcp/http.js';

const [url = '', name = '', file = ''] = process.argv.slice(2);
const service = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const api = cloudRunApi(
  createApiClient({ accessToken: () => Promise.resolve('bench-token') }),
  runBaseUrl('us-west1', url),
  'demo-project',
);
const before = process.cpuUsage();
await deployRevision(
  service,
  { projectId: 'demo-project', region: 'us-west1', service: name, waitTimeoutMs: 60_000 },
  { revisionSuffix: 'b1' },
  { api, log: () => undefined },
);
// The stage's own CPU, without the runtime's start-up: what one more deploy costs inside the action's process.
const used = process.cpuUsage(before);
process.stdout.write(`${String((used.user + used.system) / 1000)}\n`);
