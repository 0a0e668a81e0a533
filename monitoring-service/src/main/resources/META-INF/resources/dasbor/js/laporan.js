// /dasbor/laporan.html?kode=…: the public village report, without an account. Every count of households or needs is
// a cell: a value, or suppressed (under 5) and shown as "< 5".
import { h, fill, $, param } from './dom.js';
import { ApiError, withQuery } from './api.js';
import { dataTable, tableSection, figure } from './table.js';
import { num, rupiah, dateTime, FUNNEL, STAGES, KINDS, ACTOR_GROUPS, label } from './format.js';

const code = param('kode');
fill($('#atas'), h('nav', {}, h('ul', {}, h('li', {}, h('strong', {}, 'Desa Tumis · Laporan publik'))),
  h('ul', {}, h('li', {}, h('a', { href: '/dasbor/' }, 'Masuk (petugas)')))));

const chooser = h('form', { class: 'filters', action: '/dasbor/laporan.html', method: 'get' },
  h('label', {}, 'Kode desa', h('input', { name: 'kode', value: code ?? '', placeholder: '33.14.07.2003',
    pattern: '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}', required: true })),
  h('button', { type: 'submit' }, 'Tampilkan'));

/** A cell's text: its value (as rupiah for an amount), or what the report shows instead ("< 5") when hidden. */
const shown = (c, money = false) => {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'number') return money ? rupiah(c) : num(c);
  if (c.suppressed) return h('span', { class: 'suppressed', title: 'Disamarkan: angka kecil' }, c.display ?? '< 5');
  return money ? rupiah(c.value) : num(c.value);
};
const raw = (c) => (c === null || c === undefined ? null : typeof c === 'number' ? c : c.suppressed ? (c.display ?? '< 5') : c.value);

const COLUMNS = { ...STAGES, total: 'Jumlah', interventions: 'Intervensi', rupiahDelivered: 'Rupiah tersalurkan',
  rupiahVerified: 'Rupiah terverifikasi' };
const TOTAL = { TOTAL: 'Jumlah' };

/** A table of cells: the first key names the row (a kind, an actor type), every other key is a column of cells. */
function cellTable(name, rows, first, rowLabel) {
  const keys = rows.length ? Object.keys(rows[0]).filter((k) => k !== first) : [];
  const table = dataTable(name, [
    { key: first, label: first === 'kind' ? 'Jenis kebutuhan' : 'Jenis aktor', show: rowLabel },
    ...keys.map((k) => ({ key: k, label: COLUMNS[k] ?? k, numeric: true, value: (row) => raw(row[k]),
      show: (v, row) => shown(row[k], k.startsWith('rupiah')) })),
  ]);
  table.update(rows);
  return table;
}

if (!code) {
  fill($('#isi'), h('h1', {}, 'Laporan publik desa'), h('p', {}, 'Masukkan kode desa (Kemendagri) untuk melihat laporannya.'), chooser);
} else {
  report().catch((e) => {
    fill($('#isi'), h('h1', {}, 'Laporan publik desa'), h('article', { role: 'alert', 'data-refusal': '' },
      e instanceof ApiError && e.status === 404 ? 'Desa ' + code + ' tidak ditemukan.' : 'Laporan tidak dapat dimuat: ' + e.message),
    chooser);
  });
}

async function report() {
  const path = '/public/desa/' + encodeURIComponent(code) + '/report';
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  const report = await r.json();
  document.title = 'Laporan publik Desa ' + report.name + ' — Desa Tumis';
  const households = report.funnel?.households ?? report.funnel ?? {};
  const needsFunnel = report.funnel?.needs ?? {};
  const needs = cellTable('kebutuhan-publik', report.needsByKindAndStage ?? [], 'kind',
    (k) => TOTAL[k] ?? label(KINDS, k));
  const resources = cellTable('sumber-daya-publik', report.resourcesByActorType ?? [], 'actorType',
    (t) => TOTAL[t] ?? label(ACTOR_GROUPS, t));
  fill($('#isi'),
    h('hgroup', {}, h('h1', {}, 'Desa ' + report.name), h('p', {}, 'Laporan publik program Desa Tumis · kode ' + report.desaCode)),
    h('section', {}, h('h2', {}, 'Rumah tangga'), h('div', { class: 'figures' },
      Object.entries(FUNNEL).filter(([k]) => k in households)
        .map(([k, l]) => figure('households.' + k, l, raw(households[k]), shown(households[k]))))),
    h('section', {}, h('h2', {}, 'Kebutuhan'), h('div', { class: 'figures' },
      Object.entries(STAGES).filter(([k]) => k in needsFunnel)
        .map(([k, l]) => figure('needs.' + k, l, raw(needsFunnel[k]), shown(needsFunnel[k]))),
      figure('forumsHeld', 'Forum yang diadakan', report.forumsHeld, num(report.forumsHeld)))),
    tableSection('Kebutuhan per jenis dan tahap', needs, () => path, 'laporan-' + code,
      'Kebutuhan menurut tahap yang sedang dijalani. Angka di bawah 5 disamarkan ("< 5"), juga angka lain yang dapat membukanya, untuk melindungi privasi warga.'),
    tableSection('Sumber daya per jenis aktor', resources, () => path, 'laporan-' + code),
    chooser);
  fill($('#kesegaran'), h('small', {}, 'Peristiwa terakhir: ' + dateTime(report.freshness?.lastEventAt)));
  $('#isi').removeAttribute('aria-busy');
  document.body.dataset.loaded = '1';
}
