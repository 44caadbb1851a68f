/**
 * The data a panel shows for its current query: null while it loads, the value, or the error's
 * message. Only the answer to the newest query counts; asking again for the query already shown
 * just renders, and a failed query is asked again next time.
 */
export type PanelResult<T> = T | { error: string } | null;

export function panelData<T>(render: () => void): { readonly result: PanelResult<T>; load(key: string, fetch: () => Promise<T>): void } {
  let result: PanelResult<T> = null;
  let loadedFor: string | null = null;
  let sequence = 0;
  return {
    get result() {
      return result;
    },
    load(key, fetch) {
      if (key === loadedFor) return render();
      loadedFor = key;
      const mine = ++sequence;
      result = null;
      render();
      fetch().then(
        (value) => {
          if (mine !== sequence) return;
          result = value;
          render();
        },
        (err: unknown) => {
          if (mine !== sequence) return;
          loadedFor = null;
          result = { error: err instanceof Error ? err.message : String(err) };
          render();
        },
      );
    },
  };
}
