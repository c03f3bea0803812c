// Check action.yml and every workflow (the ready-to-copy workflows/ and the repository's own .github/workflows/) with
// GitHub's language service for Actions (@actions/languageservice, what the Actions extension for VS Code runs):
// the schema, every expression and the contexts its key allows (no `secrets` in a job's `if`), job `needs`, and each
// step that uses this action, by the major tag users pin, against action.yml: an unknown input, or a required one
// missing, is an error, also in a step that uses `./` (this repository's CI runs the action from its work tree).
// `node --import tsx scripts/check-workflows.ts [FILE...]` prints each file's problems as JSON and exits 1 when there
// are any. (tsx, or vitest: the language service imports its JSON schemas without import attributes, which Node
// itself refuses.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActionsMetadataProvider } from '@actions/languageservice';
import { validate } from '@actions/languageservice';
import { clearCacheEntry } from '@actions/languageservice/utils/workflow-cache';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';

/** How workflows name this action: what the README and workflows/ tell users to write. */
export const THIS_ACTION = { owner: 'org', name: 'pgrst-cloudrun-action', ref: 'v1' } as const;

/**
 * The other actions the workflows use, at the major they pin. Their metadata is not at hand offline, so their inputs
 * go unchecked; any other action, or another major, is reported as unresolved: adding one is a decision made here.
 */
export const OTHER_ACTIONS: readonly string[] = [
  'actions/attest@v4',
  'actions/checkout@v6',
  'actions/github-script@v8',
  'actions/setup-node@v7',
  'google-github-actions/auth@v3',
];

type ActionMetadata = Awaited<ReturnType<ActionsMetadataProvider['fetchActionMetadata']>>;

/** Resolves this action to `actionYml`, the others in {@link OTHER_ACTIONS} to metadata without inputs. */
export function metadataProvider(actionYml: string): ActionsMetadataProvider {
  const action = parse(actionYml) as NonNullable<ActionMetadata>;
  return {
    fetchActionMetadata: (reference): Promise<ActionMetadata> => {
      const { owner, name, ref, path: subPath } = reference;
      if (subPath) return Promise.resolve(undefined);
      if (owner === THIS_ACTION.owner && name === THIS_ACTION.name && ref === THIS_ACTION.ref) {
        return Promise.resolve(action);
      }
      return Promise.resolve(
        OTHER_ACTIONS.includes(`${owner}/${name}@${ref}`)
          ? { name, description: `${owner}/${name}` }
          : undefined,
      );
    },
  };
}

/**
 * The problems the language service finds in one file, as `file:line:column: message` (errors and warnings; the
 * informational notes, such as a cron schedule in words, are left out).
 */
export async function checkWorkflowFile(
  file: string,
  content: string = readFileSync(file, 'utf8'),
  actionYml: string = readFileSync('action.yml', 'utf8'),
): Promise<string[]> {
  // The service tells an action from a workflow by the file's name (action.yml), and caches what it parsed per URI.
  const uri = pathToFileURL(path.resolve(file)).href;
  clearCacheEntry(uri);
  // The service resolves no local action (`uses: ./`): name it as users do, on the same line, so positions hold.
  const text = content.replace(
    /^(\s*(?:- )?uses:\s*)\.\/[ \t]*$/gm,
    `$1${THIS_ACTION.owner}/${THIS_ACTION.name}@${THIS_ACTION.ref}`,
  );
  const diagnostics = await validate(TextDocument.create(uri, 'yaml', 1, text), {
    actionsMetadataProvider: metadataProvider(actionYml),
  });
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === undefined || diagnostic.severity <= 2)
    .map(({ range, message }) => {
      const text = typeof message === 'string' ? message : message.value;
      return `${file}:${String(range.start.line + 1)}:${String(range.start.character + 1)}: ${text}`;
    });
}

/** action.yml and every workflow the repository holds. */
export function workflowFiles(): string[] {
  const yamlIn = (directory: string) =>
    readdirSync(directory)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.join(directory, name));
  return ['action.yml', ...yamlIn('workflows'), ...yamlIn('.github/workflows')];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles();
  const problems: Record<string, string[]> = {};
  for (const file of files) problems[file] = await checkWorkflowFile(file);
  process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
  process.exitCode = Object.values(problems).some((list) => list.length > 0) ? 1 : 0;
}
