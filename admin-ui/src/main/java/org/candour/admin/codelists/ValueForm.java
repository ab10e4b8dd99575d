package org.candour.admin.codelists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.candour.admin.PageProblem;

/**
 * What a code list value's page posts.
 *
 * @param code the stored code (adding only: it never changes, cases hold it)
 * @param labelEn what people see, in English
 * @param labelCy what people see, in Welsh
 * @param retired {@code yes} when it is no longer offered for new answers
 * @param hash the content hash of the code list when the page was loaded
 */
record ValueForm(String code, String labelEn, String labelCy, String retired, String hash) {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	ValueForm {
		code = code == null ? "" : code.trim();
		labelEn = labelEn == null ? "" : labelEn.trim();
		labelCy = labelCy == null ? "" : labelCy.trim();
		retired = retired == null ? "" : retired;
		hash = hash == null ? "" : hash;
	}

	public boolean isRetired() {
		return "yes".equals(this.retired);
	}

	/** What the page checks: a new code is a slug not yet in the list; a label. */
	List<PageProblem> problems(boolean adding, Collection<String> codes) {
		List<PageProblem> problems = new ArrayList<>();
		if (adding) {
			if (this.code.isEmpty() || this.code.length() < 2 || !SLUG.matcher(this.code).matches()) {
				problems.add(new PageProblem("code",
						"Enter a code of lower-case letters, digits and single hyphens, like partly-upheld"));
			}
			else if (codes.contains(this.code)) {
				problems.add(new PageProblem("code", "The list already has the code " + this.code + ": enter another"));
			}
		}
		if (this.labelEn.isEmpty()) {
			problems.add(new PageProblem("labelEn", "Enter the label people see"));
		}
		return problems;
	}

}
