package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row sort gives the order of the JDK's stable sort, on runs of every length, sorted or not. */
class RowSortTest {

    @Test
    void agreesWithTheJdkStableSort() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            int n = round < 100 ? round : random.nextInt(5_000);
            int distinct = 1 + random.nextInt(Math.max(1, n));
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(distinct);
            }
            if (round % 5 == 0) {
                Arrays.sort(keys); // already in order: the merges are skipped
            }
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i;
            }
            Arrays.sort(expected, from, to, Comparator.comparingInt(r -> keys[r]));
            RowSort.sort(rows, from, to, (x, y) -> Integer.compare(keys[x], keys[y]));
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), rows,
                    "round " + round + ", n " + n + ", [" + from + ", " + to + ")");
        }
    }
}
