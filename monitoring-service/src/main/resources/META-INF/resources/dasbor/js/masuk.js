// /dasbor/masuk.html: paste a token (deploy/platform token …), or go to the identity provider's login when one is
// configured. The token goes to the server once and lives only in an HttpOnly cookie.
import { h, fill, $, param } from './dom.js';
import { session, signIn } from './api.js';

const next = () => {
  const back = param('lanjut') ?? '';
  // only a page of the dashboard itself: never another site
  return /^\/dasbor\/[^/\\]/.test(back) || back === '/dasbor/' ? back : '/dasbor/';
};

const s = await session();
if (s.signedIn) location.replace(next());
else {
  const form = h('form', { id: 'masuk' },
    h('label', {}, 'Token', h('textarea', { name: 'token', rows: 5, required: true, autocomplete: 'off', spellcheck: 'false',
      placeholder: 'eyJhbGciOiJSUzI1NiIs…' })),
    h('small', { id: 'salah', role: 'alert' }),
    h('button', { type: 'submit' }, 'Masuk'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button');
    button.setAttribute('aria-busy', 'true');
    try {
      await signIn(form.token.value.trim());
      form.token.value = '';
      location.replace(next());
    } catch (err) {
      form.token.setAttribute('aria-invalid', 'true');
      fill($('#salah'), 'Token tidak dapat dipakai: ' + (err.problem?.errors?.[0]?.message ?? err.message));
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
  fill($('#isi'),
    h('hgroup', {}, h('h1', {}, 'Masuk ke dasbor'), h('p', {}, 'Dasbor program Desa Tumis, Kabupaten Sragen')),
    h('article', {},
      s.loginUrl ? h('p', {}, h('a', { href: s.loginUrl, role: 'button', id: 'penyedia' }, 'Masuk lewat penyedia identitas')) : null,
      s.loginUrl ? h('p', {}, 'atau tempel token:') : h('p', {}, 'Tempel token Anda. Di komputer lokal, buat dengan ',
        h('code', {}, 'deploy/platform token --role dinsos'), '.'),
      form),
    h('p', {}, h('a', { href: '/dasbor/laporan.html' }, 'Laporan publik desa (tanpa masuk) →')));
  $('#isi').removeAttribute('aria-busy');
}
