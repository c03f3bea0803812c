// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--check` builds into a temporary directory and fails when dist/ differs: the committed bundle must match src/.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
// Shared code goes to chunk files whose names change with their content: start from an empty dist/.
if (!check) rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
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
