// /dasbor/kolaborasi.html: the collaboration indicators (Ansell & Gash), for the regency, a kecamatan or a desa, a
// cohort and a period, with charts.
import { h, fill, $, param } from './dom.js';
import { getJson, withQuery } from './api.js';
import { start, failed, freshness, loaded, PROGRAMME } from './shell.js';
import { dataTable, tableSection, figure } from './table.js';
import { showLive } from './live.js';
import { draw } from './charts.js';
import { num, dec, pct, rupiah, days, ACTOR_GROUPS, ACTOR_TYPES, FORUMS, KINDS, label } from './format.js';


const INTERVALS = { MONTH: 'Bulanan', QUARTER: 'Triwulanan', YEAR: 'Tahunan' };

async function page() {
  const [desa, cohorts] = await Promise.all([getJson('/areas/33.14/desa?size=500').catch(() => ({ items: [] })),
    getJson('/cohorts').catch(() => [])]);
  const kecamatan = new Map(desa.items.map((d) => [d.kecamatanCode, d.kecamatanName]));
  const filters = h('form', { class: 'filters' },
    h('label', {}, 'Wilayah', h('select', { name: 'area' }, h('option', { value: '' }, 'Kabupaten Sragen'),
      [...kecamatan].sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''))
        .map(([k, v]) => h('option', { value: k }, 'Kecamatan ' + (v ?? k))))),
    h('label', {}, 'Angkatan', h('select', { name: 'cohort' }, h('option', { value: '' }, 'Semua angkatan'),
      cohorts.map((c) => h('option', { value: c.intakeYear }, 'Angkatan ' + c.intakeYear)))),
    h('label', {}, 'Dari', h('input', { type: 'date', name: 'from' })),
    h('label', {}, 'Sampai', h('input', { type: 'date', name: 'to' })),
    h('label', {}, 'Interval', h('select', { name: 'interval' },
      Object.entries(INTERVALS).map(([k, v]) => h('option', { value: k }, v)))));
  for (const name of ['area', 'cohort', 'from', 'to', 'interval']) if (param(name)) filters[name].value = param(name);
  const query = () => ({ area: filters.area.value, cohort: filters.cohort.value, from: filters.from.value,
    to: filters.to.value, interval: filters.interval.value });
  const path = () => withQuery('/indicators/collaboration', query());

  const figures = h('div', { class: 'figures' });
  const shareChart = h('canvas', { id: 'grafik-bagian', role: 'img', 'aria-label': 'Bagian sumber daya per jenis aktor' });
  const venueChart = h('canvas', { id: 'grafik-forum', role: 'img', 'aria-label': 'Tempat keputusan diambil' });
  const timeChart = h('canvas', { id: 'grafik-waktu', role: 'img', 'aria-label': 'Indikator dari waktu ke waktu' });
  const share = dataTable('bagian-sumber-daya', [
    { key: 'actorType', label: 'Jenis aktor', show: (t) => label(ACTOR_GROUPS, t) },
    { key: 'rupiah', label: 'Rupiah', numeric: true, show: rupiah },
    { key: 'units', label: 'Unit', numeric: true, show: num },
    { key: 'interventions', label: 'Intervensi', numeric: true, show: num },
    { key: 'share', label: 'Bagian', numeric: true, show: pct },
  ]);
  const participation = dataTable('partisipasi-forum', [
    { key: 'name', label: 'Aktor', show: (n, r) => n ?? r.actorId },
    { key: 'type', label: 'Jenis', show: (t) => label(ACTOR_TYPES, t) },
    { key: 'invited', label: 'Diundang', numeric: true, show: num },
    { key: 'attended', label: 'Hadir', numeric: true, show: num },
    { key: 'absentWithoutNotice', label: 'Tanpa keterangan', numeric: true, show: num },
    { key: 'rate', label: 'Tingkat kehadiran', numeric: true, show: pct },
  ]);
  const gaps = dataTable('tanpa-penanggung-jawab', [
    { key: 'kind', label: 'Jenis kebutuhan', show: (k) => label(KINDS, k) },
    { key: 'areaCode', label: 'Wilayah' },
  ]);
  const overTime = dataTable('dari-waktu-ke-waktu', [
    { key: 'period', label: 'Periode' },
    { key: 'resourcesRupiah', label: 'Sumber daya', numeric: true, show: rupiah },
    { key: 'deliveries', label: 'Penyaluran', numeric: true, show: num },
    { key: 'disputes', label: 'Sanggahan', numeric: true, show: num },
    { key: 'forums', label: 'Forum', numeric: true, show: num },
  ]);
  fill($('#isi'),
    h('hgroup', {}, h('h1', {}, 'Indikator kolaborasi'), h('p', {}, 'Tata kelola kolaboratif: sumber daya, forum, keputusan, janji, sanggahan')),
    filters, figures,
    h('div', { class: 'grid charts' },
      h('figure', {}, h('figcaption', {}, 'Bagian sumber daya per jenis aktor'), h('div', { class: 'chart' }, shareChart)),
      h('figure', {}, h('figcaption', {}, 'Tempat keputusan diambil'), h('div', { class: 'chart' }, venueChart))),
    h('figure', {}, h('figcaption', {}, 'Dari waktu ke waktu'), h('div', { class: 'chart' }, timeChart)),
    tableSection('Bagian sumber daya per jenis aktor', share, path, 'bagian-sumber-daya'),
    tableSection('Partisipasi forum per aktor', participation, path, 'partisipasi-forum'),
    tableSection('Jenis dan wilayah tanpa penanggung jawab utama', gaps, path, 'matriks-tanpa-penanggung-jawab'),
    tableSection('Dari waktu ke waktu', overTime, path, 'kolaborasi-per-periode'),
    definitions());

  const refresh = async () => {
    const c = await getJson(path());
    const pf = c.pledgeFulfilment ?? {};
    fill(figures,
      figure('pledgeFulfilment.ratio', 'Pemenuhan janji (terpakai ÷ dijanjikan)', pf.ratio, pct(pf.ratio)),
      figure('pledgeFulfilment.daysToFulfilP50', 'Waktu pemenuhan (median)', pf.daysToFulfilP50, days(pf.daysToFulfilP50)),
      figure('disputesPerHundredDeliveries', 'Sanggahan per 100 penyaluran', c.disputesPerHundredDeliveries, dec(c.disputesPerHundredDeliveries)),
      figure('matrixCoverage.coverage', 'Cakupan matriks tanggung jawab', c.matrixCoverage?.coverage, pct(c.matrixCoverage?.coverage)));
    share.update(c.resourceShareByActorType ?? []);
    participation.update(c.forumParticipation ?? []);
    gaps.update(c.matrixCoverage?.kindsAreasWithoutLead ?? []);
    overTime.update(c.overTime ?? []);
    freshness(c.freshness);
    const venues = c.decisionVenues ?? {};
    const ot = c.overTime ?? [];
    await Promise.all([
      draw(shareChart, 'doughnut', (c.resourceShareByActorType ?? []).map((r) => label(ACTOR_GROUPS, r.actorType)),
        [{ label: 'Rupiah', data: (c.resourceShareByActorType ?? []).map((r) => r.rupiah) }]),
      draw(venueChart, 'bar', Object.keys(venues).map((k) => label(FORUMS, k)), [{ label: 'Keputusan', data: Object.values(venues) }]),
      draw(timeChart, 'line', ot.map((r) => r.period), [
        { label: 'Penyaluran', data: ot.map((r) => r.deliveries) },
        { label: 'Sanggahan', data: ot.map((r) => r.disputes) },
        { label: 'Forum', data: ot.map((r) => r.forums) },
      ]),
    ]);
    loaded();
  };
  await showLive(refresh, { filters, query, onError: failed });
}

function definitions() {
  const d = (term, text) => [h('dt', {}, term), h('dd', {}, text)];
  return h('details', { class: 'definitions' }, h('summary', {}, 'Definisi indikator'), h('dl', {},
    d('Bagian sumber daya', 'Rupiah yang tersalurkan per kelompok aktor dibagi seluruh rupiah tersalurkan (peristiwa InterventionPlanned dan DeliveryReported).'),
    d('Partisipasi forum', 'Kehadiran (hadir atau diwakilkan) dibagi undangan, per aktor (ActorsInvited, AttendanceRecorded).'),
    d('Tempat keputusan', 'Jumlah keputusan menurut jenis forum yang mengambilnya (DecisionRecorded).'),
    d('Pemenuhan janji', 'Rupiah terpakai dibagi rupiah yang dijanjikan dan diterima; waktu pemenuhan: median hari dari janji diterima sampai terpakai penuh (PledgeAccepted, ReservationConsumed).'),
    d('Sanggahan per 100 penyaluran', 'Sanggahan atas penyaluran dibagi penyaluran, dikali 100 (DeliveryDisputed, DeliveryReported).'),
    d('Cakupan matriks', 'Bagian pasangan jenis kebutuhan dan wilayah yang punya penanggung jawab utama (ResponsibilityAssigned, ResponsibilityCleared).')));
}

// started last: the constants above are initialised by now
const session = await start(PROGRAMME);
if (session) page().catch(failed);
