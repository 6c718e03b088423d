import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

// Digests computed with `sha256sum` / Python's hashlib over the UTF-8 bytes.
describe('sha256Hex', () => {
  it.each([
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc" (FIPS 180-2)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message (FIPS 180-2)',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['Chinese text and an emoji', '法治台账备份：丹政复〔2019〕1号 😀', '6f74c2092ff0b4eaf84140387662a59eb693c77904ddb921d7331fe0802a1fcb'],
    ['a lone surrogate, encoded as U+FFFD', '\ud800', '83d544ccc223c057d2bf80d3f2a32982c32c3c0db8e2674820da5064783fb097'],
  ])('hashes %s', (_label, text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('hashes one million "a" (FIPS 180-2), across many internal chunks', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('encodes multi-byte characters that straddle the internal chunk boundary', () => {
    expect(sha256Hex('x'.repeat(65535) + '中'.repeat(10) + '😀'.repeat(3))).toBe('957965b8e7bc2c668ca94d03921564354700dea60367ee521af18c4c3c70834f');
    expect(sha256Hex('y'.repeat(65533) + '😀'.repeat(5))).toBe('53e7cf40bf8dc4a351537ddf7a77440fdb4c9f93285395550b1db40312c7aba0');
  });

  it('pads messages of 55, 56 and 64 bytes (the padding edge cases)', () => {
    // Values from hashlib.
    expect(sha256Hex('a'.repeat(55))).toBe('9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318');
    expect(sha256Hex('a'.repeat(56))).toBe('b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a');
    expect(sha256Hex('a'.repeat(64))).toBe('ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb');
  });
});
