package org.painwise.outcome.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A paged walk reads every element, one page at a time, and stops at a short or empty page. */
class PagedTest {

  /** 0 … n-1, read as pages after the last element seen, counting the reads. */
  private static Paged<Integer> numbers(int n, int size, List<Integer> reads) {
    List<Integer> all = IntStream.range(0, n).boxed().toList();
    List<Integer> first = all.subList(0, Math.min(size, n));
    return new Paged<>(
        first,
        size,
        last -> {
          reads.add(last);
          return all.subList(last + 1, Math.min(last + 1 + size, n));
        });
  }

  private static List<Integer> walk(Paged<Integer> paged) {
    return StreamSupport.stream(paged.spliterator(), false).toList();
  }

  @Test
  void everyElementOnceInOrderWhateverTheCount() {
    for (int n : new int[] {0, 1, 199, 200, 201, 1200, 1301}) {
      List<Integer> reads = new ArrayList<>();
      assertEquals(IntStream.range(0, n).boxed().toList(), walk(numbers(n, 200, reads)), "n=" + n);
      // A page after every full page: a count that is a multiple of the size ends on an empty one.
      assertEquals(n / 200, reads.size(), "pages read after the first, n=" + n);
    }
  }

  @Test
  void eachPageIsReadOnlyWhenTheWalkReachesIt() {
    List<Integer> reads = new ArrayList<>();
    var it = numbers(1000, 100, reads).iterator();
    for (int i = 0; i < 150; i++) {
      it.next();
    }
    assertEquals(List.of(99), reads, "the second page only, after the first hundred");
  }

  @Test
  void pastTheEndIsAnError() {
    var it = numbers(2, 200, new ArrayList<>()).iterator();
    it.next();
    it.next();
    assertThrows(NoSuchElementException.class, it::next);
  }
}
