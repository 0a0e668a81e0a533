// "Unduh CSV": fetches the table's own endpoint with Accept: text/csv (the same rows as the JSON) and saves it.
import { h } from './dom.js';
import { ApiError, toLogin } from './api.js';

/** A button that downloads path() as CSV; fileName is used when the answer names none. */
export function csvButton(path, fileName) {
  const button = h('button', { type: 'button', class: 'secondary outline csv', 'data-csv': fileName }, 'Unduh CSV');
  button.addEventListener('click', async () => {
    button.setAttribute('aria-busy', 'true');
    try {
      await download(path(), fileName);
    } catch (e) {
      console.warn('CSV gagal diunduh', e);
      alert('CSV tidak dapat diunduh: ' + e.message);
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
  return button;
}

async function download(path, fileName) {
  const r = await fetch(path, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
  if (r.status === 401) return toLogin();
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  const blob = await r.blob();
  const named = /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '');
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: named ? named[1] : fileName + '.csv', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
