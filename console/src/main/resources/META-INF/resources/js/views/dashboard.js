// The follow-up dashboard: per meeting, organisation or country, completion and overdue at a glance.

import {h, bdi, replace} from '../dom.js';
import {t, pick, country, number} from '../i18n.js';
import {get} from '../api.js';

const STATUSES = ['DONE', 'IN_PROGRESS', 'OPEN', 'BLOCKED'];
const BY = {meetings: 'byMeeting', organisations: 'byOrganisation', countries: 'byCountry'};
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, String(v)));
  children.forEach(c => el.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}

/** A row's name: its label in the current language, else the directory's name for the organisation. */
function labeller(by, organisations) {
  return row => {
    if (by === 'countries') return country(row.key || row.countryCode);
    return pick(row, 'label') || pick(organisations.find(o => o.id === row.key), 'name') || row.key || '—';
  };
}

/** One stacked bar per row (done, in progress, open, blocked) under its name, completion and overdue beside it. */
function chart(rows, by, names) {
  const width = 640;
  const barHeight = 18;
  const gap = 50;
  const max = Math.max(1, ...rows.map(r => r.total - (r.byStatus.CANCELLED || 0)));
  const title = t('chartTitle', {by: t(BY[by]).toLocaleLowerCase()});
  const figure = svg('svg', {viewBox: `0 0 ${width} ${rows.length * gap + 6}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc',
    class: 'chart', preserveAspectRatio: 'xMinYMin meet'},
  svg('title', {id: 'chart-title'}, title),
  svg('desc', {id: 'chart-desc'}, rows.map(r => `${names(r)}: ${STATUSES.map(s => `${t('status_' + s)} ${r.byStatus[s] || 0}`).join(', ')}; ${t('late')} ${r.overdue}`).join('. ')));
  // Bars grow from the start side: the right in Arabic, the left in English; text anchors at its start.
  const rtl = document.documentElement.dir === 'rtl';
  const at = (x, w = 0) => (rtl ? width - x - w : x);
  const scale = (width - 150) / max;
  rows.forEach((r, i) => {
    const y = i * gap + 4;
    figure.append(svg('text', {x: at(0), y: y + 13, class: 'bar-name', 'text-anchor': 'start'}, names(r)));
    let x = 0;
    STATUSES.forEach(s => {
      const w = (r.byStatus[s] || 0) * scale;
      if (w > 0) figure.append(svg('rect', {x: at(x, w), y: y + 20, width: w, height: barHeight, class: `bar bar-${s}`}));
      x += w;
    });
    figure.append(svg('text', {x: at(x + 8), y: y + 34, class: r.overdue ? 'bar-label late' : 'bar-label', 'text-anchor': 'start'},
      `${number(r.completionRate ?? 0, 'percent')}${r.overdue ? ` · ${t('late')} ${number(r.overdue)}` : ''}`));
  });
  return h('figure', {class: 'chart-box'}, figure,
    h('figcaption', {}, title, h('ul', {class: 'legend'}, STATUSES.map(s => h('li', {}, h('span', {class: `swatch bar-${s}`}), t('status_' + s))))));
}

/** A side of a pair: its owner, status and progress, marked when late. */
function side(s) {
  return h('td', {class: s.overdue ? 'late' : null},
    bdi(pick(s, 'name') || pick(s, 'title') || ''), ' · ', s.countryCode || '', h('br'),
    h('span', {class: `tag st-${s.status}`}, t('status_' + s.status)), ' ', bdi(`${s.progress}%`),
    s.overdue ? h('span', {class: 'hint'}, ' (', t('oldestLate', {days: number(s.daysOverdue)}), ')') : null);
}

/** Each decision's lead beside its counterpart, late pairs first, with which side is late. */
function pairsTable(pairs) {
  if (!pairs.length) return null;
  return h('section', {class: 'card', 'aria-labelledby': 'h-pairs'}, h('h2', {id: 'h-pairs'}, t('pairs')),
    h('div', {class: 'table-wrap'}, h('table', {class: 'list', id: 'pairs-table'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('decision')), h('th', {scope: 'col'}, t('lead')),
        h('th', {scope: 'col'}, t('counterpart')), h('th', {scope: 'col'}, t('lateSide')))),
      h('tbody', {}, pairs.map(p => h('tr', {class: p.late !== 'NONE' ? 'has-late' : null, dataset: {late: p.late}},
        h('th', {scope: 'row'}, h('a', {href: `#/actions/${p.lead.actionId}`, dir: 'auto'}, pick(p, 'title'))),
        side(p.lead), side(p.counterpart),
        h('td', {class: 'late-side'}, t('lateSide_' + p.late))))))));
}

export async function dashboardPage(main, by) {
  const [rows, organisations, pairs] = await Promise.all([get('actions', `/dashboard/${by}`),
    by === 'organisations' ? get('meetings', '/organisations?size=200').then(p => p.items) : [],
    get('actions', '/dashboard/pairs')]);
  const label = labeller(by, organisations);
  const tabs = h('nav', {class: 'tabs', 'aria-label': t('dashboard')}, Object.entries(BY).map(([key, text]) =>
    h('a', {href: `#/dashboard/${key}`, 'aria-current': key === by ? 'page' : null, class: key === by ? 'current' : null}, t(text))));
  const table = h('div', {class: 'table-wrap'}, h('table', {class: 'list dashboard', id: 'dashboard-table'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t(BY[by])), h('th', {scope: 'col'}, t('total')),
      STATUSES.map(s => h('th', {scope: 'col'}, t('status_' + s))), h('th', {scope: 'col'}, t('late')),
      h('th', {scope: 'col'}, t('completion')), h('th', {scope: 'col'}, t('verified')),
      h('th', {scope: 'col'}, t('awaitingVerification')))),
    h('tbody', {}, rows.map(r => h('tr', {class: r.overdue ? 'has-late' : null, dataset: {key: r.key || ''}},
      h('th', {scope: 'row'}, by === 'meetings' && r.key ? h('a', {href: `#/meetings/${r.key}`}, bdi(label(r))) : bdi(label(r))),
      h('td', {}, number(r.total)),
      STATUSES.map(s => h('td', {}, number(r.byStatus[s] || 0))),
      h('td', {class: r.overdue ? 'late' : null}, number(r.overdue),
        r.oldestOverdue ? h('span', {class: 'hint'}, ' (', t('oldestLate', {days: number(r.oldestOverdue.daysOverdue)}), ')') : null),
      h('td', {}, r.completionRate == null ? '—' : number(r.completionRate, 'percent')),
      h('td', {class: 'verified'}, number(r.verified ?? 0)),
      h('td', {class: 'awaiting'}, number(r.awaitingVerification ?? 0)))))));
  replace(main, h('h1', {}, t('dashboard')), tabs,
    rows.length ? [chart(rows, by, label), table] : h('p', {}, t('nothing')),
    pairsTable(pairs));
}
