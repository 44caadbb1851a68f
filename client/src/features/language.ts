/**
 * The language switch, and the page's fixed texts: elements with `data-i18n` get their text,
 * `data-i18n-attr="attribute:key;…"` their attributes, in the chosen language.
 */
import type { Feature } from '../context.ts';
import { byId } from '../dom.ts';
import { isMessageKey, translate } from '../i18n/index.ts';
import type { Lang } from '../state.ts';

export function translatePage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = translate(lang, 'app.title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n ?? '';
    if (isMessageKey(key)) el.textContent = translate(lang, key);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      if (attribute && key && isMessageKey(key)) el.setAttribute(attribute, translate(lang, key));
    }
  }
}

export const setupLanguage: Feature = (ctx) => {
  const { store } = ctx;
  const select = byId<HTMLSelectElement>('lang');
  select.value = store.get().lang;
  const onChange = () => store.set({ lang: select.value as Lang });
  select.addEventListener('change', onChange);
  translatePage(store.get().lang);
  const unwatch = store.watch(
    (s) => s.lang,
    (lang) => {
      select.value = lang;
      translatePage(lang);
    },
  );
  return () => {
    select.removeEventListener('change', onChange);
    unwatch();
  };
};
