// Numbers, dates and the programme's words in Bahasa Indonesia.

const NUMBER = new Intl.NumberFormat('id-ID');
const DECIMAL = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

export const num = (n) => (n === null || n === undefined ? '–' : NUMBER.format(n));
export const dec = (n) => (n === null || n === undefined ? '–' : DECIMAL.format(n));
export const pct = (x) => (x === null || x === undefined ? '–' : PERCENT.format(x));
export const rupiah = (n) => (n === null || n === undefined ? '–' : 'Rp ' + NUMBER.format(n));
export const date = (iso) => (iso ? DATE.format(new Date(iso)) : '–');
export const dateTime = (iso) => (iso ? DATE_TIME.format(new Date(iso)) : '–');
export const days = (n) => (n === null || n === undefined ? '–' : DECIMAL.format(n) + ' hari');

export const FUNNEL = {
  listed: 'Rumah tangga terdata',
  assessed: 'Sudah dinilai',
  foundPoor: 'Ditemukan miskin',
  verifiedPoor: 'Miskin terverifikasi',
  allNeedsMet: 'Semua kebutuhan terpenuhi',
};

export const CLASSES = {
  EXTREME_POOR: 'Miskin ekstrem',
  POOR: 'Miskin',
  NEAR_POOR: 'Hampir miskin',
  NOT_POOR: 'Tidak miskin',
};

export const STAGES = {
  identified: 'Teridentifikasi',
  planned: 'Direncanakan',
  resourced: 'Sumber daya siap',
  delivered: 'Tersalurkan',
  verified: 'Terverifikasi',
  disputed: 'Disanggah',
  cancelled: 'Dibatalkan',
  closed: 'Ditutup',
  open: 'Belum tuntas',
};

export const KINDS = {
  HOUSE_REPAIR: 'Rehab rumah',
  ELECTRICITY: 'Listrik',
  SANITATION: 'Sanitasi/jamban',
  EDUCATION: 'Pendidikan',
  HEALTH_COVER: 'Jaminan kesehatan',
  BUSINESS_CAPITAL: 'Modal usaha',
  SKILLS_TRAINING: 'Pelatihan keterampilan',
  FOOD_ASSISTANCE: 'Bantuan pangan',
};

export const TUNTAS = {
  OPEN: 'Belum tuntas',
  READY: 'Siap dinyatakan tuntas',
  DECLARED: 'Tuntas',
};

export const ACTOR_TYPES = {
  OPD: 'OPD',
  PEMDES: 'Pemerintah desa',
  CSR: 'CSR',
  BUMN: 'BUMN',
  BUMD: 'BUMD',
  BAZNAS: 'BAZNAS',
  LAZ: 'LAZ',
  NGO: 'LSM',
  UNIVERSITY: 'Perguruan tinggi',
  COMMUNITY: 'Masyarakat',
};

export const ACTOR_GROUPS = {
  GOVERNMENT: 'Pemerintah daerah (OPD)',
  VILLAGE: 'Pemerintah desa',
  CSR_BUMN_BUMD: 'CSR, BUMN, BUMD',
  ZAKAT: 'Zakat (BAZNAS, LAZ)',
  NGO: 'LSM',
  UNIVERSITY: 'Perguruan tinggi',
  COMMUNITY: 'Masyarakat',
};

export const FORUMS = {
  MUSYAWARAH_DESA: 'Musyawarah desa',
  MUSYAWARAH_KECAMATAN: 'Musyawarah kecamatan',
  TKPKD_COORDINATION: 'Rapat koordinasi TKPKD',
};

export const ROLES = {
  dinsos: 'Dinas Sosial',
  tkpkd: 'TKPKD',
  auditor: 'Auditor',
  'village-operator': 'Operator desa',
  opd: 'OPD',
  partner: 'Mitra',
};

/** A label from a table of words, or the code itself when the table does not know it. */
export const label = (words, code) => words[code] ?? code ?? '–';
