/**
 * Who listens on which NOTIFY channel of the embedded database (pglite-thread.ts): the thread
 * LISTENs once per channel, hands each notification to that channel's listeners, and after a
 * reopen listens again and lets every listener catch up.
 */
type Listener = { channel: string; onPayload: (payload: string) => void; onResync?: () => void };

export class ChannelListeners {
  private readonly listeners = new Set<Listener>();

  /** Add a listener; `first` when nobody listened on its channel yet (LISTEN is then needed). */
  add(listener: Listener): { first: boolean; remove: () => void } {
    if (!/^[a-z_][a-z0-9_]*$/.test(listener.channel))
      throw new Error(`bad channel name: ${listener.channel}`);
    const first = ![...this.listeners].some((l) => l.channel === listener.channel);
    this.listeners.add(listener);
    return { first, remove: () => this.listeners.delete(listener) };
  }

  notify({ channel, payload }: { channel: string; payload: string }) {
    for (const l of this.listeners) {
      if (l.channel !== channel) continue;
      try {
        l.onPayload(payload);
      } catch {
        // One listener's failure is its own.
      }
    }
  }

  /** The channels listened on, to LISTEN again after a reopen. */
  channels(): string[] {
    return [...new Set([...this.listeners].map((l) => l.channel))];
  }

  resync() {
    for (const l of this.listeners) l.onResync?.();
  }
}
