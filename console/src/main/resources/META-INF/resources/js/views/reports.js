// An organisation's periodic report: choose the organisation and the quarter (or any span of days),
// preview the printable page and the chart, download the PDF, the spreadsheet and the chart.

import {h, replace, field, select} from '../dom.js';
import {t, pick} from '../i18n.js';
import {get, blob, download, has, getSession, ApiError} from '../api.js';
import {onSubmit} from '../forms.js';

/** The last eight quarters, the one under way first. */
function quarters() {
  const now = new Date();
  let year = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3) + 1;
  const list = [];
  for (let i = 0; i < 8; i++) {
    list.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return list;
}

function quarterLabel(period) {
  const [year, q] = period.split('-Q');
  return t('quarterOf', {n: t('quarter_' + q), year});
}

export async function reportsPage(main, organisationId, period) {
  const session = getSession();
  const admin = has('admin');
  const organisations = admin ? await get('meetings', '/organisations?size=200').then(p => p.items || p) : [];
  const own = session.organisationId;
  const chosenOrganisation = organisationId || own || organisations[0]?.id;
  const all = quarters();
  const previous = all[1];
  const chosenPeriod = period || previous;

  const form = h('form', {class: 'card', id: 'report-form', novalidate: true},
    h('h2', {}, t('reportChoose')),
    admin ? field(t('organisation'), select('organisationId', organisations.map(o => [o.id, pick(o, 'name')]),
      chosenOrganisation)) : h('input', {type: 'hidden', name: 'organisationId', value: chosenOrganisation}),
    field(t('reportPeriod'), select('period', [...all.map(p => [p, quarterLabel(p)]), ['custom', t('reportCustom')]],
      all.includes(chosenPeriod) ? chosenPeriod : 'custom')),
    h('div', {class: 'two', id: 'report-span', hidden: all.includes(chosenPeriod)},
      field(t('reportFrom'), h('input', {type: 'date', name: 'from'})),
      field(t('reportTo'), h('input', {type: 'date', name: 'to'}))),
    h('button', {type: 'submit', class: 'primary'}, t('reportShow')));
  // Days of one's own choosing only for "another period".
  form.elements.period.addEventListener('change', () => {
    form.querySelector('#report-span').hidden = form.elements.period.value !== 'custom';
  });
  const preview = h('section', {class: 'card report-preview', id: 'report-preview', 'aria-live': 'polite'});
  replace(main, h('h1', {}, t('reports')), h('p', {class: 'hint'}, t('reportsHint')), form, preview);

  const query = () => {
    const p = form.elements.period.value;
    if (p === 'custom') {
      return `from=${encodeURIComponent(form.elements.from.value)}&to=${encodeURIComponent(form.elements.to.value)}`;
    }
    return `period=${encodeURIComponent(p)}`;
  };
  const show = async () => {
    const org = form.elements.organisationId.value;
    const base = `/organisations/${org}/report`;
    const q = query();
    // The page and the chart only: each document is the report built once more on the service.
    const [page, chart] = await Promise.all([
      blob('actions', `${base}/page?${q}`, 'text/html').then(b => b.text()),
      blob('actions', `${base}/chart?${q}`, 'image/svg+xml')]);
    const p = form.elements.period.value;
    const label = p === 'custom' ? `${form.elements.from.value}_${form.elements.to.value}` : p;
    const frame = h('iframe', {title: t('reportPreview'), class: 'report-frame', sandbox: '', id: 'report-frame'});
    frame.srcdoc = page;
    const chartUrl = URL.createObjectURL(chart);
    replace(preview,
      h('h2', {}, t('reportPreview')),
      h('div', {class: 'toolbar'},
        h('button', {type: 'button', id: 'download-pdf', onclick: () => download('actions', `${base}/pdf?${q}`,
          `report-${org}-${label}.pdf`, 'application/pdf')}, t('downloadPdf')),
        h('button', {type: 'button', id: 'download-csv', onclick: () => download('actions', `${base}/csv?${q}`,
          `report-${org}-${label}.csv`, 'text/csv')}, t('downloadCsv')),
        h('button', {type: 'button', id: 'download-chart', onclick: () => download('actions', `${base}/chart?${q}`,
          `report-${org}-${label}.svg`, 'image/svg+xml')}, t('downloadChart'))),
      frame,
      h('img', {src: chartUrl, alt: t('reportChart'), class: 'report-chart', id: 'report-chart'}));
    return true;
  };
  onSubmit(form, show, () => {});
  if (chosenOrganisation) {
    try {
      await show();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      replace(preview, h('p', {class: 'notice', role: 'alert'}, e.problem?.detail || e.message));
    }
  }
}
