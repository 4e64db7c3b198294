import { action } from './action';
import type { FieldError } from '../contract/result';
import { el } from './dom';
import { locale, t } from './i18n';
import { callServer } from './server';

/** One text of an item, and the cell it comes from (`Proposals!PRO-003!Description`). */
export interface TranslatableText {
  readonly source: string;
  readonly node: HTMLElement;
}

type Answer = { readonly ok: true; readonly texts: readonly string[] } | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * "Translate" beside texts another member wrote in another language (issue 22): one click
 * shows them in the reader's language, marked as Google's machine translation, with the
 * original one click away. The server keeps each translation, so the next reader waits less.
 */
export function translateControl(texts: readonly TranslatableText[], written: string | null): HTMLElement {
  const originals = texts.map((x) => x.node.textContent ?? '');
  for (const { node } of texts) if (written) node.lang = written;
  const button = el('button', { type: 'button', class: 'link' }, t('translate.action'));
  const toggle = el('button', { type: 'button', class: 'link' }, t('translate.original'));
  const note = el('p', { class: 'muted translation-note', hidden: '' }, el('span', {}, t('translate.note')), ' · ', toggle);
  const error = el('p', { class: 'error', role: 'alert', hidden: '' });
  let translations: readonly string[] = [];
  let translated = false;

  const render = (): void => {
    texts.forEach(({ node }, i) => {
      node.textContent = translated ? (translations[i] ?? '') : (originals[i] ?? '');
      if (translated) node.lang = locale;
      else if (written) node.lang = written;
      else node.removeAttribute('lang');
    });
    toggle.textContent = t(translated ? 'translate.original' : 'translate.again');
  };

  const run = action<Answer>({
    button,
    busyLabel: t('translate.busy'),
    say: (text) => {
      error.textContent = text;
      error.hidden = !text;
    },
    call: async () => {
      const answers = await Promise.all(texts.map((x) => callServer('translateText', { source: x.source })));
      for (const answer of answers) if (!answer.ok) return answer;
      return { ok: true, texts: answers.map((a) => (a.ok ? a.text : '')) };
    },
    done: (answer) => {
      translations = answer.texts;
      translated = true;
      button.hidden = true;
      note.hidden = false;
      render();
      toggle.focus();
    },
  });
  button.addEventListener('click', () => void run());
  toggle.addEventListener('click', () => {
    translated = !translated;
    render();
  });
  return el('div', { class: 'translate' }, button, note, error);
}

/** Translate beside one text, unless it is written in the reader's language (when unknown, Google tells). */
export const translateOne = (source: string, node: HTMLElement, written: string | null): HTMLElement | null =>
  written === locale ? null : translateControl([{ source, node }], written);
