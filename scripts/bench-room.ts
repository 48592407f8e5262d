// npm run bench:room -- [--listeners 500] [--other 50] [--rate 20] [--other-rate 2] [--seconds 30]
//                       [--db postgres|pglite] [--instances 1|2] [--senders N] [--connect 25]
//                       [--grace 2] [--settle 300] [--cut-at S] [--cut-for 30] [--cut-share 0.1]
//                       [--warm-streams 25] [--profile DIR] [--no-build]
//
// Room delivery (issue 18, ADR 31), end to end: the built server (dist/, built first unless
// --no-build) runs as child processes, two on one PostgreSQL database by default or one on
// PGlite; the clients run here. N members listen to room A's event stream (GET
// /groups/:slug/room/events, plain SSE over HTTP), split evenly across the instances, and
// `--other` members listen to room B's. Senders post through the route a page's script uses
// (POST …/room/messages, form-encoded, same Origin, X-Fragment: 1, answered 204), taking turns
// between the instances at a steady rate: `--rate` a second to room A, `--other-rate` to room B.
// A person may post 60 messages a minute, so by default there are rate × 2 senders per room, each
// posting every 2 s. Each message carries its room and a sequence number ("bench 17 room A"), so
// every listener can tell what it missed, what it got twice and what was meant for the other room.
//
// Prints: delivery latency from the send accepted (the POST's 204) to the event read by a
// listener, as issue 18 asks; the route still writes after its commit, so many events arrive
// before their 204 (negative figures), and two bounds are printed beside it: from the POST's
// start, and from the row's created_at (its transaction's start, read from the message);
// messages lost (accepted, not received by the end plus --grace seconds), duplicates, order,
// cross-room deliveries; each server's RSS before the listeners connect and with all of them
// connected, per instance and per connection, as read (raw) and after a full garbage collection
// (with heap + external); server and client CPU, machine load. The baseline is of a warmed-up
// server: messages through every instance, then --warm-streams streams per instance opened
// together and closed, so what a first burst of arrivals compiles and sizes once is not counted
// per connection (--warm-streams 0 leaves that out). Then PASS/FAIL against issue 18's targets
// (20 messages/s sustained, p99 ≤ 150 ms, 0 lost, 0 cross-room, ≤ 50 KB of RSS per connection,
// judged on the steady state: RSS after a full collection, before and with; the raw figure is
// checked beside it, not judged) and one JSON line, the last line of stdout (progress and the
// servers' own warnings go to stderr). The exit code is 0 whether or not a target is met.
//
// --cut-at S: S seconds into the sending, a share of room A's listeners (--cut-share) lose their
// stream, as a phone going to sleep does, and come back --cut-for seconds later with
// Last-Event-ID; what they missed must still reach them (counted in lost, not in latency).
// --profile DIR writes each server's CPU profile of the connecting phase and of the sending
// phase (connect-A.cpuprofile, send-A.cpuprofile; open in Chrome DevTools) and a heap snapshot
// with the listeners connected (with-A.heapsnapshot). Profiling slows the servers down.
//
// PostgreSQL: DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test
// (the e2e tests' default); each run creates a database of its own there and drops it afterwards.
// Without a reachable server (or with --db pglite) it runs one instance on PGlite in a temporary
// directory, removed afterwards. People are made directly in the database (user, better-auth
// session, membership, entered the room), and their cookies signed as better-auth signs them.
// The servers get a small probe (--require, written to a temporary file) that answers the
// benchmark on stdin: a full garbage collection and memory usage, CPU profiles, heap snapshots.
import { cleanUp } from './bench-room/cleanup.js';
import { streamAgent } from './bench-room/listener.js';
import { report } from './bench-room/report.js';
import { main } from './bench-room/run.js';
import { postAgent } from './bench-room/senders.js';

try {
  report(await main());
} catch (error) {
  await cleanUp();
  throw error;
}
streamAgent.destroy();
postAgent.destroy();
