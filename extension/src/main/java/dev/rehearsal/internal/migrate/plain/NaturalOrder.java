package dev.rehearsal.internal.migrate.plain;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Natural order of file names: runs of digits compare as numbers ({@code 2_b.sql} before {@code 10_a.sql}), the
 * rest character by character; equal names by their text, so the order is total.
 *
 * <p>Internal, not API.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int numbers = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
                if (numbers != 0) {
                    return numbers;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int lengths = Integer.compare(a.length() - i, b.length() - j);
        return lengths != 0 ? lengths : a.compareTo(b);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
