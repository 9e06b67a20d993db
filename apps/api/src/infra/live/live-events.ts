import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { notifyInTransaction, PgListener } from '../database/pg-notify.js';

/** What changed: the kind of record, what happened to it, and the ids (never the content: it is re-read). */
export interface LiveEvent {
  /** `session`: a user's sessions (USER, user ids) or sessions (SESSION, session ids) ended or changed. */
  topic: 'request' | 'funding' | 'report' | 'notification' | 'session';
  /** What happened (LOGGED, MOVED, …; the topic's own names). */
  kind: string;
  /** The records concerned (a request, a contribution, a report, a user for a notification). */
  ids: string[];
  /** Who the record belongs to when that decides who hears of it (a contribution's donor). */
  owner?: string | null;
}

/** Events that a subscriber had no time to take are dropped past this many (a stuck socket never grows the heap). */
const QUEUE_LIMIT = 500;
/** Ids per message: a NOTIFY payload is at most 8000 bytes. */
const IDS_PER_MESSAGE = 150;
/** The longest a change's answer waits for Redis to take its events (it does not wait while Redis is away). */
const PUBLISH_WAIT_MS = 1000;

type Listener = (event: LiveEvent) => void;

/**
 * The events that cross API processes: PostgreSQL LISTEN/NOTIFY by default (a connection of each process's own
 * listens; a change's NOTIFY is sent inside its transaction, so it is delivered on commit and never for a change
 * that rolled back), Redis pub/sub when REDIS_URL is set (published once the transaction commits). Each process
 * then hands every event to its own subscribers, which re-read the records through the access rules.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger('LiveEvents');
  private readonly listeners = new Set<Listener>();
  private listener: PgListener | null = null;
  private redisIn: Redis | null = null;
  private redisOut: Redis | null = null;
  /** Events of a transaction still open (Redis only), sent when it commits. */
  private readonly pending = new WeakMap<QueryRunner, LiveEvent[]>();
  readonly channel: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.channel = `${config.QUEUE_PREFIX.replace(/-/g, '_')}_live`;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.REDIS_URL) {
      const options = { maxRetriesPerRequest: null, lazyConnect: true };
      this.redisOut = new Redis(this.config.REDIS_URL, options);
      this.redisIn = new Redis(this.config.REDIS_URL, options);
      let lastWarned = 0;
      for (const client of [this.redisIn, this.redisOut]) {
        client.on('error', (error: Error) => {
          if (Date.now() - lastWarned < 10_000) return;
          lastWarned = Date.now();
          this.logger.warn(`The live events' Redis connection failed: ${error.message}. Retrying.`);
        });
      }
      this.redisIn.on('message', (channel: string, message: string) => {
        if (channel === this.channel) this.receive(message);
      });
      // Subscribes again on every reconnection by itself (ioredis), and starts without waiting for Redis.
      void this.redisIn.subscribe(this.channel).catch(() => undefined);
      void this.redisOut.connect().catch(() => undefined);
      this.dataSource.subscribers.push(this);
    } else {
      this.listener = new PgListener(this.config.DATABASE_URL, this.channel, (payload) => this.receive(payload));
      await this.listener.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    for (const client of [this.redisIn, this.redisOut]) client?.disconnect();
    this.redisIn = this.redisOut = null;
    this.listeners.clear();
  }

  /**
   * Tells every API process of a change. With `tx`, inside that transaction: heard only once it commits. Never
   * fails the change it reports: a lost event costs a subscriber a refresh, a failed change costs the user's work.
   */
  async publish(tx: EntityManager | null, event: LiveEvent): Promise<void> {
    // A change of nothing (an import batch whose rows were all refused or already in, a notification nobody
    // receives) tells nobody anything: no message, rather than one every process re-reads for nothing.
    if (event.ids.length === 0) return;
    const parts: LiveEvent[] = [];
    for (let i = 0; i < event.ids.length; i += IDS_PER_MESSAGE) {
      parts.push({ ...event, ids: event.ids.slice(i, i + IDS_PER_MESSAGE) });
    }
    const payloads = parts.map((part) => JSON.stringify(part));
    if (this.redisOut) {
      const runner = tx?.queryRunner;
      if (runner?.isTransactionActive) {
        const list = this.pending.get(runner) ?? [];
        list.push(...parts);
        this.pending.set(runner, list);
      } else {
        await this.sendRedis(payloads);
      }
    } else if (tx?.queryRunner?.isTransactionActive) {
      // Every part in one statement, however many ids the change has.
      await notifyInTransaction(tx, this.channel, payloads);
    } else {
      await notifyInTransaction(this.dataSource.manager, this.channel, payloads).catch((error: unknown) => {
        this.logger.warn(`A live event was not sent: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }

  /** This process's own subscription to every event (until `stop`). */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The events as an async iterator (a GraphQL subscription's source): each subscriber its own queue, bounded;
   * `map` re-reads each event for the subscriber and answers what they may hear of it (nothing when it is not
   * theirs). `first`, when given, is answered before any event (the state the subscriber starts from).
   */
  stream<T>(map: (event: LiveEvent) => Promise<T[]>, first?: () => Promise<T[]>): AsyncIterableIterator<T> {
    const queue: LiveEvent[] = [];
    const ready: T[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const stop = this.listen((event) => {
      if (queue.length >= QUEUE_LIMIT) queue.shift();
      queue.push(event);
      wake?.();
    });
    let initial = first ?? null;
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      stop();
      wake?.();
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async (): Promise<IteratorResult<T>> => {
        if (initial) {
          const start = initial;
          initial = null;
          ready.push(...(await start()));
        }
        while (!done) {
          if (ready.length) return { value: ready.shift()!, done: false };
          const event = queue.shift();
          if (!event) {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
            continue;
          }
          ready.push(...(await map(event)));
        }
        return { value: undefined, done: true };
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Whether this process hears events now (the health check may ask). */
  get connected(): boolean {
    if (this.redisIn) return this.redisIn.status === 'ready';
    return this.listener?.listening ?? false;
  }

  // TypeORM's transaction hooks (Redis: events of a transaction go out once it has committed). TypeORM awaits this
  // one before the commit returns, so the change is answered once Redis has its events.
  async afterTransactionCommit(event: { queryRunner: QueryRunner }): Promise<void> {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return;
    const list = this.pending.get(runner);
    if (!list) return;
    this.pending.delete(runner);
    await this.sendRedis(list.map((e) => JSON.stringify(e)));
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /**
   * Publishes to every process, and resolves once Redis has taken the messages: Redis hands a message to every
   * subscription as it answers, so the events are on their way to every process before the change is answered
   * (another process still reads them a moment later). Never waits longer than PUBLISH_WAIT_MS, nor at all while
   * Redis is away (ioredis queues the messages until it is back): a late event must not hold the change's answer.
   */
  private async sendRedis(payloads: readonly string[]): Promise<void> {
    const out = this.redisOut;
    if (!out) return;
    const sent = Promise.all(
      payloads.map((payload) =>
        out.publish(this.channel, payload).catch((error: unknown) => {
          this.logger.warn(`A live event was not sent: ${error instanceof Error ? error.message : String(error)}`);
        }),
      ),
    );
    if (out.status !== 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([sent, new Promise<void>((resolve) => (timer = setTimeout(resolve, PUBLISH_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private receive(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    if (!event || typeof event.topic !== 'string' || !Array.isArray(event.ids)) return;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn(`A live event's subscriber failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
