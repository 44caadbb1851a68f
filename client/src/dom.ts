/** A small helper to build DOM trees without innerHTML (names from the data always stay text). */
type Child = Node | string | number | null | undefined | false;
export type ChildTree = Child | readonly ChildTree[];
type Value = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
type Attrs = Record<string, Value | Handler>;

/** Set as properties rather than attributes, so that they reflect the live state of a control. */
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'multiple']);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: ChildTree[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    } else if (value === undefined || value === null || value === false) {
      continue;
    } else if (key === 'class') {
      el.className = String(value);
    } else if (PROPERTIES.has(key)) {
      (el as unknown as Record<string, Value>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: Element, children: readonly ChildTree[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child as readonly ChildTree[]);
    else if (child instanceof Node) el.append(child);
    else if (child !== null && child !== undefined && child !== false) el.append(String(child));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/** An imported dataset as places and partnerships cite it (GET /api/graph's attribute `datasets`). */
export interface DatasetName {
  id: string;
  name: string;
  url: string | null;
  licence: string | null;
  attribution: string | null;
}

/** The imported datasets by id, set once the graph is loaded (features/credits.ts). */
const datasets = new Map<string, DatasetName>();

export function setDatasets(list: readonly DatasetName[]): void {
  datasets.clear();
  for (const d of list) datasets.set(d.id, d);
}

/**
 * A source as a reader wants it: an imported dataset by its name, linked to its origin when known;
 * a cited page as a link shown by its host name. Links open in a new tab.
 */
export function sourceLink(source: string): HTMLElement | Text {
  const dataset = datasets.get(source);
  if (dataset) {
    const title = [dataset.attribution, dataset.licence, dataset.id].filter(Boolean).join(' · ');
    return dataset.url
      ? h('a', { href: dataset.url, target: '_blank', rel: 'noopener noreferrer', title, class: 'dataset' }, dataset.name)
      : h('span', { title, class: 'dataset' }, dataset.name);
  }
  let host: string;
  try {
    const parsed = new URL(source);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return document.createTextNode(source);
    host = parsed.hostname.replace(/^www\./, '');
  } catch {
    return document.createTextNode(source);
  }
  return h('a', { href: source, target: '_blank', rel: 'noopener noreferrer', title: source }, host);
}

export interface Choice {
  value: string;
  text: string;
  disabled?: boolean;
}

/** A <label> and its <select> of one choice; `onChange` gets the value chosen. */
export function labelledSelect(
  id: string,
  label: string,
  choices: readonly Choice[],
  selected: string,
  onChange: (value: string) => void,
): [HTMLLabelElement, HTMLSelectElement] {
  return [
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
      choices.map((c) => h('option', { value: c.value, selected: c.value === selected, disabled: c.disabled }, c.text)),
    ),
  ];
}

/** Replaces the children of `el` (null, undefined and false are skipped). */
export function fill(el: Element, ...children: ChildTree[]): void {
  el.replaceChildren();
  append(el, children);
}

/** `render`, called at most once per task however often the returned function is called (in a microtask). */
export function batched(render: () => void): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      render();
    });
  };
}
