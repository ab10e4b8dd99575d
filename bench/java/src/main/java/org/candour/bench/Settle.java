package org.candour.bench;

/** Lets the previous phase's garbage go before the next one is timed. */
final class Settle {

	private Settle() {
	}

	static void settle() {
		System.out.printf("(heap used %,d MB of max %,d MB)%n", heapUsedMb(), Runtime.getRuntime().maxMemory() >> 20);
	}

	static long heapUsedMb() {
		System.gc();
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}

}
