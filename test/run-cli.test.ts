import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import { coded } from '../src/errors';

describe('runCli', () => {
  afterEach(() => vi.restoreAllMocks());

  async function failWith(err: unknown) {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runCli(async () => {
      throw err;
    });
    expect(exit).toHaveBeenCalledWith(1);
    return printed.mock.calls;
  }

  it('prints an expected, coded error as one line with its code, without the driver error behind it', async () => {
    const err = Object.assign(coded('MEMORY_LIMIT', 'The query needed more memory than it may use.'), {
      cause: new Error('MemoryPoolOutOfMemoryError with a long stack'),
    });
    expect(await failWith(err)).toEqual([['The query needed more memory than it may use. (MEMORY_LIMIT)']]);
  });

  it('prints an unexpected error whole, for the bug report', async () => {
    const bug = new TypeError('a bug');
    expect(await failWith(bug)).toEqual([[bug]]);
  });
});
