/** `/` and Ctrl/Cmd+K put the cursor in the search field (the search page's own, else the header's). */
function editable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// The key hint is for readers with a keyboard: a touch screen has no `/` key to press.
if (matchMedia('(hover: hover) and (pointer: fine)').matches) {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-key-hint]')) input.placeholder = input.dataset['keyHint'] ?? input.placeholder;
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target);
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !k) return;
  const input = document.querySelector<HTMLInputElement>('main [data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
