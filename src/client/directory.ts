// Enhancements for the directory search page. Everything here is optional: the page is a
// plain GET form (the search bar, with the filters further down joined to it by their `form`
// attribute) that works without it.

const form = document.querySelector<HTMLFormElement>('form#search');

// How long typing may pause before the results follow it: short enough to feel immediate,
// long enough not to search for every letter of a word.
const TYPING_PAUSE_MS = 120;

/**
 * "Use my location": rounded to about 100 m, which is plenty for a radius search. Its status
 * words come from the server in data- attributes, in the page's language.
 */
function enableLocate(button: HTMLButtonElement, input: HTMLInputElement) {
  if (!('geolocation' in navigator)) return;
  const label = button.querySelector('[data-locate-label]');
  const say = (text: string) => {
    button.title = text;
    if (label) label.textContent = text;
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    say(button.dataset.locating ?? '…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        input.value = `${position.coords.latitude.toFixed(3)},${position.coords.longitude.toFixed(3)}`;
        form?.requestSubmit();
      },
      () => {
        button.disabled = false;
        say(button.dataset.failed ?? '');
        input.placeholder = button.dataset.failed ?? input.placeholder;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}

/**
 * The query string the form would submit, without empty values, and without the order while
 * it is the page's default: the default depends on the search (soonest first with no words,
 * best match with them), so typing words must not pin the order shown before them.
 */
function queryOf(searchForm: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(searchForm)) {
    if (typeof value === 'string' && value !== '') params.append(key, value);
  }
  const sort = document.getElementById('sort');
  if (sort instanceof HTMLSelectElement && sort.dataset.defaulted !== undefined) {
    params.delete('sort');
  }
  return params.toString();
}

/** Put the form back as the URL says (after the back button). */
function fillForm(searchForm: HTMLFormElement, params: URLSearchParams) {
  for (const el of Array.from(searchForm.elements)) {
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        const values = params.getAll(el.name);
        el.checked =
          el.type === 'radio' && values.length === 0 ? el.value === '' : values.includes(el.value);
      } else if (el.type !== 'hidden') {
        el.value = params.get(el.name) ?? '';
      }
    } else if (el instanceof HTMLSelectElement) {
      const value = params.get(el.name);
      if (value !== null) el.value = value;
    }
  }
}

/**
 * Results follow the form: typing (after a short pause), ticking a filter or choosing from a
 * menu fetches the results section alone from the same URL (header X-Fragment) and swaps it
 * in. A burst of typing is one history entry; each other change is its own, so Back undoes it.
 */
function enableInstantResults(searchForm: HTMLFormElement) {
  let timer: number | undefined;
  let controller: AbortController | undefined;
  let shown = location.search.replace(/^\?/, '');
  let typing = false;

  const swap = async (query: string, how: 'push' | 'replace' | 'none') => {
    const url = query ? `/groups?${query}` : '/groups';
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'text/html', 'x-fragment': 'results' },
      });
      if (!res.ok) return;
      const template = document.createElement('template');
      template.innerHTML = await res.text();
      const fresh = template.content.querySelector('.results');
      const current = document.querySelector('.results');
      if (!(fresh instanceof HTMLElement) || !current) return;
      current.replaceWith(fresh);
      shown = query;
      if (how === 'push') history.pushState(null, '', url);
      if (how === 'replace') history.replaceState(null, '', url);
      const status = document.getElementById('results-status');
      const heading = fresh.querySelector('#results-heading');
      if (status && heading) status.textContent = heading.textContent ?? '';
      const apply = document.querySelector('[data-apply-filters]');
      if (apply && fresh.dataset.show) apply.textContent = fresh.dataset.show;
      const opener = document.querySelector('[data-open-filters]');
      const word = opener?.lastChild;
      if (word && fresh.dataset.filters) word.textContent = fresh.dataset.filters;
    } catch {
      // Aborted by a newer change, or offline: the Search button still works.
    }
  };

  const update = (how: 'push' | 'replace') => {
    const query = queryOf(searchForm);
    if (query !== shown) void swap(query, how);
  };

  const changed = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (target.form !== searchForm) return;
    const isText =
      target instanceof HTMLInputElement && (target.type === 'search' || target.type === 'text');
    // Text follows `input` (each keystroke); boxes and menus follow `change`.
    if (isText !== (event.type === 'input')) return;
    // An order the person picked is theirs from now on.
    if (target.id === 'sort') delete target.dataset.defaulted;
    window.clearTimeout(timer);
    if (!isText) {
      typing = false;
      update('push');
      return;
    }
    timer = window.setTimeout(() => {
      // The first pause of a burst of typing adds a history entry; the rest replace it.
      update(typing ? 'replace' : 'push');
      typing = true;
    }, TYPING_PAUSE_MS);
  };
  // Filters in the sheet are outside the <form> element: listen on the document.
  document.addEventListener('input', changed);
  document.addEventListener('change', changed);
  // Leaving the box ends a burst of typing: the next one gets its own history entry.
  searchForm.addEventListener('focusout', () => {
    typing = false;
  });
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    typing = false;
    const query = queryOf(searchForm);
    if (query !== shown) void swap(query, 'push');
    document.querySelector<HTMLDialogElement>('dialog.sheet')?.close();
  });
  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(location.search);
    fillForm(searchForm, params);
    void swap(params.toString(), 'none');
  });
}

/**
 * The filters open as a sheet: the section is moved into a <dialog> (modal, so focus stays in
 * it and Escape closes it), and goes back where it was when the page is printed or saved.
 */
function enableSheet() {
  const opener = document.querySelector<HTMLAnchorElement>('[data-open-filters]');
  const section = document.getElementById('filters');
  if (!opener || !section || typeof HTMLDialogElement !== 'function') return;
  const dialog = document.createElement('dialog');
  dialog.className = 'sheet';
  dialog.setAttribute('aria-labelledby', 'filters-heading');
  section.before(dialog);
  dialog.append(section);
  const close = section.querySelector<HTMLButtonElement>('[data-close-sheet]');
  if (close) {
    close.hidden = false;
    close.addEventListener('click', () => dialog.close());
  }
  // A tap on the backdrop (outside the sheet's box) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  opener.setAttribute('role', 'button');
  opener.setAttribute('aria-haspopup', 'dialog');
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    dialog.showModal();
  });
  dialog.addEventListener('close', () => opener.focus());
}

if (form) {
  const locate = form.querySelector<HTMLButtonElement>('button[data-locate]');
  const near = form.querySelector<HTMLInputElement>('input[name="near"]');
  if (locate && near) enableLocate(locate, near);
  // The map redraws from its own data; there the form simply submits.
  if (!document.querySelector('[data-map]')) {
    enableSheet();
    enableInstantResults(form);
  }
}
