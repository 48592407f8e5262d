import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventSink } from './sink.js';
import { beat } from './stream.js';

const sink = () => {
  const s = { pings: 0 } as EventSink & { pings: number };
  s.ping = () => {
    s.pings++;
  };
  return s;
};

describe('the heartbeat of room streams', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings every open stream from one timer, which stops with the last stream', () => {
    vi.useFakeTimers();
    const timers = vi.getTimerCount();
    const a = sink();
    const b = sink();
    const stopA = beat(a);
    const stopB = beat(b);
    expect(vi.getTimerCount()).toBe(timers + 1);
    vi.advanceTimersByTime(25_000);
    expect([a.pings, b.pings]).toEqual([1, 1]);
    stopA();
    vi.advanceTimersByTime(25_000);
    expect([a.pings, b.pings]).toEqual([1, 2]);
    stopB();
    expect(vi.getTimerCount()).toBe(timers);
  });
});
