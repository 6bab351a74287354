import { afterEach, describe, expect, test, vi } from 'vitest';
import { saveBlob } from '../../src/lib/saveBlob';

afterEach(() => vi.restoreAllMocks());

describe('saveBlob', () => {
  test('clicks a download link named as asked for the blob, and leaves no link behind', () => {
    const blob = new Blob(['a,b\n'], { type: 'text/csv' });
    const made: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (made.push(b), 'blob:saved'), revokeObjectURL: () => {} });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    saveBlob(blob, 'rows-skipped.csv');
    expect(made).toEqual([blob]);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('rows-skipped.csv');
    expect(clicked[0]!.href).toBe('blob:saved');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
