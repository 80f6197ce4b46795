package org.bbbrooms.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a service's paged search, so that tables load one page at a time and the
 * service (not the page) decides which rows the user may see. Filters live in the backing bean's form fields.
 * Rows are entities (keyed by id) or, with a row key, any value such as a report's records.
 * <p>Use: {@code model = new PagedDataModel<>(request -> users.search(filter(), request));}
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableLoader<T> loader;
    private final SerializableKey<T> key;

    /** Over entities, keyed by their id. */
    public PagedDataModel(SerializableLoader<T> loader) {
        this(loader, row -> String.valueOf(((BaseEntity) row).getId()));
    }

    public PagedDataModel(SerializableLoader<T> loader, SerializableKey<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.apply(new PageRequest(0, 1, null, true)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = loader.apply(request);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    /**
     * What a session copied to another cluster node holds: the loader and the key without the page of rows, which
     * the table loads again (rows such as report records hold Optionals, which do not serialize).
     */
    private Object writeReplace() {
        return new PagedDataModel<>(loader, key);
    }

    /** A loader that can live in a view-scoped bean. */
    @FunctionalInterface
    public interface SerializableLoader<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** A row's key that can live in a view-scoped bean. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, String>, java.io.Serializable {
    }
}
