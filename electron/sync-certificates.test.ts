import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CERTIFICATE_FINGERPRINT_RE } from '../shared/host-api';
import { ACCEPT, CertificateTrust, REFUSE, USE_CHROMIUM, fingerprintOfPem, httpsTarget, readServerCertificate } from './sync-certificates';

// Two self-signed test certificates (CN fazhi-test-a / -b, O 法治台账测试, for 127.0.0.1; made with openssl, test only).
const CERTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-certs');
const pemA = readFileSync(path.join(CERTS, 'a.pem'), 'utf8');
const pemB = readFileSync(path.join(CERTS, 'b.pem'), 'utf8');
const fpA = new X509Certificate(pemA).fingerprint256;
const fpB = new X509Certificate(pemB).fingerprint256;

let server: Server;
const PORT = 5923;
const base = mkdtempSync(path.join(tmpdir(), 'fazhi-cert-'));

beforeAll(async () => {
  server = createServer({ key: readFileSync(path.join(CERTS, 'a.key')), cert: pemA }, (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('readServerCertificate', () => {
  it('reads the certificate a self-signed https server presents, with its SHA-256 fingerprint', async () => {
    const cert = await readServerCertificate(`https://127.0.0.1:${PORT}/fazhi`);
    expect(cert).toEqual({
      fingerprint: fpA,
      subject: 'fazhi-test-a, 法治台账测试',
      issuer: 'fazhi-test-a, 法治台账测试',
      validTo: new Date(new X509Certificate(pemA).validTo).toISOString(),
    });
    expect(fpA).toMatch(CERTIFICATE_FINGERPRINT_RE);
  });

  it.each([
    ['an http address', 'http://127.0.0.1:5984/fazhi', '只有 https:// 开头的服务器地址才有证书'],
    ['no address', 'not a url', '服务器地址“not a url”无效'],
  ])('refuses %s', async (_label, url, error) => {
    expect(await readServerCertificate(url)).toEqual({ error });
  });

  it('says in Chinese when nothing listens, or the server does not answer', async () => {
    expect(await readServerCertificate('https://127.0.0.1:5929/')).toEqual({ error: '无法读取服务器证书：连接被拒绝：服务器未启动或端口不对' });
    const silent = await import('node:net').then((net) => net.createServer(() => {}));
    await new Promise<void>((resolve) => silent.listen(5924, '127.0.0.1', resolve));
    try {
      expect(await readServerCertificate('https://127.0.0.1:5924/', undefined, 300)).toEqual({ error: '连接服务器超时（1 秒无响应）' });
    } finally {
      silent.close();
    }
  });
});

describe('CertificateTrust', () => {
  const url = `https://127.0.0.1:${PORT}/fazhi`;
  const shown = { fingerprint: fpA, subject: 'fazhi-test-a', issuer: 'fazhi-test-a', validTo: '2126-01-01T00:00:00.000Z' };

  it('fingerprints an Electron certificate (PEM) the way the clerk saw it', () => {
    expect(fingerprintOfPem(pemA)).toBe(fpA);
  });

  it('trusts only the fingerprint it just showed for that host, and keeps it in the user-data folder', () => {
    const file = path.join(mkdtempSync(path.join(base, 't-')), 'trusted-certificates.json');
    const trust = new CertificateTrust(file);
    expect(() => trust.trust(url, fpA)).toThrow(/不是刚才从该服务器读取到的/);
    expect(trust.shownCertificate(url, shown)).toEqual({ ...shown, trusted: false });
    expect(() => trust.trust(url, fpB)).toThrow(/不是刚才从该服务器读取到的/);
    expect(() => trust.trust(url, 'AA:BB')).toThrow(/证书指纹格式无效/);
    expect(() => trust.trust('http://127.0.0.1/', fpA)).toThrow(/只有 https/);
    trust.trust(url, fpA.toLowerCase());
    expect(trust.fingerprintFor('127.0.0.1')).toBe(fpA);
    expect(trust.shownCertificate(url, shown)).toEqual({ ...shown, trusted: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ hosts: { '127.0.0.1': fpA } });
    expect(new CertificateTrust(file).fingerprintFor('127.0.0.1')).toBe(fpA);
  });

  it('accepts exactly the trusted certificate for that host, refuses any other there, and leaves other hosts to Chromium', () => {
    const trust = new CertificateTrust(path.join(mkdtempSync(path.join(base, 'v-')), 'trusted.json'));
    expect(trust.verify({ hostname: '127.0.0.1', certificate: { data: pemA } })).toBe(USE_CHROMIUM);
    trust.shownCertificate(url, shown);
    trust.trust(url, fpA);
    expect(trust.verify({ hostname: '127.0.0.1', certificate: { data: pemA } })).toBe(ACCEPT);
    expect(trust.verify({ hostname: '127.0.0.1', certificate: { data: pemB } })).toBe(REFUSE);
    expect(trust.verify({ hostname: '127.0.0.1', certificate: { data: 'garbage' } })).toBe(REFUSE);
    // The same certificate presented by another host is not trusted there.
    expect(trust.verify({ hostname: 'couch.example.gov.cn', certificate: { data: pemA } })).toBe(USE_CHROMIUM);
    expect(trust.verify({ hostname: '127.0.0.2', certificate: { data: pemA } })).toBe(USE_CHROMIUM);
  });

  it('keys hosts as Chromium names them (case, IPv6 brackets) and ignores a damaged file', () => {
    expect(httpsTarget('https://COUCH.Example.gov.cn:6984/fazhi')).toEqual({ hostname: 'couch.example.gov.cn', port: 6984 });
    expect(httpsTarget('https://[::1]/fazhi')).toEqual({ hostname: '::1', port: 443 });
    const dir = mkdtempSync(path.join(base, 'd-'));
    const file = path.join(dir, 'trusted.json');
    writeFileSync(file, JSON.stringify({ hosts: { a: 'not a fingerprint', b: fpB } }));
    const trust = new CertificateTrust(file);
    expect(trust.fingerprintFor('a')).toBeUndefined();
    expect(trust.fingerprintFor('B')).toBe(fpB);
  });
});
