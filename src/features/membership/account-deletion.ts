import type { AppDeps } from '../../app-env.js';
import type { Db } from '../../db/client.js';
import { deleteAccount } from '../accounts/commands.js';
import { directoryChanged } from '../directory/search-index.js';
import { leaveEveryGroup } from './commands.js';
import { sendNotices } from './mail.js';
import { membershipsForExport } from './queries.js';

/*
 * What an account's deletion and export mean for its memberships. These live here rather than
 * in accounts because membership already depends on accounts (not the other way round);
 * app.ts hands them to accountRoutes (accounts/data-routes.ts, AccountLifecycle).
 */

/**
 * Delete an account as one command: the person leaves every group (a seat they held passes to
 * whoever waits, as if they had left) and the account is deleted, in one transaction, so both
 * happen or neither does. Each group's leave and the deletion open their own transactions;
 * inside this one drizzle runs them as savepoints, and the group locks they take are held to
 * the end. The mail about the seats passed on goes out after the commit.
 */
export async function deleteAccountLeavingGroups(
  deps: AppDeps,
  userId: string,
  ip: string,
  /** What other features do in the same transaction first (boards: the person's posts). */
  before?: (tx: Db) => Promise<void>,
) {
  const { db } = deps.database;
  const notices = await db.transaction(async (tx) => {
    const inside = tx as unknown as Db;
    if (before) await before(inside);
    const left = await leaveEveryGroup(inside, userId, deps.config.membership.seatOfferMs);
    await deleteAccount(inside, userId, ip);
    return left;
  });
  // Seats left are part of a listing in search; the leaves above told only the transaction.
  directoryChanged(db);
  await sendNotices(deps, notices);
}

/** The memberships part of "Download my data", with the intake answers opened. */
export const membershipDataOf = (deps: AppDeps, userId: string) =>
  membershipsForExport(deps.database.db, deps.config.membership.intakeKey, userId);
