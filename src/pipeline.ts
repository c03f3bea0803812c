// The whole run, shared by the action and the CLI: check the spec and everything the smoke test needs (nothing sent
// yet) → build or reuse the image → render → deploy a no-traffic revision → smoke-test its tag URL → promote, or
// put the traffic back as it was and fail. Outputs are reported as soon as they are known.
import type { BuiltImage } from './build/index.js';
import { buildImage, defaultBuildDependencies, pinPrebuiltImage, planImage } from './build/index.js';
import { formatReference } from './build/image-ref.js';
import type { PipelineConfig } from './config.js';
import { ConfigError } from './config.js';
import type { DeployTarget } from './deploy/index.js';
import type { DeployResult } from './deploy/index.js';
import {
  defaultDeployDependencies,
  deployRevision,
  planTagRemoval,
  promoteRevision,
  removeRunTag,
  removeTag,
  revisionSuffix,
  runTag,
  validateServerSide,
} from './deploy/index.js';
import type { Credentials } from './gcp/auth.js';
import { loadCredentials } from './gcp/auth.js';
import { checkEndpointOverrides, createApiClient } from './gcp/http.js';
import type { Diagnostic, SpecResult } from './spec/index.js';
import { checkSpec } from './spec/index.js';
import { placeRole } from './smoke/claims.js';
import { parseSmokeChecks } from './smoke/checks.js';
import type { SmokeConfig, SmokeResult } from './smoke/index.js';
import { jwtSettings, loadJwtSecret, secretManagerBaseUrl, smokeTest } from './smoke/index.js';
import { parseJwtSecret } from './smoke/token.js';

/** What a step that only reads and writes traffic (a roll back, a tag removal) may take, in ms. */
const TRAFFIC_STEP_BUDGET_MS = 60_000;
/** What the reads and writes around a wait for Ready may take on top of `wait_timeout`, in ms. */
const WRITE_MARGIN_MS = 60_000;

export type { PipelineConfig };

/** How the pipeline reaches its caller (the action or the CLI). */
export interface PipelineIo {
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  /** Runs `fn` as a named log group. */
  readonly group: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  readonly mask: (secret: string) => void;
  readonly setOutput: (name: string, value: string) => void;
  /** The spec file as named in diagnostics, and its text. */
  readonly specFile: { readonly name: string; readonly text: string };
  /** The workflow run's id (`GITHUB_RUN_ID`, unique in a repository) and attempt, for unique revision names. */
  readonly run?: { readonly id?: string; readonly attempt?: string };
  readonly now?: () => number;
}

/** One stage's span, for the job summary's timeline. */
export interface StageSpan {
  readonly stage: string;
  readonly start: number;
  readonly end: number;
  readonly ok: boolean;
}

/** What a run produced, for the summary (also when it failed). */
export interface PipelineReport {
  readonly diagnostics: readonly Diagnostic[];
  readonly valid: boolean;
  readonly image?: { readonly image: string; readonly built: boolean };
  readonly revision?: string;
  readonly url?: string;
  readonly previewUrl?: string;
  readonly changed?: boolean;
  readonly smoke?: SmokeResult;
  readonly timeline: StageSpan[];
  /** The dry-run plan, when dry_run is on. */
  readonly plan?: string;
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
export async function runPipeline(config: PipelineConfig, io: PipelineIo): Promise<PipelineReport> {
  const now = io.now ?? Date.now;
  const report: { -readonly [K in keyof PipelineReport]: PipelineReport[K] } = {
    diagnostics: [],
    valid: false,
    timeline: [],
  };
  const output = (name: string, value: string): void => {
    io.setOutput(name, value);
  };
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = now();
    try {
      const result = await io.group(name, fn);
      report.timeline.push({ stage: name, start, end: now(), ok: true });
      return result;
    } catch (error) {
      report.timeline.push({ stage: name, start, end: now(), ok: false });
      throw error;
    }
  };
  let credentials: Credentials | undefined;
  const credentialsOnce = (): Credentials => (credentials ??= loadCredentials(io.env, io.mask));
  const { deploy } = config;
  const target: DeployTarget = {
    projectId: deploy.projectId,
    region: deploy.region,
    service: deploy.service,
    waitTimeoutMs: deploy.waitTimeoutMs,
  };
  // Each step gets a client with a budget of its own: a slow wait or smoke test never eats the time to roll back.
  const deployDeps = (budgetMs: number) =>
    defaultDeployDependencies(target, io.env, () => credentialsOnce().accessToken(), io.log, budgetMs, now);
  const hasCredentials = Boolean(
    io.env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE'] || io.env['GOOGLE_APPLICATION_CREDENTIALS'],
  );

  try {
    checkEndpointOverrides(io.env);
    if (deploy.mode.kind === 'remove-tag') {
      const tag = deploy.mode.tag;
      if (deploy.dryRun) {
        // A dry run writes nothing: it reads the service, when it can, to say what removing the tag would do.
        report.plan = hasCredentials
          ? `dry run: ${await stage('Reading service (dry run)', () => planTagRemoval(target, tag, deployDeps(TRAFFIC_STEP_BUDGET_MS)))}`
          : `dry run: would read service ${deploy.service} and PUT it without tag ${tag} (every other entry and tag kept); nothing is sent`;
        io.log(report.plan);
        report.valid = true;
        return report;
      }
      const { changed } = await stage('Removing tag', () =>
        removeTag(target, tag, deployDeps(TRAFFIC_STEP_BUDGET_MS)),
      );
      output('changed', String(changed));
      report.changed = changed;
      report.valid = true;
      return report;
    }

    // 1. Everything that can be checked without sending anything.
    const builtins = new Map([
      ...config.spec.variables,
      ['POSTGREST_VERSION', config.spec.postgrestVersion.tag],
    ]);
    if (deploy.service) builtins.set('SERVICE', deploy.service);
    if (deploy.region) builtins.set('REGION', deploy.region);
    if (deploy.projectId) builtins.set('PROJECT_ID', deploy.projectId);
    const checked = await stage('Validating spec', () =>
      Promise.resolve(
        checkSpec({
          file: io.specFile.name,
          text: io.specFile.text,
          variables: builtins,
          postgrestVersion: config.spec.postgrestVersion,
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
    const smoke = deploy.mode.kind === 'none' ? undefined : deploy.smoke;
    const prepared =
      smoke && !deploy.dryRun ? await stage('Preparing smoke test', () => prepareSmoke(checked)) : undefined;
    // A dry run reads no secret, but still checks what it can offline: the checks and the claim key.
    if (smoke && deploy.dryRun) smokeRoles(smokeSettingsOf(checked).claimKey);

    // 2. The image.
    const image =
      config.image.kind === 'none'
        ? undefined
        : await stage(config.image.kind === 'build' ? 'Building image' : 'Resolving image', () =>
            provideImage(),
          );
    if (image) {
      report.image = image;
      output('image', image.image);
      output('image_built', String(image.built));
    }
    if (deploy.mode.kind === 'none') return report;
    if (!image)
      throw new ConfigError('deploying needs an image: set `repository` (to build) or `image` (prebuilt)');

    // 3. The spec with every built-in.
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(image.image)?.[1];
    const suffix =
      deploy.revisionSuffix ??
      revisionSuffix({
        service: deploy.service,
        ...(digest ? { imageDigest: digest } : {}),
        ...(io.run?.id ? { runId: io.run.id } : {}),
        ...(io.run?.attempt ? { runAttempt: io.run.attempt } : {}),
        now: now(),
      });
    const rendered = checkSpec({
      file: io.specFile.name,
      text: io.specFile.text,
      variables: new Map([...builtins, ['IMAGE', image.image], ['REVISION', suffix]]),
      postgrestVersion: config.spec.postgrestVersion,
      allowUnsetBuiltins: false,
    });
    if (!rendered.service) {
      report.diagnostics = rendered.diagnostics;
      report.valid = false;
      throw new Error(
        `${io.specFile.name} does not render with the image and revision: nothing was sent to Cloud Run`,
      );
    }
    const service = rendered.service;

    // This run's own tag: a preview's, or one no other run shares (so no run tests or promotes another's revision).
    const revision = revisionNameOf(service, suffix);
    const tag = deploy.mode.kind === 'preview' ? deploy.mode.tag : runTag(deploy.service, revision);

    if (deploy.dryRun) {
      report.plan = dryRunPlan(service, revision, tag);
      io.log(report.plan);
      if (hasCredentials) {
        await stage('Validating on Cloud Run (dry run)', () =>
          validateServerSide(service, target, deployDeps(TRAFFIC_STEP_BUDGET_MS)),
        );
      }
      return report;
    }

    // 4. Deploy with no traffic, under this run's tag.
    const deployed = await stage('Deploying revision', () =>
      deployRevision(
        service,
        target,
        {
          revisionSuffix: suffix,
          tag,
          ...(deploy.mode.kind === 'preview'
            ? { preview: { allow: deploy.mode.allow, image: image.image } }
            : {}),
        },
        deployDeps(deploy.waitTimeoutMs + WRITE_MARGIN_MS),
      ),
    );
    report.revision = deployed.revision;
    report.url = deployed.serviceUrl;
    report.changed = deployed.changed;
    output('revision', deployed.revision);
    output('url', deployed.serviceUrl);
    output('changed', String(deployed.changed));
    if (deploy.mode.kind === 'preview' && deployed.tagUrl) {
      report.previewUrl = deployed.tagUrl;
      output('preview_url', deployed.tagUrl);
    }

    // 5. Smoke-test it; 6. promote it. Whatever happens, a deploy's own tag goes when the run ends.
    let promoted = false;
    try {
      if (prepared) {
        const result = await stage('Smoke testing', () =>
          smokeRevision(deployed, prepared, smoke?.invokerAuth ?? false),
        );
        report.smoke = result;
        output('smoke', result.passed ? 'passed' : 'failed');
        if (!result.passed) {
          throw new Error(
            `the smoke test of ${deployed.revision} failed; ${
              deploy.mode.kind === 'deploy'
                ? 'traffic is as it was before this run'
                : 'production traffic was never touched'
            }: ${result.failure ?? ''}`,
          );
        }
      } else {
        output('smoke', 'skipped');
      }
      if (deploy.mode.kind === 'deploy' && deploy.mode.promote) {
        const { changed } = await stage('Promoting', () =>
          promoteRevision(target, deployed, deployDeps(deploy.waitTimeoutMs + WRITE_MARGIN_MS)),
        );
        promoted = true;
        if (changed && !deployed.changed) {
          report.changed = true;
          output('changed', 'true');
        }
      } else if (deploy.mode.kind === 'deploy' && deployed.tag) {
        io.log(
          `promote is false: ${deployed.revision} keeps tag ${deployed.tag} with no traffic (remove it with remove_tag when done)`,
        );
      }
    } catch (error) {
      // The run ends without promoting: take back this run's tag (a preview keeps its own, to be looked at).
      if (deploy.mode.kind !== 'deploy' || !deployed.tag || promoted) throw error;
      const failure = error instanceof Error ? error.message : String(error);
      const own = deployed.tag;
      try {
        await stage('Rolling back', () =>
          removeRunTag(target, own, deployed.revision, deployDeps(TRAFFIC_STEP_BUDGET_MS)),
        );
      } catch (rollback) {
        throw new Error(
          `${failure}; and the roll back failed too, so tag ${own} may still be on ${deployed.revision} (no traffic): ${
            rollback instanceof Error ? rollback.message : String(rollback)
          }`,
        );
      }
      throw error;
    }
    return report;
  } catch (error) {
    throw new PipelineError(error instanceof Error ? error.message : String(error), report);
  }

  /** Load and check the secret, the claims and the checks now: a bad one must stop the run before it deploys. */
  async function prepareSmoke(checked: SpecResult) {
    const settings = smokeSettingsOf(checked);
    const smokeConfig = deploy.smoke;
    if (!smokeConfig) throw new Error('unreachable: no smoke settings');
    const secret = await loadJwtSecret(
      {
        ...(smokeConfig.jwtSecret ? { input: smokeConfig.jwtSecret } : {}),
        ...(smokeConfig.jwtSecretRef ? { reference: smokeConfig.jwtSecretRef } : {}),
        settings,
        projectId: deploy.projectId,
      },
      {
        request: createApiClient({ accessToken: () => credentialsOnce().accessToken() }),
        baseUrl: secretManagerBaseUrl(io.env['CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER']),
        mask: io.mask,
      },
    );
    parseJwtSecret(secret, { base64: settings.secretIsBase64, version: config.spec.postgrestVersion });
    const checks = smokeRoles(settings.claimKey);
    io.log(
      `smoke test ready: role ${smokeConfig.role} at ${settings.claimKey}, ${String(checks.length || 1)} check(s) plus a forged and an expired token`,
    );
    return {
      version: config.spec.postgrestVersion,
      settings,
      secret,
      role: smokeConfig.role,
      checks,
      timeoutMs: smokeConfig.timeoutMs,
    };
  }

  /** Parse the smoke checks and place every role they use at the claim key: errors before anything is sent. */
  function smokeRoles(claimKey: string) {
    const smokeConfig = deploy.smoke;
    if (!smokeConfig) return [];
    const checks = parseSmokeChecks(smokeConfig.checks, smokeConfig.checksSource);
    for (const role of new Set([smokeConfig.role, ...checks.flatMap((c) => (c.role ? [c.role] : []))])) {
      placeRole(claimKey, role, config.spec.postgrestVersion);
    }
    return checks;
  }

  function smokeSettingsOf(checked: SpecResult) {
    const settings = jwtSettings(checked.service ?? {}, config.spec.postgrestVersion, deploy.projectId);
    const aud = deploy.smoke?.aud;
    return aud ? { ...settings, aud } : settings;
  }

  async function provideImage(): Promise<{ image: string; built: boolean } | undefined> {
    const source = config.image;
    if (source.kind === 'none') return undefined;
    const buildDeps = defaultBuildDependencies(io.env, io.log, credentialsOnce);
    if (source.kind === 'prebuilt') {
      if (deploy.dryRun) return { image: source.image, built: false };
      return {
        image: await pinPrebuiltImage(source.image, {
          ...buildDeps,
          accessToken: () => credentialsOnce().accessToken(),
        }),
        built: false,
      };
    }
    if (deploy.dryRun) {
      const { reference } = planImage(source.build, buildDeps.contextDirectory);
      const builder =
        source.build.builder === 'cloudbuild'
          ? `with Cloud Build (POST projects/${source.build.projectId}/locations/${source.build.buildLocation}/builds)`
          : 'with a local builder';
      io.log(
        `dry run: would look up ${formatReference(reference)} (HEAD of its manifest) and build it ${builder} when it is missing`,
      );
      return { image: formatReference(reference), built: false };
    }
    const built: BuiltImage = await buildImage(source.build, buildDeps);
    io.log(
      `image: ${built.image} (${built.built ? `built with ${built.builder ?? 'unknown'}` : 'reused, no build'})`,
    );
    return { image: built.image, built: built.built };
  }

  /** The smoke test of the deployed revision, through the URL that reaches it and no other. */
  async function smokeRevision(
    deployed: DeployResult,
    prepared: Omit<SmokeConfig, 'url' | 'invokerToken'>,
    invokerAuth: boolean,
  ) {
    const url = deployed.smokeUrl;
    if (!url) {
      throw new Error(
        `Cloud Run reports no URL for tag ${deployed.tag ?? ''} on ${deployed.revision}: cannot smoke-test it`,
      );
    }
    const invokerToken = invokerAuth ? await credentialsOnce().idToken(deployed.serviceUrl) : undefined;
    return smokeTest(
      { ...prepared, url, ...(invokerToken ? { invokerToken } : {}) },
      { log: io.log, mask: io.mask },
    );
  }

  /** The revision's name: pinned by the spec's template, else the service's name and this run's suffix. */
  function revisionNameOf(service: Record<string, unknown>, suffix: string): string {
    const template = (service['spec'] as { template?: { metadata?: { name?: unknown } } } | undefined)
      ?.template;
    const pinned = template?.metadata?.name;
    return typeof pinned === 'string' ? pinned : `${deploy.service}-${suffix}`;
  }

  function dryRunPlan(service: Record<string, unknown>, revision: string, tag: string): string {
    const base = `namespaces/${deploy.projectId}/services/${deploy.service}`;
    const calls = [
      `GET ${base}`,
      `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag} (existing entries and tags kept)`,
      `GET ${base} until ${revision} is Ready`,
      ...(deploy.smoke ? [`smoke test the URL of tag ${tag}`] : []),
      ...(deploy.mode.kind === 'deploy' && deploy.mode.promote
        ? [
            `PUT ${base}: 100 % to ${revision}, tag ${tag} removed (only if the traffic is still as this run left it)`,
          ]
        : []),
    ];
    return [
      'dry run: nothing is sent (but a server-side ?dryRun=all validation when credentials exist)',
      'calls:',
      ...calls.map((c) => `  ${c}`),
      'rendered service:',
      JSON.stringify(service, null, 2),
    ].join('\n');
  }
}
