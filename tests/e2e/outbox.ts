import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The text of the newest mail to `email` containing `words`, once the job queue has sent it to
 * the development outbox (`/dev/outbox`, so the server must run in development mode).
 */
export async function mailIn(page: Page, url: string, email: string, words: string) {
  const mail = page.getByRole('article').filter({ hasText: email }).filter({ hasText: words });
  await expect
    .poll(
      async () => {
        await page.goto(`${url}/dev/outbox`);
        return mail.count();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBeGreaterThan(0);
  return (await mail.first().textContent()) ?? '';
}
