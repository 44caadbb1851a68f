/**
 * Pointer and keyboard on the map: hovering a town sets `hovered`, clicking one selects it and
 * opens its panel, clicking the background or pressing Escape clears the selection.
 */
import type { Feature } from '../context.ts';

export const setupInteraction: Feature = (ctx) => {
  const { renderer, store } = ctx;
  const container = renderer.getContainer();
  const onEnter = ({ node }: { node: string }) => {
    store.set({ hovered: node });
    container.style.cursor = 'pointer';
  };
  const onLeave = () => {
    store.set({ hovered: null });
    container.style.cursor = '';
  };
  const onClick = ({ node }: { node: string }) => store.set({ selected: node, panel: 'town', hovered: null });
  const onStage = () => store.set({ selected: null });
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Escape inside the search box closes the suggestions only
    if (target?.closest('[role="combobox"], [role="listbox"]')) return;
    if (store.get().selected !== null) store.set({ selected: null });
  };
  renderer.on('enterNode', onEnter);
  renderer.on('leaveNode', onLeave);
  renderer.on('clickNode', onClick);
  renderer.on('clickStage', onStage);
  document.addEventListener('keydown', onKey);
  return () => {
    renderer.off('enterNode', onEnter);
    renderer.off('leaveNode', onLeave);
    renderer.off('clickNode', onClick);
    renderer.off('clickStage', onStage);
    document.removeEventListener('keydown', onKey);
  };
};
