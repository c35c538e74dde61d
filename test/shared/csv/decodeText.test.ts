import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/csv/decodeText.ts';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('售前,1')]);
    expect(decodeText(bytes)).toEqual({ text: '售前,1', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('查件'))).toEqual({ text: '查件', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes from Excel', () => {
    // 售前 in GBK.
    expect(decodeText(new Uint8Array([0xca, 0xdb, 0xc7, 0xb0]))).toEqual({ text: '售前', encoding: 'gb18030' });
  });

  it('reads UTF-16 LE with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2e, 0x55, 0x4d, 0x52]))).toEqual({ text: '售前', encoding: 'utf-16le' });
  });
});
