// /dasbor/desa.html?kode=…: one desa: its tuntas status and distance, the funnel, needs by kind and stage, open needs
// by responsible actor, its forums. Live: re-read when an event changes this desa.
import { h, fill, $, param } from './dom.js';
import { getJson, withQuery } from './api.js';
import { start, failed, freshness, loaded, refuse } from './shell.js';
import { dataTable, tableSection, figure } from './table.js';
import { showLive } from './live.js';
import { draw } from './charts.js';
import { num, date, FUNNEL, CLASSES, STAGES, KINDS, TUNTAS, ACTOR_TYPES, FORUMS, label } from './format.js';

const code = param('kode');

const NEED_STAGES = ['identified', 'planned', 'resourced', 'delivered', 'verified', 'disputed', 'cancelled', 'closed', 'open'];

async function page() {
  const title = h('h1', {}, 'Desa ' + code);
  const badge = h('p', { id: 'status' });
  const tuntasFigures = h('div', { class: 'figures', id: 'jarak' });
  const funnelFigures = h('div', { class: 'figures', id: 'alur' });
  const classFigures = h('div', { class: 'figures small', id: 'kelas' });
  const funnelChart = h('canvas', { id: 'grafik-alur', role: 'img', 'aria-label': 'Grafik alur rumah tangga' });
  const needsChart = h('canvas', { id: 'grafik-kebutuhan', role: 'img', 'aria-label': 'Grafik kebutuhan per jenis' });
  const needs = dataTable('kebutuhan', [
    { key: 'kind', label: 'Jenis kebutuhan', show: (k) => label(KINDS, k) },
    ...NEED_STAGES.map((s) => ({ key: s, label: STAGES[s], numeric: true, show: num })),
  ]);
  const actors = dataTable('aktor-terbuka', [
    { key: 'name', label: 'Aktor penanggung jawab', show: (n, r) => n ?? (r.actorId ? r.actorId : 'Belum direncanakan') },
    { key: 'type', label: 'Jenis', show: (t) => (t ? label(ACTOR_TYPES, t) : '–') },
    { key: 'needsOpen', label: 'Kebutuhan terbuka', numeric: true, show: num },
  ]);
  const forums = dataTable('forum', [
    { key: 'heldOn', label: 'Tanggal', show: date },
    { key: 'type', label: 'Forum', show: (t) => label(FORUMS, t) },
    { key: 'invited', label: 'Diundang', numeric: true, show: num },
    { key: 'present', label: 'Hadir', numeric: true, show: num },
    { key: 'represented', label: 'Diwakilkan', numeric: true, show: num },
    { key: 'absentWithNotice', label: 'Izin', numeric: true, show: num },
    { key: 'absentWithoutNotice', label: 'Tanpa keterangan', numeric: true, show: num },
    { key: 'decisions', label: 'Keputusan', value: (r) => (r.decisions ?? []).map((d) => d.number).join(' '),
      show: (numbers) => numbers || '–' },
  ]);
  const path = (p) => '/desa/' + encodeURIComponent(code) + p;
  const funnelPath = () => '/areas/' + encodeURIComponent(code) + '/funnel';

  fill($('#isi'),
    h('hgroup', {}, title, badge),
    h('section', { id: 'tuntas' }, h('h2', {}, 'Jarak menuju tuntas'), tuntasFigures),
    h('section', { id: 'bagian-alur' }, h('h2', {}, 'Alur program'), funnelFigures, classFigures,
      h('div', { class: 'chart' }, funnelChart)),
    h('section', { id: 'bagian-kebutuhan' }, h('h2', {}, 'Kebutuhan per jenis dan tahap'),
      h('div', { class: 'chart' }, needsChart),
      tableSection('Tahap kebutuhan', needs, () => path('/needs'), 'kebutuhan-' + code,
        'Tahap dihitung kumulatif: kebutuhan yang terverifikasi juga dihitung sebagai direncanakan dan tersalurkan.')),
    tableSection('Kebutuhan terbuka per aktor penanggung jawab', actors, () => path('/tuntas'), 'aktor-terbuka-' + code),
    tableSection('Forum', forums, () => withQuery(path('/forums'), { size: 500 }), 'forum-' + code),
    h('p', {}, h('a', { href: '/dasbor/laporan.html?kode=' + encodeURIComponent(code) }, 'Laporan publik desa ini →')));

  const refresh = async () => {
    const [f, t, n, fo] = await Promise.all([getJson(funnelPath()), getJson(path('/tuntas')), getJson(path('/needs')),
      getJson(withQuery(path('/forums'), { size: 500 }))]);
    document.title = 'Desa ' + f.name + ' — Dasbor Desa Tumis';
    fill(title, 'Desa ' + f.name);
    fill(badge, 'Kode ' + code + ' · ', h('mark', { class: 'tuntas ' + t.status.toLowerCase(), 'data-field': 'tuntas.status', 'data-value': t.status },
      label(TUNTAS, t.status)), t.status === 'DECLARED' ? ' sejak ' + date(t.declaredAt) + ' (keputusan ' + (t.decisionNumber ?? '–') + ')' : '');
    fill(tuntasFigures,
      figure('tuntas.householdsOpen', 'Rumah tangga belum tuntas', t.householdsOpen, num(t.householdsOpen)),
      figure('tuntas.needsOpen', 'Kebutuhan terbuka', t.needsOpen, num(t.needsOpen)),
      figure('tuntas.unplannedOpen', 'Belum direncanakan', t.unplannedOpen, num(t.unplannedOpen)));
    const hh = f.households;
    fill(funnelFigures, Object.entries(FUNNEL).map(([k, l]) => figure('households.' + k, l, hh[k], num(hh[k]))));
    fill(classFigures, Object.entries(CLASSES).filter(([k]) => k in (hh.verifiedPoorByClass ?? {}))
      .map(([k, l]) => figure('households.verifiedPoorByClass.' + k, l, hh.verifiedPoorByClass[k], num(hh.verifiedPoorByClass[k]))));
    needs.update(n.rows);
    actors.update([...t.openByActor, ...(t.unplannedOpen ? [{ name: 'Belum direncanakan', needsOpen: t.unplannedOpen }] : [])]);
    forums.update(fo.items);
    freshness(f.freshness);
    await Promise.all([
      draw(funnelChart, 'bar', Object.values(FUNNEL), [{ label: 'Rumah tangga', data: Object.keys(FUNNEL).map((k) => hh[k]) }],
        { indexAxis: 'y' }),
      draw(needsChart, 'bar', n.rows.map((r) => label(KINDS, r.kind)), [
        { label: 'Terverifikasi', data: n.rows.map((r) => r.verified) },
        { label: 'Ditutup', data: n.rows.map((r) => r.closed) },
        { label: 'Belum tuntas', data: n.rows.map((r) => r.open) },
      ], { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } }),
    ]);
    loaded();
  };
  await showLive(refresh, { concerns: (codes) => codes.includes(code) });
}

// started last: the constants above are initialised by now
const session = await start(null);
if (session && !/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code ?? '')) refuse('Kode desa tidak dikenal.');
else if (session) page().catch(failed);
