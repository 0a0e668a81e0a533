import { withQuery } from './api.js';

// The live figures: the server's events say which desa changed; the page re-reads what it shows. The session cookie
// goes with the EventSource (same origin); the token is never put in a URL.

/**
 * Calls refresh() when a change concerns the page (concerns(desaCodes) is true). Refreshes never overlap: a change
 * arriving during one is served by one more refresh after it.
 */
export function followChanges(concerns, refresh) {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await refresh();
      } while (again);
    } catch (e) {
      console.warn('pembaruan langsung gagal', e);
    } finally {
      running = false;
    }
  };
  const source = new EventSource('/live');
  const mark = (state) => {
    document.body.dataset.live = state;
    const badge = document.getElementById('live');
    if (badge) {
      badge.textContent = state === 'open' ? '● Langsung' : '○ Menyambung ulang…';
      badge.title = state === 'open' ? 'Angka diperbarui otomatis saat ada peristiwa baru' : 'Sambungan terputus';
    }
  };
  source.addEventListener('open', () => mark('open'));
  source.addEventListener('error', () => mark(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'));
  source.addEventListener('changed', (e) => {
    const { desaCodes } = JSON.parse(e.data);
    if (concerns(desaCodes ?? [])) run();
  });
  addEventListener('pagehide', () => source.close());
  return source;
}

/**
 * Shows the page's figures (refresh), re-reads them when one of the filters changes (keeping the filters in the
 * address, so the view can be shared) and when a live change concerns them. onError shows a failed re-read.
 */
export async function showLive(refresh, { concerns = () => true, filters = null, query = null, onError } = {}) {
  filters?.addEventListener('change', () => {
    history.replaceState(null, '', withQuery(location.pathname, query()));
    refresh().catch(onError);
  });
  await refresh();
  followChanges(concerns, refresh);
}
