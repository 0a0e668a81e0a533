// Tables: a header from the columns, one row per item; every cell carries its field (data-key) and raw value
// (data-value), so what the page shows can be checked against the API and its CSV.
import { h, fill } from './dom.js';
import { csvButton } from './csv.js';

/**
 * columns: [{ key, label, value?: (row) => raw, show?: (raw, row) => text or Node, numeric?: bool }]
 * Returns the <table>; call update(rows) again on a refresh.
 */
export function dataTable(name, columns) {
  const tbody = h('tbody');
  const table = h('table', { class: 'striped', 'data-table': name },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    tbody);
  table.update = (rows, groupBy) => {
    const trs = [];
    let group;
    for (const row of rows) {
      if (groupBy && groupBy(row) !== group) {
        group = groupBy(row);
        trs.push(h('tr', { class: 'group' }, h('th', { colspan: columns.length, scope: 'rowgroup' }, group)));
      }
      trs.push(h('tr', { 'data-row': '' }, columns.map((c) => cell(c, row))));
    }
    if (rows.length === 0) trs.push(h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, 'Belum ada data.')));
    fill(tbody, trs);
  };
  return table;
}

function cell(column, row) {
  const raw = column.value ? column.value(row) : row[column.key];
  const shown = column.show ? column.show(raw, row) : raw ?? '–';
  const value = raw === null || raw === undefined ? '' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  return h('td', { 'data-key': column.key, 'data-value': value, class: column.numeric ? 'num' : null }, shown);
}

/** A titled section holding a table that scrolls sideways on a phone, with its "Unduh CSV" button. */
export function tableSection(title, table, csvPath, fileName, note) {
  return h('section', { class: 'table-section' },
    h('div', { class: 'section-head' }, h('h3', {}, title), csvPath ? csvButton(csvPath, fileName) : null),
    note ? h('p', { class: 'note' }, note) : null,
    h('div', { class: 'overflow-auto' }, table));
}

/** A figure: its label, and its value shown formatted, with the raw value in data-value. */
export function figure(field, labelText, raw, shown) {
  return h('article', { class: 'figure' },
    h('small', {}, labelText),
    h('strong', { 'data-field': field, 'data-value': raw ?? '' }, shown ?? String(raw ?? '–')));
}
