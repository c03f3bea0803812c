import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  require_src
} from "./google-auth-library.js";
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
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
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
    var hasAnchor = (node) => (isScalar5(node) || isCollection2(node)) && !!node.anchor;
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
    exports.isScalar = isScalar5;
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
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path12);
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
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
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
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path12);
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
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
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
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
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
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
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
      tagString(tag3) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag3.startsWith(prefix))
            return handle + escapeTagName(tag3.substring(prefix.length));
        }
        return tag3[0] === "!" ? tag3 : `!<${tag3}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
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
    var visit2 = require_visit();
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
      visit2.visit(root, {
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
    var visit2 = require_visit();
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
          visit2.visit(doc, {
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
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i2 = path12.length - 1; i2 >= 0; --i2) {
        const k = path12[i2];
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
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
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
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
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
      deleteIn(path12) {
        const [key, ...rest] = path12;
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
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
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
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
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
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
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
        i2 = consumeMoreIndentedLines(text3, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text3[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text3[i2 + 1]) {
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
            i2 = consumeMoreIndentedLines(text3, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i2 + 1];
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
                ch = text3[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
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
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text3[++i2];
        } else {
          do {
            ch = text3[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text3[start];
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
                const code2 = json.substr(i2 + 2, 4);
                switch (code2) {
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
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
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
        const test = (tag3) => tag3.default && tag3.tag !== "tag:yaml.org,2002:str" && tag3.test?.test(str);
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
      const tag3 = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag3)
        props.push(doc.directives.tagString(tag3));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
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
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify3 = require_stringify();
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
      let str = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag3) => tag3.tag === merge.tag && tag3.default);
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
    var stringify3 = require_stringify();
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
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
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
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
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
        let str2 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
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
        let str = stringify3.stringify(item, itemCtx, () => comment = null);
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
    function stringifyNumber({ format, minFractionDigits, tag: tag3, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag3 || tag3 === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
        const [, year, month, day2, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day2, hour || 0, minute || 0, second || 0, millisec);
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
        for (const tag3 of customTags)
          tags = tags.concat(tag3);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag3) => {
        const tagObj = typeof tag3 === "string" ? tagsByName[tag3] : tag3;
        if (!tagObj) {
          const tagName = JSON.stringify(tag3);
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
    var stringify3 = require_stringify();
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
      const ctx = stringify3.createStringifyContext(doc, options);
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
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
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
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
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
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag: tag3 } = options ?? {};
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
        const node = createNode.createNode(value, tag3, ctx);
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
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
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
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
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
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
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
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
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
      constructor(name, pos, code2, message2) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLParseError", pos, code2, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLWarning", pos, code2, message2);
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
      let tag3 = null;
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
            if (anchor || tag3)
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
            if (tag3)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag3 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag3)
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
        tag: tag3,
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
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag3) {
      const NodeClass = tag3?.nodeClass ?? YAMLMap.YAMLMap;
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
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag3) {
      const NodeClass = tag3?.nodeClass ?? YAMLSeq.YAMLSeq;
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
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag3) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag3?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
    function resolveCollection(CN, ctx, token, onError, tagName, tag3) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag3) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag3) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag3);
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
      let tag3 = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag3) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag3 = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag3);
      const res = tag3.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag3?.format)
        node.format = tag3.format;
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
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
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
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
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
      let tag3;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag3 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag3 = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag3 = findScalarTagByTest(ctx, value, token, onError);
      else
        tag3 = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag3.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
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
      if (tag3.format)
        scalar.format = tag3.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag3 of schema.tags) {
        if (!tag3.collection && tag3.tag === tagName) {
          if (tag3.default && tag3.test)
            matchWithTest.push(tag3);
          else
            return tag3;
        }
      }
      for (const tag3 of matchWithTest)
        if (tag3.test?.test(value))
          return tag3;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag3 = schema.tags.find((tag4) => (tag4.default === true || atKey && tag4.default === "key") && tag4.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag4) => tag4.default && tag4.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag3.tag !== compat.tag) {
          const ts = directives.tagString(tag3.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag3;
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
      const { spaceBefore, comment, anchor, tag: tag3 } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag3)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag3, onError);
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
        onError(tag3 ?? token, "NON_STRING_KEY", msg);
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
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag: tag3, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag3, onError);
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
        this.onError = (source, code2, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message2));
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
        const _onError = (pos, code2, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message2);
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
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field3, index] of path12) {
        const tok = item?.[field3];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path12) => {
      const parent = visit2.itemAtPath(cst, path12.slice(0, -1));
      const field3 = path12[path12.length - 1][0];
      const coll = parent?.[field3];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field3 of ["key", "value"]) {
        const token = item[field3];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path12.concat([[field3, i2]])), token.items[i2], visitor);
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
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports.visit = visit2;
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
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
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
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
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
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
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
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
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
            if (this.flowKey || isEmpty2(next) || next === ",") {
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
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
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
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty2(ch)) {
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
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
          while (!isEmpty2(ch) && ch !== ">")
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
    function parseAllDocuments2(source, options = {}) {
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
    function parseDocument2(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
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
    function stringify3(value, replacer, options) {
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
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify3;
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
    var visit2 = require_visit();
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
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/defaults.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var ACTION_ROOT = fileURLToPath(new URL("..", import.meta.url));
var cached;
function actionDefaults() {
  if (!cached) {
    const action = (0, import_yaml.parse)(readFileSync(new URL("../action.yml", import.meta.url), "utf8"));
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

// src/config/spec-path.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function resolveSpecPath(spec, workspace, actionRoot, source) {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
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
  const relative2 = path.relative(root, target);
  return relative2 === "" || relative2 !== ".." && !relative2.startsWith(`..${path.sep}`) && !path.isAbsolute(relative2);
}
function bundledSpecNotice(spec, source) {
  return `${source} ${spec} is not in the repository's checkout, so the action's bundled example spec is used: this run checks and deploys that example, not a spec of yours. Run actions/checkout before this step, or point ${source} at your spec`;
}

// src/cloudrun/names.ts
var DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function isDnsLabel(text3, maxLength = 63) {
  return text3.length <= maxLength && DNS_LABEL.test(text3);
}
var MAX_SERVICE_NAME = 49;
var TAG_AND_SERVICE_MAX = 46;
var TAG_MIN = 3;

// src/gcp/auth.ts
var import_google_auth_library = __toESM(require_src(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
var SCOPE = "https://www.googleapis.com/auth/cloud-platform";
function loadCredentials(env2, mask) {
  const tokenFile = env2["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"];
  if (tokenFile) {
    let token;
    try {
      token = readFileSync2(tokenFile, "utf8").trim();
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
  const keyFilename = env2["GOOGLE_APPLICATION_CREDENTIALS"];
  const auth = new import_google_auth_library.GoogleAuth({ scopes: SCOPE, ...keyFilename ? { keyFilename } : {} });
  return {
    source: "application default credentials",
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
      file = JSON.parse(readFileSync2(keyFilename, "utf8"));
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
          const text3 = Buffer.concat(chunks).toString("utf8");
          resolve3({
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
              }
            },
            text: () => Promise.resolve(text3)
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
function checkEndpointOverrides(env2) {
  for (const api of ["run", "cloudbuild", "secretmanager"]) {
    apiBaseUrl(env2[`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api.toUpperCase()}`], `https://${api}.googleapis.com`);
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
      const outcome2 = await sendOnce(transport, call, retryable);
      if (outcome2.kind === "answered") return outcome2.response;
      lastFailure = outcome2.failure;
      if (attempt < attempts) await sleep(retryDelay(attempt, random, now, options.deadline));
      else if (outcome2.response) return outcome2.response;
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
    const code2 = transportCode(error);
    if (!retryable.codes.has(code2)) throw new ApiError(`${call.what} failed: ${code2}`, 0);
    return { kind: "retryable", failure: code2 };
  }
  const response = { status: answer.status, body: parseBody(answer.text) };
  if (!retryable.statuses.has(response.status)) return { kind: "answered", response };
  const message2 = apiErrorMessage(response.body);
  return {
    kind: "retryable",
    failure: `HTTP ${String(response.status)}${message2 ? `: ${message2}` : ""}`,
    response
  };
}
function parseBody(text3) {
  try {
    return text3 ? JSON.parse(text3) : void 0;
  } catch {
    return text3;
  }
}
function retryDelay(attempt, random, now, deadline) {
  const ceiling = Math.min(8e3, 500 * 2 ** (attempt - 1));
  const delay = Math.round(random() * ceiling);
  return deadline === void 0 ? delay : Math.min(delay, Math.max(0, deadline - now()));
}
function transportCode(error) {
  if (error instanceof Error) {
    const code2 = error.code;
    return typeof code2 === "string" ? code2 : error.message;
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
function field(value, ...path12) {
  let current = value;
  for (const segment of path12) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}

// src/gcp/secret-manager.ts
var SecretAccessError = class extends Error {
  constructor(message2, status) {
    super(message2);
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
  const message2 = apiErrorMessage(body) ?? `HTTP ${String(status)}`;
  if (UNCERTAIN_STATUSES.has(status))
    return { kind: "unknown", message: `HTTP ${String(status)}: ${message2}` };
  return { kind: "refused", status, message: message2 };
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
  const message2 = apiErrorMessage(reply) ?? `HTTP ${String(status)}`;
  if (status === 409) {
    const reason = reply?.error?.status;
    return { kind: reason === "ALREADY_EXISTS" ? "exists" : "stale", message: message2 };
  }
  if (UNCERTAIN_STATUSES.has(status)) {
    return { kind: "unknown", message: `${method} answered HTTP ${String(status)}: ${message2}` };
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
  const references2 = /* @__PURE__ */ new Map();
  for (const { label, container } of containersOf(template)) {
    for (const env2 of list(container["env"])) {
      const ref = recordOf(recordOf(env2["valueFrom"])["secretKeyRef"]);
      const name = asString(ref["name"]);
      if (name) {
        references2.set(
          `spec.template.spec.${label}.env[${asString(env2["name"]) ?? "?"}].valueFrom.secretKeyRef`,
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
    references2.set(
      `spec.template.spec.volumes[${asString(volume["name"]) ?? "?"}].secret`,
      `${name}${items ? ` (${items})` : ""}`
    );
  }
  return references2;
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
      const image2 = asString(container["image"]) ?? "";
      if (image2 === policy.image || ours.has(image2)) continue;
      problems.push(
        `spec.template.spec.${label}.image is "${image2}", which is neither the image this run ${policy.image ? `built or pinned (${policy.image})` : "deploys"} nor one production runs: a preview runs no other code under production's identity; ${allowHint("images")}`
      );
    }
  }
  return problems;
}

// src/deploy/service-state.ts
import { createHash } from "node:crypto";
var TEMPLATE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/template-sha256";
var SERVICE_DIGEST_ANNOTATION = "pgrst-cloudrun.github.io/service-sha256";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_, item) => item && typeof item === "object" && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a < b ? -1 : 1)) : item
  );
}
var sha256 = (value) => createHash("sha256").update(canonicalJson(value)).digest("hex");
function templateDigest(template) {
  const metadata = { ...recordOf(template["metadata"]) };
  delete metadata["name"];
  metadata["annotations"] = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION)
  );
  return sha256({ ...template, metadata });
}
function serviceSettingsDigest(metadata) {
  const annotations2 = Object.fromEntries(
    Object.entries(recordOf(metadata["annotations"])).filter(([key]) => key !== SERVICE_DIGEST_ANNOTATION)
  );
  return sha256({ labels: recordOf(metadata["labels"]), annotations: annotations2 });
}
function conditionOf(resource, type) {
  const conditions = recordOf(resource?.["status"])["conditions"];
  return Array.isArray(conditions) ? conditions.map(recordOf).find((c) => c["type"] === type) : void 0;
}
function readinessOf(resource, type = "Ready") {
  const condition = conditionOf(resource, type);
  const status = asString(condition?.["status"]);
  const reason = asString(condition?.["reason"]);
  const message2 = asString(condition?.["message"]);
  const observed = recordOf(resource?.["status"])["observedGeneration"];
  return {
    settled: observed !== void 0 && observed === recordOf(resource?.["metadata"])["generation"],
    ready: status === "True" || status === "False" ? status : "Unknown",
    ...reason ? { reason } : {},
    ...message2 ? { message: message2 } : {}
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
  const { traffic: traffic2, latestReady } = statusOf(service);
  return {
    spec: Array.isArray(spec["traffic"]) ? spec["traffic"] : void 0,
    status: traffic2,
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
function tagUrlOf(service, revision, tag3) {
  if (!tag3) return void 0;
  return statusOf(service).traffic.find((t) => t.tag === tag3 && t.revisionName === revision)?.url;
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
function isRunTag(tag3) {
  return tag3.startsWith(RUN_TAG_PREFIX);
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
  return `${RUN_TAG_PREFIX}${createHash("sha256").update(revision).digest("hex").slice(0, Math.min(room, 12))}`;
}

// src/deploy/tidy.ts
var MAX_DELETIONS_PER_RUN = 10;
var SERVICE_LABEL = "serving.knative.dev/service";
var GENERATION_LABEL = "serving.knative.dev/configurationGeneration";
function referencedRevisions(service) {
  const names2 = /* @__PURE__ */ new Set();
  const spec = recordOf(service["spec"]);
  const entries = [
    ...Array.isArray(spec["traffic"]) ? spec["traffic"] : [],
    ...statusOf(service).traffic
  ];
  for (const entry2 of entries) {
    const name = asString(recordOf(entry2)["revisionName"]);
    if (name) names2.add(name);
  }
  const { latestCreated, latestReady } = statusOf(service);
  for (const name of [latestCreated, latestReady, templateOf(service).revision]) if (name) names2.add(name);
  return names2;
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
var newestFirst = (a, b) => b.created - a.created || b.generation - a.generation;
function tidyCandidates(revisions, service, options) {
  if (options.keep <= 0) return [];
  const ordered = revisions.map((revision) => listed(revision, options.service)).filter((r) => r !== void 0 && !r.deleting).sort(newestFirst);
  const kept = /* @__PURE__ */ new Set([...referencedRevisions(service), ...options.protect ?? []]);
  return ordered.slice(options.keep).filter((r) => !kept.has(r.name)).reverse().slice(0, MAX_DELETIONS_PER_RUN).map((r) => r.name);
}
async function tidyRevisions(target, options, deps) {
  const name = target.service;
  if (options.keep <= 0) return { deleted: [], warnings: [] };
  let candidates;
  try {
    const revisions = await deps.api.listRevisions(name);
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
    let outcome2;
    try {
      outcome2 = await deleteIfUnreferenced(name, revision, deps);
    } catch (error) {
      warnings.push(`revision ${revision} not deleted: ${messageOf(error)}`);
      break;
    }
    if (outcome2 === "no-service") break;
    if (outcome2 === "referenced") {
      deps.log(`service ${name}: kept ${revision}: it serves or carries a tag now`);
      continue;
    }
    if (outcome2.kind === "deleted") deleted.push(revision);
    if (outcome2.kind === "gone") deps.log(`service ${name}: ${revision} was already deleted`);
    if (outcome2.kind === "refused" || outcome2.kind === "unknown") {
      warnings.push(refusal(revision, outcome2));
      if (outcome2.kind === "refused" && (outcome2.status === 401 || outcome2.status === 403)) break;
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
function refusal(revision, outcome2) {
  if (outcome2.kind === "unknown") {
    return `revision ${revision}: no answer to its deletion (${outcome2.message}); a later run tidies it if it is still there`;
  }
  const why = outcome2.status === 400 || outcome2.status === 409 ? "Cloud Run keeps it (it serves or is referenced)" : outcome2.status === 401 || outcome2.status === 403 ? "the account may not delete revisions (roles/run.developer has run.revisions.delete); set keep_revisions to 0 to stop tidying" : "Cloud Run refused";
  return `revision ${revision} not deleted: ${why} (HTTP ${String(outcome2.status)}: ${outcome2.message})`;
}
var messageOf = (error) => error instanceof Error ? error.message : String(error);

// src/deploy/traffic.ts
var entry = (revisionName, percent, tag3) => tag3 === void 0 ? { revisionName, percent } : { revisionName, percent, tag: tag3 };
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
function withoutTag(traffic2, tag3, revision) {
  return traffic2.flatMap((target) => {
    if (target.tag !== tag3) return [target];
    if (revision !== void 0 && target.revisionName !== revision) return [target];
    if ((target.percent ?? 0) === 0) return [];
    return [Object.fromEntries(Object.entries(target).filter(([key]) => key !== "tag"))];
  });
}
function noTrafficDeploy(current, revision, tag3) {
  if (!current) return tag3 ? [entry(revision, 100), entry(revision, 0, tag3)] : [entry(revision, 100)];
  const kept = tag3 ? withoutTag(pinTraffic(current), tag3) : pinTraffic(current);
  return tag3 ? [...kept, entry(revision, 0, tag3)] : kept;
}
function promote(current, revision) {
  const tagged2 = pinTraffic(current).filter((target) => target.tag !== void 0).map((target) => entry(target.revisionName ?? revision, 0, target.tag));
  return [entry(revision, 100), ...tagged2];
}
function sameTraffic(a, b) {
  const key = (traffic2) => (traffic2 ?? [{ latestRevision: true, percent: 100 }]).map(
    (t) => JSON.stringify([t.revisionName ?? "", t.latestRevision === true, t.percent ?? 0, t.tag ?? ""])
  ).sort().join("\n");
  return key(a) === key(b);
}
function allocationOf(traffic2) {
  const shares = /* @__PURE__ */ new Map();
  for (const target of traffic2) {
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
  let outcome2;
  if (!existing) {
    outcome2 = await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const { resourceVersion } = statusOf(existing);
    outcome2 = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...resourceVersion ? { resourceVersion } : {} } },
      { dryRun: true }
    );
  }
  if (outcome2.kind !== "done") {
    throw new DeployError(
      `the server-side validation of service ${target.service} got no verdict (${outcome2.message}): run it again`
    );
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}
async function planTagRemoval(target, tag3, deps, deleteRevision2 = false) {
  const current = await deps.api.getService(target.service);
  if (!current) return `service ${target.service} does not exist: nothing to remove`;
  const entries = (currentTraffic(current).spec ?? []).filter((t) => t.tag === tag3);
  if (entries.length === 0) return `service ${target.service} has no tag ${tag3}: nothing would be sent`;
  const put = `would PUT service ${target.service} without tag ${tag3} (on ${entries.map((t) => t.revisionName ?? "the latest revision").join(", ")}); every other entry and tag kept`;
  if (!deleteRevision2) return put;
  const orphans = orphanedBy(current, tag3);
  return orphans.length > 0 ? `${put}; then would DELETE revision ${orphans.join(", ")} (nothing else references it)` : `${put}; no revision would be deleted (the tag's revision is still referenced)`;
}
function orphanedBy(service, tag3) {
  const status = recordOf(service["status"]);
  const spec = recordOf(service["spec"]);
  const traffic2 = (value) => Array.isArray(value) ? value : [];
  const carried = [...traffic2(spec["traffic"]), ...traffic2(status["traffic"])].filter((t) => t.tag === tag3 && t.revisionName).map((t) => t.revisionName ?? "");
  const after = {
    ...service,
    spec: { ...spec, traffic: withoutTag(traffic2(spec["traffic"]), tag3) },
    status: { ...status, traffic: withoutTag(traffic2(status["traffic"]), tag3) }
  };
  const referenced = referencedRevisions(after);
  return [...new Set(carried)].filter((name) => !referenced.has(name));
}
function planDeployText(plan2) {
  const { target, revision, tag: tag3 } = plan2;
  const base = `namespaces/${target.projectId}/services/${target.service}`;
  const calls = [
    ...plan2.readsBefore ?? [],
    `GET ${base}`,
    `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag3} (existing entries and tags kept)`,
    `GET ${base} until ${revision} is Ready`,
    ...plan2.smoke ? [`smoke test the URL of tag ${tag3}`, ...plan2.readsAfterSmoke ?? []] : [],
    ...plan2.promote ? [
      `PUT ${base}: 100 % to ${revision}, tag ${tag3} removed (only if the traffic is still as this run left it)`
    ] : [],
    ...plan2.keepRevisions ? [
      `GET namespaces/${target.projectId}/revisions?labelSelector=serving.knative.dev/service=${target.service}`,
      `DELETE namespaces/${target.projectId}/revisions/...: at most ${String(MAX_DELETIONS_PER_RUN)} of the oldest beyond the newest ${String(plan2.keepRevisions)}, each only if a fresh GET ${base} shows no traffic entry or tag on it`
    ] : []
  ];
  return [
    plan2.validate ? "dry run: nothing changes; the service is read and Cloud Run validates the spec (?dryRun=all)" : "dry run: nothing is sent",
    "calls:",
    ...calls.map((call) => `  ${call}`),
    "rendered service:",
    JSON.stringify(plan2.service, null, 2)
  ].join("\n");
}

// src/deploy/write.ts
var WRITE_ATTEMPTS = 4;
var withoutStatus = (service) => Object.fromEntries(Object.entries(service).filter(([key]) => key !== "status"));
async function replaceSettled(name, first, plan2, deps) {
  let current = first;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    const planned = plan2(current);
    if (!planned.body) return { result: planned.result, sent: false, service: current };
    const resourceVersion = statusOf(current).resourceVersion;
    const body = {
      ...planned.body,
      metadata: { ...recordOf(planned.body["metadata"]), ...resourceVersion ? { resourceVersion } : {} }
    };
    const outcome2 = await deps.api.replaceService(name, body);
    if (outcome2.kind === "done") return { result: planned.result, sent: true, service: outcome2.service };
    const fresh = await deps.api.getService(name);
    if (!fresh) throw new DeployError(`service ${name} was deleted while this run was changing it`);
    if (await planned.landed(fresh)) {
      deps.log(
        `service ${name}: the write's answer was lost (${outcome2.message}), but the service shows it applied`
      );
      return { result: planned.result, sent: true, service: fresh };
    }
    if (outcome2.kind === "exists") {
      throw new DeployError(
        `service ${name}: Cloud Run refused the write as a name collision (ALREADY_EXISTS: ${outcome2.message}): the pinned revision name is taken by another revision; set another revision_suffix, or let the action derive one`
      );
    }
    deps.log(
      outcome2.kind === "stale" ? `service ${name} was changed by someone else meanwhile (HTTP 409): reading it again` : `service ${name}: no answer to the write (${outcome2.message}), and it did not apply: sending it again`
    );
    current = fresh;
  }
  throw new DeployError(
    `service ${name} kept changing under this run (${String(WRITE_ATTEMPTS)} attempts, each answered HTTP 409 or lost): re-run when the other deploy is done`
  );
}

// src/deploy/wait.ts
import { setTimeout as realSleep2 } from "node:timers/promises";
var POLL_CAP_MS = 1e3;
var REQUEST_SPACING_MS = 250;
var nextDelay = (delay) => Math.min(POLL_CAP_MS, Math.round(delay * 1.25));
function pollSchedule(timeoutMs, deps) {
  const sleep = deps.sleep ?? realSleep2;
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  return {
    sleep,
    now,
    next: async () => {
      await sleep(Math.min(delay, Math.max(0, deadline - now())));
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
async function waitForRevision(name, revision, tag3, timeoutMs, deps) {
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
    if (state?.ready === "True" && (!tag3 || tagUrlOf(service, revision, tag3))) return service;
    if (state?.ready === "False") {
      throw new DeployError(
        latest ? await spaced(() => notReadyMessage(name, revision, state, deps)) : `revision ${revision} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}`
      );
    }
    if (polls.expired()) {
      const seen = state ?? serviceState;
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1e3))} s (Ready=${seen.ready}${seen.message ? `: ${seen.message}` : ""}${state?.ready === "True" && tag3 ? `; tag ${tag3} not routed yet` : ""}); revision ${revision}; raise wait_timeout or check the revision's logs`
      );
    }
  }
}
async function notReadyMessage(name, revision, state, deps) {
  const own = readinessOf(await deps.api.getRevision(revision));
  const detail = own.ready === "Unknown" && !own.message ? "" : `; revision ${revision} Ready=${own.ready}${own.reason ? ` (${own.reason})` : ""}: ${own.message ?? "no message"}`;
  return `service ${name} is not ready: ${state.reason ?? "Ready=False"}: ${state.message ?? "no message"}${detail}`;
}
async function waitForRoutes(name, generation, timeoutMs, deps) {
  const polls = pollSchedule(timeoutMs, deps);
  for (; ; ) {
    await polls.next();
    const service = await deps.api.getService(name);
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
  const { revision, tag: tag3 } = deployed;
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
      const traffic2 = tag3 ? withoutTag(promoted, tag3, revision) : promoted;
      const unchanged = sameTraffic(currentTraffic(current).spec, traffic2);
      return {
        ...unchanged ? {} : { body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic: traffic2 } } },
        landed: (fresh) => sameAllocation(allocationOf(pinTraffic(currentTraffic(fresh))), goal) && !(tag3 && (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag3 && t.revisionName === revision)),
        result: void 0
      };
    },
    deps
  );
  if (!sent) {
    deps.log(`service ${name}: ${revision} already serves 100 %`);
    return { changed: false, serviceUrl: statusOf(service).url };
  }
  const settled = await waitForRoutes(name, statusOf(service).generation, target.waitTimeoutMs, deps);
  deps.log(`service ${name}: 100 % of traffic on ${revision}${tag3 ? `; tag ${tag3} removed` : ""}`);
  return { changed: true, serviceUrl: statusOf(settled).url };
}
async function removeRunTag(target, tag3, revision, deps) {
  const { changed } = await changeTags(target, tag3, revision, deps);
  return { changed };
}
async function removeTag(target, tag3, deps) {
  const { changed, revisions } = await changeTags(target, tag3, void 0, deps);
  deps.log(
    changed ? `service ${target.service}: tag ${tag3} removed` : `service ${target.service}: no tag ${tag3} to remove`
  );
  return { changed, revisions };
}
function tagged(service, tag3) {
  const { spec, status } = currentTraffic(service);
  const names2 = [...spec ?? [], ...status].filter((t) => t.tag === tag3).map((t) => t.revisionName ?? status.find((s) => s.tag === tag3)?.revisionName);
  return [...new Set(names2.filter((name) => name !== void 0))];
}
async function changeTags(target, tag3, revision, deps) {
  const name = target.service;
  const first = await deps.api.getService(name);
  if (!first) return { changed: false, revisions: [] };
  const carries = (service) => (currentTraffic(service).spec ?? []).some(
    (t) => t.tag === tag3 && (revision === void 0 || t.revisionName === revision)
  );
  const { sent, result } = await replaceSettled(
    name,
    first,
    (current) => {
      if (!carries(current)) return { landed: () => true, result: [] };
      const traffic2 = withoutTag(currentTraffic(current).spec ?? [], tag3, revision);
      return {
        body: { ...withoutStatus(current), spec: { ...recordOf(current["spec"]), traffic: traffic2 } },
        landed: (fresh) => !carries(fresh),
        result: revision === void 0 ? tagged(current, tag3) : [revision]
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
  const settings2 = serviceSettingsDigest(specMetadata);
  return {
    name,
    revision,
    digest,
    template,
    pinned: pinTemplate(template, revision, digest),
    ownMetadata: {
      ...Object.fromEntries(Object.entries(specMetadata).filter(([key]) => key !== "resourceVersion")),
      namespace: target.projectId,
      annotations: { ...recordOf(specMetadata["annotations"]), [SERVICE_DIGEST_ANNOTATION]: settings2 }
    },
    settings: settings2,
    tag: options.tag,
    preview: options.preview
  };
}
async function deployRevision(service, target, options, deps) {
  const desired = desiredService(service, target, options);
  const { name, revision, tag: tag3, preview } = desired;
  let existing = await (options.existing ?? deps.api.getService(name));
  if (!existing && preview) {
    throw new DeployError(
      `service ${name} does not exist: a preview is deployed beside production, never in its place; deploy the service first (without preview_tag)`
    );
  }
  if (!existing) {
    const traffic2 = noTrafficDeploy(void 0, revision, tag3);
    const created = await createService(
      { ...service, metadata: desired.ownMetadata, spec: { template: desired.pinned, traffic: traffic2 } },
      desired,
      deps
    );
    if (created === "created") {
      const facts = { changed: true, created: true, tagged: tag3 !== void 0, left: allocationOf(traffic2) };
      return settleRevision(target, revision, tag3, deps, facts);
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
  const { name, tag: tag3 } = desired;
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
    const smokeUrl = result.via === "service" ? status.url : tagUrlOf(existing, result.revision, tag3);
    return {
      revision: result.revision,
      serviceUrl: status.url,
      ...tag3 && result.via === "tag" && smokeUrl ? { tagUrl: smokeUrl } : {},
      ...smokeUrl ? { smokeUrl } : {},
      changed: false,
      created: false,
      left: allocationOf(pinTraffic(currentTraffic(existing))),
      service: existing
    };
  }
  deps.log(
    result.changed ? `service ${name}: ${result.newRevision ? `revision ${result.revision} deployed` : "settings changed"} with no traffic${tag3 ? `, tag ${tag3}` : ""}` : `service ${name}: tag ${tag3 ?? ""} put on revision ${result.revision} (template and settings unchanged)`
  );
  const facts = { changed: result.changed, created: false, tagged: tag3 !== void 0, left: result.left };
  return settleRevision(target, result.revision, tag3, deps, facts);
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
    const outcome2 = await deps.api.createService(body);
    if (outcome2.kind === "done") return "created";
    const fresh = await deps.api.getService(name);
    if (fresh && (templateOf(fresh).revision === revision || await revisionExists(revision, digest, deps))) {
      deps.log(
        `service ${name}: the create's answer was lost (${outcome2.message}), but the service exists with ${revision}`
      );
      return "created";
    }
    if (fresh) {
      deps.log(`service ${name} was created by someone else meanwhile: deploying onto it`);
      return fresh;
    }
    deps.log(
      `service ${name}: no answer to the create (${outcome2.message}), and it does not exist: sending it again`
    );
  }
  throw new DeployError(
    `service ${name} could not be created: ${String(WRITE_ATTEMPTS)} attempts went unanswered`
  );
}
function planDeploy(current, desired, deps) {
  const { revision, digest, pinned, ownMetadata, settings: settings2, tag: tag3, preview } = desired;
  const now = templateOf(current);
  const reuse = now.digest === digest && now.revision !== void 0 && statusOf(current).latestReady === now.revision;
  const deployed = reuse && now.revision ? now.revision : revision;
  const sameSettings = preview !== void 0 || asString(recordOf(recordOf(current["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings2;
  const traffic2 = noTrafficDeploy(currentTraffic(current), deployed, tag3);
  const left = allocationOf(traffic2);
  const result = { revision: deployed, newRevision: !reuse, changed: !reuse || !sameSettings, left };
  if (reuse && sameSettings) {
    const serving = allocationOf(pinTraffic(currentTraffic(current)));
    if (!preview && sameAllocation(serving, /* @__PURE__ */ new Map([[deployed, 100]]))) {
      return { landed: () => true, result: { ...result, via: "service", left: serving } };
    }
    if (preview && sameTraffic(currentTraffic(current).spec, traffic2)) {
      return { landed: () => true, result: { ...result, via: "tag", left: serving } };
    }
  }
  const metadata = preview ? recordOf(current["metadata"]) : ownMetadata;
  const body = {
    apiVersion: "serving.knative.dev/v1",
    kind: "Service",
    metadata,
    spec: { template: reuse ? now.template : pinned, traffic: traffic2 }
  };
  const landed = async (fresh) => {
    const tagged2 = tag3 === void 0 || (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag3 && t.revisionName === deployed);
    if (!tagged2) return false;
    if (reuse) {
      return preview !== void 0 || asString(recordOf(recordOf(fresh["metadata"])["annotations"])[SERVICE_DIGEST_ANNOTATION]) === settings2;
    }
    return templateOf(fresh).revision === revision || revisionExists(revision, digest, deps);
  };
  return { body, landed, result: { ...result, via: "tag" } };
}
async function settleRevision(target, revision, tag3, deps, facts) {
  let ready;
  try {
    ready = await waitForRevision(target.service, revision, tag3, target.waitTimeoutMs, deps);
  } catch (error) {
    if (!(error instanceof DeployError) || !facts.tagged || !tag3) throw error;
    const cleanup = await removeTagSafely(target, tag3, revision, deps);
    throw new DeployError(`${error.message}; ${cleanup}`);
  }
  const { url } = statusOf(ready);
  const tagUrl = tagUrlOf(ready, revision, tag3);
  return {
    revision,
    serviceUrl: url,
    ...tagUrl ? { tagUrl, smokeUrl: tagUrl } : {},
    changed: facts.changed,
    created: facts.created,
    ...facts.tagged && tag3 ? { tag: tag3 } : {},
    left: facts.left,
    service: ready
  };
}
async function removeTagSafely(target, tag3, revision, deps) {
  try {
    const { changed } = await removeRunTag(target, tag3, revision, deps);
    return changed ? `tag ${tag3} removed from the failed revision ${revision}; traffic is as it was` : `traffic is as it was (tag ${tag3} was already gone)`;
  } catch (error) {
    return `and removing tag ${tag3} from ${revision} failed too: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// src/deploy/index.ts
function defaultDeployDependencies(target, env2, accessToken, log, budgetMs, now = Date.now) {
  const request = createApiClient({ accessToken, deadline: now() + budgetMs, now });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env2["CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN"]),
    target.projectId
  );
  return { api, log };
}

// src/exposure/diff.ts
var METHOD_ORDER = ["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE"];
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var keysOf = (value) => isRecord(value) ? Object.keys(value) : [];
function argumentsOf(item) {
  const names2 = /* @__PURE__ */ new Set();
  for (const operation of Object.values(item)) {
    const parameters = isRecord(operation) && Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
    for (const parameter of parameters) {
      if (!isRecord(parameter)) continue;
      if (parameter["in"] === "body")
        keysOf(isRecord(parameter["schema"]) ? parameter["schema"]["properties"] : {}).forEach(
          (n) => names2.add(n)
        );
      else if (parameter["in"] === "query" && typeof parameter["name"] === "string")
        names2.add(parameter["name"]);
    }
  }
  return [...names2];
}
function surfaceOf(document) {
  if (!isRecord(document) || document["swagger"] !== "2.0" || !isRecord(document["paths"])) return void 0;
  const definitions = isRecord(document["definitions"]) ? document["definitions"] : {};
  const surface = /* @__PURE__ */ new Map();
  for (const [path12, item] of Object.entries(document["paths"])) {
    if (path12 === "/" || !isRecord(item)) continue;
    const methods = Object.keys(item).map((m) => m.toUpperCase()).filter((m) => METHOD_ORDER.includes(m)).sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
    const definition = definitions[path12.slice(1)];
    const columns = path12.startsWith("/rpc/") ? argumentsOf(item) : keysOf(isRecord(definition) ? definition["properties"] : void 0);
    surface.set(path12, { methods, columns });
  }
  return surface;
}
var minus = (a, b) => a.filter((x2) => !b.includes(x2));
function diffSurfaces(before, after) {
  const none2 = { methods: [], columns: [] };
  const paths = [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))];
  return paths.flatMap((path12) => {
    const old = before.get(path12);
    const now = after.get(path12);
    const a = old ?? none2;
    const b = now ?? none2;
    const change = {
      path: path12,
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
var list2 = (names2) => names2.join(", ");
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
import { setTimeout as realSleep3 } from "node:timers/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
var TRANSIENT = /* @__PURE__ */ new Set([502, 503, 504]);
var ATTEMPTS = 3;
function unreadable(status, text3) {
  let code2;
  try {
    code2 = JSON.parse(text3)?.code;
  } catch {
    code2 = void 0;
  }
  const what = `HTTP ${String(status)}${typeof code2 === "string" ? ` ${code2}` : ""}`;
  if (code2 === "PGRST126") return `${what}: OpenAPI is disabled (openapi-mode disabled)`;
  if (status === 200)
    return `${what} without an OpenAPI document (PostgREST v12 answers {} when openapi-mode is disabled)`;
  return what;
}
async function readRoot(baseUrl, headers, deps) {
  const transport = deps.transport ?? nodeTransport;
  const sleep = deps.sleep ?? realSleep3;
  const url = `${baseUrl.replace(/\/+$/, "")}/`;
  let last = "";
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) await sleep(500 * attempt);
    try {
      const { status, text: text3 } = await transport(url, {
        method: "GET",
        headers: { accept: "application/openapi+json, application/json", ...headers },
        timeoutMs: 1e4
      });
      if (status === 200) {
        let document;
        try {
          document = JSON.parse(text3);
        } catch {
          document = void 0;
        }
        const surface = surfaceOf(document);
        return surface ? { surface } : { unreadable: unreadable(status, text3) };
      }
      last = unreadable(status, text3);
      if (!TRANSIENT.has(status)) break;
    } catch (error) {
      last = `no answer (${String(error.code ?? error)})`;
    }
  }
  return { unreadable: last };
}
async function compareRole(plan2, role, deps) {
  const token = role === void 0 ? void 0 : await plan2.tokens?.token(role);
  const headers = {
    ...token ? { authorization: `Bearer ${token}` } : {},
    ...plan2.invokerToken ? { "x-serverless-authorization": `Bearer ${plan2.invokerToken}` } : {}
  };
  const [now, before] = await Promise.all([
    readRoot(plan2.newUrl, headers, deps),
    readRoot(plan2.productionUrl, headers, deps)
  ]);
  const label = role ?? ANONYMOUS;
  const base = { role: label, anonymous: role === void 0 };
  if ("unreadable" in now)
    return { ...base, skipped: `the new revision's / answered ${now.unreadable}`, changes: [] };
  if ("unreadable" in before)
    return { ...base, skipped: `production's / answered ${before.unreadable}`, changes: [] };
  return { ...base, changes: diffSurfaces(before.surface, now.surface) };
}
async function compareExposure(plan2, deps) {
  const roles = [void 0, ...plan2.tokens?.roles ?? []];
  const compared = await Promise.all(roles.map((role) => compareRole(plan2, role, deps)));
  for (const role of compared) {
    deps.log(
      role.skipped ? `${role.role}: not compared: ${role.skipped}` : `${role.role}: ${role.changes.length === 0 ? "sees the same as in production" : `${String(role.changes.length)} path(s) differ from production`}`
    );
  }
  return {
    newUrl: plan2.newUrl,
    productionUrl: plan2.productionUrl,
    roles: compared,
    changed: compared.some((role) => role.changes.length > 0)
  };
}
function writeExposureFile(result, context) {
  const directory = context.directory ?? tmpdir();
  mkdirSync(directory, { recursive: true });
  const file = path2.join(directory, `pgrst-exposure-${context.revision}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ revision: context.revision, policy: context.policy, ...result }, null, 2)}
`
  );
  return file;
}

// src/postgrest/version.ts
function parsePostgrestVersion(text3) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text3.trim());
  if (!match) return void 0;
  const [, major = "0", minor = "0", patch = "0"] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    tag: `v${text3.trim().replace(/^v/, "")}`
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
  constructor(message2, offset) {
    super(message2);
    this.offset = offset;
  }
  offset;
};
function fail(cursor, message2) {
  throw new ParseError(message2, cursor.at);
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
  const { text: text3 } = cursor;
  if (peek(cursor) === '"') {
    const close = text3.indexOf('"', cursor.at + 1);
    if (close < 0) fail(cursor, 'unterminated quoted key: add the closing "');
    const name = text3.slice(cursor.at + 1, close);
    cursor.at = close + 1;
    return name;
  }
  const start = cursor.at;
  while (cursor.at < text3.length && /[\p{L}\p{N}_$@]/u.test(peek(cursor))) cursor.at++;
  if (cursor.at === start)
    fail(cursor, `expected a key name (letters, digits, _ $ @) or a "quoted key" after "."`);
  return text3.slice(start, cursor.at);
}
function readLegacyIndex(cursor) {
  const match = /^\[(\d+)\]/.exec(cursor.text.slice(cursor.at));
  if (!match?.[1]) return fail(cursor, "expected an array index like [0]");
  cursor.at += match[0].length;
  return Number(match[1]);
}
function readLegacyFilter(cursor) {
  const { text: text3 } = cursor;
  cursor.at += 3;
  if (peek(cursor) !== "@") fail(cursor, 'a filter starts with @: [?(@ == "value")]');
  cursor.at++;
  while (peek(cursor) === " ") cursor.at++;
  const operator = ["==^", "==", "!=", "^==", "*=="].find((op) => lookingAt(cursor, op));
  if (!operator) return fail(cursor, "expected one of the filter operators ==, !=, ^==, ==^, *==");
  cursor.at += operator.length;
  while (peek(cursor) === " ") cursor.at++;
  if (peek(cursor) !== '"') fail(cursor, 'the filter value must be a "quoted string"');
  const close = text3.indexOf('"', cursor.at + 1);
  if (close < 0) fail(cursor, 'unterminated filter value: add the closing "');
  const operand = text3.slice(cursor.at + 1, close);
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
  const names2 = dotted.slice(1).split(".");
  if (names2.some((n) => n === "")) return void 0;
  return toJsonPath(names2.map((name) => ({ kind: "key", name })));
}
function parseJsonPath(path12) {
  const cursor = { text: path12, at: 0 };
  try {
    if (path12[0] !== "$") fail(cursor, "an RFC 9535 JSONPath starts with $");
    cursor.at = 1;
    readSegments(cursor, false);
    if (cursor.at < path12.length) fail(cursor, "unexpected character");
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
function parseConninfo(text3) {
  return /^postgres(?:ql)?:\/\//.test(text3) ? parseUri(text3) : parseKeywordValue(text3);
}
function parseKeywordValue(text3) {
  const parameters = [];
  let i2 = 0;
  const skipSpace2 = () => {
    while (/\s/.test(text3[i2] ?? "")) i2++;
  };
  for (; ; ) {
    skipSpace2();
    if (i2 >= text3.length) break;
    const start = i2;
    while (i2 < text3.length && !/[\s=]/.test(text3[i2] ?? "")) i2++;
    const keyword = text3.slice(start, i2);
    skipSpace2();
    if (text3[i2] !== "=") {
      throw new Error(
        `missing "=" after the word at character ${String(start + 1)} of the connection string (a value with a space must be quoted: '...')`
      );
    }
    i2++;
    skipSpace2();
    let value = "";
    if (text3[i2] === "'") {
      i2++;
      while (i2 < text3.length && text3[i2] !== "'") {
        if (text3[i2] === "\\") i2++;
        value += text3[i2] ?? "";
        i2++;
      }
      if (text3[i2] !== "'") {
        throw new Error(
          `unterminated quoted value for the parameter at character ${String(start + 1)} of the connection string`
        );
      }
      i2++;
    } else {
      while (i2 < text3.length && !/\s/.test(text3[i2] ?? "")) {
        if (text3[i2] === "\\") i2++;
        value += text3[i2] ?? "";
        i2++;
      }
    }
    parameters.push({ keyword, value, source: text3.slice(start, i2) });
  }
  const password = parameters.findLast((p) => p.keyword === "password");
  return {
    form: "keyword-value",
    parameters,
    hasPassword: password !== void 0 && password.value !== "",
    ...password ? { passwordSource: password.source } : {}
  };
}
function parseUri(text3) {
  const afterScheme = text3.replace(/^postgres(?:ql)?:\/\//, "");
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
function decode(text3, where) {
  try {
    return decodeURIComponent(text3);
  } catch {
    throw new Error(`invalid percent-encoding in ${where} of the connection string (write % as %25)`);
  }
}

// src/postgrest/container.ts
function isPostgrestImage(image2) {
  if (!image2) return false;
  const withoutDigest = image2.replace(/@.*$/, "");
  const lastSlash = withoutDigest.lastIndexOf("/");
  const repository = withoutDigest.slice(lastSlash + 1).replace(/:.*$/, "");
  return repository.toLowerCase() === "postgrest";
}
var configuresPostgrest = (facts) => facts.env.some((name) => name.startsWith("PGRST_")) || isPostgrestImage(facts.image);
function postgrestContainerIndex(containers2) {
  if (!containers2.some(configuresPostgrest)) return void 0;
  const candidates = containers2.flatMap(
    (facts, index) => configuresPostgrest(facts) || facts.runsActionImage ? [index] : []
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((index) => containers2[index]?.env.includes("PGRST_DB_URI")) ?? candidates[0];
}

// src/postgrest/settings.ts
var HASKELL_INTEGER = /^\s*(-?)\s*(\d+|0[xX][0-9a-fA-F]+|0[oO][0-7]+)\s*$/;
function readInteger(value) {
  const match = HASKELL_INTEGER.exec(value);
  if (!match) return void 0;
  const [, sign2 = "", digits = ""] = match;
  const magnitude = /^0[oO]/.test(digits) ? parseInt(digits.slice(2), 8) : Number(digits);
  return sign2 === "-" ? -magnitude : magnitude;
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
function tag(text3) {
  const version = parsePostgrestVersion(text3);
  if (!version) throw new Error(`internal error: ${text3} is not a release`);
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
function lookupSetting(env2, version) {
  if (env2.startsWith(APP_SETTINGS_PREFIX) && env2.length > APP_SETTINGS_PREFIX.length)
    return { kind: "app-setting" };
  const entry2 = BY_ENV.get(env2);
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
function variableLines(text3) {
  return text3.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseVersionSetting(text3, source) {
  const version = parsePostgrestVersion(text3);
  if (!version) {
    throw new ConfigError(
      `${source}: "${text3}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`
    );
  }
  const unsupported2 = unsupportedVersion(version);
  if (unsupported2) throw new ConfigError(`${source}: ${unsupported2}`);
  return version;
}
function parseDbMaxConnections(text3, source) {
  const value = text3.trim();
  if (value === "") return void 0;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new ConfigError(
      `${source} must be a whole number of connections (1 or more), such as the database's max_connections, not "${text3}"`
    );
  }
  return Number(value);
}
function parseDays(text3, source) {
  const value = text3.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`${source} must be a whole number of days (0 or more), such as 30, not "${text3}"`);
  }
  return Number(value);
}
var CLOUD_RUN_REVISIONS_PER_SERVICE = 1e3;
function parseKeepRevisions(text3, source) {
  const value = text3.trim();
  if (!/^\d+$/.test(value) || Number(value) > CLOUD_RUN_REVISIONS_PER_SERVICE) {
    throw new ConfigError(
      `${source} must be a whole number of revisions from 0 (never delete any) to ${String(CLOUD_RUN_REVISIONS_PER_SERVICE)} (Cloud Run's own cap per service), such as 20, not "${text3}"`
    );
  }
  return Number(value);
}
function parseBoolean(text3, source) {
  const value = text3.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0", ""].includes(value)) return false;
  throw new ConfigError(`${source} must be true or false, not "${text3}"`);
}
function parseSeconds(text3, source, max) {
  if (!/^\d+$/.test(text3.trim()) || Number(text3) < 1 || Number(text3) > max) {
    throw new ConfigError(`${source} must be a number of seconds from 1 to ${String(max)}, not "${text3}"`);
  }
  return Number(text3) * 1e3;
}

// src/config/deploy.ts
function parseDryRun(text3, source) {
  if (text3.trim().toLowerCase() === "validate") return "validate";
  try {
    return parseBoolean(text3, source) ? "offline" : false;
  } catch {
    throw new ConfigError(`${source} must be true, false or validate, not "${text3}"`);
  }
}
function parseExposurePolicy(text3, source) {
  const policy = EXPOSURE_POLICIES.find((p) => p === text3.trim());
  if (!policy) {
    throw new ConfigError(`${source} must be ${EXPOSURE_POLICIES.join(", ")}, not "${text3.trim()}"`);
  }
  return policy;
}
function parsePreviewAllow(text3, source) {
  const allowed = /* @__PURE__ */ new Set();
  for (const word of text3.split(/[\s,]+/).filter(Boolean)) {
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
function parseTags(read, describe2) {
  const previewTag = read("preview_tag").trim();
  const removeTag2 = read("remove_tag").trim();
  for (const [input, tag3] of [
    ["preview_tag", previewTag],
    ["remove_tag", removeTag2]
  ]) {
    if (tag3 && (!DNS_LABEL.test(tag3) || tag3.length > TAG_AND_SERVICE_MAX)) {
      throw new ConfigError(
        `${describe2(input)}: "${tag3}" is not a tag: lower-case letters, digits and -, at most ${String(TAG_AND_SERVICE_MAX)}, such as pr-123`
      );
    }
  }
  if (previewTag && isRunTag(previewTag)) {
    throw new ConfigError(
      `${describe2("preview_tag")}: "${previewTag}" has the form of a deploy's own tag (${RUN_TAG_PREFIX}...), which is reserved: name previews otherwise, such as pr-123`
    );
  }
  if (previewTag && removeTag2) {
    throw new ConfigError(
      `${describe2("preview_tag")} and ${describe2("remove_tag")} are mutually exclusive: deploy a preview or remove one`
    );
  }
  if (removeTag2 && (read("repository").trim() || read("image").trim())) {
    throw new ConfigError(
      `${describe2("remove_tag")} removes a tag and nothing else: leave ${describe2("repository")} and ${describe2("image")} empty`
    );
  }
  return { previewTag, removeTag: removeTag2 };
}
function checkTarget(target, describe2, purpose) {
  const { service, projectId, region } = target;
  for (const [input, value] of [
    ["service", service],
    ["project_id", projectId],
    ["region", region]
  ]) {
    if (!value) throw new ConfigError(`${describe2(input)} is required to deploy${purpose}`);
  }
  if (!DNS_LABEL.test(service) || service.length > MAX_SERVICE_NAME) {
    throw new ConfigError(
      `${describe2("service")}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most ${String(MAX_SERVICE_NAME)})`
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe2("region")}: "${region}" is not a Cloud Run region such as europe-west1`
    );
  }
}
function parseMode(tags, service, read, describe2) {
  const { previewTag, removeTag: removeTag2 } = tags;
  if (previewTag && (previewTag.length < TAG_MIN || previewTag.length + service.length > TAG_AND_SERVICE_MAX)) {
    throw new ConfigError(
      `${describe2("preview_tag")}: "${previewTag}" and the service name "${service}" are ${String(previewTag.length + service.length)} characters together; Cloud Run allows a tag of at least ${String(TAG_MIN)} and ${String(TAG_AND_SERVICE_MAX)} for both (they form the tag URL's host name): shorten the tag`
    );
  }
  const allow = parsePreviewAllow(read("preview_allow"), describe2("preview_allow"));
  if (allow.size > 0 && !previewTag) {
    throw new ConfigError(
      `${describe2("preview_allow")} applies to previews only: set ${describe2("preview_tag")}, or leave it empty`
    );
  }
  if (removeTag2) return { kind: "remove-tag", tag: removeTag2 };
  if (previewTag) return { kind: "preview", tag: previewTag, allow };
  return { kind: "deploy", promote: parseBoolean(read("promote"), describe2("promote")) };
}
function parseRevisionSuffix(read, describe2) {
  const revisionSuffix2 = read("revision_suffix").trim();
  if (revisionSuffix2 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix2)) {
    throw new ConfigError(
      `${describe2("revision_suffix")}: "${revisionSuffix2}" may hold lower-case letters, digits and - only`
    );
  }
  return revisionSuffix2 ? { revisionSuffix: revisionSuffix2 } : {};
}
function parseSmokeConfig(read, describe2) {
  if (!parseBoolean(read("smoke"), describe2("smoke"))) return void 0;
  const role = read("smoke_role").trim();
  if (!role) {
    throw new ConfigError(
      `${describe2("smoke_role")} is required while ${describe2("smoke")} is true: the database role the test token carries (or set smoke to false)`
    );
  }
  const jwtSecret = read("jwt_secret");
  const jwtSecretRef = read("jwt_secret_ref").trim();
  if (jwtSecret && jwtSecretRef) {
    throw new ConfigError(
      `${describe2("jwt_secret")} and ${describe2("jwt_secret_ref")} are mutually exclusive: give the secret or where it is`
    );
  }
  const aud = read("jwt_aud").trim();
  return {
    role,
    checks: read("smoke_checks"),
    checksSource: describe2("smoke_checks"),
    ...jwtSecret ? { jwtSecret } : {},
    ...jwtSecretRef ? { jwtSecretRef } : {},
    ...aud ? { aud } : {},
    invokerAuth: parseBoolean(read("invoker_auth"), describe2("invoker_auth")),
    timeoutMs: parseSeconds(read("smoke_timeout"), describe2("smoke_timeout"), 1800)
  };
}
function parseDeployConfig(read, describe2) {
  const target = {
    service: read("service").trim(),
    projectId: read("project_id").trim(),
    region: read("region").trim()
  };
  const dryRun = parseDryRun(read("dry_run"), describe2("dry_run"));
  const keepRevisions = parseKeepRevisions(read("keep_revisions"), describe2("keep_revisions"));
  const tags = parseTags(read, describe2);
  if (!target.service && !tags.previewTag && !tags.removeTag) {
    return { mode: { kind: "none" }, ...target, waitTimeoutMs: 0, dryRun, keepRevisions };
  }
  checkTarget(target, describe2, tags.previewTag ? " a preview" : tags.removeTag ? " (to remove a tag)" : "");
  const mode = parseMode(tags, target.service, read, describe2);
  const base = {
    mode,
    ...target,
    waitTimeoutMs: parseSeconds(read("wait_timeout"), describe2("wait_timeout"), 3600),
    dryRun,
    keepRevisions,
    ...parseRevisionSuffix(read, describe2)
  };
  if (mode.kind === "remove-tag") return base;
  const smoke = parseSmokeConfig(read, describe2);
  const exposurePolicy = parseExposurePolicy(read("exposure_policy"), describe2("exposure_policy"));
  return { ...base, ...smoke ? { smoke } : {}, exposurePolicy };
}

// src/build/context.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";
var PLATFORM = "linux/amd64";
function loadBuildContext(directory, options) {
  const containerfile = readFileSync3(path3.join(directory, "Containerfile"), "utf8");
  const baseImage = options.baseImage ?? containerfileDefault(containerfile, "BASE_IMAGE");
  const postgrestImage = options.postgrestImage ?? containerfileDefault(containerfile, "POSTGREST_IMAGE");
  return {
    containerfile,
    entrypoint: readFileSync3(path3.join(directory, "run.sh"), "utf8"),
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
  return createHash2("sha256").update(canonical).digest("hex");
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
var escapeDollars = (text3) => text3.replaceAll("$", "$$$$");
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
  const image2 = `$${SUBSTITUTION.image}`;
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
          image2,
          "."
        ]
      }
    ],
    images: [image2],
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
function cloudBuildRequest(context, image2, options = {}) {
  const template = cloudBuildTemplate(context, options);
  return { ...template, substitutions: { [SUBSTITUTION.image]: image2, ...template.substitutions } };
}

// src/image-reference.ts
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
var DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?$/;
var MAX_NAME_LENGTH = 255;
function parseImageName(text3) {
  if (text3.trim() === "") return { problem: { kind: "empty" } };
  const at = text3.indexOf("@");
  const digest = at < 0 ? void 0 : text3.slice(at + 1);
  const named = at < 0 ? text3 : text3.slice(0, at);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const tag3 = colon > lastSlash ? named.slice(colon + 1) : void 0;
  const repository = tag3 === void 0 ? named : named.slice(0, colon);
  const firstSlash = repository.indexOf("/");
  const first = firstSlash < 0 ? "" : repository.slice(0, firstSlash);
  const hasDomain = firstSlash >= 0 && (/[.:]/.test(first) || first === "localhost");
  const domain = hasDomain ? first : void 0;
  const path12 = hasDomain ? repository.slice(firstSlash + 1) : repository;
  const stand = [
    ...domain !== void 0 && isPlaceholder(domain, "domain") ? [domain] : [],
    ...path12.split("/").filter((component) => isPlaceholder(component, "path")),
    ...tag3 !== void 0 && isPlaceholder(tag3, "tag") ? [tag3] : []
  ][0];
  if (stand !== void 0) return { problem: { kind: "placeholder", part: stand } };
  if (domain !== void 0 && !DOMAIN.test(domain)) return { problem: { kind: "domain", part: domain } };
  for (const component of path12.split("/")) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase()))
      return { problem: { kind: "uppercase", part: component } };
    return { problem: { kind: "component", part: component } };
  }
  if (repository.length > MAX_NAME_LENGTH) return { problem: { kind: "too-long" } };
  if (tag3 !== void 0 && !TAG.test(tag3)) return { problem: { kind: "tag", part: tag3 } };
  if (digest !== void 0 && !SHA256_DIGEST.test(digest))
    return { problem: { kind: "digest", part: digest } };
  return {
    name: {
      ...domain === void 0 ? {} : { domain },
      path: path12,
      ...tag3 === void 0 ? {} : { tag: tag3 },
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
function imageReference(repository, imageName, tag3, source) {
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
  if (!TAG.test(tag3)) throw new ConfigError(`image tag "${tag3}" is not valid`);
  return { registry, name, tag: tag3 };
}
function parseImageReference(image2, source) {
  const at = image2.indexOf("@");
  const digest = at < 0 ? void 0 : image2.slice(at + 1);
  if (digest !== void 0 && !SHA256_DIGEST.test(digest)) {
    throw new ConfigError(`${source}: "${image2}" has a malformed digest; use @sha256: and 64 hex digits`);
  }
  const named = at < 0 ? image2 : image2.slice(0, at);
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const hasTag = colon > slash;
  const repositoryAndName = hasTag ? named.slice(0, colon) : named;
  const split = repositoryAndName.lastIndexOf("/");
  if (split < 0) {
    throw new ConfigError(
      `${source}: "${image2}" does not start with a registry host; use HOST/PATH@sha256:DIGEST`
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

// src/build/index.ts
import path8 from "node:path";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os from "os";
import * as events from "events";
import * as child from "child_process";
import * as path6 from "path";

// node_modules/@actions/io/lib/io.js
import * as path5 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
import * as path4 from "path";
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
        const upperExt = path4.extname(filePath).toUpperCase();
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
            const directory = path4.dirname(filePath);
            const upperName = path4.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path4.join(directory, actualName);
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
      for (const extension of process.env["PATHEXT"].split(path5.delimiter)) {
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
    if (tool.includes(path5.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path5.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path5.join(directory, tool), extensions);
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
        this.toolPath = path6.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
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
        cp.on("exit", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          this._debug(`Exit code ${code2} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code2) => {
          state.processExitCode = code2;
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
  function append2(c) {
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
        append2(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append2(c);
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
    append2(c);
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
import { mkdirSync as mkdirSync2, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path7 from "node:path";

// src/build/registry.ts
import { setTimeout as realSleep4 } from "node:timers/promises";
import { createHash as createHash3 } from "node:crypto";
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
var ATTEMPTS2 = 4;
var basic = (password) => `Basic ${Buffer.from(`${TOKEN_USER}:${password}`).toString("base64")}`;
async function findManifest(reference, options) {
  const base = registryBaseUrl(reference.registry);
  const url = `${base}/v2/${reference.name}/manifests/${reference.tag}`;
  const manifest = {
    url,
    where: `${reference.registry}/${reference.name}:${reference.tag}`,
    fetch: options.fetch ?? nodeFetch,
    sleep: options.sleep ?? realSleep4,
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
    throw new RegistryError(refusal2(where, response.status, withToken, exchange));
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
  return `sha256:${createHash3("sha256").update(Buffer.from(await body.text(), "utf8")).digest("hex")}`;
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
      if (attempt >= ATTEMPTS2) {
        throw new RegistryError(
          `cannot reach the registry for ${manifest.where}: ${describeFetchError(error)}`
        );
      }
      await manifest.sleep(backoff(attempt));
      continue;
    }
    if (!RETRYABLE2.has(response.status) || attempt >= ATTEMPTS2) return response;
    await manifest.sleep(backoff(attempt));
  }
}
function refusal2(where, status, withToken, exchange) {
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
    const { cause, code: code2 } = error;
    return cause?.code ?? (typeof code2 === "string" ? code2 : void 0) ?? cause?.message ?? error.message;
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
  const image2 = formatReference(reference);
  const buildArgs = Object.entries(buildArguments(context)).flatMap(([name, value]) => [
    "--build-arg",
    `${name}=${value}`
  ]);
  const build = ["build", "--platform", context.platform, "--file", path7.join(directory, "Containerfile")].concat(buildArgs).concat(["--tag", image2, directory]);
  if (tool === "docker") {
    return { build, push: ["push", image2] };
  }
  const tls = isPlainHttpRegistry(reference.registry) ? ["--tls-verify=false"] : [];
  return { build, push: ["push", "--authfile", authFile, ...tls, image2] };
}
async function runLocalBuild(context, reference, password, options) {
  const tool = await detectLocalTool(options.runner, options.env);
  const directory = mkdtempSync(path7.join(tmpdir2(), "pgrst-build-"));
  try {
    writeFileSync2(path7.join(directory, "Containerfile"), context.containerfile);
    writeFileSync2(path7.join(directory, "run.sh"), context.entrypoint, { mode: 493 });
    const authDirectory = path7.join(directory, "auth");
    mkdirSync2(authDirectory, { mode: 448 });
    const authFile = path7.join(authDirectory, "config.json");
    const auth = Buffer.from(`${TOKEN_USER}:${password}`).toString("base64");
    writeFileSync2(authFile, JSON.stringify({ auths: { [reference.registry]: { auth } } }), { mode: 384 });
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
function lastLines(text3, count = 5) {
  return text3.trim().split("\n").slice(-count).join("\n");
}

// src/build/submit.ts
import { setTimeout as realSleep5 } from "node:timers/promises";
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
    images: (build?.results?.images ?? []).map((image2) => ({
      name: image2.name ?? "",
      digest: image2.digest ?? ""
    })),
    ...detail ? { detail } : {}
  };
}
function cloudBuildBaseUrl(override) {
  return apiBaseUrl(override, "https://cloudbuild.googleapis.com");
}
var REFUSED_CODES = /* @__PURE__ */ new Set([7, 16, 401, 403]);
function libraryError(what, error) {
  const { code: code2, message: message2, details, httpStatusCode } = error ?? {};
  const numeric = typeof code2 === "number" ? code2 : Number(code2);
  const text3 = typeof details === "string" && details || message2 || String(error);
  const hint = REFUSED_CODES.has(numeric) || REFUSED_CODES.has(httpStatusCode ?? 0) ? ": check the credentials and that the account has roles/cloudbuild.builds.editor on the project" : "";
  const status = httpStatusCode ? `HTTP ${String(httpStatusCode)}` : `code ${String(code2 ?? "?")}`;
  return new ApiError(`Cloud Build refused to ${what} (${status}): ${text3}${hint}`, httpStatusCode ?? 0);
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
function commonJs(module) {
  return module.default ?? module;
}
async function loadCloudBuildClient(baseUrl) {
  const [{ v1 }, { OAuth2Client }] = (await Promise.all([import("./google-cloud-cloudbuild.js"), import("./google-auth-library-2.js")])).map(commonJs);
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
async function runCloudBuild(api, build, image2, options) {
  const sleep = options.sleep ?? realSleep5;
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
  const pushed = state.images.find((result) => result.name === image2);
  if (!pushed?.digest) {
    throw new BuildFailedError(
      `Cloud Build ${state.id} succeeded but reports no digest for ${image2} in results.images; logs: ${state.logUrl}`
    );
  }
  return pushed.digest;
}

// src/build/assemble.ts
import { createGunzip, gunzipSync } from "node:zlib";

// src/build/distribution.ts
import { setTimeout as realSleep6 } from "node:timers/promises";
import http2 from "node:http";
import https2 from "node:https";
import { Readable } from "node:stream";
import { createHash as createHash4 } from "node:crypto";
var nodeRegistryTransport = (url, request) => new Promise((resolve3, reject) => {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http2 : https2;
  const outgoing = client.request(
    target,
    { method: request.method, headers: request.headers },
    (response) => {
      resolve3({
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
  if (body instanceof Readable) {
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
    this.sleep = access.sleep ?? realSleep6;
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
    const cached2 = this.bearer.get(options.scopeName);
    const first = cached2 ? `Bearer ${cached2.token}` : this.withToken ? basic(this.access.password) : void 0;
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
  async call(path12, options) {
    const url = path12.startsWith("http") ? path12 : `${this.base}${path12}`;
    const attempts = options.attempts ?? ATTEMPTS2;
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
    throw new RegistryError(`cannot reach ${this.registry} for ${path12}: ${describeFetchError(lastError)}`);
  }
  /** The error for an answer that is not what a call needs, with what to do about it. */
  async failure(response, purpose, name, what) {
    const detail = (await readBody(response.body, 64 * 1024).catch(() => Buffer.alloc(0))).toString("utf8");
    const code2 = /"code"\s*:\s*"([A-Z_]+)"/.exec(detail)?.[1];
    const status = `HTTP ${String(response.status)}${code2 ? ` ${code2}` : ""}`;
    const where = `${this.registry}/${name}`;
    if (response.status === 401 || response.status === 403) {
      return new RegistryError(this.refusal(purpose, where, status, what));
    }
    if (response.status === 404 && (code2 === "NAME_UNKNOWN" || purpose === "push")) {
      return new RegistryError(
        `${where} does not exist (${status}) while trying to ${what}: ${purpose === "push" ? "create the Artifact Registry repository first (gcloud artifacts repositories create REPOSITORY --repository-format docker --location LOCATION), or check input `repository`" : "check the image name"}`
      );
    }
    return new RegistryError(
      `${this.registry} answered ${status} while trying to ${what} in ${where}${RETRYABLE2.has(response.status) ? ` (after ${String(ATTEMPTS2)} tries)` : ""}`
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
  async openBlob(name, digest) {
    const response = await this.call(blobPath(name, digest), {
      method: "GET",
      where: `${this.registry}/${name}@${digest}`,
      scopeName: name
    });
    if (response.status !== 200) throw await this.failure(response, "pull", name, `read blob ${digest}`);
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
  async uploadBlob(name, digest, size, body) {
    for (let attempt = 1; ; attempt += 1) {
      const put = await this.tryUpload(name, digest, size, body, attempt);
      if (put === "retry") {
        await this.sleep(backoff(attempt));
        continue;
      }
      if (put.status === 201) {
        discard(put.body);
        return;
      }
      if (!RETRYABLE2.has(put.status) || attempt >= ATTEMPTS2)
        throw await this.failure(put, "push", name, `upload blob ${digest}`);
      discard(put.body);
      await this.sleep(backoff(attempt));
    }
  }
  /** One upload session: POST for a location, then one PUT of the whole blob ('retry' when the PUT did not arrive). */
  async tryUpload(name, digest, size, body, attempt) {
    const started = await this.call(`/v2/${name}/blobs/uploads/`, {
      method: "POST",
      headers: { "content-length": "0" },
      where: `${this.registry}/${name}`,
      scopeName: name
    });
    if (started.status !== 202) throw await this.failure(started, "push", name, `upload blob ${digest}`);
    discard(started.body);
    const location = started.headers.get("location");
    if (!location) {
      throw new RegistryError(
        `${this.registry}/${name}: the registry started an upload but named no location`
      );
    }
    const url = new URL(location, this.base);
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
      if (attempt >= ATTEMPTS2) throw error;
      return "retry";
    }
  }
  async putManifest(name, tag3, mediaType, bytes) {
    const response = await this.call(`/v2/${name}/manifests/${tag3}`, {
      method: "PUT",
      headers: { "content-type": mediaType, "content-length": String(bytes.length) },
      body: bytes,
      where: `${this.registry}/${name}:${tag3}`,
      scopeName: name
    });
    if (response.status !== 201) throw await this.failure(response, "push", name, `put the manifest ${tag3}`);
    discard(response.body);
    return response.headers.get("docker-content-digest") ?? sha2562(bytes);
  }
};
var blobPath = (name, digest) => `/v2/${name}/blobs/${digest}`;

// src/build/recipe.ts
import { createHash as createHash5 } from "node:crypto";

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
function field2(header2, offset, length, text3) {
  const bytes = Buffer.from(text3, "utf8");
  if (bytes.length > length)
    throw new Error(`tar header field "${text3}" is longer than ${String(length)} bytes`);
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
function readTar(archive) {
  const entries = [];
  let pending = {};
  let global = {};
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.equals(ZERO_BLOCK)) break;
    const size = number(block, 124, 12);
    const type = text(block, 156, 1) || "0";
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    if (data.length < size) throw new Error("tar: the archive ends inside an entry");
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x" || type === "g") {
      const records = paxRecords(data);
      if (type === "g") global = { ...global, ...records };
      else
        pending = {
          ...pending,
          ...records["path"] ? { path: records["path"] } : {},
          ...records["linkpath"] ? { linkname: records["linkpath"] } : {}
        };
      continue;
    }
    if (type === "L" || type === "K") {
      const value = data.toString("utf8").replace(/\0+$/, "");
      pending = type === "L" ? { ...pending, path: value } : { ...pending, linkname: value };
      continue;
    }
    const prefix = text(block, 345, 155);
    const name = pending.path ?? global["path"] ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    entries.push({
      path: normalisePath(name),
      type,
      mode: number(block, 100, 8) & 4095,
      uid: number(block, 108, 8),
      gid: number(block, 116, 8),
      linkname: pending.linkname ?? text(block, 157, 100),
      content: data
    });
    pending = {};
  }
  return entries;
}
function hides(entry2, path12) {
  const slash = entry2.lastIndexOf("/");
  const parent = slash < 0 ? "" : entry2.slice(0, slash);
  const base = entry2.slice(slash + 1);
  if (base === ".wh..wh..opq") return parent === "" || path12.startsWith(`${parent}/`);
  if (!base.startsWith(".wh.")) return false;
  const removed = `${parent ? `${parent}/` : ""}${base.slice(4)}`;
  return path12 === removed || path12.startsWith(`${removed}/`);
}
async function findInStream(chunks, path12) {
  let buffer = Buffer.alloc(0);
  let skip = 0;
  let pending = {};
  for await (const chunk of chunks) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (; ; ) {
      const skipped = Math.min(skip, buffer.length);
      buffer = buffer.subarray(skipped);
      skip -= skipped;
      if (skip > 0 || buffer.length < BLOCK) break;
      const block = buffer.subarray(0, BLOCK);
      if (block.equals(ZERO_BLOCK)) return void 0;
      const size = number(block, 124, 12);
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      const type = text(block, 156, 1) || "0";
      if (type === "x" || type === "L" || type === "K") {
        if (buffer.length < BLOCK + padded) break;
        const data = buffer.subarray(BLOCK, BLOCK + size);
        if (type === "x") {
          const records = paxRecords(data);
          pending = { ...pending, ...records["path"] ? { path: records["path"] } : {} };
        } else if (type === "L") pending = { ...pending, path: data.toString("utf8").replace(/\0+$/, "") };
        buffer = buffer.subarray(BLOCK + padded);
        continue;
      }
      const prefix = text(block, 345, 155);
      const name = normalisePath(
        pending.path ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100))
      );
      pending = {};
      if (name === path12) {
        return {
          path: name,
          type,
          mode: number(block, 100, 8) & 4095,
          uid: number(block, 108, 8),
          gid: number(block, 116, 8),
          linkname: text(block, 157, 100),
          content: Buffer.alloc(0)
        };
      }
      if (hides(name, path12)) return "hidden";
      buffer = buffer.subarray(BLOCK);
      skip = padded;
    }
  }
  return void 0;
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
function parseSourceReference(text3, source) {
  const parsed = parseImageName(text3.trim());
  if ("problem" in parsed) {
    const { problem } = parsed;
    const part = "part" in problem ? ` "${problem.part}"` : "";
    throw new ConfigError(
      `${source}: "${text3}" is not an image reference (${problem.kind}${part}); use HOST/PATH:TAG such as docker.io/library/busybox:1.37.0`
    );
  }
  const { name } = parsed;
  const domain = name.domain ?? "docker.io";
  const hub = domain === "docker.io" || domain === "index.docker.io" || domain === "registry-1.docker.io";
  const registry = hub ? "docker.io" : domain;
  const path12 = hub && !name.path.includes("/") ? `library/${name.path}` : name.path;
  const reference = name.digest ?? name.tag ?? "latest";
  const shown = `${registry}/${path12}${name.tag ? `:${name.tag}` : ""}${name.digest ? `@${name.digest}` : ""}`;
  return { registry, name: path12, reference, text: name.tag || name.digest ? shown : `${shown}:latest` };
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
var sha2563 = (bytes) => `sha256:${createHash5("sha256").update(bytes).digest("hex")}`;
var GZIP_LEVEL = 2;
function buildLayer(entries) {
  const tar = writeTar(entries);
  const blob = Buffer.from(gzipSync(tar, { level: GZIP_LEVEL, mtime: 0 }));
  return {
    descriptor: { mediaType: OCI_LAYER_GZIP, digest: sha2563(blob), size: blob.length },
    diffId: sha2563(tar),
    blob
  };
}
function extractFile(layers, path12) {
  const view = mergedView(layers);
  let wanted = normalisePath(path12);
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
    return { content: entry2.content, mode: entry2.mode };
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
function resolveDirectories(view, path12) {
  const parts = path12.split("/");
  let current = "";
  for (let i2 = 0; i2 < parts.length - 1; i2 += 1) {
    current = current ? `${current}/${parts[i2] ?? ""}` : parts[i2] ?? "";
    const entry2 = view.get(current);
    if (entry2?.type === "2") {
      const target = joinLink(current, entry2.linkname);
      return resolveDirectories(view, [target, ...parts.slice(i2 + 1)].join("/"));
    }
  }
  return path12;
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
  const directory = (path12) => ({ path: path12, type: "directory", mode: 493, uid: 0, gid: 0 });
  return buildLayer([
    directory("usr"),
    directory("usr/local"),
    directory("usr/local/bin"),
    { path: ENTRYPOINT_PATH, type: "file", mode: 493, uid: 0, gid: 0, content: Buffer.from(runSh, "utf8") },
    directory("opt"),
    { path: SECRETS_PATH, type: "directory", mode: 448, uid: Number(IMAGE_USER), gid: Number(IMAGE_USER) }
  ]);
}
function assemblyDigest(plan2) {
  const canonical = JSON.stringify([
    ["recipe", RECIPE_VERSION],
    ["platform", "linux/amd64"],
    ["postgrestVersion", plan2.postgrestVersion],
    ["postgrest", plan2.postgrest.reference.text, plan2.postgrest.digest],
    ["base", plan2.base.reference.text, plan2.base.digest],
    ["entrypoint", plan2.runSh]
  ]);
  return createHash5("sha256").update(canonical).digest("hex");
}
function assemblyTag(plan2) {
  return `ctx-${assemblyDigest(plan2).slice(0, 12)}`;
}
function imageLabels(plan2) {
  return {
    "org.opencontainers.image.title": TITLE_LABEL,
    "org.opencontainers.image.source": SOURCE_LABEL,
    "org.opencontainers.image.version": plan2.postgrestVersion,
    "org.opencontainers.image.revision": assemblyDigest(plan2),
    "org.opencontainers.image.base.name": plan2.base.reference.text,
    "org.opencontainers.image.base.digest": plan2.base.digest
  };
}
function canonicalJson2(value) {
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
function imageConfig(base, plan2, layers) {
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
      Labels: { ...base.config?.Labels ?? {}, ...imageLabels(plan2) }
    },
    rootfs: { type: "layers", diff_ids: [...base.rootfs.diff_ids, ...layers.map((layer) => layer.diffId)] },
    history: [
      ...base.history ?? [],
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${POSTGREST_PATH} from ${plan2.postgrest.reference.text}@${plan2.postgrest.digest}`
      },
      {
        created: "1970-01-01T00:00:00Z",
        created_by: `pgrst-cloudrun assemble: /${ENTRYPOINT_PATH} and /${SECRETS_PATH}`
      }
    ]
  };
  return Buffer.from(canonicalJson2(config), "utf8");
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
function imageManifest(plan2, config, base, layers) {
  return Buffer.from(
    canonicalJson2({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha2563(config), size: config.length },
      layers: [...base, ...layers.map((layer) => layer.descriptor)],
      annotations: {
        "org.opencontainers.image.base.name": plan2.base.reference.text,
        "org.opencontainers.image.base.digest": plan2.base.digest
      }
    }),
    "utf8"
  );
}

// src/build/assemble.ts
import { createHash as createHash6 } from "node:crypto";
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
async function sourceDigest(clients, source) {
  if (source.reference.startsWith("sha256:")) return source.reference;
  const digest = await clients(source.registry).headManifest(source.name, source.reference);
  if (!digest) {
    throw new RegistryError(
      `${source.text} does not exist (no manifest ${source.reference} in ${source.registry}/${source.name})`
    );
  }
  return digest;
}
async function resolveSource(clients, source, digest) {
  const client = clients(source.registry);
  const first = await client.getManifest(source.name, digest);
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
  const config = JSON.parse(
    (await client.getBlob(source.name, manifest.config.digest)).toString("utf8")
  );
  if ((config.os ?? "linux") !== "linux" || (config.architecture ?? "amd64") !== "amd64") {
    throw new RegistryError(
      `${source.text} is a ${config.os ?? "?"}/${config.architecture ?? "?"} image; Cloud Run runs linux/amd64 only`
    );
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new RegistryError(
      `${source.text}: its configuration lists ${String(config.rootfs.diff_ids.length)} layers, its manifest ${String(manifest.layers.length)}`
    );
  }
  return { reference: source, digest, platformDigest: found.digest, manifest, config };
}
function layerTar(descriptor, blob, where) {
  if (descriptor.mediaType.endsWith("gzip")) return gunzipSync(blob);
  if (descriptor.mediaType.endsWith(".tar")) return blob;
  throw new RegistryError(
    `${where}: a layer of type ${descriptor.mediaType} cannot be read here (gzip or plain tar only); use builder cloudbuild or local`
  );
}
var sha2564 = (bytes) => `sha256:${createHash6("sha256").update(bytes).digest("hex")}`;
async function readPostgrestBinary(clients, image2) {
  const client = clients(image2.reference.registry);
  const layers = [];
  for (let i2 = image2.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = image2.manifest.layers[i2];
    if (!descriptor) continue;
    const blob = await client.getBlob(image2.reference.name, descriptor.digest);
    const tar = layerTar(descriptor, blob, image2.reference.text);
    const entries = readTar(tar);
    layers.unshift(entries);
    const file = extractFile(layers, POSTGREST_PATH);
    if (!file) continue;
    const directories = soleBinaryDirectories(entries);
    const mediaType = ociLayerType(descriptor.mediaType);
    const diffId = image2.config.rootfs.diff_ids[i2];
    if (!directories || !mediaType || diffId !== sha2564(tar)) return { file };
    const built = {
      descriptor: { mediaType, digest: descriptor.digest, size: descriptor.size },
      diffId,
      blob,
      from: image2.reference
    };
    return { file, layer: { built, directories } };
  }
  throw new RegistryError(
    `${image2.reference.text} has no /${POSTGREST_PATH}: is it PostgREST's image? (the amd64 one holds a static /bin/postgrest)`
  );
}
async function readBaseBin(clients, base) {
  const client = clients(base.reference.registry);
  for (let i2 = base.manifest.layers.length - 1; i2 >= 0; i2 -= 1) {
    const descriptor = base.manifest.layers[i2];
    if (!descriptor) continue;
    const gzip = descriptor.mediaType.endsWith("gzip");
    if (!gzip && !descriptor.mediaType.endsWith(".tar")) return void 0;
    const blob = await client.openBlob(base.reference.name, descriptor.digest);
    const tar = gzip ? blob.pipe(createGunzip()) : blob;
    try {
      const found = await findInStream(tar, "bin");
      if (found === "hidden") return void 0;
      if (found) return found;
    } finally {
      blob.destroy();
      tar.destroy();
    }
  }
  return void 0;
}
function postgrestLayerOf(binary, baseBin) {
  const { layer } = binary;
  if (layer && directoriesAgree(layer.directories, baseBin)) return layer.built;
  return postgrestLayer(binary.file);
}
async function placeBlob(clients, destination, descriptor, from, counts) {
  const target = clients(destination.registry);
  if (await target.hasBlob(destination.name, descriptor.digest)) {
    counts.present += 1;
    return;
  }
  const { source, bytes } = from;
  if (source && source.registry === destination.registry && await target.mountBlob(destination.name, descriptor.digest, source.name)) {
    counts.mounted += 1;
    return;
  }
  const body = bytes ?? (() => clients(source?.registry ?? "").openBlob(source?.name ?? "", descriptor.digest));
  await target.uploadBlob(destination.name, descriptor.digest, descriptor.size, body);
  counts.uploaded += 1;
  counts.uploadedBytes += descriptor.size;
}
function assembleBytes(plan2, base, postgrest) {
  const layers = [postgrest, entrypointLayer(plan2.runSh)];
  const config = imageConfig(base.config, plan2, layers);
  const baseDescriptors = baseLayers(base.manifest, base.reference.text);
  const manifest = imageManifest(plan2, config, baseDescriptors, layers);
  return {
    layers,
    base: baseDescriptors,
    config,
    manifest,
    digest: `sha256:${createHash6("sha256").update(manifest).digest("hex")}`
  };
}
function placeEarly(clients, destination, base, entrypoint2) {
  const counts = { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const done = Promise.all([
    ...base.manifest.layers.map(
      (layer) => placeBlob(clients, destination, layer, { source: base.reference }, counts)
    ),
    placeBlob(clients, destination, entrypoint2.descriptor, { bytes: entrypoint2.blob }, counts)
  ]).then(() => void 0);
  done.catch(() => void 0);
  const digests = /* @__PURE__ */ new Set([...base.manifest.layers.map((l) => l.digest), entrypoint2.descriptor.digest]);
  return { digests, done, counts };
}
async function pushAssembled(clients, destination, base, image2, early) {
  const counts = early?.counts ?? { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const placed = early?.digests ?? /* @__PURE__ */ new Set();
  const configDescriptor = {
    mediaType: OCI_CONFIG,
    digest: `sha256:${createHash6("sha256").update(image2.config).digest("hex")}`,
    size: image2.config.length
  };
  await Promise.all([
    early?.done,
    ...base.manifest.layers.filter((layer) => !placed.has(layer.digest)).map((layer) => placeBlob(clients, destination, layer, { source: base.reference }, counts)),
    ...image2.layers.filter((layer) => !placed.has(layer.descriptor.digest)).map(
      (layer) => placeBlob(
        clients,
        destination,
        layer.descriptor,
        { bytes: layer.blob, ...layer.from ? { source: layer.from } : {} },
        counts
      )
    ),
    placeBlob(clients, destination, configDescriptor, { bytes: image2.config }, counts)
  ]);
  const digest = await clients(destination.registry).putManifest(
    destination.name,
    destination.tag,
    OCI_MANIFEST,
    image2.manifest
  );
  if (digest !== image2.digest) {
    throw new RegistryError(
      `${destination.registry}/${destination.name}:${destination.tag}: the registry stored the manifest as ${digest}, not ${image2.digest}`
    );
  }
  return { digest, counts };
}

// src/build/plan.ts
var import_yaml2 = __toESM(require_dist(), 1);
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
  const image2 = formatReference(reference);
  const lookup = `Would look up ${image2} in the registry and, when it is missing, `;
  if (config.builder === "cloudbuild") {
    return {
      image: image2,
      text: `${lookup}submit this build to projects/${config.projectId}/locations/${config.buildLocation}:
` + (0, import_yaml2.stringify)(cloudBuildRequest(context, image2, config.cloudBuild), {
        lineWidth: 0,
        blockQuote: "literal"
      })
    };
  }
  const commands = localBuildCommands("podman", context, reference, "CONTEXT", "AUTHFILE");
  return {
    image: image2,
    text: `${lookup}build and push it locally (shown for podman; docker and buildah take the same arguments):
  podman ${commands.build.join(" ")}
  podman ${commands.push.join(" ")}
`
  };
}

// src/build/index.ts
var BUILDERS = ["assemble", "cloudbuild", "local"];
function defaultBuildDependencies(env2, log, credentials) {
  return {
    contextDirectory: BUILD_CONTEXT_DIRECTORY,
    accessToken: () => credentials().accessToken(),
    cloudBuildApi: () => cloudBuildApi(
      cloudBuildBaseUrl(env2["CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD"]),
      () => credentials().accessToken()
    ),
    runner: execRunner,
    env: env2,
    log
  };
}
var BUILD_CONTEXT_DIRECTORY = path8.join(ACTION_ROOT, "cloudbuild");
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
  const [postgrestDigest, baseDigest] = await Promise.all([
    sourceDigest(clients, sources.postgrest),
    sourceDigest(clients, sources.base)
  ]);
  log(`${sources.postgrest.text} is ${postgrestDigest}`);
  log(`${sources.base.text} is ${baseDigest}`);
  return {
    runSh,
    postgrestVersion: config.postgrestVersion,
    postgrest: { reference: sources.postgrest, digest: postgrestDigest },
    base: { reference: sources.base, digest: baseDigest }
  };
}
async function assembleImage(config, deps) {
  const context = loadBuildContext(deps.contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...config.baseImage ? { baseImage: config.baseImage } : {},
    ...config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}
  });
  const sources = assemblySources(context);
  const repositoryRegistry = imageReference(
    config.repository,
    config.imageName,
    "latest",
    "input `repository`"
  ).registry;
  const password = await deps.accessToken();
  const clients = registryClients({
    password,
    repositoryRegistry,
    ...deps.registryTransport ? { transport: deps.registryTransport } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  const plan2 = await resolveAssemblyPlan(config, context.entrypoint, sources, clients, deps.log);
  const reference = imageReference(
    config.repository,
    config.imageName,
    assemblyTag(plan2),
    "input `repository`"
  );
  const tagged2 = formatReference(reference);
  const existing = await findManifest(reference, {
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
    resolveSource(clients, sources.postgrest, plan2.postgrest.digest),
    resolveSource(clients, sources.base, plan2.base.digest)
  ]);
  const digest = await writeAssembled(clients, reference, { plan: plan2, postgrest, base }, deps.log);
  return {
    image: pinnedImage(reference, digest),
    reference: tagged2,
    digest,
    built: true,
    builder: "assemble"
  };
}
async function writeAssembled(clients, reference, sources, log) {
  const { plan: plan2, postgrest, base } = sources;
  const early = placeEarly(clients, reference, base, entrypointLayer(plan2.runSh));
  const layer = await postgrestLayerFor(clients, postgrest, base, log);
  const image2 = assembleBytes(plan2, base, layer);
  const { digest, counts } = await pushAssembled(clients, reference, base, image2, early);
  log(
    `assembled ${formatReference(reference)} (${digest}): blobs ${String(counts.present)} already there, ${String(counts.mounted)} mounted, ${String(counts.uploaded)} uploaded (${(counts.uploadedBytes / 1e6).toFixed(2)} MB)`
  );
  return digest;
}
async function postgrestLayerFor(clients, postgrest, base, log) {
  const [binary, baseBin] = await Promise.all([
    readPostgrestBinary(clients, postgrest),
    // Only to tell whether the PostgREST layer can be taken as it is: a base that cannot be read here says no.
    readBaseBin(clients, base).catch(() => void 0)
  ]);
  const layer = postgrestLayerOf(binary, baseBin);
  log(
    layer.from ? `/bin/postgrest: the layer of ${postgrest.reference.text} as it is (it holds that file alone)` : `/bin/postgrest: a new layer (the layer of ${postgrest.reference.text} holding it has more, or bin/ differs from the base's)`
  );
  return layer;
}
async function pinPrebuiltImage(image2, deps) {
  const { reference, digest } = parseImageReference(image2, "input `image`");
  if (digest) return image2;
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
    const plan2 = describeBuild(source.build, deps.contextDirectory);
    deps.log(`dry run, nothing is sent. ${plan2.text.trimEnd()}`);
    return { ...plan2.image ? { image: plan2.image } : {}, built: false, planned: true };
  }
  const built = await buildImage(source.build, deps);
  deps.log(
    `image: ${built.image} (${built.built ? `built with ${built.builder ?? "unknown"}` : "reused, no build"})`
  );
  return { image: built.image, built: built.built };
}

// src/config/image.ts
function parseImageSource(read, describe2, postgrestVersion) {
  const image2 = read("image").trim();
  const repository = read("repository").trim();
  if (image2 && repository) {
    throw new ConfigError(
      `${describe2("image")} and ${describe2("repository")} are mutually exclusive: give a prebuilt image, or a repository to build into`
    );
  }
  if (image2) {
    parseImageReference(image2, describe2("image"));
    return { kind: "prebuilt", image: image2 };
  }
  if (!repository) return { kind: "none" };
  const builderText = read("builder").trim();
  const builder = BUILDERS.find((name) => name === builderText);
  if (!builder) {
    throw new ConfigError(
      `${describe2("builder")} must be ${BUILDERS.slice(0, -1).join(", ")} or ${BUILDERS.at(-1) ?? ""}, not "${builderText}"`
    );
  }
  const sources = parseSourceImages(read, describe2);
  const imageName = read("image_name").trim();
  imageReference(repository, imageName, "latest", describe2("repository"));
  const { projectId, buildRegion, logsBucket } = parseCloudBuildSettings(read, describe2, builder);
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
function parseCloudBuildSettings(read, describe2, builder) {
  const projectId = read("project_id").trim();
  if (builder === "cloudbuild" && !projectId) {
    throw new ConfigError(
      `${describe2("project_id")} is required with builder cloudbuild: the project Cloud Build runs in`
    );
  }
  if (projectId && !/^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new ConfigError(`${describe2("project_id")}: "${projectId}" is not a Google Cloud project id`);
  }
  const buildRegion = read("build_region").trim();
  if (buildRegion !== "global" && !/^[a-z]+-[a-z]+\d+$/.test(buildRegion)) {
    throw new ConfigError(
      `${describe2("build_region")}: "${buildRegion}" is neither global nor a region such as europe-west1`
    );
  }
  const logsBucket = read("logs_bucket").trim();
  if (logsBucket && !/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](?:\/.*)?$/.test(logsBucket)) {
    throw new ConfigError(
      `${describe2("logs_bucket")}: "${logsBucket}" is not a bucket URL such as gs://my-build-logs`
    );
  }
  return { projectId, buildRegion, logsBucket };
}
function parseSourceImages(read, describe2) {
  const postgrestImage = read("postgrest_image").trim();
  const baseImage = read("base_image").trim();
  if (postgrestImage) {
    parseSourceReference(postgrestImage, describe2("postgrest_image"));
    if (/[:@][^/]*$/.test(postgrestImage.replace(/^[^/]*\//, ""))) {
      throw new ConfigError(
        `${describe2("postgrest_image")}: give the repository without a tag or digest, such as docker.io/postgrest/postgrest or a mirror of it: it is tagged with ${describe2("postgrest_version")}`
      );
    }
  }
  if (baseImage) parseSourceReference(baseImage, describe2("base_image"));
  return { ...postgrestImage ? { postgrestImage } : {}, ...baseImage ? { baseImage } : {} };
}

// src/config/index.ts
function parsePipelineConfig(read, describe2) {
  const postgrestVersion = parseVersionSetting(read("postgrest_version"), describe2("postgrest_version"));
  const spec = read("spec");
  if (!spec) throw new ConfigError(`${describe2("spec")} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read("vars")), describe2("vars")),
      postgrestVersion,
      dbMaxConnections: parseDbMaxConnections(read("db_max_connections"), describe2("db_max_connections"))
    },
    image: parseImageSource(read, describe2, postgrestVersion),
    deploy: parseDeployConfig(read, describe2),
    preflight: {
      enabled: parseBoolean(read("preflight"), describe2("preflight")),
      certExpiryWarningDays: parseDays(
        read("cert_expiry_warning_days"),
        describe2("cert_expiry_warning_days")
      )
    }
  };
}

// src/report/redact.ts
var MIN_SECRET_LENGTH = 8;
var SECRET_JWK_MEMBERS = ["k", "d", "p", "q", "dp", "dq", "qi"];
function jwkSecretParts(secret) {
  if (!secret.trimStart().startsWith("{")) return [];
  try {
    const parsed = JSON.parse(secret);
    const keys = Array.isArray(parsed.keys) ? parsed.keys : [parsed];
    return keys.flatMap(
      (key) => key && typeof key === "object" ? SECRET_JWK_MEMBERS.map((member) => key[member]).filter(
        (value) => typeof value === "string"
      ) : []
    );
  } catch {
    return [];
  }
}
function createRedactor() {
  const secrets = /* @__PURE__ */ new Set();
  return {
    add(secret) {
      for (const part of [secret, secret.trim(), ...jwkSecretParts(secret)]) {
        if (part.length >= MIN_SECRET_LENGTH) secrets.add(part);
      }
    },
    redact(text3) {
      let result = text3;
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join("***");
      }
      return result;
    }
  };
}

// src/report/report.ts
function annotationsOf(diagnostics2) {
  return diagnostics2.map((d) => ({
    severity: d.severity,
    message: `${d.message}; ${d.fix}`,
    title: d.rule,
    file: d.file,
    startLine: d.line,
    startColumn: d.column
  }));
}

// src/report/summary.ts
function escapeHtml(text3) {
  return text3.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
var code = (text3) => `<code>${escapeHtml(text3)}</code>`;
var link = (url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
function formatDuration(ms) {
  return ms < 1e3 ? `${String(Math.round(ms))} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function table(header2, rows) {
  const cells = (row, tag3) => `<tr>${row.map((c) => `<${tag3}>${c}</${tag3}>`).join("")}</tr>`;
  return `<table>${cells(header2, "th")}${rows.map((row) => cells(row, "td")).join("")}</table>
`;
}
function overview(file, report2) {
  const rows = [["Spec", `${code(file)}: ${report2.valid ? "valid" : "<b>invalid</b>"}`]];
  if (report2.image) rows.push(["Image", imageCell(report2.image)]);
  if (report2.revision)
    rows.push([
      "Revision",
      `${code(report2.revision)}${report2.changed === false ? " (unchanged: nothing sent)" : ""}`
    ]);
  if (report2.url) rows.push(["Service URL", link(report2.url)]);
  if (report2.previewUrl) rows.push(["Preview URL", link(report2.previewUrl)]);
  if (report2.smoke) rows.push(["Smoke test", report2.smoke.passed ? "passed" : "<b>failed</b>"]);
  if (report2.tidy) rows.push(tidyRow(report2.tidy));
  return table(["", "This run"], rows);
}
function tidyRow(tidy) {
  const names2 = tidy.deleted.map(code).join(", ");
  if (tidy.planned) return ["Revisions to delete", names2 ? `${names2} (dry run: none deleted)` : "none"];
  return ["Revisions deleted", names2 || "none"];
}
function imageCell(image2) {
  if (image2.planned) {
    return image2.image ? `${code(image2.image)} (planned: the dry run built and looked up nothing)` : "planned: tagged from the sources' digests when it is assembled (the dry run looked up nothing)";
  }
  return `${code(image2.image ?? "")} (${image2.built ? "built" : "reused, no build"})`;
}
function smokeChecks(smoke) {
  const parts = [
    "### Smoke checks\n",
    table(
      ["Check", "Status", "Code", "Time", "Result"],
      smoke.results.map((r) => [
        escapeHtml(r.name),
        r.status ? String(r.status) : "no answer",
        escapeHtml(r.code ?? ""),
        formatDuration(r.ms),
        r.passed ? "passed" : "<b>failed</b>"
      ])
    )
  ];
  if (smoke.keys)
    parts.push(`Signed with each key of the JWT secret: ${escapeHtml(smoke.keys.join(", "))}
`);
  if (smoke.failure) parts.push(`${escapeHtml(smoke.failure)}
`);
  return parts;
}
function renderExposureTable(exposure) {
  if (exposure.skipped) return `Exposure not compared: ${escapeHtml(exposure.skipped)}
`;
  const rows = [
    ...exposureLines(exposure).map(({ role, change }) => [escapeHtml(role), code(change)]),
    ...exposure.roles.flatMap(
      (role) => role.skipped ? [[escapeHtml(role.role), `not compared: ${escapeHtml(role.skipped)}`]] : []
    )
  ];
  return rows.length > 0 ? table(["Role", "New revision against production"], rows) : "";
}
function exposureSection(exposure) {
  const text3 = renderExposureTable(exposure);
  return text3 ? ["### Exposure\n", text3] : [];
}
function preflight(checks) {
  const verdict = {
    passed: "passed",
    warning: "<b>warning</b>",
    failed: "<b>failed</b>",
    skipped: "skipped"
  };
  return [
    "### Preflight\n",
    table(
      ["File", "Check", "Secret version", "Verdict", "Detail"],
      checks.map((c) => [
        code(c.file),
        escapeHtml(c.check),
        code(c.secret),
        verdict[c.verdict],
        escapeHtml(c.detail)
      ])
    )
  ];
}
var ANNOTATIONS_SHOWN_PER_STEP = 10;
function diagnostics(report2) {
  const hidden = ["error", "warning"].flatMap((severity) => {
    const count = report2.diagnostics.filter((d) => d.severity === severity).length;
    const over = count - ANNOTATIONS_SHOWN_PER_STEP;
    return over > 0 ? [`${String(over)} ${severity}${over === 1 ? "" : "s"}`] : [];
  });
  const note = hidden.length > 0 ? [
    `GitHub annotates at most ${String(ANNOTATIONS_SHOWN_PER_STEP)} errors and ${String(ANNOTATIONS_SHOWN_PER_STEP)} warnings of a step on the spec: ${hidden.join(" and ")} appear only in this table.
`
  ] : [];
  return [
    "### Spec diagnostics\n",
    table(
      ["Where", "Severity", "Problem", "Rule"],
      report2.diagnostics.map((d) => [
        `${escapeHtml(d.file)}:${String(d.line)}:${String(d.column)}`,
        d.severity,
        escapeHtml(`${d.message}; ${d.fix}`),
        d.rule
      ])
    ),
    ...note
  ];
}
function plan(text3) {
  return ["### Plan\n", `<pre>${escapeHtml(text3.trimEnd())}</pre>
`];
}
function timeline(report2) {
  const lines = ["```mermaid", "gantt", "  dateFormat x", "  axisFormat %M:%S", "  section Stages"];
  report2.timeline.forEach((span, index) => {
    const end = Math.max(span.end, span.start + 1);
    lines.push(
      `  ${span.stage.replace(/[:#]/g, " ")} :${span.ok ? "done" : "crit"}, s${String(index)}, ${String(span.start)}, ${String(end)}`
    );
  });
  lines.push("```");
  const words = report2.timeline.map(
    (span) => `${escapeHtml(span.stage)} ${formatDuration(span.end - span.start)}${span.ok ? "" : " (failed)"}`
  ).join(" \xB7 ");
  return ["### Timeline\n", `${lines.join("\n")}
`, `${words}
`];
}
function renderSummary(file, report2) {
  return [
    report2.dryRun ? "## PostgREST on Cloud Run: dry run, nothing was built, deployed or changed\n" : "## PostgREST on Cloud Run\n",
    overview(file, report2),
    ...report2.preflight ? preflight(report2.preflight.checks) : [],
    ...report2.smoke ? smokeChecks(report2.smoke) : [],
    ...report2.exposure ? exposureSection(report2.exposure) : [],
    ...report2.diagnostics.length > 0 ? diagnostics(report2) : [],
    ...report2.plan ? plan(report2.plan) : [],
    ...report2.timeline.length > 0 ? timeline(report2) : []
  ].join("\n");
}

// src/spec/diagnostics.ts
function formatDiagnostic(d) {
  const text3 = d.fix ? `${d.message}; ${d.fix}` : d.message;
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${text3} [${d.rule}]`;
}
function hasErrors(diagnostics2) {
  return diagnostics2.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics2) {
  return [...diagnostics2].sort(
    (a, b) => a.line - b.line || a.column - b.column || Number(a.severity === "warning") - Number(b.severity === "warning") || a.rule.localeCompare(b.rule)
  );
}
function formatPath(path12) {
  let out = "";
  for (const segment of path12) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/spec/source.ts
import { closeSync, constants as constants2, fstatSync, openSync, readSync } from "node:fs";
var MAX_SPEC_BYTES = 1024 * 1024;
function readSpecFile(location) {
  const { path: path12, file, input } = location;
  let fd2;
  try {
    fd2 = openSync(path12, constants2.O_RDONLY | constants2.O_NONBLOCK);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "EISDIR") throw directoryError(location);
    throw new ConfigError(`${input}: "${file}" cannot be read (${code2 ?? String(error)})`);
  }
  try {
    const stat2 = fstatSync(fd2);
    if (stat2.isDirectory()) throw directoryError(location);
    if (!stat2.isFile()) {
      throw new ConfigError(`${input}: "${file}" is not a regular file; name the service YAML file itself`);
    }
    if (stat2.size > MAX_SPEC_BYTES) return tooLarge(file, stat2.size);
    const bytes = readAtMost(fd2, MAX_SPEC_BYTES + 1);
    if (bytes.length > MAX_SPEC_BYTES) return tooLarge(file, bytes.length);
    return decodeSpecBytes(file, bytes);
  } finally {
    closeSync(fd2);
  }
}
function directoryError({ file, input }) {
  return new ConfigError(
    `${input}: "${file}" is a directory; name the service YAML file in it, such as ${file.replace(/\/+$/, "")}/service.yaml`
  );
}
function readAtMost(fd2, limit) {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const read = readSync(fd2, buffer, length, limit - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}
function tooLarge(file, size) {
  return refuse2(
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
    ({ prefix }) => bytes.length >= prefix.length && prefix.every((byte2, i2) => byte2 === "any" || bytes[i2] === byte2)
  );
  if (wide) {
    return refuse2(
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
  for (let i2 = 0; i2 < bad; i2++) {
    if (bytes[i2] === 10) {
      line += 1;
      lineStart = i2 + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, bad)).length + 1;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return refuse2(
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
  let i2 = 0;
  while (i2 < bytes.length) {
    const lead = bytes[i2] ?? 0;
    if (lead < 128) {
      i2 += 1;
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
    } else return i2;
    for (let k = 1; k < length; k++) {
      const next = bytes[i2 + k];
      const [min, max] = k === 1 ? [low, high] : [128, 191];
      if (next === void 0 || next < min || next > max) return i2;
    }
    i2 += length;
  }
  return -1;
}
function fileDiagnostic(file, line, column, rule, message2, fix) {
  return { file, line, column, severity: "error", rule, message: message2, fix, path: "" };
}
function refuse2(diagnostic) {
  return { diagnostics: [diagnostic], valid: false };
}

// src/spec/substitute.ts
var import_yaml3 = __toESM(require_dist(), 1);
var BUILTIN_VARIABLES = [
  "IMAGE",
  "SERVICE",
  "REGION",
  "PROJECT_ID",
  "POSTGREST_VERSION",
  "REVISION"
];
var NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteVariables(document, values, deferred = /* @__PURE__ */ new Set()) {
  const result = { diagnostics: [], references: [] };
  walk(document.doc.contents, [], (node, path12) => {
    if (typeof node.value !== "string" || !node.value.includes("$")) return;
    const raw = node.value;
    const { text: text3, problems, names: names2, unresolvedNames } = expand(raw, values, deferred);
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
        path: formatPath(path12)
      });
    }
    if (names2.length > 0 || unresolvedNames.length > 0)
      result.references.push({ path: path12, raw, names: names2, unresolved: unresolvedNames });
    node.value = text3;
  });
  return result;
}
function expand(raw, values, deferred = /* @__PURE__ */ new Set()) {
  const expansion = { text: "", problems: [], names: [], unresolvedNames: [] };
  let i2 = 0;
  while (i2 < raw.length) {
    if (raw.startsWith("$${", i2)) {
      expansion.text += "${";
      i2 += 3;
      continue;
    }
    if (!raw.startsWith("${", i2)) {
      expansion.text += raw.charAt(i2);
      i2 += 1;
      continue;
    }
    const close = raw.indexOf("}", i2 + 2);
    if (close < 0) {
      append(expansion, unterminatedReference(raw.slice(i2)));
      break;
    }
    append(expansion, expandReference(raw.slice(i2, close + 1), values, deferred));
    i2 = close + 1;
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
  if (!NAME2.test(name)) {
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
function walk(node, path12, visit2) {
  if ((0, import_yaml3.isAlias)(node)) return;
  if ((0, import_yaml3.isScalar)(node)) {
    visit2(node, path12);
  } else if ((0, import_yaml3.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml3.isPair)(pair)) continue;
      const key = (0, import_yaml3.isScalar)(pair.key) ? pair.key.value : pair.key;
      walk(pair.value, [...path12, String(key)], visit2);
    }
  } else if ((0, import_yaml3.isSeq)(node)) {
    node.items.forEach((item, index) => {
      walk(item, [...path12, index], visit2);
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

// src/spec/check.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/spec/document.ts
var import_yaml4 = __toESM(require_dist(), 1);
var MAX_ALIAS_EXPANSION = 1e4;
function parseSpecDocument(file, text3) {
  const lines = new import_yaml4.LineCounter();
  const docs2 = (0, import_yaml4.parseAllDocuments)(text3, {
    lineCounter: lines,
    version: "1.1",
    // yaml compares each key with every earlier one (minutes for a large file); duplicateKeys does it in one pass.
    uniqueKeys: false,
    prettyErrors: true
  });
  const [first] = docs2;
  const problems = streamProblems(docs2, lines);
  if (problems.length === 0) problems.push(...contentProblems(first, text3));
  const diagnostics2 = problems.map(({ offset, rule, message: message2, fix }) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, severity: "error", rule, message: message2, fix, path: "" };
  });
  if (diagnostics2.length > 0 || !first) return { diagnostics: diagnostics2 };
  return { document: { file, text: text3, doc: first, lines }, diagnostics: diagnostics2 };
}
function streamProblems(docs2, lines) {
  const problems = [];
  for (const doc of docs2) {
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
  for (const extra of docs2.slice(1)) {
    problems.push({
      offset: extra.range[0],
      rule: "yaml/multiple-documents",
      message: "the file holds more than one YAML document",
      fix: "keep exactly one Service per file; remove the `---` and what follows"
    });
  }
  return problems;
}
function contentProblems(doc, text3) {
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
  const alias2 = findAliasProblem(doc);
  if (alias2)
    return [{ offset: alias2.node.range?.[0] ?? 0, rule: alias2.rule, message: alias2.message, fix: alias2.fix }];
  return nonFiniteNumbers(doc).map((node) => {
    const [start = 0, end = start] = node.range ?? [];
    const written = text3.slice(start, end).trim();
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
  (0, import_yaml4.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Map();
      for (const { key } of map.items) {
        if (!(0, import_yaml4.isScalar)(key)) continue;
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
  (0, import_yaml4.visit)(doc, {
    Scalar(_, node) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) found.push(node);
    }
  });
  return found;
}
function isEmpty(contents) {
  if (contents === null) return true;
  return (0, import_yaml4.isScalar)(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1];
}
function findAliasProblem(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  let added = 0;
  let problem;
  const sizeOf = (node) => {
    if (problem || node === null || node === void 0) return 0;
    if ((0, import_yaml4.isAlias)(node)) {
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
    if ((0, import_yaml4.isPair)(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if ((0, import_yaml4.isCollection)(node)) for (const item of node.items) size += sizeOf(item);
    if (anchor) sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents);
  return problem;
}
function firstLine(message2) {
  const line = message2.split("\n")[0] ?? message2;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}
function nodeAt(document, path12) {
  let node = document.doc.contents;
  for (const segment of path12) {
    node = resolveAlias(document, node);
    if ((0, import_yaml4.isMap)(node)) node = pairAt(node, segment)?.value;
    else if ((0, import_yaml4.isCollection)(node)) node = node.get(segment, true);
    else return void 0;
  }
  return resolveAlias(document, node) ?? void 0;
}
function keyNodeAt(document, path12) {
  if (path12.length === 0) return void 0;
  const parent = nodeAt(document, path12.slice(0, -1));
  const key = (0, import_yaml4.isMap)(parent) ? pairAt(parent, path12[path12.length - 1])?.key : void 0;
  return (0, import_yaml4.isScalar)(key) ? key : void 0;
}
var pairIndexes = /* @__PURE__ */ new WeakMap();
var aliasTargets = /* @__PURE__ */ new WeakMap();
function pairAt(map, key) {
  let index = pairIndexes.get(map);
  if (index?.length !== map.items.length) {
    const pairs = /* @__PURE__ */ new Map();
    for (const pair of map.items)
      if ((0, import_yaml4.isScalar)(pair.key) && !pairs.has(pair.key.value)) pairs.set(pair.key.value, pair);
    index = { length: map.items.length, pairs };
    pairIndexes.set(map, index);
  }
  return index.pairs.get(key);
}
function resolveAlias(document, node) {
  if (!(0, import_yaml4.isAlias)(node)) return node;
  if (!aliasTargets.has(node)) aliasTargets.set(node, node.resolve(document.doc));
  return aliasTargets.get(node);
}
function positionOf(document, path12, anchor = "value") {
  for (let depth = path12.length; depth >= 0; depth--) {
    const prefix = path12.slice(0, depth);
    const node = (anchor === "key" || depth < path12.length) && typeof prefix[prefix.length - 1] === "string" ? keyNodeAt(document, prefix) ?? nodeAt(document, prefix) : nodeAt(document, prefix);
    const offset = node?.range[0];
    if (offset !== void 0) {
      const { line, col } = document.lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
function diagnosticAt(document, path12, anchor, severity, rule, message2, fix) {
  const { line, column } = positionOf(document, path12, anchor);
  return { file: document.file, line, column, severity, rule, message: message2, fix, path: formatPath(path12) };
}

// src/spec/annotation-table.ts
var import_yaml5 = __toESM(require_dist(), 1);

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
  const path12 = parsePointer(error.instancePath);
  const found = {
    document,
    error,
    path: path12,
    where: formatPath(path12) || "the top level",
    value: valueAt(data, path12)
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
function unknownField({ document, error, path: path12, where }) {
  const field3 = error.params.additionalProperty;
  const known = Object.keys(error.parentSchema?.properties ?? {});
  const suggestion = closest(field3, known);
  return diagnosticAt(
    document,
    [...path12, field3],
    "key",
    "error",
    "schema/unknown-field",
    `unknown field "${field3}" in ${where}`,
    suggestion ? `did you mean "${suggestion}"? (gcloud and Cloud Run reject unknown fields)` : `remove it; ${where} accepts ${known.map((k) => `"${k}"`).join(", ")}`
  );
}
function missingField({ document, error, path: path12, where }) {
  const field3 = error.params.missingProperty;
  return diagnosticAt(
    document,
    path12,
    "key",
    "error",
    "schema/required",
    `missing required field "${field3}" in ${where}`,
    `add ${field3}`
  );
}
function wrongType({ document, error, path: path12, where, value }) {
  if (path12.length === 0) return notAService(document, "the top level is not a mapping");
  const expected = [error.params.type].flat().join(",");
  return diagnosticAt(
    document,
    path12,
    "value",
    "error",
    "schema/type",
    `${where} must be ${describeType(expected)}, not ${describeValue(value)}`,
    typeFix(expected, value)
  );
}
function notANumberOrBoolean({ document, error, path: path12, where, value }) {
  const boolean = [error.parentSchema?.type].flat().includes("boolean");
  return diagnosticAt(
    document,
    path12,
    "value",
    "error",
    "schema/type",
    `${where} must be ${boolean ? "true or false" : "an integer"}, not ${describeValue(value)}`,
    boolean ? "write true or false without quotes" : "write a whole number"
  );
}
function notOneOfTheValues({ document, error, path: path12, where, value }) {
  const allowed = error.params.allowedValues.map(String);
  return diagnosticAt(
    document,
    path12,
    "value",
    "error",
    "schema/value",
    `${where} must be one of ${allowed.join(", ")}, not ${describeValue(value)}`,
    error.parentSchema?.errorMessage ?? `use ${allowed.join(" or ")}`
  );
}
function notTheValue({ document, error, path: path12, where, value }) {
  const allowed = String(error.params.allowedValue);
  if (path12.length === 1 && (path12[0] === "kind" || path12[0] === "apiVersion")) {
    return notAService(document, `${where} is ${describeValue(value)}, not "${allowed}"`, path12);
  }
  return diagnosticAt(
    document,
    path12,
    "value",
    "error",
    "schema/value",
    `${where} must be "${allowed}"`,
    `set it to "${allowed}"`
  );
}
function invalidValue({ document, error, path: path12, where }) {
  return diagnosticAt(
    document,
    path12,
    "value",
    "error",
    "schema/value",
    `${where} ${error.message ?? "is invalid"}`,
    "see schema/cloudrun-service.schema.json"
  );
}
function notAService(document, message2, path12 = []) {
  return diagnosticAt(
    document,
    path12,
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
function valueAt(data, path12) {
  let value = data;
  for (const segment of path12) {
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
  let previous = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    const current = [i2];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i2 - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function coerceIntegerStrings(data) {
  const changed = [];
  const visit2 = (value, schema, path12, setValue) => {
    const resolved = resolve2(schema);
    if (!resolved) return;
    if (resolved.isInteger && typeof value === "string" && /^[-+]?\d+$/.test(value)) {
      setValue(Number(value));
      changed.push(path12);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i2) => {
        visit2(item, resolved.items, [...path12, i2], (v) => value[i2] = v);
      });
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const [key, child2] of Object.entries(record)) {
        visit2(
          child2,
          resolved.properties[key] ?? resolved.additional,
          [...path12, key],
          (v) => record[key] = v
        );
      }
    }
  };
  visit2(data, SERVICE_SCHEMA, [], () => void 0);
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

// src/spec/annotation-table.ts
var DEFAULT_MAX_INSTANCES = 100;
var CLOUD_RUN_PREFIXES = [
  "run.googleapis.com/",
  "autoscaling.knative.dev/",
  "serving.knative.dev/"
];
function oneOf2(...values) {
  return {
    describe: values.join(" | "),
    check: (value) => values.includes(value) ? void 0 : `is not one of ${values.join(", ")}`
  };
}
var BOOLEAN2 = {
  describe: '"true" | "false" (quoted)',
  check: (value) => value === "true" || value === "false" ? void 0 : 'is not "true" or "false"'
};
var WHOLE_NUMBER = {
  describe: 'a whole number, quoted ("3")',
  check: (value) => /^\d+$/.test(value) ? void 0 : "is not a whole number"
};
function text2(maxLength) {
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
      const bad = value.split(",").find((entry2) => !item.test(entry2.trim()));
      return bad === void 0 ? void 0 : `has "${bad.trim()}", which is not ${describe2}`;
    }
  };
}
function utilization(min, max) {
  return {
    describe: `a fraction from ${min} to ${max} ("0.7"), or disabled`,
    check: (value) => {
      if (value === "disabled") return void 0;
      const number2 = /^\d*\.?\d+$/.test(value) ? Number(value) : Number.NaN;
      return number2 >= min && number2 <= max ? void 0 : `is not a fraction from ${min} to ${max} or disabled`;
    }
  };
}
function structured(value) {
  try {
    return (0, import_yaml5.parse)(value);
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
var INGRESS = oneOf2("all", "internal", "internal-and-cloud-load-balancing");
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
    value: oneOf2("ALPHA", "BETA", "GA"),
    source: YAML_REFERENCE,
    note: "allows preview features"
  },
  { key: "run.googleapis.com/description", level: "service", value: text2(512), source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/binary-authorization",
    level: "service",
    value: text2(),
    source: YAML_REFERENCE,
    note: '"default" or a policy name'
  },
  {
    key: "run.googleapis.com/binary-authorization-breakglass",
    level: "service",
    value: text2(),
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
    value: oneOf2("automatic", "manual"),
    source: `${RUN_DOCS}/configuring/services/manual-scaling`
  },
  {
    key: "run.googleapis.com/manualInstanceCount",
    level: "service",
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/services/manual-scaling`
  },
  { key: "run.googleapis.com/function-target", level: "service", value: text2(), source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/invoker-iam-disabled",
    level: "service",
    value: BOOLEAN2,
    source: `${RUN_DOCS}/authenticating/public`
  },
  { key: "run.googleapis.com/iap-enabled", level: "service", value: BOOLEAN2, source: YAML_REFERENCE },
  {
    key: "run.googleapis.com/custom-audiences",
    level: "service",
    value: STRING_LIST,
    source: `${RUN_DOCS}/configuring/custom-audiences`
  },
  { key: "run.googleapis.com/default-url-disabled", level: "service", value: BOOLEAN2, source: OBJECT_META },
  { key: "run.googleapis.com/gc-traffic-tags", level: "service", value: text2(), source: OBJECT_META },
  {
    key: "run.googleapis.com/build-base-image",
    level: "service",
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-enable-automatic-updates",
    level: "service",
    value: BOOLEAN2,
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
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-name",
    level: "service",
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-service-account",
    level: "service",
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-worker-pool",
    level: "service",
    value: text2(),
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
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-id",
    level: "both",
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/build-source-location",
    level: "both",
    value: text2(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY
  },
  {
    key: "run.googleapis.com/client-name",
    level: "both",
    value: text2(),
    source: OBJECT_META,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/client-version",
    level: "both",
    value: text2(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/operation-id",
    level: "both",
    value: text2(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/creatorEmail",
    level: "both",
    value: text2(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "run.googleapis.com/lastModifierEmail",
    level: "both",
    value: text2(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "serving.knative.dev/creator",
    level: "both",
    value: text2(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER
  },
  {
    key: "serving.knative.dev/lastModifier",
    level: "both",
    value: text2(),
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
    value: BOOLEAN2,
    source: `${RUN_DOCS}/configuring/billing-settings`,
    note: '"false": CPU always allocated (instance-based billing)'
  },
  {
    key: "run.googleapis.com/startup-cpu-boost",
    level: "revision",
    value: BOOLEAN2,
    source: `${RUN_DOCS}/configuring/services/cpu`
  },
  {
    key: "run.googleapis.com/sessionAffinity",
    level: "revision",
    value: BOOLEAN2,
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
    value: oneOf2("gen1", "gen2"),
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
    value: oneOf2("all-traffic", "private-ranges-only", "all"),
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
    value: oneOf2("PREVENT_NEW", "SHUTDOWN"),
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
  { key: "run.googleapis.com/secure-session-agent", level: "revision", value: text2(), source: OBJECT_META },
  {
    key: "run.googleapis.com/gpu-zonal-redundancy-disabled",
    level: "revision",
    value: BOOLEAN2,
    source: `${RUN_DOCS}/configuring/services/gpu-zonal-redundancy`
  },
  {
    key: "run.googleapis.com/health-check-disabled",
    level: "revision",
    value: BOOLEAN2,
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
    value: text2(),
    source: `https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/${module}`,
    note: "preview: known to gcloud, not yet in the docs; the value is not checked"
  }));
}
var BY_KEY = new Map(ANNOTATIONS.map((entry2) => [entry2.key, entry2]));
function checkAnnotation(key, level, value) {
  const prefix = CLOUD_RUN_PREFIXES.find((p) => key.startsWith(p));
  if (prefix === void 0) return void 0;
  const entry2 = BY_KEY.get(key);
  if (!entry2) {
    const suggestion = suggestAnnotation(key);
    return suggestion === void 0 ? { kind: "unknown", prefix } : { kind: "unknown", prefix, suggestion };
  }
  if (entry2.level !== "both" && entry2.level !== level) return { kind: "level", entry: entry2 };
  const problem = value === void 0 ? void 0 : entry2.value.check(value);
  return problem === void 0 ? void 0 : { kind: "value", entry: entry2, problem };
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
  const { path: path12, at = "value", severity = "error", rule, message: message2, fix } = finding;
  context.diagnostics.push(diagnosticAt(context.document, path12, at, severity, rule, message2, fix));
}
function reportInValue(context, finding) {
  const { path: path12, needle, severity = "error", rule, message: message2, fix } = finding;
  const diagnostic = diagnosticAt(context.document, path12, "value", severity, rule, message2, fix);
  const range = nodeAt(context.document, path12)?.range;
  const offset = range ? context.document.text.slice(range[0], range[1]).indexOf(needle) : -1;
  if (!range || offset < 0) {
    context.diagnostics.push(diagnostic);
    return;
  }
  const { line, col } = context.document.lines.linePos(range[0] + offset);
  context.diagnostics.push({ ...diagnostic, line, column: col });
}
function isDeferred(context, path12) {
  return context.references.some((r) => r.unresolved.length > 0 && samePath(r.path, path12));
}
function references(context, path12, name) {
  return context.references.some((r) => r.names.includes(name) && samePath(r.path, path12));
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i2) => segment === b[i2]);
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
    const { path: path12 } = ANNOTATIONS_AT[level];
    const written = asRecord(field(context.service, ...path12));
    if (!written) continue;
    for (const [key, raw] of Object.entries(written)) {
      const keyPath = [...path12, key];
      const value = isDeferred(context, keyPath) ? void 0 : asString(raw);
      const finding = checkAnnotation(key, level, value);
      if (finding) reportFinding(context, keyPath, key, level, value ?? "", finding);
    }
  }
  scaleBounds(context);
};
function reportFinding(context, path12, key, level, value, finding) {
  switch (finding.kind) {
    case "unknown":
      report(context, {
        path: path12,
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
        path: path12,
        at: "key",
        rule: "cloudrun/annotation-level",
        message: `${key} is a ${right} annotation: Cloud Run does not accept it on the ${ANNOTATIONS_AT[level].object}`,
        fix: `move it to ${ANNOTATIONS_AT[right].written}` + (counterpart ? `, or use ${counterpart} for the ${level}-level setting` : "")
      });
      return;
    }
    case "value":
      report(context, {
        path: path12,
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
    const { path: path12 } = ANNOTATIONS_AT[level];
    const bound = (key) => {
      const text3 = isDeferred(context, [...path12, key]) ? void 0 : asString(field(context.service, ...path12, key));
      return text3 !== void 0 && /^\d+$/.test(text3) ? Number(text3) : void 0;
    };
    const [low, high] = [bound(min), bound(max)];
    if (low !== void 0 && high !== void 0 && low > high) {
      report(context, {
        path: [...path12, min],
        rule: "cloudrun/annotation",
        message: `${min} ${low} is above ${max} ${high}`,
        fix: `lower ${min} or raise ${max}`
      });
    }
  }
}

// src/spec/rules/service-parts.ts
var TEMPLATE_SPEC = ["spec", "template", "spec"];
function containersOf2(service) {
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
  return asList(container.container["env"]).flatMap((entry2, i2) => {
    const record = asRecord(entry2);
    const name = asString(record?.["name"]);
    return record && name !== void 0 ? [{ name, entry: record, path: [...container.path, "env", i2] }] : [];
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
  const text3 = templateAnnotation(context.service, KEY);
  if (text3 === void 0 || isDeferred(context, PATH)) return;
  const graph = parseContainerDependencies(text3);
  if (!graph) return;
  const refs = containersOf2(context.service);
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
function reportAt(context, name, message2, fix) {
  reportInValue(context, { path: PATH, needle: name, rule: RULE, message: message2, fix });
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
  ports2.forEach((port, i2) => {
    const portPath = [...ref.path, "ports", i2];
    const number2 = asInteger(field(port, "containerPort"));
    if (number2 !== void 0 && (number2 < 1 || number2 > 65535)) {
      report(context, {
        path: [...portPath, "containerPort"],
        rule: "cloudrun/port",
        message: `containerPort ${number2} is outside 1\u201365535`,
        fix: "use the port PostgREST listens on (3000 by default)"
      });
    }
  });
}
var containers = (context) => {
  const refs = containersOf2(context.service);
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
function checkEnvEntry(context, ref, entry2, scope) {
  const { seen, ingress } = scope;
  const fromSecret = asRecord(asRecord(entry2.entry["valueFrom"])?.["secretKeyRef"]) !== void 0;
  const before = seen.get(entry2.name);
  if (before !== void 0) {
    const secret = fromSecret || before;
    report(context, {
      path: [...entry2.path, "name"],
      severity: secret ? "error" : "warning",
      rule: "cloudrun/env-unique",
      message: secret ? `env ${entry2.name} is set twice in container ${containerLabel(ref)}, and references a secret: Cloud Run rejects that` : `env ${entry2.name} is set twice in container ${containerLabel(ref)}: the container gets the last value only`,
      fix: secret ? "keep one entry" : "keep one entry, so the file says what runs"
    });
  }
  seen.set(entry2.name, (before ?? false) || fromSecret);
  const reserved = RESERVED_ENV.includes(entry2.name) && (entry2.name !== "PORT" || ref.index === ingress?.index || !ingress);
  if (reserved) {
    report(context, {
      path: [...entry2.path, "name"],
      rule: "cloudrun/env-reserved",
      message: `env ${entry2.name} is reserved: Cloud Run sets it itself`,
      fix: entry2.name === "PORT" ? "remove it and set ports[0].containerPort instead" : "remove it"
    });
  }
  checkEnvSource(context, entry2);
}
function checkEnvSource(context, entry2) {
  const hasValue = "value" in entry2.entry;
  const source = asRecord(entry2.entry["valueFrom"]);
  if (hasValue && source) {
    report(context, {
      path: [...entry2.path, "valueFrom"],
      at: "key",
      rule: "cloudrun/env-source",
      message: `env ${entry2.name} has both value and valueFrom`,
      fix: "keep one of them"
    });
  }
  if (source) {
    const secret = asRecord(source["secretKeyRef"]);
    if (!secret) {
      report(context, {
        path: [...entry2.path, "valueFrom"],
        at: "key",
        rule: "cloudrun/env-source",
        message: `env ${entry2.name}: Cloud Run takes values only from secretKeyRef`,
        fix: "use valueFrom.secretKeyRef with name (the secret) and key (its version)"
      });
    } else {
      for (const key of ["name", "key"]) {
        if (asString(secret[key]) === void 0) {
          report(context, {
            path: [...entry2.path, "valueFrom", "secretKeyRef"],
            at: "key",
            rule: "cloudrun/env-source",
            message: `env ${entry2.name}: secretKeyRef needs ${key}`,
            fix: key === "name" ? "set name to the Secret Manager secret" : "set key to a version number or latest"
          });
        }
      }
    }
  }
}
var env = (context) => {
  const refs = containersOf2(context.service);
  const ingress = ingressContainer(refs);
  for (const ref of refs) {
    const seen = /* @__PURE__ */ new Map();
    for (const entry2 of envOf(ref)) checkEnvEntry(context, ref, entry2, { seen, ingress });
  }
};

// src/spec/rules/cloudrun/image.ts
var image = (context) => {
  for (const ref of containersOf2(context.service)) {
    const path12 = [...ref.path, "image"];
    const text3 = asString(ref.container["image"]);
    if (text3 === void 0 || isDeferred(context, path12)) continue;
    const parsed = parseImageName(text3);
    if ("name" in parsed) continue;
    const { message: message2, fix } = describe(text3, parsed.problem);
    const part = "part" in parsed.problem ? parsed.problem.part : void 0;
    if (part === void 0) report(context, { path: path12, rule: "cloudrun/image", message: message2, fix });
    else reportInValue(context, { path: path12, needle: part, rule: "cloudrun/image", message: message2, fix });
  }
};
function describe(text3, problem) {
  const image2 = `image "${text3}"`;
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
function checkHandlers(context, kind, probe, path12) {
  const handlers = ["httpGet", "tcpSocket", "grpc"].filter((h) => h in probe);
  if (handlers.length !== 1) {
    report(context, {
      path: path12,
      at: "key",
      rule: "cloudrun/probe",
      message: `${kind} must have exactly one of httpGet, tcpSocket, grpc (it has ${handlers.length ? handlers.join(", ") : "none"})`,
      fix: "keep one handler"
    });
  }
  if (kind === "livenessProbe" && "tcpSocket" in probe) {
    report(context, {
      path: [...path12, "tcpSocket"],
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
        path: [...path12, handler, "port"],
        rule: "cloudrun/probe",
        message: `${kind} port ${port} is outside 1\u201365535`,
        fix: "use the port the check is served on"
      });
    }
  }
}
function checkTimings(context, kind, probe, path12) {
  const period = asInteger(probe["periodSeconds"]) ?? 10;
  const timeout = asInteger(probe["timeoutSeconds"]) ?? 1;
  if (kind === "startupProbe" && period > MAX_STARTUP_PERIOD) {
    report(context, {
      path: [...path12, "periodSeconds"],
      rule: "cloudrun/probe",
      message: `startupProbe periodSeconds ${period} exceeds ${MAX_STARTUP_PERIOD}`,
      fix: `set it to at most ${MAX_STARTUP_PERIOD}`
    });
  }
  if (timeout > period) {
    report(context, {
      path: [...path12, "timeoutSeconds"],
      rule: "cloudrun/probe",
      message: `${kind} timeoutSeconds ${timeout} exceeds periodSeconds ${period}`,
      fix: "make timeoutSeconds at most periodSeconds"
    });
  }
  for (const timing of ["periodSeconds", "timeoutSeconds", "failureThreshold"]) {
    const value = asInteger(probe[timing]);
    if (value !== void 0 && value < 1)
      report(context, {
        path: [...path12, timing],
        rule: "cloudrun/probe",
        message: `${kind} ${timing} ${value} must be at least 1`,
        fix: "use a positive number"
      });
  }
  const initialDelay = asInteger(probe["initialDelaySeconds"]);
  if (initialDelay !== void 0 && (initialDelay < 0 || initialDelay > 240)) {
    report(context, {
      path: [...path12, "initialDelaySeconds"],
      rule: "cloudrun/probe",
      message: `${kind} initialDelaySeconds ${initialDelay} is outside 0\u2013240`,
      fix: "use at most 240"
    });
  }
}
var probes = (context) => {
  for (const ref of containersOf2(context.service)) {
    for (const kind of ["startupProbe", "livenessProbe"]) {
      const probe = asRecord(ref.container[kind]);
      if (!probe) continue;
      checkHandlers(context, kind, probe, [...ref.path, kind]);
      checkTimings(context, kind, probe, [...ref.path, kind]);
    }
  }
};

// src/spec/rules/quantity.ts
function parseCpu(text3) {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/.exec(text3.trim());
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
function parseMemory(text3) {
  const match = /^(\d+(?:\.\d+)?)(?:e(\d+)|(Ki|Mi|Gi|Ti|k|M|G|T))?$/.exec(text3.trim());
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
function containerCpu(context, path12, text3) {
  if (text3 === void 0) return DEFAULT_CPU;
  const parsed = parseCpu(text3);
  if (parsed === void 0 || parsed <= 0) {
    report(context, {
      path: path12,
      rule: "cloudrun/cpu",
      message: `cpu "${text3}" is not a CPU quantity`,
      fix: 'write a number of vCPUs: "1", "2", "4", "6", "8", or below 1 like "500m"'
    });
    return void 0;
  }
  if (parsed > 1 && !WHOLE_CPUS.includes(parsed)) {
    report(context, {
      path: path12,
      rule: "cloudrun/cpu",
      message: `cpu "${text3}" is not offered by Cloud Run`,
      fix: "above 1 vCPU, use 2, 4, 6 or 8"
    });
    return void 0;
  }
  return parsed;
}
function containerMemory(context, path12, text3) {
  if (text3 === void 0) return DEFAULT_MEMORY;
  const parsed = parseMemory(text3);
  if (parsed !== void 0 && parsed > 0) return parsed;
  report(context, {
    path: path12,
    rule: "cloudrun/memory",
    message: `memory "${text3}" is not a memory quantity`,
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
  for (const ref of containersOf2(context.service)) {
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
  for (const ref of containersOf2(context.service)) {
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
function checkTarget2(context, target, i2) {
  const path12 = ["spec", "traffic", i2];
  const revision = asString(field(target, "revisionName"));
  const latest = field(target, "latestRevision") === true;
  if (revision === void 0 === !latest) {
    report(context, {
      path: path12,
      rule: "cloudrun/traffic",
      message: `traffic target ${i2} must name exactly one of revisionName or latestRevision: true`,
      fix: revision === void 0 ? "add revisionName, or latestRevision: true" : "remove latestRevision, or revisionName"
    });
  }
  const percent = asInteger(field(target, "percent"));
  if (percent !== void 0 && (percent < 0 || percent > 100)) {
    report(context, {
      path: [...path12, "percent"],
      rule: "cloudrun/traffic",
      message: `percent ${percent} is outside 0\u2013100`,
      fix: "use 0 to 100"
    });
  }
  return percent;
}
function checkTag(context, target, i2, tags) {
  const tagPath = ["spec", "traffic", i2, "tag"];
  const tag3 = asString(field(target, "tag"));
  if (tag3 !== void 0 && !isDeferred(context, tagPath)) {
    if (!isDnsLabel(tag3)) {
      report(context, {
        path: tagPath,
        rule: "cloudrun/tag",
        message: `tag "${tag3}" is not a DNS label`,
        fix: "use lowercase letters, digits and hyphens, starting with a letter (e.g. pr-123)"
      });
    }
    if (tags.has(tag3))
      report(context, {
        path: tagPath,
        rule: "cloudrun/tag",
        message: `tag "${tag3}" is used twice`,
        fix: "give each target its own tag"
      });
    tags.add(tag3);
  }
}
var traffic = (context) => {
  const targets = asList(field(context.service, "spec", "traffic"));
  if (targets.length === 0) return;
  const percents = [];
  const tags = /* @__PURE__ */ new Set();
  for (const [i2, target] of targets.entries()) {
    const percent = checkTarget2(context, target, i2);
    if (percent !== void 0) percents.push(percent);
    checkTag(context, target, i2, tags);
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
  const warn = (path12, what) => {
    report(context, {
      path: path12,
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
  for (const ref of containersOf2(context.service)) {
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
  asList(field(context.service, ...TEMPLATE_SPEC, "volumes")).forEach((volume, i2) => {
    if ("configMap" in (asRecord(volume) ?? {}))
      warn([...TEMPLATE_SPEC, "volumes", i2, "configMap"], "a configMap volume");
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
  asList(field(context.service, ...volumesPath)).forEach((volume, i2) => {
    const path12 = [...volumesPath, i2];
    const name = asString(field(volume, "name"));
    if (name !== void 0) {
      if (declared.has(name))
        report(context, {
          path: [...path12, "name"],
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
        path: sources[1] ? [...path12, sources[1]] : path12,
        at: sources[1] ? "key" : "value",
        rule: "cloudrun/volume-source",
        message: `volume "${name ?? i2}" must have exactly one of secret, emptyDir, csi, nfs (it has ${sources.length ? sources.join(", ") : "none"})`,
        fix: "keep one source"
      });
    } else if (sources[0] === "secret" && asString(field(volume, "secret", "secretName")) === void 0) {
      report(context, {
        path: [...path12, "secret"],
        at: "key",
        rule: "cloudrun/volume-source",
        message: `secret volume "${name ?? i2}" has no secretName`,
        fix: "set secretName to the Secret Manager secret"
      });
    }
  });
  return declared;
}
function checkMounts(context, declared) {
  for (const ref of containersOf2(context.service)) {
    const mountPaths = /* @__PURE__ */ new Set();
    asList(ref.container["volumeMounts"]).forEach((mount, i2) => {
      const path12 = [...ref.path, "volumeMounts", i2];
      const name = asString(field(mount, "name"));
      if (name !== void 0 && !declared.has(name)) {
        report(context, {
          path: [...path12, "name"],
          rule: "cloudrun/volume-mount",
          message: `volumeMount names volume "${name}", which is not declared`,
          fix: `declare it under spec.template.spec.volumes${declared.size ? ` or use one of ${[...declared].map((d) => `"${d}"`).join(", ")}` : ""}`
        });
      }
      const mountPath = asString(field(mount, "mountPath"));
      if (mountPath === void 0) return;
      if (!mountPath.startsWith("/")) {
        report(context, {
          path: [...path12, "mountPath"],
          rule: "cloudrun/volume-mount",
          message: `mountPath "${mountPath}" is not absolute`,
          fix: "start it with /"
        });
      }
      const normalized = mountPath.replace(/\/+$/, "");
      if (mountPaths.has(normalized)) {
        report(context, {
          path: [...path12, "mountPath"],
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
import path9 from "node:path/posix";

// src/spec/rules/postgrest/container.ts
var VAULT_DIR = "/opt/vault";
var SECRETS_DIR = "/opt/secrets";
var ENTRYPOINT_SCRIPT = "/usr/local/bin/run.sh";
function postgrestContainers(context) {
  const refs = containersOf2(context.service);
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
function plainValue(entry2) {
  return entry2 && !("valueFrom" in entry2.entry) ? asString(entry2.entry["value"]) : void 0;
}
function readableValue(context, entry2) {
  const value = plainValue(entry2);
  return value === void 0 || isDeferred(context, [...entry2.path, "value"]) ? void 0 : value;
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
    const entry2 = envNamed(ref, name);
    const file = plainValue(entry2);
    if (entry2 && file !== void 0)
      found.push({ keyword, file, label: `${name}=${file}`, path: [...entry2.path, "value"], needle: file });
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
      files.set(path9.join(mountPath, itemPath), {
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
      const normalized = path9.normalize(cert.file);
      if (!normalized.startsWith(`${SECRETS_DIR}/`)) {
        const underVault = normalized.startsWith(`${VAULT_DIR}/`);
        reportInValue(context, {
          path: cert.path,
          needle: cert.needle,
          rule: "pgrst/secret-path",
          message: underVault ? `${cert.label} reads the secret mount itself: Cloud Run mounts it read-only 0444${cert.keyword === "sslkey" ? ", and libpq refuses a key with group or world access" : ""}` : `${cert.label} is not under ${SECRETS_DIR}/, where the entrypoint puts the copies of the secret mounts`,
          fix: `point it at ${SECRETS_DIR}/${underVault ? path9.relative(VAULT_DIR, normalized) : "<path>"}; the entrypoint copies ${VAULT_DIR} to ${SECRETS_DIR} with mode 0600`
        });
        continue;
      }
      const source = path9.join(VAULT_DIR, path9.relative(SECRETS_DIR, normalized));
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
  const directory = path9.dirname(source);
  const sameDirectory = [...files.entries()].filter(([, f]) => f.mountPath.replace(/\/+$/, "") === directory);
  if (sameDirectory.length > 0) {
    const provided = sameDirectory.map(([file]) => file.replace(VAULT_DIR, SECRETS_DIR)).join(", ");
    return `the secret volume mounted at ${directory} provides ${provided}: use that path, or set its items[].path to ${path9.basename(source)}`;
  }
  const elsewhere = [...files.keys()].map((file) => file.replace(VAULT_DIR, SECRETS_DIR));
  return `mount a secret volume at ${directory} with items: [{key: latest, path: ${path9.basename(source)}}]${elsewhere.length ? `, or use one of the mounted files ${elsewhere.join(", ")}` : ""}`;
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
      const entry2 = envNamed(ref, name);
      const value = plainValue(entry2);
      if (entry2 && value !== void 0 && !value.startsWith("@")) {
        report(context, {
          path: [...entry2.path, "value"],
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
import path10 from "node:path/posix";
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
  const isScript = (word) => word === ENTRYPOINT_SCRIPT || word === path10.basename(ENTRYPOINT_SCRIPT);
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
    const tag3 = /:([^:/]+)$/.exec(name.slice(name.lastIndexOf("/") + 1))?.[1];
    const version = tag3 === void 0 ? void 0 : parsePostgrestVersion(tag3);
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
    const entry2 = envNamed(ref, "PGRST_JWT_ROLE_CLAIM_KEY");
    const key = plainValue(entry2);
    if (!entry2 || key === void 0 || isDeferred(context, [...entry2.path, "value"])) continue;
    const check = checkRoleClaimKey(key, version);
    const path12 = [...entry2.path, "value"];
    if (!check.ok) {
      const where = check.error ? ` at character ${check.error.offset + 1}: ${check.error.message}` : "";
      report(context, {
        path: path12,
        rule: "pgrst/role-claim-key",
        message: `PostgREST ${version.tag} fails to start: failed to parse role-claim-key value (${key})${where}`,
        fix: check.suggestion ? `write ${check.suggestion}` : "see the jwt-role-claim-key grammar of your PostgREST version"
      });
    } else if (check.deprecated) {
      report(context, {
        path: path12,
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
    const entry2 = envNamed(ref, "PGRST_JWT_SECRET");
    const value = entry2 ? readableValue(context, entry2) : void 0;
    if (!entry2 || value === void 0 || value.startsWith("@") || value.trim().startsWith("{")) continue;
    const base64Entry = envNamed(ref, "PGRST_JWT_SECRET_IS_BASE64");
    const base64 = readBoolean((base64Entry && readableValue(context, base64Entry)) ?? "") === true;
    const length = base64 ? Buffer.from(value.trim().replaceAll("-", "+").replaceAll("_", "/"), "base64").length : value.match(/[\s\S]/gu)?.length ?? 0;
    if (length >= MIN_JWT_SECRET_LENGTH) continue;
    const v13 = isAtLeast(version, 13);
    report(context, {
      path: [...entry2.path, "value"],
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
    if (ingressContainer(containersOf2(context.service))?.index !== ref.index) {
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
  const path12 = [...annotations2, key];
  const raw = field(context.service, ...path12);
  if (raw === void 0) return { kind: "unset" };
  const text3 = asString(raw);
  if (text3 === void 0 || isDeferred(context, path12) || !/^\d+$/.test(text3)) return { kind: "unknown" };
  return { kind: "set", key, value: Number(text3), path: path12 };
}
function integerSetting(context, ref, name) {
  const fallback = readInteger(settingDefault(name, context.postgrestVersion) ?? "");
  const entry2 = envNamed(ref, envName(name));
  if (!entry2) return fallback;
  const value = readableValue(context, entry2);
  return value === void 0 ? void 0 : readInteger(value) ?? fallback;
}
function booleanSetting(context, ref, name) {
  const fallback = readBoolean(settingDefault(name, context.postgrestVersion) ?? "");
  const entry2 = envNamed(ref, envName(name));
  if (!entry2) return fallback;
  const value = readableValue(context, entry2);
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
  for (const path12 of [TEMPLATE_ANNOTATIONS, TEMPLATE_ANNOTATIONS.slice(0, -1), ["spec", "template"]])
    if (field(context.service, ...path12) !== void 0) return { path: path12, at: "key" };
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
    for (const [index, entry2] of env2.entries()) {
      const namePath = [...entry2.path, "name"];
      if (!entry2.name.startsWith("PGRST_")) {
        if (entry2.name.toUpperCase().startsWith("PGRST_"))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry2.name} is not read: PostgREST reads upper-case PGRST_ names only`,
            fix: `rename it ${entry2.name.toUpperCase()}`
          });
        continue;
      }
      if (ENTRYPOINT_VARIABLES.includes(entry2.name)) {
        if (!runsActionEntrypoint(context, ref))
          report(context, {
            rule: SETTING_RULE,
            path: namePath,
            message: `${entry2.name} is read by the action's entrypoint (run.sh), which this container does not run; PostgREST ignores it`,
            fix: "remove it, or run the image the action builds (image: ${IMAGE}) without a command that skips run.sh"
          });
        continue;
      }
      const lookup = lookupSetting(entry2.name, version);
      const finding = nameFinding(context, ref, entry2, lookup);
      if (finding) report(context, { rule: SETTING_RULE, ...finding });
      if ((lookup.kind === "setting" || lookup.kind === "alias") && last.get(entry2.name) === index)
        checkValue(context, entry2, lookup);
    }
  }
};
function nameFinding(context, ref, entry2, lookup) {
  const version = context.postgrestVersion;
  const path12 = [...entry2.path, "name"];
  const name = entry2.name;
  switch (lookup.kind) {
    case "setting":
    case "app-setting":
      return void 0;
    case "alias":
      return aliasFinding(context, ref, entry2, lookup.alias, lookup.setting);
    case "not-yet":
      return {
        path: path12,
        message: `PostgREST ${version.tag} does not read ${name}: it was added in ${lookup.setting.added}`,
        fix: `set postgrest_version to ${lookup.setting.added} or later (and run that release), or remove ${name}`
      };
    case "removed": {
      const { setting: setting2, replacement } = lookup;
      const replacedBy = replacement ? ` in favour of ${envName(replacement.name)}${setting2.replacedBy?.note ? ` (${setting2.replacedBy.note})` : ""}` : "";
      return {
        path: path12,
        message: `${name} was removed in PostgREST ${setting2.removed ?? ""}${replacedBy}: ${version.tag} ignores it`,
        fix: replacement ? `use ${envName(replacement.name)}` : `remove ${name}`
      };
    }
    case "unknown": {
      const known = settingEnvNames(version);
      const suggestion = suggest(name, known);
      return {
        path: path12,
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
function aliasFinding(context, ref, entry2, alias2, setting2) {
  const version = context.postgrestVersion;
  const path12 = [...entry2.path, "name"];
  const current = envName(setting2.name);
  const other = envNamed(ref, current);
  if (!other) {
    return {
      path: path12,
      severity: "warning",
      message: `${entry2.name} is the old name of ${current}; PostgREST ${version.tag} still reads it`,
      fix: `rename it ${current}`
    };
  }
  const [ignored, read] = alias2.aliasWins ? [other, entry2] : [entry2, other];
  const ignoredValue = readableValue(context, ignored);
  const same = ignoredValue !== void 0 && ignoredValue === readableValue(context, read);
  return {
    path: [...ignored.path, "name"],
    severity: same ? "warning" : "error",
    message: `${ignored.name} is ignored: ${read.name} is also set, and PostgREST ${version.tag} reads ${read.name === entry2.name ? "the old name" : "the new name"} first`,
    fix: `keep ${current} alone`
  };
}
function checkValue(context, entry2, lookup) {
  const value = readableValue(context, entry2);
  if (value === void 0) return;
  const { meaning, setting: setting2 } = lookup;
  const problem = checkSettingValue(meaning, value);
  if (problem === void 0) return;
  const version = context.postgrestVersion;
  const consequence = meaning.value.onBadValue === "fails" ? `PostgREST ${version.tag} refuses to start` : `PostgREST ${version.tag} ignores it and keeps the default (${meaning.default})`;
  const name = lookup.kind === "alias" ? `${entry2.name} (${envName(setting2.name)})` : entry2.name;
  report(context, {
    rule: SETTING_RULE,
    path: [...entry2.path, "value"],
    message: `${name} "${value}" ${problem}${otherRelease(setting2, meaning, value)}: ${consequence}`,
    fix: `write ${meaning.value.describe}`
  });
}
function otherRelease(setting2, meaning, value) {
  const index = setting2.meanings.indexOf(meaning);
  const other = setting2.meanings.findIndex(
    (m, i2) => i2 !== index && checkSettingValue(m, value) === void 0
  );
  if (other < 0) return "";
  return other < index ? ` (it was a value before ${meaning.since})` : ` (it is a value from ${setting2.meanings[other]?.since ?? ""})`;
}

// src/spec/marker.ts
var MARKER = /^# pgrst-cloudrun: postgrest (v?\d+(?:\.\d+){0,2})[ \t]*$/m;
function validatedForLine(version) {
  return `# pgrst-cloudrun: postgrest ${version.tag}`;
}
function readValidatedFor(text3) {
  const match = MARKER.exec(text3);
  const version = match?.[1] ? parsePostgrestVersion(match[1]) : void 0;
  if (!match || !version) return void 0;
  return { version, line: text3.slice(0, match.index).split("\n").length };
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
import path11 from "node:path/posix";
function secretAliases(context) {
  const aliases = /* @__PURE__ */ new Map();
  for (const entry2 of (templateAnnotation(context.service, "run.googleapis.com/secrets") ?? "").split(",")) {
    const colon = entry2.indexOf(":");
    if (colon > 0) aliases.set(entry2.slice(0, colon).trim(), entry2.slice(colon + 1).trim());
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
    const normalized = path11.normalize(cert.file);
    if (!normalized.startsWith(`${SECRETS_DIR}/`)) continue;
    const mounted = files.get(path11.join(VAULT_DIR, path11.relative(SECRETS_DIR, normalized)));
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
  const diagnostics2 = [...substitution.diagnostics, ...validateSchema(document, service)];
  const firstRuleDiagnostic = diagnostics2.length;
  const coerced = coerceIntegerStrings(service);
  const context = {
    document,
    service,
    postgrestVersion: input.postgrestVersion,
    dbMaxConnections: input.dbMaxConnections,
    references: substitution.references,
    diagnostics: diagnostics2
  };
  const isMapping2 = service !== null && typeof service === "object" && !Array.isArray(service);
  if (isMapping2) for (const rule of [...CLOUD_RUN_RULES, ...POSTGREST_RULES]) rule(context);
  const sorted = sortDiagnostics(withoutCascades(diagnostics2, firstRuleDiagnostic));
  if (hasErrors(sorted) || !isMapping2) return { diagnostics: sorted, valid: false };
  for (const path12 of coerced) {
    const node = nodeAt(document, path12);
    if ((0, import_yaml6.isScalar)(node)) {
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
function withoutCascades(diagnostics2, firstRuleDiagnostic) {
  const broken = diagnostics2.slice(0, firstRuleDiagnostic).filter((d) => d.severity === "error").map((d) => d.path);
  const within = (path12, ancestor) => path12 === ancestor || ancestor === "" || path12.startsWith(`${ancestor}.`) || path12.startsWith(`${ancestor}[`);
  return diagnostics2.filter(
    (d, index) => index < firstRuleDiagnostic || !broken.some((b) => within(b, d.path) || within(d.path, b))
  );
}
function renderSpec(result, format) {
  if (!result.service || !result.document) throw new Error("cannot render an invalid spec");
  if (format === "json") return `${JSON.stringify(result.service, null, 2)}
`;
  const text3 = result.document.doc.toString({ lineWidth: 0 });
  const reparsed = parseSpecDocument(result.document.file, text3).document;
  if (!reparsed || (0, import_yaml6.stringify)(toData(reparsed.doc)) !== (0, import_yaml6.stringify)(result.service))
    throw new Error("internal error: rendered YAML does not read back as the validated service");
  return text3;
}

// src/spec/upgrade.ts
var import_yaml7 = __toESM(require_dist(), 1);
var UPGRADE_RULES = /* @__PURE__ */ new Set([
  "pgrst/role-claim-key",
  "pgrst/setting",
  "pgrst/admin-port",
  "pgrst/jwt-secret"
]);
function planUpgrade(input) {
  const { file, text: text3, to } = input;
  const marker = readValidatedFor(text3);
  const parsed = parseSpecDocument(file, text3);
  if (!parsed.document) {
    return {
      changes: [],
      findings: parsed.diagnostics,
      text: text3,
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
    (e, i2) => typeof e["name"] === "string" ? [
      {
        name: e["name"],
        value: e["value"],
        path: ["spec", "template", "spec", "containers", index ?? 0, "env", i2]
      }
    ] : []
  );
}
function planChanges(document, to) {
  const env2 = postgrestEnv(document);
  const names2 = new Set(env2.map((e) => e.name));
  const change = (path12, rule, from, value, why) => ({
    ...positionOf(document, path12),
    path: formatPath(path12),
    rule,
    from,
    to: value,
    why
  });
  return env2.flatMap((entry2) => {
    if (entry2.name === "PGRST_JWT_ROLE_CLAIM_KEY" && typeof entry2.value === "string" && !entry2.value.includes("${")) {
      const check = checkRoleClaimKey(entry2.value, to);
      if (check.ok && !check.deprecated || !check.suggestion) return [];
      const why2 = check.ok ? `PostgREST ${to.tag} logs that this claim key syntax is deprecated: RFC 9535 JSONPath is the form it documents` : `PostgREST ${to.tag} fails to start with this claim key (${check.error?.message ?? "it does not parse"})`;
      return [change([...entry2.path, "value"], "pgrst/role-claim-key", entry2.value, check.suggestion, why2)];
    }
    const rename2 = renameOf(entry2.name, to);
    if (!rename2 || names2.has(rename2.to)) return [];
    const { why } = rename2;
    return [change([...entry2.path, "name"], "pgrst/setting", entry2.name, rename2.to, why)];
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
    const path12 = c.path;
    const node = nodeAt(document, parsePath(path12));
    if (!(0, import_yaml7.isScalar)(node) || !node.range) return [];
    return [{ start: node.range[0], end: node.range[1], text: scalarText2(node, c.to) }];
  });
  let text3 = document.text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text3 = `${text3.slice(0, edit.start)}${edit.text}${text3.slice(edit.end)}`;
  return text3;
}
function parsePath(path12) {
  return path12.split(".").flatMap((part) => {
    const [name = "", ...indexes] = part.split("[");
    return [...name ? [name] : [], ...indexes.map((i2) => Number(i2.replace("]", "")))];
  });
}
function scalarText2(original, value) {
  const single = `'${value.replaceAll("'", "''")}'`;
  const candidates = original.type === "QUOTE_DOUBLE" ? [JSON.stringify(value)] : original.type === "QUOTE_SINGLE" ? [single] : [value, single];
  for (const candidate of candidates) {
    const read = (0, import_yaml7.parseDocument)(`k: ${candidate}
`, { version: "1.1" }).get("k");
    if (read === value) return candidate;
  }
  return single;
}
function withMarker(text3, version) {
  const line = validatedForLine(version);
  return MARKER.test(text3) ? text3.replace(MARKER, line) : `${line}
${text3}`;
}

// src/preflight/certificates.ts
import { createPrivateKey, X509Certificate } from "node:crypto";
var DAY_MS = 864e5;
var CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
var FILE_ROLE = {
  sslcert: "the client certificate",
  sslkey: "the client key",
  sslrootcert: "the root certificate file"
};
function outcome(keyword, check, verdict, detail, finding) {
  return { keyword, check, verdict, detail, ...finding ?? {} };
}
function parseCertificates(keyword, pem) {
  const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  const fix = {
    rule: "pgrst/cert-pem",
    fix: "store the certificate in PEM form (-----BEGIN CERTIFICATE-----), e.g. openssl x509 -in cert.der -inform der -out cert.pem"
  };
  if (blocks.length === 0)
    return {
      outcome: outcome(keyword, "PEM", "failed", `${FILE_ROLE[keyword]} holds no PEM certificate`, fix)
    };
  try {
    const certificates = blocks.map((block) => new X509Certificate(block));
    const detail = `${String(certificates.length)} certificate${certificates.length === 1 ? "" : "s"}: ${certificates.map(subjectOf).join(", ")}`;
    return { certificates, outcome: outcome(keyword, "PEM", "passed", detail) };
  } catch {
    return {
      outcome: outcome(
        keyword,
        "PEM",
        "failed",
        `${FILE_ROLE[keyword]} holds a certificate that does not parse`,
        fix
      )
    };
  }
}
function parsePrivateKey(pem) {
  const fix = {
    rule: "pgrst/cert-pem",
    fix: "store the unencrypted private key in PEM form (-----BEGIN PRIVATE KEY-----), e.g. openssl pkey -in key.der -inform der -out key.pem"
  };
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
    return { outcome: outcome("sslkey", "PEM", "failed", "the client key holds no PEM private key", fix) };
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) {
    return {
      outcome: outcome(
        "sslkey",
        "PEM",
        "failed",
        "the client key is encrypted: PostgREST cannot give libpq its passphrase",
        {
          ...fix,
          fix: "store it decrypted: openssl pkey -in key.pem -out plain.pem"
        }
      )
    };
  }
  try {
    const key = createPrivateKey({ key: pem, format: "pem" });
    return { key, outcome: outcome("sslkey", "PEM", "passed", `${key.asymmetricKeyType ?? "private"} key`) };
  } catch {
    return {
      outcome: outcome("sslkey", "PEM", "failed", "the client key does not parse as a private key", fix)
    };
  }
}
function subjectOf(certificate) {
  const cn = commonNameOf(certificate);
  return cn === void 0 ? certificate.subject.replace(/\n/g, ", ") : `CN=${cn}`;
}
function commonNameOf(certificate) {
  const line = certificate.subject.split("\n").filter((l) => l.startsWith("CN=")).at(-1);
  if (line === void 0) return void 0;
  const value = line.slice(3);
  try {
    return value.startsWith('"') ? JSON.parse(value) : value;
  } catch {
    return value;
  }
}
var day = (ms) => new Date(ms).toISOString().slice(0, 10);
function checkValidity(keyword, certificate, context) {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  const who = `${FILE_ROLE[keyword]} (${subjectOf(certificate)})`;
  const renew = "add a new secret version with a renewed certificate and point the volume item at it";
  if (context.now < from) {
    return outcome(keyword, "valid now", "failed", `${who} is not valid before ${day(from)}`, {
      rule: "pgrst/cert-not-yet-valid",
      fix: `${renew} (or check the issuer's clock): the server refuses it until then`
    });
  }
  if (context.now > to) {
    return outcome(keyword, "valid now", "failed", `${who} expired on ${day(to)}`, {
      rule: "pgrst/cert-expired",
      fix: `${renew}: the server refuses an expired certificate`
    });
  }
  const days = Math.floor((to - context.now) / DAY_MS);
  if (to - context.now < context.warningDays * DAY_MS) {
    return outcome(
      keyword,
      "valid now",
      "warning",
      `${who} expires on ${day(to)}, in ${String(days)} day${days === 1 ? "" : "s"} (within cert_expiry_warning_days ${String(context.warningDays)})`,
      { rule: "pgrst/cert-expiring", fix: `${renew} before then` }
    );
  }
  return outcome(keyword, "valid now", "passed", `valid until ${day(to)}`);
}
function checkCommonName(certificate, user) {
  const cn = commonNameOf(certificate);
  if (user === void 0) {
    return outcome(
      "sslcert",
      "CN is the database user",
      "skipped",
      "the connection string names no user (nor PGUSER)"
    );
  }
  if (cn === user) return outcome("sslcert", "CN is the database user", "passed", `CN=${cn}`);
  return outcome(
    "sslcert",
    "CN is the database user",
    "warning",
    cn === void 0 ? `the client certificate has no CN, and the connection string connects as ${user}` : `the client certificate's CN is ${cn}, but the connection string connects as ${user}`,
    {
      rule: "pgrst/cert-cn",
      fix: `with cert authentication PostgreSQL requires the CN to equal the user unless pg_hba.conf gives a user map (map=NAME, with pg_ident.conf mapping ${cn ?? "the CN"} to ${user}): issue the certificate with CN=${user}${cn === void 0 ? "" : `, connect as ${cn}`}, or configure that map`
    }
  );
}
function checkKeyMatch(certificate, key) {
  if (certificate.checkPrivateKey(key))
    return outcome(
      "sslkey",
      "key matches the certificate",
      "passed",
      `the key is ${subjectOf(certificate)}'s`
    );
  return outcome(
    "sslkey",
    "key matches the certificate",
    "failed",
    `the client key is not the key of the client certificate (${subjectOf(certificate)})`,
    {
      rule: "pgrst/cert-key-mismatch",
      fix: "mount the key the certificate was issued for (a renewed certificate and its new key are rotated together)"
    }
  );
}
function checkCertificateAuthority(certificates) {
  const leaves = certificates.filter((c) => !c.ca);
  if (leaves.length === 0)
    return outcome("sslrootcert", "holds a CA", "passed", certificates.map(subjectOf).join(", "));
  return outcome(
    "sslrootcert",
    "holds a CA",
    "failed",
    `the root certificate file holds ${leaves.map(subjectOf).join(", ")}, which is not a CA (basicConstraints CA:TRUE)`,
    {
      rule: "pgrst/cert-ca",
      fix: "put the CA certificate that signed the server's certificate there (not the server's certificate itself)"
    }
  );
}

// src/preflight/check.ts
function checkCertificateTexts(texts, context) {
  const outcomes = [];
  let client;
  let key;
  if (texts.sslcert !== void 0) {
    const parsed = parseCertificates("sslcert", texts.sslcert);
    outcomes.push(parsed.outcome);
    client = parsed.certificates?.[0];
    if (client)
      outcomes.push(checkValidity("sslcert", client, context), checkCommonName(client, context.user));
  }
  if (texts.sslkey !== void 0) {
    const parsed = parsePrivateKey(texts.sslkey);
    outcomes.push(parsed.outcome);
    key = parsed.key;
    if (key && client) outcomes.push(checkKeyMatch(client, key));
  }
  if (texts.sslrootcert !== void 0) {
    const parsed = parseCertificates("sslrootcert", texts.sslrootcert);
    outcomes.push(parsed.outcome);
    if (parsed.certificates) {
      outcomes.push(checkCertificateAuthority(parsed.certificates));
      outcomes.push(...parsed.certificates.map((c) => checkValidity("sslrootcert", c, context)));
    }
  }
  return outcomes;
}

// src/preflight/run.ts
async function checkCertificates(certificates, target, deps) {
  const mounts = certificates.mounts.map((mount) => ({
    ...mount,
    name: secretVersionName(`${mount.secret}:${mount.version}`, target.projectId)
  }));
  const texts = {};
  const outcomes = [];
  for (const mount of mounts) {
    if (mount.version === "latest") outcomes.push(latestOutcome(mount));
    const read = await readMount(mount, target.projectId, deps);
    if (typeof read === "string") texts[mount.keyword] = read;
    else outcomes.push(read);
  }
  outcomes.push(
    ...checkCertificateTexts(texts, {
      user: certificates.user,
      now: deps.now(),
      warningDays: target.config.certExpiryWarningDays
    })
  );
  const byKeyword = new Map(mounts.map((m) => [m.keyword, m]));
  for (const o of outcomes) deps.log(`${o.keyword}: ${o.check}: ${o.verdict} (${o.detail})`);
  return {
    checks: outcomes.flatMap((o) => {
      const mount = byKeyword.get(o.keyword);
      return mount ? [
        {
          check: o.check,
          file: `${o.keyword}=${mount.file}`,
          secret: mount.name,
          verdict: o.verdict,
          detail: o.detail
        }
      ] : [];
    }),
    diagnostics: outcomes.flatMap((o) => {
      const mount = byKeyword.get(o.keyword);
      return mount ? diagnosticOf(o, mount, certificates.file) : [];
    })
  };
}
function latestOutcome(mount) {
  return {
    keyword: mount.keyword,
    check: "version pinned",
    verdict: "warning",
    detail: `${FILE_ROLE[mount.keyword]} is secret ${mount.secret} at version latest: a rollback to this revision mounts whatever version is newest then, not the one checked now`,
    rule: "pgrst/cert-latest",
    fix: `pin the version the revision runs with: key: "N" (gcloud secrets versions list ${shortName(mount.secret)})`
  };
}
var MIN_MASKED_LINE = 16;
async function readMount(mount, projectId, deps) {
  try {
    const text3 = await deps.secrets().access(mount.name);
    if (mount.keyword === "sslkey") {
      for (const line of text3.split(/\r?\n/).map((l) => l.trim()))
        if (line.length >= MIN_MASKED_LINE && !line.startsWith("-----")) deps.mask(line);
    }
    deps.log(`read ${mount.name} for ${mount.keyword}=${mount.file}`);
    return text3;
  } catch (error) {
    const status = error instanceof SecretAccessError ? error.status : void 0;
    const secret = shortName(mount.secret);
    const project = /^projects\/([^/]+)\//.exec(mount.secret)?.[1] ?? projectId;
    if (status === 403) {
      return {
        keyword: mount.keyword,
        check: "readable",
        verdict: "warning",
        detail: `this run may not read ${mount.name} (HTTP 403): ${FILE_ROLE[mount.keyword]} was not checked`,
        rule: "pgrst/cert-access",
        fix: `grant roles/secretmanager.secretAccessor on secret ${secret} to the account the workflow authenticates as: gcloud secrets add-iam-policy-binding ${secret} --project ${project} --member serviceAccount:ACCOUNT --role roles/secretmanager.secretAccessor (or set preflight to false)`
      };
    }
    return {
      keyword: mount.keyword,
      check: "readable",
      verdict: "failed",
      detail: status === 404 ? `${mount.name} does not exist: the revision could not mount ${FILE_ROLE[mount.keyword]}` : `${mount.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      rule: "pgrst/cert-secret",
      fix: status === 404 ? `add it (gcloud secrets versions add ${secret} --project ${project} --data-file=FILE) or point the volume item's key at a version that exists` : "check that Secret Manager is reachable and retry, or set preflight to false"
    };
  }
}
function shortName(secret) {
  return secret.replace(/^projects\/[^/]+\/secrets\//, "");
}
function diagnosticOf(o, mount, file) {
  if (o.verdict !== "failed" && o.verdict !== "warning" || !o.rule) return [];
  return [
    {
      file,
      line: mount.at.line,
      column: mount.at.column,
      severity: o.verdict === "failed" ? "error" : "warning",
      message: `${o.keyword}=${mount.file}: ${o.detail}`,
      fix: o.fix ?? "",
      rule: o.rule,
      path: mount.at.path
    }
  ];
}

// src/smoke/claims.ts
var ClaimKeyError = class extends Error {
  name = "ClaimKeyError";
};
var SUPPORTED_RFC9535 = 'the smoke test places the role for $.a.b, $["a-b"], $.a[0] and a final [?@ == "x"], [?@ != "x"], [?search(@, "re")] or [?match(@, "re")]';
function parseJsonPathSteps(key) {
  const cursor = { key, at: 0 };
  const steps = [];
  if (key[0] !== "$") fail2(cursor, "an RFC 9535 path starts with $");
  cursor.at = 1;
  while (cursor.at < key.length) {
    const last = steps.at(-1)?.kind;
    if (last === "filter" || last === "regex") fail2(cursor, "a filter must be the last step");
    steps.push(peek2(cursor) === "." ? readMemberStep(cursor) : readBracketStep(cursor));
  }
  return steps;
}
function fail2(cursor, why) {
  throw new ClaimKeyError(
    `role claim key ${cursor.key}: ${why} at character ${String(cursor.at + 1)}; ${SUPPORTED_RFC9535}`
  );
}
function peek2(cursor) {
  return cursor.key[cursor.at] ?? "";
}
function skipSpaces(cursor) {
  while (peek2(cursor) === " ") cursor.at++;
}
function readMemberStep(cursor) {
  cursor.at++;
  const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(cursor.key.slice(cursor.at));
  if (!match) return fail2(cursor, 'expected a member name after "."');
  cursor.at += match[0].length;
  return { kind: "key", name: match[0] };
}
function readBracketStep(cursor) {
  if (peek2(cursor) !== "[") fail2(cursor, 'expected "." or "["');
  cursor.at++;
  skipSpaces(cursor);
  const step = readSelectorStep(cursor);
  skipSpaces(cursor);
  if (peek2(cursor) !== "]") fail2(cursor, 'expected "]"');
  cursor.at++;
  return step;
}
function readSelectorStep(cursor) {
  const first = peek2(cursor);
  if (first === '"' || first === "'") return { kind: "key", name: readString(cursor) };
  if (/[-0-9]/.test(first)) {
    const match = /^-?\d+/.exec(cursor.key.slice(cursor.at));
    cursor.at += match?.[0].length ?? 0;
    return { kind: "index", index: Number(match?.[0]) };
  }
  if (first === "?") return readFilterStep(cursor);
  return fail2(cursor, "expected a quoted name, an index or a filter");
}
function readFilterStep(cursor) {
  cursor.at++;
  skipSpaces(cursor);
  const parenthesised = peek2(cursor) === "(";
  if (parenthesised) cursor.at++;
  skipSpaces(cursor);
  const step = readRegexFilter(cursor) ?? readComparisonFilter(cursor);
  skipSpaces(cursor);
  if (parenthesised) {
    if (peek2(cursor) !== ")") fail2(cursor, 'expected ")"');
    cursor.at++;
    skipSpaces(cursor);
  }
  return step;
}
function readRegexFilter(cursor) {
  const regex = /^(search|match)\(\s*@\s*,\s*/.exec(cursor.key.slice(cursor.at));
  if (!regex) return void 0;
  cursor.at += regex[0].length;
  if (peek2(cursor) !== '"' && peek2(cursor) !== "'") fail2(cursor, "expected a quoted regular expression");
  const step = {
    kind: "regex",
    mode: regex[1] === "match" ? "match" : "search",
    pattern: readString(cursor)
  };
  skipSpaces(cursor);
  if (peek2(cursor) !== ")") fail2(cursor, 'expected ")"');
  cursor.at++;
  return step;
}
function readComparisonFilter(cursor) {
  if (peek2(cursor) !== "@") fail2(cursor, "expected @ in the filter");
  cursor.at++;
  skipSpaces(cursor);
  const operator = cursor.key.startsWith("==", cursor.at) ? "==" : cursor.key.startsWith("!=", cursor.at) ? "!=" : fail2(cursor, "expected == or !=");
  cursor.at += 2;
  skipSpaces(cursor);
  if (peek2(cursor) !== '"' && peek2(cursor) !== "'") fail2(cursor, "expected a quoted string to compare with");
  return { kind: "filter", operator, operand: readString(cursor) };
}
var ESCAPES = {
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
function readString(cursor) {
  const { key } = cursor;
  const quote = key[cursor.at];
  let out = "";
  cursor.at++;
  while (cursor.at < key.length && key[cursor.at] !== quote) {
    if (key[cursor.at] !== "\\") {
      out += key[cursor.at] ?? "";
      cursor.at++;
      continue;
    }
    const next = key[cursor.at + 1] ?? "";
    const hex = key.slice(cursor.at + 2, cursor.at + 6);
    if (next === "u" && /^[0-9a-fA-F]{4}$/.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      cursor.at += 6;
      continue;
    }
    const escaped = ESCAPES[next];
    if (escaped === void 0) fail2(cursor, "invalid escape in a quoted string");
    out += escaped;
    cursor.at += 2;
  }
  if (key[cursor.at] !== quote) fail2(cursor, "unterminated string");
  cursor.at++;
  return out;
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

// src/smoke/checks.ts
import { setTimeout as realSleep7 } from "node:timers/promises";
var SmokeConfigError = class extends Error {
  name = "SmokeConfigError";
};
var LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE)\s+(\/\S*)\s*->\s*(\d{3}|2xx)(?:\s+as\s+(\S+))?$/;
function parseSmokeChecks(text3, source = "input `smoke_checks`") {
  return text3.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return [];
    const match = LINE.exec(line);
    if (!match) {
      throw new SmokeConfigError(
        `${source} line ${String(index + 1)}: "${line}" is not METHOD /path -> STATUS [as ROLE], e.g. GET /todos?limit=1 -> 200 as web_user`
      );
    }
    const [, method = "GET", path12 = "/", status = "2xx", role] = match;
    return [
      {
        name: line,
        method,
        path: path12,
        token: "valid",
        ...role ? { role } : {},
        expect: status === "2xx" ? "2xx" : Number(status)
      }
    ];
  });
}
var ROOT_CHECK = {
  name: "GET / -> 2xx",
  method: "GET",
  path: "/",
  token: "valid",
  expect: "2xx"
};
function smokeChecks2(user, generated = {}) {
  const positive = user.length > 0 ? [...user] : [ROOT_CHECK];
  const probe = user[0] ?? ROOT_CHECK;
  const negative = (token, what, expect) => ({
    name: `${probe.method} ${probe.path} ${what} -> ${String(expect)}`,
    method: probe.method,
    path: probe.path,
    token,
    expect
  });
  const perKey = (generated.keys ?? []).slice(1).map((label, index) => ({
    ...probe,
    name: `${probe.method} ${probe.path} signed with ${label} -> ${String(probe.expect)}`,
    key: index + 1,
    purpose: "key"
  }));
  const absent = generated.absentRole;
  return [
    ...positive,
    ...perKey,
    ...absent ? [
      {
        ...negative("valid", "as a role that does not exist", absent.status),
        name: `${probe.method} ${probe.path} as a role that does not exist -> ${String(absent.status)} ${absent.code}`,
        role: absent.role,
        expectCode: absent.code,
        purpose: "resolves-role"
      }
    ] : [],
    negative("forged", "with a token signed by another key", 401),
    negative("expired", "with an expired token", 401),
    ...generated.anonymous === void 0 ? [] : [negative("none", "without a token", generated.anonymous)]
  ];
}
var COLD = /* @__PURE__ */ new Set([502, 503, 504]);
var COLD_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
async function runSmokeChecks(baseUrl, checks, options) {
  const now = options.now ?? Date.now;
  const runner = {
    options,
    transport: options.transport ?? nodeTransport,
    sleep: options.sleep ?? realSleep7,
    now,
    // One deadline for all the checks: the revision warms up once.
    deadline: now() + options.timeoutMs
  };
  const results = [];
  for (const check of checks) results.push(await runCheck(runner, baseUrl.replace(/\/+$/, ""), check));
  return results;
}
async function runCheck(runner, baseUrl, check) {
  const { options } = runner;
  const started = runner.now();
  const token = check.token === "valid" ? await options.tokens.valid(check.role, check.key) : check.token === "none" ? void 0 : options.tokens[check.token];
  const headers = {
    accept: "application/json",
    ...token ? { authorization: `Bearer ${token}` } : {},
    ...options.invokerToken ? { "x-serverless-authorization": `Bearer ${options.invokerToken}` } : {}
  };
  const answer = await sendUntilWarm(runner, check, `${baseUrl}${check.path}`, headers);
  const label = check.token === "valid" ? options.keyLabels?.[check.key ?? 0] : void 0;
  const result = { ...judge(check, answer, runner.now() - started), ...label ? { key: label } : {} };
  const { status, failure } = answer;
  options.log(
    `${result.passed ? "passed" : "FAILED"}: ${check.name}: ${status ? `HTTP ${String(status)}` : failure}${result.code ? ` ${result.code}` : ""} in ${String(result.ms)} ms`
  );
  return result;
}
async function sendUntilWarm(runner, check, url, headers) {
  let status = 0;
  let text3 = "";
  let failure = "";
  for (let delay = 250; ; delay = Math.min(2e3, delay * 2)) {
    try {
      ({ status, text: text3 } = await runner.transport(url, { method: check.method, headers, timeoutMs: 1e4 }));
      failure = "";
    } catch (error) {
      const code2 = error.code;
      failure = typeof code2 === "string" ? code2 : String(error);
      status = 0;
      if (!COLD_CODES.has(failure)) break;
    }
    if (status !== 0 && !COLD.has(status)) break;
    if (runner.now() + delay > runner.deadline) break;
    runner.options.log(
      `${check.name}: ${status ? `HTTP ${String(status)}` : failure}, the revision may still be starting: retrying`
    );
    await runner.sleep(delay);
  }
  return { status, text: text3, failure };
}
function judge(check, { status, text: text3, failure }, ms) {
  let body;
  try {
    body = text3 ? JSON.parse(text3) : void 0;
  } catch {
    body = void 0;
  }
  const code2 = typeof body?.code === "string" ? body.code : void 0;
  const message2 = typeof body?.message === "string" ? body.message : failure || void 0;
  const statusPassed = check.expect === "2xx" ? status >= 200 && status < 300 : status === check.expect;
  return {
    name: check.name,
    token: check.token,
    status,
    ...code2 ? { code: code2 } : {},
    ...message2 ? { message: message2 } : {},
    ms,
    passed: statusPassed && (check.expectCode === void 0 || code2 === check.expectCode),
    ...check.token === "valid" && check.role ? { role: check.role } : {},
    ...check.purpose ? { purpose: check.purpose } : {}
  };
}
function isMissingRole(r) {
  return r.token === "valid" && r.purpose !== "resolves-role" && (r.code === "22023" || /role .* does not exist/.test(r.message ?? ""));
}
function adviceFor(results, context) {
  const failed = results.filter((r) => !r.passed);
  const advice = [];
  const missing = [...new Set(failed.filter(isMissingRole).map((r) => r.role ?? "?"))];
  for (const role of missing) {
    advice.push(
      `the role "${role}" does not exist in the database (PostgREST ${context.version} answers a token for a missing role with 22023): create it (CREATE ROLE ${role} NOLOGIN) and GRANT ${role} TO the authenticator of PGRST_DB_URI, or smoke-test a role that exists`
    );
  }
  const denied = failed.find(
    (r) => r.code === "42501" && /permission denied to set role/.test(r.message ?? "")
  );
  if (denied) {
    advice.push(
      `the authenticator of PGRST_DB_URI may not SET ROLE ${denied.role ?? "to the smoke role"}: GRANT ${denied.role ?? "<role>"} TO the authenticator`
    );
  }
  const fallback = failed.find((r) => r.purpose === "resolves-role" && !r.code?.startsWith("PGRST30"));
  if (fallback) {
    advice.push(
      `a token for a role that does not exist was answered ${fallback.status ? `HTTP ${String(fallback.status)}` : "with no answer"}${fallback.code ? ` ${fallback.code}` : ""}, not as PostgREST ${context.version} answers a missing role: the revision does not read the role at PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}, so its tokens fall back to the anonymous role (PGRST_DB_ANON_ROLE); check the revision's role claim key`
    );
  }
  const refused = (r) => r.token === "valid" && r.purpose !== "resolves-role" && (r.status === 401 || r.status === 400) && !isMissingRole(r);
  const droppedKeys = [...new Set(failed.filter((r) => r.key && refused(r)).map((r) => r.key))];
  const acceptedKeys = new Set(
    results.filter((r) => r.passed && r.key && r.purpose !== "resolves-role").map((r) => r.key)
  );
  if (droppedKeys.length > 0 && acceptedKeys.size > 0) {
    advice.push(
      `the deployed revision rejected tokens signed with ${droppedKeys.join(", ")} of the JWT secret given to the smoke test, and accepted ${[...acceptedKeys].join(", ")}: its PGRST_JWT_SECRET lacks that key \u2014 a key rotation must keep every key the backend still signs with until no token signed with it is in use`
    );
  } else if (failed.some(refused)) {
    advice.push(
      `the deployed revision rejected a correctly signed token: check that the smoke test signs with the secret version the revision mounts (jwt_secret_ref), the role claim key (PGRST_JWT_ROLE_CLAIM_KEY ${context.claimKey}), ${context.aud ? `the audience (PGRST_JWT_AUD ${context.aud})` : "the audience (PGRST_JWT_AUD)"}, and that the smoke role exists and the authenticator may SET ROLE to it`
    );
  }
  return advice;
}
function explainFailure(results, context) {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return void 0;
  const lines = failed.map(
    (r) => `${r.name}: got ${r.status ? `HTTP ${String(r.status)}` : "no answer"}${r.code ? ` ${r.code}` : ""}${r.message ? ` (${r.message})` : ""}`
  );
  lines.push(...adviceFor(results, context));
  const accepted = failed.find(
    (r) => (r.token === "forged" || r.token === "expired") && r.status >= 200 && r.status < 300
  );
  if (accepted)
    lines.push(
      "the deployed revision accepted a token it must refuse: check PGRST_JWT_SECRET and that PostgREST verifies tokens"
    );
  return lines.join("; ");
}

// src/smoke/settings.ts
function jwtSettings(service, version, projectId, image2) {
  const listed2 = recordOf(recordOf(recordOf(service["spec"])["template"])["spec"])["containers"];
  const containers2 = (Array.isArray(listed2) ? listed2 : []).map(recordOf);
  const envs = containers2.map((c) => {
    const env3 = c["env"];
    return (Array.isArray(env3) ? env3 : []).map(recordOf);
  });
  const index = postgrestContainerIndex(
    containers2.map((c, i2) => ({
      ...typeof c["image"] === "string" ? { image: c["image"] } : {},
      env: (envs[i2] ?? []).map((e) => String(e["name"])),
      runsActionImage: image2 !== void 0 && c["image"] === image2
    }))
  );
  const env2 = index === void 0 ? [] : envs[index] ?? [];
  const value = (name) => {
    const entry2 = env2.findLast((e) => e["name"] === name);
    return typeof entry2?.["value"] === "string" ? entry2["value"] : void 0;
  };
  const secretRef = recordOf(
    recordOf(env2.findLast((e) => e["name"] === "PGRST_JWT_SECRET")?.["valueFrom"])["secretKeyRef"]
  );
  const secretName = typeof secretRef["name"] === "string" ? secretVersionName(
    `${secretRef["name"]}:${typeof secretRef["key"] === "string" ? secretRef["key"] : "latest"}`,
    projectId
  ) : void 0;
  const aud = value("PGRST_JWT_AUD");
  const anonRole = value("PGRST_DB_ANON_ROLE");
  return {
    claimKey: value("PGRST_JWT_ROLE_CLAIM_KEY") ?? defaultClaimKey(version),
    // As PostgREST reads it: what it cannot read (`yes`, `on`) leaves the default, false.
    secretIsBase64: readBoolean(value("PGRST_JWT_SECRET_IS_BASE64") ?? "") ?? false,
    ...aud ? { aud } : {},
    ...anonRole ? { anonRole } : {},
    ...secretName ? { secretName } : {}
  };
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
  return deps.secrets.access(name);
}

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i2 = 0;
  for (const buffer of buffers)
    buf.set(buffer, i2), i2 += buffer.length;
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
  for (let i2 = 0; i2 < string.length; i2++) {
    const code2 = string.charCodeAt(i2);
    if (code2 > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i2] = code2;
  }
  return bytes;
}
function encodeBase64(input, url = false) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i2 = 0; i2 < input.length; i2 += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i2, i2 + CHUNK_SIZE)));
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
  for (let i2 = 0; i2 < binary.length; i2++)
    bytes[i2] = binary.charCodeAt(i2);
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
  for (const header2 of headers)
    if (header2)
      for (const parameter of Object.keys(header2)) {
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
function serializeJoseHeader(Err, header2) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header2), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}

// node_modules/jose/dist/webapi/lib/key.js
var tag2 = (key) => key[Symbol.toStringTag];
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
      throw new TypeError(`${tag2(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
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
function table2(entries) {
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
var JWE = table2({
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
var ENC = table2({
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
var JWS = table2({
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
var MIN_SECRET_LENGTH2 = MIN_JWT_SECRET_LENGTH;
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
function decodeBase642(text3) {
  const normal = text3.trim().replaceAll("-", "+").replaceAll("_", "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) {
    throw new JwtSecretError(
      "jwt_secret_is_base64 is set, but the JWT secret is not base64: unset it, or give the base64 text"
    );
  }
  return new Uint8Array(Buffer.from(normal, "base64"));
}
function parseJwtSecret(secret, options) {
  const [first] = parseSigningKeys(secret, options);
  if (!first) throw new JwtSecretError("the JWT secret holds no key");
  return first;
}
function parseSigningKeys(secret, options) {
  const trimmed = secret.trim();
  if (trimmed.startsWith("{")) return jwkSigningKeys(trimmed);
  const bytes = options.base64 ? decodeBase642(trimmed) : new TextEncoder().encode(secret);
  const length = options.base64 ? bytes.length : secret.match(/[\s\S]/gu)?.length ?? 0;
  if (length < MIN_SECRET_LENGTH2) {
    throw new JwtSecretError(
      `the JWT secret is ${String(length)} characters${options.base64 ? " after base64 decoding" : ""}: PostgREST v13.0.0 and later refuse to start with fewer than ${String(MIN_SECRET_LENGTH2)} ("The JWT secret must be at least 32 characters long."), and v12 starts but rejects every token${isAtLeast(options.version, 13) ? ` \u2014 ${options.version.tag} would not start` : ""}; use a secret of at least 32 characters`
    );
  }
  return [{ kind: "hmac", secret: bytes, alg: "HS256" }];
}
function jwkSigningKeys(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new JwtSecretError(
      'the JWT secret starts with "{" but is not JSON: give a JWK, a JWKS, or a plain secret'
    );
  }
  const usable = (parsed.keys ?? [parsed]).filter((jwk) => jwk.kty === "oct" || jwk.d !== void 0);
  if (usable.length === 0) {
    throw new JwtSecretError(
      "the JWT secret holds public keys only: give the smoke test the private JWK (input `jwt_secret`) while PostgREST keeps the public one"
    );
  }
  return usable.map((jwk) => ({
    kind: "jwk",
    jwk,
    alg: algorithmOf(jwk),
    ...jwk.kid ? { kid: jwk.kid } : {}
  }));
}
function keyLabel(key, index) {
  return key.kind === "jwk" && key.kid ? `kid "${key.kid}"` : `key #${String(index + 1)} (no kid)`;
}
async function keyFor(key) {
  return key.kind === "hmac" ? key.secret : importJWK(key.jwk, key.alg);
}
async function sign(claims, key, signingKey, iat, exp, aud) {
  const header2 = { alg: key.alg, typ: "JWT", ...key.kind === "jwk" && key.kid ? { kid: key.kid } : {} };
  let jwt = new SignJWT(claims).setProtectedHeader(header2).setIssuedAt(iat).setExpirationTime(exp);
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

// src/smoke/prepare.ts
function smokeSettingsOf(config, target) {
  const settings2 = jwtSettings(target.service, target.version, target.projectId);
  return config.aud ? { ...settings2, aud: config.aud } : settings2;
}
function checkSmokeOffline(config, target) {
  const { claimKey } = smokeSettingsOf(config, target);
  const checks = parseSmokeChecks(config.checks, config.checksSource);
  for (const role of /* @__PURE__ */ new Set([config.role, ...checks.flatMap((c) => c.role ? [c.role] : [])])) {
    placeRole(claimKey, role, target.version);
  }
  return checks;
}
async function prepareSmokeTest(config, target, deps) {
  const settings2 = smokeSettingsOf(config, target);
  const secret = await loadJwtSecret(
    {
      ...config.jwtSecret ? { input: config.jwtSecret } : {},
      ...config.jwtSecretRef ? { reference: config.jwtSecretRef } : {},
      settings: settings2,
      projectId: target.projectId
    },
    { secrets: { access: (name) => deps.secrets().access(name) }, mask: deps.mask }
  );
  parseJwtSecret(secret, { base64: settings2.secretIsBase64, version: target.version });
  const checks = checkSmokeOffline(config, target);
  deps.log(
    `smoke test ready: role ${config.role} at ${settings2.claimKey}, ${String(checks.length || 1)} check(s) plus a forged and an expired token`
  );
  return {
    version: target.version,
    settings: settings2,
    secret,
    role: config.role,
    checks,
    timeoutMs: config.timeoutMs
  };
}

// src/smoke/run.ts
function absentRoleClaims(config) {
  for (const role of [`${config.role}_pgrst_cloudrun_absent`, `pgrst_cloudrun_absent_${config.role}`]) {
    try {
      placeRole(config.settings.claimKey, role, config.version);
      return role;
    } catch {
    }
  }
  return void 0;
}
function planChecks(config, keys, log) {
  const absent = absentRoleClaims(config);
  if (!absent)
    log(
      `the role claim key ${config.settings.claimKey} holds only the roles its filter names: whether the revision reads it is not checked`
    );
  const checks = smokeChecks2(config.checks, {
    ...config.anonymousStatus === void 0 ? {} : { anonymous: config.anonymousStatus },
    ...keys.length > 1 ? { keys: keys.map(keyLabel) } : {},
    ...absent ? { absentRole: { role: absent, ...missingRoleAnswer(config.version) } } : {}
  });
  return checks.map((c) => c.token === "valid" && !c.role ? { ...c, role: config.role } : c);
}
function signingOf(config, now) {
  const key = parseJwtSecret(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version
  });
  const options = {
    now,
    ...config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {},
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  };
  const claimsFor = (role) => placeRole(config.settings.claimKey, role, config.version);
  return { key, options, claimsFor };
}
function roleTokens(config, deps) {
  const { key, options, claimsFor } = signingOf(config, Math.floor((deps.now ?? Date.now)() / 1e3));
  const minted = /* @__PURE__ */ new Map();
  return {
    roles: [.../* @__PURE__ */ new Set([config.role, ...config.checks.flatMap((c) => c.role ? [c.role] : [])])],
    token: (role = config.role) => {
      let token = minted.get(role);
      if (!token) {
        token = mintToken(claimsFor(role), key, options).then((minted2) => {
          deps.mask(minted2);
          return minted2;
        });
        minted.set(role, token);
      }
      return token;
    }
  };
}
async function smokeTest(config, deps) {
  const keys = parseSigningKeys(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version
  });
  const labels = keys.length > 1 ? keys.map(keyLabel) : void 0;
  if (labels)
    deps.log(
      `the JWT secret holds ${String(keys.length)} signing keys: a token is signed with each (${labels.join(", ")})`
    );
  const checks = planChecks(config, keys, deps.log);
  const tokens = await mintTokens(config, keys, checks, deps);
  const results = await runSmokeChecks(config.url, checks, {
    tokens,
    timeoutMs: config.timeoutMs,
    log: deps.log,
    ...labels ? { keyLabels: labels } : {},
    ...config.invokerToken ? { invokerToken: config.invokerToken } : {},
    ...deps.sleep ? { sleep: deps.sleep } : {},
    ...deps.now ? { now: deps.now } : {},
    ...deps.transport ? { transport: deps.transport } : {}
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    version: config.version.tag,
    ...config.settings.aud ? { aud: config.settings.aud } : {}
  });
  return {
    passed: failure === void 0,
    results,
    ...failure ? { failure } : {},
    ...labels ? { keys: labels } : {}
  };
}
async function mintTokens(config, keys, checks, deps) {
  const [first] = keys;
  if (!first) throw new Error("internal error: a JWT secret with no signing key");
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
    valid: (role = config.role, key = 0) => {
      let token = valid.get(`${String(key)}:${role}`);
      if (!token) {
        token = mintToken(claimsFor(role), keys[key] ?? first, options).then(masked);
        valid.set(`${String(key)}:${role}`, token);
      }
      return token;
    },
    forged: masked(await forgeToken(claimsFor(config.role), first, options)),
    expired: masked(await expiredToken(claimsFor(config.role), first, options))
  };
  await Promise.all(checks.filter((c) => c.token === "valid").map((c) => tokens.valid(c.role, c.key)));
  return tokens;
}

// src/pipeline.ts
var TRAFFIC_STEP_BUDGET_MS = 6e4;
var WRITE_MARGIN_MS = 6e4;
function workflowRunOf(env2) {
  return {
    ...env2["GITHUB_RUN_ID"] ? { id: env2["GITHUB_RUN_ID"] } : {},
    ...env2["GITHUB_RUN_ATTEMPT"] ? { attempt: env2["GITHUB_RUN_ATTEMPT"] } : {}
  };
}
function defaultPipelineDependencies(config, env2, io) {
  checkEndpointOverrides(env2);
  let credentials;
  const credentialsOnce = () => credentials ??= loadCredentials(env2, io.mask);
  const accessToken = () => credentialsOnce().accessToken();
  return {
    credentials: credentialsOnce,
    cloudRun: (budgetMs) => defaultDeployDependencies(deployTarget(config), env2, accessToken, io.log, budgetMs, io.now),
    build: () => defaultBuildDependencies(env2, io.log, credentialsOnce),
    secrets: () => secretManagerApi(
      createApiClient({ accessToken }),
      secretManagerBaseUrl(env2["CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER"]),
      io.mask
    )
  };
}
var PipelineError = class extends Error {
  constructor(message2, report2) {
    super(message2);
    this.report = report2;
  }
  report;
  name = "PipelineError";
};
async function runPipeline(config, io, deps) {
  const run = startRun(config, io, deps);
  try {
    if (config.deploy.mode.kind === "remove-tag") return await removeTagStep(run, config.deploy.mode.tag);
    const checked = await validateStep(run);
    await preflightStep(run, checked);
    const early = earlyReads(run);
    const [smoke, image2] = await settledInOrder(prepareSmokeStep(run, checked), imageStep(run));
    if (config.deploy.mode.kind === "none") return run.report;
    if (!image2)
      throw new ConfigError("deploying needs an image: set `repository` (to build) or `image` (prebuilt)");
    const rendered = renderStep(run, image2);
    if (config.deploy.dryRun) return await dryRunStep(run, rendered, checked);
    const deployed = await deployStep(run, rendered, image2, early);
    await finishStep(run, deployed, smoke, early);
    return run.report;
  } catch (error) {
    throw new PipelineError(error instanceof Error ? error.message : String(error), run.report);
  }
}
async function settledInOrder(a, b) {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
}
function quiet(promise) {
  promise.catch(() => void 0);
  return promise;
}
function earlyReads(run) {
  const { config, deps, target } = run;
  const { mode, dryRun, smoke } = config.deploy;
  if (dryRun || mode.kind !== "deploy" && mode.kind !== "preview") return void 0;
  const service = quiet(deps.cloudRun(TRAFFIC_STEP_BUDGET_MS).api.getService(target.service));
  const idToken = quiet(
    service.then(async (found) => {
      const audience = found?.["status"]?.url;
      if (!smoke?.invokerAuth || typeof audience !== "string" || !audience) return void 0;
      return { audience, token: await deps.credentials().idToken(audience) };
    })
  );
  return { service, idToken };
}
function startRun(config, io, deps) {
  const now = io.now ?? Date.now;
  const report2 = {
    diagnostics: [],
    valid: false,
    timeline: [],
    ...config.deploy.dryRun ? { dryRun: true } : {}
  };
  const span = (stage, start, ok) => ({ stage, start, end: now(), ok });
  let open2 = 0;
  return {
    config,
    io,
    deps,
    report: report2,
    now,
    target: deployTarget(config),
    async stage(name, fn) {
      const start = now();
      const grouped = open2 === 0;
      open2 += 1;
      try {
        if (!grouped) io.log(`== ${name} (at once)`);
        const result = grouped ? await io.group(name, fn) : await fn();
        report2.timeline.push(span(name, start, true));
        return result;
      } catch (error) {
        report2.timeline.push(span(name, start, false));
        throw error;
      } finally {
        open2 -= 1;
      }
    },
    output: (name, value) => {
      io.setOutput(name, value);
    }
  };
}
function deployTarget({ deploy }) {
  const { projectId, region, service, waitTimeoutMs } = deploy;
  return { projectId, region, service, waitTimeoutMs };
}
async function removeTagStep(run, tag3) {
  const { report: report2, config, deps, target } = run;
  report2.valid = true;
  const tidy = config.deploy.keepRevisions > 0;
  if (config.deploy.dryRun) {
    report2.plan = config.deploy.dryRun === "validate" ? `dry run: ${await run.stage("Reading service (dry run)", () => planTagRemoval(target, tag3, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS), tidy))}` : `dry run: would read service ${target.service} and PUT it without tag ${tag3} (every other entry and tag kept)${tidy ? ", then DELETE the tag's revision if a fresh read shows nothing else references it" : ""}; nothing is sent`;
    run.io.log(report2.plan);
    return report2;
  }
  const { changed, revisions } = await run.stage(
    "Removing tag",
    () => removeTag(target, tag3, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
  );
  run.output("changed", String(changed));
  report2.changed = changed;
  const deleted = tidy && revisions.length > 0 ? await run.stage(
    "Deleting the preview's revision",
    () => deleteUnreferenced(target, revisions, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
  ) : { deleted: [], warnings: [] };
  reportTidy(run, deleted);
  return report2;
}
function reportTidy(run, result, planned = false) {
  for (const warning of result.warnings) (run.io.warn ?? run.io.log)(warning);
  run.report.tidy = { deleted: result.deleted, ...planned ? { planned } : {} };
  run.output("deleted_revisions", result.deleted.join(","));
}
async function tidyStep(run, revision) {
  const keep = run.config.deploy.keepRevisions;
  if (keep === 0) {
    reportTidy(run, { deleted: [], warnings: [] });
    return;
  }
  const result = await run.stage(
    "Tidying revisions",
    () => tidyRevisions(run.target, { keep, protect: [revision] }, run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
  );
  reportTidy(run, result);
}
function knownVariables({ config }, more = {}) {
  const { deploy, spec } = config;
  return specVariables(spec.variables, {
    POSTGREST_VERSION: spec.postgrestVersion.tag,
    SERVICE: deploy.service,
    REGION: deploy.region,
    PROJECT_ID: deploy.projectId,
    ...more
  });
}
async function validateStep(run) {
  const { config, io, report: report2 } = run;
  const checked = await run.stage(
    "Validating spec",
    () => Promise.resolve(
      checkSpec({
        file: io.specFile.name,
        text: io.specFile.text,
        variables: knownVariables(run),
        postgrestVersion: config.spec.postgrestVersion,
        dbMaxConnections: config.spec.dbMaxConnections,
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
  return checked;
}
async function preflightStep(run, checked) {
  const { config, deps, io, report: report2 } = run;
  const certificates = checked.clientCertificates;
  const { kind } = config.deploy.mode;
  if (!config.preflight.enabled || !certificates || config.deploy.dryRun === "offline") return;
  if (kind !== "deploy" && kind !== "preview") return;
  const result = await run.stage(
    "Checking certificates",
    () => checkCertificates(
      certificates,
      { projectId: config.deploy.projectId, config: config.preflight },
      { secrets: deps.secrets, mask: io.mask, log: io.log, now: run.now }
    )
  );
  report2.preflight = { checks: result.checks };
  report2.diagnostics = [...report2.diagnostics, ...result.diagnostics];
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  if (errors > 0) {
    throw new Error(
      `the certificate preflight found ${String(errors)} error${errors === 1 ? "" : "s"} in what ${io.specFile.name} mounts: nothing was sent to Cloud Run`
    );
  }
}
async function prepareSmokeStep(run, checked) {
  const { config, deps, io } = run;
  const smoke = config.deploy.mode.kind === "none" ? void 0 : config.deploy.smoke;
  if (!smoke) return void 0;
  const target = {
    service: checked.service ?? {},
    version: config.spec.postgrestVersion,
    projectId: config.deploy.projectId
  };
  if (config.deploy.dryRun) {
    checkSmokeOffline(smoke, target);
    return void 0;
  }
  return run.stage(
    "Preparing smoke test",
    () => prepareSmokeTest(smoke, target, { secrets: deps.secrets, mask: io.mask, log: io.log })
  );
}
async function imageStep(run) {
  const source = run.config.image;
  if (source.kind === "none") return void 0;
  const image2 = await run.stage(
    source.kind === "build" ? "Building image" : "Resolving image",
    () => provideImage(source, { dryRun: Boolean(run.config.deploy.dryRun) }, run.deps.build())
  );
  if (!image2) return void 0;
  run.report.image = {
    ...image2.image ? { image: image2.image } : {},
    built: image2.built,
    ...image2.planned ? { planned: true } : {}
  };
  run.output("image", image2.image ?? "");
  run.output("image_built", String(image2.built));
  return image2;
}
function renderStep(run, image2) {
  const { config, io, report: report2 } = run;
  const { deploy } = config;
  const digest = image2.image ? /@(sha256:[0-9a-f]{64})$/.exec(image2.image)?.[1] : void 0;
  const suffix = deploy.revisionSuffix ?? revisionSuffix({
    service: deploy.service,
    ...digest ? { imageDigest: digest } : {},
    ...io.run?.id ? { runId: io.run.id } : {},
    ...io.run?.attempt ? { runAttempt: io.run.attempt } : {},
    now: run.now()
  });
  const rendered = checkSpec({
    file: io.specFile.name,
    text: io.specFile.text,
    variables: knownVariables(run, { ...image2.image ? { IMAGE: image2.image } : {}, REVISION: suffix }),
    postgrestVersion: config.spec.postgrestVersion,
    dbMaxConnections: config.spec.dbMaxConnections,
    // Only a dry run leaves IMAGE unknown (the tag of an assembled image depends on the sources' digests).
    allowUnsetBuiltins: image2.image === void 0
  });
  if (!rendered.service) {
    report2.diagnostics = rendered.diagnostics;
    report2.valid = false;
    throw new Error(
      `${io.specFile.name} does not render with the image and revision: nothing was written to Cloud Run`
    );
  }
  const service = rendered.service;
  const pinned = service["spec"]?.template?.metadata?.name;
  const revision = typeof pinned === "string" ? pinned : `${deploy.service}-${suffix}`;
  const tag3 = deploy.mode.kind === "preview" ? deploy.mode.tag : runTag(deploy.service, revision);
  return { service, suffix, revision, tag: tag3 };
}
async function dryRunStep(run, rendered, checked) {
  const { config, deps, report: report2, target } = run;
  const { mode } = config.deploy;
  report2.plan = planDeployText({
    target,
    ...rendered,
    ...plannedReads(run, checked),
    smoke: config.deploy.smoke !== void 0,
    promote: mode.kind === "deploy" && mode.promote,
    validate: config.deploy.dryRun === "validate",
    keepRevisions: config.deploy.keepRevisions
  });
  run.io.log(report2.plan);
  if (config.deploy.dryRun === "validate") {
    await run.stage(
      "Validating on Cloud Run (dry run)",
      () => validateServerSide(rendered.service, target, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
    );
    if (config.deploy.keepRevisions > 0) await plannedTidy(run, rendered.revision);
  }
  return report2;
}
async function plannedTidy(run, revision) {
  const keep = run.config.deploy.keepRevisions;
  const result = await run.stage(
    "Listing revisions (dry run)",
    () => tidyRevisions(
      run.target,
      { keep, protect: [revision], dryRun: true },
      run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)
    )
  );
  const line = result.deleted.length > 0 ? `tidy, as the service is now: would delete ${result.deleted.join(", ")} (keeping the newest ${String(keep)})` : `tidy, as the service is now: no revision would be deleted (keeping the newest ${String(keep)})`;
  run.io.log(line);
  run.report.plan = `${run.report.plan ?? ""}
${line}`;
  reportTidy(run, result, true);
}
function plannedReads(run, checked) {
  const { config } = run;
  const mounts = config.preflight.enabled ? checked.clientCertificates?.mounts ?? [] : [];
  const readsBefore = mounts.map(
    ({ keyword, secret, version }) => `GET secret version ${secret.includes("/") ? secret : `projects/${config.deploy.projectId}/secrets/${secret}`}/versions/${version}: the ${keyword} certificate preflight`
  );
  const role = config.deploy.smoke?.role ?? "";
  const readsAfterSmoke = [
    `GET / of the tag URL and of the service URL, without a token and as ${role} (and each role the checks name): what the revision exposes beyond production (exposure_policy ${config.deploy.exposurePolicy ?? "report"})`
  ];
  return { readsBefore, readsAfterSmoke };
}
async function deployStep(run, rendered, image2, early) {
  const { config, deps, report: report2, target } = run;
  const { mode } = config.deploy;
  const deployed = await run.stage(
    "Deploying revision",
    () => deployRevision(
      rendered.service,
      target,
      {
        revisionSuffix: rendered.suffix,
        tag: rendered.tag,
        ...mode.kind === "preview" ? { preview: { allow: mode.allow, image: image2.image } } : {},
        ...early ? { existing: early.service } : {}
      },
      deps.cloudRun(config.deploy.waitTimeoutMs + WRITE_MARGIN_MS)
    )
  );
  report2.revision = deployed.revision;
  report2.url = deployed.serviceUrl;
  report2.changed = deployed.changed;
  run.output("revision", deployed.revision);
  run.output("url", deployed.serviceUrl);
  run.output("changed", String(deployed.changed));
  if (mode.kind === "preview" && deployed.tagUrl) {
    report2.previewUrl = deployed.tagUrl;
    run.output("preview_url", deployed.tagUrl);
  }
  return deployed;
}
async function finishStep(run, deployed, smoke, early) {
  const { mode } = run.config.deploy;
  let promoted = false;
  try {
    await smokeStep(run, deployed, smoke, early);
    await exposureStep(run, deployed, smoke, early);
    if (mode.kind === "deploy" && mode.promote) {
      await promoteStep(run, deployed);
      promoted = true;
    } else if (mode.kind === "deploy" && deployed.tag) {
      run.io.log(
        `promote is false: ${deployed.revision} keeps tag ${deployed.tag} with no traffic (remove it with remove_tag when done)`
      );
    }
  } catch (error) {
    if (mode.kind !== "deploy" || !deployed.tag || promoted) throw error;
    await takeBackRunTag(run, deployed, deployed.tag, error);
    throw error;
  }
  await tidyStep(run, deployed.revision);
}
async function smokeStep(run, deployed, smoke, early) {
  if (!smoke) {
    run.output("smoke", "skipped");
    return;
  }
  const result = await run.stage("Smoke testing", () => testRevision(run, deployed, smoke, early));
  run.report.smoke = result;
  run.output("smoke", result.passed ? "passed" : "failed");
  if (!result.passed) {
    throw new Error(
      `the smoke test of ${deployed.revision} failed; ${trafficLeft(run)}: ${result.failure ?? ""}`
    );
  }
}
async function testRevision(run, deployed, smoke, early) {
  const url = deployed.smokeUrl;
  if (!url) {
    throw new Error(
      `Cloud Run reports no URL for tag ${deployed.tag ?? ""} on ${deployed.revision}: cannot smoke-test it`
    );
  }
  const invokerToken = run.config.deploy.smoke?.invokerAuth ? await mintedInvokerToken(run, deployed.serviceUrl, early) : void 0;
  return smokeTest(
    { ...smoke, url, ...invokerToken ? { invokerToken } : {} },
    {
      log: run.io.log,
      mask: run.io.mask,
      ...run.deps.smokeTransport ? { transport: run.deps.smokeTransport } : {}
    }
  );
}
function trafficLeft(run) {
  return run.config.deploy.mode.kind === "deploy" ? "traffic is as it was before this run" : "production traffic was never touched";
}
async function exposureStep(run, deployed, smoke, early) {
  const policy = run.config.deploy.exposurePolicy ?? "report";
  const exposure = await run.stage("Comparing exposure", () => readExposure(run, deployed, smoke, early));
  run.report.exposure = exposure;
  const file = writeExposureFile(exposure, {
    ...run.io.tempDir ? { directory: run.io.tempDir } : {},
    revision: deployed.revision,
    policy
  });
  run.output("exposure_changed", String(exposure.changed));
  run.output("exposure_diff_file", file);
  run.output("exposure_table", renderExposureTable(exposure));
  const failure = judgeExposure(exposure, policy);
  if (failure) throw new Error(`${failure}; ${trafficLeft(run)}`);
}
async function readExposure(run, deployed, smoke, early) {
  const skip = (skipped) => {
    run.io.log(`exposure not compared: ${skipped}`);
    return { newUrl: deployed.smokeUrl ?? deployed.serviceUrl, skipped, roles: [], changed: false };
  };
  if (!smoke) return skip("the smoke test is off (smoke: false), so the revision is not contacted");
  if (deployed.created) return skip("a first deploy: nothing served production before it");
  if ([...deployed.left.keys()].every((revision) => revision === deployed.revision) || !deployed.tagUrl)
    return skip(`${deployed.revision} itself serves production`);
  const invokerToken = run.config.deploy.smoke?.invokerAuth ? await mintedInvokerToken(run, deployed.serviceUrl, early) : void 0;
  return compareExposure(
    {
      newUrl: deployed.tagUrl,
      productionUrl: deployed.serviceUrl,
      tokens: roleTokens(smoke, { mask: run.io.mask }),
      ...invokerToken ? { invokerToken } : {}
    },
    { log: run.io.log, ...run.deps.smokeTransport ? { transport: run.deps.smokeTransport } : {} }
  );
}
async function mintedInvokerToken(run, audience, early) {
  const minted = await early?.idToken.catch(() => void 0);
  if (minted?.audience === audience) return minted.token;
  return run.deps.credentials().idToken(audience);
}
async function promoteStep(run, deployed) {
  const { changed } = await run.stage(
    "Promoting",
    () => promoteRevision(
      run.target,
      deployed,
      run.deps.cloudRun(run.config.deploy.waitTimeoutMs + WRITE_MARGIN_MS)
    )
  );
  if (changed && !deployed.changed) {
    run.report.changed = true;
    run.output("changed", "true");
  }
}
async function takeBackRunTag(run, deployed, tag3, cause) {
  try {
    await run.stage(
      "Rolling back",
      () => removeRunTag(run.target, tag3, deployed.revision, run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
    );
  } catch (rollback) {
    throw new Error(
      `${cause instanceof Error ? cause.message : String(cause)}; and the roll back failed too, so tag ${tag3} may still be on ${deployed.revision} (no traffic): ${rollback instanceof Error ? rollback.message : String(rollback)}`
    );
  }
}

export {
  ConfigError,
  loadCredentials,
  defaultClaimKey,
  parseVariables,
  parseVersionSetting,
  parseDbMaxConnections,
  ACTION_ROOT,
  actionDefaults,
  describeBuild,
  defaultBuildDependencies,
  BUILD_CONTEXT_DIRECTORY,
  buildImage,
  parseImageSource,
  resolveSpecPath,
  bundledSpecNotice,
  parsePipelineConfig,
  createRedactor,
  annotationsOf,
  renderSummary,
  ClaimKeyError,
  placeRole,
  JwtSecretError,
  MAX_TTL_SECONDS,
  parseJwtSecret,
  mintToken,
  formatDiagnostic,
  specVariables,
  readSpecFile,
  checkSpec,
  renderSpec,
  planUpgrade,
  workflowRunOf,
  defaultPipelineDependencies,
  PipelineError,
  runPipeline
};
