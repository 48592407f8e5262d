import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, screenshots } from './browser.js';
import { publishSupportGroup } from './group-form.js';
import { journey } from './journey.js';
import { signUp } from './people.js';

/**
 * Issue 19's journey, with four people in their own browsers: a member starts a thread on the
 * group's board, another replies, a third reports the reply as harassment; the leader finds it
 * in the moderation queue, hides it and gives its author a warning; the author sees the
 * warning, and the reporter hears the report was reviewed. Every page is scanned with axe.
 */
describe.skipIf(!inject('chromiumAvailable'))(
  'talking between meetings on the group’s board',
  () => {
    const j = journey();
    const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';

    async function joins(page: Page, slug: string) {
      await page.goto(`${j.server.url}/groups/${slug}`);
      await page.getByLabel('I accept this agreement').check();
      await page.getByRole('button', { name: 'Join this group' }).click();
      await page.getByText('you joined the group').waitFor();
    }

    it('a thread, a reply, a report; the leader hides it and warns; the author sees the warning', async () => {
      const { browser, server } = j;
      const leader = await signUp(browser, server.url, 'Fern');
      const l = leader.page;
      const slug = await publishSupportGroup(l, server.url, start, {
        name: 'Grief after a long illness',
        summary: 'A weekly peer circle for people grieving someone after a long illness.',
        topic: 'Grief and loss',
        weeks: 1,
        days: ['Tuesday'],
      });

      const [ash, birch, cedar] = [
        await signUp(browser, server.url, 'Ash'),
        await signUp(browser, server.url, 'Birch'),
        await signUp(browser, server.url, 'Cedar'),
      ];
      for (const p of [ash, birch, cedar]) await joins(p.page, slug);

      // Ash finds the board from the group's page and starts a thread.
      const a = ash.page;
      await a.getByRole('link', { name: 'Go to the group’s board' }).click();
      await a.getByRole('heading', { name: /Group board/ }).waitFor();
      await expectAccessible(a);
      await a.getByLabel('Title').fill('The first winter without her');
      await a
        .getByLabel('What you want to say')
        .fill(
          'The evenings are the hardest.\n\nWhat helps you:\n- in the first hour home?\n- at weekends?',
        );
      await a.getByRole('button', { name: 'Post' }).click();
      await a.getByRole('heading', { name: 'The first winter without her' }).waitFor();
      await expectAccessible(a);

      // Birch replies, unkindly.
      const b = birch.page;
      await b.goto(`${server.url}/groups/${slug}/board`);
      await b.getByRole('link', { name: 'The first winter without her' }).click();
      await b
        .getByLabel('Your reply')
        .fill('Honestly you should be over this by now. Stop whining.');
      await b.getByRole('button', { name: 'Reply' }).click();
      await b.getByText('Stop whining').waitFor();
      await screenshots(b, 'board-thread');

      // Cedar reports the reply as harassment.
      const c = cedar.page;
      await c.goto(`${server.url}/groups/${slug}/board`);
      await c.getByRole('link', { name: 'The first winter without her' }).click();
      await c
        .getByRole('listitem')
        .filter({ hasText: 'Stop whining' })
        .getByRole('link', { name: 'Report' })
        .click();
      await c.getByRole('heading', { name: 'Report a post' }).waitFor();
      await expectAccessible(c);
      await screenshots(c, 'board-report');
      await c.getByLabel('Harassment or abuse').check();
      await c
        .getByLabel('Anything the leaders should know (optional)')
        .fill('Hurtful to someone grieving.');
      await c.getByRole('button', { name: 'Send report' }).click();
      await c.getByText('The leaders will review it').waitFor();

      // The leader sees it in the queue, without who reported it, hides it and warns Birch.
      await l.goto(`${server.url}/lead/${slug}/moderation`);
      await l.getByRole('heading', { name: 'Reported posts' }).waitFor();
      expect(await l.locator('main').textContent()).not.toContain('Cedar');
      await expectAccessible(l);
      await screenshots(l, 'board-moderation');
      await l.getByLabel('Hide it').check();
      await l.getByLabel(/The next step in this group for this person: warning/).check();
      await l
        .getByLabel('Why (recorded in the log)')
        .fill('Unkind to a grieving member: see the agreement.');
      await l.getByRole('button', { name: 'Record decision' }).click();
      await l.getByText('Nothing is reported.').waitFor();
      await l.getByRole('cell', { name: 'penalty: warning' }).waitFor();
      await expectAccessible(l);

      // Others no longer read it; Birch sees it marked, and the warning in their notifications.
      await a.reload();
      await a.getByText('This post is hidden while the leaders review it.').waitFor();
      expect(await a.content()).not.toContain('Stop whining');
      await b.reload();
      await b.getByText('Only you and the leaders can see this post').waitFor();
      await b.goto(`${server.url}/notifications`);
      await b.getByText(/sent you a warning about a post on its board/).waitFor();
      await expectAccessible(b);
      await screenshots(b, 'board-warning');
      // The notice leads to the board, where the warning is shown with the leader's reason.
      await b.getByRole('button', { name: 'Open' }).first().click();
      await b.getByText('Why: Unkind to a grieving member: see the agreement.').waitFor();
      await expectAccessible(b);
      await screenshots(b, 'board-own-warning');

      // Cedar hears, in general terms, that the report was reviewed.
      await c.goto(`${server.url}/notifications`);
      await c.getByText(/reviewed a post you reported/).waitFor();
    });
  },
);
