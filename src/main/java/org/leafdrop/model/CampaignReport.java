package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What was published about one drop of a replayed campaign (PLAN-FORMAT.md {@code reports}):
 * how many leaflets, when, on which target, and who said so. Immutable.
 *
 * @param targetId          the target the report is about; absent for a campaign-wide report
 * @param date              as published: {@code 2016-09}, {@code 2016-07-07}, free text
 * @param reportedLeaflets  the count the source gives (or one assumed from its wording, see
 *                          {@link #reportedLeafletsAssumed()}); whole leaflets, 0 or more
 * @param source            where it was published
 * @param extras            the report's other fields in file order, {@code reportedText} and
 *                          {@code reportedLeafletsAssumed} among them
 */
public record CampaignReport(Optional<String> targetId, String date, long reportedLeaflets, String source,
                             Extras extras) {
    /** The report's wording of the count, e.g. {@code "millions of tracts"}. */
    public static final String REPORTED_TEXT = "reportedText";
    /** True when {@code reportedLeaflets} is a figure assumed from wording such as "millions". */
    public static final String REPORTED_LEAFLETS_ASSUMED = "reportedLeafletsAssumed";

    public CampaignReport {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(extras, "extras");
        if (reportedLeaflets < 0) {
            throw new IllegalArgumentException("reportedLeaflets must be >= 0, was " + reportedLeaflets);
        }
    }

    /** The source's own wording of the count, when the plan gives it. */
    public Optional<String> reportedText() {
        return extras.fields().get(REPORTED_TEXT) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** True when the count was not published as a number but assumed from the wording. */
    public boolean reportedLeafletsAssumed() {
        return Boolean.TRUE.equals(extras.fields().get(REPORTED_LEAFLETS_ASSUMED));
    }
}
