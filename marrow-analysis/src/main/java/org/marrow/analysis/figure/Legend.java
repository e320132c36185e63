package org.marrow.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** A legend laid out left to right, wrapping onto further rows when the figure is too narrow. */
final class Legend {
    private record Item(String text, BiConsumer<Double, Double> symbol) {}

    private final List<Item> items = new ArrayList<>();

    /** Adds an item whose symbol is drawn centred at (x, y) within about 10 x 10 points. */
    void add(String text, BiConsumer<Double, Double> symbol) {
        items.add(new Item(text, symbol));
    }

    /** The height the legend takes when drawn between left and right. */
    double height(double left, double right) {
        return height(items.stream().map(Item::text).toList(), left, right);
    }

    /** The height a legend of these texts takes when drawn between left and right. */
    static double height(List<String> texts, double left, double right) {
        int rows = texts.isEmpty() ? 0 : 1;
        double x = left;
        for (String text : texts) {
            double w = 14 + Canvas.measure(text, Canvas.TEXT_SIZE, false) + 12;
            if (x + w > right && x > left) {
                rows++;
                x = left;
            }
            x += w;
        }
        return rows * 13.0;
    }

    /** Draws the legend with its first row's middle at y. */
    void draw(Canvas c, double left, double right, double y) {
        c.begin("legend");
        double x = left;
        for (Item item : items) {
            double w = 14 + c.width(item.text, Canvas.TEXT_SIZE, false) + 12;
            if (x + w > right && x > left) {
                y += 13;
                x = left;
            }
            item.symbol.accept(x + 5, y);
            c.color(OkabeIto.BLACK);
            c.textMiddle(item.text, x + 14, y, Canvas.TEXT_SIZE, false, -1);
            x += w;
        }
        c.end();
    }
}
