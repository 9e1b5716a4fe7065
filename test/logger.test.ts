import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormat } from '../src/logger';

/** A stream that says it is (or is not) a terminal, and keeps what is written to it. */
function fakeOut(isTTY: boolean) {
  const chunks: string[] = [];
  const out = Object.assign(new PassThrough(), { isTTY });
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { out, text: () => chunks.join('') };
}

describe('log format', () => {
  it('is readable at a terminal and JSON anywhere else', () => {
    expect(logFormat({ isTTY: true })).toBe('pretty');
    expect(logFormat({ isTTY: false })).toBe('json');
    expect(logFormat({})).toBe('json');
  });

  it('writes readable lines to a terminal and JSON lines to a pipe, secrets redacted in both', async () => {
    const tty = fakeOut(true);
    createLogger('info', tty.out).info({ token: 'secret-value-123' }, 'hello terminal');
    const pipe = fakeOut(false);
    createLogger('info', pipe.out).info({ token: 'secret-value-123' }, 'hello pipe');
    await new Promise((r) => setImmediate(r));
    expect(tty.text()).toMatch(/INFO.*hello terminal/);
    expect(() => JSON.parse(tty.text())).toThrow();
    expect(JSON.parse(pipe.text())).toMatchObject({ level: 30, msg: 'hello pipe', token: '[redacted]' });
    expect(tty.text() + pipe.text()).not.toContain('secret-value-123');
  });
});
