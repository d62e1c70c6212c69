// The secretariat's pages: meetings, recording one, its decisions, minutes and calendar.

import {h, bdi, replace, field, select} from '../dom.js';
import {t, pick, dateTime, date, country, timeZone, wallTimeToInstant, wallTimeNow, lang, plural} from '../i18n.js';
import {get, post, put, del, download, blob, has} from '../api.js';
import {onSubmit, text} from '../forms.js';
import {toast, safely} from '../app.js';

const KINDS = ['BILATERAL', 'MULTILATERAL', 'INTERNAL'];
const MODALITIES = ['IN_PERSON', 'VIRTUAL', 'HYBRID'];
const CLASSES = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL'];
const ROLES = ['HEAD', 'MEMBER', 'ADVISOR', 'SECRETARY'];
const TYPES = ['AGREEMENT', 'REQUEST', 'COMMITMENT', 'RECOMMENDATION', 'DIRECTIVE'];

const secretariat = () => has('secretariat') || has('admin');
const options = (values, prefix) => values.map(v => [v, t(prefix + v)]);

async function loadDirectory() {
  const [organisations, officials] = await Promise.all([
    get('meetings', '/organisations?size=200'), get('meetings', '/officials?size=200')]);
  return {organisations: organisations.items, officials: officials.items};
}

export async function meetingsPage(main) {
  const page = await get('meetings', '/meetings?size=100');
  replace(main,
    h('div', {class: 'page-head'}, h('h1', {}, t('meetings')),
      secretariat() ? h('a', {class: 'button primary', href: '#/meetings/new'}, t('newMeeting')) : null),
    page.items.length === 0 ? h('p', {}, t('nothing')) : h('div', {class: 'table-wrap'}, h('table', {class: 'list'},
      h('thead', {}, h('tr', {}, [t('meetings'), t('startsAt'), t('kind'), t('classification'), t('status')]
        .map(c => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, page.items.map(m => h('tr', {},
        h('th', {scope: 'row'}, h('a', {href: `#/meetings/${m.id}`}, bdi(pick(m, 'title')))),
        h('td', {}, h('time', {datetime: m.startsAt}, dateTime(m.startsAt))),
        h('td', {}, t('kind_' + m.kind)),
        h('td', {}, h('span', {class: `tag class-${m.classification}`}, t('class_' + m.classification))),
        h('td', {}, t('mstatus_' + m.status))))))));
}

export async function meetingPage(main, id) {
  const [meeting, decisions, organisations, followUp, corrections] = await Promise.all([
    get('meetings', `/meetings/${id}`), get('meetings', `/meetings/${id}/decisions?size=200`).then(p => p.items),
    get('meetings', '/organisations?size=200').then(p => p.items),
    // Known to actions-service once a decision of the meeting is adopted; nothing to set before.
    secretariat() ? get('actions', `/meetings/${id}/follow-up`).catch(() => null) : null,
    get('meetings', `/meetings/${id}/corrections?size=200`).then(p => p.items)]);
  const people = new Map();
  meeting.delegations.forEach(d => d.participants.forEach(p => people.set(p.officialId, p)));
  const orgName = orgId => pick(organisations.find(o => o.id === orgId), 'name');
  const other = lang() === 'ar' ? meeting.titleEn : meeting.titleAr;

  const tools = h('div', {class: 'toolbar'},
    h('button', {type: 'button', id: 'print-minutes', onclick: safely(() => printMinutes(id))}, t('printMinutes')),
    h('button', {type: 'button', id: 'download-minutes',
      onclick: safely(() => download('meetings', `/meetings/${id}/minutes.md`, `minutes-${id}.md`, 'text/markdown'))}, t('downloadMinutes')),
    h('button', {type: 'button', id: 'download-calendar',
      onclick: safely(() => download('meetings', `/meetings/${id}/calendar.ics`, `meeting-${id}.ics`, 'text/calendar'))}, t('downloadCalendar')),
    secretariat() && meeting.status === 'SCHEDULED' ? [
      h('button', {type: 'button', id: 'mark-held',
        onclick: act(main, id, `/meetings/${id}/status`, {status: 'HELD'}, 'meetingHeld')}, t('markHeld')),
      h('button', {type: 'button', id: 'cancel-meeting',
        onclick: act(main, id, `/meetings/${id}/status`, {status: 'CANCELLED'}, 'meetingCancelled')}, t('cancelMeeting'))]
      : null,
    secretariat() && meeting.status === 'HELD'
      ? h('button', {type: 'button', class: 'primary', id: 'approve-minutes',
        onclick: act(main, id, `/meetings/${id}/minutes/approval`, undefined, 'minutesApproved')}, t('approveMinutes'))
      : null);

  replace(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/meetings'}, t('meetings'))),
    h('h1', {}, bdi(pick(meeting, 'title'))),
    other ? h('p', {class: 'other-language', lang: lang() === 'ar' ? 'en' : 'ar', dir: 'auto'}, other) : null,
    h('dl', {class: 'facts'},
      h('dt', {}, t('startsAt')), h('dd', {}, h('time', {datetime: meeting.startsAt}, dateTime(meeting.startsAt)),
        ' ', h('span', {class: 'hint'}, `(${bdi(timeZone()).textContent})`)),
      h('dt', {}, t('kind')), h('dd', {}, t('kind_' + meeting.kind)),
      h('dt', {}, t('modality')), h('dd', {}, t('modality_' + meeting.modality),
        meeting.platform ? [' — ', bdi(meeting.platform)] : null),
      h('dt', {}, t('classification')), h('dd', {}, h('span', {class: `tag class-${meeting.classification}`}, t('class_' + meeting.classification))),
      h('dt', {}, t('status')), h('dd', {id: 'meeting-status'}, t('mstatus_' + meeting.status))),
    tools,
    h('section', {'aria-labelledby': 'h-delegations'}, h('h2', {id: 'h-delegations'}, t('delegations')),
      h('div', {class: 'delegations'}, meeting.delegations.map(d => h('article', {class: 'delegation'},
        h('h3', {}, country(d.countryCode), d.organisationId ? [' · ', bdi(orgName(d.organisationId))] : null),
        h('ul', {}, d.participants.map(p => h('li', {}, person(p),
          ' ', h('span', {class: 'tag'}, t('role_' + p.role))))))))),
    meeting.agenda.length ? h('section', {'aria-labelledby': 'h-agenda'}, h('h2', {id: 'h-agenda'}, t('agenda')),
      h('ol', {class: 'agenda'}, meeting.agenda.map(a => h('li', {}, bdi(pick(a, 'title')))))) : null,
    h('section', {'aria-labelledby': 'h-decisions'}, h('h2', {id: 'h-decisions'}, t('decisions')),
      decisions.length === 0 ? h('p', {}, t('nothing')) : h('ol', {class: 'decisions'},
        decisions.map(d => decisionItem(main, meeting, d, people, organisations)))),
    followUp ? followUpForm(main, meeting, followUp, people) : null,
    secretariat() && ['SCHEDULED', 'HELD'].includes(meeting.status) ? correctionForm(main, meeting) : null,
    corrections.length ? h('section', {class: 'card', 'aria-labelledby': 'h-corrections'},
      h('h2', {id: 'h-corrections'}, t('corrections')),
      h('ol', {class: 'history', id: 'corrections'}, corrections.map(c => h('li', {},
        h('time', {datetime: c.correctedAt}, dateTime(c.correctedAt)), ' · ',
        c.changes.map((ch, i) => [i ? '، ' : '', t('corrected_' + ch.field)]), ' — ', bdi(c.reason))))) : null,
    secretariat() && meeting.status !== 'CANCELLED' ? decisionForm(main, meeting, people, null, organisations) : null);
}

/** The wall time of an instant in a zone, as a datetime-local input takes it. */
function wallTime(instant, zone) {
  return new Date(instant).toLocaleString('sv-SE', {timeZone: zone}).replace(' ', 'T').slice(0, 16);
}

/**
 * Corrects the meeting's title and time until its minutes are approved, with the reason; its
 * delegations and agenda are sent as they stand. Decisions in force are published again as amended.
 */
function correctionForm(main, meeting) {
  const form = h('form', {class: 'card', id: 'correction-form', novalidate: true},
    h('h2', {}, t('correctMeeting')),
    field(t('meetingTitleAr'), h('input', {name: 'titleAr', dir: 'rtl', lang: 'ar', value: meeting.titleAr || ''})),
    field(t('meetingTitleEn'), h('input', {name: 'titleEn', dir: 'ltr', lang: 'en', value: meeting.titleEn || ''})),
    field(t('startsAt'), h('input', {type: 'datetime-local', name: 'startsAt',
      value: wallTime(meeting.startsAt, meeting.timeZone)})),
    field(t('correctionReason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit'}, t('correctMeeting')));
  onSubmit(form, () => put('meetings', `/meetings/${meeting.id}`, {
    titleAr: text(form, 'titleAr'), titleEn: text(form, 'titleEn'),
    modality: meeting.modality, platform: meeting.platform, timeZone: meeting.timeZone,
    startsAt: form.elements.startsAt.value ? wallTimeToInstant(form.elements.startsAt.value, meeting.timeZone) : null,
    delegations: meeting.delegations.map(d => ({countryCode: d.countryCode, organisationId: d.organisationId,
      participants: d.participants.map(p => ({officialId: p.officialId, role: p.role}))})),
    agenda: meeting.agenda.map(a => ({titleAr: a.titleAr, titleEn: a.titleEn})),
    reason: text(form, 'reason'),
  }), async () => {
    toast(t('meetingCorrected'));
    await meetingPage(main, meeting.id);
  });
  return form;
}

const LEVELS = ['HEAD_OF_DELEGATION', 'RECORDING_SECRETARIAT', 'OFFICIAL'];

/**
 * How the meeting's actions are followed up: how often one without a due date is asked about, and
 * the escalation chain of late ones (head of delegation, the secretariat's focal points, a named official).
 */
function followUpForm(main, meeting, followUp, people) {
  const chosen = new Map(followUp.escalation.map(l => [l.to, l]));
  const row = to => {
    const level = chosen.get(to);
    return h('div', {class: 'level', dataset: {level: to}},
      h('label', {class: 'check'}, h('input', {type: 'checkbox', name: `on-${to}`, checked: !!level}), ' ', t('escalate_' + to)),
      field(t('afterDays'), h('input', {type: 'number', name: `days-${to}`, min: 1, max: 365, step: 1,
        value: level ? level.afterDays : {HEAD_OF_DELEGATION: 7, RECORDING_SECRETARIAT: 14, OFFICIAL: 21}[to]})),
      to === 'OFFICIAL' ? field(t('official'), select('official', [['', t('choose')],
        ...[...people.values()].map(p => [p.officialId, pick(p, 'name') || pick(p, 'title')])], level?.officialId || ''))
        : null);
  };
  const form = h('form', {class: 'card', id: 'follow-up-form', novalidate: true},
    h('h2', {}, t('followUp')),
    field(t('statusCheckDays'), h('input', {type: 'number', name: 'statusCheckDays', min: 1, max: 365, step: 1,
      value: followUp.statusCheckDays})),
    h('fieldset', {class: 'escalation'}, h('legend', {}, t('escalationChain')), LEVELS.map(row)),
    h('button', {type: 'submit'}, t('save')));
  onSubmit(form, () => {
    const number = name => (form.elements[name].value === '' ? null : Number(form.elements[name].value));
    return put('actions', `/meetings/${meeting.id}/follow-up`, {
      statusCheckDays: number('statusCheckDays'),
      escalation: LEVELS.filter(to => form.elements[`on-${to}`].checked).map(to => ({
        to, afterDays: number(`days-${to}`),
        officialId: to === 'OFFICIAL' ? form.elements.official.value || null : undefined})),
    });
  }, async () => {
    toast(t('saved'));
    await meetingPage(main, meeting.id);
  });
  return form;
}

/** An official as a meeting lists them: name and title; only the title when the report gives no name. */
function person(p) {
  const name = pick(p, 'name');
  const title = pick(p, 'title');
  return h('span', {class: 'person-label'}, name ? h('span', {class: 'name'}, bdi(name)) : null,
    name && title ? ' — ' : null, title ? bdi(title) : null);
}

function name(people, id) {
  return pick(people.get(id), 'name') || pick(people.get(id), 'title') || id;
}

function decisionItem(main, meeting, d, people, organisations) {
  const owners = [...d.ownerIds.map(o => pick(people.get(o), 'name') || pick(people.get(o), 'title') || o),
    ...(d.ownerOrganisationIds || []).map(o => pick((organisations || []).find(x => x.id === o), 'name') || o)];
  return h('li', {class: `decision status-${d.status}`, dataset: {id: d.id}},
    h('div', {class: 'decision-head'},
      h('span', {class: 'tag'}, t('dtype_' + d.type)), ' ',
      h('span', {class: `tag dstatus dstatus-${d.status}`}, t('dstatus_' + d.status)),
      d.agendaItem ? h('span', {class: 'hint'}, ' ', t('agendaItem', {n: d.agendaItem})) : null),
    h('p', {class: 'decision-text', dir: 'auto'}, pick(d, 'text')),
    h('p', {class: 'hint'},
      owners.length ? [t('ownedBy', {names: ''}), owners.map((o, i) => [i ? '، ' : '', bdi(o)])] : null,
      d.dueDate ? [' · ', t('due', {date: date(d.dueDate)})] : null,
      !d.dueDate && d.dueInWorkingDays ? [' · ', plural('dueInDays', d.dueInWorkingDays)] : null,
      (d.counterparts || []).map(c => [' · ', h('span', {class: 'pair-line'}, t('pairLine'),
        bdi(name(people, c.ownerId)), ' ⇄ ', bdi(name(people, c.counterpartId)))]),
      d.adoptedAt ? [' · ', t('adopted', {date: dateTime(d.adoptedAt)})] : null),
    secretariat() && d.status === 'DRAFT' && ['HELD', 'MINUTES_APPROVED'].includes(meeting.status)
      ? h('button', {type: 'button', class: 'primary adopt',
        onclick: act(main, meeting.id, `/decisions/${d.id}/adopt`, undefined, 'decisionAdopted')}, t('adopt'))
      : null,
    secretariat() && d.status === 'DRAFT'
      ? h('button', {type: 'button', class: 'delete-draft', onclick: safely(async () => {
        if (!window.confirm(t('deleteDraftConfirm'))) return;
        await del('meetings', `/decisions/${d.id}`);
        toast(t('draftDeleted'));
        await meetingPage(main, meeting.id);
      })}, t('deleteDraft'))
      : null,
    d.status === 'REVOKED' && d.revocationReason
      ? h('p', {class: 'hint revoked-reason'}, t('revokedBecause'), ' ', bdi(d.revocationReason)) : null,
    secretariat() && ['DRAFT', 'ADOPTED', 'AMENDED'].includes(d.status)
      ? h('details', {class: 'amend'}, h('summary', {}, t(d.status === 'DRAFT' ? 'editDraft' : 'amendDecision')),
        decisionForm(main, meeting, people, d, organisations)) : null,
    secretariat() && ['ADOPTED', 'AMENDED'].includes(d.status)
      ? h('details', {class: 'revoke'}, h('summary', {}, t('revokeDecision')), revokeForm(main, meeting, d)) : null);
}

/** A button's request on a meeting (adopt, hold, cancel, approve): sent, said, and the meeting's page read again. */
function act(main, meetingId, path, body, message) {
  return safely(async () => {
    await post('meetings', path, body);
    toast(t(message));
    await meetingPage(main, meetingId);
  });
}

/** A lead (one of the owners ticked) and a counterpart of another delegation, who gets a linked action. */
function pairFields(meeting, people, pair) {
  const country = new Map();
  meeting.delegations.forEach(d => d.participants.forEach(p => country.set(p.officialId, d.countryCode)));
  const choices = [['', t('none')], ...[...people.values()].map(p =>
    [p.officialId, `${pick(p, 'name') || pick(p, 'title')} (${country.get(p.officialId)})`])];
  return h('fieldset', {class: 'pair'}, h('legend', {}, t('leadAndCounterpart')),
    h('p', {class: 'hint'}, t('leadAndCounterpartHint')),
    field(t('lead'), select('leadId', choices, pair?.ownerId || '')),
    field(t('counterpart'), select('counterpartId', choices, pair?.counterpartId || '')));
}

/**
 * Recording a decision, or (with {@code d}) amending one: the form starts from the decision as it
 * stands, and what the form does not show (action items) is sent back unchanged.
 */
function decisionForm(main, meeting, people, d, organisations) {
  const ownerBoxes = h('fieldset', {class: 'owners'}, h('legend', {}, t('owners')),
    [...people.values()].map(p => h('label', {class: 'check'},
      h('input', {type: 'checkbox', name: 'ownerIds', value: p.officialId, checked: d?.ownerIds.includes(p.officialId)}),
      ' ', person(p))));
  // An organisation may own the decision (a company, a bank), in a delegation or not: its focal points follow it.
  const orgBoxes = h('fieldset', {class: 'owners organisation-owners'}, h('legend', {}, t('organisationOwners')),
    h('p', {class: 'hint'}, t('organisationOwnersHint')),
    (organisations || []).map(o => h('label', {class: 'check'},
      h('input', {type: 'checkbox', name: 'ownerOrganisationIds', value: o.id,
        checked: d?.ownerOrganisationIds?.includes(o.id)}), ' ', bdi(pick(o, 'name')), ' ',
      h('span', {class: 'hint'}, `(${country(o.countryCode)})`))));
  const pair = d?.counterparts?.[0];
  const form = h('form', {class: d ? 'amend-form' : 'card', id: d ? `amend-form-${d.id}` : 'decision-form', novalidate: true},
    d ? null : h('h2', {}, t('recordDecision')),
    meeting.agenda.length ? field(t('agenda'), select('agendaItem',
      [['', t('choose')], ...meeting.agenda.map(a => [String(a.position), `${a.position}. ${pick(a, 'title')}`])],
      d?.agendaItem ? String(d.agendaItem) : '')) : null,
    field(t('type'), select('type', options(TYPES, 'dtype_'), d?.type || 'COMMITMENT')),
    field(t('decisionTextAr'), h('textarea', {name: 'textAr', dir: 'rtl', lang: 'ar', rows: 3}, d?.textAr || '')),
    field(t('decisionTextEn'), h('textarea', {name: 'textEn', dir: 'ltr', lang: 'en', rows: 3}, d?.textEn || '')),
    field(t('authoritative'), select('authoritativeLanguage', [['ar', t('lang_ar')], ['en', t('lang_en')]],
      d?.authoritativeLanguage || 'ar')),
    field(t('dueDate'), h('input', {type: 'date', name: 'dueDate', value: d?.dueDate || ''})),
    field(t('dueInWorkingDays'), h('input', {type: 'number', name: 'dueInWorkingDays', min: 1, max: 365, step: 1,
      inputmode: 'numeric', value: d?.dueInWorkingDays ?? ''})),
    ownerBoxes,
    orgBoxes,
    pairFields(meeting, people, pair),
    h('button', {type: 'submit', class: 'primary'}, t(d ? 'amendDecision' : 'recordDecision')));
  const body = () => ({
      agendaItem: form.elements.agendaItem?.value ? Number(form.elements.agendaItem.value) : null,
      type: form.elements.type.value,
      textAr: text(form, 'textAr'), textEn: text(form, 'textEn'),
      authoritativeLanguage: form.elements.authoritativeLanguage.value,
      dueDate: form.elements.dueDate.value || null,
      dueInWorkingDays: form.elements.dueInWorkingDays.value === '' ? null : Number(form.elements.dueInWorkingDays.value),
      ownerIds: [...form.querySelectorAll('input[name=ownerIds]:checked')].map(b => b.value),
      counterparts: form.elements.leadId.value && form.elements.counterpartId.value
        ? [{ownerId: form.elements.leadId.value, counterpartId: form.elements.counterpartId.value}] : [],
      ownerOrganisationIds: [...form.querySelectorAll('input[name=ownerOrganisationIds]:checked')].map(b => b.value),
      actionItems: (d?.actionItems || []).map(i => ({textAr: i.textAr, textEn: i.textEn, ownerId: i.ownerId,
        ownerOrganisationId: i.ownerOrganisationId, dueDate: i.dueDate})),
  });
  if (d) {
    onSubmit(form, () => put('meetings', `/decisions/${d.id}`, body()), async () => {
      toast(t(d.status === 'DRAFT' ? 'saved' : 'decisionAmended'));
      await meetingPage(main, meeting.id);
    });
    return form;
  }
  onSubmit(form, () => post('meetings', `/meetings/${meeting.id}/decisions`, body()), async created => {
    toast(t('decisionRecorded'));
    await meetingPage(main, meeting.id);
    document.querySelector(`[data-id="${created.id}"] .adopt`)?.focus();
  });
  return form;
}

/** Revoking an adopted decision, with the reason its owners are told; its pending actions are cancelled. */
function revokeForm(main, meeting, d) {
  const form = h('form', {class: 'revoke-form', id: `revoke-form-${d.id}`, novalidate: true},
    field(t('revocationReason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit', class: 'danger'}, t('revokeDecision')));
  onSubmit(form, () => {
    if (!window.confirm(t('revokeConfirm'))) return Promise.resolve(null);
    return post('meetings', `/decisions/${d.id}/revoke`, {reason: text(form, 'reason')});
  }, async () => {
    toast(t('decisionRevoked'));
    await meetingPage(main, meeting.id);
  });
  return form;
}

/** The minutes as the service renders them, in a frame of this page, handed to the browser's print dialog. */
async function printMinutes(id) {
  const html = await (await blob('meetings', `/meetings/${id}/minutes.html`, 'text/html')).text();
  document.getElementById('minutes-print')?.remove();
  const frame = h('iframe', {id: 'minutes-print', title: t('printMinutes'), class: 'print-frame', sandbox: 'allow-modals allow-same-origin'});
  frame.addEventListener('load', () => frame.contentWindow.print(), {once: true});
  frame.srcdoc = html;
  document.body.append(frame);
}

export async function newMeetingPage(main) {
  const dir = await loadDirectory();
  const zone = timeZone();
  const zones = [...new Set([zone, 'Asia/Damascus', 'Asia/Muscat', 'UTC', ...(Intl.supportedValuesOf?.('timeZone') || [])])];
  const orgOptions = [['', t('choose')], ...dir.organisations.map(o => [o.id, `${pick(o, 'name')} (${country(o.countryCode)})`])];
  const delegations = h('div', {class: 'delegations-form'});
  const agenda = h('ol', {class: 'agenda-form'});

  const participantRow = (d, p) => {
    const row = h('div', {class: 'row participant'},
      field(t('official'), select(`delegations[${d}].participants[${p}].officialId`, [['', t('choose')]], '')),
      field(t('role'), select(`delegations[${d}].participants[${p}].role`, options(ROLES, 'role_'), p === 0 ? 'HEAD' : 'MEMBER')));
    return row;
  };
  const fillOfficials = fieldset => {
    const orgId = fieldset.querySelector('select[name$=".organisationId"]').value;
    fieldset.querySelectorAll('select[name$=".officialId"]').forEach(sel => {
      const keep = sel.value;
      replace(sel, h('option', {value: ''}, t('choose')),
        dir.officials.filter(o => !orgId || o.organisationId === orgId)
          .map(o => h('option', {value: o.id, selected: o.id === keep}, [pick(o, 'name'), pick(o, 'title')].filter(Boolean).join(' — '))));
    });
  };
  const addDelegation = () => {
    const d = delegations.children.length;
    const list = h('div', {class: 'participants'});
    const fs = h('fieldset', {class: 'delegation-form'}, h('legend', {}, t('delegation', {n: d + 1})),
      field(t('organisation'), select(`delegations[${d}].organisationId`, orgOptions, '',
        {onchange: () => fillOfficials(fs)})),
      h('p', {class: 'hint'}, t('participants')), list,
      h('button', {type: 'button', class: 'add-participant',
        onclick: () => { list.append(participantRow(d, list.children.length)); fillOfficials(fs); }},
        t('addParticipant')));
    list.append(participantRow(d, 0));
    delegations.append(fs);
    fillOfficials(fs);
  };
  const addItem = () => {
    const i = agenda.children.length;
    agenda.append(h('li', {class: 'row'},
      field(t('itemTitleAr'), h('input', {name: `agenda[${i}].titleAr`, dir: 'rtl', lang: 'ar'})),
      field(t('itemTitleEn'), h('input', {name: `agenda[${i}].titleEn`, dir: 'ltr', lang: 'en'}))));
  };

  const form = h('form', {class: 'card', id: 'meeting-form', novalidate: true},
    h('h1', {}, t('newMeeting')),
    h('div', {class: 'row'},
      field(t('meetingTitleAr'), h('input', {name: 'titleAr', dir: 'rtl', lang: 'ar', required: true})),
      field(t('meetingTitleEn'), h('input', {name: 'titleEn', dir: 'ltr', lang: 'en'}))),
    h('div', {class: 'row'},
      field(t('kind'), select('kind', options(KINDS, 'kind_'), 'BILATERAL')),
      field(t('modality'), select('modality', options(MODALITIES, 'modality_'), 'VIRTUAL')),
      field(t('platform'), h('input', {name: 'platform'}))),
    h('div', {class: 'row'},
      field(t('startsAt'), h('input', {type: 'datetime-local', name: 'startsAt', value: wallTimeNow(zone), required: true})),
      field(t('meetingTimeZone'), select('timeZone', zones.map(z => [z, z]), zone)),
      field(t('classification'), select('classification', options(CLASSES, 'class_'), 'INTERNAL')),
      field(t('status'), select('status', options(['HELD', 'SCHEDULED'], 'mstatus_'), 'HELD'))),
    h('h2', {}, t('delegations')), delegations,
    h('button', {type: 'button', onclick: addDelegation}, t('addDelegation')),
    h('h2', {}, t('agenda')), agenda,
    h('button', {type: 'button', onclick: addItem}, t('addAgendaItem')),
    h('div', {class: 'actions-row'}, h('button', {type: 'submit', class: 'primary'}, t('recordMeeting'))));
  addDelegation();
  addDelegation();
  addItem();

  onSubmit(form, () => {
    const tz = form.elements.timeZone.value;
    return post('meetings', '/meetings', {
      titleAr: text(form, 'titleAr', true), titleEn: text(form, 'titleEn', true),
      kind: form.elements.kind.value, modality: form.elements.modality.value, platform: text(form, 'platform'),
      startsAt: form.elements.startsAt.value ? wallTimeToInstant(form.elements.startsAt.value, tz) : null,
      timeZone: tz, classification: form.elements.classification.value, status: form.elements.status.value,
      delegations: [...delegations.children].map(fs => {
        const orgId = fs.querySelector('select[name$=".organisationId"]').value || null;
        const org = dir.organisations.find(o => o.id === orgId);
        return {
          countryCode: org?.countryCode ?? null, organisationId: orgId,
          participants: [...fs.querySelectorAll('.participant')]
            .map(row => ({officialId: row.querySelector('select[name$=".officialId"]').value || null,
              role: row.querySelector('select[name$=".role"]').value}))
            .filter(p => p.officialId),
        };
      }).filter(d => d.organisationId || d.participants.length),
      agenda: [...agenda.children].map(li => ({
        titleAr: li.querySelector('input[name$=".titleAr"]').value.trim() || null,
        titleEn: li.querySelector('input[name$=".titleEn"]').value.trim() || null,
      })).filter(a => a.titleAr || a.titleEn),
    });
  }, created => {
    toast(t('meetingRecorded'));
    location.hash = `#/meetings/${created.id}`;
  });
  replace(main, h('p', {class: 'crumbs'}, h('a', {href: '#/meetings'}, t('meetings'))), form);
}
