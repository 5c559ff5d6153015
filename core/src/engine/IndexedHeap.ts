/** Something an IndexedHeap can hold: it records its own slot, so no lookup table is needed. */
export type HeapItem = {
  /** Slot in the heap holding the item, or -1 when it is in none. Managed by the heap. */
  heapIndex: number;
};

/**
 * A binary min-heap whose items know their slot, so an item can be removed or re-ordered in
 * O(log n) without a lookup. Routing keeps one per queue (waiting contacts) and one per agent pool
 * (available agents); an agent leaving its pools, or a contact being offered, is a removal from the
 * middle. An item belongs to at most one heap at a time.
 */
export class IndexedHeap<T extends HeapItem> {
  private readonly items: T[] = [];

  /** `compare(a, b) < 0` means `a` comes out first. */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  has(item: T): boolean {
    return item.heapIndex >= 0 && this.items[item.heapIndex] === item;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  /** Adds an item; adding one already present re-orders it instead. */
  push(item: T): void {
    if (this.has(item)) {
      this.update(item);
      return;
    }
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.siftUp(item.heapIndex);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top !== undefined) this.remove(top);
    return top;
  }

  /** Removes an item wherever it is; returns false when it was not in the heap. */
  remove(item: T): boolean {
    if (!this.has(item)) return false;
    const index = item.heapIndex;
    const last = this.items.pop() as T;
    item.heapIndex = -1;
    if (index < this.items.length) {
      this.place(last, index);
      this.siftDown(index);
      this.siftUp(index);
    }
    return true;
  }

  /** Restores order after the item's sort key changed. */
  update(item: T): void {
    if (!this.has(item)) return;
    this.siftDown(item.heapIndex);
    this.siftUp(item.heapIndex);
  }

  /**
   * Yields items in heap order without removing them, lazily: reading the first k costs
   * O(k log k), so "the first item that passes a test" stays cheap when it is near the top.
   */
  *ordered(): Generator<T> {
    // A frontier of slots still to visit, itself a small binary heap ordered like this one.
    const frontier: number[] = [];
    const before = (a: number, b: number) => this.compare(this.at(a), this.at(b)) < 0;
    const add = (slot: number) => {
      if (slot >= this.items.length) return;
      frontier.push(slot);
      for (let i = frontier.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!before(frontier[i] as number, frontier[parent] as number)) break;
        [frontier[i], frontier[parent]] = [frontier[parent] as number, frontier[i] as number];
        i = parent;
      }
    };
    const take = (): number | undefined => {
      const top = frontier[0];
      const last = frontier.pop();
      if (frontier.length > 0 && last !== undefined) {
        frontier[0] = last;
        for (let i = 0; ;) {
          const left = 2 * i + 1;
          let smallest = i;
          if (left < frontier.length && before(frontier[left] as number, frontier[smallest] as number)) smallest = left;
          if (left + 1 < frontier.length && before(frontier[left + 1] as number, frontier[smallest] as number)) {
            smallest = left + 1;
          }
          if (smallest === i) break;
          [frontier[i], frontier[smallest]] = [frontier[smallest] as number, frontier[i] as number];
          i = smallest;
        }
      }
      return top;
    };
    add(0);
    for (let slot = take(); slot !== undefined; slot = take()) {
      yield this.at(slot);
      add(2 * slot + 1);
      add(2 * slot + 2);
    }
  }

  private at(index: number): T {
    return this.items[index] as T;
  }

  private place(item: T, index: number): void {
    this.items[index] = item;
    item.heapIndex = index;
  }

  private siftUp(start: number): void {
    const item = this.at(start);
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentItem = this.at(parent);
      if (this.compare(item, parentItem) >= 0) break;
      this.place(parentItem, index);
      index = parent;
    }
    this.place(item, index);
  }

  private siftDown(start: number): void {
    const item = this.at(start);
    const length = this.items.length;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && this.compare(this.at(right), this.at(left)) < 0 ? right : left;
      const childItem = this.at(child);
      if (this.compare(childItem, item) >= 0) break;
      this.place(childItem, index);
      index = child;
    }
    this.place(item, index);
  }
}
