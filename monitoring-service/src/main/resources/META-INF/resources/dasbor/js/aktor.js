// /dasbor/aktor.html: actor scorecards. Programme staff see the list (filter by type) and any actor's card
// (?id=…); an office or a partner sees its own card.
import { h, fill, $, param } from './dom.js';
import { getJson, withQuery } from './api.js';
import { start, has, failed, freshness, loaded, PROGRAMME } from './shell.js';
import { dataTable, tableSection, figure } from './table.js';
import { showLive } from './live.js';
import { draw } from './charts.js';
import { num, rupiah, pct, days, ACTOR_TYPES, label } from './format.js';


async function list() {
  const filters = h('form', { class: 'filters' },
    h('label', {}, 'Jenis aktor', h('select', { name: 'type' }, h('option', { value: '' }, 'Semua jenis'),
      Object.entries(ACTOR_TYPES).map(([k, v]) => h('option', { value: k }, v)))));
  filters.type.value = param('type') ?? '';
  const table = dataTable('kinerja', [
    { key: 'name', label: 'Aktor', show: (n, r) => h('a', { href: '/dasbor/aktor.html?id=' + encodeURIComponent(r.partnerId) }, n ?? r.partnerId) },
    { key: 'type', label: 'Jenis', show: (t) => label(ACTOR_TYPES, t) },
    { key: 'pledged', label: 'Dijanjikan', numeric: true, value: (r) => r.pledged?.rupiah, show: rupiah },
    { key: 'consumed', label: 'Terpakai', numeric: true, value: (r) => r.consumed?.rupiah, show: rupiah },
    { key: 'delivered', label: 'Tersalurkan', numeric: true, value: (r) => r.delivered?.rupiah, show: rupiah },
    { key: 'verified', label: 'Terverifikasi', numeric: true, value: (r) => r.verified?.rupiah, show: rupiah },
    { key: 'interventions', label: 'Intervensi', numeric: true, show: num },
    { key: 'overdue', label: 'Terlambat', numeric: true, show: num },
    { key: 'disputes', label: 'Sanggahan', numeric: true, show: num },
    { key: 'attendanceRate', label: 'Kehadiran forum', numeric: true, value: (r) => r.forums?.attendanceRate, show: pct },
  ]);
  const path = () => withQuery('/scorecards', { type: filters.type.value, size: 500 });
  fill($('#isi'), h('hgroup', {}, h('h1', {}, 'Kinerja aktor'), h('p', {}, 'OPD dan mitra: sumber daya, penyaluran, waktu, dan kehadiran forum')),
    filters, tableSection('Kartu kinerja', table, path, 'kinerja-aktor'));
  const refresh = async () => {
    const page = await getJson(path());
    table.update(page.items);
    freshness(page.freshness);
    loaded();
  };
  await showLive(refresh, { filters, query: () => ({ type: filters.type.value }), onError: failed });
}

const STAGES = { pledged: 'Dijanjikan', reserved: 'Dicadangkan', consumed: 'Terpakai', delivered: 'Tersalurkan', verified: 'Terverifikasi' };

async function card(path) {
  const title = h('h1', {}, 'Kinerja aktor');
  const sub = h('p', {});
  const figures = h('div', { class: 'figures' });
  const chart = h('canvas', { id: 'grafik-sumber-daya', role: 'img', 'aria-label': 'Grafik sumber daya per tahap' });
  const stages = dataTable('sumber-daya', [
    { key: 'stage', label: 'Tahap', show: (s) => STAGES[s] },
    { key: 'rupiah', label: 'Rupiah', numeric: true, show: rupiah },
    { key: 'units', label: 'Unit', numeric: true, show: num },
  ]);
  const back = path.endsWith('/mine') ? null : h('p', {}, h('a', { href: '/dasbor/aktor.html' }, '← Semua aktor'));
  fill($('#isi'), back, h('hgroup', {}, title, sub), figures, h('div', { class: 'chart' }, chart),
    tableSection('Sumber daya per tahap', stages, () => path, 'kinerja'));
  const refresh = async () => {
    const c = await getJson(path);
    fill(title, c.name ?? c.partnerId);
    fill(sub, label(ACTOR_TYPES, c.type));
    fill(figures,
      figure('interventions', 'Intervensi', c.interventions, num(c.interventions)),
      figure('overdue', 'Terlambat', c.overdue, num(c.overdue)),
      figure('disputes', 'Sanggahan', c.disputes, num(c.disputes)),
      figure('planToDeliveryDays.p50', 'Rencana → salur (median)', c.planToDeliveryDays?.p50, days(c.planToDeliveryDays?.p50)),
      figure('planToDeliveryDays.p90', 'Rencana → salur (p90)', c.planToDeliveryDays?.p90, days(c.planToDeliveryDays?.p90)),
      figure('deliveryToVerificationDays.p50', 'Salur → verifikasi (median)', c.deliveryToVerificationDays?.p50, days(c.deliveryToVerificationDays?.p50)),
      figure('deliveryToVerificationDays.p90', 'Salur → verifikasi (p90)', c.deliveryToVerificationDays?.p90, days(c.deliveryToVerificationDays?.p90)),
      figure('forums.attendanceRate', 'Kehadiran forum', c.forums?.attendanceRate,
        pct(c.forums?.attendanceRate) + ' (' + num(c.forums?.attended) + ' dari ' + num(c.forums?.invited) + ')'),
      figure('forums.absentWithoutNotice', 'Absen tanpa keterangan', c.forums?.absentWithoutNotice, num(c.forums?.absentWithoutNotice)));
    const rows = Object.keys(STAGES).map((s) => ({ stage: s, rupiah: c[s]?.rupiah, units: c[s]?.units }));
    stages.update(rows);
    freshness(c.freshness);
    await draw(chart, 'bar', Object.values(STAGES), [{ label: 'Rupiah', data: rows.map((r) => r.rupiah ?? 0) }]);
    loaded();
  };
  await showLive(refresh);
}

// started last: the constants above are initialised by now
const session = await start([...PROGRAMME, 'opd', 'partner']);
if (session) {
  const id = param('id');
  (has(session, ...PROGRAMME) ? (id ? card('/scorecards/' + encodeURIComponent(id)) : list()) : card('/scorecards/mine'))
    .catch(failed);
}
