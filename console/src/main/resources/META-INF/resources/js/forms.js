// Forms: refusals shown next to the field the service names, values read as the API wants them.

import {h, replace} from './dom.js';
import {t} from './i18n.js';
import {ApiError} from './api.js';

/** Clears earlier messages, runs the action, and on a refusal marks each field the problem names. */
export async function submitting(form, action) {
  let alert = form.querySelector('.form-alert');
  if (!alert) {
    alert = h('div', {class: 'form-alert', role: 'alert', tabindex: '-1', hidden: true});
    form.prepend(alert);
  }
  alert.hidden = true;
  form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach(el => { el.hidden = true; el.textContent = ''; });
  const button = form.querySelector('button[type=submit]');
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const problem = e.problem || {};
    replace(alert, h('strong', {}, t('errorTitle')), ' ', problem.detail || problem.title || e.message);
    alert.hidden = false;
    let first = null;
    for (const error of problem.errors || []) {
      const control = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
      if (!control) continue;
      control.setAttribute('aria-invalid', 'true');
      const message = document.getElementById(`${control.id}-error`);
      if (message) {
        message.textContent = error.message;
        message.hidden = false;
      }
      first = first || control;
    }
    (first || alert).focus();
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/**
 * Sends the form when it is submitted (through {@link submitting}); {@code done} gets the answer of
 * an accepted request.
 */
export function onSubmit(form, send, done) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const answer = await submitting(form, () => send(event));
    if (answer) await done(answer);
  });
}

/** A form field's text or null; names are composed (NFC) as the services require. */
export function text(form, name, compose = false) {
  const value = form.elements[name]?.value ?? '';
  const trimmed = value.trim();
  if (!trimmed) return null;
  return compose ? trimmed.normalize('NFC') : value;
}

/** Whether someone is working in a form under root: a control has focus or holds what they typed or chose. */
export function editing(root) {
  return [...root.querySelectorAll('form input, form textarea, form select')].some(el =>
    el === document.activeElement
    || (el.tagName === 'SELECT' ? [...el.options].some(o => o.selected !== o.defaultSelected)
      : el.type === 'checkbox' || el.type === 'radio' ? el.checked !== el.defaultChecked : el.value !== el.defaultValue));
}
