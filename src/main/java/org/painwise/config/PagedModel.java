package org.painwise.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy table model: a PrimeFaces table paged, sorted and counted by a service's own
 * queries. The search lives in the backing bean and the functions read it, so the table's own
 * filters are not used; a new search calls {@link #firstPage(String)}.
 *
 * <pre>
 * private final PagedModel&lt;Account&gt; model = PagedModel.of(
 *     () -&gt; accounts.count(search),
 *     (first, size, sortField, ascending) -&gt; accounts.page(search, first, size, sortField, ascending),
 *     Account::getId);
 * </pre>
 *
 * @param <T> a row
 */
public final class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows there are in all. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /**
   * One page of rows, sorted by {@code sortField} (null: the service's own order).
   *
   * @param <T> a row
   */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> load(int first, int size, String sortField, boolean ascending);
  }

  /**
   * A row's key, unique in the table (its id).
   *
   * @param <T> a row
   */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Count count;
  private final Page<T> page;
  private final Key<T> key;

  private PagedModel(Count count, Page<T> page, Key<T> key) {
    this.count = Objects.requireNonNull(count);
    this.page = Objects.requireNonNull(page);
    this.key = Objects.requireNonNull(key);
  }

  public static <T> PagedModel<T> of(Count count, Page<T> page, Key<T> key) {
    return new PagedModel<>(count, page, key);
  }

  /** Sends a table back to its first page, e.g. after a new search. */
  public static void firstPage(String tableClientId) {
    if (Components.findComponent(tableClientId) instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) count.count();
  }

  /** Sorts by the first sorted column, ascending unless it is sorted descending. */
  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return page.load(
        first,
        pageSize,
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  /** A selected row, from the page on screen: no query. */
  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
