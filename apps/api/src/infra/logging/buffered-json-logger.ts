import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';

type Stream = 'stdout' | 'stderr';

/**
 * Log lines to standard output in batches: every line that comes within `delayMs` of the first one waiting goes
 * in one write. A request's log line was a write of its own (a system call in the API, and a wake-up of whatever
 * reads the log: a collector, the benchmark), ~2 % of a small query's CPU in the API (issue 12). Nothing waits
 * longer than `delayMs` (the timer does not keep the process alive) or past `maxChars`; everything waiting is
 * written before an error or fatal line (which goes at once, to standard error, as Nest's logger writes it) and
 * when the process exits (process.stdout is synchronous for files and pipes on Linux, so the 'exit' handler's
 * write lands). A process killed outright (SIGKILL) loses at most `delayMs` of lines.
 */
export class LineBatch {
  private waiting: string[] = [];
  private chars = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly delayMs = 20,
    private readonly maxChars = 64 * 1024,
  ) {}

  add(line: string): void {
    this.waiting.push(line);
    this.chars += line.length;
    if (this.chars >= this.maxChars) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delayMs).unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiting.length === 0) return;
    const text = this.waiting.join('');
    this.waiting = [];
    this.chars = 0;
    this.write(text);
  }
}

let stdoutBatch: LineBatch | undefined;

/** The process's one batch of standard output lines, flushed when the process exits. */
function stdoutLines(): LineBatch {
  if (!stdoutBatch) {
    // Whoever read the log has gone (EPIPE: a pipe closed before this process stopped): the lines have nowhere
    // to go, and a write that throws from the batch's timer would end the process.
    let closed = false;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed = true;
    });
    const batch = (stdoutBatch = new LineBatch((text) => {
      if (!closed) process.stdout.write(text);
    }));
    process.once('exit', () => batch.flush());
  }
  return stdoutBatch;
}

/**
 * Nest's JSON logger (one object per line, the same fields and redaction), writing its standard output lines
 * through `LineBatch`. Errors and fatal lines (standard error) are written at once, after the lines before them.
 */
export class BufferedJsonLogger extends ConsoleLogger {
  private readonly lines = stdoutLines();

  constructor(options: ConsoleLoggerOptions) {
    super({ ...options, json: true });
  }

  protected override printAsJson(
    message: unknown,
    options: {
      context: string;
      logLevel: LogLevel;
      writeStreamType?: Stream;
      errorStack?: unknown;
      params?: Record<string, unknown>;
      error?: Error;
    },
  ): void {
    const line = `${this.stringifyJsonLogObject(this.getJsonLogObject(message, options))}\n`;
    if (options.writeStreamType === 'stderr' || options.logLevel === 'error' || options.logLevel === 'fatal') {
      this.lines.flush();
      process[options.writeStreamType ?? 'stdout'].write(line);
    } else {
      this.lines.add(line);
    }
  }
}
