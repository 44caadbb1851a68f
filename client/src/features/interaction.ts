/**
 * Pointer and keyboard on the map: hovering a town sets `hovered`, clicking one selects it and
 * opens its panel, clicking the background or pressing Escape clears the selection; the wheel
 * zooms without asking which town is under the pointer.
 */
import type { Feature } from '../context.ts';

/** Sigma's mouse coordinates carry the DOM event they come from. */
type Picker = { getNodeAtPosition: (position: { x: number; y: number; original?: Event }) => string | null };

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
  // Sigma asks its picking buffer which town is under the pointer on every wheel event too, for a
  // wheelNode event that nothing here listens to. That is a GPU read-back (readPixels), which waits
  // for all drawing queued: in headless Chromium's software WebGL about 3 s per wheel step on the
  // full default dataset (a CPU profile: 12.1 s of 12.6 s in readPixels for three steps). A wheel
  // event now picks nothing; hovering and clicking still pick.
  // (getNodeAtPosition is sigma 3's own, private in its types: the one place this client reaches in)
  const picker = renderer as unknown as Picker;
  const pick = picker.getNodeAtPosition.bind(renderer);
  picker.getNodeAtPosition = (position) => (position.original?.type === 'wheel' ? null : pick(position));
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
    picker.getNodeAtPosition = pick;
  };
};
