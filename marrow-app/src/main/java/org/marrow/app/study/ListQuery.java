package org.marrow.app.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of a list page with its filter, sort and page: the links of the sortable column headers and of
 * the pages keep every other parameter. Blank parameters are left out.
 */
public final class ListQuery {
    private final String path;
    private final Map<String, String> params;

    /**
     * A list page's address.
     *
     * @param path e.g. {@code /studies/3/subjects}
     * @param params the request's parameters, in order; blank ones are dropped
     */
    public ListQuery(String path, Map<String, String> params) {
        this.path = path;
        this.params = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.params.put(k, v);
            }
        });
    }

    /**
     * A parameter's value.
     *
     * @param name the parameter
     * @return its value, or empty
     */
    public String get(String name) {
        return params.getOrDefault(name, "");
    }

    private String url(Map<String, String> p) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        p.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }

    /**
     * The address of another page of the list.
     *
     * @param page the page, from 1
     * @return the address
     */
    public String page(int page) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("page", Integer.toString(page));
        return url(p);
    }

    /**
     * The address of the list sorted by a column: ascending, or descending when it is already sorted
     * ascending by it; back to the first page.
     *
     * @param column the column's sort name, e.g. {@code last_visit}
     * @return the address
     */
    public String sort(String column) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        boolean ascendingNow = column.equals(get("sort")) && !"desc".equals(get("dir"));
        p.put("sort", column);
        if (ascendingNow) {
            p.put("dir", "desc");
        } else {
            p.remove("dir");
        }
        return url(p);
    }

    /**
     * The {@code aria-sort} of a column header.
     *
     * @param column the column's sort name
     * @param defaultColumn the column the list is sorted by when none is named
     * @return {@code ascending}, {@code descending}, or null when not sorted by it
     */
    public String ariaSort(String column, String defaultColumn) {
        String sorted = get("sort").isEmpty() ? defaultColumn : get("sort");
        if (!column.equals(sorted)) {
            return null;
        }
        return "desc".equals(get("dir")) ? "descending" : "ascending";
    }

    /**
     * The address of another list (the grid of the same subjects) with the same filter.
     *
     * @param otherPath the other list's path
     * @return the address, without page and sort
     */
    public String as(String otherPath) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        return new ListQuery(otherPath, p).url(p);
    }
}
