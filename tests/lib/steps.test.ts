import { describe, expect, test } from 'vitest';
import { finish, stepUntil, type Steps } from '../../src/lib/steps';

/** Sums 0..n-1, yielding after each number; `ran` records the numbers as they are added. */
function* sum(n: number, ran: number[]): Steps<number> {
  let total = 0;
  for (let k = 0; k < n; k++) {
    ran.push(k);
    total += k;
    yield;
  }
  return total;
}

describe('work in steps', () => {
  test('finish runs the work to its end and gives its result', () => {
    const ran: number[] = [];
    expect(finish(sum(5, ran))).toBe(10);
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  test('stepUntil stops when the clock passes the deadline, and the next call goes on where it stopped', () => {
    const ran: number[] = [];
    const steps = sum(10, ran);
    let now = 0;
    const clock = () => (now += 1);
    // Each chunk reads the clock once: a deadline three ticks away allows three chunks.
    expect(stepUntil(steps, 3, clock)).toBeUndefined();
    expect(ran).toEqual([0, 1, 2]);
    expect(stepUntil(steps, now + 2, clock)).toBeUndefined();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(stepUntil(steps, Infinity, clock)).toBe(45);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('a deadline already past still runs one chunk, so the work always moves on', () => {
    const ran: number[] = [];
    const steps = sum(3, ran);
    expect(stepUntil(steps, -1, () => 0)).toBeUndefined();
    expect(ran).toEqual([0]);
  });
});
