import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  __commonJS,
  __require,
  __toESM
} from "./esbuild-runtime.js";

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
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
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
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
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
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path9);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
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
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path9);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
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
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
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
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
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
        return value.map((v, i2) => toJS(v, String(i2), ctx));
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
      for (let i2 = path9.length - 1; i2 >= 0; --i2) {
        const k = path9[i2];
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
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text2, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text2[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text2[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text2, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
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
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text2.length;
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
    function consumeMoreIndentedLines(text2, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text2[++i2];
        } else {
          do {
            ch = text2[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
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
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
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
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
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
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
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
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
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
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        if (i2 < items.length - 1) {
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
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
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
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
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
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
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
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
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
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
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
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
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
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
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
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
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
      const sign = str[0];
      if (sign === "-" || sign === "+")
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
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
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
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
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
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc2) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc2.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc2.lineStarts[line - 1], lc2.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc2.lineStarts[line - 2], lc2.lineStarts[line - 1]);
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
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag2?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
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
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
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
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
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
        if (!isMap && !sep2 && !props.found) {
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
            if (!isMap && !props.found && ctx.options.strict) {
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
          if (isMap) {
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
      const expectedEnd = isMap ? "}" : "]";
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
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
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
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
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
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
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
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
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
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
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
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
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
          value = plainValue(source, _onError);
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
    function plainValue(source, onError) {
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
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
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
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
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
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
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
      const alias2 = new Alias.Alias(source.substring(1));
      if (alias2.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias2.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias2.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias2.comment = re.comment;
      return alias2;
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
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
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
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
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
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
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
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
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
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
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
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
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
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
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
      for (const [field3, index] of path9) {
        const tok = item?.[field3];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path9) => {
      const parent = visit.itemAtPath(cst, path9.slice(0, -1));
      const field3 = path9[path9.length - 1][0];
      const coll = parent?.[field3];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field3 of ["key", "value"]) {
        const token = item[field3];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path9.concat([[field3, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field3 === "key")
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
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
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
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
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
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
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
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
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
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
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
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
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
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
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
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
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
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
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
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i2 = 0; i2 < list3.length; ++i2)
        if (list3[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i2 = 0; i2 < list3.length; ++i2) {
        switch (list3[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
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
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
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
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
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
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
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
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
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
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs2 = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs2) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs2.length > 0)
        return docs2;
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
    function parse(src, reviver, options) {
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
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
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

// src/gcp/auth.ts
import { readFileSync } from "node:fs";

// src/gcp/libraries.ts
function commonJs(module) {
  return module.default ?? module;
}
var googleAuthLibrary;
function loadGoogleAuthLibrary() {
  googleAuthLibrary ??= import("./google-auth-library.js").then(commonJs);
  return googleAuthLibrary;
}

// src/gcp/auth.ts
var SCOPE = "https://www.googleapis.com/auth/cloud-platform";
function loadCredentials(env, mask) {
  const tokenFile = env["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"];
  if (tokenFile) {
    let token;
    try {
      token = readFileSync(tokenFile, "utf8").trim();
    } catch (error) {
      throw new Error(
        `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE names "${tokenFile}", which cannot be read (${error.code ?? "error"}): write an access token there, or unset it to use application default credentials`
      );
    }
    if (!token) {
      throw new Error(`CLOUDSDK_AUTH_ACCESS_TOKEN_FILE "${tokenFile}" is empty: write an access token there`);
    }
    mask(token);
    return {
      source: "CLOUDSDK_AUTH_ACCESS_TOKEN_FILE",
      accessToken: () => Promise.resolve(token),
      idToken: () => Promise.reject(
        new Error(
          "invoker_auth needs credentials that can mint ID tokens (a service account, or google-github-actions/auth with service_account); CLOUDSDK_AUTH_ACCESS_TOKEN_FILE holds an access token only"
        )
      )
    };
  }
  const keyFilename = env["GOOGLE_APPLICATION_CREDENTIALS"];
  const loading = loadGoogleAuthLibrary().then(
    ({ GoogleAuth }) => new GoogleAuth({ scopes: SCOPE, ...keyFilename ? { keyFilename } : {} })
  );
  loading.catch(() => void 0);
  return {
    source: "application default credentials",
    accessToken: async () => {
      let token;
      try {
        token = await (await loading).getAccessToken();
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
      const token = await adcIdToken(await loading, keyFilename, audience);
      mask(token);
      return token;
    }
  };
}
async function adcIdToken(auth, keyFilename, audience) {
  let file = {};
  if (keyFilename) {
    try {
      file = JSON.parse(readFileSync(keyFilename, "utf8"));
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

// src/gcp/http.ts
import { setTimeout as realSleep } from "node:timers/promises";
import http from "node:http";
import https from "node:https";

// src/gcp/token-hosts.ts
function isLoopbackHost(hostname) {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host === "::1";
}
function isGoogleHost(hostname) {
  const host = hostname.toLowerCase();
  return /(?:^|\.)googleapis\.com$/.test(host) || /(?:^|\.)gcr\.io$/.test(host) || /^[a-z0-9]+(?:-[a-z0-9]+)*-docker\.pkg\.dev$/.test(host);
}
var GOOGLE_TOKEN_HOSTS = "HTTPS to *.googleapis.com, gcr.io, *.gcr.io or *-docker.pkg.dev, or http(s) to localhost, 127.0.0.1 or [::1]";
function mayReceiveGoogleToken(url, trustedHost) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (target.protocol !== "https:" && target.protocol !== "http:") return false;
  if (isLoopbackHost(target.hostname)) return true;
  if (target.protocol !== "https:") return false;
  if (isGoogleHost(target.hostname)) return true;
  return trustedHost !== void 0 && target.host === hostOf(trustedHost);
}
function hostOf(host) {
  try {
    return new URL(`https://${host}`).host;
  } catch {
    return "";
  }
}

// src/gcp/http.ts
var ApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "ApiError";
};
var nodeTransport = (url, request) => new Promise((resolve2, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http : https;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers, timeout: request.timeoutMs },
    (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        resolve2({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
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
  return new Promise((resolve2, reject) => {
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
          resolve2({
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
function apiBaseUrl(override, googleEndpoint) {
  if (override && !mayReceiveGoogleToken(override)) {
    throw new ConfigError(
      `${endpointOverrideVariable(googleEndpoint)} is "${withoutUserinfo(override)}", which may not receive the Google access token: the token goes only ${GOOGLE_TOKEN_HOSTS}. Point it at such an endpoint, or unset it`
    );
  }
  return (override || googleEndpoint).replace(/\/+$/, "");
}
function checkEndpointOverrides(env) {
  for (const api of ["run", "cloudbuild", "secretmanager"]) {
    apiBaseUrl(env[`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api.toUpperCase()}`], `https://${api}.googleapis.com`);
  }
}
function withoutUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
}
function endpointOverrideVariable(googleEndpoint) {
  const label = new URL(googleEndpoint).hostname.split(".")[0] ?? "";
  return `CLOUDSDK_API_ENDPOINT_OVERRIDES_${label.replace(/^.*-/, "").toUpperCase()}`;
}
function apiRefusal(api, what, response, permissionHint) {
  const { status, body } = response;
  const hint = status === 401 || status === 403 ? `: ${permissionHint}` : "";
  return new ApiError(
    `${api} refused to ${what} (HTTP ${String(status)}): ${apiErrorMessage(body) ?? JSON.stringify(body)}${hint}`,
    status
  );
}
function createApiClient(options) {
  const transport = options.transport ?? nodeTransport;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? 6;
  return async function request(method, url, body, { once = false } = {}) {
    const what = `${method} ${withoutUserinfo(url).replace(/\?.*$/, "")}`;
    refuseUnlessTokenMayGo(url, what);
    const retryable = once ? RETRYABLE_UNSENT : RETRYABLE;
    let lastFailure = "";
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (options.deadline !== void 0 && now() >= options.deadline) break;
      const call = {
        method,
        url,
        body,
        what,
        token: await options.accessToken(),
        timeoutMs: options.requestTimeoutMs ?? 3e4
      };
      const outcome = await sendOnce(transport, call, retryable);
      if (outcome.kind === "answered") return outcome.response;
      lastFailure = outcome.failure;
      if (attempt < attempts) await sleep(retryDelay(attempt, random, now, options.deadline));
      else if (outcome.response) return outcome.response;
    }
    throw new ApiError(`${what} failed after retries: ${lastFailure || "deadline exceeded"}`, 0);
  };
}
function refuseUnlessTokenMayGo(url, what) {
  if (!mayReceiveGoogleToken(url)) {
    throw new ApiError(
      `${what} refused before sending: it may not receive the Google access token, which goes only ${GOOGLE_TOKEN_HOSTS}`,
      0
    );
  }
}
var RETRYABLE = { statuses: RETRYABLE_STATUSES, codes: RETRYABLE_CODES };
var RETRYABLE_UNSENT = { statuses: UNSENT_STATUSES, codes: UNSENT_CODES };
async function sendOnce(transport, call, retryable) {
  const { method, body } = call;
  let answer;
  try {
    answer = await transport(call.url, {
      method,
      headers: {
        authorization: `Bearer ${call.token}`,
        accept: "application/json",
        ...body === void 0 ? {} : { "content-type": "application/json" }
      },
      ...body === void 0 ? {} : { body: JSON.stringify(body) },
      timeoutMs: call.timeoutMs
    });
  } catch (error) {
    const code = transportCode(error);
    if (!retryable.codes.has(code)) throw new ApiError(`${call.what} failed: ${code}`, 0);
    return { kind: "retryable", failure: code };
  }
  const response = { status: answer.status, body: parseBody(answer.text) };
  if (!retryable.statuses.has(response.status)) return { kind: "answered", response };
  const message = apiErrorMessage(response.body);
  return {
    kind: "retryable",
    failure: `HTTP ${String(response.status)}${message ? `: ${message}` : ""}`,
    response
  };
}
function parseBody(text2) {
  try {
    return text2 ? JSON.parse(text2) : void 0;
  } catch {
    return text2;
  }
}
function retryDelay(attempt, random, now, deadline) {
  const ceiling = Math.min(8e3, 500 * 2 ** (attempt - 1));
  const delay = Math.round(random() * ceiling);
  return deadline === void 0 ? delay : Math.min(delay, Math.max(0, deadline - now()));
}
function transportCode(error) {
  if (error instanceof Error) {
    const code = error.code;
    return typeof code === "string" ? code : error.message;
  }
  return String(error);
}

// src/json.ts
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function recordOf(value) {
  return asRecord(value) ?? {};
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

// src/gcp/secret-manager.ts
var SecretAccessError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "SecretAccessError";
};
function secretManagerBaseUrl(override) {
  return apiBaseUrl(override, "https://secretmanager.googleapis.com");
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
    throw new SecretAccessError(
      `Secret Manager refused to read ${name} (HTTP ${String(status)}: ${apiErrorMessage(body) ?? "no message"})${hint}`,
      status
    );
  }
  const data = recordOf(recordOf(body)["payload"])["data"];
  if (typeof data !== "string")
    throw new SecretAccessError(`Secret Manager returned no payload for ${name}`, status);
  const secret = Buffer.from(data, "base64").toString("utf8");
  mask(secret);
  return secret;
}
function secretManagerApi(request, baseUrl, mask) {
  return { access: (name) => accessSecret(request, baseUrl, name, mask) };
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
var OLDEST_SUPPORTED_MAJOR = 12;
function unsupportedVersion(version) {
  if (version.major < OLDEST_SUPPORTED_MAJOR) {
    return `PostgREST ${version.tag} is older than this action supports: it checks settings and tokens from v${String(OLDEST_SUPPORTED_MAJOR)} on; upgrade (v14.17 is current), or pin an older release of this action`;
  }
  if (version.major > 14 && version.major % 2 === 1) {
    return `there is no PostgREST ${version.tag}: from v14 on only even majors are released (v${String(version.major)} was a development line); use v${String(version.major - 1)}.x or v${String(version.major + 1)}.x`;
  }
  return void 0;
}
function missingRoleAnswer(version) {
  const v1301 = version.major > 13 || version.major === 13 && (version.minor > 0 || version.patch >= 1);
  return { status: v1301 ? 401 : 400, code: "22023" };
}
var MIN_JWT_SECRET_LENGTH = 32;

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
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function fail(cursor, message) {
  throw new ParseError(message, cursor.at);
}
function peek(cursor) {
  return cursor.text[cursor.at] ?? "";
}
function lookingAt(cursor, prefix) {
  return cursor.text.startsWith(prefix, cursor.at);
}
function parseLegacyClaimKey(key, grammar) {
  const cursor = { text: key, at: 0 };
  try {
    if (key.length === 0) fail(cursor, "the key is empty");
    return { segments: grammar === "v12" ? readV12Segments(cursor) : readV13Segments(cursor) };
  } catch (error) {
    if (error instanceof ParseError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
}
function readV12Segments(cursor) {
  const segments = [];
  if (peek(cursor) !== ".") fail(cursor, 'the key must start with "."');
  while (cursor.at < cursor.text.length) {
    if (peek(cursor) !== ".") fail(cursor, 'expected "." before the next key');
    cursor.at++;
    segments.push({ kind: "key", name: readLegacyName(cursor) });
    if (peek(cursor) === "[") segments.push({ kind: "index", index: readLegacyIndex(cursor) });
  }
  return segments;
}
function readV13Segments(cursor) {
  const segments = [];
  while (cursor.at < cursor.text.length) {
    if (segments.at(-1)?.kind === "filter")
      fail(cursor, "a filter [?(...)] must be the last part of the key");
    if (peek(cursor) === ".") {
      cursor.at++;
      segments.push({ kind: "key", name: readLegacyName(cursor) });
    } else if (lookingAt(cursor, "[?(")) {
      segments.push(readLegacyFilter(cursor));
    } else if (peek(cursor) === "[") {
      segments.push({ kind: "index", index: readLegacyIndex(cursor) });
    } else {
      fail(cursor, 'expected ".key", "[n]" or a final filter "[?(@ == \\"value\\")]"');
    }
  }
  return segments;
}
function readLegacyName(cursor) {
  const { text: text2 } = cursor;
  if (peek(cursor) === '"') {
    const close = text2.indexOf('"', cursor.at + 1);
    if (close < 0) fail(cursor, 'unterminated quoted key: add the closing "');
    const name = text2.slice(cursor.at + 1, close);
    cursor.at = close + 1;
    return name;
  }
  const start = cursor.at;
  while (cursor.at < text2.length && /[\p{L}\p{N}_$@]/u.test(peek(cursor))) cursor.at++;
  if (cursor.at === start)
    fail(cursor, `expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
  return text2.slice(start, cursor.at);
}
function readLegacyIndex(cursor) {
  const match = /^\[(\d+)\]/.exec(cursor.text.slice(cursor.at));
  if (!match?.[1]) return fail(cursor, "expected an array index like [0]");
  cursor.at += match[0].length;
  return Number(match[1]);
}
function readLegacyFilter(cursor) {
  const { text: text2 } = cursor;
  cursor.at += 3;
  if (peek(cursor) !== "@") fail(cursor, 'a filter starts with @: [?(@ == "value")]');
  cursor.at++;
  while (peek(cursor) === " ") cursor.at++;
  const operator = ["==^", "==", "!=", "^==", "*=="].find((op) => lookingAt(cursor, op));
  if (!operator) return fail(cursor, "expected one of the filter operators ==, !=, ^==, ==^, *==");
  cursor.at += operator.length;
  while (peek(cursor) === " ") cursor.at++;
  if (peek(cursor) !== '"') fail(cursor, 'the filter value must be a "quoted string"');
  const close = text2.indexOf('"', cursor.at + 1);
  if (close < 0) fail(cursor, 'unterminated filter value: add the closing "');
  const operand = text2.slice(cursor.at + 1, close);
  cursor.at = close + 1;
  if (!lookingAt(cursor, ")]")) fail(cursor, 'close the filter with ")]"');
  cursor.at += 2;
  return { kind: "filter", operator, operand };
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
    if (segment.kind === "filter") {
      const filter = jsonPathFilter(segment.operator, segment.operand);
      if (filter === void 0) return void 0;
      out += `[?${filter}]`;
    } else if (segment.kind === "index") out += `[${segment.index}]`;
    else
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment.name) ? `.${segment.name}` : `[${JSON.stringify(segment.name)}]`;
  }
  return out;
}
function jsonPathFilter(operator, operand) {
  if (operator === "==" || operator === "!=") return `@ ${operator} ${JSON.stringify(operand)}`;
  if (/[$^\r\n]/.test(operand)) return void 0;
  const literal = operand.replace(/[()*+\-.?[\\\]{|}]/g, "\\$&");
  if (operator === "^==") return `match(@, ${JSON.stringify(`${literal}.*`)})`;
  if (operator === "==^") return `match(@, ${JSON.stringify(`.*${literal}`)})`;
  return `search(@, ${JSON.stringify(literal)})`;
}
function suggestJsonPath(key) {
  const dotted = key.trim().replace(/^\$/, "");
  if (!/^\.[^[\]"]+$/.test(dotted)) return void 0;
  const names = dotted.slice(1).split(".");
  if (names.some((n) => n === "")) return void 0;
  return toJsonPath(names.map((name) => ({ kind: "key", name })));
}
function parseJsonPath(path9) {
  const cursor = { text: path9, at: 0 };
  try {
    if (path9[0] !== "$") fail(cursor, "an RFC 9535 JSONPath starts with $");
    cursor.at = 1;
    readSegments(cursor, false);
    if (cursor.at < path9.length) fail(cursor, "unexpected character");
    return { ok: true };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, error: { message: error.message, offset: error.offset } };
    throw error;
  }
}
var NAME_FIRST = /[A-Za-z_\u0080-\uffff]/;
var NAME_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;
var COMPARISON_OPERATORS = ["==", "!=", "<=", ">=", "<", ">"];
function skipSpace(cursor) {
  while (/[ \t\n\r]/.test(peek(cursor))) cursor.at++;
}
function readSegments(cursor, inFilter) {
  for (; ; ) {
    if (inFilter && !skipSpaceBeforeSegment(cursor)) return;
    if (!readSegment(cursor)) return;
  }
}
function skipSpaceBeforeSegment(cursor) {
  const save = cursor.at;
  skipSpace(cursor);
  if (peek(cursor) === "." || peek(cursor) === "[") return true;
  cursor.at = save;
  return false;
}
function readSegment(cursor) {
  if (lookingAt(cursor, "..")) {
    cursor.at += 2;
    if (peek(cursor) === "*") cursor.at++;
    else if (peek(cursor) === "[") readBracket(cursor);
    else readShorthand(cursor);
  } else if (peek(cursor) === ".") {
    cursor.at++;
    if (peek(cursor) === "*") cursor.at++;
    else readShorthand(cursor);
  } else if (peek(cursor) === "[") {
    readBracket(cursor);
  } else {
    return false;
  }
  return true;
}
function readShorthand(cursor) {
  if (!NAME_FIRST.test(peek(cursor)))
    fail(cursor, 'expected a member name (letters, digits, _; not starting with a digit) or use ["name"]');
  while (NAME_CHAR.test(peek(cursor))) cursor.at++;
}
function readBracket(cursor) {
  cursor.at++;
  readCommaSeparated(cursor, readSelector);
  if (peek(cursor) !== "]") fail(cursor, 'expected "]"');
  cursor.at++;
}
function readCommaSeparated(cursor, readItem) {
  for (; ; ) {
    readItem(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ",") return;
    cursor.at++;
  }
}
function readSelector(cursor) {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === '"' || first === "'") {
    readQuoted(cursor);
  } else if (first === "*") {
    cursor.at++;
  } else if (first === "?") {
    cursor.at++;
    readLogical(cursor);
  } else {
    readIndexOrSlice(cursor);
  }
}
function readIndexOrSlice(cursor) {
  if (peek(cursor) !== ":") readInt(cursor);
  skipSpace(cursor);
  for (let colons = 0; peek(cursor) === ":" && colons < 2; colons++) {
    cursor.at++;
    skipSpace(cursor);
    if (/[-0-9]/.test(peek(cursor))) readInt(cursor);
    skipSpace(cursor);
  }
}
function readQuoted(cursor) {
  const quote = peek(cursor);
  cursor.at++;
  while (cursor.at < cursor.text.length && peek(cursor) !== quote) {
    if (peek(cursor) === "\\") {
      cursor.at++;
      if (!/["'\\/bfnrtu]/.test(peek(cursor))) fail(cursor, "invalid escape in quoted name");
    }
    cursor.at++;
  }
  if (peek(cursor) !== quote) fail(cursor, "unterminated quoted name");
  cursor.at++;
}
function readInt(cursor) {
  const match = /^(?:0|-?[1-9]\d*)/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, "expected an integer");
  cursor.at += match[0].length;
}
function readLogical(cursor) {
  readTest(cursor);
  for (; ; ) {
    skipSpace(cursor);
    if (!lookingAt(cursor, "&&") && !lookingAt(cursor, "||")) return;
    cursor.at += 2;
    readTest(cursor);
  }
}
function readTest(cursor) {
  skipSpace(cursor);
  if (peek(cursor) === "!") {
    cursor.at++;
    skipSpace(cursor);
  }
  if (peek(cursor) === "(") {
    cursor.at++;
    readLogical(cursor);
    skipSpace(cursor);
    if (peek(cursor) !== ")") fail(cursor, 'expected ")"');
    cursor.at++;
    return;
  }
  const left = readComparable(cursor);
  skipSpace(cursor);
  const operator = COMPARISON_OPERATORS.find((o) => lookingAt(cursor, o));
  if (operator) {
    cursor.at += operator.length;
    readComparable(cursor);
  } else if (left === "literal") {
    fail(cursor, 'a literal alone is not a test: compare it, e.g. @ == "value"');
  }
}
function readComparable(cursor) {
  skipSpace(cursor);
  const first = peek(cursor);
  if (first === "@" || first === "$") {
    cursor.at++;
    readSegments(cursor, true);
    return "query";
  }
  if (first === '"' || first === "'") {
    readQuoted(cursor);
    return "literal";
  }
  if (/[-0-9]/.test(first)) {
    readNumber(cursor);
    return "literal";
  }
  if (readKeyword(cursor)) return "literal";
  if (/[a-z]/.test(first)) {
    readFunctionCall(cursor);
    return "function";
  }
  return fail(cursor, "expected @, $, a literal or a function call in the filter");
}
function readNumber(cursor) {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(cursor.text.slice(cursor.at));
  if (!match) return fail(cursor, "expected a number");
  cursor.at += match[0].length;
}
function readKeyword(cursor) {
  for (const word of ["true", "false", "null"]) {
    if (lookingAt(cursor, word) && !NAME_CHAR.test(cursor.text[cursor.at + word.length] ?? "")) {
      cursor.at += word.length;
      return true;
    }
  }
  return false;
}
function readFunctionCall(cursor) {
  while (/[a-z0-9_]/.test(peek(cursor))) cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== "(") fail(cursor, 'expected "(" after a function name');
  cursor.at++;
  skipSpace(cursor);
  if (peek(cursor) !== ")") readCommaSeparated(cursor, readArgument);
  if (peek(cursor) !== ")") fail(cursor, 'expected ")" to close the function call');
  cursor.at++;
}
function readArgument(cursor) {
  skipSpace(cursor);
  if (/["'0-9-]/.test(peek(cursor))) readComparable(cursor);
  else readLogical(cursor);
}
function defaultClaimKey(version) {
  return isAtLeast(version, 16) ? "$.role" : ".role";
}

// src/postgrest/conninfo.ts
function conninfoValue(conninfo, keyword) {
  return conninfo.parameters.findLast((p) => p.keyword === keyword);
}
function conninfoUser(conninfo) {
  const parameter = conninfoValue(conninfo, "user");
  return parameter ? parameter.value : conninfo.uriUser;
}
function parseConninfo(text2) {
  return /^postgres(?:ql)?:\/\//.test(text2) ? parseUri(text2) : parseKeywordValue(text2);
}
function parseKeywordValue(text2) {
  const parameters = [];
  let i2 = 0;
  const skipSpace2 = () => {
    while (/\s/.test(text2[i2] ?? "")) i2++;
  };
  for (; ; ) {
    skipSpace2();
    if (i2 >= text2.length) break;
    const start = i2;
    while (i2 < text2.length && !/[\s=]/.test(text2[i2] ?? "")) i2++;
    const keyword = text2.slice(start, i2);
    skipSpace2();
    if (text2[i2] !== "=") {
      throw new Error(
        `missing "=" after the word at character ${String(start + 1)} of the connection string (a value with a space must be quoted: '...')`
      );
    }
    i2++;
    skipSpace2();
    let value = "";
    if (text2[i2] === "'") {
      i2++;
      while (i2 < text2.length && text2[i2] !== "'") {
        if (text2[i2] === "\\") i2++;
        value += text2[i2] ?? "";
        i2++;
      }
      if (text2[i2] !== "'") {
        throw new Error(
          `unterminated quoted value for the parameter at character ${String(start + 1)} of the connection string`
        );
      }
      i2++;
    } else {
      while (i2 < text2.length && !/\s/.test(text2[i2] ?? "")) {
        if (text2[i2] === "\\") i2++;
        value += text2[i2] ?? "";
        i2++;
      }
    }
    parameters.push({ keyword, value, source: text2.slice(start, i2) });
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
  const designator = afterScheme.search(/[@/]/);
  const hasUserinfo = designator >= 0 && afterScheme[designator] === "@";
  const userinfo = hasUserinfo ? afterScheme.slice(0, designator) : "";
  const rest = hasUserinfo ? afterScheme.slice(designator + 1) : afterScheme;
  const queryStart = rest.indexOf("?");
  const query = queryStart < 0 ? "" : rest.slice(queryStart + 1);
  const colon = userinfo.indexOf(":");
  const uriPassword = colon < 0 ? "" : userinfo.slice(colon + 1);
  const uriUser = decode(
    colon < 0 ? userinfo : userinfo.slice(0, colon),
    "the user of the connection string"
  );
  const parameters = [];
  query.split("&").forEach((pair, index) => {
    if (!pair) return;
    const eq = pair.indexOf("=");
    const where = `URI parameter ${String(index + 1)}`;
    if (eq < 0) throw new Error(`missing "=" in ${where} of the connection string`);
    const keyword = decode(pair.slice(0, eq), where);
    parameters.push({ keyword, value: decode(pair.slice(eq + 1), `the value of ${keyword}`), source: pair });
  });
  const queryPassword = parameters.findLast((p) => p.keyword === "password");
  const passwordSource = queryPassword?.source ?? (uriPassword ? userinfo : void 0);
  return {
    form: "uri",
    parameters,
    hasPassword: uriPassword !== "" || queryPassword !== void 0 && queryPassword.value !== "",
    ...passwordSource ? { passwordSource } : {},
    ...uriUser ? { uriUser } : {}
  };
}
function decode(text2, where) {
  try {
    return decodeURIComponent(text2);
  } catch {
    throw new Error(`invalid percent-encoding in ${where} of the connection string (write % as %25)`);
  }
}

// src/postgrest/container.ts
function isPostgrestImage(image) {
  if (!image) return false;
  const withoutDigest = image.replace(/@.*$/, "");
  const lastSlash = withoutDigest.lastIndexOf("/");
  const repository = withoutDigest.slice(lastSlash + 1).replace(/:.*$/, "");
  return repository.toLowerCase() === "postgrest";
}
var configuresPostgrest = (facts) => facts.env.some((name) => name.startsWith("PGRST_")) || isPostgrestImage(facts.image);
function postgrestContainerIndex(containers) {
  if (!containers.some(configuresPostgrest)) return void 0;
  const candidates = containers.flatMap(
    (facts, index) => configuresPostgrest(facts) || facts.runsActionImage ? [index] : []
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((index) => containers[index]?.env.includes("PGRST_DB_URI")) ?? candidates[0];
}

// src/postgrest/settings.ts
var HASKELL_INTEGER = /^\s*(-?)\s*(\d+|0[xX][0-9a-fA-F]+|0[oO][0-7]+)\s*$/;
function readInteger(value) {
  const match = HASKELL_INTEGER.exec(value);
  if (!match) return void 0;
  const [, sign = "", digits = ""] = match;
  const magnitude = /^0[oO]/.test(digits) ? parseInt(digits.slice(2), 8) : Number(digits);
  return sign === "-" ? -magnitude : magnitude;
}
function readBoolean(value) {
  const letters = value.replace(new RegExp("\\P{L}", "gu"), "");
  const titled = letters.slice(0, 1).toUpperCase() + letters.slice(1).toLowerCase();
  if (titled === "True") return true;
  if (titled === "False") return false;
  const number2 = readInteger(value);
  return number2 === void 0 ? void 0 : number2 > 0;
}
var STRING = {
  kind: "string",
  describe: "text",
  check: () => void 0,
  onBadValue: "default"
};
var BOOLEAN = {
  kind: "boolean",
  describe: "true or false (a whole number also works: above 0 is true)",
  check: (value) => readBoolean(value) === void 0 ? "is neither true nor false as PostgREST reads booleans" : void 0,
  onBadValue: "default"
};
var INTEGER = {
  kind: "integer",
  describe: "a whole number",
  check: (value) => readInteger(value) === void 0 ? "is not a whole number" : void 0,
  onBadValue: "default"
};
function oneOf(...values) {
  return {
    kind: "enum",
    describe: values.join(" | "),
    values,
    check: (value) => values.includes(value) ? void 0 : `is not one of ${values.join(", ")}`,
    onBadValue: "fails"
  };
}
var FILE_MODE = {
  kind: "file-mode",
  describe: "an octal file mode from 600 to 777",
  check: (value) => {
    const digits = /^[0-7]+/.exec(value)?.[0];
    if (digits === void 0) return "is not an octal number";
    const mode = parseInt(digits, 8);
    return mode >= 384 && mode <= 511 ? void 0 : "is not between 600 and 777";
  },
  onBadValue: "fails"
};
var URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
var AUDIENCE = {
  kind: "audience",
  describe: 'a string without ":", or a URI',
  check: (value) => !value.includes(":") || URI.test(value) ? void 0 : 'holds ":" but is not a URI',
  onBadValue: "fails"
};
var PROXY_URI = {
  kind: "proxy-uri",
  describe: "an http or https URI with a host and no user or query, such as https://example.com:8443/api",
  check: (value) => {
    const match = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[^/?#@:[\]]*)(?::(\d*))?([^?#]*)$/i.exec(value);
    if (!match || !URI.test(value)) return "is not an absolute http(s) URI without query or fragment";
    if (/^[a-z]+:\/\/[^/]*@/i.test(value)) return "names a user, which PostgREST refuses";
    const [, , host = "", port] = match;
    if (host === "") return "has no host";
    if (port !== void 0 && !(Number(port) >= 1 && Number(port) <= 65535))
      return "has no port from 1 to 65535";
    return void 0;
  },
  onBadValue: "fails"
};
var SCHEMAS_V16 = {
  kind: "schemas",
  describe: "comma-separated schema names, without pg_catalog and information_schema",
  check: (value) => {
    const system = value.split(",").map((schema) => schema.trim()).find((schema) => schema === "pg_catalog" || schema === "information_schema");
    return system === void 0 ? void 0 : `names ${system}, which PostgREST refuses to expose`;
  },
  onBadValue: "fails"
};
var docs = (major, anchor) => `https://docs.postgrest.org/en/v${String(major)}/references/configuration.html#${anchor}`;
var PARSER_V16 = "https://github.com/PostgREST/postgrest/blob/v16.2/src/library/PostgREST/Config.hs";
var PARSER_V14_12 = "https://github.com/PostgREST/postgrest/blob/v14.12/src/PostgREST/Config.hs";
var PARSER_V13 = "https://github.com/PostgREST/postgrest/blob/v13.0.8/src/PostgREST/Config.hs";
var SUPPORTED_FROM = "v12.0.0";
function setting(name, added, value, fallback, extra = {}) {
  return {
    name,
    added,
    meanings: [{ since: SUPPORTED_FROM, value, default: fallback }],
    source: docs(16, name),
    ...extra
  };
}
function alias(name, target, added, source, aliasWins = false) {
  return { name, added, aliasOf: target, meanings: [], source, ...aliasWins ? { aliasWins } : {} };
}
var LOG_LEVELS = ["crit", "error", "warn", "info"];
var TX_END = ["commit", "commit-allow-override", "rollback", "rollback-allow-override"];
var SETTINGS = [
  setting("admin-server-config-enabled", "v12.2.12", BOOLEAN, "false", {
    removed: "v13.0.0",
    source: docs(12, "admin-server-config-enabled"),
    changelog: "12.2.12 (#3956): the admin server /config endpoint is off unless this is true; 13.0.0 (#3956): the endpoint and this setting are gone"
  }),
  setting("admin-server-host", "v13.0.0", STRING, "server-host's value", {
    changelog: "13.0.0 (#3558): added"
  }),
  setting("admin-server-port", "v10.0.0", INTEGER, "none: no admin server"),
  setting("admin-server-unix-socket", "v16.0", STRING, "none", { changelog: "16.0 (#5003): added" }),
  setting("admin-server-unix-socket-mode", "v16.0", FILE_MODE, "660", { changelog: "16.0 (#5003): added" }),
  setting("client-error-verbosity", "v16.0", oneOf("verbose", "minimal"), "verbose", {
    changelog: "16.0 (#4088): added"
  }),
  setting("db-aggregates-enabled", "v12.0.0", BOOLEAN, "false", {
    changelog: "12.0.0 (#915): added, with aggregate functions"
  }),
  setting("db-anon-role", "v5.1.0", STRING, "none: anonymous requests are refused"),
  setting("db-channel", "v8.0.0", STRING, "pgrst"),
  setting("db-channel-enabled", "v8.0.0", BOOLEAN, "true"),
  setting("db-config", "v8.0.0", BOOLEAN, "true"),
  setting("db-extra-search-path", "v5.2.0", STRING, "public"),
  setting(
    "db-hoisted-tx-settings",
    "v12.2.0",
    STRING,
    "statement_timeout,plan_filter.statement_cost_limit,default_transaction_isolation",
    { changelog: "12.2.0 (#3242): added" }
  ),
  setting("db-max-rows", "v8.0.0", INTEGER, "none: no limit"),
  setting("db-plan-enabled", "v10.0.0", BOOLEAN, "false"),
  setting("db-pool", "v5.1.0", INTEGER, "10"),
  setting("db-pool-acquisition-timeout", "v10.1.0", INTEGER, "10"),
  setting("db-pool-automatic-recovery", "v12.0.0", BOOLEAN, "true", { changelog: "12.0.0 (#1614): added" }),
  setting("db-pool-max-idletime", "v11.1.0", INTEGER, "30"),
  setting("db-pool-max-lifetime", "v10.2.0", INTEGER, "1800"),
  setting("db-pre-config", "v11.1.0", STRING, "none"),
  setting("db-pre-request", "v8.0.0", STRING, "none"),
  setting("db-prepared-statements", "v8.0.0", BOOLEAN, "true"),
  setting("db-root-spec", "v8.0.0", STRING, "none"),
  {
    name: "db-schemas",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: "public" },
      { since: "v16.0", value: SCHEMAS_V16, default: "public" }
    ],
    source: docs(16, "db-schemas"),
    changelog: "16.0 (#4359): startup fails when pg_catalog or information_schema is listed"
  },
  setting("db-tx-end", "v8.0.0", oneOf(...TX_END), "commit"),
  setting("db-uri", "v5.1.0", STRING, "postgresql://"),
  {
    name: "jwt-aud",
    added: "v5.1.0",
    meanings: [
      { since: SUPPORTED_FROM, value: AUDIENCE, default: "none" },
      // 13.0.0 swapped the JWT library and lost the URI check; 13.0.4 (#4132) restored it.
      { since: "v13.0.0", value: STRING, default: "none" },
      { since: "v13.0.4", value: AUDIENCE, default: "none" }
    ],
    source: docs(16, "jwt-aud"),
    changelog: "13.0.4 (#4132): an aud that is not a valid URI fails again"
  },
  setting("jwt-cache-max-entries", "v14.0", INTEGER, "1000", {
    changelog: "14.0 (#4084): replaces jwt-cache-max-lifetime"
  }),
  setting("jwt-cache-max-lifetime", "v12.0.0", INTEGER, "0: no cache", {
    removed: "v14.0",
    replacedBy: {
      name: "jwt-cache-max-entries",
      note: "a number of cached tokens, default 1000, not seconds"
    },
    source: docs(13, "jwt-cache-max-lifetime"),
    changelog: "12.0.0 (#2698): added; 14.0 (#4084): replaced by jwt-cache-max-entries"
  }),
  {
    name: "jwt-role-claim-key",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: STRING, default: ".role" },
      { since: "v16.0", value: STRING, default: "$.role" }
    ],
    source: docs(16, "jwt-role-claim-key"),
    changelog: "16.0 (#4984): RFC 9535 JSONPath, default $.role; the grammar is checked by pgrst/role-claim-key"
  },
  setting("jwt-secret", "v5.1.0", STRING, "none: tokens are refused"),
  setting("jwt-secret-is-base64", "v8.0.0", BOOLEAN, "false"),
  {
    name: "log-level",
    added: "v8.0.0",
    meanings: [
      { since: SUPPORTED_FROM, value: oneOf(...LOG_LEVELS), default: "error" },
      { since: "v12.2.0", value: oneOf(...LOG_LEVELS, "debug"), default: "error" }
    ],
    source: docs(16, "log-level"),
    changelog: "12.2.0 (#3435): adds debug"
  },
  {
    name: "log-query",
    added: "v13.0.0",
    meanings: [
      { since: "v13.0.0", value: oneOf("disabled", "main-query"), default: "disabled" },
      { since: "v14.0", value: BOOLEAN, default: "false" }
    ],
    source: docs(16, "log-query"),
    changelog: "13.0.0 (#1578): added, disabled | main-query; 14.0 (#3934): a boolean instead"
  },
  setting(
    "openapi-mode",
    "v8.0.0",
    oneOf("follow-privileges", "ignore-privileges", "disabled"),
    "follow-privileges"
  ),
  setting("openapi-security-active", "v10.0.0", BOOLEAN, "false"),
  setting("openapi-server-proxy-uri", "v7.0.1", PROXY_URI, "none"),
  setting("server-cors-allowed-origins", "v12.0.0", STRING, "none: any origin", {
    source: docs(16, "server-cors-allowed-origins"),
    changelog: "12.0.0 (#2441): added"
  }),
  setting("server-host", "v5.1.0", STRING, "!4"),
  setting("server-port", "v5.1.0", INTEGER, "3000"),
  setting("server-reuseport", "v16.0", BOOLEAN, "false", { changelog: "16.0 (#4703): added" }),
  setting("server-timing-enabled", "v12.0.0", BOOLEAN, "false", {
    changelog: "12.0.0 (#2771): added, with the Server-Timing header"
  }),
  setting("server-trace-header", "v11.0.0", STRING, "none"),
  setting("server-unix-socket", "v6.0.0", STRING, "none"),
  setting("server-unix-socket-mode", "v7.0.0", FILE_MODE, "660"),
  setting("url-use-legacy-target-names", "v16.0", BOOLEAN, "true", { changelog: "16.0 (#4075): added" }),
  // Old names PostgREST still reads (v8.0.0, #1679, renamed settings and kept the old names as fallbacks).
  alias("db-schema", "db-schemas", "v5.1.0", docs(16, "db-schemas")),
  alias("max-rows", "db-max-rows", "v5.1.0", docs(16, "db-max-rows")),
  alias("pre-request", "db-pre-request", "v5.1.0", docs(16, "db-pre-request")),
  alias("role-claim-key", "jwt-role-claim-key", "v5.1.0", docs(16, "jwt-role-claim-key")),
  alias("root-spec", "db-root-spec", "v6.0.0", PARSER_V16),
  alias("secret-is-base64", "jwt-secret-is-base64", "v5.1.0", PARSER_V16),
  // Dropped in v10.1.0 and back in v11.1.0 as the old name of db-pool-max-idletime; the parser reads it first.
  alias("db-pool-timeout", "db-pool-max-idletime", "v11.1.0", docs(16, "db-pool-max-idletime"), true),
  // For PostgREST's own tests: undocumented, but read.
  setting("internal-schema-cache-sleep", "v11.1.0", INTEGER, "none", {
    internal: true,
    removed: "v14.0",
    replacedBy: { name: "internal-schema-cache-query-sleep" },
    source: PARSER_V13
  }),
  setting("internal-schema-cache-query-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    source: PARSER_V16
  }),
  setting("internal-schema-cache-load-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    removed: "v14.13",
    source: PARSER_V14_12
  }),
  setting("internal-schema-cache-relationship-load-sleep", "v14.0", INTEGER, "none", {
    internal: true,
    removed: "v14.13",
    source: PARSER_V14_12
  }),
  setting("internal-schema-cache-query-sleep-before-queries", "v16.0", INTEGER, "none", {
    internal: true,
    source: PARSER_V16
  })
];
var APP_SETTINGS_PREFIX = "PGRST_APP_SETTINGS_";
var APP_SETTINGS_SOURCE = docs(16, "app-settings");
function envName(name) {
  return `PGRST_${name.toUpperCase().replaceAll("-", "_")}`;
}
function tag(text2) {
  const version = parsePostgrestVersion(text2);
  if (!version) throw new Error(`internal error: ${text2} is not a release`);
  return version;
}
function isSince(version, since) {
  const from = tag(since);
  if (version.major !== from.major) return version.major > from.major;
  if (version.minor !== from.minor) return version.minor > from.minor;
  return version.patch >= from.patch;
}
function isRead(setting2, version) {
  return isSince(version, setting2.added) && (setting2.removed === void 0 || !isSince(version, setting2.removed));
}
var BY_ENV = new Map(SETTINGS.map((entry2) => [envName(entry2.name), entry2]));
var BY_NAME = new Map(SETTINGS.map((entry2) => [entry2.name, entry2]));
function meaningOf(setting2, version) {
  if (!isRead(setting2, version)) return void 0;
  const target = setting2.aliasOf === void 0 ? setting2 : BY_NAME.get(setting2.aliasOf);
  return target?.meanings.findLast((meaning) => isSince(version, meaning.since));
}
function settingDefault(name, version) {
  const entry2 = BY_NAME.get(name);
  return entry2 ? meaningOf(entry2, version)?.default : void 0;
}
function lookupSetting(env, version) {
  if (env.startsWith(APP_SETTINGS_PREFIX) && env.length > APP_SETTINGS_PREFIX.length)
    return { kind: "app-setting" };
  const entry2 = BY_ENV.get(env);
  if (!entry2) return { kind: "unknown" };
  if (!isSince(version, entry2.added)) return { kind: "not-yet", setting: entry2 };
  if (entry2.removed !== void 0 && isSince(version, entry2.removed)) {
    const replacement = entry2.replacedBy && BY_NAME.get(entry2.replacedBy.name);
    return replacement && isRead(replacement, version) ? { kind: "removed", setting: entry2, replacement } : { kind: "removed", setting: entry2 };
  }
  const meaning = meaningOf(entry2, version);
  const target = entry2.aliasOf === void 0 ? void 0 : BY_NAME.get(entry2.aliasOf);
  if (!meaning) return { kind: "unknown" };
  return target ? { kind: "alias", alias: entry2, setting: target, meaning } : { kind: "setting", setting: entry2, meaning };
}
function settingEnvNames(version) {
  const read = SETTINGS.filter((entry2) => !entry2.internal && isRead(entry2, version));
  return [...read.filter((e) => !e.aliasOf), ...read.filter((e) => e.aliasOf)].map((e) => envName(e.name));
}
function checkSettingValue(meaning, value) {
  return value === "" ? void 0 : meaning.value.check(value);
}
function settingsDocs(version) {
  return `https://docs.postgrest.org/en/v${String(version.major)}/references/configuration.html`;
}

// src/config/values.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseVariables(entries, source) {
  const variables = /* @__PURE__ */ new Map();
  entries.forEach((entry2, index) => {
    const eq = entry2.indexOf("=");
    const name = eq < 0 ? entry2 : entry2.slice(0, eq);
    const where = source === "--var" ? `--var ${JSON.stringify(entry2)}` : `${source} line ${index + 1}`;
    if (eq < 0) throw new ConfigError(`${where}: expected NAME=VALUE`);
    if (!NAME.test(name)) {
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
  if (!version) {
    throw new ConfigError(
      `${source}: "${text2}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`
    );
  }
  const unsupported = unsupportedVersion(version);
  if (unsupported) throw new ConfigError(`${source}: ${unsupported}`);
  return version;
}
function parseDbMaxConnections(text2, source) {
  const value = text2.trim();
  if (value === "") return void 0;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new ConfigError(
      `${source} must be a whole number of connections (1 or more), such as the database's max_connections, not "${text2}"`
    );
  }
  return Number(value);
}
function parseDays(text2, source) {
  const value = text2.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`${source} must be a whole number of days (0 or more), such as 30, not "${text2}"`);
  }
  return Number(value);
}
var CLOUD_RUN_REVISIONS_PER_SERVICE = 1e3;
function parseKeepRevisions(text2, source) {
  const value = text2.trim();
  if (!/^\d+$/.test(value) || Number(value) > CLOUD_RUN_REVISIONS_PER_SERVICE) {
    throw new ConfigError(
      `${source} must be a whole number of revisions from 0 (never delete any) to ${String(CLOUD_RUN_REVISIONS_PER_SERVICE)} (Cloud Run's own cap per service), such as 20, not "${text2}"`
    );
  }
  return Number(value);
}
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

// src/defaults.ts
import { fileURLToPath } from "node:url";

// src/action-defaults.generated.ts
var ACTION_DEFAULTS = {
  "spec": "cloudbuild/service.yaml",
  "vars": "",
  "postgrest_version": "v14.17",
  "db_max_connections": "",
  "preflight": "true",
  "cert_expiry_warning_days": "30",
  "project_id": "",
  "repository": "",
  "image_name": "postgrest",
  "image": "",
  "builder": "assemble",
  "postgrest_image": "docker.io/postgrest/postgrest",
  "base_image": "docker.io/library/busybox:1.37.0",
  "build_region": "global",
  "logs_bucket": "",
  "region": "",
  "service": "",
  "preview_tag": "",
  "preview_allow": "",
  "promote": "true",
  "remove_tag": "",
  "revision_suffix": "",
  "smoke": "true",
  "smoke_role": "",
  "smoke_checks": "",
  "jwt_secret": "",
  "jwt_secret_ref": "",
  "jwt_aud": "",
  "invoker_auth": "false",
  "smoke_timeout": "120",
  "exposure_policy": "report",
  "wait_timeout": "300",
  "keep_revisions": "20",
  "dry_run": "false"
};

// src/defaults.ts
var ACTION_ROOT = fileURLToPath(new URL("..", import.meta.url));
function actionDefaults() {
  return ACTION_DEFAULTS;
}

// src/build/plan.ts
var import_yaml = __toESM(require_dist(), 1);

// src/build/context.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";
var PLATFORM = "linux/amd64";
function loadBuildContext(directory, options) {
  const containerfile = readFileSync2(path.join(directory, "Containerfile"), "utf8");
  const baseImage = options.baseImage ?? containerfileDefault(containerfile, "BASE_IMAGE");
  const postgrestImage = options.postgrestImage ?? containerfileDefault(containerfile, "POSTGREST_IMAGE");
  return {
    containerfile,
    entrypoint: readFileSync2(path.join(directory, "run.sh"), "utf8"),
    buildArgs: {
      POSTGREST_VERSION: options.postgrestVersion,
      POSTGREST_IMAGE: postgrestImage,
      BASE_IMAGE: baseImage
    },
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
  postgrestImage: "_POSTGREST_IMAGE",
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
          `POSTGREST_IMAGE=$${SUBSTITUTION.postgrestImage}`,
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
      [SUBSTITUTION.postgrestImage]: args["POSTGREST_IMAGE"] ?? "",
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

// src/image-reference.ts
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
var DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?$/;
var MAX_NAME_LENGTH = 255;
function parseImageName(text2) {
  if (text2.trim() === "") return { problem: { kind: "empty" } };
  const at = text2.indexOf("@");
  const digest = at < 0 ? void 0 : text2.slice(at + 1);
  const named = at < 0 ? text2 : text2.slice(0, at);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const tag2 = colon > lastSlash ? named.slice(colon + 1) : void 0;
  const repository = tag2 === void 0 ? named : named.slice(0, colon);
  const firstSlash = repository.indexOf("/");
  const first = firstSlash < 0 ? "" : repository.slice(0, firstSlash);
  const hasDomain = firstSlash >= 0 && (/[.:]/.test(first) || first === "localhost");
  const domain = hasDomain ? first : void 0;
  const path9 = hasDomain ? repository.slice(firstSlash + 1) : repository;
  const stand = [
    ...domain !== void 0 && isPlaceholder(domain, "domain") ? [domain] : [],
    ...path9.split("/").filter((component) => isPlaceholder(component, "path")),
    ...tag2 !== void 0 && isPlaceholder(tag2, "tag") ? [tag2] : []
  ][0];
  if (stand !== void 0) return { problem: { kind: "placeholder", part: stand } };
  if (domain !== void 0 && !DOMAIN.test(domain)) return { problem: { kind: "domain", part: domain } };
  for (const component of path9.split("/")) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase()))
      return { problem: { kind: "uppercase", part: component } };
    return { problem: { kind: "component", part: component } };
  }
  if (repository.length > MAX_NAME_LENGTH) return { problem: { kind: "too-long" } };
  if (tag2 !== void 0 && !TAG.test(tag2)) return { problem: { kind: "tag", part: tag2 } };
  if (digest !== void 0 && !SHA256_DIGEST.test(digest))
    return { problem: { kind: "digest", part: digest } };
  return {
    name: {
      ...domain === void 0 ? {} : { domain },
      path: path9,
      ...tag2 === void 0 ? {} : { tag: tag2 },
      ...digest === void 0 ? {} : { digest }
    }
  };
}
var PLACEHOLDER_WORD = /^(?:PROJECT|PROJECT[_-]?(?:ID|NAME|NUMBER)|REGION|LOCATION|REPO|REPOSITORY|REPO[_-]NAME|IMAGE|IMAGE[_-](?:NAME|URL)|SERVICE|SERVICE[_-]NAME|TAG|VERSION)$/;
function isPlaceholder(part, where) {
  if (/[<>{}]/.test(part)) return true;
  switch (where) {
    case "domain":
      return part.split(/[.:-]/).some((word) => /[A-Z]{2,}/.test(word));
    case "path":
      return PLACEHOLDER_WORD.test(part) || /^(?=[A-Z0-9_-]*[A-Z])[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/.test(part) || /^(?:your[-_][a-z0-9_-]+|project[-_](?:id|number))$/.test(part);
    case "tag":
      return PLACEHOLDER_WORD.test(part);
  }
}

// src/build/image-ref.ts
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
    if (!PATH_COMPONENT.test(component)) {
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
  if (digest !== void 0 && !SHA256_DIGEST.test(digest)) {
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
  if (registry === "docker.io" || registry === "index.docker.io") return "https://registry-1.docker.io";
  const host = registry.replace(/:\d+$/, "");
  return `${isLoopbackHost(host) ? "http" : "https"}://${registry}`;
}
function isPlainHttpRegistry(registry) {
  return registryBaseUrl(registry).startsWith("http:");
}

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
import * as path2 from "path";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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
        const upperExt = path2.extname(filePath).toUpperCase();
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
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
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
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
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
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
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
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
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
      if (cmdSpecialChars.some((x2) => x2 === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i2 = arg.length; i2 > 0; i2--) {
      reverse += arg[i2 - 1];
      if (quoteHit && arg[i2 - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i2 - 1] === '"') {
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
    for (let i2 = arg.length; i2 > 0; i2--) {
      reverse += arg[i2 - 1];
      if (quoteHit && arg[i2 - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i2 - 1] === '"') {
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
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter3(this, void 0, void 0, function* () {
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
        state.on("debug", (message) => {
          this._debug(message);
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
            resolve2(exitCode);
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
  for (let i2 = 0; i2 < argString.length; i2++) {
    const c = argString.charAt(i2);
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
  _debug(message) {
    this.emit("debug", message);
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
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    var _a2, _b2;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _a2 === void 0 ? void 0 : _a2.stdout;
    const originalStdErrListener = (_b2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _b2 === void 0 ? void 0 : _b2.stderr;
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
import path5 from "node:path";

// src/build/registry.ts
import { setTimeout as realSleep2 } from "node:timers/promises";
import { createHash as createHash2 } from "node:crypto";
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
var RETRYABLE2 = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var ATTEMPTS = 4;
var basic = (password) => `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString("base64")}`;
async function findManifest(reference, options) {
  const base = registryBaseUrl(reference.registry);
  const url = `${base}/v2/${reference.name}/manifests/${reference.tag}`;
  const manifest = {
    url,
    where: `${reference.registry}/${reference.name}:${reference.tag}`,
    fetch: options.fetch ?? nodeFetch,
    sleep: options.sleep ?? realSleep2,
    timeoutMs: options.timeoutMs ?? 3e4
  };
  const { where } = manifest;
  const withToken = mayReceiveGoogleToken(url, options.repositoryRegistry);
  const { response, authorization, exchange } = await headManifest(
    manifest,
    reference,
    base,
    withToken ? options.password : void 0
  );
  if (response.status === 404) return void 0;
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(refusal(where, response.status, withToken, exchange));
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(response.status)} for the manifest of ${where}`
    );
  }
  const digest = response.headers.get("docker-content-digest");
  if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
  return digestOfManifest(manifest, authorization);
}
async function headManifest(manifest, reference, registryBase, password) {
  const basicAuthorization = password === void 0 ? void 0 : basic(password);
  const response = await sendManifestRequest(manifest, "HEAD", basicAuthorization);
  const challenge = response.headers.get("www-authenticate") ?? "";
  if (response.status !== 401 || !/^bearer\s/i.test(challenge))
    return { response, authorization: basicAuthorization };
  const exchange = await fetchBearerToken(challenge, reference, {
    registryOrigin: new URL(registryBase).origin,
    ...password === void 0 ? {} : { password },
    fetch: manifest.fetch,
    where: manifest.where
  });
  const authorization = `Bearer ${exchange.token}`;
  return { response: await sendManifestRequest(manifest, "HEAD", authorization), authorization, exchange };
}
async function digestOfManifest(manifest, authorization) {
  const body = await sendManifestRequest(manifest, "GET", authorization);
  if (body.status !== 200) {
    throw new RegistryError(
      `the registry answered HTTP ${String(body.status)} for the manifest of ${manifest.where}`
    );
  }
  return `sha256:${createHash2("sha256").update(Buffer.from(await body.text(), "utf8")).digest("hex")}`;
}
async function sendManifestRequest(manifest, method, authorization) {
  for (let attempt = 1; ; attempt += 1) {
    let response;
    try {
      response = await manifest.fetch(manifest.url, {
        method,
        headers: { accept: MANIFEST_MEDIA_TYPES.join(", "), ...authorization ? { authorization } : {} },
        signal: AbortSignal.timeout(manifest.timeoutMs)
      });
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        throw new RegistryError(
          `cannot reach the registry for ${manifest.where}: ${describeFetchError(error)}`
        );
      }
      await manifest.sleep(backoff(attempt));
      continue;
    }
    if (!RETRYABLE2.has(response.status) || attempt >= ATTEMPTS) return response;
    await manifest.sleep(backoff(attempt));
  }
}
function refusal(where, status, withToken, exchange) {
  const http3 = `HTTP ${String(status)}`;
  if (!withToken) {
    return `the registry refused anonymous access to ${where} (${http3}): the Google access token goes only to Google's registries and the \`repository\` host, not to this one. Make the image public, or copy it into Artifact Registry`;
  }
  if (exchange && !exchange.withToken) {
    return `the registry refused ${where} (${http3}) after sending for a token to ${exchange.realm}, another origin than its own: the Google access token is not sent there, and the token that origin gave anonymously was not enough`;
  }
  return `the registry refused the credentials for ${where} (${http3}): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`;
}
async function fetchBearerToken(challenge, reference, options) {
  const { where } = options;
  const parameters = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? "", match[2] ?? ""])
  );
  const realmText = parameters["realm"];
  if (!realmText)
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge without a realm`);
  let url;
  try {
    url = new URL(realmText);
  } catch {
    throw new RegistryError(`the registry for ${where} sent a Bearer challenge whose realm is not a URL`);
  }
  const realm = `${url.protocol}//${url.host}`;
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new RegistryError(
      `the registry for ${where} sends for its tokens to ${realm}, which is not HTTPS: refused, nothing was sent there. Tokens are fetched over HTTPS only`
    );
  }
  url.username = "";
  url.password = "";
  if (parameters["service"]) url.searchParams.set("service", parameters["service"]);
  url.searchParams.set("scope", parameters["scope"] ?? `repository:${reference.name}:pull`);
  const password = url.origin === options.registryOrigin ? options.password : void 0;
  const withToken = password !== void 0;
  let response;
  try {
    response = await options.fetch(url.toString(), {
      method: "GET",
      headers: password === void 0 ? {} : { authorization: basic(password) },
      signal: AbortSignal.timeout(3e4)
    });
  } catch (error) {
    throw new RegistryError(
      `cannot reach the token service of the registry for ${where}: ${describeFetchError(error)}`
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      withToken ? `the registry refused the credentials for ${where} (HTTP ${String(response.status)} from its token service): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository` : `the token service ${realm} of the registry for ${where} refused an anonymous token (HTTP ${String(response.status)}): the Google access token goes only to Google's registries and the \`repository\` host, over HTTPS, and never to a token service on another origin`
    );
  }
  const body = JSON.parse(await response.text());
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError(`the token service of the registry for ${where} returned no token`);
  return { token, realm, withToken };
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
async function detectLocalTool(runner, env) {
  const probes = {
    docker: ["version", "--format", "{{.Server.Version}}"],
    podman: ["--version"],
    buildah: ["--version"]
  };
  for (const tool of LOCAL_TOOLS) {
    if ((await runner(tool, probes[tool], { env })).code === 0) return tool;
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
  const build = ["build", "--platform", context.platform, "--file", path5.join(directory, "Containerfile")].concat(buildArgs).concat(["--tag", image, directory]);
  if (tool === "docker") {
    return { build, push: ["push", image] };
  }
  const tls = isPlainHttpRegistry(reference.registry) ? ["--tls-verify=false"] : [];
  return { build, push: ["push", "--authfile", authFile, ...tls, image] };
}
async function runLocalBuild(context, reference, password, options) {
  const tool = await detectLocalTool(options.runner, options.env);
  const directory = mkdtempSync(path5.join(tmpdir(), "pgrst-build-"));
  try {
    writeFileSync(path5.join(directory, "Containerfile"), context.containerfile);
    writeFileSync(path5.join(directory, "run.sh"), context.entrypoint, { mode: 493 });
    const authDirectory = path5.join(directory, "auth");
    mkdirSync(authDirectory, { mode: 448 });
    const authFile = path5.join(authDirectory, "config.json");
    const auth = Buffer.from(`${TOKEN_USER}:${password}`).toString("base64");
    writeFileSync(authFile, JSON.stringify({ auths: { [reference.registry]: { auth } } }), { mode: 384 });
    const env = tool === "docker" ? { ...options.env, DOCKER_CONFIG: authDirectory } : options.env;
    const commands = localBuildCommands(tool, context, reference, directory, authFile);
    options.log(`Building ${formatReference(reference)} with ${tool}`);
    const built = await options.runner(tool, commands.build, { env, log: options.log });
    if (built.code !== 0) {
      throw new Error(
        `${tool} build failed (exit ${String(built.code)}): ${lastLines(built.stderr || built.stdout)}`
      );
    }
    options.log(`Pushing ${formatReference(reference)}`);
    const pushed = await options.runner(tool, commands.push, { env, log: options.log });
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

// src/build/recipe.ts
import { createHash as createHash3 } from "node:crypto";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
var gzh = function(c, o) {
  var fn = o.filename;
  c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3;
  if (o.mtime != 0)
    wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1e3));
  if (fn) {
    c[3] = 8;
    for (var i2 = 0; i2 <= fn.length; ++i2)
      c[i2 + 10] = fn.charCodeAt(i2);
  }
};
var gzhl = function(o) {
  return 10 + (o.filename ? o.filename.length + 1 : 0);
};
function gzipSync(data, opts) {
  if (!opts)
    opts = {};
  var c = crc(), l = data.length;
  c.p(data);
  var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
  return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/build/tar.ts
var BLOCK = 512;
var ZERO_BLOCK = Buffer.alloc(BLOCK);
function field2(header2, offset, length, text2) {
  const bytes = Buffer.from(text2, "utf8");
  if (bytes.length > length)
    throw new Error(`tar header field "${text2}" is longer than ${String(length)} bytes`);
  bytes.copy(header2, offset);
}
function octal(header2, offset, length, value) {
  const digits = value.toString(8);
  if (digits.length > length - 1)
    throw new Error(`tar value ${String(value)} does not fit ${String(length)} bytes`);
  field2(header2, offset, length, `${digits.padStart(length - 1, "0")}\0`);
}
function splitName(name) {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", name };
  for (let slash = name.indexOf("/"); slash > 0; slash = name.indexOf("/", slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new Error(`tar: path "${name}" is too long for a ustar header`);
}
function header(entry2) {
  const block = Buffer.alloc(BLOCK);
  const directory = entry2.type === "directory";
  const { prefix, name } = splitName(directory ? `${entry2.path}/` : entry2.path);
  field2(block, 0, 100, name);
  octal(block, 100, 8, entry2.mode & 4095);
  octal(block, 108, 8, entry2.uid);
  octal(block, 116, 8, entry2.gid);
  octal(block, 124, 12, directory ? 0 : entry2.content?.length ?? 0);
  octal(block, 136, 12, 0);
  block.fill(32, 148, 156);
  field2(block, 156, 1, directory ? "5" : "0");
  field2(block, 257, 6, "ustar\0");
  field2(block, 263, 2, "00");
  octal(block, 329, 8, 0);
  octal(block, 337, 8, 0);
  field2(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  field2(block, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function writeTar(entries) {
  const parts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry2 of [...entries].sort(byPath)) {
    if (!entry2.path || entry2.path.startsWith("/") || entry2.path.endsWith("/") || entry2.path.split("/").includes("..")) {
      throw new Error(`tar: "${entry2.path}" is not a relative path`);
    }
    if (seen.has(entry2.path)) throw new Error(`tar: "${entry2.path}" is given twice`);
    seen.add(entry2.path);
    parts.push(header(entry2));
    if (entry2.type === "file" && entry2.content && entry2.content.length > 0) {
      parts.push(Buffer.from(entry2.content.buffer, entry2.content.byteOffset, entry2.content.length));
      const padding = (BLOCK - entry2.content.length % BLOCK) % BLOCK;
      if (padding > 0) parts.push(Buffer.alloc(padding));
    }
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}
function normalisePath(name) {
  return name.replace(/^(?:\.?\/)+/, "").replace(/\/+$/, "");
}
function text(block, offset, length) {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
}
function number(block, offset, length) {
  const raw = block.subarray(offset, offset + length);
  if ((raw[0] ?? 0) & 128) {
    let value = (raw[0] ?? 0) & 127;
    for (const byte of raw.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(block, offset, length).trim();
  return digits ? Number.parseInt(digits, 8) : 0;
}
function paxRecords(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString("utf8"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}
var TarParser = class {
  /**
   * @param onEntry called with each entry as soon as its data has arrived; `true` stops the reading
   * @param keepContent false: files' data is skipped, not kept (entries then have empty content)
   */
  constructor(onEntry, keepContent = true) {
    this.onEntry = onEntry;
    this.keepContent = keepContent;
  }
  onEntry;
  keepContent;
  block = Buffer.alloc(BLOCK);
  blockFill = 0;
  /** Bytes of the current entry's data still to come, then padding to skip. */
  remaining = 0;
  padding = 0;
  header;
  data = [];
  pending = {};
  global = {};
  finished = false;
  /** Whether the archive's end (a zero block) was reached or `onEntry` stopped the reading. */
  get done() {
    return this.finished;
  }
  /** Feed the next bytes of the archive; ignored once done. */
  write(chunk) {
    let offset = 0;
    while (offset < chunk.length && !this.finished) {
      if (this.header) {
        const take = Math.min(this.remaining, chunk.length - offset);
        if (this.keepContent || this.isMetadata()) this.data.push(chunk.subarray(offset, offset + take));
        this.remaining -= take;
        offset += take;
        if (this.remaining === 0) this.finishEntry();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.length - offset);
        this.padding -= take;
        offset += take;
      } else {
        const take = Math.min(BLOCK - this.blockFill, chunk.length - offset);
        chunk.copy(this.block, this.blockFill, offset, offset + take);
        this.blockFill += take;
        offset += take;
        if (this.blockFill === BLOCK) this.startEntry();
      }
    }
  }
  /** The archive has no more bytes: an entry cut short is an error (a partial block or no end marker is not). */
  end() {
    if (this.header && !this.finished) throw new Error("tar: the archive ends inside an entry");
  }
  isMetadata() {
    const type = this.header ? text(this.header, 156, 1) : "";
    return type === "x" || type === "g" || type === "L" || type === "K";
  }
  startEntry() {
    this.blockFill = 0;
    if (this.block.equals(ZERO_BLOCK)) {
      this.finished = true;
      return;
    }
    this.header = Buffer.from(this.block);
    const size = number(this.header, 124, 12);
    this.remaining = size;
    this.padding = Math.ceil(size / BLOCK) * BLOCK - size;
    this.data = [];
    if (size === 0) this.finishEntry();
  }
  finishEntry() {
    const block = this.header;
    if (!block) return;
    this.header = void 0;
    const chunks = this.data;
    this.data = [];
    const type = text(block, 156, 1) || "0";
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      this.applyMetadata(type, Buffer.concat(chunks));
      return;
    }
    const prefix = text(block, 345, 155);
    const name = this.pending.path ?? this.global["path"] ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    let content;
    const entry2 = {
      path: normalisePath(name),
      type,
      mode: number(block, 100, 8) & 4095,
      uid: number(block, 108, 8),
      gid: number(block, 116, 8),
      linkname: this.pending.linkname ?? text(block, 157, 100),
      // Joined when first read: a layer taken as it is never needs its files' bytes in one piece.
      get content() {
        content ??= chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
        return content;
      }
    };
    this.pending = {};
    if (this.onEntry(entry2) === true) this.finished = true;
  }
  applyMetadata(type, data) {
    if (type === "L" || type === "K") {
      const value = data.toString("utf8").replace(/\0+$/, "");
      this.pending = type === "L" ? { ...this.pending, path: value } : { ...this.pending, linkname: value };
      return;
    }
    const records = paxRecords(data);
    if (type === "g") this.global = { ...this.global, ...records };
    else
      this.pending = {
        ...this.pending,
        ...records["path"] ? { path: records["path"] } : {},
        ...records["linkpath"] ? { linkname: records["linkpath"] } : {}
      };
  }
};
function hides(entry2, path9) {
  const slash = entry2.lastIndexOf("/");
  const parent = slash < 0 ? "" : entry2.slice(0, slash);
  const base = entry2.slice(slash + 1);
  if (base === ".wh..wh..opq") return parent === "" || path9.startsWith(`${parent}/`);
  if (!base.startsWith(".wh.")) return false;
  const removed = `${parent ? `${parent}/` : ""}${base.slice(4)}`;
  return path9 === removed || path9.startsWith(`${removed}/`);
}
async function findInStream(chunks, path9) {
  let found;
  const parser = new TarParser((entry2) => {
    if (entry2.path === path9) found = entry2;
    else if (hides(entry2.path, path9)) found = "hidden";
    return found !== void 0;
  }, false);
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (parser.done) break;
  }
  return found;
}

// src/build/recipe.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
var OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var LAYER_TYPES = {
  "application/vnd.docker.image.rootfs.diff.tar.gzip": OCI_LAYER_GZIP,
  "application/vnd.docker.image.rootfs.diff.tar": "application/vnd.oci.image.layer.v1.tar",
  [OCI_LAYER_GZIP]: OCI_LAYER_GZIP,
  "application/vnd.oci.image.layer.v1.tar": "application/vnd.oci.image.layer.v1.tar",
  "application/vnd.oci.image.layer.v1.tar+zstd": "application/vnd.oci.image.layer.v1.tar+zstd"
};
var RECIPE_VERSION = 2;
var IMAGE_USER = "1000";
var IMAGE_PORT = "3000/tcp";
var ENTRYPOINT_PATH = "usr/local/bin/run.sh";
var POSTGREST_PATH = "bin/postgrest";
var SECRETS_PATH = "opt/secrets";
var SOURCE_LABEL = "https://github.com/PostgREST/postgrest";
var TITLE_LABEL = "PostgREST for Cloud Run";
function parseSourceReference(text2, source) {
  const parsed = parseImageName(text2.trim());
  if ("problem" in parsed) {
    const { problem } = parsed;
    const part = "part" in problem ? ` "${problem.part}"` : "";
    throw new ConfigError(
      `${source}: "${text2}" is not an image reference (${problem.kind}${part}); use HOST/PATH:TAG such as docker.io/library/busybox:1.37.0`
    );
  }
  const { name } = parsed;
  const domain = name.domain ?? "docker.io";
  const hub = domain === "docker.io" || domain === "index.docker.io" || domain === "registry-1.docker.io";
  const registry = hub ? "docker.io" : domain;
  const path9 = hub && !name.path.includes("/") ? `library/${name.path}` : name.path;
  const reference = name.digest ?? name.tag ?? "latest";
  const shown = `${registry}/${path9}${name.tag ? `:${name.tag}` : ""}${name.digest ? `@${name.digest}` : ""}`;
  return { registry, name: path9, reference, text: name.tag || name.digest ? shown : `${shown}:latest` };
}
function isIndex(mediaType, document) {
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) return true;
  return mediaType === "" && Array.isArray(document.manifests);
}
function isImageManifest(mediaType) {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST || mediaType === "";
}
function pickPlatform(index, where) {
  const amd64 = index.manifests.filter(
    (m) => m.platform?.os === "linux" && m.platform.architecture === "amd64"
  );
  const chosen = amd64.find((m) => !m.platform?.variant || m.platform.variant === "v1") ?? amd64[0];
  if (!chosen) {
    const platforms = index.manifests.map((m) => `${m.platform?.os ?? "?"}/${m.platform?.architecture ?? "?"}`).join(", ");
    throw new Error(
      `${where} has no linux/amd64 image (it has ${platforms || "none"}); Cloud Run runs linux/amd64 only`
    );
  }
  return chosen;
}
var sha256 = (bytes) => `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
var GZIP_LEVEL = 2;
function buildLayer(entries) {
  const tar = writeTar(entries);
  const blob = Buffer.from(gzipSync(tar, { level: GZIP_LEVEL, mtime: 0 }));
  return {
    descriptor: { mediaType: OCI_LAYER_GZIP, digest: sha256(blob), size: blob.length },
    diffId: sha256(tar),
    blob
  };
}
function extractFile(layers, path9) {
  const view = mergedView(layers);
  let wanted = normalisePath(path9);
  for (let hops = 0; hops < 40; hops += 1) {
    const resolved = resolveDirectories(view, wanted);
    if (resolved === void 0) return void 0;
    const entry2 = view.get(resolved);
    if (!entry2) return void 0;
    if (entry2.type === "2") {
      wanted = joinLink(resolved, entry2.linkname);
      continue;
    }
    if (entry2.type === "1") {
      wanted = normalisePath(entry2.linkname);
      continue;
    }
    if (entry2.type !== "0" && entry2.type !== "7") return void 0;
    const { mode } = entry2;
    return {
      get content() {
        return entry2.content;
      },
      mode
    };
  }
  return void 0;
}
function mergedView(layers) {
  const view = /* @__PURE__ */ new Map();
  for (const entries of layers) {
    for (const entry2 of entries) {
      const slash = entry2.path.lastIndexOf("/");
      const base = entry2.path.slice(slash + 1);
      const parent = slash < 0 ? "" : entry2.path.slice(0, slash);
      if (base === ".wh..wh..opq") {
        for (const key of [...view.keys()]) if (key.startsWith(`${parent}/`)) view.delete(key);
        continue;
      }
      if (base.startsWith(".wh.")) {
        const removed = `${parent ? `${parent}/` : ""}${base.slice(4)}`;
        for (const key of [...view.keys()])
          if (key === removed || key.startsWith(`${removed}/`)) view.delete(key);
        continue;
      }
      view.set(entry2.path, entry2);
    }
  }
  return view;
}
function resolveDirectories(view, path9) {
  const parts = path9.split("/");
  let current = "";
  for (let i2 = 0; i2 < parts.length - 1; i2 += 1) {
    current = current ? `${current}/${parts[i2] ?? ""}` : parts[i2] ?? "";
    const entry2 = view.get(current);
    if (entry2?.type === "2") {
      const target = joinLink(current, entry2.linkname);
      return resolveDirectories(view, [target, ...parts.slice(i2 + 1)].join("/"));
    }
  }
  return path9;
}
function joinLink(at, target) {
  const parts = target.startsWith("/") ? [] : at.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function postgrestLayer(binary) {
  return buildLayer([
    { path: POSTGREST_PATH, type: "file", mode: binary.mode, uid: 0, gid: 0, content: binary.content }
  ]);
}
function soleBinaryDirectories(entries) {
  const directories = [];
  let binary = false;
  for (const entry2 of entries) {
    if (entry2.path === POSTGREST_PATH && entry2.type === "0" && entry2.uid === 0 && entry2.gid === 0 && !binary) {
      binary = true;
    } else if ((entry2.path === "" || entry2.path === "bin") && entry2.type === "5") {
      directories.push(entry2);
    } else {
      return void 0;
    }
  }
  return binary ? directories : void 0;
}
function directoriesAgree(directories, baseBin) {
  return directories.every((entry2) => {
    const below = entry2.path === "" ? { type: "5", mode: 493, uid: 0, gid: 0 } : baseBin;
    return below !== void 0 && below.type === "5" && below.mode === entry2.mode && below.uid === entry2.uid && below.gid === entry2.gid;
  });
}
function ociLayerType(mediaType) {
  return LAYER_TYPES[mediaType];
}
function entrypointLayer(runSh) {
  const directory = (path9) => ({ path: path9, type: "directory", mode: 493, uid: 0, gid: 0 });
  return buildLayer([
    directory("usr"),
    directory("usr/local"),
    directory("usr/local/bin"),
    { path: ENTRYPOINT_PATH, type: "file", mode: 493, uid: 0, gid: 0, content: Buffer.from(runSh, "utf8") },
    directory("opt"),
    { path: SECRETS_PATH, type: "directory", mode: 448, uid: Number(IMAGE_USER), gid: Number(IMAGE_USER) }
  ]);
}
function assemblyDigest(plan) {
  const canonical = JSON.stringify([
    ["recipe", RECIPE_VERSION],
    ["platform", "linux/amd64"],
    ["postgrestVersion", plan.postgrestVersion],
    ["postgrest", plan.postgrest.reference.text, plan.postgrest.digest],
    ["base", plan.base.reference.text, plan.base.digest],
    ["entrypoint", plan.runSh]
  ]);
  return createHash3("sha256").update(canonical).digest("hex");
}
function assemblyTag(plan) {
  return `ctx-${assemblyDigest(plan).slice(0, 12)}`;
}
function imageLabels(plan) {
  return {
    "org.opencontainers.image.title": TITLE_LABEL,
    "org.opencontainers.image.source": SOURCE_LABEL,
    "org.opencontainers.image.version": plan.postgrestVersion,
    "org.opencontainers.image.revision": assemblyDigest(plan),
    "org.opencontainers.image.base.name": plan.base.reference.text,
    "org.opencontainers.image.base.digest": plan.base.digest
  };
}
function canonicalJson(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v).sort().map((k) => [k, sort(v[k])])
      );
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
function imageConfig(base, plan, layers) {
  const inherited = Object.fromEntries(Object.entries(base.config ?? {}).filter(([key]) => key !== "Cmd"));
  const config = {
    ...base,
    created: "1970-01-01T00:00:00Z",
    architecture: "amd64",
    os: "linux",
    config: {
      ...inherited,
      User: IMAGE_USER,
      ExposedPorts: { ...base.config?.ExposedPorts ?? {}, [IMAGE_PORT]: {} },
      Entrypoint: [`/${ENTRYPOINT_PATH}`],
      Labels: { ...base.config?.Labels ?? {}, ...imageLabels(plan) }
    },
    rootfs: { type: "layers", diff_ids: [...base.rootfs.diff_ids, ...layers.map((layer) => layer.diffId)] },
    history: [
      ...base.history ?? [],
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${POSTGREST_PATH} from ${plan.postgrest.reference.text}@${plan.postgrest.digest}`
      },
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${ENTRYPOINT_PATH} and /${SECRETS_PATH}`
      }
    ]
  };
  return Buffer.from(canonicalJson(config), "utf8");
}
function baseLayers(manifest, where) {
  return manifest.layers.map((layer) => {
    const mediaType = LAYER_TYPES[layer.mediaType];
    if (!mediaType) {
      throw new Error(
        `${where} has a layer of type ${layer.mediaType}, which this builder does not copy; use builder cloudbuild or local`
      );
    }
    return { mediaType, digest: layer.digest, size: layer.size };
  });
}
function imageManifest(plan, config, base, layers) {
  return Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256(config), size: config.length },
      layers: [...base, ...layers.map((layer) => layer.descriptor)],
      annotations: {
        "org.opencontainers.image.base.name": plan.base.reference.text,
        "org.opencontainers.image.base.digest": plan.base.digest
      }
    }),
    "utf8"
  );
}

// src/build/plan.ts
function planImage(config, contextDirectory) {
  const context = loadBuildContext(contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {},
    ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
  });
  const reference = imageReference(
    config.repository,
    config.imageName,
    contextTag(context),
    "input `repository`"
  );
  return { context, reference };
}
function assemblySources(context) {
  return {
    postgrest: parseSourceReference(
      `${context.buildArgs["POSTGREST_IMAGE"] ?? ""}:${context.buildArgs["POSTGREST_VERSION"] ?? ""}`,
      "input `postgrest_image`"
    ),
    base: parseSourceReference(context.buildArgs["BASE_IMAGE"] ?? "", "input `base_image`")
  };
}
function describeBuild(config, contextDirectory) {
  if (config.builder === "assemble") {
    const context2 = loadBuildContext(contextDirectory, {
      postgrestVersion: config.postgrestVersion,
      ...config.baseImage ? { baseImage: config.baseImage } : {},
      ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
    });
    const { postgrest, base } = assemblySources(context2);
    const repository = imageReference(config.repository, config.imageName, "latest", "input `repository`");
    const target = `${repository.registry}/${repository.name}`;
    return {
      text: [
        `Would look up the digests ${postgrest.text} and ${base.text} point to (HEAD of each manifest),`,
        `tag the image ${target}:ctx-<hash of run.sh, ${config.postgrestVersion} and both digests>, and look that tag up (HEAD).`,
        "When it is missing, read both at those digests (linux/amd64 from an index) and assemble it in the registry:",
        `  - /bin/postgrest read from the layer of ${postgrest.text} that holds it, in a layer of its own`,
        "  - /usr/local/bin/run.sh (0755) and /opt/secrets (uid 1000, 0700) in a second layer",
        `  - the layers of ${base.text} as they are: skipped when ${repository.registry} has them (HEAD), ${base.registry === repository.registry ? "mounted from its repository" : `else streamed from ${base.registry}`}`,
        "  - the configuration (the base's, with user 1000, port 3000, the entrypoint and the labels), then the manifest (PUT)",
        ""
      ].join("\n")
    };
  }
  const { context, reference } = planImage(config, contextDirectory);
  const image = formatReference(reference);
  const lookup = `Would look up ${image} in the registry and, when it is missing, `;
  if (config.builder === "cloudbuild") {
    return {
      image,
      text: `${lookup}submit this build to projects/${config.projectId}/locations/${config.buildLocation}:
` + (0, import_yaml.stringify)(cloudBuildRequest(context, image, config.cloudBuild), {
        lineWidth: 0,
        blockQuote: "literal"
      })
    };
  }
  const commands = localBuildCommands("podman", context, reference, "CONTEXT", "AUTHFILE");
  return {
    image,
    text: `${lookup}build and push it locally (shown for podman; docker and buildah take the same arguments):
  podman ${commands.build.join(" ")}
  podman ${commands.push.join(" ")}
`
  };
}

// src/build/index.ts
import path6 from "node:path";
import { performance } from "node:perf_hooks";
import { setImmediate as setImmediate2 } from "node:timers/promises";

// src/build/submit.ts
import { setTimeout as realSleep3 } from "node:timers/promises";
var BuildFailedError = class extends Error {
  name = "BuildFailedError";
};
var MAX_POLL_MS = 2e3;
var TERMINAL = /* @__PURE__ */ new Set(["SUCCESS", "FAILURE", "INTERNAL_ERROR", "TIMEOUT", "CANCELLED", "EXPIRED"]);
function readBuild(build) {
  const detail = build?.failureInfo?.detail ?? build?.statusDetail;
  return {
    id: build?.id ?? "",
    status: build?.status ?? "STATUS_UNKNOWN",
    logUrl: build?.logUrl ?? "",
    images: (build?.results?.images ?? []).map((image) => ({
      name: image.name ?? "",
      digest: image.digest ?? ""
    })),
    ...detail ? { detail } : {}
  };
}
function cloudBuildBaseUrl(override) {
  return apiBaseUrl(override, "https://cloudbuild.googleapis.com");
}
var REFUSED_CODES = /* @__PURE__ */ new Set([7, 16, 401, 403]);
function libraryError(what, error) {
  const { code, message, details, httpStatusCode } = error ?? {};
  const numeric = typeof code === "number" ? code : Number(code);
  const text2 = typeof details === "string" && details || message || String(error);
  const hint = REFUSED_CODES.has(numeric) || REFUSED_CODES.has(httpStatusCode ?? 0) ? ": check the credentials and that the account has roles/cloudbuild.builds.editor on the project" : "";
  const status = httpStatusCode ? `HTTP ${String(httpStatusCode)}` : `code ${String(code ?? "?")}`;
  return new ApiError(`Cloud Build refused to ${what} (${status}): ${text2}${hint}`, httpStatusCode ?? 0);
}
var STATUS_NAMES = [
  "STATUS_UNKNOWN",
  "PENDING",
  "QUEUED",
  "WORKING",
  "SUCCESS",
  "FAILURE",
  "INTERNAL_ERROR",
  "TIMEOUT",
  "CANCELLED",
  "EXPIRED"
];
var STATUS_BY_NUMBER = {
  0: "STATUS_UNKNOWN",
  10: "PENDING",
  1: "QUEUED",
  2: "WORKING",
  3: "SUCCESS",
  4: "FAILURE",
  5: "INTERNAL_ERROR",
  6: "TIMEOUT",
  7: "CANCELLED",
  9: "EXPIRED"
};
function fromLibrary(build) {
  if (!build) return void 0;
  const status = build["status"];
  const name = typeof status === "number" ? STATUS_BY_NUMBER[status] : typeof status === "string" ? status : void 0;
  return {
    ...build,
    ...name && STATUS_NAMES.includes(name) ? { status: name } : {}
  };
}
function toLibrary(build) {
  return { ...build, timeout: { seconds: Number.parseInt(build.timeout, 10) } };
}
async function loadCloudBuildClient(baseUrl) {
  const [{ v1 }, { OAuth2Client }] = await Promise.all([
    import("./google-cloud-cloudbuild.js").then(commonJs),
    loadGoogleAuthLibrary()
  ]);
  const url = new URL(baseUrl);
  const auth = new OAuth2Client();
  const client = new v1.CloudBuildClient({
    apiEndpoint: url.hostname,
    ...url.port ? { port: Number(url.port) } : {},
    ...url.protocol === "http:" ? { protocol: "http" } : {},
    fallback: true,
    // google-gax declares its own google-auth-library (a newer major); the client it is given needs only to add
    // the bearer token to each request, which this one does.
    authClient: auth
  });
  return {
    client,
    setToken: (token) => {
      auth.setCredentials({ access_token: token });
    }
  };
}
function cloudBuildApi(baseUrl, accessToken) {
  let loaded;
  const load = () => loaded ??= loadCloudBuildClient(baseUrl);
  const builds = (projectId, location) => `projects/${projectId}/locations/${location}`;
  return {
    async createBuild(projectId, location, build) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      const parent = builds(projectId, location);
      let operation;
      try {
        [operation] = await client.createBuild({ parent, build: toLibrary(build) });
      } catch (error) {
        throw libraryError(`create a build in ${parent}`, error);
      }
      const created = readBuild(
        fromLibrary(operation.metadata?.build)
      );
      if (!created.id) {
        throw new ApiError(
          `Cloud Build accepted the build but named none in operation ${operation.name ?? "(unnamed)"}: look for it in the console's build history`,
          200
        );
      }
      return created;
    },
    async getBuild(projectId, location, id) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      try {
        const [build] = await client.getBuild({ name: `${builds(projectId, location)}/builds/${id}` });
        return readBuild(fromLibrary(build));
      } catch (error) {
        throw libraryError(`read build ${id}`, error);
      }
    }
  };
}
async function runCloudBuild(api, build, image, options) {
  const sleep = options.sleep ?? realSleep3;
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
    delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
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

// src/build/assemble.ts
import { PassThrough, Readable as Readable3 } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants as zlibConstants, createGunzip } from "node:zlib";

// src/build/distribution.ts
import { setTimeout as realSleep4 } from "node:timers/promises";
import http2 from "node:http";
import https2 from "node:https";
import { Readable as Readable2 } from "node:stream";
import { createHash as createHash4 } from "node:crypto";

// src/build/relay.ts
import { Readable } from "node:stream";
var WithheldBlob = class extends RegistryError {
  name = "WithheldBlob";
};
var BlobRelay = class {
  chunks = [];
  state = "open";
  wake = [];
  /** The next downloaded chunk. */
  push(chunk) {
    this.chunks.push(chunk);
    this.notify();
  }
  /** Every byte has arrived and is wanted: readers end. */
  release() {
    if (this.state === "open") this.state = "released";
    this.notify();
  }
  /** The bytes are not wanted (or the download failed): readers fail with `reason`, nothing more is sent. */
  withhold(reason) {
    if (this.state === "open") this.state = new WithheldBlob(reason);
    this.notify();
  }
  /** A stream of the bytes from the first, following those still to come. */
  reader() {
    return Readable.from(this.read());
  }
  async *read() {
    for (let next = 0; ; ) {
      const ready = this.state === "released" ? this.chunks.length : this.chunks.length - 1;
      while (next < ready) {
        const chunk = this.chunks[next];
        next += 1;
        if (chunk) yield chunk;
      }
      if (this.state instanceof Error) throw this.state;
      if (this.state === "released" && next >= this.chunks.length) return;
      await new Promise((resolve2) => this.wake.push(resolve2));
    }
  }
  notify() {
    const waiting = this.wake;
    this.wake = [];
    for (const resolve2 of waiting) resolve2();
  }
};

// src/build/distribution.ts
var nodeRegistryTransport = (url, request) => new Promise((resolve2, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http2 : https2;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers },
    (response) => {
      resolve2({
        status: response.statusCode ?? 0,
        headers: {
          get: (name) => {
            const value = response.headers[name.toLowerCase()];
            return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
          }
        },
        body: response
      });
    }
  );
  outgoing.setTimeout(request.idleTimeoutMs, () => {
    outgoing.destroy(
      Object.assign(new Error(`no data for ${String(request.idleTimeoutMs)} ms`), { code: "ETIMEDOUT" })
    );
  });
  outgoing.on("error", reject);
  const { body } = request;
  if (body instanceof Readable2) {
    body.on("error", (error) => outgoing.destroy(error));
    body.pipe(outgoing);
  } else {
    outgoing.end(body);
  }
});
async function readBody(body, limit = 512 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk;
    size += bytes.length;
    if (size > limit) {
      body.destroy();
      throw new Error(`an answer of more than ${String(limit)} bytes`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
function discard(body) {
  body.resume();
  body.on("error", () => void 0);
}
var sha2562 = (bytes) => `sha256:${createHash4("sha256").update(bytes).digest("hex")}`;
function sameOrigin(a, b) {
  return new URL(a).origin === new URL(b).origin;
}
function checkScheme(url, where) {
  const target = new URL(url);
  if (target.protocol === "https:") return;
  if (target.protocol === "http:" && isLoopbackHost(target.hostname)) return;
  throw new RegistryError(
    `${where}: the registry sent the client to ${target.origin}, which is not HTTPS: refused`
  );
}
function registryClient(registry, access) {
  return new DistributionClient(registry, access);
}
var DistributionClient = class {
  constructor(registry, access) {
    this.registry = registry;
    this.access = access;
    this.transport = access.transport ?? nodeRegistryTransport;
    this.sleep = access.sleep ?? realSleep4;
    this.idleTimeoutMs = access.idleTimeoutMs ?? 6e4;
    this.base = registryBaseUrl(registry);
    this.withToken = mayReceiveGoogleToken(`${this.base}/v2/`, access.repositoryRegistry);
  }
  registry;
  access;
  transport;
  sleep;
  idleTimeoutMs;
  base;
  withToken;
  /** The Bearer token last given for each repository, when the registry uses token exchange. */
  bearer = /* @__PURE__ */ new Map();
  lastExchange;
  /** The token service is reached with the same transport and scheme rule as the registry. */
  fetchShim = async (url, init) => {
    checkScheme(url, `the token service of ${this.registry}`);
    const response = await this.transport(url, {
      method: init.method,
      headers: init.headers,
      idleTimeoutMs: this.idleTimeoutMs
    });
    const bytes = await readBody(response.body, 1024 * 1024);
    return {
      status: response.status,
      headers: response.headers,
      text: () => Promise.resolve(bytes.toString("utf8"))
    };
  };
  /** One request, following redirects; the Authorization header goes to the registry's own origin only. */
  async send(url, method, headers, body, authorization) {
    let target = url;
    for (let hop = 0; ; hop += 1) {
      checkScheme(target, this.registry);
      const ours = sameOrigin(target, this.base);
      const response = await this.transport(target, {
        method,
        headers: { ...headers, ...authorization && ours ? { authorization } : {} },
        ...body ? { body } : {},
        idleTimeoutMs: this.idleTimeoutMs
      });
      const location = response.headers.get("location");
      if (![301, 302, 303, 307, 308].includes(response.status) || !location || method !== "GET" || hop >= 5) {
        return response;
      }
      discard(response.body);
      target = new URL(location, target).toString();
    }
  }
  /** One try: Basic (or nothing, or the cached Bearer) first, then the Bearer token a challenge asks for. */
  async authorisedSend(url, options) {
    const open2 = async () => typeof options.body === "function" ? options.body() : options.body;
    const cached = this.bearer.get(options.scopeName);
    const first = cached ? `Bearer ${cached.token}` : this.withToken ? basic(this.access.password) : void 0;
    const response = await this.send(url, options.method, options.headers ?? {}, await open2(), first);
    const challenge = response.headers.get("www-authenticate") ?? "";
    if (response.status !== 401 || !/^bearer\s/i.test(challenge)) return response;
    discard(response.body);
    const reference = { registry: this.registry, name: options.scopeName, tag: "latest" };
    const token = await fetchBearerToken(challenge, reference, {
      registryOrigin: new URL(this.base).origin,
      ...this.withToken ? { password: this.access.password } : {},
      fetch: this.fetchShim,
      where: options.where
    });
    this.bearer.set(options.scopeName, token);
    this.lastExchange = token;
    return this.send(url, options.method, options.headers ?? {}, await open2(), `Bearer ${token.token}`);
  }
  /** A call with authorisation, retried on network failures and retryable statuses; `body` is re-opened each try. */
  async call(path9, options) {
    const url = path9.startsWith("http") ? path9 : `${this.base}${path9}`;
    const attempts = options.attempts ?? ATTEMPTS;
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const response = await this.authorisedSend(url, options);
        if (RETRYABLE2.has(response.status) && attempt < attempts) {
          discard(response.body);
          await this.sleep(backoff(attempt));
          continue;
        }
        return response;
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        lastError = error;
        if (attempt < attempts) await this.sleep(backoff(attempt));
      }
    }
    throw new RegistryError(`cannot reach ${this.registry} for ${path9}: ${describeFetchError(lastError)}`);
  }
  /** The error for an answer that is not what a call needs, with what to do about it. */
  async failure(response, purpose, name, what) {
    const detail = (await readBody(response.body, 64 * 1024).catch(() => Buffer.alloc(0))).toString("utf8");
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(detail)?.[1];
    const status = `HTTP ${String(response.status)}${code ? ` ${code}` : ""}`;
    const where = `${this.registry}/${name}`;
    if (response.status === 401 || response.status === 403) {
      return new RegistryError(this.refusal(purpose, where, status, what));
    }
    if (response.status === 404 && (code === "NAME_UNKNOWN" || purpose === "push")) {
      return new RegistryError(
        `${where} does not exist (${status}) while trying to ${what}: ${purpose === "push" ? "create the Artifact Registry repository first (gcloud artifacts repositories create REPOSITORY --repository-format docker --location LOCATION), or check input `repository`" : "check the image name"}`
      );
    }
    return new RegistryError(
      `${this.registry} answered ${status} while trying to ${what} in ${where}${RETRYABLE2.has(response.status) ? ` (after ${String(ATTEMPTS)} tries)` : ""}`
    );
  }
  /** A 401/403, explained: which credentials were refused and which role or setting fixes it. */
  refusal(purpose, where, status, what) {
    if (!this.withToken) {
      const exchange = this.lastExchange;
      return `${this.registry} refused anonymous ${purpose === "push" ? "writes" : "reads"} of ${where} (${status}) while trying to ${what}: the Google access token goes only to Google's registries and the \`repository\` host${exchange && !exchange.withToken ? `, and the token service ${exchange.realm} is on another origin, so it was asked anonymously` : ""}. Make the image public, or mirror it into Artifact Registry`;
    }
    return purpose === "push" ? `${this.registry} refused to let the credentials write ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.writer on the repository (gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location LOCATION --member serviceAccount:EMAIL --role roles/artifactregistry.writer), or check that the access token has not expired` : `${this.registry} refused to let the credentials read ${where} (${status}) while trying to ${what}: grant the account roles/artifactregistry.reader on the repository, or check that the access token has not expired`;
  }
  async headManifest(name, reference) {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: "HEAD",
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name
    });
    discard(response.body);
    if (response.status === 404) return void 0;
    if (response.status !== 200)
      throw await this.failure(response, "pull", name, `look up the manifest ${reference}`);
    const digest = response.headers.get("docker-content-digest");
    if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
    return (await this.getManifest(name, reference))?.digest;
  }
  async listTags(name) {
    const response = await this.call(`/v2/${name}/tags/list`, {
      method: "GET",
      where: `${this.registry}/${name}`,
      scopeName: name
    });
    if (response.status === 404) {
      discard(response.body);
      return [];
    }
    if (response.status !== 200 || response.headers.get("link")) {
      discard(response.body);
      return void 0;
    }
    const listed2 = JSON.parse((await readBody(response.body, 4 * 1024 * 1024)).toString("utf8"));
    return Array.isArray(listed2.tags) ? listed2.tags.filter((tag2) => typeof tag2 === "string") : [];
  }
  async getManifest(name, reference) {
    const response = await this.call(`/v2/${name}/manifests/${reference}`, {
      method: "GET",
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      where: `${this.registry}/${name}:${reference}`,
      scopeName: name
    });
    if (response.status === 404) {
      discard(response.body);
      return void 0;
    }
    if (response.status !== 200)
      throw await this.failure(response, "pull", name, `read the manifest ${reference}`);
    const bytes = await readBody(response.body, 4 * 1024 * 1024);
    const digest = sha2562(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}@${reference}: the registry sent a manifest whose digest is ${digest}`
      );
    }
    const mediaType = JSON.parse(bytes.toString("utf8")).mediaType ?? response.headers.get("content-type")?.split(";")[0] ?? "";
    return { digest, mediaType, bytes };
  }
  async getBlob(name, digest) {
    const bytes = await readBody(await this.openBlob(name, digest));
    if (sha2562(bytes) !== digest) {
      throw new RegistryError(
        `${this.registry}/${name}: blob ${digest} arrived with another digest, ${sha2562(bytes)}`
      );
    }
    return bytes;
  }
  async openBlob(name, digest, firstBytes) {
    const response = await this.call(blobPath(name, digest), {
      method: "GET",
      ...firstBytes ? { headers: { range: `bytes=0-${String(firstBytes - 1)}` } } : {},
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name
    });
    const partial = firstBytes !== void 0 && response.status === 206;
    if (response.status !== 200 && !partial)
      throw await this.failure(response, "pull", name, `read blob ${digest}`);
    return response.body;
  }
  async hasBlob(name, digest) {
    const response = await this.call(blobPath(name, digest), {
      method: "HEAD",
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name
    });
    discard(response.body);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.failure(response, "push", name, `look for blob ${digest}`);
  }
  async mountBlob(name, digest, from) {
    const response = await this.call(
      `/v2/${name}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      {
        method: "POST",
        headers: { "content-length": "0" },
        where: `${this.registry}/${name}`,
        scopeName: name
      }
    );
    if (response.status === 201) {
      discard(response.body);
      return true;
    }
    if (response.status === 202) {
      discard(response.body);
      return false;
    }
    throw await this.failure(response, "push", name, `mount blob ${digest} from ${from}`);
  }
  async uploadBlob(name, digest, size, body, session) {
    for (let attempt = 1; ; attempt += 1) {
      const opened = attempt === 1 && session ? await session.catch(() => void 0) : void 0;
      const put = await this.tryUpload(name, digest, size, body, attempt, opened);
      if (put === "retry") {
        await this.sleep(backoff(attempt));
        continue;
      }
      if (put.status === 201) {
        discard(put.body);
        return;
      }
      if (!RETRYABLE2.has(put.status) || attempt >= ATTEMPTS)
        throw await this.failure(put, "push", name, `upload blob ${digest}`);
      discard(put.body);
      await this.sleep(backoff(attempt));
    }
  }
  async startUpload(name, what = "start an upload") {
    const started = await this.call(`/v2/${name}/blobs/uploads/`, {
      method: "POST",
      headers: { "content-length": "0" },
      where: `${this.registry}/${name}`,
      scopeName: name
    });
    if (started.status !== 202) throw await this.failure(started, "push", name, what);
    discard(started.body);
    const location = started.headers.get("location");
    if (!location) {
      throw new RegistryError(
        `${this.registry}/${name}: the registry started an upload but named no location`
      );
    }
    return new URL(location, this.base).toString();
  }
  /** One upload: the PUT of the whole blob at `location`, or in a session opened now ('retry': it did not arrive). */
  async tryUpload(name, digest, size, body, attempt, location) {
    const url = new URL(location ?? await this.startUpload(name, `upload blob ${digest}`));
    url.searchParams.set("digest", digest);
    try {
      return await this.call(url.toString(), {
        method: "PUT",
        headers: { "content-type": "application/octet-stream", "content-length": String(size) },
        body,
        where: `${this.registry}/${name}`,
        scopeName: name,
        attempts: 1
      });
    } catch (error) {
      if (error instanceof WithheldBlob || attempt >= ATTEMPTS) throw error;
      return "retry";
    }
  }
  async putManifest(name, tag2, mediaType, bytes) {
    const response = await this.call(`/v2/${name}/manifests/${tag2}`, {
      method: "PUT",
      headers: { "content-type": mediaType, "content-length": String(bytes.length) },
      body: bytes,
      where: `${this.registry}/${name}:${tag2}`,
      scopeName: name
    });
    if (response.status !== 201) throw await this.failure(response, "push", name, `put the manifest ${tag2}`);
    discard(response.body);
    return response.headers.get("docker-content-digest") ?? sha2562(bytes);
  }
};
var blobPath = (name, digest) => `/v2/${name}/blobs/${digest}`;

// src/build/assemble.ts
import { createHash as createHash5 } from "node:crypto";
function registryClients(access) {
  const clients = /* @__PURE__ */ new Map();
  return (registry) => {
    let client = clients.get(registry);
    if (!client) {
      client = registryClient(registry, access);
      clients.set(registry, client);
    }
    return client;
  };
}
async function lookUpSource(clients, source) {
  if (source.reference.startsWith("sha256:")) return { digest: source.reference };
  const client = clients(source.registry);
  const missing = () => new RegistryError(
    `${source.text} does not exist (no manifest ${source.reference} in ${source.registry}/${source.name})`
  );
  if (source.registry === "docker.io") {
    const digest = await client.headManifest(source.name, source.reference);
    if (!digest) throw missing();
    return { digest };
  }
  const manifest = await client.getManifest(source.name, source.reference);
  if (!manifest) throw missing();
  return { digest: manifest.digest, manifest };
}
async function resolveManifest(clients, source, lookup) {
  const { digest } = lookup;
  const client = clients(source.registry);
  const first = lookup.manifest?.digest === digest ? lookup.manifest : await client.getManifest(source.name, digest);
  if (!first) throw new RegistryError(`${source.text}: the registry no longer has ${digest}`);
  let found = first;
  const document = JSON.parse(first.bytes.toString("utf8"));
  if (isIndex(first.mediaType, document)) {
    const entry2 = pickPlatform(document, source.text);
    const platform = await client.getManifest(source.name, entry2.digest);
    if (!platform)
      throw new RegistryError(
        `${source.text}: its index names ${entry2.digest}, which the registry does not have`
      );
    found = platform;
  }
  if (!isImageManifest(found.mediaType)) {
    throw new RegistryError(`${source.text} is a ${found.mediaType}, not a container image`);
  }
  const manifest = JSON.parse(found.bytes.toString("utf8"));
  return { reference: source, digest, platformDigest: found.digest, manifest };
}
async function readConfig(clients, source) {
  const { reference, manifest } = source;
  const config = JSON.parse(
    (await clients(reference.registry).getBlob(reference.name, manifest.config.digest)).toString("utf8")
  );
  if ((config.os ?? "linux") !== "linux" || (config.architecture ?? "amd64") !== "amd64") {
    throw new RegistryError(
      `${reference.text} is a ${config.os ?? "?"}/${config.architecture ?? "?"} image; Cloud Run runs linux/amd64 only`
    );
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new RegistryError(
      `${reference.text}: its configuration lists ${String(config.rootfs.diff_ids.length)} layers, its manifest ${String(manifest.layers.length)}`
    );
  }
  return config;
}
function layerEncoding(descriptor) {
  if (descriptor.mediaType.endsWith("gzip")) return "gzip";
  return descriptor.mediaType.endsWith(".tar") ? "tar" : void 0;
}
var MAX_LAYER_TAR_BYTES = 1024 * 1024 * 1024;
async function readLayer(client, source, descriptor, relay) {
  const encoding = layerEncoding(descriptor);
  if (!encoding) {
    throw new RegistryError(
      `${source.text}: a layer of type ${descriptor.mediaType} cannot be read here (gzip or plain tar only); use builder cloudbuild or local`
    );
  }
  const blob = [];
  const blobHash = createHash5("sha256");
  const tarHash = createHash5("sha256");
  const entries = [];
  const parser = new TarParser((entry2) => {
    entries.push(entry2);
  });
  let tarBytes = 0;
  const body = await client.openBlob(source.name, descriptor.digest);
  try {
    await pipeline(
      body,
      async function* keep(chunks) {
        for await (const chunk of chunks) {
          blobHash.update(chunk);
          blob.push(chunk);
          relay?.push(chunk);
          yield chunk;
        }
      },
      encoding === "gzip" ? createGunzip({ chunkSize: 256 * 1024 }) : new PassThrough(),
      async function parse(chunks) {
        for await (const chunk of chunks) {
          tarBytes += chunk.length;
          if (tarBytes > MAX_LAYER_TAR_BYTES)
            throw new RegistryError(`${source.text}: layer ${descriptor.digest} holds more than 1 GiB`);
          tarHash.update(chunk);
          parser.write(chunk);
        }
      }
    );
    parser.end();
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    throw new RegistryError(
      `${source.text}: layer ${descriptor.digest} cannot be read (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const digest = `sha256:${blobHash.digest("hex")}`;
  if (digest !== descriptor.digest) {
    throw new RegistryError(
      `${source.registry}/${source.name}: blob ${descriptor.digest} arrived with another digest, ${digest}`
    );
  }
  return { entries, diffId: `sha256:${tarHash.digest("hex")}`, blob };
}
async function readPostgrestBinary(clients, image, relay) {
  const client = clients(image.reference.registry);
  const layers = [];
  for (let i2 = image.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = image.manifest.layers[i2];
    if (!descriptor) continue;
    const top = i2 === image.manifest.layers.length - 1;
    const {
      entries,
      diffId: readDiffId,
      blob
    } = await readLayer(client, image.reference, descriptor, top ? relay : void 0);
    layers.unshift(entries);
    const file = extractFile(layers, POSTGREST_PATH);
    if (!file) continue;
    const directories = soleBinaryDirectories(entries);
    const diffId = (await image.config).rootfs.diff_ids[i2];
    const built = diffId === readDiffId ? layerAsItIs(descriptor, diffId, blob, image.reference) : void 0;
    if (!directories || !built) return { file };
    return { file, layer: { built, directories } };
  }
  throw new RegistryError(
    `${image.reference.text} has no /${POSTGREST_PATH}: is it PostgREST's image? (the amd64 one holds a static /bin/postgrest)`
  );
}
var BASE_PREFIX_BYTES = 64 * 1024;
async function readBaseBin(clients, base) {
  const client = clients(base.reference.registry);
  for (let i2 = base.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = base.manifest.layers[i2];
    if (!descriptor) continue;
    if (!layerEncoding(descriptor)) return void 0;
    let found = await findInBlob(client, base.reference.name, descriptor, BASE_PREFIX_BYTES);
    if (found === "cut short") found = await findInBlob(client, base.reference.name, descriptor);
    if (found === "hidden" || found === "cut short") return void 0;
    if (found) return found;
  }
  return void 0;
}
async function findInBlob(client, name, descriptor, firstBytes) {
  const blob = await client.openBlob(name, descriptor.digest, firstBytes);
  let received = 0;
  blob.on("data", (chunk) => received += chunk.length);
  const tar = layerEncoding(descriptor) === "gzip" ? blob.pipe(createGunzip({ finishFlush: zlibConstants.Z_SYNC_FLUSH })) : blob;
  try {
    const found = await findInStream(tar, "bin");
    return found === void 0 && firstBytes !== void 0 && received < descriptor.size ? "cut short" : found;
  } finally {
    blob.destroy();
    tar.destroy();
  }
}
function postgrestLayerOf(binary, baseBin) {
  const { layer } = binary;
  if (layer && directoriesAgree(layer.directories, baseBin)) return layer.built;
  return postgrestLayer(binary.file);
}
function likelyPostgrestLayer(image) {
  const top = image.manifest.layers.at(-1);
  const diffId = image.config.rootfs.diff_ids.at(-1);
  return top && diffId ? layerAsItIs(top, diffId, [], image.reference) : void 0;
}
function layerAsItIs(descriptor, diffId, blob, from) {
  const mediaType = ociLayerType(descriptor.mediaType);
  if (!mediaType || !diffId) return void 0;
  return { descriptor: { mediaType, digest: descriptor.digest, size: descriptor.size }, diffId, blob, from };
}
async function placeBlob(clients, destination, descriptor, from, counts) {
  const target = clients(destination.registry);
  if (!from.fresh && await target.hasBlob(destination.name, descriptor.digest)) {
    counts.present += 1;
    return;
  }
  const { source, bytes } = from;
  if (source && source.registry === destination.registry && await target.mountBlob(destination.name, descriptor.digest, source.name)) {
    counts.mounted += 1;
    return;
  }
  const body = Buffer.isBuffer(bytes) ? bytes : bytes ? () => Promise.resolve(Readable3.from(bytes)) : from.stream ?? (() => clients(source?.registry ?? "").openBlob(source?.name ?? "", descriptor.digest));
  await target.uploadBlob(destination.name, descriptor.digest, descriptor.size, body, from.session);
  counts.uploaded += 1;
  counts.uploadedBytes += descriptor.size;
}
function assembleBytes(plan, base, postgrest, entrypoint = entrypointLayer(plan.runSh)) {
  const layers = [postgrest, entrypoint];
  const config = imageConfig(base.config, plan, layers);
  const baseDescriptors = baseLayers(base.manifest, base.reference.text);
  const manifest = imageManifest(plan, config, baseDescriptors, layers);
  return {
    layers,
    base: baseDescriptors,
    config,
    manifest,
    digest: `sha256:${createHash5("sha256").update(manifest).digest("hex")}`
  };
}
function placeEarly(clients, destination, sources, entrypoint, relay) {
  const counts = { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const { base, postgrest } = sources;
  const placed = /* @__PURE__ */ new Map();
  for (const layer of base.manifest.layers) {
    startPlacing(
      placed,
      layer.digest,
      placeBlob(clients, destination, layer, { source: base.reference }, counts)
    );
  }
  const entry2 = entrypoint.descriptor;
  startPlacing(
    placed,
    entry2.digest,
    placeBlob(clients, destination, entry2, { bytes: entrypoint.blob }, counts)
  );
  const target = clients(destination.registry);
  const top = postgrest.manifest.layers.at(-1);
  if (top && postgrest.reference.registry === destination.registry && !placed.has(top.digest)) {
    const mounting = target.mountBlob(destination.name, top.digest, postgrest.reference.name);
    startPlacing(
      placed,
      top.digest,
      mounting.then((mounted) => {
        if (mounted) counts.mounted += 1;
        return mounted;
      })
    );
  }
  if (top && relay && !placed.has(top.digest)) {
    const stream = () => Promise.resolve(relay.reader());
    startPlacing(placed, top.digest, placeBlob(clients, destination, top, { stream }, counts));
  }
  const configSession = target.startUpload(destination.name);
  configSession.catch(() => void 0);
  return { placed, configSession, sessionTaken: false, counts };
}
function placeLikelyConfig(clients, destination, early, config) {
  const descriptor = configDescriptor(config);
  early.sessionTaken = true;
  startPlacing(
    early.placed,
    descriptor.digest,
    placeBlob(
      clients,
      destination,
      descriptor,
      { bytes: config, fresh: true, session: early.configSession },
      early.counts
    )
  );
}
function startPlacing(placed, digest, placing) {
  const done = placing.then(
    (result) => result !== false,
    (error) => {
      if (error instanceof WithheldBlob) return false;
      throw error;
    }
  );
  done.catch(() => void 0);
  placed.set(digest, done);
}
var configDescriptor = (config) => ({
  mediaType: OCI_CONFIG,
  digest: `sha256:${createHash5("sha256").update(config).digest("hex")}`,
  size: config.length
});
async function pushAssembled(clients, destination, base, image, early) {
  const counts = early?.counts ?? { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const place = async (descriptor, from) => {
    if (await early?.placed.get(descriptor.digest)) return;
    await placeBlob(clients, destination, descriptor, from, counts);
  };
  await Promise.all([
    ...base.manifest.layers.map((layer) => place(layer, { source: base.reference })),
    ...image.layers.map(
      (layer) => place(layer.descriptor, { bytes: layer.blob, ...layer.from ? { source: layer.from } : {} })
    ),
    place(configDescriptor(image.config), {
      bytes: image.config,
      fresh: true,
      // The session opened ahead, unless the config written ahead (another one) took it.
      ...early && !early.sessionTaken ? { session: early.configSession } : {}
    })
  ]);
  const digest = await clients(destination.registry).putManifest(
    destination.name,
    destination.tag,
    OCI_MANIFEST,
    image.manifest
  );
  if (digest !== image.digest) {
    throw new RegistryError(
      `${destination.registry}/${destination.name}:${destination.tag}: the registry stored the manifest as ${digest}, not ${image.digest}`
    );
  }
  return { digest, counts };
}

// src/build/index.ts
var BUILDERS = ["assemble", "cloudbuild", "local"];
function defaultBuildDependencies(env, log, credentials) {
  return {
    contextDirectory: BUILD_CONTEXT_DIRECTORY,
    accessToken: () => credentials().accessToken(),
    cloudBuildApi: () => cloudBuildApi(
      cloudBuildBaseUrl(env["CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD"]),
      () => credentials().accessToken()
    ),
    runner: execRunner,
    env,
    log
  };
}
var BUILD_CONTEXT_DIRECTORY = path6.join(ACTION_ROOT, "cloudbuild");
async function buildImage(config, deps) {
  if (config.builder === "assemble") return assembleImage(config, deps);
  const { context, reference } = planImage(config, deps.contextDirectory);
  const tagged2 = formatReference(reference);
  const cloudBuild = config.builder === "cloudbuild" ? deps.cloudBuildApi() : void 0;
  const password = await deps.accessToken();
  const registry = {
    password,
    // The user chose this registry to push to: it gets the token (over HTTPS) even when it is not Google's.
    repositoryRegistry: reference.registry,
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  };
  const existing = await findManifest(reference, registry);
  if (existing) {
    deps.log(`${tagged2} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged2, digest: existing, built: false };
  }
  deps.log(`${tagged2} is not in the registry: building it`);
  if (cloudBuild) {
    const request = cloudBuildRequest(context, tagged2, config.cloudBuild);
    const digest2 = await runCloudBuild(cloudBuild, request, tagged2, {
      projectId: config.projectId,
      location: config.buildLocation,
      log: deps.log,
      ...deps.sleep ? { sleep: deps.sleep } : {}
    });
    return {
      image: pinnedImage(reference, digest2),
      reference: tagged2,
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
  if (!digest) throw new Error(`${tool} pushed ${tagged2}, but the registry does not have it`);
  return { image: pinnedImage(reference, digest), reference: tagged2, digest, built: true, builder: tool };
}
async function resolveAssemblyPlan(config, runSh, sources, clients, log) {
  const [postgrest, base] = await Promise.all([
    lookUpSource(clients, sources.postgrest),
    lookUpSource(clients, sources.base)
  ]);
  log(`${sources.postgrest.text} is ${postgrest.digest}`);
  log(`${sources.base.text} is ${base.digest}`);
  const plan = {
    runSh,
    postgrestVersion: config.postgrestVersion,
    postgrest: { reference: sources.postgrest, digest: postgrest.digest },
    base: { reference: sources.base, digest: base.digest }
  };
  return { plan, lookups: { postgrest, base } };
}
async function assembleImage(config, deps) {
  const started = performance.now();
  const context = loadBuildContext(deps.contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {},
    ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
  });
  const sources = assemblySources(context);
  const destination = imageReference(config.repository, config.imageName, "latest", "input `repository`");
  const repositoryRegistry = destination.registry;
  const password = await deps.accessToken();
  const clients = registryClients({
    password,
    repositoryRegistry,
    ...deps.registryTransport ? { transport: deps.registryTransport } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  const listing = clients(repositoryRegistry).listTags(destination.name).catch(() => void 0);
  const { plan, lookups } = await resolveAssemblyPlan(config, context.entrypoint, sources, clients, deps.log);
  const reference = imageReference(
    config.repository,
    config.imageName,
    assemblyTag(plan),
    "input `repository`"
  );
  const tagged2 = formatReference(reference);
  const listed2 = await listing;
  const existing = listed2?.includes(reference.tag) === false ? void 0 : await findManifest(reference, {
    password,
    repositoryRegistry,
    ...deps.fetch ? { fetch: deps.fetch } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  if (existing) {
    deps.log(`${tagged2} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged2, digest: existing, built: false };
  }
  deps.log(`${tagged2} is not in the registry: assembling it`);
  const [postgrest, base] = await Promise.all([
    resolveManifest(clients, sources.postgrest, lookups.postgrest),
    resolveManifest(clients, sources.base, lookups.base)
  ]);
  const { digest, counts } = await writeAssembled(clients, reference, { plan, postgrest, base }, deps.log);
  deps.log(
    `assembled ${tagged2} (${digest}) in ${((performance.now() - started) / 1e3).toFixed(2)} s: blobs ${String(counts.present)} already there, ${String(counts.mounted)} mounted, ${String(counts.uploaded)} uploaded (${(counts.uploadedBytes / 1e6).toFixed(2)} MB)`
  );
  return {
    image: pinnedImage(reference, digest),
    reference: tagged2,
    digest,
    built: true,
    builder: "assemble"
  };
}
async function writeAssembled(clients, reference, sources, log) {
  const { plan, postgrest, base } = sources;
  const postgrestConfig = readConfig(clients, postgrest);
  const baseImage = readConfig(clients, base).then((config) => ({ ...base, config }));
  const relay = postgrest.reference.registry === reference.registry ? void 0 : new BlobRelay();
  const reading = postgrestLayerFor(clients, { ...postgrest, config: postgrestConfig }, base, log, relay);
  for (const pending of [postgrestConfig, baseImage, reading]) pending.catch(() => void 0);
  await setImmediate2();
  await setImmediate2();
  const entrypoint = entrypointLayer(plan.runSh);
  const early = placeEarly(clients, reference, { base, postgrest }, entrypoint, relay);
  const [baseSource, likely] = await Promise.all([
    baseImage,
    postgrestConfig.then((config) => likelyPostgrestLayer({ ...postgrest, config }))
  ]);
  if (likely) {
    placeLikelyConfig(clients, reference, early, assembleBytes(plan, baseSource, likely, entrypoint).config);
  }
  const layer = await reading;
  const image = assembleBytes(plan, baseSource, layer, entrypoint);
  return pushAssembled(clients, reference, baseSource, image, early);
}
async function postgrestLayerFor(clients, postgrest, base, log, relay) {
  let binary;
  let baseBin;
  try {
    [binary, baseBin] = await Promise.all([
      readPostgrestBinary(clients, postgrest, relay),
      // Only to tell whether the PostgREST layer can be taken as it is: a base that cannot be read here says no.
      readBaseBin(clients, base).catch(() => void 0)
    ]);
  } catch (error) {
    relay?.withhold("the PostgREST layer could not be read");
    throw error;
  }
  const layer = postgrestLayerOf(binary, baseBin);
  const top = postgrest.manifest.layers.at(-1)?.digest;
  if (layer.from && layer.descriptor.digest === top) relay?.release();
  else relay?.withhold("a new layer is made instead of taking it as it is");
  log(
    layer.from ? `/bin/postgrest: the layer of ${postgrest.reference.text} as it is (it holds that file alone)` : `/bin/postgrest: a new layer (the layer of ${postgrest.reference.text} holding it has more, or bin/ differs from the base's)`
  );
  return layer;
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
async function provideImage(source, options, deps) {
  if (source.kind === "none") return void 0;
  if (source.kind === "prebuilt") {
    if (options.dryRun) return { image: source.image, built: false, planned: true };
    return { image: await pinPrebuiltImage(source.image, deps), built: false };
  }
  if (options.dryRun) {
    const plan = describeBuild(source.build, deps.contextDirectory);
    deps.log(`dry run, nothing is sent. ${plan.text.trimEnd()}`);
    return { ...plan.image ? { image: plan.image } : {}, built: false, planned: true };
  }
  const built = await buildImage(source.build, deps);
  deps.log(
    `image: ${built.image} (${built.built ? `built with ${built.builder ?? "unknown"}` : "reused, no build"})`
  );
  return { image: built.image, built: built.built };
}

// src/config/image.ts
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
  const builderText = read("builder").trim();
  const builder = BUILDERS.find((name) => name === builderText);
  if (!builder) {
    throw new ConfigError(
      `${describe("builder")} must be ${BUILDERS.slice(0, -1).join(", ")} or ${BUILDERS.at(-1) ?? ""}, not "${builderText}"`
    );
  }
  const sources = parseSourceImages(read, describe);
  const imageName = read("image_name").trim();
  imageReference(repository, imageName, "latest", describe("repository"));
  const { projectId, buildRegion, logsBucket } = parseCloudBuildSettings(read, describe, builder);
  return {
    kind: "build",
    build: {
      repository,
      imageName,
      postgrestVersion: postgrestVersion.tag,
      ...sources,
      builder,
      projectId,
      buildLocation: buildRegion,
      ...logsBucket ? { cloudBuild: { logsBucket } } : {}
    }
  };
}
function parseCloudBuildSettings(read, describe, builder) {
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
  return { projectId, buildRegion, logsBucket };
}
function parseSourceImages(read, describe) {
  const postgrestImage = read("postgrest_image").trim();
  const baseImage = read("base_image").trim();
  if (postgrestImage) {
    parseSourceReference(postgrestImage, describe("postgrest_image"));
    if (/[:@][^/]*$/.test(postgrestImage.replace(/^[^/]*\//, ""))) {
      throw new ConfigError(
        `${describe("postgrest_image")}: give the repository without a tag or digest, such as docker.io/postgrest/postgrest or a mirror of it: it is tagged with ${describe("postgrest_version")}`
      );
    }
  }
  if (baseImage) parseSourceReference(baseImage, describe("base_image"));
  return { ...postgrestImage ? { postgrestImage } : {}, ...baseImage ? { baseImage } : {} };
}

// src/config/spec-path.ts
import { existsSync, realpathSync } from "node:fs";
import path7 from "node:path";
function resolveSpecPath(spec, workspace, actionRoot, source) {
  for (const root of [workspace, actionRoot]) {
    const candidate = path7.resolve(root, spec);
    if (!isInside(root, candidate)) {
      throw new ConfigError(`${source}: "${spec}" points outside ${root}; give a path inside the repository`);
    }
    if (!existsSync(candidate)) continue;
    let real;
    try {
      real = realpathSync(candidate);
      if (isInside(realpathSync(root), real)) return { path: candidate, bundled: root !== workspace };
    } catch (error) {
      throw new ConfigError(
        `${source}: "${spec}" cannot be read (${error.code ?? String(error)})`
      );
    }
    throw new ConfigError(
      `${source}: "${spec}" leads through a symbolic link to ${real}, outside ${root}; give a file inside the repository, not a link out of it`
    );
  }
  throw new ConfigError(
    `${source}: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`
  );
}
function isInside(root, target) {
  const relative2 = path7.relative(root, target);
  return relative2 === "" || relative2 !== ".." && !relative2.startsWith(`..${path7.sep}`) && !path7.isAbsolute(relative2);
}
function bundledSpecNotice(spec, source) {
  return `${source} ${spec} is not in the repository's checkout, so the action's bundled example spec is used: this run checks and deploys that example, not a spec of yours. Run actions/checkout before this step, or point ${source} at your spec`;
}

// src/cloudrun/names.ts
var DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function isDnsLabel(text2, maxLength = 63) {
  return text2.length <= maxLength && DNS_LABEL.test(text2);
}
var MAX_SERVICE_NAME = 49;
var TAG_AND_SERVICE_MAX = 46;
var TAG_MIN = 3;

// src/deploy/api.ts
var REVISION_PAGE_SIZE = 100;
var MAX_REVISION_PAGES = 20;
function runBaseUrl(region, override) {
  return apiBaseUrl(override, `https://${region}-run.googleapis.com`);
}
var UNCERTAIN_STATUSES = /* @__PURE__ */ new Set([500, 502, 503, 504]);
function cloudRunApi(request, baseUrl, projectId) {
  const root = `${baseUrl}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(projectId)}`;
  const query = (dryRun) => dryRun ? "?dryRun=all" : "";
  return {
    getService(name) {
      return readResource(request, `${root}/services`, "service", name);
    },
    createService(service, options) {
      return write(
        request,
        "create the service",
        "POST",
        `${root}/services${query(options?.dryRun)}`,
        service
      );
    },
    replaceService(name, service, options) {
      const url = `${root}/services/${encodeURIComponent(name)}${query(options?.dryRun)}`;
      return write(request, `replace service ${name}`, "PUT", url, service);
    },
    getRevision(name) {
      return readResource(request, `${root}/revisions`, "revision", name);
    },
    listRevisions(service) {
      return listRevisions(request, `${root}/revisions`, service);
    },
    deleteRevision(name) {
      return deleteRevision(request, `${root}/revisions/${encodeURIComponent(name)}`);
    }
  };
}
async function listRevisions(request, collection, service) {
  const items = [];
  let token;
  for (let page = 0; page < MAX_REVISION_PAGES; page += 1) {
    const query = new URLSearchParams({
      labelSelector: `serving.knative.dev/service=${service}`,
      limit: String(REVISION_PAGE_SIZE),
      ...token ? { continue: token } : {}
    });
    const { status, body } = await request("GET", `${collection}?${query.toString()}`);
    if (status !== 200) return refuse(`list the revisions of service ${service}`, status, body);
    const list3 = body;
    if (Array.isArray(list3?.items)) items.push(...list3.items);
    token = typeof list3?.metadata?.continue === "string" ? list3.metadata.continue : void 0;
    if (!token) return items;
  }
  return items;
}
async function deleteRevision(request, url) {
  let answer;
  try {
    answer = await request("DELETE", url, void 0, { once: true });
  } catch (error) {
    if (error instanceof ApiError) return { kind: "unknown", message: error.message };
    throw error;
  }
  const { status, body } = answer;
  if (status === 200 || status === 202) return { kind: "deleted" };
  if (status === 404) return { kind: "gone" };
  const message = apiErrorMessage(body) ?? `HTTP ${String(status)}`;
  if (UNCERTAIN_STATUSES.has(status))
    return { kind: "unknown", message: `HTTP ${String(status)}: ${message}` };
  return { kind: "refused", status, message };
}
function refuse(what, status, body) {
  throw apiRefusal(
    "Cloud Run",
    what,
    { status, body },
    "check the credentials and that the account has roles/run.developer (and roles/iam.serviceAccountUser on the runtime service account)"
  );
}
async function readResource(request, collection, kind, name) {
  const { status, body } = await request("GET", `${collection}/${encodeURIComponent(name)}`);
  if (status === 404) return void 0;
  if (status !== 200) return refuse(`read ${kind} ${name}`, status, body);
  return body;
}
async function write(request, what, method, url, body) {
  let answer;
  try {
    answer = await request(method, url, body, { once: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return { kind: "unknown", message: error.message };
    throw error;
  }
  return classifyWrite(what, method, answer);
}
function classifyWrite(what, method, { status, body: reply }) {
  if (status === 200 || status === 201) return { kind: "done", service: reply };
  const message = apiErrorMessage(reply) ?? `HTTP ${String(status)}`;
  if (status === 409) {
    const reason = reply?.error?.status;
    return { kind: reason === "ALREADY_EXISTS" ? "exists" : "stale", message };
  }
  if (UNCERTAIN_STATUSES.has(status)) {
    return { kind: "unknown", message: `${method} answered HTTP ${String(status)}: ${message}` };
  }
  return refuse(what, status, reply);
}

// src/deploy/preview-guard.ts
var PREVIEW_ALLOWANCES = ["service-account", "secrets", "images"];
var list = (value) => Array.isArray(value) ? value.map(recordOf) : [];
function containersOf(template) {
  return list(recordOf(template["spec"])["containers"]).map((container, index) => ({
    label: `containers[${asString(container["name"]) ?? String(index)}]`,
    container
  }));
}
function secretReferences(template) {
  const references = /* @__PURE__ */ new Map();
  for (const { label, container } of containersOf(template)) {
    for (const env of list(container["env"])) {
      const ref = recordOf(recordOf(env["valueFrom"])["secretKeyRef"]);
      const name = asString(ref["name"]);
      if (name) {
        references.set(
          `spec.template.spec.${label}.env[${asString(env["name"]) ?? "?"}].valueFrom.secretKeyRef`,
          `${name}:${asString(ref["key"]) ?? "latest"}`
        );
      }
    }
  }
  for (const volume of list(recordOf(template["spec"])["volumes"])) {
    const secret = recordOf(volume["secret"]);
    const name = asString(secret["secretName"]);
    if (!name) continue;
    const items = list(secret["items"]).map((item) => `${asString(item["key"]) ?? "latest"}\u2192${asString(item["path"]) ?? "?"}`).sort().join(", ");
    references.set(
      `spec.template.spec.volumes[${asString(volume["name"]) ?? "?"}].secret`,
      `${name}${items ? ` (${items})` : ""}`
    );
  }
  return references;
}
function previewWidenings(production, preview, policy) {
  const problems = [];
  const allowHint = (allowance) => `if the pull request is trusted with that, set input \`preview_allow: ${allowance}\``;
  const identity = (template) => asString(recordOf(template["spec"])["serviceAccountName"]);
  const describeIdentity = (account) => account ? `"${account}"` : "the default compute account";
  if (!policy.allow.has("service-account")) {
    const ours = new Set(production.map(identity));
    const theirs = identity(preview);
    if (!ours.has(theirs)) {
      problems.push(
        `spec.template.spec.serviceAccountName is ${theirs ? `"${theirs}"` : "unset (the default compute account)"}, but production runs as ${[...ours].map(describeIdentity).join(" and ")}: a preview keeps production's identity; ${allowHint("service-account")}`
      );
    }
  }
  if (!policy.allow.has("secrets")) {
    const ours = /* @__PURE__ */ new Map();
    for (const template of production) {
      for (const [where, reference] of secretReferences(template)) {
        ours.set(where, (ours.get(where) ?? /* @__PURE__ */ new Set()).add(reference));
      }
    }
    for (const [where, reference] of secretReferences(preview)) {
      const before = ours.get(where);
      if (before?.has(reference)) continue;
      problems.push(
        `${where} ${before ? `changes the secret from ${[...before].join(" / ")} to ${reference}` : `adds the secret ${reference}`}: a preview may not reach secrets production does not give that place; ${allowHint("secrets")}`
      );
    }
  }
  if (!policy.allow.has("images")) {
    const ours = new Set(
      production.flatMap(
        (template) => containersOf(template).map(({ container }) => asString(container["image"]))
      )
    );
    for (const { label, container } of containersOf(preview)) {
      const image = asString(container["image"]) ?? "";
      if (image === policy.image || ours.has(image)) continue;
      problems.push(
        `spec.template.spec.${label}.image is "${image}", which is neither the image this run ${policy.image ? `built or pinned (${policy.image})` : "deploys"} nor one production runs: a preview runs no other code under production's identity; ${allowHint("images")}`
      );
    }
  }
  return problems;
}

// src/deploy/service-state.ts
import { createHash as createHash6 } from "node:crypto";
var TEMPLATE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/template-sha256";
var SERVICE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/service-sha256";
function canonicalJson2(value) {
  return JSON.stringify(
    value,
    (_, item) => item && typeof item === "object" && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a < b ? -1 : 1)) : item
  );
}
var sha2563 = (value) => createHash6("sha256").update(canonicalJson2(value)).digest("hex");
function templateDigest(template) {
  const metadata = { ...recordOf(template["metadata"]) };
  delete metadata["name"];
  metadata["annotations"] = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION)
  );
  return sha2563({ ...template, metadata });
}
function serviceSettingsDigest(metadata) {
  const annotations = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== SERVICE_DIGEST_ANNOTATION)
  );
  return sha2563({ labels: recordOf(metadata["labels"]), annotations });
}
function conditionOf(resource, type) {
  const conditions = recordOf(resource?.["status"])["conditions"];
  return Array.isArray(conditions) ? conditions.map(recordOf).find((c) => c["type"] === type) : void 0;
}
function readinessOf(resource, type = "Ready") {
  const condition = conditionOf(resource, type);
  const status = asString(condition?.["status"]);
  const reason = asString(condition?.["reason"]);
  const message = asString(condition?.["message"]);
  const observed = recordOf(resource?.["status"])["observedGeneration"];
  return {
    settled: observed !== void 0 && observed === recordOf(resource?.["metadata"])["generation"],
    ready: status === "True" || status === "False" ? status : "Unknown",
    ...reason ? { reason } : {},
    ...message ? { message } : {}
  };
}
function statusOf(service) {
  const status = recordOf(service["status"]);
  const metadata = recordOf(service["metadata"]);
  const latestCreated = asString(status["latestCreatedRevisionName"]);
  const latestReady = asString(status["latestReadyRevisionName"]);
  const resourceVersion = asString(metadata["resourceVersion"]);
  const generation = metadata["generation"];
  const observed = status["observedGeneration"];
  return {
    url: asString(status["url"]) ?? "",
    traffic: Array.isArray(status["traffic"]) ? status["traffic"] : [],
    ...latestCreated ? { latestCreated } : {},
    ...latestReady ? { latestReady } : {},
    ...typeof generation === "number" ? { generation } : {},
    ...typeof observed === "number" ? { observedGeneration: observed } : {},
    ...resourceVersion ? { resourceVersion } : {}
  };
}
function currentTraffic(service) {
  const spec = recordOf(service["spec"]);
  const { traffic, latestReady } = statusOf(service);
  return {
    spec: Array.isArray(spec["traffic"]) ? spec["traffic"] : void 0,
    status: traffic,
    ...latestReady ? { latestReadyRevisionName: latestReady } : {}
  };
}
function templateOf(service) {
  const template = recordOf(recordOf(service["spec"])["template"]);
  const metadata = recordOf(template["metadata"]);
  const revision = asString(metadata["name"]);
  const digest = asString(recordOf(metadata["annotations"])[TEMPLATE_DIGEST_ANNOTATION]);
  return { template, ...revision ? { revision } : {}, ...digest ? { digest } : {} };
}
function tagUrlOf(service, revision, tag2) {
  if (!tag2) return void 0;
  return statusOf(service).traffic.find((t) => t.tag === tag2 && t.revisionName === revision)?.url;
}
function revisionSuffix(input) {
  const random = input.random ?? Math.random;
  const unique = input.runId ? `${input.runId}-${input.runAttempt ?? "1"}` : `${Math.floor(input.now / 1e3).toString(36)}${Math.floor(random() * 36 ** 3).toString(36).padStart(3, "0")}`;
  const hex = (input.imageDigest ?? "").replace(/^sha256:/, "").replace(/[^0-9a-f]/g, "");
  const room = 63 - input.service.length - unique.length - 2;
  const suffix = hex && room >= 4 ? `${hex.slice(0, Math.min(7, room))}-${unique}` : unique;
  const name = `${input.service}-${suffix}`;
  if (name.length > 63 || !DNS_LABEL.test(name)) {
    throw new Error(
      `revision name "${name}" is not a DNS label of at most 63 characters: shorten the service name`
    );
  }
  return suffix;
}
var RUN_TAG_PREFIX = "run-";
function isRunTag(tag2) {
  return tag2.startsWith(RUN_TAG_PREFIX);
}
function runTag(service, revision) {
  const room = TAG_AND_SERVICE_MAX - service.length - RUN_TAG_PREFIX.length;
  const unique = revision.startsWith(`${service}-`) ? revision.slice(service.length + 1) : revision;
  const readable = `${RUN_TAG_PREFIX}${unique}`;
  if (unique.length <= room && DNS_LABEL.test(readable)) return readable;
  if (room < 6) {
    throw new Error(
      `service "${service}" is too long for a tag of its own: Cloud Run allows ${String(TAG_AND_SERVICE_MAX)} characters for a tag and its service's name together; use a service name of at most ${String(TAG_AND_SERVICE_MAX - RUN_TAG_PREFIX.length - 6)} characters`
    );
  }
  return `${RUN_TAG_PREFIX}${createHash6("sha256").update(revision).digest("hex").slice(0, Math.min(room, 12))}`;
}

// src/deploy/tidy.ts
var MAX_DELETIONS_PER_RUN = 10;
var SERVICE_LABEL = "serving.knative.dev/service";
var GENERATION_LABEL = "serving.knative.dev/configurationGeneration";
function referencedRevisions(service) {
  const names = /* @__PURE__ */ new Set();
  const spec = recordOf(service["spec"]);
  const entries = [
    ...Array.isArray(spec["traffic"]) ? spec["traffic"] : [],
    ...statusOf(service).traffic
  ];
  for (const entry2 of entries) {
    const name = asString(recordOf(entry2)["revisionName"]);
    if (name) names.add(name);
  }
  const { latestCreated, latestReady } = statusOf(service);
  for (const name of [latestCreated, latestReady, templateOf(service).revision]) if (name) names.add(name);
  return names;
}
function listed(revision, service) {
  const metadata = recordOf(revision["metadata"]);
  const name = asString(metadata["name"]);
  if (!name || recordOf(metadata["labels"])[SERVICE_LABEL] !== service) return void 0;
  const created = Date.parse(asString(metadata["creationTimestamp"]) ?? "");
  return {
    name,
    created: Number.isNaN(created) ? 0 : created,
    generation: Number(recordOf(metadata["labels"])[GENERATION_LABEL] ?? 0) || 0,
    deleting: metadata["deletionTimestamp"] !== void 0
  };
}
function liveRevisions(revisions, service) {
  return revisions.map((revision) => listed(revision, service)).filter((r) => r !== void 0 && !r.deleting);
}
var newestFirst = (a, b) => b.created - a.created || b.generation - a.generation;
function tidyCandidates(revisions, service, options) {
  if (options.keep <= 0) return [];
  const ordered = liveRevisions(revisions, options.service).sort(newestFirst);
  const kept = /* @__PURE__ */ new Set([...referencedRevisions(service), ...options.protect ?? []]);
  return ordered.slice(options.keep).filter((r) => !kept.has(r.name)).reverse().slice(0, MAX_DELETIONS_PER_RUN).map((r) => r.name);
}
async function tidyRevisions(target, options, deps) {
  const name = target.service;
  if (options.keep <= 0) return { deleted: [], warnings: [] };
  let candidates;
  try {
    const revisions = await (options.revisions ?? deps.api.listRevisions(name));
    if (liveRevisions(revisions, name).length <= options.keep) {
      deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
      return { deleted: [], warnings: [] };
    }
    const service = await deps.api.getService(name);
    if (!service) return { deleted: [], warnings: [] };
    candidates = tidyCandidates(revisions, service, {
      service: name,
      keep: options.keep,
      protect: options.protect ?? []
    });
  } catch (error) {
    return { deleted: [], warnings: [`revisions of service ${name} not tidied: ${messageOf(error)}`] };
  }
  if (candidates.length === 0) {
    deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
    return { deleted: [], warnings: [] };
  }
  if (options.dryRun) {
    deps.log(`service ${name}: would delete ${candidates.join(", ")} (dry run: nothing deleted)`);
    return { deleted: candidates, warnings: [] };
  }
  return deleteUnreferenced(target, candidates, deps);
}
async function deleteUnreferenced(target, revisions, deps) {
  const name = target.service;
  const deleted = [];
  const warnings = [];
  for (const revision of revisions.slice(0, MAX_DELETIONS_PER_RUN)) {
    let outcome;
    try {
      outcome = await deleteIfUnreferenced(name, revision, deps);
    } catch (error) {
      warnings.push(`revision ${revision} not deleted: ${messageOf(error)}`);
      break;
    }
    if (outcome === "no-service") break;
    if (outcome === "referenced") {
      deps.log(`service ${name}: kept ${revision}: it serves or carries a tag now`);
      continue;
    }
    if (outcome.kind === "deleted") deleted.push(revision);
    if (outcome.kind === "gone") deps.log(`service ${name}: ${revision} was already deleted`);
    if (outcome.kind === "refused" || outcome.kind === "unknown") {
      warnings.push(refusal2(revision, outcome));
      if (outcome.kind === "refused" && (outcome.status === 401 || outcome.status === 403)) break;
    }
  }
  if (deleted.length > 0) deps.log(`service ${name}: deleted ${deleted.join(", ")}`);
  return { deleted, warnings };
}
async function deleteIfUnreferenced(name, revision, deps) {
  const fresh = await deps.api.getService(name);
  if (!fresh) return "no-service";
  if (referencedRevisions(fresh).has(revision)) return "referenced";
  return deps.api.deleteRevision(revision);
}
function refusal2(revision, outcome) {
  if (outcome.kind === "unknown") {
    return `revision ${revision}: no answer to its deletion (${outcome.message}); a later run tidies it if it is still there`;
  }
  const why = outcome.status === 400 || outcome.status === 409 ? "Cloud Run keeps it (it serves or is referenced)" : outcome.status === 401 || outcome.status === 403 ? "the account may not delete revisions (roles/run.developer has run.revisions.delete); set keep_revisions to 0 to stop tidying" : "Cloud Run refused";
  return `revision ${revision} not deleted: ${why} (HTTP ${String(outcome.status)}: ${outcome.message})`;
}
var messageOf = (error) => error instanceof Error ? error.message : String(error);

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
function withoutTag(traffic, tag2, revision) {
  return traffic.flatMap((target) => {
    if (target.tag !== tag2) return [target];
    if (revision !== void 0 && target.revisionName !== revision) return [target];
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
  const tagged2 = pinTraffic(current).filter((target) => target.tag !== void 0).map((target) => entry(target.revisionName ?? revision, 0, target.tag));
  return [entry(revision, 100), ...tagged2];
}
function sameTraffic(a, b) {
  const key = (traffic) => (traffic ?? [{ latestRevision: true, percent: 100 }]).map(
    (t) => JSON.stringify([t.revisionName ?? "", t.latestRevision === true, t.percent ?? 0, t.tag ?? ""])
  ).sort().join("\n");
  return key(a) === key(b);
}
function allocationOf(traffic) {
  const shares = /* @__PURE__ */ new Map();
  for (const target of traffic) {
    const percent = target.percent ?? 0;
    if (percent > 0 && target.revisionName) {
      shares.set(target.revisionName, (shares.get(target.revisionName) ?? 0) + percent);
    }
  }
  return shares;
}
function sameAllocation(a, b) {
  return a.size === b.size && [...a].every(([revision, percent]) => b.get(revision) === percent);
}
function describeAllocation(allocation) {
  if (allocation.size === 0) return "no traffic";
  return [...allocation].sort(([a], [b]) => a < b ? -1 : 1).map(([revision, percent]) => `${String(percent)} % ${revision}`).join(", ");
}

// src/deploy/types.ts
var DeployError = class extends Error {
  name = "DeployError";
};

// src/deploy/plan.ts
async function validateServerSide(service, target, deps) {
  const metadata = { ...recordOf(service["metadata"]), namespace: target.projectId };
  const existing = await deps.api.getService(target.service);
  let outcome;
  if (!existing) {
    outcome = await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const { resourceVersion } = statusOf(existing);
    outcome = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...resourceVersion ? { resourceVersion } : {} } },
      { dryRun: true }
    );
  }
  if (outcome.kind !== "done") {
    throw new DeployError(
      `the server-side validation of service ${target.service} got no verdict (${outcome.message}): run it again`
    );
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}
async function planTagRemoval(target, tag2, deps, deleteRevision2 = false) {
  const current = await deps.api.getService(target.service);
  if (!current) return `service ${target.service} does not exist: nothing to remove`;
  const entries = (currentTraffic(current).spec ?? []).filter((t) => t.tag === tag2);
  if (entries.length === 0) return `service ${target.service} has no tag ${tag2}: nothing would be sent`;
  const put = `would PUT service ${target.service} without tag ${tag2} (on ${entries.map((t) => t.revisionName ?? "the latest revision").join(", ")}); every other entry and tag kept`;
  if (!deleteRevision2) return put;
  const orphans = orphanedBy(current, tag2);
  return orphans.length > 0 ? `${put}; then would DELETE revision ${orphans.join(", ")} (nothing else references it)` : `${put}; no revision would be deleted (the tag's revision is still referenced)`;
}
function orphanedBy(service, tag2) {
  const status = recordOf(service["status"]);
  const spec = recordOf(service["spec"]);
  const traffic = (value) => Array.isArray(value) ? value : [];
  const carried = [...traffic(spec["traffic"]), ...traffic(status["traffic"])].filter((t) => t.tag === tag2 && t.revisionName).map((t) => t.revisionName ?? "");
  const after = {
    ...service,
    spec: { ...spec, traffic: withoutTag(traffic(spec["traffic"]), tag2) },
    status: { ...status, traffic: withoutTag(traffic(status["traffic"]), tag2) }
  };
  const referenced = referencedRevisions(after);
  return [...new Set(carried)].filter((name) => !referenced.has(name));
}
function planDeployText(plan) {
  const { target, revision, tag: tag2 } = plan;
  const base = `namespaces/${target.projectId}/services/${target.service}`;
  const calls = [
    ...plan.readsBefore ?? [],
    `GET ${base}`,
    `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag2} (existing entries and tags kept)`,
    `GET ${base} until ${revision} is Ready`,
    ...plan.smoke ? [`smoke test the URL of tag ${tag2}`, ...plan.readsAfterSmoke ?? []] : [],
    ...plan.promote ? [
      `PUT ${base}: 100 % to ${revision}, tag ${tag2} removed (only if the traffic is still as this run left it)`
    ] : [],
    ...plan.keepRevisions ? [
      `GET namespaces/${target.projectId}/revisions?labelSelector=serving.knative.dev/service=${target.service}`,
      `DELETE namespaces/${target.projectId}/revisions/...: at most ${String(MAX_DELETIONS_PER_RUN)} of the oldest beyond the newest ${String(plan.keepRevisions)}, each only if a fresh GET ${base} shows no traffic entry or tag on it`
    ] : []
  ];
  return [
    plan.validate ? "dry run: nothing changes; the service is read and Cloud Run validates the spec (?dryRun=all)" : "dry run: nothing is sent",
    "calls:",
    ...calls.map((call) => `  ${call}`),
    "rendered service:",
    JSON.stringify(plan.service, null, 2)
  ].join("\n");
}

// src/deploy/write.ts
var WRITE_ATTEMPTS = 4;
var withoutStatus = (service) => Object.fromEntries(Object.entries(service).filter(([key]) => key !== "status"));
async function replaceSettled(name, first, plan, deps) {
  let current = first;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    const planned = plan(current);
    if (!planned.body) return { result: planned.result, sent: false, service: current };
    const resourceVersion = statusOf(current).resourceVersion;
    const body = {
      ...planned.body,
      metadata: { ...recordOf(planned.body["metadata"]), ...resourceVersion ? { resourceVersion } : {} }
    };
    const outcome = await deps.api.replaceService(name, body);
    if (outcome.kind === "done") return { result: planned.result, sent: true, service: outcome.service };
    const fresh = await deps.api.getService(name);
    if (!fresh) throw new DeployError(`service ${name} was deleted while this run was changing it`);
    if (await planned.landed(fresh)) {
      deps.log(
        `service ${name}: the write's answer was lost (${outcome.message}), but the service shows it applied`
      );
      return { result: planned.result, sent: true, service: fresh };
    }
    if (outcome.kind === "exists") {
      throw new DeployError(
        `service ${name}: Cloud Run refused the write as a name collision (ALREADY_EXISTS: ${outcome.message}): the pinned revision name is taken by another revision; set another revision_suffix, or let the action derive one`
      );
    }
    deps.log(
      outcome.kind === "stale" ? `service ${name} was changed by someone else meanwhile (HTTP 409): reading it again` : `service ${name}: no answer to the write (${outcome.message}), and it did not apply: sending it again`
    );
    current = fresh;
  }
  throw new DeployError(
    `service ${name} kept changing under this run (${String(WRITE_ATTEMPTS)} attempts, each answered HTTP 409 or lost): re-run when the other deploy is done`
  );
}

// src/deploy/wait.ts
import { setTimeout as realSleep5 } from "node:timers/promises";
var POLL_CAP_MS = 500;
var REQUEST_SPACING_MS = 250;
var nextDelay = (delay) => Math.min(POLL_CAP_MS, Math.round(delay * 1.25));
function pollSchedule(timeoutMs, deps) {
  const sleep = deps.sleep ?? realSleep5;
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  let previous = now();
  return {
    sleep,
    now,
    next: async () => {
      const due = Math.min(previous + delay, deadline);
      if (due > now()) await sleep(due - now());
      previous = now();
      delay = nextDelay(delay);
    },
    expired: () => now() >= deadline
  };
}
function spacedRequests(sleep, now) {
  let last = -Infinity;
  return async (call) => {
    const wait = last + REQUEST_SPACING_MS - now();
    if (wait > 0) await sleep(wait);
    last = now();
    return call();
  };
}
async function waitForRevision(name, revision, tag2, timeoutMs, deps) {
  const polls = pollSchedule(timeoutMs, deps);
  const spaced = spacedRequests(polls.sleep, polls.now);
  for (; ; ) {
    await polls.next();
    const service = await spaced(() => deps.api.getService(name));
    if (!service)
      throw new DeployError(`service ${name} disappeared while waiting for ${revision} to become ready`);
    const serviceState = readinessOf(service);
    const latest = statusOf(service).latestCreated === revision;
    let state;
    if (latest) {
      if (serviceState.settled) state = serviceState;
    } else {
      const found = await spaced(() => deps.api.getRevision(revision));
      if (found) state = readinessOf(found);
      else if (serviceState.settled && templateOf(service).revision !== revision) {
        throw new DeployError(
          `revision ${revision} was never created: another deploy replaced the service's template before Cloud Run made it; re-run`
        );
      }
    }
    if (state?.ready === "True" && (!tag2 || tagUrlOf(service, revision, tag2))) return service;
    if (state?.ready === "False") {
      throw new DeployError(
        latest ? await spaced(() => notReadyMessage(name, revision, state, deps)) : `revision ${revision} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}`
      );
    }
    if (polls.expired()) {
      const seen = state ?? serviceState;
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1e3))} s (Ready=${seen.ready}${seen.message ? `: ${seen.message}` : ""}${state?.ready === "True" && tag2 ? `; tag ${tag2} not routed yet` : ""}); revision ${revision}; raise wait_timeout or check the revision's logs`
      );
    }
  }
}
async function notReadyMessage(name, revision, state, deps) {
  const own = readinessOf(await deps.api.getRevision(revision));
  const detail = own.ready === "Unknown" && !own.message ? "" : `; revision ${revision} Ready=${own.ready}${own.reason ? ` (${own.reason})` : ""}: ${own.message ?? "no message"}`;
  return `service ${name} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}${detail}`;
}
async function waitForRoutes(name, generation, timeoutMs, deps, written) {
  const polls = pollSchedule(timeoutMs, deps);
  for (let answer = generation === void 0 ? void 0 : written; ; answer = void 0) {
    if (!answer) await polls.next();
    const service = answer ?? await deps.api.getService(name);
    if (!service) throw new DeployError(`service ${name} disappeared while its traffic was changing`);
    const { observedGeneration } = statusOf(service);
    const routes = readinessOf(service, "RoutesReady");
    const caughtUp = generation === void 0 || (observedGeneration ?? 0) >= generation;
    if (caughtUp && routes.ready === "True") return service;
    if (caughtUp && routes.ready === "False") {
      throw new DeployError(
        `service ${name}: the traffic change was not applied: ${routes.reason ?? "RoutesReady=False"}: ${routes.message ?? "no message"}`
      );
    }
    if (polls.expired()) {
      throw new DeployError(
        `service ${name}: the traffic change was not in effect within ${String(Math.round(timeoutMs / 1e3))} s; check the service in the console`
      );
    }
  }
}

// src/deploy/promote.ts
async function promoteRevision(target, deployed, deps) {
  const { revision, tag: tag2 } = deployed;
  const name = target.service;
  const { sent, service } = await replaceSettled(
    name,
    deployed.service,
    (current) => {
      const now = allocationOf(pinTraffic(currentTraffic(current)));
      const goal = /* @__PURE__ */ new Map([[revision, 100]]);
      if (!sameAllocation(now, deployed.left) && !sameAllocation(now, goal)) {
        throw new DeployError(
          `not promoting ${revision}: the traffic of service ${name} changed while this run tested it (it was ${describeAllocation(deployed.left)}, now ${describeAllocation(now)}): another deploy or a person moved it, and this run leaves their change alone`
        );
      }
      const promoted = promote(currentTraffic(current), revision);
      const traffic = tag2 ? withoutTag(promoted, tag2, revision) : promoted;
      const unchanged = sameTraffic(currentTraffic(current).spec, traffic);
      return {
        ...unchanged ? {} : { body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic } } },
        landed: (fresh) => sameAllocation(allocationOf(pinTraffic(currentTraffic(fresh))), goal) && !(tag2 && (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag2 && t.revisionName === revision)),
        result: void 0
      };
    },
    deps
  );
  if (!sent) {
    deps.log(`service ${name}: ${revision} already serves 100 %`);
    return { changed: false, serviceUrl: statusOf(service).url };
  }
  const settled = await waitForRoutes(
    name,
    statusOf(service).generation,
    target.waitTimeoutMs,
    deps,
    service
  );
  deps.log(`service ${name}: 100 % of traffic on ${revision}${tag2 ? `; tag ${tag2} removed` : ""}`);
  return { changed: true, serviceUrl: statusOf(settled).url };
}
async function removeRunTag(target, tag2, revision, deps) {
  const { changed } = await changeTags(target, tag2, revision, deps);
  return { changed };
}
async function removeTag(target, tag2, deps) {
  const { changed, revisions } = await changeTags(target, tag2, void 0, deps);
  deps.log(
    changed ? `service ${target.service}: tag ${tag2} removed` : `service ${target.service}: no tag ${tag2} to remove`
  );
  return { changed, revisions };
}
function tagged(service, tag2) {
  const { spec, status } = currentTraffic(service);
  const names = [...spec ?? [], ...status].filter((t) => t.tag === tag2).map((t) => t.revisionName ?? status.find((s) => s.tag === tag2)?.revisionName);
  return [...new Set(names.filter((name) => name !== void 0))];
}
async function changeTags(target, tag2, revision, deps) {
  const name = target.service;
  const first = await deps.api.getService(name);
  if (!first) return { changed: false, revisions: [] };
  const carries = (service) => (currentTraffic(service).spec ?? []).some(
    (t) => t.tag === tag2 && (revision === void 0 || t.revisionName === revision)
  );
  const { sent, result } = await replaceSettled(
    name,
    first,
    (current) => {
      if (!carries(current)) return { landed: () => true, result: [] };
      const traffic = withoutTag(currentTraffic(current).spec ?? [], tag2, revision);
      return {
        body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic } },
        landed: (fresh) => !carries(fresh),
        result: revision === void 0 ? tagged(current, tag2) : [revision]
      };
    },
    deps
  );
  return { changed: sent, revisions: result };
}

// src/deploy/revision.ts
function pinTemplate(template, revision, digest) {
  const metadata = recordOf(template["metadata"]);
  return {
    ...template,
    metadata: {
      ...metadata,
      name: revision,
      annotations: { ...recordOf(metadata["annotations"]), [TEMPLATE_DIGEST_ANNOTATION]: digest }
    }
  };
}
async function revisionExists(revision, digest, deps) {
  const found = await deps.api.getRevision(revision);
  return found !== void 0 && asString(recordOf(recordOf(found["metadata"])["annotations"])[TEMPLATE_DIGEST_ANNOTATION]) === digest;
}
function desiredService(service, target, options) {
  const name = target.service;
  const specMetadata = recordOf(service["metadata"]);
  if (specMetadata["name"] !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specMetadata["name"])}, but the service to deploy is "${name}": make them agree`
    );
  }
  if (options.tag !== void 0 && !DNS_LABEL.test(options.tag)) {
    throw new Error(`tag "${options.tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const template = recordOf(recordOf(service["spec"])["template"]);
  const revision = asString(recordOf(template["metadata"])["name"]) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const settings = serviceSettingsDigest(specMetadata);
  return {
    name,
    revision,
    digest,
    template,
    pinned: pinTemplate(template, revision, digest),
    ownMetadata: {
      ...Object.fromEntries(Object.entries(specMetadata).filter(([key]) => key !== "resourceVersion")),
      namespace: target.projectId,
      annotations: { ...recordOf(specMetadata["annotations"]), [SERVICE_DIGEST_ANNOTATION]: settings }
    },
    settings,
    tag: options.tag,
    preview: options.preview
  };
}
async function deployRevision(service, target, options, deps) {
  const desired = desiredService(service, target, options);
  const { name, revision, tag: tag2, preview } = desired;
  let existing = await (options.existing ?? deps.api.getService(name));
  if (!existing && preview) {
    throw new DeployError(
      `service ${name} does not exist: a preview is deployed beside production, never in its place; deploy the service first (without preview_tag)`
    );
  }
  if (!existing) {
    const traffic = noTrafficDeploy(void 0, revision, tag2);
    const created = await createService(
      { ...service, metadata: desired.ownMetadata, spec: { template: desired.pinned, traffic } },
      desired,
      deps
    );
    if (created === "created") {
      const facts = { changed: true, created: true, tagged: tag2 !== void 0, left: allocationOf(traffic) };
      return settleRevision(target, revision, tag2, deps, facts);
    }
    existing = created;
  }
  if (preview) await refuseWidening(existing, desired.template, preview, deps);
  return replaceWithRevision(existing, desired, target, deps);
}
async function refuseWidening(existing, template, preview, deps) {
  const problems = previewWidenings(await productionTemplates(existing, deps), template, preview);
  if (problems.length > 0) {
    throw new DeployError(
      `the preview would widen what runs under production's identity, so nothing was deployed:
${problems.map((p) => `  - ${p}`).join("\n")}`
    );
  }
}
async function replaceWithRevision(existing, desired, target, deps) {
  const { name, tag: tag2 } = desired;
  const { result, sent } = await replaceSettled(
    name,
    existing,
    (current) => planDeploy(current, desired, deps),
    deps
  );
  if (!sent) {
    deps.log(
      `service ${name}: revision ${result.revision} already has this template and settings: nothing sent`
    );
    const status = statusOf(existing);
    const smokeUrl = result.via === "service" ? status.url : tagUrlOf(existing, result.revision, tag2);
    return {
      revision: result.revision,
      serviceUrl: status.url,
      ...tag2 && result.via === "tag" && smokeUrl ? { tagUrl: smokeUrl } : {},
      ...smokeUrl ? { smokeUrl } : {},
      changed: false,
      created: false,
      left: allocationOf(pinTraffic(currentTraffic(existing))),
      service: existing
    };
  }
  deps.log(
    result.changed ? `service ${name}: ${result.newRevision ? `revision ${result.revision} deployed` : "settings changed"} with no traffic${tag2 ? `, tag ${tag2}` : ""}` : `service ${name}: tag ${tag2 ?? ""} put on revision ${result.revision} (template and settings unchanged)`
  );
  const facts = { changed: result.changed, created: false, tagged: tag2 !== void 0, left: result.left };
  return settleRevision(target, result.revision, tag2, deps, facts);
}
async function productionTemplates(service, deps) {
  const serving = [...allocationOf(pinTraffic(currentTraffic(service))).keys()];
  const revisions = await Promise.all(serving.map((revision) => deps.api.getRevision(revision)));
  const templates = revisions.flatMap(
    (revision) => revision ? [{ metadata: recordOf(revision["metadata"]), spec: recordOf(revision["spec"]) }] : []
  );
  return templates.length > 0 ? templates : [templateOf(service).template];
}
async function createService(body, expected, deps) {
  const { name, revision, digest } = expected;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    deps.log(
      `creating service ${name} with revision ${revision} (a new service starts with 100 % of its traffic)`
    );
    const outcome = await deps.api.createService(body);
    if (outcome.kind === "done") return "created";
    const fresh = await deps.api.getService(name);
    if (fresh && (templateOf(fresh).revision === revision || await revisionExists(revision, digest, deps))) {
      deps.log(
        `service ${name}: the create's answer was lost (${outcome.message}), but the service exists with ${revision}`
      );
      return "created";
    }
    if (fresh) {
      deps.log(`service ${name} was created by someone else meanwhile: deploying onto it`);
      return fresh;
    }
    deps.log(
      `service ${name}: no answer to the create (${outcome.message}), and it does not exist: sending it again`
    );
  }
  throw new DeployError(
    `service ${name} could not be created: ${String(WRITE_ATTEMPTS)} attempts went unanswered`
  );
}
function planDeploy(current, desired, deps) {
  const { revision, digest, pinned, ownMetadata, settings, tag: tag2, preview } = desired;
  const now = templateOf(current);
  const reuse = now.digest === digest && now.revision !== void 0 && statusOf(current).latestReady === now.revision;
  const deployed = reuse && now.revision ? now.revision : revision;
  const sameSettings = preview !== void 0 || asString(recordOf(recordOf(current["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings;
  const traffic = noTrafficDeploy(currentTraffic(current), deployed, tag2);
  const left = allocationOf(traffic);
  const result = { revision: deployed, newRevision: !reuse, changed: !reuse || !sameSettings, left };
  if (reuse && sameSettings) {
    const serving = allocationOf(pinTraffic(currentTraffic(current)));
    if (!preview && sameAllocation(serving, /* @__PURE__ */ new Map([[deployed, 100]]))) {
      return { landed: () => true, result: { ...result, via: "service", left: serving } };
    }
    if (preview && sameTraffic(currentTraffic(current).spec, traffic)) {
      return { landed: () => true, result: { ...result, via: "tag", left: serving } };
    }
  }
  const metadata = preview ? recordOf(current["metadata"]) : ownMetadata;
  const body = {
    apiVersion: "serving.knative.dev/v1",
    kind: "Service",
    metadata,
    spec: { template: reuse ? now.template : pinned, traffic }
  };
  const landed = async (fresh) => {
    const tagged2 = tag2 === void 0 || (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag2 && t.revisionName === deployed);
    if (!tagged2) return false;
    if (reuse) {
      return preview !== void 0 || asString(recordOf(recordOf(fresh["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings;
    }
    return templateOf(fresh).revision === revision || revisionExists(revision, digest, deps);
  };
  return { body, landed, result: { ...result, via: "tag" } };
}
async function settleRevision(target, revision, tag2, deps, facts) {
  let ready;
  try {
    ready = await waitForRevision(target.service, revision, tag2, target.waitTimeoutMs, deps);
  } catch (error) {
    if (!(error instanceof DeployError) || !facts.tagged || !tag2) throw error;
    const cleanup = await removeTagSafely(target, tag2, revision, deps);
    throw new DeployError(`${error.message}; ${cleanup}`);
  }
  const { url } = statusOf(ready);
  const tagUrl = tagUrlOf(ready, revision, tag2);
  return {
    revision,
    serviceUrl: url,
    ...tagUrl ? { tagUrl, smokeUrl: tagUrl } : {},
    changed: facts.changed,
    created: facts.created,
    ...facts.tagged && tag2 ? { tag: tag2 } : {},
    left: facts.left,
    service: ready
  };
}
async function removeTagSafely(target, tag2, revision, deps) {
  try {
    const { changed } = await removeRunTag(target, tag2, revision, deps);
    return changed ? `tag ${tag2} removed from the failed revision ${revision}; traffic is as it was` : `traffic is as it was (tag ${tag2} was already gone)`;
  } catch (error) {
    return `and removing tag ${tag2} from ${revision} failed too: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// src/deploy/index.ts
function defaultDeployDependencies(target, env, accessToken, log, budgetMs, now = Date.now) {
  const request = createApiClient({ accessToken, deadline: now() + budgetMs, now });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env["CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN"]),
    target.projectId
  );
  return { api, log };
}

// src/exposure/diff.ts
var METHOD_ORDER = ["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE"];
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var keysOf = (value) => isRecord(value) ? Object.keys(value) : [];
function argumentsOf(item) {
  const names = /* @__PURE__ */ new Set();
  for (const operation of Object.values(item)) {
    const parameters = isRecord(operation) && Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
    for (const parameter of parameters) {
      if (!isRecord(parameter)) continue;
      if (parameter["in"] === "body")
        keysOf(isRecord(parameter["schema"]) ? parameter["schema"]["properties"] : {}).forEach(
          (n) => names.add(n)
        );
      else if (parameter["in"] === "query" && typeof parameter["name"] === "string")
        names.add(parameter["name"]);
    }
  }
  return [...names];
}
function surfaceOf(document) {
  if (!isRecord(document) || document["swagger"] !== "2.0" || !isRecord(document["paths"])) return void 0;
  const definitions = isRecord(document["definitions"]) ? document["definitions"] : {};
  const surface = /* @__PURE__ */ new Map();
  for (const [path9, item] of Object.entries(document["paths"])) {
    if (path9 === "/" || !isRecord(item)) continue;
    const methods = Object.keys(item).map((m) => m.toUpperCase()).filter((m) => METHOD_ORDER.includes(m)).sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
    const definition = definitions[path9.slice(1)];
    const columns = path9.startsWith("/rpc/") ? argumentsOf(item) : keysOf(isRecord(definition) ? definition["properties"] : void 0);
    surface.set(path9, { methods, columns });
  }
  return surface;
}
var minus = (a, b) => a.filter((x2) => !b.includes(x2));
function diffSurfaces(before, after) {
  const none = { methods: [], columns: [] };
  const paths = [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))];
  return paths.flatMap((path9) => {
    const old = before.get(path9);
    const now = after.get(path9);
    const a = old ?? none;
    const b = now ?? none;
    const change = {
      path: path9,
      change: !old ? "added" : !now ? "removed" : "changed",
      methodsAdded: minus(b.methods, a.methods),
      methodsRemoved: minus(a.methods, b.methods),
      columnsAdded: minus(b.columns, a.columns),
      columnsRemoved: minus(a.columns, b.columns)
    };
    const moved = [change.methodsAdded, change.methodsRemoved, change.columnsAdded, change.columnsRemoved];
    return old && now && moved.every((list3) => list3.length === 0) ? [] : [change];
  });
}
function isGrowth(change) {
  return change.methodsAdded.length > 0 || change.columnsAdded.length > 0;
}
var list2 = (names) => names.join(", ");
function describeChange(change) {
  if (change.change === "added") {
    return `+${list2(change.methodsAdded)} ${change.path}${change.columnsAdded.length > 0 ? ` (${list2(change.columnsAdded)})` : ""}`;
  }
  if (change.change === "removed") return `-${list2(change.methodsRemoved)} ${change.path}`;
  const parts = [
    ...change.methodsAdded.map((m) => `+${m}`),
    ...change.methodsRemoved.map((m) => `-${m}`),
    ...change.columnsAdded.length > 0 ? [`+columns (${list2(change.columnsAdded)})`] : [],
    ...change.columnsRemoved.length > 0 ? [`-columns (${list2(change.columnsRemoved)})`] : []
  ];
  return `${change.path}: ${parts.join(", ")}`;
}

// src/exposure/policy.ts
var EXPOSURE_POLICIES = [
  "report",
  "fail-on-anon-growth",
  "fail-on-any-growth"
];
var ANONYMOUS = "anonymous";
function exposureLines(result, only = () => true) {
  return result.roles.filter(only).flatMap((role) => role.changes.map((change) => ({ role: role.role, change: describeChange(change) })));
}
function judgeExposure(result, policy) {
  if (policy === "report") return void 0;
  const judged = (role) => policy === "fail-on-any-growth" || role.anonymous;
  const grown = result.roles.filter(judged).flatMap(
    (role) => role.changes.filter(isGrowth).map((change) => `${role.role}: ${describeChange(change)}`)
  );
  if (grown.length === 0) return void 0;
  return `the new revision exposes what production does not show ${policy === "fail-on-any-growth" ? "a role" : "the anonymous role"} (exposure_policy ${policy}): ${grown.join("; ")}`;
}

// src/exposure/run.ts
import { setTimeout as realSleep6 } from "node:timers/promises";
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path8 from "node:path";
var TRANSIENT = /* @__PURE__ */ new Set([502, 503, 504]);
var ATTEMPTS2 = 3;
function unreadable(status, text2) {
  let code;
  try {
    code = JSON.parse(text2)?.code;
  } catch {
    code = void 0;
  }
  const what = `HTTP ${String(status)}${typeof code === "string" ? ` ${code}` : ""}`;
  if (code === "PGRST126") return `${what}: OpenAPI is disabled (openapi-mode disabled)`;
  if (status === 200)
    return `${what} without an OpenAPI document (PostgREST v12 answers {} when openapi-mode is disabled)`;
  return what;
}
async function readRoot(baseUrl, headers, deps) {
  const transport = deps.transport ?? nodeTransport;
  const sleep = deps.sleep ?? realSleep6;
  const url = `${baseUrl.replace(/\/+$/, "")}/`;
  let last = "";
  for (let attempt = 1; attempt <= ATTEMPTS2; attempt++) {
    if (attempt > 1) await sleep(500 * attempt);
    try {
      const { status, text: text2 } = await transport(url, {
        method: "GET",
        headers: { accept: "application/openapi+json, application/json", ...headers },
        timeoutMs: 1e4
      });
      if (status === 200) {
        let document;
        try {
          document = JSON.parse(text2);
        } catch {
          document = void 0;
        }
        const surface = surfaceOf(document);
        return surface ? { surface } : { unreadable: unreadable(status, text2) };
      }
      last = unreadable(status, text2);
      if (!TRANSIENT.has(status)) break;
    } catch (error) {
      last = `no answer (${String(error.code ?? error)})`;
    }
  }
  return { unreadable: last };
}
async function compareRole(plan, role, deps) {
  const token = role === void 0 ? void 0 : await plan.tokens?.token(role);
  const headers = {
    ...token ? { authorization: `Bearer ${token}` } : {},
    ...plan.invokerToken ? { "x-serverless-authorization": `Bearer ${plan.invokerToken}` } : {}
  };
  const [now, before] = await Promise.all([
    readRoot(plan.newUrl, headers, deps),
    readRoot(plan.productionUrl, headers, deps)
  ]);
  const label = role ?? ANONYMOUS;
  const base = { role: label, anonymous: role === void 0 };
  if ("unreadable" in now)
    return { ...base, skipped: `the new revision's / answered ${now.unreadable}`, changes: [] };
  if ("unreadable" in before)
    return { ...base, skipped: `production's / answered ${before.unreadable}`, changes: [] };
  return { ...base, changes: diffSurfaces(before.surface, now.surface) };
}
async function compareExposure(plan, deps) {
  const roles = [void 0, ...plan.tokens?.roles ?? []];
  const compared = await Promise.all(roles.map((role) => compareRole(plan, role, deps)));
  for (const role of compared) {
    deps.log(
      role.skipped ? `${role.role}: not compared: ${role.skipped}` : `${role.role}: ${role.changes.length === 0 ? "sees the same as in production" : `${String(role.changes.length)} path(s) differ from production`}`
    );
  }
  return {
    newUrl: plan.newUrl,
    productionUrl: plan.productionUrl,
    roles: compared,
    changed: compared.some((role) => role.changes.length > 0)
  };
}
function writeExposureFile(result, context) {
  const directory = context.directory ?? tmpdir2();
  mkdirSync2(directory, { recursive: true });
  const file = path8.join(directory, `pgrst-exposure-${context.revision}.json`);
  writeFileSync2(
    file,
    `${JSON.stringify({ revision: context.revision, policy: context.policy, ...result }, null, 2)}
`
  );
  return file;
}

// src/config/deploy.ts
function parseDryRun(text2, source) {
  if (text2.trim().toLowerCase() === "validate") return "validate";
  try {
    return parseBoolean(text2, source) ? "offline" : false;
  } catch {
    throw new ConfigError(`${source} must be true, false or validate, not "${text2}"`);
  }
}
function parseExposurePolicy(text2, source) {
  const policy = EXPOSURE_POLICIES.find((p) => p === text2.trim());
  if (!policy) {
    throw new ConfigError(`${source} must be ${EXPOSURE_POLICIES.join(", ")}, not "${text2.trim()}"`);
  }
  return policy;
}
function parsePreviewAllow(text2, source) {
  const allowed = /* @__PURE__ */ new Set();
  for (const word of text2.split(/[\s,]+/).filter(Boolean)) {
    const allowance = PREVIEW_ALLOWANCES.find((a) => a === word);
    if (!allowance) {
      throw new ConfigError(
        `${source}: "${word}" is not something a preview can be allowed; use ${PREVIEW_ALLOWANCES.join(", ")}`
      );
    }
    allowed.add(allowance);
  }
  return allowed;
}
function parseTags(read, describe) {
  const previewTag = read("preview_tag").trim();
  const removeTag2 = read("remove_tag").trim();
  for (const [input, tag2] of [
    ["preview_tag", previewTag],
    ["remove_tag", removeTag2]
  ]) {
    if (tag2 && (!DNS_LABEL.test(tag2) || tag2.length > TAG_AND_SERVICE_MAX)) {
      throw new ConfigError(
        `${describe(input)}: "${tag2}" is not a tag: lower-case letters, digits and -, at most ${String(TAG_AND_SERVICE_MAX)}, such as pr-123`
      );
    }
  }
  if (previewTag && isRunTag(previewTag)) {
    throw new ConfigError(
      `${describe("preview_tag")}: "${previewTag}" has the form of a deploy's own tag (${RUN_TAG_PREFIX}...), which is reserved: name previews otherwise, such as pr-123`
    );
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
  return { previewTag, removeTag: removeTag2 };
}
function checkTarget(target, describe, purpose) {
  const { service, projectId, region } = target;
  for (const [input, value] of [
    ["service", service],
    ["project_id", projectId],
    ["region", region]
  ]) {
    if (!value) throw new ConfigError(`${describe(input)} is required to deploy${purpose}`);
  }
  if (!DNS_LABEL.test(service) || service.length > MAX_SERVICE_NAME) {
    throw new ConfigError(
      `${describe("service")}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most ${String(MAX_SERVICE_NAME)})`
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe("region")}: "${region}" is not a Cloud Run region such as europe-west1`
    );
  }
}
function parseMode(tags, service, read, describe) {
  const { previewTag, removeTag: removeTag2 } = tags;
  if (previewTag && (previewTag.length < TAG_MIN || previewTag.length + service.length > TAG_AND_SERVICE_MAX)) {
    throw new ConfigError(
      `${describe("preview_tag")}: "${previewTag}" and the service name "${service}" are ${String(previewTag.length + service.length)} characters together; Cloud Run allows a tag of at least ${String(TAG_MIN)} and ${String(TAG_AND_SERVICE_MAX)} for both (they form the tag URL's host name): shorten the tag`
    );
  }
  const allow = parsePreviewAllow(read("preview_allow"), describe("preview_allow"));
  if (allow.size > 0 && !previewTag) {
    throw new ConfigError(
      `${describe("preview_allow")} applies to previews only: set ${describe("preview_tag")}, or leave it empty`
    );
  }
  if (removeTag2) return { kind: "remove-tag", tag: removeTag2 };
  if (previewTag) return { kind: "preview", tag: previewTag, allow };
  return { kind: "deploy", promote: parseBoolean(read("promote"), describe("promote")) };
}
function parseRevisionSuffix(read, describe) {
  const revisionSuffix2 = read("revision_suffix").trim();
  if (revisionSuffix2 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix2)) {
    throw new ConfigError(
      `${describe("revision_suffix")}: "${revisionSuffix2}" may hold lower-case letters, digits and - only`
    );
  }
  return revisionSuffix2 ? { revisionSuffix: revisionSuffix2 } : {};
}
function parseSmokeConfig(read, describe) {
  if (!parseBoolean(read("smoke"), describe("smoke"))) return void 0;
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
    role,
    checks: read("smoke_checks"),
    checksSource: describe("smoke_checks"),
    ...jwtSecret ? { jwtSecret } : {},
    ...jwtSecretRef ? { jwtSecretRef } : {},
    ...aud ? { aud } : {},
    invokerAuth: parseBoolean(read("invoker_auth"), describe("invoker_auth")),
    timeoutMs: parseSeconds(read("smoke_timeout"), describe("smoke_timeout"), 1800)
  };
}
function parseDeployConfig(read, describe) {
  const target = {
    service: read("service").trim(),
    projectId: read("project_id").trim(),
    region: read("region").trim()
  };
  const dryRun = parseDryRun(read("dry_run"), describe("dry_run"));
  const keepRevisions = parseKeepRevisions(read("keep_revisions"), describe("keep_revisions"));
  const tags = parseTags(read, describe);
  if (!target.service && !tags.previewTag && !tags.removeTag) {
    return { mode: { kind: "none" }, ...target, waitTimeoutMs: 0, dryRun, keepRevisions };
  }
  checkTarget(target, describe, tags.previewTag ? " a preview" : tags.removeTag ? " (to remove a tag)" : "");
  const mode = parseMode(tags, target.service, read, describe);
  const base = {
    mode,
    ...target,
    waitTimeoutMs: parseSeconds(read("wait_timeout"), describe("wait_timeout"), 3600),
    dryRun,
    keepRevisions,
    ...parseRevisionSuffix(read, describe)
  };
  if (mode.kind === "remove-tag") return base;
  const smoke = parseSmokeConfig(read, describe);
  const exposurePolicy = parseExposurePolicy(read("exposure_policy"), describe("exposure_policy"));
  return { ...base, ...smoke ? { smoke } : {}, exposurePolicy };
}

// src/config/index.ts
function parsePipelineConfig(read, describe) {
  const postgrestVersion = parseVersionSetting(read("postgrest_version"), describe("postgrest_version"));
  const spec = read("spec");
  if (!spec) throw new ConfigError(`${describe("spec")} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read("vars")), describe("vars")),
      postgrestVersion,
      dbMaxConnections: parseDbMaxConnections(read("db_max_connections"), describe("db_max_connections"))
    },
    image: parseImageSource(read, describe, postgrestVersion),
    deploy: parseDeployConfig(read, describe),
    preflight: {
      enabled: parseBoolean(read("preflight"), describe("preflight")),
      certExpiryWarningDays: parseDays(
        read("cert_expiry_warning_days"),
        describe("cert_expiry_warning_days")
      )
    }
  };
}

export {
  ConfigError,
  isDnsLabel,
  MAX_SERVICE_NAME,
  loadCredentials,
  nodeTransport,
  checkEndpointOverrides,
  createApiClient,
  asRecord,
  recordOf,
  asList,
  asString,
  asInteger,
  field,
  SecretAccessError,
  secretManagerBaseUrl,
  secretVersionName,
  secretManagerApi,
  revisionSuffix,
  runTag,
  tidyRevisions,
  deleteUnreferenced,
  validateServerSide,
  planTagRemoval,
  planDeployText,
  promoteRevision,
  removeRunTag,
  removeTag,
  deployRevision,
  defaultDeployDependencies,
  exposureLines,
  judgeExposure,
  compareExposure,
  writeExposureFile,
  parsePostgrestVersion,
  isAtLeast,
  unsupportedVersion,
  missingRoleAnswer,
  MIN_JWT_SECRET_LENGTH,
  claimKeyGrammarFor,
  checkRoleClaimKey,
  parseLegacyClaimKey,
  defaultClaimKey,
  conninfoValue,
  conninfoUser,
  parseConninfo,
  isPostgrestImage,
  postgrestContainerIndex,
  readInteger,
  readBoolean,
  APP_SETTINGS_PREFIX,
  envName,
  settingDefault,
  lookupSetting,
  settingEnvNames,
  checkSettingValue,
  settingsDocs,
  parseVariables,
  parseVersionSetting,
  parseDbMaxConnections,
  parseImageName,
  ACTION_ROOT,
  actionDefaults,
  require_dist,
  describeBuild,
  defaultBuildDependencies,
  BUILD_CONTEXT_DIRECTORY,
  buildImage,
  provideImage,
  parseImageSource,
  resolveSpecPath,
  bundledSpecNotice,
  parsePipelineConfig
};
