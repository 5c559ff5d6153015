import { describe, expect, it } from '@jest/globals';
import { IndexedHeap } from '../../src/engine/IndexedHeap.js';
import { seededRandom } from '../support/seededRandom.js';

type Item = { key: number; name: string; heapIndex: number };
const item = (key: number, name = `i${key}`): Item => ({ key, name, heapIndex: -1 });
const byKey = (a: Item, b: Item) => a.key - b.key;

describe('IndexedHeap', () => {
  it('pops in order and removes from the middle', () => {
    const heap = new IndexedHeap<Item>(byKey);
    const items = [5, 1, 4, 2, 3].map((key) => item(key));
    for (const entry of items) heap.push(entry);
    expect(heap.remove(items[2] as Item)).toBe(true);
    expect(heap.remove(items[2] as Item)).toBe(false);
    expect(heap.has(items[2] as Item)).toBe(false);
    const popped: number[] = [];
    for (let entry = heap.pop(); entry; entry = heap.pop()) popped.push(entry.key);
    expect(popped).toEqual([1, 2, 3, 5]);
    expect(heap.size).toBe(0);
  });

  it('re-orders an item whose key changed, and treats a second push as an update', () => {
    const heap = new IndexedHeap<Item>(byKey);
    const a = item(1, 'a');
    const b = item(2, 'b');
    heap.push(a);
    heap.push(b);
    a.key = 3;
    heap.update(a);
    expect(heap.peek()).toBe(b);
    b.key = 4;
    heap.push(b);
    expect(heap.size).toBe(2);
    expect(heap.peek()).toBe(a);
  });

  it('iterates in order without removing, and stays consistent under random use', () => {
    const next = seededRandom(42);
    const heap = new IndexedHeap<Item>(byKey);
    const live = new Set<Item>();
    for (let step = 0; step < 2_000; step++) {
      const roll = next();
      if (roll < 0.6 || live.size === 0) {
        const entry = item(Math.floor(next() * 500), `n${step}`);
        heap.push(entry);
        live.add(entry);
      } else if (roll < 0.8) {
        const victim = [...live][Math.floor(next() * live.size)] as Item;
        heap.remove(victim);
        live.delete(victim);
      } else {
        const popped = heap.pop() as Item;
        expect(Math.min(...[...live].map((entry) => entry.key))).toBe(popped.key);
        live.delete(popped);
      }
    }
    const expected = [...live].map((entry) => entry.key).sort((a, b) => a - b);
    expect([...heap.ordered()].map((entry) => entry.key)).toEqual(expected);
    expect(heap.size).toBe(live.size);
  });
});
