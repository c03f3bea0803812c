import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  require_dist
} from "./yaml.js";
import {
  APP_SETTINGS_PREFIX,
  ConfigError,
  MAX_SERVICE_NAME,
  MIN_JWT_SECRET_LENGTH,
  asInteger,
  asList,
  asRecord,
  asString,
  checkRoleClaimKey,
  checkSettingValue,
  conninfoUser,
  conninfoValue,
  envName,
  field,
  isAtLeast,
  isDnsLabel,
  isPostgrestImage,
  lookupSetting,
  parseConninfo,
  parseImageName,
  parsePostgrestVersion,
  postgrestContainerIndex,
  readBoolean,
  readInteger,
  settingDefault,
  settingEnvNames,
  settingsDocs,
  unsupportedVersion
} from "./shared-build.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/spec/diagnostics.ts
function formatDiagnostic(d) {
  const text2 = d.fix ? `${d.message}; ${d.fix}` : d.message;
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${text2} [${d.rule}]`;
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || Number(a.severity === "warning") - Number(b.severity === "warning") || a.rule.localeCompare(b.rule)
  );
}
function formatPath(path4) {
  let out = "";
  for (const segment of path4) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/spec/substitute.ts
var import_yaml = __toESM(require_dist(), 1);
var BUILTIN_VARIABLES = [
  "IMAGE",
  "SERVICE",
  "REGION",
  "PROJECT_ID",
  "POSTGREST_VERSION",
  "REVISION"
];
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteVariables(document, values, deferred = /* @__PURE__ */ new Set()) {
  const result = { diagnostics: [], references: [] };
  walk(document.doc.contents, [], (node, path4) => {
    if (typeof node.value !== "string" || !node.value.includes("$")) return;
    const raw = node.value;
    const { text: text2, problems, names: names2, unresolvedNames } = expand(raw, values, deferred);
    for (const problem of problems) {
      const { line, column } = referencePosition(document, node, problem.reference);
      result.diagnostics.push({
        file: document.file,
        line,
        column,
        severity: "error",
        rule: problem.rule,
        message: problem.message,
        fix: problem.fix,
        path: formatPath(path4)
      });
    }
    if (names2.length > 0 || unresolvedNames.length > 0)
      result.references.push({ path: path4, raw, names: names2, unresolved: unresolvedNames });
    node.value = text2;
  });
  return result;
}
function expand(raw, values, deferred = /* @__PURE__ */ new Set()) {
  const expansion = { text: "", problems: [], names: [], unresolvedNames: [] };
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith("$${", i)) {
      expansion.text += "${";
      i += 3;
      continue;
    }
    if (!raw.startsWith("${", i)) {
      expansion.text += raw.charAt(i);
      i += 1;
      continue;
    }
    const close = raw.indexOf("}", i + 2);
    if (close < 0) {
      append(expansion, unterminatedReference(raw.slice(i)));
      break;
    }
    append(expansion, expandReference(raw.slice(i, close + 1), values, deferred));
    i = close + 1;
  }
  return expansion;
}
function append(expansion, part) {
  expansion.text += part.text;
  if (part.problem) expansion.problems.push(part.problem);
  if (part.name !== void 0) expansion.names.push(part.name);
  if (part.unresolved !== void 0) expansion.unresolvedNames.push(part.unresolved);
}
function unterminatedReference(reference) {
  return {
    text: reference,
    unresolved: reference,
    problem: {
      reference,
      rule: "var/malformed",
      message: `unterminated variable reference "${reference}"`,
      fix: 'close it with "}", or write $${ for a literal ${'
    }
  };
}
function expandReference(reference, values, deferred) {
  const name = reference.slice(2, -1);
  if (!NAME.test(name)) {
    return {
      text: reference,
      unresolved: name,
      problem: {
        reference,
        rule: "var/malformed",
        message: `"${reference}" is not a valid variable reference`,
        fix: "names are letters, digits and _ and do not start with a digit; write $${ for a literal ${"
      }
    };
  }
  if (values.has(name)) return { text: values.get(name) ?? "", name };
  if (deferred.has(name)) return { text: reference, name, unresolved: name };
  return { text: reference, name, unresolved: name, problem: missingValue(reference, name) };
}
function missingValue(reference, name) {
  const builtin = BUILTIN_VARIABLES.includes(name);
  return {
    reference,
    rule: builtin ? "var/unset" : "var/unknown",
    message: builtin ? `built-in variable ${reference} has no value here` : `unknown variable ${reference}`,
    fix: builtin ? `pass --var ${name}=VALUE (the deploy stage sets it)` : `pass --var ${name}=VALUE (action input \`vars\`), or write $\${${name}} for a literal ${reference}`
  };
}
function walk(node, path4, visit2) {
  if ((0, import_yaml.isAlias)(node)) return;
  if ((0, import_yaml.isScalar)(node)) {
    visit2(node, path4);
  } else if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
      walk(pair.value, [...path4, String(key)], visit2);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, index) => {
      walk(item, [...path4, index], visit2);
    });
  }
}
function referencePosition(document, node, reference) {
  const [start = 0, end = start] = node.range ?? [];
  const offset = document.text.slice(start, end).indexOf(reference);
  const { line, col } = document.lines.linePos(start + Math.max(offset, 0));
  return { line, column: col };
}
function specVariables(user, builtins) {
  const values = new Map(user);
  for (const [name, value] of Object.entries(builtins)) if (value) values.set(name, value);
  return values;
}

// src/spec/source.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_SPEC_BYTES = 1024 * 1024;
function readSpecFile(location) {
  const { path: path4, file, input } = location;
  let fd;
  try {
    fd = openSync(path4, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    if (code === "EISDIR") throw directoryError(location);
    throw new ConfigError(`${input}: "${file}" cannot be read (${code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw directoryError(location);
    if (!stat.isFile()) {
      throw new ConfigError(`${input}: "${file}" is not a regular file; name the service YAML file itself`);
    }
    if (stat.size > MAX_SPEC_BYTES) return tooLarge(file, stat.size);
    const bytes = readAtMost(fd, MAX_SPEC_BYTES + 1);
    if (bytes.length > MAX_SPEC_BYTES) return tooLarge(file, bytes.length);
    return decodeSpecBytes(file, bytes);
  } finally {
    closeSync(fd);
  }
}
function directoryError({ file, input }) {
  return new ConfigError(
    `${input}: "${file}" is a directory; name the service YAML file in it, such as ${file.replace(/\/+$/, "")}/service.yaml`
  );
}
function readAtMost(fd, limit) {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const read = readSync(fd, buffer, length, limit - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}
function tooLarge(file, size) {
  return refuse(
    fileDiagnostic(
      file,
      1,
      1,
      "yaml/too-large",
      `the file is ${describeSize(size)}, over the ${describeSize(MAX_SPEC_BYTES)} a spec may hold (it was not parsed)`,
      "a Cloud Run service spec is a few KiB: check that the path names the service YAML, not a generated or data file"
    )
  );
}
function describeSize(bytes) {
  if (bytes === MAX_SPEC_BYTES) return "1 MiB";
  return `${(bytes / MAX_SPEC_BYTES).toFixed(1)} MiB (${String(bytes)} bytes)`;
}
var WIDE_ENCODINGS = [
  { name: "UTF-32 big-endian", iconv: "UTF-32BE", prefix: [0, 0, 254, 255], mark: true },
  { name: "UTF-32 little-endian", iconv: "UTF-32LE", prefix: [255, 254, 0, 0], mark: true },
  { name: "UTF-16 big-endian", iconv: "UTF-16BE", prefix: [254, 255], mark: true },
  { name: "UTF-16 little-endian", iconv: "UTF-16LE", prefix: [255, 254], mark: true },
  { name: "UTF-32 big-endian", iconv: "UTF-32BE", prefix: [0, 0, 0, "any"], mark: false },
  { name: "UTF-32 little-endian", iconv: "UTF-32LE", prefix: ["any", 0, 0, 0], mark: false },
  { name: "UTF-16 big-endian", iconv: "UTF-16BE", prefix: [0, "any"], mark: false },
  { name: "UTF-16 little-endian", iconv: "UTF-16LE", prefix: ["any", 0], mark: false }
];
function decodeSpecBytes(file, bytes) {
  const wide = WIDE_ENCODINGS.find(
    ({ prefix }) => bytes.length >= prefix.length && prefix.every((byte2, i) => byte2 === "any" || bytes[i] === byte2)
  );
  if (wide) {
    return refuse(
      fileDiagnostic(
        file,
        1,
        1,
        "yaml/encoding",
        `the file is ${wide.name} text (${wide.mark ? "it starts with that byte order mark" : "its first bytes hold zeros as that encoding does"}), not UTF-8`,
        `save it as UTF-8, e.g. iconv -f ${wide.iconv} -t UTF-8`
      )
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder("utf-8").decode(bytes) };
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, bad)).length + 1;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return refuse(
    fileDiagnostic(
      file,
      line,
      column,
      "yaml/encoding",
      `the file is not UTF-8: byte 0x${byte} at byte offset ${String(bad)} does not belong to a UTF-8 character`,
      "save it as UTF-8 (single bytes above 0x7F like this one are typical of Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)"
    )
  );
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 128) {
      i += 1;
      continue;
    }
    let length;
    let low = 128;
    let high = 191;
    if (lead >= 194 && lead <= 223) length = 2;
    else if (lead >= 224 && lead <= 239) {
      length = 3;
      if (lead === 224) low = 160;
      if (lead === 237) high = 159;
    } else if (lead >= 240 && lead <= 244) {
      length = 4;
      if (lead === 240) low = 144;
      if (lead === 244) high = 143;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [128, 191];
      if (next === void 0 || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
function fileDiagnostic(file, line, column, rule, message, fix) {
  return { file, line, column, severity: "error", rule, message, fix, path: "" };
}
function refuse(diagnostic) {
  return { diagnostics: [diagnostic], valid: false };
}

// src/spec/check.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/spec/document.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIAS_EXPANSION = 1e4;
function parseSpecDocument(file, text2) {
  const lines = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text2, {
    lineCounter: lines,
    version: "1.1",
    // yaml compares each key with every earlier one (minutes for a large file); duplicateKeys does it in one pass.
    uniqueKeys: false,
    prettyErrors: true
  });
  const [first] = docs;
  const problems = streamProblems(docs, lines);
  if (problems.length === 0) problems.push(...contentProblems(first, text2));
  const diagnostics = problems.map(({ offset, rule, message, fix }) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, severity: "error", rule, message, fix, path: "" };
  });
  if (diagnostics.length > 0 || !first) return { diagnostics };
  return { document: { file, text: text2, doc: first, lines }, diagnostics };
}
function streamProblems(docs, lines) {
  const problems = [];
  for (const doc of docs) {
    for (const err of doc.errors.slice(0, 1)) {
      problems.push({
        offset: err.pos[0],
        rule: "yaml/syntax",
        message: firstLine(err.message),
        fix: "fix the YAML syntax at this position"
      });
    }
    for (const { key, first } of duplicateKeys(doc)) {
      problems.push({
        offset: key.range?.[0] ?? 0,
        rule: "yaml/duplicate-key",
        message: `the key ${JSON.stringify(key.value)} appears twice in this mapping (first on line ${String(lines.linePos(first.range?.[0] ?? 0).line)})`,
        fix: "remove one of the two keys: YAML readers disagree on which one wins"
      });
    }
  }
  for (const extra of docs.slice(1)) {
    problems.push({
      offset: extra.range[0],
      rule: "yaml/multiple-documents",
      message: "the file holds more than one YAML document",
      fix: "keep exactly one Service per file; remove the `---` and what follows"
    });
  }
  return problems;
}
function contentProblems(doc, text2) {
  if (!doc || isEmpty(doc.contents)) {
    return [
      {
        offset: 0,
        rule: "yaml/empty",
        message: "the file holds no YAML document (it is empty, or only comments)",
        fix: "write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)"
      }
    ];
  }
  const alias = findAliasProblem(doc);
  if (alias)
    return [{ offset: alias.node.range?.[0] ?? 0, rule: alias.rule, message: alias.message, fix: alias.fix }];
  return nonFiniteNumbers(doc).map((node) => {
    const [start = 0, end = start] = node.range ?? [];
    const written = text2.slice(start, end).trim();
    return {
      offset: start,
      rule: "yaml/not-finite",
      message: `${written.length > 24 ? `${written.slice(0, 20)}...` : written} is not a finite number`,
      fix: "write a finite number, or put the value in quotes if it is meant as text (dropping any !!float tag)"
    };
  });
}
function toData(doc) {
  return doc.toJS({ maxAliasCount: -1 });
}
function duplicateKeys(doc) {
  const duplicates = [];
  (0, import_yaml2.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Map();
      for (const { key } of map.items) {
        if (!(0, import_yaml2.isScalar)(key)) continue;
        const first = seen.get(key.value);
        if (first) duplicates.push({ key, first });
        else seen.set(key.value, key);
      }
    }
  });
  return duplicates;
}
function nonFiniteNumbers(doc) {
  const found = [];
  (0, import_yaml2.visit)(doc, {
    Scalar(_, node) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) found.push(node);
    }
  });
  return found;
}
function isEmpty(contents) {
  if (contents === null) return true;
  return (0, import_yaml2.isScalar)(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1];
}
function findAliasProblem(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  let added = 0;
  let problem;
  const sizeOf = (node) => {
    if (problem || node === null || node === void 0) return 0;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      const size2 = sizes.get(target);
      if (target === void 0) {
        problem = {
          node,
          rule: "yaml/alias",
          message: `the alias *${node.source} has no anchor &${node.source} before it`,
          fix: `define &${node.source} on the value to reuse, above this alias`
        };
      } else if (size2 === void 0) {
        problem = {
          node,
          rule: "yaml/alias",
          message: `the alias *${node.source} is inside the value anchored &${node.source}: it would contain itself`,
          fix: "write the value out instead of referring to the block that holds it"
        };
      } else {
        added += size2;
        if (added > MAX_ALIAS_EXPANSION)
          problem = {
            node,
            rule: "yaml/alias-expansion",
            message: `aliases expand the document by more than ${String(MAX_ALIAS_EXPANSION)} nodes at *${node.source} (nested aliases multiply, as in a "billion laughs" document)`,
            fix: "write the values out, or nest fewer aliases: a Cloud Run spec needs only a few reused blocks"
          };
      }
      return size2 ?? 0;
    }
    const anchor = node.anchor;
    if (anchor) anchors.set(anchor, node);
    let size = 1;
    if ((0, import_yaml2.isPair)(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if ((0, import_yaml2.isCollection)(node)) for (const item of node.items) size += sizeOf(item);
    if (anchor) sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents);
  return problem;
}
function firstLine(message) {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}
function nodeAt(document, path4) {
  let node = document.doc.contents;
  for (const segment of path4) {
    node = resolveAlias(document, node);
    if ((0, import_yaml2.isMap)(node)) node = pairAt(node, segment)?.value;
    else if ((0, import_yaml2.isCollection)(node)) node = node.get(segment, true);
    else return void 0;
  }
  return resolveAlias(document, node) ?? void 0;
}
function keyNodeAt(document, path4) {
  if (path4.length === 0) return void 0;
  const parent = nodeAt(document, path4.slice(0, -1));
  const key = (0, import_yaml2.isMap)(parent) ? pairAt(parent, path4[path4.length - 1])?.key : void 0;
  return (0, import_yaml2.isScalar)(key) ? key : void 0;
}
var pairIndexes = /* @__PURE__ */ new WeakMap();
var aliasTargets = /* @__PURE__ */ new WeakMap();
function pairAt(map, key) {
  let index = pairIndexes.get(map);
  if (index?.length !== map.items.length) {
    const pairs = /* @__PURE__ */ new Map();
    for (const pair of map.items)
      if ((0, import_yaml2.isScalar)(pair.key) && !pairs.has(pair.key.value)) pairs.set(pair.key.value, pair);
    index = { length: map.items.length, pairs };
    pairIndexes.set(map, index);
  }
  return index.pairs.get(key);
}
function resolveAlias(document, node) {
  if (!(0, import_yaml2.isAlias)(node)) return node;
  if (!aliasTargets.has(node)) aliasTargets.set(node, node.resolve(document.doc));
  return aliasTargets.get(node);
}
function positionOf(document, path4, anchor = "value") {
  for (let depth = path4.length; depth >= 0; depth--) {
    const prefix = path4.slice(0, depth);
    const node = (anchor === "key" || depth < path4.length) && typeof prefix[prefix.length - 1] === "string" ? keyNodeAt(document, prefix) ?? nodeAt(document, prefix) : nodeAt(document, prefix);
    const offset = node?.range[0];
    if (offset !== void 0) {
      const { line, col } = document.lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
function diagnosticAt(document, path4, anchor, severity, rule, message, fix) {
  const { line, column } = positionOf(document, path4, anchor);
  return { file: document.file, line, column, severity, rule, message, fix, path: formatPath(path4) };
}

// src/spec/annotation-table.ts
var import_yaml3 = __toESM(require_dist(), 1);

// schema/cloudrun-service.schema.json
var cloudrun_service_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/pgrst-cloudrun-action/schema/cloudrun-service.schema.json",
  title: "Cloud Run service (Admin API v1, Knative serving.knative.dev/v1)",
  description: "A Cloud Run service as `gcloud run services replace` and pgrst-cloudrun-action read it. Unknown fields are errors at every level, as gcloud rejects them.",
  type: "object",
  additionalProperties: false,
  properties: {
    apiVersion: {
      const: "serving.knative.dev/v1",
      description: "Always serving.knative.dev/v1."
    },
    kind: {
      const: "Service",
      description: "Always Service."
    },
    metadata: {
      allOf: [
        {
          $ref: "#/$defs/ObjectMeta"
        }
      ],
      required: ["name"]
    },
    spec: {
      $ref: "#/$defs/ServiceSpec"
    },
    status: {
      $ref: "#/$defs/ServiceStatus"
    }
  },
  required: ["apiVersion", "kind", "metadata", "spec"],
  $defs: {
    int32: {
      type: ["integer", "string"],
      pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$",
      patternErrorMessage: "Write a whole number (a quoted one is sent as a number, as gcloud does), or a ${VARIABLE} the action fills in.",
      minimum: -2147483648,
      maximum: 2147483647,
      description: "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does; so is a ${VARIABLE} the action fills in."
    },
    bool: {
      type: ["boolean", "string"],
      pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$",
      patternErrorMessage: "Write true or false without quotes, or a ${VARIABLE} the action fills in.",
      description: "true or false (YAML 1.1, as gcloud reads it, also takes yes/no and on/off), or a ${VARIABLE} the action fills in."
    },
    ObjectMeta: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Name of the resource. For a service: lowercase letters, digits and hyphens, at most 49 characters."
        },
        namespace: {
          type: "string",
          description: "The Google Cloud project ID or number. Set by the deploy stage."
        },
        labels: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "Labels: string keys and string values (quote numbers and booleans)."
        },
        annotations: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "Annotations: string keys and string values (quote numbers and booleans)."
        },
        generateName: {
          type: "string"
        },
        generation: {
          $ref: "#/$defs/int32",
          description: "Output only."
        },
        resourceVersion: {
          type: "string",
          description: "Optimistic concurrency token. Set by the deploy stage."
        },
        selfLink: {
          type: "string",
          description: "Output only."
        },
        uid: {
          type: "string",
          description: "Output only."
        },
        creationTimestamp: {
          type: "string",
          description: "Output only."
        },
        deletionTimestamp: {
          type: "string",
          description: "Output only."
        },
        deletionGracePeriodSeconds: {
          $ref: "#/$defs/int32",
          description: "Not supported by Cloud Run."
        },
        clusterName: {
          type: "string",
          description: "Not supported by Cloud Run."
        },
        finalizers: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Not supported by Cloud Run."
        },
        ownerReferences: {
          type: "array",
          items: {
            $ref: "#/$defs/OwnerReference"
          },
          description: "Not supported by Cloud Run."
        }
      },
      description: "Standard Kubernetes object metadata."
    },
    OwnerReference: {
      type: "object",
      additionalProperties: false,
      properties: {
        apiVersion: {
          type: "string"
        },
        kind: {
          type: "string"
        },
        name: {
          type: "string"
        },
        uid: {
          type: "string"
        },
        controller: {
          $ref: "#/$defs/bool"
        },
        blockOwnerDeletion: {
          $ref: "#/$defs/bool"
        }
      }
    },
    ServiceSpec: {
      type: "object",
      additionalProperties: false,
      properties: {
        template: {
          $ref: "#/$defs/RevisionTemplate",
          description: "The template from which each new revision is created."
        },
        traffic: {
          type: "array",
          items: {
            $ref: "#/$defs/TrafficTarget"
          },
          description: "How traffic is split between revisions, and which revisions carry tags. Authoritative: a tag left out is removed."
        }
      }
    },
    RevisionTemplate: {
      type: "object",
      additionalProperties: false,
      properties: {
        metadata: {
          $ref: "#/$defs/ObjectMeta",
          description: "Revision metadata: name (pinned revision name, {service}-{suffix}), annotations such as autoscaling.knative.dev/maxScale."
        },
        spec: {
          $ref: "#/$defs/RevisionSpec"
        }
      }
    },
    RevisionSpec: {
      type: "object",
      additionalProperties: false,
      properties: {
        containerConcurrency: {
          $ref: "#/$defs/int32",
          description: "Maximum concurrent requests per instance: default 80, at most 1000; 1 when cpu is below 1."
        },
        timeoutSeconds: {
          $ref: "#/$defs/int32",
          description: "Maximum request duration: default 300, at most 3600."
        },
        serviceAccountName: {
          type: "string",
          description: "Email of the service account the revision runs as."
        },
        containers: {
          type: "array",
          items: {
            $ref: "#/$defs/Container"
          },
          description: "The containers: exactly one of them receives requests (declares a port)."
        },
        volumes: {
          type: "array",
          items: {
            $ref: "#/$defs/Volume"
          }
        },
        imagePullSecrets: {
          type: "array",
          items: {
            $ref: "#/$defs/LocalObjectReference"
          },
          description: "Not supported by Cloud Run."
        },
        enableServiceLinks: {
          $ref: "#/$defs/bool",
          description: "Not supported by Cloud Run."
        },
        nodeSelector: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "Node selector, e.g. run.googleapis.com/accelerator: nvidia-l4 for GPUs."
        },
        runtimeClassName: {
          type: "string",
          description: "Not supported by Cloud Run."
        }
      }
    },
    Container: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Container name; required when there is more than one container."
        },
        image: {
          type: "string",
          description: "Image reference: pin a tag or a digest (never :latest)."
        },
        command: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Entrypoint override. Overriding it bypasses the image's entrypoint (for the PostgREST image: the secret copy in run.sh)."
        },
        args: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Arguments to the entrypoint."
        },
        env: {
          type: "array",
          items: {
            $ref: "#/$defs/EnvVar"
          },
          description: "Environment variables: each with value or valueFrom.secretKeyRef."
        },
        envFrom: {
          type: "array",
          items: {
            $ref: "#/$defs/EnvFromSource"
          },
          description: "Not supported by Cloud Run."
        },
        ports: {
          type: "array",
          items: {
            $ref: "#/$defs/ContainerPort"
          },
          description: "At most one port, on the single ingress container."
        },
        resources: {
          $ref: "#/$defs/ResourceRequirements"
        },
        volumeMounts: {
          type: "array",
          items: {
            $ref: "#/$defs/VolumeMount"
          }
        },
        startupProbe: {
          $ref: "#/$defs/Probe",
          description: "Startup probe: HTTP, TCP or gRPC. For PostgREST: httpGet /ready on the admin server port."
        },
        livenessProbe: {
          $ref: "#/$defs/Probe",
          description: "Liveness probe: HTTP or gRPC."
        },
        readinessProbe: {
          $ref: "#/$defs/Probe",
          description: "Not supported by Cloud Run services."
        },
        workingDir: {
          type: "string"
        },
        imagePullPolicy: {
          type: "string"
        },
        terminationMessagePath: {
          type: "string"
        },
        terminationMessagePolicy: {
          type: "string"
        },
        securityContext: {
          type: "object",
          additionalProperties: false,
          properties: {
            runAsUser: {
              $ref: "#/$defs/int32"
            }
          }
        }
      },
      required: ["image"]
    },
    EnvVar: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Variable name."
        },
        value: {
          type: "string",
          description: "A plain value. Quote numbers and booleans. Never a secret: use valueFrom.secretKeyRef."
        },
        valueFrom: {
          $ref: "#/$defs/EnvVarSource"
        }
      },
      required: ["name"]
    },
    EnvVarSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        secretKeyRef: {
          $ref: "#/$defs/SecretKeySelector"
        },
        configMapKeyRef: {
          $ref: "#/$defs/ConfigMapKeySelector",
          description: "Not supported by Cloud Run."
        }
      }
    },
    SecretKeySelector: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Secret Manager secret name (or projects/P/secrets/S)."
        },
        key: {
          type: "string",
          description: "Secret version: a number or latest."
        },
        optional: {
          $ref: "#/$defs/bool"
        },
        localObjectReference: {
          $ref: "#/$defs/LocalObjectReference"
        }
      }
    },
    ConfigMapKeySelector: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        key: {
          type: "string"
        },
        optional: {
          $ref: "#/$defs/bool"
        },
        localObjectReference: {
          $ref: "#/$defs/LocalObjectReference"
        }
      }
    },
    LocalObjectReference: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        }
      }
    },
    EnvFromSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        prefix: {
          type: "string"
        },
        configMapRef: {
          $ref: "#/$defs/ConfigMapEnvSource"
        },
        secretRef: {
          $ref: "#/$defs/SecretEnvSource"
        }
      }
    },
    ConfigMapEnvSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        optional: {
          $ref: "#/$defs/bool"
        },
        localObjectReference: {
          $ref: "#/$defs/LocalObjectReference"
        }
      }
    },
    SecretEnvSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        optional: {
          $ref: "#/$defs/bool"
        },
        localObjectReference: {
          $ref: "#/$defs/LocalObjectReference"
        }
      }
    },
    ContainerPort: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "http1 (default) or h2c (end-to-end HTTP/2).",
          enum: ["http1", "h2c"],
          errorMessage: "Cloud Run knows http1 (HTTP/1.1, the default) and h2c (end-to-end HTTP/2)."
        },
        containerPort: {
          $ref: "#/$defs/int32",
          description: "Port the container listens on (1-65535; Cloud Run passes it as PORT)."
        },
        protocol: {
          type: "string",
          description: "TCP."
        }
      }
    },
    ResourceRequirements: {
      type: "object",
      additionalProperties: false,
      properties: {
        limits: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: 'cpu (1, 2, 4, 6, 8 or below 1 like 500m), memory (e.g. 256Mi, 1Gi), nvidia.com/gpu. Quote numbers: cpu: "1".'
        },
        requests: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "Not used by Cloud Run services."
        }
      }
    },
    VolumeMount: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Name of a volume declared in spec.template.spec.volumes."
        },
        mountPath: {
          type: "string",
          description: "Absolute path in the container."
        },
        readOnly: {
          $ref: "#/$defs/bool"
        },
        subPath: {
          type: "string"
        }
      },
      required: ["name", "mountPath"]
    },
    Probe: {
      type: "object",
      additionalProperties: false,
      properties: {
        httpGet: {
          $ref: "#/$defs/HTTPGetAction"
        },
        tcpSocket: {
          $ref: "#/$defs/TCPSocketAction"
        },
        grpc: {
          $ref: "#/$defs/GRPCAction"
        },
        initialDelaySeconds: {
          $ref: "#/$defs/int32",
          description: "0-240."
        },
        periodSeconds: {
          $ref: "#/$defs/int32",
          description: "Default 10; startup probes at most 240."
        },
        timeoutSeconds: {
          $ref: "#/$defs/int32",
          description: "Default 1; at most periodSeconds."
        },
        failureThreshold: {
          $ref: "#/$defs/int32",
          description: "Default 3."
        },
        successThreshold: {
          $ref: "#/$defs/int32",
          description: "Must be 1."
        }
      }
    },
    HTTPGetAction: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string"
        },
        port: {
          $ref: "#/$defs/int32",
          description: "Defaults to the container port."
        },
        host: {
          type: "string"
        },
        scheme: {
          type: "string"
        },
        httpHeaders: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              name: {
                type: "string"
              },
              value: {
                type: "string"
              }
            }
          }
        }
      }
    },
    TCPSocketAction: {
      type: "object",
      additionalProperties: false,
      properties: {
        port: {
          $ref: "#/$defs/int32",
          description: "Defaults to the container port."
        },
        host: {
          type: "string"
        }
      }
    },
    GRPCAction: {
      type: "object",
      additionalProperties: false,
      properties: {
        port: {
          $ref: "#/$defs/int32",
          description: "Defaults to the container port."
        },
        service: {
          type: "string"
        }
      }
    },
    Volume: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: "Volume name, unique in the revision."
        },
        secret: {
          $ref: "#/$defs/SecretVolumeSource"
        },
        emptyDir: {
          $ref: "#/$defs/EmptyDirVolumeSource"
        },
        csi: {
          $ref: "#/$defs/CSIVolumeSource"
        },
        nfs: {
          $ref: "#/$defs/NFSVolumeSource"
        },
        configMap: {
          $ref: "#/$defs/ConfigMapVolumeSource",
          description: "Not supported by Cloud Run."
        }
      },
      required: ["name"]
    },
    SecretVolumeSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        secretName: {
          type: "string",
          description: "Secret Manager secret name."
        },
        items: {
          type: "array",
          items: {
            $ref: "#/$defs/KeyToPath"
          },
          description: "Files: key is the secret version, path the file name under the mount path."
        },
        defaultMode: {
          $ref: "#/$defs/int32",
          description: "File mode, e.g. 0444 (octal in YAML 1.1). Cloud Run mounts secrets read-only whatever the mode."
        },
        optional: {
          $ref: "#/$defs/bool"
        }
      }
    },
    KeyToPath: {
      type: "object",
      additionalProperties: false,
      properties: {
        key: {
          type: "string",
          description: "Secret version: a number or latest."
        },
        path: {
          type: "string",
          description: "File name, relative to the mount path."
        },
        mode: {
          $ref: "#/$defs/int32"
        }
      }
    },
    ConfigMapVolumeSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        items: {
          type: "array",
          items: {
            $ref: "#/$defs/KeyToPath"
          }
        },
        defaultMode: {
          $ref: "#/$defs/int32"
        },
        optional: {
          $ref: "#/$defs/bool"
        }
      }
    },
    EmptyDirVolumeSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        medium: {
          type: "string",
          description: "Memory for an in-memory volume, or empty."
        },
        sizeLimit: {
          type: "string",
          description: "e.g. 512Mi."
        }
      }
    },
    CSIVolumeSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        driver: {
          type: "string",
          description: "gcsfuse.run.googleapis.com for Cloud Storage."
        },
        readOnly: {
          $ref: "#/$defs/bool"
        },
        volumeAttributes: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "e.g. bucketName."
        }
      }
    },
    NFSVolumeSource: {
      type: "object",
      additionalProperties: false,
      properties: {
        server: {
          type: "string"
        },
        path: {
          type: "string"
        },
        readOnly: {
          $ref: "#/$defs/bool"
        }
      }
    },
    TrafficTarget: {
      type: "object",
      additionalProperties: false,
      properties: {
        revisionName: {
          type: "string",
          description: "A revision of this service: {service}-{suffix}."
        },
        latestRevision: {
          $ref: "#/$defs/bool",
          description: "Send this share to the latest ready revision."
        },
        percent: {
          $ref: "#/$defs/int32",
          description: "0-100; the percents of all targets sum to 100."
        },
        tag: {
          type: "string",
          description: "A tag gives the revision its own URL: https://TAG---SERVICE-....run.app."
        },
        configurationName: {
          type: "string",
          description: "Not supported by Cloud Run."
        },
        url: {
          type: "string",
          description: "Output only."
        }
      }
    },
    ServiceStatus: {
      type: "object",
      description: "Output only: ignored and not sent."
    }
  }
};

// src/spec/service-validator.generated.js
var service_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/pgrst-cloudrun-action/schema/cloudrun-service.schema.json", "title": "Cloud Run service (Admin API v1, Knative serving.knative.dev/v1)", "description": "A Cloud Run service as `gcloud run services replace` and pgrst-cloudrun-action read it. Unknown fields are errors at every level, as gcloud rejects them.", "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "serving.knative.dev/v1", "description": "Always serving.knative.dev/v1." }, "kind": { "const": "Service", "description": "Always Service." }, "metadata": { "allOf": [{ "$ref": "#/$defs/ObjectMeta" }], "required": ["name"] }, "spec": { "$ref": "#/$defs/ServiceSpec" }, "status": { "$ref": "#/$defs/ServiceStatus" } }, "required": ["apiVersion", "kind", "metadata", "spec"], "$defs": { "int32": { "type": ["integer", "string"], "pattern": "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", "patternErrorMessage": "Write a whole number (a quoted one is sent as a number, as gcloud does), or a ${VARIABLE} the action fills in.", "minimum": -2147483648, "maximum": 2147483647, "description": "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does; so is a ${VARIABLE} the action fills in." }, "bool": { "type": ["boolean", "string"], "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", "patternErrorMessage": "Write true or false without quotes, or a ${VARIABLE} the action fills in.", "description": "true or false (YAML 1.1, as gcloud reads it, also takes yes/no and on/off), or a ${VARIABLE} the action fills in." }, "ObjectMeta": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the resource. For a service: lowercase letters, digits and hyphens, at most 49 characters." }, "namespace": { "type": "string", "description": "The Google Cloud project ID or number. Set by the deploy stage." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Labels: string keys and string values (quote numbers and booleans)." }, "annotations": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Annotations: string keys and string values (quote numbers and booleans)." }, "generateName": { "type": "string" }, "generation": { "$ref": "#/$defs/int32", "description": "Output only." }, "resourceVersion": { "type": "string", "description": "Optimistic concurrency token. Set by the deploy stage." }, "selfLink": { "type": "string", "description": "Output only." }, "uid": { "type": "string", "description": "Output only." }, "creationTimestamp": { "type": "string", "description": "Output only." }, "deletionTimestamp": { "type": "string", "description": "Output only." }, "deletionGracePeriodSeconds": { "$ref": "#/$defs/int32", "description": "Not supported by Cloud Run." }, "clusterName": { "type": "string", "description": "Not supported by Cloud Run." }, "finalizers": { "type": "array", "items": { "type": "string" }, "description": "Not supported by Cloud Run." }, "ownerReferences": { "type": "array", "items": { "$ref": "#/$defs/OwnerReference" }, "description": "Not supported by Cloud Run." } }, "description": "Standard Kubernetes object metadata." }, "OwnerReference": { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "uid": { "type": "string" }, "controller": { "$ref": "#/$defs/bool" }, "blockOwnerDeletion": { "$ref": "#/$defs/bool" } } }, "ServiceSpec": { "type": "object", "additionalProperties": false, "properties": { "template": { "$ref": "#/$defs/RevisionTemplate", "description": "The template from which each new revision is created." }, "traffic": { "type": "array", "items": { "$ref": "#/$defs/TrafficTarget" }, "description": "How traffic is split between revisions, and which revisions carry tags. Authoritative: a tag left out is removed." } } }, "RevisionTemplate": { "type": "object", "additionalProperties": false, "properties": { "metadata": { "$ref": "#/$defs/ObjectMeta", "description": "Revision metadata: name (pinned revision name, {service}-{suffix}), annotations such as autoscaling.knative.dev/maxScale." }, "spec": { "$ref": "#/$defs/RevisionSpec" } } }, "RevisionSpec": { "type": "object", "additionalProperties": false, "properties": { "containerConcurrency": { "$ref": "#/$defs/int32", "description": "Maximum concurrent requests per instance: default 80, at most 1000; 1 when cpu is below 1." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Maximum request duration: default 300, at most 3600." }, "serviceAccountName": { "type": "string", "description": "Email of the service account the revision runs as." }, "containers": { "type": "array", "items": { "$ref": "#/$defs/Container" }, "description": "The containers: exactly one of them receives requests (declares a port)." }, "volumes": { "type": "array", "items": { "$ref": "#/$defs/Volume" } }, "imagePullSecrets": { "type": "array", "items": { "$ref": "#/$defs/LocalObjectReference" }, "description": "Not supported by Cloud Run." }, "enableServiceLinks": { "$ref": "#/$defs/bool", "description": "Not supported by Cloud Run." }, "nodeSelector": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Node selector, e.g. run.googleapis.com/accelerator: nvidia-l4 for GPUs." }, "runtimeClassName": { "type": "string", "description": "Not supported by Cloud Run." } } }, "Container": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Container name; required when there is more than one container." }, "image": { "type": "string", "description": "Image reference: pin a tag or a digest (never :latest)." }, "command": { "type": "array", "items": { "type": "string" }, "description": "Entrypoint override. Overriding it bypasses the image's entrypoint (for the PostgREST image: the secret copy in run.sh)." }, "args": { "type": "array", "items": { "type": "string" }, "description": "Arguments to the entrypoint." }, "env": { "type": "array", "items": { "$ref": "#/$defs/EnvVar" }, "description": "Environment variables: each with value or valueFrom.secretKeyRef." }, "envFrom": { "type": "array", "items": { "$ref": "#/$defs/EnvFromSource" }, "description": "Not supported by Cloud Run." }, "ports": { "type": "array", "items": { "$ref": "#/$defs/ContainerPort" }, "description": "At most one port, on the single ingress container." }, "resources": { "$ref": "#/$defs/ResourceRequirements" }, "volumeMounts": { "type": "array", "items": { "$ref": "#/$defs/VolumeMount" } }, "startupProbe": { "$ref": "#/$defs/Probe", "description": "Startup probe: HTTP, TCP or gRPC. For PostgREST: httpGet /ready on the admin server port." }, "livenessProbe": { "$ref": "#/$defs/Probe", "description": "Liveness probe: HTTP or gRPC." }, "readinessProbe": { "$ref": "#/$defs/Probe", "description": "Not supported by Cloud Run services." }, "workingDir": { "type": "string" }, "imagePullPolicy": { "type": "string" }, "terminationMessagePath": { "type": "string" }, "terminationMessagePolicy": { "type": "string" }, "securityContext": { "type": "object", "additionalProperties": false, "properties": { "runAsUser": { "$ref": "#/$defs/int32" } } } }, "required": ["image"] }, "EnvVar": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Variable name." }, "value": { "type": "string", "description": "A plain value. Quote numbers and booleans. Never a secret: use valueFrom.secretKeyRef." }, "valueFrom": { "$ref": "#/$defs/EnvVarSource" } }, "required": ["name"] }, "EnvVarSource": { "type": "object", "additionalProperties": false, "properties": { "secretKeyRef": { "$ref": "#/$defs/SecretKeySelector" }, "configMapKeyRef": { "$ref": "#/$defs/ConfigMapKeySelector", "description": "Not supported by Cloud Run." } } }, "SecretKeySelector": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Secret Manager secret name (or projects/P/secrets/S)." }, "key": { "type": "string", "description": "Secret version: a number or latest." }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "ConfigMapKeySelector": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "key": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "LocalObjectReference": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" } } }, "EnvFromSource": { "type": "object", "additionalProperties": false, "properties": { "prefix": { "type": "string" }, "configMapRef": { "$ref": "#/$defs/ConfigMapEnvSource" }, "secretRef": { "$ref": "#/$defs/SecretEnvSource" } } }, "ConfigMapEnvSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "SecretEnvSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "ContainerPort": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "http1 (default) or h2c (end-to-end HTTP/2).", "enum": ["http1", "h2c"], "errorMessage": "Cloud Run knows http1 (HTTP/1.1, the default) and h2c (end-to-end HTTP/2)." }, "containerPort": { "$ref": "#/$defs/int32", "description": "Port the container listens on (1-65535; Cloud Run passes it as PORT)." }, "protocol": { "type": "string", "description": "TCP." } } }, "ResourceRequirements": { "type": "object", "additionalProperties": false, "properties": { "limits": { "type": "object", "additionalProperties": { "type": "string" }, "description": 'cpu (1, 2, 4, 6, 8 or below 1 like 500m), memory (e.g. 256Mi, 1Gi), nvidia.com/gpu. Quote numbers: cpu: "1".' }, "requests": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Not used by Cloud Run services." } } }, "VolumeMount": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of a volume declared in spec.template.spec.volumes." }, "mountPath": { "type": "string", "description": "Absolute path in the container." }, "readOnly": { "$ref": "#/$defs/bool" }, "subPath": { "type": "string" } }, "required": ["name", "mountPath"] }, "Probe": { "type": "object", "additionalProperties": false, "properties": { "httpGet": { "$ref": "#/$defs/HTTPGetAction" }, "tcpSocket": { "$ref": "#/$defs/TCPSocketAction" }, "grpc": { "$ref": "#/$defs/GRPCAction" }, "initialDelaySeconds": { "$ref": "#/$defs/int32", "description": "0-240." }, "periodSeconds": { "$ref": "#/$defs/int32", "description": "Default 10; startup probes at most 240." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Default 1; at most periodSeconds." }, "failureThreshold": { "$ref": "#/$defs/int32", "description": "Default 3." }, "successThreshold": { "$ref": "#/$defs/int32", "description": "Must be 1." } } }, "HTTPGetAction": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string" }, "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" }, "scheme": { "type": "string" }, "httpHeaders": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } } } } } }, "TCPSocketAction": { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" } } }, "GRPCAction": { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "service": { "type": "string" } } }, "Volume": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Volume name, unique in the revision." }, "secret": { "$ref": "#/$defs/SecretVolumeSource" }, "emptyDir": { "$ref": "#/$defs/EmptyDirVolumeSource" }, "csi": { "$ref": "#/$defs/CSIVolumeSource" }, "nfs": { "$ref": "#/$defs/NFSVolumeSource" }, "configMap": { "$ref": "#/$defs/ConfigMapVolumeSource", "description": "Not supported by Cloud Run." } }, "required": ["name"] }, "SecretVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "secretName": { "type": "string", "description": "Secret Manager secret name." }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" }, "description": "Files: key is the secret version, path the file name under the mount path." }, "defaultMode": { "$ref": "#/$defs/int32", "description": "File mode, e.g. 0444 (octal in YAML 1.1). Cloud Run mounts secrets read-only whatever the mode." }, "optional": { "$ref": "#/$defs/bool" } } }, "KeyToPath": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "description": "Secret version: a number or latest." }, "path": { "type": "string", "description": "File name, relative to the mount path." }, "mode": { "$ref": "#/$defs/int32" } } }, "ConfigMapVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" } }, "defaultMode": { "$ref": "#/$defs/int32" }, "optional": { "$ref": "#/$defs/bool" } } }, "EmptyDirVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "medium": { "type": "string", "description": "Memory for an in-memory volume, or empty." }, "sizeLimit": { "type": "string", "description": "e.g. 512Mi." } } }, "CSIVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "driver": { "type": "string", "description": "gcsfuse.run.googleapis.com for Cloud Storage." }, "readOnly": { "$ref": "#/$defs/bool" }, "volumeAttributes": { "type": "object", "additionalProperties": { "type": "string" }, "description": "e.g. bucketName." } } }, "NFSVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "server": { "type": "string" }, "path": { "type": "string" }, "readOnly": { "$ref": "#/$defs/bool" } } }, "TrafficTarget": { "type": "object", "additionalProperties": false, "properties": { "revisionName": { "type": "string", "description": "A revision of this service: {service}-{suffix}." }, "latestRevision": { "$ref": "#/$defs/bool", "description": "Send this share to the latest ready revision." }, "percent": { "$ref": "#/$defs/int32", "description": "0-100; the percents of all targets sum to 100." }, "tag": { "type": "string", "description": "A tag gives the revision its own URL: https://TAG---SERVICE-....run.app." }, "configurationName": { "type": "string", "description": "Not supported by Cloud Run." }, "url": { "type": "string", "description": "Output only." } } }, "ServiceStatus": { "type": "object", "description": "Output only: ignored and not sent." } } };
var schema76 = { "type": "object", "description": "Output only: ignored and not sent." };
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the resource. For a service: lowercase letters, digits and hyphens, at most 49 characters." }, "namespace": { "type": "string", "description": "The Google Cloud project ID or number. Set by the deploy stage." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Labels: string keys and string values (quote numbers and booleans)." }, "annotations": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Annotations: string keys and string values (quote numbers and booleans)." }, "generateName": { "type": "string" }, "generation": { "$ref": "#/$defs/int32", "description": "Output only." }, "resourceVersion": { "type": "string", "description": "Optimistic concurrency token. Set by the deploy stage." }, "selfLink": { "type": "string", "description": "Output only." }, "uid": { "type": "string", "description": "Output only." }, "creationTimestamp": { "type": "string", "description": "Output only." }, "deletionTimestamp": { "type": "string", "description": "Output only." }, "deletionGracePeriodSeconds": { "$ref": "#/$defs/int32", "description": "Not supported by Cloud Run." }, "clusterName": { "type": "string", "description": "Not supported by Cloud Run." }, "finalizers": { "type": "array", "items": { "type": "string" }, "description": "Not supported by Cloud Run." }, "ownerReferences": { "type": "array", "items": { "$ref": "#/$defs/OwnerReference" }, "description": "Not supported by Cloud Run." } }, "description": "Standard Kubernetes object metadata." };
var schema13 = { "type": ["integer", "string"], "pattern": "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", "patternErrorMessage": "Write a whole number (a quoted one is sent as a number, as gcloud does), or a ${VARIABLE} the action fills in.", "minimum": -2147483648, "maximum": 2147483647, "description": "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does; so is a ${VARIABLE} the action fills in." };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", "u");
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "uid": { "type": "string" }, "controller": { "$ref": "#/$defs/bool" }, "blockOwnerDeletion": { "$ref": "#/$defs/bool" } } };
var schema16 = { "type": ["boolean", "string"], "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", "patternErrorMessage": "Write true or false without quotes, or a ${VARIABLE} the action fills in.", "description": "true or false (YAML 1.1, as gcloud reads it, also takes yes/no and on/off), or a ${VARIABLE} the action fills in." };
var pattern2 = new RegExp("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "name" || key0 === "uid" || key0 === "controller" || key0 === "blockOwnerDeletion")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.apiVersion.type, parentSchema: schema15.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.kind.type, parentSchema: schema15.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data3 = data.uid;
      if (typeof data3 !== "string") {
        const err4 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.uid.type, parentSchema: schema15.properties.uid, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.controller !== void 0) {
      let data4 = data.controller;
      if (typeof data4 !== "boolean" && typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/controller", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err6 = { instancePath: instancePath + "/controller", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.blockOwnerDeletion !== void 0) {
      let data5 = data.blockOwnerDeletion;
      if (typeof data5 !== "boolean" && typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/blockOwnerDeletion", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern2.test(data5)) {
          const err8 = { instancePath: instancePath + "/blockOwnerDeletion", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data1 = data.namespace;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.namespace.type, parentSchema: schema12.properties.namespace, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data2 = data.labels;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.additionalProperties.type, parentSchema: schema12.properties.labels.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data4 = data.annotations;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (typeof data5 !== "string") {
            const err5 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.annotations.additionalProperties.type, parentSchema: schema12.properties.annotations.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.annotations.type, parentSchema: schema12.properties.annotations, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.generateName !== void 0) {
      let data6 = data.generateName;
      if (typeof data6 !== "string") {
        const err7 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.generateName.type, parentSchema: schema12.properties.generateName, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data7 = data.generation;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && typeof data7 !== "string") {
        const err8 = { instancePath: instancePath + "/generation", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err9 = { instancePath: instancePath + "/generation", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err10 = { instancePath: instancePath + "/generation", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (typeof data7 === "string") {
        if (!pattern0.test(data7)) {
          const err11 = { instancePath: instancePath + "/generation", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.resourceVersion !== void 0) {
      let data8 = data.resourceVersion;
      if (typeof data8 !== "string") {
        const err12 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resourceVersion.type, parentSchema: schema12.properties.resourceVersion, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      let data9 = data.selfLink;
      if (typeof data9 !== "string") {
        const err13 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.selfLink.type, parentSchema: schema12.properties.selfLink, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data10 = data.uid;
      if (typeof data10 !== "string") {
        const err14 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.uid.type, parentSchema: schema12.properties.uid, data: data10 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.creationTimestamp !== void 0) {
      let data11 = data.creationTimestamp;
      if (typeof data11 !== "string") {
        const err15 = { instancePath: instancePath + "/creationTimestamp", schemaPath: "#/properties/creationTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.creationTimestamp.type, parentSchema: schema12.properties.creationTimestamp, data: data11 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.deletionTimestamp !== void 0) {
      let data12 = data.deletionTimestamp;
      if (typeof data12 !== "string") {
        const err16 = { instancePath: instancePath + "/deletionTimestamp", schemaPath: "#/properties/deletionTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.deletionTimestamp.type, parentSchema: schema12.properties.deletionTimestamp, data: data12 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.deletionGracePeriodSeconds !== void 0) {
      let data13 = data.deletionGracePeriodSeconds;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && typeof data13 !== "string") {
        const err17 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data13 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 2147483647 || isNaN(data13)) {
          const err18 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data13 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data13 < -2147483648 || isNaN(data13)) {
          const err19 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data13 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (typeof data13 === "string") {
        if (!pattern0.test(data13)) {
          const err20 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data13 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.clusterName !== void 0) {
      let data14 = data.clusterName;
      if (typeof data14 !== "string") {
        const err21 = { instancePath: instancePath + "/clusterName", schemaPath: "#/properties/clusterName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.clusterName.type, parentSchema: schema12.properties.clusterName, data: data14 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.finalizers !== void 0) {
      let data15 = data.finalizers;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          if (typeof data16 !== "string") {
            const err22 = { instancePath: instancePath + "/finalizers/" + i0, schemaPath: "#/properties/finalizers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.finalizers.items.type, parentSchema: schema12.properties.finalizers.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.finalizers.type, parentSchema: schema12.properties.finalizers, data: data15 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      let data17 = data.ownerReferences;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate12(data17[i1], { instancePath: instancePath + "/ownerReferences/" + i1, parentData: data17, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.ownerReferences.type, parentSchema: schema12.properties.ownerReferences, data: data17 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "template": { "$ref": "#/$defs/RevisionTemplate", "description": "The template from which each new revision is created." }, "traffic": { "type": "array", "items": { "$ref": "#/$defs/TrafficTarget" }, "description": "How traffic is split between revisions, and which revisions carry tags. Authoritative: a tag left out is removed." } } };
var schema19 = { "type": "object", "additionalProperties": false, "properties": { "metadata": { "$ref": "#/$defs/ObjectMeta", "description": "Revision metadata: name (pinned revision name, {service}-{suffix}), annotations such as autoscaling.knative.dev/maxScale." }, "spec": { "$ref": "#/$defs/RevisionSpec" } } };
var schema20 = { "type": "object", "additionalProperties": false, "properties": { "containerConcurrency": { "$ref": "#/$defs/int32", "description": "Maximum concurrent requests per instance: default 80, at most 1000; 1 when cpu is below 1." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Maximum request duration: default 300, at most 3600." }, "serviceAccountName": { "type": "string", "description": "Email of the service account the revision runs as." }, "containers": { "type": "array", "items": { "$ref": "#/$defs/Container" }, "description": "The containers: exactly one of them receives requests (declares a port)." }, "volumes": { "type": "array", "items": { "$ref": "#/$defs/Volume" } }, "imagePullSecrets": { "type": "array", "items": { "$ref": "#/$defs/LocalObjectReference" }, "description": "Not supported by Cloud Run." }, "enableServiceLinks": { "$ref": "#/$defs/bool", "description": "Not supported by Cloud Run." }, "nodeSelector": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Node selector, e.g. run.googleapis.com/accelerator: nvidia-l4 for GPUs." }, "runtimeClassName": { "type": "string", "description": "Not supported by Cloud Run." } } };
var schema28 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" } } };
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Container name; required when there is more than one container." }, "image": { "type": "string", "description": "Image reference: pin a tag or a digest (never :latest)." }, "command": { "type": "array", "items": { "type": "string" }, "description": "Entrypoint override. Overriding it bypasses the image's entrypoint (for the PostgREST image: the secret copy in run.sh)." }, "args": { "type": "array", "items": { "type": "string" }, "description": "Arguments to the entrypoint." }, "env": { "type": "array", "items": { "$ref": "#/$defs/EnvVar" }, "description": "Environment variables: each with value or valueFrom.secretKeyRef." }, "envFrom": { "type": "array", "items": { "$ref": "#/$defs/EnvFromSource" }, "description": "Not supported by Cloud Run." }, "ports": { "type": "array", "items": { "$ref": "#/$defs/ContainerPort" }, "description": "At most one port, on the single ingress container." }, "resources": { "$ref": "#/$defs/ResourceRequirements" }, "volumeMounts": { "type": "array", "items": { "$ref": "#/$defs/VolumeMount" } }, "startupProbe": { "$ref": "#/$defs/Probe", "description": "Startup probe: HTTP, TCP or gRPC. For PostgREST: httpGet /ready on the admin server port." }, "livenessProbe": { "$ref": "#/$defs/Probe", "description": "Liveness probe: HTTP or gRPC." }, "readinessProbe": { "$ref": "#/$defs/Probe", "description": "Not supported by Cloud Run services." }, "workingDir": { "type": "string" }, "imagePullPolicy": { "type": "string" }, "terminationMessagePath": { "type": "string" }, "terminationMessagePolicy": { "type": "string" }, "securityContext": { "type": "object", "additionalProperties": false, "properties": { "runAsUser": { "$ref": "#/$defs/int32" } } } }, "required": ["image"] };
var schema41 = { "type": "object", "additionalProperties": false, "properties": { "limits": { "type": "object", "additionalProperties": { "type": "string" }, "description": 'cpu (1, 2, 4, 6, 8 or below 1 like 500m), memory (e.g. 256Mi, 1Gi), nvidia.com/gpu. Quote numbers: cpu: "1".' }, "requests": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Not used by Cloud Run services." } } };
var schema24 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Variable name." }, "value": { "type": "string", "description": "A plain value. Quote numbers and booleans. Never a secret: use valueFrom.secretKeyRef." }, "valueFrom": { "$ref": "#/$defs/EnvVarSource" } }, "required": ["name"] };
var schema25 = { "type": "object", "additionalProperties": false, "properties": { "secretKeyRef": { "$ref": "#/$defs/SecretKeySelector" }, "configMapKeyRef": { "$ref": "#/$defs/ConfigMapKeySelector", "description": "Not supported by Cloud Run." } } };
var schema26 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Secret Manager secret name (or projects/P/secrets/S)." }, "key": { "type": "string", "description": "Secret version: a number or latest." }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "key" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.name.type, parentSchema: schema26.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data1 = data.key;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.key.type, parentSchema: schema26.properties.key, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data2 = data.optional;
      if (typeof data2 !== "boolean" && typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.localObjectReference !== void 0) {
      let data3 = data.localObjectReference;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "name")) {
            const err5 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema29 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "key": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "key" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.name.type, parentSchema: schema29.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data1 = data.key;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.key.type, parentSchema: schema29.properties.key, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data2 = data.optional;
      if (typeof data2 !== "boolean" && typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.localObjectReference !== void 0) {
      let data3 = data.localObjectReference;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "name")) {
            const err5 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretKeyRef" || key0 === "configMapKeyRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.secretKeyRef !== void 0) {
      if (!validate22(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.configMapKeyRef !== void 0) {
      if (!validate24(data.configMapKeyRef, { instancePath: instancePath + "/configMapKeyRef", parentData: data, parentDataProperty: "configMapKeyRef", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "valueFrom")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.value.type, parentSchema: schema24.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      if (!validate21(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": "object", "additionalProperties": false, "properties": { "prefix": { "type": "string" }, "configMapRef": { "$ref": "#/$defs/ConfigMapEnvSource" }, "secretRef": { "$ref": "#/$defs/SecretEnvSource" } } };
var schema33 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.name.type, parentSchema: schema33.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean" && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.localObjectReference !== void 0) {
      let data2 = data.localObjectReference;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "$ref": "#/$defs/bool" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean" && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.localObjectReference !== void 0) {
      let data2 = data.localObjectReference;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "prefix" || key0 === "configMapRef" || key0 === "secretRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.prefix !== void 0) {
      let data0 = data.prefix;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.prefix.type, parentSchema: schema32.properties.prefix, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configMapRef !== void 0) {
      if (!validate29(data.configMapRef, { instancePath: instancePath + "/configMapRef", parentData: data, parentDataProperty: "configMapRef", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate31(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema39 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "http1 (default) or h2c (end-to-end HTTP/2).", "enum": ["http1", "h2c"], "errorMessage": "Cloud Run knows http1 (HTTP/1.1, the default) and h2c (end-to-end HTTP/2)." }, "containerPort": { "$ref": "#/$defs/int32", "description": "Port the container listens on (1-65535; Cloud Run passes it as PORT)." }, "protocol": { "type": "string", "description": "TCP." } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "containerPort" || key0 === "protocol")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "http1" || data0 === "h2c")) {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/enum", keyword: "enum", params: { allowedValues: schema39.properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.name.enum, parentSchema: schema39.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.containerPort !== void 0) {
      let data1 = data.containerPort;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err6 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.protocol !== void 0) {
      let data2 = data.protocol;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.protocol.type, parentSchema: schema39.properties.protocol, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of a volume declared in spec.template.spec.volumes." }, "mountPath": { "type": "string", "description": "Absolute path in the container." }, "readOnly": { "$ref": "#/$defs/bool" }, "subPath": { "type": "string" } }, "required": ["name", "mountPath"] };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mountPath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "mountPath" || key0 === "readOnly" || key0 === "subPath")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mountPath !== void 0) {
      let data1 = data.mountPath;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.mountPath.type, parentSchema: schema42.properties.mountPath, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data2 = data.readOnly;
      if (typeof data2 !== "boolean" && typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.subPath !== void 0) {
      let data3 = data.subPath;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/subPath", schemaPath: "#/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.subPath.type, parentSchema: schema42.properties.subPath, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var schema44 = { "type": "object", "additionalProperties": false, "properties": { "httpGet": { "$ref": "#/$defs/HTTPGetAction" }, "tcpSocket": { "$ref": "#/$defs/TCPSocketAction" }, "grpc": { "$ref": "#/$defs/GRPCAction" }, "initialDelaySeconds": { "$ref": "#/$defs/int32", "description": "0-240." }, "periodSeconds": { "$ref": "#/$defs/int32", "description": "Default 10; startup probes at most 240." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Default 1; at most periodSeconds." }, "failureThreshold": { "$ref": "#/$defs/int32", "description": "Default 3." }, "successThreshold": { "$ref": "#/$defs/int32", "description": "Must be 1." } } };
var schema45 = { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string" }, "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" }, "scheme": { "type": "string" }, "httpHeaders": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } } } } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "port" || key0 === "host" || key0 === "scheme" || key0 === "httpHeaders")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.path.type, parentSchema: schema45.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data1 = data.port;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err5 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.host !== void 0) {
      let data2 = data.host;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.host.type, parentSchema: schema45.properties.host, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data3 = data.scheme;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.scheme.type, parentSchema: schema45.properties.scheme, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.httpHeaders !== void 0) {
      let data4 = data.httpHeaders;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (!(key1 === "name" || key1 === "value")) {
                const err8 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.httpHeaders.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data6 = data5.name;
              if (typeof data6 !== "string") {
                const err9 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/name", schemaPath: "#/properties/httpHeaders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.httpHeaders.items.properties.name.type, parentSchema: schema45.properties.httpHeaders.items.properties.name, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.value !== void 0) {
              let data7 = data5.value;
              if (typeof data7 !== "string") {
                const err10 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/value", schemaPath: "#/properties/httpHeaders/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.httpHeaders.items.properties.value.type, parentSchema: schema45.properties.httpHeaders.items.properties.value, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.httpHeaders.items.type, parentSchema: schema45.properties.httpHeaders.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.httpHeaders.type, parentSchema: schema45.properties.httpHeaders, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var schema47 = { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "host")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data0 = data.port;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.host.type, parentSchema: schema47.properties.host, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var schema49 = { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "service": { "type": "string" } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "service")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data0 = data.port;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.service.type, parentSchema: schema49.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "httpGet" || key0 === "tcpSocket" || key0 === "grpc" || key0 === "initialDelaySeconds" || key0 === "periodSeconds" || key0 === "timeoutSeconds" || key0 === "failureThreshold" || key0 === "successThreshold")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate39(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!validate41(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.grpc !== void 0) {
      if (!validate43(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.initialDelaySeconds !== void 0) {
      let data3 = data.initialDelaySeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && typeof data3 !== "string") {
        const err1 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err2 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err3 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err4 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.periodSeconds !== void 0) {
      let data4 = data.periodSeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err7 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err8 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data5 = data.timeoutSeconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (typeof data5 === "string") {
        if (!pattern0.test(data5)) {
          const err12 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.failureThreshold !== void 0) {
      let data6 = data.failureThreshold;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && typeof data6 !== "string") {
        const err13 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (typeof data6 === "string") {
        if (!pattern0.test(data6)) {
          const err16 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.successThreshold !== void 0) {
      let data7 = data.successThreshold;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && typeof data7 !== "string") {
        const err17 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (typeof data7 === "string") {
        if (!pattern0.test(data7)) {
          const err20 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.image === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema23.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.name.type, parentSchema: schema23.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.image.type, parentSchema: schema23.properties.image, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.command.items.type, parentSchema: schema23.properties.command.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.command.type, parentSchema: schema23.properties.command, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data4 = data.args;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 !== "string") {
            const err6 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.args.items.type, parentSchema: schema23.properties.args.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.args.type, parentSchema: schema23.properties.args, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data6 = data.env;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate20(data6[i2], { instancePath: instancePath + "/env/" + i2, parentData: data6, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.env.type, parentSchema: schema23.properties.env, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.envFrom !== void 0) {
      let data8 = data.envFrom;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate28(data8[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data8, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.envFrom.type, parentSchema: schema23.properties.envFrom, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data10 = data.ports;
      if (Array.isArray(data10)) {
        const len4 = data10.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate34(data10[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data10, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.ports.type, parentSchema: schema23.properties.ports, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data12 = data.resources;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          if (!(key1 === "limits" || key1 === "requests")) {
            const err11 = { instancePath: instancePath + "/resources", schemaPath: "#/$defs/ResourceRequirements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data12 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data12.limits !== void 0) {
          let data13 = data12.limits;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key2 in data13) {
              let data14 = data13[key2];
              if (typeof data14 !== "string") {
                const err12 = { instancePath: instancePath + "/resources/limits/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ResourceRequirements/properties/limits/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.limits.additionalProperties.type, parentSchema: schema41.properties.limits.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/$defs/ResourceRequirements/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.limits.type, parentSchema: schema41.properties.limits, data: data13 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data12.requests !== void 0) {
          let data15 = data12.requests;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key3 in data15) {
              let data16 = data15[key3];
              if (typeof data16 !== "string") {
                const err14 = { instancePath: instancePath + "/resources/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ResourceRequirements/properties/requests/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.requests.additionalProperties.type, parentSchema: schema41.properties.requests.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/$defs/ResourceRequirements/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.requests.type, parentSchema: schema41.properties.requests, data: data15 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/resources", schemaPath: "#/$defs/ResourceRequirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data12 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data17 = data.volumeMounts;
      if (Array.isArray(data17)) {
        const len5 = data17.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate36(data17[i5], { instancePath: instancePath + "/volumeMounts/" + i5, parentData: data17, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.volumeMounts.type, parentSchema: schema23.properties.volumeMounts, data: data17 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!validate38(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!validate38(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!validate38(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.workingDir !== void 0) {
      let data22 = data.workingDir;
      if (typeof data22 !== "string") {
        const err18 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.workingDir.type, parentSchema: schema23.properties.workingDir, data: data22 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      let data23 = data.imagePullPolicy;
      if (typeof data23 !== "string") {
        const err19 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.imagePullPolicy.type, parentSchema: schema23.properties.imagePullPolicy, data: data23 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      let data24 = data.terminationMessagePath;
      if (typeof data24 !== "string") {
        const err20 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.terminationMessagePath.type, parentSchema: schema23.properties.terminationMessagePath, data: data24 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      let data25 = data.terminationMessagePolicy;
      if (typeof data25 !== "string") {
        const err21 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.terminationMessagePolicy.type, parentSchema: schema23.properties.terminationMessagePolicy, data: data25 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      let data26 = data.securityContext;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key4 in data26) {
          if (!(key4 === "runAsUser")) {
            const err22 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.securityContext, data: data26 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data26.runAsUser !== void 0) {
          let data27 = data26.runAsUser;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27)) && typeof data27 !== "string") {
            const err23 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data27 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 2147483647 || isNaN(data27)) {
              const err24 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data27 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data27 < -2147483648 || isNaN(data27)) {
              const err25 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data27 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (typeof data27 === "string") {
            if (!pattern0.test(data27)) {
              const err26 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data27 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.securityContext.type, parentSchema: schema23.properties.securityContext, data: data26 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema57 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Volume name, unique in the revision." }, "secret": { "$ref": "#/$defs/SecretVolumeSource" }, "emptyDir": { "$ref": "#/$defs/EmptyDirVolumeSource" }, "csi": { "$ref": "#/$defs/CSIVolumeSource" }, "nfs": { "$ref": "#/$defs/NFSVolumeSource" }, "configMap": { "$ref": "#/$defs/ConfigMapVolumeSource", "description": "Not supported by Cloud Run." } }, "required": ["name"] };
var schema63 = { "type": "object", "additionalProperties": false, "properties": { "medium": { "type": "string", "description": "Memory for an in-memory volume, or empty." }, "sizeLimit": { "type": "string", "description": "e.g. 512Mi." } } };
var schema58 = { "type": "object", "additionalProperties": false, "properties": { "secretName": { "type": "string", "description": "Secret Manager secret name." }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" }, "description": "Files: key is the secret version, path the file name under the mount path." }, "defaultMode": { "$ref": "#/$defs/int32", "description": "File mode, e.g. 0444 (octal in YAML 1.1). Cloud Run mounts secrets read-only whatever the mode." }, "optional": { "$ref": "#/$defs/bool" } } };
var schema59 = { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "description": "Secret version: a number or latest." }, "path": { "type": "string", "description": "File name, relative to the mount path." }, "mode": { "$ref": "#/$defs/int32" } } };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "path" || key0 === "mode")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.key.type, parentSchema: schema59.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.path.type, parentSchema: schema59.properties.path, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data2 = data.mode;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err4 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err6 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretName" || key0 === "items" || key0 === "defaultMode" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      let data0 = data.secretName;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.secretName.type, parentSchema: schema58.properties.secretName, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate51(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.items.type, parentSchema: schema58.properties.items, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data3 = data.defaultMode;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && typeof data3 !== "string") {
        const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err5 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err6 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.optional !== void 0) {
      let data4 = data.optional;
      if (typeof data4 !== "boolean" && typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err8 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema64 = { "type": "object", "additionalProperties": false, "properties": { "driver": { "type": "string", "description": "gcsfuse.run.googleapis.com for Cloud Storage." }, "readOnly": { "$ref": "#/$defs/bool" }, "volumeAttributes": { "type": "object", "additionalProperties": { "type": "string" }, "description": "e.g. bucketName." } } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "readOnly" || key0 === "volumeAttributes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data0 = data.driver;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.driver.type, parentSchema: schema64.properties.driver, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.volumeAttributes !== void 0) {
      let data2 = data.volumeAttributes;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/volumeAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/volumeAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.volumeAttributes.additionalProperties.type, parentSchema: schema64.properties.volumeAttributes.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/volumeAttributes", schemaPath: "#/properties/volumeAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.volumeAttributes.type, parentSchema: schema64.properties.volumeAttributes, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
var schema66 = { "type": "object", "additionalProperties": false, "properties": { "server": { "type": "string" }, "path": { "type": "string" }, "readOnly": { "$ref": "#/$defs/bool" } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "server" || key0 === "path" || key0 === "readOnly")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data0 = data.server;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.server.type, parentSchema: schema66.properties.server, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.path.type, parentSchema: schema66.properties.path, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data2 = data.readOnly;
      if (typeof data2 !== "boolean" && typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
var schema68 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" } }, "defaultMode": { "$ref": "#/$defs/int32" }, "optional": { "$ref": "#/$defs/bool" } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "items" || key0 === "defaultMode" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.name.type, parentSchema: schema68.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate51(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.items.type, parentSchema: schema68.properties.items, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data3 = data.defaultMode;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && typeof data3 !== "string") {
        const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err5 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err6 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.optional !== void 0) {
      let data4 = data.optional;
      if (typeof data4 !== "boolean" && typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err8 = { instancePath: instancePath + "/optional", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "secret" || key0 === "emptyDir" || key0 === "csi" || key0 === "nfs" || key0 === "configMap")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.name.type, parentSchema: schema57.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      if (!validate50(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.emptyDir !== void 0) {
      let data2 = data.emptyDir;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "medium" || key1 === "sizeLimit")) {
            const err3 = { instancePath: instancePath + "/emptyDir", schemaPath: "#/$defs/EmptyDirVolumeSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.medium !== void 0) {
          let data3 = data2.medium;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/emptyDir/medium", schemaPath: "#/$defs/EmptyDirVolumeSource/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.medium.type, parentSchema: schema63.properties.medium, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.sizeLimit !== void 0) {
          let data4 = data2.sizeLimit;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/emptyDir/sizeLimit", schemaPath: "#/$defs/EmptyDirVolumeSource/properties/sizeLimit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.sizeLimit.type, parentSchema: schema63.properties.sizeLimit, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/emptyDir", schemaPath: "#/$defs/EmptyDirVolumeSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.csi !== void 0) {
      if (!validate54(data.csi, { instancePath: instancePath + "/csi", parentData: data, parentDataProperty: "csi", rootData })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.nfs !== void 0) {
      if (!validate56(data.nfs, { instancePath: instancePath + "/nfs", parentData: data, parentDataProperty: "nfs", rootData })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.configMap !== void 0) {
      if (!validate58(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.containerConcurrency !== void 0) {
      let data0 = data.containerConcurrency;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/containerConcurrency", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/containerConcurrency", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/containerConcurrency", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/containerConcurrency", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data1 = data.timeoutSeconds;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err8 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.serviceAccountName !== void 0) {
      let data2 = data.serviceAccountName;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.serviceAccountName.type, parentSchema: schema20.properties.serviceAccountName, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.containers !== void 0) {
      let data3 = data.containers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate19(data3[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.containers.type, parentSchema: schema20.properties.containers, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data5 = data.volumes;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate49(data5[i1], { instancePath: instancePath + "/volumes/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.volumes.type, parentSchema: schema20.properties.volumes, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data7 = data.imagePullSecrets;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key1 in data8) {
              if (!(key1 === "name")) {
                const err12 = { instancePath: instancePath + "/imagePullSecrets/" + i2, schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 !== "string") {
                const err13 = { instancePath: instancePath + "/imagePullSecrets/" + i2 + "/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/imagePullSecrets/" + i2, schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.imagePullSecrets.type, parentSchema: schema20.properties.imagePullSecrets, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.enableServiceLinks !== void 0) {
      let data10 = data.enableServiceLinks;
      if (typeof data10 !== "boolean" && typeof data10 !== "string") {
        const err16 = { instancePath: instancePath + "/enableServiceLinks", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data10 === "string") {
        if (!pattern2.test(data10)) {
          const err17 = { instancePath: instancePath + "/enableServiceLinks", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data10 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.nodeSelector !== void 0) {
      let data11 = data.nodeSelector;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          let data12 = data11[key2];
          if (typeof data12 !== "string") {
            const err18 = { instancePath: instancePath + "/nodeSelector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.nodeSelector.additionalProperties.type, parentSchema: schema20.properties.nodeSelector.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.nodeSelector.type, parentSchema: schema20.properties.nodeSelector, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.runtimeClassName !== void 0) {
      let data13 = data.runtimeClassName;
      if (typeof data13 !== "string") {
        const err20 = { instancePath: instancePath + "/runtimeClassName", schemaPath: "#/properties/runtimeClassName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.runtimeClassName.type, parentSchema: schema20.properties.runtimeClassName, data: data13 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate11(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate18(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema73 = { "type": "object", "additionalProperties": false, "properties": { "revisionName": { "type": "string", "description": "A revision of this service: {service}-{suffix}." }, "latestRevision": { "$ref": "#/$defs/bool", "description": "Send this share to the latest ready revision." }, "percent": { "$ref": "#/$defs/int32", "description": "0-100; the percents of all targets sum to 100." }, "tag": { "type": "string", "description": "A tag gives the revision its own URL: https://TAG---SERVICE-....run.app." }, "configurationName": { "type": "string", "description": "Not supported by Cloud Run." }, "url": { "type": "string", "description": "Output only." } } };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "revisionName" || key0 === "latestRevision" || key0 === "percent" || key0 === "tag" || key0 === "configurationName" || key0 === "url")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.revisionName !== void 0) {
      let data0 = data.revisionName;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/revisionName", schemaPath: "#/properties/revisionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.revisionName.type, parentSchema: schema73.properties.revisionName, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.latestRevision !== void 0) {
      let data1 = data.latestRevision;
      if (typeof data1 !== "boolean" && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/latestRevision", schemaPath: "#/$defs/bool/type", keyword: "type", params: { type: schema16.type }, message: "must be boolean,string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err3 = { instancePath: instancePath + "/latestRevision", schemaPath: "#/$defs/bool/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: 'must match pattern "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"', schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.percent !== void 0) {
      let data2 = data.percent;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err7 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$" }, message: 'must match pattern "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$"', schema: "^(?:[-+]?[0-9]+|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})$", parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.tag !== void 0) {
      let data3 = data.tag;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.tag.type, parentSchema: schema73.properties.tag, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.configurationName !== void 0) {
      let data4 = data.configurationName;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/configurationName", schemaPath: "#/properties/configurationName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.configurationName.type, parentSchema: schema73.properties.configurationName, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data5 = data.url;
      if (typeof data5 !== "string") {
        const err10 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.url.type, parentSchema: schema73.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "template" || key0 === "traffic")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.template !== void 0) {
      if (!validate16(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.traffic !== void 0) {
      let data1 = data.traffic;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate64(data1[i0], { instancePath: instancePath + "/traffic/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.traffic.type, parentSchema: schema18.properties.traffic, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("serving.knative.dev/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "serving.knative.dev/v1" }, message: "must be equal to constant", schema: "serving.knative.dev/v1", parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Service" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Service" }, message: "must be equal to constant", schema: "Service", parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (!validate11(data2, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.spec !== void 0) {
      if (!validate15(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/ServiceStatus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/spec/schema.ts
var SERVICE_SCHEMA = cloudrun_service_schema_default;
function validator() {
  return service_validator_generated_default;
}
function validateSchema(document, data) {
  const validate = validator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
  return errors.map((error) => toDiagnostic(document, data, error));
}
function toDiagnostic(document, data, error) {
  const path4 = parsePointer(error.instancePath);
  const found = {
    document,
    error,
    path: path4,
    where: formatPath(path4) || "the top level",
    value: valueAt(data, path4)
  };
  return (DIAGNOSTIC_BY_KEYWORD.get(error.keyword) ?? invalidValue)(found);
}
var DIAGNOSTIC_BY_KEYWORD = /* @__PURE__ */ new Map([
  ["additionalProperties", unknownField],
  ["required", missingField],
  ["type", wrongType],
  ["pattern", notANumberOrBoolean],
  ["enum", notOneOfTheValues],
  ["const", notTheValue]
]);
function unknownField({ document, error, path: path4, where }) {
  const field2 = error.params.additionalProperty;
  const known = Object.keys(error.parentSchema?.properties ?? {});
  const suggestion = closest(field2, known);
  return diagnosticAt(
    document,
    [...path4, field2],
    "key",
    "error",
    "schema/unknown-field",
    `unknown field "${field2}" in ${where}`,
    suggestion ? `did you mean "${suggestion}"? (gcloud and Cloud Run reject unknown fields)` : `remove it; ${where} accepts ${known.map((k) => `"${k}"`).join(", ")}`
  );
}
function missingField({ document, error, path: path4, where }) {
  const field2 = error.params.missingProperty;
  return diagnosticAt(
    document,
    path4,
    "key",
    "error",
    "schema/required",
    `missing required field "${field2}" in ${where}`,
    `add ${field2}`
  );
}
function wrongType({ document, error, path: path4, where, value }) {
  if (path4.length === 0) return notAService(document, "the top level is not a mapping");
  const expected = [error.params.type].flat().join(",");
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "schema/type",
    `${where} must be ${describeType(expected)}, not ${describeValue(value)}`,
    typeFix(expected, value)
  );
}
function notANumberOrBoolean({ document, error, path: path4, where, value }) {
  const boolean = [error.parentSchema?.type].flat().includes("boolean");
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "schema/type",
    `${where} must be ${boolean ? "true or false" : "an integer"}, not ${describeValue(value)}`,
    boolean ? "write true or false without quotes" : "write a whole number"
  );
}
function notOneOfTheValues({ document, error, path: path4, where, value }) {
  const allowed = error.params.allowedValues.map(String);
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "schema/value",
    `${where} must be one of ${allowed.join(", ")}, not ${describeValue(value)}`,
    error.parentSchema?.errorMessage ?? `use ${allowed.join(" or ")}`
  );
}
function notTheValue({ document, error, path: path4, where, value }) {
  const allowed = String(error.params.allowedValue);
  if (path4.length === 1 && (path4[0] === "kind" || path4[0] === "apiVersion")) {
    return notAService(document, `${where} is ${describeValue(value)}, not "${allowed}"`, path4);
  }
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "schema/value",
    `${where} must be "${allowed}"`,
    `set it to "${allowed}"`
  );
}
function invalidValue({ document, error, path: path4, where }) {
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "schema/value",
    `${where} ${error.message ?? "is invalid"}`,
    "see schema/cloudrun-service.schema.json"
  );
}
function notAService(document, message, path4 = []) {
  return diagnosticAt(
    document,
    path4,
    "value",
    "error",
    "spec/not-a-service",
    `not a Cloud Run service: ${message}`,
    "the file must be one Service with apiVersion: serving.knative.dev/v1 and kind: Service"
  );
}
function parsePointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt(data, path4) {
  let value = data;
  for (const segment of path4) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[segment];
  }
  return value;
}
function describeType(type) {
  switch (type) {
    case "integer,string":
      return "an integer";
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    default:
      return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
  }
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  return `${typeof value} ${JSON.stringify(value)}`;
}
function typeFix(expected, value) {
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
    return `quote it: "${String(value)}" (YAML reads it as a ${typeof value})`;
  }
  if (expected === "boolean" && typeof value === "string") return `write true or false without quotes`;
  if (expected === "array" && value !== null && typeof value === "object")
    return 'write it as a list: put "- " before the entry';
  if (expected === "object") return "write it as a mapping of field: value";
  if (value === null) return "give it a value, or remove the field";
  return `write ${describeType(expected)}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function coerceIntegerStrings(data) {
  const changed = [];
  const visit2 = (value, schema, path4, setValue) => {
    const resolved = resolve(schema);
    if (!resolved) return;
    if (resolved.isInteger && typeof value === "string" && /^[-+]?\d+$/.test(value)) {
      setValue(Number(value));
      changed.push(path4);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit2(item, resolved.items, [...path4, i], (v) => value[i] = v);
      });
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const [key, child] of Object.entries(record)) {
        visit2(
          child,
          resolved.properties[key] ?? resolved.additional,
          [...path4, key],
          (v) => record[key] = v
        );
      }
    }
  };
  visit2(data, SERVICE_SCHEMA, [], () => void 0);
  return changed;
}
function resolve(schema) {
  if (!schema) return void 0;
  const parts = [];
  const collect = (s) => {
    parts.push(s);
    if (s.$ref) {
      const name = s.$ref.replace("#/$defs/", "");
      const target = SERVICE_SCHEMA.$defs?.[name];
      if (target) collect(target);
    }
    for (const sub of s.allOf ?? []) collect(sub);
  };
  collect(schema);
  const resolved = { isInteger: false, properties: {}, additional: void 0, items: void 0 };
  for (const part of parts) {
    if (Array.isArray(part.type) && part.type.includes("integer")) resolved.isInteger = true;
    Object.assign(resolved.properties, part.properties);
    if (typeof part.additionalProperties === "object") resolved.additional = part.additionalProperties;
    resolved.items ??= part.items;
  }
  return resolved;
}

// src/spec/annotation-table.ts
var DEFAULT_MAX_INSTANCES = 100;
var CLOUD_RUN_PREFIXES = [
  "run.googleapis.com/",
  "autoscaling.knative.dev/",
  "serving.knative.dev/"
];
function oneOf(...values) {
  return {
    describe: values.join(" | "),
    check: (value) => values.includes(value) ? void 0 : `is not one of ${values.join(", ")}`
  };
}
var BOOLEAN = {
  describe: '"true" | "false" (quoted)',
  check: (value) => value === "true" || value === "false" ? void 0 : 'is not "true" or "false"'
};
var WHOLE_NUMBER = {
  describe: 'a whole number, quoted ("3")',
  check: (value) => /^\d+$/.test(value) ? void 0 : "is not a whole number"
};
function text(maxLength) {
  return {
    describe: maxLength ? `text, at most ${maxLength} characters` : "text",
    check: (value) => maxLength !== void 0 && value.length > maxLength ? `is ${value.length} characters long; at most ${maxLength} are accepted` : void 0
  };
}
function pattern(regex, describe2) {
  return { describe: describe2, check: (value) => regex.test(value) ? void 0 : `is not ${describe2}` };
}
function commaList(item, describe2) {
  return {
    describe: `comma-separated ${describe2}`,
    check: (value) => {
      const bad = value.split(",").find((entry) => !item.test(entry.trim()));
      return bad === void 0 ? void 0 : `has "${bad.trim()}", which is not ${describe2}`;
    }
  };
}
function utilization(min, max) {
  return {
    describe: `a fraction from ${min} to ${max} ("0.7"), or disabled`,
    check: (value) => {
      if (value === "disabled") return void 0;
      const number = /^\d*\.?\d+$/.test(value) ? Number(value) : Number.NaN;
      return number >= min && number <= max ? void 0 : `is not a fraction from ${min} to ${max} or disabled`;
    }
  };
}
function structured(value) {
  try {
    return (0, import_yaml3.parse)(value);
  } catch {
    return void 0;
  }
}
var isStringList = (data) => Array.isArray(data) && data.every((item) => typeof item === "string");
var isMapping = (data) => data !== null && typeof data === "object" && !Array.isArray(data);
function parseContainerDependencies(value) {
  const data = structured(value);
  if (!isMapping(data)) return void 0;
  const graph = /* @__PURE__ */ new Map();
  for (const [name, needs] of Object.entries(data)) {
    if (!isStringList(needs)) return void 0;
    graph.set(name, needs);
  }
  return graph;
}
var CONTAINER_DEPENDENCIES = {
  describe: "a JSON object of container name \u2192 list of the container names it starts after",
  check: (value) => parseContainerDependencies(value) ? void 0 : "is not a JSON object mapping each container name to a list of container names"
};
var STRING_LIST = {
  describe: "a JSON list of strings",
  check: (value) => isStringList(structured(value)) ? void 0 : "is not a JSON list of strings"
};
var STRING_MAP = {
  describe: "a JSON object of string values",
  check: (value) => {
    const data = structured(value);
    return isMapping(data) && Object.values(data).every((v) => typeof v === "string") ? void 0 : "is not a JSON object of string values";
  }
};
var NETWORK_INTERFACES = {
  describe: 'a JSON list of {"network", "subnetwork", "tags"} objects',
  check: (value) => {
    const data = structured(value);
    return Array.isArray(data) && data.length > 0 && data.every((item) => isMapping(item) && ("network" in item || "subnetwork" in item)) ? void 0 : "is not a JSON list of objects each naming a network or subnetwork";
  }
};
var INGRESS = oneOf("all", "internal", "internal-and-cloud-load-balancing");
var RESOURCE_ID = "[a-z0-9][-a-z0-9_.]*";
var CLOUD_SQL_CONNECTION = /^(?:[a-z0-9][-a-z0-9.]*:)?[a-z][-a-z0-9]*:[a-z]+-[a-z]+\d+:[a-z0-9][-a-z0-9]*$/;
var RUN_DOCS = "https://cloud.google.com/run/docs";
var YAML_REFERENCE = `${RUN_DOCS}/reference/yaml/v1`;
var OBJECT_META = `${RUN_DOCS}/reference/rest/v1/ObjectMeta`;
var SERVICE_RESOURCE = `${RUN_DOCS}/reference/rest/v1/namespaces.services`;
var REVISION_TEMPLATE = `${RUN_DOCS}/reference/rest/v1/RevisionTemplate`;
var CMEK = `${RUN_DOCS}/securing/using-cmek`;
var GCLOUD_SOURCE = "https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk";
var GCLOUD_EXPORT = `${GCLOUD_SOURCE}/command_lib/run/printers/export_printer.py`;
var GCLOUD_SERVICE = `${GCLOUD_SOURCE}/api_lib/run/service.py`;
var SOURCE_DEPLOY = "set by source and function deploys";
var SET_BY_SERVER = "set by Cloud Run or gcloud; exports keep it and Cloud Run accepts it back";
var ANNOTATIONS = [
  // On the Service (metadata.annotations).
  {
    key: "run.googleapis.com/ingress",
    level: "service",
    value: INGRESS,
    source: `${RUN_DOCS}/securing/ingress`
  },
  {
    key: "run.googleapis.com/ingress-status",
    level: "service",
    value: INGRESS,
    source: SERVICE_RESOURCE,
    outputOnly: true,
    note: "the ingress in force"
  },
  {
    key: "run.googleapis.com/launch-stage",
    level: "service",
    value: oneOf("ALPHA", "BETA", "GA"),
    source: YAML_REFERENCE,
    note: "allows preview features"
  },
  { key: "run.googleapis.com/description", level: "service", value: text(512), source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/binary-authorization",
    level: "service",
    value: text(),
    source: YAML_REFERENCE,
    note: '"default" or a policy name'
  },
  {
    key: "run.googleapis.com/binary-authorization-breakglass",
    level: "service",
    value: text(),
    source: YAML_REFERENCE,
    note: "the justification"
  },
  {
    key: "run.googleapis.com/minScale",
    level: "service",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/min-instances`,
    counterpart: "autoscaling.knative.dev/minScale",
    note: "service-level minimum instances"
  },
  {
    key: "run.googleapis.com/maxScale",
    level: "service",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/max-instances`,
    counterpart: "autoscaling.knative.dev/maxScale",
    note: "service-level maximum instances"
  },
  {
    key: "run.googleapis.com/scalingMode",
    level: "service",
    value: oneOf("automatic", "manual"),
    source: `${RUN_DOCS}/configuring/services/manual-scaling`
  },
  {
    key: "run.googleapis.com/manualInstanceCount",
    level: "service",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/services/manual-scaling`
  },
  { key: "run.googleapis.com/function-target", level: "service", value: text(), source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/invoker-iam-disabled",
    level: "service",
    value: BOOLEAN,
    source: `${RUN_DOCS}/authenticating/public`
  },
  { key: "run.googleapis.com/iap-enabled", level: "service", value: BOOLEAN, source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/custom-audiences",
    level: "service",
    value: STRING_LIST,
    source: `${RUN_DOCS}/configuring/custom-audiences`
  },
  { key: "run.googleapis.com/default-url-disabled", level: "service", value: BOOLEAN, source: OBJECT_META },
  { key: "run.googleapis.com/gc-traffic-tags", level: "service", value: text(), source: OBJECT_META },
  {
    key: "run.googleapis.com/build-base-image",
    level: "service",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-enable-automatic-updates",
    level: "service",
    value: BOOLEAN,
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-environment-variables",
    level: "service",
    value: STRING_MAP,
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-image-uri",
    level: "service",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-name",
    level: "service",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-service-account",
    level: "service",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-worker-pool",
    level: "service",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/urls",
    level: "service",
    value: STRING_LIST,
    source: GCLOUD_SERVICE,
    outputOnly: true,
    note: "the service's URLs"
  },
  // On either.
  {
    key: "run.googleapis.com/base-images",
    level: "both",
    value: STRING_MAP,
    source: `${RUN_DOCS}/configuring/services/automatic-base-image-updates`,
    note: "container name \u2192 base image"
  },
  {
    key: "run.googleapis.com/build-function-target",
    level: "both",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-id",
    level: "both",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-source-location",
    level: "both",
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/client-name",
    level: "both",
    value: text(),
    source: OBJECT_META,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/client-version",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/operation-id",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/creatorEmail",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/lastModifierEmail",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "serving.knative.dev/creator",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "serving.knative.dev/lastModifier",
    level: "both",
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  // On the revision template (spec.template.metadata.annotations).
  {
    key: "autoscaling.knative.dev/minScale",
    level: "revision",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/min-instances`,
    counterpart: "run.googleapis.com/minScale"
  },
  {
    key: "autoscaling.knative.dev/maxScale",
    level: "revision",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/max-instances`,
    counterpart: "run.googleapis.com/maxScale"
  },
  {
    key: "run.googleapis.com/cpu-throttling",
    level: "revision",
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/billing-settings`,
    note: '"false": CPU always allocated (instance-based billing)'
  },
  {
    key: "run.googleapis.com/startup-cpu-boost",
    level: "revision",
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/services/cpu`
  },
  {
    key: "run.googleapis.com/sessionAffinity",
    level: "revision",
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/session-affinity`
  },
  {
    key: "run.googleapis.com/cloudsql-instances",
    level: "revision",
    value: commaList(CLOUD_SQL_CONNECTION, "Cloud SQL connection names (PROJECT:REGION:INSTANCE)"),
    source: "https://cloud.google.com/sql/docs/postgres/connect-run"
  },
  {
    key: "run.googleapis.com/execution-environment",
    level: "revision",
    value: oneOf("gen1", "gen2"),
    source: `${RUN_DOCS}/configuring/execution-environments`
  },
  {
    key: "run.googleapis.com/vpc-access-connector",
    level: "revision",
    value: pattern(
      new RegExp(`^(?:projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/connectors/)?[a-z][-a-z0-9]*$`),
      "a connector name or projects/PROJECT/locations/REGION/connectors/NAME"
    ),
    source: `${RUN_DOCS}/configuring/vpc-connectors`
  },
  {
    key: "run.googleapis.com/vpc-access-egress",
    level: "revision",
    value: oneOf("all-traffic", "private-ranges-only", "all"),
    source: REVISION_TEMPLATE,
    note: "`all` is the deprecated spelling of `all-traffic`"
  },
  {
    key: "run.googleapis.com/network-interfaces",
    level: "revision",
    value: NETWORK_INTERFACES,
    source: `${RUN_DOCS}/configuring/vpc-direct-vpc`,
    note: "Direct VPC egress"
  },
  {
    key: "run.googleapis.com/encryption-key",
    level: "revision",
    value: pattern(
      new RegExp(`^projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/keyRings/[^/]+/cryptoKeys/[^/]+$`),
      "a Cloud KMS key name (projects/P/locations/L/keyRings/R/cryptoKeys/K)"
    ),
    source: CMEK
  },
  {
    key: "run.googleapis.com/encryption-key-shutdown-hours",
    level: "revision",
    value: WHOLE_NUMBER,
    source: CMEK
  },
  {
    key: "run.googleapis.com/post-key-revocation-action-type",
    level: "revision",
    value: oneOf("PREVENT_NEW", "SHUTDOWN"),
    source: CMEK
  },
  {
    key: "run.googleapis.com/container-dependencies",
    level: "revision",
    value: CONTAINER_DEPENDENCIES,
    source: `${RUN_DOCS}/deploying#sidecars`,
    note: "each container named as a dependency needs a startup probe"
  },
  {
    key: "run.googleapis.com/secrets",
    level: "revision",
    value: commaList(
      new RegExp(`^[^:,\\s]+:projects/${RESOURCE_ID}/secrets/[^/,\\s]+$`),
      "ALIAS:projects/PROJECT/secrets/SECRET"
    ),
    source: `${RUN_DOCS}/configuring/services/secrets`,
    note: "secrets of other projects"
  },
  { key: "run.googleapis.com/secure-session-agent", level: "revision", value: text(), source: OBJECT_META },
  {
    key: "run.googleapis.com/gpu-zonal-redundancy-disabled",
    level: "revision",
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/services/gpu-zonal-redundancy`
  },
  {
    key: "run.googleapis.com/health-check-disabled",
    level: "revision",
    value: BOOLEAN,
    source: REVISION_TEMPLATE,
    note: "skips the deploy-time startup probe"
  },
  {
    key: "run.googleapis.com/scaling-cpu-target",
    level: "revision",
    value: utilization(0.1, 0.95),
    source: `${RUN_DOCS}/configuring/scaling-controls`
  },
  {
    key: "run.googleapis.com/scaling-concurrency-target",
    level: "revision",
    value: utilization(0.1, 0.95),
    source: `${RUN_DOCS}/configuring/scaling-controls`
  },
  {
    key: "run.googleapis.com/mesh",
    level: "revision",
    value: pattern(
      new RegExp(`^projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/meshes/[^/]+$`),
      "a mesh name (projects/PROJECT/locations/global/meshes/MESH)"
    ),
    source: "https://cloud.google.com/service-mesh/docs/cloud-run-api-reference",
    note: "Cloud Service Mesh"
  },
  // Preview features gcloud 528 itself writes (its api_lib/run modules name each one and the object it goes on) but
  // the docs do not list yet: known, so a real spec using them gets no false error; their values are not checked.
  ...gcloudPreview("service", "api_lib/run/service.py", ["max-surge", "max-unavailable"]),
  ...gcloudPreview("revision", "api_lib/run/revision.py", [
    "identity",
    "enable-workload-certificate",
    "mesh-dataplane",
    "sources",
    "overflow-scaling"
  ]),
  ...gcloudPreview("both", "api_lib/run/k8s_object.py", ["regions", "threat-detection"])
];
function gcloudPreview(level, module, names2) {
  return names2.map((name) => ({
    key: `run.googleapis.com/${name}`,
    level,
    value: text(),
    source: `https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/${module}`,
    note: "preview: known to gcloud, not yet in the docs; the value is not checked"
  }));
}
var BY_KEY = new Map(ANNOTATIONS.map((entry) => [entry.key, entry]));
function checkAnnotation(key, level, value) {
  const prefix = CLOUD_RUN_PREFIXES.find((p) => key.startsWith(p));
  if (prefix === void 0) return void 0;
  const entry = BY_KEY.get(key);
  if (!entry) {
    const suggestion = suggestAnnotation(key);
    return suggestion === void 0 ? { kind: "unknown", prefix } : { kind: "unknown", prefix, suggestion };
  }
  if (entry.level !== "both" && entry.level !== level) return { kind: "level", entry };
  const problem = value === void 0 ? void 0 : entry.value.check(value);
  return problem === void 0 ? void 0 : { kind: "value", entry, problem };
}
function suggestAnnotation(key) {
  const slash = key.indexOf("/");
  const prefix = key.slice(0, slash + 1);
  const name = key.slice(slash + 1);
  const nameOf = (k) => k.slice(k.indexOf("/") + 1);
  const samePrefix = ANNOTATIONS.filter((e) => e.key.startsWith(prefix));
  for (const candidates of [samePrefix, ANNOTATIONS]) {
    const match = closest(
      name,
      candidates.map((e) => nameOf(e.key))
    );
    if (match !== void 0) return candidates.find((e) => nameOf(e.key) === match)?.key;
  }
  return void 0;
}

// src/spec/rules/rule.ts
function report(context, finding) {
  const { path: path4, at = "value", severity = "error", rule, message, fix } = finding;
  context.diagnostics.push(diagnosticAt(context.document, path4, at, severity, rule, message, fix));
}
function reportInValue(context, finding) {
  const { path: path4, needle, severity = "error", rule, message, fix } = finding;
  const diagnostic = diagnosticAt(context.document, path4, "value", severity, rule, message, fix);
  const range = nodeAt(context.document, path4)?.range;
  const offset = range ? context.document.text.slice(range[0], range[1]).indexOf(needle) : -1;
  if (!range || offset < 0) {
    context.diagnostics.push(diagnostic);
    return;
  }
  const { line, col } = context.document.lines.linePos(range[0] + offset);
  context.diagnostics.push({ ...diagnostic, line, column: col });
}
function isDeferred(context, path4) {
  return context.references.some((r) => r.unresolved.length > 0 && samePath(r.path, path4));
}
function references(context, path4, name) {
  return context.references.some((r) => r.names.includes(name) && samePath(r.path, path4));
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

// src/spec/rules/cloudrun/annotations.ts
var ANNOTATIONS_AT = {
  service: { path: ["metadata", "annotations"], written: "metadata.annotations", object: "Service" },
  revision: {
    path: ["spec", "template", "metadata", "annotations"],
    written: "spec.template.metadata.annotations",
    object: "revision template"
  }
};
var annotations = (context) => {
  for (const level of ["service", "revision"]) {
    const { path: path4 } = ANNOTATIONS_AT[level];
    const written = asRecord(field(context.service, ...path4));
    if (!written) continue;
    for (const [key, raw] of Object.entries(written)) {
      const keyPath = [...path4, key];
      const value = isDeferred(context, keyPath) ? void 0 : asString(raw);
      const finding = checkAnnotation(key, level, value);
      if (finding) reportFinding(context, keyPath, key, level, value ?? "", finding);
    }
  }
  scaleBounds(context);
};
function reportFinding(context, path4, key, level, value, finding) {
  switch (finding.kind) {
    case "unknown":
      report(context, {
        path: path4,
        at: "key",
        rule: "cloudrun/annotation",
        message: `unknown annotation "${key}": Cloud Run reserves ${finding.prefix} and refuses names it does not know`,
        fix: finding.suggestion ? `did you mean "${finding.suggestion}"?` : `remove it, or put your own annotation under a prefix of yours (example.com/${key.slice(finding.prefix.length)})`
      });
      return;
    case "level": {
      const right = finding.entry.level === "service" ? "service" : "revision";
      const counterpart = finding.entry.counterpart;
      report(context, {
        path: path4,
        at: "key",
        rule: "cloudrun/annotation-level",
        message: `${key} is a ${right} annotation: Cloud Run does not accept it on the ${ANNOTATIONS_AT[level].object}`,
        fix: `move it to ${ANNOTATIONS_AT[right].written}` + (counterpart ? `, or use ${counterpart} for the ${level}-level setting` : "")
      });
      return;
    }
    case "value":
      report(context, {
        path: path4,
        rule: "cloudrun/annotation",
        message: `${key} "${value}" ${finding.problem}`,
        fix: `write ${finding.entry.value.describe}`
      });
  }
}
function scaleBounds(context) {
  const pairs = [
    { level: "revision", min: "autoscaling.knative.dev/minScale", max: "autoscaling.knative.dev/maxScale" },
    { level: "service", min: "run.googleapis.com/minScale", max: "run.googleapis.com/maxScale" }
  ];
  for (const { level, min, max } of pairs) {
    const { path: path4 } = ANNOTATIONS_AT[level];
    const bound = (key) => {
      const text2 = isDeferred(context, [...path4, key]) ? void 0 : asString(field(context.service, ...path4, key));
      return text2 !== void 0 && /^\d+$/.test(text2) ? Number(text2) : void 0;
    };
    const [low, high] = [bound(min), bound(max)];
    if (low !== void 0 && high !== void 0 && low > high) {
      report(context, {
        path: [...path4, min],
        rule: "cloudrun/annotation",
        message: `${min} ${low} is above ${max} ${high}`,
        fix: `lower ${min} or raise ${max}`
      });
    }
  }
}

// src/spec/rules/service-parts.ts
var TEMPLATE_SPEC = ["spec", "template", "spec"];
function containersOf(service) {
  return asList(field(service, ...TEMPLATE_SPEC, "containers")).flatMap((container, index) => {
    const record = asRecord(container);
    return record ? [{ container: record, path: [...TEMPLATE_SPEC, "containers", index], index }] : [];
  });
}
function ingressContainer(refs) {
  if (refs.length === 1) return refs[0];
  const withPorts = refs.filter((ref) => asList(ref.container["ports"]).length > 0);
  return withPorts.length === 1 ? withPorts[0] : void 0;
}
function envOf(container) {
  return asList(container.container["env"]).flatMap((entry, i) => {
    const record = asRecord(entry);
    const name = asString(record?.["name"]);
    return record && name !== void 0 ? [{ name, entry: record, path: [...container.path, "env", i] }] : [];
  });
}
function envNamed(container, name) {
  return envOf(container).findLast((e) => e.name === name);
}
function templateAnnotation(service, name) {
  return asString(field(service, "spec", "template", "metadata", "annotations", name));
}
function containerLabel(ref) {
  return asString(ref.container["name"]) ?? String(ref.index);
}

// src/spec/rules/cloudrun/container-dependencies.ts
var KEY = "run.googleapis.com/container-dependencies";
var PATH = ["spec", "template", "metadata", "annotations", KEY];
var RULE = "cloudrun/container-dependencies";
var containerDependencies = (context) => {
  const text2 = templateAnnotation(context.service, KEY);
  if (text2 === void 0 || isDeferred(context, PATH)) return;
  const graph = parseContainerDependencies(text2);
  if (!graph) return;
  const refs = containersOf(context.service);
  const containers2 = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const name = asString(ref.container["name"]);
    if (name !== void 0) containers2.set(name, ref);
  }
  const names2 = [...containers2.keys()].map((n) => `"${n}"`).join(", ") || "none named";
  const unprobed = /* @__PURE__ */ new Set();
  for (const [dependent, needs] of graph) {
    if (!containers2.has(dependent)) {
      reportAt(
        context,
        dependent,
        `${KEY} gives a start order for container "${dependent}", which the revision does not have`,
        `use the name of one of its containers (${names2})`
      );
    }
    for (const need of needs) {
      const ref = containers2.get(need);
      if (!ref) {
        reportAt(
          context,
          need,
          `${KEY}: "${dependent}" waits for container "${need}", which the revision does not have`,
          `use the name of one of its containers (${names2})`
        );
      } else if (!("startupProbe" in ref.container) && ref.index !== ingressContainer(refs)?.index && !unprobed.has(need)) {
        unprobed.add(need);
        reportAt(
          context,
          need,
          `${KEY}: "${dependent}" waits for container "${need}", which has no startupProbe; Cloud Run refuses the revision`,
          `add a startupProbe to "${need}": Cloud Run starts "${dependent}" once it passes`
        );
      }
    }
  }
  const cycle = findCycle(graph);
  if (cycle) {
    reportAt(
      context,
      cycle[0] ?? "",
      `${KEY} has a cycle: ${cycle.map((n) => `"${n}"`).join(" \u2192 ")}; none of them could start`,
      "remove one of the dependencies so that each container waits only for containers that start before it"
    );
  }
};
function reportAt(context, name, message, fix) {
  reportInValue(context, { path: PATH, needle: name, rule: RULE, message, fix });
}
function findCycle(graph) {
  const done = /* @__PURE__ */ new Set();
  const visit2 = (name, trail) => {
    const seen = trail.indexOf(name);
    if (seen >= 0) return [...trail.slice(seen), name];
    if (done.has(name)) return void 0;
    for (const next of graph.get(name) ?? []) {
      const cycle = visit2(next, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return void 0;
  };
  for (const name of graph.keys()) {
    const cycle = visit2(name, []);
    if (cycle) return cycle;
  }
  return void 0;
}

// src/spec/rules/cloudrun/containers.ts
var RESERVED_ENV = ["PORT", "K_SERVICE", "K_REVISION", "K_CONFIGURATION"];
function checkContainer(context, ref, seen) {
  const name = asString(ref.container["name"]);
  if (name !== void 0) {
    if (seen.has(name))
      report(context, {
        path: [...ref.path, "name"],
        rule: "cloudrun/container-name",
        message: `container name "${name}" is used twice`,
        fix: "give each container its own name"
      });
    seen.add(name);
  }
  const ports2 = asList(ref.container["ports"]);
  if (ports2.length > 1) {
    report(context, {
      path: [...ref.path, "ports", 1],
      rule: "cloudrun/ingress-container",
      message: "a Cloud Run container can declare only one port",
      fix: "keep one port entry"
    });
  }
  ports2.forEach((port, i) => {
    const portPath = [...ref.path, "ports", i];
    const number = asInteger(field(port, "containerPort"));
    if (number !== void 0 && (number < 1 || number > 65535)) {
      report(context, {
        path: [...portPath, "containerPort"],
        rule: "cloudrun/port",
        message: `containerPort ${number} is outside 1\u201365535`,
        fix: "use the port PostgREST listens on (3000 by default)"
      });
    }
  });
}
var containers = (context) => {
  const refs = containersOf(context.service);
  const containersPath = [...TEMPLATE_SPEC, "containers"];
  if (refs.length === 0) {
    report(context, {
      path: containersPath,
      at: "key",
      rule: "cloudrun/ingress-container",
      message: "the revision has no container",
      fix: "add one container with the PostgREST image"
    });
    return;
  }
  const withPorts = refs.filter((ref) => asList(ref.container["ports"]).length > 0);
  if (refs.length > 1 && withPorts.length !== 1) {
    report(context, {
      path: withPorts[1] ? [...withPorts[1].path, "ports", 0] : containersPath,
      at: withPorts[1] ? "value" : "key",
      rule: "cloudrun/ingress-container",
      message: `exactly one container must declare a port (the one that receives requests); ${withPorts.length} do`,
      fix: "declare ports on the PostgREST container only"
    });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) checkContainer(context, ref, seen);
};
function checkEnvEntry(context, ref, entry, scope) {
  const { seen, ingress } = scope;
  const fromSecret = asRecord(asRecord(entry.entry["valueFrom"])?.["secretKeyRef"]) !== void 0;
  const before = seen.get(entry.name);
  if (before !== void 0) {
    const secret = fromSecret || before;
    report(context, {
      path: [...entry.path, "name"],
      severity: secret ? "error" : "warning",
      rule: "cloudrun/env-unique",
      message: secret ? `env ${entry.name} is set twice in container ${containerLabel(ref)}, and references a secret: Cloud Run rejects that` : `env ${entry.name} is set twice in container ${containerLabel(ref)}: the container gets the last value only`,
      fix: secret ? "keep one entry" : "keep one entry, so the file says what runs"
    });
  }
  seen.set(entry.name, (before ?? false) || fromSecret);
  const reserved = RESERVED_ENV.includes(entry.name) && (entry.name !== "PORT" || ref.index === ingress?.index || !ingress);
  if (reserved) {
    report(context, {
      path: [...entry.path, "name"],
      rule: "cloudrun/env-reserved",
      message: `env ${entry.name} is reserved: Cloud Run sets it itself`,
      fix: entry.name === "PORT" ? "remove it and set ports[0].containerPort instead" : "remove it"
    });
  }
  checkEnvSource(context, entry);
}
function checkEnvSource(context, entry) {
  const hasValue = "value" in entry.entry;
  const source = asRecord(entry.entry["valueFrom"]);
  if (hasValue && source) {
    report(context, {
      path: [...entry.path, "valueFrom"],
      at: "key",
      rule: "cloudrun/env-source",
      message: `env ${entry.name} has both value and valueFrom`,
      fix: "keep one of them"
    });
  }
  if (source) {
    const secret = asRecord(source["secretKeyRef"]);
    if (!secret) {
      report(context, {
        path: [...entry.path, "valueFrom"],
        at: "key",
        rule: "cloudrun/env-source",
        message: `env ${entry.name}: Cloud Run takes values only from secretKeyRef`,
        fix: "use valueFrom.secretKeyRef with name (the secret) and key (its version)"
      });
    } else {
      for (const key of ["name", "key"]) {
        if (asString(secret[key]) === void 0) {
          report(context, {
            path: [...entry.path, "valueFrom", "secretKeyRef"],
            at: "key",
            rule: "cloudrun/env-source",
            message: `env ${entry.name}: secretKeyRef needs ${key}`,
            fix: key === "name" ? "set name to the Secret Manager secret" : "set key to a version number or latest"
          });
        }
      }
    }
  }
}
var env = (context) => {
  const refs = containersOf(context.service);
  const ingress = ingressContainer(refs);
  for (const ref of refs) {
    const seen = /* @__PURE__ */ new Map();
    for (const entry of envOf(ref)) checkEnvEntry(context, ref, entry, { seen, ingress });
  }
};

// src/spec/rules/cloudrun/image.ts
var image = (context) => {
  for (const ref of containersOf(context.service)) {
    const path4 = [...ref.path, "image"];
    const text2 = asString(ref.container["image"]);
    if (text2 === void 0 || isDeferred(context, path4)) continue;
    const parsed = parseImageName(text2);
    if ("name" in parsed) continue;
    const { message, fix } = describe(text2, parsed.problem);
    const part = "part" in parsed.problem ? parsed.problem.part : void 0;
    if (part === void 0) report(context, { path: path4, rule: "cloudrun/image", message, fix });
    else reportInValue(context, { path: path4, needle: part, rule: "cloudrun/image", message, fix });
  }
};
function describe(text2, problem) {
  const image2 = `image "${text2}"`;
  switch (problem.kind) {
    case "empty":
      return { message: "image is empty", fix: "name the image, e.g. postgrest/postgrest:v14.17" };
    case "too-long":
      return {
        message: `${image2} is longer than the 255 characters a registry and repository name may have`,
        fix: "use a shorter repository path"
      };
    case "placeholder": {
      const builtin = BUILTIN_VARIABLES.find(
        (name) => name === problem.part.toUpperCase().replace(/-/g, "_")
      );
      return {
        message: `${image2} has "${problem.part}" in it, which looks like a placeholder, not a value`,
        fix: builtin ? `put the real value there, or write \${${builtin}} to have the action fill it in` : "put the real value there"
      };
    }
    case "uppercase":
      return {
        message: `${image2}: repository path component "${problem.part}" has capitals; image references are lower case`,
        fix: `write it in lower case ("${problem.part.toLowerCase()}"), as the registry names it`
      };
    case "component":
      return {
        message: `${image2}: "${problem.part}" is not a valid repository path component`,
        fix: 'use lower-case letters and digits, separated by a single ".", "_", "__" or "-" (no empty components)'
      };
    case "domain":
      return {
        message: `${image2}: registry host "${problem.part}" is not a host name with an optional port`,
        fix: "write HOST[:PORT]/PATH, e.g. europe-west1-docker.pkg.dev/my-project/my-repo/postgrest"
      };
    case "tag":
      return {
        message: `${image2}: tag "${problem.part}" is not a valid tag`,
        fix: 'a tag has up to 128 letters, digits, "_", "." and "-", and does not start with "." or "-"'
      };
    case "digest":
      return {
        message: `${image2}: digest "${problem.part}" is not a valid digest`,
        fix: "write @sha256: followed by the 64 lower-case hex digits of the manifest digest"
      };
  }
}

// src/spec/rules/cloudrun/names.ts
var names = (context) => {
  const service = context.service;
  const name = asString(field(service, "metadata", "name"));
  const namePath = ["metadata", "name"];
  if (name !== void 0 && !isDeferred(context, namePath) && !isDnsLabel(name, MAX_SERVICE_NAME)) {
    report(context, {
      path: namePath,
      rule: "cloudrun/service-name",
      message: `service name "${name}" is not valid for Cloud Run`,
      fix: `use lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen, at most ${MAX_SERVICE_NAME} characters`
    });
  }
  const revisionPath = ["spec", "template", "metadata", "name"];
  const revision = asString(field(service, ...revisionPath));
  if (revision === void 0 || isDeferred(context, revisionPath)) return;
  if (!isDnsLabel(revision)) {
    report(context, {
      path: revisionPath,
      rule: "cloudrun/revision-name",
      message: `revision name "${revision}" is not a DNS label`,
      fix: "use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters"
    });
  } else if (name !== void 0 && !isDeferred(context, namePath) && !revision.startsWith(`${name}-`)) {
    report(context, {
      path: revisionPath,
      rule: "cloudrun/revision-name",
      message: `revision name "${revision}" does not start with the service name "${name}-"`,
      fix: `name it ${name}-SUFFIX, e.g. ${name}-\${REVISION}`
    });
  }
};

// src/spec/rules/cloudrun/probes.ts
var MAX_STARTUP_PERIOD = 240;
function checkHandlers(context, kind, probe, path4) {
  const handlers = ["httpGet", "tcpSocket", "grpc"].filter((h) => h in probe);
  if (handlers.length !== 1) {
    report(context, {
      path: path4,
      at: "key",
      rule: "cloudrun/probe",
      message: `${kind} must have exactly one of httpGet, tcpSocket, grpc (it has ${handlers.length ? handlers.join(", ") : "none"})`,
      fix: "keep one handler"
    });
  }
  if (kind === "livenessProbe" && "tcpSocket" in probe) {
    report(context, {
      path: [...path4, "tcpSocket"],
      at: "key",
      rule: "cloudrun/probe",
      message: "Cloud Run liveness probes cannot use tcpSocket",
      fix: "use httpGet (for PostgREST: /live on the admin port) or grpc"
    });
  }
  for (const handler of handlers) {
    const port = asInteger(field(probe, handler, "port"));
    if (port !== void 0 && (port < 1 || port > 65535)) {
      report(context, {
        path: [...path4, handler, "port"],
        rule: "cloudrun/probe",
        message: `${kind} port ${port} is outside 1\u201365535`,
        fix: "use the port the check is served on"
      });
    }
  }
}
function checkTimings(context, kind, probe, path4) {
  const period = asInteger(probe["periodSeconds"]) ?? 10;
  const timeout = asInteger(probe["timeoutSeconds"]) ?? 1;
  if (kind === "startupProbe" && period > MAX_STARTUP_PERIOD) {
    report(context, {
      path: [...path4, "periodSeconds"],
      rule: "cloudrun/probe",
      message: `startupProbe periodSeconds ${period} exceeds ${MAX_STARTUP_PERIOD}`,
      fix: `set it to at most ${MAX_STARTUP_PERIOD}`
    });
  }
  if (timeout > period) {
    report(context, {
      path: [...path4, "timeoutSeconds"],
      rule: "cloudrun/probe",
      message: `${kind} timeoutSeconds ${timeout} exceeds periodSeconds ${period}`,
      fix: "make timeoutSeconds at most periodSeconds"
    });
  }
  for (const timing of ["periodSeconds", "timeoutSeconds", "failureThreshold"]) {
    const value = asInteger(probe[timing]);
    if (value !== void 0 && value < 1)
      report(context, {
        path: [...path4, timing],
        rule: "cloudrun/probe",
        message: `${kind} ${timing} ${value} must be at least 1`,
        fix: "use a positive number"
      });
  }
  const initialDelay = asInteger(probe["initialDelaySeconds"]);
  if (initialDelay !== void 0 && (initialDelay < 0 || initialDelay > 240)) {
    report(context, {
      path: [...path4, "initialDelaySeconds"],
      rule: "cloudrun/probe",
      message: `${kind} initialDelaySeconds ${initialDelay} is outside 0\u2013240`,
      fix: "use at most 240"
    });
  }
}
var probes = (context) => {
  for (const ref of containersOf(context.service)) {
    for (const kind of ["startupProbe", "livenessProbe"]) {
      const probe = asRecord(ref.container[kind]);
      if (!probe) continue;
      checkHandlers(context, kind, probe, [...ref.path, kind]);
      checkTimings(context, kind, probe, [...ref.path, kind]);
    }
  }
};

// src/spec/rules/quantity.ts
function parseCpu(text2) {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/.exec(text2.trim());
  if (!match) return void 0;
  const value = Number(match[1]);
  return match[2] === "m" ? value / 1e3 : value;
}
var MEMORY_UNITS = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40
};
function parseMemory(text2) {
  const match = /^(\d+(?:\.\d+)?)(?:e(\d+)|(Ki|Mi|Gi|Ti|k|M|G|T))?$/.exec(text2.trim());
  if (!match) return void 0;
  const value = Number(match[1]) * (match[2] ? 10 ** Number(match[2]) : MEMORY_UNITS[match[3] ?? ""] ?? 1);
  return Number.isFinite(value) ? value : void 0;
}
function formatBytes(bytes) {
  for (const [unit, size] of [
    ["Gi", 2 ** 30],
    ["Mi", 2 ** 20],
    ["Ki", 2 ** 10]
  ]) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)}Mi`;
  return `${bytes}`;
}
var MiB = 2 ** 20;
var GiB = 2 ** 30;

// src/spec/rules/cloudrun/resources.ts
var MAX_CONCURRENCY = 1e3;
var DEFAULT_CONCURRENCY = 80;
var MAX_TIMEOUT_SECONDS = 3600;
var WHOLE_CPUS = [1, 2, 4, 6, 8];
var DEFAULT_CPU = 1;
var DEFAULT_MEMORY = 512 * MiB;
var MEMORY_FOR_CPU = {
  1: [0, 4 * GiB],
  2: [0, 8 * GiB],
  4: [2 * GiB, 16 * GiB],
  6: [4 * GiB, 24 * GiB],
  8: [4 * GiB, 32 * GiB]
};
var MIN_MEMORY_GEN1 = 128 * MiB;
var MIN_MEMORY_GEN2 = 512 * MiB;
function containerCpu(context, path4, text2) {
  if (text2 === void 0) return DEFAULT_CPU;
  const parsed = parseCpu(text2);
  if (parsed === void 0 || parsed <= 0) {
    report(context, {
      path: path4,
      rule: "cloudrun/cpu",
      message: `cpu "${text2}" is not a CPU quantity`,
      fix: 'write a number of vCPUs: "1", "2", "4", "6", "8", or below 1 like "500m"'
    });
    return void 0;
  }
  if (parsed > 1 && !WHOLE_CPUS.includes(parsed)) {
    report(context, {
      path: path4,
      rule: "cloudrun/cpu",
      message: `cpu "${text2}" is not offered by Cloud Run`,
      fix: "above 1 vCPU, use 2, 4, 6 or 8"
    });
    return void 0;
  }
  return parsed;
}
function containerMemory(context, path4, text2) {
  if (text2 === void 0) return DEFAULT_MEMORY;
  const parsed = parseMemory(text2);
  if (parsed !== void 0 && parsed > 0) return parsed;
  report(context, {
    path: path4,
    rule: "cloudrun/memory",
    message: `memory "${text2}" is not a memory quantity`,
    fix: 'write it like "256Mi", "512Mi" or "1Gi"'
  });
  return void 0;
}
function instanceResources(context) {
  const total = {
    cpu: 0,
    memory: 0,
    memoryPath: [...TEMPLATE_SPEC, "containers", "memory"],
    invalid: false
  };
  for (const ref of containersOf(context.service)) {
    const limitsPath = [...ref.path, "resources", "limits"];
    const limits = asRecord(field(ref.container, "resources", "limits"));
    const cpu = containerCpu(context, [...limitsPath, "cpu"], asString(limits?.["cpu"]));
    const memory = containerMemory(context, [...limitsPath, "memory"], asString(limits?.["memory"]));
    if (cpu === void 0 || memory === void 0) total.invalid = true;
    if (cpu !== void 0 && cpu < 1 && limits?.["cpu"] !== void 0)
      total.fractionalCpuAt = [...limitsPath, "cpu"];
    total.cpu += cpu ?? 0;
    total.memory += memory ?? 0;
    total.memoryPath = [...limits ? limitsPath : ref.path, "memory"];
  }
  return total;
}
function checkMemory(context, total, generation) {
  const minimum = generation === "gen2" ? MIN_MEMORY_GEN2 : MIN_MEMORY_GEN1;
  if (total.memory < minimum) {
    report(context, {
      path: total.memoryPath,
      rule: "cloudrun/memory",
      message: `memory ${formatBytes(total.memory)} is below Cloud Run's minimum of ${formatBytes(minimum)}${generation === "gen2" ? " for the second generation" : ""}`,
      fix: generation === "gen2" ? "set memory to at least 512Mi, or use run.googleapis.com/execution-environment: gen1" : "set memory to at least 128Mi"
    });
  }
  const wholeCpu = WHOLE_CPUS.find((c) => c >= total.cpu) ?? 8;
  const [min = 0, max = 0] = total.cpu < 0.5 ? [0, 512 * MiB] : total.cpu < 1 ? [0, GiB] : MEMORY_FOR_CPU[wholeCpu] ?? [];
  if (total.memory > max || total.memory < min) {
    report(context, {
      path: total.memoryPath,
      rule: "cloudrun/cpu-memory",
      message: `memory ${formatBytes(total.memory)} does not fit ${total.cpu} vCPU: Cloud Run allows ${min ? `${formatBytes(min)} to ` : "up to "}${formatBytes(max)}`,
      fix: total.memory > max ? "lower the memory or raise the cpu limit" : "raise the memory or lower the cpu limit"
    });
  }
}
function checkFractionalCpu(context, at, generation) {
  const concurrency = asInteger(field(context.service, ...TEMPLATE_SPEC, "containerConcurrency")) ?? DEFAULT_CONCURRENCY;
  if (concurrency !== 1) {
    report(context, {
      path: [...TEMPLATE_SPEC, "containerConcurrency"],
      rule: "cloudrun/cpu-fractional",
      message: `cpu below 1 requires containerConcurrency 1 (it is ${concurrency})`,
      fix: 'set containerConcurrency: 1, or cpu to "1"'
    });
  }
  if (generation === "gen2") {
    report(context, {
      path: at,
      rule: "cloudrun/cpu-fractional",
      message: "cpu below 1 requires the first generation execution environment",
      fix: 'set cpu to "1" or more, or run.googleapis.com/execution-environment: gen1'
    });
  }
  if (templateAnnotation(context.service, "run.googleapis.com/cpu-throttling") === "false") {
    report(context, {
      path: [...TEMPLATE_METADATA_ANNOTATIONS, "run.googleapis.com/cpu-throttling"],
      rule: "cloudrun/cpu-fractional",
      message: 'cpu below 1 requires request-based billing, but cpu-throttling "false" is instance-based',
      fix: 'remove run.googleapis.com/cpu-throttling (or set it to "true"), or set cpu to "1"'
    });
  }
}
var resources = (context) => {
  const generation = templateAnnotation(context.service, "run.googleapis.com/execution-environment");
  const total = instanceResources(context);
  if (total.invalid || total.cpu === 0) return;
  checkMemory(context, total, generation);
  if (total.fractionalCpuAt && total.cpu < 1) checkFractionalCpu(context, total.fractionalCpuAt, generation);
};
var TEMPLATE_METADATA_ANNOTATIONS = ["spec", "template", "metadata", "annotations"];
var revisionLimits = (context) => {
  const concurrencyPath = [...TEMPLATE_SPEC, "containerConcurrency"];
  const concurrency = asInteger(field(context.service, ...concurrencyPath));
  if (concurrency !== void 0 && (concurrency < 0 || concurrency > MAX_CONCURRENCY)) {
    report(context, {
      path: concurrencyPath,
      rule: "cloudrun/concurrency",
      message: `containerConcurrency ${concurrency} is outside 0\u2013${MAX_CONCURRENCY}`,
      fix: `set it to at most ${MAX_CONCURRENCY} (the default is ${DEFAULT_CONCURRENCY})`
    });
  }
  const timeoutPath = [...TEMPLATE_SPEC, "timeoutSeconds"];
  const timeout = asInteger(field(context.service, ...timeoutPath));
  if (timeout !== void 0 && (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    report(context, {
      path: timeoutPath,
      rule: "cloudrun/timeout",
      message: `timeoutSeconds ${timeout} is outside 1\u2013${MAX_TIMEOUT_SECONDS}`,
      fix: `set it to at most ${MAX_TIMEOUT_SECONDS} (the default is 300)`
    });
  }
};
var gpu = (context) => {
  let holder;
  for (const ref of containersOf(context.service)) {
    const gpuPath = [...ref.path, "resources", "limits", "nvidia.com/gpu"];
    if (asString(field(context.service, ...gpuPath)) === void 0) continue;
    if (holder) {
      report(context, {
        path: gpuPath,
        at: "key",
        rule: "cloudrun/gpu",
        message: `container ${containerLabel(ref)} asks for a GPU too, but an instance has one GPU, attached to one container (${containerLabel(holder)})`,
        fix: "keep the GPU limit on one container; the others reach it through that one"
      });
    } else if (templateAnnotation(context.service, "run.googleapis.com/cpu-throttling") === "true") {
      report(context, {
        path: [...TEMPLATE_METADATA_ANNOTATIONS, "run.googleapis.com/cpu-throttling"],
        rule: "cloudrun/gpu",
        message: 'a GPU needs instance-based billing, but cpu-throttling "true" is request-based',
        fix: 'set run.googleapis.com/cpu-throttling: "false"'
      });
    }
    holder ??= ref;
    const accelerator = asString(
      field(context.service, ...TEMPLATE_SPEC, "nodeSelector", "run.googleapis.com/accelerator")
    );
    if (accelerator === void 0) {
      report(context, {
        path: gpuPath,
        at: "key",
        rule: "cloudrun/gpu",
        message: "a GPU limit needs the accelerator type",
        fix: "add spec.template.spec.nodeSelector: {run.googleapis.com/accelerator: nvidia-l4}"
      });
    }
  }
};

// src/spec/rules/cloudrun/traffic.ts
function checkTarget(context, target, i) {
  const path4 = ["spec", "traffic", i];
  const revision = asString(field(target, "revisionName"));
  const latest = field(target, "latestRevision") === true;
  if (revision === void 0 === !latest) {
    report(context, {
      path: path4,
      rule: "cloudrun/traffic",
      message: `traffic target ${i} must name exactly one of revisionName or latestRevision: true`,
      fix: revision === void 0 ? "add revisionName, or latestRevision: true" : "remove latestRevision, or revisionName"
    });
  }
  const percent = asInteger(field(target, "percent"));
  if (percent !== void 0 && (percent < 0 || percent > 100)) {
    report(context, {
      path: [...path4, "percent"],
      rule: "cloudrun/traffic",
      message: `percent ${percent} is outside 0\u2013100`,
      fix: "use 0 to 100"
    });
  }
  return percent;
}
function checkTag(context, target, i, tags) {
  const tagPath = ["spec", "traffic", i, "tag"];
  const tag = asString(field(target, "tag"));
  if (tag !== void 0 && !isDeferred(context, tagPath)) {
    if (!isDnsLabel(tag)) {
      report(context, {
        path: tagPath,
        rule: "cloudrun/tag",
        message: `tag "${tag}" is not a DNS label`,
        fix: "use lowercase letters, digits and hyphens, starting with a letter (e.g. pr-123)"
      });
    }
    if (tags.has(tag))
      report(context, {
        path: tagPath,
        rule: "cloudrun/tag",
        message: `tag "${tag}" is used twice`,
        fix: "give each target its own tag"
      });
    tags.add(tag);
  }
}
var traffic = (context) => {
  const targets = asList(field(context.service, "spec", "traffic"));
  if (targets.length === 0) return;
  const percents = [];
  const tags = /* @__PURE__ */ new Set();
  for (const [i, target] of targets.entries()) {
    const percent = checkTarget(context, target, i);
    if (percent !== void 0) percents.push(percent);
    checkTag(context, target, i, tags);
  }
  const sum = percents.reduce((total, percent) => total + percent, 0);
  if (percents.length > 0 && sum !== 100) {
    report(context, {
      path: ["spec", "traffic"],
      at: "key",
      rule: "cloudrun/traffic-percent",
      message: `traffic percents sum to ${sum}, not 100`,
      fix: "make the percents add up to 100"
    });
  }
};

// src/spec/rules/cloudrun/unsupported.ts
var unsupported = (context) => {
  const warn = (path4, what) => {
    report(context, {
      path: path4,
      at: "key",
      severity: "warning",
      rule: "cloudrun/unsupported",
      message: `${what} is not documented for Cloud Run services and may be rejected at deploy`,
      fix: "remove it"
    });
  };
  const spec = asRecord(field(context.service, ...TEMPLATE_SPEC));
  for (const key of ["imagePullSecrets", "enableServiceLinks", "runtimeClassName"]) {
    if (spec && key in spec) warn([...TEMPLATE_SPEC, key], key);
  }
  for (const ref of containersOf(context.service)) {
    for (const key of [
      "envFrom",
      "imagePullPolicy",
      "terminationMessagePath",
      "terminationMessagePolicy",
      "securityContext"
    ]) {
      if (key in ref.container) warn([...ref.path, key], key);
    }
  }
  asList(field(context.service, ...TEMPLATE_SPEC, "volumes")).forEach((volume, i) => {
    if ("configMap" in (asRecord(volume) ?? {}))
      warn([...TEMPLATE_SPEC, "volumes", i, "configMap"], "a configMap volume");
  });
  if ("status" in (asRecord(context.service) ?? {})) {
    report(context, {
      path: ["status"],
      at: "key",
      severity: "warning",
      rule: "spec/status-ignored",
      message: "status is output only: it is ignored and not sent",
      fix: "remove it from the spec"
    });
  }
};

// src/spec/rules/cloudrun/volumes.ts
function declaredVolumes(context) {
  const volumesPath = [...TEMPLATE_SPEC, "volumes"];
  const declared = /* @__PURE__ */ new Set();
  asList(field(context.service, ...volumesPath)).forEach((volume, i) => {
    const path4 = [...volumesPath, i];
    const name = asString(field(volume, "name"));
    if (name !== void 0) {
      if (declared.has(name))
        report(context, {
          path: [...path4, "name"],
          rule: "cloudrun/volume-unique",
          message: `volume name "${name}" is declared twice`,
          fix: "give each volume its own name"
        });
      declared.add(name);
    }
    const sources = ["secret", "emptyDir", "csi", "nfs", "configMap"].filter(
      (s) => s in (asRecord(volume) ?? {})
    );
    if (sources.length !== 1) {
      report(context, {
        path: sources[1] ? [...path4, sources[1]] : path4,
        at: sources[1] ? "key" : "value",
        rule: "cloudrun/volume-source",
        message: `volume "${name ?? i}" must have exactly one of secret, emptyDir, csi, nfs (it has ${sources.length ? sources.join(", ") : "none"})`,
        fix: "keep one source"
      });
    } else if (sources[0] === "secret" && asString(field(volume, "secret", "secretName")) === void 0) {
      report(context, {
        path: [...path4, "secret"],
        at: "key",
        rule: "cloudrun/volume-source",
        message: `secret volume "${name ?? i}" has no secretName`,
        fix: "set secretName to the Secret Manager secret"
      });
    }
  });
  return declared;
}
function checkMounts(context, declared) {
  for (const ref of containersOf(context.service)) {
    const mountPaths = /* @__PURE__ */ new Set();
    asList(ref.container["volumeMounts"]).forEach((mount, i) => {
      const path4 = [...ref.path, "volumeMounts", i];
      const name = asString(field(mount, "name"));
      if (name !== void 0 && !declared.has(name)) {
        report(context, {
          path: [...path4, "name"],
          rule: "cloudrun/volume-mount",
          message: `volumeMount names volume "${name}", which is not declared`,
          fix: `declare it under spec.template.spec.volumes${declared.size ? ` or use one of ${[...declared].map((d) => `"${d}"`).join(", ")}` : ""}`
        });
      }
      const mountPath = asString(field(mount, "mountPath"));
      if (mountPath === void 0) return;
      if (!mountPath.startsWith("/")) {
        report(context, {
          path: [...path4, "mountPath"],
          rule: "cloudrun/volume-mount",
          message: `mountPath "${mountPath}" is not absolute`,
          fix: "start it with /"
        });
      }
      const normalized = mountPath.replace(/\/+$/, "");
      if (mountPaths.has(normalized)) {
        report(context, {
          path: [...path4, "mountPath"],
          rule: "cloudrun/volume-mount",
          message: `two volumes are mounted at ${mountPath} in container ${containerLabel(ref)}`,
          fix: "mount each volume at its own directory"
        });
      }
      mountPaths.add(normalized);
    });
  }
}
var volumes = (context) => {
  checkMounts(context, declaredVolumes(context));
};

// src/spec/rules/cloudrun/index.ts
var CLOUD_RUN_RULES = [
  names,
  resources,
  revisionLimits,
  containers,
  env,
  volumes,
  probes,
  traffic,
  annotations,
  containerDependencies,
  image,
  gpu,
  unsupported
];

// src/spec/rules/postgrest/connection.ts
import path from "node:path/posix";

// src/spec/rules/postgrest/container.ts
var VAULT_DIR = "/opt/vault";
var SECRETS_DIR = "/opt/secrets";
var ENTRYPOINT_SCRIPT = "/usr/local/bin/run.sh";
function postgrestContainers(context) {
  const refs = containersOf(context.service);
  const index = postgrestContainerIndex(
    refs.map((ref) => {
      const image2 = asString(ref.container["image"]);
      return {
        ...image2 === void 0 ? {} : { image: image2 },
        env: envOf(ref).map((e) => e.name),
        runsActionImage: references(context, [...ref.path, "image"], "IMAGE")
      };
    })
  );
  const found = index === void 0 ? void 0 : refs[index];
  return found ? [found] : [];
}
function plainValue(entry) {
  return entry && !("valueFrom" in entry.entry) ? asString(entry.entry["value"]) : void 0;
}
function readableValue(context, entry) {
  const value = plainValue(entry);
  return value === void 0 || isDeferred(context, [...entry.path, "value"]) ? void 0 : value;
}
function plainDbUri(context, ref) {
  const entry = envNamed(ref, "PGRST_DB_URI");
  const value = plainValue(entry);
  if (!entry || value === void 0 || value.startsWith("@") || isDeferred(context, [...entry.path, "value"]))
    return void 0;
  return { entry, value };
}
function dbUri(context, ref) {
  const uri = plainDbUri(context, ref);
  if (!uri) return void 0;
  try {
    return { entry: uri.entry, conninfo: parseConninfo(uri.value) };
  } catch {
    return void 0;
  }
}

// src/spec/rules/postgrest/connection.ts
var CERT_KEYWORDS = ["sslcert", "sslkey", "sslrootcert"];
var CERT_ENV = {
  PGSSLCERT: "sslcert",
  PGSSLKEY: "sslkey",
  PGSSLROOTCERT: "sslrootcert"
};
var UNVERIFIED_SSLMODES = ["disable", "allow", "prefer"];
var dbUriSyntax = (context) => {
  for (const ref of postgrestContainers(context)) {
    const uri = plainDbUri(context, ref);
    if (!uri) continue;
    try {
      parseConninfo(uri.value);
    } catch (error) {
      report(context, {
        path: [...uri.entry.path, "value"],
        rule: "pgrst/db-uri",
        message: `PGRST_DB_URI does not parse: ${error.message}`,
        fix: "write keyword=value pairs separated by spaces, or a postgresql:// URI"
      });
    }
  }
};
function certReferences(context, ref) {
  const found = [];
  const uri = dbUri(context, ref);
  if (uri) {
    for (const keyword of CERT_KEYWORDS) {
      const parameter = conninfoValue(uri.conninfo, keyword);
      if (parameter)
        found.push({
          keyword,
          file: parameter.value,
          label: `PGRST_DB_URI ${keyword}=${parameter.value}`,
          path: [...uri.entry.path, "value"],
          needle: parameter.source
        });
    }
  }
  for (const [name, keyword] of Object.entries(CERT_ENV)) {
    const entry = envNamed(ref, name);
    const file = plainValue(entry);
    if (entry && file !== void 0)
      found.push({ keyword, file, label: `${name}=${file}`, path: [...entry.path, "value"], needle: file });
  }
  return found;
}
function mountedSecretFiles(context, ref) {
  const volumes2 = /* @__PURE__ */ new Map();
  asList(field(context.service, ...TEMPLATE_SPEC, "volumes")).forEach((volume, index) => {
    const name = asString(field(volume, "name"));
    const secret = asRecord(field(volume, "secret"));
    if (name !== void 0 && secret)
      volumes2.set(name, { secret, path: [...TEMPLATE_SPEC, "volumes", index, "secret"] });
  });
  const files = /* @__PURE__ */ new Map();
  for (const mount of asList(ref.container["volumeMounts"])) {
    const volume = asString(field(mount, "name"));
    const mountPath = asString(field(mount, "mountPath"));
    const found = volume === void 0 ? void 0 : volumes2.get(volume);
    if (volume === void 0 || mountPath === void 0 || !found) continue;
    const secretName = asString(found.secret["secretName"]);
    asList(found.secret["items"]).forEach((item, index) => {
      const itemPath = asString(field(item, "path"));
      const key = field(item, "key");
      if (itemPath === void 0) return;
      files.set(path.join(mountPath, itemPath), {
        volume,
        mountPath,
        ...secretName === void 0 ? {} : { secretName },
        ...typeof key === "string" || typeof key === "number" ? { key: String(key) } : {},
        itemPath: [...found.path, "items", index]
      });
    });
  }
  return files;
}
var secretPaths = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const files = mountedSecretFiles(context, ref);
    for (const cert of certs) {
      const normalized = path.normalize(cert.file);
      if (!normalized.startsWith(`${SECRETS_DIR}/`)) {
        const underVault = normalized.startsWith(`${VAULT_DIR}/`);
        reportInValue(context, {
          path: cert.path,
          needle: cert.needle,
          rule: "pgrst/secret-path",
          message: underVault ? `${cert.label} reads the secret mount itself: Cloud Run mounts it read-only 0444${cert.keyword === "sslkey" ? ", and libpq refuses a key with group or world access" : ""}` : `${cert.label} is not under ${SECRETS_DIR}/, where the entrypoint puts the copies of the secret mounts`,
          fix: `point it at ${SECRETS_DIR}/${underVault ? path.relative(VAULT_DIR, normalized) : "<path>"}; the entrypoint copies ${VAULT_DIR} to ${SECRETS_DIR} with mode 0600`
        });
        continue;
      }
      const source = path.join(VAULT_DIR, path.relative(SECRETS_DIR, normalized));
      if (files.has(source)) continue;
      reportInValue(context, {
        path: cert.path,
        needle: cert.needle,
        rule: "pgrst/secret-path",
        message: `${cert.label} has no secret volume under ${source}`,
        fix: missingMountFix(source, files)
      });
    }
  }
};
function missingMountFix(source, files) {
  const directory = path.dirname(source);
  const sameDirectory = [...files.entries()].filter(([, f]) => f.mountPath.replace(/\/+$/, "") === directory);
  if (sameDirectory.length > 0) {
    const provided = sameDirectory.map(([file]) => file.replace(VAULT_DIR, SECRETS_DIR)).join(", ");
    return `the secret volume mounted at ${directory} provides ${provided}: use that path, or set its items[].path to ${path.basename(source)}`;
  }
  const elsewhere = [...files.keys()].map((file) => file.replace(VAULT_DIR, SECRETS_DIR));
  return `mount a secret volume at ${directory} with items: [{key: latest, path: ${path.basename(source)}}]${elsewhere.length ? `, or use one of the mounted files ${elsewhere.join(", ")}` : ""}`;
}
var sslmode = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const uri = dbUri(context, ref);
    const fromUri = uri ? conninfoValue(uri.conninfo, "sslmode") : void 0;
    const envEntry = envNamed(ref, "PGSSLMODE");
    const fromEnv = plainValue(envEntry);
    const mode = fromUri?.value ?? fromEnv;
    const at = fromUri && uri ? { path: [...uri.entry.path, "value"], needle: fromUri.source } : envEntry && fromEnv !== void 0 ? { path: [...envEntry.path, "value"], needle: fromEnv } : uri ? { path: [...uri.entry.path, "value"], needle: "" } : certs[0] ? { path: certs[0].path, needle: certs[0].needle } : void 0;
    if (!at) continue;
    if (mode === void 0 || UNVERIFIED_SSLMODES.includes(mode)) {
      reportInValue(context, {
        path: at.path,
        needle: at.needle,
        rule: "pgrst/sslmode",
        message: mode === void 0 ? "client certificates are configured but sslmode is not set: libpq defaults to prefer, which may connect without TLS and never verifies the server" : `sslmode=${mode} with client certificates: the connection may go without TLS and the server is not verified`,
        fix: "set sslmode=verify-ca (or verify-full to also check the host name)"
      });
    } else if (mode === "require") {
      reportInValue(context, {
        path: at.path,
        needle: at.needle,
        severity: "warning",
        rule: "pgrst/sslmode",
        message: "sslmode=require encrypts but does not verify the server certificate",
        fix: "use sslmode=verify-ca (or verify-full) with sslrootcert"
      });
    }
  }
};
var plainSecrets = (context) => {
  const fix = "store it in Secret Manager and use valueFrom.secretKeyRef: {name: SECRET, key: latest}";
  for (const ref of postgrestContainers(context)) {
    for (const name of ["PGRST_JWT_SECRET", "PGPASSWORD"]) {
      const entry = envNamed(ref, name);
      const value = plainValue(entry);
      if (entry && value !== void 0 && !value.startsWith("@")) {
        report(context, {
          path: [...entry.path, "value"],
          rule: "pgrst/plain-secret",
          message: `${name} is a plain value: it would be readable by anyone who can read the service`,
          fix
        });
      }
    }
    const uri = dbUri(context, ref);
    if (uri?.conninfo.hasPassword) {
      reportInValue(context, {
        path: [...uri.entry.path, "value"],
        needle: uri.conninfo.passwordSource ?? "",
        rule: "pgrst/plain-secret",
        message: "PGRST_DB_URI holds a password in a plain value",
        fix: `${fix}, or authenticate with the client certificate alone`
      });
    }
  }
};

// src/spec/rules/postgrest/image.ts
import path2 from "node:path/posix";
var imagePin = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, "image"];
    const image2 = asString(ref.container["image"]);
    if (image2 === void 0 || isDeferred(context, imagePath)) continue;
    const pin = imagePinOf(image2);
    if (pin === "digest" || pin === "tag") continue;
    report(context, {
      path: imagePath,
      rule: "pgrst/image-pin",
      message: pin === "latest" ? `image "${image2}" uses :latest, which moves with every release (backports included)` : `image "${image2}" has no tag or digest, so it means :latest`,
      fix: "pin a version tag (postgrest/postgrest:v14.17) or a digest (@sha256:...), or use ${IMAGE} for the image the action builds"
    });
  }
};
function imagePinOf(image2) {
  if (/@sha256:[0-9a-f]{64}$/.test(image2)) return "digest";
  const lastSlash = image2.lastIndexOf("/");
  const colon = image2.indexOf(":", lastSlash + 1);
  if (colon < 0) return "none";
  return image2.slice(colon + 1) === "latest" ? "latest" : "tag";
}
var SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|ash|bash|dash)$/;
function runsEntrypoint(command, args) {
  const [program = "", ...rest] = command;
  const isScript = (word) => word === ENTRYPOINT_SCRIPT || word === path2.basename(ENTRYPOINT_SCRIPT);
  if (isScript(program)) return true;
  if (!SHELL.test(program)) return false;
  return [...rest, ...args].some((arg) => arg.split(/[\s;&|'"]+/).some(isScript));
}
var entrypoint = (context) => {
  for (const ref of postgrestContainers(context)) {
    if (!("command" in ref.container)) continue;
    const words = (key) => asList(ref.container[key]).flatMap((w) => typeof w === "string" ? [w] : []);
    if (runsEntrypoint(words("command"), words("args"))) continue;
    if (!certReferences(context, ref).some((c) => c.file.startsWith(`${SECRETS_DIR}/`))) continue;
    report(context, {
      path: [...ref.path, "command"],
      at: "key",
      rule: "pgrst/entrypoint",
      message: `command replaces the image's entrypoint, which copies ${VAULT_DIR} to ${SECRETS_DIR}: the certificate files will not exist`,
      fix: `remove command (pass PostgREST options with args or env), or run ${ENTRYPOINT_SCRIPT} from it`
    });
  }
};
var imageVersion = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, "image"];
    const image2 = asString(ref.container["image"]);
    if (image2 === void 0 || isDeferred(context, imagePath) || !isPostgrestImage(image2)) continue;
    const name = image2.replace(/@.*$/, "");
    const tag = /:([^:/]+)$/.exec(name.slice(name.lastIndexOf("/") + 1))?.[1];
    const version = tag === void 0 ? void 0 : parsePostgrestVersion(tag);
    if (!version) continue;
    const unsupported2 = unsupportedVersion(version);
    const checked = context.postgrestVersion;
    if (unsupported2) {
      report(context, {
        path: imagePath,
        rule: "pgrst/version",
        message: unsupported2,
        fix: "run a supported release"
      });
    } else if (version.major !== checked.major || version.minor !== checked.minor) {
      report(context, {
        path: imagePath,
        severity: "warning",
        rule: "pgrst/version",
        message: `the image runs PostgREST ${version.tag}, but the checks follow ${checked.tag} (postgrest_version)`,
        fix: `set postgrest_version to ${version.tag}, or run ${checked.tag}`
      });
    }
  }
};

// src/spec/rules/postgrest/jwt.ts
var roleClaimKey = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry = envNamed(ref, "PGRST_JWT_ROLE_CLAIM_KEY");
    const key = plainValue(entry);
    if (!entry || key === void 0 || isDeferred(context, [...entry.path, "value"])) continue;
    const check = checkRoleClaimKey(key, version);
    const path4 = [...entry.path, "value"];
    if (!check.ok) {
      const where = check.error ? ` at character ${check.error.offset + 1}: ${check.error.message}` : "";
      report(context, {
        path: path4,
        rule: "pgrst/role-claim-key",
        message: `PostgREST ${version.tag} fails to start: failed to parse role-claim-key value (${key})${where}`,
        fix: check.suggestion ? `write ${check.suggestion}` : "see the jwt-role-claim-key grammar of your PostgREST version"
      });
    } else if (check.deprecated) {
      report(context, {
        path: path4,
        severity: "warning",
        rule: "pgrst/role-claim-key",
        message: `PostgREST ${version.tag} accepts "${key}" but logs that this claim key syntax is deprecated`,
        fix: check.suggestion ? `write the RFC 9535 form ${check.suggestion}` : "write it as RFC 9535 JSONPath starting with $"
      });
    }
  }
};
var jwtSecretLength = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry = envNamed(ref, "PGRST_JWT_SECRET");
    const value = entry ? readableValue(context, entry) : void 0;
    if (!entry || value === void 0 || value.startsWith("@") || value.trim().startsWith("{")) continue;
    const base64Entry = envNamed(ref, "PGRST_JWT_SECRET_IS_BASE64");
    const base64 = readBoolean((base64Entry && readableValue(context, base64Entry)) ?? "") === true;
    const length = base64 ? Buffer.from(value.trim().replaceAll("-", "+").replaceAll("_", "/"), "base64").length : value.match(/[\s\S]/gu)?.length ?? 0;
    if (length >= MIN_JWT_SECRET_LENGTH) continue;
    const v13 = isAtLeast(version, 13);
    report(context, {
      path: [...entry.path, "value"],
      severity: v13 ? "error" : "warning",
      rule: "pgrst/jwt-secret",
      message: `PGRST_JWT_SECRET is ${String(length)} characters${base64 ? " after base64 decoding" : ""}: ${v13 ? `PostgREST ${version.tag} refuses to start with fewer than 32 ("The JWT secret must be at least 32 characters long.")` : `PostgREST ${version.tag} starts but rejects every token, and v13 and later refuse to start`}`,
      fix: "use a secret of at least 32 characters, from Secret Manager (valueFrom.secretKeyRef), and re-sign the tokens your backend issues"
    });
  }
};

// src/spec/rules/postgrest/ports.ts
var DEFAULT_SERVER_PORT = 3e3;
var DEFAULT_CONTAINER_PORT = 8080;
var ports = (context) => {
  for (const ref of postgrestContainers(context)) {
    if (ingressContainer(containersOf(context.service))?.index !== ref.index) {
      checkAdminPort(
        context,
        ref,
        asInteger(plainValue(envNamed(ref, "PGRST_SERVER_PORT"))) ?? DEFAULT_SERVER_PORT
      );
      continue;
    }
    const ports2 = asList(ref.container["ports"]);
    const containerPortPath = [...ref.path, "ports", 0, "containerPort"];
    const containerPort = asInteger(field(ports2[0], "containerPort")) ?? DEFAULT_CONTAINER_PORT;
    const serverEntry = envNamed(ref, "PGRST_SERVER_PORT");
    const serverPort = asInteger(plainValue(serverEntry));
    const words = (key) => asList(ref.container[key]).flatMap((w) => typeof w === "string" ? [w] : []);
    const entrypointMapsPort = references(context, [...ref.path, "image"], "IMAGE") && (!("command" in ref.container) || runsEntrypoint(words("command"), words("args")));
    if (serverPort !== void 0 && serverEntry) {
      if (serverPort !== containerPort) {
        report(context, {
          path: [...serverEntry.path, "value"],
          rule: "pgrst/server-port",
          message: `PGRST_SERVER_PORT ${serverPort} differs from the container port ${containerPort}: Cloud Run would send requests where nothing listens`,
          fix: `set containerPort: ${serverPort}, or PGRST_SERVER_PORT to "${containerPort}"`
        });
      }
    } else if (!entrypointMapsPort && containerPort !== DEFAULT_SERVER_PORT) {
      report(context, {
        path: ports2.length > 0 ? containerPortPath : ref.path,
        at: ports2.length > 0 ? "value" : "key",
        rule: "pgrst/server-port",
        message: `PostgREST ignores PORT and listens on ${DEFAULT_SERVER_PORT}, but the container port is ${containerPort}`,
        fix: `set ports: [{containerPort: ${DEFAULT_SERVER_PORT}}], or PGRST_SERVER_PORT: "${containerPort}"`
      });
    }
    const effectiveServerPort = serverPort ?? (entrypointMapsPort ? containerPort : DEFAULT_SERVER_PORT);
    const adminPort = checkAdminPort(context, ref, effectiveServerPort);
    checkProbes(context, ref, adminPort, containerPort);
  }
};
function checkAdminPort(context, ref, serverPort) {
  const adminEntry = envNamed(ref, "PGRST_ADMIN_SERVER_PORT");
  const adminPort = asInteger(plainValue(adminEntry));
  if (adminEntry && adminPort !== void 0 && adminPort === serverPort && isAtLeast(context.postgrestVersion, 13)) {
    report(context, {
      path: [...adminEntry.path, "value"],
      rule: "pgrst/admin-port",
      message: `PGRST_ADMIN_SERVER_PORT ${adminPort} is the server port: PostgREST ${context.postgrestVersion.tag} refuses to start`,
      fix: `use another port, e.g. "${serverPort + 1}"`
    });
  }
  return adminPort;
}
function checkProbes(context, ref, adminPort, containerPort) {
  const startup = asRecord(ref.container["startupProbe"]);
  if (!startup) {
    report(context, {
      path: ref.path,
      at: "key",
      severity: "warning",
      rule: "pgrst/startup-probe",
      message: "no startupProbe: Cloud Run sends traffic as soon as the port opens, before PostgREST has connected and loaded its schema cache",
      fix: `add startupProbe: {httpGet: {path: /ready, port: ${adminPort ?? 3001}}}${adminPort === void 0 ? ' and PGRST_ADMIN_SERVER_PORT: "3001"' : ""}`
    });
  }
  for (const kind of ["startupProbe", "livenessProbe"]) {
    const probePath = asString(field(ref.container, kind, "httpGet", "path"));
    if (probePath === void 0 || !["/ready", "/live"].includes(probePath.replace(/\?.*$/, ""))) continue;
    const portPath = [...ref.path, kind, "httpGet", "port"];
    const port = asInteger(field(ref.container, kind, "httpGet", "port")) ?? containerPort;
    if (adminPort === void 0) {
      report(context, {
        path: [...ref.path, kind, "httpGet", "path"],
        rule: "pgrst/startup-probe",
        message: `${kind} checks ${probePath}, but the admin server is off (no PGRST_ADMIN_SERVER_PORT)`,
        fix: `set PGRST_ADMIN_SERVER_PORT: "${port === containerPort ? containerPort + 1 : port}" and probe that port`
      });
    } else if (port !== adminPort) {
      report(context, {
        path: field(ref.container, kind, "httpGet", "port") === void 0 ? [...ref.path, kind, "httpGet"] : portPath,
        rule: "pgrst/startup-probe",
        message: `${kind} checks ${probePath} on port ${port}, but PostgREST serves it on the admin port ${adminPort}`,
        fix: `set ${kind}.httpGet.port: ${adminPort}`
      });
    }
  }
}

// src/spec/rules/postgrest/connections.ts
var CONNECTIONS_RULE = "pgrst/connections";
var TEMPLATE_ANNOTATIONS = ["spec", "template", "metadata", "annotations"];
var SERVICE_ANNOTATIONS = ["metadata", "annotations"];
var REVISION_MAX = "autoscaling.knative.dev/maxScale";
var SERVICE_MAX = "run.googleapis.com/maxScale";
function maxScaleAt(context, annotations2, key) {
  const path4 = [...annotations2, key];
  const raw = field(context.service, ...path4);
  if (raw === void 0) return { kind: "unset" };
  const text2 = asString(raw);
  if (text2 === void 0 || isDeferred(context, path4) || !/^\d+$/.test(text2)) return { kind: "unknown" };
  return { kind: "set", key, value: Number(text2), path: path4 };
}
function integerSetting(context, ref, name) {
  const fallback = readInteger(settingDefault(name, context.postgrestVersion) ?? "");
  const entry = envNamed(ref, envName(name));
  if (!entry) return fallback;
  const value = readableValue(context, entry);
  return value === void 0 ? void 0 : readInteger(value) ?? fallback;
}
function booleanSetting(context, ref, name) {
  const fallback = readBoolean(settingDefault(name, context.postgrestVersion) ?? "");
  const entry = envNamed(ref, envName(name));
  if (!entry) return fallback;
  const value = readableValue(context, entry);
  return value === void 0 ? void 0 : readBoolean(value) ?? fallback;
}
var connections = (context) => {
  const ref = postgrestContainers(context)[0];
  if (!ref) return;
  const pool = integerSetting(context, ref, "db-pool");
  const listener = booleanSetting(context, ref, "db-channel-enabled") ?? true;
  const bounds = [
    maxScaleAt(context, TEMPLATE_ANNOTATIONS, REVISION_MAX),
    maxScaleAt(context, SERVICE_ANNOTATIONS, SERVICE_MAX)
  ];
  if (pool === void 0 || bounds.some((b) => b.kind === "unknown")) return;
  const set = bounds.filter((b) => b.kind === "set");
  const governing = set.reduce(
    (low, b) => low && low.value <= b.value ? low : b,
    void 0
  );
  const instances = governing?.value ?? DEFAULT_MAX_INSTANCES;
  const perInstance = pool + (listener ? 1 : 0);
  const total = instances * perInstance;
  const each = `PGRST_DB_POOL ${String(pool)}${listener ? " + 1 for the schema-change listener" : ""}`;
  const limit = context.dbMaxConnections;
  if (limit === void 0) {
    if (governing) return;
    report(context, {
      rule: CONNECTIONS_RULE,
      ...annotationsPlace(context),
      severity: "warning",
      message: `${REVISION_MAX} is not set: Cloud Run may run ${String(DEFAULT_MAX_INSTANCES)} instances, each opening up to ${String(perInstance)} database connections (${each}), ${String(total)} in all`,
      fix: `set ${REVISION_MAX} to what the database can serve (its connection limit / ${String(perInstance)}), or give db_max_connections (--db-max-connections) to have it checked`
    });
    return;
  }
  if (total <= limit) return;
  const poolEntry = envNamed(ref, "PGRST_DB_POOL");
  const place = governing ? { path: governing.path } : poolEntry ? { path: [...poolEntry.path, "value"] } : annotationsPlace(context);
  report(context, {
    rule: CONNECTIONS_RULE,
    ...place,
    message: `up to ${String(instances)} instances${governing ? ` (${governing.key})` : ` (${REVISION_MAX} unset)`} \xD7 ${String(perInstance)} connections (${each}) = ${String(total)}, more than db_max_connections ${String(limit)}`,
    fix: connectionsFix(limit, instances, perInstance, listener, governing?.key ?? REVISION_MAX)
  });
};
function connectionsFix(limit, instances, perInstance, listener, scaleKey) {
  const fitScale = Math.floor(limit / perInstance);
  const fitPool = Math.floor(limit / instances) - (listener ? 1 : 0);
  const fixes = [
    ...fitScale >= 1 ? [`set ${scaleKey}: "${String(fitScale)}"`] : [],
    ...fitPool >= 1 ? [`set PGRST_DB_POOL: "${String(fitPool)}"`] : []
  ];
  return fixes.length > 0 ? `${fixes.join(", or ")} (leave room for the old revision's instances during a deploy)` : `one instance needs ${String(perInstance)} connections, more than the database allows: lower PGRST_DB_POOL and ${scaleKey}, or raise the limit`;
}
function annotationsPlace(context) {
  for (const path4 of [TEMPLATE_ANNOTATIONS, TEMPLATE_ANNOTATIONS.slice(0, -1), ["spec", "template"]])
    if (field(context.service, ...path4) !== void 0) return { path: path4, at: "key" };
  return { path: [], at: "key" };
}

// src/spec/rules/postgrest/settings.ts
var ENTRYPOINT_VARIABLES = ["PGRST_ENTRYPOINT_DEBUG"];
var SETTING_RULE = "pgrst/setting";
function runsActionEntrypoint(context, ref) {
  const words = (key) => (Array.isArray(ref.container[key]) ? ref.container[key] : []).flatMap(
    (w) => typeof w === "string" ? [w] : []
  );
  return references(context, [...ref.path, "image"], "IMAGE") && (!("command" in ref.container) || runsEntrypoint(words("command"), words("args")));
}
var settings = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const env2 = envOf(ref);
    const last = new Map(env2.map((e, index) => [e.name, index]));
    for (const [index, entry] of env2.entries()) {
      const namePath = [...entry.path, "name"];
      if (!entry.name.startsWith("PGRST_")) {
        if (entry.name.toUpperCase().startsWith("PGRST_"))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry.name} is not read: PostgREST reads upper-case PGRST_ names only`,
            fix: `rename it ${entry.name.toUpperCase()}`
          });
        continue;
      }
      if (ENTRYPOINT_VARIABLES.includes(entry.name)) {
        if (!runsActionEntrypoint(context, ref))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry.name} is read by the action's entrypoint (run.sh), which this container does not run; PostgREST ignores it`,
            fix: "remove it, or run the image the action builds (image: ${IMAGE}) without a command that skips run.sh"
          });
        continue;
      }
      const lookup = lookupSetting(entry.name, version);
      const finding = nameFinding(context, ref, entry, lookup);
      if (finding) report(context, { rule: SETTING_RULE, ...finding });
      if ((lookup.kind === "setting" || lookup.kind === "alias") && last.get(entry.name) === index)
        checkValue(context, entry, lookup);
    }
  }
};
function nameFinding(context, ref, entry, lookup) {
  const version = context.postgrestVersion;
  const path4 = [...entry.path, "name"];
  const name = entry.name;
  switch (lookup.kind) {
    case "setting":
    case "app-setting":
      return void 0;
    case "alias":
      return aliasFinding(context, ref, entry, lookup.alias, lookup.setting);
    case "not-yet":
      return {
        path: path4,
        message: `PostgREST ${version.tag} does not read ${name}: it was added in ${lookup.setting.added}`,
        fix: `set postgrest_version to ${lookup.setting.added} or later (and run that release), or remove ${name}`
      };
    case "removed": {
      const { setting, replacement } = lookup;
      const replacedBy = replacement ? ` in favour of ${envName(replacement.name)}${setting.replacedBy?.note ? ` (${setting.replacedBy.note})` : ""}` : "";
      return {
        path: path4,
        message: `${name} was removed in PostgREST ${setting.removed ?? ""}${replacedBy}: ${version.tag} ignores it`,
        fix: replacement ? `use ${envName(replacement.name)}` : `remove ${name}`
      };
    }
    case "unknown": {
      const known = settingEnvNames(version);
      const suggestion = suggest(name, known);
      return {
        path: path4,
        message: `PostgREST ${version.tag} has no setting ${name}: it ignores the variable, so what it was meant to set keeps its default`,
        fix: suggestion ? `did you mean ${suggestion}?` : `use a setting of ${settingsDocs(version)} (or ${APP_SETTINGS_PREFIX}<NAME> for app.settings.<name>)`
      };
    }
  }
}
function suggest(name, known) {
  const strip = (env2) => env2.slice("PGRST_".length);
  const match = closest(strip(name), known.map(strip));
  return match === void 0 ? void 0 : `PGRST_${match}`;
}
function aliasFinding(context, ref, entry, alias, setting) {
  const version = context.postgrestVersion;
  const path4 = [...entry.path, "name"];
  const current = envName(setting.name);
  const other = envNamed(ref, current);
  if (!other) {
    return {
      path: path4,
      severity: "warning",
      message: `${entry.name} is the old name of ${current}; PostgREST ${version.tag} still reads it`,
      fix: `rename it ${current}`
    };
  }
  const [ignored, read] = alias.aliasWins ? [other, entry] : [entry, other];
  const ignoredValue = readableValue(context, ignored);
  const same = ignoredValue !== void 0 && ignoredValue === readableValue(context, read);
  return {
    path: [...ignored.path, "name"],
    severity: same ? "warning" : "error",
    message: `${ignored.name} is ignored: ${read.name} is also set, and PostgREST ${version.tag} reads ${read.name === entry.name ? "the old name" : "the new name"} first`,
    fix: `keep ${current} alone`
  };
}
function checkValue(context, entry, lookup) {
  const value = readableValue(context, entry);
  if (value === void 0) return;
  const { meaning, setting } = lookup;
  const problem = checkSettingValue(meaning, value);
  if (problem === void 0) return;
  const version = context.postgrestVersion;
  const consequence = meaning.value.onBadValue === "fails" ? `PostgREST ${version.tag} refuses to start` : `PostgREST ${version.tag} ignores it and keeps the default (${meaning.default})`;
  const name = lookup.kind === "alias" ? `${entry.name} (${envName(setting.name)})` : entry.name;
  report(context, {
    rule: SETTING_RULE,
    path: [...entry.path, "value"],
    message: `${name} "${value}" ${problem}${otherRelease(setting, meaning, value)}: ${consequence}`,
    fix: `write ${meaning.value.describe}`
  });
}
function otherRelease(setting, meaning, value) {
  const index = setting.meanings.indexOf(meaning);
  const other = setting.meanings.findIndex(
    (m, i) => i !== index && checkSettingValue(m, value) === void 0
  );
  if (other < 0) return "";
  return other < index ? ` (it was a value before ${meaning.since})` : ` (it is a value from ${setting.meanings[other]?.since ?? ""})`;
}

// src/spec/marker.ts
var MARKER = /^# pgrst-cloudrun: postgrest (v?\d+(?:\.\d+){0,2})[ \t]*$/m;
function validatedForLine(version) {
  return `# pgrst-cloudrun: postgrest ${version.tag}`;
}
function readValidatedFor(text2) {
  const match = MARKER.exec(text2);
  const version = match?.[1] ? parsePostgrestVersion(match[1]) : void 0;
  if (!match || !version) return void 0;
  return { version, line: text2.slice(0, match.index).split("\n").length };
}

// src/spec/rules/postgrest/upgrade.ts
var validatedFor = (context) => {
  const marker = readValidatedFor(context.document.text);
  const target = context.postgrestVersion;
  if (!marker || marker.version.major >= target.major) return;
  context.diagnostics.push({
    file: context.document.file,
    line: marker.line,
    column: 1,
    severity: "warning",
    rule: "pgrst/upgrade",
    message: `this spec was last upgraded for PostgREST ${marker.version.tag} (its "# pgrst-cloudrun: postgrest" line), and postgrest_version is ${target.tag}, a major release ahead: what ${target.tag} changes may apply to it`,
    fix: `run pgrst-cloudrun upgrade ${context.document.file} --to ${target.tag}`,
    path: ""
  });
};

// src/spec/rules/postgrest/certificates.ts
import path3 from "node:path/posix";
function secretAliases(context) {
  const aliases = /* @__PURE__ */ new Map();
  for (const entry of (templateAnnotation(context.service, "run.googleapis.com/secrets") ?? "").split(",")) {
    const colon = entry.indexOf(":");
    if (colon > 0) aliases.set(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim());
  }
  return aliases;
}
function clientCertificates(context) {
  const [ref] = postgrestContainers(context);
  if (!ref) return void 0;
  const files = mountedSecretFiles(context, ref);
  const aliases = secretAliases(context);
  const mounts = [];
  for (const cert of certReferences(context, ref)) {
    if (mounts.some((m) => m.keyword === cert.keyword)) continue;
    const normalized = path3.normalize(cert.file);
    if (!normalized.startsWith(`${SECRETS_DIR}/`)) continue;
    const mounted = files.get(path3.join(VAULT_DIR, path3.relative(SECRETS_DIR, normalized)));
    if (mounted?.secretName === void 0 || mounted.key === void 0) continue;
    const at = [...mounted.itemPath, "key"];
    mounts.push({
      keyword: cert.keyword,
      file: cert.file,
      secret: aliases.get(mounted.secretName) ?? mounted.secretName,
      version: mounted.key,
      at: { ...positionOf(context.document, at), path: formatPath(at) }
    });
  }
  if (mounts.length === 0) return void 0;
  const uri = dbUri(context, ref);
  const user = (uri && conninfoUser(uri.conninfo)) ?? plainValue(envNamed(ref, "PGUSER"));
  return { file: context.document.file, ...user ? { user } : {}, mounts };
}

// src/spec/rules/postgrest/index.ts
var POSTGREST_RULES = [
  dbUriSyntax,
  secretPaths,
  sslmode,
  plainSecrets,
  roleClaimKey,
  jwtSecretLength,
  ports,
  imagePin,
  imageVersion,
  entrypoint,
  settings,
  connections,
  validatedFor
];

// src/spec/check.ts
function checkSpec(input) {
  const parsed = parseSpecDocument(input.file, input.text);
  if (!parsed.document) return { diagnostics: sortDiagnostics(parsed.diagnostics), valid: false };
  const document = parsed.document;
  const deferred = new Set(
    input.allowUnsetBuiltins ? BUILTIN_VARIABLES.filter((name) => !input.variables.has(name)) : []
  );
  const substitution = substituteVariables(document, input.variables, deferred);
  const service = toData(document.doc);
  const diagnostics = [...substitution.diagnostics, ...validateSchema(document, service)];
  const firstRuleDiagnostic = diagnostics.length;
  const coerced = coerceIntegerStrings(service);
  const context = {
    document,
    service,
    postgrestVersion: input.postgrestVersion,
    dbMaxConnections: input.dbMaxConnections,
    references: substitution.references,
    diagnostics
  };
  const isMapping2 = service !== null && typeof service === "object" && !Array.isArray(service);
  if (isMapping2) for (const rule of [...CLOUD_RUN_RULES, ...POSTGREST_RULES]) rule(context);
  const sorted = sortDiagnostics(withoutCascades(diagnostics, firstRuleDiagnostic));
  if (hasErrors(sorted) || !isMapping2) return { diagnostics: sorted, valid: false };
  for (const path4 of coerced) {
    const node = nodeAt(document, path4);
    if ((0, import_yaml4.isScalar)(node)) {
      node.value = Number(node.value);
      delete node.type;
    }
  }
  const record = service;
  if ("status" in record) {
    delete record["status"];
    document.doc.delete("status");
  }
  const certificates = clientCertificates(context);
  return {
    diagnostics: sorted,
    valid: true,
    service: record,
    document,
    ...certificates ? { clientCertificates: certificates } : {}
  };
}
function withoutCascades(diagnostics, firstRuleDiagnostic) {
  const broken = diagnostics.slice(0, firstRuleDiagnostic).filter((d) => d.severity === "error").map((d) => d.path);
  const within = (path4, ancestor) => path4 === ancestor || ancestor === "" || path4.startsWith(`${ancestor}.`) || path4.startsWith(`${ancestor}[`);
  return diagnostics.filter(
    (d, index) => index < firstRuleDiagnostic || !broken.some((b) => within(b, d.path) || within(d.path, b))
  );
}
function renderSpec(result, format) {
  if (!result.service || !result.document) throw new Error("cannot render an invalid spec");
  if (format === "json") return `${JSON.stringify(result.service, null, 2)}
`;
  const text2 = result.document.doc.toString({ lineWidth: 0 });
  const reparsed = parseSpecDocument(result.document.file, text2).document;
  if (!reparsed || (0, import_yaml4.stringify)(toData(reparsed.doc)) !== (0, import_yaml4.stringify)(result.service))
    throw new Error("internal error: rendered YAML does not read back as the validated service");
  return text2;
}

// src/spec/upgrade.ts
var import_yaml5 = __toESM(require_dist(), 1);
var UPGRADE_RULES = /* @__PURE__ */ new Set([
  "pgrst/role-claim-key",
  "pgrst/setting",
  "pgrst/admin-port",
  "pgrst/jwt-secret"
]);
function planUpgrade(input) {
  const { file, text: text2, to } = input;
  const marker = readValidatedFor(text2);
  const parsed = parseSpecDocument(file, text2);
  if (!parsed.document) {
    return {
      changes: [],
      findings: parsed.diagnostics,
      text: text2,
      ...marker ? { validatedFor: marker.version } : {}
    };
  }
  const changes = planChanges(parsed.document, to);
  const rewritten = applyChanges(parsed.document, changes);
  const checked = checkSpec({
    file,
    text: rewritten,
    variables: /* @__PURE__ */ new Map(),
    postgrestVersion: to,
    allowUnsetBuiltins: true
  });
  const findings = checked.diagnostics.filter((d) => UPGRADE_RULES.has(d.rule));
  return {
    changes,
    findings,
    text: withMarker(rewritten, to),
    ...marker ? { validatedFor: marker.version } : {}
  };
}
function postgrestEnv(document) {
  const data = toData(document.doc);
  const containers2 = data?.spec?.template?.spec?.containers;
  if (!Array.isArray(containers2)) return [];
  const records = containers2.map(
    (c) => c !== null && typeof c === "object" ? c : {}
  );
  const envOf2 = (c) => (Array.isArray(c["env"]) ? c["env"] : []).map(
    (e) => e !== null && typeof e === "object" ? e : {}
  );
  const index = postgrestContainerIndex(
    records.map((c) => ({
      ...typeof c["image"] === "string" ? { image: c["image"] } : {},
      env: envOf2(c).flatMap((e) => typeof e["name"] === "string" ? [e["name"]] : []),
      runsActionImage: typeof c["image"] === "string" && c["image"].includes("${IMAGE}")
    }))
  );
  const container = index === void 0 ? void 0 : records[index];
  if (!container) return [];
  return envOf2(container).flatMap(
    (e, i) => typeof e["name"] === "string" ? [
      {
        name: e["name"],
        value: e["value"],
        path: ["spec", "template", "spec", "containers", index ?? 0, "env", i]
      }
    ] : []
  );
}
function planChanges(document, to) {
  const env2 = postgrestEnv(document);
  const names2 = new Set(env2.map((e) => e.name));
  const change = (path4, rule, from, value, why) => ({
    ...positionOf(document, path4),
    path: formatPath(path4),
    rule,
    from,
    to: value,
    why
  });
  return env2.flatMap((entry) => {
    if (entry.name === "PGRST_JWT_ROLE_CLAIM_KEY" && typeof entry.value === "string" && !entry.value.includes("${")) {
      const check = checkRoleClaimKey(entry.value, to);
      if (check.ok && !check.deprecated || !check.suggestion) return [];
      const why2 = check.ok ? `PostgREST ${to.tag} logs that this claim key syntax is deprecated: RFC 9535 JSONPath is the form it documents` : `PostgREST ${to.tag} fails to start with this claim key (${check.error?.message ?? "it does not parse"})`;
      return [change([...entry.path, "value"], "pgrst/role-claim-key", entry.value, check.suggestion, why2)];
    }
    const rename = renameOf(entry.name, to);
    if (!rename || names2.has(rename.to)) return [];
    const { why } = rename;
    return [change([...entry.path, "name"], "pgrst/setting", entry.name, rename.to, why)];
  });
}
function renameOf(name, to) {
  const lookup = lookupSetting(name, to);
  if (lookup.kind === "alias") {
    const current = envName(lookup.setting.name);
    return { to: current, why: `${name} is the old name of ${current}; PostgREST ${to.tag} still reads it` };
  }
  if (lookup.kind !== "removed" || !lookup.replacement || lookup.setting.replacedBy?.note) return void 0;
  return {
    to: envName(lookup.replacement.name),
    why: `${name} was removed in PostgREST ${lookup.setting.removed ?? ""}: ${to.tag} ignores it`
  };
}
function applyChanges(document, changes) {
  const edits = changes.flatMap((c) => {
    const path4 = c.path;
    const node = nodeAt(document, parsePath(path4));
    if (!(0, import_yaml5.isScalar)(node) || !node.range) return [];
    return [{ start: node.range[0], end: node.range[1], text: scalarText(node, c.to) }];
  });
  let text2 = document.text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text2 = `${text2.slice(0, edit.start)}${edit.text}${text2.slice(edit.end)}`;
  return text2;
}
function parsePath(path4) {
  return path4.split(".").flatMap((part) => {
    const [name = "", ...indexes] = part.split("[");
    return [...name ? [name] : [], ...indexes.map((i) => Number(i.replace("]", "")))];
  });
}
function scalarText(original, value) {
  const single = `'${value.replaceAll("'", "''")}'`;
  const candidates = original.type === "QUOTE_DOUBLE" ? [JSON.stringify(value)] : original.type === "QUOTE_SINGLE" ? [single] : [value, single];
  for (const candidate of candidates) {
    const read = (0, import_yaml5.parseDocument)(`k: ${candidate}
`, { version: "1.1" }).get("k");
    if (read === value) return candidate;
  }
  return single;
}
function withMarker(text2, version) {
  const line = validatedForLine(version);
  return MARKER.test(text2) ? text2.replace(MARKER, line) : `${line}
${text2}`;
}

export {
  formatDiagnostic,
  specVariables,
  readSpecFile,
  checkSpec,
  renderSpec,
  planUpgrade
};
