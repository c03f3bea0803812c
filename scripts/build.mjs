// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--check` builds into a temporary directory and fails when dist/ differs: the committed bundle must match src/.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(path.join(tmpdir(), 'pgrst-dist-')) : 'dist';

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for Node builtins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

if (check) {
  const stale = readdirSync(outdir).filter((name) => {
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
