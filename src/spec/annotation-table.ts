import { parse } from 'yaml';
import { closest } from './schema.js';

/**
 * The annotations Cloud Run reads, each with where it is accepted, how its value is written and where that is
 * documented: the one home for these facts. The Admin API v1 says that annotations under `run.googleapis.com/` and
 * `autoscaling.knative.dev/` are restricted and accepted per resource type (Service or Revision); the Service
 * YAML keeps the Revision's under `spec.template.metadata.annotations`. gcloud sends whatever is written, so a
 * misplaced or misspelt one is refused only by Cloud Run, after the build.
 */

/** Where an annotation is written: `metadata.annotations` (the Service) or the revision template's. */
export type AnnotationLevel = 'service' | 'revision';

/** How a value is written: words for people (README, fixes) and a check. */
export interface ValueGrammar {
  /** E.g. `"true" or "false"`. */
  readonly describe: string;
  /** Why the value does not fit, or undefined when it does. */
  readonly check: (value: string) => string | undefined;
}

/** One annotation Cloud Run knows. */
export interface AnnotationEntry {
  readonly key: string;
  /** Where Cloud Run accepts it; `both` for those accepted on either object. */
  readonly level: AnnotationLevel | 'both';
  readonly value: ValueGrammar;
  /** The documentation (or, for what the server sets, the client code) that says so. */
  readonly source: string;
  /** Set by Cloud Run or gcloud: exports carry it and Cloud Run takes it back as it is. */
  readonly outputOnly?: boolean;
  /** The annotation that sets the same thing at the other level, offered when this one is misplaced. */
  readonly counterpart?: string;
  readonly note?: string;
}

/** How many instances a revision may scale to when no maxScale annotation says otherwise (max-instances docs). */
export const DEFAULT_MAX_INSTANCES = 100;

/** The prefixes Cloud Run reserves; annotations under any other prefix are the user's and never checked. */
export const CLOUD_RUN_PREFIXES = [
  'run.googleapis.com/',
  'autoscaling.knative.dev/',
  'serving.knative.dev/',
] as const;

// Value grammars -------------------------------------------------------------------------------------------------

function oneOf(...values: string[]): ValueGrammar {
  return {
    describe: values.join(' | '),
    check: (value) => (values.includes(value) ? undefined : `is not one of ${values.join(', ')}`),
  };
}

const BOOLEAN: ValueGrammar = {
  describe: '"true" | "false" (quoted)',
  check: (value) => (value === 'true' || value === 'false' ? undefined : 'is not "true" or "false"'),
};

const WHOLE_NUMBER: ValueGrammar = {
  describe: 'a whole number, quoted ("3")',
  check: (value) => (/^\d+$/.test(value) ? undefined : 'is not a whole number'),
};

function text(maxLength?: number): ValueGrammar {
  return {
    describe: maxLength ? `text, at most ${maxLength} characters` : 'text',
    check: (value) =>
      maxLength !== undefined && value.length > maxLength
        ? `is ${value.length} characters long; at most ${maxLength} are accepted`
        : undefined,
  };
}

function pattern(regex: RegExp, describe: string): ValueGrammar {
  return { describe, check: (value) => (regex.test(value) ? undefined : `is not ${describe}`) };
}

/** Comma-separated items, each matching `item`. */
function commaList(item: RegExp, describe: string): ValueGrammar {
  return {
    describe: `comma-separated ${describe}`,
    check: (value) => {
      const bad = value.split(',').find((entry) => !item.test(entry.trim()));
      return bad === undefined ? undefined : `has "${bad.trim()}", which is not ${describe}`;
    },
  };
}

/** A decimal fraction between `min` and `max`, or `disabled` (scaling targets). */
function utilization(min: number, max: number): ValueGrammar {
  return {
    describe: `a fraction from ${min} to ${max} ("0.7"), or disabled`,
    check: (value) => {
      if (value === 'disabled') return undefined;
      const number = /^\d*\.?\d+$/.test(value) ? Number(value) : Number.NaN;
      return number >= min && number <= max
        ? undefined
        : `is not a fraction from ${min} to ${max} or disabled`;
    },
  };
}

/**
 * Read a structured value (JSON, or the YAML flow style Google's own samples use: `{app: [collector]}`).
 * Undefined when it does not parse.
 */
function structured(value: string): unknown {
  try {
    return parse(value) as unknown;
  } catch {
    return undefined;
  }
}

const isStringList = (data: unknown): data is string[] =>
  Array.isArray(data) && data.every((item) => typeof item === 'string');
const isMapping = (data: unknown): data is Record<string, unknown> =>
  data !== null && typeof data === 'object' && !Array.isArray(data);

/**
 * The container start order of `run.googleapis.com/container-dependencies`: each container name with the names of
 * the containers it waits for. Undefined when the value is not such a mapping.
 */
export function parseContainerDependencies(
  value: string,
): ReadonlyMap<string, readonly string[]> | undefined {
  const data = structured(value);
  if (!isMapping(data)) return undefined;
  const graph = new Map<string, readonly string[]>();
  for (const [name, needs] of Object.entries(data)) {
    if (!isStringList(needs)) return undefined;
    graph.set(name, needs);
  }
  return graph;
}

const CONTAINER_DEPENDENCIES: ValueGrammar = {
  describe: 'a JSON object of container name → list of the container names it starts after',
  check: (value) =>
    parseContainerDependencies(value)
      ? undefined
      : 'is not a JSON object mapping each container name to a list of container names',
};

const STRING_LIST: ValueGrammar = {
  describe: 'a JSON list of strings',
  check: (value) => (isStringList(structured(value)) ? undefined : 'is not a JSON list of strings'),
};

const STRING_MAP: ValueGrammar = {
  describe: 'a JSON object of string values',
  check: (value) => {
    const data = structured(value);
    return isMapping(data) && Object.values(data).every((v) => typeof v === 'string')
      ? undefined
      : 'is not a JSON object of string values';
  },
};

const NETWORK_INTERFACES: ValueGrammar = {
  describe: 'a JSON list of {"network", "subnetwork", "tags"} objects',
  check: (value) => {
    const data = structured(value);
    return Array.isArray(data) &&
      data.length > 0 &&
      data.every((item) => isMapping(item) && ('network' in item || 'subnetwork' in item))
      ? undefined
      : 'is not a JSON list of objects each naming a network or subnetwork';
  },
};

const INGRESS = oneOf('all', 'internal', 'internal-and-cloud-load-balancing');
const RESOURCE_ID = '[a-z0-9][-a-z0-9_.]*';
/** PROJECT:REGION:INSTANCE, the project possibly domain-scoped (`example.com:project`). */
const CLOUD_SQL_CONNECTION = /^(?:[a-z0-9][-a-z0-9.]*:)?[a-z][-a-z0-9]*:[a-z]+-[a-z]+\d+:[a-z0-9][-a-z0-9]*$/;

// Sources --------------------------------------------------------------------------------------------------------

const RUN_DOCS = 'https://cloud.google.com/run/docs';
const YAML_REFERENCE = `${RUN_DOCS}/reference/yaml/v1`;
const OBJECT_META = `${RUN_DOCS}/reference/rest/v1/ObjectMeta`;
const SERVICE_RESOURCE = `${RUN_DOCS}/reference/rest/v1/namespaces.services`;
const REVISION_TEMPLATE = `${RUN_DOCS}/reference/rest/v1/RevisionTemplate`;
const CMEK = `${RUN_DOCS}/securing/using-cmek`;
const GCLOUD_SOURCE =
  'https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk';
const GCLOUD_EXPORT = `${GCLOUD_SOURCE}/command_lib/run/printers/export_printer.py`;
const GCLOUD_SERVICE = `${GCLOUD_SOURCE}/api_lib/run/service.py`;

const SOURCE_DEPLOY = 'set by source and function deploys';
const SET_BY_SERVER = 'set by Cloud Run or gcloud; exports keep it and Cloud Run accepts it back';

/** Every annotation under the Cloud Run prefixes that Cloud Run accepts on a Service or its revision template. */
export const ANNOTATIONS: readonly AnnotationEntry[] = [
  // On the Service (metadata.annotations).
  {
    key: 'run.googleapis.com/ingress',
    level: 'service',
    value: INGRESS,
    source: `${RUN_DOCS}/securing/ingress`,
  },
  {
    key: 'run.googleapis.com/ingress-status',
    level: 'service',
    value: INGRESS,
    source: SERVICE_RESOURCE,
    outputOnly: true,
    note: 'the ingress in force',
  },
  {
    key: 'run.googleapis.com/launch-stage',
    level: 'service',
    value: oneOf('ALPHA', 'BETA', 'GA'),
    source: YAML_REFERENCE,
    note: 'allows preview features',
  },
  { key: 'run.googleapis.com/description', level: 'service', value: text(512), source: YAML_REFERENCE },
  {
    key: 'run.googleapis.com/binary-authorization',
    level: 'service',
    value: text(),
    source: YAML_REFERENCE,
    note: '"default" or a policy name',
  },
  {
    key: 'run.googleapis.com/binary-authorization-breakglass',
    level: 'service',
    value: text(),
    source: YAML_REFERENCE,
    note: 'the justification',
  },
  {
    key: 'run.googleapis.com/minScale',
    level: 'service',
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/min-instances`,
    counterpart: 'autoscaling.knative.dev/minScale',
    note: 'service-level minimum instances',
  },
  {
    key: 'run.googleapis.com/maxScale',
    level: 'service',
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/max-instances`,
    counterpart: 'autoscaling.knative.dev/maxScale',
    note: 'service-level maximum instances',
  },
  {
    key: 'run.googleapis.com/scalingMode',
    level: 'service',
    value: oneOf('automatic', 'manual'),
    source: `${RUN_DOCS}/configuring/services/manual-scaling`,
  },
  {
    key: 'run.googleapis.com/manualInstanceCount',
    level: 'service',
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/services/manual-scaling`,
  },
  { key: 'run.googleapis.com/function-target', level: 'service', value: text(), source: YAML_REFERENCE },
  {
    key: 'run.googleapis.com/invoker-iam-disabled',
    level: 'service',
    value: BOOLEAN,
    source: `${RUN_DOCS}/authenticating/public`,
  },
  { key: 'run.googleapis.com/iap-enabled', level: 'service', value: BOOLEAN, source: YAML_REFERENCE },
  {
    key: 'run.googleapis.com/custom-audiences',
    level: 'service',
    value: STRING_LIST,
    source: `${RUN_DOCS}/configuring/custom-audiences`,
  },
  { key: 'run.googleapis.com/default-url-disabled', level: 'service', value: BOOLEAN, source: OBJECT_META },
  { key: 'run.googleapis.com/gc-traffic-tags', level: 'service', value: text(), source: OBJECT_META },
  {
    key: 'run.googleapis.com/build-base-image',
    level: 'service',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-enable-automatic-updates',
    level: 'service',
    value: BOOLEAN,
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-environment-variables',
    level: 'service',
    value: STRING_MAP,
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-image-uri',
    level: 'service',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-name',
    level: 'service',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-service-account',
    level: 'service',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-worker-pool',
    level: 'service',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/urls',
    level: 'service',
    value: STRING_LIST,
    source: GCLOUD_SERVICE,
    outputOnly: true,
    note: "the service's URLs",
  },

  // On either.
  {
    key: 'run.googleapis.com/base-images',
    level: 'both',
    value: STRING_MAP,
    source: `${RUN_DOCS}/configuring/services/automatic-base-image-updates`,
    note: 'container name → base image',
  },
  {
    key: 'run.googleapis.com/build-function-target',
    level: 'both',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-id',
    level: 'both',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/build-source-location',
    level: 'both',
    value: text(),
    source: OBJECT_META,
    note: SOURCE_DEPLOY,
  },
  {
    key: 'run.googleapis.com/client-name',
    level: 'both',
    value: text(),
    source: OBJECT_META,
    note: SET_BY_SERVER,
  },
  {
    key: 'run.googleapis.com/client-version',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },
  {
    key: 'run.googleapis.com/operation-id',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },
  {
    key: 'run.googleapis.com/creatorEmail',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },
  {
    key: 'run.googleapis.com/lastModifierEmail',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },
  {
    key: 'serving.knative.dev/creator',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },
  {
    key: 'serving.knative.dev/lastModifier',
    level: 'both',
    value: text(),
    source: GCLOUD_EXPORT,
    outputOnly: true,
    note: SET_BY_SERVER,
  },

  // On the revision template (spec.template.metadata.annotations).
  {
    key: 'autoscaling.knative.dev/minScale',
    level: 'revision',
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/min-instances`,
    counterpart: 'run.googleapis.com/minScale',
  },
  {
    key: 'autoscaling.knative.dev/maxScale',
    level: 'revision',
    value: WHOLE_NUMBER,
    source: `${RUN_DOCS}/configuring/max-instances`,
    counterpart: 'run.googleapis.com/maxScale',
  },
  {
    key: 'run.googleapis.com/cpu-throttling',
    level: 'revision',
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/billing-settings`,
    note: '"false": CPU always allocated (instance-based billing)',
  },
  {
    key: 'run.googleapis.com/startup-cpu-boost',
    level: 'revision',
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/services/cpu`,
  },
  {
    key: 'run.googleapis.com/sessionAffinity',
    level: 'revision',
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/session-affinity`,
  },
  {
    key: 'run.googleapis.com/cloudsql-instances',
    level: 'revision',
    value: commaList(CLOUD_SQL_CONNECTION, 'Cloud SQL connection names (PROJECT:REGION:INSTANCE)'),
    source: 'https://cloud.google.com/sql/docs/postgres/connect-run',
  },
  {
    key: 'run.googleapis.com/execution-environment',
    level: 'revision',
    value: oneOf('gen1', 'gen2'),
    source: `${RUN_DOCS}/configuring/execution-environments`,
  },
  {
    key: 'run.googleapis.com/vpc-access-connector',
    level: 'revision',
    value: pattern(
      new RegExp(`^(?:projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/connectors/)?[a-z][-a-z0-9]*$`),
      'a connector name or projects/PROJECT/locations/REGION/connectors/NAME',
    ),
    source: `${RUN_DOCS}/configuring/vpc-connectors`,
  },
  {
    key: 'run.googleapis.com/vpc-access-egress',
    level: 'revision',
    value: oneOf('all-traffic', 'private-ranges-only', 'all'),
    source: REVISION_TEMPLATE,
    note: '`all` is the deprecated spelling of `all-traffic`',
  },
  {
    key: 'run.googleapis.com/network-interfaces',
    level: 'revision',
    value: NETWORK_INTERFACES,
    source: `${RUN_DOCS}/configuring/vpc-direct-vpc`,
    note: 'Direct VPC egress',
  },
  {
    key: 'run.googleapis.com/encryption-key',
    level: 'revision',
    value: pattern(
      new RegExp(`^projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/keyRings/[^/]+/cryptoKeys/[^/]+$`),
      'a Cloud KMS key name (projects/P/locations/L/keyRings/R/cryptoKeys/K)',
    ),
    source: CMEK,
  },
  {
    key: 'run.googleapis.com/encryption-key-shutdown-hours',
    level: 'revision',
    value: WHOLE_NUMBER,
    source: CMEK,
  },
  {
    key: 'run.googleapis.com/post-key-revocation-action-type',
    level: 'revision',
    value: oneOf('PREVENT_NEW', 'SHUTDOWN'),
    source: CMEK,
  },
  {
    key: 'run.googleapis.com/container-dependencies',
    level: 'revision',
    value: CONTAINER_DEPENDENCIES,
    source: `${RUN_DOCS}/deploying#sidecars`,
    note: 'each container named as a dependency needs a startup probe',
  },
  {
    key: 'run.googleapis.com/secrets',
    level: 'revision',
    value: commaList(
      new RegExp(`^[^:,\\s]+:projects/${RESOURCE_ID}/secrets/[^/,\\s]+$`),
      'ALIAS:projects/PROJECT/secrets/SECRET',
    ),
    source: `${RUN_DOCS}/configuring/services/secrets`,
    note: 'secrets of other projects',
  },
  { key: 'run.googleapis.com/secure-session-agent', level: 'revision', value: text(), source: OBJECT_META },
  {
    key: 'run.googleapis.com/gpu-zonal-redundancy-disabled',
    level: 'revision',
    value: BOOLEAN,
    source: `${RUN_DOCS}/configuring/services/gpu-zonal-redundancy`,
  },
  {
    key: 'run.googleapis.com/health-check-disabled',
    level: 'revision',
    value: BOOLEAN,
    source: REVISION_TEMPLATE,
    note: 'skips the deploy-time startup probe',
  },
  {
    key: 'run.googleapis.com/scaling-cpu-target',
    level: 'revision',
    value: utilization(0.1, 0.95),
    source: `${RUN_DOCS}/configuring/scaling-controls`,
  },
  {
    key: 'run.googleapis.com/scaling-concurrency-target',
    level: 'revision',
    value: utilization(0.1, 0.95),
    source: `${RUN_DOCS}/configuring/scaling-controls`,
  },
  {
    key: 'run.googleapis.com/mesh',
    level: 'revision',
    value: pattern(
      new RegExp(`^projects/${RESOURCE_ID}/locations/${RESOURCE_ID}/meshes/[^/]+$`),
      'a mesh name (projects/PROJECT/locations/global/meshes/MESH)',
    ),
    source: 'https://cloud.google.com/service-mesh/docs/cloud-run-api-reference',
    note: 'Cloud Service Mesh',
  },
  // Preview features gcloud 528 itself writes (its api_lib/run modules name each one and the object it goes on) but
  // the docs do not list yet: known, so a real spec using them gets no false error; their values are not checked.
  ...gcloudPreview('service', 'api_lib/run/service.py', ['max-surge', 'max-unavailable']),
  ...gcloudPreview('revision', 'api_lib/run/revision.py', [
    'identity',
    'enable-workload-certificate',
    'mesh-dataplane',
    'sources',
    'overflow-scaling',
  ]),
  ...gcloudPreview('both', 'api_lib/run/k8s_object.py', ['regions', 'threat-detection']),
];

/** Entries for preview annotations known from gcloud's own code (`module`; gcloud 528 installs the same file). */
function gcloudPreview(
  level: AnnotationEntry['level'],
  module: string,
  names: readonly string[],
): AnnotationEntry[] {
  return names.map((name) => ({
    key: `run.googleapis.com/${name}`,
    level,
    value: text(),
    source: `https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/${module}`,
    note: 'preview: known to gcloud, not yet in the docs; the value is not checked',
  }));
}

const BY_KEY = new Map(ANNOTATIONS.map((entry) => [entry.key, entry]));

/** What is wrong with one annotation. */
export type AnnotationFinding =
  | { readonly kind: 'unknown'; readonly prefix: string; readonly suggestion?: string }
  | { readonly kind: 'level'; readonly entry: AnnotationEntry }
  | { readonly kind: 'value'; readonly entry: AnnotationEntry; readonly problem: string };

/** The entry for a key, if Cloud Run knows it. */
export function annotationEntry(key: string): AnnotationEntry | undefined {
  return BY_KEY.get(key);
}

/**
 * Check one annotation written at `level`. Keys outside the Cloud Run prefixes are the user's: never a finding.
 *
 * @param value the value, or undefined when it is not checked (not a string, or still holding a `${NAME}`)
 * @returns undefined when Cloud Run accepts it
 */
export function checkAnnotation(
  key: string,
  level: AnnotationLevel,
  value: string | undefined,
): AnnotationFinding | undefined {
  const prefix = CLOUD_RUN_PREFIXES.find((p) => key.startsWith(p));
  if (prefix === undefined) return undefined;
  const entry = BY_KEY.get(key);
  if (!entry) {
    const suggestion = suggestAnnotation(key);
    return suggestion === undefined ? { kind: 'unknown', prefix } : { kind: 'unknown', prefix, suggestion };
  }
  if (entry.level !== 'both' && entry.level !== level) return { kind: 'level', entry };
  const problem = value === undefined ? undefined : entry.value.check(value);
  return problem === undefined ? undefined : { kind: 'value', entry, problem };
}

/**
 * The known key an unknown one most likely means: the closest name (case ignored) under the same prefix, else
 * under any prefix (`run.googleapis.com/maxscale` → `autoscaling.knative.dev/maxScale` only when nothing closer).
 */
export function suggestAnnotation(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = key.slice(0, slash + 1);
  const name = key.slice(slash + 1);
  const nameOf = (k: string): string => k.slice(k.indexOf('/') + 1);
  const samePrefix = ANNOTATIONS.filter((e) => e.key.startsWith(prefix));
  for (const candidates of [samePrefix, ANNOTATIONS]) {
    const match = closest(
      name,
      candidates.map((e) => nameOf(e.key)),
    );
    if (match !== undefined) return candidates.find((e) => nameOf(e.key) === match)?.key;
  }
  return undefined;
}
