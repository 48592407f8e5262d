import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, screenshots } from './browser.js';
import { publishSupportGroup } from './group-form.js';
import { journey } from './journey.js';
import { signUp } from './people.js';

/**
 * Issue 18's journey, in three browsers at once: a peer leader opens the group's room by hand,
 * a member comes in, a newcomer waits in the waiting room and talks with the facilitator until
 * let in; the leader runs a talking order from a raised hand; the member writes that they are
 * in danger, which is held from the group and raised to the leader inside the room, and the
 * leader releases it after checking in. Everything after the first page arrives by server-sent
 * events, without reloading. Its own development-mode server, for the outbox.
 */
describe.skipIf(!inject('chromiumAvailable'))('meeting in the group’s room', () => {
  const j = journey();
  const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';
  const urgent = 'I have the pills counted out and I am going to take them all tonight.';

  /** The room's state panel, which the stream redraws. */
  const panel = (page: Page) => page.locator('#room-state');
  const item = (page: Page, name: string) =>
    panel(page).getByRole('listitem').filter({ hasText: name });

  it('a leader opens the room, lets a newcomer in, runs a talking order and releases a held message', async () => {
    const { browser, server } = j;
    const leader = await signUp(browser, server.url, 'Fern');
    const l = leader.page;
    const slug = await publishSupportGroup(l, server.url, start, {
      name: 'Evening anxiety circle',
      summary: 'A weekly peer circle for people living with anxiety.',
      topic: 'Anxiety',
      weeks: 1,
      days: ['Monday'],
    });
    const room = `${server.url}/groups/${slug}/room`;

    // The leader: the room is closed between meetings; they open it by hand.
    await l.goto(`${server.url}/groups/${slug}`);
    await l.getByRole('link', { name: 'Go to the group’s room' }).click();
    await l.getByRole('heading', { name: 'The room is closed' }).waitFor();
    await expectAccessible(l);
    await l.getByRole('button', { name: 'Open the room now' }).click();
    await l.getByRole('heading', { name: 'Messages' }).waitFor();
    await expectAccessible(l);

    // A member joins the group, reads the rule at the door and comes in.
    const member = await signUp(browser, server.url, 'Wren');
    const m = member.page;
    await m.goto(`${server.url}/groups/${slug}`);
    await m.getByLabel('I accept this agreement').check();
    await m.getByRole('button', { name: 'Join this group' }).click();
    await m.getByText('you joined the group').waitFor();
    await m.getByRole('link', { name: 'Go to the group’s room' }).click();
    await m.getByText('What is said here stays here').waitFor();
    await expectAccessible(m);
    await screenshots(m, 'room-door');
    await m.getByRole('button', { name: 'Come in' }).click();
    await m.getByRole('button', { name: 'Raise my hand' }).waitFor();
    await item(l, 'Wren').waitFor();

    // A newcomer who has not joined: the agreement, then the waiting room.
    const newcomer = await signUp(browser, server.url, 'Plover');
    const n = newcomer.page;
    await n.goto(room);
    await n.getByLabel('I accept this group’s agreement').check();
    await n.getByRole('button', { name: 'Go to the waiting room' }).click();
    await n.getByText('You are in the waiting room').waitFor();
    await n
      .getByLabel('Message to the facilitators')
      .fill('Hello, is it all right if I just listen?');
    await n.getByRole('button', { name: 'Send' }).click();
    await n.locator('#room-messages').getByText('is it all right if I just listen').waitFor();
    await expectAccessible(n);
    await screenshots(n, 'room-waiting');

    // The leader sees the waiting room's message arrive, answers, and lets them in.
    await l.getByText('Waiting room, Plover').waitFor();
    await l.getByLabel('Reply to Plover').fill('Of course. Welcome, come in whenever you like.');
    await l
      .getByRole('listitem')
      .filter({ hasText: 'Reply to Plover' })
      .getByRole('button', { name: 'Send' })
      .click();
    await n.getByText('Welcome, come in whenever you like').waitFor();
    expect(await m.content()).not.toContain('is it all right if I just listen');
    await l
      .getByRole('listitem')
      .filter({ hasText: 'Reply to Plover' })
      .getByRole('button', { name: 'Let in' })
      .click();
    await n.getByRole('button', { name: 'Raise my hand' }).waitFor();
    await expectAccessible(n);

    // A talking order: Wren raises a hand, the leader adds her and moves to the next person.
    await m.getByRole('button', { name: 'Raise my hand' }).click();
    await m.getByText('Your hand is raised').waitFor();
    await item(l, 'Wren').getByText('hand raised').waitFor();
    await item(l, 'Wren').getByRole('button', { name: 'Add to the talking order' }).click();
    await l.getByRole('button', { name: 'Next person shares' }).click();
    await expect.poll(() => panel(n).locator('section').first().textContent()).toContain('Wren');

    // Wren writes that she is in danger: the card for her, held from the group, raised to Fern.
    await m.getByLabel('Your message').fill(urgent);
    await m.getByRole('button', { name: 'Send' }).click();
    await m.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    await expectAccessible(m);
    const alert = l.getByText('Safety: Wren may be in immediate danger');
    await alert.waitFor();
    const held = l.locator('.room-msg--held').filter({ hasText: 'pills counted out' });
    await held.waitFor();
    await expectAccessible(l);
    await screenshots(l, 'room-leader');
    expect(await n.content()).not.toContain('pills counted out');

    // After checking in, Fern releases it; the newcomer's page receives it without reloading.
    await held.getByRole('button', { name: 'Release to the group' }).click();
    await n.locator('#room-messages').getByText('pills counted out').waitFor();
    await expectAccessible(n);
    await screenshots(n, 'room-member');
  }, 300_000);
});
