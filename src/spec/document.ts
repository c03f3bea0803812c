import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node, ParsedNode } from 'yaml';
import type { Diagnostic, Severity, SpecPath } from './diagnostics.js';
import { formatPath } from './diagnostics.js';

/** A parsed spec file: the YAML document with its source positions. */
export interface SpecDocument {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Where a diagnostic points: at a mapping key (unknown or misplaced field) or at its value. */
export type Anchor = 'key' | 'value';

/**
 * Parse a spec file as YAML 1.1, the dialect gcloud and Kubernetes read (`0444` is octal, `yes` a boolean).
 * Syntax errors, duplicate keys and extra documents come back as diagnostics at their position.
 */
export function parseSpecDocument(
  file: string,
  text: string,
): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    version: '1.1',
    uniqueKeys: true,
    prettyErrors: true,
  });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, severity: Severity, rule: string, message: string, fix: string): void => {
    const { line, col } = lines.linePos(offset);
    diagnostics.push({ file, line, column: col, severity, rule, message, fix, path: '' });
  };
  if (!Array.isArray(docs)) {
    // Only an empty stream parses to a non-array.
    at(
      0,
      'error',
      'yaml/empty',
      'the file holds no YAML document',
      'write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)',
    );
    return { diagnostics };
  }
  for (const doc of docs) {
    // After the first syntax error the parser's further complaints are mostly its own confusion: keep the first.
    const syntax = doc.errors.filter((err) => err.code !== 'DUPLICATE_KEY').slice(0, 1);
    for (const err of [...syntax, ...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')]) {
      const duplicate = err.code === 'DUPLICATE_KEY';
      at(
        err.pos[0],
        'error',
        duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        firstLine(err.message),
        duplicate
          ? 'remove one of the two keys: YAML readers disagree on which one wins'
          : 'fix the YAML syntax at this position',
      );
    }
  }
  const [first, ...rest] = docs;
  for (const extra of rest) {
    at(
      extra.range[0],
      'error',
      'yaml/multiple-documents',
      'the file holds more than one YAML document',
      'keep exactly one Service per file; remove the `---` and what follows',
    );
  }
  if (!first || diagnostics.length > 0) return { diagnostics };
  if (first.contents === null) {
    at(
      0,
      'error',
      'yaml/empty',
      'the file holds no YAML document',
      'write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)',
    );
    return { diagnostics };
  }
  return { document: { file, text, doc: first, lines }, diagnostics };
}

/** yaml's pretty errors append a code excerpt after the first line; the diagnostic carries the position instead. */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** The node at `path`, following aliases; undefined when the path does not exist in the YAML. */
export function nodeAt(document: SpecDocument, path: SpecPath): Node | undefined {
  let node: unknown = document.doc.contents;
  for (const segment of path) {
    node = resolveAlias(document, node);
    if (!isCollection(node)) return undefined;
    node = node.get(segment, true);
  }
  return (resolveAlias(document, node) as Node | undefined) ?? undefined;
}

/** The key node of the pair at `path` (for unknown or misplaced fields). */
function keyNodeAt(document: SpecDocument, path: SpecPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(document, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function resolveAlias(document: SpecDocument, node: unknown): unknown {
  return isAlias(node) ? node.resolve(document.doc) : node;
}

/**
 * Line and column (1-based) of the key or value at `path`. When the path does not exist (a missing field),
 * the nearest existing ancestor is used, so every diagnostic lands on a real line.
 */
export function positionOf(
  document: SpecDocument,
  path: SpecPath,
  anchor: Anchor = 'value',
): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node =
      (anchor === 'key' || depth < path.length) && typeof prefix[prefix.length - 1] === 'string'
        ? (keyNodeAt(document, prefix) ?? nodeAt(document, prefix))
        : nodeAt(document, prefix);
    const offset = (node as ParsedNode | undefined)?.range[0];
    if (offset !== undefined) {
      const { line, col } = document.lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/** Build a diagnostic at the key or value of `path`. */
export function diagnosticAt(
  document: SpecDocument,
  path: SpecPath,
  anchor: Anchor,
  severity: Severity,
  rule: string,
  message: string,
  fix: string,
): Diagnostic {
  const { line, column } = positionOf(document, path, anchor);
  return { file: document.file, line, column, severity, rule, message, fix, path: formatPath(path) };
}
