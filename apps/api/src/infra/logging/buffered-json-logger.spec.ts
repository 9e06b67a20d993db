import { jest } from '@jest/globals';
import { BufferedJsonLogger, LineBatch } from './buffered-json-logger.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LineBatch', () => {
  it('writes the lines that come within the delay in one write, in order', async () => {
    const writes: string[] = [];
    const batch = new LineBatch((text) => writes.push(text), 30);
    batch.add('a\n');
    batch.add('b\n');
    batch.add('c\n');
    expect(writes).toEqual([]);
    await tick(80);
    expect(writes).toEqual(['a\nb\nc\n']);
    batch.add('d\n');
    await tick(80);
    expect(writes).toEqual(['a\nb\nc\n', 'd\n']);
  });

  it('writes at once when the waiting lines reach the size limit, and nothing twice', async () => {
    const writes: string[] = [];
    const batch = new LineBatch((text) => writes.push(text), 1000, 10);
    batch.add('12345\n');
    expect(writes).toEqual([]);
    batch.add('67890\n');
    expect(writes).toEqual(['12345\n67890\n']);
    batch.flush();
    expect(writes).toHaveLength(1);
  });
});

describe('BufferedJsonLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps Nest JSON lines and their redaction, and writes an error only after the lines before it', async () => {
    const out: string[] = [];
    const order: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      order.push('stdout');
      return true;
    });
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      order.push('stderr');
      return true;
    });
    const logger = new BufferedJsonLogger({ logLevels: ['error', 'log'], redact: ['password'] });
    logger.log({ msg: 'request', status: 200 }, 'HTTP');
    logger.log({ msg: 'login', password: 'secret' }, 'Auth');
    expect(out).toEqual([]);
    logger.error('it broke', undefined, 'Jobs');
    expect(order).toEqual(['stdout', 'stderr']);
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.context])).toEqual([
      ['log', 'HTTP'],
      ['log', 'Auth'],
      ['error', 'Jobs'],
    ]);
    expect(lines[0].message).toEqual({ msg: 'request', status: 200 });
    expect(out.join('')).not.toContain('secret');
  });
});
