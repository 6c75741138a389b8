package org.dutyofvigilance.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.dutyofvigilance.bench.baseline.PlainJson;

/**
 * Heap used by reading one chain file: {@code HeapProbe vigilance|read|baseline <file>} ({@code read} is
 * {@code ChainJson.read} alone, {@code vigilance} the whole {@link Pipeline}). Prints the heap retained by the
 * result after a full collection, the peak live heap (the largest heap left after any collection, transient
 * indexes included) and the peak occupancy (the largest heap before a collection, garbage included). Run it in a fresh JVM per side with the heap limit under test (e.g. {@code -Xmx2g}).
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        String side = args[0];
        Path file = Path.of(args[1]);
        AtomicLong peakBeforeGc = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    peakBeforeGc.accumulateAndGet(used, Math::max);
                    peakAfterGc.accumulateAndGet(info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum(), Math::max);
                }
            }, null, null);
        }
        System.gc();
        long before = usedAfterGc();
        long start = System.nanoTime();
        Object result = switch (side) {
            case "vigilance" -> Pipeline.run(file);
            case "baseline" -> PlainJson.read(file);
            case "read" -> org.dutyofvigilance.json.ChainJson.read(file);
            default -> throw new IllegalArgumentException("side is vigilance, read or baseline, not " + side);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        long retained = usedAfterGc() - before;
        long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        Thread.sleep(200); // let the last notifications arrive
        System.out.printf("%s %s: retained %,d MB; peak live (largest heap after a collection) %,d MB;"
                + " peak occupancy (largest heap before a collection) %,d MB; max heap %,d MB; %d collections; %.1f s%n",
                side, file.getFileName(), retained >> 20, peakAfterGc.get() >> 20, peakBeforeGc.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, collections, seconds);
        Reference.reachabilityFence(result);
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
