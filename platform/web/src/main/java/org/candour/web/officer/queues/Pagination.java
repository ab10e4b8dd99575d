package org.candour.web.officer.queues;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination of a queue: previous and next, the first and last pages, and the
 * pages next to the current one, with gaps between.
 *
 * @param previous the previous page's address, or {@code null} on the first page
 * @param next the next page's address, or {@code null} on the last page
 * @param items the page links and gaps
 */
record Pagination(String previous, String next, List<Item> items) {

	/**
	 * @param current the page shown, from 0
	 * @param pages how many pages there are
	 * @param link the address of a page (from 0)
	 */
	static Pagination of(int current, int pages, IntFunction<String> link) {
		List<Item> items = new ArrayList<>();
		int last = pages - 1;
		for (int page = 0; page < pages; page++) {
			if (page == 0 || page == last || Math.abs(page - current) <= 1) {
				items.add(new Item(page + 1, link.apply(page), page == current, false));
			}
			else if (items.isEmpty() || !items.get(items.size() - 1).gap()) {
				items.add(new Item(0, null, false, true));
			}
		}
		return new Pagination(current > 0 ? link.apply(current - 1) : null,
				current < last ? link.apply(current + 1) : null, items);
	}

	public boolean needed() {
		return this.items.size() > 1;
	}

	/** A page link (numbered from 1) or a gap. */
	record Item(int number, String href, boolean current, boolean gap) {
	}

}
