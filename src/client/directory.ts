// Enhancements for the directory search page. Everything here is optional: the page is a
// plain GET form that works without it.

const form = document.querySelector<HTMLFormElement>('form.search-form');

// The zone times are shown in comes from the server (the browser's, told once by zone.ts, or a
// choice made at /time-zone): this script no longer second-guesses it.

/**
 * "Use my location": rounded to about 100 m, which is plenty for a radius search. Its status
 * words come from the server in data- attributes, in the page's language.
 */
function enableLocate(button: HTMLButtonElement, input: HTMLInputElement) {
  if (!('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = button.dataset.locating ?? '…';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        input.value = `${position.coords.latitude.toFixed(3)},${position.coords.longitude.toFixed(3)}`;
        form?.requestSubmit();
      },
      () => {
        button.disabled = false;
        button.textContent = button.dataset.failed ?? '';
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}

/** Update the results in place as filters change, keeping the URL in step. */
function enableInstantResults(searchForm: HTMLFormElement) {
  let timer: number | undefined;
  let controller: AbortController | undefined;
  const refresh = async () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(searchForm)) {
      if (typeof value === 'string' && value !== '') params.append(key, value);
    }
    const url = `/groups?${params}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
      if (!res.ok) return;
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = doc.querySelector('.results');
      const current = document.querySelector('.results');
      if (fresh && current) {
        current.replaceWith(fresh);
        history.replaceState(null, '', url);
        const status = document.getElementById('results-status');
        const heading = fresh.querySelector('#results-heading');
        if (status && heading) status.textContent = heading.textContent ?? '';
      }
    } catch {
      // Aborted by a newer change, or offline: the Search button still works.
    }
  };
  searchForm.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    // Text fields update on submit; checkboxes and menus update at once.
    if (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'search'))
      return;
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 150);
  });
}

if (form) {
  const locate = form.querySelector<HTMLButtonElement>('button[data-locate]');
  const near = form.querySelector<HTMLInputElement>('input[name="near"]');
  if (locate && near) enableLocate(locate, near);
  // The map redraws from its own data; there the form simply submits.
  if (!document.querySelector('[data-map]')) enableInstantResults(form);
}
