// The group room's live page (issue 18). Without this script the room is a page with a form and
// a "Refresh" link; with it, server-sent events append messages and redraw the room's state,
// and the form sends without reloading the page.

const main = document.querySelector<HTMLElement>('[data-room-events]');
const list = document.getElementById('room-messages');

if (main && list && 'EventSource' in window) {
  const events = new EventSource(main.dataset.roomEvents ?? '');
  const add = (html: string) => {
    document.getElementById('room-empty')?.remove();
    list.insertAdjacentHTML('beforeend', html);
    const item = list.lastElementChild;
    // Keep the newest in view only when the reader was already at the bottom.
    if (item && window.innerHeight + window.scrollY >= document.body.scrollHeight - 200) {
      item.scrollIntoView({ block: 'nearest' });
    }
  };
  events.addEventListener('message', (e) => add((e as MessageEvent<string>).data));
  events.addEventListener('alert', (e) => add((e as MessageEvent<string>).data));
  events.addEventListener('state', (e) => {
    const panel = document.getElementById('room-state');
    if (!panel) return;
    // A facilitator may be typing a reply to someone waiting: keep what they typed, and where.
    const typed = new Map<string, string>();
    for (const input of panel.querySelectorAll<HTMLInputElement>('input[id]')) {
      if (input.type !== 'hidden' && input.value) typed.set(input.id, input.value);
    }
    const focused = panel.contains(document.activeElement) ? document.activeElement?.id : undefined;
    panel.outerHTML = (e as MessageEvent<string>).data;
    for (const [id, value] of typed) {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.value = value;
    }
    if (focused) document.getElementById(focused)?.focus();
  });
  // Let in, removed or the end: the page itself says what happens next.
  for (const name of ['admitted', 'removed', 'end']) {
    events.addEventListener(name, () => {
      events.close();
      window.location.reload();
    });
  }

  const form = document.getElementById('room-form');
  if (form instanceof HTMLFormElement) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const button = form.querySelector('button');
      if (button) button.disabled = true;
      try {
        const res = await fetch(form.action, {
          method: 'POST',
          body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
          headers: { 'X-Fragment': '1' },
        });
        if (res.status === 204) {
          form.reset();
        } else if (res.status === 400 || res.status === 429) {
          // Not sent: what was wrong (or how long to wait), above the words kept in the box.
          const text = await res.text();
          let error = form.querySelector('.field-error');
          if (!error) {
            error = document.createElement('p');
            error.className = 'field-error';
            error.setAttribute('role', 'alert');
            form.prepend(error);
          }
          error.textContent = text;
        } else {
          // A card, a refusal or anything else: show the server's page.
          document.open();
          document.write(await res.text());
          document.close();
        }
      } finally {
        if (button) button.disabled = false;
      }
    });
  }
}
