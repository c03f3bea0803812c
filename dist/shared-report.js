import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  exposureLines
} from "./shared-build.js";

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
    redact(text) {
      let result = text;
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
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
var code = (text) => `<code>${escapeHtml(text)}</code>`;
var link = (url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
function formatDuration(ms) {
  return ms < 1e3 ? `${String(Math.round(ms))} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function table(header, rows) {
  const cells = (row, tag) => `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return `<table>${cells(header, "th")}${rows.map((row) => cells(row, "td")).join("")}</table>
`;
}
function overview(file, report) {
  const rows = [["Spec", `${code(file)}: ${report.valid ? "valid" : "<b>invalid</b>"}`]];
  if (report.image) rows.push(["Image", imageCell(report.image)]);
  if (report.revision)
    rows.push([
      "Revision",
      `${code(report.revision)}${report.changed === false ? " (unchanged: nothing sent)" : ""}`
    ]);
  if (report.url) rows.push(["Service URL", link(report.url)]);
  if (report.previewUrl) rows.push(["Preview URL", link(report.previewUrl)]);
  if (report.smoke) rows.push(["Smoke test", report.smoke.passed ? "passed" : "<b>failed</b>"]);
  if (report.tidy) rows.push(tidyRow(report.tidy));
  return table(["", "This run"], rows);
}
function tidyRow(tidy) {
  const names = tidy.deleted.map(code).join(", ");
  if (tidy.planned) return ["Revisions to delete", names ? `${names} (dry run: none deleted)` : "none"];
  return ["Revisions deleted", names || "none"];
}
function imageCell(image) {
  if (image.planned) {
    return image.image ? `${code(image.image)} (planned: the dry run built and looked up nothing)` : "planned: tagged from the sources' digests when it is assembled (the dry run looked up nothing)";
  }
  return `${code(image.image ?? "")} (${image.built ? "built" : "reused, no build"})`;
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
  const text = renderExposureTable(exposure);
  return text ? ["### Exposure\n", text] : [];
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
function diagnostics(report) {
  const hidden = ["error", "warning"].flatMap((severity) => {
    const count = report.diagnostics.filter((d) => d.severity === severity).length;
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
      report.diagnostics.map((d) => [
        `${escapeHtml(d.file)}:${String(d.line)}:${String(d.column)}`,
        d.severity,
        escapeHtml(`${d.message}; ${d.fix}`),
        d.rule
      ])
    ),
    ...note
  ];
}
function plan(text) {
  return ["### Plan\n", `<pre>${escapeHtml(text.trimEnd())}</pre>
`];
}
function timeline(report) {
  const lines = ["```mermaid", "gantt", "  dateFormat x", "  axisFormat %M:%S", "  section Stages"];
  report.timeline.forEach((span, index) => {
    const end = Math.max(span.end, span.start + 1);
    lines.push(
      `  ${span.stage.replace(/[:#]/g, " ")} :${span.ok ? "done" : "crit"}, s${String(index)}, ${String(span.start)}, ${String(end)}`
    );
  });
  lines.push("```");
  const words = report.timeline.map(
    (span) => `${escapeHtml(span.stage)} ${formatDuration(span.end - span.start)}${span.ok ? "" : " (failed)"}`
  ).join(" \xB7 ");
  return ["### Timeline\n", `${lines.join("\n")}
`, `${words}
`];
}
function renderSummary(file, report) {
  return [
    report.dryRun ? "## PostgREST on Cloud Run: dry run, nothing was built, deployed or changed\n" : "## PostgREST on Cloud Run\n",
    overview(file, report),
    ...report.preflight ? preflight(report.preflight.checks) : [],
    ...report.smoke ? smokeChecks(report.smoke) : [],
    ...report.exposure ? exposureSection(report.exposure) : [],
    ...report.diagnostics.length > 0 ? diagnostics(report) : [],
    ...report.plan ? plan(report.plan) : [],
    ...report.timeline.length > 0 ? timeline(report) : []
  ].join("\n");
}

export {
  createRedactor,
  annotationsOf,
  renderExposureTable,
  renderSummary
};
