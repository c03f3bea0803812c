// The certificate checks of one connection, in order: each file parses; the client certificate is valid now and
// names the database user; the key is its key; the root file holds CAs that are valid now. Pure.
import type { KeyObject, X509Certificate } from 'node:crypto';
import type { CertKeyword, CheckContext, CheckOutcome } from './certificates.js';
import {
  checkCertificateAuthority,
  checkCommonName,
  checkKeyMatch,
  checkValidity,
  parseCertificates,
  parsePrivateKey,
} from './certificates.js';

/** The PEM texts read, by setting (a file that could not be read is absent). */
export type CertificateTexts = Partial<Record<CertKeyword, string>>;

/** Every check the texts allow, one outcome each. */
export function checkCertificateTexts(texts: CertificateTexts, context: CheckContext): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];
  let client: X509Certificate | undefined;
  let key: KeyObject | undefined;
  if (texts.sslcert !== undefined) {
    const parsed = parseCertificates('sslcert', texts.sslcert);
    outcomes.push(parsed.outcome);
    client = parsed.certificates?.[0];
    if (client)
      outcomes.push(checkValidity('sslcert', client, context), checkCommonName(client, context.user));
  }
  if (texts.sslkey !== undefined) {
    const parsed = parsePrivateKey(texts.sslkey);
    outcomes.push(parsed.outcome);
    key = parsed.key;
    if (key && client) outcomes.push(checkKeyMatch(client, key));
  }
  if (texts.sslrootcert !== undefined) {
    const parsed = parseCertificates('sslrootcert', texts.sslrootcert);
    outcomes.push(parsed.outcome);
    if (parsed.certificates) {
      outcomes.push(checkCertificateAuthority(parsed.certificates));
      outcomes.push(...parsed.certificates.map((c) => checkValidity('sslrootcert', c, context)));
    }
  }
  return outcomes;
}
