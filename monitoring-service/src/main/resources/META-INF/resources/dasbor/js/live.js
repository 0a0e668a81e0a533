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
