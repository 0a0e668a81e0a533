// /dasbor/: the regency's desa, grouped by kecamatan, with their tuntas status and key figures; filtered by cohort
// and status. A village operator sees its own desa only; an office or a partner goes to its scorecard.
import { h, fill, $, param } from './dom.js';
import { getJson, withQuery } from './api.js';
import { start, has, failed, freshness, loaded, PROGRAMME } from './shell.js';
import { dataTable, tableSection, figure } from './table.js';
import { showLive } from './live.js';
import { num, TUNTAS, label } from './format.js';

const REGENCY = '33.14';


const desaLink = (name, row) => h('a', { href: '/dasbor/desa.html?kode=' + encodeURIComponent(row.desaCode) }, name ?? row.desaCode);
const status = (s) => h('mark', { class: 'tuntas ' + (s ?? '').toLowerCase() }, label(TUNTAS, s));

const COLUMNS = [
  { key: 'name', label: 'Desa', show: desaLink },
  { key: 'intakeYear', label: 'Angkatan', show: (y) => y ?? '–' },
  { key: 'listed', label: 'Terdata', numeric: true, show: num },
  { key: 'verifiedPoor', label: 'Miskin terverifikasi', numeric: true, show: num },
  { key: 'needsOpen', label: 'Kebutuhan terbuka', numeric: true, show: num },
  { key: 'needsSettled', label: 'Kebutuhan selesai', numeric: true, show: num },
  { key: 'tuntas', label: 'Status', show: status },
];

async function regency() {
  const cohorts = await getJson('/cohorts').catch(() => []);
  const filters = h('form', { class: 'filters', id: 'saring' },
    h('label', {}, 'Angkatan', h('select', { name: 'cohort' }, h('option', { value: '' }, 'Semua angkatan'),
      cohorts.map((c) => h('option', { value: c.intakeYear }, 'Angkatan ' + c.intakeYear)))),
    h('label', {}, 'Status', h('select', { name: 'tuntas' }, h('option', { value: '' }, 'Semua status'),
      Object.entries(TUNTAS).map(([k, v]) => h('option', { value: k }, v)))));
  filters.cohort.value = param('cohort') ?? '';
  filters.tuntas.value = param('tuntas') ?? '';
  const figures = h('div', { class: 'figures', id: 'angka' });
  const table = dataTable('desa', COLUMNS);
  const query = () => ({ cohort: filters.cohort.value, tuntas: filters.tuntas.value });
  const listPath = () => withQuery('/areas/' + REGENCY + '/desa', { ...query(), size: 500 });
  fill($('#isi'), h('hgroup', {}, h('h1', {}, 'Kabupaten Sragen'), h('p', {}, 'Desa program Desa Tumis dan status tuntasnya')),
    filters, figures,
    tableSection('Desa per kecamatan', table, listPath, 'desa-sragen'));

  const refresh = async () => {
    const [list, funnel] = await Promise.all([getJson(listPath()),
      getJson(withQuery('/areas/' + REGENCY + '/funnel', { cohort: filters.cohort.value }))]);
    const rows = [...list.items].sort((a, b) => (a.kecamatanName ?? '').localeCompare(b.kecamatanName ?? '')
      || (a.name ?? '').localeCompare(b.name ?? ''));
    table.update(rows, (r) => 'Kecamatan ' + (r.kecamatanName ?? r.kecamatanCode));
    const count = (s) => list.items.filter((r) => r.tuntas === s).length;
    fill(figures,
      figure('desa', 'Desa', list.total, num(list.total)),
      figure('households.listed', 'Rumah tangga terdata', funnel.households.listed, num(funnel.households.listed)),
      figure('households.verifiedPoor', 'Miskin terverifikasi', funnel.households.verifiedPoor, num(funnel.households.verifiedPoor)),
      figure('needsOpen', 'Kebutuhan terbuka', sum(list.items, 'needsOpen'), num(sum(list.items, 'needsOpen'))),
      figure('tuntas.DECLARED', 'Desa tuntas', count('DECLARED'), num(count('DECLARED'))),
      figure('tuntas.READY', 'Siap dinyatakan tuntas', count('READY'), num(count('READY'))));
    freshness(list.freshness);
    loaded();
  };
  await showLive(refresh, { filters, query, onError: failed });
}

const sum = (rows, key) => rows.reduce((t, r) => t + (r[key] ?? 0), 0);

async function ownDesa(s) {
  const columns = COLUMNS.filter((c) => c.key !== 'intakeYear' && c.key !== 'needsSettled');
  const table = dataTable('desa', columns);
  fill($('#isi'), h('hgroup', {}, h('h1', {}, 'Desa saya'), h('p', {}, 'Desa yang Anda kelola')),
    tableSection('Desa', table, null, null, 'Unduhan CSV tersedia di halaman setiap desa.'));
  const refresh = async () => {
    const rows = await Promise.all(s.desaCodes.map(async (code) => {
      const [funnel, tuntas] = await Promise.all([getJson('/areas/' + code + '/funnel'), getJson('/desa/' + code + '/tuntas')]);
      return { desaCode: code, name: funnel.name, listed: funnel.households.listed,
        verifiedPoor: funnel.households.verifiedPoor, needsOpen: tuntas.needsOpen, tuntas: tuntas.status,
        freshness: tuntas.freshness };
    }));
    table.update(rows);
    freshness(rows[0]?.freshness);
    loaded();
  };
  await showLive(refresh, { concerns: (codes) => codes.some((c) => s.desaCodes.includes(c)) });
}

// started last: the constants above are initialised by now
const session = await start([...PROGRAMME, 'village-operator', 'opd', 'partner']);
if (session && !has(session, ...PROGRAMME, 'village-operator')) location.replace('/dasbor/aktor.html');
else if (session) {
  (has(session, ...PROGRAMME) ? regency() : ownDesa(session)).catch(failed);
}
