import type { ServerResponse } from 'node:http';
import type { SSEStreamingApi } from 'hono/streaming';

/**
 * Where a room stream writes its server-sent events (ADR 31). On the Node server that is the
 * socket's response itself: a string per event, no web streams between, which is most of a
 * stream's memory and CPU when hundreds listen. Elsewhere (tests through `app.request`) it is
 * Hono's SSE stream.
 */
export interface EventSink {
  /** One event; a write that fails, or a reader too far behind, ends the stream. */
  send(event: string, data: string, id?: number): void;
  /** A comment line, to keep proxies from closing a quiet stream. */
  ping(): void;
  /** Called once, when the reader goes away or the stream is ended. */
  onClose(run: () => void): void;
  /** End the stream (after what was sent); waits for the writes already queued. */
  end(): Promise<void>;
}

/**
 * A reader this far behind is let go: its browser reconnects with Last-Event-ID and reads what
 * it missed from the rows, instead of the server holding it in memory.
 */
export const MAX_BEHIND_BYTES = 512 * 1024;

const frame = (event: string, data: string, id?: number) =>
  `event: ${event}\ndata: ${data.replace(/\n/g, ' ')}\n${id === undefined ? '' : `id: ${id}\n`}\n`;

export function nodeSink(res: ServerResponse): EventSink {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // Proxies such as nginx must pass each event on at once.
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  let closers: (() => void)[] = [];
  const closed = () => {
    const run = closers;
    closers = [];
    for (const f of run) f();
  };
  res.on('close', closed);
  const write = (text: string) => {
    if (res.writableEnded || res.destroyed) return;
    if (res.writableLength > MAX_BEHIND_BYTES) {
      res.destroy();
      return;
    }
    res.write(text);
  };
  return {
    send: (event, data, id) => write(frame(event, data, id)),
    ping: () => write(': ping\n\n'),
    onClose: (run) => {
      if (res.destroyed || res.writableFinished) run();
      else closers.push(run);
    },
    end: () =>
      new Promise((resolve) => {
        if (res.writableEnded || res.destroyed) return resolve();
        res.end(() => resolve());
      }),
  };
}

export function honoSink(stream: SSEStreamingApi): EventSink {
  // Writes go out one after another, in order.
  let writing = Promise.resolve();
  let closers: (() => void)[] = [];
  const closed = () => {
    const run = closers;
    closers = [];
    for (const f of run) f();
  };
  stream.onAbort(closed);
  const queue = (write: () => Promise<unknown>) => {
    writing = writing.then(write).then(
      () => undefined,
      () => closed(),
    );
  };
  return {
    send: (event, data, id) =>
      queue(() =>
        stream.writeSSE({
          event,
          data: data.replace(/\n/g, ' '),
          id: id === undefined ? undefined : String(id),
        }),
      ),
    ping: () => queue(() => stream.write(': ping\n\n')),
    onClose: (run) => {
      if (stream.closed || stream.aborted) run();
      else closers.push(run);
    },
    end: () => writing,
  };
}
