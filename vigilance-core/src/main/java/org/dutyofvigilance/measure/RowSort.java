package org.dutyofvigilance.measure;

import java.util.Arrays;

/**
 * A stable sort of row numbers by a comparison of the rows they stand for (the JDK sorts {@code int[]} only by
 * value): a top-down merge sort that alternates the roles of the array and one copy of it, with insertion sort
 * for short runs and no merge when two halves are already in order.
 */
final class RowSort {
    private static final int INSERTION = 24;

    private RowSort() {
    }

    /** Compares two rows. */
    @FunctionalInterface
    interface Comparison {
        int compare(int x, int y);
    }

    /** Sorts {@code rows[from, to)} stably. */
    static void sort(int[] rows, int from, int to, Comparison c) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        sort(Arrays.copyOfRange(rows, from, to), 0, rows, from, n, c);
    }

    /**
     * Sorts the {@code n} rows of {@code src} from {@code srcLo} into {@code dst} from {@code dstLo}; on entry both
     * ranges hold the same rows in the same order.
     */
    private static void sort(int[] src, int srcLo, int[] dst, int dstLo, int n, Comparison c) {
        if (n <= INSERTION) {
            for (int i = dstLo + 1; i < dstLo + n; i++) {
                int row = dst[i];
                int j = i;
                while (j > dstLo && c.compare(dst[j - 1], row) > 0) {
                    dst[j] = dst[j - 1];
                    j--;
                }
                dst[j] = row;
            }
            return;
        }
        int h = n >>> 1;
        sort(dst, dstLo, src, srcLo, h, c);
        sort(dst, dstLo + h, src, srcLo + h, n - h, c);
        if (c.compare(src[srcLo + h - 1], src[srcLo + h]) <= 0) {
            System.arraycopy(src, srcLo, dst, dstLo, n);
            return;
        }
        int i = srcLo;
        int iEnd = srcLo + h;
        int j = iEnd;
        int jEnd = srcLo + n;
        for (int k = dstLo; k < dstLo + n; k++) {
            if (j >= jEnd || i < iEnd && c.compare(src[i], src[j]) <= 0) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }
}
