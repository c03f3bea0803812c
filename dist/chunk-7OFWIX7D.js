import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_src2 as require_src
} from "./chunk-ZDDAFUCE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-6RM6VHMK.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag2) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag2.startsWith(prefix))
            return handle + escapeTagName(tag2.substring(prefix.length));
        }
        return tag2[0] === "!" ? tag2 : `!<${tag2}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag2) => tag2.default && tag2.tag !== "tag:yaml.org,2002:str" && tag2.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag2 = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag2)
        props.push(doc.directives.tagString(tag2));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag2) => tag2.tag === merge.tag && tag2.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag: tag2, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag2 || tag2 === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag2 of customTags)
          tags = tags.concat(tag2);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag2) => {
        const tagObj = typeof tag2 === "string" ? tagsByName[tag2] : tag2;
        if (!tagObj) {
          const tagName = JSON.stringify(tag2);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag: tag2 } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag2, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag2 = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag2)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag2)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag2)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag: tag2,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag2) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag2?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag2) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag2) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag2) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag2);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag2 = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag2) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag2 = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag2);
      const res = tag2.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag2?.format)
        node.format = tag2.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag2;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag2 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag2 = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag2 = findScalarTagByTest(ctx, value, token, onError);
      else
        tag2 = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag2.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag2.format)
        scalar.format = tag2.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag2 of schema.tags) {
        if (!tag2.collection && tag2.tag === tagName) {
          if (tag2.default && tag2.test)
            matchWithTest.push(tag2);
          else
            return tag2;
        }
      }
      for (const tag2 of matchWithTest)
        if (tag2.test?.test(value))
          return tag2;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag2 = schema.tags.find((tag3) => (tag3.default === true || atKey && tag3.default === "key") && tag3.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag3) => tag3.default && tag3.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag2.tag !== compat.tag) {
          const ts = directives.tagString(tag2.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag2;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag: tag2 } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag2)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag2, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag2 ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag: tag2, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag2, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field2, index] of path9) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path9) => {
      const parent = visit.itemAtPath(cst, path9.slice(0, -1));
      const field2 = path9[path9.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/build/image-ref.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function imageReference(repository, imageName, tag2, source) {
  const trimmed = repository.replace(/\/+$/, "");
  const slash = trimmed.indexOf("/");
  const registry = slash < 0 ? trimmed : trimmed.slice(0, slash);
  if (slash < 0 || !/[.:]/.test(registry) && registry !== "localhost") {
    throw new ConfigError(
      `${source}: "${repository}" does not start with a registry host; use HOST/PATH, e.g. europe-west1-docker.pkg.dev/my-project/my-repo`
    );
  }
  const name = `${trimmed.slice(slash + 1)}/${imageName}`;
  for (const component of name.split("/")) {
    if (!COMPONENT.test(component)) {
      throw new ConfigError(
        `${source}: "${component}" in "${name}" is not a valid image path component (lower-case letters, digits, and . _ - between them)`
      );
    }
  }
  if (!TAG.test(tag2)) throw new ConfigError(`image tag "${tag2}" is not valid`);
  return { registry, name, tag: tag2 };
}
function parseImageReference(image, source) {
  const at = image.indexOf("@");
  const digest = at < 0 ? void 0 : image.slice(at + 1);
  if (digest !== void 0 && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ConfigError(`${source}: "${image}" has a malformed digest; use @sha256: and 64 hex digits`);
  }
  const named = at < 0 ? image : image.slice(0, at);
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const hasTag = colon > slash;
  const repositoryAndName = hasTag ? named.slice(0, colon) : named;
  const split = repositoryAndName.lastIndexOf("/");
  if (split < 0) {
    throw new ConfigError(
      `${source}: "${image}" does not start with a registry host; use HOST/PATH@sha256:DIGEST`
    );
  }
  const reference = imageReference(
    repositoryAndName.slice(0, split),
    repositoryAndName.slice(split + 1),
    hasTag ? named.slice(colon + 1) : "latest",
    source
  );
  return digest === void 0 ? { reference } : { reference, digest };
}
function formatReference(reference) {
  return `${reference.registry}/${reference.name}:${reference.tag}`;
}
function pinnedImage(reference, digest) {
  return `${reference.registry}/${reference.name}@${digest}`;
}
function registryBaseUrl(registry) {
  const host = registry.replace(/:\d+$/, "");
  const loopback = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  return `${loopback ? "http" : "https"}://${registry}`;
}
function isPlainHttpRegistry(registry) {
  return registryBaseUrl(registry).startsWith("http:");
}

// src/postgrest/version.ts
function parsePostgrestVersion(text2) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text2.trim());
  if (!match) return void 0;
  const [, major = "0", minor = "0", patch = "0"] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    tag: `v${text2.trim().replace(/^v/, "")}`
  };
}
function isAtLeast(version, major, minor = 0) {
  return version.major > major || version.major === major && version.minor >= minor;
}

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
function formatPath(path9) {
  let out = "";
  for (const segment of path9) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/config.ts
import { existsSync } from "node:fs";
import path from "node:path";

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
  walk(document.doc.contents, [], (node, path9) => {
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
        path: formatPath(path9)
      });
    }
    if (names2.length > 0 || unresolvedNames.length > 0)
      result.references.push({ path: path9, raw, names: names2, unresolved: unresolvedNames });
    node.value = text2;
  });
  return result;
}
function expand(raw, values, deferred = /* @__PURE__ */ new Set()) {
  let text2 = "";
  const names2 = [];
  const problems = [];
  const unresolvedNames = [];
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith("$${", i)) {
      text2 += "${";
      i += 3;
      continue;
    }
    if (!raw.startsWith("${", i)) {
      text2 += raw.charAt(i);
      i += 1;
      continue;
    }
    const close = raw.indexOf("}", i + 2);
    if (close < 0) {
      const reference2 = raw.slice(i);
      problems.push({
        reference: reference2,
        rule: "var/malformed",
        message: `unterminated variable reference "${reference2}"`,
        fix: 'close it with "}", or write $${ for a literal ${'
      });
      unresolvedNames.push(reference2);
      text2 += reference2;
      break;
    }
    const reference = raw.slice(i, close + 1);
    const name = raw.slice(i + 2, close);
    i = close + 1;
    if (!NAME.test(name)) {
      problems.push({
        reference,
        rule: "var/malformed",
        message: `"${reference}" is not a valid variable reference`,
        fix: "names are letters, digits and _ and do not start with a digit; write $${ for a literal ${"
      });
      unresolvedNames.push(name);
      text2 += reference;
      continue;
    }
    names2.push(name);
    if (values.has(name)) {
      text2 += values.get(name) ?? "";
    } else if (deferred.has(name)) {
      unresolvedNames.push(name);
      text2 += reference;
    } else {
      const builtin = BUILTIN_VARIABLES.includes(name);
      problems.push({
        reference,
        rule: builtin ? "var/unset" : "var/unknown",
        message: builtin ? `built-in variable ${reference} has no value here` : `unknown variable ${reference}`,
        fix: builtin ? `pass --var ${name}=VALUE (the deploy stage sets it)` : `pass --var ${name}=VALUE (action input \`vars\`), or write $\${${name}} for a literal ${reference}`
      });
      unresolvedNames.push(name);
      text2 += reference;
    }
  }
  return { text: text2, problems, names: names2, unresolvedNames };
}
function walk(node, path9, visit) {
  if ((0, import_yaml.isAlias)(node)) return;
  if ((0, import_yaml.isScalar)(node)) {
    visit(node, path9);
  } else if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
      walk(pair.value, [...path9, String(key)], visit);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, index) => {
      walk(item, [...path9, index], visit);
    });
  }
}
function referencePosition(document, node, reference) {
  const [start = 0, end = start] = node.range ?? [];
  const offset = document.text.slice(start, end).indexOf(reference);
  const { line, col } = document.lines.linePos(start + Math.max(offset, 0));
  return { line, column: col };
}

// src/config.ts
var NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseVariables(entries, source) {
  const variables = /* @__PURE__ */ new Map();
  entries.forEach((entry2, index) => {
    const eq = entry2.indexOf("=");
    const name = eq < 0 ? entry2 : entry2.slice(0, eq);
    const where = source === "--var" ? `--var ${JSON.stringify(entry2)}` : `${source} line ${index + 1}`;
    if (eq < 0) throw new ConfigError(`${where}: expected NAME=VALUE`);
    if (!NAME2.test(name)) {
      throw new ConfigError(
        `${where}: "${name}" is not a variable name (letters, digits and _, not starting with a digit)`
      );
    }
    if (name === "POSTGREST_VERSION") {
      throw new ConfigError(
        `${where}: POSTGREST_VERSION is set from the postgrest version (input \`postgrest_version\`, flag --postgrest-version)`
      );
    }
    if (variables.has(name)) throw new ConfigError(`${where}: ${name} is set twice`);
    variables.set(name, entry2.slice(eq + 1));
  });
  return variables;
}
function variableLines(text2) {
  return text2.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseVersionSetting(text2, source) {
  const version = parsePostgrestVersion(text2);
  if (!version || version.major < 10) {
    throw new ConfigError(
      `${source}: "${text2}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`
    );
  }
  return version;
}
function builtinVariables(config) {
  return new Map([...config.variables, ["POSTGREST_VERSION", config.postgrestVersion.tag]]);
}
function parseImageSource(read, describe, postgrestVersion) {
  const image = read("image").trim();
  const repository = read("repository").trim();
  if (image && repository) {
    throw new ConfigError(
      `${describe("image")} and ${describe("repository")} are mutually exclusive: give a prebuilt image, or a repository to build into`
    );
  }
  if (image) {
    parseImageReference(image, describe("image"));
    return { kind: "prebuilt", image };
  }
  if (!repository) return { kind: "none" };
  const builder = read("builder").trim();
  if (builder !== "cloudbuild" && builder !== "local") {
    throw new ConfigError(`${describe("builder")} must be cloudbuild or local, not "${builder}"`);
  }
  const imageName = read("image_name").trim();
  imageReference(repository, imageName, "latest", describe("repository"));
  const projectId = read("project_id").trim();
  if (builder === "cloudbuild" && !projectId) {
    throw new ConfigError(
      `${describe("project_id")} is required with builder cloudbuild: the project Cloud Build runs in`
    );
  }
  if (projectId && !/^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new ConfigError(`${describe("project_id")}: "${projectId}" is not a Google Cloud project id`);
  }
  const buildRegion = read("build_region").trim();
  if (buildRegion !== "global" && !/^[a-z]+-[a-z]+\d+$/.test(buildRegion)) {
    throw new ConfigError(
      `${describe("build_region")}: "${buildRegion}" is neither global nor a region such as europe-west1`
    );
  }
  const logsBucket = read("logs_bucket").trim();
  if (logsBucket && !/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](?:\/.*)?$/.test(logsBucket)) {
    throw new ConfigError(
      `${describe("logs_bucket")}: "${logsBucket}" is not a bucket URL such as gs://my-build-logs`
    );
  }
  return {
    kind: "build",
    build: {
      repository,
      imageName,
      postgrestVersion: postgrestVersion.tag,
      builder,
      projectId,
      buildLocation: buildRegion,
      ...logsBucket ? { cloudBuild: { logsBucket } } : {}
    }
  };
}
var DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function parseBoolean(text2, source) {
  const value = text2.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0", ""].includes(value)) return false;
  throw new ConfigError(`${source} must be true or false, not "${text2}"`);
}
function parseSeconds(text2, source, max) {
  if (!/^\d+$/.test(text2.trim()) || Number(text2) < 1 || Number(text2) > max) {
    throw new ConfigError(`${source} must be a number of seconds from 1 to ${String(max)}, not "${text2}"`);
  }
  return Number(text2) * 1e3;
}
function parseDeployConfig(read, describe) {
  const previewTag = read("preview_tag").trim();
  const removeTag2 = read("remove_tag").trim();
  const service = read("service").trim();
  const projectId = read("project_id").trim();
  const region = read("region").trim();
  const dryRun = parseBoolean(read("dry_run"), describe("dry_run"));
  for (const [input, tag2] of [
    ["preview_tag", previewTag],
    ["remove_tag", removeTag2]
  ]) {
    if (tag2 && (!DNS_LABEL.test(tag2) || tag2.length > 46)) {
      throw new ConfigError(
        `${describe(input)}: "${tag2}" is not a tag: lower-case letters, digits and -, at most 46, such as pr-123`
      );
    }
  }
  if (previewTag && removeTag2) {
    throw new ConfigError(
      `${describe("preview_tag")} and ${describe("remove_tag")} are mutually exclusive: deploy a preview or remove one`
    );
  }
  if (removeTag2 && (read("repository").trim() || read("image").trim())) {
    throw new ConfigError(
      `${describe("remove_tag")} removes a tag and nothing else: leave ${describe("repository")} and ${describe("image")} empty`
    );
  }
  const deploying = Boolean(service || previewTag || removeTag2);
  if (!deploying) {
    return { mode: { kind: "none" }, projectId, region, service, waitTimeoutMs: 0, dryRun };
  }
  for (const [input, value] of [
    ["service", service],
    ["project_id", projectId],
    ["region", region]
  ]) {
    if (!value)
      throw new ConfigError(
        `${describe(input)} is required to deploy${previewTag ? " a preview" : removeTag2 ? " (to remove a tag)" : ""}`
      );
  }
  if (!DNS_LABEL.test(service) || service.length > 49) {
    throw new ConfigError(
      `${describe("service")}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most 49)`
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe("region")}: "${region}" is not a Cloud Run region such as europe-west1`
    );
  }
  const revisionSuffix2 = read("revision_suffix").trim();
  if (revisionSuffix2 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix2)) {
    throw new ConfigError(
      `${describe("revision_suffix")}: "${revisionSuffix2}" may hold lower-case letters, digits and - only`
    );
  }
  const mode = removeTag2 ? { kind: "remove-tag", tag: removeTag2 } : previewTag ? { kind: "preview", tag: previewTag } : { kind: "deploy", promote: parseBoolean(read("promote"), describe("promote")) };
  const waitTimeoutMs = parseSeconds(read("wait_timeout"), describe("wait_timeout"), 3600);
  const base = {
    mode,
    projectId,
    region,
    service,
    waitTimeoutMs,
    dryRun,
    ...revisionSuffix2 ? { revisionSuffix: revisionSuffix2 } : {}
  };
  if (mode.kind === "remove-tag" || !parseBoolean(read("smoke"), describe("smoke"))) return base;
  const role = read("smoke_role").trim();
  if (!role) {
    throw new ConfigError(
      `${describe("smoke_role")} is required while ${describe("smoke")} is true: the database role the test token carries (or set smoke to false)`
    );
  }
  const jwtSecret = read("jwt_secret");
  const jwtSecretRef = read("jwt_secret_ref").trim();
  if (jwtSecret && jwtSecretRef) {
    throw new ConfigError(
      `${describe("jwt_secret")} and ${describe("jwt_secret_ref")} are mutually exclusive: give the secret or where it is`
    );
  }
  const aud = read("jwt_aud").trim();
  return {
    ...base,
    smoke: {
      role,
      checks: read("smoke_checks"),
      checksSource: describe("smoke_checks"),
      ...jwtSecret ? { jwtSecret } : {},
      ...jwtSecretRef ? { jwtSecretRef } : {},
      ...aud ? { aud } : {},
      invokerAuth: parseBoolean(read("invoker_auth"), describe("invoker_auth")),
      timeoutMs: parseSeconds(read("smoke_timeout"), describe("smoke_timeout"), 1800)
    }
  };
}
function resolveSpecPath(spec, workspace, actionRoot) {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
    const relative2 = path.relative(root, candidate);
    if (relative2.startsWith("..") || path.isAbsolute(relative2)) {
      throw new ConfigError(
        `input \`spec\`: "${spec}" points outside ${root}; give a path inside the repository`
      );
    }
    if (existsSync(candidate)) return candidate;
  }
  throw new ConfigError(
    `input \`spec\`: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`
  );
}
function parsePipelineConfig(read, describe) {
  const postgrestVersion = parseVersionSetting(read("postgrest_version"), describe("postgrest_version"));
  const spec = read("spec");
  if (!spec) throw new ConfigError(`${describe("spec")} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read("vars")), describe("vars")),
      postgrestVersion
    },
    image: parseImageSource(read, describe, postgrestVersion),
    deploy: parseDeployConfig(read, describe)
  };
}

// src/defaults.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var ACTION_ROOT = fileURLToPath(new URL("..", import.meta.url));
var cached;
function actionDefaults() {
  if (!cached) {
    const action = (0, import_yaml2.parse)(readFileSync(new URL("../action.yml", import.meta.url), "utf8"));
    cached = Object.fromEntries(
      Object.entries(action.inputs ?? {}).map(([name, input]) => [name, scalarText(input.default)])
    );
  }
  return cached;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

// src/build/context.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
var PLATFORM = "linux/amd64";
function loadBuildContext(directory, options) {
  const containerfile = readFileSync2(path2.join(directory, "Containerfile"), "utf8");
  const baseImage = options.baseImage ?? containerfileDefault(containerfile, "BASE_IMAGE");
  return {
    containerfile,
    entrypoint: readFileSync2(path2.join(directory, "run.sh"), "utf8"),
    buildArgs: { POSTGREST_VERSION: options.postgrestVersion, BASE_IMAGE: baseImage },
    platform: PLATFORM
  };
}
function containerfileDefault(containerfile, name) {
  const match = new RegExp(`^ARG\\s+${name}=(\\S+)\\s*$`, "m").exec(containerfile);
  if (!match?.[1]) throw new Error(`the Containerfile has no default for ARG ${name}`);
  return match[1];
}
function contextDigest(context) {
  const canonical = JSON.stringify([
    ["containerfile", context.containerfile],
    ["entrypoint", context.entrypoint],
    ["buildArgs", Object.entries(context.buildArgs).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)],
    ["platform", context.platform]
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
function contextTag(context) {
  return `ctx-${contextDigest(context).slice(0, 12)}`;
}
function buildArguments(context) {
  return { ...context.buildArgs, REVISION: contextDigest(context) };
}

// src/build/cloud-build.ts
var DOCKER_STEP = "gcr.io/cloud-builders/docker";
var BUILD_TAG = "pgrst-cloudrun";
var SUBSTITUTION = {
  image: "_IMAGE",
  postgrestVersion: "_POSTGREST_VERSION",
  baseImage: "_BASE_IMAGE",
  revision: "_REVISION"
};
var escapeDollars = (text2) => text2.replaceAll("$", "$$$$");
function hereDocument(file, delimiter2, content) {
  if (content.split("\n").includes(delimiter2)) {
    throw new Error(
      `${file} contains the line "${delimiter2}", which ends its here-document in the build step`
    );
  }
  const body = content.endsWith("\n") ? content : `${content}
`;
  return `cat >${file} <<'${delimiter2}'
${escapeDollars(body)}${delimiter2}
`;
}
function cloudBuildTemplate(context, options = {}) {
  const args = buildArguments(context);
  const image = `$${SUBSTITUTION.image}`;
  const request = {
    steps: [
      {
        id: "write-context",
        name: DOCKER_STEP,
        entrypoint: "sh",
        args: [
          "-c",
          "set -eu\n" + hereDocument("Containerfile", "END_OF_CONTAINERFILE", context.containerfile) + hereDocument("run.sh", "END_OF_RUN_SH", context.entrypoint) + "chmod 0755 run.sh\n"
        ]
      },
      {
        id: "build",
        name: DOCKER_STEP,
        args: [
          "build",
          "--platform",
          context.platform,
          "--file",
          "Containerfile",
          "--build-arg",
          `POSTGREST_VERSION=$${SUBSTITUTION.postgrestVersion}`,
          "--build-arg",
          `BASE_IMAGE=$${SUBSTITUTION.baseImage}`,
          "--build-arg",
          `REVISION=$${SUBSTITUTION.revision}`,
          "--tag",
          image,
          "."
        ]
      }
    ],
    images: [image],
    substitutions: {
      [SUBSTITUTION.postgrestVersion]: args["POSTGREST_VERSION"] ?? "",
      [SUBSTITUTION.baseImage]: args["BASE_IMAGE"] ?? "",
      [SUBSTITUTION.revision]: args["REVISION"] ?? contextDigest(context)
    },
    // MUST_MATCH: a typo in a substitution fails the build instead of building with an empty value.
    options: { substitutionOption: "MUST_MATCH" },
    tags: [BUILD_TAG],
    timeout: `${String(options.timeoutSeconds ?? 1200)}s`
  };
  if (options.logsBucket) request.logsBucket = options.logsBucket;
  else request.options.logging = "CLOUD_LOGGING_ONLY";
  if (options.serviceAccount) request.serviceAccount = options.serviceAccount;
  return request;
}
function cloudBuildRequest(context, image, options = {}) {
  const template = cloudBuildTemplate(context, options);
  return { ...template, substitutions: { [SUBSTITUTION.image]: image, ...template.substitutions } };
}

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os from "os";
import * as events from "events";
import * as child from "child_process";
import * as path5 from "path";

// node_modules/@actions/io/lib/io.js
import * as path4 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
import * as path3 from "path";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path3.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path3.dirname(filePath);
            const upperName = path3.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path3.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path4.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path4.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path4.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path4.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message2) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message2);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os.EOL.length);
        n = s.indexOf(os.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter3(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path5.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve3, reject) => __awaiter3(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message2) => {
          this._debug(message2);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error) {
            reject(error);
          } else {
            resolve3(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message2) {
    this.emit("debug", message2);
  }
  _setResult() {
    let error;
    if (this.processExited) {
      if (this.processError) {
        error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message2 = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message2);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// src/build/local.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path6 from "node:path";

// src/build/registry.ts
import { createHash as createHash2 } from "node:crypto";

// src/gcp/http.ts
import http from "node:http";
import https from "node:https";
var ApiError = class extends Error {
  constructor(message2, status) {
    super(message2);
    this.status = status;
  }
  status;
  name = "ApiError";
};
var nodeTransport = (url, request) => new Promise((resolve3, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http : https;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers, timeout: request.timeoutMs },
    (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        resolve3({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
      response.on("error", reject);
    }
  );
  outgoing.on("timeout", () => {
    outgoing.destroy(
      Object.assign(new Error(`no answer within ${String(request.timeoutMs)} ms`), { code: "ETIMEDOUT" })
    );
  });
  outgoing.on("error", reject);
  outgoing.end(request.body);
});
function nodeFetch(url, init) {
  return new Promise((resolve3, reject) => {
    const target = new URL(url);
    const client = target.protocol === "http:" ? http : https;
    const outgoing = client.request(
      target,
      { method: init.method, headers: init.headers, ...init.signal ? { signal: init.signal } : {} },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text2 = Buffer.concat(chunks).toString("utf8");
          resolve3({
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
              }
            },
            text: () => Promise.resolve(text2)
          });
        });
      }
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var UNSENT_STATUSES = /* @__PURE__ */ new Set([429]);
var UNSENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "UND_ERR_SOCKET",
  "ENOTFOUND",
  "EAI_AGAIN"
]);
function apiErrorMessage(body) {
  const error = body?.error;
  return typeof error?.message === "string" ? error.message : void 0;
}
function createApiClient(options) {
  const transport = options.transport ?? nodeTransport;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? 6;
  return async function request(method, url, body, { once = false } = {}) {
    const what = `${method} ${url.replace(/\?.*$/, "")}`;
    const retryableStatuses = once ? UNSENT_STATUSES : RETRYABLE_STATUSES;
    const retryableCodes = once ? UNSENT_CODES : RETRYABLE_CODES;
    let lastFailure = "";
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (options.deadline !== void 0 && now() >= options.deadline) break;
      const token = await options.accessToken();
      let response;
      try {
        response = await transport(url, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...body === void 0 ? {} : { "content-type": "application/json" }
          },
          ...body === void 0 ? {} : { body: JSON.stringify(body) },
          timeoutMs: options.requestTimeoutMs ?? 3e4
        });
      } catch (error) {
        const code = transportCode(error);
        lastFailure = code;
        if (!retryableCodes.has(code)) throw new ApiError(`${what} failed: ${code}`, 0);
      }
      if (response) {
        const { text: text2 } = response;
        let parsed;
        try {
          parsed = text2 ? JSON.parse(text2) : void 0;
        } catch {
          parsed = text2;
        }
        if (!retryableStatuses.has(response.status)) return { status: response.status, body: parsed };
        lastFailure = `HTTP ${String(response.status)}${apiErrorMessage(parsed) ? `: ${apiErrorMessage(parsed) ?? ""}` : ""}`;
        if (attempt === attempts) return { status: response.status, body: parsed };
      }
      if (attempt < attempts) {
        const ceiling = Math.min(8e3, 500 * 2 ** (attempt - 1));
        let delay = Math.round(random() * ceiling);
        if (options.deadline !== void 0) delay = Math.min(delay, Math.max(0, options.deadline - now()));
        await sleep(delay);
      }
    }
    throw new ApiError(`${what} failed after retries: ${lastFailure || "deadline exceeded"}`, 0);
  };
}
function transportCode(error) {
  if (error instanceof Error) {
    const code = error.code;
    return typeof code === "string" ? code : error.message;
  }
  return String(error);
}

// src/build/registry.ts
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
];
var TOKEN_USER = "oauth2accesstoken";
var RegistryError = class extends Error {
  name = "RegistryError";
};
var RETRYABLE = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var ATTEMPTS = 4;
var basic = (password) => `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString("base64")}`;
async function findManifest(reference, options) {
  const fetchImpl = options.fetch ?? nodeFetch;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
  const url = `${registryBaseUrl(reference.registry)}/v2/${reference.name}/manifests/${reference.tag}`;
  const where = `${reference.registry}/${reference.name}:${reference.tag}`;
  const send = async (method, authorization2) => {
    for (let attempt = 1; ; attempt += 1) {
      let response2;
      try {
        response2 = await fetchImpl(url, {
          method,
          headers: { accept: MANIFEST_MEDIA_TYPES.join(", "), authorization: authorization2 },
          signal: AbortSignal.timeout(options.timeoutMs ?? 3e4)
        });
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          throw new RegistryError(`cannot reach the registry for ${where}: ${describeFetchError(error)}`);
        }
        await sleep(backoff(attempt));
        continue;
      }
      if (!RETRYABLE.has(response2.status) || attempt >= ATTEMPTS) return response2;
      await sleep(backoff(attempt));
    }
  };
  let authorization = basic(options.password);
  let response = await send("HEAD", authorization);
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status === 401 && /^bearer\s/i.test(challenge)) {
    authorization = `Bearer ${await fetchBearerToken(challenge, reference, options.password, fetchImpl, where)}`;
    response = await send("HEAD", authorization);
  }
  if (response.status === 404) return void 0;
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(
      `the registry refused the credentials for ${where} (HTTP ${String(response.status)}): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(response.status)} for the manifest of ${where}`
    );
  }
  const digest = response.headers.get("docker-content-digest");
  if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
  const body = await send("GET", authorization);
  if (body.status !== 200) {
    throw new RegistryError(`the registry answered HTTP ${String(body.status)} for the manifest of ${where}`);
  }
  return `sha256:${createHash2("sha256").update(Buffer.from(await body.text(), "utf8")).digest("hex")}`;
}
async function fetchBearerToken(challenge, reference, password, fetchImpl, where) {
  const parameters = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? "", match[2] ?? ""])
  );
  const realm = parameters["realm"];
  if (!realm) throw new RegistryError(`the registry for ${where} sent a Bearer challenge without a realm`);
  const url = new URL(realm);
  if (parameters["service"]) url.searchParams.set("service", parameters["service"]);
  url.searchParams.set("scope", parameters["scope"] ?? `repository:${reference.name}:pull`);
  let response;
  try {
    response = await fetchImpl(url.toString(), {
      method: "GET",
      headers: { authorization: basic(password) },
      signal: AbortSignal.timeout(3e4)
    });
  } catch (error) {
    throw new RegistryError(
      `cannot reach the token service of the registry for ${where}: ${describeFetchError(error)}`
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry refused the credentials for ${where} (HTTP ${String(response.status)} from its token service): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`
    );
  }
  const body = JSON.parse(await response.text());
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError(`the token service of the registry for ${where} returned no token`);
  return token;
}
function backoff(attempt) {
  return Math.min(4e3, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}
function describeFetchError(error) {
  if (error instanceof Error) {
    const { cause, code } = error;
    return cause?.code ?? (typeof code === "string" ? code : void 0) ?? cause?.message ?? error.message;
  }
  return String(error);
}

// src/build/local.ts
var LOCAL_TOOLS = ["docker", "podman", "buildah"];
var execRunner = async (command, args, options = {}) => {
  const result = await getExecOutput(command, [...args], {
    ignoreReturnCode: true,
    silent: true,
    ...options.env ? { env: options.env } : {},
    ...options.log ? { listeners: { stdline: options.log, errline: options.log } } : {}
  }).catch((error) => ({ exitCode: 127, stdout: "", stderr: String(error) }));
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};
async function detectLocalTool(runner, env2) {
  const probes2 = {
    docker: ["version", "--format", "{{.Server.Version}}"],
    podman: ["--version"],
    buildah: ["--version"]
  };
  for (const tool of LOCAL_TOOLS) {
    if ((await runner(tool, probes2[tool], { env: env2 })).code === 0) return tool;
  }
  throw new Error(
    "builder `local` needs docker (with a running engine), podman or buildah on PATH; none was found. Install one, or use builder `cloudbuild`"
  );
}
function localBuildCommands(tool, context, reference, directory, authFile) {
  const image = formatReference(reference);
  const buildArgs = Object.entries(buildArguments(context)).flatMap(([name, value]) => [
    "--build-arg",
    `${name}=${value}`
  ]);
  const build = ["build", "--platform", context.platform, "--file", path6.join(directory, "Containerfile")].concat(buildArgs).concat(["--tag", image, directory]);
  if (tool === "docker") {
    return { build, push: ["push", image] };
  }
  const tls = isPlainHttpRegistry(reference.registry) ? ["--tls-verify=false"] : [];
  return { build, push: ["push", "--authfile", authFile, ...tls, image] };
}
async function runLocalBuild(context, reference, password, options) {
  const tool = await detectLocalTool(options.runner, options.env);
  const directory = mkdtempSync(path6.join(tmpdir(), "pgrst-build-"));
  try {
    writeFileSync(path6.join(directory, "Containerfile"), context.containerfile);
    writeFileSync(path6.join(directory, "run.sh"), context.entrypoint, { mode: 493 });
    const authDirectory = path6.join(directory, "auth");
    mkdirSync(authDirectory, { mode: 448 });
    const authFile = path6.join(authDirectory, "config.json");
    const auth = Buffer.from(`${TOKEN_USER}:${password}`).toString("base64");
    writeFileSync(authFile, JSON.stringify({ auths: { [reference.registry]: { auth } } }), { mode: 384 });
    const env2 = tool === "docker" ? { ...options.env, DOCKER_CONFIG: authDirectory } : options.env;
    const commands = localBuildCommands(tool, context, reference, directory, authFile);
    options.log(`Building ${formatReference(reference)} with ${tool}`);
    const built = await options.runner(tool, commands.build, { env: env2, log: options.log });
    if (built.code !== 0) {
      throw new Error(
        `${tool} build failed (exit ${String(built.code)}): ${lastLines(built.stderr || built.stdout)}`
      );
    }
    options.log(`Pushing ${formatReference(reference)}`);
    const pushed = await options.runner(tool, commands.push, { env: env2, log: options.log });
    if (pushed.code !== 0) {
      throw new Error(
        `${tool} push failed (exit ${String(pushed.code)}): ${lastLines(pushed.stderr || pushed.stdout)}`
      );
    }
    return tool;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
function lastLines(text2, count = 5) {
  return text2.trim().split("\n").slice(-count).join("\n");
}

// src/build/index.ts
import path7 from "node:path";

// src/build/submit.ts
var BuildFailedError = class extends Error {
  name = "BuildFailedError";
};
var TERMINAL = /* @__PURE__ */ new Set(["SUCCESS", "FAILURE", "INTERNAL_ERROR", "TIMEOUT", "CANCELLED", "EXPIRED"]);
function buildStatusNames(descriptors) {
  const values = ["google", "devtools", "cloudbuild", "v1", "Build", "Status"].reduce(
    (node, name) => node?.nested?.[name],
    descriptors
  );
  if (!values?.values)
    throw new Error("@google-cloud/cloudbuild describes no google.devtools.cloudbuild.v1.Build.Status");
  return Object.fromEntries(Object.entries(values.values).map(([name, number]) => [number, name]));
}
function readBuild(build, statusNames) {
  const detail = build?.failureInfo?.detail ?? build?.statusDetail ?? void 0;
  const status = build?.status;
  return {
    id: build?.id ?? "",
    status: typeof status === "number" ? statusNames[status] ?? String(status) : typeof status === "string" ? status : "STATUS_UNKNOWN",
    logUrl: build?.logUrl ?? "",
    images: (build?.results?.images ?? []).map((image) => ({
      name: image.name ?? "",
      digest: image.digest ?? ""
    })),
    ...detail ? { detail } : {}
  };
}
function cloudBuildApi(auth, endpoint) {
  const options = { auth, fallback: true };
  if (endpoint) {
    const url = new URL(endpoint);
    if (url.pathname !== "/" || url.search) {
      throw new Error(
        `CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD must be a base URL such as https://cloudbuild.googleapis.com/, not "${endpoint}"`
      );
    }
    options.apiEndpoint = url.hostname;
    options.port = Number(url.port || (url.protocol === "http:" ? 80 : 443));
    options.protocol = url.protocol.replace(":", "");
  }
  let loaded;
  const load = () => loaded ??= Promise.all([
    import("./v1-MFBUTSKU.js"),
    import("./protos-62SP67W6.js")
  ]).then(([module, descriptors]) => {
    const library = [module, module.default].find(
      (candidate) => typeof candidate === "object" && candidate !== null && "CloudBuildClient" in candidate
    );
    if (!library) throw new Error("@google-cloud/cloudbuild exports no CloudBuildClient");
    return {
      client: new library.CloudBuildClient(options),
      statusNames: buildStatusNames(descriptors.default)
    };
  });
  const parent = (projectId, location) => `projects/${projectId}/locations/${location}`;
  return {
    createBuild: (projectId, location, build) => explainApiErrors(`creating a build in projects/${projectId}/locations/${location}`, async () => {
      const { timeout, ...rest } = build;
      const request = {
        // Only `parent`: with projectId too, the client picks the older route /v1/projects/P/builds. This one,
        // projects/P/locations/L/builds, is also what gcloud calls, for "global" as for a region.
        parent: parent(projectId, location),
        build: { ...rest, timeout: { seconds: Number.parseInt(timeout, 10) } }
      };
      const { client, statusNames } = await load();
      const [operation] = await client.createBuild(request);
      return readBuild(operation.metadata?.build, statusNames);
    }),
    getBuild: (projectId, location, id) => explainApiErrors(`reading build ${id}`, async () => {
      const { client, statusNames } = await load();
      const [build] = await client.getBuild({ name: `${parent(projectId, location)}/builds/${id}` });
      return readBuild(build, statusNames);
    })
  };
}
async function explainApiErrors(what, call) {
  try {
    return await call();
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const status = error.status ?? error.code;
    let message2 = raw;
    try {
      const parsed = JSON.parse(raw);
      message2 = parsed.error?.message ?? raw;
    } catch {
    }
    const hint = status === 401 || status === 403 ? ": check the credentials and that the account has roles/cloudbuild.builds.editor on the project" : "";
    throw new Error(
      `Cloud Build API error ${what}${typeof status === "number" ? ` (HTTP ${String(status)})` : ""}: ${message2}${hint}`
    );
  }
}
async function runCloudBuild(api, build, image, options) {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
  let state = await api.createBuild(options.projectId, options.location, build);
  options.log(`Cloud Build ${state.id} started; logs: ${state.logUrl}`);
  const started = Date.now();
  let delay = 1e3;
  let lastStatus = state.status;
  while (!TERMINAL.has(state.status)) {
    if (Date.now() - started > (options.deadlineMs ?? 30 * 6e4)) {
      throw new BuildFailedError(
        `Cloud Build ${state.id} did not finish in ${String(Math.round((options.deadlineMs ?? 0) / 1e3))} s (still ${state.status}); logs: ${state.logUrl}`
      );
    }
    await sleep(delay);
    delay = Math.min(1e4, Math.round(delay * 1.5));
    state = await api.getBuild(options.projectId, options.location, state.id);
    if (state.status !== lastStatus) options.log(`Cloud Build ${state.id}: ${state.status}`);
    lastStatus = state.status;
  }
  if (state.status !== "SUCCESS") {
    throw new BuildFailedError(
      `Cloud Build ${state.id} ended with ${state.status}${state.detail ? ` (${state.detail})` : ""}; logs: ${state.logUrl}`
    );
  }
  const pushed = state.images.find((result) => result.name === image);
  if (!pushed?.digest) {
    throw new BuildFailedError(
      `Cloud Build ${state.id} succeeded but reports no digest for ${image} in results.images; logs: ${state.logUrl}`
    );
  }
  return pushed.digest;
}

// src/build/index.ts
function defaultBuildDependencies(env2, log, credentials) {
  return {
    contextDirectory: BUILD_CONTEXT_DIRECTORY,
    accessToken: () => credentials().accessToken(),
    cloudBuildApi: () => cloudBuildApi(credentials().auth, env2["CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD"]),
    runner: execRunner,
    env: env2,
    log
  };
}
var BUILD_CONTEXT_DIRECTORY = path7.join(ACTION_ROOT, "cloudbuild");
function planImage(config, contextDirectory) {
  const context = loadBuildContext(contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {}
  });
  const reference = imageReference(
    config.repository,
    config.imageName,
    contextTag(context),
    "input `repository`"
  );
  return { context, reference };
}
async function buildImage(config, deps) {
  const { context, reference } = planImage(config, deps.contextDirectory);
  const tagged = formatReference(reference);
  const password = await deps.accessToken();
  const registry = {
    password,
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  };
  const existing = await findManifest(reference, registry);
  if (existing) {
    deps.log(`${tagged} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged, digest: existing, built: false };
  }
  deps.log(`${tagged} is not in the registry: building it`);
  if (config.builder === "cloudbuild") {
    const request = cloudBuildRequest(context, tagged, config.cloudBuild);
    const digest2 = await runCloudBuild(deps.cloudBuildApi(), request, tagged, {
      projectId: config.projectId,
      location: config.buildLocation,
      log: deps.log,
      ...deps.sleep ? { sleep: deps.sleep } : {}
    });
    return {
      image: pinnedImage(reference, digest2),
      reference: tagged,
      digest: digest2,
      built: true,
      builder: "cloudbuild"
    };
  }
  const tool = await runLocalBuild(context, reference, password, {
    runner: deps.runner,
    env: deps.env,
    log: deps.log
  });
  const digest = await findManifest(reference, registry);
  if (!digest) throw new Error(`${tool} pushed ${tagged}, but the registry does not have it`);
  return { image: pinnedImage(reference, digest), reference: tagged, digest, built: true, builder: tool };
}
async function pinPrebuiltImage(image, deps) {
  const { reference, digest } = parseImageReference(image, "input `image`");
  if (digest) return image;
  const found = await findManifest(reference, {
    password: await deps.accessToken(),
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  if (!found) {
    throw new Error(
      `input \`image\`: ${formatReference(reference)} is not in the registry; push it first, or give a repository to build into`
    );
  }
  deps.log(`${formatReference(reference)} is ${found}`);
  return pinnedImage(reference, found);
}

// src/gcp/auth.ts
var import_google_auth_library = __toESM(require_src(), 1);
import { readFileSync as readFileSync3 } from "node:fs";
var SCOPE = "https://www.googleapis.com/auth/cloud-platform";
function loadCredentials(env2, mask) {
  const tokenFile = env2["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"];
  if (tokenFile) {
    let token;
    try {
      token = readFileSync3(tokenFile, "utf8").trim();
    } catch (error) {
      throw new Error(
        `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE names "${tokenFile}", which cannot be read (${error.code ?? "error"}): write an access token there, or unset it to use application default credentials`
      );
    }
    if (!token) {
      throw new Error(`CLOUDSDK_AUTH_ACCESS_TOKEN_FILE "${tokenFile}" is empty: write an access token there`);
    }
    mask(token);
    const client = new import_google_auth_library.OAuth2Client();
    client.setCredentials({ access_token: token });
    return {
      source: "CLOUDSDK_AUTH_ACCESS_TOKEN_FILE",
      auth: new import_google_auth_library.GoogleAuth({ authClient: client, scopes: SCOPE }),
      accessToken: () => Promise.resolve(token),
      idToken: () => Promise.reject(
        new Error(
          "invoker_auth needs credentials that can mint ID tokens (a service account, or google-github-actions/auth with service_account); CLOUDSDK_AUTH_ACCESS_TOKEN_FILE holds an access token only"
        )
      )
    };
  }
  const keyFilename = env2["GOOGLE_APPLICATION_CREDENTIALS"];
  const auth = new import_google_auth_library.GoogleAuth({ scopes: SCOPE, ...keyFilename ? { keyFilename } : {} });
  return {
    source: "application default credentials",
    auth,
    accessToken: async () => {
      let token;
      try {
        token = await auth.getAccessToken();
      } catch (error) {
        throw new Error(
          `no Google credentials (${error instanceof Error ? error.message : String(error)}): run google-github-actions/auth before this step, or set CLOUDSDK_AUTH_ACCESS_TOKEN_FILE`
        );
      }
      if (!token) throw new Error("application default credentials returned no access token");
      mask(token);
      return token;
    },
    idToken: async (audience) => {
      const token = await adcIdToken(auth, keyFilename, audience);
      mask(token);
      return token;
    }
  };
}
async function adcIdToken(auth, keyFilename, audience) {
  let file = {};
  if (keyFilename) {
    try {
      file = JSON.parse(readFileSync3(keyFilename, "utf8"));
    } catch {
    }
  }
  if (file.type === "external_account") {
    const impersonation = file.service_account_impersonation_url;
    if (!impersonation?.endsWith(":generateAccessToken")) {
      throw new Error(
        "invoker_auth needs an ID token, and these Workload Identity Federation credentials impersonate no service account: give google-github-actions/auth a service_account"
      );
    }
    const url = impersonation.replace(/:generateAccessToken$/, ":generateIdToken");
    const client = await auth.getClient();
    const response = await client.request({
      url,
      method: "POST",
      data: { audience, includeEmail: true }
    });
    if (!response.data.token) throw new Error("the IAM Credentials API returned no ID token");
    return response.data.token;
  }
  try {
    const client = await auth.getIdTokenClient(audience);
    return await client.idTokenProvider.fetchIdToken(audience);
  } catch (error) {
    throw new Error(
      `cannot mint an ID token for ${audience} (${error instanceof Error ? error.message : String(error)}): invoker_auth needs a service account, or google-github-actions/auth with service_account`
    );
  }
}

// src/spec/index.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/spec/document.ts
var import_yaml3 = __toESM(require_dist(), 1);
function parseSpecDocument(file, text2) {
  const lines = new import_yaml3.LineCounter();
  const docs = (0, import_yaml3.parseAllDocuments)(text2, {
    lineCounter: lines,
    version: "1.1",
    uniqueKeys: true,
    prettyErrors: true
  });
  const diagnostics = [];
  const at = (offset, severity, rule, message2, fix) => {
    const { line, col } = lines.linePos(offset);
    diagnostics.push({ file, line, column: col, severity, rule, message: message2, fix, path: "" });
  };
  if (!Array.isArray(docs)) {
    at(
      0,
      "error",
      "yaml/empty",
      "the file holds no YAML document",
      "write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)"
    );
    return { diagnostics };
  }
  for (const doc of docs) {
    const syntax = doc.errors.filter((err) => err.code !== "DUPLICATE_KEY").slice(0, 1);
    for (const err of [...syntax, ...doc.errors.filter((e) => e.code === "DUPLICATE_KEY")]) {
      const duplicate = err.code === "DUPLICATE_KEY";
      at(
        err.pos[0],
        "error",
        duplicate ? "yaml/duplicate-key" : "yaml/syntax",
        firstLine(err.message),
        duplicate ? "remove one of the two keys: YAML readers disagree on which one wins" : "fix the YAML syntax at this position"
      );
    }
  }
  const [first, ...rest] = docs;
  for (const extra of rest) {
    at(
      extra.range[0],
      "error",
      "yaml/multiple-documents",
      "the file holds more than one YAML document",
      "keep exactly one Service per file; remove the `---` and what follows"
    );
  }
  if (!first || diagnostics.length > 0) return { diagnostics };
  if (first.contents === null) {
    at(
      0,
      "error",
      "yaml/empty",
      "the file holds no YAML document",
      "write a Cloud Run Service (apiVersion: serving.knative.dev/v1, kind: Service)"
    );
    return { diagnostics };
  }
  return { document: { file, text: text2, doc: first, lines }, diagnostics };
}
function firstLine(message2) {
  const line = message2.split("\n")[0] ?? message2;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}
function nodeAt(document, path9) {
  let node = document.doc.contents;
  for (const segment of path9) {
    node = resolveAlias(document, node);
    if (!(0, import_yaml3.isCollection)(node)) return void 0;
    node = node.get(segment, true);
  }
  return resolveAlias(document, node) ?? void 0;
}
function keyNodeAt(document, path9) {
  if (path9.length === 0) return void 0;
  const parent = nodeAt(document, path9.slice(0, -1));
  const last = path9[path9.length - 1];
  if (!(0, import_yaml3.isMap)(parent)) return void 0;
  const pair = parent.items.find((item) => (0, import_yaml3.isPair)(item) && (0, import_yaml3.isScalar)(item.key) && item.key.value === last);
  return pair && (0, import_yaml3.isScalar)(pair.key) ? pair.key : void 0;
}
function resolveAlias(document, node) {
  return (0, import_yaml3.isAlias)(node) ? node.resolve(document.doc) : node;
}
function positionOf(document, path9, anchor = "value") {
  for (let depth = path9.length; depth >= 0; depth--) {
    const prefix = path9.slice(0, depth);
    const node = (anchor === "key" || depth < path9.length) && typeof prefix[prefix.length - 1] === "string" ? keyNodeAt(document, prefix) ?? nodeAt(document, prefix) : nodeAt(document, prefix);
    const offset = node?.range[0];
    if (offset !== void 0) {
      const { line, col } = document.lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
function diagnosticAt(document, path9, anchor, severity, rule, message2, fix) {
  const { line, column } = positionOf(document, path9, anchor);
  return { file: document.file, line, column, severity, rule, message: message2, fix, path: formatPath(path9) };
}

// src/spec/rules/context.ts
function report(context, path9, anchor, severity, rule, message2, fix) {
  context.diagnostics.push(diagnosticAt(context.document, path9, anchor, severity, rule, message2, fix));
}
function reportInValue(context, path9, needle, severity, rule, message2, fix) {
  const diagnostic = diagnosticAt(context.document, path9, "value", severity, rule, message2, fix);
  const range = nodeAt(context.document, path9)?.range;
  const offset = range ? context.document.text.slice(range[0], range[1]).indexOf(needle) : -1;
  if (!range || offset < 0) {
    context.diagnostics.push(diagnostic);
    return;
  }
  const { line, col } = context.document.lines.linePos(range[0] + offset);
  context.diagnostics.push({ ...diagnostic, line, column: col });
}
function isDeferred(context, path9) {
  return context.references.some((r) => r.unresolved.length > 0 && samePath(r.path, path9));
}
function references(context, path9, name) {
  return context.references.some((r) => r.names.includes(name) && samePath(r.path, path9));
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^[-+]?\d+$/.test(value)) return Number(value);
  return void 0;
}
function field(value, ...path9) {
  let current = value;
  for (const segment of path9) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
var TEMPLATE_SPEC = ["spec", "template", "spec"];
function containersOf(service) {
  return asList(field(service, ...TEMPLATE_SPEC, "containers")).flatMap((container, index) => {
    const record3 = asRecord(container);
    return record3 ? [{ container: record3, path: [...TEMPLATE_SPEC, "containers", index], index }] : [];
  });
}
function envOf(container) {
  return asList(container.container["env"]).flatMap((entry2, i) => {
    const record3 = asRecord(entry2);
    const name = asString(record3?.["name"]);
    return record3 && name !== void 0 ? [{ name, entry: record3, path: [...container.path, "env", i] }] : [];
  });
}
function envNamed(container, name) {
  return envOf(container).findLast((e) => e.name === name);
}
function templateAnnotation(service, name) {
  return asString(field(service, "spec", "template", "metadata", "annotations", name));
}
function isDnsLabel(text2, maxLength = 63) {
  return text2.length <= maxLength && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(text2);
}

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

// src/spec/rules/cloudrun.ts
var MAX_CONCURRENCY = 1e3;
var DEFAULT_CONCURRENCY = 80;
var MAX_TIMEOUT_SECONDS = 3600;
var MAX_SERVICE_NAME = 49;
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
var RESERVED_ENV = ["PORT", "K_SERVICE", "K_REVISION", "K_CONFIGURATION"];
var MAX_STARTUP_PERIOD = 240;
var names = (context) => {
  const service = context.service;
  const name = asString(field(service, "metadata", "name"));
  const namePath = ["metadata", "name"];
  if (name !== void 0 && !isDeferred(context, namePath) && !isDnsLabel(name, MAX_SERVICE_NAME)) {
    report(
      context,
      namePath,
      "value",
      "error",
      "cloudrun/service-name",
      `service name "${name}" is not valid for Cloud Run`,
      `use lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen, at most ${MAX_SERVICE_NAME} characters`
    );
  }
  const revisionPath = ["spec", "template", "metadata", "name"];
  const revision = asString(field(service, ...revisionPath));
  if (revision === void 0 || isDeferred(context, revisionPath)) return;
  if (!isDnsLabel(revision)) {
    report(
      context,
      revisionPath,
      "value",
      "error",
      "cloudrun/revision-name",
      `revision name "${revision}" is not a DNS label`,
      "use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters"
    );
  } else if (name !== void 0 && !isDeferred(context, namePath) && !revision.startsWith(`${name}-`)) {
    report(
      context,
      revisionPath,
      "value",
      "error",
      "cloudrun/revision-name",
      `revision name "${revision}" does not start with the service name "${name}-"`,
      `name it ${name}-SUFFIX, e.g. ${name}-\${REVISION}`
    );
  }
};
var resources = (context) => {
  const generation = templateAnnotation(context.service, "run.googleapis.com/execution-environment");
  const total = { cpu: 0, memory: 0 };
  let fractionalCpuAt;
  let anyInvalid = false;
  let lastLimitsPath = [...TEMPLATE_SPEC, "containers"];
  for (const ref of containersOf(context.service)) {
    const limitsPath = [...ref.path, "resources", "limits"];
    const limits = asRecord(field(ref.container, "resources", "limits"));
    const cpuText = asString(limits?.["cpu"]);
    const memoryText = asString(limits?.["memory"]);
    let cpu = DEFAULT_CPU;
    let memory = DEFAULT_MEMORY;
    if (cpuText !== void 0) {
      const parsed = parseCpu(cpuText);
      if (parsed === void 0 || parsed <= 0) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, "cpu"],
          "value",
          "error",
          "cloudrun/cpu",
          `cpu "${cpuText}" is not a CPU quantity`,
          'write a number of vCPUs: "1", "2", "4", "6", "8", or below 1 like "500m"'
        );
      } else if (parsed > 1 && !WHOLE_CPUS.includes(parsed)) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, "cpu"],
          "value",
          "error",
          "cloudrun/cpu",
          `cpu "${cpuText}" is not offered by Cloud Run`,
          "above 1 vCPU, use 2, 4, 6 or 8"
        );
      } else {
        cpu = parsed;
        if (parsed < 1) fractionalCpuAt = [...limitsPath, "cpu"];
      }
    }
    if (memoryText !== void 0) {
      const parsed = parseMemory(memoryText);
      if (parsed === void 0 || parsed <= 0) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, "memory"],
          "value",
          "error",
          "cloudrun/memory",
          `memory "${memoryText}" is not a memory quantity`,
          'write it like "256Mi", "512Mi" or "1Gi"'
        );
      } else {
        memory = parsed;
      }
    }
    total.cpu += cpu;
    total.memory += memory;
    lastLimitsPath = limits ? limitsPath : ref.path;
  }
  if (anyInvalid || total.cpu === 0) return;
  const memoryPath = [...lastLimitsPath, "memory"];
  const minimum = generation === "gen2" ? MIN_MEMORY_GEN2 : MIN_MEMORY_GEN1;
  if (total.memory < minimum) {
    report(
      context,
      memoryPath,
      "value",
      "error",
      "cloudrun/memory",
      `memory ${formatBytes(total.memory)} is below Cloud Run's minimum of ${formatBytes(minimum)}${generation === "gen2" ? " for the second generation" : ""}`,
      generation === "gen2" ? "set memory to at least 512Mi, or use run.googleapis.com/execution-environment: gen1" : "set memory to at least 128Mi"
    );
  }
  const wholeCpu = WHOLE_CPUS.find((c) => c >= total.cpu) ?? 8;
  const [min = 0, max = 0] = MEMORY_FOR_CPU[wholeCpu] ?? [];
  if (total.memory > max || total.memory < min) {
    report(
      context,
      memoryPath,
      "value",
      "error",
      "cloudrun/cpu-memory",
      `memory ${formatBytes(total.memory)} does not fit ${total.cpu} vCPU: Cloud Run allows ${min ? `${formatBytes(min)} to ` : "up to "}${formatBytes(max)}`,
      total.memory > max ? "lower the memory or raise the cpu limit" : "raise the memory or lower the cpu limit"
    );
  }
  if (fractionalCpuAt) {
    const concurrency = asInteger(field(context.service, ...TEMPLATE_SPEC, "containerConcurrency")) ?? DEFAULT_CONCURRENCY;
    if (concurrency !== 1) {
      report(
        context,
        [...TEMPLATE_SPEC, "containerConcurrency"],
        "value",
        "error",
        "cloudrun/cpu-fractional",
        `cpu below 1 requires containerConcurrency 1 (it is ${concurrency})`,
        'set containerConcurrency: 1, or cpu to "1"'
      );
    }
    if (generation === "gen2") {
      report(
        context,
        fractionalCpuAt,
        "value",
        "error",
        "cloudrun/cpu-fractional",
        "cpu below 1 requires the first generation execution environment",
        'set cpu to "1" or more, or run.googleapis.com/execution-environment: gen1'
      );
    }
  }
};
var revisionLimits = (context) => {
  const concurrencyPath = [...TEMPLATE_SPEC, "containerConcurrency"];
  const concurrency = asInteger(field(context.service, ...concurrencyPath));
  if (concurrency !== void 0 && (concurrency < 0 || concurrency > MAX_CONCURRENCY)) {
    report(
      context,
      concurrencyPath,
      "value",
      "error",
      "cloudrun/concurrency",
      `containerConcurrency ${concurrency} is outside 0\u2013${MAX_CONCURRENCY}`,
      `set it to at most ${MAX_CONCURRENCY} (the default is ${DEFAULT_CONCURRENCY})`
    );
  }
  const timeoutPath = [...TEMPLATE_SPEC, "timeoutSeconds"];
  const timeout = asInteger(field(context.service, ...timeoutPath));
  if (timeout !== void 0 && (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    report(
      context,
      timeoutPath,
      "value",
      "error",
      "cloudrun/timeout",
      `timeoutSeconds ${timeout} is outside 1\u2013${MAX_TIMEOUT_SECONDS}`,
      `set it to at most ${MAX_TIMEOUT_SECONDS} (the default is 300)`
    );
  }
};
var containers = (context) => {
  const refs = containersOf(context.service);
  const containersPath = [...TEMPLATE_SPEC, "containers"];
  if (refs.length === 0) {
    report(
      context,
      containersPath,
      "key",
      "error",
      "cloudrun/ingress-container",
      "the revision has no container",
      "add one container with the PostgREST image"
    );
    return;
  }
  const withPorts = refs.filter((ref) => asList(ref.container["ports"]).length > 0);
  if (refs.length > 1 && withPorts.length !== 1) {
    report(
      context,
      withPorts[1] ? [...withPorts[1].path, "ports", 0] : containersPath,
      withPorts[1] ? "value" : "key",
      "error",
      "cloudrun/ingress-container",
      `exactly one container must declare a port (the one that receives requests); ${withPorts.length} do`,
      "declare ports on the PostgREST container only"
    );
  }
  const seen = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const name = asString(ref.container["name"]);
    if (refs.length > 1 && name === void 0) {
      report(
        context,
        ref.path,
        "value",
        "error",
        "cloudrun/container-name",
        `container ${ref.index} has no name`,
        "name every container when there is more than one"
      );
    }
    if (name !== void 0) {
      if (seen.has(name))
        report(
          context,
          [...ref.path, "name"],
          "value",
          "error",
          "cloudrun/container-name",
          `container name "${name}" is used twice`,
          "give each container its own name"
        );
      seen.set(name, ref.index);
    }
    const ports2 = asList(ref.container["ports"]);
    if (ports2.length > 1) {
      report(
        context,
        [...ref.path, "ports", 1],
        "value",
        "error",
        "cloudrun/ingress-container",
        "a Cloud Run container can declare only one port",
        "keep one port entry"
      );
    }
    ports2.forEach((port, i) => {
      const portPath = [...ref.path, "ports", i];
      const portName = asString(field(port, "name"));
      if (portName !== void 0 && portName !== "http1" && portName !== "h2c") {
        report(
          context,
          [...portPath, "name"],
          "value",
          "error",
          "cloudrun/port-name",
          `port name "${portName}" is not one Cloud Run knows`,
          "use http1 (HTTP/1.1, the default) or h2c (end-to-end HTTP/2); PostgREST speaks http1"
        );
      }
      const number = asInteger(field(port, "containerPort"));
      if (number !== void 0 && (number < 1 || number > 65535)) {
        report(
          context,
          [...portPath, "containerPort"],
          "value",
          "error",
          "cloudrun/port",
          `containerPort ${number} is outside 1\u201365535`,
          "use the port PostgREST listens on (3000 by default)"
        );
      }
    });
  }
};
var env = (context) => {
  for (const ref of containersOf(context.service)) {
    const seen = /* @__PURE__ */ new Set();
    for (const entry2 of envOf(ref)) {
      if (seen.has(entry2.name)) {
        report(
          context,
          [...entry2.path, "name"],
          "value",
          "error",
          "cloudrun/env-unique",
          `env ${entry2.name} is set twice in container ${containerLabel(ref)}`,
          "keep one entry: Cloud Run rejects duplicate names"
        );
      }
      seen.add(entry2.name);
      if (RESERVED_ENV.includes(entry2.name)) {
        report(
          context,
          [...entry2.path, "name"],
          "value",
          "error",
          "cloudrun/env-reserved",
          `env ${entry2.name} is reserved: Cloud Run sets it itself`,
          entry2.name === "PORT" ? "remove it and set ports[0].containerPort instead" : "remove it"
        );
      }
      const hasValue = "value" in entry2.entry;
      const source = asRecord(entry2.entry["valueFrom"]);
      if (hasValue && source) {
        report(
          context,
          [...entry2.path, "valueFrom"],
          "key",
          "error",
          "cloudrun/env-source",
          `env ${entry2.name} has both value and valueFrom`,
          "keep one of them"
        );
      }
      if (source) {
        const secret = asRecord(source["secretKeyRef"]);
        if (!secret) {
          report(
            context,
            [...entry2.path, "valueFrom"],
            "key",
            "error",
            "cloudrun/env-source",
            `env ${entry2.name}: Cloud Run takes values only from secretKeyRef`,
            "use valueFrom.secretKeyRef with name (the secret) and key (its version)"
          );
        } else {
          for (const key of ["name", "key"]) {
            if (asString(secret[key]) === void 0) {
              report(
                context,
                [...entry2.path, "valueFrom", "secretKeyRef"],
                "key",
                "error",
                "cloudrun/env-source",
                `env ${entry2.name}: secretKeyRef needs ${key}`,
                key === "name" ? "set name to the Secret Manager secret" : "set key to a version number or latest"
              );
            }
          }
        }
      }
    }
  }
};
var volumes = (context) => {
  const volumesPath = [...TEMPLATE_SPEC, "volumes"];
  const declared = /* @__PURE__ */ new Set();
  asList(field(context.service, ...volumesPath)).forEach((volume, i) => {
    const path9 = [...volumesPath, i];
    const name = asString(field(volume, "name"));
    if (name !== void 0) {
      if (declared.has(name))
        report(
          context,
          [...path9, "name"],
          "value",
          "error",
          "cloudrun/volume-unique",
          `volume name "${name}" is declared twice`,
          "give each volume its own name"
        );
      declared.add(name);
    }
    const sources = ["secret", "emptyDir", "csi", "nfs", "configMap"].filter(
      (s) => s in (asRecord(volume) ?? {})
    );
    if (sources.length !== 1) {
      report(
        context,
        sources[1] ? [...path9, sources[1]] : path9,
        sources[1] ? "key" : "value",
        "error",
        "cloudrun/volume-source",
        `volume "${name ?? i}" must have exactly one of secret, emptyDir, csi, nfs (it has ${sources.length ? sources.join(", ") : "none"})`,
        "keep one source"
      );
    } else if (sources[0] === "secret" && asString(field(volume, "secret", "secretName")) === void 0) {
      report(
        context,
        [...path9, "secret"],
        "key",
        "error",
        "cloudrun/volume-source",
        `secret volume "${name ?? i}" has no secretName`,
        "set secretName to the Secret Manager secret"
      );
    }
  });
  for (const ref of containersOf(context.service)) {
    const mountPaths = /* @__PURE__ */ new Set();
    asList(ref.container["volumeMounts"]).forEach((mount, i) => {
      const path9 = [...ref.path, "volumeMounts", i];
      const name = asString(field(mount, "name"));
      if (name !== void 0 && !declared.has(name)) {
        report(
          context,
          [...path9, "name"],
          "value",
          "error",
          "cloudrun/volume-mount",
          `volumeMount names volume "${name}", which is not declared`,
          `declare it under spec.template.spec.volumes${declared.size ? ` or use one of ${[...declared].map((d) => `"${d}"`).join(", ")}` : ""}`
        );
      }
      const mountPath = asString(field(mount, "mountPath"));
      if (mountPath === void 0) return;
      if (!mountPath.startsWith("/")) {
        report(
          context,
          [...path9, "mountPath"],
          "value",
          "error",
          "cloudrun/volume-mount",
          `mountPath "${mountPath}" is not absolute`,
          "start it with /"
        );
      }
      const normalized = mountPath.replace(/\/+$/, "");
      if (mountPaths.has(normalized)) {
        report(
          context,
          [...path9, "mountPath"],
          "value",
          "error",
          "cloudrun/volume-mount",
          `two volumes are mounted at ${mountPath} in container ${containerLabel(ref)}`,
          "mount each volume at its own directory"
        );
      }
      mountPaths.add(normalized);
    });
  }
};
var probes = (context) => {
  for (const ref of containersOf(context.service)) {
    for (const kind of ["startupProbe", "livenessProbe"]) {
      const probe = asRecord(ref.container[kind]);
      if (!probe) continue;
      const path9 = [...ref.path, kind];
      const handlers = ["httpGet", "tcpSocket", "grpc"].filter((h) => h in probe);
      if (handlers.length !== 1) {
        report(
          context,
          path9,
          "key",
          "error",
          "cloudrun/probe",
          `${kind} must have exactly one of httpGet, tcpSocket, grpc (it has ${handlers.length ? handlers.join(", ") : "none"})`,
          "keep one handler"
        );
      }
      if (kind === "livenessProbe" && "tcpSocket" in probe) {
        report(
          context,
          [...path9, "tcpSocket"],
          "key",
          "error",
          "cloudrun/probe",
          "Cloud Run liveness probes cannot use tcpSocket",
          "use httpGet (for PostgREST: /live on the admin port) or grpc"
        );
      }
      for (const handler of handlers) {
        const port = asInteger(field(probe, handler, "port"));
        if (port !== void 0 && (port < 1 || port > 65535)) {
          report(
            context,
            [...path9, handler, "port"],
            "value",
            "error",
            "cloudrun/probe",
            `${kind} port ${port} is outside 1\u201365535`,
            "use the port the check is served on"
          );
        }
      }
      const period = asInteger(probe["periodSeconds"]) ?? 10;
      const timeout = asInteger(probe["timeoutSeconds"]) ?? 1;
      if (kind === "startupProbe" && period > MAX_STARTUP_PERIOD) {
        report(
          context,
          [...path9, "periodSeconds"],
          "value",
          "error",
          "cloudrun/probe",
          `startupProbe periodSeconds ${period} exceeds ${MAX_STARTUP_PERIOD}`,
          `set it to at most ${MAX_STARTUP_PERIOD}`
        );
      }
      if (timeout > period) {
        report(
          context,
          [...path9, "timeoutSeconds"],
          "value",
          "error",
          "cloudrun/probe",
          `${kind} timeoutSeconds ${timeout} exceeds periodSeconds ${period}`,
          "make timeoutSeconds at most periodSeconds"
        );
      }
      for (const timing of ["periodSeconds", "timeoutSeconds", "failureThreshold"]) {
        const value = asInteger(probe[timing]);
        if (value !== void 0 && value < 1)
          report(
            context,
            [...path9, timing],
            "value",
            "error",
            "cloudrun/probe",
            `${kind} ${timing} ${value} must be at least 1`,
            "use a positive number"
          );
      }
      const initialDelay = asInteger(probe["initialDelaySeconds"]);
      if (initialDelay !== void 0 && (initialDelay < 0 || initialDelay > 240)) {
        report(
          context,
          [...path9, "initialDelaySeconds"],
          "value",
          "error",
          "cloudrun/probe",
          `${kind} initialDelaySeconds ${initialDelay} is outside 0\u2013240`,
          "use at most 240"
        );
      }
    }
  }
};
var traffic = (context) => {
  const targets = asList(field(context.service, "spec", "traffic"));
  if (targets.length === 0) return;
  let sum = 0;
  let anyPercent = false;
  const tags = /* @__PURE__ */ new Set();
  for (const [i, target] of targets.entries()) {
    const path9 = ["spec", "traffic", i];
    const revision = asString(field(target, "revisionName"));
    const latest = field(target, "latestRevision") === true;
    if (revision === void 0 === !latest) {
      report(
        context,
        path9,
        "value",
        "error",
        "cloudrun/traffic",
        `traffic target ${i} must name exactly one of revisionName or latestRevision: true`,
        revision === void 0 ? "add revisionName, or latestRevision: true" : "remove latestRevision, or revisionName"
      );
    }
    const percent = asInteger(field(target, "percent"));
    if (percent !== void 0) {
      anyPercent = true;
      sum += percent;
      if (percent < 0 || percent > 100)
        report(
          context,
          [...path9, "percent"],
          "value",
          "error",
          "cloudrun/traffic",
          `percent ${percent} is outside 0\u2013100`,
          "use 0 to 100"
        );
    }
    const tagPath = [...path9, "tag"];
    const tag2 = asString(field(target, "tag"));
    if (tag2 !== void 0 && !isDeferred(context, tagPath)) {
      if (!isDnsLabel(tag2)) {
        report(
          context,
          tagPath,
          "value",
          "error",
          "cloudrun/tag",
          `tag "${tag2}" is not a DNS label`,
          "use lowercase letters, digits and hyphens, starting with a letter (e.g. pr-123)"
        );
      }
      if (tags.has(tag2))
        report(
          context,
          tagPath,
          "value",
          "error",
          "cloudrun/tag",
          `tag "${tag2}" is used twice`,
          "give each target its own tag"
        );
      tags.add(tag2);
    }
  }
  if (anyPercent && sum !== 100) {
    report(
      context,
      ["spec", "traffic"],
      "key",
      "error",
      "cloudrun/traffic-percent",
      `traffic percents sum to ${sum}, not 100`,
      "make the percents add up to 100"
    );
  }
};
var annotations = (context) => {
  const check = (path9, allowed, fix) => {
    const value = asString(field(context.service, ...path9));
    if (value !== void 0 && !allowed.includes(value)) {
      const name = String(path9[path9.length - 1]);
      report(
        context,
        path9,
        "value",
        "error",
        "cloudrun/annotation",
        `${name} "${value}" is not one of ${allowed.join(", ")}`,
        fix
      );
    }
  };
  const service = ["metadata", "annotations"];
  const template = ["spec", "template", "metadata", "annotations"];
  check(
    [...service, "run.googleapis.com/ingress"],
    ["all", "internal", "internal-and-cloud-load-balancing"],
    "use all, internal or internal-and-cloud-load-balancing"
  );
  check([...template, "run.googleapis.com/execution-environment"], ["gen1", "gen2"], "use gen1 or gen2");
  check(
    [...template, "run.googleapis.com/cpu-throttling"],
    ["true", "false"],
    'write "true" or "false" (quoted)'
  );
  check(
    [...template, "run.googleapis.com/startup-cpu-boost"],
    ["true", "false"],
    'write "true" or "false" (quoted)'
  );
  check(
    [...template, "run.googleapis.com/vpc-access-egress"],
    ["all-traffic", "private-ranges-only"],
    "use all-traffic or private-ranges-only"
  );
  const scale = {};
  for (const bound of ["minScale", "maxScale"]) {
    const path9 = [...template, `autoscaling.knative.dev/${bound}`];
    const text2 = asString(field(context.service, ...path9));
    if (text2 === void 0) continue;
    if (!/^\d+$/.test(text2)) {
      report(
        context,
        path9,
        "value",
        "error",
        "cloudrun/annotation",
        `autoscaling.knative.dev/${bound} "${text2}" is not a whole number`,
        'write a whole number in quotes, e.g. "3"'
      );
    } else {
      scale[bound] = Number(text2);
    }
  }
  if (scale.minScale !== void 0 && scale.maxScale !== void 0 && scale.minScale > scale.maxScale) {
    report(
      context,
      [...template, "autoscaling.knative.dev/minScale"],
      "value",
      "error",
      "cloudrun/annotation",
      `minScale ${scale.minScale} is above maxScale ${scale.maxScale}`,
      "lower minScale or raise maxScale"
    );
  }
  const misplaced = asString(field(context.service, ...template, "run.googleapis.com/ingress"));
  if (misplaced !== void 0) {
    report(
      context,
      [...template, "run.googleapis.com/ingress"],
      "key",
      "error",
      "cloudrun/annotation",
      "run.googleapis.com/ingress is a service annotation, not a revision one",
      "move it to metadata.annotations at the top"
    );
  }
};
var gpu = (context) => {
  for (const ref of containersOf(context.service)) {
    const gpuPath = [...ref.path, "resources", "limits", "nvidia.com/gpu"];
    if (asString(field(context.service, ...gpuPath)) === void 0) continue;
    const accelerator = asString(
      field(context.service, ...TEMPLATE_SPEC, "nodeSelector", "run.googleapis.com/accelerator")
    );
    if (accelerator === void 0) {
      report(
        context,
        gpuPath,
        "key",
        "error",
        "cloudrun/gpu",
        "a GPU limit needs the accelerator type",
        "add spec.template.spec.nodeSelector: {run.googleapis.com/accelerator: nvidia-l4}"
      );
    }
  }
};
var unsupported = (context) => {
  const warn = (path9, what) => {
    report(
      context,
      path9,
      "key",
      "warning",
      "cloudrun/unsupported",
      `${what} is not documented for Cloud Run services and may be rejected at deploy`,
      "remove it"
    );
  };
  const spec = asRecord(field(context.service, ...TEMPLATE_SPEC));
  for (const key of ["imagePullSecrets", "enableServiceLinks", "runtimeClassName"]) {
    if (spec && key in spec) warn([...TEMPLATE_SPEC, key], key);
  }
  for (const ref of containersOf(context.service)) {
    for (const key of [
      "readinessProbe",
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
    report(
      context,
      ["status"],
      "key",
      "warning",
      "spec/status-ignored",
      "status is output only: it is ignored and not sent",
      "remove it from the spec"
    );
  }
};
function containerLabel(ref) {
  return asString(ref.container["name"]) ?? String(ref.index);
}
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
  gpu,
  unsupported
];

// src/spec/rules/postgrest.ts
import path8 from "node:path/posix";

// src/postgrest/claim-key.ts
function claimKeyGrammarFor(version) {
  if (!isAtLeast(version, 13)) return { grammar: "v12", acceptsLegacy: false };
  if (!isAtLeast(version, 16)) return { grammar: "v13", acceptsLegacy: false };
  return { grammar: "rfc9535", acceptsLegacy: isAtLeast(version, 16, 2) };
}
function checkRoleClaimKey(key, version) {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar !== "rfc9535") {
    const parsed = parseLegacyClaimKey(key, grammar);
    if ("segments" in parsed) return { ok: true, segments: parsed.segments };
    return { ok: false, error: parsed.error, suggestion: suggestLegacy(key, grammar) };
  }
  const rfc = parseJsonPath(key);
  if (rfc.ok) return { ok: true };
  const legacy = parseLegacyClaimKey(key, "v13");
  if ("segments" in legacy) {
    const suggestion2 = toJsonPath(legacy.segments);
    if (acceptsLegacy)
      return { ok: true, deprecated: true, segments: legacy.segments, ...suggestion2 ? { suggestion: suggestion2 } : {} };
    return {
      ok: false,
      error: { message: `${version.tag} reads only RFC 9535 JSONPath (starting with $)`, offset: 0 },
      ...suggestion2 ? { suggestion: suggestion2 } : {}
    };
  }
  const suggestion = suggestJsonPath(key);
  return { ok: false, error: rfc.error, ...suggestion ? { suggestion } : {} };
}
var ParseError = class extends Error {
  constructor(message2, offset) {
    super(message2);
    this.offset = offset;
  }
  offset;
};
function parseLegacyClaimKey(key, grammar) {
  const segments = [];
  let i = 0;
  const fail = (message2) => {
    throw new ParseError(message2, i);
  };
  const readName = () => {
    if (key[i] === '"') {
      const close = key.indexOf('"', i + 1);
      if (close < 0) fail('unterminated quoted key: add the closing "');
      const name = key.slice(i + 1, close);
      i = close + 1;
      return name;
    }
    const start = i;
    while (i < key.length && /[\p{L}\p{N}_$@]/u.test(key[i] ?? "")) i++;
    if (i === start) fail(`expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
    return key.slice(start, i);
  };
  const readIndex = () => {
    const match = /^\[(\d+)\]/.exec(key.slice(i));
    if (!match?.[1]) fail("expected an array index like [0]");
    i += match?.[0].length ?? 0;
    return Number(match?.[1]);
  };
  try {
    if (key.length === 0) fail("the key is empty");
    if (grammar === "v12") {
      if (key[0] !== ".") fail('the key must start with "."');
      while (i < key.length) {
        if (key[i] !== ".") fail('expected "." before the next key');
        i++;
        segments.push({ kind: "key", name: readName() });
        if (key[i] === "[") segments.push({ kind: "index", index: readIndex() });
      }
    } else {
      while (i < key.length) {
        if (segments.at(-1)?.kind === "filter") fail("a filter [?(...)] must be the last part of the key");
        if (key[i] === ".") {
          i++;
          segments.push({ kind: "key", name: readName() });
        } else if (key.startsWith("[?(", i)) {
          segments.push(readFilter());
        } else if (key[i] === "[") {
          segments.push({ kind: "index", index: readIndex() });
        } else {
          fail('expected ".key", "[n]" or a final filter "[?(@ == \\"value\\")]"');
        }
      }
    }
    return { segments };
  } catch (error) {
    if (error instanceof ParseError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
  function readFilter() {
    i += 3;
    if (key[i] !== "@") fail('a filter starts with @: [?(@ == "value")]');
    i++;
    while (key[i] === " ") i++;
    const operator = ["==^", "==", "!=", "^==", "*=="].find((op) => key.startsWith(op, i));
    if (!operator) fail("expected one of the filter operators ==, !=, ^==, ==^, *==");
    i += operator?.length ?? 0;
    while (key[i] === " ") i++;
    if (key[i] !== '"') fail('the filter value must be a "quoted string"');
    const close = key.indexOf('"', i + 1);
    if (close < 0) fail('unterminated filter value: add the closing "');
    const operand = key.slice(i + 1, close);
    i = close + 1;
    if (!key.startsWith(")]", i)) fail('close the filter with ")]"');
    i += 2;
    return { kind: "filter", operator: operator ?? "==", operand };
  }
}
function suggestLegacy(key, grammar) {
  const trimmed = key.trim();
  if (!/^\.?[^[\]"]+$/.test(trimmed)) return void 0;
  const parts = trimmed.replace(/^\./, "").split(".");
  if (parts.some((p) => p === "")) return void 0;
  const suggestion = parts.map((p) => /^[\p{L}\p{N}_$@]+$/u.test(p) ? `.${p}` : `."${p}"`).join("");
  return "segments" in parseLegacyClaimKey(suggestion, grammar) && suggestion !== key ? suggestion : void 0;
}
function toJsonPath(segments) {
  let out = "$";
  for (const segment of segments) {
    if (segment.kind === "filter") return void 0;
    if (segment.kind === "index") out += `[${segment.index}]`;
    else
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment.name) ? `.${segment.name}` : `[${JSON.stringify(segment.name)}]`;
  }
  return out;
}
function suggestJsonPath(key) {
  const dotted = key.trim().replace(/^\$/, "");
  if (!/^\.[^[\]"]+$/.test(dotted)) return void 0;
  const names2 = dotted.slice(1).split(".");
  if (names2.some((n) => n === "")) return void 0;
  return toJsonPath(names2.map((name) => ({ kind: "key", name })));
}
function parseJsonPath(path9) {
  let i = 0;
  const fail = (message2) => {
    throw new ParseError(message2, i);
  };
  const skipSpace = () => {
    while (/[ \t\n\r]/.test(path9[i] ?? "")) i++;
  };
  const nameFirst = /[A-Za-z_\u0080-\uffff]/;
  const nameChar = /[A-Za-z0-9_\u0080-\uffff]/;
  const readShorthand = () => {
    if (!nameFirst.test(path9[i] ?? ""))
      fail('expected a member name (letters, digits, _; not starting with a digit) or use ["name"]');
    while (nameChar.test(path9[i] ?? "")) i++;
  };
  const readString = () => {
    const quote = path9[i];
    i++;
    while (i < path9.length && path9[i] !== quote) {
      if (path9[i] === "\\") {
        i++;
        if (!/["'\\/bfnrtu]/.test(path9[i] ?? "")) fail("invalid escape in quoted name");
      }
      i++;
    }
    if (path9[i] !== quote) fail("unterminated quoted name");
    i++;
  };
  const readInt = () => {
    const match = /^(?:0|-?[1-9]\d*)/.exec(path9.slice(i));
    if (!match) fail("expected an integer");
    i += match?.[0].length ?? 0;
  };
  const readQuery = () => {
    i++;
    readSegments(true);
  };
  const readComparable = () => {
    skipSpace();
    const c = path9[i] ?? "";
    if (c === "@" || c === "$") {
      readQuery();
      return "query";
    }
    if (c === '"' || c === "'") {
      readString();
      return "literal";
    }
    if (/[-0-9]/.test(c)) {
      const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(path9.slice(i));
      if (!match) fail("expected a number");
      i += match?.[0].length ?? 0;
      return "literal";
    }
    for (const word of ["true", "false", "null"]) {
      if (path9.startsWith(word, i) && !nameChar.test(path9[i + word.length] ?? "")) {
        i += word.length;
        return "literal";
      }
    }
    if (/[a-z]/.test(c)) {
      while (/[a-z0-9_]/.test(path9[i] ?? "")) i++;
      skipSpace();
      if (path9[i] !== "(") fail('expected "(" after a function name');
      i++;
      skipSpace();
      if (path9[i] !== ")") {
        for (; ; ) {
          skipSpace();
          if (/["'0-9-]/.test(path9[i] ?? "")) readComparable();
          else readLogical();
          skipSpace();
          if (path9[i] === ",") {
            i++;
            continue;
          }
          break;
        }
      }
      if (path9[i] !== ")") fail('expected ")" to close the function call');
      i++;
      return "function";
    }
    return fail("expected @, $, a literal or a function call in the filter");
  };
  const readBasic = () => {
    skipSpace();
    if (path9[i] === "!") {
      i++;
      skipSpace();
    }
    if (path9[i] === "(") {
      i++;
      readLogical();
      skipSpace();
      if (path9[i] !== ")") fail('expected ")"');
      i++;
      return;
    }
    const left = readComparable();
    skipSpace();
    const op = ["==", "!=", "<=", ">=", "<", ">"].find((o) => path9.startsWith(o, i));
    if (op) {
      i += op.length;
      readComparable();
    } else if (left === "literal") {
      fail('a literal alone is not a test: compare it, e.g. @ == "value"');
    }
  };
  function readLogical() {
    readBasic();
    for (; ; ) {
      skipSpace();
      if (path9.startsWith("&&", i) || path9.startsWith("||", i)) {
        i += 2;
        readBasic();
      } else return;
    }
  }
  const readSelector = () => {
    skipSpace();
    const c = path9[i] ?? "";
    if (c === '"' || c === "'") {
      readString();
      return;
    }
    if (c === "*") {
      i++;
      return;
    }
    if (c === "?") {
      i++;
      readLogical();
      return;
    }
    if (c !== ":") readInt();
    skipSpace();
    for (let colons = 0; path9[i] === ":" && colons < 2; colons++) {
      i++;
      skipSpace();
      if (/[-0-9]/.test(path9[i] ?? "")) readInt();
      skipSpace();
    }
  };
  function readSegments(inFilter) {
    for (; ; ) {
      if (inFilter) {
        const save = i;
        skipSpace();
        if (path9[i] !== "." && path9[i] !== "[") {
          i = save;
          return;
        }
      }
      if (path9.startsWith("..", i)) {
        i += 2;
        if (path9[i] === "*") i++;
        else if (path9[i] === "[") readBracket();
        else readShorthand();
      } else if (path9[i] === ".") {
        i++;
        if (path9[i] === "*") i++;
        else readShorthand();
      } else if (path9[i] === "[") {
        readBracket();
      } else {
        return;
      }
    }
  }
  function readBracket() {
    i++;
    for (; ; ) {
      readSelector();
      skipSpace();
      if (path9[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (path9[i] !== "]") fail('expected "]"');
    i++;
  }
  try {
    if (path9[0] !== "$") fail("an RFC 9535 JSONPath starts with $");
    i = 1;
    readSegments(false);
    if (i < path9.length) fail("unexpected character");
    return { ok: true };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

// src/postgrest/conninfo.ts
function conninfoValue(conninfo, keyword) {
  return conninfo.parameters.findLast((p) => p.keyword === keyword);
}
function parseConninfo(text2) {
  return /^postgres(?:ql)?:\/\//.test(text2) ? parseUri(text2) : parseKeywordValue(text2);
}
function parseKeywordValue(text2) {
  const parameters = [];
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text2[i] ?? "")) i++;
  };
  for (; ; ) {
    skipSpace();
    if (i >= text2.length) break;
    const start = i;
    while (i < text2.length && !/[\s=]/.test(text2[i] ?? "")) i++;
    const keyword = text2.slice(start, i);
    skipSpace();
    if (text2[i] !== "=") throw new Error(`missing "=" after "${keyword}" in connection string`);
    i++;
    skipSpace();
    let value = "";
    if (text2[i] === "'") {
      i++;
      while (i < text2.length && text2[i] !== "'") {
        if (text2[i] === "\\") i++;
        value += text2[i] ?? "";
        i++;
      }
      if (text2[i] !== "'") throw new Error(`unterminated quoted value for "${keyword}" in connection string`);
      i++;
    } else {
      while (i < text2.length && !/\s/.test(text2[i] ?? "")) {
        if (text2[i] === "\\") i++;
        value += text2[i] ?? "";
        i++;
      }
    }
    parameters.push({ keyword, value, source: text2.slice(start, i) });
  }
  const password = parameters.findLast((p) => p.keyword === "password");
  return {
    form: "keyword-value",
    parameters,
    hasPassword: password !== void 0 && password.value !== "",
    ...password ? { passwordSource: password.source } : {}
  };
}
function parseUri(text2) {
  const afterScheme = text2.replace(/^postgres(?:ql)?:\/\//, "");
  const queryStart = afterScheme.indexOf("?");
  const authorityAndPath = queryStart < 0 ? afterScheme : afterScheme.slice(0, queryStart);
  const query = queryStart < 0 ? "" : afterScheme.slice(queryStart + 1);
  const slash = authorityAndPath.indexOf("/");
  const authority = slash < 0 ? authorityAndPath : authorityAndPath.slice(0, slash);
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? "" : authority.slice(0, at);
  const colon = userinfo.indexOf(":");
  const uriPassword = colon < 0 ? "" : userinfo.slice(colon + 1);
  const parameters = [];
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    if (eq < 0) throw new Error(`missing "=" in URI parameter "${pair}" of connection string`);
    parameters.push({ keyword: decode(pair.slice(0, eq)), value: decode(pair.slice(eq + 1)), source: pair });
  }
  const queryPassword = parameters.findLast((p) => p.keyword === "password");
  const passwordSource = queryPassword?.source ?? (uriPassword ? userinfo : void 0);
  return {
    form: "uri",
    parameters,
    hasPassword: uriPassword !== "" || queryPassword !== void 0 && queryPassword.value !== "",
    ...passwordSource ? { passwordSource } : {}
  };
}
function decode(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    throw new Error(`invalid percent-encoding in "${text2}" of connection string`);
  }
}

// src/spec/rules/postgrest.ts
var VAULT_DIR = "/opt/vault";
var SECRETS_DIR = "/opt/secrets";
var DEFAULT_SERVER_PORT = 3e3;
var DEFAULT_CONTAINER_PORT = 8080;
var CERT_KEYWORDS = ["sslcert", "sslkey", "sslrootcert"];
var CERT_ENV = {
  PGSSLCERT: "sslcert",
  PGSSLKEY: "sslkey",
  PGSSLROOTCERT: "sslrootcert"
};
var UNVERIFIED_SSLMODES = ["disable", "allow", "prefer"];
function postgrestContainers(context) {
  return containersOf(context.service).filter(
    (ref) => envOf(ref).some((e) => e.name.startsWith("PGRST_")) || /postgrest/i.test(asString(ref.container["image"]) ?? "") || references(context, [...ref.path, "image"], "IMAGE")
  );
}
function plainValue(entry2) {
  return entry2 && !("valueFrom" in entry2.entry) ? asString(entry2.entry["value"]) : void 0;
}
function plainDbUri(context, ref) {
  const entry2 = envNamed(ref, "PGRST_DB_URI");
  const value = plainValue(entry2);
  if (!entry2 || value === void 0 || value.startsWith("@") || isDeferred(context, [...entry2.path, "value"]))
    return void 0;
  return { entry: entry2, value };
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
var dbUriSyntax = (context) => {
  for (const ref of postgrestContainers(context)) {
    const uri = plainDbUri(context, ref);
    if (!uri) continue;
    try {
      parseConninfo(uri.value);
    } catch (error) {
      report(
        context,
        [...uri.entry.path, "value"],
        "value",
        "error",
        "pgrst/db-uri",
        `PGRST_DB_URI does not parse: ${error.message}`,
        "write keyword=value pairs separated by spaces, or a postgresql:// URI"
      );
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
    const entry2 = envNamed(ref, name);
    const file = plainValue(entry2);
    if (entry2 && file !== void 0)
      found.push({ keyword, file, label: `${name}=${file}`, path: [...entry2.path, "value"], needle: file });
  }
  return found;
}
function mountedSecretFiles(context, ref) {
  const volumes2 = /* @__PURE__ */ new Map();
  for (const volume of asList(field(context.service, ...TEMPLATE_SPEC, "volumes"))) {
    const name = asString(field(volume, "name"));
    const secret = asRecord(field(volume, "secret"));
    if (name !== void 0 && secret) volumes2.set(name, secret);
  }
  const files = /* @__PURE__ */ new Map();
  for (const mount of asList(ref.container["volumeMounts"])) {
    const volume = asString(field(mount, "name"));
    const mountPath = asString(field(mount, "mountPath"));
    const secret = volume === void 0 ? void 0 : volumes2.get(volume);
    if (volume === void 0 || mountPath === void 0 || !secret) continue;
    for (const item of asList(secret["items"])) {
      const itemPath = asString(field(item, "path"));
      if (itemPath !== void 0) files.set(path8.join(mountPath, itemPath), { volume, mountPath });
    }
  }
  return files;
}
var secretPaths = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const files = mountedSecretFiles(context, ref);
    for (const cert of certs) {
      const normalized = path8.normalize(cert.file);
      if (!normalized.startsWith(`${SECRETS_DIR}/`)) {
        const underVault = normalized.startsWith(`${VAULT_DIR}/`);
        reportInValue(
          context,
          cert.path,
          cert.needle,
          "error",
          "pgrst/secret-path",
          underVault ? `${cert.label} reads the secret mount itself: Cloud Run mounts it read-only 0444${cert.keyword === "sslkey" ? ", and libpq refuses a key with group or world access" : ""}` : `${cert.label} is not under ${SECRETS_DIR}/, where the entrypoint puts the copies of the secret mounts`,
          `point it at ${SECRETS_DIR}/${underVault ? path8.relative(VAULT_DIR, normalized) : "<path>"}; the entrypoint copies ${VAULT_DIR} to ${SECRETS_DIR} with mode 0600`
        );
        continue;
      }
      const source = path8.join(VAULT_DIR, path8.relative(SECRETS_DIR, normalized));
      if (files.has(source)) continue;
      reportInValue(
        context,
        cert.path,
        cert.needle,
        "error",
        "pgrst/secret-path",
        `${cert.label} has no secret volume under ${source}`,
        missingMountFix(source, files)
      );
    }
  }
};
function missingMountFix(source, files) {
  const directory = path8.dirname(source);
  const sameDirectory = [...files.entries()].filter(([, f]) => f.mountPath.replace(/\/+$/, "") === directory);
  if (sameDirectory.length > 0) {
    const provided = sameDirectory.map(([file]) => file.replace(VAULT_DIR, SECRETS_DIR)).join(", ");
    return `the secret volume mounted at ${directory} provides ${provided}: use that path, or set its items[].path to ${path8.basename(source)}`;
  }
  const elsewhere = [...files.keys()].map((file) => file.replace(VAULT_DIR, SECRETS_DIR));
  return `mount a secret volume at ${directory} with items: [{key: latest, path: ${path8.basename(source)}}]${elsewhere.length ? `, or use one of the mounted files ${elsewhere.join(", ")}` : ""}`;
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
      reportInValue(
        context,
        at.path,
        at.needle,
        "error",
        "pgrst/sslmode",
        mode === void 0 ? "client certificates are configured but sslmode is not set: libpq defaults to prefer, which may connect without TLS and never verifies the server" : `sslmode=${mode} with client certificates: the connection may go without TLS and the server is not verified`,
        "set sslmode=verify-ca (or verify-full to also check the host name)"
      );
    } else if (mode === "require") {
      reportInValue(
        context,
        at.path,
        at.needle,
        "warning",
        "pgrst/sslmode",
        "sslmode=require encrypts but does not verify the server certificate",
        "use sslmode=verify-ca (or verify-full) with sslrootcert"
      );
    }
  }
};
var plainSecrets = (context) => {
  const fix = "store it in Secret Manager and use valueFrom.secretKeyRef: {name: SECRET, key: latest}";
  for (const ref of postgrestContainers(context)) {
    for (const name of ["PGRST_JWT_SECRET", "PGPASSWORD"]) {
      const entry2 = envNamed(ref, name);
      const value = plainValue(entry2);
      if (entry2 && value !== void 0 && !value.startsWith("@")) {
        report(
          context,
          [...entry2.path, "value"],
          "value",
          "error",
          "pgrst/plain-secret",
          `${name} is a plain value: it would be readable by anyone who can read the service`,
          fix
        );
      }
    }
    const uri = dbUri(context, ref);
    if (uri?.conninfo.hasPassword) {
      reportInValue(
        context,
        [...uri.entry.path, "value"],
        uri.conninfo.passwordSource ?? "",
        "error",
        "pgrst/plain-secret",
        "PGRST_DB_URI holds a password in a plain value",
        `${fix}, or authenticate with the client certificate alone`
      );
    }
  }
};
var roleClaimKey = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry2 = envNamed(ref, "PGRST_JWT_ROLE_CLAIM_KEY");
    const key = plainValue(entry2);
    if (!entry2 || key === void 0 || isDeferred(context, [...entry2.path, "value"])) continue;
    const check = checkRoleClaimKey(key, version);
    const path9 = [...entry2.path, "value"];
    if (!check.ok) {
      const where = check.error ? ` at character ${check.error.offset + 1}: ${check.error.message}` : "";
      report(
        context,
        path9,
        "value",
        "error",
        "pgrst/role-claim-key",
        `PostgREST ${version.tag} fails to start: failed to parse role-claim-key value (${key})${where}`,
        check.suggestion ? `write ${check.suggestion}` : "see the jwt-role-claim-key grammar of your PostgREST version"
      );
    } else if (check.deprecated) {
      report(
        context,
        path9,
        "value",
        "warning",
        "pgrst/role-claim-key",
        `PostgREST ${version.tag} accepts "${key}" but logs that this claim key syntax is deprecated`,
        check.suggestion ? `write the RFC 9535 form ${check.suggestion}` : "write it as RFC 9535 JSONPath starting with $"
      );
    }
  }
};
var ports = (context) => {
  for (const ref of postgrestContainers(context)) {
    const ports2 = asList(ref.container["ports"]);
    const containerPortPath = [...ref.path, "ports", 0, "containerPort"];
    const containerPort = asInteger(field(ports2[0], "containerPort")) ?? DEFAULT_CONTAINER_PORT;
    const serverEntry = envNamed(ref, "PGRST_SERVER_PORT");
    const serverPort = asInteger(plainValue(serverEntry));
    const entrypointMapsPort = references(context, [...ref.path, "image"], "IMAGE") && !("command" in ref.container);
    if (serverPort !== void 0 && serverEntry) {
      if (serverPort !== containerPort) {
        report(
          context,
          [...serverEntry.path, "value"],
          "value",
          "error",
          "pgrst/server-port",
          `PGRST_SERVER_PORT ${serverPort} differs from the container port ${containerPort}: Cloud Run would send requests where nothing listens`,
          `set containerPort: ${serverPort}, or PGRST_SERVER_PORT to "${containerPort}"`
        );
      }
    } else if (!entrypointMapsPort && containerPort !== DEFAULT_SERVER_PORT) {
      report(
        context,
        ports2.length > 0 ? containerPortPath : ref.path,
        ports2.length > 0 ? "value" : "key",
        "error",
        "pgrst/server-port",
        `PostgREST ignores PORT and listens on ${DEFAULT_SERVER_PORT}, but the container port is ${containerPort}`,
        `set ports: [{containerPort: ${DEFAULT_SERVER_PORT}}], or PGRST_SERVER_PORT: "${containerPort}"`
      );
    }
    const effectiveServerPort = serverPort ?? (entrypointMapsPort ? containerPort : DEFAULT_SERVER_PORT);
    const adminEntry = envNamed(ref, "PGRST_ADMIN_SERVER_PORT");
    const adminPort = asInteger(plainValue(adminEntry));
    if (adminEntry && adminPort !== void 0 && adminPort === effectiveServerPort && isAtLeast(context.postgrestVersion, 13)) {
      report(
        context,
        [...adminEntry.path, "value"],
        "value",
        "error",
        "pgrst/admin-port",
        `PGRST_ADMIN_SERVER_PORT ${adminPort} is the server port: PostgREST ${context.postgrestVersion.tag} refuses to start`,
        `use another port, e.g. "${effectiveServerPort + 1}"`
      );
    }
    checkProbes(context, ref, adminPort, containerPort);
  }
};
function checkProbes(context, ref, adminPort, containerPort) {
  const startup = asRecord(ref.container["startupProbe"]);
  if (!startup) {
    report(
      context,
      ref.path,
      "key",
      "warning",
      "pgrst/startup-probe",
      "no startupProbe: Cloud Run sends traffic as soon as the port opens, before PostgREST has connected and loaded its schema cache",
      `add startupProbe: {httpGet: {path: /ready, port: ${adminPort ?? 3001}}}${adminPort === void 0 ? ' and PGRST_ADMIN_SERVER_PORT: "3001"' : ""}`
    );
  }
  for (const kind of ["startupProbe", "livenessProbe"]) {
    const probePath = asString(field(ref.container, kind, "httpGet", "path"));
    if (probePath === void 0 || !["/ready", "/live"].includes(probePath.replace(/\?.*$/, ""))) continue;
    const portPath = [...ref.path, kind, "httpGet", "port"];
    const port = asInteger(field(ref.container, kind, "httpGet", "port")) ?? containerPort;
    if (adminPort === void 0) {
      report(
        context,
        [...ref.path, kind, "httpGet", "path"],
        "value",
        "error",
        "pgrst/startup-probe",
        `${kind} checks ${probePath}, but the admin server is off (no PGRST_ADMIN_SERVER_PORT)`,
        `set PGRST_ADMIN_SERVER_PORT: "${port === containerPort ? containerPort + 1 : port}" and probe that port`
      );
    } else if (port !== adminPort) {
      report(
        context,
        field(ref.container, kind, "httpGet", "port") === void 0 ? [...ref.path, kind, "httpGet"] : portPath,
        "value",
        "error",
        "pgrst/startup-probe",
        `${kind} checks ${probePath} on port ${port}, but PostgREST serves it on the admin port ${adminPort}`,
        `set ${kind}.httpGet.port: ${adminPort}`
      );
    }
  }
}
var imagePin = (context) => {
  for (const ref of containersOf(context.service)) {
    const imagePath = [...ref.path, "image"];
    const image = asString(ref.container["image"]);
    if (image === void 0 || isDeferred(context, imagePath)) continue;
    const pin = imagePinOf(image);
    if (pin === "digest" || pin === "tag") continue;
    report(
      context,
      imagePath,
      "value",
      "error",
      "pgrst/image-pin",
      pin === "latest" ? `image "${image}" uses :latest, which moves with every release (backports included)` : `image "${image}" has no tag or digest, so it means :latest`,
      "pin a version tag (postgrest/postgrest:v14.17) or a digest (@sha256:...), or use ${IMAGE} for the image the action builds"
    );
  }
};
function imagePinOf(image) {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return "digest";
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon < 0) return "none";
  return image.slice(colon + 1) === "latest" ? "latest" : "tag";
}
var entrypoint = (context) => {
  for (const ref of postgrestContainers(context)) {
    if (!("command" in ref.container)) continue;
    if (!certReferences(context, ref).some((c) => c.file.startsWith(`${SECRETS_DIR}/`))) continue;
    report(
      context,
      [...ref.path, "command"],
      "key",
      "error",
      "pgrst/entrypoint",
      `command replaces the image's entrypoint, which copies ${VAULT_DIR} to ${SECRETS_DIR}: the certificate files will not exist`,
      "remove command (pass PostgREST options with args or env)"
    );
  }
};
var POSTGREST_RULES = [
  dbUriSyntax,
  secretPaths,
  sslmode,
  plainSecrets,
  roleClaimKey,
  ports,
  imagePin,
  entrypoint
];

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
      pattern: "^[-+]?[0-9]+$",
      minimum: -2147483648,
      maximum: 2147483647,
      description: "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does."
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
          type: "boolean"
        },
        blockOwnerDeletion: {
          type: "boolean"
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
          type: "boolean",
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean"
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
          description: "http1 (default) or h2c (end-to-end HTTP/2)."
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean"
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
          type: "boolean",
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
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/pgrst-cloudrun-action/schema/cloudrun-service.schema.json", "title": "Cloud Run service (Admin API v1, Knative serving.knative.dev/v1)", "description": "A Cloud Run service as `gcloud run services replace` and pgrst-cloudrun-action read it. Unknown fields are errors at every level, as gcloud rejects them.", "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "serving.knative.dev/v1", "description": "Always serving.knative.dev/v1." }, "kind": { "const": "Service", "description": "Always Service." }, "metadata": { "allOf": [{ "$ref": "#/$defs/ObjectMeta" }], "required": ["name"] }, "spec": { "$ref": "#/$defs/ServiceSpec" }, "status": { "$ref": "#/$defs/ServiceStatus" } }, "required": ["apiVersion", "kind", "metadata", "spec"], "$defs": { "int32": { "type": ["integer", "string"], "pattern": "^[-+]?[0-9]+$", "minimum": -2147483648, "maximum": 2147483647, "description": "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does." }, "ObjectMeta": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the resource. For a service: lowercase letters, digits and hyphens, at most 49 characters." }, "namespace": { "type": "string", "description": "The Google Cloud project ID or number. Set by the deploy stage." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Labels: string keys and string values (quote numbers and booleans)." }, "annotations": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Annotations: string keys and string values (quote numbers and booleans)." }, "generateName": { "type": "string" }, "generation": { "$ref": "#/$defs/int32", "description": "Output only." }, "resourceVersion": { "type": "string", "description": "Optimistic concurrency token. Set by the deploy stage." }, "selfLink": { "type": "string", "description": "Output only." }, "uid": { "type": "string", "description": "Output only." }, "creationTimestamp": { "type": "string", "description": "Output only." }, "deletionTimestamp": { "type": "string", "description": "Output only." }, "deletionGracePeriodSeconds": { "$ref": "#/$defs/int32", "description": "Not supported by Cloud Run." }, "clusterName": { "type": "string", "description": "Not supported by Cloud Run." }, "finalizers": { "type": "array", "items": { "type": "string" }, "description": "Not supported by Cloud Run." }, "ownerReferences": { "type": "array", "items": { "$ref": "#/$defs/OwnerReference" }, "description": "Not supported by Cloud Run." } }, "description": "Standard Kubernetes object metadata." }, "OwnerReference": { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "uid": { "type": "string" }, "controller": { "type": "boolean" }, "blockOwnerDeletion": { "type": "boolean" } } }, "ServiceSpec": { "type": "object", "additionalProperties": false, "properties": { "template": { "$ref": "#/$defs/RevisionTemplate", "description": "The template from which each new revision is created." }, "traffic": { "type": "array", "items": { "$ref": "#/$defs/TrafficTarget" }, "description": "How traffic is split between revisions, and which revisions carry tags. Authoritative: a tag left out is removed." } } }, "RevisionTemplate": { "type": "object", "additionalProperties": false, "properties": { "metadata": { "$ref": "#/$defs/ObjectMeta", "description": "Revision metadata: name (pinned revision name, {service}-{suffix}), annotations such as autoscaling.knative.dev/maxScale." }, "spec": { "$ref": "#/$defs/RevisionSpec" } } }, "RevisionSpec": { "type": "object", "additionalProperties": false, "properties": { "containerConcurrency": { "$ref": "#/$defs/int32", "description": "Maximum concurrent requests per instance: default 80, at most 1000; 1 when cpu is below 1." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Maximum request duration: default 300, at most 3600." }, "serviceAccountName": { "type": "string", "description": "Email of the service account the revision runs as." }, "containers": { "type": "array", "items": { "$ref": "#/$defs/Container" }, "description": "The containers: exactly one of them receives requests (declares a port)." }, "volumes": { "type": "array", "items": { "$ref": "#/$defs/Volume" } }, "imagePullSecrets": { "type": "array", "items": { "$ref": "#/$defs/LocalObjectReference" }, "description": "Not supported by Cloud Run." }, "enableServiceLinks": { "type": "boolean", "description": "Not supported by Cloud Run." }, "nodeSelector": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Node selector, e.g. run.googleapis.com/accelerator: nvidia-l4 for GPUs." }, "runtimeClassName": { "type": "string", "description": "Not supported by Cloud Run." } } }, "Container": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Container name; required when there is more than one container." }, "image": { "type": "string", "description": "Image reference: pin a tag or a digest (never :latest)." }, "command": { "type": "array", "items": { "type": "string" }, "description": "Entrypoint override. Overriding it bypasses the image's entrypoint (for the PostgREST image: the secret copy in run.sh)." }, "args": { "type": "array", "items": { "type": "string" }, "description": "Arguments to the entrypoint." }, "env": { "type": "array", "items": { "$ref": "#/$defs/EnvVar" }, "description": "Environment variables: each with value or valueFrom.secretKeyRef." }, "envFrom": { "type": "array", "items": { "$ref": "#/$defs/EnvFromSource" }, "description": "Not supported by Cloud Run." }, "ports": { "type": "array", "items": { "$ref": "#/$defs/ContainerPort" }, "description": "At most one port, on the single ingress container." }, "resources": { "$ref": "#/$defs/ResourceRequirements" }, "volumeMounts": { "type": "array", "items": { "$ref": "#/$defs/VolumeMount" } }, "startupProbe": { "$ref": "#/$defs/Probe", "description": "Startup probe: HTTP, TCP or gRPC. For PostgREST: httpGet /ready on the admin server port." }, "livenessProbe": { "$ref": "#/$defs/Probe", "description": "Liveness probe: HTTP or gRPC." }, "readinessProbe": { "$ref": "#/$defs/Probe", "description": "Not supported by Cloud Run services." }, "workingDir": { "type": "string" }, "imagePullPolicy": { "type": "string" }, "terminationMessagePath": { "type": "string" }, "terminationMessagePolicy": { "type": "string" }, "securityContext": { "type": "object", "additionalProperties": false, "properties": { "runAsUser": { "$ref": "#/$defs/int32" } } } }, "required": ["image"] }, "EnvVar": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Variable name." }, "value": { "type": "string", "description": "A plain value. Quote numbers and booleans. Never a secret: use valueFrom.secretKeyRef." }, "valueFrom": { "$ref": "#/$defs/EnvVarSource" } }, "required": ["name"] }, "EnvVarSource": { "type": "object", "additionalProperties": false, "properties": { "secretKeyRef": { "$ref": "#/$defs/SecretKeySelector" }, "configMapKeyRef": { "$ref": "#/$defs/ConfigMapKeySelector", "description": "Not supported by Cloud Run." } } }, "SecretKeySelector": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Secret Manager secret name (or projects/P/secrets/S)." }, "key": { "type": "string", "description": "Secret version: a number or latest." }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "ConfigMapKeySelector": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "key": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "LocalObjectReference": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" } } }, "EnvFromSource": { "type": "object", "additionalProperties": false, "properties": { "prefix": { "type": "string" }, "configMapRef": { "$ref": "#/$defs/ConfigMapEnvSource" }, "secretRef": { "$ref": "#/$defs/SecretEnvSource" } } }, "ConfigMapEnvSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "SecretEnvSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } }, "ContainerPort": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "http1 (default) or h2c (end-to-end HTTP/2)." }, "containerPort": { "$ref": "#/$defs/int32", "description": "Port the container listens on (1-65535; Cloud Run passes it as PORT)." }, "protocol": { "type": "string", "description": "TCP." } } }, "ResourceRequirements": { "type": "object", "additionalProperties": false, "properties": { "limits": { "type": "object", "additionalProperties": { "type": "string" }, "description": 'cpu (1, 2, 4, 6, 8 or below 1 like 500m), memory (e.g. 256Mi, 1Gi), nvidia.com/gpu. Quote numbers: cpu: "1".' }, "requests": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Not used by Cloud Run services." } } }, "VolumeMount": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of a volume declared in spec.template.spec.volumes." }, "mountPath": { "type": "string", "description": "Absolute path in the container." }, "readOnly": { "type": "boolean" }, "subPath": { "type": "string" } }, "required": ["name", "mountPath"] }, "Probe": { "type": "object", "additionalProperties": false, "properties": { "httpGet": { "$ref": "#/$defs/HTTPGetAction" }, "tcpSocket": { "$ref": "#/$defs/TCPSocketAction" }, "grpc": { "$ref": "#/$defs/GRPCAction" }, "initialDelaySeconds": { "$ref": "#/$defs/int32", "description": "0-240." }, "periodSeconds": { "$ref": "#/$defs/int32", "description": "Default 10; startup probes at most 240." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Default 1; at most periodSeconds." }, "failureThreshold": { "$ref": "#/$defs/int32", "description": "Default 3." }, "successThreshold": { "$ref": "#/$defs/int32", "description": "Must be 1." } } }, "HTTPGetAction": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string" }, "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" }, "scheme": { "type": "string" }, "httpHeaders": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } } } } } }, "TCPSocketAction": { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" } } }, "GRPCAction": { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "service": { "type": "string" } } }, "Volume": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Volume name, unique in the revision." }, "secret": { "$ref": "#/$defs/SecretVolumeSource" }, "emptyDir": { "$ref": "#/$defs/EmptyDirVolumeSource" }, "csi": { "$ref": "#/$defs/CSIVolumeSource" }, "nfs": { "$ref": "#/$defs/NFSVolumeSource" }, "configMap": { "$ref": "#/$defs/ConfigMapVolumeSource", "description": "Not supported by Cloud Run." } }, "required": ["name"] }, "SecretVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "secretName": { "type": "string", "description": "Secret Manager secret name." }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" }, "description": "Files: key is the secret version, path the file name under the mount path." }, "defaultMode": { "$ref": "#/$defs/int32", "description": "File mode, e.g. 0444 (octal in YAML 1.1). Cloud Run mounts secrets read-only whatever the mode." }, "optional": { "type": "boolean" } } }, "KeyToPath": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "description": "Secret version: a number or latest." }, "path": { "type": "string", "description": "File name, relative to the mount path." }, "mode": { "$ref": "#/$defs/int32" } } }, "ConfigMapVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" } }, "defaultMode": { "$ref": "#/$defs/int32" }, "optional": { "type": "boolean" } } }, "EmptyDirVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "medium": { "type": "string", "description": "Memory for an in-memory volume, or empty." }, "sizeLimit": { "type": "string", "description": "e.g. 512Mi." } } }, "CSIVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "driver": { "type": "string", "description": "gcsfuse.run.googleapis.com for Cloud Storage." }, "readOnly": { "type": "boolean" }, "volumeAttributes": { "type": "object", "additionalProperties": { "type": "string" }, "description": "e.g. bucketName." } } }, "NFSVolumeSource": { "type": "object", "additionalProperties": false, "properties": { "server": { "type": "string" }, "path": { "type": "string" }, "readOnly": { "type": "boolean" } } }, "TrafficTarget": { "type": "object", "additionalProperties": false, "properties": { "revisionName": { "type": "string", "description": "A revision of this service: {service}-{suffix}." }, "latestRevision": { "type": "boolean", "description": "Send this share to the latest ready revision." }, "percent": { "$ref": "#/$defs/int32", "description": "0-100; the percents of all targets sum to 100." }, "tag": { "type": "string", "description": "A tag gives the revision its own URL: https://TAG---SERVICE-....run.app." }, "configurationName": { "type": "string", "description": "Not supported by Cloud Run." }, "url": { "type": "string", "description": "Output only." } } }, "ServiceStatus": { "type": "object", "description": "Output only: ignored and not sent." } } };
var schema63 = { "type": "object", "description": "Output only: ignored and not sent." };
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the resource. For a service: lowercase letters, digits and hyphens, at most 49 characters." }, "namespace": { "type": "string", "description": "The Google Cloud project ID or number. Set by the deploy stage." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Labels: string keys and string values (quote numbers and booleans)." }, "annotations": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Annotations: string keys and string values (quote numbers and booleans)." }, "generateName": { "type": "string" }, "generation": { "$ref": "#/$defs/int32", "description": "Output only." }, "resourceVersion": { "type": "string", "description": "Optimistic concurrency token. Set by the deploy stage." }, "selfLink": { "type": "string", "description": "Output only." }, "uid": { "type": "string", "description": "Output only." }, "creationTimestamp": { "type": "string", "description": "Output only." }, "deletionTimestamp": { "type": "string", "description": "Output only." }, "deletionGracePeriodSeconds": { "$ref": "#/$defs/int32", "description": "Not supported by Cloud Run." }, "clusterName": { "type": "string", "description": "Not supported by Cloud Run." }, "finalizers": { "type": "array", "items": { "type": "string" }, "description": "Not supported by Cloud Run." }, "ownerReferences": { "type": "array", "items": { "$ref": "#/$defs/OwnerReference" }, "description": "Not supported by Cloud Run." } }, "description": "Standard Kubernetes object metadata." };
var schema13 = { "type": ["integer", "string"], "pattern": "^[-+]?[0-9]+$", "minimum": -2147483648, "maximum": 2147483647, "description": "A 32-bit integer. A string of digits is accepted and sent as a number, as gcloud does." };
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "uid": { "type": "string" }, "controller": { "type": "boolean" }, "blockOwnerDeletion": { "type": "boolean" } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[-+]?[0-9]+$", "u");
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
          const err11 = { instancePath: instancePath + "/generation", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data7 };
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
          const err20 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data13 };
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
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key3 in data18) {
              if (!(key3 === "apiVersion" || key3 === "kind" || key3 === "name" || key3 === "uid" || key3 === "controller" || key3 === "blockOwnerDeletion")) {
                const err24 = { instancePath: instancePath + "/ownerReferences/" + i1, schemaPath: "#/$defs/OwnerReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data18 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data18.apiVersion !== void 0) {
              let data19 = data18.apiVersion;
              if (typeof data19 !== "string") {
                const err25 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/apiVersion", schemaPath: "#/$defs/OwnerReference/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.apiVersion.type, parentSchema: schema15.properties.apiVersion, data: data19 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data18.kind !== void 0) {
              let data20 = data18.kind;
              if (typeof data20 !== "string") {
                const err26 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/kind", schemaPath: "#/$defs/OwnerReference/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.kind.type, parentSchema: schema15.properties.kind, data: data20 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data18.name !== void 0) {
              let data21 = data18.name;
              if (typeof data21 !== "string") {
                const err27 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/name", schemaPath: "#/$defs/OwnerReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data21 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data18.uid !== void 0) {
              let data22 = data18.uid;
              if (typeof data22 !== "string") {
                const err28 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/uid", schemaPath: "#/$defs/OwnerReference/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.uid.type, parentSchema: schema15.properties.uid, data: data22 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data18.controller !== void 0) {
              let data23 = data18.controller;
              if (typeof data23 !== "boolean") {
                const err29 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/controller", schemaPath: "#/$defs/OwnerReference/properties/controller/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.controller.type, parentSchema: schema15.properties.controller, data: data23 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data18.blockOwnerDeletion !== void 0) {
              let data24 = data18.blockOwnerDeletion;
              if (typeof data24 !== "boolean") {
                const err30 = { instancePath: instancePath + "/ownerReferences/" + i1 + "/blockOwnerDeletion", schemaPath: "#/$defs/OwnerReference/properties/blockOwnerDeletion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.blockOwnerDeletion.type, parentSchema: schema15.properties.blockOwnerDeletion, data: data24 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/ownerReferences/" + i1, schemaPath: "#/$defs/OwnerReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.ownerReferences.type, parentSchema: schema12.properties.ownerReferences, data: data17 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "additionalProperties": false, "properties": { "template": { "$ref": "#/$defs/RevisionTemplate", "description": "The template from which each new revision is created." }, "traffic": { "type": "array", "items": { "$ref": "#/$defs/TrafficTarget" }, "description": "How traffic is split between revisions, and which revisions carry tags. Authoritative: a tag left out is removed." } } };
var schema17 = { "type": "object", "additionalProperties": false, "properties": { "metadata": { "$ref": "#/$defs/ObjectMeta", "description": "Revision metadata: name (pinned revision name, {service}-{suffix}), annotations such as autoscaling.knative.dev/maxScale." }, "spec": { "$ref": "#/$defs/RevisionSpec" } } };
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "containerConcurrency": { "$ref": "#/$defs/int32", "description": "Maximum concurrent requests per instance: default 80, at most 1000; 1 when cpu is below 1." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Maximum request duration: default 300, at most 3600." }, "serviceAccountName": { "type": "string", "description": "Email of the service account the revision runs as." }, "containers": { "type": "array", "items": { "$ref": "#/$defs/Container" }, "description": "The containers: exactly one of them receives requests (declares a port)." }, "volumes": { "type": "array", "items": { "$ref": "#/$defs/Volume" } }, "imagePullSecrets": { "type": "array", "items": { "$ref": "#/$defs/LocalObjectReference" }, "description": "Not supported by Cloud Run." }, "enableServiceLinks": { "type": "boolean", "description": "Not supported by Cloud Run." }, "nodeSelector": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Node selector, e.g. run.googleapis.com/accelerator: nvidia-l4 for GPUs." }, "runtimeClassName": { "type": "string", "description": "Not supported by Cloud Run." } } };
var schema25 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" } } };
var schema21 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Container name; required when there is more than one container." }, "image": { "type": "string", "description": "Image reference: pin a tag or a digest (never :latest)." }, "command": { "type": "array", "items": { "type": "string" }, "description": "Entrypoint override. Overriding it bypasses the image's entrypoint (for the PostgREST image: the secret copy in run.sh)." }, "args": { "type": "array", "items": { "type": "string" }, "description": "Arguments to the entrypoint." }, "env": { "type": "array", "items": { "$ref": "#/$defs/EnvVar" }, "description": "Environment variables: each with value or valueFrom.secretKeyRef." }, "envFrom": { "type": "array", "items": { "$ref": "#/$defs/EnvFromSource" }, "description": "Not supported by Cloud Run." }, "ports": { "type": "array", "items": { "$ref": "#/$defs/ContainerPort" }, "description": "At most one port, on the single ingress container." }, "resources": { "$ref": "#/$defs/ResourceRequirements" }, "volumeMounts": { "type": "array", "items": { "$ref": "#/$defs/VolumeMount" } }, "startupProbe": { "$ref": "#/$defs/Probe", "description": "Startup probe: HTTP, TCP or gRPC. For PostgREST: httpGet /ready on the admin server port." }, "livenessProbe": { "$ref": "#/$defs/Probe", "description": "Liveness probe: HTTP or gRPC." }, "readinessProbe": { "$ref": "#/$defs/Probe", "description": "Not supported by Cloud Run services." }, "workingDir": { "type": "string" }, "imagePullPolicy": { "type": "string" }, "terminationMessagePath": { "type": "string" }, "terminationMessagePolicy": { "type": "string" }, "securityContext": { "type": "object", "additionalProperties": false, "properties": { "runAsUser": { "$ref": "#/$defs/int32" } } } }, "required": ["image"] };
var schema35 = { "type": "object", "additionalProperties": false, "properties": { "limits": { "type": "object", "additionalProperties": { "type": "string" }, "description": 'cpu (1, 2, 4, 6, 8 or below 1 like 500m), memory (e.g. 256Mi, 1Gi), nvidia.com/gpu. Quote numbers: cpu: "1".' }, "requests": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Not used by Cloud Run services." } } };
var schema36 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of a volume declared in spec.template.spec.volumes." }, "mountPath": { "type": "string", "description": "Absolute path in the container." }, "readOnly": { "type": "boolean" }, "subPath": { "type": "string" } }, "required": ["name", "mountPath"] };
var schema22 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Variable name." }, "value": { "type": "string", "description": "A plain value. Quote numbers and booleans. Never a secret: use valueFrom.secretKeyRef." }, "valueFrom": { "$ref": "#/$defs/EnvVarSource" } }, "required": ["name"] };
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "secretKeyRef": { "$ref": "#/$defs/SecretKeySelector" }, "configMapKeyRef": { "$ref": "#/$defs/ConfigMapKeySelector", "description": "Not supported by Cloud Run." } } };
var schema24 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Secret Manager secret name (or projects/P/secrets/S)." }, "key": { "type": "string", "description": "Secret version: a number or latest." }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "key" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
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
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data0 };
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
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.key.type, parentSchema: schema24.properties.key, data: data1 };
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
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.optional.type, parentSchema: schema24.properties.optional, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.localObjectReference !== void 0) {
      let data3 = data.localObjectReference;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "key": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
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
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.optional.type, parentSchema: schema26.properties.optional, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.localObjectReference !== void 0) {
      let data3 = data.localObjectReference;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretKeyRef" || key0 === "configMapKeyRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.secretKeyRef !== void 0) {
      if (!validate20(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.configMapKeyRef !== void 0) {
      if (!validate22(data.configMapKeyRef, { instancePath: instancePath + "/configMapKeyRef", parentData: data, parentDataProperty: "configMapKeyRef", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "valueFrom")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
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
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.name.type, parentSchema: schema22.properties.name, data: data0 };
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
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.value.type, parentSchema: schema22.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      if (!validate19(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": "object", "additionalProperties": false, "properties": { "prefix": { "type": "string" }, "configMapRef": { "$ref": "#/$defs/ConfigMapEnvSource" }, "secretRef": { "$ref": "#/$defs/SecretEnvSource" } } };
var schema29 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional" || key0 === "localObjectReference")) {
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
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema29.properties.optional.type, parentSchema: schema29.properties.optional, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.localObjectReference !== void 0) {
      let data2 = data.localObjectReference;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err3 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema31 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "optional": { "type": "boolean" }, "localObjectReference": { "$ref": "#/$defs/LocalObjectReference" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional" || key0 === "localObjectReference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
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
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data0 };
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
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.optional.type, parentSchema: schema31.properties.optional, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.localObjectReference !== void 0) {
      let data2 = data.localObjectReference;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err3 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/localObjectReference/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/localObjectReference", schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "prefix" || key0 === "configMapRef" || key0 === "secretRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
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
        const err1 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.prefix.type, parentSchema: schema28.properties.prefix, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configMapRef !== void 0) {
      if (!validate27(data.configMapRef, { instancePath: instancePath + "/configMapRef", parentData: data, parentDataProperty: "configMapRef", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate29(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "http1 (default) or h2c (end-to-end HTTP/2)." }, "containerPort": { "$ref": "#/$defs/int32", "description": "Port the container listens on (1-65535; Cloud Run passes it as PORT)." }, "protocol": { "type": "string", "description": "TCP." } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "containerPort" || key0 === "protocol")) {
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
    if (data.containerPort !== void 0) {
      let data1 = data.containerPort;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data1 };
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
          const err5 = { instancePath: instancePath + "/containerPort", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.protocol !== void 0) {
      let data2 = data.protocol;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.protocol.type, parentSchema: schema33.properties.protocol, data: data2 };
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
  validate32.errors = vErrors;
  return errors === 0;
}
var schema37 = { "type": "object", "additionalProperties": false, "properties": { "httpGet": { "$ref": "#/$defs/HTTPGetAction" }, "tcpSocket": { "$ref": "#/$defs/TCPSocketAction" }, "grpc": { "$ref": "#/$defs/GRPCAction" }, "initialDelaySeconds": { "$ref": "#/$defs/int32", "description": "0-240." }, "periodSeconds": { "$ref": "#/$defs/int32", "description": "Default 10; startup probes at most 240." }, "timeoutSeconds": { "$ref": "#/$defs/int32", "description": "Default 1; at most periodSeconds." }, "failureThreshold": { "$ref": "#/$defs/int32", "description": "Default 3." }, "successThreshold": { "$ref": "#/$defs/int32", "description": "Must be 1." } } };
var schema38 = { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string" }, "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" }, "scheme": { "type": "string" }, "httpHeaders": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } } } } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "port" || key0 === "host" || key0 === "scheme" || key0 === "httpHeaders")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
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
        const err1 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.path.type, parentSchema: schema38.properties.path, data: data0 };
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
          const err5 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data1 };
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
        const err6 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.host.type, parentSchema: schema38.properties.host, data: data2 };
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
        const err7 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.scheme.type, parentSchema: schema38.properties.scheme, data: data3 };
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
                const err8 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.httpHeaders.items, data: data5 };
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
                const err9 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/name", schemaPath: "#/properties/httpHeaders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.httpHeaders.items.properties.name.type, parentSchema: schema38.properties.httpHeaders.items.properties.name, data: data6 };
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
                const err10 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/value", schemaPath: "#/properties/httpHeaders/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.httpHeaders.items.properties.value.type, parentSchema: schema38.properties.httpHeaders.items.properties.value, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.httpHeaders.items.type, parentSchema: schema38.properties.httpHeaders.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.httpHeaders.type, parentSchema: schema38.properties.httpHeaders, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema40 = { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "host": { "type": "string" } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "host")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
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
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data0 };
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
        const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.host.type, parentSchema: schema40.properties.host, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/$defs/int32", "description": "Defaults to the container port." }, "service": { "type": "string" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "service")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
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
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data0 };
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
        const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.service.type, parentSchema: schema42.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "httpGet" || key0 === "tcpSocket" || key0 === "grpc" || key0 === "initialDelaySeconds" || key0 === "periodSeconds" || key0 === "timeoutSeconds" || key0 === "failureThreshold" || key0 === "successThreshold")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate35(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!validate37(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.grpc !== void 0) {
      if (!validate39(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
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
          const err4 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data3 };
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
          const err8 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data4 };
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
          const err12 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data5 };
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
          const err16 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data6 };
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
          const err20 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data7 };
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
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.image === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
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
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.name.type, parentSchema: schema21.properties.name, data: data0 };
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
        const err3 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.image.type, parentSchema: schema21.properties.image, data: data1 };
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
            const err4 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.command.items.type, parentSchema: schema21.properties.command.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.command.type, parentSchema: schema21.properties.command, data: data2 };
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
            const err6 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.args.items.type, parentSchema: schema21.properties.args.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.args.type, parentSchema: schema21.properties.args, data: data4 };
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
          if (!validate18(data6[i2], { instancePath: instancePath + "/env/" + i2, parentData: data6, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.env.type, parentSchema: schema21.properties.env, data: data6 };
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
          if (!validate26(data8[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data8, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.envFrom.type, parentSchema: schema21.properties.envFrom, data: data8 };
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
          if (!validate32(data10[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data10, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.ports.type, parentSchema: schema21.properties.ports, data: data10 };
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
            const err11 = { instancePath: instancePath + "/resources", schemaPath: "#/$defs/ResourceRequirements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data12 };
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
                const err12 = { instancePath: instancePath + "/resources/limits/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ResourceRequirements/properties/limits/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.limits.additionalProperties.type, parentSchema: schema35.properties.limits.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/$defs/ResourceRequirements/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.limits.type, parentSchema: schema35.properties.limits, data: data13 };
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
                const err14 = { instancePath: instancePath + "/resources/requests/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ResourceRequirements/properties/requests/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.requests.additionalProperties.type, parentSchema: schema35.properties.requests.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/$defs/ResourceRequirements/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.requests.type, parentSchema: schema35.properties.requests, data: data15 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/resources", schemaPath: "#/$defs/ResourceRequirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data12 };
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
          let data18 = data17[i5];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              const err17 = { instancePath: instancePath + "/volumeMounts/" + i5, schemaPath: "#/$defs/VolumeMount/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.required, parentSchema: schema36, data: data18 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data18.mountPath === void 0) {
              const err18 = { instancePath: instancePath + "/volumeMounts/" + i5, schemaPath: "#/$defs/VolumeMount/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'", schema: schema36.required, parentSchema: schema36, data: data18 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key4 in data18) {
              if (!(key4 === "name" || key4 === "mountPath" || key4 === "readOnly" || key4 === "subPath")) {
                const err19 = { instancePath: instancePath + "/volumeMounts/" + i5, schemaPath: "#/$defs/VolumeMount/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data18 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data18.name !== void 0) {
              let data19 = data18.name;
              if (typeof data19 !== "string") {
                const err20 = { instancePath: instancePath + "/volumeMounts/" + i5 + "/name", schemaPath: "#/$defs/VolumeMount/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data18.mountPath !== void 0) {
              let data20 = data18.mountPath;
              if (typeof data20 !== "string") {
                const err21 = { instancePath: instancePath + "/volumeMounts/" + i5 + "/mountPath", schemaPath: "#/$defs/VolumeMount/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.mountPath.type, parentSchema: schema36.properties.mountPath, data: data20 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data18.readOnly !== void 0) {
              let data21 = data18.readOnly;
              if (typeof data21 !== "boolean") {
                const err22 = { instancePath: instancePath + "/volumeMounts/" + i5 + "/readOnly", schemaPath: "#/$defs/VolumeMount/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.readOnly.type, parentSchema: schema36.properties.readOnly, data: data21 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data18.subPath !== void 0) {
              let data22 = data18.subPath;
              if (typeof data22 !== "string") {
                const err23 = { instancePath: instancePath + "/volumeMounts/" + i5 + "/subPath", schemaPath: "#/$defs/VolumeMount/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.subPath.type, parentSchema: schema36.properties.subPath, data: data22 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/volumeMounts/" + i5, schemaPath: "#/$defs/VolumeMount/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data18 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.volumeMounts.type, parentSchema: schema21.properties.volumeMounts, data: data17 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!validate34(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!validate34(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!validate34(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.workingDir !== void 0) {
      let data26 = data.workingDir;
      if (typeof data26 !== "string") {
        const err26 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.workingDir.type, parentSchema: schema21.properties.workingDir, data: data26 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      let data27 = data.imagePullPolicy;
      if (typeof data27 !== "string") {
        const err27 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.imagePullPolicy.type, parentSchema: schema21.properties.imagePullPolicy, data: data27 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      let data28 = data.terminationMessagePath;
      if (typeof data28 !== "string") {
        const err28 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.terminationMessagePath.type, parentSchema: schema21.properties.terminationMessagePath, data: data28 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      let data29 = data.terminationMessagePolicy;
      if (typeof data29 !== "string") {
        const err29 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.terminationMessagePolicy.type, parentSchema: schema21.properties.terminationMessagePolicy, data: data29 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      let data30 = data.securityContext;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key5 in data30) {
          if (!(key5 === "runAsUser")) {
            const err30 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.securityContext, data: data30 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data30.runAsUser !== void 0) {
          let data31 = data30.runAsUser;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31)) && typeof data31 !== "string") {
            const err31 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data31 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 2147483647 || isNaN(data31)) {
              const err32 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data31 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data31 < -2147483648 || isNaN(data31)) {
              const err33 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data31 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (typeof data31 === "string") {
            if (!pattern0.test(data31)) {
              const err34 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data31 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.securityContext.type, parentSchema: schema21.properties.securityContext, data: data30 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema50 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Volume name, unique in the revision." }, "secret": { "$ref": "#/$defs/SecretVolumeSource" }, "emptyDir": { "$ref": "#/$defs/EmptyDirVolumeSource" }, "csi": { "$ref": "#/$defs/CSIVolumeSource" }, "nfs": { "$ref": "#/$defs/NFSVolumeSource" }, "configMap": { "$ref": "#/$defs/ConfigMapVolumeSource", "description": "Not supported by Cloud Run." } }, "required": ["name"] };
var schema55 = { "type": "object", "additionalProperties": false, "properties": { "medium": { "type": "string", "description": "Memory for an in-memory volume, or empty." }, "sizeLimit": { "type": "string", "description": "e.g. 512Mi." } } };
var schema56 = { "type": "object", "additionalProperties": false, "properties": { "driver": { "type": "string", "description": "gcsfuse.run.googleapis.com for Cloud Storage." }, "readOnly": { "type": "boolean" }, "volumeAttributes": { "type": "object", "additionalProperties": { "type": "string" }, "description": "e.g. bucketName." } } };
var schema57 = { "type": "object", "additionalProperties": false, "properties": { "server": { "type": "string" }, "path": { "type": "string" }, "readOnly": { "type": "boolean" } } };
var schema51 = { "type": "object", "additionalProperties": false, "properties": { "secretName": { "type": "string", "description": "Secret Manager secret name." }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" }, "description": "Files: key is the secret version, path the file name under the mount path." }, "defaultMode": { "$ref": "#/$defs/int32", "description": "File mode, e.g. 0444 (octal in YAML 1.1). Cloud Run mounts secrets read-only whatever the mode." }, "optional": { "type": "boolean" } } };
var schema52 = { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "description": "Secret version: a number or latest." }, "path": { "type": "string", "description": "File name, relative to the mount path." }, "mode": { "$ref": "#/$defs/int32" } } };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "path" || key0 === "mode")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
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
        const err1 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.key.type, parentSchema: schema52.properties.key, data: data0 };
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
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.path.type, parentSchema: schema52.properties.path, data: data1 };
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
          const err6 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data2 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretName" || key0 === "items" || key0 === "defaultMode" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
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
        const err1 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.secretName.type, parentSchema: schema51.properties.secretName, data: data0 };
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
          if (!validate47(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.items.type, parentSchema: schema51.properties.items, data: data1 };
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
          const err6 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data3 };
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
      if (typeof data4 !== "boolean") {
        const err7 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.optional.type, parentSchema: schema51.properties.optional, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "items": { "type": "array", "items": { "$ref": "#/$defs/KeyToPath" } }, "defaultMode": { "$ref": "#/$defs/int32" }, "optional": { "type": "boolean" } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "items" || key0 === "defaultMode" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
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
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.name.type, parentSchema: schema58.properties.name, data: data0 };
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
          if (!validate47(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
          const err6 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data3 };
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
      if (typeof data4 !== "boolean") {
        const err7 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema58.properties.optional.type, parentSchema: schema58.properties.optional, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "secret" || key0 === "emptyDir" || key0 === "csi" || key0 === "nfs" || key0 === "configMap")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
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
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      if (!validate46(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.emptyDir !== void 0) {
      let data2 = data.emptyDir;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "medium" || key1 === "sizeLimit")) {
            const err3 = { instancePath: instancePath + "/emptyDir", schemaPath: "#/$defs/EmptyDirVolumeSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data2 };
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
            const err4 = { instancePath: instancePath + "/emptyDir/medium", schemaPath: "#/$defs/EmptyDirVolumeSource/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.medium.type, parentSchema: schema55.properties.medium, data: data3 };
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
            const err5 = { instancePath: instancePath + "/emptyDir/sizeLimit", schemaPath: "#/$defs/EmptyDirVolumeSource/properties/sizeLimit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.sizeLimit.type, parentSchema: schema55.properties.sizeLimit, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/emptyDir", schemaPath: "#/$defs/EmptyDirVolumeSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.csi !== void 0) {
      let data5 = data.csi;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "driver" || key2 === "readOnly" || key2 === "volumeAttributes")) {
            const err7 = { instancePath: instancePath + "/csi", schemaPath: "#/$defs/CSIVolumeSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.driver !== void 0) {
          let data6 = data5.driver;
          if (typeof data6 !== "string") {
            const err8 = { instancePath: instancePath + "/csi/driver", schemaPath: "#/$defs/CSIVolumeSource/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.driver.type, parentSchema: schema56.properties.driver, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.readOnly !== void 0) {
          let data7 = data5.readOnly;
          if (typeof data7 !== "boolean") {
            const err9 = { instancePath: instancePath + "/csi/readOnly", schemaPath: "#/$defs/CSIVolumeSource/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.readOnly.type, parentSchema: schema56.properties.readOnly, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.volumeAttributes !== void 0) {
          let data8 = data5.volumeAttributes;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
              let data9 = data8[key3];
              if (typeof data9 !== "string") {
                const err10 = { instancePath: instancePath + "/csi/volumeAttributes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CSIVolumeSource/properties/volumeAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.volumeAttributes.additionalProperties.type, parentSchema: schema56.properties.volumeAttributes.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/csi/volumeAttributes", schemaPath: "#/$defs/CSIVolumeSource/properties/volumeAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.volumeAttributes.type, parentSchema: schema56.properties.volumeAttributes, data: data8 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/csi", schemaPath: "#/$defs/CSIVolumeSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.nfs !== void 0) {
      let data10 = data.nfs;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key4 in data10) {
          if (!(key4 === "server" || key4 === "path" || key4 === "readOnly")) {
            const err13 = { instancePath: instancePath + "/nfs", schemaPath: "#/$defs/NFSVolumeSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data10 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data10.server !== void 0) {
          let data11 = data10.server;
          if (typeof data11 !== "string") {
            const err14 = { instancePath: instancePath + "/nfs/server", schemaPath: "#/$defs/NFSVolumeSource/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.server.type, parentSchema: schema57.properties.server, data: data11 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data10.path !== void 0) {
          let data12 = data10.path;
          if (typeof data12 !== "string") {
            const err15 = { instancePath: instancePath + "/nfs/path", schemaPath: "#/$defs/NFSVolumeSource/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.path.type, parentSchema: schema57.properties.path, data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data10.readOnly !== void 0) {
          let data13 = data10.readOnly;
          if (typeof data13 !== "boolean") {
            const err16 = { instancePath: instancePath + "/nfs/readOnly", schemaPath: "#/$defs/NFSVolumeSource/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.readOnly.type, parentSchema: schema57.properties.readOnly, data: data13 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/nfs", schemaPath: "#/$defs/NFSVolumeSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data10 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.configMap !== void 0) {
      if (!validate50(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema18.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
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
          const err4 = { instancePath: instancePath + "/containerConcurrency", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data0 };
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
          const err8 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data1 };
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
        const err9 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.serviceAccountName.type, parentSchema: schema18.properties.serviceAccountName, data: data2 };
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
          if (!validate17(data3[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.containers.type, parentSchema: schema18.properties.containers, data: data3 };
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
          if (!validate45(data5[i1], { instancePath: instancePath + "/volumes/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.volumes.type, parentSchema: schema18.properties.volumes, data: data5 };
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
                const err12 = { instancePath: instancePath + "/imagePullSecrets/" + i2, schemaPath: "#/$defs/LocalObjectReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data8 };
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
                const err13 = { instancePath: instancePath + "/imagePullSecrets/" + i2 + "/name", schemaPath: "#/$defs/LocalObjectReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/imagePullSecrets/" + i2, schemaPath: "#/$defs/LocalObjectReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.imagePullSecrets.type, parentSchema: schema18.properties.imagePullSecrets, data: data7 };
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
      if (typeof data10 !== "boolean") {
        const err16 = { instancePath: instancePath + "/enableServiceLinks", schemaPath: "#/properties/enableServiceLinks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.enableServiceLinks.type, parentSchema: schema18.properties.enableServiceLinks, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data11 = data.nodeSelector;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          let data12 = data11[key2];
          if (typeof data12 !== "string") {
            const err17 = { instancePath: instancePath + "/nodeSelector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.nodeSelector.additionalProperties.type, parentSchema: schema18.properties.nodeSelector.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.nodeSelector.type, parentSchema: schema18.properties.nodeSelector, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.runtimeClassName !== void 0) {
      let data13 = data.runtimeClassName;
      if (typeof data13 !== "string") {
        const err19 = { instancePath: instancePath + "/runtimeClassName", schemaPath: "#/properties/runtimeClassName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.runtimeClassName.type, parentSchema: schema18.properties.runtimeClassName, data: data13 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
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
      if (!validate16(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema61 = { "type": "object", "additionalProperties": false, "properties": { "revisionName": { "type": "string", "description": "A revision of this service: {service}-{suffix}." }, "latestRevision": { "type": "boolean", "description": "Send this share to the latest ready revision." }, "percent": { "$ref": "#/$defs/int32", "description": "0-100; the percents of all targets sum to 100." }, "tag": { "type": "string", "description": "A tag gives the revision its own URL: https://TAG---SERVICE-....run.app." }, "configurationName": { "type": "string", "description": "Not supported by Cloud Run." }, "url": { "type": "string", "description": "Output only." } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "revisionName" || key0 === "latestRevision" || key0 === "percent" || key0 === "tag" || key0 === "configurationName" || key0 === "url")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
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
        const err1 = { instancePath: instancePath + "/revisionName", schemaPath: "#/properties/revisionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.revisionName.type, parentSchema: schema61.properties.revisionName, data: data0 };
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
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/latestRevision", schemaPath: "#/properties/latestRevision/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.latestRevision.type, parentSchema: schema61.properties.latestRevision, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.percent !== void 0) {
      let data2 = data.percent;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/type", keyword: "type", params: { type: schema13.type }, message: "must be integer,string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err4 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13, data: data2 };
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
          const err6 = { instancePath: instancePath + "/percent", schemaPath: "#/$defs/int32/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]+$" }, message: 'must match pattern "^[-+]?[0-9]+$"', schema: "^[-+]?[0-9]+$", parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.tag !== void 0) {
      let data3 = data.tag;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.tag.type, parentSchema: schema61.properties.tag, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.configurationName !== void 0) {
      let data4 = data.configurationName;
      if (typeof data4 !== "string") {
        const err8 = { instancePath: instancePath + "/configurationName", schemaPath: "#/properties/configurationName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.configurationName.type, parentSchema: schema61.properties.configurationName, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data5 = data.url;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.url.type, parentSchema: schema61.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "template" || key0 === "traffic")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.template !== void 0) {
      if (!validate14(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.traffic !== void 0) {
      let data1 = data.traffic;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate56(data1[i0], { instancePath: instancePath + "/traffic/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.traffic.type, parentSchema: schema16.properties.traffic, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate13.errors = vErrors;
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
      if (!validate13(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/ServiceStatus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data: data4 };
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
  const path9 = parsePointer(error.instancePath);
  const where = formatPath(path9) || "the top level";
  const value = valueAt(data, path9);
  switch (error.keyword) {
    case "additionalProperties": {
      const field2 = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(field2, known);
      return diagnosticAt(
        document,
        [...path9, field2],
        "key",
        "error",
        "schema/unknown-field",
        `unknown field "${field2}" in ${where}`,
        suggestion ? `did you mean "${suggestion}"? (gcloud and Cloud Run reject unknown fields)` : `remove it; ${where} accepts ${known.map((k) => `"${k}"`).join(", ")}`
      );
    }
    case "required": {
      const field2 = error.params.missingProperty;
      return diagnosticAt(
        document,
        path9,
        "key",
        "error",
        "schema/required",
        `missing required field "${field2}" in ${where}`,
        `add ${field2}`
      );
    }
    case "type": {
      if (path9.length === 0) return notAService(document, "the top level is not a mapping");
      const expected = [error.params.type].flat().join(",");
      return diagnosticAt(
        document,
        path9,
        "value",
        "error",
        "schema/type",
        `${where} must be ${describeType(expected)}, not ${describeValue(value)}`,
        typeFix(expected, value)
      );
    }
    case "pattern":
      return diagnosticAt(
        document,
        path9,
        "value",
        "error",
        "schema/type",
        `${where} must be an integer, not ${describeValue(value)}`,
        "write a whole number"
      );
    case "const": {
      const allowed = String(error.params.allowedValue);
      if (path9.length === 1 && (path9[0] === "kind" || path9[0] === "apiVersion")) {
        return notAService(document, `${where} is ${describeValue(value)}, not "${allowed}"`, path9);
      }
      return diagnosticAt(
        document,
        path9,
        "value",
        "error",
        "schema/value",
        `${where} must be "${allowed}"`,
        `set it to "${allowed}"`
      );
    }
    default:
      return diagnosticAt(
        document,
        path9,
        "value",
        "error",
        "schema/value",
        `${where} ${error.message ?? "is invalid"}`,
        "see schema/cloudrun-service.schema.json"
      );
  }
}
function notAService(document, message2, path9 = []) {
  return diagnosticAt(
    document,
    path9,
    "value",
    "error",
    "spec/not-a-service",
    `not a Cloud Run service: ${message2}`,
    "the file must be one Service with apiVersion: serving.knative.dev/v1 and kind: Service"
  );
}
function parsePointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt(data, path9) {
  let value = data;
  for (const segment of path9) {
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
  const visit = (value, schema, path9, setValue) => {
    const resolved = resolve2(schema);
    if (!resolved) return;
    if (resolved.isInteger && typeof value === "string" && /^[-+]?\d+$/.test(value)) {
      setValue(Number(value));
      changed.push(path9);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, resolved.items, [...path9, i], (v) => value[i] = v);
      });
    } else if (value !== null && typeof value === "object") {
      const record3 = value;
      for (const [key, child2] of Object.entries(record3)) {
        visit(
          child2,
          resolved.properties[key] ?? resolved.additional,
          [...path9, key],
          (v) => record3[key] = v
        );
      }
    }
  };
  visit(data, SERVICE_SCHEMA, [], () => void 0);
  return changed;
}
function resolve2(schema) {
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

// src/spec/index.ts
function checkSpec(input) {
  const parsed = parseSpecDocument(input.file, input.text);
  if (!parsed.document) return { diagnostics: sortDiagnostics(parsed.diagnostics), valid: false };
  const document = parsed.document;
  const deferred = new Set(
    input.allowUnsetBuiltins ? BUILTIN_VARIABLES.filter((name) => !input.variables.has(name)) : []
  );
  const substitution = substituteVariables(document, input.variables, deferred);
  const service = document.doc.toJS({ maxAliasCount: 100 });
  const diagnostics = [...substitution.diagnostics, ...validateSchema(document, service)];
  const firstRuleDiagnostic = diagnostics.length;
  const coerced = coerceIntegerStrings(service);
  const context = {
    document,
    service,
    postgrestVersion: input.postgrestVersion,
    references: substitution.references,
    diagnostics
  };
  const isMapping = service !== null && typeof service === "object" && !Array.isArray(service);
  if (isMapping) for (const rule of [...CLOUD_RUN_RULES, ...POSTGREST_RULES]) rule(context);
  const sorted = sortDiagnostics(withoutCascades(diagnostics, firstRuleDiagnostic));
  if (hasErrors(sorted) || !isMapping) return { diagnostics: sorted, valid: false };
  for (const path9 of coerced) {
    const node = nodeAt(document, path9);
    if ((0, import_yaml4.isScalar)(node)) {
      node.value = Number(node.value);
      delete node.type;
    }
  }
  const record3 = service;
  if ("status" in record3) {
    delete record3["status"];
    document.doc.delete("status");
  }
  return { diagnostics: sorted, valid: true, service: record3, document };
}
function withoutCascades(diagnostics, firstRuleDiagnostic) {
  const broken = diagnostics.slice(0, firstRuleDiagnostic).filter((d) => d.severity === "error").map((d) => d.path);
  const within = (path9, ancestor) => path9 === ancestor || ancestor === "" || path9.startsWith(`${ancestor}.`) || path9.startsWith(`${ancestor}[`);
  return diagnostics.filter(
    (d, index) => index < firstRuleDiagnostic || !broken.some((b) => within(b, d.path) || within(d.path, b))
  );
}
function renderSpec(result, format) {
  if (!result.service || !result.document) throw new Error("cannot render an invalid spec");
  if (format === "json") return `${JSON.stringify(result.service, null, 2)}
`;
  const text2 = result.document.doc.toString({ lineWidth: 0 });
  const reparsed = parseSpecDocument(result.document.file, text2).document?.doc.toJS({
    maxAliasCount: 100
  });
  if ((0, import_yaml4.stringify)(reparsed) !== (0, import_yaml4.stringify)(result.service))
    throw new Error("internal error: rendered YAML does not read back as the validated service");
  return text2;
}

// src/smoke/claims.ts
var ClaimKeyError = class extends Error {
  name = "ClaimKeyError";
};
var SUPPORTED_RFC9535 = 'the smoke test places the role for $.a.b, $["a-b"], $.a[0] and a final [?@ == "x"], [?@ != "x"], [?search(@, "re")] or [?match(@, "re")]';
function parseJsonPathSteps(key) {
  const steps = [];
  let i = 0;
  const fail = (why) => {
    throw new ClaimKeyError(
      `role claim key ${key}: ${why} at character ${String(i + 1)}; ${SUPPORTED_RFC9535}`
    );
  };
  const readString = () => {
    const quote = key[i];
    const escapes = {
      n: "\n",
      t: "	",
      r: "\r",
      b: "\b",
      f: "\f",
      "/": "/",
      "\\": "\\",
      '"': '"',
      "'": "'"
    };
    let out = "";
    i++;
    while (i < key.length && key[i] !== quote) {
      if (key[i] === "\\") {
        const next = key[i + 1] ?? "";
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(key.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(key.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const escaped = escapes[next];
        if (escaped === void 0) fail("invalid escape in a quoted string");
        out += escaped ?? "";
        i += 2;
        continue;
      }
      out += key[i] ?? "";
      i++;
    }
    if (key[i] !== quote) fail("unterminated string");
    i++;
    return out;
  };
  const space = () => {
    while (key[i] === " ") i++;
  };
  if (key[0] !== "$") fail("an RFC 9535 path starts with $");
  i = 1;
  while (i < key.length) {
    if (steps.at(-1)?.kind === "filter" || steps.at(-1)?.kind === "regex")
      fail("a filter must be the last step");
    if (key[i] === ".") {
      i++;
      const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(key.slice(i));
      if (!match) fail('expected a member name after "."');
      steps.push({ kind: "key", name: match?.[0] ?? "" });
      i += match?.[0].length ?? 0;
      continue;
    }
    if (key[i] !== "[") fail('expected "." or "["');
    i++;
    space();
    if (key[i] === '"' || key[i] === "'") {
      steps.push({ kind: "key", name: readString() });
    } else if (/[-0-9]/.test(key[i] ?? "")) {
      const match = /^-?\d+/.exec(key.slice(i));
      steps.push({ kind: "index", index: Number(match?.[0]) });
      i += match?.[0].length ?? 0;
    } else if (key[i] === "?") {
      i++;
      space();
      const parenthesised = key[i] === "(";
      if (parenthesised) i++;
      space();
      const regex = /^(search|match)\(\s*@\s*,\s*/.exec(key.slice(i));
      if (regex) {
        i += regex[0].length;
        if (key[i] !== '"' && key[i] !== "'") fail("expected a quoted regular expression");
        steps.push({ kind: "regex", mode: regex[1] === "match" ? "match" : "search", pattern: readString() });
        space();
        if (key[i] !== ")") fail('expected ")"');
        i++;
      } else {
        if (key[i] !== "@") fail("expected @ in the filter");
        i++;
        space();
        const operator = key.startsWith("==", i) ? "==" : key.startsWith("!=", i) ? "!=" : fail("expected == or !=");
        i += 2;
        space();
        if (key[i] !== '"' && key[i] !== "'") fail("expected a quoted string to compare with");
        steps.push({ kind: "filter", operator, operand: readString() });
      }
      space();
      if (parenthesised) {
        if (key[i] !== ")") fail('expected ")"');
        i++;
        space();
      }
    } else {
      fail("expected a quoted name, an index or a filter");
    }
    space();
    if (key[i] !== "]") fail('expected "]"');
    i++;
  }
  return steps;
}
function claimKeySteps(key, version) {
  const { grammar, acceptsLegacy } = claimKeyGrammarFor(version);
  if (grammar === "rfc9535" && (key.startsWith("$") || !acceptsLegacy)) return parseJsonPathSteps(key);
  const parsed = parseLegacyClaimKey(key, grammar === "v12" ? "v12" : "v13");
  if ("error" in parsed) {
    throw new ClaimKeyError(
      `role claim key ${key} does not parse for PostgREST ${version.tag}: ${parsed.error.message}`
    );
  }
  return parsed.segments;
}
function satisfies(step, value) {
  if (step.kind === "regex")
    return new RegExp(step.mode === "match" ? `^(?:${step.pattern})$` : step.pattern, "u").test(value);
  switch (step.operator) {
    case "==":
      return value === step.operand;
    case "!=":
      return value !== step.operand;
    case "^==":
      return value.startsWith(step.operand);
    case "==^":
      return value.endsWith(step.operand);
    case "*==":
      return value.includes(step.operand);
  }
}
var describeFilter = (step) => step.kind === "regex" ? `${step.mode}(@, "${step.pattern}")` : `@ ${step.operator} "${step.operand}"`;
function placeRole(key, role, version) {
  const steps = claimKeySteps(key, version);
  if (steps[0]?.kind !== "key") {
    throw new ClaimKeyError(
      `role claim key ${key} does not start with a claim name: JWT claims are an object`
    );
  }
  let value = role;
  for (const step of [...steps].reverse()) {
    if (step.kind === "key") value = { [step.name]: value };
    else if (step.kind === "index") {
      const array = new Array(step.index >= 0 ? step.index + 1 : -step.index).fill(null);
      array[step.index >= 0 ? step.index : 0] = value;
      value = array;
    } else {
      if (typeof value !== "string" || !satisfies(step, value)) {
        throw new ClaimKeyError(
          `role claim key ${key} can never resolve to the role "${role}": its filter ${describeFilter(step)} does not accept it; smoke-test a role the key can hold`
        );
      }
      value = [value];
    }
  }
  const claims = value;
  const resolved = resolveRole(claims, key, version);
  if (resolved !== role) {
    throw new ClaimKeyError(
      `internal error: claims built for ${key} resolve to ${JSON.stringify(resolved)}, not "${role}"`
    );
  }
  return claims;
}
function resolveRole(claims, key, version) {
  let value = claims;
  for (const step of claimKeySteps(key, version)) {
    if (step.kind === "key") {
      value = value && typeof value === "object" && !Array.isArray(value) ? value[step.name] : void 0;
    } else if (step.kind === "index") {
      value = Array.isArray(value) ? value.at(step.index) : void 0;
    } else {
      value = Array.isArray(value) ? value.find((item) => typeof item === "string" && satisfies(step, item)) : void 0;
    }
    if (value === void 0) return void 0;
  }
  return typeof value === "string" ? value : void 0;
}

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = false) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message2, options) {
    super(message2, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode2(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode2(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, true);
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry2, key, usage) => {
  const { alg } = entry2;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry2.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry2, key, usage) {
  const { alg, secret } = entry2, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry2, normalized, usage), normalized.kty === "oct")
      return decode2(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached2 = cache.get(cacheKey);
  if (cached2?.[alg])
    return cached2[alg];
  if (cached2 || cache.set(cacheKey, cached2 = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry2.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry2.subtle;
    return cached2[alg] = keyObject.toCryptoKey(params, isPublic, entry2.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached2[alg] = await jwkToKey(entry2, normalized);
}
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry2, jwk, extractable) {
  if (!entry2.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry2.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry2.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry2.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jwe_algorithms.js
var wrap = [
  ["encrypt", "wrapKey"],
  ["decrypt", "unwrapKey"]
];
var derive = [[], ["deriveBits"]];
var none = [[], []];
function rsaes(bits) {
  return {
    kty: ["RSA"],
    mode: "key-encryption",
    subtle: { name: "RSA-OAEP", hash: `SHA-${bits}` },
    usages: wrap,
    ops: ["wrapKey", "unwrapKey"]
  };
}
function ecdh(mode) {
  return {
    kty: ["EC", "OKP"],
    mode,
    subtle: { name: "ECDH" },
    resolve: ({ kty, crv, asymmetricKeyType }) => {
      if (crv === "X25519" || asymmetricKeyType === "x25519")
        return { name: "X25519" };
      if (kty === "OKP")
        throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
      return { name: "ECDH", namedCurve: crv };
    },
    usages: derive,
    ops: [void 0, "deriveBits"]
  };
}
function aeskw(bits, gcm = false) {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: true,
    subtle: { name: gcm ? "AES-GCM" : "AES-KW", length: bits },
    usages: none,
    ops: gcm ? ["encrypt", "decrypt"] : ["wrapKey", "unwrapKey"]
  };
}
function pbes2() {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: true,
    subtle: { name: "PBKDF2" },
    usages: none,
    ops: ["deriveBits", "deriveBits"]
  };
}
var JWE = table({
  dir: {
    kty: ["oct"],
    mode: "direct-encryption",
    secret: true,
    subtle: { name: "AES-GCM" },
    usages: none,
    ops: ["encrypt", "decrypt"]
  },
  "RSA-OAEP": rsaes(1),
  "RSA-OAEP-256": rsaes(256),
  "RSA-OAEP-384": rsaes(384),
  "RSA-OAEP-512": rsaes(512),
  "ECDH-ES": ecdh("direct-key-agreement"),
  "ECDH-ES+A128KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A192KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A256KW": ecdh("key-agreement-with-key-wrapping"),
  A128KW: aeskw(128),
  A192KW: aeskw(192),
  A256KW: aeskw(256),
  A128GCMKW: aeskw(128, true),
  A192GCMKW: aeskw(192, true),
  A256GCMKW: aeskw(256, true),
  "PBES2-HS256+A128KW": pbes2(),
  "PBES2-HS384+A192KW": pbes2(),
  "PBES2-HS512+A256KW": pbes2()
});
var contentOps = ["encrypt", "decrypt"];
function contentEncryption(bits, cbc = false) {
  return {
    kty: ["oct"],
    secret: true,
    subtle: { name: cbc ? "AES-CBC" : "AES-GCM", length: bits },
    usages: none,
    ops: contentOps,
    cekBits: bits,
    ivBits: cbc ? 128 : 96,
    cbc
  };
}
var ENC = table({
  A128GCM: contentEncryption(128),
  A192GCM: contentEncryption(192),
  A256GCM: contentEncryption(256),
  "A128CBC-HS256": contentEncryption(256, true),
  "A192CBC-HS384": contentEncryption(384, true),
  "A256CBC-HS512": contentEncryption(512, true)
});

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry2 = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry2)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry2;
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
var producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
var JWTClaimsBuilder = class {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
};

// node_modules/jose/dist/webapi/lib/jws_sign.js
async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = encode2(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!isDisjoint(protectedHeader, unprotectedHeader))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  validateCritDuplicates(JWSInvalid, protectedHeader);
  const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry2 = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= encode2(payload), signingPayload = encodedPayloadCache[1] ??= encode(encodedPayload)) : (encodedPayload = encode2(payload), signingInput = encoder.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= concat(encode(encodedProtectedHeader), encode("."), signingPayload);
  const signingKey = await rawKey(await prepareKey(entry2, key, "sign"), entry2.subtle, "sign");
  entry2.minRsaBits && checkModulusLength(entry2.alg, signingKey);
  const jws = {
    signature: encode2(new Uint8Array(await crypto.subtle.sign(entry2.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}

// node_modules/jose/dist/webapi/jwt/sign.js
var SignJWT_base = JWTClaimsBuilder;
var SignJWT = class extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return assertNotSet(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
    });
  }
};

// node_modules/jose/dist/webapi/lib/key_algorithm.js
var algArgument = '"alg" (Algorithm)';
function unsupportedAlg(source = 'JWK "alg" (Algorithm) Parameter') {
  throw new JOSENotSupported(`Invalid or unsupported ${source} value`);
}
function keyAlgorithm(alg, source) {
  return (typeof alg == "string" ? JWS[alg] ?? JWE[alg] : void 0) ?? unsupportedAlg(source);
}

// node_modules/jose/dist/webapi/key/import.js
async function importJWK(jwk, alg, options) {
  if (!isObject(jwk))
    throw new TypeError("JWK must be an object");
  const normalized = normalizeJwk(jwk), extractable = validateExtractableOption(options?.extractable), { alg: jwkAlg } = normalized;
  if (alg ??= jwkAlg, normalized.kty !== "oct" && !alg)
    throw new TypeError('"alg" argument is required when "jwk.alg" is not present');
  switch (normalized.kty) {
    case "oct":
      if (typeof normalized.k != "string")
        throw new TypeError('missing "k" (Key Value) Parameter value');
      return decode2(normalized.k);
    case "AKP": {
      if (typeof jwkAlg != "string" || !jwkAlg)
        throw new TypeError('missing "alg" (Algorithm) Parameter value');
      if (alg !== jwkAlg)
        throw new TypeError("JWK alg and alg option value mismatch");
      return jwkToKey(keyAlgorithm(alg), normalized, extractable);
    }
    case "RSA":
    case "EC":
    case "OKP":
      return jwkToKey(keyAlgorithm(alg), normalized, extractable);
    default:
      throw new JOSENotSupported('Unsupported "kty" (Key Type) Parameter value');
  }
}

// node_modules/jose/dist/webapi/key/generate_key_pair.js
function getModulusLengthOption(options) {
  const modulusLength = options?.modulusLength ?? 2048;
  if (typeof modulusLength != "number" || !Number.isInteger(modulusLength) || modulusLength < 2048)
    throw new JOSENotSupported("Invalid or unsupported modulusLength option provided, 2048 bits or larger keys must be used");
  return modulusLength;
}
async function generateKeyPair(alg, options) {
  const extractable = validateExtractableOption(options?.extractable), entry2 = keyAlgorithm(alg, algArgument);
  entry2.secret && unsupportedAlg(algArgument);
  let algorithm;
  if (entry2.resolve) {
    const crv = options?.crv ?? "P-256";
    if (!["P-256", "P-384", "P-521", "X25519"].includes(crv))
      throw new JOSENotSupported("Invalid or unsupported crv option provided, supported values are P-256, P-384, P-521, and X25519");
    algorithm = entry2.resolve({ crv });
  } else {
    if (entry2.crv !== void 0 && options?.crv !== void 0 && options.crv !== entry2.crv)
      throw new JOSENotSupported(`Invalid or unsupported crv option provided, the only supported value for ${alg} is ${entry2.crv}`);
    algorithm = entry2.kty[0] === "RSA" ? {
      ...entry2.subtle,
      publicExponent: Uint8Array.of(1, 0, 1),
      modulusLength: getModulusLengthOption(options)
    } : entry2.subtle;
  }
  return crypto.subtle.generateKey(algorithm, extractable ?? false, [
    ...entry2.usages[1],
    ...entry2.usages[0]
  ]);
}

// node_modules/jose/dist/webapi/key/generate_secret.js
async function generateSecret(alg, options) {
  const extractable = validateExtractableOption(options?.extractable);
  let keyLengthBits, algorithm, keyUsages;
  switch (alg) {
    case "HS256":
    case "HS384":
    case "HS512":
      keyLengthBits = +alg.slice(-3), algorithm = { name: "HMAC", hash: `SHA-${keyLengthBits}`, length: keyLengthBits }, keyUsages = ["sign", "verify"];
      break;
    case "A128CBC-HS256":
    case "A192CBC-HS384":
    case "A256CBC-HS512":
      return crypto.getRandomValues(new Uint8Array(+alg.slice(-3) >> 3));
    case "A128KW":
    case "A192KW":
    case "A256KW":
      keyLengthBits = +alg.slice(1, 4), algorithm = { name: "AES-KW", length: keyLengthBits }, keyUsages = ["wrapKey", "unwrapKey"];
      break;
    case "A128GCMKW":
    case "A192GCMKW":
    case "A256GCMKW":
    case "A128GCM":
    case "A192GCM":
    case "A256GCM":
      keyLengthBits = +alg.slice(1, 4), algorithm = { name: "AES-GCM", length: keyLengthBits }, keyUsages = ["encrypt", "decrypt"];
      break;
    default:
      unsupportedAlg(algArgument);
  }
  return crypto.subtle.generateKey(algorithm, extractable ?? false, keyUsages);
}

// src/smoke/token.ts
var JwtSecretError = class extends Error {
  name = "JwtSecretError";
};
var MIN_SECRET_LENGTH = 32;
var MAX_TTL_SECONDS = 3600;
var ALGORITHMS = {
  oct: "HS256",
  RSA: "RS256",
  "EC:P-256": "ES256",
  "EC:P-384": "ES384",
  "EC:P-521": "ES512",
  "OKP:Ed25519": "EdDSA"
};
function algorithmOf(jwk) {
  const alg = jwk.alg ?? ALGORITHMS[jwk.crv ? `${jwk.kty ?? ""}:${jwk.crv}` : jwk.kty ?? ""];
  if (!alg)
    throw new JwtSecretError(
      `the JWT secret is a JWK of type ${jwk.kty ?? "?"}, which PostgREST does not sign with`
    );
  if (alg.startsWith("PS"))
    throw new JwtSecretError(
      `the JWT secret's JWK uses ${alg}; PostgREST accepts HS, RS, ES and EdDSA keys, not PS*`
    );
  return alg;
}
function decodeBase642(text2) {
  const normal = text2.trim().replaceAll("-", "+").replaceAll("_", "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) {
    throw new JwtSecretError(
      "jwt_secret_is_base64 is set, but the JWT secret is not base64: unset it, or give the base64 text"
    );
  }
  return new Uint8Array(Buffer.from(normal, "base64"));
}
function parseJwtSecret(secret, options) {
  const trimmed = secret.trim();
  if (trimmed.startsWith("{")) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new JwtSecretError(
        'the JWT secret starts with "{" but is not JSON: give a JWK, a JWKS, or a plain secret'
      );
    }
    const candidates = parsed.keys ?? [parsed];
    const usable = candidates.find((jwk) => jwk.kty === "oct" || jwk.d !== void 0);
    if (!usable) {
      throw new JwtSecretError(
        "the JWT secret holds public keys only: give the smoke test the private JWK (input `jwt_secret`) while PostgREST keeps the public one"
      );
    }
    const alg = algorithmOf(usable);
    return { kind: "jwk", jwk: usable, alg, ...usable.kid ? { kid: usable.kid } : {} };
  }
  const bytes = options.base64 ? decodeBase642(trimmed) : new TextEncoder().encode(secret);
  const length = options.base64 ? bytes.length : secret.match(/[\s\S]/gu)?.length ?? 0;
  if (length < MIN_SECRET_LENGTH) {
    throw new JwtSecretError(
      `the JWT secret is ${String(length)} characters${options.base64 ? " after base64 decoding" : ""}: PostgREST v13.0.0 and later refuse to start with fewer than ${String(MIN_SECRET_LENGTH)} ("The JWT secret must be at least 32 characters long."), and v12 starts but rejects every token${isAtLeast(options.version, 13) ? ` \u2014 ${options.version.tag} would not start` : ""}; use a secret of at least 32 characters`
    );
  }
  return { kind: "hmac", secret: bytes, alg: "HS256" };
}
async function keyFor(key) {
  return key.kind === "hmac" ? key.secret : importJWK(key.jwk, key.alg);
}
async function sign(claims, key, signingKey, iat, exp, aud) {
  const header = { alg: key.alg, typ: "JWT", ...key.kind === "jwk" && key.kid ? { kid: key.kid } : {} };
  let jwt = new SignJWT(claims).setProtectedHeader(header).setIssuedAt(iat).setExpirationTime(exp);
  if (aud) jwt = jwt.setAudience(aud);
  return jwt.sign(signingKey);
}
async function mintToken(claims, key, options) {
  const ttl = options.ttlSeconds ?? 300;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new JwtSecretError(
      `the token lifetime must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not ${String(ttl)}`
    );
  }
  return sign(claims, key, await keyFor(key), options.now, options.now + ttl, options.aud);
}
async function forgeToken(claims, key, options) {
  const other = key.kind === "hmac" || key.alg.startsWith("HS") ? await generateSecret(key.kind === "hmac" ? "HS256" : key.alg, { extractable: true }) : (await generateKeyPair(key.alg, key.alg === "EdDSA" ? { crv: "Ed25519" } : {})).privateKey;
  return sign(claims, key, other, options.now, options.now + (options.ttlSeconds ?? 300), options.aud);
}
async function expiredToken(claims, key, options) {
  return sign(claims, key, await keyFor(key), options.now - 900, options.now - 600, options.aud);
}

// src/deploy/index.ts
import { createHash as createHash3 } from "node:crypto";

// src/deploy/api.ts
function runBaseUrl(region, override) {
  if (override) return override.replace(/\/+$/, "");
  return `https://${region}-run.googleapis.com`;
}
function cloudRunApi(request, baseUrl, projectId) {
  const root = `${baseUrl}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(projectId)}`;
  const query = (dryRun) => dryRun ? "?dryRun=all" : "";
  const fail = (what, status, body) => {
    const hint = status === 401 || status === 403 ? ": check the credentials and that the account has roles/run.developer (and roles/iam.serviceAccountUser on the runtime service account)" : "";
    throw new ApiError(
      `Cloud Run refused to ${what} (HTTP ${String(status)}): ${apiErrorMessage(body) ?? JSON.stringify(body)}${hint}`,
      status
    );
  };
  return {
    async getService(name) {
      const { status, body } = await request("GET", `${root}/services/${encodeURIComponent(name)}`);
      if (status === 404) return void 0;
      if (status !== 200) return fail(`read service ${name}`, status, body);
      return body;
    },
    async createService(service, options) {
      const { status, body } = await request("POST", `${root}/services${query(options?.dryRun)}`, service);
      if (status !== 200 && status !== 201) return fail("create the service", status, body);
      return body;
    },
    async replaceService(name, service, options) {
      const url = `${root}/services/${encodeURIComponent(name)}${query(options?.dryRun)}`;
      const { status, body } = await request("PUT", url, service);
      if (status === 409) return "conflict";
      if (status !== 200) return fail(`replace service ${name}`, status, body);
      return body;
    },
    async getRevision(name) {
      const { status, body } = await request("GET", `${root}/revisions/${encodeURIComponent(name)}`);
      if (status === 404) return void 0;
      if (status !== 200) return fail(`read revision ${name}`, status, body);
      return body;
    }
  };
}

// src/deploy/traffic.ts
var entry = (revisionName, percent, tag2) => tag2 === void 0 ? { revisionName, percent } : { revisionName, percent, tag: tag2 };
function pinTraffic(current) {
  const spec = current.spec ?? [{ latestRevision: true, percent: 100 }];
  return spec.map((target, index) => {
    if (target.latestRevision !== true) return { ...target };
    const resolved = current.status[index]?.revisionName ?? current.status.find((s) => s.latestRevision === true)?.revisionName ?? current.latestReadyRevisionName;
    if (!resolved) {
      throw new Error(
        "the service sends traffic to its latest revision but none is ready: fix or roll back the service before deploying with no traffic"
      );
    }
    return entry(resolved, target.percent ?? 0, target.tag);
  });
}
function withoutTag(traffic2, tag2) {
  return traffic2.flatMap((target) => {
    if (target.tag !== tag2) return [target];
    if ((target.percent ?? 0) === 0) return [];
    return [Object.fromEntries(Object.entries(target).filter(([key]) => key !== "tag"))];
  });
}
function noTrafficDeploy(current, revision, tag2) {
  if (!current) return tag2 ? [entry(revision, 100), entry(revision, 0, tag2)] : [entry(revision, 100)];
  const kept = tag2 ? withoutTag(pinTraffic(current), tag2) : pinTraffic(current);
  return tag2 ? [...kept, entry(revision, 0, tag2)] : kept;
}
function promote(current, revision) {
  const tagged = pinTraffic(current).filter((target) => target.tag !== void 0).map((target) => entry(target.revisionName ?? revision, 0, target.tag));
  return [entry(revision, 100), ...tagged];
}
function sameTraffic(a, b) {
  const key = (traffic2) => (traffic2 ?? [{ latestRevision: true, percent: 100 }]).map(
    (t) => JSON.stringify([t.revisionName ?? "", t.latestRevision === true, t.percent ?? 0, t.tag ?? ""])
  ).sort().join("\n");
  return key(a) === key(b);
}

// src/deploy/index.ts
var TEMPLATE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/template-sha256";
var DNS_LABEL2 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function defaultDeployDependencies(target, env2, accessToken, log) {
  const request = createApiClient({ accessToken, deadline: Date.now() + target.waitTimeoutMs + 6e4 });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env2["CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN"]),
    target.projectId
  );
  return { api, log };
}
var DeployError = class extends Error {
  name = "DeployError";
};
function revisionSuffix(input) {
  const unique = input.runNumber ? `${input.runNumber}-${input.runAttempt ?? "1"}` : Math.floor(input.now / 1e3).toString(36);
  const hex = (input.imageDigest ?? "").replace(/^sha256:/, "").replace(/[^0-9a-f]/g, "");
  const room = 63 - input.service.length - unique.length - 2;
  const suffix = hex && room >= 4 ? `${hex.slice(0, Math.min(7, room))}-${unique}` : unique;
  const name = `${input.service}-${suffix}`;
  if (name.length > 63 || !DNS_LABEL2.test(name)) {
    throw new Error(
      `revision name "${name}" is not a DNS label of at most 63 characters: shorten the service name`
    );
  }
  return suffix;
}
var record = (value) => value && typeof value === "object" && !Array.isArray(value) ? value : {};
var text = (value) => typeof value === "string" ? value : void 0;
function templateDigest(template) {
  const metadata = { ...record(template["metadata"]) };
  delete metadata["name"];
  metadata["annotations"] = Object.fromEntries(
    Object.entries(record(metadata["annotations"])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION)
  );
  const canonical = JSON.stringify(
    { ...template, metadata },
    (_, value) => value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1)) : value
  );
  return createHash3("sha256").update(canonical).digest("hex");
}
function currentTraffic(service) {
  const spec = record(service["spec"]);
  const status = record(service["status"]);
  const latestReady = text(status["latestReadyRevisionName"]);
  return {
    spec: Array.isArray(spec["traffic"]) ? spec["traffic"] : void 0,
    status: Array.isArray(status["traffic"]) ? status["traffic"] : [],
    ...latestReady ? { latestReadyRevisionName: latestReady } : {}
  };
}
function statusOf(service) {
  const status = record(service["status"]);
  const conditions = Array.isArray(status["conditions"]) ? status["conditions"] : [];
  const ready = conditions.find((c) => c["type"] === "Ready");
  return {
    settled: status["observedGeneration"] === record(service["metadata"])["generation"] && (ready?.["status"] === "True" || ready?.["status"] === "False"),
    ready: text(ready?.["status"]) ?? "Unknown",
    reason: text(ready?.["reason"]),
    message: text(ready?.["message"]),
    url: text(status["url"]) ?? "",
    traffic: Array.isArray(status["traffic"]) ? status["traffic"] : [],
    latestCreated: text(status["latestCreatedRevisionName"])
  };
}
async function waitForReady(name, timeoutMs, deps) {
  const sleep = deps.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  let last;
  for (; ; ) {
    await sleep(Math.min(delay, Math.max(0, deadline - now())));
    last = await deps.api.getService(name);
    if (!last) throw new DeployError(`service ${name} disappeared while waiting for it to become ready`);
    const state = statusOf(last);
    if (state.settled && state.ready === "True") return last;
    if (state.settled) {
      const revision = state.latestCreated ? await deps.api.getRevision(state.latestCreated) : void 0;
      const revisionReady = record(revision?.["status"])["conditions"]?.find(
        (c) => c["type"] === "Ready"
      );
      const revisionDetail = revisionReady ? `; revision ${state.latestCreated ?? ""} Ready=${text(revisionReady["status"]) ?? "?"}${text(revisionReady["reason"]) ? ` (${text(revisionReady["reason"]) ?? ""})` : ""}: ${text(revisionReady["message"]) ?? "no message"}` : "";
      throw new DeployError(
        `service ${name} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}${revisionDetail}`
      );
    }
    if (now() >= deadline) {
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1e3))} s (Ready=${state.ready}${state.message ? `: ${state.message}` : ""}); revision ${state.latestCreated ?? "unknown"}; raise wait_timeout or check the revision's logs`
      );
    }
    delay = Math.min(5e3, Math.round(delay * 1.25));
  }
}
function tagUrlOf(service, revision, tag2) {
  if (!tag2) return void 0;
  const entry2 = statusOf(service).traffic.find((t) => t.tag === tag2 && t.revisionName === revision);
  return entry2?.url;
}
async function replaceWithRetry(name, build, deps, read) {
  for (let attempt = 1; ; attempt += 1) {
    const current = attempt === 1 && read ? read : await deps.api.getService(name);
    if (!current) throw new DeployError(`service ${name} does not exist`);
    const desired = build(current);
    if (!desired) return { current };
    const resourceVersion = text(record(current["metadata"])["resourceVersion"]);
    const body = {
      ...desired,
      metadata: { ...record(desired["metadata"]), ...resourceVersion ? { resourceVersion } : {} }
    };
    const answer = await deps.api.replaceService(name, body);
    if (answer !== "conflict") return { sent: answer, current };
    if (attempt === 2) {
      throw new DeployError(
        `service ${name} was changed by someone else twice while this run was replacing it (HTTP 409, resourceVersion ${resourceVersion ?? "?"}): re-run when the other deploy is done`
      );
    }
    deps.log(`service ${name} changed meanwhile (409): reading it again`);
  }
}
async function deployRevision(service, target, options, deps) {
  const name = target.service;
  const specName = record(service["metadata"])["name"];
  if (specName !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specName)}, but the service to deploy is "${name}": make them agree`
    );
  }
  if (options.tag !== void 0 && !DNS_LABEL2.test(options.tag)) {
    throw new Error(`tag "${options.tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const spec = record(service["spec"]);
  const template = record(spec["template"]);
  const templateMetadata = record(template["metadata"]);
  const revision = text(templateMetadata["name"]) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const pinnedTemplate = {
    ...template,
    metadata: {
      ...templateMetadata,
      name: revision,
      annotations: { ...record(templateMetadata["annotations"]), [TEMPLATE_DIGEST_ANNOTATION]: digest }
    }
  };
  const metadata = Object.fromEntries(
    Object.entries({ ...record(service["metadata"]), namespace: target.projectId }).filter(
      ([key]) => key !== "resourceVersion"
    )
  );
  const existing = await deps.api.getService(name);
  if (!existing) {
    const traffic2 = noTrafficDeploy(void 0, revision, options.tag);
    deps.log(
      `creating service ${name} with revision ${revision} (a new service starts with 100 % of its traffic)`
    );
    await deps.api.createService({
      ...service,
      metadata,
      spec: { ...spec, template: pinnedTemplate, traffic: traffic2 }
    });
    const ready2 = await waitForReady(name, target.waitTimeoutMs, deps);
    const tagUrl2 = tagUrlOf(ready2, revision, options.tag);
    return {
      revision,
      serviceUrl: statusOf(ready2).url,
      ...tagUrl2 ? { tagUrl: tagUrl2 } : {},
      changed: true,
      created: true
    };
  }
  const before = currentTraffic(existing);
  let deployed = revision;
  const { sent } = await replaceWithRetry(
    name,
    (current) => {
      const currentTemplate = record(record(current["spec"])["template"]);
      const currentMetadata = record(currentTemplate["metadata"]);
      const unchanged = record(currentMetadata["annotations"])[TEMPLATE_DIGEST_ANNOTATION] === digest;
      deployed = unchanged ? text(currentMetadata["name"]) ?? statusOf(current).latestCreated ?? revision : revision;
      const traffic2 = noTrafficDeploy(currentTraffic(current), deployed, options.tag);
      const currentSpecTraffic = currentTraffic(current).spec;
      if (unchanged && sameTraffic(currentSpecTraffic, traffic2)) return void 0;
      return {
        ...service,
        metadata,
        spec: { ...spec, template: unchanged ? currentTemplate : pinnedTemplate, traffic: traffic2 }
      };
    },
    deps
  );
  if (!sent) {
    deps.log(
      `service ${name}: revision ${deployed} already has this template and traffic: nothing to deploy`
    );
    const tagUrl2 = tagUrlOf(existing, deployed, options.tag);
    return {
      revision: deployed,
      serviceUrl: statusOf(existing).url,
      ...tagUrl2 ? { tagUrl: tagUrl2 } : {},
      changed: false,
      created: false,
      before
    };
  }
  deps.log(
    `service ${name}: revision ${deployed} deployed with no traffic${options.tag ? ` and tag ${options.tag}` : ""}`
  );
  const ready = await waitForReady(name, target.waitTimeoutMs, deps);
  const tagUrl = tagUrlOf(ready, deployed, options.tag);
  return {
    revision: deployed,
    serviceUrl: statusOf(ready).url,
    ...tagUrl ? { tagUrl } : {},
    changed: true,
    created: false,
    before
  };
}
async function changeTraffic(target, plan, deps) {
  const { sent, current } = await replaceWithRetry(
    target.service,
    (current2) => {
      const traffic2 = plan(current2);
      if (sameTraffic(currentTraffic(current2).spec, traffic2)) return void 0;
      const rest = Object.fromEntries(Object.entries(current2).filter(([key]) => key !== "status"));
      return { ...rest, spec: { ...record(current2["spec"]), traffic: traffic2 } };
    },
    deps
  );
  if (!sent) return { changed: false, service: current };
  return { changed: true, service: await waitForReady(target.service, target.waitTimeoutMs, deps) };
}
async function promoteRevision(target, revision, deps) {
  const { changed, service } = await changeTraffic(
    target,
    (current) => promote(currentTraffic(current), revision),
    deps
  );
  deps.log(
    changed ? `service ${target.service}: 100 % of traffic on ${revision}` : `service ${target.service}: ${revision} already serves 100 %`
  );
  return { changed, serviceUrl: statusOf(service).url };
}
async function rollbackTraffic(target, before, deps) {
  const traffic2 = pinTraffic(before);
  const { changed } = await changeTraffic(target, () => traffic2, deps);
  deps.log(
    changed ? `service ${target.service}: traffic restored as before this run` : `service ${target.service}: traffic was unchanged`
  );
  return { changed };
}
async function removeTag(target, tag2, deps) {
  const { changed } = await changeTraffic(
    target,
    (current) => withoutTag(currentTraffic(current).spec ?? [{ latestRevision: true, percent: 100 }], tag2),
    deps
  );
  deps.log(
    changed ? `service ${target.service}: tag ${tag2} removed` : `service ${target.service}: no tag ${tag2} to remove`
  );
  return { changed };
}
async function validateServerSide(service, target, deps) {
  const metadata = { ...record(service["metadata"]), namespace: target.projectId };
  const existing = await deps.api.getService(target.service);
  if (!existing) {
    await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const resourceVersion = text(record(existing["metadata"])["resourceVersion"]);
    const answer = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...resourceVersion ? { resourceVersion } : {} } },
      { dryRun: true }
    );
    if (answer === "conflict")
      throw new DeployError(`service ${target.service} changed during the dry run (409): run it again`);
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}

// src/smoke/checks.ts
var SmokeConfigError = class extends Error {
  name = "SmokeConfigError";
};
var LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE)\s+(\/\S*)\s*->\s*(\d{3}|2xx)(?:\s+as\s+(\S+))?$/;
function parseSmokeChecks(text2, source = "input `smoke_checks`") {
  return text2.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return [];
    const match = LINE.exec(line);
    if (!match) {
      throw new SmokeConfigError(
        `${source} line ${String(index + 1)}: "${line}" is not METHOD /path -> STATUS [as ROLE], e.g. GET /todos?limit=1 -> 200 as web_user`
      );
    }
    const [, method = "GET", path9 = "/", status = "2xx", role] = match;
    return [
      {
        name: line,
        method,
        path: path9,
        token: "valid",
        ...role ? { role } : {},
        expect: status === "2xx" ? "2xx" : Number(status)
      }
    ];
  });
}
function smokeChecks(user, anonymous) {
  const positive = user.length > 0 ? [...user] : [{ name: "GET / -> 2xx", method: "GET", path: "/", token: "valid", expect: "2xx" }];
  const probe = positive[0] ?? { method: "GET", path: "/" };
  const negative = (token, what, expect) => ({
    name: `${probe.method} ${probe.path} ${what} -> ${String(expect)}`,
    method: probe.method,
    path: probe.path,
    token,
    expect
  });
  return [
    ...positive,
    negative("forged", "with a token signed by another key", 401),
    negative("expired", "with an expired token", 401),
    ...anonymous === void 0 ? [] : [negative("none", "without a token", anonymous)]
  ];
}
var COLD = /* @__PURE__ */ new Set([502, 503, 504]);
var COLD_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
async function runSmokeChecks(baseUrl, checks, options) {
  const transport = options.transport ?? nodeTransport;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  const results = [];
  for (const check of checks) {
    const started = now();
    const token = check.token === "valid" ? await options.tokens.valid(check.role) : check.token === "none" ? void 0 : options.tokens[check.token];
    const headers = {
      accept: "application/json",
      ...token ? { authorization: `Bearer ${token}` } : {},
      ...options.invokerToken ? { "x-serverless-authorization": `Bearer ${options.invokerToken}` } : {}
    };
    let status = 0;
    let text2 = "";
    let failure = "";
    for (let delay = 250; ; delay = Math.min(2e3, delay * 2)) {
      try {
        ({ status, text: text2 } = await transport(`${baseUrl.replace(/\/+$/, "")}${check.path}`, {
          method: check.method,
          headers,
          timeoutMs: 1e4
        }));
        failure = "";
      } catch (error) {
        const code2 = error.code;
        failure = typeof code2 === "string" ? code2 : String(error);
        status = 0;
        if (!COLD_CODES.has(failure)) break;
      }
      if (status !== 0 && !COLD.has(status)) break;
      if (now() + delay > deadline) break;
      options.log(
        `${check.name}: ${status ? `HTTP ${String(status)}` : failure}, the revision may still be starting: retrying`
      );
      await sleep(delay);
    }
    let body;
    try {
      body = text2 ? JSON.parse(text2) : void 0;
    } catch {
      body = void 0;
    }
    const code = typeof body?.code === "string" ? body.code : void 0;
    const message2 = typeof body?.message === "string" ? body.message : failure || void 0;
    const passed = check.expect === "2xx" ? status >= 200 && status < 300 : status === check.expect;
    const result = {
      name: check.name,
      token: check.token,
      status,
      ...code ? { code } : {},
      ...message2 ? { message: message2 } : {},
      ms: now() - started,
      passed
    };
    options.log(
      `${passed ? "passed" : "FAILED"}: ${check.name}: ${status ? `HTTP ${String(status)}` : failure}${code ? ` ${code}` : ""} in ${String(result.ms)} ms`
    );
    results.push(result);
  }
  return results;
}
function explainFailure(results, context) {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return void 0;
  const lines = failed.map(
    (r) => `${r.name}: got ${r.status ? `HTTP ${String(r.status)}` : "no answer"}${r.code ? ` ${r.code}` : ""}${r.message ? ` (${r.message})` : ""}`
  );
  const rejected = failed.find((r) => r.token === "valid" && (r.status === 401 || r.status === 400));
  if (rejected) {
    lines.push(
      `the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}), ${context.aud ? `the audience (PGRST_JWT_AUD ${context.aud})` : "the audience (PGRST_JWT_AUD)"}, and that the smoke role exists and the authenticator may SET ROLE to it`
    );
  }
  const accepted = failed.find(
    (r) => (r.token === "forged" || r.token === "expired") && r.status >= 200 && r.status < 300
  );
  if (accepted)
    lines.push(
      "the deployed revision accepted a token it must refuse: check PGRST_JWT_SECRET and that PostgREST verifies tokens"
    );
  return lines.join("; ");
}

// src/smoke/index.ts
var record2 = (value) => value && typeof value === "object" && !Array.isArray(value) ? value : {};
function jwtSettings(service, version, projectId) {
  const containers2 = record2(record2(record2(service["spec"])["template"])["spec"])["containers"];
  const envs = (Array.isArray(containers2) ? containers2 : []).map((c) => {
    const env3 = record2(c)["env"];
    return (Array.isArray(env3) ? env3 : []).map(record2);
  });
  const env2 = envs.find((list) => list.some((e) => String(e["name"]).startsWith("PGRST_"))) ?? [];
  const value = (name) => {
    const entry2 = env2.find((e) => e["name"] === name);
    return typeof entry2?.["value"] === "string" ? entry2["value"] : void 0;
  };
  const secretRef = record2(
    record2(env2.find((e) => e["name"] === "PGRST_JWT_SECRET")?.["valueFrom"])["secretKeyRef"]
  );
  const secretName = typeof secretRef["name"] === "string" ? secretVersionName(
    `${secretRef["name"]}:${typeof secretRef["key"] === "string" ? secretRef["key"] : "latest"}`,
    projectId
  ) : void 0;
  const aud = value("PGRST_JWT_AUD");
  const anonRole = value("PGRST_DB_ANON_ROLE");
  return {
    claimKey: value("PGRST_JWT_ROLE_CLAIM_KEY") ?? (isAtLeast(version, 16) ? "$.role" : ".role"),
    secretIsBase64: /^(true|on|yes|1)$/i.test(value("PGRST_JWT_SECRET_IS_BASE64") ?? ""),
    ...aud ? { aud } : {},
    ...anonRole ? { anonRole } : {},
    ...secretName ? { secretName } : {}
  };
}
function secretVersionName(reference, projectId) {
  const full = /^projects\/([^/]+)\/secrets\/([^/:]+)\/versions\/([^/]+)$/.exec(reference);
  if (full) return reference;
  const match = /^(?:projects\/([^/]+)\/secrets\/)?([A-Za-z0-9_-]{1,255})(?::([A-Za-z0-9_-]+))?$/.exec(
    reference
  );
  if (!match) {
    throw new Error(
      `"${reference}" is not a secret reference: use projects/PROJECT/secrets/NAME/versions/VERSION, NAME:VERSION or NAME`
    );
  }
  const [, project = projectId, name = "", version = "latest"] = match;
  return `projects/${project}/secrets/${name}/versions/${version}`;
}
async function accessSecret(request, baseUrl, name, mask) {
  const { status, body } = await request("GET", `${baseUrl.replace(/\/+$/, "")}/v1/${name}:access`);
  if (status !== 200) {
    const hint = status === 403 || status === 404 ? ": grant roles/secretmanager.secretAccessor on it to the workflow's account, or give the secret as input `jwt_secret`" : "";
    throw new Error(
      `Secret Manager refused to read ${name} (HTTP ${String(status)}: ${apiErrorMessage(body) ?? "no message"})${hint}`
    );
  }
  const data = record2(record2(body)["payload"])["data"];
  if (typeof data !== "string") throw new Error(`Secret Manager returned no payload for ${name}`);
  const secret = Buffer.from(data, "base64").toString("utf8");
  mask(secret);
  return secret;
}
async function loadJwtSecret(sources, deps) {
  if (sources.input) {
    deps.mask(sources.input);
    return sources.input;
  }
  const name = sources.reference ? secretVersionName(sources.reference, sources.projectId) : sources.settings.secretName;
  if (!name) {
    throw new Error(
      "no JWT secret for the smoke test: give input `jwt_secret` or `jwt_secret_ref`, or let the spec take PGRST_JWT_SECRET from a secretKeyRef"
    );
  }
  return accessSecret(deps.request, deps.baseUrl, name, deps.mask);
}
function secretManagerBaseUrl(override) {
  return (override ?? "https://secretmanager.googleapis.com").replace(/\/+$/, "");
}
async function smokeTest(config, deps) {
  const key = parseJwtSecret(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version
  });
  const now = Math.floor((deps.now ?? Date.now)() / 1e3);
  const options = {
    now,
    ...config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {},
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  };
  const claimsFor = (role) => placeRole(config.settings.claimKey, role, config.version);
  const masked = (token) => {
    deps.mask(token);
    return token;
  };
  const valid = /* @__PURE__ */ new Map();
  const tokens = {
    valid: (role = config.role) => {
      let token = valid.get(role);
      if (!token) {
        token = mintToken(claimsFor(role), key, options).then(masked);
        valid.set(role, token);
      }
      return token;
    },
    forged: masked(await forgeToken(claimsFor(config.role), key, options)),
    expired: masked(await expiredToken(claimsFor(config.role), key, options))
  };
  await Promise.all(
    [...new Set(config.checks.filter((c) => c.token === "valid").map((c) => c.role ?? config.role))].map(
      (r) => tokens.valid(r)
    )
  );
  const results = await runSmokeChecks(config.url, smokeChecks(config.checks, config.anonymousStatus), {
    tokens,
    timeoutMs: config.timeoutMs,
    log: deps.log,
    ...config.invokerToken ? { invokerToken: config.invokerToken } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {},
    ...deps.now ? { now: deps.now } : {}
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  });
  return { passed: failure === void 0, results, ...failure ? { failure } : {} };
}

// src/pipeline.ts
var CANDIDATE_TAG = "candidate";
var PipelineError = class extends Error {
  constructor(message2, report2) {
    super(message2);
    this.report = report2;
  }
  report;
  name = "PipelineError";
};
async function runPipeline(config, io) {
  const now = io.now ?? Date.now;
  const report2 = {
    diagnostics: [],
    valid: false,
    timeline: []
  };
  const output = (name, value) => {
    io.setOutput(name, value);
  };
  const stage = async (name, fn) => {
    const start = now();
    try {
      const result = await io.group(name, fn);
      report2.timeline.push({ stage: name, start, end: now(), ok: true });
      return result;
    } catch (error) {
      report2.timeline.push({ stage: name, start, end: now(), ok: false });
      throw error;
    }
  };
  let credentials;
  const credentialsOnce = () => credentials ??= loadCredentials(io.env, io.mask);
  const { deploy } = config;
  const target = {
    projectId: deploy.projectId,
    region: deploy.region,
    service: deploy.service,
    waitTimeoutMs: deploy.waitTimeoutMs
  };
  const deployDeps = () => defaultDeployDependencies(target, io.env, () => credentialsOnce().accessToken(), io.log);
  try {
    if (deploy.mode.kind === "remove-tag") {
      const tag3 = deploy.mode.tag;
      const { changed } = await stage("Removing tag", () => removeTag(target, tag3, deployDeps()));
      output("changed", String(changed));
      report2.changed = changed;
      report2.valid = true;
      return report2;
    }
    const builtins = new Map([
      ...config.spec.variables,
      ["POSTGREST_VERSION", config.spec.postgrestVersion.tag]
    ]);
    if (deploy.service) builtins.set("SERVICE", deploy.service);
    if (deploy.region) builtins.set("REGION", deploy.region);
    if (deploy.projectId) builtins.set("PROJECT_ID", deploy.projectId);
    const checked = await stage(
      "Validating spec",
      () => Promise.resolve(
        checkSpec({
          file: io.specFile.name,
          text: io.specFile.text,
          variables: builtins,
          postgrestVersion: config.spec.postgrestVersion,
          allowUnsetBuiltins: true
        })
      )
    );
    report2.diagnostics = checked.diagnostics;
    report2.valid = checked.valid;
    if (!checked.valid) {
      const errors = checked.diagnostics.filter((d) => d.severity === "error").length;
      throw new Error(
        `${io.specFile.name} has ${String(errors)} error${errors === 1 ? "" : "s"}: nothing was sent to Google Cloud`
      );
    }
    const smoke = deploy.mode.kind === "none" ? void 0 : deploy.smoke;
    const prepared = smoke && !deploy.dryRun ? await stage("Preparing smoke test", () => prepareSmoke(checked)) : void 0;
    if (smoke && deploy.dryRun) smokeRoles(smokeSettingsOf(checked).claimKey);
    const image = config.image.kind === "none" ? void 0 : await stage(
      config.image.kind === "build" ? "Building image" : "Resolving image",
      () => provideImage()
    );
    if (image) {
      report2.image = image;
      output("image", image.image);
      output("image_built", String(image.built));
    }
    if (deploy.mode.kind === "none") return report2;
    if (!image)
      throw new ConfigError("deploying needs an image: set `repository` (to build) or `image` (prebuilt)");
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(image.image)?.[1];
    const suffix = deploy.revisionSuffix ?? revisionSuffix({
      service: deploy.service,
      ...digest ? { imageDigest: digest } : {},
      ...io.run?.number ? { runNumber: io.run.number } : {},
      ...io.run?.attempt ? { runAttempt: io.run.attempt } : {},
      now: now()
    });
    const rendered = checkSpec({
      file: io.specFile.name,
      text: io.specFile.text,
      variables: new Map([...builtins, ["IMAGE", image.image], ["REVISION", suffix]]),
      postgrestVersion: config.spec.postgrestVersion,
      allowUnsetBuiltins: false
    });
    if (!rendered.service) {
      report2.diagnostics = rendered.diagnostics;
      report2.valid = false;
      throw new Error(
        `${io.specFile.name} does not render with the image and revision: nothing was sent to Cloud Run`
      );
    }
    const service = rendered.service;
    if (deploy.dryRun) {
      report2.plan = dryRunPlan(service, suffix);
      io.log(report2.plan);
      if (io.env["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"] || io.env["GOOGLE_APPLICATION_CREDENTIALS"]) {
        await stage(
          "Validating on Cloud Run (dry run)",
          () => validateServerSide(service, target, deployDeps())
        );
      }
      return report2;
    }
    const tag2 = deploy.mode.kind === "preview" ? deploy.mode.tag : CANDIDATE_TAG;
    const deps = deployDeps();
    const deployed = await stage(
      "Deploying revision",
      () => deployRevision(service, target, { revisionSuffix: suffix, tag: tag2 }, deps)
    );
    report2.revision = deployed.revision;
    report2.url = deployed.serviceUrl;
    report2.changed = deployed.changed;
    output("revision", deployed.revision);
    output("url", deployed.serviceUrl);
    output("changed", String(deployed.changed));
    if (deploy.mode.kind === "preview" && deployed.tagUrl) {
      report2.previewUrl = deployed.tagUrl;
      output("preview_url", deployed.tagUrl);
    }
    if (prepared) {
      const tagUrl = deployed.tagUrl;
      if (!tagUrl)
        throw new Error(
          `Cloud Run reports no URL for tag ${tag2} on ${deployed.revision}: cannot smoke-test it`
        );
      const result = await stage("Smoke testing", async () => {
        const invokerToken = smoke?.invokerAuth ? await credentialsOnce().idToken(deployed.serviceUrl) : void 0;
        return smokeTest(
          { ...prepared, url: tagUrl, ...invokerToken ? { invokerToken } : {} },
          { log: io.log, mask: io.mask }
        );
      });
      report2.smoke = result;
      output("smoke", result.passed ? "passed" : "failed");
      if (!result.passed) {
        if (deploy.mode.kind === "deploy" && deployed.before) {
          const before = deployed.before;
          await stage("Rolling back", () => rollbackTraffic(target, before, deps));
        }
        throw new Error(
          `the smoke test of ${deployed.revision} failed; traffic is as it was before this run: ${result.failure ?? ""}`
        );
      }
    } else {
      output("smoke", "skipped");
    }
    if (deploy.mode.kind === "deploy" && deploy.mode.promote) {
      await stage("Promoting", () => promoteRevision(target, deployed.revision, deps));
    }
    return report2;
  } catch (error) {
    throw new PipelineError(error instanceof Error ? error.message : String(error), report2);
  }
  async function prepareSmoke(checked) {
    const settings = smokeSettingsOf(checked);
    const smokeConfig = deploy.smoke;
    if (!smokeConfig) throw new Error("unreachable: no smoke settings");
    const secret = await loadJwtSecret(
      {
        ...smokeConfig.jwtSecret ? { input: smokeConfig.jwtSecret } : {},
        ...smokeConfig.jwtSecretRef ? { reference: smokeConfig.jwtSecretRef } : {},
        settings,
        projectId: deploy.projectId
      },
      {
        request: createApiClient({ accessToken: () => credentialsOnce().accessToken() }),
        baseUrl: secretManagerBaseUrl(io.env["CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER"]),
        mask: io.mask
      }
    );
    parseJwtSecret(secret, { base64: settings.secretIsBase64, version: config.spec.postgrestVersion });
    const checks = smokeRoles(settings.claimKey);
    io.log(
      `smoke test ready: role ${smokeConfig.role} at ${settings.claimKey}, ${String(checks.length || 1)} check(s) plus a forged and an expired token`
    );
    return {
      version: config.spec.postgrestVersion,
      settings,
      secret,
      role: smokeConfig.role,
      checks,
      timeoutMs: smokeConfig.timeoutMs
    };
  }
  function smokeRoles(claimKey) {
    const smokeConfig = deploy.smoke;
    if (!smokeConfig) return [];
    const checks = parseSmokeChecks(smokeConfig.checks, smokeConfig.checksSource);
    for (const role of /* @__PURE__ */ new Set([smokeConfig.role, ...checks.flatMap((c) => c.role ? [c.role] : [])])) {
      placeRole(claimKey, role, config.spec.postgrestVersion);
    }
    return checks;
  }
  function smokeSettingsOf(checked) {
    const settings = jwtSettings(checked.service ?? {}, config.spec.postgrestVersion, deploy.projectId);
    const aud = deploy.smoke?.aud;
    return aud ? { ...settings, aud } : settings;
  }
  async function provideImage() {
    const source = config.image;
    if (source.kind === "none") return void 0;
    const buildDeps = defaultBuildDependencies(io.env, io.log, credentialsOnce);
    if (source.kind === "prebuilt") {
      if (deploy.dryRun) return { image: source.image, built: false };
      return {
        image: await pinPrebuiltImage(source.image, {
          ...buildDeps,
          accessToken: () => credentialsOnce().accessToken()
        }),
        built: false
      };
    }
    if (deploy.dryRun) {
      const { reference } = planImage(source.build, buildDeps.contextDirectory);
      io.log(`dry run: would look up ${formatReference(reference)} and build it when it is missing`);
      return { image: formatReference(reference), built: false };
    }
    const built = await buildImage(source.build, buildDeps);
    io.log(
      `image: ${built.image} (${built.built ? `built with ${built.builder ?? "unknown"}` : "reused, no build"})`
    );
    return { image: built.image, built: built.built };
  }
  function dryRunPlan(service, suffix) {
    const base = `namespaces/${deploy.projectId}/services/${deploy.service}`;
    const tag2 = deploy.mode.kind === "preview" ? deploy.mode.tag : CANDIDATE_TAG;
    const calls = [
      `GET ${base}`,
      `POST or PUT ${base}: revision ${deploy.service}-${suffix} with no traffic, tag ${tag2} (existing tags kept)`,
      `GET ${base} until Ready`,
      ...deploy.smoke ? [`smoke test the URL of tag ${tag2}`] : [],
      ...deploy.mode.kind === "deploy" && deploy.mode.promote ? [`PUT ${base}: 100 % to ${deploy.service}-${suffix}`] : []
    ];
    return [
      "dry run: nothing is sent (but a server-side ?dryRun=all validation when credentials exist)",
      "calls:",
      ...calls.map((c) => `  ${c}`),
      "rendered service:",
      JSON.stringify(service, null, 2)
    ].join("\n");
  }
}

export {
  ConfigError,
  formatReference,
  isAtLeast,
  require_dist,
  formatDiagnostic,
  parseVariables,
  parseVersionSetting,
  builtinVariables,
  parseImageSource,
  resolveSpecPath,
  parsePipelineConfig,
  ACTION_ROOT,
  actionDefaults,
  cloudBuildRequest,
  localBuildCommands,
  defaultBuildDependencies,
  BUILD_CONTEXT_DIRECTORY,
  planImage,
  buildImage,
  loadCredentials,
  checkSpec,
  renderSpec,
  ClaimKeyError,
  placeRole,
  JwtSecretError,
  MAX_TTL_SECONDS,
  parseJwtSecret,
  mintToken,
  PipelineError,
  runPipeline
};
