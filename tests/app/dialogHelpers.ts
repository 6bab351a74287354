import { beforeAll } from 'vitest';

/**
 * jsdom has <dialog> but not its methods: for the tests of this file, open and close it the way a browser does
 * (showModal sets `open`; close removes it and fires `close`, once).
 */
export function polyfillDialogs(): void {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  });
}
