/** A FIFO concurrency cap: `acquire` resolves once a slot of the `size` it was made with is free. */
export class Semaphore {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  constructor(size: number) {
    this.#free = size;
  }

  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else {
      signal?.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        const onAbort = () => {
          this.#waiting.splice(this.#waiting.indexOf(grant), 1);
          reject(signal!.reason);
        };
        this.#waiting.push(grant);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, so it never becomes free.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}
