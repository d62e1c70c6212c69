// Building the page from data without ever parsing data as markup: text goes in as text nodes.

/** h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' && 'value' in el) {
      // As given, not as typed: a form that was only filled in is not taken for one being edited.
      if ('defaultValue' in el) el.defaultValue = value;
      el.value = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Text whose direction follows its own first strong letter: a Latin name inside Arabic, or the reverse. */
export function bdi(text, lang) {
  return h('bdi', {dir: 'auto', lang}, text ?? '');
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uid = 0;
/** A labelled form field: the label is tied to the control, and its error message to both. */
export function field(label, control, hint) {
  const id = control.id || `f${++uid}`;
  control.id = id;
  const error = h('span', {class: 'field-error', id: `${id}-error`, hidden: true});
  const describedBy = [`${id}-error`];
  let hintEl = null;
  if (hint) {
    hintEl = h('span', {class: 'hint', id: `${id}-hint`}, hint);
    describedBy.push(`${id}-hint`);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  return h('div', {class: 'field'}, h('label', {for: id}, label), control, hintEl, error);
}

export function select(name, options, value, attrs = {}) {
  return h('select', {name, ...attrs},
    options.map(([v, label]) => h('option', {value: v, selected: v === value}, label)));
}
