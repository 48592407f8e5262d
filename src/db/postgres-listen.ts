import type pg from 'pg';

type Listener = { channel: string; onPayload: (payload: string) => void; onResync?: () => void };

/**
 * LISTEN on a PostgreSQL server through one connection of its own (a pooled connection would
 * be handed to other work and lose its LISTENs). When that connection is lost it is opened
 * again with a growing delay, every channel is listened to again, and each listener's
 * `onResync` runs: notifications sent while it was away are gone, so listeners catch up from
 * the tables.
 */
export class PostgresListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly listeners = new Set<Listener>();
  private closed = false;
  private delayMs = 100;

  constructor(
    private readonly Client: typeof pg.Client,
    private readonly url: string,
  ) {}

  async listen(channel: string, onPayload: Listener['onPayload'], onResync?: () => void) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
    const listening = [...this.listeners].some((l) => l.channel === channel);
    const entry = { channel, onPayload, onResync };
    this.listeners.add(entry);
    const client = await this.connection();
    if (!listening) await client.query(`LISTEN ${channel}`);
    return async () => {
      this.listeners.delete(entry);
      if (![...this.listeners].some((l) => l.channel === channel))
        await this.client?.query(`UNLISTEN ${channel}`).catch(() => {});
    };
  }

  async close() {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new this.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      for (const l of this.listeners) {
        if (l.channel !== msg.channel) continue;
        try {
          l.onPayload(msg.payload ?? '');
        } catch {
          // One listener's failure is its own.
        }
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    this.client = client;
    this.delayMs = 100;
    return client;
  }

  private lost(client: pg.Client) {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.end().catch(() => {});
    const retry = () => {
      if (this.closed) return;
      this.connection()
        .then(async (fresh) => {
          for (const ch of new Set([...this.listeners].map((l) => l.channel)))
            await fresh.query(`LISTEN ${ch}`);
          for (const l of this.listeners) l.onResync?.();
        })
        .catch(() => {
          this.delayMs = Math.min(this.delayMs * 2, 5_000);
          setTimeout(retry, this.delayMs).unref();
        });
    };
    setTimeout(retry, this.delayMs).unref();
  }
}
