import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { EntityManager } from 'typeorm';

/** PostgreSQL's limit on a NOTIFY payload is 8000 bytes; ours carry ids and a kind, far below. */
const MAX_PAYLOAD = 7900;

/**
 * Sends a notification on `channel` inside the caller's transaction: PostgreSQL delivers it to every listener
 * when (and only if) the transaction commits, so a subscriber never hears of a change that rolled back.
 */
export async function notifyInTransaction(
  tx: EntityManager,
  channel: string,
  payload: string | readonly string[],
): Promise<void> {
  const payloads = typeof payload === 'string' ? [payload] : payload;
  for (const p of payloads) {
    if (Buffer.byteLength(p) > MAX_PAYLOAD) throw new Error(`A notification on ${channel} is too long`);
  }
  if (payloads.length === 1) await tx.query(`SELECT pg_notify($1, $2)`, [channel, payloads[0]]);
  // Several in one statement, in the order given.
  else if (payloads.length > 1) {
    await tx.query(`SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS u (p, n) ORDER BY n`, [
      channel,
      [...payloads],
    ]);
  }
}

/**
 * One connection of its own per process that LISTENs on a channel and hands every payload to `onMessage`. The
 * connection is not the pool's: a LISTEN lives as long as its connection. When the database goes away the
 * listener says so once, keeps the process up, and connects again every `retryMs` until it is back (events
 * committed meanwhile are not replayed: a subscriber that cares reloads on `onReconnect`).
 */
export class PgListener {
  private readonly logger = new Logger('Listener');
  private client: pg.Client | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private connected = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
    private readonly retryMs = 2000,
    private readonly onReconnect: () => void = () => undefined,
  ) {}

  /** Connects and LISTENs; answers once listening (or once the first attempt failed: it keeps trying). */
  async start(): Promise<void> {
    await this.connect(false);
  }

  get listening(): boolean {
    return this.connected;
  }

  private async connect(again: boolean): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'ta-tracker-listener' });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.onMessage(message.payload);
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.connected = false;
      client.removeAllListeners('end');
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`The event listener lost the database (${error?.message ?? 'connection ended'}); retrying.`);
      this.schedule();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.connected = true;
      if (again) {
        this.logger.log('The event listener is back.');
        this.onReconnect();
      }
    } catch (error) {
      if (this.client === client) {
        this.client = null;
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
        if (!this.closed) this.schedule();
      }
      if (!again) {
        this.logger.warn(
          `The event listener could not connect (${error instanceof Error ? error.message : String(error)}); retrying.`,
        );
      }
    }
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect(true);
    }, this.retryMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
