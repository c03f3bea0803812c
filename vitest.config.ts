import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { NODE_24 } from './test/support/node24.js';
import { defineConfig } from 'vitest/config';

/** The machine's Node: the one that runs npm, else the one running vitest. */
const MACHINE_NODE = process.env['npm_node_execpath'] ?? process.execPath;

/** `node20`, `node24`: the major version of the binary, so each project is named after the Node it runs. */
const major = (node: string): string => {
  if (!existsSync(node))
    throw new Error(`${node} is missing: run npm ci --prefix test/node24 (.ci/run does)`);
  return `node${execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim()}`;
};

/** GitHub's workflow parser and language service, and the expression parser they share. */
const ACTIONS_PACKAGES =
  /[\\/]node_modules[\\/]@actions[\\/](languageservice|workflow-parser|expressions)[\\/]/;

export default defineConfig({
  plugins: [
    {
      // Their files name source maps whose sources the packages leave out, and vite would warn once per file (some
      // 150 lines): load them without the map.
      name: 'actions-packages-without-source-maps',
      load: (id) =>
        ACTIONS_PACKAGES.test(id) && id.endsWith('.js')
          ? readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '')
          : null,
    },
  ],
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every temporary file of the run in one directory, removed when the run ends.
    globalSetup: ['test/support/global-setup.ts'],
    // GitHub's workflow parser and language service import their JSON schemas without import attributes, which Node
    // refuses: vitest transforms them instead of handing them to Node.
    server: { deps: { inline: [ACTIONS_PACKAGES] } },
    projects: [
      {
        extends: true,
        test: {
          name: major(MACHINE_NODE),
          include: ['test/**/*.test.ts'],
          env: { PGRST_TEST_NODE: MACHINE_NODE },
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The end-to-end suite once more, with the action and the CLI run on Node 24, as GitHub's runner runs them;
        // after the first project (group order), so the two never compete for the machine.
        extends: true,
        test: {
          name: `e2e on ${major(NODE_24)}`,
          include: ['test/e2e/**/*.test.ts'],
          env: { PGRST_TEST_NODE: NODE_24 },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
