/**
 * HTTPS with the bureau's own certificate (issue 17). The bureau's CouchDB server usually has a certificate no public
 * authority signed, which Chromium refuses. Instead of switching verification off, the clerk trusts that one
 * certificate: the main process reads the certificate the server presents (`readServerCertificate`, node's tls), the
 * page shows its SHA-256 fingerprint to compare with what IT staff gave, and `CertificateTrust` keeps the confirmed
 * fingerprint per host. The session's certificate check (`verify`, installed with setCertificateVerifyProc) then
 * accepts, for that host, exactly that certificate and refuses any other, and leaves every other host to Chromium.
 */
import { X509Certificate } from 'node:crypto';
import { connect, type ConnectionOptions, type PeerCertificate, type TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import { CERTIFICATE_FINGERPRINT_RE, type ServerCertificate, type ServerCertificateResult } from '../shared/host-api';
import { readJsonFile, writeJsonFile } from './files';

/** Chromium's answers to a certificate verify proc. */
export const ACCEPT = 0;
export const REFUSE = -2;
export const USE_CHROMIUM = -3;

const READ_TIMEOUT_MS = 10_000;

export const TRUSTED_CERTIFICATES_FILE = 'trusted-certificates.json';

/** SHA-256 of a PEM certificate (what Electron's Certificate.data holds), as AA:BB:…. */
export function fingerprintOfPem(pem: string): string {
  return new X509Certificate(pem).fingerprint256.toUpperCase();
}

/** The https URL's host and port, or the reason in Chinese. */
export function httpsTarget(url: string): { hostname: string; port: number } | { error: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: `服务器地址“${url.slice(0, 200)}”无效` };
  }
  if (parsed.protocol !== 'https:') return { error: '只有 https:// 开头的服务器地址才有证书' };
  return { hostname: hostKey(parsed.hostname), port: parsed.port ? Number(parsed.port) : 443 };
}

/** The host as Chromium's verify proc names it: lower case, an IPv6 address without brackets. */
function hostKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

function principal(p: PeerCertificate['subject'] | undefined): string {
  if (!p) return '';
  const parts = [p.CN, p.O, p.OU, p.L, p.ST, p.C].flat().filter((v): v is string => typeof v === 'string' && v.length > 0);
  return parts.join(', ');
}

const TLS_ERRORS: Record<string, string> = {
  ECONNREFUSED: '连接被拒绝：服务器未启动或端口不对',
  ENOTFOUND: '找不到这个服务器名称',
  EHOSTUNREACH: '网络不通',
  ENETUNREACH: '网络不通',
  ETIMEDOUT: '连接超时',
  ECONNRESET: '连接被重置：该端口可能不是 https 服务',
  EPROTO: '协议错误：该端口可能不是 https 服务',
};

export type TlsConnect = (options: ConnectionOptions, onSecure: () => void) => TLSSocket;

/** The certificate the server at `url` presents, read without trusting it (nothing is sent but the TLS handshake). */
export function readServerCertificate(url: string, tlsConnect: TlsConnect = connect, timeoutMs = READ_TIMEOUT_MS): Promise<ServerCertificateResult> {
  const target = httpsTarget(url);
  if ('error' in target) return Promise.resolve(target);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ServerCertificateResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const socket = tlsConnect(
      {
        host: target.hostname,
        port: target.port,
        // SNI only for names; the certificate is only read here, never trusted by this connection.
        servername: isIP(target.hostname) ? undefined : target.hostname,
        rejectUnauthorized: false,
      },
      () => {
        const cert = socket.getPeerCertificate();
        if (!cert?.fingerprint256) return finish({ error: '服务器没有提供证书' });
        const validTo = new Date(cert.valid_to);
        finish({
          fingerprint: cert.fingerprint256.toUpperCase(),
          subject: principal(cert.subject),
          issuer: principal(cert.issuer),
          validTo: Number.isNaN(validTo.getTime()) ? String(cert.valid_to) : validTo.toISOString(),
        });
      },
    );
    const timer = setTimeout(() => finish({ error: `连接服务器超时（${Math.ceil(timeoutMs / 1000)} 秒无响应）` }), timeoutMs);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      finish({ error: `无法读取服务器证书：${TLS_ERRORS[error.code ?? ''] ?? error.message}` });
    });
  });
}

/** The subset of Electron's verify-proc request this uses. */
export interface VerifyRequest {
  hostname: string;
  certificate: { data: string };
}

/** The fingerprints the clerk confirmed, per host, kept in the user-data folder. */
export class CertificateTrust {
  private readonly trusted = new Map<string, string>();
  /** What readServerCertificate last showed per host: the only fingerprint `trust` accepts for it. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly file: string) {
    const stored = readJsonFile(file) as { hosts?: Record<string, unknown> } | undefined;
    for (const [host, fingerprint] of Object.entries(stored?.hosts ?? {})) {
      if (typeof fingerprint === 'string' && CERTIFICATE_FINGERPRINT_RE.test(fingerprint)) this.trusted.set(host, fingerprint);
    }
  }

  fingerprintFor(hostname: string): string | undefined {
    return this.trusted.get(hostKey(hostname));
  }

  /** Notes what was shown to the clerk for the URL's host, and says whether it is already trusted. */
  shownCertificate(url: string, cert: ServerCertificate): ServerCertificate {
    const target = httpsTarget(url);
    if ('error' in target) return cert;
    this.shown.set(target.hostname, cert.fingerprint);
    return { ...cert, trusted: this.trusted.get(target.hostname) === cert.fingerprint };
  }

  /** Trusts `fingerprint` for the URL's host (replacing an earlier one); throws with the reason in Chinese. */
  trust(url: string, fingerprint: string): void {
    const target = httpsTarget(url);
    if ('error' in target) throw new Error(target.error);
    const wanted = fingerprint.toUpperCase();
    if (!CERTIFICATE_FINGERPRINT_RE.test(wanted)) throw new Error('证书指纹格式无效（应为 64 位十六进制，两位一组用冒号分隔）');
    if (this.shown.get(target.hostname) !== wanted) {
      throw new Error('这个证书指纹不是刚才从该服务器读取到的，未信任。请重新读取服务器证书，核对后再确认。');
    }
    const next = new Map(this.trusted).set(target.hostname, wanted);
    writeJsonFile(this.file, { hosts: Object.fromEntries(next) });
    this.trusted.set(target.hostname, wanted);
  }

  /** The verify proc: a host with a trusted fingerprint gets exactly that certificate; other hosts Chromium's own check. */
  verify(request: VerifyRequest): number {
    const wanted = this.trusted.get(hostKey(request.hostname));
    if (!wanted) return USE_CHROMIUM;
    let presented: string;
    try {
      presented = fingerprintOfPem(request.certificate.data);
    } catch {
      return REFUSE;
    }
    if (presented === wanted) return ACCEPT;
    console.warn(`[sync] refused a certificate of ${request.hostname}: its fingerprint is not the trusted one`);
    return REFUSE;
  }
}
