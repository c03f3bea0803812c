// The shape of the source tree, as the house style wants it and as a newcomer can trust it: a stage's index.ts is
// its only door, and every function fits on one screen.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Longest function allowed, in lines (its first line to its last, nested functions counted in their parent). */
const MAX_FUNCTION_LINES = 60;

const SOURCES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => path.join('src', file))
  .sort();

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The folder directly under src/ a file belongs to ('' for the modules at the top). */
function stageOf(file: string): string {
  const parts = path.relative('src', file).split(path.sep);
  return parts.length > 1 ? (parts[0] ?? '') : '';
}

describe('each stage has one door', () => {
  test.each(SOURCES)('%s imports other stages through their index.ts only', (file) => {
    const reachedPast: string[] = [];
    for (const statement of parse(file).statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const target = path.join(path.dirname(file), specifier.text.replace(/\.js$/, '.ts'));
      if (!target.startsWith(`src${path.sep}`)) continue; // the published schema, outside the code
      const stage = stageOf(target);
      if (stage === '' || stage === stageOf(file)) continue;
      if (path.relative(path.join('src', stage), target) !== 'index.ts') reachedPast.push(specifier.text);
    }
    expect(reachedPast).toEqual([]);
  });
});

describe('every function fits on one screen', () => {
  test.each(SOURCES)(`%s has no function longer than ${String(MAX_FUNCTION_LINES)} lines`, (file) => {
    const source = parse(file);
    const long: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > MAX_FUNCTION_LINES)
          long.push(`line ${String(first + 1)}: ${String(last - first + 1)} lines`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(long).toEqual([]);
  });
});
