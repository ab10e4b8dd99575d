package org.candour.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.ServiceStandard;

/** A standard's figure from the cases it counted, for the tenant or one team. */
final class Tallies {

	private Tallies() {
	}

	static StandardFigure.Tally of(ServiceStandard standard, List<CountedCase> cases) {
		ServiceStandard.Target target = standard.target();
		if (standard.measure() == ServiceStandard.Measure.CASELOAD) {
			List<OfficerLoad> loads = loads(standard, cases);
			long held = loads.stream().mapToLong(OfficerLoad::cases).sum();
			Double figure = loads.isEmpty() ? null : (double) held / loads.size();
			return new StandardFigure.Tally(figure, held, loads.size(), (figure == null) ? null : target.metBy(figure),
					loads.stream().filter(load -> !load.met()).count());
		}
		long counted = cases.stream().filter(CountedCase::counted).count();
		long met = cases.stream().filter(found -> found.counted() && found.met()).count();
		long breaches = cases.stream().filter(found -> !found.met()).count();
		if (standard.measure() == ServiceStandard.Measure.AGE) {
			long past = counted - met;
			return new StandardFigure.Tally((double) past, past, counted, target.metBy(past), breaches);
		}
		Double figure = (counted == 0) ? null : 100.0 * met / counted;
		return new StandardFigure.Tally(figure, met, counted, (figure == null) ? null : target.metBy(figure), breaches);
	}

	/** Each officer's open cases, those missing the target first, then by officer. */
	static List<OfficerLoad> loads(ServiceStandard standard, List<CountedCase> cases) {
		Map<String, Long> held = new LinkedHashMap<>();
		cases.forEach(found -> held.merge(found.officer(), 1L, Long::sum));
		List<OfficerLoad> loads = new ArrayList<>();
		held.forEach((officer, count) -> loads.add(new OfficerLoad(officer, count, standard.target().metBy(count))));
		loads.sort(Comparator.comparing(OfficerLoad::met).thenComparing(OfficerLoad::officer));
		return loads;
	}

}
