// The deploy and smoke settings: what the run does with Cloud Run, where, and how the new revision is tested.
// Mutually exclusive and incomplete combinations are refused here, before anything is sent.
import { DNS_LABEL, MAX_SERVICE_NAME, TAG_AND_SERVICE_MAX, TAG_MIN } from '../cloudrun/index.js';
import type { PreviewAllowance } from '../deploy/index.js';
import { isRunTag, PREVIEW_ALLOWANCES, RUN_TAG_PREFIX } from '../deploy/index.js';
import { ConfigError } from '../errors.js';
import type { ExposurePolicy } from '../exposure/index.js';
import { EXPOSURE_POLICIES } from '../exposure/index.js';
import type { SmokeConfig } from '../smoke/index.js';
import type { DescribeSetting, ReadSetting } from './values.js';
import { parseBoolean, parseSeconds } from './values.js';

/** What a run does with Cloud Run. */
export type DeployMode =
  /** Nothing: build (or not) and check the spec only. */
  | { readonly kind: 'none' }
  /** Deploy a no-traffic revision, smoke-test it, then promote it (unless `promote` is false). */
  | { readonly kind: 'deploy'; readonly promote: boolean }
  /**
   * Deploy with `tag`, smoke-test it, never promote; `allow` lists what the preview may widen beyond production
   * (its identity, its secrets, the images it runs).
   */
  | { readonly kind: 'preview'; readonly tag: string; readonly allow: ReadonlySet<PreviewAllowance> }
  /** Remove `tag` and nothing else. */
  | { readonly kind: 'remove-tag'; readonly tag: string };

/** How a run that changes nothing may still talk to Cloud Run: not at all, or reads and `?dryRun=all`. */
export type DryRun = false | 'offline' | 'validate';

/** `dry_run`: a boolean, or `validate`. */
export function parseDryRun(text: string, source: string): DryRun {
  if (text.trim().toLowerCase() === 'validate') return 'validate';
  try {
    return parseBoolean(text, source) ? 'offline' : false;
  } catch {
    throw new ConfigError(`${source} must be true, false or validate, not "${text}"`);
  }
}

/** Settings of the deploy and smoke stages, parsed once. */
export interface DeployConfig {
  readonly mode: DeployMode;
  readonly projectId: string;
  readonly region: string;
  readonly service: string;
  /** Overrides the revision-name suffix derived from the image digest and run. */
  readonly revisionSuffix?: string;
  readonly waitTimeoutMs: number;
  /**
   * `false`, or a dry run: `offline` sends nothing at all (whatever credentials the environment holds); `validate`
   * also reads the service and asks Cloud Run to validate the spec (`?dryRun=all`), still changing nothing.
   */
  readonly dryRun: DryRun;
  readonly smoke?: SmokeConfig;
  /**
   * What the exposure check (the OpenAPI root of the new revision against production's, per role) does with growth:
   * report it, or stop the run when the anonymous role (or any role) sees more. Absent when nothing is deployed.
   */
  readonly exposurePolicy?: ExposurePolicy;
}

/** `exposure_policy`: one of {@link EXPOSURE_POLICIES}. */
export function parseExposurePolicy(text: string, source: string): ExposurePolicy {
  const policy = EXPOSURE_POLICIES.find((p) => p === text.trim());
  if (!policy) {
    throw new ConfigError(`${source} must be ${EXPOSURE_POLICIES.join(', ')}, not "${text.trim()}"`);
  }
  return policy;
}

/** `preview_allow`: what a preview may widen, as a list (commas, spaces or lines) of {@link PREVIEW_ALLOWANCES}. */
export function parsePreviewAllow(text: string, source: string): Set<PreviewAllowance> {
  const allowed = new Set<PreviewAllowance>();
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const allowance = PREVIEW_ALLOWANCES.find((a) => a === word);
    if (!allowance) {
      throw new ConfigError(
        `${source}: "${word}" is not something a preview can be allowed; use ${PREVIEW_ALLOWANCES.join(', ')}`,
      );
    }
    allowed.add(allowance);
  }
  return allowed;
}

/** The tags a run names, checked alone and together (a preview's tag may not take the reserved per-run form). */
function parseTags(read: ReadSetting, describe: DescribeSetting): { previewTag: string; removeTag: string } {
  const previewTag = read('preview_tag').trim();
  const removeTag = read('remove_tag').trim();
  for (const [input, tag] of [
    ['preview_tag', previewTag],
    ['remove_tag', removeTag],
  ] as const) {
    if (tag && (!DNS_LABEL.test(tag) || tag.length > TAG_AND_SERVICE_MAX)) {
      throw new ConfigError(
        `${describe(input)}: "${tag}" is not a tag: lower-case letters, digits and -, at most ${String(TAG_AND_SERVICE_MAX)}, such as pr-123`,
      );
    }
  }
  if (previewTag && isRunTag(previewTag)) {
    throw new ConfigError(
      `${describe('preview_tag')}: "${previewTag}" has the form of a deploy's own tag (${RUN_TAG_PREFIX}...), which is reserved: name previews otherwise, such as pr-123`,
    );
  }
  if (previewTag && removeTag) {
    throw new ConfigError(
      `${describe('preview_tag')} and ${describe('remove_tag')} are mutually exclusive: deploy a preview or remove one`,
    );
  }
  if (removeTag && (read('repository').trim() || read('image').trim())) {
    throw new ConfigError(
      `${describe('remove_tag')} removes a tag and nothing else: leave ${describe('repository')} and ${describe('image')} empty`,
    );
  }
  return { previewTag, removeTag };
}

/** Where a deploy goes: all three are required, the service a Cloud Run name, the region a region. */
function checkTarget(
  target: { readonly service: string; readonly projectId: string; readonly region: string },
  describe: DescribeSetting,
  purpose: string,
): void {
  const { service, projectId, region } = target;
  for (const [input, value] of [
    ['service', service],
    ['project_id', projectId],
    ['region', region],
  ] as const) {
    if (!value) throw new ConfigError(`${describe(input)} is required to deploy${purpose}`);
  }
  if (!DNS_LABEL.test(service) || service.length > MAX_SERVICE_NAME) {
    throw new ConfigError(
      `${describe('service')}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most ${String(MAX_SERVICE_NAME)})`,
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe('region')}: "${region}" is not a Cloud Run region such as europe-west1`,
    );
  }
}

/** What the run does: remove a tag, deploy a preview (and what it may widen), or deploy (and promote). */
function parseMode(
  tags: { readonly previewTag: string; readonly removeTag: string },
  service: string,
  read: ReadSetting,
  describe: DescribeSetting,
): DeployMode {
  const { previewTag, removeTag } = tags;
  if (
    previewTag &&
    (previewTag.length < TAG_MIN || previewTag.length + service.length > TAG_AND_SERVICE_MAX)
  ) {
    throw new ConfigError(
      `${describe('preview_tag')}: "${previewTag}" and the service name "${service}" are ${String(previewTag.length + service.length)} characters together; Cloud Run allows a tag of at least ${String(TAG_MIN)} and ${String(TAG_AND_SERVICE_MAX)} for both (they form the tag URL's host name): shorten the tag`,
    );
  }
  const allow = parsePreviewAllow(read('preview_allow'), describe('preview_allow'));
  if (allow.size > 0 && !previewTag) {
    throw new ConfigError(
      `${describe('preview_allow')} applies to previews only: set ${describe('preview_tag')}, or leave it empty`,
    );
  }
  if (removeTag) return { kind: 'remove-tag', tag: removeTag };
  if (previewTag) return { kind: 'preview', tag: previewTag, allow };
  return { kind: 'deploy', promote: parseBoolean(read('promote'), describe('promote')) };
}

/** The revision-name suffix the user pins, if any. */
function parseRevisionSuffix(read: ReadSetting, describe: DescribeSetting): { revisionSuffix?: string } {
  const revisionSuffix = read('revision_suffix').trim();
  if (revisionSuffix && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix)) {
    throw new ConfigError(
      `${describe('revision_suffix')}: "${revisionSuffix}" may hold lower-case letters, digits and - only`,
    );
  }
  return revisionSuffix ? { revisionSuffix } : {};
}

/** The smoke test's settings (undefined when `smoke` is false). */
function parseSmokeConfig(read: ReadSetting, describe: DescribeSetting): SmokeConfig | undefined {
  if (!parseBoolean(read('smoke'), describe('smoke'))) return undefined;
  const role = read('smoke_role').trim();
  if (!role) {
    throw new ConfigError(
      `${describe('smoke_role')} is required while ${describe('smoke')} is true: the database role the test token carries (or set smoke to false)`,
    );
  }
  const jwtSecret = read('jwt_secret');
  const jwtSecretRef = read('jwt_secret_ref').trim();
  if (jwtSecret && jwtSecretRef) {
    throw new ConfigError(
      `${describe('jwt_secret')} and ${describe('jwt_secret_ref')} are mutually exclusive: give the secret or where it is`,
    );
  }
  const aud = read('jwt_aud').trim();
  return {
    role,
    checks: read('smoke_checks'),
    checksSource: describe('smoke_checks'),
    ...(jwtSecret ? { jwtSecret } : {}),
    ...(jwtSecretRef ? { jwtSecretRef } : {}),
    ...(aud ? { aud } : {}),
    invokerAuth: parseBoolean(read('invoker_auth'), describe('invoker_auth')),
    timeoutMs: parseSeconds(read('smoke_timeout'), describe('smoke_timeout'), 1800),
  };
}

/**
 * Parse the deploy and smoke settings, shared by the action (inputs) and the CLI (flags). Mutually exclusive and
 * incomplete combinations are refused here, before anything is sent.
 */
export function parseDeployConfig(read: ReadSetting, describe: DescribeSetting): DeployConfig {
  const target = {
    service: read('service').trim(),
    projectId: read('project_id').trim(),
    region: read('region').trim(),
  };
  const dryRun = parseDryRun(read('dry_run'), describe('dry_run'));
  const tags = parseTags(read, describe);
  if (!target.service && !tags.previewTag && !tags.removeTag) {
    return { mode: { kind: 'none' }, ...target, waitTimeoutMs: 0, dryRun };
  }
  checkTarget(target, describe, tags.previewTag ? ' a preview' : tags.removeTag ? ' (to remove a tag)' : '');
  const mode = parseMode(tags, target.service, read, describe);
  const base = {
    mode,
    ...target,
    waitTimeoutMs: parseSeconds(read('wait_timeout'), describe('wait_timeout'), 3600),
    dryRun,
    ...parseRevisionSuffix(read, describe),
  };
  if (mode.kind === 'remove-tag') return base;
  const smoke = parseSmokeConfig(read, describe);
  const exposurePolicy = parseExposurePolicy(read('exposure_policy'), describe('exposure_policy'));
  return { ...base, ...(smoke ? { smoke } : {}), exposurePolicy };
}
