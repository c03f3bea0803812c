import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  checkSmokeOffline,
  prepareSmokeTest,
  roleTokens,
  smokeTest
} from "./shared-smoke.js";
import {
  checkSpec,
  specVariables
} from "./shared-spec.js";
import {
  renderExposureTable
} from "./shared-report.js";
import {
  ConfigError,
  SecretAccessError,
  checkEndpointOverrides,
  compareExposure,
  createApiClient,
  defaultBuildDependencies,
  defaultDeployDependencies,
  deleteUnreferenced,
  deployRevision,
  judgeExposure,
  loadCredentials,
  planDeployText,
  planTagRemoval,
  promoteRevision,
  provideImage,
  removeRunTag,
  removeTag,
  revisionSuffix,
  runTag,
  secretManagerApi,
  secretManagerBaseUrl,
  secretVersionName,
  tidyRevisions,
  validateServerSide,
  writeExposureFile
} from "./shared-build.js";

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
    const text = await deps.secrets().access(mount.name);
    if (mount.keyword === "sslkey") {
      for (const line of text.split(/\r?\n/).map((l) => l.trim()))
        if (line.length >= MIN_MASKED_LINE && !line.startsWith("-----")) deps.mask(line);
    }
    deps.log(`read ${mount.name} for ${mount.keyword}=${mount.file}`);
    return text;
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

// src/pipeline.ts
var TRAFFIC_STEP_BUDGET_MS = 6e4;
var WRITE_MARGIN_MS = 6e4;
function workflowRunOf(env) {
  return {
    ...env["GITHUB_RUN_ID"] ? { id: env["GITHUB_RUN_ID"] } : {},
    ...env["GITHUB_RUN_ATTEMPT"] ? { attempt: env["GITHUB_RUN_ATTEMPT"] } : {}
  };
}
function defaultPipelineDependencies(config, env, io) {
  checkEndpointOverrides(env);
  let credentials;
  const credentialsOnce = () => credentials ??= loadCredentials(env, io.mask);
  const accessToken = () => credentialsOnce().accessToken();
  return {
    credentials: credentialsOnce,
    cloudRun: (budgetMs) => defaultDeployDependencies(deployTarget(config), env, accessToken, io.log, budgetMs, io.now),
    build: () => defaultBuildDependencies(env, io.log, credentialsOnce),
    secrets: () => secretManagerApi(
      createApiClient({ accessToken }),
      secretManagerBaseUrl(env["CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER"]),
      io.mask
    )
  };
}
var PipelineError = class extends Error {
  constructor(message, report) {
    super(message);
    this.report = report;
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
    const [smoke, image] = await settledInOrder(prepareSmokeStep(run, checked), imageStep(run));
    if (config.deploy.mode.kind === "none") return run.report;
    if (!image)
      throw new ConfigError("deploying needs an image: set `repository` (to build) or `image` (prebuilt)");
    const rendered = renderStep(run, image);
    if (config.deploy.dryRun) return await dryRunStep(run, rendered, checked);
    const deployed = await deployStep(run, rendered, image, early);
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
  const report = {
    diagnostics: [],
    valid: false,
    timeline: [],
    ...config.deploy.dryRun ? { dryRun: true } : {}
  };
  const span = (stage, start, ok) => ({ stage, start, end: now(), ok });
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
    }
  };
}
function deployTarget({ deploy }) {
  const { projectId, region, service, waitTimeoutMs } = deploy;
  return { projectId, region, service, waitTimeoutMs };
}
async function removeTagStep(run, tag) {
  const { report, config, deps, target } = run;
  report.valid = true;
  const tidy = config.deploy.keepRevisions > 0;
  if (config.deploy.dryRun) {
    report.plan = config.deploy.dryRun === "validate" ? `dry run: ${await run.stage("Reading service (dry run)", () => planTagRemoval(target, tag, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS), tidy))}` : `dry run: would read service ${target.service} and PUT it without tag ${tag} (every other entry and tag kept)${tidy ? ", then DELETE the tag's revision if a fresh read shows nothing else references it" : ""}; nothing is sent`;
    run.io.log(report.plan);
    return report;
  }
  const { changed, revisions } = await run.stage(
    "Removing tag",
    () => removeTag(target, tag, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
  );
  run.output("changed", String(changed));
  report.changed = changed;
  const deleted = tidy && revisions.length > 0 ? await run.stage(
    "Deleting the preview's revision",
    () => deleteUnreferenced(target, revisions, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
  ) : { deleted: [], warnings: [] };
  reportTidy(run, deleted);
  return report;
}
function reportTidy(run, result, planned = false) {
  for (const warning of result.warnings) (run.io.warn ?? run.io.log)(warning);
  run.report.tidy = { deleted: result.deleted, ...planned ? { planned } : {} };
  run.output("deleted_revisions", result.deleted.join(","));
}
async function tidyStep(run, revision, revisions) {
  const keep = run.config.deploy.keepRevisions;
  if (keep === 0) {
    reportTidy(run, { deleted: [], warnings: [] });
    return;
  }
  const result = await run.stage(
    "Tidying revisions",
    () => tidyRevisions(
      run.target,
      { keep, protect: [revision], ...revisions ? { revisions } : {} },
      run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS)
    )
  );
  reportTidy(run, result);
}
function listRevisionsAhead(run) {
  if (run.config.deploy.keepRevisions === 0) return void 0;
  const listing = run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS).api.listRevisions(run.target.service);
  listing.catch(() => void 0);
  return listing;
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
  const { config, io, report } = run;
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
  report.diagnostics = checked.diagnostics;
  report.valid = checked.valid;
  if (!checked.valid) {
    const errors = checked.diagnostics.filter((d) => d.severity === "error").length;
    throw new Error(
      `${io.specFile.name} has ${String(errors)} error${errors === 1 ? "" : "s"}: nothing was sent to Google Cloud`
    );
  }
  return checked;
}
async function preflightStep(run, checked) {
  const { config, deps, io, report } = run;
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
  report.preflight = { checks: result.checks };
  report.diagnostics = [...report.diagnostics, ...result.diagnostics];
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
  const image = await run.stage(
    source.kind === "build" ? "Building image" : "Resolving image",
    () => provideImage(source, { dryRun: Boolean(run.config.deploy.dryRun) }, run.deps.build())
  );
  if (!image) return void 0;
  run.report.image = {
    ...image.image ? { image: image.image } : {},
    built: image.built,
    ...image.planned ? { planned: true } : {}
  };
  run.output("image", image.image ?? "");
  run.output("image_built", String(image.built));
  return image;
}
function renderStep(run, image) {
  const { config, io, report } = run;
  const { deploy } = config;
  const digest = image.image ? /@(sha256:[0-9a-f]{64})$/.exec(image.image)?.[1] : void 0;
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
    variables: knownVariables(run, { ...image.image ? { IMAGE: image.image } : {}, REVISION: suffix }),
    postgrestVersion: config.spec.postgrestVersion,
    dbMaxConnections: config.spec.dbMaxConnections,
    // Only a dry run leaves IMAGE unknown (the tag of an assembled image depends on the sources' digests).
    allowUnsetBuiltins: image.image === void 0
  });
  if (!rendered.service) {
    report.diagnostics = rendered.diagnostics;
    report.valid = false;
    throw new Error(
      `${io.specFile.name} does not render with the image and revision: nothing was written to Cloud Run`
    );
  }
  const service = rendered.service;
  const pinned = service["spec"]?.template?.metadata?.name;
  const revision = typeof pinned === "string" ? pinned : `${deploy.service}-${suffix}`;
  const tag = deploy.mode.kind === "preview" ? deploy.mode.tag : runTag(deploy.service, revision);
  return { service, suffix, revision, tag };
}
async function dryRunStep(run, rendered, checked) {
  const { config, deps, report, target } = run;
  const { mode } = config.deploy;
  report.plan = planDeployText({
    target,
    ...rendered,
    ...plannedReads(run, checked),
    smoke: config.deploy.smoke !== void 0,
    promote: mode.kind === "deploy" && mode.promote,
    validate: config.deploy.dryRun === "validate",
    keepRevisions: config.deploy.keepRevisions
  });
  run.io.log(report.plan);
  if (config.deploy.dryRun === "validate") {
    await run.stage(
      "Validating on Cloud Run (dry run)",
      () => validateServerSide(rendered.service, target, deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
    );
    if (config.deploy.keepRevisions > 0) await plannedTidy(run, rendered.revision);
  }
  return report;
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
async function deployStep(run, rendered, image, early) {
  const { config, deps, report, target } = run;
  const { mode } = config.deploy;
  const deployed = await run.stage(
    "Deploying revision",
    () => deployRevision(
      rendered.service,
      target,
      {
        revisionSuffix: rendered.suffix,
        tag: rendered.tag,
        ...mode.kind === "preview" ? { preview: { allow: mode.allow, image: image.image } } : {},
        ...early ? { existing: early.service } : {}
      },
      deps.cloudRun(config.deploy.waitTimeoutMs + WRITE_MARGIN_MS)
    )
  );
  report.revision = deployed.revision;
  report.url = deployed.serviceUrl;
  report.changed = deployed.changed;
  run.output("revision", deployed.revision);
  run.output("url", deployed.serviceUrl);
  run.output("changed", String(deployed.changed));
  if (mode.kind === "preview" && deployed.tagUrl) {
    report.previewUrl = deployed.tagUrl;
    run.output("preview_url", deployed.tagUrl);
  }
  return deployed;
}
async function finishStep(run, deployed, smoke, early) {
  const { mode } = run.config.deploy;
  let promoted = false;
  let revisions;
  try {
    await smokeStep(run, deployed, smoke, early);
    await exposureStep(run, deployed, smoke, early);
    if (mode.kind === "deploy" && mode.promote) {
      revisions = listRevisionsAhead(run);
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
  await tidyStep(run, deployed.revision, revisions);
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
async function takeBackRunTag(run, deployed, tag, cause) {
  try {
    await run.stage(
      "Rolling back",
      () => removeRunTag(run.target, tag, deployed.revision, run.deps.cloudRun(TRAFFIC_STEP_BUDGET_MS))
    );
  } catch (rollback) {
    throw new Error(
      `${cause instanceof Error ? cause.message : String(cause)}; and the roll back failed too, so tag ${tag} may still be on ${deployed.revision} (no traffic): ${rollback instanceof Error ? rollback.message : String(rollback)}`
    );
  }
}

export {
  workflowRunOf,
  defaultPipelineDependencies,
  PipelineError,
  runPipeline
};
