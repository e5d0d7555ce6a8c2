package org.pcchat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Parses, links and validates one generated topology in this JVM (started by {@link Suite} with
 * {@code -Xmx1g}) and prints one line: {@code heap SERVERS LIVE_MIB PEAK_MIB SECONDS}. Live is the heap
 * after a full collection while the validated model is still held, as an editor or the language
 * server holds it; peak is the fullest the heap was at any collection during the run.
 */
public final class HeapCheck {

	private static final AtomicLong PEAK = new AtomicLong();

	private HeapCheck() {
	}

	public static void main(String[] args) {
		int servers = Integer.parseInt(args[0]);
		byte[] text = Topologies.pctopo(servers);
		Language language = new Language();
		watchCollections();
		long start = System.nanoTime();
		XtextResource resource = language.parse(text, "topology");
		List<Issue> issues = language.validate(resource);
		double seconds = (System.nanoTime() - start) / 1e9;
		Language.requireClean(issues, "the topology of " + servers + " servers");
		text = null; // only the model stays: what a tool keeps after the check
		System.gc();
		long live = usedHeap();
		PEAK.accumulateAndGet(live, Math::max);
		System.out.printf(java.util.Locale.ROOT, "heap %d %d %d %.1f%n", servers, live >> 20, PEAK.get() >> 20, seconds);
		if (resource.getContents().isEmpty()) {
			throw new IllegalStateException("the model was collected before it was measured");
		}
	}

	private static long usedHeap() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		return heap.getUsed();
	}

	/** Remembers the heap's occupancy before each collection: its peaks. */
	private static void watchCollections() {
		ManagementFactory.getGarbageCollectorMXBeans().forEach(collector -> ((NotificationEmitter) collector)
				.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
								.from((CompositeData) notification.getUserData());
						long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
								.mapToLong(MemoryUsage::getUsed).sum();
						PEAK.accumulateAndGet(before, Math::max);
					}
				}, null, null));
	}
}
