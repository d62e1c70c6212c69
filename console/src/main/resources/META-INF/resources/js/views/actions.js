// The official's pages: "my actions" by status, and one action with its status, progress,
// comments, evidence links and history.

import {h, bdi, replace, field, select} from '../dom.js';
import {t, pick, dateTime, date} from '../i18n.js';
import {get, post, del, has, getSession} from '../api.js';
import {onSubmit, text, editing} from '../forms.js';
import {toast, live, safely} from '../app.js';

const COLUMNS = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
const NEXT = {
  OPEN: ['IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['BLOCKED', 'DONE', 'CANCELLED'],
  BLOCKED: ['OPEN', 'IN_PROGRESS', 'CANCELLED'],
  DONE: ['OPEN', 'IN_PROGRESS'],
  CANCELLED: [],
};

function verificationTag(a) {
  return a.verification ? h('span', {class: `tag verif-${a.verification}`, dataset: {verification: a.verification}},
    t('verif_' + a.verification)) : null;
}

function dueLine(a) {
  if (!a.dueDate) return h('span', {class: 'due'}, t('noDue'));
  const dayOff = a.dueOnWorkingDay === false
    ? h('span', {class: 'hint day-off'}, ' (', a.dueDayHolidayAr ? t('dueOnHoliday', {name: pick(a, 'dueDayHoliday')})
      : t('dueOnWeekend'), ')') : null;
  return h('span', {class: a.overdue ? 'due overdue' : 'due'},
    h('time', {datetime: a.dueDate}, t('due', {date: date(a.dueDate)})), dayOff,
    a.overdue ? [' ', h('strong', {class: 'overdue-flag'}, t('overdue'))] : null);
}

export async function boardPage(main) {
  const hash = location.hash;
  const render = async () => {
    const page = await get('actions', '/actions/mine?size=200');
    if (location.hash !== hash) return;
    const columns = [...COLUMNS];
    if (page.items.some(a => a.status === 'CANCELLED')) columns.push('CANCELLED');
    const card = a => h('li', {class: `action-card${a.overdue ? ' is-overdue' : ''}`, dataset: {id: a.id, status: a.status}},
      h('a', {href: `#/actions/${a.id}`, class: 'action-title', dir: 'auto'}, pick(a, 'title')),
      dueLine(a),
      h('span', {class: 'progress-line'}, h('progress', {max: 100, value: a.progress, 'aria-label': t('progress')}),
        ' ', bdi(`${a.progress}%`)),
      a.priority && a.priority !== 'NORMAL' ? h('span', {class: `tag prio-${a.priority}`}, t('prio_' + a.priority)) : null,
      verificationTag(a));
    replace(main,
      h('h1', {}, t('myActions')),
      h('div', {class: 'board'}, columns.map(status => {
        const items = page.items.filter(a => a.status === status)
          .sort((x, y) => (x.dueDate || '9999').localeCompare(y.dueDate || '9999'));
        return h('section', {class: `column column-${status}`, 'aria-labelledby': `col-${status}`, dataset: {status}},
          h('h2', {id: `col-${status}`}, t('status_' + status), ' ', h('span', {class: 'count'}, bdi(String(items.length)))),
          items.length ? h('ul', {}, items.map(card)) : h('p', {class: 'hint'}, t('boardEmpty')));
      })));
  };
  await render();
  live(n => (!n || n.actionId) && render());
}

/** The other side of a lead and counterpart pair: who, where their action stands, how far it is. */
function pairCard(pair) {
  if (!pair) return null;
  const o = pair.counterpartOwner || {};
  return h('section', {class: 'card', id: 'pair-card', 'aria-labelledby': 'h-pair', dataset: {side: pair.side}},
    h('h2', {id: 'h-pair'}, t(pair.side === 'LEAD' ? 'yourCounterpart' : 'yourLead')),
    h('dl', {class: 'facts'},
      h('dt', {}, t('owner')), h('dd', {class: 'pair-owner'}, bdi(pick(o, 'name') || pick(o, 'title') || ''),
        o.countryCode ? [' · ', o.countryCode] : null),
      h('dt', {}, t('status')), h('dd', {class: 'pair-status'},
        h('span', {class: `tag st-${pair.status}`}, t('status_' + pair.status)), ' ', verificationTag(pair),
        pair.overdue ? [' ', h('span', {class: 'tag late'}, t('late'))] : null),
      h('dt', {}, t('dueDate')), h('dd', {}, pair.dueDate ? date(pair.dueDate) : t('noDueDate')),
      h('dt', {}, t('progress')), h('dd', {class: 'pair-progress'},
        h('progress', {max: 100, value: pair.progress, 'aria-label': t('progress')}), ' ', bdi(`${pair.progress}%`))));
}

/**
 * Giving the action to someone else: the secretariat to any active official, with a reason; a focal
 * point of the organisation that owns it (no person yet) hands it to a person of that organisation.
 */
async function reassignCard(a, saved) {
  if (!['OPEN', 'IN_PROGRESS', 'BLOCKED'].includes(a.status)) return null;
  const session = getSession();
  const owner = a.owner || {};
  let candidates = null;
  let handOver = false;
  if (has('secretariat') || has('admin')) {
    candidates = (await get('meetings', '/officials?active=true&size=200')).items;
  } else if (owner.kind === 'ORGANISATION' && session?.officialId) {
    const focal = await get('actions', `/organisations/${owner.organisationId}/focal-points`).catch(() => null);
    if (focal?.focalPoints.some(f => f.officialId === session.officialId)) {
      candidates = (await get('meetings', `/officials?organisationId=${owner.organisationId}&active=true&size=200`)).items;
      handOver = true;
    }
  }
  if (!candidates) return null;
  const form = h('form', {class: 'card', id: 'reassign-form', novalidate: true, dataset: {handOver: String(handOver)}},
    h('h2', {}, t(handOver ? 'handOver' : 'reassign')),
    h('p', {class: 'hint'}, t(handOver ? 'handOverHint' : 'reassignHint')),
    field(t('newOwner'), select('officialId', [['', t('choose')], ...candidates
      .filter(o => o.id !== owner.officialId)
      .map(o => [o.id, `${pick(o, 'name') || pick(o, 'title')} — ${pick(o, 'title')}`])], '')),
    field(t('reassignReason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit', class: 'primary'}, t(handOver ? 'handOver' : 'reassign')));
  onSubmit(form, () => post('actions', `/actions/${a.id}/reassignment`,
    {officialId: form.elements.officialId.value || null, reason: text(form, 'reason')}), saved);
  return form;
}

/**
 * The recording secretariat's view of the signed links given for the action (to focal points with no
 * account): to whom, until when, last used; each live one can be revoked. None for whoever may not see them.
 */
async function linksCard(a, reload) {
  if (!has('secretariat') && !has('admin')) return null;
  let links;
  try {
    links = await get('actions', `/actions/${a.id}/links`);
  } catch {
    return null;
  }
  if (!links.length && a.owner?.kind !== 'ORGANISATION') return null;
  return h('section', {'aria-labelledby': 'h-links', class: 'card', id: 'links'}, h('h2', {id: 'h-links'}, t('links')),
    h('p', {class: 'hint'}, t('linksHint')),
    links.length ? h('ul', {class: 'links'}, links.map(l => h('li', {dataset: {link: l.id, state: l.state}},
      h('bdi', {dir: 'ltr'}, l.email), l.nameAr || l.nameEn ? [' — ', bdi(pick(l, 'name'))] : null, ' ',
      h('span', {class: `tag link-${l.state}`}, t('linkState_' + l.state)), h('br'),
      h('span', {class: 'hint'}, t('linkIssued', {date: dateTime(l.issuedAt)}), ' · ',
        l.revokedAt ? t('linkRevokedAt', {date: dateTime(l.revokedAt)}) : t('linkExpires', {date: dateTime(l.expiresAt)}),
        l.lastUsedAt ? [' · ', t('linkUsed', {date: dateTime(l.lastUsedAt)})] : null),
      l.state === 'LIVE' ? [' ', h('button', {type: 'button', class: 'revoke-link', onclick: safely(async () => {
        if (!window.confirm(t('revokeLinkConfirm'))) return;
        await del('actions', `/actions/${a.id}/links/${l.id}`);
        toast(t('linkRevoked'));
        await reload();
      })}, t('revokeLink'))] : null)))
      : h('p', {class: 'hint'}, t('noLinks')));
}

export async function actionPage(main, id) {
  await renderAction(main, id);
  // News about this action shows at once, unless it would throw away what is being typed (a save reloads anyway).
  live(n => (!n || n.actionId === id) && !editing(main) && renderAction(main, id));
}

async function renderAction(main, id) {
  const [a, comments, attachments, history] = await Promise.all([
    get('actions', `/actions/${id}`), get('actions', `/actions/${id}/comments?size=200`).then(p => p.items),
    get('actions', `/actions/${id}/attachments?size=200`).then(p => p.items),
    get('actions', `/actions/${id}/history?size=200`).then(p => p.items)]);
  const reload = () => renderAction(main, id);
  const saved = async () => {
    toast(t('saved'));
    await reload();
  };

  const statusForm = h('form', {class: 'card', id: 'status-form', novalidate: true},
    h('h2', {}, t('changeStatus')),
    field(t('reason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
    h('div', {class: 'toolbar'}, NEXT[a.status].map(next => h('button', {
      type: 'submit', value: next, class: next === 'DONE' ? 'primary' : null, dataset: {status: next},
    }, next === 'DONE' ? t('markDone') : next === 'IN_PROGRESS' && a.status === 'OPEN' ? t('start')
      : t('moveTo', {status: t('status_' + next)})))));
  onSubmit(statusForm, event => post('actions', `/actions/${id}/status`,
    {status: event.submitter?.value, reason: text(statusForm, 'reason')}), saved);

  // The recording secretariat checks the evidence of a done action: verifies it or returns it with a reason.
  const verifyForm = a.verification === 'AWAITING' && (has('secretariat') || has('admin'))
    ? h('form', {class: 'card', id: 'verify-form', novalidate: true},
      h('h2', {}, t('verification')),
      h('p', {class: 'hint'}, t('verifyHint')),
      field(t('returnReason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
      h('div', {class: 'toolbar'},
        h('button', {type: 'submit', value: 'verify', class: 'primary', dataset: {verdict: 'verify'}}, t('verify')),
        h('button', {type: 'submit', value: 'return', dataset: {verdict: 'return'}}, t('returnAction'))))
    : null;
  if (verifyForm) {
    onSubmit(verifyForm, event => (event.submitter?.value === 'verify'
      ? post('actions', `/actions/${id}/verification`)
      : post('actions', `/actions/${id}/return`, {reason: text(verifyForm, 'reason')})), saved);
  }

  const progressForm = h('form', {class: 'card', id: 'progress-form', novalidate: true},
    h('h2', {}, t('progress')),
    field(t('progress'), h('input', {type: 'number', name: 'percent', min: 0, max: 100, step: 5, value: a.progress})),
    field(t('progressNote'), h('textarea', {name: 'text', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit'}, t('reportProgress')));
  onSubmit(progressForm, () => {
    const value = progressForm.elements.percent.value;
    return post('actions', `/actions/${id}/progress`,
      {percent: value === '' ? null : Number(value), text: text(progressForm, 'text')});
  }, saved);

  const commentForm = h('form', {class: 'inline-form', id: 'comment-form', novalidate: true},
    field(t('comment'), h('textarea', {name: 'text', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit'}, t('addComment')));
  onSubmit(commentForm, () => post('actions', `/actions/${id}/comments`, {text: text(commentForm, 'text')}), reload);

  const evidenceForm = h('form', {class: 'inline-form', id: 'evidence-form', novalidate: true},
    field(t('evidenceUrl'), h('input', {type: 'url', name: 'url', dir: 'ltr', inputmode: 'url'})),
    field(t('evidenceTitle'), h('input', {name: 'title', dir: 'auto'})),
    h('button', {type: 'submit'}, t('attachEvidence')));
  onSubmit(evidenceForm, () => post('actions', `/actions/${id}/attachments`,
    {url: evidenceForm.elements.url.value.trim(), title: text(evidenceForm, 'title')}), reload);

  const owner = a.owner || {};
  const reassignForm = await reassignCard(a, saved);
  const links = await linksCard(a, reload);
  replace(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/actions'}, t('myActions')), ' · ',
      h('a', {href: `#/meetings/${a.meetingId}`}, t('meeting'))),
    h('h1', {dir: 'auto'}, pick(a, 'title')),
    h('dl', {class: 'facts'},
      h('dt', {}, t('status')), h('dd', {id: 'action-status'}, h('span', {class: `tag st-${a.status}`}, t('status_' + a.status)),
        ' ', verificationTag(a), a.statusReason ? [' — ', bdi(a.statusReason)] : null),
      h('dt', {}, t('dueDate')), h('dd', {}, dueLine(a)),
      h('dt', {}, t('owner')), h('dd', {}, owner.kind === 'ORGANISATION' ? bdi(pick(owner, 'organisationName'))
        : [bdi(pick(owner, 'name')), owner.titleAr || owner.titleEn ? [' — ', bdi(pick(owner, 'title'))] : null]),
      h('dt', {}, t('priority')), h('dd', {}, t('prio_' + a.priority)),
      h('dt', {}, t('progress')), h('dd', {}, h('progress', {max: 100, value: a.progress, 'aria-label': t('progress')}),
        ' ', bdi(`${a.progress}%`))),
    pairCard(a.pair),
    verifyForm,
    reassignForm,
    h('div', {class: 'two'}, a.status !== 'CANCELLED' ? statusForm : null, progressForm),
    h('section', {'aria-labelledby': 'h-comments', class: 'card'}, h('h2', {id: 'h-comments'}, t('comments')),
      h('ul', {class: 'comments'}, comments.map(c => h('li', {},
        h('p', {dir: 'auto', class: 'comment-text'}, c.text),
        h('span', {class: 'hint'}, h('time', {datetime: c.createdAt}, dateTime(c.createdAt)))))),
      commentForm),
    h('section', {'aria-labelledby': 'h-evidence', class: 'card'}, h('h2', {id: 'h-evidence'}, t('evidence')),
      h('ul', {class: 'evidence'}, attachments.map(e => h('li', {},
        h('a', {href: e.url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto'}, e.title || e.url), ' ',
        h('time', {class: 'hint', datetime: e.createdAt}, dateTime(e.createdAt))))),
      evidenceForm),
    links,
    h('section', {'aria-labelledby': 'h-history', class: 'card'}, h('h2', {id: 'h-history'}, t('history')),
      h('ol', {class: 'history'}, history.map(e => h('li', {},
        h('time', {datetime: e.at}, dateTime(e.at)), ' · ', e.change,
        e.oldValue || e.newValue ? [' ', bdi(`${e.oldValue ?? '—'} → ${e.newValue ?? '—'}`)] : null,
        e.note ? [' — ', bdi(e.note)] : null,
        e.byLink ? [' — ', h('span', {class: 'by-link'}, t('byLink', {name: pick(e, 'actorName')}))] : null)))));
}
