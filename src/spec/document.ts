import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Alias, Document, Node, Pair, ParsedNode, Scalar, YAMLMap } from 'yaml';
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
 * The most nodes aliases may add to a document. A spec reuses a block or two (a few hundred nodes); a "billion
 * laughs" document of nested aliases adds billions, which every reader of the data (validation, rules, JSON) would
 * walk.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * Parse a spec file as YAML 1.1, the dialect gcloud and Kubernetes read (`0444` is octal, `yes` a boolean).
 * Syntax errors, duplicate keys, extra documents, an empty file, aliases that expand too far or do not resolve,
 * and numbers that are not finite come back as diagnostics at their position. A document returned is safe to
 * convert with `toData`.
 */
export function parseSpecDocument(
  file: string,
  text: string,
): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    version: '1.1',
    // yaml compares each key with every earlier one (minutes for a large file); duplicateKeys does it in one pass.
    uniqueKeys: false,
    prettyErrors: true,
  });
  const [first] = docs;
  const problems = streamProblems(docs, lines);
  // The content is read only once the stream holds one well-formed document.
  if (problems.length === 0) problems.push(...contentProblems(first, text));
  // Everything found while parsing is an error: the document cannot be read as the author meant it.
  const diagnostics = problems.map(({ offset, rule, message, fix }): Diagnostic => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, severity: 'error', rule, message, fix, path: '' };
  });
  if (diagnostics.length > 0 || !first) return { diagnostics };
  return { document: { file, text, doc: first, lines }, diagnostics };
}

/** A problem found while parsing, at a character offset. */
interface ParseProblem {
  readonly offset: number;
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

/** Syntax errors and duplicate keys in each document, and every document after the first. */
function streamProblems(docs: readonly Document.Parsed[], lines: LineCounter): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const doc of docs) {
    // After the first syntax error the parser's further complaints are mostly its own confusion: keep the first.
    for (const err of doc.errors.slice(0, 1)) {
      problems.push({
        offset: err.pos[0],
        rule: 'yaml/syntax',
        message: firstLine(err.message),
        fix: 'fix the YAML syntax at this position',
      });
    }
    for (const { key, first } of duplicateKeys(doc)) {
      problems.push({
        offset: key.range?.[0] ?? 0,
        rule: 'yaml/duplicate-key',
        message: `the key ${JSON.stringify(key.value)} appears twice in this mapping (first on line ${String(lines.linePos(first.range?.[0] ?? 0).line)})`,
        fix: 'remove one of the two keys: YAML readers disagree on which one wins',
      });
    }
  }
  for (const extra of docs.slice(1)) {
    problems.push({
      offset: extra.range[0],
      rule: 'yaml/multiple-documents',
      message: 'the file holds more than one YAML document',
      fix: 'keep exactly one Service per file; remove the `---` and what follows',
    });
  }
  return problems;
}

/** What makes the one document unusable: no content, a bad alias (the first), or numbers that are not finite. */
function contentProblems(doc: Document.Parsed | undefined, text: string): ParseProblem[] {
  // An empty or comment-only file is an empty stream; `---` alone is a document holding an empty scalar.
  if (!doc || isEmpty(doc.contents)) {
    return [
      {
        offset: 0,
        rule: 'yaml/empty',
        message: 'the file holds no YAML document (it is empty, or only comments)',
        fix: 'write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)',
      },
    ];
  }
  const alias = findAliasProblem(doc);
  if (alias)
    return [{ offset: alias.node.range?.[0] ?? 0, rule: alias.rule, message: alias.message, fix: alias.fix }];
  return nonFiniteNumbers(doc).map((node) => {
    const [start = 0, end = start] = node.range ?? [];
    const written = text.slice(start, end).trim();
    return {
      offset: start,
      rule: 'yaml/not-finite',
      message: `${written.length > 24 ? `${written.slice(0, 20)}...` : written} is not a finite number`,
      fix: 'write a finite number, or put the value in quotes if it is meant as text (dropping any !!float tag)',
    };
  });
}

/** The document as plain data (mappings as objects). Aliases share their anchor's data; parseSpecDocument has bounded them. */
export function toData(doc: Document): unknown {
  // yaml's own alias limit (maxAliasCount) throws, without a position, on harmless documents too (one anchor used
  // 101 times); parseSpecDocument has already refused cycles and expansions past MAX_ALIAS_EXPANSION, at the alias.
  return doc.toJS({ maxAliasCount: -1 });
}

/** Each key that repeats an earlier scalar key of the same mapping, with that earlier key. One pass per mapping. */
function duplicateKeys(doc: Document): { key: Scalar; first: Scalar }[] {
  const duplicates: { key: Scalar; first: Scalar }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, Scalar>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const first = seen.get(key.value);
        if (first) duplicates.push({ key, first });
        else seen.set(key.value, key);
      }
    },
  });
  return duplicates;
}

/** Scalars that resolved to a number JSON cannot carry: 1e400 and 400-digit integers overflow, .inf and .nan. */
function nonFiniteNumbers(doc: Document): Scalar[] {
  const found: Scalar[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) found.push(node);
    },
  });
  return found;
}

function isEmpty(contents: unknown): boolean {
  if (contents === null) return true;
  return isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1];
}

interface AliasProblem {
  readonly node: Alias;
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

/**
 * The first alias, in document order, that has no anchor before it, refers to a node it is inside of (a cycle), or
 * brings the nodes added by aliases past MAX_ALIAS_EXPANSION. Each node is visited once: an anchor's expanded size
 * is kept, never recomputed.
 */
function findAliasProblem(doc: Document.Parsed): AliasProblem | undefined {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  let added = 0;
  let problem: AliasProblem | undefined;
  const sizeOf = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const size = sizes.get(target);
      if (target === undefined) {
        problem = {
          node,
          rule: 'yaml/alias',
          message: `the alias *${node.source} has no anchor &${node.source} before it`,
          fix: `define &${node.source} on the value to reuse, above this alias`,
        };
      } else if (size === undefined) {
        problem = {
          node,
          rule: 'yaml/alias',
          message: `the alias *${node.source} is inside the value anchored &${node.source}: it would contain itself`,
          fix: 'write the value out instead of referring to the block that holds it',
        };
      } else {
        added += size;
        if (added > MAX_ALIAS_EXPANSION)
          problem = {
            node,
            rule: 'yaml/alias-expansion',
            message: `aliases expand the document by more than ${String(MAX_ALIAS_EXPANSION)} nodes at *${node.source} (nested aliases multiply, as in a "billion laughs" document)`,
            fix: 'write the values out, or nest fewer aliases: a Cloud Run spec needs only a few reused blocks',
          };
      }
      return size ?? 0;
    }
    const anchor = (node as { anchor?: string }).anchor;
    // Set before the children: an alias inside its own anchor is a cycle, found above.
    if (anchor) anchors.set(anchor, node);
    let size = 1;
    if (isPair(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if (isCollection(node)) for (const item of node.items) size += sizeOf(item);
    if (anchor) sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents);
  return problem;
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
    if (isMap(node)) node = pairAt(node, segment)?.value;
    else if (isCollection(node)) node = node.get(segment, true);
    else return undefined;
  }
  return (resolveAlias(document, node) as Node | undefined) ?? undefined;
}

/** The key node of the pair at `path` (for unknown or misplaced fields). */
function keyNodeAt(document: SpecDocument, path: SpecPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(document, path.slice(0, -1));
  const key = isMap(parent) ? pairAt(parent, path[path.length - 1])?.key : undefined;
  return isScalar(key) ? key : undefined;
}

// Lookups by path run once per diagnostic. Scanning a mapping's pairs (yaml's `get`), or the whole document for an
// alias's anchor (yaml's `resolve`), each time would make a wide spec with many findings take minutes.
const pairIndexes = new WeakMap<YAMLMap, { readonly length: number; readonly pairs: Map<unknown, Pair> }>();
const aliasTargets = new WeakMap<Alias, unknown>();

/** The first pair of `map` whose key is the scalar `key`, as yaml's `get` finds it, from an index built once. */
function pairAt(map: YAMLMap, key: unknown): Pair | undefined {
  let index = pairIndexes.get(map);
  // Keys are never changed after parsing, but pairs can be removed (`status`): rebuild when the count changed.
  if (index?.length !== map.items.length) {
    const pairs = new Map<unknown, Pair>();
    for (const pair of map.items)
      if (isScalar(pair.key) && !pairs.has(pair.key.value)) pairs.set(pair.key.value, pair);
    index = { length: map.items.length, pairs };
    pairIndexes.set(map, index);
  }
  return index.pairs.get(key);
}

function resolveAlias(document: SpecDocument, node: unknown): unknown {
  if (!isAlias(node)) return node;
  if (!aliasTargets.has(node)) aliasTargets.set(node, node.resolve(document.doc));
  return aliasTargets.get(node);
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
