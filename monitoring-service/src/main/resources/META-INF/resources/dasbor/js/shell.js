// What every signed-in page has: the session, the navigation by role, sign-out, the refusal, and the freshness line.
import { h, fill, $ } from './dom.js';
import { session, signOut, toLogin } from './api.js';
import { ROLES, dateTime, num } from './format.js';

export const PROGRAMME = ['dinsos', 'tkpkd', 'auditor'];

const LINKS = [
  { href: '/dasbor/', text: 'Kabupaten', roles: [...PROGRAMME] },
  { href: '/dasbor/', text: 'Desa saya', roles: ['village-operator'], only: true },
  { href: '/dasbor/aktor.html', text: 'Kinerja aktor', roles: [...PROGRAMME, 'opd', 'partner'] },
  { href: '/dasbor/kolaborasi.html', text: 'Kolaborasi', roles: [...PROGRAMME] },
  { href: '/dasbor/laporan.html', text: 'Laporan publik', roles: null },
];

/**
 * Starts a signed-in page: to the login page without a session; a refusal when none of the session's roles may open
 * it (allowed null: any role). Resolves to the session, or null when refused.
 */
export async function start(allowed) {
  const s = await session();
  if (!s.signedIn) {
    toLogin();
    return new Promise(() => {});
  }
  header(s);
  if (allowed && !s.roles.some((r) => allowed.includes(r))) {
    refuse('Peran Anda tidak dapat membuka halaman ini.');
    return null;
  }
  return s;
}

export const has = (s, ...roles) => s.roles.some((r) => roles.includes(r));

function header(s) {
  const links = LINKS.filter((l) => !l.roles || has(s, ...l.roles))
    .filter((l) => !l.only || !has(s, ...PROGRAMME))
    .map((l) => h('li', {}, h('a', { href: l.href, 'aria-current': current(l.href) ? 'page' : null }, l.text)));
  const who = s.roles.map((r) => ROLES[r] ?? r).join(', ');
  const out = h('button', { type: 'button', class: 'secondary outline', id: 'keluar' }, 'Keluar');
  out.addEventListener('click', async () => {
    await signOut();
    location.assign('/dasbor/masuk.html');
  });
  fill($('#atas'), h('nav', {},
    h('ul', {}, h('li', {}, h('a', { href: '/dasbor/', class: 'brand' }, h('strong', {}, 'Desa Tumis')))),
    h('ul', { class: 'links' }, links,
      h('li', {}, h('small', { id: 'pengguna', title: s.subject }, (s.name ?? s.subject) + ' · ' + who)),
      h('li', {}, h('small', { id: 'live', class: 'live' }, '○')),
      h('li', {}, out))));
}

function current(href) {
  return location.pathname === href || (href === '/dasbor/' && location.pathname === '/dasbor/index.html');
}

/** Replaces the page's content with a refusal. */
export function refuse(message) {
  const main = $('#isi');
  main.removeAttribute('aria-busy');
  fill(main, h('article', { class: 'refusal', role: 'alert', 'data-refusal': '' },
    h('h2', {}, 'Akses ditolak'), h('p', {}, message)));
}

/** What the page shows when a read fails: a refusal for 403/404, else the error. */
export function failed(e) {
  if (e?.status === 401) return;
  if (e?.refused) return refuse('Anda tidak berwenang melihat data ini.');
  console.warn(e);
  const main = $('#isi');
  main.removeAttribute('aria-busy');
  main.prepend(h('article', { class: 'error', role: 'alert' }, 'Data tidak dapat dimuat: ' + (e?.message ?? e)));
}

/** The footer: how fresh the figures are. */
export function freshness(f) {
  if (!f) return;
  fill($('#kesegaran'), h('small', { 'data-freshness': '' },
    'Peristiwa terakhir: ' + dateTime(f.lastEventAt) + ' · diterapkan: ' + dateTime(f.lastAppliedAt)
    + ' · antrean: ' + num(f.consumerLag) + ' peristiwa'));
}

export function loaded() {
  $('#isi').removeAttribute('aria-busy');
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded ?? 0) + 1);
}
