package org.candour.admin.platform;

import java.util.ArrayList;
import java.util.List;

import org.candour.packs.ShippedPacks;

import org.springframework.stereotype.Component;

/** The packs shipped with Candour, as choices on the platform pages. */
@Component
class PackChoices {

	private final ShippedPacks shipped;

	PackChoices(ShippedPacks shipped) {
		this.shipped = shipped;
	}

	List<Choice> packs() {
		return this.shipped.list().stream().map(pack -> new Choice(pack.id(), pack.title())).toList();
	}

	/** No pack first, then every shipped pack. */
	List<Choice> packsOrNone() {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice("", "None – start with an empty configuration"));
		choices.addAll(packs());
		return choices;
	}

	List<String> ids() {
		return packs().stream().map(Choice::value).toList();
	}

	String title(String id) {
		return packs().stream().filter(pack -> pack.value().equals(id)).map(Choice::label).findFirst().orElse(id);
	}

}
