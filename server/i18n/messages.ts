/**
 * Message catalogues for the texts the server writes in more than one language (the report; the
 * filters' and credits' descriptions it shares with the exports). A catalogue maps keys to
 * templates with `{name}` placeholders. The English one is the reference: a translation has
 * exactly its keys (`Translation`, checked with `satisfies` where the translation is written) and,
 * key by key, the same placeholders (`PlaceholderMismatch`, checked where the catalogues meet).
 * Values are filled in by name, never by concatenating fragments, so that a translation puts them
 * where its grammar wants them.
 */

/** The placeholder names of a template literal type: `'{n} of {all}'` gives `'n' | 'all'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type Catalogue = { readonly [key: string]: string };

/** A translation of the reference catalogue `C`: its keys, no other, each a template. */
export type Translation<C extends Catalogue> = { readonly [K in keyof C]: string };

/** The keys whose placeholders differ between the reference `C` and its translation `T` (never when all agree). */
export type PlaceholderMismatch<C extends Catalogue, T extends Translation<C>> = {
  [K in keyof C]: [Placeholders<C[K]>] extends [Placeholders<T[K]>] ? ([Placeholders<T[K]>] extends [Placeholders<C[K]>] ? never : K) : K;
}[keyof C];

/** What follows the key in a call: nothing for a template without placeholders, else a value per placeholder. */
export type ArgsOf<S extends string, V> = [Placeholders<S>] extends [never] ? [] : [params: { readonly [P in Placeholders<S>]: V }];

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with each placeholder replaced by its value, rendered; a missing value is a bug and throws. */
export function fill<V>(template: string, params: Readonly<Record<string, V>>, render: (value: V) => string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`i18n: no value for {${name}} in "${template}"`);
    return render(params[name]!);
  });
}

/** The placeholder names of a template, sorted (what the type `Placeholders` reads at compile time). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
