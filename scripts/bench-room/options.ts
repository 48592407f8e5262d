// The command line's options, the run's constants (targets, addresses) and small shared helpers.
import { parseArgs } from 'node:util';
import { SESSION_COOKIE } from '../../src/features/accounts/session.js';

export const { values } = parseArgs({
  options: {
    listeners: { type: 'string', default: '500' },
    other: { type: 'string', default: '50' },
    rate: { type: 'string', default: '20' },
    'other-rate': { type: 'string', default: '2' },
    seconds: { type: 'string', default: '30' },
    db: { type: 'string' },
    instances: { type: 'string' },
    // Each person may post 60 messages a minute (rooms/routes.tsx): by default each sender
    // posts every 2 s, so room A has rate × 2 senders (room B likewise).
    senders: { type: 'string' },
    connect: { type: 'string', default: '25' },
    grace: { type: 'string', default: '2' },
    settle: { type: 'string', default: '300' },
    'warm-streams': { type: 'string', default: '25' },
    'cut-at': { type: 'string' },
    'cut-for': { type: 'string', default: '30' },
    'cut-share': { type: 'string', default: '0.1' },
    profile: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

export const LISTENERS = Number(values.listeners);
export const OTHER = Number(values.other);
export const RATE = Number(values.rate);
export const OTHER_RATE = Number(values['other-rate']);
export const SECONDS = Number(values.seconds);
export const SENDERS = Number(values.senders ?? Math.max(2, Math.ceil(RATE * 2)));
export const OTHER_SENDERS = Math.max(1, Math.ceil(values.senders ? SENDERS / 2 : OTHER_RATE * 2));
export const CONNECT_AT_ONCE = Number(values.connect);
export const GRACE_MS = Number(values.grace) * 1000;
export const SETTLE_MS = Number(values.settle) * 1000;
export const WARM_STREAMS = Number(values['warm-streams']);
export const CUT_AT_MS =
  values['cut-at'] === undefined ? Number.NaN : Number(values['cut-at']) * 1000;
export const CUT_FOR_MS = Number(values['cut-for']) * 1000;
export const CUT_SHARE = Number(values['cut-share']);
for (const [name, v, min] of [
  ['--listeners', LISTENERS, 1],
  ['--other', OTHER, 0],
  ['--rate', RATE, 0.1],
  ['--other-rate', OTHER_RATE, 0],
  ['--seconds', SECONDS, 1],
  ['--senders', SENDERS, 1],
  ['--connect', CONNECT_AT_ONCE, 1],
  ['--grace', GRACE_MS, 0],
  ['--settle', SETTLE_MS, 0],
  ['--warm-streams', WARM_STREAMS, 0],
  ['--cut-for', CUT_FOR_MS, 0],
  ['--cut-share', CUT_SHARE, 0],
] as const) {
  if (!(Number.isFinite(v) && v >= min)) throw new Error(`${name} takes a number ≥ ${min}`);
}

/** The targets of issue 18 on the 2-core machine. */
export const TARGETS = { p99Ms: 150, lost: 0, crossRoom: 0, kbPerConnection: 50 };
/** The e2e tests' server (tests/e2e/postgres.ts), when the environment names none. */
export const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
/** The servers believe they are here: the origin of their pages' form posts and cookies. */
export const PUBLIC_URL = 'https://gatherwell.invalid';
/** A https public address makes better-auth use its __Secure- cookie name. */
export const COOKIE_NAME = `__Secure-${SESSION_COOKIE}`;

export const log = (m: string) => process.stderr.write(`${m}\n`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const now = () => performance.now();
