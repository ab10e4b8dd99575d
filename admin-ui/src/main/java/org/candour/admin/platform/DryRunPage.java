package org.candour.admin.platform;

import java.util.List;

import org.candour.admin.DiffRows;
import org.candour.packs.PackDeployment.Deployment;

import org.springframework.ui.Model;

/** What a dry-run page shows of a deployment: each document's change, in words. */
final class DryRunPage {

	private DryRunPage() {
	}

	static void describe(Model model, Deployment dryRun) {
		List<DiffRows.DiffRow> rows = DiffRows.of(dryRun.diff(), dryRun.before(), dryRun.after());
		model.addAttribute("changes", rows);
		model.addAttribute("counts", DiffRows.counts(rows));
		model.addAttribute("changed", dryRun.changed());
		model.addAttribute("activeVersion", dryRun.version());
		model.addAttribute("warnings", dryRun.warnings().size());
	}

}
