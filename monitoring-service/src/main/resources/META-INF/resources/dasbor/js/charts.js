// Chart.js, loaded only by the pages that draw (from its WebJar); one chart per canvas, updated in place.

let loading;

export function chartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/webjars/chart.js/dist/chart.umd.min.js';
    s.onload = () => resolve(window.Chart);
    s.onerror = () => reject(new Error('Chart.js tidak termuat'));
    document.head.append(s);
  });
  return loading;
}

export const PALETTE = ['#1f77b4', '#2ca02c', '#ff7f0e', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf'];

/** Draws (or redraws) a chart of the given type on the canvas. */
export async function draw(canvas, type, labels, datasets, options = {}) {
  const Chart = await chartJs();
  const data = {
    labels,
    datasets: datasets.map((d, i) => ({
      backgroundColor: type === 'doughnut' || type === 'pie' ? PALETTE : PALETTE[i % PALETTE.length],
      borderColor: type === 'line' ? PALETTE[i % PALETTE.length] : undefined,
      ...d,
    })),
  };
  const existing = Chart.getChart(canvas);
  if (existing) {
    existing.data = data;
    existing.update();
    return existing;
  }
  return new Chart(canvas, {
    type,
    data,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'id-ID',
      plugins: { legend: { display: datasets.length > 1 || type === 'doughnut' } },
      ...options,
    },
  });
}
