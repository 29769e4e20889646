package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leafdrop.model.WindLevel;

/**
 * The wind levels of one sample in file order, each with the line it came from, before they are
 * sorted and cleared of repeated heights. Not thread-safe: one instance per sample being read.
 */
final class WindTableRows {
    /**
     * Heights closer than this are one height: the same level converted from feet or from another
     * unit can differ in the last bits, and no table resolves heights to a millimetre.
     */
    private static final double SAME_HEIGHT_M = 0.001;

    private record Row(WindLevel level, int line, String field, String heightAsGiven) {
    }

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param field         where a warning about this row points (a level such as {@code 9000 ft},
     *                      or a column name)
     * @param heightAsGiven the height as the file gives it, for messages ({@code 3000 ft})
     */
    void add(WindLevel level, int line, String field, String heightAsGiven) {
        rows.add(new Row(level, line, field, heightAsGiven));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The levels sorted by height, the first of each repeated height kept. Warns once when the
     * heights go down and once per dropped repeat, naming the lines.
     */
    List<WindLevel> normalised(ProblemLog problems) {
        for (int i = 1; i < rows.size(); i++) {
            Row before = rows.get(i - 1);
            Row row = rows.get(i);
            if (row.level().altitudeMslM() < before.level().altitudeMslM() - SAME_HEIGHT_M) {
                problems.warning(row.field(), row.line(), 1, "the heights go down at line " + row.line() + " ("
                        + row.heightAsGiven() + " after " + before.heightAsGiven() + " at line " + before.line()
                        + "); the levels are sorted by height");
                break;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> rows.get(i).level().altitudeMslM()));
        List<WindLevel> out = new ArrayList<>();
        int start = 0;
        while (start < order.size()) {
            // one height: every row within SAME_HEIGHT_M of the lowest; the earliest in the file wins
            double lowestM = rows.get(order.get(start)).level().altitudeMslM();
            int end = start;
            int first = order.get(start);
            while (end + 1 < order.size()
                    && rows.get(order.get(end + 1)).level().altitudeMslM() - lowestM < SAME_HEIGHT_M) {
                end++;
                first = Math.min(first, order.get(end));
            }
            Row kept = rows.get(first);
            out.add(kept.level());
            for (int k = start; k <= end; k++) {
                Row row = rows.get(order.get(k));
                if (row != kept) {
                    problems.warning(row.field(), row.line(), 1, "line " + row.line() + " repeats the height "
                            + row.heightAsGiven() + " of line " + kept.line() + "; the first (line " + kept.line()
                            + ") is kept");
                }
            }
            start = end + 1;
        }
        return out;
    }
}
