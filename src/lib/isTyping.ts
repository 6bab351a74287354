const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];

/** True while a key pressed on this target would type into a field (a checkbox or a button does not count). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.includes(target.type);
  return target.closest('[role="textbox"], [role="combobox"], [role="searchbox"]') !== null;
}
