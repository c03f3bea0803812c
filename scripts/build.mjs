// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--check` builds into a temporary directory and fails when dist/ differs: the committed bundle must match src/.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

// @actions/core imports @actions/http-client (for getIDToken, which the action never calls), and that imports
// undici and tunnel: 0.8 MB that Node would parse and run at every start. None of the three does anything on import
// that the action relies on, so they are declared side-effect free and esbuild leaves out whatever is unused.
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client(\/.*)?|undici|tunnel)$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(path.join(tmpdir(), 'pgrst-dist-')) : 'dist';

const result = await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The action and the CLI share nearly everything (the Google clients are most of it): one copy, in chunks.
  splitting: true,
  chunkNames: '[name]-[hash]', // beside the entry points: import.meta.url-relative paths stay valid
  legalComments: 'none',
  plugins: [sideEffectFree],
  logLevel: 'warning',
  metafile: true,
  write: false,
  // CommonJS dependencies bundled into ESM still call require() for Node builtins, and some read __dirname when they
  // load (google-gax, for gRPC proto paths its REST transport never opens).
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
      'const __dirname = import.meta.dirname;',
    ].join('\n'),
  },
});

const packageOf = (input) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]?.replace('@', '').replace('/', '-');

/** The part of the project an input belongs to: `src/spec/x.ts` → `spec`, `src/pipeline.ts` → `pipeline`. */
const sourcePart = (input) => /^src\/([^/.]+)/.exec(input)?.[1];

/**
 * A chunk's stable name, from what it holds rather than a hash of its bytes, so that a change renames nothing and
 * history and blame follow each file: a dynamically imported module is named after its package (and file), or its
 * path under src/ (`cli-build` for a CLI command loaded when it runs); a chunk of the project's own code, after the
 * part of src/ with the most bytes in it; one with esbuild's helpers only, `esbuild-runtime`; any other, after the
 * package with the most bytes in it.
 */
function chunkName(output) {
  if (output.entryPoint?.startsWith('src/'))
    return output.entryPoint.slice(4).replace(/\.ts$/, '').replaceAll('/', '-');
  const entry = output.entryPoint && packageOf(output.entryPoint);
  if (entry) {
    const stem = path.basename(output.entryPoint, path.extname(output.entryPoint));
    return ['index', 'main'].includes(stem) ? entry : `${entry}-${stem}`;
  }
  const inputs = Object.entries(output.inputs);
  if (inputs.length === 0) return 'esbuild-runtime';
  const ownSource = inputs.some(([input]) => input.startsWith('src/'));
  const bytes = new Map();
  for (const [input, { bytesInOutput }] of inputs) {
    const owner = ownSource ? sourcePart(input) : packageOf(input);
    if (owner) bytes.set(owner, (bytes.get(owner) ?? 0) + bytesInOutput);
  }
  const largest = [...bytes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? 'shared';
  return ownSource ? `shared-${largest}` : largest;
}

const renames = new Map();
const taken = new Set(['index.js', 'cli.js']);
for (const [file, output] of Object.entries(result.metafile.outputs).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (['src/action/main.ts', 'src/cli/main.ts'].includes(output.entryPoint)) continue; // dist/index.js, dist/cli.js
  const base = chunkName(output);
  let name = `${base}.js`;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${String(n)}.js`;
  taken.add(name);
  renames.set(path.basename(file), name);
}
const rename = (text) => {
  let renamed = text;
  for (const [from, to] of renames) renamed = renamed.replaceAll(`./${from}`, `./${to}`);
  return renamed;
};
if (!check) rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const file of result.outputFiles) {
  const base = path.basename(file.path);
  writeFileSync(path.join(outdir, renames.get(base) ?? base), rename(file.text));
}

if (check) {
  const files = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((name) => name.endsWith('.js'))
      .sort();
  const built = files(outdir);
  const committed = files('dist');
  const stale = [...new Set([...built, ...committed])].filter((name) => {
    try {
      return readFileSync(path.join(outdir, name), 'utf8') !== readFileSync(path.join('dist', name), 'utf8');
    } catch {
      return true;
    }
  });
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run \`npm run build\` and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
