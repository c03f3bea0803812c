// The preflight stage: what can be checked against the world before anything is deployed — today, the client
// certificates the spec mounts from Secret Manager (read, never printed).
export type { CertKeyword, CheckContext, CheckOutcome, Verdict } from './certificates.js';
export {
  checkCertificateAuthority,
  checkCommonName,
  checkKeyMatch,
  checkValidity,
  commonNameOf,
  parseCertificates,
  parsePrivateKey,
} from './certificates.js';
export type { CertificateTexts } from './check.js';
export { checkCertificateTexts } from './check.js';
export type { PreflightCheck, PreflightConfig, PreflightDependencies, PreflightResult } from './run.js';
export { checkCertificates } from './run.js';
