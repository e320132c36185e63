package org.marrow.interop.table;

import java.util.List;
import java.util.Objects;

/**
 * A closed list of codes with what each means: an R factor's levels and labels, a SAS format, SPSS value
 * labels, Stata value labels, an ODM or Define-XML {@code CodeList}.
 *
 * @param name the list's name, a letter then letters, digits or underscores (a SAS format name needs no
 *     more), e.g. {@code sex}
 * @param items the codes in their order
 */
public record CodeList(String name, List<Item> items) {

    /**
     * One code and its meaning.
     *
     * @param code the code as written in the data, e.g. {@code M}
     * @param decode what it means, e.g. {@code Male}
     */
    public record Item(String code, String decode) {
        /**
         * Checks the item.
         *
         * @throws NullPointerException if a component is null
         */
        public Item {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(decode, "decode");
        }
    }

    /**
     * Checks and copies the list.
     *
     * @throws NullPointerException if a component or item is null
     * @throws IllegalArgumentException if the name is not a letter followed by letters, digits or
     *     underscores, or the list is empty
     */
    public CodeList {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "Code list name '" + name + "' must be a letter then letters, digits or _");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Code list " + name + " must have a code");
        }
    }
}
