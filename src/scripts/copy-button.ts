/**
 * <copy-button>: a button that copies the text of the element its data-copy
 * names, and says in the status line beside it whether that worked. The
 * button ships hidden, so without JavaScript there is none that does
 * nothing. Kept tiny: it ships on reading pages.
 */
class CopyButton extends HTMLElement {
  #connected = false;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    if (!button || this.#connected) return;
    this.#connected = true;
    button.addEventListener('click', () => this.#copy(button.dataset.copy ?? ''));
    button.hidden = false;
  }

  async #copy(id: string): Promise<void> {
    const text = document.getElementById(id)?.textContent?.trim();
    const copied =
      !!text &&
      (await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ));
    const status = this.querySelector('[data-copy-status]');
    if (status) status.textContent = (copied ? this.dataset.copied : this.dataset.failed) ?? '';
  }
}

customElements.define('copy-button', CopyButton);
