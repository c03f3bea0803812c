// `npm run bench`: figures printed as medians and ratios measured in one run — the spec stage, the image, builder
// assemble against buildah, the deploy, the whole pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePostgrestVersion } from '../src/postgrest/version.js';
import { checkSpec } from '../src/spec/index.js';
import { benchDeploy } from './deploy.js';
import { benchAssemble } from './assemble.js';
import { benchCloud } from './cloud.js';
import { benchImage } from './image.js';
import { benchPipeline } from './pipeline.js';

/** `BENCH_ONLY=assemble,pipeline npm run bench`: only those parts (validate, image, assemble, deploy, pipeline, cloud). */
const only = process.env['BENCH_ONLY']?.split(',').map((part) => part.trim());
const wanted = (part: string): boolean => !only || only.includes(part);

const version = parsePostgrestVersion('v14.17');
if (!version) throw new Error('unreachable');
const specs = ['valid', 'invalid'].flatMap((kind) => {
  const dir = path.join('test/fixtures/specs', kind);
  return readdirSync(dir).map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
});
const variables = new Map([['POSTGREST_VERSION', version.tag]]);
const validate = (text: string, file: string) =>
  checkSpec({ file, text, variables, postgrestVersion: version, allowUnsetBuiltins: true });

if (wanted('validate')) benchValidate();

function benchValidate(): void {
  const TOTAL = 1000;
  const WARMUP = 200;
  const started = performance.now();
  const first = performance.now();
  validate(readFileSync('cloudbuild/service.yaml', 'utf8'), 'service.yaml'); // includes compiling the schema
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < WARMUP + TOTAL; i++) {
    const spec = specs[i % specs.length];
    if (!spec) continue;
    const t = performance.now();
    validate(spec.text, spec.name);
    if (i >= WARMUP) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  const median = at(0.5);
  console.log(
    `validate: ${TOTAL} specs (${specs.length} fixtures in rotation) in one process, after ${WARMUP} warm-up`,
  );
  console.log(
    `  per spec: median ${median.toFixed(3)} ms, p90 ${at(0.9).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms (target: median < 1 ms)`,
  );
  console.log(
    `  first spec, schema compile included: ${firstMs.toFixed(1)} ms = ${(firstMs / median).toFixed(0)}x a warm one`,
  );
  console.log(`  total ${(performance.now() - started).toFixed(0)} ms`);
  console.log(median < 1 ? 'PASS median under 1 ms' : 'MISS median over 1 ms');
}

for (const [part, bench] of [
  ['image', benchImage],
  ['assemble', benchAssemble],
  ['deploy', benchDeploy],
  ['pipeline', benchPipeline],
  ['cloud', benchCloud],
] as const) {
  if (!wanted(part)) continue;
  console.log('');
  await bench();
}
