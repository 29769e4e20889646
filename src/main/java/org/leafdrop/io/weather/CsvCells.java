package org.leafdrop.io.weather;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into cells, honouring double quotes ({@code ""} inside is a quote). */
final class CsvCells {
    /**
     * One cell, unquoted and trimmed.
     *
     * @param column 1-based position on the line of the cell's first non-blank character
     */
    record Cell(String text, int column) {
    }

    private CsvCells() {
    }

    /** {@code ;} when the line has more semicolons than commas outside quotes, else {@code ,}. */
    static char separatorOf(String line) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<Cell> split(String line, char separator) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int column = i + 1;
            StringBuilder text = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"' && i + 1 < n && line.charAt(i + 1) == '"') {
                        text.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        text.append(c);
                        i++;
                    }
                }
            }
            while (i < n && line.charAt(i) != separator) {
                text.append(line.charAt(i));
                i++;
            }
            cells.add(new Cell(text.toString().trim(), column));
            if (i >= n) {
                return cells;
            }
            i++; // past the separator
        }
    }
}
