/**
 * The copy buttons (CopyButton.astro): each copies the text of the element
 * its data-copy names, and says in the status line its data-copy-to names
 * whether that worked. The buttons ship hidden, so without JavaScript there
 * is none that does nothing. Kept tiny: it ships on reading pages. A module
 * script runs once the page is parsed, so every button is there to find.
 */
async function copy(button: HTMLButtonElement): Promise<void> {
  const text = document.getElementById(button.dataset.copy ?? '')?.textContent?.trim();
  const copied =
    !!text &&
    (await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    ));
  const status = document.querySelector(`[data-copy-status="${CSS.escape(button.dataset.copyTo ?? '')}"]`);
  if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
  button.hidden = false;
}
