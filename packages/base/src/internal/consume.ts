// `consume(iter, sink)`: reads an internal iterator to the end, handing each item to `sink`.
import { isPending, type StepIterator } from './steps.js';

/**
 * Reads `iter` to the end, calling `sink` with each item; plain steps are handled without awaiting. When
 * `sink` throws, `iter` is closed (as `for await` would) and the error propagates.
 */
export async function consume<T>(iter: StepIterator<T>, sink: (item: T) => void): Promise<void> {
  for (;;) {
    let step = iter.next();
    if (isPending(step)) step = await step;
    if (step.done) return;
    try {
      sink(step.value);
    } catch (error) {
      await iter.throw(error);
      throw error;
    }
  }
}
