import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../src/export/csv';
import { xmlText } from '../src/export/graphml';
import { inlineScriptHashes } from '../src/http/csp';

describe('export formats', () => {
  it('CSV fields follow RFC 4180 and never start a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('../2025-07-23')).toBe('../2025-07-23');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', 1, true])).toBe('a,1,true\r\n');
  });

  it('XML text escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a < b & "c" \'d\' >')).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;');
    expect(xmlText('bell\u0007 nul\u0000 ok')).toBe('bell nul ok');
    expect(xmlText('زكي أكتورك')).toBe('زكي أكتورك');
  });

  it('hashes each inline script for the CSP', () => {
    const hashes = inlineScriptHashes('<script>a()</script><p></p><script>b()</script>');
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});
