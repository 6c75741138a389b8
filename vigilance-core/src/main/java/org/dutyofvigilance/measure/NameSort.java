package org.dutyofvigilance.measure;

/**
 * Sorts numbers (graph nodes, entity numbers) by distinct names, e.g. entity ids: a merge sort of ints that
 * compares the names they stand for and skips the merge of halves already in order, so that numbers whose
 * names are mostly in order (the chain's file order often is) cost little.
 */
final class NameSort {
    private NameSort() {
    }

    /** Sorts {@code a[0 .. count-1]} by {@code names[a[i]]} (distinct names: the order is then unique). */
    static void sort(int[] a, int count, String[] names) {
        sort(a, new int[count], 0, count, names);
    }

    private static void sort(int[] a, int[] tmp, int from, int to, String[] names) {
        int n = to - from;
        if (n < 12) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                String name = names[x];
                int j = i - 1;
                while (j >= from && names[a[j]].compareTo(name) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, tmp, from, mid, names);
        sort(a, tmp, mid, to, names);
        if (names[a[mid - 1]].compareTo(names[a[mid]]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, n);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && names[tmp[i]].compareTo(names[tmp[j]]) <= 0) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

}
