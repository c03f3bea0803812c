// The whole run, shared by the action and the CLI, in run order: check the spec, check the certificates it mounts
// (read from Secret Manager) and prepare the smoke test (nothing sent to Cloud Run yet) → provide the image → render
// → deploy a no-traffic revision under this run's tag → smoke-test it → compare what it exposes with production →
// promote it, or take back this run's tag and fail. Each stage's dependencies come in from the caller; outputs are
// reported as soon as they are known.
import type { BuildDependencies, ProvidedImage } from './build/index.js';
import { defaultBuildDependencies, provideImage } from './build/index.js';
import type { PipelineConfig } from './config/index.js';
import { ConfigError } from './config/index.js';
import type { DeployDependencies, DeployResult, DeployTarget, Resource, TidyResult } from './deploy/index.js';
import {
  defaultDeployDependencies,
  deleteUnreferenced,
  deployRevision,
  planDeployText,
  planTagRemoval,
  promoteRevision,
  removeRunTag,
  removeTag,
  revisionSuffix,
  runTag,
  tidyRevisions,
  validateServerSide,
} from './deploy/index.js';
import type { ExposureResult } from './exposure/index.js';
import { compareExposure, judgeExposure, writeExposureFile } from './exposure/index.js';
import type { Credentials, SecretManagerApi, Transport } from './gcp/index.js';
import {
  checkEndpointOverrides,
  createApiClient,
  loadCredentials,
  secretManagerApi,
  secretManagerBaseUrl,
} from './gcp/index.js';
import type { PipelineReport, StageSpan } from './report/index.js';
import { renderExposureTable } from './report/index.js';
import { checkCertificates } from './preflight/index.js';
import type { PreparedSmokeTest, SmokeResult } from './smoke/index.js';
import { checkSmokeOffline, prepareSmokeTest, roleTokens, smokeTest } from './smoke/index.js';
import type { SpecResult } from './spec/index.js';
import { checkSpec, specVariables } from './spec/index.js';

export type { PipelineConfig, PipelineReport, StageSpan };

/** What a step that only reads and writes traffic (a roll back, a tag removal) may take, in ms. */
const TRAFFIC_STEP_BUDGET_MS = 60_000;
/** What the reads and writes around a wait for Ready may take on top of `wait_timeout`, in ms. */
const WRITE_MARGIN_MS = 60_000;

/** How the pipeline reaches its caller (the action or the CLI). */
export interface PipelineIo {
  readonly log: (line: string) => void;
  /** Something degraded that does not fail the run (a revision that could not be deleted); `log` when absent. */
  readonly warn?: (line: string) => void;
  /** Runs `fn` as a named log group. */
  readonly group: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  readonly mask: (secret: string) => void;
  readonly setOutput: (name: string, value: string) => void;
  /** The spec file as named in diagnostics, and its text. */
  readonly specFile: { readonly name: string; readonly text: string };
  /** The workflow run's id (`GITHUB_RUN_ID`, unique in a repository) and attempt, for unique revision names. */
  readonly run?: { readonly id?: string; readonly attempt?: string };
  readonly now?: () => number;
  /** Where files for later steps go (the exposure diff): `RUNNER_TEMP` in a workflow; the OS's when absent. */
  readonly tempDir?: string;
}

/** The workflow run a process belongs to, from the runner's environment (empty outside a workflow). */
export function workflowRunOf(env: NodeJS.ProcessEnv): NonNullable<PipelineIo['run']> {
  return {
    ...(env['GITHUB_RUN_ID'] ? { id: env['GITHUB_RUN_ID'] } : {}),
    ...(env['GITHUB_RUN_ATTEMPT'] ? { attempt: env['GITHUB_RUN_ATTEMPT'] } : {}),
  };
}

/** Every outside system the stages reach, passed in (fakes in tests, the real clients from the environment). */
export interface PipelineDependencies {
  readonly credentials: () => Credentials;
  /** A Cloud Run client for one step, with a budget of its own (a slow step never eats the next one's time). */
  readonly cloudRun: (budgetMs: number) => DeployDependencies;
  readonly build: () => BuildDependencies;
  readonly secrets: () => SecretManagerApi;
  /** How the smoke test reaches the revision (node:http(s) when absent). */
  readonly smokeTransport?: Transport;
}

/**
 * The real dependencies, from the environment: credentials loaded once on first use (every token masked), the
 * endpoint overrides gcloud reads — refused now, before anything is sent, when one may not receive the token.
 */
export function defaultPipelineDependencies(
  config: PipelineConfig,
  env: NodeJS.ProcessEnv,
  io: Pick<PipelineIo, 'log' | 'mask' | 'now'>,
): PipelineDependencies {
  checkEndpointOverrides(env);
  let credentials: Credentials | undefined;
  const credentialsOnce = (): Credentials => (credentials ??= loadCredentials(env, io.mask));
  const accessToken = () => credentialsOnce().accessToken();
  return {
    credentials: credentialsOnce,
    cloudRun: (budgetMs) =>
      defaultDeployDependencies(deployTarget(config), env, accessToken, io.log, budgetMs, io.now),
    build: () => defaultBuildDependencies(env, io.log, credentialsOnce),
    secrets: () =>
      secretManagerApi(
        createApiClient({ accessToken }),
        secretManagerBaseUrl(env['CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER']),
        io.mask,
      ),
  };
}

/** The run failed; `report` says how far it got. */
export class PipelineError extends Error {
  override name = 'PipelineError';
  constructor(
    message: string,
    readonly report: PipelineReport,
  ) {
    super(message);
  }
}

/** Run the pipeline. Throws PipelineError (with the report so far) on any failure. */
export async function runPipeline(
  config: PipelineConfig,
  io: PipelineIo,
  deps: PipelineDependencies,
): Promise<PipelineReport> {
  const run = startRun(config, io, deps);
  try {
    if (config.deploy.mode.kind === 'remove-tag') return await removeTagStep(run, config.deploy.mode.tag);
    const checked = await validateStep(run);
    await preflightStep(run, checked);
    // What does not depend on each other runs at once: the service's first read, the secret, the registry check.
    const early = earlyReads(run);
    const [smoke, image] = await settledInOrder(prepareSmokeStep(run, checked), imageStep(run));
    if (config.deploy.mode.kind === 'none') return run.report;
    if (!image)
      throw new ConfigError('deploying needs an image: set `repository` (to build) or `image` (prebuilt)');
    const rendered = renderStep(run, image);
    if (config.deploy.dryRun) return await dryRunStep(run, rendered, checked);
    const deployed = await deployStep(run, rendered, image, early);
    await finishStep(run, deployed, smoke, early);
    return run.report;
  } catch (error) {
    throw new PipelineError(error instanceof Error ? error.message : String(error), run.report);
  }
}

/** Both results once both have settled (nothing left running), or the first one's error, in argument order. */
async function settledInOrder<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/** A promise whose failure is reported where it is awaited, not as an unhandled rejection if it never is. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Reads started before they are needed: the service (for the deploy) and, from its URL, the invoker's ID token. */
interface EarlyReads {
  readonly service: Promise<Resource | undefined>;
  /** The ID token for the service URL the first read showed (an existing service), minted while the deploy runs. */
  readonly idToken: Promise<{ audience: string; token: string } | undefined>;
}

/** Start the service's first read, and from it the ID token, when this run deploys (never in a dry run). */
function earlyReads(run: Run): EarlyReads | undefined {
  const { config, deps, target } = run;
  const { mode, dryRun, smoke } = config.deploy;
  if (dryRun || (mode.kind !== 'deploy' && mode.kind !== 'preview')) return undefined;
  const service = quiet(deps.cloudRun(TRAFFIC_STEP_BUDGET_MS).api.getService(target.service));
  const idToken = quiet(
    service.then(async (found) => {
      const audience = (found?.['status'] as { url?: unknown } | undefined)?.url;
      if (!smoke?.invokerAuth || typeof audience !== 'string' || !audience) return undefined;
      return { audience, token: await deps.credentials().idToken(audience) };
    }),
  );
  return { service, idToken };
}

type MutableReport = { -readonly [K in keyof PipelineReport]: PipelineReport[K] };

/** A run in progress: its settings, its dependencies, the report so far, and its stages timed for the timeline. */
interface Run {
  readonly config: PipelineConfig;
  readonly io: PipelineIo;
  readonly deps: PipelineDependencies;
  readonly report: MutableReport;
  readonly now: () => number;
  readonly target: DeployTarget;
  stage<T>(name: string, fn: () => Promise<T>): Promise<T>;
  output(name: string, value: string): void;
}

function startRun(config: PipelineConfig, io: PipelineIo, deps: PipelineDependencies): Run {
  const now = io.now ?? Date.now;
  const report: MutableReport = {
    diagnostics: [],
    valid: false,
    timeline: [],
    ...(config.deploy.dryRun ? { dryRun: true } : {}),
  };
  const span = (stage: string, start: number, ok: boolean): StageSpan => ({ stage, start, end: now(), ok });
  let open = 0;
  return {
    config,
    io,
    deps,
    report,
    now,
    target: deployTarget(config),
    async stage(name, fn) {
      const start = now();
      // Stages that run at once share the first one's log group (groups do not nest).
      const grouped = open === 0;
      open += 1;
      try {
        if (!grouped) io.log(`== ${name} (at once)`);
        const result = grouped ? await io.group(name, fn) : await fn();
        report.timeline.push(span(name, start, true));
        return result;
      } catch (error) {
        report.timeline.push(span(name, start, false));
        throw error;
      } finally {
        open -= 1;
      }
    },
    output: (name, value) => {
      io.setOutput(name, value);
    },
  };
}

function deployTarget({ deploy }: PipelineConfig): DeployTarget {
  const { projectId, region, service, waitTimeoutMs } = deploy;
  return { projectId, region, service, waitTimeoutMs };
}

/** Remove a tag (a closed pull request's preview); a dry run reads the service, when it can, and writes nothing. */
async function removeTagStep(run: Run, tag: string): Promise<PipelineReport> {
  const { report, config, deps, target } = run;
  report.valid = true;
  const tidy = config.deploy.keepRevisions > 0;
  if (config.deploy.dryRun) {
    report.plan =
      config.deploy.dryRun === 'validate'
        ? `dry run: ${await run.stage('Reading service (dry run)', () => planTagRemoval(target, tag, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS), tidy))}`
        : `dry run: would read service ${target.service} and PUT it without tag ${tag} (every other entry and tag kept)${tidy ? ", then DELETE the tag's revision if a fresh read shows nothing else references it" : ''}; nothing is sent`;
    run.io.log(report.plan);
    return report;
  }
  const { changed, revisions } = await run.stage('Removing tag', () =>
    removeTag(target, tag, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)),
  );
  run.output('changed', String(changed));
  report.changed = changed;
  // The preview's revision goes with its tag, unless something else references it on a fresh read.
  const deleted =
    tidy && revisions.length > 0
      ? await run.stage("Deleting the preview's revision", () =>
          deleteUnreferenced(target, revisions, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)),
        )
      : { deleted: [], warnings: [] };
  reportTidy(run, deleted);
  return report;
}

/** What a tidy deleted (or would), as output, report and warnings. */
function reportTidy(run: Run, result: TidyResult, planned = false): void {
  for (const warning of result.warnings) (run.io.warn ?? run.io.log)(warning);
  run.report.tidy = { deleted: result.deleted, ...(planned ? { planned } : {}) };
  run.output('deleted_revisions', result.deleted.join(','));
}

/**
 * After a successful deploy: delete the oldest revisions nothing references (never this run's), as a warning.
 * `revisions`: their list, when it was asked for ahead.
 */
async function tidyStep(run: Run, revision: string, revisions?: Promise<readonly Resource[]>): Promise<void> {
  const keep = run.config.deploy.keepRevisions;
  if (keep === 0) {
    reportTidy(run, { deleted: [], warnings: [] });
    return;
  }
  const result = await run.stage('Tidying revisions', () =>
    tidyRevisions(
      run.target,
      { keep, protect: [revision], ...(revisions ? { revisions } : {}) },
      run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS),
    ),
  );
  reportTidy(run, result);
}

/** The tidy's list of revisions, asked for now (beside the promotion) when there will be a tidy. */
function listRevisionsAhead(run: Run): Promise<readonly Resource[]> | undefined {
  if (run.config.deploy.keepRevisions === 0) return undefined;
  const listing = run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS).api.listRevisions(run.target.service);
  listing.catch(() => undefined); // a failure is the tidy's warning, when it awaits the list
  return listing;
}

/** The built-in values known before the image and the revision: the version, and where the service goes. */
function knownVariables({ config }: Run, more: { IMAGE?: string; REVISION?: string } = {}) {
  const { deploy, spec } = config;
  return specVariables(spec.variables, {
    POSTGREST_VERSION: spec.postgrestVersion.tag,
    SERVICE: deploy.service,
    REGION: deploy.region,
    PROJECT_ID: deploy.projectId,
    ...more,
  });
}

/** Check everything that can be checked without sending anything; an invalid spec stops the run here. */
async function validateStep(run: Run): Promise<SpecResult> {
  const { config, io, report } = run;
  const checked = await run.stage('Validating spec', () =>
    Promise.resolve(
      checkSpec({
        file: io.specFile.name,
        text: io.specFile.text,
        variables: knownVariables(run),
        postgrestVersion: config.spec.postgrestVersion,
        dbMaxConnections: config.spec.dbMaxConnections,
        allowUnsetBuiltins: true,
      }),
    ),
  );
  report.diagnostics = checked.diagnostics;
  report.valid = checked.valid;
  if (!checked.valid) {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
    throw new Error(
      `${io.specFile.name} has ${String(errors)} error${errors === 1 ? '' : 's'}: nothing was sent to Google Cloud`,
    );
  }
  return checked;
}

/**
 * Check the client certificates the spec mounts, before anything is deployed: an error stops the run here. Only
 * a deploy or a preview runs it (they name the project), and not a dry run that sends nothing.
 */
async function preflightStep(run: Run, checked: SpecResult): Promise<void> {
  const { config, deps, io, report } = run;
  const certificates = checked.clientCertificates;
  const { kind } = config.deploy.mode;
  if (!config.preflight.enabled || !certificates || config.deploy.dryRun === 'offline') return;
  if (kind !== 'deploy' && kind !== 'preview') return;
  const result = await run.stage('Checking certificates', () =>
    checkCertificates(
      certificates,
      { projectId: config.deploy.projectId, config: config.preflight },
      { secrets: deps.secrets, mask: io.mask, log: io.log, now: run.now },
    ),
  );
  report.preflight = { checks: result.checks };
  report.diagnostics = [...report.diagnostics, ...result.diagnostics];
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    throw new Error(
      `the certificate preflight found ${String(errors)} error${errors === 1 ? '' : 's'} in what ${io.specFile.name} mounts: nothing was sent to Cloud Run`,
    );
  }
}

/** The smoke test, prepared before anything is deployed (a dry run checks what it can offline, reading no secret). */
async function prepareSmokeStep(run: Run, checked: SpecResult): Promise<PreparedSmokeTest | undefined> {
  const { config, deps, io } = run;
  const smoke = config.deploy.mode.kind === 'none' ? undefined : config.deploy.smoke;
  if (!smoke) return undefined;
  const target = {
    service: checked.service ?? {},
    version: config.spec.postgrestVersion,
    projectId: config.deploy.projectId,
  };
  if (config.deploy.dryRun) {
    checkSmokeOffline(smoke, target);
    return undefined;
  }
  return run.stage('Preparing smoke test', () =>
    prepareSmokeTest(smoke, target, { secrets: deps.secrets, mask: io.mask, log: io.log }),
  );
}

/** Build (or reuse) the image, or pin the prebuilt one; its outputs are set at once. */
async function imageStep(run: Run): Promise<ProvidedImage | undefined> {
  const source = run.config.image;
  if (source.kind === 'none') return undefined;
  const image = await run.stage(source.kind === 'build' ? 'Building image' : 'Resolving image', () =>
    provideImage(source, { dryRun: Boolean(run.config.deploy.dryRun) }, run.deps.build()),
  );
  if (!image) return undefined;
  run.report.image = {
    ...(image.image ? { image: image.image } : {}),
    built: image.built,
    ...(image.planned ? { planned: true } : {}),
  };
  // A dry run's image is planned (a tag, not a digest), or empty when only the registry can say (builder assemble).
  run.output('image', image.image ?? '');
  run.output('image_built', String(image.built));
  return image;
}

/** The spec rendered with every built-in, the revision it deploys, and the tag this run tests it under. */
interface RenderedSpec {
  readonly service: Resource;
  readonly suffix: string;
  readonly revision: string;
  readonly tag: string;
}

function renderStep(run: Run, image: ProvidedImage): RenderedSpec {
  const { config, io, report } = run;
  const { deploy } = config;
  const digest = image.image ? /@(sha256:[0-9a-f]{64})$/.exec(image.image)?.[1] : undefined;
  const suffix =
    deploy.revisionSuffix ??
    revisionSuffix({
      service: deploy.service,
      ...(digest ? { imageDigest: digest } : {}),
      ...(io.run?.id ? { runId: io.run.id } : {}),
      ...(io.run?.attempt ? { runAttempt: io.run.attempt } : {}),
      now: run.now(),
    });
  const rendered = checkSpec({
    file: io.specFile.name,
    text: io.specFile.text,
    variables: knownVariables(run, { ...(image.image ? { IMAGE: image.image } : {}), REVISION: suffix }),
    postgrestVersion: config.spec.postgrestVersion,
    dbMaxConnections: config.spec.dbMaxConnections,
    // Only a dry run leaves IMAGE unknown (the tag of an assembled image depends on the sources' digests).
    allowUnsetBuiltins: image.image === undefined,
  });
  if (!rendered.service) {
    report.diagnostics = rendered.diagnostics;
    report.valid = false;
    throw new Error(
      `${io.specFile.name} does not render with the image and revision: nothing was written to Cloud Run`,
    );
  }
  const service = rendered.service;
  const pinned = (service['spec'] as { template?: { metadata?: { name?: unknown } } } | undefined)?.template
    ?.metadata?.name;
  const revision = typeof pinned === 'string' ? pinned : `${deploy.service}-${suffix}`;
  // This run's own tag: a preview's, or one no other run shares (so no run tests or promotes another's revision).
  const tag = deploy.mode.kind === 'preview' ? deploy.mode.tag : runTag(deploy.service, revision);
  return { service, suffix, revision, tag };
}

/** Print what the deploy would send; with `dry_run: validate`, ask Cloud Run to validate it (`?dryRun=all`). */
async function dryRunStep(run: Run, rendered: RenderedSpec, checked: SpecResult): Promise<PipelineReport> {
  const { config, deps, report, target } = run;
  const { mode } = config.deploy;
  report.plan = planDeployText({
    target,
    ...rendered,
    ...plannedReads(run, checked),
    smoke: config.deploy.smoke !== undefined,
    promote: mode.kind === 'deploy' && mode.promote,
    validate: config.deploy.dryRun === 'validate',
    keepRevisions: config.deploy.keepRevisions,
  });
  run.io.log(report.plan);
  if (config.deploy.dryRun === 'validate') {
    await run.stage('Validating on Cloud Run (dry run)', () =>
      validateServerSide(rendered.service, target, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)),
    );
    if (config.deploy.keepRevisions > 0) await plannedTidy(run, rendered.revision);
  }
  return report;
}

/** `dry_run: validate`: list the revisions and read the service, and say which a tidy would delete now. */
async function plannedTidy(run: Run, revision: string): Promise<void> {
  const keep = run.config.deploy.keepRevisions;
  const result = await run.stage('Listing revisions (dry run)', () =>
    tidyRevisions(
      run.target,
      { keep, protect: [revision], dryRun: true },
      run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS),
    ),
  );
  const line =
    result.deleted.length > 0
      ? `tidy, as the service is now: would delete ${result.deleted.join(', ')} (keeping the newest ${String(keep)})`
      : `tidy, as the service is now: no revision would be deleted (keeping the newest ${String(keep)})`;
  run.io.log(line);
  run.report.plan = `${run.report.plan ?? ''}\n${line}`;
  reportTidy(run, result, true);
}

/** What a run reads besides Cloud Run: the certificate preflight's secret versions, the exposure comparison's `/`. */
function plannedReads(run: Run, checked: SpecResult): { readsBefore: string[]; readsAfterSmoke: string[] } {
  const { config } = run;
  const mounts = config.preflight.enabled ? (checked.clientCertificates?.mounts ?? []) : [];
  const readsBefore = mounts.map(
    ({ keyword, secret, version }) =>
      `GET secret version ${secret.includes('/') ? secret : `projects/${config.deploy.projectId}/secrets/${secret}`}/versions/${version}: the ${keyword} certificate preflight`,
  );
  const role = config.deploy.smoke?.role ?? '';
  const readsAfterSmoke = [
    `GET / of the tag URL and of the service URL, without a token and as ${role} (and each role the checks name): what the revision exposes beyond production (exposure_policy ${config.deploy.exposurePolicy ?? 'report'})`,
  ];
  return { readsBefore, readsAfterSmoke };
}

/** Deploy with no traffic, under this run's tag; the revision, URLs and `changed` are reported at once. */
async function deployStep(
  run: Run,
  rendered: RenderedSpec,
  image: ProvidedImage,
  early: EarlyReads | undefined,
): Promise<DeployResult> {
  const { config, deps, report, target } = run;
  const { mode } = config.deploy;
  const deployed = await run.stage('Deploying revision', () =>
    deployRevision(
      rendered.service,
      target,
      {
        revisionSuffix: rendered.suffix,
        tag: rendered.tag,
        ...(mode.kind === 'preview' ? { preview: { allow: mode.allow, image: image.image } } : {}),
        ...(early ? { existing: early.service } : {}),
      },
      deps.cloudRun(config.deploy.waitTimeoutMs + WRITE_MARGIN_MS),
    ),
  );
  report.revision = deployed.revision;
  report.url = deployed.serviceUrl;
  report.changed = deployed.changed;
  run.output('revision', deployed.revision);
  run.output('url', deployed.serviceUrl);
  run.output('changed', String(deployed.changed));
  if (mode.kind === 'preview' && deployed.tagUrl) {
    report.previewUrl = deployed.tagUrl;
    run.output('preview_url', deployed.tagUrl);
  }
  return deployed;
}

/** Smoke-test, then promote. Whatever goes wrong, a deploy's own tag goes when the run ends (a preview keeps its). */
async function finishStep(
  run: Run,
  deployed: DeployResult,
  smoke: PreparedSmokeTest | undefined,
  early: EarlyReads | undefined,
): Promise<void> {
  const { mode } = run.config.deploy;
  let promoted = false;
  let revisions: Promise<readonly Resource[]> | undefined;
  try {
    await smokeStep(run, deployed, smoke, early);
    await exposureStep(run, deployed, smoke, early);
    if (mode.kind === 'deploy' && mode.promote) {
      revisions = listRevisionsAhead(run);
      await promoteStep(run, deployed);
      promoted = true;
    } else if (mode.kind === 'deploy' && deployed.tag) {
      run.io.log(
        `promote is false: ${deployed.revision} keeps tag ${deployed.tag} with no traffic (remove it with remove_tag when done)`,
      );
    }
  } catch (error) {
    if (mode.kind !== 'deploy' || !deployed.tag || promoted) throw error;
    await takeBackRunTag(run, deployed, deployed.tag, error);
    throw error;
  }
  await tidyStep(run, deployed.revision, revisions);
}

/** The smoke test of the deployed revision, through the URL that reaches it and no other; a failure throws. */
async function smokeStep(
  run: Run,
  deployed: DeployResult,
  smoke: PreparedSmokeTest | undefined,
  early: EarlyReads | undefined,
): Promise<void> {
  if (!smoke) {
    run.output('smoke', 'skipped');
    return;
  }
  const result = await run.stage('Smoke testing', () => testRevision(run, deployed, smoke, early));
  run.report.smoke = result;
  run.output('smoke', result.passed ? 'passed' : 'failed');
  if (!result.passed) {
    throw new Error(
      `the smoke test of ${deployed.revision} failed; ${trafficLeft(run)}: ${result.failure ?? ''}`,
    );
  }
}

async function testRevision(
  run: Run,
  deployed: DeployResult,
  smoke: PreparedSmokeTest,
  early: EarlyReads | undefined,
): Promise<SmokeResult> {
  const url = deployed.smokeUrl;
  if (!url) {
    throw new Error(
      `Cloud Run reports no URL for tag ${deployed.tag ?? ''} on ${deployed.revision}: cannot smoke-test it`,
    );
  }
  const invokerToken = run.config.deploy.smoke?.invokerAuth
    ? await mintedInvokerToken(run, deployed.serviceUrl, early)
    : undefined;
  return smokeTest(
    { ...smoke, url, ...(invokerToken ? { invokerToken } : {}) },
    {
      log: run.io.log,
      mask: run.io.mask,
      ...(run.deps.smokeTransport ? { transport: run.deps.smokeTransport } : {}),
    },
  );
}

/** Traffic is as it was (a deploy that does not promote), or was never touched (a preview). */
function trafficLeft(run: Run): string {
  return run.config.deploy.mode.kind === 'deploy'
    ? 'traffic is as it was before this run'
    : 'production traffic was never touched';
}

/**
 * Compare what the new revision shows each role with what production shows it; the outputs and the report get the
 * comparison, and growth the policy forbids stops the run before it promotes.
 */
async function exposureStep(
  run: Run,
  deployed: DeployResult,
  smoke: PreparedSmokeTest | undefined,
  early: EarlyReads | undefined,
): Promise<void> {
  const policy = run.config.deploy.exposurePolicy ?? 'report';
  const exposure = await run.stage('Comparing exposure', () => readExposure(run, deployed, smoke, early));
  run.report.exposure = exposure;
  const file = writeExposureFile(exposure, {
    ...(run.io.tempDir ? { directory: run.io.tempDir } : {}),
    revision: deployed.revision,
    policy,
  });
  run.output('exposure_changed', String(exposure.changed));
  run.output('exposure_diff_file', file);
  run.output('exposure_table', renderExposureTable(exposure));
  const failure = judgeExposure(exposure, policy);
  if (failure) throw new Error(`${failure}; ${trafficLeft(run)}`);
}

/** The comparison, or why there is none: a first deploy, or a revision that already serves production. */
async function readExposure(
  run: Run,
  deployed: DeployResult,
  smoke: PreparedSmokeTest | undefined,
  early: EarlyReads | undefined,
): Promise<ExposureResult> {
  const skip = (skipped: string): ExposureResult => {
    run.io.log(`exposure not compared: ${skipped}`);
    return { newUrl: deployed.smokeUrl ?? deployed.serviceUrl, skipped, roles: [], changed: false };
  };
  if (!smoke) return skip('the smoke test is off (smoke: false), so the revision is not contacted');
  if (deployed.created) return skip('a first deploy: nothing served production before it');
  if ([...deployed.left.keys()].every((revision) => revision === deployed.revision) || !deployed.tagUrl)
    return skip(`${deployed.revision} itself serves production`);
  const invokerToken = run.config.deploy.smoke?.invokerAuth
    ? await mintedInvokerToken(run, deployed.serviceUrl, early)
    : undefined;
  return compareExposure(
    {
      newUrl: deployed.tagUrl,
      productionUrl: deployed.serviceUrl,
      tokens: roleTokens(smoke, { mask: run.io.mask }),
      ...(invokerToken ? { invokerToken } : {}),
    },
    { log: run.io.log, ...(run.deps.smokeTransport ? { transport: run.deps.smokeTransport } : {}) },
  );
}

/** The ID token for `audience`: the one minted while the deploy ran when its audience is the same, else a new one. */
async function mintedInvokerToken(
  run: Run,
  audience: string,
  early: EarlyReads | undefined,
): Promise<string> {
  const minted = await early?.idToken.catch(() => undefined);
  if (minted?.audience === audience) return minted.token;
  return run.deps.credentials().idToken(audience);
}

/** Promote (a compare-and-set on the traffic this run left); `changed` becomes true when traffic moved. */
async function promoteStep(run: Run, deployed: DeployResult): Promise<void> {
  const { changed } = await run.stage('Promoting', () =>
    promoteRevision(
      run.target,
      deployed,
      run.deps.cloudRun(run.config.deploy.waitTimeoutMs + WRITE_MARGIN_MS),
    ),
  );
  if (changed && !deployed.changed) {
    run.report.changed = true;
    run.output('changed', 'true');
  }
}

/** The run ends without promoting: take back this run's tag; when that fails too, the error names both. */
async function takeBackRunTag(run: Run, deployed: DeployResult, tag: string, cause: unknown): Promise<void> {
  try {
    await run.stage('Rolling back', () =>
      removeRunTag(run.target, tag, deployed.revision, run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)),
    );
  } catch (rollback) {
    throw new Error(
      `${cause instanceof Error ? cause.message : String(cause)}; and the roll back failed too, so tag ${tag} may still be on ${deployed.revision} (no traffic): ${
        rollback instanceof Error ? rollback.message : String(rollback)
      }`,
    );
  }
}
