/**
 * SHA-256 of a string's UTF-8 bytes, in plain TypeScript. shared/ has neither WebCrypto's nor
 * Node's types, and a backup must be checkable the same way in the browser, in Electron's main
 * process and in vitest. The string is encoded in chunks, so a backup of many megabytes never
 * exists twice in memory.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const CHUNK = 64 * 1024;

export class Sha256 {
  private readonly h = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  private readonly w = new Int32Array(64);
  /** Room for a full chunk plus the longest UTF-8 sequence, so encoding never checks bounds per byte. */
  private readonly buf = new Uint8Array(CHUNK + 8);
  private used = 0;
  private total = 0;

  updateString(text: string): void {
    const buf = this.buf;
    let used = this.used;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        buf[used++] = c;
      } else if (c < 0x800) {
        buf[used++] = 0xc0 | (c >> 6);
        buf[used++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
            i++;
            buf[used++] = 0xf0 | (c >> 18);
            buf[used++] = 0x80 | ((c >> 12) & 0x3f);
            buf[used++] = 0x80 | ((c >> 6) & 0x3f);
            buf[used++] = 0x80 | (c & 0x3f);
            if (used >= CHUNK) used = this.flush(used);
            continue;
          }
          // A lone surrogate encodes as U+FFFD, as TextEncoder does.
          c = 0xfffd;
        }
        buf[used++] = 0xe0 | (c >> 12);
        buf[used++] = 0x80 | ((c >> 6) & 0x3f);
        buf[used++] = 0x80 | (c & 0x3f);
      }
      if (used >= CHUNK) used = this.flush(used);
    }
    this.used = used;
  }

  /** Bytes as they are (streamed backups hash their UTF-8 lines as written). */
  update(bytes: Uint8Array): void {
    let used = this.used;
    let i = 0;
    while (i < bytes.length) {
      const take = Math.min(CHUNK - used, bytes.length - i);
      this.buf.set(bytes.subarray(i, i + take), used);
      used += take;
      i += take;
      if (used >= CHUNK) used = this.flush(used);
    }
    this.used = used;
  }

  /** Hashes every whole block in the buffer and moves the rest to its start. */
  private flush(used: number): number {
    const whole = used - (used % 64);
    for (let offset = 0; offset < whole; offset += 64) this.block(this.buf, offset);
    this.total += whole;
    this.buf.copyWithin(0, whole, used);
    return used - whole;
  }

  digestHex(): string {
    let used = this.flush(this.used);
    const total = this.total + used;
    const buf = this.buf;
    buf[used++] = 0x80;
    const padded = used <= 56 ? 64 : 128;
    buf.fill(0, used, padded);
    // Message length in bits, big-endian 64-bit, without overflowing 32-bit arithmetic.
    const hi = Math.floor(total / 0x20000000);
    const lo = (total % 0x20000000) * 8;
    const at = padded - 8;
    buf[at] = hi >>> 24;
    buf[at + 1] = hi >>> 16;
    buf[at + 2] = hi >>> 8;
    buf[at + 3] = hi;
    buf[at + 4] = lo >>> 24;
    buf[at + 5] = lo >>> 16;
    buf[at + 6] = lo >>> 8;
    buf[at + 7] = lo;
    for (let offset = 0; offset < padded; offset += 64) this.block(buf, offset);
    let hex = '';
    for (let i = 0; i < 8; i++) hex += (this.h[i] >>> 0).toString(16).padStart(8, '0');
    return hex;
  }

  private block(data: Uint8Array, offset: number): void {
    const w = this.w;
    const h = this.h;
    for (let t = 0; t < 16; t++) {
      const j = offset + t * 4;
      w[t] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3];
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + K[t] + w[t]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + hh) | 0;
  }
}

/** Lowercase hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  const hash = new Sha256();
  hash.updateString(text);
  return hash.digestHex();
}
