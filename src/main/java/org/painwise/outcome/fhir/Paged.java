package org.painwise.outcome.fhir;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A long list read a page at a time while it is walked, so that only one page is held at once: each
 * page is read with the last element of the one before; a page shorter than the page size is the
 * last. The first page is read beforehand (reading it checks who may read at all).
 */
final class Paged<T> implements Iterable<T> {

  private final List<T> first;
  private final int size;
  private final Function<T, List<T>> next;

  /**
   * @param first the first page, of at most {@code size}
   * @param size the page size
   * @param next reads the page after the given element
   */
  Paged(List<T> first, int size, Function<T, List<T>> next) {
    this.first = first;
    this.size = size;
    this.next = next;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private List<T> page = first;
      private int at;

      @Override
      public boolean hasNext() {
        if (at < page.size()) {
          return true;
        }
        if (page.size() < size || page.isEmpty()) {
          return false;
        }
        page = next.apply(page.get(page.size() - 1));
        at = 0;
        return !page.isEmpty();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(at++);
      }
    };
  }
}
