package org.marrow.analysis.figure;

import java.util.Locale;
import org.marrow.clinical.response.ResponseCategory;

/**
 * The colour of a patient state in the Sankey diagram and the swimmer plot, the same in every
 * figure: response categories from blue (CR) through green (GPR) to orange (PR) and grey (NR);
 * HSCT reddish purple; death black; relapse vermillion; anything else sky blue (the Sankey diagram
 * gives other states of a stage distinct colours in turn).
 */
public final class StateColour {
    private StateColour() {}

    /**
     * The colour of a response category.
     *
     * @param category the category
     * @return its colour
     * @throws IllegalArgumentException if category is null
     */
    public static OkabeIto of(ResponseCategory category) {
        if (category == null) {
            throw new IllegalArgumentException("Response category must not be null");
        }
        return switch (category) {
            case CR -> OkabeIto.BLUE;
            case VGPR -> OkabeIto.SKY_BLUE;
            case GPR -> OkabeIto.BLUISH_GREEN;
            case PR -> OkabeIto.ORANGE;
            case NR -> OkabeIto.GREY;
        };
    }

    /**
     * The colour of a state named by text: a response category's name (CR, VGPR, GPR, PR, NR),
     * HSCT, death (Death, Died, Dead), relapse, or any other state.
     *
     * @param state the state's label, case-insensitive
     * @return its colour
     * @throws IllegalArgumentException if state is null
     */
    public static OkabeIto of(String state) {
        if (state == null) {
            throw new IllegalArgumentException("State must not be null");
        }
        String s = state.strip().toUpperCase(Locale.ROOT);
        for (ResponseCategory c : ResponseCategory.values()) {
            if (s.equals(c.name())) {
                return of(c);
            }
        }
        if (s.equals("HSCT")) {
            return OkabeIto.REDDISH_PURPLE;
        }
        if (s.equals("DEATH") || s.equals("DIED") || s.equals("DEAD")) {
            return OkabeIto.BLACK;
        }
        if (s.equals("RELAPSE") || s.equals("RELAPSED")) {
            return OkabeIto.VERMILLION;
        }
        return OkabeIto.SKY_BLUE;
    }

    /**
     * Whether the state has a colour of its own (a response category, HSCT, death or relapse).
     *
     * @param state the state's label
     * @return true if {@link #of(String)} gives it a specific colour
     */
    static boolean isKnown(String state) {
        String s = state.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(ResponseCategory.values())
                        .anyMatch(c -> c.name().equals(s))
                || java.util.Set.of("HSCT", "DEATH", "DIED", "DEAD", "RELAPSE", "RELAPSED")
                        .contains(s);
    }

    /**
     * The colour of the i-th state of a stage that has no colour of its own (severity, arm, ...).
     *
     * @param index the state's position among its stage's other states, from 0
     * @return a colour distinct from the response categories' where the palette allows
     */
    static OkabeIto other(int index) {
        OkabeIto[] order = {OkabeIto.SKY_BLUE, OkabeIto.REDDISH_PURPLE, OkabeIto.YELLOW, OkabeIto.BLUISH_GREEN};
        return order[index % order.length];
    }
}
